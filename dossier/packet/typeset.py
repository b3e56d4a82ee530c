"""Typesetting for the pages the tool writes: fonts, French-aware word wrap, a line writer."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pymupdf

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PAGE = pymupdf.paper_rect("a4")
LEFT, RIGHT = 62.0, PAGE.width - 56.0
BLACK = (0.0, 0.0, 0.0)
GLUED_PUNCTUATION = frozenset({":", ";", "!", "?", "»", "–", "—"})


@dataclass(frozen=True)
class Face:
    """A font: its resource name on a page, its file (None for a built-in one), a measurer."""

    name: str
    file: str | None
    font: pymupdf.Font

    def register(self, page: pymupdf.Page) -> None:
        """Make the font usable on ``page`` (embedded once per document, subset at save)."""
        if self.file is not None:
            page.insert_font(fontname=self.name, fontfile=self.file)

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` at ``size`` points (no kerning, as PyMuPDF lays text out)."""
        return size * sum(_advance(self.name, self.font, char) for char in text)


_ADVANCES: dict[tuple[str, str], float] = {}


def _advance(name: str, font: pymupdf.Font, char: str) -> float:
    """A character's advance at 1 pt, remembered: PyMuPDF measures a string char by char in Python."""
    key = (name, char)
    advance = _ADVANCES.get(key)
    if advance is None:
        advance = _ADVANCES[key] = float(font.text_length(char, fontsize=1.0))
    return advance


@functools.cache
def faces() -> tuple[Face, Face]:
    """The regular and bold faces used for everything the tool writes."""
    found = []
    # Resource names no source PDF is likely to use: a placed page's own fonts keep theirs.
    for file, name, builtin in (
        ("DejaVuSans.ttf", "DossierSans", "helv"),
        ("DejaVuSans-Bold.ttf", "DossierBold", "hebo"),
    ):
        path = FONT_DIR / file
        if path.is_file():
            found.append(Face(name, str(path), pymupdf.Font(fontfile=str(path))))
        else:
            found.append(Face(builtin, None, pymupdf.Font(builtin)))
    return found[0], found[1]


@dataclass
class Pen:
    """Writes lines of text top-down; with no page it only measures."""

    page: pymupdf.Page | pymupdf.Shape | None  # a Shape gathers a page's text, written in one go
    size: float
    lead: float

    def text(self, x: float, y: float, text: str, face: Face, color: tuple[float, ...] = BLACK) -> None:
        """One line of text whose baseline is at ``y``."""
        if self.page is not None and text:
            self.page.insert_text((x, y), text, fontname=face.name, fontsize=self.size, color=color)

    def lines(self, x: float, y: float, lines: list[str], face: Face) -> float:
        """Lines from baseline ``y`` down; returns the baseline after the last one."""
        for line in lines:
            self.text(x, y, line, face)
            y += self.lead
        return y

    def labelled(self, y: float, label: str, text: str) -> float:
        """A bold label followed by text wrapped under itself (hanging indent)."""
        regular, bold = faces()
        indent = bold.width(label + " ", self.size)
        self.text(LEFT, y, label, bold)
        return self.lines(LEFT + indent, y, wrap(text, regular, self.size, RIGHT - LEFT - indent), regular)


def wrap(text: str, face: Face, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word longer than the line is cut."""
    lines: list[str] = []
    current = ""
    for word in _units(text):
        candidate = f"{current} {word}".strip()
        if face.width(candidate, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        rest = word
        while face.width(rest, size) > width and len(rest) > 1:
            cut = max(1, int(len(rest) * width / face.width(rest, size)) - 1)
            lines.append(rest[:cut])
            rest = rest[cut:]
        current = rest
    return [*lines, current] if current else lines


def _units(text: str) -> list[str]:
    """Words, with what French typesetting keeps together: ``n° 12``, ``15 novembre``, ``mot :``."""
    units: list[str] = []
    glue_next = False
    for word in text.split():
        if units and (glue_next or word in GLUED_PUNCTUATION):
            units[-1] = f"{units[-1]} {word}"
        else:
            units.append(word)
        glue_next = word in ("n°", "«") or (word.isdigit() and len(word) <= 2) or word == "1er"
    return units

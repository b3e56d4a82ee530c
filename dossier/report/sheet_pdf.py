"""The form sheet and the follow-up letter drawn as PDF pages, written privately and atomically."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from dossier.packet.safety import write_private_atomically
from dossier.packet.typeset import LEFT, PAGE, RIGHT, Face, faces, wrap
from dossier.report.form_sheet import FormSheet, SheetLine

TOP, BOTTOM = 64.0, PAGE.height - 56.0
GREY = (0.35, 0.35, 0.35)
LABEL_WIDTH = 190.0


class Writer:
    """Lines of text down A4 pages, a new page when one is full."""

    def __init__(self) -> None:
        self.document = pymupdf.open()
        self.regular, self.bold = faces()
        self.page = self._new_page()
        self.y = TOP

    def _new_page(self) -> pymupdf.Page:
        page = self.document.new_page(width=PAGE.width, height=PAGE.height)
        for face in (self.regular, self.bold):
            face.register(page)
        return page

    def gap(self, points: float) -> None:
        """Vertical space."""
        self.y += points

    def paragraph(
        self,
        text: str,
        *,
        size: float = 10.0,
        face: Face | None = None,
        x: float = LEFT,
        color: tuple[float, ...] = (0, 0, 0),
    ) -> None:
        """A wrapped paragraph from ``x`` to the right margin."""
        face = face or self.regular
        for line in wrap(text, face, size, RIGHT - x):
            self._room(size * 1.35)
            self.page.insert_text((x, self.y), line, fontname=face.name, fontsize=size, color=color)
            self.y += size * 1.35

    def field(self, label: str, value: str, note: str, *, size: float = 10.0) -> None:
        """A label in a left column, its value (and where it comes from) beside it."""
        value_lines = wrap(value, self.bold, size, RIGHT - LEFT - LABEL_WIDTH)
        label_lines = wrap(label, self.regular, size, LABEL_WIDTH - 8)
        note_lines = wrap(note, self.regular, size - 2, RIGHT - LEFT - LABEL_WIDTH) if note else []
        height = max(len(label_lines), len(value_lines) + len(note_lines)) * size * 1.35
        self._room(height)
        top = self.y
        for i, line in enumerate(label_lines):
            self.page.insert_text(
                (LEFT, top + i * size * 1.35), line, fontname=self.regular.name, fontsize=size
            )
        y = top
        for line in value_lines:
            self.page.insert_text((LEFT + LABEL_WIDTH, y), line, fontname=self.bold.name, fontsize=size)
            y += size * 1.35
        for line in note_lines:
            self.page.insert_text(
                (LEFT + LABEL_WIDTH, y), line, fontname=self.regular.name, fontsize=size - 2, color=GREY
            )
            y += size * 1.35
        self.y = top + height + 2

    def _room(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.page = self._new_page()
            self.y = TOP

    def save(self, path: Path, title: str) -> None:
        """Write the pages to ``path`` (owner-only, atomic), with no personal metadata."""
        self.document.set_metadata({"title": title, "producer": "dossier"})
        self.document.subset_fonts()  # the glyphs used, not the whole font files
        data = bytes(self.document.tobytes(garbage=4, deflate=True, no_new_id=True))
        self.document.close()
        write_private_atomically(path, data)


def write_sheet_pdf(sheet: FormSheet, path: Path) -> None:
    """The form sheet on A4 pages."""
    writer = Writer()
    writer.paragraph(sheet.title, size=15, face=writer.bold)
    writer.gap(4)
    writer.paragraph(sheet.intro, size=9.5)
    for part in sheet.parts:
        writer.gap(10)
        writer.paragraph(part.title, size=12, face=writer.bold)
        writer.gap(2)
        for line in part.lines:
            writer.field(line.label, *_value_and_note(line, sheet))
    for note in sheet.notes:
        writer.gap(8)
        writer.paragraph("⚠ " + note, size=10, face=writer.bold)
    writer.gap(10)
    writer.paragraph(sheet.traps_title, size=12, face=writer.bold)
    for trap in sheet.traps:
        writer.paragraph("• " + trap, size=9.5)
    writer.save(path, sheet.title)


def _value_and_note(line: SheetLine, sheet: FormSheet) -> tuple[str, str]:
    if line.value is None:
        return sheet.by_hand, ""
    return line.value, f"({sheet.from_word} {line.source})" if line.source else ""

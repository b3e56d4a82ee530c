"""Text as the holder readers walk it: lines, columns, the places a label's value may be, prose.

OCR of a form may run columns together on one line (wide gaps between them) or read labels and
values as two separate columns; ``realign_columns`` puts the latter back together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dossier.names import fold_text, repair_text

LINE_LIMIT = 240  # a "line" longer than this is cut: OCR text without line breaks stays linear
_PROSE_CHARS = 160
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_PROSE_LEAD = re.compile(r"[\s:;.,\-–—]{0,40}")
_NEXT_LINES = 2
_GAP = re.compile(r" {3,}|\t")


@dataclass(frozen=True)
class DocText:
    """The repaired text and its folded twin: same length, so offsets carry over."""

    raw: str
    folded: str

    @classmethod
    def of(cls, text: str) -> DocText:
        """The text repaired (``repair_text``) and folded."""
        raw = repair_text(text)
        return cls(raw, fold_text(raw))

    def line_end(self, position: int) -> int:
        """Where the line ends, at most ``LINE_LIMIT`` characters on (text without breaks)."""
        end = self.raw.find("\n", position, position + LINE_LIMIT)
        return min(len(self.raw), position + LINE_LIMIT) if end < 0 else end

    def line_start(self, position: int) -> int:
        """Where the line starts, at most ``LINE_LIMIT`` characters back."""
        floor = max(0, position - LINE_LIMIT)
        return max(floor, self.raw.rfind("\n", floor, position) + 1)


def column_spans(line: str) -> list[tuple[int, int]]:
    """The non-blank parts of a line that wide gaps separate (columns run together by OCR)."""
    bounds = [0]
    for gap in _GAP.finditer(line):
        bounds += [gap.start(), gap.end()]
    bounds.append(len(line))
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if line[a:b].strip()]


def _segment(doc: DocText, start: int, end: int, column: int) -> tuple[int, int]:
    """The part of a line under ``column`` when wide gaps split the line into columns."""
    segments = column_spans(doc.raw[start:end])
    if len(segments) < 2:
        return start, end
    a, b = min(segments, key=lambda seg: abs(seg[0] - column))
    return start + a, start + b


def value_places(doc: DocText, position: int, label_start: int) -> Iterator[tuple[str, int, bool]]:
    """Where a label's value may be: the rest of its line, then the next non-empty lines.

    On the next lines, when gaps split them into columns, only the column under the label.
    Each comes with its start and whether it is only a guess (the rest of the line begins with
    a column gap: it may be another column's text, with the value below the label).
    """
    end = doc.line_end(position)
    yield doc.raw[position:end], position, bool(_GAP.match(doc.raw, position))
    column = label_start - doc.line_start(label_start)
    seen = 0
    while seen < _NEXT_LINES and end < len(doc.raw):
        start = end + 1
        end = doc.line_end(start)
        if doc.raw[start:end].strip():
            seen += 1
            first, last = _segment(doc, start, end, column)
            yield doc.raw[first:last], first, False


def prose(text: str, position: int) -> str:
    """The text from ``position`` (past a colon and blank lines) to the paragraph's end: a name may wrap."""
    lead = _PROSE_LEAD.match(text, position)
    start = lead.end() if lead else position
    chunk = text[start : start + _PROSE_CHARS]
    paragraph_end = _PARAGRAPH_END.search(chunk)
    return chunk[: paragraph_end.start()] if paragraph_end else chunk


_LABEL_ONLY = re.compile(r"^\s*[^\W\d_][^:\n]{0,40}:\s*$")
_ASIDE = re.compile(r"^\s*[(\[].*[)\]]?\s*$")
_MIN_LABEL_RUN = 3


def realign_columns(text: str) -> str:
    """Put back together a form whose labels and values OCR read as two separate columns.

    "Nom :" / "Prénom(s) :" / "Sexe :" followed, further down, by "DIOP" / "Aminata" / "féminin"
    becomes "Nom : DIOP" / "Prénom(s) : Aminata" / "Sexe : féminin". Lines in parentheses
    between the values (a date in words) are skipped. Text without such a block is returned as is.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LABEL_ONLY.match(lines[j]):
            j += 1
        if j - i >= _MIN_LABEL_RUN:
            merged = _merge_block(lines, i, j)
            if merged is not None:
                block, i = merged
                out.extend(block)
                continue
        out.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return "\n".join(out)


def _merge_block(lines: list[str], start: int, end: int) -> tuple[list[str], int] | None:
    """The labels ``lines[start:end]`` joined to the values after them, and where reading resumes."""
    values: list[str] = []
    skipped: list[str] = []
    k = end
    while k < len(lines) and len(values) < end - start:
        line = lines[k].strip()
        if _LABEL_ONLY.match(lines[k]):
            return None
        if not line or _ASIDE.match(line):
            skipped.append(lines[k])
        else:
            values.append(line)
        k += 1
    if len(values) < end - start:
        return None
    merged = [f"{label.rstrip()} {value}" for label, value in zip(lines[start:end], values, strict=True)]
    return merged + skipped, k

"""A page's text rebuilt row by row from its word boxes, across columns.

OCR reads a form's label column and its value column as two blocks ("fils / fille de",
"profession", "et de" ... then "Roch MABIALA", "enseignant", ...), so a label no longer has its
value after it in the text. Laid out by the words' positions, each row holds its label and
its value again: readers that look for a value after its label may read this text where the
page's own text failed them.
"""

from __future__ import annotations

import itertools

from dossier.models import COLUMN_GAP, Document, Page, Word

ROW_OVERLAP = 0.5  # of the shorter word's height: two words overlapping this much share a row


def rows_text(doc: Document) -> str:
    """The document's pages as rows of words left to right; "" when no page has word boxes."""
    return "\n\f\n".join(_page_rows(page) for page in doc.pages if page.words)


def _page_rows(page: Page) -> str:
    rows: list[list[Word]] = []
    for word in sorted(page.words, key=lambda w: (w.y0 + w.y1) / 2):
        row = rows[-1] if rows else None
        if row is not None and _same_row(row[-1], word):
            row.append(word)
        else:
            rows.append([word])
    return "\n".join(_joined(sorted(row, key=lambda w: w.x0)) for row in rows)


def _same_row(a: Word, b: Word) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap >= ROW_OVERLAP * min(a.y1 - a.y0, b.y1 - b.y0)


def _joined(words: list[Word]) -> str:
    """A row's words; a wide gap between two is a column's edge, kept as a run of spaces."""
    parts = [words[0].text]
    for before, word in itertools.pairwise(words):
        height = max(word.y1 - word.y0, before.y1 - before.y0, 1.0)
        parts.append(COLUMN_GAP if word.x0 - before.x1 > 1.5 * height else " ")
        parts.append(word.text)
    return "".join(parts)

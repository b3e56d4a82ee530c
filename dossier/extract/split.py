"""Pages into documents by the periods they cover: one receipt, bill or payslip per period.

Classification groups a file's pages by kind and by titles at the top of a page; it cannot tell
three receipts of one layout, scanned into one PDF, from one receipt of three pages. The period
each page states can: a page of a monthly kind that states another period than the document it
follows starts a new document, and a page that states the same period as the document before it
(a bill's second page, restating it) joins that document.
"""

from __future__ import annotations

from dossier.extract.dates import Period, find_period
from dossier.kinds import MONTHLY_KINDS
from dossier.models import Document


def split_by_period(documents: list[Document]) -> list[Document]:
    """The documents with monthly kinds cut and joined by the period each page states."""
    settled: list[Document] = []
    for doc in documents:
        pieces = _cut(doc) if doc.kind in MONTHLY_KINDS and len(doc.pages) > 1 else [doc]
        for piece in pieces:
            if settled and _restates(settled[-1], piece):
                settled[-1].pages.extend(piece.pages)
            else:
                settled.append(piece)
    return settled


def _page_period(doc: Document, index: int) -> Period | None:
    return find_period(doc.pages[index].text)


def _cut(doc: Document) -> list[Document]:
    pieces = [_piece(doc, [0])]
    current = _page_period(doc, 0)
    for index in range(1, len(doc.pages)):
        period = _page_period(doc, index)
        if period is not None and current is not None and period != current:
            pieces.append(_piece(doc, [index]))
        else:
            pieces[-1].pages.append(doc.pages[index])
        current = period or current
    return pieces


def _piece(doc: Document, indexes: list[int]) -> Document:
    reasons = doc.reasons if indexes == [0] else [*doc.reasons, "a page stating its own period"]
    return Document(doc.file, [doc.pages[i] for i in indexes], doc.kind, doc.confidence, list(reasons))


def _restates(before: Document, after: Document) -> bool:
    """Whether ``after`` is the next page of ``before``: same file and kind, the same period stated."""
    if before.file != after.file or before.kind != after.kind or after.kind not in MONTHLY_KINDS:
        return False
    if before.pages[-1].ref.index + 1 != after.pages[0].ref.index:
        return False
    first = find_period(before.pages[-1].text)
    return first is not None and first == find_period(after.pages[0].text)

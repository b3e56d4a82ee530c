"""Facts the first reading missed, read from the second engine's reading of the same pages.

The holder stage asks for a second reading of documents that should name the applicant and do
not; a receipt whose month is unread is worth one too (and an act read again for its name may
show its parents there).
Where the first reading dropped the lines that hold them (a form filled in by hand), the second
may have them: the document is read again as if its pages bore the second text, and only what
the first left empty is taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dossier.extract.fields import extract_document
from dossier.extract.filiation import find_parents
from dossier.kinds import MONTHLY_KINDS
from dossier.models import Document

PERIOD_FIELDS = ("period_start", "period_end", "issue_date")


def without_months(documents: list[Document]) -> list[Document]:
    """Monthly proofs (receipts, bills, payslips) whose months were not read."""
    return [doc for doc in documents if doc.kind in MONTHLY_KINDS and not doc.months]


def _without_parents(documents: list[Document]) -> list[Document]:
    """Birth certificates on which no parent was read."""
    return [doc for doc in documents if doc.kind == "birth_certificate" and not doc.fields.get("parents")]


def fill_from_second_reading(documents: list[Document], today: dt.date) -> None:
    """Months of monthly proofs and parents of birth certificates that had none, read again."""
    for doc in _without_parents(documents):
        if doc.second_text and (parents := find_parents(doc.second_text)):
            doc.fields["parents"] = parents
            doc.fields["parents_read_by"] = "second engine"
    for doc in without_months(documents):
        pages = [replace(page, text=page.second_text) for page in doc.pages if page.second_text]
        if not pages:
            continue
        shadow = Document(doc.file, pages, doc.kind, doc.confidence)
        extract_document(shadow, today)
        if not shadow.months:
            continue
        doc.months = shadow.months
        for key in PERIOD_FIELDS:
            if not doc.fields.get(key) and shadow.fields.get(key):
                doc.fields[key] = shadow.fields[key]
        doc.fields["months_read_by"] = "second engine"

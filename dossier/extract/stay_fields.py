"""Readers of the documents of stay, protection and family: validity, domiciliation, children, births."""

from __future__ import annotations

import datetime as dt
import re

from dossier.extract.dates import (
    BIRTH_LABELS,
    EXPIRY_LABELS,
    ISSUE_LABELS,
    find_labeled_date,
    iso,
    months_between,
)
from dossier.extract.family import find_children, find_spouses
from dossier.models import Document
from dossier.names import fold_text

_VALIDITY_WORDS = re.compile(r"\b(?:jusqu|valable|valid|expir|fin de validite)")
#: When a domiciliation took effect: its election date, or the start of its validity.
ELECTION_LABELS = (
    "date d'élection de domicile",
    "date de l'élection de domicile",
    "élection de domicile le",
    "domicilié depuis le",
    "domiciliée depuis le",
    "valable du",
    "à compter du",
    "depuis le",
)


def read_validity(doc: Document, text: str, today: dt.date) -> None:
    """A certificate or receipt of a right to stay: when it was issued and until when it is valid.

    Renewals are stamped on the same paper ("Renouvelée le … jusqu'au …"): the latest validity
    printed is the one in force.
    """
    doc.fields["issue_date"] = iso(find_labeled_date(text, ISSUE_LABELS))
    lines = text.splitlines()
    ends = [
        find_labeled_date("\n".join(lines[i : i + 2]), EXPIRY_LABELS)
        for i, line in enumerate(lines)
        if _VALIDITY_WORDS.search(fold_text(line))
    ]
    found = [day for day in ends if day is not None]
    doc.fields["expiry_date"] = iso(max(found) if found else find_labeled_date(text, EXPIRY_LABELS))


def read_domiciliation(doc: Document, text: str, today: dt.date) -> None:
    """A domiciliation is an address from its election to its end of validity (one year, renewable)."""
    start = find_labeled_date(text, ELECTION_LABELS)
    expiry = find_labeled_date(text, EXPIRY_LABELS)
    if expiry and start and expiry <= start:
        expiry = None  # the "au" of "valable du … au …" read before the start: not its end
    doc.fields["expiry_date"] = iso(expiry)
    if start is None:
        return
    doc.fields["period_start"] = start.isoformat()
    end = min(expiry or today, today)
    if start <= end:
        doc.months = months_between(start, end)


def read_birth_date(doc: Document, text: str, today: dt.date) -> None:
    """Whose birth it is dated: the first birth date on the act (the child's, before the parents')."""
    doc.fields["birth_date"] = iso(find_labeled_date(text, BIRTH_LABELS))


def read_children(doc: Document, text: str, today: dt.date) -> None:
    """A livret de famille's spouses, and its children: each one's name and birth date."""
    doc.fields["spouses"] = find_spouses(text) or doc.fields.get("spouses")
    doc.fields["children"] = [{"name": name, "birth_date": born} for name, born in find_children(text)]

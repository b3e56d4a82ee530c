"""The people a livret de famille lists: the spouses, then each child's name and birth date.

A livret de famille gives one entry per child, each under its own heading ("Premier enfant",
"Enfant", "Extrait de l'acte de naissance"), with the child's given names and surname and the
date of birth. Entries are cut at those headings; in each, the name after its labels and the
first birth date are read. An entry whose name cannot be read is left out, not guessed.
"""

from __future__ import annotations

import re

from dossier.extract.dates import BIRTH_LABELS, find_labeled_date

_ENTRY = re.compile(
    r"(?im)^[^\S\n]*(?:(?:premier|deuxi[eè]me|second|troisi[eè]me|quatri[eè]me|cinqui[eè]me|\d+(?:er|e|[eè]me)?)\s+)?"
    r"enfant\b|^[^\S\n]*extrait de l.acte de naissance\b"
)
_SURNAME = re.compile(r"(?im)^[^\S\n]*nom(?:\s+de\s+famille)?\s*:?\s*([^\n:]{2,60})$")
_GIVEN = re.compile(r"(?im)^[^\S\n]*pr[eé]noms?(?:\(s\))?\s*:?\s*([^\n:]{2,80})$")
_NAME_CHARS = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’ -])*[^\W\d_]$")


def find_children(text: str) -> list[tuple[str, str | None]]:
    """``(name, birth date YYYY-MM-DD or None)`` for every child entry of a livret de famille."""
    starts = [m.start() for m in _ENTRY.finditer(text)]
    children = []
    for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
        entry = text[begin:end]
        name = _entry_name(entry)
        if name is None:
            continue
        born = find_labeled_date(entry, BIRTH_LABELS)
        children.append((name, born.isoformat() if born else None))
    return children


def find_spouses(text: str) -> list[str]:
    """The spouses a livret names before its children: each ``Nom`` with the ``Prénoms`` after it."""
    first_child = next((m.start() for m in _ENTRY.finditer(text)), len(text))
    head = text[:first_child]
    spouses = []
    for surname in _SURNAME.finditer(head):
        given = _GIVEN.search(head, surname.end())
        if given is None:
            continue
        family, first = surname[1].strip(" .,"), given[1].strip(" .,")
        if _NAME_CHARS.match(family) and _NAME_CHARS.match(first):
            spouses.append(f"{first} {family}")
    return spouses


def _entry_name(entry: str) -> str | None:
    """``SURNAME, Given Names`` from the entry's labelled lines, when both read as names."""
    surname = _SURNAME.search(entry)
    given = _GIVEN.search(entry)
    if not surname or not given:
        return None
    family, first = surname[1].strip(" .,"), given[1].strip(" .,")
    if not (_NAME_CHARS.match(family) and _NAME_CHARS.match(first)):
        return None
    return f"{family}, {first}"

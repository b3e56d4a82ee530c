"""People's names: read them as printed, normalise them, and tell whether two are the same person.

A name is compared in two parts, surname and given names, never as one fuzzy string: "Jean
MARTIN" and "Martine JEAN" share letters but are two people. Spelling differences that happen
to one person's name across documents (accents dropped, a hyphen written as a space, a given name
left out, one letter misread by OCR, the married name instead of the birth name) make a
``VARIANT``; anything else is ``DIFFERENT``.

The tables (titles, particles, letters Unicode does not decompose) are data in
``dossier/data/names.toml``. The work is done in the modules of this package: ``normalise``
(text repair and folding, tables, words), ``parse`` (a name as printed), ``spelling`` (how two
spellings differ) and ``compare`` (the verdict).
"""

from __future__ import annotations

from dossier.names.compare import NameMatch, Verdict, compare_names, same_person
from dossier.names.normalise import (
    NameTables,
    fold_text,
    is_particle,
    name_tokens,
    normalize_token,
    repair_text,
    tables,
)
from dossier.names.parse import MAX_NAME_WORDS, PersonName, parse_name
from dossier.names.spelling import (
    OCR_MIN_LENGTH,
    REASON_COMPOUND,
    REASON_EDIT,
    REASON_INITIAL,
    REASON_MARRIED,
    REASON_ORDER,
    REASON_PARTICLE,
    REASON_SWAPPED,
    damerau_levenshtein,
)

__all__ = [
    "MAX_NAME_WORDS",
    "OCR_MIN_LENGTH",
    "REASON_COMPOUND",
    "REASON_EDIT",
    "REASON_INITIAL",
    "REASON_MARRIED",
    "REASON_ORDER",
    "REASON_PARTICLE",
    "REASON_SWAPPED",
    "NameMatch",
    "NameTables",
    "PersonName",
    "Verdict",
    "compare_names",
    "damerau_levenshtein",
    "fold_text",
    "is_particle",
    "name_tokens",
    "normalize_token",
    "parse_name",
    "repair_text",
    "same_person",
    "tables",
]

"""Whether two names are the same person: SAME, VARIANT (with the reasons) or DIFFERENT.

Surname and given names are compared separately, in every reading of words whose order is
unknown: "Jean MARTIN" and "Martine JEAN" share letters but are two people.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from dossier.names.parse import PersonName
from dossier.names.spelling import (
    REASON_MARRIED,
    REASON_ORDER,
    REASON_SWAPPED,
    dedupe,
    given_reasons,
    split_name,
    surname_reasons,
)


class Verdict(Enum):
    """Whether two names are the same person."""

    SAME = "same"
    VARIANT = "variant"
    DIFFERENT = "different"


@dataclass(frozen=True)
class NameMatch:
    """The verdict of a comparison and, for a variant, what differs, in plain English."""

    verdict: Verdict
    reasons: tuple[str, ...] = ()


_MAX_READING_WORDS = 6


def _surnames_any(reference: PersonName, other: PersonName) -> list[str] | None:
    direct = surname_reasons(reference.surname, other.surname)
    if direct is not None:
        return direct
    mine = (reference.surname, *reference.alt_surnames)
    theirs = (other.surname, *other.alt_surnames)
    for x, y in itertools.product(mine, theirs):
        if (x, y) == (reference.surname, other.surname):
            continue
        found = surname_reasons(x, y)
        if found is not None:
            return [REASON_MARRIED, *found]
    return None


def _direct(reference: PersonName, other: PersonName) -> list[str] | None:
    surname = _surnames_any(reference, other)
    if surname is None:
        return None
    given = given_reasons(reference.given_names, other.given_names)
    if given is None:
        return None
    return dedupe([*surname, *given])


def _readings(name: PersonName) -> list[tuple[PersonName, bool]]:
    """The name as parsed, and when the order is unknown every other split of the same words."""
    readings = [(name, True)]
    if name.order_known:
        return readings
    words = [*name.given_names, *name.surname.split()]
    if len(words) > _MAX_READING_WORDS:
        return readings
    for k in range(1, len(words)):
        for surname, given in ((words[:k], words[k:]), (words[k:], words[:k])):
            reading = PersonName(" ".join(surname), tuple(given), name.alt_surnames, False)
            if reading != name:
                readings.append((reading, False))
    return readings


# Another reading of words whose order is unknown may only differ in spelling, order or a given
# name left out: "JEAN MARTIN" read as surname-first must not match "Martine JEAN" by an OCR edit.
_READING_SPELLING = ("accent", "hyphen", "space", "apostrophe")
_READING_REASONS = frozenset(
    {REASON_ORDER, "a given name missing", "given names missing", "an extra given name", "extra given names"}
)


def _reading_allowed(reasons: Sequence[str]) -> bool:
    return all(r in _READING_REASONS or any(w in r for w in _READING_SPELLING) for r in reasons)


def _swapped(reference: PersonName, other: PersonName) -> list[str] | None:
    ref_surname, ref_given = split_name(reference.surname), split_name(" ".join(reference.given_names))
    oth_surname, oth_given = split_name(other.surname), split_name(" ".join(other.given_names))
    if not ref_given.tokens or not oth_given.tokens:
        return None
    if ref_surname.joined == oth_given.joined and ref_given.joined == oth_surname.joined:
        return [REASON_SWAPPED]
    return None


def _best_reasons(reference: PersonName, other: PersonName) -> list[str] | None:
    best: list[str] | None = None
    for mine, primary_mine in _readings(reference):
        for theirs, primary_theirs in _readings(other):
            reasons = _direct(mine, theirs)
            if reasons is None:
                continue
            if not (primary_mine and primary_theirs) and not _reading_allowed(reasons):
                continue
            if best is None or len(reasons) < len(best):
                best = reasons
            if not best:
                return best
    return best if best is not None else _swapped(reference, other)


def compare_names(reference: PersonName, other: PersonName) -> NameMatch:
    """Compare ``other`` with the ``reference`` name (the passport's): SAME, VARIANT or DIFFERENT.

    Surname and given names are compared separately. SAME: identical letter for letter, accents
    included, case aside. VARIANT: the same person spelled differently, with the reasons.
    """
    reasons = _best_reasons(reference, other)
    if reasons is None:
        reasons = _best_reasons(other, reference)
    if reasons is None:
        return NameMatch(Verdict.DIFFERENT)
    if not reasons:
        return NameMatch(Verdict.SAME)
    return NameMatch(Verdict.VARIANT, tuple(reasons))


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two names are the same person, spelled alike or not."""
    return compare_names(a, b).verdict is not Verdict.DIFFERENT

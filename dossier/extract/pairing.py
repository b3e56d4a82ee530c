"""Documents that explain each other: a translation and its original, a copy and the first.

An unrecognised foreign document that a sworn translation in the folder translates becomes that
act; each translation is linked to the act it translates; the same document given twice is
marked as a copy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dossier.kinds import MONTHLY_KINDS, TRAVEL_KINDS
from dossier.models import Document
from dossier.names import fold_text, parse_name, same_person
from dossier.names.find import find_person


def _translated_kind(translation: Document) -> str | None:
    """The kind of act a sworn translation says it translates, from its own words."""
    folded = fold_text(translation.text)
    if "mariage" in folded or "marriage" in folded:
        return "marriage_certificate"
    if "naissance" in folded or "birth" in folded:
        return "birth_certificate"
    return None


def adopt_translated_originals(
    documents: list[Document], today: dt.date, extract: Callable[[Document, dt.date], None]
) -> None:
    """An unrecognised foreign document that a translation in the folder translates is that act.

    Whatever its language or layout: the translation says what it is. The original is the
    unrecognised non-French document naming the translation's person, or the only one carrying
    the numbers the translation reproduces, or the only one there is whose own words leaned to
    that act: an unreadable page (a photo turned over, a screenshot) is not taken for it, lest it
    hide a missing act or the document it really is.
    """
    for translation in (d for d in documents if d.kind == "translation"):
        kind = _translated_kind(translation)
        if kind is None or any(d.kind == kind and "translation" not in d.fields for d in documents):
            continue
        unknown = [d for d in documents if d.kind == "other" and d.fields.get("language") != "fr"]
        person = parse_name(translation.holder or "")
        named = [d for d in unknown if person is not None and find_person(person, d.text) is not None]
        numbered = [d for d in unknown if _shares_numbers(translation, d)]
        leaning = [d for d in unknown if any(reason.startswith(f"best guess {kind}") for reason in d.reasons)]
        chosen = (
            named[0]
            if named
            else numbered[0]
            if len(numbered) == 1
            else leaning[0]
            if len(leaning) == 1
            else None
        )
        if chosen is None:
            continue
        chosen.kind = kind
        chosen.fields["translated_by"] = _key(translation)
        chosen.confidence = min(chosen.confidence, 0.5) or 0.5
        chosen.reasons = [f"translated by {translation.file}", *chosen.reasons]
        extract(chosen, today)


_NUMBER = re.compile(r"\d[\d /.\-]*\d")
MIN_SHARED_DIGITS = 4  # a registry number, a personal code: not a day or a month
LONG_NUMBER = 6  # one such number shared (a registry entry "218/1973", a personal code) is enough


def _numbers(text: str) -> set[str]:
    """The text's numbers of four digits or more, separators dropped, years alone left out."""
    found = set()
    for match in _NUMBER.finditer(text):
        for part in re.split(r" {2,}", match.group()):
            digits = re.sub(r"\D", "", part)
            if len(digits) >= MIN_SHARED_DIGITS and not re.fullmatch(r"(19|20)\d\d", digits):
                found.add(digits)
    return found


def _shares_numbers(translation: Document, original: Document) -> bool:
    """Whether a document carries the numbers its translation reproduces (registry entry, personal code).

    A sworn translation copies the act's numbers as they are, whatever the script of its words:
    the one clue an act in Cyrillic read by a Latin OCR still gives.
    """
    shared = _numbers(translation.text) & _numbers(original.text)
    return len(shared) >= 2 or any(len(number) >= LONG_NUMBER for number in shared)


def pair_translations(documents: list[Document]) -> None:
    """Link each translation to the foreign civil-status act it translates.

    The act of the same person: same holder, or the translation's person printed in the act
    (whose own holder reading may have failed on its layout); else, when the translation says
    which act it is and only one foreign act of that kind awaits a translation, that one. An act
    whose holder was not read takes the translation's.
    """
    originals = [d for d in documents if d.kind in ("birth_certificate", "marriage_certificate")]
    for translation in (d for d in documents if d.kind == "translation"):
        kind = _translated_kind(translation)
        # An act whose language was not recognised (a transliteration, a poor photo) may be the
        # foreign one a translation names: only one known to be French needs none.
        waiting = sorted(
            (
                d
                for d in originals
                if d.fields.get("language") != "fr"
                and "translation" not in d.fields
                and kind in (None, d.kind)
            ),
            key=lambda d: d.fields.get("language") is None,  # known foreign acts first
        )
        chosen = next((d for d in waiting if d.fields.get("translated_by") == _key(translation)), None)
        chosen = chosen or next((d for d in waiting if _same_person_named(translation, d)), None)
        of_kind = [d for d in waiting if d.kind == kind and d.fields.get("language") is not None]
        if chosen is None and len(of_kind) == 1:
            chosen = of_kind[0]
        if chosen is not None:
            translation.fields["original"] = _key(chosen)
            chosen.fields["translation"] = _key(translation)
            _holder_from_translation(chosen, translation)


def _key(doc: Document) -> str:
    return f"{doc.file}#{doc.page_numbers[0]}"


def _holder_from_translation(act: Document, translation: Document) -> None:
    """An act whose holder was not read (another script, a hand-filled form) is its translation's.

    The sworn translation writes the act's names in Latin letters, as the act gives them: it is
    the act's own reading, made by a translator.
    """
    if act.holder is None and translation.holder:
        act.holder = translation.holder
        act.fields["holder_found_by"] = "translation"


def _foreign(act: Document) -> bool:
    return act.fields.get("language") not in (None, "fr")


def _same_person_named(translation: Document, original: Document) -> bool:
    person = parse_name(translation.holder or "")
    theirs = parse_name(original.holder or "")
    if person is None or theirs is None:
        return person is None or (theirs is None and find_person(person, original.text) is not None)
    return same_person(person, theirs) or find_person(person, original.text) is not None


def mark_duplicates(documents: list[Document]) -> None:
    """The same kind, holder and months in two files: the later one is a duplicate."""
    seen: dict[tuple[str, str, tuple[str, ...], str], Document] = {}
    for doc in documents:
        if doc.kind == "other" or (doc.kind in MONTHLY_KINDS and not doc.months):
            continue
        number = str(doc.fields.get("document_number") or doc.fields.get("iban") or "")
        if doc.kind in TRAVEL_KINDS | {"rib"} and not number:
            continue
        key = (doc.kind, (doc.holder or "").casefold(), tuple(doc.months), number)
        if doc.kind not in MONTHLY_KINDS | TRAVEL_KINDS | {"rib"}:
            continue
        if key in seen and seen[key].file != doc.file:
            doc.fields["duplicate_of"] = seen[key].file
        else:
            seen.setdefault(key, doc)

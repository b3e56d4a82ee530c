"""An MRZ's name as the folder's documents print it: no check digit covers its letters.

OCR may turn one letter of the band into another ("AMANDINF"), several where something is
printed over it or the photo is poor ("PRESSC" for PRISCA), or read fillers as a word
("XYYHLL"). The folder holds the same name printed on every other document: a word of the
MRZ that none prints gives way to the word they print in its place.
"""

from __future__ import annotations

import re
from collections import Counter

from dossier.models import Document
from dossier.mrz import letters_alike, without_mrz_lines
from dossier.names import PersonName, damerau_levenshtein
from dossier.names.find import find_person
from dossier.names.icao import loose_token

MIN_DOCUMENTS_TO_VOTE = 3  # fewer documents cannot outvote the MRZ
MIN_SLIP_WORD = 4  # letters: a shorter word one letter off is another name ("ANA", "INA")
MIN_BESIDE_SURNAME = 2  # documents printing a word beside the surname for it to replace a misread one
_NAME_WORD = re.compile(r"[^\W\d_]+")


def borne_out(surname: str, given: list[str], documents: list[Document]) -> tuple[str, list[str]]:
    """The MRZ's surname and given names, each word as the folder's documents print it.

    A word no document prints gives way to a word printed on more documents one MRZ look-alike
    letter from it (``F`` for ``E``); a given name, to a word of its length and first letter that
    documents print beside the surname; a given name after the first that no document prints,
    even a letter off, is noise, left out. A printed word with accents never replaces an MRZ's:
    OCR takes accented letters for one another ("Läszlé" for László, whose MRZ says LASZLO).
    """
    if len(documents) < MIN_DOCUMENTS_TO_VOTE:
        return surname, given
    counts, accented = _printed_words(documents)
    plain = Counter({w: n for w, n in counts.items() if w not in accented})
    words = [_one_letter_off(w, counts, plain) for w in surname.split()]
    settled = [_one_letter_off(g, counts, plain) for g in given]
    settled = [
        g if counts[loose_token(g)] else _beside_surname(g, " ".join(words), plain, documents)
        for g in settled
    ]
    kept = settled[:1] + [g for g in settled[1:] if _printed(g, counts)]
    return " ".join(words), kept


def _one_letter_off(word: str, counts: Counter[str], plain: Counter[str]) -> str:
    """The plain printed word one MRZ look-alike letter from a word no document prints."""
    key = loose_token(word)
    if counts[key] or len(key) < MIN_SLIP_WORD:
        return word
    near = [w for w in plain if len(w) == len(key) and _one_look_alike(w, key)]
    best = sorted(near, key=lambda w: -plain[w])
    if best and (len(best) == 1 or plain[best[0]] > plain[best[1]]) and plain[best[0]] >= 2:
        return best[0]
    return word


def _beside_surname(word: str, surname: str, counts: Counter[str], documents: list[Document]) -> str:
    """The printed word that stands for a misread given name: beside the surname on documents.

    Same first letter and length, at most half its letters different, and printed
    beside the surname on at least two documents, as the only such word.
    """
    key = loose_token(word)
    if len(key) < MIN_SLIP_WORD:
        return word
    like = [
        w
        for w in counts
        if counts[w] >= MIN_BESIDE_SURNAME
        and w[0] == key[0]
        and len(w) == len(key)  # a word a letter shorter is a cut reading of it ("Laszl6")
        and damerau_levenshtein(w, key) <= len(key) // 2
    ]
    beside = [
        w
        for w in like
        if sum(1 for doc in documents if find_person(PersonName(surname, (w,)), doc.text))
        >= MIN_BESIDE_SURNAME
    ]
    return beside[0] if len(beside) == 1 else word


def _one_look_alike(printed: str, key: str) -> bool:
    differ = [(a, b) for a, b in zip(printed, key, strict=True) if a != b]
    return len(differ) == 1 and letters_alike(*differ[0])


def _printed(word: str, counts: Counter[str]) -> bool:
    """Printed as it is, a letter off (OCR), or as the start of a printed word (an MRZ cut)."""
    key = loose_token(word)
    return any(
        w.startswith(key) or (len(w) == len(key) >= MIN_SLIP_WORD and _letters_off(w, key) <= 1)
        for w in counts
    )


def _letters_off(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def _printed_words(documents: list[Document]) -> tuple[Counter[str], set[str]]:
    """In how many documents each word is printed, and which are printed with accents somewhere.

    MRZ bands are left out: they are what is checked.
    """
    counts: Counter[str] = Counter()
    accented: set[str] = set()
    for doc in documents:
        raw = _NAME_WORD.findall(without_mrz_lines(doc.text))
        counts.update({loose_token(w) for w in raw})
        accented.update(loose_token(w) for w in raw if not w.isascii())
    return counts, accented

"""Names as a machine-readable zone writes them, and whether a printed name fits an MRZ name.

ICAO 9303 part 3 writes a name in capitals A-Z with ``<`` for spaces, hyphens and apostrophes,
transliterates letters with diacritics (Ä as AE or A, Ü as UE or U, Ø as OE, ß as SS, Ş as S...)
and cuts the given names, then the surname, when the whole does not fit its field (30 characters
on an ID card's third line, 31 on a TD2, 39 on a passport). So an MRZ name shows no accents and
may stop mid-word: "MIGUE" for Miguel, "SERGEYEV" for Sergeyevna.
"""

from __future__ import annotations

from dossier.names.normalise import normalize_token, split_words
from dossier.names.parse import PersonName

#: The shortest MRZ name field (an ID card's third line): a name this long may have been cut.
SHORTEST_NAME_FIELD = 30
# Transliterations that spell one letter with two (Ä -> AE): folded to the one-letter form on
# both sides, so "MUELLER" and "Müller" compare equal.
_DIGRAPHS = (("AE", "A"), ("OE", "O"), ("UE", "U"), ("AA", "A"))


def loose_token(word: str) -> str:
    """A word as an MRZ may spell it, with two-letter transliterations folded to one letter."""
    token = normalize_token(word)
    for digraph, letter in _DIGRAPHS:
        token = token.replace(digraph, letter)
    return token


def _tokens(text: str) -> list[str]:
    return [normalize_token(word) for word in split_words(text)[0] if normalize_token(word)]


def mrz_field(name: PersonName) -> str:
    """The name field as an MRZ would print it: ``SURNAME<<GIVEN<NAMES`` (before any cut)."""
    surname = "<".join(_tokens(name.surname))
    given = "<".join(token for part in name.given_names for token in _tokens(part))
    return f"{surname}<<{given}" if given else surname


def _loose_field(name: PersonName) -> str:
    return "<".join(loose_token(part) for part in mrz_field(name).split("<"))


def fits_mrz(mrz_name: PersonName, printed: PersonName) -> bool:
    """Whether a printed name is one the MRZ name could have been written from.

    The same letters once transliterated, or, when the MRZ field is full (it was cut), the
    printed name's field begins with the MRZ's.
    """
    reference, other = _loose_field(mrz_name), _loose_field(printed)
    if not reference or not other:
        return False
    if reference == other:
        return True
    return may_be_cut(mrz_name) and other.startswith(reference)


def may_be_cut(mrz_name: PersonName) -> bool:
    """Whether an MRZ name fills the shortest name field, so its end may have been cut.

    Cut at a separator, the field ends in a filler that reading drops: one character short.
    """
    return len(mrz_field(mrz_name)) >= SHORTEST_NAME_FIELD - 1

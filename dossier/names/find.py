"""Where a known person's name is printed in a text, as OCR and the MRZ leave it.

The applicant's name is known before any document's holder is judged (from the MRZ, ``--name``
or ``dossier.toml``), so it is looked for first. A match needs every word of the surname, in
order, and one of the given names (when the name has any) within a few words of it, on either
side, across a line break if need be. A word matches when it is the same once accents and
transliteration are folded ("Müller", "MUELLER"), when one letter differs in a word of four
letters or more (an OCR slip: "Jodo" for "João"), or, for a name cut by the MRZ, when the
printed word starts with it ("MIGUE", "Miguel").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from dossier.names.boxes import boxed_row
from dossier.names.icao import loose_token, may_be_cut
from dossier.names.normalise import normalize_token
from dossier.names.parse import PersonName
from dossier.names.spelling import damerau_levenshtein

#: Words between the surname and a given name that still make one name ("MARTIN Jean", "Jean
#: Paul Marie MARTIN", a title or a line break between).
GIVEN_NAME_REACH = 6
GIVEN_LINES_APART = 3  # or on a line this close, on a form whose labels are long
GIVEN_WORDS_APART = 20
MIN_EDIT_LENGTH = 4  # shorter words must match exactly: one letter changes "Ana" into "Ina"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)  # O'CONNOR is one word


@dataclass(frozen=True)
class _Token:
    loose: str
    start: int
    end: int
    noisy_end: bool = False  # OCR noise right after it ("HOUNGBED}!"): its end may be lost
    wild: str = ""  # the word with each accented vowel as "*" (OCR confuses them), "" if none
    joined: bool = False  # pieces of a letter-spaced word read apart, joined back
    line: int = 0  # the text line it is on


_NOISE_AFTER = re.compile(r"[^\s,.;:'’()\-]")
MIN_NOISE_CUT = 6  # letters kept before the noise for a word to count as the name's beginning


@dataclass(frozen=True)
class Found:
    """A name found in a text: the words as printed, and where they are."""

    printed: str
    start: int
    end: int


# An e-mail address or a web address spells a name ("kadri.maegi@courriel.fr") but never prints it.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.\S+|\S+://\S+")


def _tokens(text: str) -> list[_Token]:
    found = []
    line, counted = 0, 0  # line breaks counted once, as the words go (the text can be long)
    for match in _WORD.finditer(text):
        loose = loose_token(match.group())
        if loose:
            noisy = bool(_NOISE_AFTER.match(text, match.end()))
            line, counted = line + text.count("\n", counted, match.start()), match.start()
            found.append(_Token(loose, match.start(), match.end(), noisy, _wild(match.group()), line=line))
    return found


VOWELS = frozenset("AEIOUY")


def _accented_vowel(letter: str) -> bool:
    parts = unicodedata.normalize("NFKD", letter)
    return len(parts) > 1 and parts[0].upper() in VOWELS


def _wild(printed: str) -> str:
    """The word's letters with its accented vowels as "*": OCR reads "Lészlé" for László.

    Letter for letter as printed (no transliteration folded: "Nuëa", read for Nuša, keeps its
    four letters).
    """
    letters = [c for c in printed if c.isalpha()]
    plain = normalize_token(printed)
    if len(letters) != len(plain) or not any(_accented_vowel(c) for c in letters):
        return ""
    return "".join("*" if _accented_vowel(c) else k for c, k in zip(letters, plain, strict=True))


def _accents_confused(wanted: str, wild: str) -> bool:
    """Whether a word read with accented vowels is the wanted one.

    Any accented vowel stands for any vowel, and at most one other letter may be off.
    """
    if len(wanted) != len(wild) or len(wanted) < MIN_EDIT_LENGTH:
        return False
    off = sum(1 for w, s in zip(wanted, wild, strict=True) if (w not in VOWELS if s == "*" else w != s))
    return off <= 1


def _token_matches(wanted: str, token: _Token, *, may_be_cut: bool, slips: bool) -> bool:
    if _word_matches(wanted, token.loose, may_be_cut=may_be_cut, slips=slips):
        return True
    return slips and bool(token.wild) and _accents_confused(wanted, token.wild)


def _word_matches(wanted: str, seen: str, *, may_be_cut: bool, slips: bool = True) -> bool:
    if wanted == seen:
        return True
    if may_be_cut and len(wanted) >= 3 and seen.startswith(wanted):
        return True
    if not slips or min(len(wanted), len(seen)) < MIN_EDIT_LENGTH:
        return False
    return damerau_levenshtein(wanted, seen) == 1


def _name_words(name: PersonName) -> tuple[list[str], list[str]]:
    surname = [loose_token(w) for w in _WORD.findall(name.surname) if loose_token(w)]
    given = [loose_token(w) for g in name.given_names for w in _WORD.findall(g) if loose_token(w)]
    return surname, given


def _surname_at(tokens: list[_Token], i: int, surname: list[str], cut: bool, slips: bool) -> bool:
    if i + len(surname) > len(tokens):
        return False
    last = len(surname) - 1
    return all(
        _token_matches(word, tokens[i + k], may_be_cut=cut and k == last, slips=slips)
        or (slips and _lost_to_noise(word, tokens[i + k]))
        for k, word in enumerate(surname)
    )


def _lost_to_noise(wanted: str, token: _Token) -> bool:
    """A word whose end OCR turned into signs ("HOUNGBED}!" for HOUNGBEDJI): its beginning is it."""
    seen = token.loose
    return (
        token.noisy_end and len(seen) >= MIN_NOISE_CUT and wanted.startswith(seen) and len(seen) < len(wanted)
    )


def _given_near(
    tokens: list[_Token], first: int, after: int, given: list[str], *, cut: bool, slips: bool
) -> list[int]:
    """Indexes of the tokens near the surname that are given names of the person.

    Each given name once, where it is printed nearest the surname: a page that prints the name
    twice side by side ("Nikola NIKOLIĆ    M. NIKOLA NIKOLIC") names one person, not "Nikola Nikola".
    """
    lo, hi = max(0, first - GIVEN_NAME_REACH), min(len(tokens), after + GIVEN_NAME_REACH)
    # A form's labels may stand between the surname and the given names ("Nom d'usage
    # (facultatif) / Prénoms (dans l'ordre de l'état civil)"): a few lines apart is near too.
    line = tokens[first].line
    wide = range(max(0, first - GIVEN_WORDS_APART), min(len(tokens), after + GIVEN_WORDS_APART))
    reach = {*range(lo, first), *range(after, hi)} | {
        j for j in wide if abs(tokens[j].line - line) <= GIVEN_LINES_APART and not first <= j < after
    }
    last = len(given) - 1
    nearest: dict[str, int] = {}
    for j in sorted(reach, key=lambda j: min(abs(j - first), abs(j - after))):
        for k, g in enumerate(given):
            if g not in nearest and _token_matches(g, tokens[j], may_be_cut=cut and k == last, slips=slips):
                nearest[g] = j
                break
    return sorted(set(nearest.values()))


def _with_neighbours(
    tokens: list[_Token], near: list[int], given: list[str], *, cut: bool, slips: bool
) -> list[int]:
    """The given names found, with the other given names printed right beside them.

    Given names are printed together even where the surname is far (a two-column address block
    that OCR reads as "Madame Ludmila Katarina / 64 quai... / STEFANIKOVA").
    """

    def names(j: int) -> set[str]:
        return {g for g in given if _token_matches(g, tokens[j], may_be_cut=cut, slips=slips)}

    found = set(near)
    named = set().union(*(names(j) for j in near))
    edge = list(near)
    while edge:
        j = edge.pop()
        for k in (j - 1, j + 1):
            if 0 <= k < len(tokens) and k not in found and (names(k) - named):
                found.add(k)
                named |= names(k)
                edge.append(k)
    return sorted(found)


# Signs OCR reads for a letter in a word ("WE!" for WEI, "B0UCHRA"), each as that letter: only
# beside a letter and never beside a digit, so numbers, amounts and dates keep their digits.
_LOOKALIKE = re.compile(r"(?<=[^\W\d_])[!|10$@](?![\d])|[!|10$@](?=[^\W\d_]{2})(?<![\d\w][!|10$@])")
_AS_LETTER = str.maketrans({"!": "I", "|": "I", "1": "I", "0": "O", "$": "S", "@": "O"})  # @: a read Ø


def ocr_repaired(text: str) -> str:
    """The text with letter look-alikes inside or at the end of words read as letters (same length)."""
    return _LOOKALIKE.sub(lambda m: m.group().translate(_AS_LETTER), text)


MAX_PIECES = 3  # a letter-spaced word read as up to three pieces ("FAUS TIN", "HOVHA NNI SYAN")
MIN_JOINED = 5  # letters of a word joined from pieces: "LE ON" side by side is not LEON


def _rejoined(tokens: list[_Token], text: str, wanted: list[str]) -> list[_Token]:
    """Pieces of one of the wanted words, read apart on one line, joined back into that word.

    Letters written in boxes or spaced out are read in pieces where the gaps between them vary
    ("FAUS TIN"). Pieces are joined only when together they are a wanted word and none of them
    is one alone, so words that only sit side by side stay apart.
    """
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        joined = None
        for n in range(MAX_PIECES, 1, -1):
            pieces = tokens[i : i + n]
            if len(pieces) < n or not _side_by_side(pieces, text):
                continue
            whole = "".join(p.loose for p in pieces)
            if any(p.loose in wanted for p in pieces):
                continue
            # One letter off at most, so only a word within a letter of its length can be it.
            if any(
                _word_matches(w, whole, may_be_cut=False)
                for w in wanted
                if len(w) >= MIN_JOINED and abs(len(w) - len(whole)) <= 1
            ):
                joined = _Token(
                    whole,
                    pieces[0].start,
                    pieces[-1].end,
                    pieces[-1].noisy_end,
                    joined=True,
                    line=pieces[0].line,
                )
                i += n
                break
        if joined is None:
            joined = tokens[i]
            i += 1
        out.append(joined)
    return out


def _side_by_side(pieces: list[_Token], text: str) -> bool:
    return all(text[a.end : b.start] in (" ", "  ") for a, b in itertools.pairwise(pieces))


def find_person(name: PersonName, text: str) -> Found | None:
    """The first place ``text`` prints ``name`` (surname and a given name near it), or None.

    Exact words are looked for through the whole text before words with one letter off, so a
    label that happens to be one letter from a given name ("famille", "Camille") loses to the name.
    """
    surname, given = _name_words(name)
    if not surname:
        return None
    cut = may_be_cut(name)
    text = ocr_repaired(_ADDRESS.sub(lambda m: " " * len(m.group()), text))  # same length
    tokens = _rejoined(_tokens(text), text, [*surname, *given])
    originals = {
        loose_token(word): word for part in (name.surname, *name.given_names) for word in _WORD.findall(part)
    }
    return (
        _search(tokens, text, surname, given, cut, slips=False, originals=originals)
        or _search(tokens, text, surname, given, cut, slips=True, originals=originals)
        or _in_boxes(name, text, surname, given)
    )


def _in_boxes(name: PersonName, text: str, surname: list[str], given: list[str]) -> Found | None:
    """A name written letter by letter in a form's boxes (see ``boxes``).

    The words as read are no name, so what is found is the name looked for.
    """
    span = boxed_row(surname, given, text)
    if span is None:
        return None
    return Found(name.display(), *span)


def _search(
    tokens: list[_Token],
    text: str,
    surname: list[str],
    given: list[str],
    cut: bool,
    *,
    slips: bool,
    originals: dict[str, str],
) -> Found | None:
    for i in range(len(tokens)):
        if not _surname_at(tokens, i, surname, cut and not given, slips):
            continue
        after = i + len(surname)
        near = _given_near(tokens, i, after, given, cut=cut, slips=slips) if given else []
        if given and not near:
            continue
        near = _with_neighbours(tokens, near, given, cut=cut, slips=slips)
        # Given names whose accented vowels OCR confused ("Lészlé Bence" for László Bence) are
        # part of the name found by its exact words too.
        confused = [
            j
            for j in _given_near(tokens, i, after, given, cut=False, slips=True)
            if tokens[j].wild and not _named_already(tokens, j, near, given)
        ]
        matched = sorted({*range(i, after), *near, *confused})
        spelled = _as_named(tokens, matched, originals) if slips or confused else {}
        printed = _printed(text, tokens, matched, spelled)
        return Found(printed, tokens[matched[0]].start, tokens[matched[-1]].end)
    return None


def _named_already(tokens: list[_Token], j: int, near: list[int], given: list[str]) -> bool:
    """Whether the given name token ``j`` may be was found already, spelled right, near the surname.

    The name printed twice ("Björn" in its field, "Bjérn" on a certifying line) is one name.
    """
    return any(
        _token_matches(g, tokens[j], may_be_cut=False, slips=True)
        and any(_token_matches(g, tokens[k], may_be_cut=False, slips=False) for k in near)
        for g in given
    )


def _as_named(tokens: list[_Token], matched: list[int], originals: dict[str, str]) -> dict[int, str]:
    """The name's own spelling of each matched word that OCR misread by a letter or cut short.

    "Niccold" found for NICCOLO is written NICCOLO: the reference (an MRZ, with its check
    digits, or the person's own ``--name``) is surer of its letters than one OCR read.
    """
    spelled = {}
    for index in matched:
        seen = tokens[index].loose
        if seen in originals:
            continue
        # A letter read for another (same length): a letter more or less is rather a separator
        # or an apostrophe that the reference (an MRZ) leaves out ("D'ANGELO", "DANGELO").
        slipped = [
            word
            for key, word in originals.items()
            if (len(key) == len(seen) and _token_matches(key, tokens[index], may_be_cut=False, slips=True))
            or (tokens[index].wild and _accents_confused(key, tokens[index].wild))
            or _lost_to_noise(key, tokens[index])  # its end turned to signs: the rest is the name's
        ]
        if len(slipped) == 1:
            spelled[index] = slipped[0]
    return spelled


_JOINER = re.compile(r"[ \t]*[-'’‐]?[ \t]*")


def _printed(
    text: str, tokens: list[_Token], matched: list[int], spelled: dict[int, str] | None = None
) -> str:
    """The matched words as printed, a label between them ("Prénom(s) :") left out.

    Adjacent words keep what joins them ("NGUYEN-DUPONT"); runs apart are joined with a space.
    A word in ``spelled`` is written so instead (the name's own spelling of a word OCR misread).
    """
    spelled = spelled or {}
    runs: list[list[int]] = []
    for index in matched:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    parts = []
    for run in runs:
        pieces = []
        for position, index in enumerate(run):
            token = tokens[index]
            read = text[token.start : token.end]
            pieces.append(spelled.get(index, "".join(read.split()) if token.joined else read))
            if position + 1 < len(run):
                joiner = text[token.end : tokens[run[position + 1]].start]
                # What joins a name's words is a space, a hyphen or an apostrophe; a table's
                # rule or a line break between them is not part of it.
                pieces.append(joiner if _JOINER.fullmatch(joiner) else " ")
        parts.append(" ".join("".join(pieces).split()))
    return " ".join(parts)

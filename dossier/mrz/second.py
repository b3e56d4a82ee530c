"""The MRZ read by the second engine, only where the first reading failed; check digits decide.

The first reading (the page read, the OCR-B cells, Tesseract's band re-reads) fails on real
captures in ways a neural line reader does not: a three-line card Tesseract sees no band on, a
booklet photographed open, a band too pale for the cells. The second engine costs seconds a
page, so it runs only when the first reading found no MRZ on a page that may hold one, or
found one whose check digits fail, or whose name the page does not print. The readings are
then merged line by line: the numbers' lines from the one passing most check digits, the name
line from the one the page bears out best; the result is kept only where it differs from the
first reading's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from dossier.mrz.layout import ALPHABET, FILLER, layout_of
from dossier.mrz.parse import Mrz, name_support, normalize_line, parse_text
from dossier.names.normalise import fold_text
from dossier.read.orientation import Box
from dossier.read.rapid import TextLine

NAME_SUPPORT = 0.75  # a reading whose name is less like the printed words than this is doubted
MIN_LINE, MAX_LINE = 26, 48  # characters of an MRZ line as read, a few fillers dropped or added
MRZ_SHARE = 0.85  # of a line's characters, at least this share must be MRZ characters
MAX_LINES = 4  # MRZ-like lines tried in every order (a front and back on one image has two bands)
UPSIDE_DOWN_FILLERS = 3  # ">" in a line read upright, enough to take it for an upside-down band
FEW_WORDS = 25  # a page with fewer words than this was read too poorly to say it holds no MRZ
CARD_WORDS = 60  # a data page or card has fewer words; a longer page names itself in its title
TITLE_LINES = 2  # a travel document names itself first; a form names passports further down
TRAVEL_WORDS = re.compile(
    r"\b(passeport|passport|reisepass|pasaporte|passaporto|titre de sejour|residence permit"
    r"|aufenthaltstitel|permesso di soggiorno|identity card|carte d['’]identite|carte nationale"
    r"|personalausweis|documento de identidad|carta d['’]identita|travel document|document de voyage"
    r"|machine readable|nationality|given names|date of expiry|number of entries|nombre d['’]entrees)\b"
)  # not "visa" alone: bank papers print the card network's name
DOCUMENT_CODES = frozenset("PIACV")  # what an MRZ's first line starts with (ICAO 9303)
Score = tuple[bool, float, float]


def may_hold_mrz(words: list[Box], text: str) -> bool:
    """Whether a page the first reading found no MRZ on may still hold one.

    It shows band-like words (fillers), names itself a travel document (in its title, or
    anywhere on a page of few words: a form's list of documents to enclose names passports
    too), or was read so poorly (a photo, a pale specimen) that the first reading's silence
    says nothing.
    """
    if any(word[0].count("<") + word[0].count("«") >= 2 for word in words):
        return True
    read = sum(1 for word in words if len(re.sub(r"[^A-Za-z]", "", word[0])) >= 3)
    title = "\n".join(text.splitlines()[:TITLE_LINES])
    if TRAVEL_WORDS.search(fold_text(title if read >= CARD_WORDS else text)):
        return True
    return read < FEW_WORDS


def score(mrz: Mrz | None, printed: str) -> Score | None:
    """How good a reading is: all check digits passing, the share passing, the name borne out."""
    if mrz is None:
        return None
    passed = sum(mrz.checks.values()) / max(len(mrz.checks), 1)
    return mrz.valid, passed, name_support([*mrz.surname.split(), *mrz.given_names], _printed(printed))


def wants_second(first: Score | None, words: list[Box], text: str) -> bool:
    """Whether the first reading failed: no MRZ or check digits failing where one may be, a doubted name.

    A reading whose check digits fail on a page with no other sign of a travel document is
    most often no MRZ at all (a line of a bill that looked like one): not worth seconds.
    """
    if first is not None and first[0]:
        return first[2] < NAME_SUPPORT
    return may_hold_mrz(words, text)


def mrz_lines(lines: Iterable[TextLine]) -> list[str]:
    """The second engine's lines that look like MRZ lines, as MRZ characters, top to bottom."""
    found = []
    for line in sorted(lines, key=lambda line: (line.y0 + line.y1) / 2):
        text = re.sub(r"\s+", "", line.text.upper())
        if not MIN_LINE <= len(text) <= MAX_LINE:
            continue
        share = sum(char in ALPHABET or char in "«‹" for char in text) / len(text)
        digits = sum(char.isdigit() for char in text)
        if share >= MRZ_SHARE and (FILLER in text or digits >= 6):
            found.append(normalize_line(text))
    return found[:MAX_LINES]


def upside_down(lines: Iterable[TextLine]) -> bool:
    """Whether lines were read upside down: an MRZ's fillers turned a half turn read as ``>``."""
    return any(line.text.count(">") >= UPSIDE_DOWN_FILLERS for line in lines)


def orders(lines: list[str]) -> list[str]:
    """The MRZ lines in every order that may be a band, as blocks of text.

    A line reader gives a band's lines in the order of their boxes, which on a page turned a
    half turn is upside down, and on a front and back has two bands: every order is tried
    whose first line starts as an MRZ does (a document code), so that check digits passing by
    chance in a jumbled order cannot win.
    """
    return [
        "\n".join(combo)
        for count in (3, 2)
        for combo in itertools.permutations(lines, count)
        if combo[0][:1] in DOCUMENT_CODES
    ]


def first_score(sources: list[str], printed: str) -> Score | None:
    """The best score of the first readings (the cells, the page read, Tesseract's band re-reads)."""
    found = [score(parse_text(source, printed_text=printed), printed) for source in sources if source]
    return max((item for item in found if item is not None), default=None)


def second_reading(lines: list[TextLine], first_sources: list[str], text: str) -> str:
    """The band's lines where the second engine's reading adds to the first's, else "".

    The numbers' lines are taken from the reading that passes the most check digits, the name
    line from the reading of the same format whose name the page bears out best (the name
    line has no check digit): one engine often reads a line the other garbles. Both engines
    are judged against the same printed words: the page read's, and the second engine's own
    lines that are not MRZ lines (it often reads the printed name Tesseract missed).
    """
    printed = "\n".join([text, *(line.text for line in lines if line.text.count(FILLER) < 2)])
    firsts = _parsed(first_sources, printed)
    seconds = _parsed(orders(mrz_lines(lines)), printed)
    if not seconds:
        return ""
    numbers = max([*firsts, *seconds], key=_checks_key)
    named = max(
        (mrz for mrz in [*firsts, *seconds] if mrz.format == numbers.format),
        key=lambda mrz: _name_key(mrz, printed),
    )
    merged = _merged(numbers, named)
    if any(numbers is mrz for mrz in firsts) and merged == numbers.lines:
        return ""  # the second engine added nothing
    return "\n".join(merged)


def _parsed(blocks: list[str], printed: str) -> list[Mrz]:
    """The readings of these blocks whose band starts as an MRZ does.

    A page read may hold a jumbled window of lines whose check digits pass by chance more
    often than the band's own.
    """
    found = (parse_text(block, printed_text=printed) for block in blocks if block)
    return [mrz for mrz in found if mrz is not None and mrz.raw_lines[0][:1] in DOCUMENT_CODES]


def _checks_key(mrz: Mrz) -> tuple[bool, float]:
    return mrz.valid, sum(mrz.checks.values()) / max(len(mrz.checks), 1)


def _name_key(mrz: Mrz, printed: str) -> tuple[bool, float, int]:
    """The name the page bears out best; failing any, the one that reads most like names.

    A card's back often prints no name but the MRZ's: then a name line read with digits, or
    with words no name has (five consonants running), is the worse reading.
    """
    words = [*mrz.surname.split(), *mrz.given_names]
    support = name_support(words, _printed(printed))
    line = _name_line(mrz)
    digits = sum(char.isdigit() for char in mrz.raw_lines[line]) if line is not None else 0
    unlikely = sum(1 for word in words if re.search(r"[^AEIOUY]{5}", word))
    borne = support >= NAME_SUPPORT
    return borne, round(support, 2) if borne else 0.0, -digits - unlikely


def _name_line(mrz: Mrz) -> int | None:
    """Which line holds the name alone (a card's third, a passport's or visa's first), if one does."""
    layout = layout_of(list(mrz.lines))
    spec = layout.field("name") if layout is not None and layout.format != "FRID" else None
    return spec.line if spec is not None and spec.line < len(mrz.raw_lines) else None


def _merged(numbers: Mrz, named: Mrz) -> tuple[str, ...]:
    """The lines of ``numbers`` with the name line of ``named`` (the same format)."""
    line = _name_line(numbers)
    if line is None or named is numbers:
        return numbers.lines
    merged = list(numbers.lines)
    merged[line] = named.lines[line]
    return tuple(merged)


def _printed(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[A-Z]+", fold_text(text).upper()))

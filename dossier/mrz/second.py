"""The MRZ read by the second engine, only where the first reading failed; check digits decide.

The first reading (the page read, the OCR-B cells, Tesseract's band re-reads) fails on real
captures in ways a neural line reader does not: a three-line card Tesseract sees no band on, a
booklet photographed open, a band too pale for the cells. The second engine costs seconds a
page, so it runs only when the first reading found no MRZ on a page that may hold one, or
found one whose check digits fail, or whose name the page does not print. Its reading is kept
only when it passes more check digits, or as many with a name the page bears out better.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from dossier.mrz.layout import ALPHABET, FILLER
from dossier.mrz.parse import Mrz, name_support, normalize_line, parse_text
from dossier.names.normalise import fold_text
from dossier.read.orientation import Box
from dossier.read.rapid import TextLine

NAME_SUPPORT = 0.75  # a reading whose name is less like the printed words than this is doubted
MIN_LINE, MAX_LINE = 26, 48  # characters of an MRZ line as read, a few fillers dropped or added
MRZ_SHARE = 0.85  # of a line's characters, at least this share must be MRZ characters
MAX_LINES = 4  # MRZ-like lines tried in every order (a front and back on one image has two bands)
FEW_WORDS = 25  # a page with fewer words than this was read too poorly to say it holds no MRZ
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

    It shows band-like words (fillers), names itself a travel document, or was read so poorly
    (a photo, a pale specimen) that the first reading's silence says nothing.
    """
    if any(word[0].count("<") + word[0].count("«") >= 2 for word in words):
        return True
    if TRAVEL_WORDS.search(fold_text(text)):
        return True
    return sum(1 for word in words if len(re.sub(r"[^A-Za-z]", "", word[0])) >= 3) < FEW_WORDS


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


def best_block(lines: list[str], printed: str) -> tuple[str, Score | None]:
    """The MRZ lines in the order that reads best, and its score ("" when none parses).

    A line reader gives a band's lines in the order of their boxes, which on a page turned a
    half turn is upside down, and on a front and back has two bands: every order is tried
    whose first line starts as an MRZ does (a document code), so that check digits passing by
    chance in a jumbled order cannot win.
    """
    best: tuple[str, Score | None] = ("", None)
    for count in (3, 2):
        for combo in itertools.permutations(lines, count):
            if combo[0][:1] not in DOCUMENT_CODES:
                continue
            block = "\n".join(combo)
            found = score(parse_text(block, printed_text=printed), printed)
            if found is not None and (best[1] is None or found > best[1]):
                best = (block, found)
    return best


def first_score(sources: list[str], printed: str) -> Score | None:
    """The best score of the first readings (the cells, the page read, Tesseract's band re-reads)."""
    found = [score(parse_text(source, printed_text=printed), printed) for source in sources if source]
    return max((item for item in found if item is not None), default=None)


def second_reading(lines: list[TextLine], first_sources: list[str], text: str) -> str:
    """The second engine's MRZ lines when they read better than the first readings, else "".

    Both are judged against the same printed words: the page read's, and the second engine's
    own lines that are not MRZ lines (it often reads the printed name Tesseract missed).
    """
    printed = "\n".join([text, *(line.text for line in lines if line.text.count(FILLER) < 2)])
    block, found = best_block(mrz_lines(lines), printed)
    first = first_score(first_sources, printed)
    if found is None or (first is not None and found <= first):
        return ""
    return block


def _printed(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[A-Z]+", fold_text(text).upper()))

"""Single dates as French and English documents print them, OCR noise included.

"15/09/2026", "15.09.26", "2026-09-15", "1er septembre 2026", "15 sept. 2026", "September 15,
2026", "15 SEP 2026", and OCR slips such as "l5/O9/2026" or "1 er". Every function takes
arbitrary text and returns None (or an empty list) rather than raising.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier.names import fold_text, repair_text
from dossier.names.spelling import damerau_levenshtein

# --- Month names ----------------------------------------------------------------------------------

_FULL_MONTHS = {
    1: "janvier january januar enero gennaio janeiro januari",
    2: "fevrier february februar febrero febbraio fevereiro februari",
    3: "mars march marz maerz marzo marco maart",
    4: "avril april abril aprile",
    5: "mai may mayo maggio maio mei",
    6: "juin june juni junio giugno junho",
    7: "juillet july juli julio luglio julho",
    8: "aout august agosto augustus",
    9: "septembre september septiembre settembre setembro",
    10: "octobre october oktober octubre ottobre outubro",
    11: "novembre november noviembre",
    12: "decembre december dezember diciembre dicembre dezembro",
}
# Abbreviations as French and English documents print them; other languages only in full.
_ABBREVIATIONS = {
    1: "jan janv",
    2: "feb fev fevr",
    3: "mar",
    4: "apr avr",
    5: "may",
    6: "jun",
    7: "jul juil juill",
    8: "aug aou",
    9: "sep sept",
    10: "oct",
    11: "nov",
    12: "dec",
}
MONTH_WORDS: dict[str, int] = {
    word: number
    for table in (_FULL_MONTHS, _ABBREVIATIONS)
    for number, words in table.items()
    for word in words.split()
}


_FULL_NAMES: dict[str, int] = {
    word: number for number, words in _FULL_MONTHS.items() for word in words.split()
}
SLIP_MIN_LENGTH = 7  # a month name this long, one letter off, is still that month ("descembre")


def month_number(word: str) -> int | None:
    """The month (1-12) a French, English (or other European) month name or abbreviation means.

    A long name with one letter misread, added or lost (OCR, or a typing slip) still counts when
    it is one letter from a single month's name.
    """
    key = fold_text(repair_text(word)).strip(". ")
    key = "".join(c for c in key if c.isalpha())
    exact = MONTH_WORDS.get(key)
    if exact is not None:
        return exact
    glued = _two_abbreviations(key)
    if glued is not None or len(key) < SLIP_MIN_LENGTH:
        return glued
    return _one_slip_from(key)


def _two_abbreviations(key: str) -> int | None:
    """A bilingual date's two names of one month with the slash between them lost ("JUILJUL")."""
    for cut in range(3, len(key) - 2):
        first, second = MONTH_WORDS.get(key[:cut]), MONTH_WORDS.get(key[cut:])
        if first is not None and first == second:
            return first
    return None


@functools.lru_cache(maxsize=4096)
def _one_slip_from(key: str) -> int | None:
    months = {
        number
        for name, number in _FULL_NAMES.items()
        if abs(len(name) - len(key)) <= 1 and damerau_levenshtein(name, key) == 1
    }
    return months.pop() if len(months) == 1 else None


# --- Single dates ---------------------------------------------------------------------------------

_D = "[0-9OoIil|]"  # a digit as OCR may print it: O for 0, l or I for 1
_OCR_DIGITS = str.maketrans("OoIil|", "001111")
# A word's letters, broken accents ("fÃ©vrier", "aoÃ»t") and combining accents included.
_MANGLED = (
    "[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u201e\u2020-\u2030\u20ac\u2122]"
)
_WORD = rf"(?:{_MANGLED}|[^\W\d_]|[\u0300-\u036f])++"
_SUFFIX = r"(?:er|re|e|st|nd|rd|th|º|°)"

_NUMERIC_DMY = re.compile(
    rf"(?<![\w/])(?P<d>{_D}{{1,2}})[ \t]?(?P<s>[/.\-])[ \t]?(?P<m>{_D}{{1,2}})[ \t]?(?P=s)[ \t]?"
    rf"(?P<y>{_D}{{4}}|{_D}{{2}})(?![\w/])"
)
_SPACED_DMY = re.compile(r"(?<![\w/])(?P<d>\d{2}) (?P<m>\d{2}) (?P<y>\d{4})(?![\w/])")
_ISO = re.compile(
    rf"(?<![\w/])(?P<y>(?:19|20)\d\d)(?P<s>[\-/.])(?P<m>{_D}{{1,2}})(?P=s)(?P<d>{_D}{{1,2}})(?![\w/])"
)
_TEXT_DMY = re.compile(
    rf"(?<![\w/])(?P<d>{_D}{{1,2}})[ \t]?(?P<suf>{_SUFFIX})?\.?[\s\-]*(?:of\s+|de\s+)?"
    rf"(?P<mon>{_WORD})\.?(?:\s*/\s*{_WORD}\.?)?[\s,./\-]*(?:de\s+|of\s+)?(?P<y>{_D}{{4}}|{_D}{{2}})(?!\w)",
    re.IGNORECASE,
)
_TEXT_MDY = re.compile(
    rf"(?<![\w/])(?P<mon>{_WORD})\.?\s*(?P<d>{_D}{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_D}{{4}})(?!\w)",
    re.IGNORECASE,
)
_YEAR_MIN, _YEAR_MAX = 1900, 2100


def default_pivot() -> int:
    """The latest year a two-digit year may mean: ten years from now."""
    return dt.date.today().year + 10


def read_number(group: str) -> int | None:
    """A number printed with OCR slips; None unless it holds at least one real digit."""
    if not any(c.isdigit() for c in group):
        return None
    digits = group.translate(_OCR_DIGITS)
    return int(digits) if digits.isdigit() else None


def read_year(group: str, pivot: int) -> int | None:
    """A printed year (two digits: 20xx up to ``pivot``, else 19xx); None outside 1900-2100."""
    value = read_number(group)
    if value is None:
        return None
    if len(group) == 2:
        value = 2000 + value if 2000 + value <= pivot else 1900 + value
    return value if _YEAR_MIN <= value <= _YEAR_MAX else None


def make_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    """The date, or None when a part is missing or the day does not exist."""
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day(match: re.Match[str]) -> int | None:
    day = read_number(match.group("d"))
    suffix = (match.groupdict().get("suf") or "").lower()
    if day is None and match.group("d") in ("l", "I", "|", "i") and suffix == "er":
        return 1  # "ler septembre": OCR's reading of "1er"
    return day


def _numeric(match: re.Match[str], pivot: int) -> dt.date | None:
    day, month = read_number(match.group("d")), read_number(match.group("m"))
    year = read_year(match.group("y"), pivot)
    found = make_date(year, month, day)
    if found is None and month is not None and month > 12:
        found = make_date(year, day, month)  # "09/15/2026", the American order
    return found


def _textual(match: re.Match[str], pivot: int) -> dt.date | None:
    return make_date(read_year(match.group("y"), pivot), month_number(match.group("mon")), _day(match))


_Reader = Callable[[re.Match[str], int], dt.date | None]
_PATTERNS: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (_ISO, _numeric),
    (_NUMERIC_DMY, _numeric),
    (_SPACED_DMY, _numeric),
    (_TEXT_DMY, _textual),
    (_TEXT_MDY, _textual),
)


@dataclass(frozen=True)
class DateSpan:
    """A date found in a text and where: ``text[start:end]`` is how it was printed."""

    date: dt.date
    start: int
    end: int


def _scan(pattern: re.Pattern[str], read: _Reader, text: str, pivot: int) -> list[DateSpan]:
    found = []
    pos = 0
    while pos <= len(text):
        match = pattern.search(text, pos)
        if match is None:
            break
        day = read(match, pivot)
        if day is None:
            pos = match.start() + 1
            continue
        found.append(DateSpan(day, match.start(), match.end()))
        pos = match.end()
    return found


def date_spans(text: str, *, pivot_year: int | None = None) -> list[DateSpan]:
    """Every date of the text, in order, without overlaps (the longest reading wins)."""
    pivot = default_pivot() if pivot_year is None else pivot_year
    candidates = [span for pattern, read in _PATTERNS for span in _scan(pattern, read, text, pivot)]
    candidates.sort(key=lambda s: (s.start, -(s.end - s.start)))
    chosen: list[DateSpan] = []
    for span in candidates:
        if not chosen or span.start >= chosen[-1].end:
            chosen.append(span)
    return chosen


def find_dates(text: str, *, pivot_year: int | None = None) -> list[tuple[dt.date, int]]:
    """Every date of the text with its character offset, in order."""
    return [(span.date, span.start) for span in date_spans(text, pivot_year=pivot_year)]


def parse_date(text: str, *, pivot_year: int | None = None) -> dt.date | None:
    """The first date in the text, or None.

    Two-digit years mean 20xx up to ``pivot_year`` (default: ten years from now), else 19xx.
    """
    spans = date_spans(repair_text(text), pivot_year=pivot_year)
    return spans[0].date if spans else None

"""Dates and periods as French and English documents print them, OCR noise included.

Dates: "15/09/2026", "15.09.26", "2026-09-15", "1er septembre 2026", "15 sept. 2026",
"September 15, 2026", "15 SEP 2026", and OCR slips such as "l5/O9/2026" or "1 er".
Periods: "du 1er au 30 septembre 2026", "Période du 01/10/2026 au 31/10/2026", "mois de :
Septembre 2026", "Période : 09/2026", "from 1 September 2026 to 30 September 2026".

Every function takes arbitrary text and returns None (or an empty list) rather than raising.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dossier.names import fold_text, repair_text

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


def month_number(word: str) -> int | None:
    """The month (1-12) a French, English (or other European) month name or abbreviation means."""
    key = fold_text(repair_text(word)).strip(". ")
    key = "".join(c for c in key if c.isalpha())
    return MONTH_WORDS.get(key)


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


def _number(group: str) -> int | None:
    """A number printed with OCR slips; None unless it holds at least one real digit."""
    if not any(c.isdigit() for c in group):
        return None
    digits = group.translate(_OCR_DIGITS)
    return int(digits) if digits.isdigit() else None


def _year(group: str, pivot: int) -> int | None:
    value = _number(group)
    if value is None:
        return None
    if len(group) == 2:
        value = 2000 + value if 2000 + value <= pivot else 1900 + value
    return value if _YEAR_MIN <= value <= _YEAR_MAX else None


def _make(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day(match: re.Match[str]) -> int | None:
    day = _number(match.group("d"))
    suffix = (match.groupdict().get("suf") or "").lower()
    if day is None and match.group("d") in ("l", "I", "|", "i") and suffix == "er":
        return 1  # "ler septembre": OCR's reading of "1er"
    return day


def _numeric(match: re.Match[str], pivot: int) -> dt.date | None:
    day, month = _number(match.group("d")), _number(match.group("m"))
    year = _year(match.group("y"), pivot)
    found = _make(year, month, day)
    if found is None and month is not None and month > 12:
        found = _make(year, day, month)  # "09/15/2026", the American order
    return found


def _textual(match: re.Match[str], pivot: int) -> dt.date | None:
    return _make(_year(match.group("y"), pivot), month_number(match.group("mon")), _day(match))


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


# --- Labelled dates -------------------------------------------------------------------------------

EXPIRY_LABELS: tuple[str, ...] = (
    "date d'expiration",
    "date of expiry",
    "expiry date",
    "expiration date",
    "date de fin de validité",
    "fin de validité",
    "valable jusqu'au",
    "valable jusqu'à",
    "valid until",
    "valid thru",
    "valid through",
    "expire le",
    "expires on",
    "expiration",
    "expiry",
    "gültig bis",
    "válido hasta",
    "au",
)
ISSUE_LABELS: tuple[str, ...] = (
    "date de délivrance",
    "délivré le",
    "délivrée le",
    "délivré à",
    "délivrée à",
    "date of issue",
    "issue date",
    "issued on",
    "date d'émission",
    "émis le",
    "émise le",
    "date de facture",
    "date de la facture",
    "date de facturation",
    "date d'édition",
    "édité le",
    "éditée le",
    "établi le",
    "établie le",
    "fait à",
    "fait le",
    "signé le",
    "date :",
    "le",
)
BIRTH_LABELS: tuple[str, ...] = (
    "date de naissance",
    "date et lieu de naissance",
    "né(e) le",
    "née le",
    "né le",
    "date of birth",
    "birth date",
    "born on",
    "geburtsdatum",
    "geboren am",
    "fecha de nacimiento",
    "data di nascita",
    "data de nascimento",
    "nacido el",
    "nacida el",
    "nato il",
    "nata il",
    "nascido em",
    "nascida em",
    "né(e)",
    "née",
    "né",
    "born",
)
_BIRTH_BEFORE = re.compile(r"(?:\bnee?|\bne\(e\)|\bborn|\bnaissance)\s*$")


@functools.lru_cache(maxsize=256)
def label_pattern(label: str) -> re.Pattern[str]:
    """The regular expression of a label on folded text: spaces and apostrophes flexible."""
    parts = [re.escape(word) for word in fold_text(label).replace("'", "' ").split()]
    body = r"\s*".join(parts).replace("'", r"['\s]?")
    return re.compile(rf"(?<![a-z0-9]){body}(?![a-z0-9])")


_BLANK_LINES = re.compile(r"(?:[ \t]*\n){0,3}")
LINE_LIMIT = 400  # a "line" longer than this is cut: OCR text without line breaks stays linear


def _window_end(text: str, start: int, lines: int) -> int:
    end = start
    for _ in range(lines):
        newline = text.find("\n", end, end + LINE_LIMIT)
        if newline < 0:
            return min(len(text), end + LINE_LIMIT)
        end = newline + 1
    return end


def _line_start(text: str, position: int) -> int:
    floor = max(0, position - LINE_LIMIT)
    return max(floor, text.rfind("\n", floor, position) + 1)


def _is_birth_label(label: str) -> bool:
    folded = fold_text(label)
    return any(folded == fold_text(b) for b in BIRTH_LABELS)


def find_labeled_date(text: str, labels: Sequence[str], *, pivot_year: int | None = None) -> dt.date | None:
    """The first date after a label, on the label's line or the next one.

    Labels are tried in the order given (put the specific ones first); case, accents and the
    apostrophe's shape do not matter. A generic label ("le", "au") right after "né" is skipped.
    """
    repaired = repair_text(text)
    folded = fold_text(repaired)
    spans = date_spans(repaired, pivot_year=pivot_year)
    if not spans:
        return None
    for label in labels:
        birth_label = _is_birth_label(label)
        for match in label_pattern(label).finditer(folded):
            if not birth_label and _BIRTH_BEFORE.search(folded, max(0, match.start() - 14), match.start()):
                continue
            found = _date_after(folded, match, spans)
            if found is not None:
                return found
    return None


def _column(text: str, position: int) -> int:
    return position - _line_start(text, position)


def _date_after(folded: str, label: re.Match[str], spans: Sequence[DateSpan]) -> dt.date | None:
    """The first date after the label on its line; else on the next non-blank line, the one under it."""
    line_end = _window_end(folded, label.end(), 1)
    same_line = [s for s in spans if label.end() <= s.start < line_end]
    if same_line:
        return same_line[0].date
    next_line = _BLANK_LINES.match(folded, line_end)
    below_start = next_line.end() if next_line else line_end
    limit = _window_end(folded, below_start, 1)
    below = [s for s in spans if below_start <= s.start < limit]
    if not below:
        return None
    column = _column(folded, label.start())
    return min(below, key=lambda s: abs(_column(folded, s.start) - column)).date


# --- Months and periods ---------------------------------------------------------------------------


def month_key(day: dt.date) -> str:
    """The calendar month of a date, "YYYY-MM"."""
    return f"{day.year:04d}-{day.month:02d}"


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def months_between(start: dt.date, end: dt.date) -> list[str]:
    """Every calendar month from ``start``'s to ``end``'s, both included ([] when start > end)."""
    keys = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = _next_month(year, month)
    return keys


MIN_MONTH_DAYS = 15


@dataclass(frozen=True)
class Period:
    """A span of days a document covers, both ends included."""

    start: dt.date
    end: dt.date

    def months(self) -> list[str]:
        """The calendar months this period counts for, "YYYY-MM", in order.

        Rule: a month counts when the period covers at least 15 of its days (14 in a 28-day
        February), or when the whole period lies inside it. If a short period straddles two
        months and covers neither enough, the month it covers most counts (the later on a tie).
        So 28/08 -> 27/09 counts September only; 15/08 -> 14/10 counts August and September.
        """
        if self.start > self.end:
            return []
        keys = months_between(self.start, self.end)
        if len(keys) == 1:
            return keys
        covered = {key: self._days_in(key) for key in keys}
        counted = [key for key in keys if covered[key] >= _needed(key)]
        if counted:
            return counted
        return [max(reversed(keys), key=lambda k: covered[k])]

    def touched_months(self) -> list[str]:
        """Every calendar month the period touches, even by one day ("YYYY-MM", in order)."""
        return months_between(self.start, self.end)

    def _days_in(self, key: str) -> int:
        year, month = int(key[:4]), int(key[5:])
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return (min(last, self.end) - max(first, self.start)).days + 1


def _needed(key: str) -> int:
    length = calendar.monthrange(int(key[:4]), int(key[5:]))[1]
    return min(MIN_MONTH_DAYS, (length + 1) // 2)


def _month_period(year: int, month: int) -> Period:
    return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class _Candidate:
    score: int
    position: int
    period: Period


_CONNECTOR = re.compile(r"\s*(?:au|a|to|until|till|through|thru|jusqu'?\s*(?:au|a)|-|>|->)\s*", re.DOTALL)
_RANGE_LABEL = re.compile(
    r"(?:\bdu|\bfrom|\bperiode|\bperiod|consommation|facturation|billing|\bloyer|\bterme|\bquittance)"
    r"[^\n]{0,30}$"
)
_NOT_A_PERIOD = re.compile(
    r"(?:\bnee?\b|\bne\(e\)|\bborn\b|naissance|\bfait\b|\bsigne|\bedite|\bemis|\bdelivre)[^\n]{0,25}$"
)
_PARTIAL_START = re.compile(
    r"(?:(?P<lab>\bdu|\bfrom|\bperiode|\bperiod)\s*:?\s*)?(?<![\w/.])(?P<d>[0-9oil|]{1,2})\s*"
    r"(?P<suf>er|st|nd|rd|th)?\s*(?:(?P<mon>[a-z]{3,12})\.?|[/.]\s*(?P<m>[0-9o]{1,2}))?"
    r"\s*(?:au|a|to|until|till|-)\s*$"
)
_MONTH_RANGE = re.compile(
    r"(?<![\w])(?:(?P<lab>de|du|from|periode|period)\s*:?\s*)?(?P<m1>[a-z]{3,12})\.?(?:\s+(?P<y1>[0-9oil]{4}))?"
    r"\s*(?:a|au|to|-)\s*(?P<m2>[a-z]{3,12})\.?\s+(?P<y2>[0-9oil]{4})(?!\w)"
)
_MONTH_YEAR = re.compile(r"(?<![\w])(?P<mon>[a-z]{3,12})\.?\s*(?P<y>[0-9oil|]{4})(?!\w)")
_NUMERIC_MONTH = re.compile(r"(?<![\w/.])(?P<m>[0-9o]{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)[0-9]{2})(?![\w/.])")
_MONTH_LABEL = re.compile(
    r"(?:periode|period|\bmois\b|\bmonth|\bloyer|\brent\b|\bterme|echeance|quittance|salaire|\bpaie\b|"
    r"\bpaye\b|bulletin|consommation|\bpour\b)[^\n]{0,30}$"
)
_MONTH_NOT_PERIOD = re.compile(
    r"(?:depuis|entree|embauche|naissance|anciennete|expir|since|valable|prochaine|suivante|"
    r"\bnee?\b|\bborn\b|\bfait\b|\bsigne)[^\n]{0,30}$"
)
MAX_PERIOD_DAYS = 400


def _line_prefix(text: str, position: int, floor: int = 0, size: int = 60) -> str:
    start = max(floor, position - size, _line_start(text, position))
    return text[start:position]


def _ranges(folded: str, spans: list[DateSpan]) -> list[_Candidate]:
    found = []
    for first, second in itertools.pairwise(spans):
        if not _CONNECTOR.fullmatch(folded, first.end, second.start):
            continue
        if not first.date <= second.date or (second.date - first.date).days > MAX_PERIOD_DAYS:
            continue
        prefix = _line_prefix(folded, first.start)
        if _NOT_A_PERIOD.search(prefix):
            continue
        score = 5 if _RANGE_LABEL.search(prefix) else 2
        found.append(_Candidate(score, first.start, Period(first.date, second.date)))
    return found


def _partial_start(match: re.Match[str], end: dt.date) -> dt.date | None:
    day = _number(match.group("d"))
    if day is None and match.group("d") in ("l", "i", "|") and match.group("suf") == "er":
        day = 1
    month = month_number(match.group("mon")) if match.group("mon") else None
    if match.group("mon") and month is None:
        return None
    if match.group("m"):
        month = _number(match.group("m"))
    explicit = month is not None
    start = _make(end.year, month if explicit else end.month, day)
    if start is not None and start > end:
        if explicit:
            start = _make(end.year - 1, month, day)
        else:
            year, prev = (end.year - 1, 12) if end.month == 1 else (end.year, end.month - 1)
            start = _make(year, prev, day)
    return start


def _partial_ranges(folded: str, spans: list[DateSpan]) -> list[_Candidate]:
    found = []
    floor = 0
    for span in spans:
        prefix_start = max(floor, span.start - 50, _line_start(folded, span.start))
        match = _PARTIAL_START.search(folded, prefix_start, span.start)
        floor = span.end
        if match is None:
            continue
        start = _partial_start(match, span.date)
        if start is None or start > span.date or (span.date - start).days > MAX_PERIOD_DAYS:
            continue
        labelled = match.group("lab") or _RANGE_LABEL.search(_line_prefix(folded, match.start()))
        found.append(_Candidate(5 if labelled else 2, match.start(), Period(start, span.date)))
    return found


def _inside(position: int, spans: Sequence[DateSpan]) -> bool:
    return any(span.start <= position < span.end for span in spans)


def _month_ranges(folded: str, spans: list[DateSpan], pivot: int) -> list[_Candidate]:
    found = []
    for match in _MONTH_RANGE.finditer(folded):
        first, last = month_number(match.group("m1")), month_number(match.group("m2"))
        end_year = _year(match.group("y2"), pivot)
        if first is None or last is None or end_year is None or _inside(match.start("m2"), spans):
            continue
        start_year = _year(match.group("y1"), pivot) if match.group("y1") else None
        if start_year is None:
            start_year = end_year if first <= last else end_year - 1
        start = _make(start_year, first, 1)
        end = _month_period(end_year, last).end
        if start is None or start > end or (end - start).days > MAX_PERIOD_DAYS:
            continue
        labelled = match.group("lab") or _MONTH_LABEL.search(_line_prefix(folded, match.start()))
        found.append(_Candidate(4 if labelled else 2, match.start(), Period(start, end)))
    return found


def _single_months(folded: str, spans: list[DateSpan], pivot: int) -> list[_Candidate]:
    found = []
    for match in _MONTH_YEAR.finditer(folded):
        month, year = month_number(match.group("mon")), _year(match.group("y"), pivot)
        if month is None or year is None or _inside(match.start(), spans) or _inside(match.end() - 1, spans):
            continue
        prefix = _line_prefix(folded, match.start())
        if _MONTH_NOT_PERIOD.search(prefix):
            continue
        score = 3 if _MONTH_LABEL.search(prefix) else 1
        found.append(_Candidate(score, match.start(), _month_period(year, month)))
    for match in _NUMERIC_MONTH.finditer(folded):
        month, year = _number(match.group("m")), _year(match.group("y"), pivot)
        if month is None or year is None or not 1 <= month <= 12 or _inside(match.start(), spans):
            continue
        prefix = _line_prefix(folded, match.start())
        if _MONTH_LABEL.search(prefix) and not _MONTH_NOT_PERIOD.search(prefix):
            found.append(_Candidate(3, match.start(), _month_period(year, month)))
    return found


def find_period(text: str, *, pivot_year: int | None = None) -> Period | None:
    """The period a receipt, bill or payslip covers, or None.

    An explicit range ("du 01/09/2026 au 30/09/2026", "du 1er au 30 septembre 2026") beats a
    labelled month ("loyer de septembre 2026", "Période : 09/2026"), which beats a bare range,
    which beats a bare "Septembre 2026". Birth dates and "Fait le" dates are never a period.
    """
    pivot = default_pivot() if pivot_year is None else pivot_year
    repaired = repair_text(text)
    folded = fold_text(repaired)
    spans = date_spans(repaired, pivot_year=pivot)
    candidates = [
        *_ranges(folded, spans),
        *_partial_ranges(folded, spans),
        *_month_ranges(folded, spans, pivot),
        *_single_months(folded, spans, pivot),
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.position))
    return best.period

"""Dates and periods as French and English documents print them, OCR noise included.

Dates: "15/09/2026", "15.09.26", "2026-09-15", "1er septembre 2026", "15 sept. 2026",
"September 15, 2026", "15 SEP 2026", and OCR slips such as "l5/O9/2026" or "1 er".
Periods: "du 1er au 30 septembre 2026", "Période du 01/10/2026 au 31/10/2026", "mois de :
Septembre 2026", "Période : 09/2026", "from 1 September 2026 to 30 September 2026".

Single dates are read in ``dates_parse``, dates after a label in ``dates_labels``; this module
reads months and periods and is where callers import all of them from. Every function takes
arbitrary text and returns None (or an empty list) rather than raising.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.extract.dates_labels import (
    BIRTH_LABELS,
    EXPIRY_LABELS,
    ISSUE_LABELS,
    LINE_LIMIT,
    find_labeled_date,
    label_pattern,
    line_start,
)
from dossier.extract.dates_parse import (
    MONTH_WORDS,
    DateSpan,
    date_spans,
    default_pivot,
    find_dates,
    make_date,
    month_number,
    parse_date,
    read_number,
    read_year,
)
from dossier.names import fold_text, repair_text

__all__ = [
    "BIRTH_LABELS",
    "EXPIRY_LABELS",
    "ISSUE_LABELS",
    "LINE_LIMIT",
    "MAX_PERIOD_DAYS",
    "MIN_MONTH_DAYS",
    "MONTH_WORDS",
    "DateSpan",
    "Period",
    "date_spans",
    "default_pivot",
    "find_dates",
    "find_labeled_date",
    "find_period",
    "iso",
    "label_pattern",
    "month_key",
    "month_number",
    "months_between",
    "parse_date",
]

# --- Months and periods ---------------------------------------------------------------------------


def month_key(day: dt.date) -> str:
    """The calendar month of a date, "YYYY-MM"."""
    return f"{day.year:04d}-{day.month:02d}"


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def iso(day: dt.date | None) -> str | None:
    """A date as the report writes it (YYYY-MM-DD), or None."""
    return day.isoformat() if day else None


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


_CONNECTOR = re.compile(
    r"\s*(?:au|a|to|until|till|through|thru|jusqu'?\s*(?:au|a)|-|>|->)\s*:?\s*", re.DOTALL
)
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
    start = max(floor, position - size, line_start(text, position))
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
    day = read_number(match.group("d"))
    if day is None and match.group("d") in ("l", "i", "|") and match.group("suf") == "er":
        day = 1
    month = month_number(match.group("mon")) if match.group("mon") else None
    if match.group("mon") and month is None:
        return None
    if match.group("m"):
        month = read_number(match.group("m"))
    explicit = month is not None
    start = make_date(end.year, month if explicit else end.month, day)
    if start is not None and start > end:
        if explicit:
            start = make_date(end.year - 1, month, day)
        else:
            year, prev = (end.year - 1, 12) if end.month == 1 else (end.year, end.month - 1)
            start = make_date(year, prev, day)
    return start


def _partial_ranges(folded: str, spans: list[DateSpan]) -> list[_Candidate]:
    found = []
    floor = 0
    for span in spans:
        prefix_start = max(floor, span.start - 50, line_start(folded, span.start))
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
        end_year = read_year(match.group("y2"), pivot)
        if first is None or last is None or end_year is None or _inside(match.start("m2"), spans):
            continue
        start_year = read_year(match.group("y1"), pivot) if match.group("y1") else None
        if start_year is None:
            start_year = end_year if first <= last else end_year - 1
        start = make_date(start_year, first, 1)
        end = _month_period(end_year, last).end
        if start is None or start > end or (end - start).days > MAX_PERIOD_DAYS:
            continue
        labelled = match.group("lab") or _MONTH_LABEL.search(_line_prefix(folded, match.start()))
        found.append(_Candidate(4 if labelled else 2, match.start(), Period(start, end)))
    return found


def _single_months(folded: str, spans: list[DateSpan], pivot: int) -> list[_Candidate]:
    found = []
    for match in _MONTH_YEAR.finditer(folded):
        month, year = month_number(match.group("mon")), read_year(match.group("y"), pivot)
        if month is None or year is None or _inside(match.start(), spans) or _inside(match.end() - 1, spans):
            continue
        prefix = _line_prefix(folded, match.start())
        if _MONTH_NOT_PERIOD.search(prefix):
            continue
        score = 3 if _MONTH_LABEL.search(prefix) else 1
        found.append(_Candidate(score, match.start(), _month_period(year, month)))
    for match in _NUMERIC_MONTH.finditer(folded):
        month, year = read_number(match.group("m")), read_year(match.group("y"), pivot)
        if month is None or year is None or not 1 <= month <= 12 or _inside(match.start(), spans):
            continue
        prefix = _line_prefix(folded, match.start())
        if _MONTH_LABEL.search(prefix) and not _MONTH_NOT_PERIOD.search(prefix):
            found.append(_Candidate(3, match.start(), _month_period(year, month)))
    return found


_BOUND_START = re.compile(r"(?:\bperiode|\bperiod)\s*(?:du|from)?\s*:?\s*$")
_BOUND_END = re.compile(r"(?:\bperiode|\bperiod|\bdu|\bfrom)[^\n]{0,30}(?:\bau|\bto)\s*:?\s*$")


def _lone_bounds(folded: str, spans: list[DateSpan]) -> list[_Candidate]:
    """One end of a labelled range whose other end is unread or on another line: its month.

    "Période du 01/09/2026" with the "au ..." set apart by the layout, or "du 61/09/2626 au
    30/09/2026" with the first date garbled, still say which month the document is for.
    """
    found = []
    for span in spans:
        prefix = _line_prefix(folded, span.start)
        if _BOUND_START.search(prefix) or _BOUND_END.search(prefix):
            found.append(_Candidate(3, span.start, _month_period(span.date.year, span.date.month)))
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
        *_lone_bounds(folded, spans),
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c.score, -c.position))
    return best.period

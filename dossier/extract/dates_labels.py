"""Labelled dates: the date a label introduces ("Date d'expiration : 15/09/2026"), on its line or below.

The label lists (expiry, issue, birth) are the callers' to choose from, most specific first.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from dossier.extract.dates_parse import DateSpan, date_spans
from dossier.names import fold_text, repair_text

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
# A generic label ("le", "au") after these words introduces a date that is not the document's:
# a birth, a hiring, the start of a stay, a validity limit.
_BIRTH_BEFORE = re.compile(
    r"(?:\bnee?|\bne\(e\)|\bborn|\bnaissance|\bentree|\bembauchee?|\bdepuis|\bsince|\banciennete"
    r"|\barrivee?|\bvalable|\bexpire)(?:\s+le)?\s*:?\s*$"
)


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


def line_start(text: str, position: int) -> int:
    """Where the line of ``position`` starts, at most ``LINE_LIMIT`` characters back."""
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
    return position - line_start(text, position)


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

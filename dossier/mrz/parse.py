"""Machine-readable zones (ICAO 9303, and the pre-2021 French identity card): find, repair, parse.

OCR of an MRZ is noisy in predictable ways: ``<`` read as ``K``, ``«`` or ``C``, ``0`` and ``O``
swapped, spaces inserted, a trailing ``<`` added or dropped. The check digits say which reading
is right, so the repair is driven by them: characters that a field cannot hold are mapped to
the look-alike it can hold, and ambiguous characters (a document number may hold both ``0`` and
``O``) are swapped only when exactly one swap makes the check digit pass.

The formats and check digits are in ``mrz_layout``, the repairs in ``mrz_repair``; this module
finds the lines, parses them and reads the values. Everything here is a pure function on text;
arbitrary input never raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from dataclasses import dataclass

from dossier.mrz.layout import (
    ALPHABET,
    FILLER,
    FRID,
    Grid,
    Layout,
    check_digit,
    checks_of,
    grid_text,
    layout_of,
    passes,
)
from dossier.mrz.number import confirm_number, printed_numbers
from dossier.mrz.repair import repair_ambiguous, repair_kinds

__all__ = [
    "ALPHABET",
    "FILLER",
    "Mrz",
    "check_digit",
    "find_mrz",
    "name_support",
    "normalize_line",
    "parse_mrz",
    "parse_text",
    "with_names",
]

MAX_CANDIDATES = 8  # line windows tried, best-shaped first
# Characters an OCR engine produces for the filler "<".
_FILLER_LOOKALIKES = str.maketrans({**dict.fromkeys("‹〈⟨＜‘’`´", FILLER), "«": "<<", "≪": "<<"})


@dataclass(frozen=True)
class Mrz:
    """A parsed machine-readable zone.

    ``lines`` are the lines as corrected, ``raw_lines`` as they were read; ``checks`` holds the
    outcome of each check digit by name, and ``valid`` is true when all of them pass.
    ``issue_date`` is only known for the old French identity card (``FRID``), whose document
    number starts with the year and month of issue; that card carries no expiry date.
    """

    format: str
    document_code: str
    issuing_state: str
    surname: str
    given_names: tuple[str, ...]
    nationality: str
    birth_date: dt.date | None
    expiry_date: dt.date | None
    sex: str
    document_number: str
    lines: tuple[str, ...]
    raw_lines: tuple[str, ...]
    checks: dict[str, bool]
    valid: bool
    repaired: bool
    issue_date: dt.date | None = None
    optional_data: str = ""
    number_printed: bool | None = None  # the page prints the document number (None: nothing like it)


# --------------------------------------------------------------------------- values


def _yymmdd(text: str, *, today: dt.date | None, past: bool) -> dt.date | None:
    if not re.fullmatch(r"\d{6}", text):
        return None
    year, month, day = 2000 + int(text[:2]), int(text[2:4]), int(text[4:])
    if past and today is not None and (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _yymm(text: str, today: dt.date) -> dt.date | None:
    if not re.fullmatch(r"\d{4}", text) or not 1 <= int(text[2:]) <= 12:
        return None
    year, month = 2000 + int(text[:2]), int(text[2:])
    if (year, month) > (today.year, today.month):
        year -= 100
    return dt.date(year, month, 1)


def _names(text: str) -> tuple[str, tuple[str, ...]]:
    body = text.rstrip(FILLER)
    surname, _, given = body.partition(FILLER * 2)
    return _words(surname), tuple(word for word in given.split(FILLER) if word)


def _words(text: str) -> str:
    return " ".join(word for word in text.split(FILLER) if word)


def _french_given_names(text: str) -> tuple[str, ...]:
    """The old French card separates given names by ``<<``; a single ``<`` joins a compound."""
    chunks = text.rstrip(FILLER).split(FILLER * 2)
    return tuple(
        "-".join(part for part in chunk.split(FILLER) if part) for chunk in chunks if chunk.strip("<")
    )


def _sex(char: str) -> str:
    return char if char in ("M", "F") else "X"


def _value(layout: Layout, grid: Grid, name: str) -> str:
    spec = layout.field(name)
    if spec is None:
        return ""
    return "".join(grid[spec.line][spec.start : spec.end])


def _document_number(layout: Layout, grid: Grid) -> str:
    check = next(c for c in checks_of(layout, grid) if c.name == "document_number")
    return grid_text(grid, check.positions()).replace(FILLER, "")


# --------------------------------------------------------------------------- parsing


def normalize_line(line: str) -> str:
    """Upper-case, filler look-alikes as ``<``, spaces dropped, other stray characters as ``<``."""
    text = re.sub(r"\s+", "", line.upper().translate(_FILLER_LOOKALIKES))
    return "".join(char if char in ALPHABET else FILLER for char in text)


def parse_mrz(lines: list[str], *, today: dt.date | None = None, hint: str = "") -> Mrz | None:
    """Parse 2 or 3 MRZ lines (TD1, TD2, TD3, MRV-A, MRV-B, old French ID card), repairing OCR.

    ``today`` anchors two-digit birth years (default: the real today). ``hint`` is optional
    text from the rest of the page (the printed name), used as evidence when a trailing
    ``K``/``X``/``C``/``L`` of a name might be a misread filler. Returns None when the lines
    have no MRZ shape.
    """
    today = today or dt.date.today()
    normalized = _fit_all([normalize_line(line) for line in lines])
    layout = layout_of(normalized)
    if layout is None:
        return None
    grid = [list(line) for line in normalized]
    hint_words = frozenset(re.findall(r"[A-Z]+", hint.upper()))
    repair_kinds(layout, grid, hint_words)
    as_read = [list(line) for line in grid]
    repair_ambiguous(layout, grid)
    printed = confirm_number(layout, grid, printed_numbers(hint), as_read) if hint else None
    return dataclasses.replace(_build(layout, grid, tuple(lines), normalized, today), number_printed=printed)


def _fit_all(lines: list[str]) -> list[str]:
    """Lines a few characters off their format's length, padded or trimmed to it."""
    if len(lines) == 3:
        length = 30
    elif len(lines) == 2 and lines[0]:
        length = 44 if sum(map(len, lines)) / 2 > 40 else 36
    else:
        return lines
    if all(abs(len(line) - length) <= 4 for line in lines):
        return [_fit(line, length) for line in lines]
    return lines


def _build(layout: Layout, grid: Grid, raw: tuple[str, ...], normalized: list[str], today: dt.date) -> Mrz:
    corrected = tuple("".join(row) for row in grid)
    checks = {check.name: passes(grid, check) for check in checks_of(layout, grid)}
    if layout is FRID:
        surname, given = (
            _words(_value(layout, grid, "name")),
            _french_given_names(_value(layout, grid, "given")),
        )
    else:
        surname, given = _names(_value(layout, grid, "name"))
    french = layout is FRID
    return Mrz(
        format=layout.format,
        document_code=_value(layout, grid, "code").rstrip(FILLER),
        issuing_state=_value(layout, grid, "state").replace(FILLER, ""),
        surname=surname,
        given_names=given,
        nationality="FRA" if french else _value(layout, grid, "nationality").replace(FILLER, ""),
        birth_date=_yymmdd(_value(layout, grid, "birth"), today=today, past=True),
        expiry_date=None if french else _yymmdd(_value(layout, grid, "expiry"), today=None, past=False),
        sex=_sex(_value(layout, grid, "sex")),
        document_number=_document_number(layout, grid),
        lines=corrected,
        raw_lines=raw,
        checks=checks,
        valid=all(checks.values()),
        repaired=list(corrected) != normalized,
        issue_date=_yymm(_value(layout, grid, "issued"), today) if french else None,
        optional_data=_value(layout, grid, "optional").replace(FILLER, ""),
    )


# --------------------------------------------------------------------------- finding


def _mrz_shaped(line: str) -> bool:
    return 26 <= len(line) <= 48


def _fit(line: str, length: int) -> str:
    """Pad or trim a line to ``length`` in its longest filler run (OCR adds and drops ``<``)."""
    while len(line) != length:
        runs = list(re.finditer(r"<+", line))
        if len(line) > length:
            longest = max(runs, key=lambda m: (len(m.group(0)), m.start()), default=None)
            if longest is None or len(longest.group(0)) < 2:
                return line[:length]
            line = line[: longest.start()] + line[longest.start() + 1 :]
        else:
            if line.endswith(FILLER) or not runs:
                return line + FILLER * (length - len(line))
            longest = max(runs, key=lambda m: (len(m.group(0)), m.start()))
            line = line[: longest.start()] + FILLER + line[longest.start() :]
    return line


def _window_score(window: list[str], length: int) -> float:
    fillers = sum(line.count(FILLER) for line in window)
    if fillers < 3:
        return float("-inf")
    off = sum(abs(len(line) - length) for line in window)
    if max(abs(len(line) - length) for line in window) > 4:
        return float("-inf")
    score = min(fillers, 12) - 2 * off
    if window[0][:1] in ("P", "I", "A", "C", "V"):
        score += 4
    if any(len(re.findall(r"\d", line)) >= 10 for line in window):
        score += 3
    return score


def _clean(raw: str) -> str | None:
    """A line of OCR text as an MRZ line, or None when it reads like prose."""
    text = re.sub(r"\s+", "", raw.translate(_FILLER_LOOKALIKES))
    if not text or sum(char.islower() for char in text) * 2 > len(text):
        return None
    if sum(char.upper() not in ALPHABET for char in text) > 3:
        return None
    return normalize_line(text)


def _candidates(text: str) -> list[tuple[float, int, list[str]]]:
    lines = [line for line in map(_clean, text.splitlines()) if line is not None]
    found: list[tuple[float, int, list[str]]] = []
    for start in range(len(lines)):
        for count, length in ((3, 30), (2, 36), (2, 44)):
            window = lines[start : start + count]
            if len(window) < count or not all(_mrz_shaped(line) for line in window):
                continue
            if not any(FILLER * 2 in line for line in window):
                continue
            score = _window_score(window, length)
            if score > float("-inf"):
                found.append((score, start, [_fit(line, length) for line in window]))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return found


def _hint(text: str) -> str:
    """The page's text without its MRZ-like lines: the printed names, as evidence."""
    return "\n".join(
        line for line in text.splitlines() if line.translate(_FILLER_LOOKALIKES).count(FILLER) < 2
    )


def find_mrz(text: str) -> list[str] | None:
    """Locate the most MRZ-like 2 or 3 consecutive lines of OCR text, normalised to length."""
    found = _candidates(text)
    return found[0][2] if found else None


def parse_text(text: str, *, today: dt.date | None = None, printed_text: str | None = None) -> Mrz | None:
    """Find and parse the MRZ of a page's OCR text, preferring a reading whose checks pass.

    Of several readings whose checks pass (a page read and band re-reads), the one whose name
    is printed on the page wins: check digits cover the numbers and dates, never the name.
    ``printed_text`` is the page's text to take as that evidence when ``text`` holds more
    than the page (band re-reads); by default the lines of ``text`` that are not MRZ-like.
    """
    hint = _hint(text if printed_text is None else printed_text)
    printed = frozenset(re.findall(r"[A-Z]+", hint.upper()))
    parsed = [parse_mrz(lines, today=today, hint=hint) for _, _, lines in _candidates(text)[:MAX_CANDIDATES]]
    readings = [mrz for mrz in parsed if mrz is not None]
    valid = [mrz for mrz in readings if mrz.valid]
    if not valid:
        return max(readings, key=lambda mrz: sum(mrz.checks.values()), default=None)
    best = max(valid, key=lambda mrz: _printed_share(mrz, printed))  # max keeps the first of ties
    # The name line has no check digit: take it from the reading of the same zone whose name
    # is best borne out by the printed text, even if that reading's numbers did not check.
    named = max(
        (mrz for mrz in readings if mrz.format == best.format),
        key=lambda mrz: _printed_share(mrz, printed),
    )
    if _printed_share(named, printed) > _printed_share(best, printed):
        best = dataclasses.replace(best, surname=named.surname, given_names=named.given_names)
    return best


def with_names(mrz: Mrz, surname: str, given_names: list[str]) -> tuple[str, ...]:
    """The MRZ's corrected lines with its name field written from these (cleaned) names.

    ICAO 9303 writes ``SURNAME<<GIVEN<NAMES`` padded with fillers; a name too long for the
    field, or a format whose name is in two fields (the old French card), is left as read.
    """
    layout = layout_of(list(mrz.lines))
    spec = layout.field("name") if layout is not None and layout is not FRID else None
    if spec is None or not surname:
        return mrz.lines
    name = surname.replace(" ", FILLER).replace("-", FILLER)
    if given_names:
        name += FILLER * 2 + FILLER.join(given_names)
    width = spec.end - spec.start
    if len(name) > width or any(char not in ALPHABET for char in name):
        return mrz.lines
    lines = list(mrz.lines)
    row = lines[spec.line]
    lines[spec.line] = row[: spec.start] + name.ljust(width, FILLER) + row[spec.end :]
    return tuple(lines)


def _printed_share(mrz: Mrz, printed: frozenset[str]) -> float:
    return name_support([*mrz.surname.split(), *mrz.given_names], printed)


def name_support(words: list[str], printed: frozenset[str]) -> float:
    """How well name words are borne out by words printed on the page (0 to 1).

    Each name word scores its likeness to the nearest printed word, so ``HOFFMANNS`` (a filler
    read as ``S``) still scores high against ``HOFFMANN``, and letters read from noise score low.
    """
    if not words or not printed:
        return 0.0
    return sum(_likeness(word, printed) for word in words) / len(words)


def _likeness(word: str, printed: frozenset[str]) -> float:
    """The best likeness ratio to a printed word; the cheap upper bounds skip most words."""
    if word in printed:
        return 1.0
    best = 0.0
    matcher = difflib.SequenceMatcher(None, word, "")
    for other in printed:
        matcher.set_seq2(other)
        if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
            best = max(best, matcher.ratio())
    return best

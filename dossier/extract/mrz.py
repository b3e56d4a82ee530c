"""Machine-readable zones (ICAO 9303, and the pre-2021 French identity card): find, repair, parse.

OCR of an MRZ is noisy in predictable ways: ``<`` read as ``K``, ``«`` or ``C``, ``0`` and ``O``
swapped, spaces inserted, a trailing ``<`` added or dropped. The check digits say which reading
is right, so the repair is driven by them: characters that a field cannot hold are mapped to
the look-alike it can hold, and ambiguous characters (a document number may hold both ``0`` and
``O``) are swapped only when exactly one swap makes the check digit pass.

Everything here is a pure function on text; arbitrary input never raises.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

FILLER = "<"
ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
_VALUES = {char: value for value, char in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_WEIGHTS = (7, 3, 1)

# Characters an OCR engine produces for the filler "<".
_FILLER_LOOKALIKES = str.maketrans({**dict.fromkeys("‹〈⟨＜‘’`´", FILLER), "«": "<<", "≪": "<<"})
# Letters that OCR engines read where the MRZ has "<" (in OCR-B they look alike).
_FILLER_CONFUSABLE = frozenset("KXCL")
# A numeric field cannot hold a letter, an alphabetic field cannot hold a digit.
_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "B": "8",
                           "S": "5", "Z": "2", "G": "6", "T": "7", "A": "4"})  # fmt: skip
_TO_ALPHA = str.maketrans({"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G", "4": "A", "7": "T"})
# In alphanumeric fields both readings are possible: the check digits decide.
_AMBIGUOUS = {
    "O": "0", "0": "O", "Q": "0", "D": "0", "I": "1", "1": "I", "L": "1",
    "B": "8", "8": "B", "S": "5", "5": "S", "Z": "2", "2": "Z", "G": "6", "6": "G",
}  # fmt: skip
_MAX_AMBIGUOUS = 24

Pos = tuple[int, int]
Grid = list[list[str]]
Swap = tuple[Pos, str]
Combo = tuple[Swap, ...]


def check_digit(data: str) -> int:
    """The ICAO 9303 check digit of ``data``: weights 7, 3, 1; digits as such, ``A``=10 … ``Z``=35.

    The filler ``<`` counts 0, and so does any character outside the MRZ alphabet.
    """
    return sum(_VALUES.get(char, 0) * _WEIGHTS[index % 3] for index, char in enumerate(data)) % 10


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


# --------------------------------------------------------------------------- layouts


@dataclass(frozen=True)
class _Field:
    name: str
    line: int
    start: int
    end: int
    kind: str  # "alpha", "digit", "alnum", "name", "sex"

    def positions(self) -> list[Pos]:
        return [(self.line, index) for index in range(self.start, self.end)]


@dataclass(frozen=True)
class _Check:
    name: str
    data: tuple[tuple[int, int, int], ...]  # (line, start, end) segments
    digit: Pos
    filler_ok: bool = False  # an unused optional field may have "<" as its check digit

    def positions(self) -> list[Pos]:
        return [(line, index) for line, start, end in self.data for index in range(start, end)]


@dataclass(frozen=True)
class _Layout:
    format: str
    fields: tuple[_Field, ...]
    checks: tuple[_Check, ...]

    def field(self, name: str) -> _Field | None:
        return next((f for f in self.fields if f.name == name), None)


def _two_line_top(length: int) -> tuple[_Field, ...]:
    return (
        _Field("code", 0, 0, 2, "alpha"),
        _Field("state", 0, 2, 5, "alpha"),
        _Field("name", 0, 5, length, "name"),
    )


def _two_line_bottom(length: int, optional_end: int) -> tuple[_Field, ...]:
    fields = (
        _Field("number", 1, 0, 9, "alnum"),
        _Field("number_cd", 1, 9, 10, "digit"),
        _Field("nationality", 1, 10, 13, "alpha"),
        _Field("birth", 1, 13, 19, "digit"),
        _Field("birth_cd", 1, 19, 20, "digit"),
        _Field("sex", 1, 20, 21, "sex"),
        _Field("expiry", 1, 21, 27, "digit"),
        _Field("expiry_cd", 1, 27, 28, "digit"),
        _Field("optional", 1, 28, optional_end, "alnum"),
    )
    tail = tuple(_Field(f"cd{i}", 1, i, i + 1, "digit") for i in range(optional_end, length))
    return fields + tail


def _two_line_checks(optional_end: int, composite: bool) -> tuple[_Check, ...]:
    checks = [
        _Check("document_number", ((1, 0, 9),), (1, 9)),
        _Check("birth_date", ((1, 13, 19),), (1, 19)),
        _Check("expiry_date", ((1, 21, 27),), (1, 27)),
    ]
    if composite:
        checks.append(
            _Check("composite", ((1, 0, 10), (1, 13, 20), (1, 21, optional_end)), (1, optional_end))
        )
    return tuple(checks)


_TD3 = _Layout(
    "TD3",
    _two_line_top(44) + _two_line_bottom(44, 42),
    (
        *_two_line_checks(43, composite=True),
        _Check("personal_number", ((1, 28, 42),), (1, 42), filler_ok=True),
    ),
)
_MRVA = _Layout("MRVA", _two_line_top(44) + _two_line_bottom(44, 44), _two_line_checks(44, composite=False))
_MRVB = _Layout("MRVB", _two_line_top(36) + _two_line_bottom(36, 36), _two_line_checks(36, composite=False))
_TD2 = _Layout("TD2", _two_line_top(36) + _two_line_bottom(36, 35), _two_line_checks(35, composite=True))
_TD1 = _Layout(
    "TD1",
    (
        _Field("code", 0, 0, 2, "alpha"),
        _Field("state", 0, 2, 5, "alpha"),
        _Field("number", 0, 5, 14, "alnum"),
        _Field("number_cd", 0, 14, 15, "digit"),
        _Field("optional", 0, 15, 30, "alnum"),
        _Field("birth", 1, 0, 6, "digit"),
        _Field("birth_cd", 1, 6, 7, "digit"),
        _Field("sex", 1, 7, 8, "sex"),
        _Field("expiry", 1, 8, 14, "digit"),
        _Field("expiry_cd", 1, 14, 15, "digit"),
        _Field("nationality", 1, 15, 18, "alpha"),
        _Field("optional2", 1, 18, 29, "alnum"),
        _Field("composite_cd", 1, 29, 30, "digit"),
        _Field("name", 2, 0, 30, "name"),
    ),
    (
        _Check("birth_date", ((1, 0, 6),), (1, 6)),
        _Check("expiry_date", ((1, 8, 14),), (1, 14)),
        _Check("composite", ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)), (1, 29)),
    ),
)
_FRID = _Layout(
    "FRID",
    (
        _Field("code", 0, 0, 2, "alpha"),
        _Field("state", 0, 2, 5, "alpha"),
        _Field("name", 0, 5, 30, "name"),
        _Field("office", 0, 30, 36, "alnum"),
        _Field("issued", 1, 0, 4, "digit"),
        _Field("department", 1, 4, 7, "alnum"),
        _Field("serial", 1, 7, 12, "digit"),
        _Field("number_cd", 1, 12, 13, "digit"),
        _Field("given", 1, 13, 27, "name"),
        _Field("birth", 1, 27, 33, "digit"),
        _Field("birth_cd", 1, 33, 34, "digit"),
        _Field("sex", 1, 34, 35, "sex"),
        _Field("composite_cd", 1, 35, 36, "digit"),
    ),
    (
        _Check("document_number", ((1, 0, 12),), (1, 12)),
        _Check("birth_date", ((1, 27, 33),), (1, 33)),
        _Check("composite", ((0, 0, 36), (1, 0, 35)), (1, 35)),
    ),
)


def _td1_number_check(grid: Grid) -> _Check:
    """TD1 numbers longer than 9 characters continue in the optional data, check digit last."""
    if grid[0][14] != FILLER or grid[0][15] == FILLER:
        return _Check("document_number", ((0, 5, 14),), (0, 14))
    optional = "".join(grid[0][15:30])
    end = optional.find(FILLER)
    end = len(optional) if end < 0 else end
    return _Check("document_number", ((0, 5, 14), (0, 15, 15 + end - 1)), (0, 15 + end - 1))


def _layout(lines: list[str]) -> _Layout | None:
    lengths = {len(line) for line in lines}
    if len(lines) == 3 and lengths == {30}:
        return _TD1
    if len(lines) != 2:
        return None
    if lengths == {44}:
        return _MRVA if lines[0].startswith("V") else _TD3
    if lengths == {36}:
        if lines[0].startswith("IDFRA") and not lines[1][10:13].isalpha():
            return _FRID
        return _MRVB if lines[0].startswith("V") else _TD2
    return None


def _checks(layout: _Layout, grid: Grid) -> tuple[_Check, ...]:
    if layout is _TD1:
        return (_td1_number_check(grid), *layout.checks)
    return layout.checks


# --------------------------------------------------------------------------- repair


def _text(grid: Grid, positions: Iterable[Pos]) -> str:
    return "".join(grid[line][index] for line, index in positions)


def _passes(grid: Grid, check: _Check) -> bool:
    line, index = check.digit
    digit = grid[line][index]
    data = _text(grid, check.positions())
    if digit == FILLER:
        return check.filler_ok and check_digit(data) == 0
    return digit.isdigit() and check_digit(data) == int(digit)


def _map_field(grid: Grid, spec: _Field, table: dict[int, str]) -> None:
    row = grid[spec.line]
    row[spec.start : spec.end] = list("".join(row[spec.start : spec.end]).translate(table))


def _isolated_fillers(text: str) -> str:
    """Runs of ``K``/``X``/``C``/``L`` between fillers (or a filler and the end) are fillers."""

    def replace(match: re.Match[str]) -> str:
        return FILLER * len(match.group(0))

    return re.sub(r"(?<=<)[KXCL]{1,3}(?=<|$)", replace, text)


def _glued_fillers(original: str, cleaned: str, hint_words: frozenset[str]) -> str:
    """Read ``JOHNK<<<`` as ``JOHN<<<<``, given evidence.

    The evidence is misread fillers right after it, or the name printed elsewhere on the page
    as ``JOHN`` and never as ``JOHNK`` (names do end in K, X, C or L: ERIK, FELIX, MARC, PAUL).
    """

    def replace(match: re.Match[str]) -> str:
        word, extra = match.group(1), match.group(2)
        if word + extra in hint_words:
            return match.group(0)
        after = slice(match.end(), match.end() + 6)
        if word in hint_words or original[after] != cleaned[after]:
            return word + FILLER * len(extra)
        return match.group(0)

    return re.sub(r"([A-Z]{2,})([KXCL])(?=<<)", replace, cleaned)


def _repair_name(grid: Grid, spec: _Field, hint_words: frozenset[str]) -> None:
    _map_field(grid, spec, _TO_ALPHA)
    row = grid[spec.line]
    text = "".join(row[spec.start : spec.end])
    row[spec.start : spec.end] = list(_glued_fillers(text, _isolated_fillers(text), hint_words))


def _repair_fillers(grid: Grid, spec: _Field) -> None:
    row = grid[spec.line]
    row[spec.start : spec.end] = list(_isolated_fillers("".join(row[spec.start : spec.end])))


def _repair_kinds(layout: _Layout, grid: Grid, hint_words: frozenset[str]) -> None:
    for spec in layout.fields:
        if spec.kind == "digit":
            _map_field(grid, spec, _TO_DIGIT)
        elif spec.kind == "alpha":
            _map_field(grid, spec, _TO_ALPHA)
        elif spec.kind == "name":
            _repair_name(grid, spec, hint_words)
        elif spec.kind == "alnum":
            _repair_fillers(grid, spec)
        elif spec.kind == "sex" and grid[spec.line][spec.start] in _FILLER_CONFUSABLE:
            grid[spec.line][spec.start] = FILLER


def _swaps(grid: Grid, positions: list[Pos]) -> list[Swap]:
    swaps = [(pos, _AMBIGUOUS[char]) for pos in positions if (char := grid[pos[0]][pos[1]]) in _AMBIGUOUS]
    return swaps[:_MAX_AMBIGUOUS]


def _fixes(grid: Grid, combos: Iterable[Combo], holds: Callable[[], bool]) -> list[Combo]:
    """The combinations of swaps after which ``holds()``; the grid is left as it was."""
    found: list[Combo] = []
    for combo in combos:
        saved = [(pos, grid[pos[0]][pos[1]]) for pos, _ in combo]
        for (line, index), replacement in combo:
            grid[line][index] = replacement
        if holds():
            found.append(combo)
        for (line, index), original in saved:
            grid[line][index] = original
    return found


def _settle(grid: Grid, positions: list[Pos], holds: Callable[[], bool]) -> None:
    """Swap 0/O-like characters so that ``holds()``, only when the check digit leaves one way.

    A check digit cannot tell every pair of swaps apart (B for 8 at one place can make up
    for 8 for B at another), so: one swap, preferring letter-to-digit swaps (document
    numbers are mostly digits); else two letter-to-digit swaps; and never a guess between
    equally good fixes.
    """
    if holds():
        return
    swaps = _swaps(grid, positions)
    single = _fixes(grid, ((swap,) for swap in swaps), holds)
    to_digit = [combo for combo in single if combo[0][1].isdigit()]
    chosen = to_digit or single
    if not chosen:
        digit_swaps = [swap for swap in swaps if swap[1].isdigit()]
        chosen = _fixes(grid, itertools.combinations(digit_swaps, 2), holds)
    if len(chosen) == 1:
        for (line, index), replacement in chosen[0]:
            grid[line][index] = replacement


def _holds(grid: Grid, check: _Check) -> Callable[[], bool]:
    return lambda: _passes(grid, check)


def _alnum_positions(layout: _Layout) -> set[Pos]:
    return {pos for spec in layout.fields if spec.kind == "alnum" for pos in spec.positions()}


def _repair_ambiguous(layout: _Layout, grid: Grid) -> None:
    """Use each check digit to settle the 0/O-like characters of the alphanumeric fields it covers.

    Fields with a check digit of their own first; the composite check then settles the
    fields that only it covers (optional data).
    """
    alnum = _alnum_positions(layout)
    checks = _checks(layout, grid)
    owned: set[Pos] = set()
    for check in checks:
        if check.name != "composite":
            own = [pos for pos in check.positions() if pos in alnum]
            owned.update(own)
            _settle(grid, own, _holds(grid, check))
    for check in _checks(layout, grid):
        if check.name == "composite":
            rest = [pos for pos in check.positions() if pos in alnum and pos not in owned]
            _settle(grid, rest, _holds(grid, check))


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


def _value(layout: _Layout, grid: Grid, name: str) -> str:
    spec = layout.field(name)
    if spec is None:
        return ""
    return "".join(grid[spec.line][spec.start : spec.end])


def _document_number(layout: _Layout, grid: Grid) -> str:
    check = next(c for c in _checks(layout, grid) if c.name == "document_number")
    return _text(grid, check.positions()).replace(FILLER, "")


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
    layout = _layout(normalized)
    if layout is None:
        return None
    grid = [list(line) for line in normalized]
    hint_words = frozenset(re.findall(r"[A-Z]+", hint.upper()))
    _repair_kinds(layout, grid, hint_words)
    _repair_ambiguous(layout, grid)
    return _build(layout, grid, tuple(lines), normalized, today)


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


def _build(layout: _Layout, grid: Grid, raw: tuple[str, ...], normalized: list[str], today: dt.date) -> Mrz:
    corrected = tuple("".join(row) for row in grid)
    checks = {check.name: _passes(grid, check) for check in _checks(layout, grid)}
    if layout is _FRID:
        surname, given = (
            _words(_value(layout, grid, "name")),
            _french_given_names(_value(layout, grid, "given")),
        )
    else:
        surname, given = _names(_value(layout, grid, "name"))
    french = layout is _FRID
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


def parse_text(text: str, *, today: dt.date | None = None) -> Mrz | None:
    """Find and parse the MRZ of a page's OCR text, preferring a reading whose checks pass."""
    best: Mrz | None = None
    hint = _hint(text)
    for _, _, lines in _candidates(text)[:4]:
        mrz = parse_mrz(lines, today=today, hint=hint)
        if mrz is None:
            continue
        if mrz.valid:
            return mrz
        if best is None or sum(mrz.checks.values()) > sum(best.checks.values()):
            best = mrz
    return best

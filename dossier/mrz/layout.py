"""The MRZ formats as data (TD1, TD2, TD3, MRV-A, MRV-B, old French identity card) and their check digits.

A layout lists each field (where it is, what it may hold) and each check digit (the characters
it covers, where it is printed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MRZ_LINE_FILLERS = 3  # a line with this many fillers is a band's, not printed words
FILLER = "<"
ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")
_VALUES = {char: value for value, char in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
_WEIGHTS = (7, 3, 1)

Pos = tuple[int, int]
Grid = list[list[str]]


def check_digit(data: str) -> int:
    """The ICAO 9303 check digit of ``data``: weights 7, 3, 1; digits as such, ``A``=10 … ``Z``=35.

    The filler ``<`` counts 0, and so does any character outside the MRZ alphabet.
    """
    return sum(_VALUES.get(char, 0) * _WEIGHTS[index % 3] for index, char in enumerate(data)) % 10


@dataclass(frozen=True)
class Field:
    """A field of a layout: its place (line, columns) and what it may hold."""

    name: str
    line: int
    start: int
    end: int
    kind: str  # "alpha", "digit", "alnum", "name", "sex"

    def positions(self) -> list[Pos]:
        """The (line, column) of each of its characters."""
        return [(self.line, index) for index in range(self.start, self.end)]


@dataclass(frozen=True)
class Check:
    """A check digit: the characters it covers and where it is printed."""

    name: str
    data: tuple[tuple[int, int, int], ...]  # (line, start, end) segments
    digit: Pos
    filler_ok: bool = False  # an unused optional field may have "<" as its check digit

    def positions(self) -> list[Pos]:
        """The (line, column) of each character it covers."""
        return [(line, index) for line, start, end in self.data for index in range(start, end)]


@dataclass(frozen=True)
class Layout:
    """One MRZ format: its fields and its check digits."""

    format: str
    fields: tuple[Field, ...]
    checks: tuple[Check, ...]

    def field(self, name: str) -> Field | None:
        """The field of that name, or None when the format has none."""
        return next((f for f in self.fields if f.name == name), None)


def _two_line_top(length: int) -> tuple[Field, ...]:
    return (
        Field("code", 0, 0, 2, "alpha"),
        Field("state", 0, 2, 5, "alpha"),
        Field("name", 0, 5, length, "name"),
    )


def _two_line_bottom(length: int, optional_end: int) -> tuple[Field, ...]:
    fields = (
        Field("number", 1, 0, 9, "alnum"),
        Field("number_cd", 1, 9, 10, "digit"),
        Field("nationality", 1, 10, 13, "alpha"),
        Field("birth", 1, 13, 19, "digit"),
        Field("birth_cd", 1, 19, 20, "digit"),
        Field("sex", 1, 20, 21, "sex"),
        Field("expiry", 1, 21, 27, "digit"),
        Field("expiry_cd", 1, 27, 28, "digit"),
        Field("optional", 1, 28, optional_end, "alnum"),
    )
    tail = tuple(Field(f"cd{i}", 1, i, i + 1, "digit") for i in range(optional_end, length))
    return fields + tail


def _two_line_checks(optional_end: int, composite: bool) -> tuple[Check, ...]:
    checks = [
        Check("document_number", ((1, 0, 9),), (1, 9)),
        Check("birth_date", ((1, 13, 19),), (1, 19)),
        Check("expiry_date", ((1, 21, 27),), (1, 27)),
    ]
    if composite:
        checks.append(Check("composite", ((1, 0, 10), (1, 13, 20), (1, 21, optional_end)), (1, optional_end)))
    return tuple(checks)


_TD3 = Layout(
    "TD3",
    _two_line_top(44) + _two_line_bottom(44, 42),
    (
        *_two_line_checks(43, composite=True),
        Check("personal_number", ((1, 28, 42),), (1, 42), filler_ok=True),
    ),
)
_MRVA = Layout("MRVA", _two_line_top(44) + _two_line_bottom(44, 44), _two_line_checks(44, composite=False))
_MRVB = Layout("MRVB", _two_line_top(36) + _two_line_bottom(36, 36), _two_line_checks(36, composite=False))
_TD2 = Layout("TD2", _two_line_top(36) + _two_line_bottom(36, 35), _two_line_checks(35, composite=True))
TD1 = Layout(
    "TD1",
    (
        Field("code", 0, 0, 2, "alpha"),
        Field("state", 0, 2, 5, "alpha"),
        Field("number", 0, 5, 14, "alnum"),
        Field("number_cd", 0, 14, 15, "digit"),
        Field("optional", 0, 15, 30, "alnum"),
        Field("birth", 1, 0, 6, "digit"),
        Field("birth_cd", 1, 6, 7, "digit"),
        Field("sex", 1, 7, 8, "sex"),
        Field("expiry", 1, 8, 14, "digit"),
        Field("expiry_cd", 1, 14, 15, "digit"),
        Field("nationality", 1, 15, 18, "alpha"),
        Field("optional2", 1, 18, 29, "alnum"),
        Field("composite_cd", 1, 29, 30, "digit"),
        Field("name", 2, 0, 30, "name"),
    ),
    (
        Check("birth_date", ((1, 0, 6),), (1, 6)),
        Check("expiry_date", ((1, 8, 14),), (1, 14)),
        Check("composite", ((0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)), (1, 29)),
    ),
)
FRID = Layout(
    "FRID",
    (
        Field("code", 0, 0, 2, "alpha"),
        Field("state", 0, 2, 5, "alpha"),
        Field("name", 0, 5, 30, "name"),
        Field("office", 0, 30, 36, "alnum"),
        Field("issued", 1, 0, 4, "digit"),
        Field("department", 1, 4, 7, "alnum"),
        Field("serial", 1, 7, 12, "digit"),
        Field("number_cd", 1, 12, 13, "digit"),
        Field("given", 1, 13, 27, "name"),
        Field("birth", 1, 27, 33, "digit"),
        Field("birth_cd", 1, 33, 34, "digit"),
        Field("sex", 1, 34, 35, "sex"),
        Field("composite_cd", 1, 35, 36, "digit"),
    ),
    (
        Check("document_number", ((1, 0, 12),), (1, 12)),
        Check("birth_date", ((1, 27, 33),), (1, 33)),
        Check("composite", ((0, 0, 36), (1, 0, 35)), (1, 35)),
    ),
)


def _td1_number_check(grid: Grid) -> Check:
    """TD1 numbers longer than 9 characters continue in the optional data, check digit last."""
    if grid[0][14] != FILLER or grid[0][15] == FILLER:
        return Check("document_number", ((0, 5, 14),), (0, 14))
    optional = "".join(grid[0][15:30])
    end = optional.find(FILLER)
    end = len(optional) if end < 0 else end
    return Check("document_number", ((0, 5, 14), (0, 15, 15 + end - 1)), (0, 15 + end - 1))


def layout_of(lines: list[str]) -> Layout | None:
    """The format of normalised MRZ lines by their count and length, or None."""
    lengths = {len(line) for line in lines}
    if len(lines) == 3 and lengths == {30}:
        return TD1
    if len(lines) != 2:
        return None
    if lengths == {44}:
        return _MRVA if lines[0].startswith("V") else _TD3
    if lengths == {36}:
        if lines[0].startswith("IDFRA") and not lines[1][10:13].isalpha():
            return FRID
        return _MRVB if lines[0].startswith("V") else _TD2
    return None


def checks_of(layout: Layout, grid: Grid) -> tuple[Check, ...]:
    """The check digits of a layout; a TD1 document number's depends on the characters read."""
    if layout is TD1:
        return (_td1_number_check(grid), *layout.checks)
    return layout.checks


def grid_text(grid: Grid, positions: Iterable[Pos]) -> str:
    """The characters at these positions, in order."""
    return "".join(grid[line][index] for line, index in positions)


def passes(grid: Grid, check: Check) -> bool:
    """Whether the check digit printed matches the characters it covers."""
    line, index = check.digit
    digit = grid[line][index]
    data = grid_text(grid, check.positions())
    if digit == FILLER:
        return check.filler_ok and check_digit(data) == 0
    return digit.isdigit() and check_digit(data) == int(digit)


def without_mrz_lines(text: str) -> str:
    """The text without its MRZ band's lines (three fillers or more): what the page prints."""
    return "\n".join(line for line in text.splitlines() if line.count("<") < MRZ_LINE_FILLERS)

"""A document number held against the page: what check digits cannot see, the printed number can.

The 7-3-1 weights do not tell ``G`` from ``6``, ``S`` from ``8`` or ``L`` from ``1`` (their
values differ by 10 or 20), and two slips can cancel out (``BD0002028`` read ``B00002028``,
then ``B`` taken for ``8`` to make the check pass). So the number an MRZ gives is looked for
among the page's printed words: found as read, it is borne out; a printed word that differs
from it only by OCR look-alikes and passes the same check digit replaces it; else the number
stands as read, unconfirmed, and the report says so.
"""

from __future__ import annotations

import re

from dossier.mrz.layout import FILLER, Check, Grid, Layout, Pos, checks_of, passes

# Characters OCR takes for one another in a document number, either way round.
_LOOKALIKES = frozenset(
    frozenset(pair)
    for pair in (
        "O0",
        "D0",
        "Q0",
        "U0",
        "I1",
        "L1",
        "B8",
        "S5",
        "S8",
        "Z2",
        "G6",
        "G0",
        "T7",
        "A4",
        "E8",
        "<J",
    )
)
MIN_NUMBER = 6  # shorter printed words are dates, codes and page numbers


def printed_numbers(text: str) -> frozenset[str]:
    """The page's words that may be a document number: letters and digits, at least one digit."""
    tokens = re.findall(r"[A-Z0-9]+", text.upper())
    return frozenset(t for t in tokens if len(t) >= MIN_NUMBER and any(c.isdigit() for c in t))


def _alike(read: str, printed: str) -> bool:
    return len(read) == len(printed) and all(
        a == b or frozenset((a, b)) in _LOOKALIKES for a, b in zip(read, printed, strict=True)
    )


def confirm_number(layout: Layout, grid: Grid, printed: frozenset[str], as_read: Grid) -> bool | None:
    """Whether the page bears the document number out, taking the printed one where only it checks.

    The printed number replaces the MRZ's only when the repairs changed the number to make
    its check pass (a guess; ``as_read`` is the grid before them), never a number read as it
    is: OCR misreads the printed number as much as the MRZ's. None when the page prints no
    number that looks like it (nothing to say either way).
    """
    check = next((c for c in checks_of(layout, grid) if c.name == "document_number"), None)
    if check is None:
        return None
    positions = check.positions()
    read = "".join(grid[line][index] for line, index in positions).rstrip(FILLER)
    if read in printed:
        return True
    near = [word for word in printed if word != read and _alike(read, word)]
    fitting = [word for word in near if _passes_with(grid, check, positions, word)]
    guessed = any(grid[line][index] != as_read[line][index] for line, index in positions)
    if guessed and len(fitting) == 1:
        for (line, index), char in zip(positions, fitting[0], strict=False):
            grid[line][index] = char
        return True
    return False if near else None


def _passes_with(grid: Grid, check: Check, positions: list[Pos], word: str) -> bool:
    saved = [grid[line][index] for line, index in positions]
    for (line, index), char in zip(positions, word, strict=False):
        grid[line][index] = char
    ok = passes(grid, check)
    for (line, index), char in zip(positions, saved, strict=True):
        grid[line][index] = char
    return ok

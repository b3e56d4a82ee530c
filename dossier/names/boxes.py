"""A name written letter by letter in a form's comb boxes, as OCR reads it.

OCR reads each box's walls as letters of their own ("HIAÏSTAIMOIVIAT" for HASANOVA between
walls), cuts the row into words at random and misreads a letter here and there. The name looked
for is known, so the question is only whether a row spells it: its letters in order, with wall
letters between them for free and at most one other slip.
"""

from __future__ import annotations

from collections import Counter

from dossier.names.icao import loose_token

#: Letters OCR makes of a box's vertical walls and of the ticks between boxes.
WALL_LETTERS = frozenset("IJLT")
MIN_BOXED_SURNAME = 4  # letters: a shorter surname is found by chance in any run of letters
MIN_BOXED_GIVEN = 3
SLIP_FROM_LENGTH = 5  # a name of this many letters may have one letter misread in its boxes
BOXED_WALL_SHARE = 0.3  # of a boxed row's letters, at least this share are walls read as letters
BOXED_LINES_APART = 4  # a form's given-name boxes sit a few lines from the surname's (labels between)


def _slips_allowed(wanted: str) -> int:
    return 1 if len(wanted) >= SLIP_FROM_LENGTH else 0


def boxed_cost(wanted: str, row: str) -> int:
    """Fewest slips for ``row`` to hold ``wanted``: wall letters in the row cost nothing.

    A semi-global alignment: the name may start and end anywhere in the row; a wanted letter
    misread, missing, or a non-wall letter in between each cost one.
    """
    if not wanted:
        return 0
    previous = [0] * (len(row) + 1)  # the name may start anywhere: nothing of it costs nothing
    for i, letter in enumerate(wanted, 1):
        current = [i] + [0] * len(row)
        for j, seen in enumerate(row, 1):
            current[j] = min(
                previous[j - 1] + (letter != seen),
                previous[j] + 1,
                current[j - 1] + (seen not in WALL_LETTERS),
            )
        previous = current
    return min(previous)


def _may_hold(wanted: str, row: str) -> bool:
    """A cheap test before the alignment: the row has all but the allowed slips of the letters."""
    missing = Counter(wanted) - Counter(row)
    return sum(missing.values()) <= _slips_allowed(wanted)


def looks_boxed(row: str, wanted: str) -> bool:
    """Whether a row is boxes, not words: walls read as letters, a share of it and one a letter."""
    walls = sum(1 for letter in row if letter in WALL_LETTERS)
    return walls >= len(wanted) and walls >= BOXED_WALL_SHARE * len(row)


def spells(wanted: str, row: str) -> bool:
    """Whether a row, as OCR read it, spells the wanted letters: as they are, or between walls.

    Only a row of boxes may skip letters and slip one: in words, "LUCIA" would hold LUCA.
    """
    if wanted in row:
        return True
    return (
        looks_boxed(row, wanted)
        and _may_hold(wanted, row)
        and boxed_cost(wanted, row) <= _slips_allowed(wanted)
    )


def boxed_row(surname: list[str], given: list[str], text: str) -> tuple[int, int] | None:
    """Where the boxes spell the surname, with a given name near it: the row's span, or None."""
    wanted = "".join(surname)
    givens = [g for g in given if len(g) >= MIN_BOXED_GIVEN]
    if len(wanted) < MIN_BOXED_SURNAME or (given and not givens):
        return None
    spans = _row_spans(text)
    rows = [loose_token(text[a:b]) for a, b in spans]
    for i, row in enumerate(rows):
        # A long compound surname may go on in the next row of boxes.
        if not (
            spells(wanted, row) or (len(surname) > 1 and spells(wanted, row + "".join(rows[i + 1 : i + 2])))
        ):
            continue
        near = rows[max(0, i - BOXED_LINES_APART) : i + BOXED_LINES_APART + 1]
        if not givens or any(spells(g, line) for g in givens for line in near):
            return spans[i]
    return None


def _row_spans(text: str) -> list[tuple[int, int]]:
    """The text's rows as spans: its lines, a run of one-letter lines making one row.

    A PDF's text layer gives each box's letter as a line of its own ("Q", "U", "I", ...): the
    run is the row of boxes it was printed in.
    """
    spans: list[tuple[int, int]] = []
    start, single_run = 0, False
    for line in text.split("\n"):
        end = start + len(line)
        single = len(line.strip()) <= 1
        if single and single_run and spans:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        single_run = single
        start = end + 1
    return spans

"""A form page with its comb boxes' rules and walls taken out, so OCR reads the letters in them.

A hand-filled or typed form writes each letter in a box. Both OCR engines read the boxes'
walls as letters ("FIAI[UISITIIIN") or drop the row, so the name on the one document the
applicant wrote themselves is lost. The cause is the ink of the ruling, not the letters, so it
is removed from the image, the way form-processing tools do before recognition:

- a *rule* is a long, thin horizontal run of ink (allowing the slight skew and the
  anti-aliased grey of a scan or a printed PDF);
- a *wall* is a vertical stroke that runs from one rule to another (a letter's stem stops
  short of the box's edges, which is what tells them apart);
- a page has *comb boxes* when walls stand about a box's height apart, side by side; a table's
  columns are far wider than they are high, so a payslip or a bill is not taken for a form.

Only the ink of rules and walls is whitened; letters, labels and filled header bands stay.
"""

from __future__ import annotations

import itertools

import numpy as np
from numpy.typing import NDArray
from PIL import Image

Mask = NDArray[np.bool_]

INK_BELOW = 225  # grey level under which a pixel is ink: thin printed rules are light grey
RULE_MIN_PX = 60  # a rule is at least this long, and at least 1/14 of the page's width
RULE_DENSITY = 0.9  # share of a rule's length that is inked
RULE_MAX_THICK = 6  # thicker horizontal ink is a filled band (a section header), not a rule
PAPER_GAP = 6  # rows above and below a rule where the paper shows
WALL_MIN_PX = 8
WALL_MAX_WIDTH = 4  # a ruled wall is a few pixels wide; a desk's stripes are wider
CELL_MAX_INK = 0.35  # a box holds one letter: mostly paper (a dark desk is not a box)
LETTER_SHARE = 0.7  # a letter's stroke stands under this share of a box from both walls
MIN_RULED_ROWS = 4  # rows inked along a fifth of the page: two rows of boxes have four
MIN_BOXES = 40  # box-shaped cells of a comb-box form: two rows (a card's design makes a few)


def without_rules(image: Image.Image) -> Image.Image | None:
    """The page without its comb boxes' ruling, or None when it has no comb boxes."""
    grey = np.asarray(image.convert("L"))
    ink = grey < INK_BELOW
    if np.count_nonzero(_grow(ink, 2, 0).sum(axis=1) >= ink.shape[1] // 5) < MIN_RULED_ROWS:
        return None  # no long horizontal lines at all: most pages stop here, for a few milliseconds
    rules = _rules(ink)
    walls, cells = _walls(ink, rules)
    if cells < MIN_BOXES:
        return None
    clean = grey.copy()
    clean[_grow(_grow(rules | walls, 1, 0), 1, 1)] = 255
    return Image.fromarray(clean)


def _runs(mask: Mask, min_len: int) -> tuple[NDArray[np.intp], NDArray[np.intp], NDArray[np.intp]]:
    """(row, start, end) of the runs of True along each row that are at least ``min_len`` long."""
    pad = np.zeros((mask.shape[0], 1), dtype=np.int8)
    steps = np.diff(np.hstack([pad, mask.astype(np.int8), pad]), axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    keep = ends - starts >= min_len
    return rows[keep], starts[keep], ends[keep]


def _grow(mask: Mask, by: int, axis: int) -> Mask:
    """``mask`` widened by ``by`` pixels both ways along ``axis`` (0: up and down, 1: sideways)."""
    out = mask.copy()
    for shift in range(1, by + 1):
        if axis == 0:
            out[shift:] |= mask[:-shift]
            out[:-shift] |= mask[shift:]
        else:
            out[:, shift:] |= mask[:, :-shift]
            out[:, :-shift] |= mask[:, shift:]
    return out


def _close_gaps(mask: Mask, gap: int) -> Mask:
    """Horizontal gaps of up to ``gap`` pixels between ink filled (a scanned rule's dropouts)."""
    left, right = mask.copy(), mask.copy()
    for shift in range(1, gap + 1):
        left[:, shift:] |= mask[:, :-shift]
        right[:, :-shift] |= mask[:, shift:]
    return mask | (left & right)


def _rules(ink: Mask) -> Mask:
    """The ink of long thin horizontal rules; a skewed rule's staircase counts as one."""
    width = ink.shape[1]
    band = _grow(ink, 2, 0)  # two rows of slack each way for skew
    probe = _close_gaps(band, 3)  # and small dropouts in a scanned rule
    long_runs = np.zeros_like(ink)
    for row, start, end in zip(*_runs(probe, max(RULE_MIN_PX, width // 14)), strict=True):
        # A rule is inked nearly all along; a line of text merged by the slack is not.
        if band[row, start:end].mean() >= RULE_DENSITY and _on_paper(ink, row, start, end):
            long_runs[row, start:end] = True
    rules = long_runs & ink
    # A filled band (a header printed white on dark) is many rules deep: it is kept as it is.
    cols, starts, ends = _runs(rules.T, RULE_MAX_THICK + 1)
    for col, start, end in zip(cols, starts, ends, strict=True):
        rules[start:end, col] = False
    return rules


def _on_paper(ink: Mask, row: int, start: int, end: int) -> bool:
    """Whether a run has paper around it, as a ruled line does (a dark desk's texture has not)."""
    above = ink[max(0, row - PAPER_GAP), start:end].mean()
    below = ink[min(ink.shape[0] - 1, row + PAPER_GAP), start:end].mean()
    return bool(min(above, below) < 0.2 and max(above, below) < 0.6)


Stroke = tuple[int, int, int, int]  # first column, last column, top, bottom


def _walls(ink: Mask, rules: Mask) -> tuple[Mask, int]:
    """The ink of the boxes' walls, and how many box-shaped cells they make."""
    near = _grow(_grow(rules, 3, 0), 1, 1)
    cols, tops, bottoms = _runs(_grow(ink, 1, 1).T, WALL_MIN_PX)
    touches = near[np.minimum(tops + 1, ink.shape[0] - 1), cols] & near[np.maximum(bottoms - 2, 0), cols]
    runs = zip(cols[touches].tolist(), tops[touches].tolist(), bottoms[touches].tolist(), strict=True)
    strokes = _merged(sorted(runs))
    walls = np.zeros_like(ink)
    kept = []
    for row in _rows(strokes):
        for first, last, top, bottom in _on_the_grid(row):
            walls[top:bottom, max(0, first - 1) : last + 2] = True
            kept.append((first, last, top, bottom))
    return walls & ink, _box_cells(kept, ink)


def _merged(runs: list[tuple[int, int, int]]) -> list[Stroke]:
    """Adjacent columns of one stroke as one; strokes wider than a ruled line are dropped."""
    strokes: list[list[int]] = []
    active: list[list[int]] = []  # strokes that reach the last two columns
    for col, top, bottom in runs:
        active = [s for s in active if col - s[1] <= 2]
        joined = next((s for s in active if top < s[3] and bottom > s[2]), None)
        if joined is None:
            joined = [col, col, top, bottom]
            strokes.append(joined)
            active.append(joined)
        else:
            joined[1:] = [col, min(top, joined[2]), max(bottom, joined[3])]
    return [(a, b, t, u) for a, b, t, u in strokes if b - a <= WALL_MAX_WIDTH]


def _rows(strokes: list[Stroke]) -> list[list[Stroke]]:
    """Strokes grouped by the row of boxes they stand in (most of their height shared)."""
    rows: list[list[Stroke]] = []
    for stroke in sorted(strokes, key=lambda s: (s[2], s[0])):
        height = stroke[3] - stroke[2]
        for row in rows:
            top, bottom = row[0][2], row[0][3]
            if min(bottom, stroke[3]) - max(top, stroke[2]) >= 0.8 * max(height, bottom - top):
                row.append(stroke)
                break
        else:
            rows.append([stroke])
    return [sorted(row) for row in rows]


def _on_the_grid(row: list[Stroke]) -> list[Stroke]:
    """The row's walls: a stroke half a box from the walls on both sides is a letter (an I, a 1)."""
    if len(row) < 3:
        return row
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(row)]
    pitch = float(np.median(gaps))
    walls = []
    for i, stroke in enumerate(row):
        left = gaps[i - 1] if i > 0 else pitch
        right = gaps[i] if i < len(gaps) else pitch
        if not (left < LETTER_SHARE * pitch and right < LETTER_SHARE * pitch):
            walls.append(stroke)
    return walls


def _box_cells(walls: list[Stroke], ink: Mask) -> int:
    """How many pairs of neighbouring walls stand about a box's height apart, mostly blank between."""
    cells = 0
    for i, (_, last, top, bottom) in enumerate(walls):
        height = bottom - top
        for other_first, _, other_top, other_bottom in walls[i + 1 :]:
            gap = other_first - last
            if gap > 1.6 * height:
                break
            overlap = min(bottom, other_bottom) - max(top, other_top)
            if gap >= 0.5 * height and overlap >= 0.8 * height:
                inside = ink[max(top, other_top) : min(bottom, other_bottom), last + 3 : other_first - 2]
                cells += int(inside.size > 0 and inside.mean() < CELL_MAX_INK)
                break
    return cells

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
MIN_BOXES = 80  # box-shaped cells of a comb-box form: three rows (a card's design makes a few dozen)


def without_rules(image: Image.Image) -> Image.Image | None:
    """The page without its comb boxes' ruling, or None when it has no comb boxes."""
    grey = np.asarray(image.convert("L"))
    ink = grey < INK_BELOW
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


def _walls(ink: Mask, rules: Mask) -> tuple[Mask, int]:
    """The ink of vertical strokes from rule to rule, and how many box-shaped cells they make."""
    near = _grow(_grow(rules, 3, 0), 1, 1)
    cols, tops, bottoms = _runs(_grow(ink, 1, 1).T, WALL_MIN_PX)
    touches = near[np.minimum(tops + 1, ink.shape[0] - 1), cols] & near[np.maximum(bottoms - 2, 0), cols]
    walls = np.zeros_like(ink)
    found = []
    for col, top, bottom in zip(cols[touches], tops[touches], bottoms[touches], strict=True):
        walls[top:bottom, max(0, col - 1) : col + 2] = True
        found.append((int(col), int(top), int(bottom)))
    return walls & ink, _box_cells(found, ink)


def _box_cells(walls: list[tuple[int, int, int]], ink: Mask) -> int:
    """How many pairs of neighbouring walls stand about a box's height apart, mostly blank between."""
    strokes = _merged(sorted(walls))
    cells = 0
    for i, (col, top, bottom) in enumerate(strokes):
        height = bottom - top
        for other_col, other_top, other_bottom in strokes[i + 1 :]:
            gap = other_col - col
            if gap > 1.6 * height:
                break
            overlap = min(bottom, other_bottom) - max(top, other_top)
            if gap >= 0.5 * height and overlap >= 0.8 * height:
                inside = ink[max(top, other_top) : min(bottom, other_bottom), col + 3 : other_col - 2]
                cells += int(inside.size > 0 and inside.mean() < CELL_MAX_INK)
                break
    return cells


def _merged(walls: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Adjacent columns of one stroke as one wall; strokes wider than a ruled line are dropped."""
    merged: list[list[int]] = []  # col, top, bottom, first col
    for col, top, bottom in walls:
        last = merged[-1] if merged else None
        if last and col - last[0] <= 2 and top < last[2] and bottom > last[1]:
            last[:3] = [col, min(top, last[1]), max(bottom, last[2])]
        else:
            merged.append([col, top, bottom, col])
    return [(col, top, bottom) for col, top, bottom, first in merged if col - first <= WALL_MAX_WIDTH]

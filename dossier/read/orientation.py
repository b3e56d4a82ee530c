"""Which way up a page is, told by its ink and by the words Tesseract found on it; boxes turned.

Tesseract's automatic layout reads upright text and text running top to bottom, and a page
that reads badly is read again upside down (dossier.read.ocr), which brings the two other
orientations within its reach; a scan whose ink looks upside down is read turned first.
Word boxes come in the frame of the image as given; the direction in which the words of a
line follow each other then tells the page's turn for free: left to right is upright, right
to left upside down, bottom to top a page lying on its left side, top to bottom one lying on
its right. A separate orientation (OSD) pass would cost most of an OCR pass and is, on these
pages, often wrong.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PIL import Image

Box = tuple[str, float, float, float, float]  # word, x0, y0, x1, y1

# Clockwise turn that makes the page upright, by the direction a line's words run.
TURN_BY_DIRECTION = {"right": 0, "left": 180, "up": 90, "down": 270}
MIN_VOTES = 3  # fewer word pairs than this say nothing reliable: the page is left as it is


def turn_from_layout(lines: Sequence[Sequence[Box]]) -> int:
    """The clockwise turn (0, 90, 180, 270) that makes upright the page these lines were read on."""
    votes = dict.fromkeys(TURN_BY_DIRECTION, 0)
    for line in lines:
        for before, after in itertools.pairwise(line):
            votes[_direction(before, after)] += 1
    direction, count = max(votes.items(), key=lambda item: item[1])
    if count < MIN_VOTES or votes["right"] >= count:
        return 0
    return TURN_BY_DIRECTION[direction]


def _direction(before: Box, after: Box) -> str:
    dx = _centre(after)[0] - _centre(before)[0]
    dy = _centre(after)[1] - _centre(before)[1]
    if abs(dx) >= abs(dy):
        return "right" if dx >= 0 else "left"
    return "down" if dy > 0 else "up"


def _centre(box: Box) -> tuple[float, float]:
    return (box[1] + box[3]) / 2, (box[2] + box[4]) / 2


def turn_box(box: Box, turn: int, width: float, height: float) -> Box:
    """The box in the frame of the image turned clockwise by ``turn``; ``width`` x ``height`` before."""
    word, x0, y0, x1, y1 = box
    if turn == 90:
        corners = ((height - y0, x0), (height - y1, x1))
    elif turn == 180:
        corners = ((width - x0, height - y0), (width - x1, height - y1))
    elif turn == 270:
        corners = ((y0, width - x0), (y1, width - x1))
    else:
        return box
    (ax, ay), (bx, by) = corners
    return (word, min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


# --- Before any OCR: whether a scan looks upside down, from its ink alone -------------------

PROFILE_SIDE = 1100  # pixels on the longer side the ink profile is taken at (about 100 dpi on A4)
PROFILE_STRIPS = 4  # vertical strips, so that columns of text do not blur each other's lines
LINE_INK = 0.02  # share of a strip's width inked for a pixel row to belong to a line of text
CORE_SHARE = 0.5  # rows of a line this close to its densest row form its x-height core
BLANK_INK = 0.005  # share of a strip's width under which a row is the gap between two lines
UPSIDE_DOWN_BELOW = -0.2  # ascender-minus-descender share under which the text is upside down
MIN_LINE_GAPS = 0.3  # share of blank rows between a strip's first and last ink: lines of text


def looks_upside_down(image: Image.Image) -> bool:
    """Whether the page's text lines look upside down: more ink below their core than above.

    Latin print has more ascenders (capitals, digits, b d f h k l t, accents) than descenders
    (g j p q y), so an upright line carries more ink above its x-height core than below it.
    This costs about 10 ms a page and only chooses which way the page is read first: a read
    that comes out doubtful is still read the other way (``dossier.read.ocr``). On the evaluation's
    image files it caught 53 of 69 upside-down pages and flagged 10 of 501 upright ones (8 of
    them phone photos), each of which then costs one read more; no page turned a quarter.
    """
    ink = _ink_mask(image)
    rows_balance, rows_gaps = _line_profile(ink)
    _, columns_gaps = _line_profile(ink.T)
    lines_run_across = rows_gaps >= MIN_LINE_GAPS and rows_gaps > columns_gaps
    return lines_run_across and rows_balance < UPSIDE_DOWN_BELOW


def _ink_mask(image: Image.Image) -> npt.NDArray[np.bool_]:
    grey = image.convert("L")
    factor = max(1, round(max(grey.size) / PROFILE_SIDE))
    pixels = np.asarray(grey.reduce(factor) if factor > 1 else grey)
    return pixels < _otsu(pixels)


def _otsu(pixels: npt.NDArray[np.uint8]) -> int:
    """The grey level that best splits the page into ink and paper (Otsu's method)."""
    share = np.bincount(pixels.ravel(), minlength=256) / pixels.size
    below = np.cumsum(share)
    mean_below = np.cumsum(share * np.arange(256))
    spread = (mean_below[-1] * below - mean_below) ** 2 / (below * (1 - below) + 1e-12)
    return int(np.argmax(spread))


def _line_profile(ink: npt.NDArray[np.bool_]) -> tuple[float, float]:
    """Across the text lines of each strip: (ink above core - below) / both, and blank-row share."""
    above = below = 0.0
    gaps: list[float] = []
    width = ink.shape[1]
    for strip in range(PROFILE_STRIPS):
        part = ink[:, strip * width // PROFILE_STRIPS : (strip + 1) * width // PROFILE_STRIPS]
        profile = part.sum(axis=1).astype(float)
        inked = np.flatnonzero(profile)
        if len(inked) < 10:
            continue
        gaps.append(float((profile[inked[0] : inked[-1] + 1] <= BLANK_INK * part.shape[1]).mean()))
        for top, bottom in true_runs(profile > max(1.0, LINE_INK * part.shape[1])):
            line = profile[top:bottom]
            core = np.flatnonzero(line >= CORE_SHARE * line.max())
            if bottom - top >= 4 and core[-1] - core[0] >= 2:
                above += float(line[: core[0]].sum())
                below += float(line[core[-1] + 1 :].sum())
    both = above + below
    return (above - below) / both if both else 0.0, float(np.median(gaps)) if gaps else 0.0


def true_runs(flags: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(start, end) of each run of True in a row of flags."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))

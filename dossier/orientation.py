"""Which way up a page is, told by the words Tesseract found on it, and boxes turned upright.

Tesseract's automatic layout reads upright text and text running top to bottom, and a page
that reads badly is read again upside down (dossier.ocr), which brings the two other
orientations within its reach. Word boxes come in the frame of the image as given; the
direction in which the words of a line follow each other then tells the page's turn for
free: left to right is upright, right to left upside down, bottom to top a page lying on its
left side, top to bottom one lying on its right. A separate orientation (OSD) pass would cost
most of an OCR pass and is, on these pages, often wrong.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

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

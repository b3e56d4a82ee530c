"""Small skews of a scan measured and undone before OCR, and word boxes taken back to the scan.

A page fed a few degrees askew into a scanner reads badly: Tesseract's lines cross each
other, names are cut and an MRZ is lost. The skew is measured on a small copy of the page:
turned by the right angle, its lines of text are level, so the ink per row varies most
between text and the gaps between lines. Rows and columns are both tried, so a page lying
on its side is measured too. Measuring costs some hundredths of a second; a page that
is level (nearly all) is not touched.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

MAX_SKEW = 5.0  # degrees either way; beyond that it is not a skew but a badly placed page
COARSE = 0.5
STEP = 0.25
MIN_SKEW = 1.0  # Tesseract reads a page this close to level as well as a level one
PREVIEW_WIDTH = 400
MARGIN = 0.12  # of each side, left out of the measure
EDGE = 0.03  # the strip along the edges where a scan shows paper and a photo the table
PAPER = 180  # median grey of that strip from which it is paper
INK = 160  # grey level under which a pixel counts as ink
MIN_GAIN = 1.05  # the best angle must beat level by this much to be believed


def measure_skew(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise as Pillow turns) that levels the page's text, or 0.

    Only scans are measured (paper up to their edges). A photo shows the page in perspective,
    where no single angle levels every line: on the evaluation's phone photos, levelling helped
    as many pages as it harmed.
    """
    if not _paper_to_the_edges(image):
        return 0.0
    preview = _preview(image)
    scores: dict[float, float] = {}

    def score(angle: float) -> float:
        if angle not in scores:
            scores[angle] = _sharpness(preview.rotate(angle, fillcolor=255))
        return scores[angle]

    coarse = [float(a) for a in np.arange(-MAX_SKEW, MAX_SKEW + COARSE / 2, COARSE)]
    best = max(coarse, key=score)
    finer = [angle for angle in (best - STEP, best, best + STEP) if abs(angle) <= MAX_SKEW]
    best = max(finer, key=score)  # then to the nearest quarter degree
    if abs(best) < MIN_SKEW or score(best) < MIN_GAIN * max(score(0.0), 1e-9):
        return 0.0
    return best


def _paper_to_the_edges(image: Image.Image) -> bool:
    grey = np.asarray(image.convert("L"))
    edge = max(2, round(EDGE * min(grey.shape)))
    border = np.concatenate(
        [grey[:edge].ravel(), grey[-edge:].ravel(), grey[:, :edge].ravel(), grey[:, -edge:].ravel()]
    )
    return float(np.median(border)) >= PAPER


def _preview(image: Image.Image) -> Image.Image:
    """A small copy of the middle of the page.

    A photo's edges show the table, whose grain or edges would otherwise outweigh the text.
    """
    grey = image.convert("L")
    width, height = grey.size
    grey = grey.crop(
        (
            round(width * MARGIN),
            round(height * MARGIN),
            round(width * (1 - MARGIN)),
            round(height * (1 - MARGIN)),
        )
    )
    factor = max(1, grey.width // PREVIEW_WIDTH)
    return grey.reduce(factor) if factor > 1 else grey


def _sharpness(image: Image.Image) -> float:
    """How sharply the ink is split into rows or columns: the larger of the two profiles' energies.

    The energy is the sum of squared differences between neighbouring rows (or columns): level
    lines of text start and stop abruptly, askew ones fade in and out.
    """
    ink = (np.asarray(image) < INK).astype(np.float64)
    return float(max(np.sum(np.diff(ink.sum(axis=1)) ** 2), np.sum(np.diff(ink.sum(axis=0)) ** 2)))


def level(image: Image.Image, angle: float) -> Image.Image:
    """The image turned by ``angle`` degrees counter-clockwise about its centre, same size, white fill."""
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)


def unlevel_box(
    box: tuple[str, float, float, float, float], angle: float, size: tuple[float, float]
) -> tuple[str, float, float, float, float]:
    """A word box on the levelled image taken back to the image as scanned (its centre turned back)."""
    word, x0, y0, x1, y1 = box
    cx, cy = size[0] / 2, size[1] / 2
    dx, dy = (x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy
    theta = math.radians(angle)
    # Pillow's counter-clockwise turn moved a point by (cos, sin; -sin, cos) in y-down space.
    ox = dx * math.cos(theta) - dy * math.sin(theta)
    oy = dx * math.sin(theta) + dy * math.cos(theta)
    half_w, half_h = (x1 - x0) / 2, (y1 - y0) / 2
    return (word, cx + ox - half_w, cy + oy - half_h, cx + ox + half_w, cy + oy + half_h)

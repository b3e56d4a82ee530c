"""A second reading of a page's machine-readable zone, character by character, in its fixed grid.

Tesseract reads an MRZ band poorly as text: it merges a run of fillers ``<`` into one wide
glyph or drops it, so a 44-character line comes back 31 characters long and no check digit
can be found at its place. But an MRZ is set in OCR-B at a fixed pitch, every line starting
at the same left edge: a character's position tells its column. So the band is cropped,
enlarged to a size Tesseract reads well, read with the MRZ alphabet and no dictionary, and
each recognised character is put back in the column its box falls in; columns nothing was
read in are fillers. What a column holds is then for the check digits to confirm or repair.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass

MRZ_LENGTHS = (30, 36, 44)  # TD1, TD2 / MRV-B / old French ID card, TD3 / MRV-A
FILLER = "<"
MIN_ROW_GLYPHS = 10  # shorter rows in the crop are printed text next to the band
TARGET_LINE_PX = 40.0  # Tesseract reads OCR-B best with lines about this high
MAX_SCALE = 4.0
WIDE = 1.6  # a glyph wider than this many pitches stands for several merged characters


@dataclass(frozen=True)
class Glyph:
    """One recognised character and its box (pixels, y growing downwards)."""

    char: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        """Width of the box."""
        return self.x1 - self.x0

    @property
    def middle(self) -> float:
        """Vertical centre of the box."""
        return (self.y0 + self.y1) / 2


def grid_lines(glyphs: list[Glyph]) -> list[str]:
    """The MRZ lines rebuilt from character boxes: each character in its column, fillers elsewhere."""
    rows = [row for row in _rows(glyphs) if len(row) >= MIN_ROW_GLYPHS]
    if not rows:
        return []
    pitch = _pitch(rows)
    if pitch <= 0:
        return []
    spans = [round((max(glyph.x1 for glyph in row) - row[0].x0) / pitch) for row in rows]
    length = min(MRZ_LENGTHS, key=lambda n: abs(n - max(spans)))
    # Every MRZ line starts with a character, never a filler: each row's first glyph is its
    # column 0. The pitch, the same for all rows, is refined by a row whose last glyph stands
    # in the last column (a check digit does), so rounding does not drift along the line.
    refined = [p for p in (_row_pitch(row, pitch, length) for row in rows) if p is not None]
    if refined:
        pitch = statistics.median(refined)
    return [_place(row, row[0].x0, pitch, length) for row in rows]


def _row_pitch(row: list[Glyph], pitch: float, length: int) -> float | None:
    last = row[-1]
    span = last.x0 - row[0].x0
    if last.char == FILLER or last.width > WIDE * pitch or abs(span / pitch - (length - 1)) > 1.5:
        return None
    return span / (length - 1)


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into text rows by their vertical centres, top to bottom, left to right."""
    if not glyphs:
        return []
    height = statistics.median(glyph.y1 - glyph.y0 for glyph in glyphs)
    ordered = sorted(glyphs, key=lambda glyph: glyph.middle)
    rows: list[list[Glyph]] = [[ordered[0]]]
    for glyph in ordered[1:]:
        if glyph.middle - rows[-1][-1].middle > 0.6 * height:
            rows.append([])
        rows[-1].append(glyph)
    return [sorted(row, key=lambda glyph: glyph.x0) for row in rows]


def _pitch(rows: list[list[Glyph]]) -> float:
    """The distance between neighbouring columns, from neighbours that are both single glyphs."""
    widths = [glyph.width for row in rows for glyph in row]
    typical = statistics.median(widths) if widths else 0.0
    steps = [
        after.x0 - before.x0
        for row in rows
        for before, after in itertools.pairwise(row)
        if before.width <= WIDE * typical and after.x0 > before.x0
    ]
    if not steps:
        return 0.0
    first = statistics.median(steps)
    # Steps over a dropped character are twice as long: the pitch is the median of the short ones.
    single = [step for step in steps if step < 1.5 * first] or steps
    return float(statistics.median(single))


def _place(row: list[Glyph], left: float, pitch: float, length: int) -> str:
    """One line of ``length`` columns; of two glyphs in a column, the one nearer its centre wins."""
    cells = [FILLER] * length
    distance = [float("inf")] * length
    for glyph in row:
        if glyph.char == FILLER:
            continue
        column = (glyph.x0 - left) / pitch
        index = round(column)
        if 0 <= index < length and abs(column - index) < distance[index]:
            cells[index] = glyph.char
            distance[index] = abs(column - index)
    return "".join(cells)


def band_box(
    words: list[tuple[str, float, float, float, float]], size: tuple[int, int]
) -> tuple[tuple[int, int, int, int], float] | None:
    """Where to crop the MRZ band, from the page's MRZ-like words, and the height of one of its lines.

    A page read often stops a line short where a run of fillers starts, so the crop reaches
    well past the right end of what was read.
    """
    band = [w for w in words if _mrz_like(w[0])]
    if not band:
        return None
    line_height = statistics.median(w[4] - w[2] for w in band)
    left, right = min(w[1] for w in band), max(w[3] for w in band)
    top, bottom = min(w[2] for w in band), max(w[4] for w in band)
    width, height = size
    box = (
        round(max(0.0, left - 2 * line_height)),
        round(max(0.0, top - 0.8 * line_height)),
        round(min(float(width), right + 0.4 * (right - left) + 2 * line_height)),
        round(min(float(height), bottom + 0.8 * line_height)),
    )
    return box, line_height


def _mrz_like(word: str) -> bool:
    long_run = len(word) >= 20 and all(ch.isupper() or ch.isdigit() or ch in "<«" for ch in word)
    return long_run and (word.count("<") + word.count("«") >= 2 or len(word) >= 25)


def band_scale(line_height: float) -> float:
    """How much to enlarge the band so a line is about ``TARGET_LINE_PX`` high (never shrunk)."""
    return min(MAX_SCALE, max(1.0, TARGET_LINE_PX / max(line_height, 1.0)))


def glyphs_from_boxes(boxes: dict[str, list[object]], height: int) -> list[Glyph]:
    """Glyphs from Tesseract's character boxes (whose y axis grows upwards from the bottom)."""
    glyphs = []
    for char, left, bottom, right, top in zip(
        boxes.get("char", []),
        boxes.get("left", []),
        boxes.get("bottom", []),
        boxes.get("right", []),
        boxes.get("top", []),
        strict=False,
    ):
        text = str(char).strip()
        if len(text) == 1:
            x0, x1 = float(str(left)), float(str(right))
            y0, y1 = height - float(str(top)), height - float(str(bottom))
            glyphs.append(Glyph(text, x0, y0, x1, y1))
    return glyphs


def plain_lines(glyphs: list[Glyph]) -> list[str]:
    """The rows of glyphs as read, fillers merged or dropped as Tesseract gave them."""
    return ["".join(glyph.char for glyph in row) for row in _rows(glyphs)]

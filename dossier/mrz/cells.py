"""The machine-readable zone read cell by cell, by matching each cell against OCR-B glyphs.

An MRZ is printed in OCR-B at a fixed pitch, every line starting at the same left edge, in a
37-character alphabet. So, as dedicated MRZ readers do, the band is levelled, its two or three
lines found, cut into their grid of cells, and each cell compared with the 37 glyphs drawn from
the font, by normalised cross-correlation, allowing the glyph to sit a pixel or two off. No
character can be dropped or inserted: a line has exactly as many cells as its format says.
Each cell keeps its best candidates, for the check digits to choose among (``settle``).
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

from dossier.mrz.layout import Grid, Layout, checks_of, layout_of, passes
from dossier.read.orientation import true_runs
from dossier.read.tools import font_path

Array = NDArray[np.float32]
Floats = NDArray[np.float64]
Mask = NDArray[np.bool_]
_Cells = tuple[tuple[tuple[str, float], ...], ...]  # each cell's best (character, score), best first
_Fix = tuple[tuple[tuple[int, int], str], ...]  # ((line, column), character) for each cell changed
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"
CELL_W, CELL_H = 16, 20  # a cell normalised to this many pixels, the cap height filling CELL_H
PAD = 2  # context kept around the template's cell
SHIFT = 2  # how far (normalised pixels) a glyph may sit off its expected place
CANDIDATES = 3
MIN_CELLS = 25  # a row shorter than this many pitches is printed text, not an MRZ line
PITCH_PER_HEIGHT = 0.876  # ICAO: 2.54 mm pitch for OCR-B capitals about 2.9 mm high
MAX_TILT = 4.0  # degrees tried either way when levelling the band
INK_SPAN = 0.32  # a line's ink spans its length in cells less this (the glyphs' side bearings)
DOUBT = 0.12  # an alternative this close to the best score is worth trying against a check digit


@dataclass(frozen=True)
class CellRead:
    """The MRZ lines as read cell by cell, and each cell's best candidates with their scores."""

    lines: tuple[str, ...]
    alternatives: tuple[_Cells, ...]


@dataclass(frozen=True)
class _Row:
    top: int
    bottom: int
    height: int
    left: float
    right: float
    pitch: float
    inner: tuple[float, float]  # where the second glyph starts and the last but one ends


def read_band(crop: Image.Image, line_height: float) -> CellRead | None:
    """Read the MRZ in a greyscale crop of a page (band found by dossier.mrz.band.band_box).

    The grid spans the ink; if check digits fail, grids without the first or the last blob are
    read too (a stamp or border may pass for a glyph): the one passing most checks, then matching
    best, wins. None when no two or three rows look like MRZ lines, when a line runs into the
    crop's side (it may go on beyond), or without the OCR-B font.
    """
    if _templates() is None or min(crop.size) < 8 or line_height <= 0:
        return None
    ink, mask = _levelled(crop.convert("L"), line_height)
    rows = _mrz_rows(mask, line_height)
    if rows is None:
        return None
    left, right = min(row.left for row in rows), max(row.right for row in rows)
    pitch = float(np.median([row.pitch for row in rows]))
    if left < pitch / 2 or right > mask.shape[1] - pitch / 2:
        return None
    border = round(3 * max(row.height for row in rows))  # cells near an edge are sampled on paper
    picture = Image.fromarray(np.pad(ink, border), "F")
    reads: list[tuple[tuple[bool, int, float], CellRead]] = []
    inner_left = min(x for row in rows for x in (row.left, row.inner[0]) if x > left + pitch / 4)
    inner_right = max(x for row in rows for x in (row.right, row.inner[1]) if x < right - pitch / 4)
    for ends in ((left, right), (inner_left, right), (left, inner_right)):
        bounds = _grid(mask, rows, *ends)
        alternatives = tuple(_read_row(picture, border, mask, row, bounds) for row in rows)
        read = CellRead(tuple("".join(cell[0][0] for cell in row) for row in alternatives), alternatives)
        reads.append((_merit(read), read))
        if reads[-1][0][0]:  # every check digit passes
            break
    return max(reads, key=lambda merit_read: merit_read[0])[1]


def _levelled(grey: Image.Image, line_height: float) -> tuple[Array, Mask]:
    """The darkness and the text's ink (rules and borders left out), the band turned level."""
    ink = _ink(grey, line_height)
    if tilt := _tilt(_strokes(ink > _threshold(ink), line_height)):
        ink = _ink(grey.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255), line_height)
    return ink, _strokes(ink > _threshold(ink), line_height)


def _merit(read: CellRead) -> tuple[bool, int, float]:
    """Whether all check digits pass once settled, how many do, and how well the cells match."""
    layout = layout_of(list(read.lines))
    settled = [list(line) for line in settle(read)]
    passing = len(_passing(layout, settled)) if layout else 0
    complete = layout is not None and passing == len(checks_of(layout, settled))
    return complete, passing, float(np.mean([cell[0][1] for row in read.alternatives for cell in row]))


def _ink(picture: Image.Image, line_height: float) -> Array:
    """Darkness from 0 (paper) to 1 (black), against the paper right around each pixel.

    The paper is the picture closed (lightest, then darkest, over squares wider than a stroke),
    on blocks of its lightest pixels for speed: strokes vanish from it, but the edge of a grey
    card on a white page stays in place, and the page's white never fades the card's glyphs.
    """
    grey = np.asarray(picture, dtype=np.float32)
    step, (height, width) = max(1, round(line_height / 8)), grey.shape
    padded = np.pad(grey, ((0, -height % step), (0, -width % step)), mode="edge")
    blocks = functools.reduce(np.maximum, (padded[i::step, j::step] for i, j in np.ndindex(step, step)))
    reach = max(1, round(0.3 * line_height / step))
    paper = Image.fromarray(_spread(_spread(blocks, reach, np.maximum), reach, np.minimum), "F")
    around = np.asarray(paper.resize(padded.shape[::-1], Image.Resampling.BILINEAR), dtype=np.float32)
    ink: Array = np.clip(1.0 - grey / np.maximum(around[:height, :width], 1.0), 0.0, 1.0)
    return ink


def _spread(values: Array, reach: int, pick: np.ufunc) -> Array:
    """``pick`` (np.maximum or np.minimum) of the values within ``reach`` of each, across and down."""
    for _ in range(2):  # down, then across the transposed array, which turns it back
        padded = np.pad(values, ((reach, reach), (0, 0)), mode="edge")
        values = functools.reduce(pick, (padded[k : k + len(values)] for k in range(2 * reach + 1))).T
    return np.asarray(values, dtype=np.float32)


def _threshold(ink: Array) -> float:
    """Otsu's threshold of the darkness, never so low that paper grain counts as ink."""
    counts = np.bincount(np.minimum((ink * 64).astype(np.int32), 63).ravel(), minlength=64)
    centres = (np.arange(64) + 0.5) / 64
    weight, mass = np.cumsum(counts), np.cumsum(counts * centres)
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mass[-1] * weight - weight[-1] * mass) ** 2 / (weight * (weight[-1] - weight))
    return max(float(centres[int(np.nanargmax(np.nan_to_num(between[:-1], nan=-1.0)))]), 0.2)


def _strokes(mask: Mask, line_height: float) -> Mask:
    """The ink without rules and borders: runs longer than a glyph, across or down, are not text."""
    return mask & ~_long_runs(mask, round(3 * line_height)) & ~_long_runs(mask.T, round(1.6 * line_height)).T


def _long_runs(mask: Mask, longest: int) -> Mask:
    """The pixels of each row's runs of ink longer than ``longest``."""
    flat = np.pad(mask, ((0, 0), (1, 1))).astype(np.int8).ravel()
    starts, ends = (np.flatnonzero(np.diff(flat) == sign) for sign in (1, -1))
    marks = np.zeros(flat.size + 1, dtype=np.int32)
    long = ends - starts > longest
    np.add.at(marks, starts[long] + 1, 1)
    np.add.at(marks, ends[long] + 1, -1)
    return np.cumsum(marks)[1:].astype(bool).reshape(mask.shape[0], mask.shape[1] + 2)[:, 1:-1]


def _tilt(mask: Mask) -> float:
    """The angle (degrees, as Pillow turns) that makes the rows of ink most sharply level."""
    ys, xs = np.nonzero(mask)
    if ys.size < 50:
        return 0.0
    step = max(1, ys.size // 40000)
    ys, xs = ys[::step].astype(np.float64), xs[::step].astype(np.float64)
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_TILT, MAX_TILT + 1e-6, 0.25):
        levelled = np.round(ys - xs * np.tan(np.radians(angle))).astype(np.int64)
        score = float(np.sum(np.bincount(levelled - levelled.min()).astype(np.float64) ** 2))
        if score > best_score * 1.0001:
            best, best_score = float(angle), score
    return best if abs(best) >= 0.25 else 0.0


def _mrz_rows(mask: Mask, line_height: float) -> list[_Row] | None:
    """The bottom two or three text rows that look like MRZ lines (long, at a regular pitch)."""
    profile = mask.sum(axis=1).astype(np.float32)
    inked = np.convolve(profile, np.ones(3) / 3, mode="same") > 0.12 * profile.max()
    candidates = [row for top, bottom in true_runs(inked) if (row := _row(mask, top, bottom, line_height))]
    chosen: list[_Row] = []
    for row in reversed(candidates):
        if chosen and not _same_block(chosen[-1], row):
            break
        chosen.append(row)
    return chosen[:3][::-1] if len(chosen) >= 2 else None


def _row(mask: Mask, top: int, bottom: int, line_height: float) -> _Row | None:
    """The row's longest chain of glyphs, if it is long enough for an MRZ line."""
    height = bottom - top
    if not 0.4 * line_height <= height <= 2.5 * line_height:
        return None
    band = mask[top:bottom]
    columns = band.sum(axis=0) > 0
    # OCR-B glyphs ink half the row's height, 0.44 pitch across, or more: not specks, broken borders.
    wide = [(a, b) for a, b in true_runs(columns) if b - a >= 0.2 * height]
    blobs = [(a, b) for a, b in wide if np.ptp(np.flatnonzero(band[:, a:b].any(axis=1))) >= height / 2]
    edges = np.array(blobs, dtype=np.int64).reshape(-1, 2)
    breaks = np.flatnonzero(edges[1:, 0] - edges[:-1, 1] > 0.75 * height) + 1  # an MRZ has no spaces
    chain = max(np.split(edges, breaks), key=lambda c: c[-1, 1] - c[0, 0] if len(c) else 0)
    if len(chain) < 10:
        return None
    left, right = int(chain[0, 0]), int(chain[-1, 1])
    pitch = _pitch(columns[left:right].astype(np.float32), height)
    inner = (float(chain[1, 0]), float(chain[-2, 1]))
    return _Row(top, bottom, height, left, right, pitch, inner) if right - left >= MIN_CELLS * pitch else None


def _pitch(columns: Array, height: int) -> float:
    """The period of the ink along a row (autocorrelation peak near the expected pitch)."""
    expected = PITCH_PER_HEIGHT * height
    signal = columns - columns.mean()
    lags = np.arange(max(2, round(0.55 * expected)), max(3, round(1.5 * expected)))
    if signal.size <= lags[-1] + 2:
        return expected
    scores = [float(np.dot(signal[:-lag], signal[lag:])) / (signal.size - lag) for lag in lags]
    return float(lags[int(np.argmax(scores))])


def _same_block(below: _Row, above: _Row) -> bool:
    """Whether two rows are lines of one MRZ: alike in height and pitch, sharing the left edge."""
    alike = 0.7 <= above.height / below.height <= 1.4 and 0.85 <= above.pitch / below.pitch <= 1.15
    near = abs(above.left - below.left) < 2 * below.pitch and below.top - above.bottom < 3 * below.height
    return alike and near


def _grid(mask: Mask, rows: list[_Row], left: float, right: float) -> Floats:
    """The x of each cell boundary (line length + 1 of them), fitted to the gaps between glyphs.

    OCR-B glyphs ink about 0.16 to 0.85 of their cell: the ink's extent gives the pitch to a
    percent, the gaps between glyphs settle it. On a photo, perspective may make the pitch
    vary linearly along the line (by up to 6 % end to end).
    """
    extent = right - left
    pitch = float(np.median([row.pitch for row in rows]))
    lengths = (30,) if len(rows) == 3 else (36, 44)
    length = min(lengths, key=lambda n: abs(extent / (n - INK_SPAN) - pitch))
    profile = np.sum([mask[row.top : row.bottom].sum(axis=0) for row in rows], axis=0, dtype=np.float64)
    base = extent / (length - INK_SPAN)
    steps, offsets, drifts = np.meshgrid(
        base * np.linspace(0.985, 1.015, 13), np.linspace(0.08, 0.32, 7), np.linspace(-0.06, 0.06, 13)
    )
    k = np.arange(length + 1, dtype=np.float64)
    warp = k + (k**2 - length * k) / length * drifts.reshape(-1, 1)
    bounds = (left - offsets * steps).reshape(-1, 1) + steps.reshape(-1, 1) * warp
    cost = np.interp(bounds, np.arange(profile.size), profile).sum(axis=1)
    cost *= 1 + 0.5 * np.abs(drifts.reshape(-1))  # an even grid wins ties: drift must earn its place
    return np.asarray(bounds[int(np.argmin(cost))], dtype=np.float64)


def _read_row(picture: Image.Image, border: int, mask: Mask, row: _Row, bounds: Floats) -> _Cells:
    """Each cell of a row sampled on its cap box (``picture`` has ``border`` pixels more each side)."""
    top, bottom = _cap_lines(mask, row, bounds)
    size = (CELL_W + 2 * (PAD + SHIFT), CELL_H + 2 * (PAD + SHIFT))
    limits = np.array(picture.size, dtype=np.float64)
    cells = []
    for x0, x1 in itertools.pairwise(bounds.tolist()):
        middle = (x0 + x1) / 2
        y0, y1 = float(np.polyval(top, middle)), float(np.polyval(bottom, middle))
        dx, dy = (PAD + SHIFT) * (x1 - x0) / CELL_W, (PAD + SHIFT) * (y1 - y0) / CELL_H
        box = np.array([x0 - dx, y0 - dy, x1 + dx, y1 + dy]) + border
        box[:2] = np.clip(box[:2], 0, limits - 2)  # Pillow refuses to sample outside the picture
        box[2:] = np.clip(box[2:], box[:2] + 1, limits)
        cells.append(np.asarray(picture.resize(size, Image.Resampling.BILINEAR, box=tuple(box.tolist()))))
    return _classify(np.stack(cells).astype(np.float32))


def _cap_lines(mask: Mask, row: _Row, bounds: Floats) -> tuple[Floats, Floats]:
    """Lines (as polynomials in x) along the tops and bottoms of the row's full-height glyphs."""
    reach = row.height // 3
    y_from = max(0, row.top - reach)
    spans = []
    for x0, x1 in itertools.pairwise(np.round(bounds).astype(int).tolist()):
        rows = np.flatnonzero(mask[y_from : row.bottom + reach, max(0, x0) : x1].any(axis=1))
        if rows.size:
            spans.append(((x0 + x1) / 2, y_from + rows[0], y_from + rows[-1] + 1))
    found = np.array(spans, dtype=np.float64).reshape(-1, 3)  # (x, top, bottom) of each cell's ink
    heights = found[:, 2] - found[:, 1]
    # Only the tallest glyphs: OCR-B digits stand taller than capitals, so a line is fitted
    # to its digits' tops if it has digits, else to its capitals' (the templates try both).
    full = found[heights >= 0.95 * np.percentile(heights, 90)] if spans else found
    if len(full) < 3:
        return np.array([float(row.top)]), np.array([float(row.bottom)])
    # The slope from all glyphs' middles (OCR-B centres them): the tallest may crowd one end.
    xs, middles, half = found[:, 0], found[:, 1:].mean(axis=1), len(found) // 2
    slope = float(np.median((middles[half : 2 * half] - middles[:half]) / (xs[half : 2 * half] - xs[:half])))
    top, bottom = (np.array([slope, np.median(full[:, side] - slope * full[:, 0])]) for side in (1, 2))
    return top, bottom


def _classify(cells: Array) -> _Cells:
    """Per cell, the best glyphs by normalised cross-correlation, over small shifts."""
    templates = _templates()
    assert templates is not None
    height, width = CELL_H + 2 * PAD, CELL_W + 2 * PAD
    views = np.lib.stride_tricks.sliding_window_view(cells, (height, width), axis=(1, 2))
    windows = views.reshape(len(cells), -1, height * width)  # (cells, shifts, pixels)
    # The templates are zero-mean and unit-length, so only the windows' spread needs dividing out.
    spread = np.sqrt(np.maximum(windows.var(axis=-1) * windows.shape[-1], 1e-8))
    by_reference = [((windows @ references.T) / spread[..., None]).max(axis=1) for references in templates]
    scores = max(by_reference, key=lambda s: float(s.max(axis=1).sum()))
    order = np.argsort(-scores, axis=1)[:, :CANDIDATES]
    pairs = zip(scores, order, strict=True)
    return tuple(tuple((ALPHABET[k], round(max(0.0, float(s[k])), 4)) for k in o) for s, o in pairs)


@functools.cache
def _templates() -> Array | None:
    """Each glyph of ``ALPHABET`` drawn from OCR-B, sampled like a cell, as zero-mean unit vectors.

    Two sets: one whose cells reach from the baseline to the top of the capitals, one to the
    top of the (taller) digits, as a line's cells do when fitted to its tallest glyphs.
    """
    path = font_path()
    if path is None:
        return None
    size = 120
    font = ImageFont.truetype(str(path), size)
    advance, origin, out = font.getlength("<"), size // 2, (CELL_W + 2 * PAD, CELL_H + 2 * PAD)
    canvases = [Image.new("L", (2 * size + round(advance), 3 * size), 0) for _ in ALPHABET]
    for canvas, char in zip(canvases, ALPHABET, strict=True):
        ImageDraw.Draw(canvas).text((origin, origin), char, fill=255, font=font)
    sets = []
    for reference in "H0":
        inked = np.flatnonzero(np.asarray(canvases[ALPHABET.index(reference)]).max(axis=1) > 127)
        top, baseline = int(inked[0]), int(inked[-1]) + 1
        margin_x, margin_y = PAD * advance / CELL_W, PAD * (baseline - top) / CELL_H
        box = (origin - margin_x, top - margin_y, origin + advance + margin_x, baseline + margin_y)
        sampled = [canvas.convert("F").resize(out, Image.Resampling.BILINEAR, box=box) for canvas in canvases]
        glyphs = np.stack([np.asarray(glyph).ravel() for glyph in sampled])
        centred = glyphs - glyphs.mean(axis=1, keepdims=True)
        sets.append(centred / np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-6))
    return np.stack(sets).astype(np.float32)


@functools.cache
def settle(read: CellRead) -> tuple[str, ...]:
    """The lines with doubtful cells replaced by alternatives where that makes failing check digits pass.

    Fixes are tried one at a time, each the one making the most check digits pass with the fewest
    changes, breaking none that passed. Two different fixes as good as each other leave the lines
    as they are: the check digits cannot tell which is right.
    """
    layout = layout_of(list(read.lines))
    if layout is None:
        return read.lines
    grid: Grid = [list(line) for line in read.lines]
    while (fix := _best_fix(grid, read, layout)) is not None:
        grid = _changed(grid, fix)
    return tuple("".join(row) for row in grid)


def _best_fix(grid: Grid, read: CellRead, layout: Layout) -> _Fix | None:
    """The one best set of (at most two) doubtful cells' alternatives that makes more checks pass."""
    passing = _passing(layout, grid)
    failing = [check for check in checks_of(layout, grid) if check.name not in passing]
    places = sorted({pos for check in failing for pos in [*check.positions(), check.digit]})
    cells = [(pos, read.alternatives[pos[0]][pos[1]]) for pos in places]
    options = [(pos, char) for pos, cell in cells for char, score in cell[1:] if cell[0][1] - score <= DOUBT]
    for count in (1, 2):
        ranked: dict[int, list[_Fix]] = {}
        for fix in itertools.combinations(options, count):
            now = _passing(layout, _changed(grid, fix))
            if len({pos for pos, _ in fix}) == count and passing < now:
                ranked.setdefault(len(now), []).append(fix)
        if ranked:
            best = ranked[max(ranked)]
            return best[0] if len(best) == 1 else None
    return None


def _passing(layout: Layout, grid: Grid) -> set[str]:
    """The names of the check digits that pass."""
    return {check.name for check in checks_of(layout, grid) if passes(grid, check)}


def _changed(grid: Grid, fix: _Fix) -> Grid:
    """A copy of the grid with the fix's cells changed."""
    chars = dict(fix)
    return [
        [chars.get((line, index), char) for index, char in enumerate(row)] for line, row in enumerate(grid)
    ]

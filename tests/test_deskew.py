"""Skew measured on a page of text lines, levelled, and word boxes taken back to the scan."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from dossier.read.deskew import level, measure_skew, unlevel_box


def lined_page(size: tuple[int, int] = (1654, 2339)) -> Image.Image:
    """A white A4 page at 200 dpi with forty lines of 'text' (black bars broken into words)."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    for row in range(40):
        y = 200 + 48 * row
        x = 160
        for word in range(9):
            width = 60 + (row * 7 + word * 13) % 90
            draw.rectangle((x, y, x + width, y + 22), fill=0)
            x += width + 30
    return page


@pytest.mark.parametrize("angle", [-3.0, -1.5, 2.0, 3.0, 4.5])
def test_a_skewed_page_is_measured_to_the_quarter_degree(angle: float) -> None:
    skewed = lined_page().rotate(angle, fillcolor=255)
    measured = measure_skew(skewed)
    assert abs(measured + angle) <= 0.25
    assert abs(measure_skew(level(skewed, measured))) == 0.0


def test_a_level_or_sideways_page_is_left_alone() -> None:
    assert measure_skew(lined_page()) == 0.0
    assert measure_skew(lined_page().transpose(Image.Transpose.ROTATE_90)) == 0.0
    assert measure_skew(Image.new("L", (800, 1100), 255)) == 0.0


def test_a_sideways_page_is_measured_too() -> None:
    sideways = lined_page().transpose(Image.Transpose.ROTATE_90).rotate(3.0, fillcolor=255)
    assert abs(measure_skew(sideways) + 3.0) <= 0.25


def test_a_word_box_goes_back_to_where_the_scan_shows_it() -> None:
    page = Image.new("L", (1000, 1400), 255)
    ImageDraw.Draw(page).rectangle((700, 300, 720, 320), fill=0)  # a dot at (710, 310)
    angle = 3.0
    levelled = level(page, angle)
    dark = [
        (x, y) for y in range(levelled.height) for x in range(600, 800) if levelled.getpixel((x, y)) < 100
    ]
    cx = sum(x for x, _ in dark) / len(dark)
    cy = sum(y for _, y in dark) / len(dark)
    _, x0, y0, x1, y1 = unlevel_box(("dot", cx - 10, cy - 10, cx + 10, cy + 10), angle, page.size)
    assert math.isclose((x0 + x1) / 2, 710, abs_tol=1.5)
    assert math.isclose((y0 + y1) / 2, 310, abs_tol=1.5)


@given(st.floats(-5, 5), st.floats(0, 1000), st.floats(0, 1400))
def test_unlevelling_keeps_the_box_size_and_undoes_a_zero_turn(angle: float, x: float, y: float) -> None:
    box = ("w", x, y, x + 40, y + 12)
    moved = unlevel_box(box, angle, (1000, 1400))
    assert math.isclose(moved[3] - moved[1], 40, abs_tol=1e-6)
    assert math.isclose(moved[4] - moved[2], 12, abs_tol=1e-6)
    assert unlevel_box(box, 0.0, (1000, 1400)) == pytest.approx(box)


def test_a_photo_of_a_page_on_a_table_is_not_levelled() -> None:
    table = Image.new("L", (1800, 2500), 80)
    table.paste(lined_page().rotate(3.0, fillcolor=255), (73, 80))
    assert measure_skew(table) == 0.0


@given(st.integers(1, 300), st.integers(1, 300), st.integers(0, 255), st.booleans())
def test_any_small_image_is_measured_without_error(
    width: int, height: int, grey: int, speckled: bool
) -> None:
    image = Image.new("L", (width, height), grey)
    if speckled:
        ImageDraw.Draw(image).line((0, 0, width, height // 2), fill=255 - grey, width=3)
    angle = measure_skew(image)
    assert -5.0 <= angle <= 5.0

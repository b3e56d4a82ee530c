"""The page's turn from the direction its words run, and boxes turned with the page."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from dossier.read.orientation import Box, looks_upside_down, turn_box, turn_from_layout

WIDTH, HEIGHT = 1000.0, 1400.0


def upright_lines() -> list[list[Box]]:
    """Three lines of four words, left to right, on an upright page."""
    return [
        [
            (f"w{row}{col}", 100.0 + 150 * col, 200.0 + 60 * row, 220.0 + 150 * col, 230.0 + 60 * row)
            for col in range(4)
        ]
        for row in range(3)
    ]


def turned_page(turn_to_upright: int) -> list[list[Box]]:
    """The upright lines as Tesseract reports them on a page that needs ``turn_to_upright`` to stand."""
    undo = (360 - turn_to_upright) % 360
    return [[turn_box(box, undo, WIDTH, HEIGHT) for box in line] for line in upright_lines()]


def test_upright_page_needs_no_turn() -> None:
    assert turn_from_layout(upright_lines()) == 0


def test_each_turn_is_told_by_the_word_direction() -> None:
    for turn in (90, 180, 270):
        assert turn_from_layout(turned_page(turn)) == turn, turn


def test_too_few_words_leave_the_page_as_it_is() -> None:
    lines = [[("a", 500.0, 100.0, 520.0, 120.0), ("b", 400.0, 100.0, 420.0, 120.0)]]
    assert turn_from_layout(lines) == 0
    assert turn_from_layout([]) == 0


def test_boxes_turned_back_stand_where_they_were() -> None:
    for turn in (90, 180, 270):
        lines = turned_page(turn)
        size = (HEIGHT, WIDTH) if turn in (90, 270) else (WIDTH, HEIGHT)
        back = [[turn_box(box, turn, *size) for box in line] for line in lines]
        for got_line, want_line in zip(back, upright_lines(), strict=True):
            for got, want in zip(got_line, want_line, strict=True):
                assert got[0] == want[0]
                assert all(abs(a - b) < 1e-6 for a, b in zip(got[1:], want[1:], strict=True))


coordinate = st.floats(min_value=0, max_value=WIDTH, allow_nan=False)


@given(coordinate, coordinate, coordinate, coordinate, st.sampled_from([0, 90, 180, 270]))
def test_a_quarter_turn_four_times_is_no_turn(x0: float, y0: float, x1: float, y1: float, turn: int) -> None:
    box: Box = ("w", min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    size = (WIDTH, WIDTH)  # square, so every turn keeps the frame
    once = turn_box(box, turn, *size)
    assert once[1] <= once[3] and once[2] <= once[4]
    back = turn_box(once, (360 - turn) % 360, *size)
    assert all(abs(a - b) < 1e-6 for a, b in zip(back[1:], box[1:], strict=True))


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PROSE = [
    "QUITTANCE DE LOYER - Septembre 2026 - Logement : 12 rue des Lilas, 69003 Lyon",
    "Je soussigné M. Paul DUBOIS, bailleur, déclare avoir reçu de Mme Hélène NGUYEN",
    "la somme de 700,00 EUR (loyer 640,00 EUR, charges 60,00 EUR) au titre du loyer",
    "Total TTC : 700,00 EUR - Fait à Lyon, le 30/09/2026 - Signature du bailleur",
] * 6


def printed_page(*, columns: int = 1) -> Image.Image:
    """An A4 page at 150 dpi of plain prose, in one column or several."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 22 if columns == 1 else 14)
    width = 1100 // columns
    for column in range(columns):
        for row, line in enumerate(PROSE):
            draw.text((70 + column * width, 90 + row * 48), line[: 95 // columns], font=font, fill=0)
    return page


@pytest.mark.parametrize("columns", [1, 2])
def test_ink_tells_an_upside_down_page_from_an_upright_one(columns: int) -> None:
    page = printed_page(columns=columns)
    assert not looks_upside_down(page)
    assert looks_upside_down(page.rotate(180))


def test_ink_guesses_nothing_on_sideways_blank_or_pictorial_pages() -> None:
    page = printed_page()
    assert not looks_upside_down(page.rotate(90, expand=True))
    assert not looks_upside_down(page.rotate(270, expand=True))
    assert not looks_upside_down(Image.new("L", (1240, 1754), 255))
    gradient = Image.linear_gradient("L").resize((1240, 1754))
    assert not looks_upside_down(gradient) and not looks_upside_down(gradient.rotate(180))

"""Comb boxes' ruling taken out of a form page, and nothing else."""

from __future__ import annotations

import numpy as np
import pytesseract
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from dossier.read.unrule import without_rules

FONT = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 28)
LABEL_FONT = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 22)
BOX = 36  # a box's side in pixels, at about 200 dpi
LEFT = 420


def _form(rows: list[tuple[str, str]], *, grey: int = 0, tilt: float = 0.0) -> Image.Image:
    """A form page: a label, then a row of 24 comb boxes with one letter in each."""
    page = Image.new("L", (1654, 400 + 90 * len(rows)), 255)
    draw = ImageDraw.Draw(page)
    for i, (label, value) in enumerate(rows):
        top = 200 + 90 * i
        draw.text((80, top + 6), label, font=LABEL_FONT, fill=0)
        draw.rectangle((LEFT, top, LEFT + 24 * BOX, top + BOX + 8), outline=grey, width=2)
        for k in range(1, 24):
            draw.line((LEFT + k * BOX, top, LEFT + k * BOX, top + BOX + 8), fill=grey, width=2)
        for k, letter in enumerate(value):
            draw.text((LEFT + k * BOX + 9, top + 6), letter, font=FONT, fill=0)
    return page.rotate(tilt, fillcolor=255, resample=Image.Resampling.BICUBIC) if tilt else page


def _ink(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    return int((np.asarray(image.crop(box)) < 128).sum())


def test_walls_and_rules_go_and_the_letters_stay() -> None:
    page = _form([("Nom de naissance", "NGAIKOUMON"), ("Prénom(s)", "FAUSTIN"), ("Lieu", "BANGUI")])
    unruled = without_rules(page)
    assert unruled is not None
    wall = (LEFT + 3 * BOX - 2, 205, LEFT + 3 * BOX + 3, 240)  # between the 3rd and 4th letters
    assert _ink(page, wall) > 0 and _ink(unruled, wall) == 0
    letter = (LEFT + 4, 204, LEFT + BOX - 4, 242)  # the N in the first box
    assert _ink(unruled, letter) == _ink(page, letter) > 0
    label = (80, 200, 400, 240)
    assert _ink(unruled, label) == _ink(page, label) > 0


def test_tesseract_reads_the_name_once_the_ruling_is_gone() -> None:
    page = _form([("Nom de naissance", "NGAIKOUMON"), ("Prénom(s)", "FAUSTIN"), ("Lieu", "BANGUI")], tilt=0.3)
    unruled = without_rules(page)
    assert unruled is not None
    text = pytesseract.image_to_string(unruled, lang="fra", config="--psm 4")
    assert "NGAIKOUMON" in text.replace(" ", "") and "FAUSTIN" in text.replace(" ", "")


def test_light_grey_ruling_of_a_printed_pdf_goes_too() -> None:
    page = _form([("Nom", "SEO"), ("Prénom(s)", "MINJUN"), ("Ville", "SEOUL")], grey=200)
    unruled = without_rules(page)
    assert unruled is not None
    wall = (LEFT + 5 * BOX - 2, 205, LEFT + 5 * BOX + 3, 240)
    assert (np.asarray(unruled.crop(wall)) < 225).sum() == 0


def test_a_page_without_comb_boxes_is_left_alone() -> None:
    page = Image.new("L", (1654, 800), 255)
    draw = ImageDraw.Draw(page)
    for i in range(12):
        line = "Quittance de loyer du mois de mars 2026 — Mme Ana COSSA"
        draw.text((100, 80 + 50 * i), line, font=LABEL_FONT, fill=0)
    assert without_rules(page) is None


def test_a_table_with_wide_columns_is_not_a_form() -> None:
    """A payslip's or a bill's table: rules and column walls, but cells far wider than high."""
    page = Image.new("L", (1654, 900), 255)
    draw = ImageDraw.Draw(page)
    for r in range(12):
        draw.rectangle((100, 100 + 50 * r, 1500, 150 + 50 * r), outline=0, width=2)
        for x in (500, 800, 1100, 1300):
            draw.line((x, 100 + 50 * r, x, 150 + 50 * r), fill=0, width=2)
        draw.text((110, 110 + 50 * r), "Salaire de base", font=LABEL_FONT, fill=0)
    assert without_rules(page) is None


def test_a_filled_header_band_keeps_its_white_text() -> None:
    page = _form([("Nom", "DONDRA"), ("Prénom(s)", "PRISCA"), ("Ville", "BANGUI")])
    ImageDraw.Draw(page).rectangle((80, 80, 1500, 140), fill=40)
    unruled = without_rules(page)
    assert unruled is not None
    assert _ink(unruled, (80, 85, 1500, 135)) == _ink(page, (80, 85, 1500, 135))


@settings(max_examples=15, deadline=None)
@given(st.floats(min_value=-0.6, max_value=0.6), st.sampled_from([0, 120, 200]))
def test_every_wall_goes_whatever_the_skew_and_grey(tilt: float, grey: int) -> None:
    page = _form([("Nom", "ABC"), ("Prénom(s)", "DEF"), ("Ville", "GHI")], grey=grey, tilt=tilt)
    unruled = without_rules(page)
    assert unruled is not None
    empty_boxes = (LEFT + 6 * BOX, 200, LEFT + 24 * BOX, 200 + 90 * 2 + BOX + 8)
    assert (np.asarray(unruled.crop(empty_boxes)) < 225).sum() < 0.002 * (18 * BOX * 260)


def test_a_letter_as_tall_as_its_box_is_not_a_wall() -> None:
    """A hand-written I or 1 may touch both edges of its box: it stands mid-box, not on the grid."""
    page = _form([("Nom", "CEL K"), ("Prénom(s)", "GULSEN"), ("Ville", "BURSA")])
    middle = LEFT + 3 * BOX + BOX // 2
    ImageDraw.Draw(page).line((middle, 202, middle, 200 + BOX + 6), fill=0, width=3)
    unruled = without_rules(page)
    assert unruled is not None
    assert _ink(unruled, (middle - 3, 210, middle + 4, 235)) > 0
    wall = (LEFT + 3 * BOX - 2, 205, LEFT + 3 * BOX + 3, 240)
    assert _ink(unruled, wall) == 0


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 400), st.integers(1, 400), st.sampled_from([0, 128, 255]))
def test_blank_black_or_tiny_pages_are_left_alone_without_error(width: int, height: int, grey: int) -> None:
    assert without_rules(Image.new("L", (width, height), grey)) is None

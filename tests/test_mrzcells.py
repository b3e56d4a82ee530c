"""The cell-by-cell MRZ reader: OCR-B lines drawn, degraded, read back exactly; check-digit settling."""

from __future__ import annotations

import io

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from dossier.mrz.cells import CellRead, font_path, read_band, settle
from dossier.mrz.layout import check_digit

pytestmark = pytest.mark.skipif(font_path() is None, reason="the OCR-B font is not installed")


def _td3(number: str = "X4RTBPFW4", birth: str = "850101", expiry: str = "300610") -> tuple[str, str]:
    top = "P<FRADUPONT<<MARIE<CLAIRE".ljust(44, "<")
    personal = "<" * 14
    bottom = (
        f"{number}{check_digit(number)}FRA{birth}{check_digit(birth)}F{expiry}{check_digit(expiry)}"
        f"{personal}{check_digit(personal)}"
    )
    composite = bottom[0:10] + bottom[13:20] + bottom[21:43]
    return top, bottom + str(check_digit(composite))


TD1 = (
    "IDBEL5920473185<<<<<<<<<<<<<<<",
    "9606025F3301317BEL960602212408",
    "PEETERS<<CAMILLE<SOPHIE<<<<<<<",
)
LINE_HEIGHT = 30  # pixels from one baseline to the next, about what band_box reports at 200 dpi


def _drawn(lines: tuple[str, ...], cap: int = 24) -> tuple[Image.Image, float]:
    """The lines in OCR-B on paper, with a line of printed text above, and the line height."""
    path = font_path()
    assert path is not None
    font = ImageFont.truetype(str(path), round(cap / 0.73))
    pitch = font.getlength("<")
    step = 1.7 * cap
    image = Image.new("L", (round(pitch * (len(lines[0]) + 6)), round(step * (len(lines) + 3))), 250)
    draw = ImageDraw.Draw(image)
    draw.text((3 * pitch, 0.4 * step), "Nom / Surname: DUPONT", fill=20, font=font)
    for index, line in enumerate(lines):
        draw.text((3 * pitch, (index + 1.6) * step), line, fill=20, font=font)
    return image, cap


def _degraded(image: Image.Image, how: str, seed: int = 1) -> Image.Image:
    rng = np.random.default_rng(seed)
    if how in {"noisy", "tilted"}:
        image = image.filter(ImageFilter.GaussianBlur(1.0))
        noisy = np.asarray(image, dtype=np.float32) + rng.normal(0, 12, (image.height, image.width))
        image = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    if how == "tilted":
        image = image.rotate(2.0, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=250)
    if how == "small_jpeg":
        image = image.resize((image.width * 2 // 3, image.height * 2 // 3), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=25)
        image = Image.open(buffer)
    return image


@pytest.mark.parametrize("how", ["clean", "noisy", "tilted", "small_jpeg"])
@pytest.mark.parametrize("lines", [_td3(), TD1], ids=["td3", "td1"])
def test_read_band_reads_drawn_lines_exactly(lines: tuple[str, ...], how: str) -> None:
    image, cap = _drawn(lines)
    degraded = _degraded(image, how)
    scale = degraded.height / image.height if how == "small_jpeg" else 1.0
    read = read_band(degraded, cap * scale)
    assert read is not None
    assert read.lines == lines
    assert [len(row) for row in read.alternatives] == [len(line) for line in lines]
    assert all(1 <= len(cell) <= 3 for row in read.alternatives for cell in row)


def _with_border(image: Image.Image, lines: tuple[str, ...], width: int) -> Image.Image:
    """A broken vertical border (dashes shorter than a line) drawn half a cell left of the MRZ."""
    pitch = image.width / (len(lines[0]) + 6)  # as ``_drawn`` lays the lines out
    x, top = round(2.5 * pitch), round(1.2 * 1.7 * 24)
    draw = ImageDraw.Draw(image)
    for y in range(top, image.height - 2, 22):
        draw.line([(x, y), (x, y + 16)], fill=20, width=width)
    return image


@pytest.mark.parametrize("width", [2, 7], ids=["thin", "glyph_wide"])
@pytest.mark.parametrize("lines", [_td3(), TD1], ids=["td3", "td1"])
def test_a_border_left_of_the_mrz_does_not_shift_the_grid(lines: tuple[str, ...], width: int) -> None:
    image, cap = _drawn(lines)
    read = read_band(_with_border(image, lines, width), cap)
    assert read is not None
    assert read.lines == lines


def test_a_line_running_into_the_crop_side_gives_none() -> None:
    image, cap = _drawn(TD1)
    pitch = image.width / (len(TD1[0]) + 6)
    assert read_band(image.crop((round(5 * pitch), 0, image.width, image.height)), cap) is None


def _cell_read(lines: tuple[str, ...], doubts: dict[tuple[int, int], tuple[str, ...]]) -> CellRead:
    """A read whose cells are sure of their character, except ``doubts``: (line, column) -> runners-up."""
    alternatives = tuple(
        tuple(
            ((char, 0.9), *((other, 0.85) for other in doubts.get((row, column), ())))
            for column, char in enumerate(line)
        )
        for row, line in enumerate(lines)
    )
    return CellRead(lines, alternatives)


def _misread(lines: tuple[str, ...], line: int, column: int, char: str) -> tuple[str, ...]:
    changed = list(lines)
    changed[line] = changed[line][:column] + char + changed[line][column + 1 :]
    return tuple(changed)


def test_settle_takes_the_alternative_that_makes_the_check_digit_pass() -> None:
    truth = _td3(birth="850101")
    wrong = _misread(truth, 1, 15, "8")  # birth date 858101: its check digit fails
    read = _cell_read(wrong, {(1, 15): ("0", "B"), (1, 3): ("8",)})
    assert settle(read) == truth


def test_settle_leaves_a_passing_read_alone() -> None:
    truth = _td3()
    read = _cell_read(truth, {(1, 15): ("8",), (1, 3): ("8",)})
    assert settle(read) == truth


def test_settle_refuses_two_fixes_of_the_same_size() -> None:
    # A visa's MRZ has no composite check digit: only the birth date's can judge these fixes.
    truth = ("V" + _td3()[0][1:], _td3()[1][:43] + "<")
    wrong = _misread(truth, 1, 15, "8")
    # Another column of the birth date, changed to the digit that also satisfies its check digit.
    other = next(
        digit
        for digit in "0123456789"
        if digit != wrong[1][16]
        and check_digit(wrong[1][13:16] + digit + wrong[1][17:19]) == int(wrong[1][19])
    )
    read = _cell_read(wrong, {(1, 15): ("0",), (1, 16): (other,)})
    assert settle(read) == wrong


def test_settle_only_uses_the_cells_own_alternatives() -> None:
    truth = _td3(birth="850101")
    wrong = _misread(truth, 1, 15, "8")
    read = _cell_read(wrong, {(1, 15): ("3", "B")})
    assert settle(read) == wrong


def test_settle_does_not_break_a_passing_check_to_fix_another() -> None:
    truth = _td3()
    wrong = _misread(truth, 1, 43, "7" if truth[1][43] != "7" else "6")  # composite fails
    # The document number's last character could make the composite pass, but breaks its own check.
    doubts = {(1, 8): tuple("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    assert settle(_cell_read(wrong, doubts)) == wrong


@pytest.mark.parametrize("size", [(1, 1), (5, 40), (300, 60), (1200, 150)])
def test_blank_and_tiny_images_give_none(size: tuple[int, int]) -> None:
    assert read_band(Image.new("L", size, 255), 25.0) is None
    assert read_band(Image.new("L", size, 0), 25.0) is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    width=st.integers(1, 700),
    height=st.integers(1, 120),
    line_height=st.floats(0.0, 80.0),
    seed=st.integers(0, 2**16),
)
def test_random_images_never_raise(width: int, height: int, line_height: float, seed: int) -> None:
    pixels = np.random.default_rng(seed).integers(0, 256, (height, width), dtype=np.uint8)
    read = read_band(Image.fromarray(pixels), line_height)
    assert read is None or all(len(line) in {30, 36, 44} for line in read.lines)


def test_a_crop_with_white_page_beyond_a_grey_card_reads_exactly() -> None:
    # A scanned card: grey paper ending just past the lines, the scanner's white page beyond.
    image, cap = _drawn(TD1)
    pitch = image.width / (len(TD1[0]) + 6)
    pixels = np.asarray(image, dtype=np.float32) * 0.62  # the card's paper: 155, ink about 12
    edge = round((len(TD1[0]) + 4) * pitch)
    pixels[:, edge:] = 255.0
    page = np.full((pixels.shape[0] + 60, pixels.shape[1] + 300), 255.0, dtype=np.float32)
    page[30:-30, :-300] = pixels
    read = read_band(Image.fromarray(page.astype(np.uint8)), cap)
    assert read is not None
    assert read.lines == TD1

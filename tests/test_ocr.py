from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dossier.models import PageRef, SourceType
from dossier.read import upright
from dossier.read.cache import PageCache
from dossier.read.engine import API, CLI
from dossier.read.ocr import OcrSettings, read_one, read_pages
from dossier.read.tools import probe_tesseract

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "QUITTANCE DE LOYER",
    "Locataire : Madame Hélène NGUYEN",
    "Période du 1er septembre 2026 au 30 septembre 2026",
    "Loyer mensuel et charges comprises : 700 euros",
    "Fait à Lyon, le 30 septembre 2026, le bailleur",
] * 3


def _scan(path: Path, rotate: int = 0) -> PageRef:
    font = ImageFont.truetype(FONT, 34)
    image = Image.new("L", (1500, 1600), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(LINES):
        draw.text((80, 80 + i * 95), line, font=font, fill=0)
    image.rotate(rotate, expand=True).save(path, dpi=(200, 200))
    return PageRef(path, path.name, path.name.ljust(64, "0"), SourceType.IMAGE, 0)


@pytest.fixture(scope="module")
def settings() -> OcrSettings:
    """The program, run once per read: what the fake programs below stand in for."""
    info = probe_tesseract()
    return OcrSettings(tesseract_version=info.version, tesseract_cmd=info.path)


@pytest.fixture(scope="module", params=[CLI, API])
def either(request: pytest.FixtureRequest) -> OcrSettings:
    """Each engine in turn: both must read pages the same way."""
    info = probe_tesseract()
    if request.param == API and info.engine != API:
        pytest.skip("tesserocr is not installed")
    return replace(OcrSettings.probed(info), engine=request.param)


def test_reads_an_upright_page_with_word_boxes(tmp_path: Path, either: OcrSettings) -> None:
    reading = read_one(_scan(tmp_path / "a.png"), either)
    assert not reading.error
    assert "QUITTANCE" in reading.text and "NGUYEN" in reading.text
    assert reading.rotation == 0
    assert reading.words and all(w[1] < w[3] and w[2] < w[4] for w in reading.words)
    assert 500 < reading.width_pt < 600  # 1500 px at the assumed A4 resolution


def test_upside_down_page_is_turned(tmp_path: Path, either: OcrSettings) -> None:
    reading = read_one(_scan(tmp_path / "b.png", rotate=180), either)
    assert reading.rotation == 180
    assert "QUITTANCE" in reading.text


@pytest.mark.parametrize("guess", [True, False])
def test_a_wrong_guess_from_the_ink_costs_a_read_not_the_text(
    tmp_path: Path, settings: OcrSettings, monkeypatch: pytest.MonkeyPatch, guess: bool
) -> None:
    # The guess says the opposite of the truth: upright pages "look upside down" and back.
    monkeypatch.setattr(upright, "looks_upside_down", lambda image: guess)
    reading = read_one(_scan(tmp_path / "g.png", rotate=0 if guess else 180), settings)
    assert reading.rotation == (0 if guess else 180)
    assert "QUITTANCE" in reading.text and "NGUYEN" in reading.text


def test_sideways_page_is_turned_clockwise(tmp_path: Path, either: OcrSettings) -> None:
    # Turned a quarter counter-clockwise: a quarter clockwise makes it upright.
    reading = read_one(_scan(tmp_path / "s.png", rotate=90), either)
    assert reading.rotation == 90
    assert "QUITTANCE" in reading.text


def _fake_tesseract(tmp_path: Path, body: str) -> str:
    script = tmp_path / "tesseract"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_tesseract_crash_is_a_page_error_not_an_exception(tmp_path: Path, settings: OcrSettings) -> None:
    crashing = OcrSettings(settings.tesseract_version, _fake_tesseract(tmp_path, "exit 1"))
    reading = read_one(_scan(tmp_path / "c.png"), crashing)
    assert reading.error.startswith("OCR failed")


def test_tesseract_timeout_is_a_page_error(tmp_path: Path, settings: OcrSettings) -> None:
    slow = OcrSettings(settings.tesseract_version, _fake_tesseract(tmp_path, "sleep 5"), timeout_s=1)
    reading = read_one(_scan(tmp_path / "d.png"), slow)
    assert "too long" in reading.error


def test_one_crashing_page_does_not_lose_the_others(tmp_path: Path, settings: OcrSettings) -> None:
    marker = tmp_path / "crashed-once"
    real = shutil.which(settings.tesseract_cmd) or settings.tesseract_cmd
    body = f'if [ ! -e "{marker}" ]; then touch "{marker}"; exit 1; fi\nexec "{real}" "$@"'
    flaky = OcrSettings(settings.tesseract_version, _fake_tesseract(tmp_path, body))
    refs = [_scan(tmp_path / "p1.png"), _scan(tmp_path / "p2.png")]
    pages = read_pages(refs, flaky, cache=None, jobs=1)
    assert pages[0].ocr_error and not pages[0].text
    assert not pages[1].ocr_error and "QUITTANCE" in pages[1].text


def test_cache_serves_the_second_read_and_is_private(tmp_path: Path, settings: OcrSettings) -> None:
    cache = PageCache(tmp_path / "cache")
    refs = [_scan(tmp_path / "e.png")]
    first = read_pages(refs, settings, cache=cache, jobs=1)
    broken = OcrSettings(settings.tesseract_version, _fake_tesseract(tmp_path, "exit 1"))
    second = read_pages(refs, broken, cache=cache, jobs=1)  # would fail if it ran Tesseract
    assert second[0].text == first[0].text
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700
    assert cache.clear() == 1


def _passport_page(tmp_path: Path, name: str, *, turn: int = 0, width: int | None = None) -> PageRef:
    """A synthetic passport data page (the project's own generator), turned or shrunk."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "samples"))
    import synth

    page = synth.render_document(synth.spec("luisa-passport"), dpi=200)[0].convert("L")
    if width is not None:  # a thumbnail, as phones and chat apps send them
        page = page.resize((width, round(page.height * width / page.width)), Image.Resampling.LANCZOS)
    page = page.rotate(turn, expand=True) if turn else page
    path = tmp_path / name
    page.save(path)
    return PageRef(path, name, name.ljust(64, "0"), SourceType.IMAGE, 0)


def test_mrz_fillers_read_backwards_turn_the_page_even_when_the_words_seem_sure(
    tmp_path: Path, settings: OcrSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ink says upright and the words' confidence is taken as good: only the fillers ("<" read
    # as ">") can say the page was read upside down.
    monkeypatch.setattr(upright, "looks_upside_down", lambda image: False)
    monkeypatch.setattr(upright, "TURN_BELOW_CONFIDENCE", 0.0)
    reading = read_one(_passport_page(tmp_path, "turned.png", turn=180), settings)
    assert reading.rotation == 180
    assert "P<" in reading.text.replace(" ", "")


def test_a_small_picture_is_enlarged_before_it_is_read(tmp_path: Path, settings: OcrSettings) -> None:
    reading = read_one(_passport_page(tmp_path, "small.png", width=420), settings)
    assert "MACHADO" in reading.text.upper()

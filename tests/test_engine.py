"""The engine boundary: both engines, their outputs parsed alike, and a crash in the in-process one."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from dossier.models import PageRef, SourceType
from dossier.read import engine, tools
from dossier.read.cache import PageCache
from dossier.read.engine import API, CLI, ApiEngine, EngineSpec, engine_for, parse_boxes, parse_tsv
from dossier.read.ocr import OcrSettings, read_pages

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
MRZ = "P<FRAMARTIN<<CLAIRE<<<<<<<<<<<<<<<<<<<<<<<<"


def test_tsv_rows_become_columns_and_the_header_is_skipped() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t10\t20\t30\t12\t96.5\tLoyer\n"
        "5\t1\t1\t1\t1\t2\t45\t20\t40\t12\t91\tmensuel"
    )
    table = parse_tsv(tsv)
    assert table["text"] == ["", "Loyer", "mensuel"]
    assert table["left"] == [0, 10, 45] and table["conf"] == [-1.0, 96.5, 91.0]
    assert table["line_num"] == [0, 1, 1]


def test_box_lines_become_columns_and_odd_lines_are_dropped() -> None:
    table = parse_boxes("P 10 5 20 25 0\n< 22 5 32 25 0\ngarbage\nX 1 2 3 0")
    assert table["char"] == ["P", "<"]
    assert table["right"] == [20, 32] and table["top"] == [25, 25]


def _page(size: tuple[int, int] = (1200, 400)) -> Image.Image:
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 60), "Attestation d'hébergement", font=ImageFont.truetype(FONT, 40), fill=0)
    draw.text((40, 200), "Fait à Lyon le 3 octobre 2026", font=ImageFont.truetype(FONT, 40), fill=0)
    return image


def _band() -> Image.Image:
    image = Image.new("L", (1400, 90), 255)
    ImageDraw.Draw(image).text((20, 20), MRZ, font=ImageFont.truetype(OCRB, 40), fill=0)
    return image


def _api_spec() -> EngineSpec:
    info = tools.probe_tesseract()
    if info.engine != API:
        pytest.skip("tesserocr is not installed")
    return EngineSpec(API, "fra+eng", info.tessdata, info.path)


def test_both_engines_read_the_same_words() -> None:
    api = engine_for(_api_spec())
    cli = engine_for(replace(_api_spec(), kind=CLI))
    words = [[w for w in e.words(_page(), 200)["text"] if w.strip()] for e in (api, cli)]
    assert words[0] == words[1]
    assert "d'hébergement" in words[0] and "octobre" in words[0]


def test_both_engines_read_an_mrz_band_with_its_alphabet() -> None:
    for kind in (API, CLI):
        table = engine_for(replace(_api_spec(), kind=kind)).band_boxes(_band())
        text = "".join(table["char"])
        assert set(text) <= set(engine.MRZ_ALPHABET), kind
        assert text.startswith("P<FRAMARTIN"), kind


def test_the_api_engine_is_kept_per_process() -> None:
    spec = _api_spec()
    assert engine_for(spec) is engine_for(spec)


def test_the_program_is_chosen_when_one_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_OCR_ENGINE", "cli")
    tools.probe_tesseract.cache_clear()
    try:
        assert tools.probe_tesseract().engine == CLI
    finally:
        tools.probe_tesseract.cache_clear()


def _scan(path: Path) -> PageRef:
    _page((1200, 1600)).save(path, dpi=(200, 200))
    return PageRef(path, path.name, path.name.ljust(64, "0"), SourceType.IMAGE, 0)


def test_a_crash_in_the_api_engine_loses_no_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed inside Tesseract: its pages are read by the program and not cached."""
    settings = replace(OcrSettings.probed(tools.probe_tesseract()), engine=API)
    if not engine.api_available():
        pytest.skip("tesserocr is not installed")

    def crash(self: ApiEngine, image: Image.Image, dpi: float) -> engine.Table:
        os._exit(139)  # what a segmentation fault in the library looks like from outside

    monkeypatch.setattr(ApiEngine, "words", crash)  # workers are forked: they inherit it
    cache = PageCache(tmp_path / "cache")
    refs = [_scan(tmp_path / "a.png"), _scan(tmp_path / "b.png")]
    pages = read_pages(refs, settings, cache=cache, jobs=2)
    assert all("octobre" in page.text and not page.ocr_error for page in pages)
    assert cache.clear() == 0


def test_a_missing_ocrb_font_names_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    from dossier.errors import MissingDependencyError

    monkeypatch.setattr(tools, "font_path", lambda: None)
    with pytest.raises(MissingDependencyError) as raised:
        tools.probe_all()
    assert "fonts-ocr-b" in str(raised.value.fix)

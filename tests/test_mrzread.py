"""The MRZ band read again: cell by cell first, and that reading preferred over the page read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from dossier.extract import extract_document
from dossier.models import Document, Page, PageRef, SourceType
from dossier.mrz.reader import read_mrz_band
from dossier.read import tools
from dossier.read.engine import Engine, engine_for
from dossier.read.ocr import OcrSettings
from tests.test_mrz import td3

OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
TODAY = dt.date(2026, 11, 15)
LINES = td3("MARTIN", ["CLAIRE"], "XK4821937", birth="900412", sex="F", expiry="310101")


def _passport_page() -> Image.Image:
    image = Image.new("L", (1400, 500), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(OCRB, 34)
    for row, line in enumerate(LINES):
        draw.text((40, 330 + row * 60), line, font=font, fill=0)
    return image


def test_the_band_is_read_cell_by_cell_exactly() -> None:
    image = _passport_page()
    engine = engine_for(OcrSettings.probed(tools.probe_tesseract()).engine_spec())
    table = engine.words(image, 300)
    words = [
        (str(text), float(x), float(y), float(x + w), float(y + h))
        for text, x, y, w, h in zip(
            table["text"], table["left"], table["top"], table["width"], table["height"], strict=True
        )
        if str(text).strip()
    ]
    band = read_mrz_band(image, words, "", engine)
    assert band.cells.splitlines() == LINES
    assert band.text == ""  # the cells passed their check digits: no Tesseract re-read


def test_a_page_without_an_mrz_has_no_band_reads() -> None:
    engine = engine_for(OcrSettings.probed(tools.probe_tesseract()).engine_spec())
    blank = Image.new("L", (600, 400), 255)
    band = read_mrz_band(blank, [("Loyer", 10.0, 10.0, 90.0, 30.0)], "Loyer", engine)
    assert band.cells == "" and band.text == ""


def _passport(text: str, cells: str) -> Document:
    ref = PageRef(Path("passport.jpg"), "passport.jpg", "0" * 64, SourceType.IMAGE, 0)
    page = Page(ref=ref, text=text, text_source="ocr", mrz_cells=cells)
    return Document("passport.jpg", [page], "passport", 0.9, [], None, [], {})


def test_the_cell_reading_wins_over_a_page_read_that_passes_by_chance() -> None:
    # The page read holds another number whose check digit happens to pass too.
    misread = td3("MARTIN", ["CLAIRE"], "XK4821Z37", birth="900412", sex="F", expiry="310101")
    printed = "PASSEPORT / PASSPORT\nNom / Surname\nMARTIN\nPrénoms / Given names\nCLAIRE\n"
    doc = _passport(printed + "\n".join(misread), "\n".join(LINES))
    extract_document(doc, TODAY)
    assert doc.fields["mrz_valid"] is True
    assert doc.fields["document_number"] == "XK4821937"
    assert doc.fields["mrz"] == LINES


def _engine() -> Engine:
    return engine_for(OcrSettings.probed(tools.probe_tesseract()).engine_spec())


def _printed_page() -> tuple[Image.Image, list[tuple[str, float, float, float, float]], str]:
    """The passport page and a page read of its printed words only (name, title), none from the MRZ."""
    image = _passport_page()
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(OCRB, 30)
    words = []
    for index, word in enumerate(["PASSPORT", "MARTIN", "CLAIRE"]):
        draw.text((40 + 300 * index, 60), word, font=font, fill=0)
        words.append((word, 40.0 + 300 * index, 60.0, 40.0 + 300 * index + 30 * len(word), 84.0))
    return image, words, "PASSPORT MARTIN CLAIRE"


def test_a_band_read_as_garbled_words_is_still_read_cell_by_cell() -> None:
    image, words, text = _printed_page()
    garbled = [
        (line[:30] + "£K£K" + line[34:], 40.0, 330.0 + 60 * row, 1000.0, 360.0 + 60 * row)
        for row, line in enumerate(LINES)
    ]
    band = read_mrz_band(image, words + garbled, text + "\n" + "\n".join(w[0] for w in garbled), _engine())
    assert band.cells.splitlines() == LINES


def test_a_travel_document_without_band_words_is_read_whole() -> None:
    image, words, text = _printed_page()
    misread = ("P4FRAMARTINKKCLAIREKKKKK", 40.0, 330.0, 800.0, 360.0)  # no filler, too short for a band
    band = read_mrz_band(image, [*words, misread], text + "\n" + misread[0], _engine())
    assert band.cells.splitlines() == LINES
    assert band.text == ""


def test_without_band_words_a_read_whose_name_is_not_printed_is_refused() -> None:
    image, words, _ = _printed_page()
    misread = ("P4FRAMARTINKKCLAIREKKKKK", 40.0, 330.0, 800.0, 360.0)
    other = [(name, *box) for name, (_, *box) in zip(["PASSPORT", "DUBOIS", "ANNE"], words, strict=True)]
    band = read_mrz_band(image, [*other, misread], "PASSPORT DUBOIS ANNE\n" + misread[0], _engine())
    assert band.cells == ""


def test_a_page_naming_no_travel_document_is_not_read_whole() -> None:
    image, words, _ = _printed_page()
    words = [("LOYER", *words[0][1:]), *words[1:], ("P4FRAMARTINKKCLAIREKKKKK", 40.0, 330.0, 800.0, 360.0)]
    assert read_mrz_band(image, words, "LOYER MARTIN CLAIRE", _engine()).cells == ""

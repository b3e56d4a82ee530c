"""The second engine (RapidOCR): when it runs, how its readings are judged, and captures it reads.

The capture tests draw their documents here (a TD1 card photographed on a table and turned a
quarter, a passport booklet photographed open and upside down, a RIB with its IBAN in groups
on a tinted band): kinds of capture met on real specimens, never copies of them.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from dossier.extract.iban import find_iban
from dossier.extract.ibanread import reread_iban
from dossier.mrz.layout import check_digit
from dossier.mrz.number import confirm_number, printed_numbers
from dossier.mrz.parse import parse_mrz, parse_text
from dossier.mrz.reader import read_mrz_band
from dossier.mrz.second import may_hold_mrz, mrz_lines, orders, second_reading, wants_second
from dossier.read import ingest, read_pages, tools
from dossier.read.engine import engine_for
from dossier.read.ocr import OcrSettings
from dossier.read.rapid import TextLine, as_text, second_engine, version
from tests.test_mrz import td3

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
sys.path.insert(0, str(SAMPLES))
from synth import captures, codes  # noqa: E402

OCRB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
# Card printers' MRZ faces differ from the reference OCR-B the cells are matched against.
OTHER_FACE = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
needs_rapidocr = pytest.mark.skipif(not version(), reason="rapidocr is not installed (pip install rapidocr)")
CARD = codes.td1(
    "ID", "UTO", "L4K7P2X90", date(1988, 3, 14), "F", date(2031, 6, 30), "UTO", "NOWAK", ("ZOFIA", "ANNA")
)


def _line(text: str, y: float) -> TextLine:
    return TextLine(text, 10.0, y, 10.0 + 12 * len(text), y + 20)


class FakeEngine:
    """A second engine that reads what it was given."""

    def __init__(self, lines: list[TextLine]) -> None:
        self.lines = lines
        self.calls = 0

    def text_lines(self, image: Image.Image, *, upright: bool = True) -> list[TextLine]:
        self.calls += 1
        return self.lines


# --------------------------------------------------------------------------- when it runs


def test_a_page_of_prose_without_band_words_does_not_wake_the_second_engine() -> None:
    words = [(f"mot{i}", 0.0, 0.0, 1.0, 1.0) for i in range(60)]
    assert not may_hold_mrz(words, "Quittance de loyer, paiement par carte VISA")
    assert not wants_second(None, words, "Quittance de loyer")


def test_a_travel_document_or_a_page_read_too_poorly_may_hold_an_mrz() -> None:
    words = [(f"mot{i}", 0.0, 0.0, 1.0, 1.0) for i in range(60)]
    assert may_hold_mrz(words, "REPUBLIC OF UTOPIA\nPASSPORT")
    assert may_hold_mrz([("Ivy", 0.0, 0.0, 1.0, 1.0)], "Ivy")  # a photo Tesseract read nothing on
    assert may_hold_mrz([("TIN<<SARAHK", 0.0, 0.0, 1.0, 1.0), *words], "TIN<<SARAHK")


def test_a_valid_reading_whose_name_the_page_prints_is_the_end_of_it() -> None:
    assert not wants_second((True, 1.0, 1.0), [], "")
    assert wants_second((True, 1.0, 0.2), [], "")  # the name line is not borne out
    assert wants_second((False, 0.5, 1.0), [], "PASSPORT")


# --------------------------------------------------------------------------- how it is judged


def test_mrz_lines_are_cleaned_and_an_upside_down_band_is_read_in_its_order() -> None:
    lines = [
        _line(CARD[2], 10),
        _line(CARD[1], 40),
        _line(CARD[0].replace("<", "‹", 1), 70),
        _line("Nom", 100),
    ]
    found = mrz_lines(lines)
    assert found == [CARD[2], CARD[1], CARD[0]]
    # Every order starting with a document code, so the right one is among them.
    assert "\n".join(CARD) in orders(found)
    assert all(block[0] in "PIACV" for block in orders(found))


def test_the_second_reading_is_kept_only_where_it_reads_better() -> None:
    lines = [_line(line, 20 * i) for i, line in enumerate(CARD)]
    assert second_reading(lines, ["\n".join(CARD)], "NOWAK ZOFIA ANNA") == ""
    garbled = [CARD[0], CARD[1][:1] + "3" + CARD[1][2:], CARD[2]]  # a birth date slip
    assert second_reading(lines, ["\n".join(garbled)], "NOWAK ZOFIA ANNA").splitlines() == list(CARD)


def test_the_name_line_comes_from_the_reading_the_page_bears_out() -> None:
    # The first reading passes its check digits with a garbled name line (which no check covers).
    first = [CARD[0], CARD[1], "HRLAKA<<JWLXFYYF<<<<<<<<<<<<<<"]
    # The second engine reads the name line right but slips in a checked field.
    second = [CARD[0][:6] + "Q" + CARD[0][7:], CARD[1], CARD[2]]
    lines = [_line(line, 20 * i) for i, line in enumerate(second)]
    merged = second_reading(lines, ["\n".join(first)], "Nom NOWAK Prénoms ZOFIA ANNA")
    assert merged.splitlines() == list(CARD)


def test_the_read_band_runs_the_second_engine_only_where_the_first_reading_fails() -> None:
    engine = engine_for(OcrSettings.probed(tools.probe_tesseract()).engine_spec())
    fake = FakeEngine([_line(line, 20 * i) for i, line in enumerate(CARD)])
    words = [(f"Loyer{i}", 10.0, 10.0, 90.0, 30.0) for i in range(40)]
    blank = Image.new("L", (600, 400), 255)
    assert read_mrz_band(blank, words, "Quittance de loyer", engine, fake).second == ""
    assert fake.calls == 0
    # A card Tesseract read nothing on: the second engine's reading is kept.
    band = read_mrz_band(blank, [], "", engine, fake)
    assert fake.calls == 1 and band.second.splitlines() == list(CARD)


class TurningEngine(FakeEngine):
    """Reads an upside-down band as a line reader does: fillers turned into ``>`` unless lines are turned."""

    def text_lines(self, image: Image.Image, *, upright: bool = True) -> list[TextLine]:
        self.calls += 1
        if upright:
            return [_line(line[::-1].replace("<", ">"), 20 * i) for i, line in enumerate(CARD)]
        return self.lines


def test_an_upside_down_band_is_read_again_with_its_lines_turned() -> None:
    engine = engine_for(OcrSettings.probed(tools.probe_tesseract()).engine_spec())
    turning = TurningEngine([_line(line, 20 * i) for i, line in enumerate(CARD)])
    band = read_mrz_band(Image.new("L", (600, 400), 255), [], "", engine, turning)
    assert turning.calls == 2 and band.second.splitlines() == list(CARD)


# --------------------------------------------------------------------------- repairs by position


def test_a_state_code_one_look_alike_letter_off_a_code_is_that_code() -> None:
    lines = td3("KOWALSKA", ["JOANNA"], "AA0000000", birth="600208", sex="F", expiry="141231")
    lines = [lines[0].replace("UTO", "POL"), lines[1].replace("UTO", "PQL")]
    mrz = parse_mrz(lines, today=date(2026, 1, 1))
    assert mrz is not None and mrz.nationality == "POL" and mrz.issuing_state == "POL"


def test_a_schengen_visa_keeps_its_c() -> None:
    line2 = "F000000005UTO0311063M1401143<M300703"
    mrz = parse_mrz(["VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<", line2], today=date(2026, 1, 1))
    assert mrz is not None and mrz.document_code == "VC"


def test_a_number_read_with_many_letters_for_digits_is_read_as_digits() -> None:
    lines = td3("DOE", ["JANE"], "107182890", birth="850117", sex="F", expiry="160131")
    mrz = parse_mrz([lines[0], "1O718Z89O" + lines[1][9:]], today=date(2026, 1, 1))
    assert mrz is not None and mrz.valid and mrz.document_number == "107182890"


def test_nothing_follows_the_run_of_fillers_that_closes_a_name() -> None:
    mrz = parse_mrz([CARD[0], CARD[1], "NOWAK<<ZOFIA<<<<<<<<<<<<YWHLL"], today=date(2026, 1, 1))
    assert mrz is not None and mrz.given_names == ("ZOFIA",)


# --------------------------------------------------------------------------- the number and the page


def test_a_number_the_repairs_guessed_gives_way_to_the_printed_one() -> None:
    lines = td3("HANDRA", ["ROZALIA"], "BD0002028", birth="780222", sex="F", expiry="220301")
    # Read with one slip (D for 0) that a second, wrong swap makes up for.
    noisy = [lines[0], "B00002028" + lines[1][9:]]
    guessed = parse_mrz(noisy, today=date(2026, 1, 1))
    assert guessed is not None and guessed.document_number != "BD0002028"
    mrz = parse_mrz(noisy, today=date(2026, 1, 1), hint="Passport No. BD0002028\nHANDRA ROZALIA")
    assert mrz is not None and mrz.valid and mrz.document_number == "BD0002028" and mrz.number_printed


def test_a_number_read_as_is_is_never_replaced_but_may_be_left_unconfirmed() -> None:
    lines = td3("MARTIN", ["CLAIRE"], "XK4821937", birth="900412", sex="F", expiry="310101")
    printed = parse_mrz(lines, today=date(2026, 1, 1), hint="No XK4821937")
    assert printed is not None and printed.number_printed is True
    other = parse_mrz(lines, today=date(2026, 1, 1), hint="No XK4B21937")
    assert other is not None and other.document_number == "XK4821937" and other.number_printed is False
    silent = parse_mrz(lines, today=date(2026, 1, 1), hint="MARTIN CLAIRE")
    assert silent is not None and silent.number_printed is None


def test_printed_numbers_need_a_digit() -> None:
    assert printed_numbers("Passport No. XK4821937 REPUBLIQUE") == frozenset({"XK4821937"})
    assert confirm_number is not None


# --------------------------------------------------------------------------- the IBAN


IBAN = "FR7630006000011234567890189"


def _grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def test_a_reread_iban_wins_over_a_misread_one_and_not_the_other_way() -> None:
    misread = "IBAN\n" + _grouped(IBAN).replace("0000", "sere", 1)
    found = find_iban(misread, "IBAN " + _grouped(IBAN))
    assert found is not None and found.iban == IBAN and found.valid
    kept = find_iban("IBAN " + _grouped(IBAN), "IBAN " + _grouped(IBAN).replace("1234", "1284"))
    assert kept is not None and kept.iban == IBAN


def test_a_rib_is_read_again_only_where_its_iban_fails() -> None:
    groups = [
        TextLine(part, 10.0 + 60 * i, 100.0, 60.0 + 60 * i, 120.0)
        for i, part in enumerate(_grouped(IBAN).split())
    ]
    fake = FakeEngine([TextLine("IBAN", 10.0, 60.0, 60.0, 80.0), *groups])
    image = Image.new("L", (10, 10), 255)
    assert reread_iban(image, "RIB\nIBAN " + _grouped(IBAN), fake) == "" and fake.calls == 0
    assert reread_iban(image, "Quittance de loyer", fake) == "" and fake.calls == 0
    text = reread_iban(image, "RIB\nIBAN\nFRI6    3000    sere    0001 1234 5678 9018 9", fake)
    assert fake.calls == 1 and _grouped(IBAN) in text
    # A form that only asks for a RIB (or an IBAN) among the documents to enclose.
    assert reread_iban(image, "Joindre un RIB (IBAN) et une copie du passeport", fake) == ""
    assert fake.calls == 1


def test_boxes_side_by_side_make_one_row() -> None:
    lines = [
        TextLine("1234", 70, 100, 120, 120),
        TextLine("FR76", 10, 101, 60, 121),
        TextLine("Nom", 10, 40, 60, 60),
    ]
    assert as_text(lines) == "Nom\nFR76 1234"


# --------------------------------------------------------------------------- real kinds of capture


def _card() -> Image.Image:
    """An ID card (TD1): a tinted card, printed fields, its three-line MRZ in a card printer's face."""
    card = Image.new("RGB", (1000, 630), (214, 226, 236))
    draw = ImageDraw.Draw(card)
    sans, face = ImageFont.truetype(SANS, 30), ImageFont.truetype(OTHER_FACE, 36)
    for row, text in enumerate(("UTOPIA  IDENTITY CARD", "Surname  NOWAK", "Given names  ZOFIA ANNA")):
        draw.text((40, 30 + 55 * row), text, font=sans, fill=(60, 60, 90))
    for row, line in enumerate(CARD):
        draw.text((32, 440 + 58 * row), line, font=face, fill=(30, 30, 40))
    return card.resize((600, 378), Image.Resampling.LANCZOS)


def _read(tmp_path: Path, image: Image.Image, name: str, *, second_only: bool = False) -> str:
    """The MRZ lines read on the page: the second engine's, else the first reading's."""
    scans = tmp_path / "scans"
    scans.mkdir(exist_ok=True)
    image.save(scans / name, quality=90)
    settings = OcrSettings.probed(tools.probe_tesseract(), band_reader=read_mrz_band)
    page = read_pages(ingest(scans).pages, settings, cache=None, jobs=1)[0]
    sources = (page.mrz_second,) if second_only else (page.mrz_second, page.mrz_cells, page.text)
    source = next((text for text in sources if text), "")
    mrz = parse_text(source, today=date(2026, 1, 1), printed_text=page.text)
    return "\n".join(mrz.lines) if mrz is not None and mrz.valid else ""


@needs_rapidocr
def test_a_td1_card_photographed_on_a_table_and_turned_a_quarter(tmp_path: Path) -> None:
    photo = captures.photo(_card(), np.random.default_rng(16), size=(660, 480))
    turned = photo.transpose(Image.Transpose.ROTATE_90)
    # The first reading fails on this face; the second engine's reading is the one kept.
    assert _read(tmp_path, turned, "card.jpg", second_only=True) == "\n".join(CARD)


@needs_rapidocr
def test_a_passport_photographed_open_and_upside_down(tmp_path: Path) -> None:
    lines = td3("NOWAK", ["ZOFIA", "ANNA"], "EX4821937", birth="880314", sex="F", expiry="310630")
    spread = Image.new("RGB", (1800, 1250), (226, 221, 200))
    draw = ImageDraw.Draw(spread)
    sans, face = ImageFont.truetype(SANS, 32), ImageFont.truetype(OCRB, 34)
    draw.line([(900, 0), (900, 1250)], fill=(150, 140, 120), width=6)  # the booklet's fold
    draw.text((80, 120), "VISAS", font=sans, fill=(90, 60, 60))
    for row, text in enumerate(("PASSPORT  UTOPIA", "Surname  NOWAK", "Given names  ZOFIA ANNA")):
        draw.text((80, 700 + 55 * row), text, font=sans, fill=(40, 40, 70))
    for row, line in enumerate(lines):
        draw.text((40, 1090 + 60 * row), line, font=face, fill=(20, 20, 20))
    photo = captures.photo(spread, np.random.default_rng(7), size=(1600, 1150))
    assert _read(tmp_path, photo.rotate(180), "open.jpg") == "\n".join(lines)


@needs_rapidocr
def test_the_second_engine_uses_the_models_its_wheel_ships() -> None:
    engine = second_engine()
    assert engine is not None
    image = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(image).text((20, 30), CARD[1], font=ImageFont.truetype(OCRB, 40), fill=0)
    read = mrz_lines(engine.text_lines(image))
    assert len(read) == 1 and len(read[0]) == len(CARD[1])


def test_check_digits_of_the_drawn_card() -> None:
    assert CARD[0][14] == str(check_digit(CARD[0][5:14]))


def test_without_rapidocr_there_is_no_second_engine_and_the_cache_key_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from importlib import util

    from dossier.read import rapid

    real = util.find_spec
    monkeypatch.setattr(util, "find_spec", lambda name: None if name == "rapidocr" else real(name))
    assert rapid.version() == ""
    settings = OcrSettings.probed(tools.probe_tesseract(), band_reader=read_mrz_band)
    assert settings.second_engine == ""
    assert "second=|" in settings.cache_tag()

"""The holder of a travel document from its MRZ, cleaned of misread fillers by the printed name."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.extract import extract_document
from dossier.models import Document, Page, PageRef, SourceType
from dossier.mrz.parse import name_support
from tests.test_mrz import td3

TODAY = dt.date(2026, 11, 15)


def passport(text: str) -> Document:
    ref = PageRef(Path("passport.jpg"), "passport.jpg", "0" * 64, SourceType.IMAGE, 0)
    page = Page(ref=ref, text=text, text_source="ocr")
    return Document("passport.jpg", [page], "passport", 0.9, [], None, [], {})


def test_given_names_glued_by_a_misread_filler_are_split_by_the_printed_names() -> None:
    lines = td3("ROSSI", ["MARCO", "GIUSEPPE"], "YA1234567", birth="810214", sex="M", expiry="310101")
    glued = [lines[0].replace("MARCO<GIUSEPPE", "MARCOKGIUSEPPE"), lines[1]]
    printed = "PASSAPORTO / PASSPORT\nCognome / Surname\nROSSI\nNome / Given names\nMARCO GIUSEPPE\n"
    doc = passport(printed + "\n".join(glued))
    extract_document(doc, TODAY)
    assert doc.fields["mrz_valid"] is True
    assert doc.fields["surname"] == "ROSSI"
    assert doc.fields["given_names"] == ["MARCO", "GIUSEPPE"]
    assert doc.fields["mrz"] == glued  # as read
    assert doc.fields["mrz_corrected"] == lines  # as settled


def test_a_glued_name_is_kept_without_printed_evidence() -> None:
    lines = td3("ROSSI", ["MARCOKGIUSEPPE"], "YA1234567", birth="810214", sex="M", expiry="310101")
    doc = passport("PASSPORT\n" + "\n".join(lines))
    extract_document(doc, TODAY)
    assert doc.fields["given_names"] == ["MARCOKGIUSEPPE"]


def test_a_printed_holder_is_kept_when_the_mrz_name_is_noise() -> None:
    lines = td3("ENNUUPUNTSS", ["FELENESSS"], "YA1234567", birth="810214", sex="F", expiry="310101")
    printed = "PASSPORT\nNom / Surname\nNGUYEN-DUPONT\nPrénoms / Given names\nHÉLÈNE\n"
    doc = passport(printed + "\n".join(lines))
    extract_document(doc, TODAY)
    assert doc.holder is not None
    assert "NGUYEN" in doc.holder
    assert doc.fields["surname"] == "ENNUUPUNTSS"  # the MRZ's own fields stay as read


def test_the_mrz_spelling_wins_over_a_misread_printed_name() -> None:
    lines = td3("NGUYEN<DUPONT", ["HELENE"], "YA1234567", birth="810214", sex="F", expiry="310101")
    printed = "PASSPORT\nNom / Surname\nNGUYEN-DUPCNT\nPrénoms / Given names\nHÉLÈNE\n"
    doc = passport(printed + "\n".join(lines))
    extract_document(doc, TODAY)
    assert doc.holder is not None and "DUPCNT" not in doc.holder
    assert sorted(doc.holder.replace("-", " ").replace(",", "").split()) == ["DUPONT", "HÉLÈNE", "NGUYEN"]


def test_a_digit_read_for_a_letter_in_the_printed_name_is_that_letter() -> None:
    """ "DUP0NT": a zero between letters is an O; the name is the page's, accents and all."""
    lines = td3("NGUYEN<DUPONT", ["HELENE"], "YA1234567", birth="810214", sex="F", expiry="310101")
    printed = "PASSPORT\nNom / Surname\nNGUYEN-DUP0NT\nPrénoms / Given names\nHÉLÈNE\n"
    doc = passport(printed + "\n".join(lines))
    extract_document(doc, TODAY)
    assert doc.holder == "NGUYEN-DUPONT HÉLÈNE"


def test_the_printed_name_is_the_holder_where_the_mrz_could_only_transliterate_it() -> None:
    lines = td3("AANGSTROEM", ["BJOERN"], "YA1234567", birth="810214", sex="M", expiry="310101")
    printed = "PASS\nEfternamn / Surname\n|  ÅNGSTRÖM\n|  Björn\n"
    doc = passport(printed + "\n".join(lines))
    extract_document(doc, TODAY)
    assert doc.holder == "ÅNGSTRÖM Björn"


def test_a_lost_separator_is_restored_from_the_printed_surname_and_given_names() -> None:
    lines = td3("DIOP", ["AMINATA"], "A02716483", birth="920128", sex="F", expiry="290114")
    single = [lines[0].replace("DIOP<<AMINATA<", "DIOP<AMINATA<<"), lines[1]]
    printed = "PASSEPORT\nNom / Surname\nDIOP\nPrénoms / Given names\nAminata\n"
    doc = passport(printed + "\n".join(single))
    extract_document(doc, TODAY)
    assert (doc.fields["surname"], doc.fields["given_names"]) == ("DIOP", ["AMINATA"])
    assert doc.fields["mrz_corrected"] == lines


def test_a_lost_separator_is_restored_from_a_printed_name_in_capitals() -> None:
    from dossier.extract.fields import _split_by_printed_name

    assert _split_by_printed_name("MACHADO FERREIRA LUISA HELENA", "LUISA HELENA MACHADO FERREIRA") == (
        "MACHADO FERREIRA",
        ["LUISA", "HELENA"],
    )
    assert _split_by_printed_name("DIOP AMINATA", "DIOP AMINATA") == ("DIOP AMINATA", [])  # order unknown
    assert _split_by_printed_name("DIOP AMINATA", "Marie CURIE") == ("DIOP AMINATA", [])


NAME_WORDS = st.text(alphabet="ABCDEHIKLMNORSU<", min_size=1, max_size=12)


@given(st.lists(NAME_WORDS, min_size=1, max_size=4), st.frozensets(NAME_WORDS, min_size=1, max_size=30))
def test_name_support_is_each_words_best_likeness_however_it_is_searched(
    words: list[str], printed: frozenset[str]
) -> None:
    naive = [max(difflib.SequenceMatcher(None, w, other).ratio() for other in printed) for w in words]
    assert name_support(words, printed) == pytest.approx(sum(naive) / len(naive))


def test_the_surname_s_fillers_read_as_letters_still_end_the_surname() -> None:
    """``SOSA<CABRERASK<SOFIA``: the ``<<`` read as ``SK<``, so the MRZ seems to have no given names."""
    lines = td3("SOSA<CABRERASK<SOFIA", [], "P20646926", birth="810922", sex="F", expiry="270202")
    printed = "PASAPORTE / PASSPORT\nApellidos / Surname\nSOSA CABRERA\nNombres / Given names\nSOFÍA\n"
    doc = passport(printed + "\n".join(lines))
    extract_document(doc, TODAY)
    assert doc.fields["surname"] == "SOSA CABRERA"
    assert doc.fields["given_names"] == ["SOFIA"]

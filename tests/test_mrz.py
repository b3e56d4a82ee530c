"""MRZ: check digits, the ICAO 9303 specimens, the old French ID card, OCR repair, properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dossier.mrz.parse import check_digit, find_mrz, parse_mrz, parse_text

TODAY = dt.date(2025, 6, 1)

# ICAO Doc 9303 specimens (Utopia, Anna Maria Eriksson).
TD3 = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
]
TD1 = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
]
TD2 = [
    "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
    "D231458907UTO7408122F1204159<<<<<<<6",
]
MRVA = [
    "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
]
# Pre-2021 French identity card (2 lines of 36), without and with the administrative code.
FRID = [
    "IDFRABERTHIER<<<<<<<<<<<<<<<<<<<<<<<",
    "9409923102854CORINNE<<<<<<<6512068F4",
]
FRID_CONSULAR = [
    "IDFRATEST<NAME<<<<<<<<<<<<<<<<0CHE02",
    "1710GVA123451ROBERTA<<<<<<<9112311F2",
]


def cd(data: str) -> str:
    return str(check_digit(data))


def td3(surname: str, given_names: list[str], number: str, *, birth: str, sex: str, expiry: str) -> list[str]:
    name = (surname + "<<" + "<".join(given_names)).ljust(39, "<")[:39]
    number = number.ljust(9, "<")
    optional = "<" * 14
    line2 = number + cd(number) + "UTO" + birth + cd(birth) + sex + expiry + cd(expiry) + optional + "0"
    composite = line2[0:10] + line2[13:20] + line2[21:43]
    return ["P<UTO" + name, line2 + cd(composite)]


# --------------------------------------------------------------------------- check digits


@pytest.mark.parametrize(
    ("data", "digit"),
    [("L898902C3", 6), ("740812", 2), ("120415", 9), ("ZE184226B<<<<<", 1), ("D23145890", 7), ("", 0)],
)
def test_check_digit_matches_the_specimens(data: str, digit: int) -> None:
    assert check_digit(data) == digit


@given(st.text(alphabet="0123456789", min_size=1, max_size=20), st.data())
def test_changing_one_digit_changes_the_check_digit(digits: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(min_value=0, max_value=len(digits) - 1))
    other = data.draw(st.sampled_from([d for d in "0123456789" if d != digits[index]]))
    changed = digits[:index] + other + digits[index + 1 :]
    assert check_digit(changed) != check_digit(digits)


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<", max_size=40))
def test_check_digit_is_a_digit_and_fillers_count_zero(data: str) -> None:
    assert 0 <= check_digit(data) <= 9
    assert check_digit(data + "<<<") == check_digit(data)
    assert check_digit(data.replace("<", "0")) == check_digit(data)


@given(st.text(max_size=50))
def test_check_digit_never_raises(data: str) -> None:
    assert 0 <= check_digit(data) <= 9


# --------------------------------------------------------------------------- specimens


def test_td3_specimen() -> None:
    mrz = parse_mrz(TD3, today=TODAY)
    assert mrz is not None
    assert mrz.format == "TD3"
    assert mrz.document_code == "P"
    assert mrz.issuing_state == "UTO"
    assert mrz.surname == "ERIKSSON"
    assert mrz.given_names == ("ANNA", "MARIA")
    assert mrz.nationality == "UTO"
    assert mrz.birth_date == dt.date(1974, 8, 12)
    assert mrz.expiry_date == dt.date(2012, 4, 15)
    assert mrz.sex == "F"
    assert mrz.document_number == "L898902C3"
    assert mrz.optional_data == "ZE184226B"
    assert mrz.valid
    assert not mrz.repaired
    assert mrz.checks == {
        "document_number": True,
        "birth_date": True,
        "expiry_date": True,
        "composite": True,
        "personal_number": True,
    }
    assert mrz.issue_date is None
    assert mrz.lines == tuple(TD3) == mrz.raw_lines


def test_td1_specimen() -> None:
    mrz = parse_mrz(TD1, today=TODAY)
    assert mrz is not None
    assert (mrz.format, mrz.document_code, mrz.document_number) == ("TD1", "I", "D23145890")
    assert (mrz.surname, mrz.given_names) == ("ERIKSSON", ("ANNA", "MARIA"))
    assert mrz.birth_date == dt.date(1974, 8, 12)
    assert mrz.expiry_date == dt.date(2012, 4, 15)
    assert mrz.valid
    assert set(mrz.checks) == {"document_number", "birth_date", "expiry_date", "composite"}


def test_td1_with_a_document_number_longer_than_nine_characters() -> None:
    number = "D23145890734"
    line1 = "I<UTO" + number[:9] + "<" + number[9:] + cd(number)
    line1 = line1.ljust(30, "<")
    line2 = "7408122F1204159UTO<<<<<<<<<<<"
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    mrz = parse_mrz([line1, line2 + cd(composite), TD1[2]], today=TODAY)
    assert mrz is not None
    assert mrz.document_number == number
    assert mrz.valid


def test_td2_specimen() -> None:
    mrz = parse_mrz(TD2, today=TODAY)
    assert mrz is not None
    assert (mrz.format, mrz.document_number, mrz.surname) == ("TD2", "D23145890", "ERIKSSON")
    assert mrz.valid


def test_mrv_a_specimen() -> None:
    mrz = parse_mrz(MRVA, today=TODAY)
    assert mrz is not None
    assert (mrz.format, mrz.document_code, mrz.nationality) == ("MRVA", "V", "XXX")
    assert mrz.document_number == "L8988901C"
    assert mrz.birth_date == dt.date(1940, 9, 7)
    assert mrz.expiry_date == dt.date(2096, 12, 10)
    assert mrz.valid
    assert "composite" not in mrz.checks


def test_mrv_b() -> None:
    line2 = "L8988901C4XXX4009078F9612109<<<<<<<<"
    mrz = parse_mrz(["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", line2], today=TODAY)
    assert mrz is not None
    assert mrz.format == "MRVB"
    assert mrz.valid


def test_old_french_identity_card() -> None:
    mrz = parse_mrz(FRID, today=TODAY)
    assert mrz is not None
    assert mrz.format == "FRID"
    assert (mrz.document_code, mrz.issuing_state, mrz.nationality) == ("ID", "FRA", "FRA")
    assert (mrz.surname, mrz.given_names) == ("BERTHIER", ("CORINNE",))
    assert mrz.document_number == "940992310285"
    assert mrz.birth_date == dt.date(1965, 12, 6)
    assert mrz.issue_date == dt.date(1994, 9, 1)
    assert mrz.expiry_date is None
    assert mrz.sex == "F"
    assert mrz.valid


def test_old_french_identity_card_with_administrative_code_and_letters_in_the_number() -> None:
    mrz = parse_mrz(FRID_CONSULAR, today=TODAY)
    assert mrz is not None
    assert (mrz.surname, mrz.given_names) == ("TEST NAME", ("ROBERTA",))
    assert mrz.document_number == "1710GVA12345"
    assert mrz.issue_date == dt.date(2017, 10, 1)
    assert mrz.valid


def test_old_french_card_given_names() -> None:
    given = "JO<ANN<<LUC"
    line2 = "880692310285" + cd("880692310285") + given.ljust(14, "<") + "650120" + cd("650120") + "M"
    line1 = "IDFRADUPONT".ljust(36, "<")
    mrz = parse_mrz([line1, line2 + cd(line1 + line2)], today=TODAY)
    assert mrz is not None
    assert mrz.given_names == ("JO-ANN", "LUC")
    assert mrz.valid


# --------------------------------------------------------------------------- dates


def test_two_digit_birth_years_are_in_the_past_and_expiry_years_in_this_century() -> None:
    young = td3("DOE", ["JANE"], "X1234567", birth="200101", sex="F", expiry="300101")
    old = td3("DOE", ["JANE"], "X1234567", birth="300101", sex="F", expiry="990101")
    young_mrz = parse_mrz(young, today=TODAY)
    old_mrz = parse_mrz(old, today=TODAY)
    assert young_mrz is not None
    assert old_mrz is not None
    assert young_mrz.birth_date == dt.date(2020, 1, 1)
    assert young_mrz.expiry_date == dt.date(2030, 1, 1)
    assert old_mrz.birth_date == dt.date(1930, 1, 1)
    assert old_mrz.expiry_date == dt.date(2099, 1, 1)


def test_impossible_dates_are_none_and_fail_nothing_else() -> None:
    lines = td3("DOE", ["JANE"], "X1234567", birth="741312", sex="F", expiry="300101")
    mrz = parse_mrz(lines, today=TODAY)
    assert mrz is not None
    assert mrz.birth_date is None
    assert mrz.checks["birth_date"]


# --------------------------------------------------------------------------- OCR repair


def test_digits_read_as_letters_in_numeric_fields_are_repaired() -> None:
    noisy = [TD3[0], "L898902C36UTO74O8I22F12O4I59ZE184226B<<<<<1O"]
    mrz = parse_mrz(noisy, today=TODAY)
    assert mrz is not None
    assert mrz.valid
    assert mrz.repaired
    assert mrz.lines == tuple(TD3)
    assert mrz.raw_lines == tuple(noisy)


def test_letters_read_as_digits_in_names_and_countries_are_repaired() -> None:
    noisy = ["P<UT0ER1KSS0N<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<", "L898902C36UT07408122F1204159ZE184226B<<<<<10"]
    mrz = parse_mrz(noisy, today=TODAY)
    assert mrz is not None
    assert (mrz.issuing_state, mrz.nationality, mrz.surname) == ("UTO", "UTO", "ERIKSSON")
    assert mrz.given_names == ("ANNA", "MARIA")
    assert mrz.valid


def test_ambiguous_characters_in_the_document_number_are_settled_by_the_check_digit() -> None:
    for noisy_number in ("L8989O2C3", "L89B902C3", "LB98902C3", "L898902C3"):
        lines = [TD3[0], noisy_number + TD3[1][9:]]
        mrz = parse_mrz(lines, today=TODAY)
        assert mrz is not None
        assert mrz.document_number == "L898902C3", noisy_number
        assert mrz.valid


def test_two_letters_for_digits_in_the_document_number_are_repaired() -> None:
    mrz = parse_mrz([TD3[0], "L8989OZC3" + TD3[1][9:]], today=TODAY)
    assert mrz is not None
    assert mrz.document_number == "L898902C3"
    assert mrz.valid


def test_the_composite_check_settles_optional_data() -> None:
    line1 = "I<UTOD231458907" + "AB10".ljust(15, "<")
    line2 = "7408122F1204159UTO<<<<<<<<<<<"
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    noisy = [line1.replace("AB10", "AB1O"), line2 + cd(composite), TD1[2]]
    mrz = parse_mrz(noisy, today=TODAY)
    assert mrz is not None
    assert mrz.optional_data == "AB10"
    assert mrz.valid


def test_fillers_read_as_letters_are_repaired() -> None:
    noisy = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<K<<<<<<X<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<K<<10"]
    mrz = parse_mrz(noisy, today=TODAY)
    assert mrz is not None
    assert mrz.lines == tuple(TD3)
    assert mrz.given_names == ("ANNA", "MARIA")
    assert mrz.valid


def test_a_letter_glued_to_a_name_is_a_filler_only_with_evidence() -> None:
    lines = td3("SMITH", ["JOHN"], "X1234567", birth="740812", sex="M", expiry="300101")
    glued = [lines[0].replace("JOHN<", "JOHNK"), lines[1]]
    alone = parse_mrz(glued, today=TODAY)
    assert alone is not None
    assert alone.given_names == ("JOHNK",)
    printed = parse_mrz(glued, today=TODAY, hint="Surname SMITH Given names JOHN")
    assert printed is not None
    assert printed.given_names == ("JOHN",)
    noisy_run = [glued[0].replace("JOHNK<<<", "JOHNK<K<"), lines[1]]
    evidence = parse_mrz(noisy_run, today=TODAY)
    assert evidence is not None
    assert evidence.given_names == ("JOHN",)


def test_names_ending_in_k_x_c_or_l_are_kept() -> None:
    for name in ("ERIK", "FELIX", "MARC", "MICHEL"):
        lines = td3("DOE", [name], "X1234567", birth="740812", sex="M", expiry="300101")
        mrz = parse_mrz(lines, today=TODAY, hint=f"DOE {name}")
        assert mrz is not None
        assert mrz.given_names == (name,)


def test_parse_text_finds_and_repairs_a_noisy_mrz() -> None:
    text = """REPUBLIC OF UTOPIA   PASSPORT
Surname / Nom: ERIKSSON
Given names / Prénoms: ANNA MARIA
Date of birth: 12 AUG 1974

p<UTOERIKSSON« ANNA<MARIA<<<<<<<<<<<<<<<<<<
L898902C36UT07408122F1204159ZE184226B<<<<<<10
"""
    mrz = parse_text(text, today=TODAY)
    assert mrz is not None
    assert mrz.valid
    assert mrz.surname == "ERIKSSON"
    assert mrz.given_names == ("ANNA", "MARIA")
    assert mrz.lines == tuple(TD3)


def test_parse_text_uses_the_printed_name_as_evidence() -> None:
    lines = td3("SMITH", ["JOHN"], "X1234567", birth="740812", sex="M", expiry="300101")
    text = "Nom: SMITH\nPrénom: JOHN\n" + lines[0].replace("JOHN<", "JOHNK") + "\n" + lines[1]
    mrz = parse_text(text, today=TODAY)
    assert mrz is not None
    assert mrz.given_names == ("JOHN",)


def test_find_mrz_tolerates_spaces_case_and_wrong_lengths() -> None:
    text = (
        "header\n i<uto d23145890 7<<<<<<<<<<<<<<\n"
        "7408122F1204159UTO<<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<\nfooter"
    )
    lines = find_mrz(text)
    assert lines == TD1
    mrz = parse_text(text, today=TODAY)
    assert mrz is not None
    assert mrz.valid
    assert mrz.format == "TD1"


def test_find_mrz_returns_none_without_an_mrz() -> None:
    assert find_mrz("Quittance de loyer\nMois de mars 2025\nMontant: 650,00 EUR") is None
    assert parse_text("Quittance de loyer\nMois de mars 2025", today=TODAY) is None


def test_parse_mrz_fits_lines_a_few_characters_off() -> None:
    mrz = parse_mrz([TD3[0] + "<<", TD3[1].replace("<<<<<", "<<<<")], today=TODAY)
    assert mrz is not None
    assert mrz.lines == tuple(TD3)
    assert mrz.valid


def test_parse_mrz_rejects_shapes_that_are_no_mrz() -> None:
    assert parse_mrz([], today=TODAY) is None
    assert parse_mrz(["ABC"], today=TODAY) is None
    assert parse_mrz(["A" * 30, "B" * 36], today=TODAY) is None


def test_an_mrz_that_cannot_be_repaired_is_reported_invalid() -> None:
    broken = [TD3[0], TD3[1].replace("7408122", "7408132")]
    mrz = parse_mrz(broken, today=TODAY)
    assert mrz is not None
    assert not mrz.valid
    assert not mrz.checks["birth_date"]
    assert mrz.surname == "ERIKSSON"


# --------------------------------------------------------------------------- properties

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Names are never made of look-alikes of the filler only, nor hold a letter three times running.
_name_word = st.text(alphabet=_LETTERS, min_size=2, max_size=9).filter(
    lambda w: bool(set(w) - set("KXCL")) and re.search(r"(.)\1\1", w) is None
)


@settings(max_examples=150, deadline=None)
@given(
    surname=_name_word,
    given_names=st.lists(_name_word, min_size=1, max_size=2),
    number=st.text(alphabet=_LETTERS + "0123456789", min_size=1, max_size=9),
    birth=st.dates(min_value=dt.date(1925, 6, 2), max_value=TODAY),
    expiry=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    sex=st.sampled_from("MF"),
)
def test_valid_td3_round_trips(
    *, surname: str, given_names: list[str], number: str, birth: dt.date, expiry: dt.date, sex: str
) -> None:
    assume(len(surname) + 2 + sum(len(g) + 1 for g in given_names) <= 39)
    lines = td3(
        surname,
        given_names,
        number,
        birth=birth.strftime("%y%m%d"),
        sex=sex,
        expiry=expiry.strftime("%y%m%d"),
    )
    mrz = parse_mrz(lines, today=TODAY)
    assert mrz is not None
    assert mrz.valid
    assert not mrz.repaired
    assert (mrz.surname, mrz.given_names) == (surname, tuple(given_names))
    assert (mrz.birth_date, mrz.expiry_date, mrz.sex) == (birth, expiry, sex)
    assert mrz.document_number == number
    noisy = [lines[0], lines[1][:13] + lines[1][13:28].replace("0", "O").replace("1", "I") + lines[1][28:]]
    repaired = parse_mrz(noisy, today=TODAY)
    assert repaired is not None
    assert repaired.valid
    assert repaired.lines == tuple(lines)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_random_text_never_raises(text: str) -> None:
    find_mrz(text)
    parse_text(text, today=TODAY)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<«K ", max_size=50), max_size=4))
def test_random_lines_never_raise(lines: list[str]) -> None:
    mrz = parse_mrz(lines, today=TODAY)
    if mrz is not None:
        assert mrz.valid == all(mrz.checks.values())


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([TD3, TD1, TD2, MRVA, FRID]), st.data())
def test_mrz_like_text_with_noise_never_raises(lines: list[str], data: st.DataObject) -> None:
    noisy = [
        data.draw(st.text(alphabet=line + "KO0I1« ", min_size=len(line) - 3, max_size=len(line) + 3))
        for line in lines
    ]
    parse_text("\n".join(noisy), today=TODAY)


def test_a_long_run_of_misread_fillers_closing_a_field_is_fillers() -> None:
    lines = td3("NGUYEN<DUPONT", ["HELENE"], "HK295471", birth="870709", sex="F", expiry="330401")
    noisy = [lines[0][:-12] + "<KKK<KKKKKCS", lines[1][:28] + "<<<KKKKL<<<<" + lines[1][40:]]
    mrz = parse_mrz(noisy, today=TODAY)
    assert mrz is not None and mrz.valid
    assert list(mrz.lines) == lines
    assert mrz.given_names == ("HELENE",)


def test_a_printed_name_made_of_look_alike_letters_is_kept() -> None:
    lines = td3("LEE", ["ELLE", "REX"], "X1234567", birth="740812", sex="F", expiry="300101")
    mrz = parse_mrz(lines, today=TODAY, hint="LEE ELLE REX")
    assert mrz is not None
    assert mrz.given_names == ("ELLE", "REX")


def test_separator_code_and_stray_letters_repaired_with_printed_evidence() -> None:
    lines = td3("JOHNSON", ["EMILY", "ROSE"], "548213907", birth="030921", sex="F", expiry="310614")
    noisy = ["PK" + lines[0][2:].replace("JOHNSON<<", "JOHNSONX<")[:-1] + "J", lines[1]]
    mrz = parse_mrz(noisy, today=TODAY, hint="Surname JOHNSON Given names EMILY ROSE")
    assert mrz is not None and mrz.valid
    assert list(mrz.lines) == lines
    assert (mrz.surname, mrz.given_names) == ("JOHNSON", ("EMILY", "ROSE"))
    alone = parse_mrz(noisy, today=TODAY)  # no printed evidence: the separator stays unknown
    assert alone is not None and alone.surname != "JOHNSON"


def test_noise_in_an_empty_personal_number_and_a_final_digit_one_column_early() -> None:
    lines = td3("MACHADO<FERREIRA", ["LUISA", "HELENA"], "FZ482913", birth="940317", sex="F", expiry="320509")
    noisy = [lines[0], lines[1][:28] + "KKKKKKKKKKKK<<" + lines[1][42:]]
    mrz = parse_mrz(noisy, today=TODAY)
    assert mrz is not None and mrz.valid and list(mrz.lines) == lines
    early = [lines[0], lines[1][:42] + lines[1][43] + "<"]
    moved = parse_mrz(early, today=TODAY)
    assert moved is not None and moved.valid
    assert moved.lines[1][-1] == lines[1][-1]

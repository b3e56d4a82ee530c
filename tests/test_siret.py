"""SIRET and SIREN: Luhn, the grouped forms, La Poste's exception, OCR after a label."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extract.siret import find_sirens, find_sirets, luhn_valid, siren_valid, siret_valid


def with_luhn_digit(digits: str) -> str:
    return next(digits + d for d in "0123456789" if luhn_valid(digits + d))


def test_luhn() -> None:
    assert luhn_valid("732829320")
    assert luhn_valid("73282932000074")
    assert not luhn_valid("73282932000075")
    assert not luhn_valid("")
    assert not luhn_valid("12a4")
    assert not luhn_valid("١٢٣")  # non-ASCII digits


def test_find_sirets_in_every_written_form() -> None:
    text = "SIRET : 732 829 320 00074\nautre 73282932000074\nSiret 732.829.320.00074"
    assert find_sirets(text) == ["73282932000074"]


def test_invalid_sirets_are_ignored() -> None:
    assert find_sirets("SIRET 732 829 320 00075") == []
    assert find_sirets("00000000000000") == []


def test_la_poste_establishments_follow_their_own_rule() -> None:
    assert siret_valid("35600000000048")
    la_poste = "35600000049837"  # digit sum 45: a multiple of 5, yet it fails Luhn
    assert sum(map(int, la_poste)) % 5 == 0
    assert not luhn_valid(la_poste)
    assert siret_valid(la_poste)
    assert find_sirets(f"La Poste, SIRET {la_poste[:3]} {la_poste[3:6]} {la_poste[6:9]} {la_poste[9:]}") == [
        la_poste
    ]
    assert not siret_valid("35600000049838")


def test_numbers_inside_longer_digit_runs_are_not_sirets() -> None:
    assert find_sirets("FR7630006000011234567890189") == []
    assert find_sirets("1273282932000074") == []


def test_ocr_confusions_after_a_siret_label_are_read() -> None:
    assert find_sirets("N° SIRET : 732 829 32O OOO74") == ["73282932000074"]
    assert find_sirets("SIRET n° 732829320OOO74") == ["73282932000074"]


def test_find_sirens() -> None:
    assert find_sirens("SIREN 732 829 320 RCS Paris") == ["732829320"]
    assert find_sirens("SIRET 732 829 320 00074") == []
    assert find_sirens("732 829 321") == []
    assert siren_valid("732829320")
    assert not siren_valid("000000000")


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_a_computed_check_digit_makes_a_valid_siret(digits: str) -> None:
    siret = with_luhn_digit(digits)
    if set(siret) != {"0"}:
        assert siret_valid(siret)
        assert find_sirets(f"SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}") == [siret]


@given(st.text(alphabet="0123456789", min_size=13, max_size=13), st.data())
def test_one_changed_digit_fails_luhn(digits: str, data: st.DataObject) -> None:
    siret = with_luhn_digit(digits)
    index = data.draw(st.integers(min_value=0, max_value=13))
    other = data.draw(st.sampled_from([d for d in "0123456789" if d != siret[index]]))
    assert not luhn_valid(siret[:index] + other + siret[index + 1 :])


@settings(max_examples=200)
@given(st.text(max_size=300))
def test_random_text_never_raises(text: str) -> None:
    for siret in find_sirets(text):
        assert siret_valid(siret)
    for siren in find_sirens(text):
        assert siren_valid(siren)

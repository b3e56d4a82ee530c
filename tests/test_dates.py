"""Dates and periods, French and English, with OCR noise."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extract.dates import (
    BIRTH_LABELS,
    EXPIRY_LABELS,
    ISSUE_LABELS,
    Period,
    find_dates,
    find_labeled_date,
    find_period,
    month_key,
    month_number,
    months_between,
    parse_date,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/09/2026", D(2026, 9, 15)),
        ("15.09.2026", D(2026, 9, 15)),
        ("15-09-2026", D(2026, 9, 15)),
        ("2026-09-15", D(2026, 9, 15)),
        ("15/09/26", D(2026, 9, 15)),
        ("5/9/2026", D(2026, 9, 5)),
        ("15 09 2026", D(2026, 9, 15)),
        ("1er septembre 2026", D(2026, 9, 1)),
        ("1 er septembre 2026", D(2026, 9, 1)),
        ("ler septembre 2026", D(2026, 9, 1)),
        ("15 sept. 2026", D(2026, 9, 15)),
        ("15 Sept 2026", D(2026, 9, 15)),
        ("September 15, 2026", D(2026, 9, 15)),
        ("Sept 15th 2026", D(2026, 9, 15)),
        ("15 September 2026", D(2026, 9, 15)),
        ("the 15th of September 2026", D(2026, 9, 15)),
        ("15 SEP 2026", D(2026, 9, 15)),
        ("15-SEP-2026", D(2026, 9, 15)),
        ("15SEP2026", D(2026, 9, 15)),
        ("15 JUIN/JUN 2026", D(2026, 6, 15)),
        ("l5/O9/2026", D(2026, 9, 15)),
        ("3O/O9/2O26", D(2026, 9, 30)),
        ("3 février 2026", D(2026, 2, 3)),
        ("3 fevrier 2026", D(2026, 2, 3)),
        ("3 fÃ©vrier 2026", D(2026, 2, 3)),
        ("3 févr. 2026", D(2026, 2, 3)),
        ("15 août 2026", D(2026, 8, 15)),
        ("15 aout 2026", D(2026, 8, 15)),
        ("15 aoÃ»t 2026", D(2026, 8, 15)),
        ("24 décembre 2026", D(2026, 12, 24)),
        ("24 decembre 2026", D(2026, 12, 24)),
        ("24 DÉCEMBRE 2026", D(2026, 12, 24)),
        ("2 janv. 2027", D(2027, 1, 2)),
        ("14 juil 2026", D(2026, 7, 14)),
        ("12 de marzo de 1990", D(1990, 3, 12)),
        ("Fait à Paris, le 30 septembre 2026.", D(2026, 9, 30)),
        ("09/15/2026", D(2026, 9, 15)),
    ],
)
def test_parse_date(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "31/02/2026", "32/01/2026", "15/13/2026", "Il septembre 2026", "septembre 2026", "tel 01 23 45"],
)
def test_parse_date_none(text: str) -> None:
    assert parse_date(text) is None


def test_two_digit_year_pivot() -> None:
    assert parse_date("15/09/45", pivot_year=2036) == D(1945, 9, 15)
    assert parse_date("15/09/36", pivot_year=2036) == D(2036, 9, 15)
    assert parse_date("15/09/45", pivot_year=2050) == D(2045, 9, 15)


def test_find_dates_offsets() -> None:
    text = "Fait le 15/09/2026, né le 3 mars 1990"
    assert find_dates(text) == [(D(2026, 9, 15), 8), (D(1990, 3, 3), 26)]


def test_month_number() -> None:
    assert month_number("Février") == 2
    assert month_number("fevr.") == 2
    assert month_number("AOÛT") == 8
    assert month_number("sept") == 9
    assert month_number("jui") is None
    assert month_number("maison") is None


PASSPORT = """RÉPUBLIQUE FRANÇAISE  PASSEPORT
Date de naissance / Date of birth
12 03 1990
Date de délivrance / Date of issue    Date d’expiration / Date of expiry
01 02 2020                              31 01 2030
"""


def test_labelled_dates_in_columns() -> None:
    assert find_labeled_date(PASSPORT, EXPIRY_LABELS) == D(2030, 1, 31)
    assert find_labeled_date(PASSPORT, ISSUE_LABELS) == D(2020, 2, 1)
    assert find_labeled_date(PASSPORT, BIRTH_LABELS) == D(1990, 3, 12)


SIGNED = D(2026, 9, 30)


@pytest.mark.parametrize(
    ("text", "labels", "expected"),
    [
        ("Titre de séjour valable jusqu'au 14.02.2027", EXPIRY_LABELS, D(2027, 2, 14)),
        ("VALID UNTIL: 14 FEB 2027", EXPIRY_LABELS, D(2027, 2, 14)),
        ("Date d'expiration :\n14/02/2027", EXPIRY_LABELS, D(2027, 2, 14)),
        ("Valable du 01/01/2026 au 31/12/2026", EXPIRY_LABELS, D(2026, 12, 31)),
        ("Je soussigné M. DUBOIS, né le 03/04/1960, ... Fait à Paris, le 30/09/2026", ISSUE_LABELS, SIGNED),
        ("Je soussigné M. DUBOIS, né le 03/04/1960", ISSUE_LABELS, None),
        ("Date de facture : 16/10/2026", ISSUE_LABELS, D(2026, 10, 16)),
        ("Délivré le l5/O9/2026 par la préfecture", ISSUE_LABELS, D(2026, 9, 15)),
        ("Né(e) le : 12 mars 1990 à Hanoi", BIRTH_LABELS, D(1990, 3, 12)),
        ("Date of birth\n12 MAR 1990", BIRTH_LABELS, D(1990, 3, 12)),
        ("Expiry", EXPIRY_LABELS, None),
        ("Date d'expiration\n\n14/02/2027", EXPIRY_LABELS, D(2027, 2, 14)),
        ("Date d'expiration\n\n\n\n\n\n14/02/2027", EXPIRY_LABELS, None),
    ],
)
def test_find_labeled_date(text: str, labels: tuple[str, ...], expected: dt.date | None) -> None:
    assert find_labeled_date(text, labels) == expected


def test_labels_in_priority_order() -> None:
    text = "Le 01/01/2026 ... Date de délivrance : 02/02/2020"
    assert find_labeled_date(text, ISSUE_LABELS) == D(2020, 2, 2)


# --- periods --------------------------------------------------------------------------------------

SEPT = ["2026-09"]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("du 1er septembre 2026 au 30 septembre 2026", SEPT),
        ("Période du 01/10/2026 au 31/10/2026", ["2026-10"]),
        ("Période : 09/2026", SEPT),
        ("pour le mois de septembre 2026", SEPT),
        ("mois de : Septembre 2026", SEPT),
        ("Loyer de septembre 2026", SEPT),
        ("01/09/2026 - 30/09/2026", SEPT),
        ("from 1 September 2026 to 30 September 2026", SEPT),
        ("période de consommation du 15/08/2026 au 14/10/2026", ["2026-08", "2026-09"]),
        ("QUITTANCE DE LOYER\nSeptembre 2026\nFait à Paris le 30/09/2026", SEPT),
        ("pour la période du 1er au 30 septembre 2026", SEPT),
        ("du ler au 3O septembre 2026", SEPT),
        ("Période : du 15/08 au 14/10/2026", ["2026-08", "2026-09"]),
        ("Consommation de juillet à septembre 2026", ["2026-07", "2026-08", "2026-09"]),
        ("Mois de : Fevrier 2026", ["2026-02"]),
        ("Mois de : février 2026", ["2026-02"]),
        ("Loyer d'août 2026", ["2026-08"]),
        ("Loyer d'aout 2026", ["2026-08"]),
        ("QUITTANCE - DÉCEMBRE 2026", ["2026-12"]),
        ("Période du 28/08/2026 au 27/09/2026", SEPT),
        ("du 15 décembre 2026 au 14 janvier 2027", ["2026-12"]),
        ("Payslip for the month of September 2026", SEPT),
    ],
)
def test_find_period(text: str, months: list[str]) -> None:
    period = find_period(text)
    assert period is not None
    assert period.months() == months


def test_labelled_period_beats_bare_month() -> None:
    text = "Août 2026\nQuittance de loyer\nPériode du 01/09/2026 au 30/09/2026"
    assert find_period(text) == Period(D(2026, 9, 1), D(2026, 9, 30))


def test_birth_and_signature_dates_are_not_periods() -> None:
    text = "Née le 01/02/1990 - 03/04/1990\nFait le 30 septembre 2026\nLoyer de septembre 2026"
    assert find_period(text) == Period(D(2026, 9, 1), D(2026, 9, 30))
    assert find_period("Fait à Paris le 30 septembre 2026") is None
    assert find_period("Date d'entrée : septembre 2020") is None


def test_no_period() -> None:
    assert find_period("") is None
    assert find_period("Bonjour, voici mon attestation.") is None


# --- months ---------------------------------------------------------------------------------------


def test_month_key_and_months_between() -> None:
    assert month_key(D(2026, 9, 15)) == "2026-09"
    assert months_between(D(2026, 11, 20), D(2027, 2, 1)) == ["2026-11", "2026-12", "2027-01", "2027-02"]
    assert months_between(D(2026, 9, 1), D(2026, 8, 1)) == []


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (D(2026, 9, 1), D(2026, 9, 30), ["2026-09"]),
        (D(2026, 9, 10), D(2026, 9, 12), ["2026-09"]),
        (D(2026, 8, 28), D(2026, 9, 27), ["2026-09"]),
        (D(2026, 8, 15), D(2026, 10, 14), ["2026-08", "2026-09"]),
        (D(2026, 8, 17), D(2026, 10, 14), ["2026-08", "2026-09"]),
        (D(2026, 8, 18), D(2026, 10, 14), ["2026-09"]),
        (D(2026, 8, 18), D(2026, 10, 15), ["2026-09", "2026-10"]),
        (D(2026, 2, 15), D(2026, 3, 5), ["2026-02"]),
        (D(2026, 8, 25), D(2026, 9, 3), ["2026-08"]),
        (D(2026, 8, 28), D(2026, 9, 3), ["2026-08"]),
        (D(2026, 8, 29), D(2026, 9, 3), ["2026-09"]),
        (D(2026, 9, 2), D(2026, 9, 1), []),
    ],
)
def test_period_months(start: dt.date, end: dt.date, months: list[str]) -> None:
    assert Period(start, end).months() == months


# --- properties -----------------------------------------------------------------------------------

FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre")
FR_MONTHS += ("novembre", "décembre")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September")
EN_MONTHS += ("October", "November", "December")

dates = st.dates(min_value=D(1950, 1, 1), max_value=D(2049, 12, 31))


def _french(day: dt.date) -> str:
    ordinal = "1er" if day.day == 1 else str(day.day)
    return f"{ordinal} {FR_MONTHS[day.month - 1]} {day.year}"


FORMATS = [
    lambda d: d.strftime("%d/%m/%Y"),
    lambda d: d.strftime("%d.%m.%Y"),
    lambda d: d.strftime("%d-%m-%Y"),
    lambda d: d.isoformat(),
    lambda d: d.strftime("%d/%m/%y"),
    _french,
    lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day:02d} {EN_MONTHS[d.month - 1][:3].upper()} {d.year}",
    lambda d: f"le {d.day} {FR_MONTHS[d.month - 1].upper()} {d.year}.",
]


@given(dates, st.sampled_from(range(len(FORMATS))))
def test_round_trip(day: dt.date, which: int) -> None:
    text = FORMATS[which](day)
    assert parse_date(text, pivot_year=2049) == day


@given(dates, dates)
def test_months_sorted_unique_consecutive(a: dt.date, b: dt.date) -> None:
    start, end = min(a, b), max(a, b)
    months = Period(start, end).months()
    assert months
    assert months == sorted(set(months))
    everything = months_between(start, end)
    assert set(months) <= set(everything)
    first = everything.index(months[0])
    assert everything[first : first + len(months)] == months


@given(st.dates(min_value=D(2000, 1, 1), max_value=D(2040, 12, 31)))
def test_range_period_round_trip(day: dt.date) -> None:
    end = day + dt.timedelta(days=29)
    text = f"Période du {day:%d/%m/%Y} au {end:%d/%m/%Y}"
    assert find_period(text) == Period(day, end)


NOISE = "0123456789/.-lOIe r:\n dusaeptmbrjnviôûéÃ©Période"
NOISY = st.text(alphabet=st.sampled_from(list(NOISE)), max_size=80)


@given(st.one_of(st.text(), NOISY))
@settings(deadline=None)
def test_never_raises(text: str) -> None:
    parse_date(text)
    find_dates(text)
    find_period(text)
    find_labeled_date(text, EXPIRY_LABELS)
    find_labeled_date(text, ISSUE_LABELS)
    period = find_period(text)
    if period is not None:
        period.months()


@pytest.mark.parametrize(
    ("word", "month"), [("JUILJUL", 7), ("MARSMAR", 3), ("FEVRFEB", 2), ("AOUTAUG", 8), ("MARSMAI", None)]
)
def test_a_bilingual_month_whose_slash_ocr_lost_is_still_that_month(word: str, month: int | None) -> None:
    assert month_number(word) == month
    if month is not None:
        assert find_labeled_date(f"Date of expiry\n01 {word} 2025", EXPIRY_LABELS) == dt.date(2025, month, 1)

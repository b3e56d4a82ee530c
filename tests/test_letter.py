"""The cover letter's and the bordereau's French words and layout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pymupdf
import pytest

from dossier.models import Applicant, Document, Dossier, Options, Overrides, Page, PageRef, SourceType
from dossier.packet import letter

DATE = dt.date(2026, 11, 15)


def doc(kind: str, months: list[str] | None = None, **fields: object) -> Document:
    ref = PageRef(path=Path("x.png"), rel=f"{kind}.png", sha256="0", type=SourceType.IMAGE, index=0)
    page = Page(ref, "", "ocr")
    return Document(
        file=ref.rel, pages=[page], kind=kind, confidence=1.0, months=months or [], fields=dict(fields)
    )


def dossier(
    documents: list[Document],
    profile: str = "inactive",
    *,
    address: str | None = "12 rue de la République\n69002 Lyon",
    cpam: str | None = None,
    applicant: Applicant | None = None,
) -> Dossier:
    who = applicant or Applicant("NGUYEN-DUPONT", ("Hélène", "Marie"), "passport")
    return Dossier(DATE, profile, "option", who, documents, [], Overrides(address=address, cpam=cpam))


def compose(d: Dossier, cpam: str | None = None, labels: list[str] | None = None) -> letter.Letter:
    return letter.compose_letter(
        d, Options(scans_dir=Path("."), out_dir=Path("."), cpam=cpam), labels or ["Passeport"]
    )


def body(composed: letter.Letter) -> str:
    return " ".join(composed.paragraphs)


# --- French words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2026, 11, 15), "15 novembre 2026"),
        (dt.date(2027, 5, 1), "1er mai 2027"),
        (dt.date(2026, 8, 9), "9 août 2026"),
    ],
)
def test_french_date(day: dt.date, text: str) -> None:
    assert letter.french_date(day) == text


@pytest.mark.parametrize(
    ("months", "long", "short"),
    [
        (["2026-09"], "septembre 2026", "sept. 2026"),
        (["2026-09", "2026-10", "2026-11"], "septembre – novembre 2026", "sept. – nov. 2026"),
        (["2025-12", "2026-01"], "décembre 2025 – janvier 2026", "déc. 2025 – janv. 2026"),
        (["2026-08", "2026-10"], "août 2026, octobre 2026", "août 2026, oct. 2026"),
        ([], "", ""),
    ],
)
def test_months_text(months: list[str], long: str, short: str) -> None:
    assert letter.months_text(months) == long
    assert letter.months_text(months, short=True) == short


def test_piece_labels_and_details() -> None:
    passport = doc("passport", nationality="BRA", expiry_date="2031-03-12")
    assert letter.piece_label(passport, None) == "Passeport"
    assert letter.piece_details(passport) == "BRA, valable jusqu'au 12/03/2031"
    birth = doc("birth_certificate")
    translation = doc("translation", original="birth_certificate.png#1")
    assert letter.piece_label(translation, birth) == "Traduction assermentée de l'acte de naissance"
    assert letter.piece_details(translation, 4) == "traduction de la pièce n° 4"
    assert letter.piece_label(translation, None) == "Traduction assermentée"
    receipt = doc("rent_receipt", ["2026-09"])
    assert letter.piece_details(receipt) == "septembre 2026"
    assert letter.piece_short(receipt, "Quittance de loyer") == "Quittance de loyer (sept. 2026)"
    assert (
        letter.piece_details(doc("self_employment_proof", siret="12345678901234")) == "SIRET 12345678901234"
    )
    assert letter.piece_details(doc("rib", iban="FR7630006000011234567890189")) == ""


# --- the letter's words ------------------------------------------------------------------------


def test_place_date_sender_recipient() -> None:
    composed = compose(dossier([]), cpam="CPAM du Rhône\n69907 Lyon Cedex 20")
    assert composed.place_date == "À Lyon, le 15 novembre 2026"
    assert composed.sender == ["Hélène Marie NGUYEN-DUPONT", "12 rue de la République", "69002 Lyon"]
    assert composed.recipient == ["CPAM du Rhône", "69907 Lyon Cedex 20"]


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("3 place Bellecour, 69002 LYON CEDEX 02", "LYON"),
        ("Chez M. Martin\n5 rue X\n75011 Paris\nFrance", "Paris"),
        ("5 rue X", "______________"),
        (None, "______________"),
    ],
)
def test_city_from_address(address: str | None, city: str) -> None:
    assert compose(dossier([], address=address)).place_date == f"À {city}, le 15 novembre 2026"


def test_unknown_cpam_and_person_leave_blanks() -> None:
    d = Dossier(DATE, "inactive", "option", None, [], [], Overrides())
    composed = compose(d)
    assert composed.recipient[0] == "CPAM de ______________________"
    assert composed.sender[0].startswith("____")
    assert len(composed.sender) == 3  # the name and two lines to write the address on


def test_cpam_from_overrides_or_option() -> None:
    assert compose(dossier([], cpam="de Paris")).recipient == ["CPAM de Paris"]
    assert compose(dossier([], cpam="de Paris"), cpam="CPAM de l'Isère").recipient == ["CPAM de l'Isère"]


def test_inactive_says_since_earliest_month() -> None:
    docs = [doc("rent_receipt", ["2026-10"]), doc("utility_bill", ["2026-08"]), doc("payslip", ["2026-01"])]
    text = body(compose(dossier(docs, "inactive")))
    assert "depuis août 2026, soit depuis plus de trois mois" in text
    assert "Je n'exerce pas d'activité professionnelle" in text


def test_duplicates_do_not_count() -> None:
    docs = [doc("rent_receipt", ["2026-10"]), doc("rent_receipt", ["2025-01"], duplicate_of="a.png")]
    assert "depuis octobre 2026" in body(compose(dossier(docs, "employee")))


@pytest.mark.parametrize(
    ("employer", "expected"),
    [
        ("Carrefour", "salarié(e) de Carrefour"),
        ("Airbus", "salarié(e) d'Airbus"),
        (None, "activité salariée"),
    ],
)
def test_employee(employer: str | None, expected: str) -> None:
    payslip = doc("payslip", ["2026-10"], **({"employer": employer} if employer else {}))
    assert expected in body(compose(dossier([payslip], "employee")))


def test_student_institution_or_not() -> None:
    certificate = doc("student_certificate", institution="Université Lumière Lyon 2")
    assert "(établissement : Université Lumière Lyon 2)" in body(compose(dossier([certificate], "student")))
    text = body(compose(dossier([doc("student_certificate")], "student")))
    assert "{" not in text
    assert "établissement d'enseignement supérieur" in text


@pytest.mark.parametrize(
    "profile", ["employee", "self-employed", "student", "inactive", "pensioner", "family", "custom"]
)
def test_every_profile_has_a_body(profile: str) -> None:
    composed = compose(dossier([], profile))
    text = body(composed)
    assert text.startswith("Je vous prie de bien vouloir trouver ci-joint")
    assert "{" not in text
    assert "Je réside en France" in text or "rejoindre mon conjoint" in text


def test_enclosures_grouped_and_counted() -> None:
    labels = ["Passeport", "Quittance de loyer", "Quittance de loyer", "Relevé d'identité bancaire (RIB)"]
    composed = compose(dossier([]), labels=labels)
    assert composed.enclosures == (
        "bordereau et 4 pièces : passeport ; quittance de loyer (2) ; relevé d'identité bancaire (RIB)."
    )


# --- layout ------------------------------------------------------------------------------------


def page_words(page: pymupdf.Page) -> str:
    return " ".join(w[4] for w in page.get_text("words"))


def test_letter_fits_one_page_even_when_long() -> None:
    labels = [f"Document numéro {i} avec un libellé assez long" for i in range(40)]
    address = "\n".join(
        ["Chez Mme Dupont", "Bâtiment B, escalier 4", "12 rue de la République", "69002 Lyon"]
    )
    composed = compose(
        dossier([], "family", address=address), cpam="CPAM du Rhône\n69907 Lyon Cedex 20", labels=labels
    )
    out = pymupdf.open()
    page = out.new_page(width=595, height=842)
    letter.draw_letter(page, composed)
    blocks = page.get_text("blocks")
    assert max(b[3] for b in blocks) <= letter.BOTTOM
    assert min(b[0] for b in blocks) >= letter.LEFT - 1
    assert max(b[2] for b in blocks) <= letter.RIGHT + 1
    text = page.get_text()
    for needed in (
        "Lettre recommandée avec accusé de réception n°",
        "formulaire S1106, cerfa n° 15763*02",
        "Madame, Monsieur,",
        "salutations distinguées.",
        "Signature :",
        "À Lyon, le 15 novembre 2026",
    ):
        assert needed in text.replace("\n", " ")


def test_wrap_respects_width() -> None:
    regular, _ = letter.faces()
    text = (
        "Demande d'ouverture des droits " * 20 + "Anticonstitutionnellementxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    )
    lines = letter.wrap(text, regular, 10, 120)
    assert all(regular.width(line, 10) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_bordereau_pages() -> None:
    rows = [letter.Row(i, "Quittance de loyer", "septembre 2026", f"{i + 2}") for i in range(1, 80)]
    chunks = letter.paginate_bordereau(rows)
    assert len(chunks) > 1
    assert [r for chunk in chunks for r in chunk] == rows
    assert letter.paginate_bordereau([]) == [[]]
    out = pymupdf.open()
    for part, chunk in enumerate(chunks):
        page = out.new_page(width=595, height=842)
        totals = "79 pièces" if part == len(chunks) - 1 else ""
        letter.draw_bordereau(page, chunk, subtitle="Demande", totals=totals, part=part)
        assert max(b[3] for b in page.get_text("blocks")) <= letter.BOTTOM
    assert "Bordereau des pièces jointes (suite)" in out[1].get_text()
    assert "79 pièces" in out[len(chunks) - 1].get_text()

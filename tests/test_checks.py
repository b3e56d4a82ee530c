"""Every finding code of the contract, both ways: it fires when it must and stays silent otherwise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from dossier.checks.profiles import load_profile
from dossier.checks.rules import Context, run_checks
from dossier.extract.pairing import pair_translations
from dossier.models import Applicant, Document, Page, PageRef, Severity, SourceType

TODAY = dt.date(2026, 11, 15)
APPLICANT = Applicant("NGUYEN-DUPONT", ("Hélène",), "passport", "VNM")
EU_APPLICANT = Applicant("ROSSI", ("Marco",), "passport", "ITA")


def doc(
    kind: str, file: str | None = None, holder: str | None = "Hélène NGUYEN-DUPONT", **fields: Any
) -> Document:
    name = file or f"{kind}.pdf"
    ref = PageRef(Path(name), name, "0" * 64, SourceType.PDF, 0)
    months = fields.pop("months", [])
    fields.setdefault("holder_found_by", "labels")  # read after a label: a sure reading
    page = Page(ref=ref, text="", text_source=fields.pop("text_source", "ocr"))
    return Document(name, [page], kind, 0.9, [], holder, months, dict(fields))


def complete(profile: str = "inactive") -> list[Document]:
    documents = [
        doc("application_form"),
        doc("passport", nationality="VNM", expiry_date="2031-01-01", mrz_valid=True),
        doc("visa", expiry_date="2027-06-01"),
        doc("birth_certificate", language="fr", parents=["Van NGUYEN", "Marie DUPONT"]),
        doc("rib", iban="FR7630006000011234567890189", iban_valid=True),
        doc("rent_receipt", "r08.jpg", months=["2026-08"]),
        doc("rent_receipt", "r09.jpg", months=["2026-09"]),
        doc("rent_receipt", "r10.jpg", months=["2026-10"]),
    ]
    extra = {
        "employee": doc("payslip", months=["2026-10"]),
        "self-employed": doc("self_employment_proof", siret="73282932000074"),
        "student": doc("student_certificate"),
        "pensioner": doc("s1_form"),
        "family": doc("marriage_certificate", holder=None),
    }
    if profile in extra:
        documents.append(extra[profile])
    return documents


def codes(
    documents: list[Document], profile: str = "inactive", applicant: Applicant = APPLICANT
) -> list[str]:
    context = Context(load_profile(profile), applicant, TODAY, "en", accents_known=True)
    return sorted(f.code for f in run_checks(documents, context) if f.severity is not Severity.INFO)


@pytest.mark.parametrize(
    "profile", ["employee", "self-employed", "student", "inactive", "pensioner", "family"]
)
def test_a_complete_dossier_has_no_finding(profile: str) -> None:
    assert codes(complete(profile), profile) == []


@pytest.mark.parametrize(
    ("profile", "kind"),
    [
        ("inactive", "rib"),
        ("inactive", "passport"),
        ("employee", "payslip"),
        ("student", "student_certificate"),
        ("pensioner", "s1_form"),
        ("family", "marriage_certificate"),
        ("self-employed", "self_employment_proof"),
        ("inactive", "application_form"),
        ("inactive", "birth_certificate"),
    ],
)
def test_missing_document_names_the_kind(profile: str, kind: str) -> None:
    documents = [d for d in complete(profile) if d.kind != kind]
    context = Context(load_profile(profile), APPLICANT, TODAY, "en", True)
    findings = [f for f in run_checks(documents, context) if f.code == "missing_document"]
    assert len(findings) == 1
    assert findings[0].kind == kind or (
        kind == "passport" and findings[0].kind in ("passport", "national_id")
    )


def test_non_eu_national_needs_a_permit_or_visa_and_eu_national_does_not() -> None:
    without_visa = [d for d in complete() if d.kind != "visa"]
    assert codes(without_visa) == ["missing_document"]
    for d in without_visa:
        d.holder = "Marco ROSSI" if d.holder else None
    assert codes(without_visa, applicant=EU_APPLICANT) == []


def test_name_mismatch_and_variant() -> None:
    documents = complete()
    documents[5].holder = "Grégoire LAMBERT"
    assert codes(documents) == ["name_mismatch"]
    documents[5].holder = "Hélène NGUYEN DUPONT"  # hyphen written as a space
    assert codes(documents) == ["name_variant"]
    documents[5].holder = "Hélène NGUYEN-DUPONT"
    assert codes(documents) == []


def test_another_name_is_an_error_only_when_surely_read() -> None:
    documents = complete()
    documents[5].holder = "Grégoire LAMBERT"
    documents[5].fields["holder_found_by"] = "block"  # a guess from an address block
    assert codes(documents) == ["name_unconfirmed"]
    documents[5].fields["holder_found_by"] = "labels"
    documents[5].holder = "LAMBERT"  # half a name
    assert codes(documents) == ["name_unconfirmed"]
    documents[5].holder = "Hclcne NGUYEN-DUPONT"  # two OCR slips in a word: within OCR's reach
    assert codes(documents) == ["name_unconfirmed"]


def test_no_name_read_on_a_receipt_is_a_warning_naming_the_file() -> None:
    documents = complete()
    documents[5].holder = None
    context = Context(load_profile("inactive"), APPLICANT, TODAY, "en", accents_known=True)
    found = [f for f in run_checks(documents, context) if f.code == "name_unconfirmed"]
    assert [f.severity.value for f in found] == ["warning"]
    assert found[0].files == ["r08.jpg"]
    assert "r08.jpg" in found[0].message


def test_a_name_the_mrz_was_written_from_is_the_same_name() -> None:
    applicant = Applicant("GONZALEZ RODRIGUEZ", ("JOSE", "MIGUE"), "passport", "COL")  # cut at 30
    documents = complete()
    for d in documents:
        d.holder = "José Miguel GONZÁLEZ RODRÍGUEZ" if d.holder else None
    context = Context(load_profile("inactive"), applicant, TODAY, "en", accents_known=False)
    assert [f.code for f in run_checks(documents, context) if f.code.startswith("name")] == []
    documents[6].holder = "Hans MÜLLER"
    german = Applicant("MUELLER", ("HANS",), "passport", "DEU")
    for d in documents:
        d.holder = "Hans Müller" if d.holder else None
    context = Context(load_profile("inactive"), german, TODAY, "en", accents_known=False)
    assert [f.code for f in run_checks(documents, context) if f.code.startswith("name")] == []


def test_accents_dropped_by_ocr_are_not_a_variant_but_on_a_text_layer_they_are() -> None:
    documents = complete()
    documents[5].holder = "Helene NGUYEN-DUPONT"
    assert codes(documents) == []
    documents[5].pages[0].text_source = "pdf-text"
    assert codes(documents) == ["name_variant"]


def test_martine_jean_is_not_jean_martin() -> None:
    documents = complete()
    applicant = Applicant("MARTIN", ("Jean",), "passport", "VNM")
    for d in documents:
        d.holder = "Jean MARTIN" if d.holder else None
    documents[5].holder = "Martine JEAN"
    assert codes(documents, applicant=applicant) == ["name_mismatch"]


def test_residence_gap_insufficient_outdated() -> None:
    base = [d for d in complete() if d.kind != "rent_receipt"]

    def with_months(*months: str) -> list[Document]:
        return base + [doc("rent_receipt", f"r{m}.jpg", months=[m]) for m in months]

    assert codes(with_months("2026-07", "2026-08", "2026-10")) == ["residence_gap"]
    assert codes(with_months("2026-09", "2026-10")) == ["residence_insufficient"]
    assert codes(with_months("2026-03", "2026-04", "2026-05")) == ["residence_outdated"]
    assert codes(with_months("2026-08", "2026-09", "2026-10")) == []
    assert codes(base) == ["missing_document"]


def test_months_that_may_be_on_an_unread_proof_are_a_warning_not_an_error() -> None:
    base = [d for d in complete() if d.kind != "rent_receipt"]
    read = [doc("rent_receipt", f"r{m}.jpg", months=[m]) for m in ("2026-08", "2026-10")]
    unread = doc("rent_receipt", "r-unknown.jpg", months=[])
    assert codes(base + read) == ["residence_insufficient"]
    assert codes([*base, *read, unread]) == ["reading_uncertain"]
    complete_run = [doc("rent_receipt", f"r{m}.jpg", months=[m]) for m in ("2026-08", "2026-09", "2026-10")]
    assert codes([*base, *complete_run, unread]) == []


def test_one_current_proof_is_enough_for_a_worker_but_not_an_old_one() -> None:
    documents = [d for d in complete("employee") if d.file not in ("r08.jpg", "r09.jpg")]
    assert codes(documents, "employee") == []
    documents[-2].months = ["2026-05"]
    assert codes(documents, "employee") == ["residence_outdated"]


def test_document_expired() -> None:
    documents = complete()
    documents[1].fields["expiry_date"] = "2026-11-14"
    assert codes(documents) == ["document_expired"]
    documents[1].fields["expiry_date"] = "2026-11-15"  # valid through its last day
    assert codes(documents) == []


def test_invalid_iban_or_none() -> None:
    documents = complete()
    documents[4].fields["iban_valid"] = False
    assert codes(documents) == ["invalid_iban"]
    documents[4].fields.clear()
    assert codes(documents) == ["invalid_iban"]


def test_translation_missing_and_paired() -> None:
    documents = complete()
    documents[3].fields["language"] = "en"
    assert codes(documents) == ["translation_missing"]
    documents.append(doc("translation", "traduction.jpg", language="fr", parents=["Van NGUYEN"]))
    pair_translations(documents)
    assert codes(documents) == []


def test_filiation_missing() -> None:
    documents = complete()
    documents[3].fields["parents"] = []
    assert codes(documents) == ["filiation_missing"]


def test_unclassified_and_duplicate_are_warnings() -> None:
    documents = complete()
    documents.append(doc("other", "selfie.jpg", holder=None))
    documents.append(doc("rent_receipt", "copy.jpg", months=["2026-10"], duplicate_of="r10.jpg"))
    assert codes(documents) == ["duplicate_document", "unclassified_document"]


def test_a_translation_without_a_recognised_original_is_a_warning_only_with_an_unrecognised_page() -> None:
    base = [d for d in complete() if d.kind != "birth_certificate"]
    translation = doc("translation", "trad.pdf", parents=["Van NGUYEN", "Marie DUPONT"])
    assert codes([*base, translation]) == ["missing_document"]
    unrecognised = doc("other", "IMG_0042.jpg", holder=None)
    assert codes([*base, translation, unrecognised]) == ["reading_uncertain", "unclassified_document"]

"""The situations of CONTRACT.md's profiles, both ways: residence ways, renewals, asylum, children."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.checks.children import find_children
from dossier.checks.profiles import load_profile
from dossier.checks.rules import Context, run_checks
from dossier.extract.family import find_children as children_of_book
from dossier.models import Applicant, Child, Document, Finding, Overrides, Severity
from tests.test_checks import APPLICANT, TODAY, complete, doc

NO_PASSPORT = Applicant("AHMADI", ("Farid",), "asylum_certificate", None)


def run(
    documents: list[Document], profile: str, applicant: Applicant = APPLICANT, **kw: object
) -> list[Finding]:
    children = kw.get("children", ())
    ctx = Context(load_profile(profile), applicant, TODAY, "en", True, children)  # type: ignore[arg-type]
    return run_checks(documents, ctx)


def problems(findings: list[Finding]) -> list[str]:
    return sorted(f.code for f in findings if f.severity is not Severity.INFO)


def without_receipts(profile: str = "inactive") -> list[Document]:
    return [d for d in complete(profile) if d.kind != "rent_receipt"]


def proved_by(findings: list[Finding]) -> str:
    return next(f.message for f in findings if f.code == "residence_proved")


def test_an_old_lease_and_one_current_bill_prove_three_months() -> None:
    lease = doc("lease", period_start="2025-09-01", months=["2025-09"])
    bill = doc("utility_bill", months=["2026-10"])
    findings = run([*without_receipts(), lease, bill], "inactive")
    assert problems(findings) == []
    assert "lease that took effect 3 months or more ago" in proved_by(findings)


def test_an_old_lease_alone_asks_for_one_current_proof() -> None:
    lease = doc("lease", period_start="2025-09-01", months=["2025-09"])
    findings = run([*without_receipts(), lease], "inactive")
    assert problems(findings) == ["residence_outdated"]
    message = next(f.message for f in findings if f.code == "residence_outdated")
    assert "lease.pdf" in message and "1 September 2025" in message and "more than 3 months ago" in message


def test_a_recent_lease_does_not_prove_three_months() -> None:
    lease = doc("lease", period_start="2026-10-01", months=["2026-10"])
    bill = doc("utility_bill", months=["2026-11"])
    assert problems(run([*without_receipts(), lease, bill], "inactive")) == ["residence_insufficient"]


def test_two_consecutive_bimonthly_bills_prove_three_months() -> None:
    first = doc("utility_bill", "b1.pdf", months=["2026-07", "2026-08"])
    second = doc("utility_bill", "b2.pdf", months=["2026-09", "2026-10"])
    findings = run([*without_receipts(), first, second], "inactive")
    assert problems(findings) == []


def test_one_bimonthly_bill_asks_for_the_bill_before_it() -> None:
    only = doc("utility_bill", "b2.pdf", months=["2026-09", "2026-10"])
    findings = run([*without_receipts(), only], "inactive")
    assert problems(findings) == ["residence_insufficient"]
    message = next(f.message for f in findings if f.code == "residence_insufficient")
    assert "August 2026" in message


def test_a_current_benefits_certificate_proves_residence() -> None:
    caf = doc("benefits_certificate", months=["2026-10"])
    findings = run([*without_receipts(), caf], "inactive")
    assert problems(findings) == []
    assert "CAF" in proved_by(findings)
    old = doc("benefits_certificate", months=["2026-03"])
    assert problems(run([*without_receipts(), old], "inactive")) == ["residence_outdated"]


def test_a_missing_month_still_names_the_month() -> None:
    july = doc("rent_receipt", "r07.jpg", months=["2026-07"])
    documents = [d for d in complete() if d.file != "r09.jpg"] + [july]
    findings = run(documents, "inactive")
    gap = next(f for f in findings if f.code == "residence_gap")
    assert gap.months == ["2026-09"] and "September 2026" in gap.message


def test_an_expired_permit_with_a_valid_receipt_is_not_an_error() -> None:
    base = [d for d in complete() if d.kind != "visa"]
    permit = doc("residence_permit", expiry_date="2026-09-30")
    receipt = doc("permit_receipt", expiry_date="2027-02-28", issue_date="2026-09-01")
    findings = run([*base, permit, receipt], "inactive")
    assert problems(findings) == []
    assert any(f.code == "permit_renewed" and "28 February 2027" in f.message for f in findings)
    assert problems(run([*base, permit], "inactive")) == ["document_expired"]
    lapsed = doc("permit_receipt", expiry_date="2026-10-31")
    assert problems(run([*base, permit, lapsed], "inactive")) == ["document_expired", "document_expired"]


def test_a_receipt_whose_validity_is_unread_is_a_warning() -> None:
    base = [d for d in complete() if d.kind != "visa"]
    permit = doc("residence_permit", expiry_date="2026-09-30")
    receipt = doc("permit_receipt", issue_date="2026-09-01")
    assert problems(run([*base, permit, receipt], "inactive")) == ["reading_uncertain"]


def asylum_folder() -> list[Document]:
    return [
        doc("application_form", holder="Farid AHMADI"),
        doc("asylum_certificate", holder="Farid AHMADI", expiry_date="2027-03-01", issue_date="2026-06-02"),
        doc("rib", holder="Farid AHMADI", iban="FR7630006000011234567890189", iban_valid=True),
        doc(
            "domiciliation_certificate",
            holder="Farid AHMADI",
            period_start="2026-06-10",
            months=["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
        ),
    ]


def test_an_asylum_seeker_with_a_domiciliation_is_ready_and_only_warned_of_the_birth_certificate() -> None:
    findings = run(asylum_folder(), "asylum-seeker", NO_PASSPORT)
    assert problems(findings) == ["missing_document"]
    missing = next(f for f in findings if f.code == "missing_document")
    assert missing.severity is Severity.WARNING and missing.kind == "birth_certificate"
    assert "do not contact your country's authorities" in missing.message


def test_an_asylum_seeker_needs_a_valid_attestation() -> None:
    folder = [d for d in asylum_folder() if d.kind != "asylum_certificate"]
    folder.append(doc("passport", holder="Farid AHMADI", nationality="AFG", expiry_date="2030-01-01"))
    codes = problems(run(folder, "asylum-seeker", NO_PASSPORT))
    assert codes.count("missing_document") == 2  # the attestation (error) and the birth act (warning)
    expired = doc("asylum_certificate", holder="Farid AHMADI", expiry_date="2026-10-01")
    folder = [d for d in asylum_folder() if d.kind != "asylum_certificate"] + [expired]
    assert "document_expired" in problems(run(folder, "asylum-seeker", NO_PASSPORT))


def test_a_refugee_with_ofpra_civil_status_and_a_decision_is_ready() -> None:
    folder = [
        doc("application_form"),
        doc("residence_permit", expiry_date="2036-01-01", nationality="SYR"),
        doc("refugee_certificate", issue_date="2026-05-01"),
        doc("birth_certificate", language="fr", parents=["Ahmad HAMID", "Salma HAMID"]),
        doc("rib", iban="FR7630006000011234567890189", iban_valid=True),
        doc("rent_receipt", months=["2026-10"]),
    ]
    assert problems(run(folder, "refugee")) == []
    assert problems(
        run([d for d in folder if d.kind not in ("refugee_certificate", "residence_permit")], "refugee")
    )


def test_the_missing_birth_certificate_says_rights_can_open_without_it() -> None:
    folder = [d for d in complete() if d.kind != "birth_certificate"]
    missing = next(f for f in run(folder, "inactive") if f.code == "missing_document")
    assert missing.severity is Severity.ERROR and "provisional number" in missing.message


def test_children_need_the_attachment_form_and_their_civil_status() -> None:
    kids = (Child("NGUYEN-DUPONT, Lina", dt.date(2019, 4, 2)),)
    findings = run(complete(), "inactive", children=kids)
    assert problems(findings) == ["missing_document", "missing_document"]
    assert {f.kind for f in findings if f.code == "missing_document"} == {
        "child_attachment_form",
        "birth_certificate",
    }
    book = doc("family_record_book", holder=None)
    form = doc("child_attachment_form")
    assert problems(run([*complete(), book, form], "inactive", children=kids)) == []


def test_children_are_found_from_a_birth_certificate_naming_the_applicant_as_parent() -> None:
    child_act = doc(
        "birth_certificate",
        "lina.jpg",
        holder="Lina NGUYEN-DUPONT",
        language="fr",
        parents=["Hélène NGUYEN-DUPONT", "Paul MARTIN"],
        birth_date="2019-04-02",
    )
    grown = doc(
        "birth_certificate",
        "tom.jpg",
        holder="Tom NGUYEN",
        parents=["Hélène NGUYEN-DUPONT"],
        birth_date="2001-01-05",
    )
    documents = [*complete(), child_act, grown]
    children = find_children(documents, Overrides(), APPLICANT, load_profile("inactive"), TODAY)
    assert [c.name for c in children] == ["Lina NGUYEN-DUPONT"]
    assert child_act.fields["of_child"] == "Lina NGUYEN-DUPONT"
    findings = run(documents, "inactive", children=children)
    assert problems(findings) == ["missing_document"]  # the attachment form only; no name_mismatch


def test_a_family_record_book_lists_its_children() -> None:
    text = (
        "LIVRET DE FAMILLE\nÉpoux\nNom : DIALLO\nPrénoms : Ibrahima\n"
        "Premier enfant\nNom : DIALLO\nPrénoms : Awa Mariam\nNée le 12 mars 2016 à Lyon 3e\n"
        "Deuxième enfant\nNom : DIALLO\nPrénom(s) : Moussa\nNé le 2 juin 2019 à Villeurbanne\n"
    )
    assert children_of_book(text) == [("DIALLO, Awa Mariam", "2016-03-12"), ("DIALLO, Moussa", "2019-06-02")]


def test_old_receipts_and_old_bills_are_outdated_whatever_the_way() -> None:
    old = [
        doc("rent_receipt", "r04.jpg", months=["2026-04"]),
        doc("utility_bill", "b05.pdf", months=["2026-05"]),
        doc("utility_bill", "b06.pdf", months=["2026-06"]),
    ]
    findings = run([*without_receipts(), *old], "inactive")
    assert problems(findings) == ["residence_outdated"]
    message = next(f.message for f in findings if f.code == "residence_outdated")
    assert "June 2026" in message and "?" not in message


@pytest.mark.parametrize("profile", ["inactive", "asylum-seeker", "employee", "refugee"])
def test_every_residence_message_fills_its_placeholders(profile: str) -> None:
    cases = [
        [doc("utility_bill", "b.pdf", months=["2026-09", "2026-10"])],
        [doc("utility_bill", "b.pdf", months=["2026-03", "2026-04"])],
        [doc("lease", period_start="2025-01-01", months=["2025-01"])],
        [doc("lease", period_start="2026-10-01", months=["2026-10"])],
        [doc("benefits_certificate", months=["2026-02"])],
        [
            doc(
                "domiciliation_certificate",
                period_start="2026-09-01",
                months=["2026-09", "2026-10", "2026-11"],
            )
        ],
        [doc("domiciliation_certificate", period_start="2025-01-01", months=["2025-01"])],
        [doc("rent_receipt", months=["2026-10"]), doc("rent_receipt", "r.jpg", months=["2026-08"])],
    ]
    for proofs in cases:
        for found in run([*without_receipts(profile), *proofs], profile):
            assert "{" not in found.message and "?" not in found.message, found.message


def test_a_minor_applicant_needs_only_a_current_proof() -> None:
    documents = [d for d in complete() if d.file not in ("r08.jpg", "r09.jpg")]
    passport = next(d for d in documents if d.kind == "passport")
    passport.fields["birth_date"] = "2010-03-01"  # 16 on the application date
    findings = run(documents, "inactive")
    assert problems(findings) == []
    assert "a proof of residence from the last 3 months" in proved_by(findings)
    passport.fields["birth_date"] = "2008-11-14"  # 18 the day before: an adult
    assert problems(run(documents, "inactive")) == ["residence_insufficient"]

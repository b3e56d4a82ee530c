"""The form sheet (what to write on the S1106) and the follow-up letter (lettre de relance)."""

from __future__ import annotations

import datetime as dt
import json
import stat
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from dossier.errors import UsageError
from dossier.models import Applicant, Document, Dossier, Overrides, Page, PageRef, SourceType
from dossier.report.followup import follow_up_from, write_followup
from dossier.report.form_sheet import compose_sheet
from tests.conftest import ROOT, SAMPLES, Built, run_dossier, sample_cases

COMPLETE = [case for case in sample_cases() if case.endswith("-complete")]
TODAY = dt.date(2026, 11, 15)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).upper().split())


def _pdf_text(path: Path) -> str:
    with pymupdf.open(path) as pdf:
        return "\n".join(page.get_text() for page in pdf)


IDENTITY_KINDS = ("passport", "national_id", "residence_permit", "asylum_certificate")


@pytest.mark.parametrize("case", COMPLETE)
def test_every_complete_sample_gets_a_sheet_matching_its_documents(
    built_samples: dict[str, Built], case: str
) -> None:
    built = built_samples[case]
    sheet = built.out_dir / "form-sheet.pdf"
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    assert built.report["form_sheet"] == str(sheet)
    text = _fold(_pdf_text(sheet))
    applicant = built.expected["applicant"]
    assert _fold(applicant["surname"]) in text
    for given in applicant["given_names"]:
        assert _fold(given) in text
    identity = next(d for d in built.report["documents"] if d["kind"] in IDENTITY_KINDS)
    born = dt.date.fromisoformat(identity["fields"]["birth_date"]).strftime("%d/%m/%Y")
    assert born in text
    settings = tomllib.loads((SAMPLES / case / "scans" / "dossier.toml").read_text("utf-8"))
    address = (settings.get("applicant") or {}).get("address")
    for line in str(address or "").splitlines():
        assert _fold(line.strip().rstrip(",")) in text
    situations = tomllib.loads((ROOT / "dossier/data/form_sheet.toml").read_text("utf-8"))["en"]["situations"]
    assert _fold(situations[built.report["profile"]]) in text


def _doc(kind: str, holder: str, **fields: Any) -> Document:
    ref = PageRef(Path(f"{kind}.jpg"), f"{kind}.jpg", "0" * 64, SourceType.IMAGE, 0)
    return Document(ref.rel, [Page(ref=ref, text="", text_source="ocr")], kind, 0.9, [], holder, [], fields)


def _married_woman(lang: str = "en") -> Dossier:
    applicant = Applicant("DUPONT", ("MARIE", "CLAIRE"), "passport", "MAR")
    documents = [
        _doc("passport", "DUPONT, Marie Claire", birth_date="1990-03-05", sex="F", nationality="MAR"),
        _doc("birth_certificate", "Marie Claire Anne MARTIN"),
    ]
    return Dossier(TODAY, "inactive", "option", applicant, documents, [], Overrides())


def test_the_sheet_takes_the_birth_name_and_the_given_names_order_from_the_birth_certificate() -> None:
    sheet = compose_sheet(_married_woman())
    identity = {line.label: line for line in sheet.parts[0].lines}
    assert identity["Name(s)"].value == "DUPONT"
    assert identity["Birth name (family name)"].value == "MARTIN"
    assert identity["Birth name (family name)"].source == "birth certificate"
    assert identity["Given name(s), in order"].value == "Marie, Claire, Anne"
    assert identity["Date of birth (dd/mm/yyyy)"].value == "05/03/1990"
    assert identity["Place of birth (town and country)"].value is None  # to fill in by hand
    assert identity["Social security number (only if you already have one)"].value is None
    assert any("MARTIN" in note and "passport" in note for note in sheet.notes)
    assert sheet.parts[1].lines[0].value is None  # no address known: by hand


def test_the_sheet_speaks_the_reports_language() -> None:
    sheet = compose_sheet(_married_woman(), "fr")
    assert sheet.parts[0].title == "1. Votre identité"
    assert "dans l'ordre" in sheet.parts[0].lines[2].label
    assert sheet.parts[2].lines[0].value is not None and "stable" in sheet.parts[2].lines[0].value


REPORT = {
    "ready": True,
    "date": "2026-09-01",
    "applicant": {"surname": "NGUYEN-DUPONT", "given_names": ["Hélène"], "address": "3 rue X\n75011 Paris"},
    "cpam": "CPAM de Paris\n75948 Paris Cedex 19",
    "documents": [],
    "packet_index": [
        {"number": 1, "title": "Formulaire de demande S1106", "first_page": 3, "last_page": 4},
        {"number": 2, "title": "Passeport — VNM", "first_page": 5, "last_page": 5},
    ],
}


@pytest.fixture
def build_out(tmp_path: Path) -> Path:
    (tmp_path / "report.json").write_text(json.dumps(REPORT, ensure_ascii=False), "utf-8")
    return tmp_path


def test_the_follow_up_letter_cites_the_posting_and_every_enclosed_document(build_out: Path) -> None:
    path = write_followup(
        build_out,
        sent=dt.date(2026, 9, 20),
        tracking="1A 123 456 7890 1",
        today=dt.date(2026, 12, 6),
        force=False,
    )
    assert path.name == "relance-2026-09-20.pdf"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = " ".join(_pdf_text(path).split())
    for expected in (
        "1A 123 456 7890 1",
        "20 septembre 2026",
        "Le 6 décembre 2026",
        "1. Formulaire de demande S1106",
        "2. Passeport — VNM",
        "CPAM de Paris",
        "plus de deux mois",
        "numéro de sécurité sociale provisoire",
        "Hélène NGUYEN-DUPONT",
    ):
        assert expected in text
    with pymupdf.open(path) as pdf:
        pixels = pdf[0].get_pixmap(dpi=40, colorspace=pymupdf.csGRAY).samples
    assert min(pixels) < 100  # something is drawn


def test_the_follow_up_is_refused_before_two_months_unless_forced(build_out: Path) -> None:
    sent = dt.date(2026, 11, 20)
    with pytest.raises(UsageError, match="until 2027-01-20"):
        write_followup(build_out, sent=sent, tracking="1A1234567890", today=dt.date(2026, 12, 6), force=False)
    forced = write_followup(
        build_out, sent=sent, tracking="1A1234567890", today=dt.date(2026, 12, 6), force=True
    )
    assert "plus de deux mois" not in _pdf_text(forced)
    with pytest.raises(UsageError, match="after today"):
        write_followup(build_out, sent=dt.date(2027, 1, 1), tracking="1A1234567890", today=TODAY, force=True)
    with pytest.raises(UsageError, match="recommandé number"):
        write_followup(build_out, sent=sent, tracking="?", today=dt.date(2027, 3, 1), force=False)


def test_the_follow_up_needs_a_build_and_says_so(tmp_path: Path) -> None:
    done = run_dossier("followup", str(tmp_path), "--sent", "2026-01-01", "--tracking", "1A1234567890")
    assert done.returncode == 2
    assert "report.json" in done.stderr and "dossier build" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_command_refuses_too_early_with_the_date_to_wait_for(build_out: Path) -> None:
    args = ["followup", str(build_out), "--sent", "2026-11-20", "--tracking", "1A1234567890"]
    done = run_dossier(*args, "--date", "2026-12-06")
    assert done.returncode == 2
    assert "2027-01-20" in done.stderr and "--force" in done.stderr
    assert run_dossier(*args, "--date", "2027-01-20").returncode == 0


@pytest.mark.parametrize(
    ("sent", "due"),
    [("2026-09-20", "2026-11-20"), ("2026-12-31", "2027-02-28"), ("2027-11-30", "2028-01-30")],
)
def test_a_follow_up_makes_sense_two_calendar_months_after_posting(sent: str, due: str) -> None:
    assert follow_up_from(dt.date.fromisoformat(sent)) == dt.date.fromisoformat(due)


def test_the_report_says_from_when_to_follow_up(built_samples: dict[str, Built]) -> None:
    built = built_samples["inactive-complete"]
    assert built.report["next_steps"]["follow_up_from"] == "2027-01-15"
    html = (built.out_dir / "report.html").read_text("utf-8")
    assert "dossier followup" in html and "15 January 2027" in html
    assert "What to write on the form" in html and "Birth name (family name)" in html

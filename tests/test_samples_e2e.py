"""Golden cases: every shipped sample folder gives exactly its expected report."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pymupdf
import pytest

from dossier.mrz.parse import parse_text
from tests.conftest import Built, sample_cases

CASES = sample_cases()
CONTRACT_DOC_FIELDS = {"file", "pages", "kind", "confidence", "holder", "months", "fields"}
CONTRACT_FINDING_FIELDS = {"code", "severity", "message", "files", "kind", "months"}
SEVERITY = {
    "missing_document": "error",
    "name_mismatch": "error",
    "name_variant": "warning",
    "residence_insufficient": "error",
    "residence_gap": "error",
    "residence_outdated": "error",
    "document_expired": "error",
    "invalid_iban": "error",
    "unreadable_file": "error",
    "unclassified_document": "warning",
    "duplicate_document": "warning",
    "translation_missing": "error",
    "filiation_missing": "error",
}


def test_there_are_complete_and_defective_samples() -> None:
    assert len(CASES) >= 8
    assert any(case.endswith("-complete") for case in CASES)


@pytest.mark.parametrize("case", CASES)
def test_findings_and_exit_code_are_exactly_the_intended_ones(
    built_samples: dict[str, Built], case: str
) -> None:
    built = built_samples[case]
    assert "Traceback" not in built.stderr, built.stderr
    codes = sorted({f["code"] for f in built.report["findings"] if f["severity"] in ("error", "warning")})
    messages = [f["message"] for f in built.report["findings"]]
    assert codes == sorted(set(built.expected["findings"])), messages
    assert built.report["ready"] is built.expected["ready"]
    assert built.exit_code == (0 if built.expected["ready"] else 1), built.stderr


@pytest.mark.parametrize("case", CASES)
def test_documents_match_the_golden_file(built_samples: dict[str, Built], case: str) -> None:
    built = built_samples[case]
    got = {(d["file"], tuple(d["pages"])): d for d in built.report["documents"]}
    for want in built.expected.get("documents", []):
        key = (want["file"], tuple(want["pages"]))
        assert key in got, f"{key} not among {sorted(got)}"
        doc = got[key]
        assert doc["kind"] == want["kind"], doc["fields"]
        if "months" in want:
            assert doc["months"] == want["months"], doc["fields"]
        if want.get("holder"):
            assert doc["holder"] is not None, doc
            assert _folded(doc["holder"]) == _folded(want["holder"])


def _folded(name: str) -> list[str]:
    """Name words regardless of case, order and accents (OCR drops accents; MRZs have none)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return sorted(re.findall(r"\w+", plain.casefold()))


@pytest.mark.parametrize("case", CASES)
def test_report_has_the_contract_fields(built_samples: dict[str, Built], case: str) -> None:
    report = built_samples[case].report
    assert {"ready", "profile", "date", "applicant", "documents", "findings", "packet"} <= set(report)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", report["date"])
    applicant = report["applicant"]
    assert applicant is not None and {"surname", "given_names", "source"} <= set(applicant)
    expected_applicant = built_samples[case].expected.get("applicant")
    if expected_applicant:
        assert _folded(applicant["surname"]) == _folded(expected_applicant["surname"])
    for doc in report["documents"]:
        assert set(doc) >= CONTRACT_DOC_FIELDS
        assert all(isinstance(p, int) and p >= 1 for p in doc["pages"])
        assert all(re.fullmatch(r"\d{4}-\d{2}", m) for m in doc["months"])
    for finding in report["findings"]:
        assert set(finding) >= CONTRACT_FINDING_FIELDS
        if_possible = finding["code"] == "missing_document" and report["profile"] == "asylum-seeker"
        if finding["code"] in SEVERITY and not if_possible:  # an asylum seeker's birth act: a warning
            assert finding["severity"] == SEVERITY[finding["code"]]
        assert finding["message"]


@pytest.mark.parametrize("case", CASES)
def test_outputs_are_private_and_the_packet_opens(built_samples: dict[str, Built], case: str) -> None:
    built = built_samples[case]
    packet = Path(built.report["packet"])
    for path in (packet, built.out_dir / "report.json", built.out_dir / "report.html"):
        assert path.stat().st_mode & 0o777 == 0o600, path
    with pymupdf.open(packet) as doc:
        assert doc.page_count == built.report["packet_pages"] >= 3
    assert not list(built.out_dir.glob(".dossier-tmp-*"))


@pytest.mark.parametrize("case", CASES)
def test_terminal_masks_ibans_and_document_numbers(built_samples: dict[str, Built], case: str) -> None:
    built = built_samples[case]
    for doc in built.report["documents"]:
        for key in ("iban", "document_number"):
            value = doc["fields"].get(key)
            if value and len(value) > 7:
                assert value not in built.stdout, f"{key} shown in full"


def _read_packet_page(packet: Path, number: int, tmp_path: Path) -> tuple[str, str]:
    """The page as dossier itself would read a scan of it: (page text, MRZ band re-reads)."""
    from dossier.models import PageRef, SourceType
    from dossier.mrz import read_mrz_band
    from dossier.read.ocr import OcrSettings, read_one
    from dossier.read.tools import probe_tesseract

    image = tmp_path / f"page-{number}.png"
    with pymupdf.open(packet) as doc:
        doc[number - 1].get_pixmap(dpi=300, colorspace=pymupdf.csGRAY).save(image)
    info = probe_tesseract()
    ref = PageRef(image, image.name, image.name.ljust(64, "0"), SourceType.IMAGE, 0)
    reading = read_one(ref, OcrSettings.probed(info, band_reader=read_mrz_band))
    return reading.text, f"{reading.mrz_cells}\n\n{reading.mrz_text}"


def test_packet_pages_read_back_holder_mrz_and_iban(built_samples: dict[str, Built], tmp_path: Path) -> None:
    """A CPAM agent re-scanning the printed packet reads the key fields through the watermark."""
    report = built_samples["inactive-complete"].report
    packet = Path(report["packet"])
    index = {entry["title"].split(" — ")[0]: entry for entry in report["packet_index"]}
    documents = {d["kind"]: d for d in report["documents"]}
    passport_text, band = _read_packet_page(packet, index["Passeport"]["first_page"], tmp_path)
    band_read = parse_text(f"{passport_text}\n\n{band}", printed_text=passport_text)
    readings = [m for m in (parse_text(passport_text), band_read) if m is not None and m.valid]
    assert readings, (passport_text, band)
    mrz = readings[0]
    assert mrz.document_number == documents["passport"]["fields"]["document_number"]
    assert "MACHADO" in passport_text
    rib_text, _ = _read_packet_page(packet, index["Relevé d'identité bancaire (RIB)"]["first_page"], tmp_path)
    assert documents["rib"]["fields"]["iban"] in rib_text.replace(" ", "")
    assert "MACHADO FERREIRA" in rib_text


def test_packet_footer_numbers_every_page(built_samples: dict[str, Built]) -> None:
    for built in built_samples.values():
        packet = Path(built.report["packet"])
        with pymupdf.open(packet) as doc:
            total = doc.page_count
            for number, page in enumerate(doc, start=1):
                assert f"page {number}/{total}" in page.get_text(), (built.case, number)
                assert abs(page.rect.width - 595) < 1 and abs(page.rect.height - 842) < 1


LETTER_SAYS = {
    "asylum-seeker-complete": ["demande d'asile", "élu domicile auprès d'un organisme agréé"],
    "refugee-complete": ["protection de la France", "OFPRA"],
    "family-children-complete": [
        "rattachement de mes enfants mineurs",
        "Inès Awa MARCHAND",
        "Malick MARCHAND",
    ],
    "self-employed-renewal": ["demande de renouvellement", "14/03/2027"],
}
REPORT_SAYS = {
    "inactive-old-lease": ("residence_proved", "a lease that took effect 3 months or more ago"),
    "inactive-benefits": ("residence_proved", "attestation of CAF or MSA benefits"),
    "self-employed-renewal": ("permit_renewed", "keeps your right to stay until 14 March 2027"),
    "family-children-complete": ("children_found", "Malick MARCHAND (15/09/2022)"),
}


@pytest.mark.parametrize("case", sorted(LETTER_SAYS))
def test_the_letter_fits_the_situation(built_samples: dict[str, Built], case: str) -> None:
    with pymupdf.open(built_samples[case].report["packet"]) as doc:
        letter = " ".join(doc[0].get_text().split())
    for words in LETTER_SAYS[case]:
        assert words in letter, letter


@pytest.mark.parametrize("case", sorted(REPORT_SAYS))
def test_the_report_says_how_each_situation_is_met(built_samples: dict[str, Built], case: str) -> None:
    code, words = REPORT_SAYS[case]
    messages = [f["message"] for f in built_samples[case].report["findings"] if f["code"] == code]
    assert any(words in m for m in messages), built_samples[case].report["findings"]

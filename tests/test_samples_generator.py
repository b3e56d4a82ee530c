"""The synthetic sample generator (samples/synth): determinism, valid numbers, committed samples."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import sys
import tomllib
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image, ImageOps
from schwifty import IBAN

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
sys.path.insert(0, str(SAMPLES))

import synth  # noqa: E402
from synth import codes, writers  # noqa: E402
from synth.cases import expected_toml  # noqa: E402
from synth.docs_bill import datamatrix  # noqa: E402

CONTRACT_KINDS = [
    "passport",
    "national_id",
    "residence_permit",
    "visa",
    "birth_certificate",
    "translation",
    "marriage_certificate",
    "rent_receipt",
    "lease",
    "utility_bill",
    "hosting_certificate",
    "rib",
    "payslip",
    "employment_contract",
    "tax_notice",
    "student_certificate",
    "asylum_certificate",
    "refugee_certificate",
    "permit_receipt",
    "domiciliation_certificate",
    "benefits_certificate",
    "family_record_book",
    "child_attachment_form",
    "self_employment_proof",
    "s1_form",
    "application_form",
]
FINDING_CODES = {
    "missing_document",
    "name_mismatch",
    "name_variant",
    "residence_insufficient",
    "residence_gap",
    "residence_outdated",
    "document_expired",
    "invalid_iban",
    "unreadable_file",
    "unclassified_document",
    "duplicate_document",
    "translation_missing",
    "filiation_missing",
}


# --- an independent ICAO 9303 check (not the generator's code) -------------------------------


def icao_digit(field: str) -> int:
    values = {**{str(d): d for d in range(10)}, "<": 0}
    values.update({chr(ord("A") + i): 10 + i for i in range(26)})
    return sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10


def check_td3(line2: str) -> None:
    assert len(line2) == 44
    assert icao_digit(line2[0:9]) == int(line2[9])
    assert icao_digit(line2[13:19]) == int(line2[19])
    assert icao_digit(line2[21:27]) == int(line2[27])
    assert icao_digit(line2[28:42]) == int(line2[42])
    assert icao_digit(line2[0:10] + line2[13:20] + line2[21:43]) == int(line2[43])


def check_mrva(line2: str) -> None:
    assert len(line2) == 44
    assert icao_digit(line2[0:9]) == int(line2[9])
    assert icao_digit(line2[13:19]) == int(line2[19])
    assert icao_digit(line2[21:27]) == int(line2[27])


def check_td1(line1: str, line2: str) -> None:
    assert len(line1) == len(line2) == 30
    assert icao_digit(line1[5:14]) == int(line1[14])
    assert icao_digit(line2[0:6]) == int(line2[6])
    assert icao_digit(line2[8:14]) == int(line2[14])
    assert icao_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]) == int(line2[29])


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in reversed(number)]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


# --- tests ----------------------------------------------------------------------------------


def test_render_and_capture_are_deterministic() -> None:
    spec = dataclasses.replace(synth.spec("luisa-rib"), dpi=60)
    first = synth.render_document(spec)
    second = synth.render_document(spec)
    assert [im.tobytes() for im in first] == [im.tobytes() for im in second]
    a = synth.capture(first[0], "scan", np.random.default_rng(7))
    b = synth.capture(second[0], "scan", np.random.default_rng(7))
    assert writers.jpeg_bytes(a) == writers.jpeg_bytes(b)
    assert synth.text_pdf(spec) == synth.text_pdf(spec)
    assert writers.image_pdf_bytes([a]) == writers.image_pdf_bytes([b])


def test_capture_variants_shapes() -> None:
    page = synth.render_document(dataclasses.replace(synth.spec("luisa-receipt-2026-08"), dpi=50))[0]
    rng = np.random.default_rng(1)
    assert synth.capture(page, "rot90", rng).size == (page.height, page.width)
    assert synth.capture(page, "rot180", rng).size == page.size
    assert synth.capture(page, "scan", rng).mode == "L"
    assert synth.capture(page, "dpi150", rng).info["dpi"] == (150, 150)
    with pytest.raises(ValueError, match="unknown capture variant"):
        synth.capture(page, "fax", rng)


def test_mrz_check_digits_in_specs() -> None:
    seen = Counter()
    for spec in synth.all_kinds_specs():
        mrz = spec.fields.get("mrz")
        if not mrz:
            continue
        if spec.kind == "passport":
            assert len(mrz) == 2
            assert mrz[0].startswith("P<")
            check_td3(mrz[1])
        elif spec.kind == "visa":
            assert mrz[0].startswith("V<FRA")
            check_mrva(mrz[1])
        else:
            assert len(mrz) == 3
            check_td1(mrz[0], mrz[1])
            if spec.kind == "residence_permit":
                assert mrz[0].startswith("IRFRA")
                assert mrz[1][15:18] == spec.person.nationality
        assert all(re.fullmatch(r"[A-Z0-9<]+", line) for line in mrz)
        seen[spec.kind] += 1
    assert set(seen) == {"passport", "national_id", "residence_permit", "visa"}


def test_mrz_reference_example() -> None:
    # the specimen of ICAO 9303 part 4 (Utopia passport of Anna Maria Eriksson)
    line1, line2 = codes.td3(
        "P<",
        "UTO",
        "ERIKSSON",
        ("ANNA", "MARIA"),
        "L898902C3",
        "UTO",
        date(1974, 8, 12),
        "F",
        date(2012, 4, 15),
        "ZE184226B",
    )
    assert line1 == "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    assert line2 == "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


def test_ibans_are_valid_with_matching_bic() -> None:
    ribs = [s for s in synth.all_kinds_specs() if s.kind == "rib"]
    assert len(ribs) >= 2
    for spec in ribs:
        iban = IBAN(spec.fields["iban"], validate_bban=True)  # RIB key and mod-97
        assert iban.country_code == "FR"
        assert iban.bank_code == spec.fields["bank"]
        if iban.bic is not None:
            assert str(iban.bic)[:8] == spec.fields["bic"][:8]


def test_sirets_pass_luhn() -> None:
    sirets = [s.fields["siret"] for s in synth.all_kinds_specs() if "siret" in s.fields]
    assert sirets
    for value in sirets:
        assert len(value) == 14
        assert luhn_ok(value)
        assert luhn_ok(value[:9])


def test_every_kind_has_two_specs() -> None:
    counts = Counter(s.kind for s in synth.all_kinds_specs())
    for kind in CONTRACT_KINDS:
        assert counts[kind] >= 2, kind
    assert set(counts) <= set(CONTRACT_KINDS)
    keys = [s.key for s in synth.all_kinds_specs()]
    assert len(keys) == len(set(keys))


def test_birth_certificate_without_filiation_exists() -> None:
    spec = synth.spec("gregoire-birth-nofil")
    assert spec.kind == "birth_certificate"
    assert spec.fields["parents"] == []


def test_twoddoc_message_and_symbol() -> None:
    spec = synth.spec("camille-bill")
    message = spec.fields["twoddoc"]
    assert re.match(r"DC03FR05[A-Z0-9]{4}[0-9A-F]{8}0101", message)
    assert "\x1f" in message
    assert "\x1d24" in message
    assert spec.fields["twoddoc_fields"]["24"] == spec.person.address.postcode
    found = zxingcpp.read_barcodes(datamatrix(message, 4))
    assert [b.bytes for b in found] == [message.encode("ascii")]


def test_phone_photo_has_orientation_and_gps() -> None:
    page = Image.new("RGB", (300, 400), "white")
    data = writers.phone_jpeg_bytes(page, (48, 51, 29.4), (2, 22, 41.2))
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    assert exif[0x0112] == 6
    assert exif.get_ifd(0x8825)[1] == "N"
    assert ImageOps.exif_transpose(image).size == (300, 400)


def _case_dirs() -> list[Path]:
    return sorted(p.parent for p in SAMPLES.glob("*/expected.toml"))


def test_committed_samples_match_their_expected_files() -> None:
    dirs = _case_dirs()
    if not dirs:
        pytest.skip("samples not generated (run python samples/generate.py)")
    assert {d.name for d in dirs} == set(synth.CASES)
    for case_dir in dirs:
        expected = tomllib.loads((case_dir / "expected.toml").read_text("utf-8"))
        assert set(expected["findings"]) <= FINDING_CODES
        # An asylum seeker is asked for a birth certificate only if possible: its absence warns.
        warnings = {"name_variant", "unclassified_document", "duplicate_document"}
        if expected["profile"] == "asylum-seeker":
            warnings.add("missing_document")
        assert expected["ready"] == all(code in warnings for code in expected["findings"])
        scans = case_dir / "scans"
        present = {p.name for p in scans.iterdir()} - {"dossier.toml"}
        listed = {d["file"] for d in expected["documents"]} | set(expected.get("unreadable", []))
        assert present == listed, case_dir.name
        override = tomllib.loads((scans / "dossier.toml").read_text("utf-8"))
        assert override["profile"] == expected["profile"]
        assert override["date"] == date(2026, 11, 15)
        for doc in expected["documents"]:
            assert doc["kind"] in CONTRACT_KINDS
            assert doc["pages"]
            assert all(p >= 1 for p in doc["pages"])
            assert all(re.fullmatch(r"\d{4}-\d{2}", m) for m in doc["months"])


def test_committed_text_pdf_and_expected_are_reproduced() -> None:
    case_dir = SAMPLES / "employee-no-rib"
    if not (case_dir / "expected.toml").exists():
        pytest.skip("samples not generated")
    committed = (case_dir / "scans" / "bulletin_paie_octobre_2026.pdf").read_bytes()
    fresh = synth.text_pdf(synth.spec("camille-payslip"))
    assert hashlib.sha256(fresh).hexdigest() == hashlib.sha256(committed).hexdigest()
    case = next(c for c in synth.CASE_LIST if c.name == "employee-no-rib")
    assert expected_toml(case, synth.PEOPLE[case.person]) == (case_dir / "expected.toml").read_text("utf-8")

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_dossier


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    done = run_dossier("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    assert "not a folder" in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    for args in (["--profile", "astronaut"], ["--date", "15/11/2026"], ["--lang", "de"]):
        done = run_dossier("build", str(tmp_path), *args)
        assert done.returncode == 2, args
        assert "Traceback" not in done.stderr


def test_profiles_are_listed_and_shown() -> None:
    listed = run_dossier("profiles")
    assert listed.returncode == 0
    assert {line.split()[0] for line in listed.stdout.splitlines()} == {
        "employee",
        "self-employed",
        "student",
        "inactive",
        "pensioner",
        "family",
        "asylum-seeker",
        "refugee",
    }
    shown = run_dossier("profiles", "inactive")
    assert "3 consecutive months" in shown.stdout
    assert "a lease that took effect 3 months or more ago" in shown.stdout
    asylum = run_dossier("profiles", "asylum-seeker")
    assert asylum.returncode == 0
    assert "attestation de demande d'asile" in asylum.stdout and "only if possible" in asylum.stdout
    assert "élection de domicile" in asylum.stdout
    refugee = run_dossier("profiles", "refugee")
    assert "OFPRA" in refugee.stdout and "refugee_certificate" in refugee.stdout


def test_bad_override_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "dossier.toml").write_text('date = "yesterday"\n', encoding="utf-8")
    done = run_dossier("check", str(tmp_path), "--out", str(tmp_path.parent / "out-bad-toml"))
    assert done.returncode == 2
    assert "dossier.toml" in done.stderr and "YYYY-MM-DD" in done.stderr


def test_missing_tesseract_names_the_package(tmp_path: Path) -> None:
    done = run_dossier(
        "check",
        str(tmp_path),
        "--out",
        str(tmp_path.parent / "out-no-tess"),
        env={"DOSSIER_TESSERACT": "/nonexistent/tesseract"},
    )
    assert done.returncode == 3
    assert "apt-get install tesseract-ocr" in done.stderr


def test_empty_folder_reports_every_missing_proof(tmp_path: Path, cache_dir: Path) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    out = tmp_path / "out"
    done = run_dossier(
        "check", str(scans), "--out", str(out), "--profile", "inactive", "--date", "2026-11-15"
    )
    assert done.returncode == 1, done.stderr
    report = json.loads((out / "report.json").read_text("utf-8"))
    missing = {f["kind"] for f in report["findings"] if f["code"] == "missing_document"}
    assert {"application_form", "passport", "birth_certificate", "rib", "rent_receipt"} <= missing
    assert report["ready"] is False and report["packet"] is None
    assert not list(scans.iterdir())


def test_french_messages(tmp_path: Path, cache_dir: Path) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    out = tmp_path / "out"
    run_dossier("check", str(scans), "--out", str(out), "--lang", "fr", "--profile", "student")
    report = json.loads((out / "report.json").read_text("utf-8"))
    assert any("certificat de scolarité" in f["message"] for f in report["findings"])

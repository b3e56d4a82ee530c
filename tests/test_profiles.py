from __future__ import annotations

from pathlib import Path

import pytest

from dossier.checks.profiles import PROFILE_IDS, available_profiles, describe_profile, load_profile
from dossier.errors import ProfileError


def test_every_contract_profile_ships_and_loads() -> None:
    assert set(PROFILE_IDS) == set(available_profiles())
    for profile_id in PROFILE_IDS:
        profile = load_profile(profile_id)
        assert profile.id == profile_id
        required = {kind for req in profile.required for kind in req.any_of}
        assert {"application_form", "passport", "national_id", "birth_certificate", "rib"} <= required
        assert profile.legal_stay is not None
        assert {"residence_permit", "visa"} == set(profile.legal_stay.any_of)
        assert "FRA" in profile.legal_stay_exempt and "BRA" not in profile.legal_stay_exempt


def test_only_inactive_needs_three_consecutive_months() -> None:
    assert load_profile("inactive").residence.months == 3
    assert load_profile("inactive").residence.consecutive
    assert all(load_profile(p).residence.months == 1 for p in PROFILE_IDS if p != "inactive")


def test_status_proofs_per_profile() -> None:
    status = {p: {k for r in load_profile(p).required for k in r.any_of} for p in PROFILE_IDS}
    assert {"payslip", "employment_contract"} <= status["employee"]
    assert "self_employment_proof" in status["self-employed"]
    assert "student_certificate" in status["student"]
    assert "s1_form" in status["pensioner"]
    assert "marriage_certificate" in status["family"]


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_bad_profile_names_file_and_rule(tmp_path: Path) -> None:
    good = (Path(__file__).parent.parent / "profiles" / "employee.toml").read_text(encoding="utf-8")
    path = _write(tmp_path, good.replace('any_of = ["rib"]', 'any_of = ["rib", "bank_letter"]'))
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert "mine.toml" in str(err.value)
    assert "required[3].any_of" in str(err.value)
    assert "bank_letter" in str(err.value)


def test_bad_months_are_refused(tmp_path: Path) -> None:
    good = (Path(__file__).parent.parent / "profiles" / "inactive.toml").read_text(encoding="utf-8")
    path = _write(tmp_path, good.replace("months = 3\n", "months = 0\n"))
    with pytest.raises(ProfileError, match=r"residence\.months"):
        load_profile(path)


def test_unknown_key_and_syntax_errors(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(_write(tmp_path, "id = \n"))
    with pytest.raises(ProfileError, match="unknown key"):
        load_profile(_write(tmp_path, 'id = "x"\ntitle = "x"\nspeed = 3\n'))


def test_unknown_profile_id() -> None:
    with pytest.raises(ProfileError, match="one of"):
        load_profile("astronaut")


def test_describe_lists_requirements() -> None:
    text = describe_profile(load_profile("inactive"))
    assert "3 consecutive months" in text
    assert "RIB" in text

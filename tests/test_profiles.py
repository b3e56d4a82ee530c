from __future__ import annotations

from pathlib import Path

import pytest

from dossier.checks.describe import describe_profile
from dossier.checks.profiles import PROFILE_IDS, available_profiles, load_profile
from dossier.errors import ProfileError

PROTECTION = ("asylum-seeker", "refugee")


def test_every_contract_profile_ships_and_loads() -> None:
    assert set(PROFILE_IDS) == set(available_profiles())
    for profile_id in PROFILE_IDS:
        profile = load_profile(profile_id)
        assert profile.id == profile_id
        required = {kind for req in profile.required for kind in req.any_of}
        assert {"application_form", "passport", "national_id", "birth_certificate", "rib"} <= required
        assert profile.legal_stay is not None
        assert profile.children is not None
        assert profile.children.form.any_of == ("child_attachment_form",)
        if profile_id in PROTECTION:
            assert not profile.legal_stay_exempt  # no nationality exempts an asylum seeker or a refugee
            continue
        assert {"residence_permit", "visa", "permit_receipt"} == set(profile.legal_stay.any_of)
        assert profile.legal_stay.renewal == ("permit_receipt",)
        assert "FRA" in profile.legal_stay_exempt and "BRA" not in profile.legal_stay_exempt


def test_only_inactive_and_asylum_seekers_wait_three_months() -> None:
    waiting = {"inactive", "asylum-seeker"}
    for profile_id in waiting:
        ways = {way.id: way for way in load_profile(profile_id).residence.all_ways}
        assert ways["three_months"].months == 3 and ways["three_months"].rule == "consecutive_months"
        assert {"old_lease", "two_bills", "benefits"} <= set(ways)
    for profile_id in set(PROFILE_IDS) - waiting:
        assert [way.rule for way in load_profile(profile_id).residence.all_ways] == ["current"]


def test_asylum_seekers_are_asked_a_birth_certificate_only_if_possible() -> None:
    birth = next(r for r in load_profile("asylum-seeker").required if r.id == "birth_certificate")
    assert birth.severity == "warning"
    assert "do not contact" in birth.note
    assert load_profile("asylum-seeker").legal_stay.any_of == ("asylum_certificate",)  # type: ignore[union-attr]
    identity = next(r for r in load_profile("asylum-seeker").required if r.id == "identity")
    assert "asylum_certificate" in identity.any_of
    refugee = load_profile("refugee").legal_stay
    assert refugee is not None and "refugee_certificate" in refugee.any_of


def test_a_way_with_an_unknown_rule_is_refused(tmp_path: Path) -> None:
    good = (Path(__file__).parent.parent / "profiles" / "inactive.toml").read_text(encoding="utf-8")
    path = _write(tmp_path, good.replace('rule = "bills"', 'rule = "vibes"'))
    with pytest.raises(ProfileError, match=r"residence\.ways\[2\]\.rule"):
        load_profile(path)


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
    with pytest.raises(ProfileError, match=r"residence\.(ways\[0\]\.)?months"):
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

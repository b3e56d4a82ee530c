"""A profile in words, for ``dossier profiles ID``: every proof, every way of proving residence."""

from __future__ import annotations

from dossier.checks.profiles import Profile, Requirement


def describe_profile(profile: Profile) -> str:
    """What a profile requires, in words."""
    lines = [f"{profile.id}: {profile.title}", "", "Required:"]
    lines += [_requirement(req) for req in profile.required]
    if profile.legal_stay:
        stay = profile.legal_stay
        who = ", unless you are an EU/EEA/Swiss national" if profile.legal_stay_exempt else ""
        lines.append(f"  - {stay.what} ({' or '.join(stay.any_of)}){who}")
        if stay.renewal:
            lines.append(
                f"    an expired one counts with a valid {' or '.join(stay.renewal)} (receipt of its renewal)"
            )
    lines += _residence(profile)
    if profile.civil_status.require_translation:
        lines.append("  - a sworn French translation of every civil-status act not written in French")
    if profile.children:
        rule = profile.children
        lines += [
            "",
            f"With children under {rule.adult_age} (listed in dossier.toml, or on their birth certificates "
            "or a livret de famille):",
            f"  - {rule.form.what} ({' or '.join(rule.form.any_of)})",
            f"  - for each child: {' or '.join(rule.civil_status)}",
        ]
    if profile.recommended:
        lines += ["", "Recommended: " + ", ".join(profile.recommended)]
    lines += ["", f"Rules file: {profile.source}"]
    return "\n".join(lines)


def _requirement(req: Requirement) -> str:
    line = f"  - {req.what} ({' or '.join(req.any_of)})"
    if req.severity == "warning":
        line += " — only if possible"
    return line + (f"\n    {req.note}" if req.note else "")


def _residence(profile: Profile) -> list[str]:
    rule = profile.residence
    ways = rule.all_ways
    head = "  - proof of stable residence" + (", any one of:" if len(ways) > 1 else ":")
    lines = [head]
    for way in ways:
        why = f" ({way.why})" if way.why else ""
        lines.append(f"      {way.what}{why}")
    lines.append(f"    residence proofs: {', '.join(rule.kinds)}")
    return lines

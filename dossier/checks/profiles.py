"""Profiles: the applicant's situation as data (``profiles/*.toml``), validated when loaded.

A bad profile is refused with its file and the rule at fault named, before any OCR is spent.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

from dossier.errors import ProfileError
from dossier.kinds import all_kinds

PROFILE_IDS = (
    "employee",
    "self-employed",
    "student",
    "inactive",
    "pensioner",
    "family",
    "asylum-seeker",
    "refugee",
)
TOP_KEYS = {
    "id",
    "title",
    "title_fr",
    "recommended",
    "required",
    "legal_stay",
    "civil_status",
    "residence",
    "children",
}
REQUIREMENT_KEYS = {"id", "any_of", "what", "what_fr", "exempt", "severity", "note", "note_fr", "renewal"}
WAY_KEYS = {"id", "rule", "kinds", "months", "count", "plus_current", "what", "what_fr", "why", "why_fr"}
WAY_RULES = ("consecutive_months", "current", "since", "bills", "document")


@dataclass(frozen=True)
class Requirement:
    """One proof the profile needs: any one of several kinds will do."""

    id: str
    any_of: tuple[str, ...]
    what: str
    what_fr: str
    severity: str = "error"  # "warning" where the CPAM asks for the proof only if possible
    note: str = ""  # what the person should know when it is missing
    note_fr: str = ""
    renewal: tuple[str, ...] = ()  # kinds that keep an expired one of ``any_of`` in force


@dataclass(frozen=True)
class ResidenceWay:
    """One way of proving stable residence the CPAM accepts (``rule`` in ``WAY_RULES``).

    consecutive_months: ``months`` consecutive calendar months of proofs, the latest current;
    current: one proof from the last months; since: a document of ``kinds`` that took effect
    ``months`` or more before the application date (plus a current proof if ``plus_current``);
    bills: ``count`` consecutive bills that together cover ``months`` months, the latest current;
    document: a current document of ``kinds``.
    """

    id: str
    rule: str
    kinds: tuple[str, ...]
    months: int
    count: int
    plus_current: bool
    what: str
    what_fr: str
    why: str
    why_fr: str


@dataclass(frozen=True)
class ResidenceRule:
    """The residence proofs, how recent they must be, and the ways of proving stable residence."""

    kinds: tuple[str, ...]
    months: int
    consecutive: bool
    current_within_months: int
    ways: tuple[ResidenceWay, ...] = ()
    no_wait_under: int = 0  # an applicant younger than this (years) needs only a current proof

    @property
    def all_ways(self) -> tuple[ResidenceWay, ...]:
        """The profile's ways, or the one its ``months`` and ``consecutive`` describe."""
        if self.ways:
            return self.ways
        if self.months > 1:
            what = f"{self.months} {'consecutive ' if self.consecutive else ''}months of proofs"
            rule = "consecutive_months"
        else:
            what, rule = "a proof of residence from the last months", "current"
        return (ResidenceWay("months", rule, self.kinds, self.months, 1, False, what, what, "", ""),)


@dataclass(frozen=True)
class ChildrenRule:
    """What a parent adds for minor children: the attachment form, and each child's civil status."""

    form: Requirement
    civil_status: tuple[str, ...]
    adult_age: int


@dataclass(frozen=True)
class CivilStatusRule:
    """What civil-status documents must show."""

    kinds: tuple[str, ...]
    require_filiation: bool
    require_translation: bool


@dataclass(frozen=True)
class Profile:
    """An applicant's situation and every rule that follows from it."""

    id: str
    title: str
    title_fr: str
    required: tuple[Requirement, ...]
    legal_stay: Requirement | None
    legal_stay_exempt: frozenset[str]
    civil_status: CivilStatusRule
    residence: ResidenceRule
    recommended: tuple[str, ...]
    source: Path
    children: ChildrenRule | None = None


def profiles_dir() -> Path:
    """The shipped profiles: ``profiles/`` of the checkout, or the copy inside the package."""
    checkout = Path(__file__).resolve().parents[2] / "profiles"
    return checkout if checkout.is_dir() else Path(str(resources.files("dossier"))) / "profiles"


def available_profiles() -> dict[str, Path]:
    """Shipped profile ids and their files."""
    return {path.stem: path for path in sorted(profiles_dir().glob("*.toml"))}


@functools.cache
def load_profile(name_or_path: str) -> Profile:
    """Load a shipped profile by id, or a person's own profile file by path."""
    path = Path(name_or_path)
    if not path.suffix:
        known = available_profiles()
        if name_or_path not in known:
            raise ProfileError(
                f"Unknown profile '{name_or_path}'.", fix=f"use one of: {', '.join(sorted(known))}"
            )
        path = known[name_or_path]
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ProfileError(f"Cannot read profile file {path}: {exc.strerror}.", fix="check the path") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML ({exc}).", fix="correct the syntax") from exc
    return _validated(raw, path)


def _validated(raw: dict[str, Any], path: Path) -> Profile:
    check = _Checker(path)
    check.no_unknown(raw, TOP_KEYS, "top level")
    legal = raw.get("legal_stay")
    return Profile(
        id=check.text(raw, "id", "id"),
        title=check.text(raw, "title", "title"),
        title_fr=str(raw.get("title_fr", raw.get("title", ""))),
        required=tuple(
            check.requirement(item, f"required[{i}]") for i, item in enumerate(check.items(raw, "required"))
        ),
        legal_stay=check.requirement(legal, "legal_stay") if legal else None,
        legal_stay_exempt=_exempt_nationalities(check, legal) if legal else frozenset(),
        civil_status=check.civil_status(raw.get("civil_status", {})),
        residence=check.residence(raw.get("residence")),
        recommended=check.kinds(raw.get("recommended", []), "recommended"),
        source=path,
        children=check.children(raw["children"]) if "children" in raw else None,
    )


def _exempt_nationalities(check: _Checker, legal: dict[str, Any]) -> frozenset[str]:
    group = legal.get("exempt", "")
    if not group:
        return frozenset()
    countries = tomllib.loads(resources.files("dossier.data").joinpath("countries.toml").read_text("utf-8"))
    if group not in countries:
        check.fail("legal_stay.exempt", f"unknown country group '{group}' (known: {', '.join(countries)})")
    return frozenset(countries[group])


class _Checker:
    """Validation helpers that name the file and the rule in every error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, rule: str, problem: str) -> NoReturn:
        raise ProfileError(f"{self.path}: rule '{rule}': {problem}.", fix="correct that rule in the file")

    def no_unknown(self, table: dict[str, Any], allowed: set[str], rule: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            self.fail(rule, f"unknown key(s) {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})")

    def text(self, table: dict[str, Any], key: str, rule: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(rule, f"'{key}' must be a non-empty string")
        return str(value)

    def items(self, table: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, "must be a list of tables ([[required]] blocks)")
        return list(value)

    def kinds(self, value: Any, rule: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(rule, "must be a list of document kinds")
        unknown = [v for v in value if v not in all_kinds()]
        if unknown:
            self.fail(rule, f"unknown document kind(s) {', '.join(unknown)}")
        return tuple(value)

    def requirement(self, item: Any, rule: str) -> Requirement:
        if not isinstance(item, dict):
            self.fail(rule, "must be a table")
        self.no_unknown(item, REQUIREMENT_KEYS, rule)
        any_of = self.kinds(item.get("any_of"), f"{rule}.any_of")
        if not any_of:
            self.fail(f"{rule}.any_of", "must name at least one kind")
        what = self.text(item, "what", rule)
        severity = item.get("severity", "error")
        if severity not in ("error", "warning"):
            self.fail(f"{rule}.severity", 'must be "error" or "warning"')
        return Requirement(
            id=str(item.get("id", rule)),
            any_of=any_of,
            what=what,
            what_fr=str(item.get("what_fr", what)),
            severity=str(severity),
            note=str(item.get("note", "")),
            note_fr=str(item.get("note_fr", item.get("note", ""))),
            renewal=self.kinds(item.get("renewal", []), f"{rule}.renewal"),
        )

    def children(self, table: Any) -> ChildrenRule:
        if not isinstance(table, dict):
            self.fail("children", "must be a table")
        self.no_unknown(table, {"form", "civil_status", "adult_age"}, "children")
        age = table.get("adult_age", 18)
        if not isinstance(age, int) or isinstance(age, bool) or not 1 <= age <= 30:
            self.fail("children.adult_age", "must be a whole number of years")
        return ChildrenRule(
            form=self.requirement(table.get("form"), "children.form"),
            civil_status=self.kinds(table.get("civil_status", []), "children.civil_status"),
            adult_age=age,
        )

    def civil_status(self, table: Any) -> CivilStatusRule:
        if not isinstance(table, dict):
            self.fail("civil_status", "must be a table")
        self.no_unknown(table, {"kinds", "require_filiation", "require_translation"}, "civil_status")
        return CivilStatusRule(
            kinds=self.kinds(table.get("kinds", ["birth_certificate"]), "civil_status.kinds"),
            require_filiation=bool(table.get("require_filiation", True)),
            require_translation=bool(table.get("require_translation", True)),
        )

    def residence(self, table: Any) -> ResidenceRule:
        if not isinstance(table, dict):
            self.fail("residence", "is required and must be a table")
        allowed = {"kinds", "months", "consecutive", "current_within_months", "ways", "no_wait_under"}
        self.no_unknown(table, allowed, "residence")
        kinds = self.kinds(table.get("kinds"), "residence.kinds")
        items = enumerate(self.items(table, "ways"))
        ways = [self.way(item, f"residence.ways[{i}]", kinds) for i, item in items]
        return ResidenceRule(
            kinds=kinds,
            months=self.months(table, "months", None, "residence"),
            consecutive=bool(table.get("consecutive", False)),
            current_within_months=self.months(table, "current_within_months", 3, "residence"),
            ways=tuple(ways),
            no_wait_under=self.months(table, "no_wait_under", 18, "residence")
            if "no_wait_under" in table
            else 0,
        )

    def way(self, item: dict[str, Any], rule: str, residence_kinds: tuple[str, ...]) -> ResidenceWay:
        self.no_unknown(item, WAY_KEYS, rule)
        if item.get("rule") not in WAY_RULES:
            self.fail(f"{rule}.rule", f"must be one of {', '.join(WAY_RULES)}")
        what = self.text(item, "what", rule)
        why = str(item.get("why", ""))
        return ResidenceWay(
            id=self.text(item, "id", rule),
            rule=str(item["rule"]),
            kinds=self.kinds(item.get("kinds", list(residence_kinds)), f"{rule}.kinds"),
            months=self.months(item, "months", 1, rule),
            count=self.months(item, "count", 1, rule),
            plus_current=bool(item.get("plus_current", False)),
            what=what,
            what_fr=str(item.get("what_fr", what)),
            why=why,
            why_fr=str(item.get("why_fr", why)),
        )

    def months(self, table: dict[str, Any], key: str, default: int | None, rule: str) -> int:
        value = table.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 24:
            self.fail(f"{rule}.{key}", "must be a whole number of months from 1 to 24")
        return value

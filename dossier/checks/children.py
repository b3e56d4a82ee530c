"""Minor children attached to the application: who they are, and what their parent must add.

Children come from the folder's ``dossier.toml`` (``[[children]]``), from a livret de famille
that lists them, or from a birth certificate that names the applicant as a parent. A child is
a minor when born less than the profile's ``adult_age`` years before the application date (or
when the birth date is not known: the parent knows, and the form asks). Each needs the
attachment form (cerfa 14445*02) and a birth certificate or the livret de famille.
"""

from __future__ import annotations

import datetime as dt

from dossier.checks.findings import Context, as_date, finding, present
from dossier.checks.holders import is_a_parent
from dossier.checks.profiles import Profile
from dossier.models import Applicant, Child, Document, Finding, Overrides, Severity
from dossier.names import PersonName, parse_name, same_person


def find_children(
    documents: list[Document],
    overrides: Overrides,
    applicant: Applicant | None,
    profile: Profile,
    today: dt.date,
) -> tuple[Child, ...]:
    """The minor children of the application; their birth certificates are marked as theirs."""
    found: list[Child] = list(overrides.children)
    for doc in present(documents, ("family_record_book",)):
        for entry in doc.fields.get("children") or ():
            found.append(Child(str(entry["name"]), as_date(entry.get("birth_date")), doc.file))
    reference = PersonName(applicant.surname, applicant.given_names) if applicant else None
    for doc in present(documents, ("birth_certificate",)):
        if reference is not None and doc.holder and is_a_parent(doc, reference):
            found.append(Child(doc.holder, as_date(doc.fields.get("birth_date")), doc.file))
    children = _distinct(found)
    adult_age = profile.children.adult_age if profile.children else 18
    minors = tuple(c for c in children if _minor(c, today, adult_age))
    for doc in present(documents, ("birth_certificate",)):
        child = _child_of(doc, tuple(children))  # a grown child's act is not the applicant's either
        if child is not None:
            doc.fields["of_child"] = child.name
    return minors


def check_children(documents: list[Document], ctx: Context) -> list[Finding]:
    """The attachment form, and a civil-status proof for each child."""
    rule = ctx.profile.children
    if not ctx.children or rule is None:
        return []
    names = ", ".join(_display(child) for child in ctx.children)
    findings = [finding("children_found", Severity.INFO, ctx, kind=rule.form.any_of[0], children=names)]
    if not present(documents, rule.form.any_of):
        findings.append(
            finding(
                "missing_document",
                Severity.ERROR,
                ctx,
                kind=rule.form.any_of[0],
                what=rule.form.what,
                what_fr=rule.form.what_fr,
            )
        )
    books = present(documents, ("family_record_book",)) if "family_record_book" in rule.civil_status else []
    for child in ctx.children:
        if books or any(d.fields.get("of_child") == child.name for d in documents):
            continue
        findings.append(
            finding(
                "missing_document",
                Severity.ERROR,
                ctx,
                template="child_civil_status_missing",
                kind="birth_certificate",
                child=_display(child),
            )
        )
    return findings


def _distinct(children: list[Child]) -> list[Child]:
    """One entry per child: the same name from two sources is one child (the first source kept)."""
    kept: list[Child] = []
    for child in children:
        twin = next((k for k in kept if _same_child(child, k)), None)
        if twin is None:
            kept.append(child)
        elif twin.birth_date is None and child.birth_date is not None:
            kept[kept.index(twin)] = Child(twin.name, child.birth_date, twin.source)
    return kept


def _same_child(a: Child, b: Child) -> bool:
    first, second = parse_name(a.name), parse_name(b.name)
    return first is not None and second is not None and same_person(first, second)


def _minor(child: Child, today: dt.date, adult_age: int) -> bool:
    if child.birth_date is None:
        return True
    try:
        coming_of_age = child.birth_date.replace(year=child.birth_date.year + adult_age)
    except ValueError:  # born on 29 February
        coming_of_age = dt.date(child.birth_date.year + adult_age, 3, 1)
    return today < coming_of_age


def _child_of(doc: Document, children: tuple[Child, ...]) -> Child | None:
    holder = parse_name(doc.holder or "")
    if holder is None:
        return None
    for child in children:
        name = parse_name(child.name)
        if name is not None and same_person(holder, name):
            return child
    return None


def _display(child: Child) -> str:
    name = parse_name(child.name)
    shown = f"{' '.join(name.given_names)} {name.surname}".strip() if name else child.name
    return f"{shown} ({child.birth_date:%d/%m/%Y})" if child.birth_date else shown

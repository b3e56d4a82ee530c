"""The form sheet: what to write on each part of the S1106, as the tool read it and from where.

For the applicant, not for the CPAM: the name exactly as in the identity document, the birth
name and the given names in the birth certificate's order, the dates in the form's format, the
box of their situation; what the tool could not know is marked to fill in by hand, and where two
documents disagree it says so and which one the CPAM follows. Words are data in
``data/form_sheet.toml``; the same sheet is drawn in ``form-sheet.pdf`` and in ``report.html``.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from dossier.models import Applicant, Document, Dossier
from dossier.names import Verdict, compare_names, normalize_token, parse_name
from dossier.names.parse import PersonName
from dossier.names.spelling import given_reasons, surname_reasons

#: Where the identity part comes from, best first: an asylum seeker may have no passport.
IDENTITY_KINDS = ("passport", "national_id", "residence_permit", "asylum_certificate", "permit_receipt")


@dataclass(frozen=True)
class SheetLine:
    """One box of the form: its label, the value to write (None: by hand) and where it comes from."""

    label: str
    value: str | None
    source: str | None = None


@dataclass(frozen=True)
class SheetPart:
    """One part of the form (identity, address, situation, signature)."""

    title: str
    lines: tuple[SheetLine, ...]


@dataclass(frozen=True)
class FormSheet:
    """The whole sheet, in one language."""

    title: str
    intro: str
    parts: tuple[SheetPart, ...]
    notes: tuple[str, ...]  # where two documents disagree, and which one the CPAM follows
    traps_title: str
    traps: tuple[str, ...]
    by_hand: str
    from_word: str


@functools.cache
def _words(lang: str) -> dict[str, Any]:
    raw = tomllib.loads(resources.files("dossier.data").joinpath("form_sheet.toml").read_text("utf-8"))
    return dict(raw["fr" if lang == "fr" else "en"])


def compose_sheet(dossier: Dossier, lang: str = "en") -> FormSheet:
    """The sheet for this dossier: every value the documents give, the rest by hand."""
    w = _words(lang)
    identity = _identity_document(dossier)
    birth = _birth_certificate(dossier)
    parts = (
        SheetPart(w["parts"]["identity"], tuple(_identity_lines(dossier.applicant, identity, birth, w))),
        SheetPart(w["parts"]["address"], (_address_line(dossier.applicant, w),)),
        SheetPart(w["parts"]["situation"], (_situation_line(dossier.profile, w),)),
        SheetPart(w["parts"]["signature"], (SheetLine(w["signed"], w["signed_value"]),)),
    )
    return FormSheet(
        title=w["title"],
        intro=w["intro"],
        parts=parts,
        notes=tuple(_disagreements(dossier.applicant, birth, w)),
        traps_title=w["traps_title"],
        traps=tuple(w["traps"]),
        by_hand=w["by_hand"],
        from_word=w["from"],
    )


def _identity_document(dossier: Dossier) -> Document | None:
    source = dossier.applicant.source if dossier.applicant else None
    ranked = sorted(
        (d for d in dossier.documents if d.kind in IDENTITY_KINDS),
        key=lambda d: (d.kind != source, IDENTITY_KINDS.index(d.kind)),
    )
    return ranked[0] if ranked else None


def _birth_certificate(dossier: Dossier) -> PersonName | None:
    """The applicant's own birth certificate's name (not a child's, not another person's)."""
    if dossier.applicant is None:
        return None
    reference = _reference(dossier.applicant)
    for doc in dossier.documents:
        name = parse_name(doc.holder or "") if doc.kind == "birth_certificate" else None
        if name is None:
            continue
        # The same person, or the same given names under another surname (a married name since).
        if compare_names(reference, name).verdict is not Verdict.DIFFERENT:
            return name
        if name.given_names and given_reasons(reference.given_names, name.given_names) is not None:
            return name
    return None


def _reference(applicant: Applicant) -> PersonName:
    return PersonName(applicant.surname, applicant.given_names)


def _source(key: str | None, w: dict[str, Any]) -> str | None:
    return str(w["sources"].get(key, key)) if key else None


def _identity_lines(
    applicant: Applicant | None, identity: Document | None, birth: PersonName | None, w: dict[str, Any]
) -> list[SheetLine]:
    fields = identity.fields if identity else {}
    id_source = _source(identity.kind if identity else None, w)
    name_source = _source(applicant.source, w) if applicant else None
    lines = [SheetLine(w["surname"], applicant.surname.upper() if applicant else None, name_source)]
    lines += [_birth_surname(applicant, birth, w), _given_names(applicant, birth, w)]
    sex = fields.get("sex")
    lines.append(SheetLine(w["sex"], str(sex) if sex else None, id_source if sex else None))
    born = _form_date(fields.get("birth_date"))
    lines.append(SheetLine(w["birth_date"], born, id_source if born else None))
    lines.append(SheetLine(w["birth_place"], None))
    code = applicant.nationality if applicant else None
    lines.append(
        SheetLine(w["nationality"], w["nationality_code"].format(code=code) if code else None, id_source)
    )
    lines.append(SheetLine(w["ssn"], None))
    return lines


def _birth_surname(applicant: Applicant | None, birth: PersonName | None, w: dict[str, Any]) -> SheetLine:
    if applicant is None:
        return SheetLine(w["birth_surname"], None)
    if birth is not None and birth.surname and not same_surname(applicant.surname, birth.surname):
        # Another surname at birth (a married name on the passport): the birth certificate's.
        return SheetLine(w["birth_surname"], birth.surname.upper(), _source("birth_certificate", w))
    return SheetLine(w["birth_surname"], applicant.surname.upper(), _source(applicant.source, w))


def _given_names(applicant: Applicant | None, birth: PersonName | None, w: dict[str, Any]) -> SheetLine:
    if applicant is None:
        return SheetLine(w["given_names"], None)
    mine = [_as_word(g) for g in applicant.given_names]
    if birth is None or len(birth.given_names) < len(mine):
        return SheetLine(w["given_names"], ", ".join(mine), _source(applicant.source, w))
    # The birth certificate's order and any given name the identity document left out, each
    # spelled as the identity document spells it when it has it (OCR reads acts less well).
    spelled = {normalize_token(g): g for g in mine}
    ordered = [spelled.get(normalize_token(g), _as_word(g)) for g in birth.given_names]
    return SheetLine(w["given_names"], ", ".join(ordered), _source("birth_certificate", w))


def same_surname(a: str, b: str) -> bool:
    """Whether two spellings are one surname (accents, hyphens, one OCR slip aside)."""
    return surname_reasons(a, b) is not None


def _as_word(name: str) -> str:
    return name.title() if name.isupper() else name


def _address_line(applicant: Applicant | None, w: dict[str, Any]) -> SheetLine:
    address = applicant.address if applicant else None
    if address:
        address = ", ".join(part.strip() for part in address.splitlines() if part.strip())
    return SheetLine(w["address"], address, _source("override", w) if address else None)


def _situation_line(profile: str, w: dict[str, Any]) -> SheetLine:
    box = w["situations"].get(profile)
    return SheetLine(w["situation"], box, _source("profile", w) if box else None)


def _form_date(value: object) -> str | None:
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y") if value else None
    except ValueError:
        return None


def _disagreements(applicant: Applicant | None, birth: PersonName | None, w: dict[str, Any]) -> list[str]:
    if applicant is None or birth is None:
        return []
    reference = _reference(applicant)
    if compare_names(reference, birth).verdict is Verdict.SAME:
        return []
    return [
        w["disagree"].format(
            other=_source("birth_certificate", w),
            other_name=birth.display(),
            reference=_source(applicant.source, w),
            reference_name=reference.display(),
        )
    ]

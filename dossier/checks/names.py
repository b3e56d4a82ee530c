"""The holder of every document against the applicant: the same, a variant, or another person.

An error (``name_mismatch``) only when another person's name is surely read where the
applicant's should be (``holders.surely_another_person``); a name that cannot be confirmed,
read partly or not at all, is a ``name_unconfirmed`` warning that names the file and what to
look at. A name that the reference MRZ could have been written from (no accents, transliterated,
cut at the field's end) is the same name.
"""

from __future__ import annotations

from dossier.checks.findings import Context, about, finding
from dossier.checks.holders import HOLDER_EXEMPT_KINDS, REFERENCE_KINDS, surely_another_person
from dossier.models import Document, Finding, Severity
from dossier.names import PersonName, Verdict, compare_names, parse_name
from dossier.names.icao import fits_mrz

#: Kinds that must be in the applicant's name: when no name at all is read on one, say so.
NAME_EXPECTED_KINDS = frozenset(
    {"rent_receipt", "utility_bill", "hosting_certificate", "lease", "rib", "payslip", "birth_certificate"}
)


def check_names(documents: list[Document], ctx: Context) -> list[Finding]:
    """Every document's holder against the applicant: same, spelled differently, or another person."""
    if ctx.applicant is None:
        return []
    reference = PersonName(ctx.applicant.surname, ctx.applicant.given_names)
    findings = []
    for doc in documents:
        if doc.kind in HOLDER_EXEMPT_KINDS or doc.fields.get("duplicate_of") or doc.fields.get("of_child"):
            continue  # a child's birth certificate is in the child's name
        found = _judge(doc, reference, ctx)
        if found is not None:
            findings.append(found)
    return findings


def _judge(doc: Document, reference: PersonName, ctx: Context) -> Finding | None:
    assert ctx.applicant is not None
    holder = parse_name(doc.holder or "")
    if holder is None:
        return _unconfirmed(doc, ctx, "no_name") if doc.kind in NAME_EXPECTED_KINDS else None
    if not ctx.accents_known and fits_mrz(reference, holder):
        return None  # written as the MRZ would write it: no accents, transliterated, cut
    match = compare_names(reference, holder)
    if match.verdict is Verdict.SAME:
        return None
    if match.verdict is Verdict.VARIANT:
        return _variant(doc, match.reasons, ctx)
    if not surely_another_person(doc, holder, reference):
        return _unconfirmed(doc, ctx, "other_name")
    return finding(
        "name_mismatch",
        Severity.ERROR,
        ctx,
        **about(doc),
        holder=doc.holder,
        applicant=ctx.applicant.display_name,
    )


def _variant(doc: Document, all_reasons: tuple[str, ...], ctx: Context) -> Finding | None:
    assert ctx.applicant is not None
    # OCR loses accents often enough that an accent difference is only trusted on text layers.
    accents_seen = ctx.accents_known and all(page.text_source == "pdf-text" for page in doc.pages)
    reasons = [r for r in all_reasons if accents_seen or "accent" not in r]
    if not reasons or doc.kind in REFERENCE_KINDS:
        return None
    return finding(
        "name_variant",
        Severity.WARNING,
        ctx,
        **about(doc),
        holder=doc.holder,
        applicant=ctx.applicant.display_name,
        reasons="; ".join(reasons),
    )


def _unconfirmed(doc: Document, ctx: Context, why: str) -> Finding:
    assert ctx.applicant is not None
    return finding(
        "name_unconfirmed",
        Severity.WARNING,
        ctx,
        template=f"name_unconfirmed_{why}",
        **about(doc),
        holder=doc.holder or "",
        applicant=ctx.applicant.display_name,
    )

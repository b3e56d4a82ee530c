"""The right to stay: a document of legal stay where the profile needs one, valid on the date.

An expired permit is not an error when a receipt of its renewal (récépissé, attestation de
prolongation d'instruction) is valid on the application date: the CPAM judges legal stay on
that date (CSS R111-3), and the receipt keeps the right in force.
"""

from __future__ import annotations

from dossier.checks.findings import Context, about, as_date, finding, present
from dossier.checks.messages import date_label
from dossier.kinds import STAY_KINDS
from dossier.models import Document, Finding, Severity


def check_legal_stay(documents: list[Document], ctx: Context) -> list[Finding]:
    """Non-EU/EEA/Swiss nationals, and every asylum seeker and refugee, need a document of legal stay."""
    rule = ctx.profile.legal_stay
    if rule is None or present(documents, rule.any_of):
        return []
    nationality = ctx.applicant.nationality if ctx.applicant else None
    exempt = ctx.profile.legal_stay_exempt
    if exempt and nationality is None:
        if present(documents, ("passport", "national_id")):
            return [finding("legal_stay_unknown", Severity.WARNING, ctx, kind=rule.any_of[0])]
        return []
    if nationality is not None and nationality.replace("<", "") in exempt:
        return []
    return [
        finding(
            "missing_document",
            Severity.ERROR,
            ctx,
            kind=rule.any_of[0],
            what=rule.what,
            what_fr=rule.what_fr,
            nationality=nationality,
        )
    ]


def check_expiry(documents: list[Document], ctx: Context) -> list[Finding]:
    """Identity and stay documents must be valid on the application date, or renewed by a receipt."""
    findings = []
    renewals = _renewals(documents, ctx)
    for doc in present(documents, STAY_KINDS):
        expiry = as_date(doc.fields.get("expiry_date"))
        if expiry is None and not doc.fields.get("issue_date"):
            # Neither an MRZ nor a printed date was read: its validity is not known, not assumed.
            day = {"date": date_label(ctx.today), "date_fr": date_label(ctx.today, "fr")}
            findings.append(
                finding(
                    "reading_uncertain", Severity.WARNING, ctx, template="expiry_unread", **about(doc), **day
                )
            )
        if expiry is None or expiry >= ctx.today:
            continue
        dates = {"expiry": date_label(expiry), "expiry_fr": date_label(expiry, "fr")}
        receipts = renewals if doc.kind in _renewable(ctx) else []
        findings.append(_expired(doc, receipts, dates, ctx))
    return findings


def _expired(doc: Document, receipts: list[Document], dates: dict[str, str], ctx: Context) -> Finding:
    """An expired document: kept in force by a valid receipt, perhaps by one not read, or expired."""
    valid = [r for r in receipts if (as_date(r.fields.get("expiry_date")) or ctx.today) >= ctx.today]
    read = [r for r in valid if as_date(r.fields.get("expiry_date"))]
    if read:
        until = as_date(read[0].fields["expiry_date"]) or ctx.today
        words = {"receipt": read[0].file, "until": date_label(until), "until_fr": date_label(until, "fr")}
        return finding("permit_renewed", Severity.INFO, ctx, **about(doc), **dates, **words)
    if valid:
        day = {"date": date_label(ctx.today), "date_fr": date_label(ctx.today, "fr")}
        return finding(
            "reading_uncertain",
            Severity.WARNING,
            ctx,
            template="permit_renewal_unread",
            **about(doc),
            **dates,
            **day,
            receipt=valid[0].file,
        )
    return finding("document_expired", Severity.ERROR, ctx, **about(doc), **dates)


def _renewable(ctx: Context) -> set[str]:
    """The kinds a receipt renews: the profile's documents of legal stay other than the receipts."""
    rule = ctx.profile.legal_stay
    return set(rule.any_of) - set(rule.renewal) if rule and rule.renewal else set()


def _renewals(documents: list[Document], ctx: Context) -> list[Document]:
    rule = ctx.profile.legal_stay
    return present(documents, rule.renewal) if rule else []

"""Checks: the documents against the profile, as findings in plain words.

Each check is a small function over the whole set of documents; ``run_checks`` lists them in
the order a person should act on them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from dossier.checks.findings import Check, Context, about, finding, present
from dossier.checks.messages import date_label, language_name, month_label, months_label
from dossier.checks.names import check_names
from dossier.checks.residence import judge, subtract_months
from dossier.extract.filiation import mentions_parents
from dossier.extract.language import reads_poorly
from dossier.kinds import CIVIL_STATUS_KINDS, TRAVEL_KINDS
from dossier.models import Document, Finding, Options, Overrides, Page, Severity
from dossier.read.ingest import Ingested


def run_checks(documents: list[Document], ctx: Context) -> list[Finding]:
    """Every finding, blocking errors first, in a stable order."""
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(documents, ctx))
    return sorted(findings, key=lambda f: f.severity is not Severity.ERROR)


def intake_findings(
    ingested: Ingested, pages: list[Page], options: Options, overrides: Overrides, ctx: Context
) -> list[Finding]:
    """Files that could not be used, pages that could not be read, copies, and a blank CPAM."""
    findings = [
        finding("unreadable_file", Severity.ERROR, ctx, files=[err.rel], problem=err.message, fix=err.fix)
        for err in ingested.unreadable
    ]
    findings += [
        finding(
            "unreadable_file",
            Severity.ERROR,
            ctx,
            template="unreadable_page",
            files=[page.ref.rel],
            file=page.ref.rel,
            page=page.ref.number,
            problem=page.ocr_error,
        )
        for page in pages
        if page.ocr_error
    ]
    findings += [
        finding(
            "duplicate_document", Severity.WARNING, ctx, files=[copy, original], file=copy, original=original
        )
        for copy, original in ingested.duplicates
    ]
    if options.write_packet and not (options.cpam or overrides.cpam):
        findings.append(finding("cpam_unknown", Severity.WARNING, ctx))
    return findings


def check_required(documents: list[Document], ctx: Context) -> list[Finding]:
    """A ``missing_document`` for every requirement of the profile with no document."""
    findings = []
    for req in ctx.profile.required:
        if present(documents, req.any_of):
            continue
        if _translated_but_unrecognised(documents, req.any_of):
            # Its translation is here: the original may be a page the tool could not recognise.
            findings.append(
                finding(
                    "reading_uncertain",
                    Severity.WARNING,
                    ctx,
                    template="original_unrecognised",
                    kind=req.any_of[0],
                    what=req.what,
                    what_fr=req.what_fr,
                    files=[d.file for d in documents if d.kind == "translation"],
                )
            )
            continue
        findings.append(
            finding(
                "missing_document",
                Severity.ERROR,
                ctx,
                kind=req.any_of[0],
                what=req.what,
                what_fr=req.what_fr,
            )
        )
    return findings


def _translated_but_unrecognised(documents: list[Document], kinds: Iterable[str]) -> bool:
    wanted = set(kinds) & CIVIL_STATUS_KINDS
    translations = [d for d in documents if d.kind == "translation" and not d.fields.get("original")]
    unrecognised = [d for d in documents if d.kind == "other"]
    return bool(wanted and translations and unrecognised)


def check_legal_stay(documents: list[Document], ctx: Context) -> list[Finding]:
    """Non-EU/EEA/Swiss nationals need a residence permit or a visa."""
    rule = ctx.profile.legal_stay
    if rule is None or present(documents, rule.any_of):
        return []
    nationality = ctx.applicant.nationality if ctx.applicant else None
    if nationality is None:
        if present(documents, ("passport", "national_id")):
            return [finding("legal_stay_unknown", Severity.WARNING, ctx, kind=rule.any_of[0])]
        return []
    if nationality.replace("<", "") in ctx.profile.legal_stay_exempt:
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
    """Identity and stay documents must be valid on the application date."""
    findings = []
    for doc in present(documents, TRAVEL_KINDS):
        expiry = _as_date(doc.fields.get("expiry_date"))
        if expiry is None and not doc.fields.get("issue_date"):
            # Neither an MRZ nor a printed date was read: its validity is not known, not assumed.
            day = {"date": date_label(ctx.today), "date_fr": date_label(ctx.today, "fr")}
            findings.append(
                finding(
                    "reading_uncertain", Severity.WARNING, ctx, template="expiry_unread", **about(doc), **day
                )
            )
        if expiry is not None and expiry < ctx.today:
            findings.append(
                finding(
                    "document_expired",
                    Severity.ERROR,
                    ctx,
                    **about(doc),
                    expiry=date_label(expiry),
                    expiry_fr=date_label(expiry, "fr"),
                )
            )
    return findings


def check_residence(documents: list[Document], ctx: Context) -> list[Finding]:
    """The residence proofs: current, enough months, consecutive where the profile says so."""
    rule = ctx.profile.residence
    proofs = present(documents, rule.kinds)
    months = {m for doc in proofs for m in doc.months}
    kind = rule.kinds[0]
    files = sorted({d.file for d in proofs})
    if not proofs:
        hint = _recent_months_hint(ctx.today, rule.months)
        return [
            finding(
                "missing_document",
                Severity.ERROR,
                ctx,
                kind=kind,
                what="proof of residence",
                what_fr="justificatif de domicile",
                months_hint=f" ({months_label(hint)})",
                months_hint_fr=f" ({months_label(hint, 'fr')})",
            )
        ]
    verdict = judge(months, rule, ctx.today)
    unread = [doc for doc in proofs if not doc.months]
    if not verdict.ok and unread:
        # The months that look missing may be on a proof whose period was not read: not an error.
        return [_months_unread(doc, verdict.missing, ctx) for doc in unread]
    cutoff = subtract_months(ctx.today, rule.current_within_months)
    values: dict[str, object] = {
        "files": files,
        "kind": kind,
        "months": list(verdict.missing),
        "covered": months_label(verdict.covered),
        "count": len(verdict.covered),
        "missing": months_label(verdict.missing),
        "missing_fr": months_label(verdict.missing, "fr"),
        "within": rule.current_within_months,
        "cutoff": date_label(cutoff),
        "cutoff_fr": date_label(cutoff, "fr"),
    }
    if verdict.outdated or not verdict.covered:
        latest = verdict.covered[-1] if verdict.covered else None
        values.update(
            latest=month_label(latest) if latest else "none",
            latest_fr=month_label(latest, "fr") if latest else "aucun",
        )
        return [finding("residence_outdated", Severity.ERROR, ctx, **values)]
    if verdict.insufficient:
        return [finding("residence_insufficient", Severity.ERROR, ctx, **values)]
    if verdict.gap:
        return [finding("residence_gap", Severity.ERROR, ctx, **values)]
    return []


def _months_unread(doc: Document, missing: tuple[str, ...], ctx: Context) -> Finding:
    wanted = missing or (f"{ctx.today:%Y-%m}",)
    return finding(
        "reading_uncertain",
        Severity.WARNING,
        ctx,
        template="reading_uncertain_months",
        **about(doc),
        months=list(missing),
        wanted=months_label(wanted),
        wanted_fr=months_label(wanted, "fr"),
    )


def _recent_months_hint(today: dt.date, count: int) -> list[str]:
    return [f"{subtract_months(today, i):%Y-%m}" for i in range(count, 0, -1)]


def check_iban(documents: list[Document], ctx: Context) -> list[Finding]:
    """Each RIB must carry an IBAN that passes its checks."""
    findings = []
    for doc in present(documents, ("rib",)):
        iban = doc.fields.get("iban")
        if iban and doc.fields.get("iban_valid"):
            continue
        reason = str(doc.fields.get("iban_problem") or "")
        problem = f"the IBAN {reason}" if iban else "no IBAN could be read on this RIB"
        problem_fr = "l'IBAN n'est pas valide" if iban else "aucun IBAN n'a pu être lu sur ce RIB"
        findings.append(
            finding(
                "invalid_iban",
                Severity.ERROR,
                ctx,
                files=[doc.file],
                kind="rib",
                file=doc.file,
                problem=problem,
                problem_fr=problem_fr,
            )
        )
    return findings


def check_civil_status(documents: list[Document], ctx: Context) -> list[Finding]:
    """Civil-status acts in French or translated, and birth certificates with filiation."""
    rule = ctx.profile.civil_status
    findings = []
    for doc in present(documents, set(rule.kinds) & CIVIL_STATUS_KINDS):
        translation = _translation_of(doc, documents)
        language = doc.fields.get("language")
        if rule.require_translation and language not in (None, "fr") and translation is None:
            # A translation in the folder that could not be matched to an act may be this one's.
            unmatched = [d for d in documents if d.kind == "translation" and not d.fields.get("original")]
            findings.append(
                finding(
                    "reading_uncertain" if unmatched else "translation_missing",
                    Severity.WARNING if unmatched else Severity.ERROR,
                    ctx,
                    template="reading_uncertain_translation" if unmatched else "translation_missing",
                    **about(doc),
                    language=language_name(str(language)),
                    language_fr=language_name(str(language), "fr"),
                    translation=", ".join(d.file for d in unmatched),
                )
            )
        parents = list(doc.fields.get("parents") or [])
        if translation is not None:
            parents += list(translation.fields.get("parents") or [])
        if rule.require_filiation and doc.kind == "birth_certificate" and not parents:
            findings.append(_no_parents_read(doc, translation, ctx))
    return findings


def _no_parents_read(doc: Document, translation: Document | None, ctx: Context) -> Finding:
    """No parent's name read: an error when the act, read well, says nothing of parents; else a warning."""
    texts = [doc.text, translation.text if translation else ""]
    if any(mentions_parents(text) for text in texts) or reads_poorly(doc.text):
        return finding(
            "reading_uncertain", Severity.WARNING, ctx, template="reading_uncertain_parents", **about(doc)
        )
    return finding("filiation_missing", Severity.ERROR, ctx, files=[doc.file], kind=doc.kind, file=doc.file)


def _translation_of(original: Document, documents: list[Document]) -> Document | None:
    key = f"{original.file}#{original.page_numbers[0]}"
    for doc in documents:
        if doc.kind == "translation" and doc.fields.get("original") == key:
            return doc
    return None


def check_unclassified(documents: list[Document], ctx: Context) -> list[Finding]:
    """Pages that match no kind are named, so the person can set their kind or remove them."""
    return [
        finding(
            "unclassified_document",
            Severity.WARNING,
            ctx,
            files=[doc.file],
            kind="other",
            file=doc.file,
            pages=", ".join(str(n) for n in doc.page_numbers),
        )
        for doc in documents
        if doc.kind == "other" and not doc.fields.get("unreadable")
    ]


def check_duplicates(documents: list[Document], ctx: Context) -> list[Finding]:
    """The same document supplied twice (same content, or same kind, holder and period)."""
    return [
        finding(
            "duplicate_document",
            Severity.WARNING,
            ctx,
            files=[doc.file, str(doc.fields["duplicate_of"])],
            kind=doc.kind,
            file=doc.file,
            original=doc.fields["duplicate_of"],
        )
        for doc in documents
        if doc.fields.get("duplicate_of")
    ]


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


CHECKS: tuple[Check, ...] = (
    check_required,
    check_legal_stay,
    check_expiry,
    check_names,
    check_residence,
    check_iban,
    check_civil_status,
    check_duplicates,
    check_unclassified,
)

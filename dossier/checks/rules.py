"""Checks: the documents against the profile, as findings in plain words.

Each check is a small function over the whole set of documents; ``run_checks`` lists them in
the order a person should act on them.
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier.checks.children import check_children
from dossier.checks.findings import Check, Context, about, finding, present
from dossier.checks.messages import language_name
from dossier.checks.names import check_names
from dossier.checks.profiles import Requirement
from dossier.checks.stay import check_expiry, check_legal_stay
from dossier.checks.ways import check_residence
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
    own = [d for d in documents if not d.fields.get("of_child")]  # a child's act is not the parent's
    for req in ctx.profile.required:
        if present(own, req.any_of):
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
        findings.append(_missing(req, ctx))
    return findings


def _missing(req: Requirement, ctx: Context) -> Finding:
    """A missing proof; one the CPAM asks for only if possible is a warning that says so."""
    if req.severity == "warning":
        words = {"note": req.note, "note_fr": req.note_fr}
        return finding(
            "missing_document",
            Severity.WARNING,
            ctx,
            template="missing_if_possible",
            kind=req.any_of[0],
            what=req.what,
            what_fr=req.what_fr,
            **words,
        )
    words = {"what": req.what, "what_fr": req.what_fr}
    found = finding("missing_document", Severity.ERROR, ctx, kind=req.any_of[0], **words)
    note = req.note_fr if ctx.lang == "fr" else req.note
    if note:
        found.message = f"{found.message} {note}"
    return found


def _translated_but_unrecognised(documents: list[Document], kinds: Iterable[str]) -> bool:
    wanted = set(kinds) & CIVIL_STATUS_KINDS
    translations = [d for d in documents if d.kind == "translation" and not d.fields.get("original")]
    # Unrecognised: no kind found, or a second identity document of a kind whose MRZ checks on
    # the first while its own does not (a bilingual act printed as a form looks like a card).
    checked = {d.kind for d in documents if d.kind in TRAVEL_KINDS and d.fields.get("mrz_valid")}
    unrecognised = [
        d for d in documents if d.kind == "other" or (d.kind in checked and not d.fields.get("mrz_valid"))
    ]
    return bool(wanted and translations and unrecognised)


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


CHECKS: tuple[Check, ...] = (
    check_required,
    check_legal_stay,
    check_expiry,
    check_names,
    check_residence,
    check_iban,
    check_civil_status,
    check_children,
    check_duplicates,
    check_unclassified,
)

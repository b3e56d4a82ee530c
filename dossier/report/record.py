"""Report: ``report.json`` (the contract), and the terminal summary a person reads first.

report.json keeps full values (it is the owner's file, mode 0600); the terminal masks IBANs
and document numbers, since terminals are seen over shoulders and pasted into chats.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from dossier import __version__
from dossier.checks.messages import months_label
from dossier.kinds import kind_info
from dossier.models import Document, Dossier, Finding, Severity
from dossier.packet.safety import write_private_atomically
from dossier.report.followup import follow_up_from

MARKS = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "i"}
# Control characters, and the Unicode line and paragraph separators.
CONTROL_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})


def to_json(dossier: Dossier, scans_dir: Path) -> dict[str, Any]:
    """The report as the contract defines it, plus a few documented extra fields."""
    applicant = dossier.applicant
    return {
        "ready": dossier.ready,
        "profile": dossier.profile,
        "profile_source": dossier.profile_source,
        "date": dossier.date.isoformat(),
        "applicant": None
        if applicant is None
        else {
            "surname": applicant.surname,
            "given_names": list(applicant.given_names),
            "source": applicant.source,
            "nationality": applicant.nationality,
            "address": applicant.address,
        },
        "documents": [_document_json(doc) for doc in dossier.documents],
        "findings": [_finding_json(f) for f in dossier.findings],
        "packet": str(dossier.packet) if dossier.packet else None,
        "packet_pages": dossier.packet_pages,
        "packet_sheets": dossier.packet_sheets,
        "packet_weight_g": dossier.packet_weight_g,
        "packet_postage_step_g": dossier.packet_postage_step_g,
        "packet_index": dossier.packet_index,
        "cpam": dossier.cpam,
        "form_sheet": str(dossier.form_sheet) if dossier.form_sheet else None,
        "next_steps": {"follow_up_from": follow_up_from(dossier.date).isoformat()},
        "scans_dir": str(scans_dir),
        "tool": {"name": "dossier", "version": __version__},
    }


def _document_json(doc: Document) -> dict[str, Any]:
    return {
        "file": doc.file,
        "pages": doc.page_numbers,
        "kind": doc.kind,
        "confidence": doc.confidence,
        "holder": doc.holder,
        "months": doc.months,
        "fields": doc.fields,
        "why": doc.reasons,
        "text_source": sorted({page.text_source for page in doc.pages}),
    }


def _finding_json(finding: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "files": finding.files,
        "kind": finding.kind,
        "months": finding.months,
    }
    data.update(finding.extra)
    return data


def write_json(report: dict[str, Any], path: Path) -> None:
    """Write report.json atomically, readable by the owner only."""
    text = json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n"
    write_private_atomically(path, text.encode("utf-8"))


def mask(value: str) -> str:
    """Hide most of an IBAN or document number, keeping at most a quarter at each end: ``FR76****189``."""
    compact = value.replace(" ", "")
    keep_start, keep_end = min(4, len(compact) // 4), min(3, len(compact) // 4)
    hidden = "*" * (len(compact) - keep_start - keep_end)
    return f"{compact[:keep_start]}{hidden}{compact[len(compact) - keep_end :]}"


def render_terminal(dossier: Dossier, report_path: Path, lang: str = "en") -> str:
    """The summary printed at the end of a run."""
    lines = [_headline(dossier), ""]
    lines += ["Documents:"] + [_document_line(doc, dossier.findings) for doc in dossier.documents]
    if not dossier.documents:
        lines.append("  (none)")
    lines += ["", "Findings:" if dossier.findings else "Findings: none, the file is complete."]
    for finding in dossier.findings:
        lines.append(f"  {MARKS[finding.severity]} [{finding.code}] {finding.message}")
    lines += [""]
    if dossier.packet:
        lines.append(
            f"Packet: {dossier.packet} ({dossier.packet_pages} pages, {dossier.packet_sheets} sheets, "
            f"about {dossier.packet_weight_g:.0f} g with the envelope{_postage(dossier)})"
        )
    lines.append(f"Report: {report_path}")
    return "\n".join(_printable(line) for line in lines)


def _printable(line: str) -> str:
    r"""Control characters (a newline or an escape sequence in a file name) shown as ``\n``, ``\x1b``.

    Printed as they are, they would break a line in two or drive the terminal.
    """
    return "".join(ascii(ch)[1:-1] if unicodedata.category(ch) in CONTROL_CATEGORIES else ch for ch in line)


def _postage(dossier: Dossier) -> str:
    step = dossier.packet_postage_step_g
    return f": pay the up-to-{step} g rate" if step else ""


def _headline(dossier: Dossier) -> str:
    who = dossier.applicant.display_name if dossier.applicant else "applicant unknown"
    source = f" (from {dossier.applicant.source})" if dossier.applicant else ""
    state = "READY to send" if dossier.ready else "NOT READY"
    errors = sum(f.severity is Severity.ERROR for f in dossier.findings)
    warnings = sum(f.severity is Severity.WARNING for f in dossier.findings)
    profile = f"{dossier.profile}" + (
        " (inferred from the documents)" if dossier.profile_source == "inferred" else ""
    )
    return (
        f"{state}: {who}{source}, profile {profile}, date {dossier.date.isoformat()}"
        f" — {errors} error(s), {warnings} warning(s)"
    )


def _document_line(doc: Document, findings: list[Finding]) -> str:
    related = [f for f in findings if doc.file in f.files and (f.kind in (None, doc.kind))]
    mark = "✓"
    if any(f.severity is Severity.ERROR for f in related):
        mark = MARKS[Severity.ERROR]
    elif any(f.severity is Severity.WARNING for f in related):
        mark = MARKS[Severity.WARNING]  # an info (a renewal accepted) leaves the document ✓
    pages = ",".join(str(n) for n in doc.page_numbers)
    details = [kind_info(doc.kind).label_en]
    if doc.holder:
        details.append(doc.holder)
    if doc.months:
        details.append(months_label(doc.months))
    number = doc.fields.get("document_number") or doc.fields.get("iban")
    if number:
        details.append(mask(str(number)))
    return f"  {mark} {doc.file} p.{pages}: " + " · ".join(details)

"""Run dossier's stages in-process on the evaluation folders and score each document against its truth.

The stages are called as ``dossier/pipeline.py`` calls them: ``ingest``, ``read_pages`` (every
folder's pages in one parallel pass, cached by content), ``group_documents`` and
``extract_all`` per folder. A document is matched to its truth by file and pages: the produced
document that holds the truth's first page is the one whose kind, holder, months, MRZ and IBAN
are judged; the grouping is right when a produced document has exactly the truth's pages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from causes import cause  # noqa: E402
from workset import Truth  # noqa: E402

from dossier.checks.applicant import settle_spouse  # noqa: E402
from dossier.checks.profiles import load_profile  # noqa: E402
from dossier.checks.rules import Context, check_iban  # noqa: E402
from dossier.classify.pages import group_documents  # noqa: E402
from dossier.extract import extract_all  # noqa: E402
from dossier.kinds import RESIDENCE_KINDS, TRAVEL_KINDS  # noqa: E402
from dossier.models import Applicant, Document, Page  # noqa: E402
from dossier.mrz import read_mrz_band  # noqa: E402
from dossier.names import name_tokens  # noqa: E402
from dossier.read import tools  # noqa: E402
from dossier.read.cache import PageCache  # noqa: E402
from dossier.read.ingest import ingest  # noqa: E402
from dossier.read.ocr import OcrSettings, read_pages  # noqa: E402

MONTHS_KINDS = RESIDENCE_KINDS | {"payslip"}
#: The measures, in the order they are printed.
MEASURES = ("kind", "pages", "holder", "months", "mrz", "iban")
TEXT_EXCERPT = 240
PROGRESS_EVERY = 25


@dataclass
class Outcome:
    """One truth document and what dossier made of it; a measure is None when it does not apply."""

    truth: Truth
    got: dict[str, Any] | None
    checks: dict[str, bool | None] = field(default_factory=dict)
    causes: dict[str, str] = field(default_factory=dict)  # failed measure -> likely cause

    def failed(self) -> list[str]:
        """The measures that apply and failed."""
        return [m for m in MEASURES if self.checks.get(m) is False]

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {"truth": self.truth.as_dict(), "got": self.got, "checks": self.checks, "causes": self.causes}


@dataclass
class FolderRun:
    """What dossier produced for one variant folder."""

    documents: list[Document]
    unreadable: list[str]
    duplicates: list[tuple[str, str]]


def run_dossier(
    folders: dict[str, Path], today: dt.date, jobs: int, cache_dir: Path | None
) -> tuple[dict[str, FolderRun], dict[str, Any]]:
    """Ingest every folder, read all pages in one pass, then group and extract per folder."""
    tesseract = tools.probe_all()
    settings = OcrSettings.probed(tesseract, band_reader=read_mrz_band)
    cache = PageCache(cache_dir) if cache_dir else None
    ingested = {variant: ingest(folder) for variant, folder in folders.items()}
    refs = [ref for found in ingested.values() for ref in found.pages]
    start = time.monotonic()

    def progress(done: int, total: int) -> None:
        if done % PROGRESS_EVERY == 0 or done == total:
            elapsed = time.monotonic() - start
            print(f"  OCR {done}/{total} pages, {elapsed:.0f} s", file=sys.stderr, flush=True)

    print(f"reading {len(refs)} pages with {jobs} jobs ...", file=sys.stderr, flush=True)
    pages = read_pages(refs, settings, cache=cache, jobs=jobs, on_page=progress)
    seconds = time.monotonic() - start
    runs: dict[str, FolderRun] = {}
    offset = 0
    for variant, found in ingested.items():
        mine: list[Page] = pages[offset : offset + len(found.pages)]
        offset += len(found.pages)
        documents = group_documents(mine, {})
        extract_all(documents, today)
        runs[variant] = FolderRun(documents, [err.rel for err in found.unreadable], list(found.duplicates))
    info = {
        "tesseract": tesseract.version,
        "pages": len(refs),
        "ocr_seconds": round(seconds, 1),
        "ocr_read": sum(1 for p in pages if p.text_source == "ocr"),
        "text_layer": sum(1 for p in pages if p.text_source != "ocr"),
    }
    return runs, info


def same_name(got: str | None, want: str | None) -> bool:
    """Holder comparison of the golden tests: the same words, accents, case and order aside."""
    if not got or not want:
        return False
    return sorted(name_tokens(got)) == sorted(name_tokens(want))


def _doc_data(doc: Document) -> dict[str, Any]:
    fields = {k: v for k, v in doc.fields.items() if k != "twoddoc"}
    return {
        "file": doc.file,
        "pages": doc.page_numbers,
        "kind": doc.kind,
        "confidence": doc.confidence,
        "why": list(doc.reasons),
        "holder": doc.holder,
        "months": list(doc.months),
        "fields": fields,
        "text_source": sorted({p.text_source for p in doc.pages}),
        "rotation": [p.rotation for p in doc.pages],
        "ocr_error": [p.ocr_error for p in doc.pages if p.ocr_error],
        "text_chars": sum(len(p.text.strip()) for p in doc.pages),
        "text_start": " ".join(doc.text.split())[:TEXT_EXCERPT],
    }


def _iban_verdict_ok(truth: Truth, doc: Document | None, ctx: Context) -> tuple[bool, bool]:
    """(verdict right, invalid_iban finding raised) for a RIB, as ``check_iban`` judges it."""
    if doc is None or doc.kind != "rib":
        return False, False
    alone = dataclasses.replace(doc, fields={k: v for k, v in doc.fields.items() if k != "duplicate_of"})
    flagged = bool(check_iban([alone], ctx))
    valid_verdict = bool(doc.fields.get("iban")) and bool(doc.fields.get("iban_valid")) and not flagged
    return valid_verdict == bool(truth.iban_valid), flagged


def _holder_after_spouse(truth: Truth, doc: Document) -> str | None:
    """A marriage certificate's holder is the spouse who is the applicant (as the pipeline settles it)."""
    if doc.kind not in ("marriage_certificate", "family_record_book"):
        return doc.holder
    probe = dataclasses.replace(doc, fields=dict(doc.fields))
    settle_spouse([probe], Applicant(truth.surname, truth.given_names, "eval"))
    return probe.holder


def score(truths: Sequence[Truth], runs: dict[str, FolderRun], today: dt.date) -> list[Outcome]:
    """Match each truth to the produced documents of its file and judge every measure that applies."""
    ctx = Context(load_profile("inactive"), None, today, "en", False)
    outcomes = []
    for truth in truths:
        run = runs[truth.variant]
        in_file = [d for d in run.documents if d.file == truth.file]
        exact = next((d for d in in_file if tuple(d.page_numbers) == truth.pages), None)
        first = next((d for d in in_file if truth.pages[0] in d.page_numbers), None)
        doc = exact or first
        got = None if doc is None else _doc_data(doc)
        if got is not None:
            got["file_documents"] = [[d.page_numbers, d.kind] for d in in_file]
        checks: dict[str, bool | None] = dict.fromkeys(MEASURES)
        checks["kind"] = doc is not None and doc.kind == truth.kind
        checks["pages"] = exact is not None
        if truth.holder:
            holder = None if doc is None else _holder_after_spouse(truth, doc)
            checks["holder"] = same_name(holder, truth.holder)
            if got is not None and doc is not None and holder != doc.holder:
                got["holder_settled"] = holder
        if truth.kind in MONTHS_KINDS:
            checks["months"] = doc is not None and tuple(doc.months) == truth.months
        if truth.kind in TRAVEL_KINDS:
            checks["mrz"] = (
                doc is not None
                # The lines as the tool settled them (check digits, fillers, printed name);
                # "mrz" keeps the lines as OCR read them.
                and tuple(doc.fields.get("mrz_corrected") or doc.fields.get("mrz") or ()) == truth.mrz
                and doc.fields.get("mrz_valid") is True
            )
        if truth.kind == "rib":
            ok, flagged = _iban_verdict_ok(truth, doc, ctx)
            checks["iban"] = ok
            if got is not None:
                got["invalid_iban_finding"] = flagged
        if doc is None and got is None:
            got = {"missing": _why_missing(truth, run)}
        outcome = Outcome(truth, got, checks)
        if doc is not None and got is not None and outcome.failed():
            got["text"] = doc.text  # the whole text, for the failures only
            if checks["holder"] is False and truth.holder:
                words = set(name_tokens(doc.text))
                got["name_words_not_in_text"] = [w for w in name_tokens(truth.holder) if w not in words]
        outcome.causes = {m: cause(m, truth, got, today) for m in outcome.failed()}
        outcomes.append(outcome)
    return outcomes


def _why_missing(truth: Truth, run: FolderRun) -> str:
    if truth.file in run.unreadable:
        return "file reported unreadable"
    if any(copy == truth.file for copy, _ in run.duplicates):
        return "file skipped as a duplicate"
    return "no document holds this page"

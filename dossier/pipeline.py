"""The whole job, top to bottom: scans folder in, report and packet out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from dossier.checks import (
    Context,
    anchor_holders,
    choose_applicant,
    choose_profile,
    find_children,
    intake_findings,
    load_overrides,
    load_profile,
    run_checks,
    settle_spouse,
    unanchored,
)
from dossier.classify import group_documents
from dossier.errors import UsageError
from dossier.extract import (
    extract_all,
    fill_from_second_reading,
    reread_page,
    without_months,
)
from dossier.models import Applicant, Document, Dossier, Options
from dossier.mrz import read_mrz_band
from dossier.packet import build_packet, prepare_out_dir
from dossier.read import (
    OcrSettings,
    PageCache,
    ProgressHook,
    already_read,
    default_cache_dir,
    ingest,
    probe_all,
    read_again,
    read_pages,
)
from dossier.report import compose_sheet, to_json, write_html, write_json, write_sheet_pdf

REPORT_NAME = "report.json"
HTML_NAME = "report.html"
SHEET_NAME = "form-sheet.pdf"


def build(options: Options, on_page: ProgressHook | None = None) -> Dossier:
    """Read every scan, check it against the profile, write the report and (if asked) the packet."""
    scans_dir = _existing_folder(options.scans_dir)
    tesseract = probe_all()
    overrides = load_overrides(scans_dir)
    today = options.date or overrides.date or dt.date.today()
    prepare_out_dir(options.out_dir)

    settings = replace(OcrSettings.probed(tesseract, band_reader=read_mrz_band), page_rereader=reread_page)
    cache = PageCache(default_cache_dir()) if options.use_cache else None
    ingested = ingest(scans_dir, skip=(options.out_dir,), already_read=already_read(cache, settings))
    pages = read_pages(ingested.pages, settings, cache=cache, jobs=options.jobs, on_page=on_page)

    documents = group_documents(pages, overrides.kinds)
    extract_all(documents, today)

    profile_id, profile_source = choose_profile(options, overrides, documents)
    profile = load_profile(str(options.profile_file) if options.profile_file else profile_id)
    applicant, accents_known = choose_applicant(options, overrides, documents)
    settle_spouse(documents, applicant)
    anchor_holders(documents, applicant)
    _read_wanting_again(documents, applicant, today=today, settings=settings, cache=cache, jobs=options.jobs)
    children = find_children(documents, overrides, applicant, profile, today)
    context = Context(profile, applicant, today, options.lang, accents_known, children)
    findings = intake_findings(ingested, pages, options, overrides, context) + run_checks(documents, context)

    dossier = Dossier(today, profile.id, profile_source, applicant, documents, findings, overrides)
    dossier.cpam = options.cpam or overrides.cpam
    dossier.children = children
    if options.write_packet:
        packet = build_packet(dossier, options, options.out_dir / packet_name(dossier), cache)
        dossier.packet, dossier.packet_pages = packet.path, packet.pages
        dossier.packet_sheets, dossier.packet_weight_g = packet.sheets, packet.weight_g
        dossier.packet_postage_step_g = packet.postage_step_g
        dossier.packet_index = [entry._asdict() for entry in packet.documents]

    if options.write_packet:
        dossier.form_sheet = options.out_dir / SHEET_NAME
        write_sheet_pdf(compose_sheet(dossier, options.lang), dossier.form_sheet)

    report = to_json(dossier, scans_dir)
    write_json(report, options.out_dir / REPORT_NAME)
    write_html(dossier, report, options.out_dir / HTML_NAME, lang=options.lang)
    return dossier


def _read_wanting_again(
    documents: list[Document],
    applicant: Applicant | None,
    *,
    today: dt.date,
    settings: OcrSettings,
    cache: PageCache | None,
    jobs: int,
) -> None:
    """Documents missing the applicant's name or their months: pages read by the second engine."""
    # An act without parents is read again only when its name was not read either (a garbled
    # hand-filled form): a clean act that shows no parents is simply without filiation.
    wanting = unanchored(documents, applicant)
    wanting += [doc for doc in without_months(documents) if doc not in wanting]
    if read_again([page for doc in wanting for page in doc.pages], settings, cache=cache, jobs=jobs):
        fill_from_second_reading(wanting, today)
        anchor_holders(wanting, applicant)


def _existing_folder(path: Path) -> Path:
    if not path.is_dir():
        raise UsageError(f"{path} is not a folder.", fix="give the folder that holds your scans")
    return path.resolve()


def default_out_dir(scans_dir: Path) -> Path:
    """Beside the scans folder, never inside it, so a later run does not read its own outputs."""
    resolved = scans_dir.resolve()
    return resolved.parent / f"{resolved.name}-dossier"


def packet_name(dossier: Dossier) -> str:
    """A file name that says what the packet is, stable for the same person and date."""
    who = dossier.applicant.surname if dossier.applicant else "demande"
    safe = re.sub(r"[^A-Za-z0-9-]+", "-", who).strip("-") or "demande"
    return f"PUMa-{safe}-{dossier.date.isoformat()}.pdf"

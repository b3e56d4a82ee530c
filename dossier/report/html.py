"""report.html: the report as one self-contained page a person opens in a browser.

Everything is inline (CSS, page thumbnails as base64 JPEG data: URIs); the page loads nothing
from the network and runs no script. Every value is escaped. IBANs and document numbers are
masked (full values stay in report.json). The words are data in ``data/next_steps.toml``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import io
import tomllib
from dataclasses import dataclass
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from PIL import Image

from dossier.checks.messages import date_label, language_name, months_label
from dossier.kinds import kind_info
from dossier.models import Dossier, Page
from dossier.packet.safety import write_private_atomically
from dossier.read.pageimage import load_preview, thumbnail_uri
from dossier.report.form_sheet import compose_sheet
from dossier.report.sheet_html import sheet_section

THUMB_DPI = 30
MASK = "•"
MASKED_FIELDS = frozenset({"iban", "document_number"})
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# What loading a damaged, vanished or odd page can raise; such a page gets a placeholder.
LOAD_ERRORS = (OSError, ValueError, RuntimeError, EOFError, IndexError, Image.DecompressionBombError)

CSS = """
:root{--err:#b00020;--warn:#8a5300;--ok:#1b6e20;--ink:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--ink);background:#f4f4f2}main{max-width:66rem;margin:0 auto;padding:1rem}h2{margin:0 0 .75rem;
font-size:1.35rem}a{color:#0645ad}.banner{padding:1.25rem 1.5rem;border-radius:.5rem;color:#fff}
.banner.ready{background:var(--ok)}.banner.not-ready{background:var(--err)}
.state{font-size:clamp(2.2rem,9vw,3.6rem);font-weight:800;letter-spacing:.04em;margin:0;line-height:1.1}
.banner p{margin:.25rem 0 0;font-size:1.1rem}.banner dl{display:grid;
grid-template-columns:max-content minmax(0,1fr);gap:.15rem 1rem;margin:.9rem 0 0}.banner dt{font-weight:600}
.banner dd{margin:0}section{background:#fff;border:1px solid var(--line);border-radius:.5rem;
padding:1rem 1.25rem;margin:1rem 0}ul.items,ol.steps{padding-left:1.25rem;margin:0}
ul.items li,ol.steps li{margin:.45rem 0}.sev{display:inline-block;font-size:.75rem;font-weight:700;
padding:.05rem .55rem;border-radius:1rem;color:#fff;margin-right:.4rem;text-transform:uppercase;
letter-spacing:.03em;vertical-align:.1em}.sev.error{background:var(--err)}
.sev.warning{background:var(--warn)}.sev.ok{background:var(--ok)}.sev.info{background:#3d4f5c}
.files{color:var(--muted);font-size:.92rem}.cards{display:grid;
grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));gap:1rem;align-items:start}
.card{border:1px solid var(--line);border-left:6px solid var(--ok);border-radius:.5rem;padding:.9rem 1rem;
min-width:0}.card.error{border-left-color:var(--err)}.card.warning{border-left-color:var(--warn)}
.card h3{margin:0 0 .4rem;font-size:1.15rem;display:flex;justify-content:space-between;gap:.5rem;
align-items:baseline}.card:target{outline:3px solid #0645ad}.thumbs{display:flex;flex-wrap:wrap;gap:.6rem;
margin:.5rem 0}figure{margin:0}figure img{display:block;max-width:100%;height:auto;
border:1px solid var(--line);background:#fff}.nopreview{width:180px;max-width:100%;height:254px;
display:flex;align-items:center;justify-content:center;background:#dcdcdc;color:#222;border:1px dashed #777;
font-size:.9rem}figcaption{font-size:.8rem;color:var(--muted);text-align:center}dl.facts{display:grid;
grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem;margin:.5rem 0;font-size:.95rem}
dl.facts dt{font-weight:600;color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
.mono{font-family:ui-monospace,"DejaVu Sans Mono",monospace}.why{color:var(--muted);font-size:.88rem}
ul.card-findings{list-style:none;padding:0;margin:.6rem 0 0;border-top:1px solid var(--line)}
ul.card-findings li{margin:.45rem 0}footer{color:var(--muted);font-size:.85rem;text-align:center;
margin:1.5rem 0}table.sheet{border-collapse:collapse;width:100%}table.sheet th,table.sheet td{text-align:left;
vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}table.sheet th{font-weight:400;
width:40%}.muted{color:var(--muted);font-size:.88rem}p.warning{color:var(--warn);font-weight:600}
@media (max-width:40rem){main{padding:.5rem}section{padding:.75rem}
.banner dl,dl.facts{grid-template-columns:minmax(0,1fr)}dl.facts dd{margin-bottom:.3rem}}
@media print{body{background:#fff;font-size:10.5pt}main{max-width:none;padding:0}.banner{color:#000;
background:#fff!important;border:3px solid #000}.sev{color:#000;background:#fff!important;
border:1px solid #000}.card,.banner,li,figure{break-inside:avoid}h2,h3{break-after:avoid}
section{padding:.5rem 0;border:0}.card{border-color:#888}.cards{grid-template-columns:1fr 1fr;gap:.5rem}
figure img,.nopreview{max-width:130px}.nopreview{height:184px}a{color:inherit;text-decoration:none}
img{print-color-adjust:exact}}
"""


@dataclass(frozen=True)
class Words:
    """The page's words in one language."""

    lang: str
    labels: dict[str, str]
    fields: dict[str, str]
    values: dict[str, str]
    steps: list[tuple[str, str]]

    def say(self, key: str, **values: object) -> str:
        """A label with its placeholders filled, HTML-escaped."""
        return escape(self.labels[key].format(**values))


@functools.cache
def words(lang: str) -> Words:
    """The words of the report in ``lang`` ("en" or "fr"; anything else falls back to English)."""
    raw = tomllib.loads(resources.files("dossier.data").joinpath("next_steps.toml").read_text("utf-8"))
    key = lang if lang in raw["labels"] else "en"
    steps = [(str(step[f"{key}_title"]), str(step[key])) for step in raw["steps"]]
    return Words(key, dict(raw["labels"][key]), dict(raw["fields"][key]), dict(raw["values"][key]), steps)


def write_html(dossier: Dossier, report: dict[str, Any], path: Path, lang: str = "en") -> None:
    """Write report.html atomically, readable by the owner only."""
    write_private_atomically(path, render_html(dossier, report, lang).encode("utf-8"))


def render_html(dossier: Dossier, report: dict[str, Any], lang: str = "en") -> str:
    """The whole page as a string."""
    w = words(lang)
    anchors = _anchors(report)
    body = [
        _header(report, w),
        _todo(report, anchors, w),
        _documents(dossier, report, w),
        _unreadable(report, anchors, w),
        _packet(report, w),
        sheet_section(compose_sheet(dossier, w.lang), w.labels["form_sheet"]) if dossier.applicant else "",
        _next_steps(report, w),
    ]
    tool = report.get("tool") or {}
    footer = w.say("footer", tool=f"{tool.get('name', 'dossier')} {tool.get('version', '')}".strip())
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{w.say('title')}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(part for part in body if part)
        + f"\n<footer>{footer}</footer>\n</main>\n</body>\n</html>\n"
    )


def mask_value(value: str) -> str:
    """Show only the first 4 and last 3 characters of an IBAN or document number."""
    compact = value.replace(" ", "")
    if len(compact) <= 7:
        return MASK * len(compact)
    return compact[:4] + MASK * (len(compact) - 7) + compact[-3:]


def page_thumbnail(page: Page) -> tuple[str, int, int] | None:
    """An upright JPEG thumbnail of the page as (data: URI, width, height); None if it cannot load.

    The OCR stage made it while the page was decoded; only a page it could not read is loaded here.
    """
    uri = page.thumbnail
    if not uri:
        try:
            image = load_preview(page.ref, THUMB_DPI)
            if page.rotation % 360:
                image = image.rotate(-page.rotation, expand=True, fillcolor=255)
            uri = thumbnail_uri(image)
        except LOAD_ERRORS:
            return None
    try:
        with Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))) as thumb:
            width, height = thumb.size
    except (*LOAD_ERRORS, IndexError, binascii.Error):
        return None
    return uri, width, height


def _anchors(report: dict[str, Any]) -> dict[str, str]:
    """Each file's first document card, or the unreadable-files list."""
    anchors: dict[str, str] = {}
    for index, doc in enumerate(report.get("documents", []), start=1):
        anchors.setdefault(str(doc["file"]), f"doc-{index}")
    for finding in _findings(report, "unreadable_file"):
        for file in finding.get("files", []):
            anchors.setdefault(str(file), "unreadable")
    return anchors


def _findings(report: dict[str, Any], code: str | None = None) -> list[dict[str, Any]]:
    found = [f for f in report.get("findings", []) if code is None or f.get("code") == code]
    return sorted(found, key=lambda f: SEVERITY_ORDER.get(str(f.get("severity")), 3))


def _header(report: dict[str, Any], w: Words) -> str:
    ready = bool(report.get("ready"))
    severities = [f.get("severity") for f in report.get("findings", [])]
    applicant = report.get("applicant")
    who = w.say("applicant_unknown")
    if applicant:
        name = " ".join([*applicant.get("given_names", []), str(applicant.get("surname", "")).upper()])
        who = f"{escape(name.strip())} {w.say('from_source', source=applicant.get('source', '?'))}"
    profile = escape(str(report.get("profile", "")))
    if report.get("profile_source") == "inferred":
        profile += f" ({w.say('inferred')})"
    counts = w.say("counts", errors=severities.count("error"), warnings=severities.count("warning"))
    rows = [("applicant", who), ("profile", profile), ("date", _date(report, w))]
    return (
        f'<header class="banner {"ready" if ready else "not-ready"}">'
        f'<h1 class="state">{w.say("ready" if ready else "not_ready")}</h1>'
        f"<p>{w.say('ready_text' if ready else 'not_ready_text')} — {counts}</p>"
        f"<dl>{_rows(rows, w)}</dl></header>"
    )


def _rows(rows: list[tuple[str, str]], w: Words) -> str:
    """Label keys and already-escaped values as the rows of a <dl>."""
    return "".join(f"<dt>{w.say(key)}</dt><dd>{value}</dd>" for key, value in rows)


def _date(report: dict[str, Any], w: Words) -> str:
    raw = str(report.get("date", ""))
    try:
        return escape(date_label(dt.date.fromisoformat(raw), w.lang))
    except ValueError:
        return escape(raw)


def _badge(severity: str, w: Words) -> str:
    key = severity if severity in SEVERITY_ORDER or severity == "ok" else "info"
    return f'<span class="sev {key}">{w.say(key)}</span>'


def _file_links(files: list[str], anchors: dict[str, str]) -> str:
    links = [
        f'<a href="#{anchors[file]}">{escape(file)}</a>' if file in anchors else escape(file)
        for file in files
    ]
    return ", ".join(links)


def _finding_item(finding: dict[str, Any], anchors: dict[str, str] | None, w: Words) -> str:
    text = f"{_badge(str(finding.get('severity')), w)}{escape(str(finding.get('message', '')))}"
    files = [str(f) for f in finding.get("files", [])]
    if anchors is not None and files:
        text += f' <span class="files">{w.say("concerns")} {_file_links(files, anchors)}</span>'
    return f"<li>{text}</li>"


def _todo(report: dict[str, Any], anchors: dict[str, str], w: Words) -> str:
    findings = _findings(report)
    items = "".join(_finding_item(f, anchors, w) for f in findings)
    content = f'<ul class="items">{items}</ul>' if findings else f"<p>{w.say('todo_none')}</p>"
    return f'<section aria-labelledby="todo"><h2 id="todo">{w.say("todo")}</h2>{content}</section>'


def _documents(dossier: Dossier, report: dict[str, Any], w: Words) -> str:
    docs = report.get("documents", [])
    cards = []
    for index, doc in enumerate(docs, start=1):
        pages = dossier.documents[index - 1].pages if index <= len(dossier.documents) else []
        cards.append(_card(index, doc, pages, _related(report, doc), w))
    content = f'<div class="cards">{"".join(cards)}</div>' if cards else f"<p>{w.say('documents_none')}</p>"
    return f'<section aria-labelledby="docs"><h2 id="docs">{w.say("documents")}</h2>{content}</section>'


def _related(report: dict[str, Any], doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        f
        for f in _findings(report)
        if doc["file"] in f.get("files", []) and f.get("kind") in (None, doc.get("kind"))
    ]


def _card(index: int, doc: dict[str, Any], pages: list[Page], related: list[dict[str, Any]], w: Words) -> str:
    kind = str(doc.get("kind", "other"))
    info = kind_info(kind)
    label = info.label_fr if w.lang == "fr" else info.label_en
    severities = {f.get("severity") for f in related}
    status = "error" if "error" in severities else "warning" if "warning" in severities else "ok"
    notes = "".join(_finding_item(f, None, w) for f in related)
    return (
        f'<article class="card {status}" id="doc-{index}">'
        f"<h3><span>{index}. {escape(label[:1].upper() + label[1:])}</span>{_badge(status, w)}</h3>"
        f'<div class="thumbs">{_thumbs(pages, str(doc["file"]), label, w)}</div>'
        f'<dl class="facts">{_facts(doc, w)}{_fields(doc.get("fields") or {}, w)}</dl>'
        + (f'<ul class="card-findings">{notes}</ul>' if notes else "")
        + "</article>"
    )


def _thumbs(pages: list[Page], file: str, label: str, w: Words) -> str:
    figures = []
    for page in pages:
        number = page.ref.number
        thumb = page_thumbnail(page)
        if thumb is None:
            alt = w.say("no_preview_alt", page=number, file=file)
            image = f'<div class="nopreview" role="img" aria-label="{alt}">{w.say("no_preview")}</div>'
        else:
            uri, width, height = thumb
            alt = w.say("page_alt", page=number, file=file, kind=label)
            image = f'<img src="{uri}" width="{width}" height="{height}" alt="{alt}">'
        figures.append(
            f"<figure>{image}<figcaption>{w.say('page_caption', page=number)}</figcaption></figure>"
        )
    return "".join(figures)


def _facts(doc: dict[str, Any], w: Words) -> str:
    pages = ", ".join(str(n) for n in doc.get("pages", []))
    rows = [("file", f'<span class="mono">{escape(str(doc["file"]))}</span> · p. {escape(pages)}')]
    if doc.get("holder"):
        rows.append(("holder", escape(str(doc["holder"]))))
    if doc.get("months"):
        rows.append(("months", escape(months_label(doc["months"], w.lang))))
    why = "; ".join(str(reason) for reason in doc.get("why") or [])
    confidence = f"{float(doc.get('confidence') or 0.0):.0%}"
    rows.append(
        ("confidence", escape(confidence) + (f' <span class="why">— {escape(why)}</span>' if why else ""))
    )
    return _rows(rows, w)


def _fields(fields: dict[str, Any], w: Words) -> str:
    rows = []
    for key, label in w.fields.items():
        value = fields.get(key)
        if value is None or value in ("", []):
            continue
        rows.append(f"<dt>{escape(label)}</dt><dd>{_field_value(key, value, w)}</dd>")
    return "".join(rows)


def _field_value(key: str, value: Any, w: Words) -> str:
    if key in MASKED_FIELDS:
        return f'<span class="mono">{escape(mask_value(str(value)))}</span>'
    if isinstance(value, bool):
        return escape(w.values[str(value).lower()])
    if key == "language":
        return escape(language_name(str(value), w.lang))
    if key == "twoddoc" and isinstance(value, dict):
        return escape(" · ".join(str(value[part]) for part in ("type", "signature") if value.get(part)))
    if isinstance(value, list | tuple):
        return escape(", ".join(str(item) for item in value))
    return escape(str(value))


def _unreadable(report: dict[str, Any], anchors: dict[str, str], w: Words) -> str:
    findings = _findings(report, "unreadable_file")
    if not findings:
        return ""
    items = "".join(
        f"<li><strong>{_file_links([str(f) for f in finding.get('files', [])], anchors)}</strong>: "
        f"{escape(str(finding.get('message', '')))}</li>"
        for finding in findings
    )
    return (
        f'<section aria-labelledby="unreadable"><h2 id="unreadable">{w.say("unreadable")}</h2>'
        f'<ul class="items">{items}</ul></section>'
    )


def _packet(report: dict[str, Any], w: Words) -> str:
    head = f'<section aria-labelledby="packet"><h2 id="packet">{w.say("packet")}</h2>'
    if not report.get("packet"):
        return f"{head}<p>{w.say('packet_none')}</p></section>"
    grams = f"{float(report.get('packet_weight_g') or 0.0):.0f}"
    rows = [
        ("packet_path", f'<span class="mono">{escape(str(report["packet"]))}</span>'),
        ("packet_pages", escape(str(report.get("packet_pages", "")))),
        ("packet_sheets", escape(str(report.get("packet_sheets", "")))),
        ("packet_weight", w.say("weight", grams=grams)),
    ]
    return f'{head}<dl class="facts">{_rows(rows, w)}</dl></section>'


def _day(iso: str, w: Words) -> str:
    try:
        return date_label(dt.date.fromisoformat(iso), w.lang)
    except ValueError:
        return iso


def _next_steps(report: dict[str, Any], w: Words) -> str:
    steps = list(w.steps)
    follow_up = (report.get("next_steps") or {}).get("follow_up_from")
    if follow_up:
        posted = _day(str(report.get("date", "")), w)
        steps.append(
            (
                w.labels["follow_up_title"],
                w.labels["follow_up"].format(posted=posted, date=_day(follow_up, w)),
            )
        )
    items = "".join(f"<li><strong>{escape(title)}.</strong> {escape(text)}</li>" for title, text in steps)
    return (
        f'<section aria-labelledby="next"><h2 id="next">{w.say("next_steps")}</h2>'
        f'<ol class="steps">{items}</ol></section>'
    )

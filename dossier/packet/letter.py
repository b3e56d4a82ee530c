"""The cover letter and the bordereau (numbered list of the enclosed documents), in French.

The words live in ``data/letter.toml``; this module chooses them for the dossier at hand and
lays them out on A4 pages with the DejaVu fonts (Helvetica when they are not installed).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

import pymupdf

from dossier.kinds import RESIDENCE_KINDS, TRAVEL_KINDS, kind_info
from dossier.models import Document, Dossier, Options
from dossier.names import parse_name
from dossier.packet.typeset import LEFT, RIGHT, Face, Pen, faces, wrap

PAGE = pymupdf.paper_rect("a4")
TOP, BOTTOM = 56.0, PAGE.height - 44.0
RECIPIENT_X = 318.0  # about 11 cm from the left edge: under a window envelope's window
GREY = (0.35, 0.35, 0.35)
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})")
POSTCODE_CITY_RE = re.compile(r"\b\d{5}\s+(.+)$")
CEDEX_RE = re.compile(r"\s+cedex(\s+\d+)?\s*$", re.IGNORECASE)
PLACEHOLDER_RE = re.compile(r"{(\w+)}")


@functools.cache
def texts() -> dict[str, Any]:
    """The contents of ``data/letter.toml``."""
    raw = resources.files("dossier.data").joinpath("letter.toml").read_text("utf-8")
    return tomllib.loads(raw)


# --- French words ---------------------------------------------------------------------------


def french_date(day: dt.date) -> str:
    """``15 novembre 2026``, ``1er mai 2027``."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {texts()['months']['long'][day.month - 1]} {day.year}"


def month_name(month: str, *, short: bool = False) -> str:
    """``2026-09`` -> ``septembre 2026`` (or ``sept. 2026``); anything else unchanged."""
    match = MONTH_RE.match(month)
    if not match or not 1 <= int(match[2]) <= 12:
        return month
    names = texts()["months"]["short" if short else "long"]
    return f"{names[int(match[2]) - 1]} {match[1]}"


def months_text(months: list[str], *, short: bool = False) -> str:
    """The months a document covers: one month, a run ``sept. – nov. 2026``, or a list."""
    ordered = sorted(set(months))
    if len(ordered) <= 1 or not _consecutive(ordered):
        return ", ".join(month_name(m, short=short) for m in ordered)
    first, last = month_name(ordered[0], short=short), month_name(ordered[-1], short=short)
    if ordered[0][:4] == ordered[-1][:4]:
        first = first.rsplit(" ", 1)[0]
    return f"{first} – {last}"


def _consecutive(months: list[str]) -> bool:
    indices = [int(m[:4]) * 12 + int(m[5:7]) for m in months if MONTH_RE.match(m)]
    return len(indices) == len(months) and all(b - a == 1 for a, b in itertools.pairwise(indices))


def _day(value: object) -> str | None:
    try:
        return dt.date.fromisoformat(str(value)).strftime("%d/%m/%Y") if value else None
    except ValueError:
        return None


def piece_label(doc: Document, original: Document | None) -> str:
    """The French name of a document; a translation is named after its original."""
    if doc.kind == "translation":
        titles = texts()["translation_of"]
        return str(titles.get(original.kind if original else "other", titles["other"]))
    return kind_info(doc.kind).label_fr


def piece_details(doc: Document, original_number: int | None = None) -> str:
    """What tells this document apart in the bordereau: months, nationality, employer, etc."""
    fields, parts = doc.fields, []
    if doc.months:
        parts.append(months_text(doc.months))
    if doc.kind in TRAVEL_KINDS and fields.get("nationality"):
        parts.append(str(fields["nationality"]).replace("<", ""))
    if doc.kind in TRAVEL_KINDS and _day(fields.get("expiry_date")):
        parts.append(f"valable jusqu'au {_day(fields.get('expiry_date'))}")
    if doc.kind in ("employment_contract", "student_certificate") and not doc.months:
        parts.append(str(fields.get("employer") or fields.get("institution") or ""))
    if doc.kind == "self_employment_proof" and fields.get("siret"):
        parts.append(f"SIRET {fields['siret']}")
    if doc.kind in ("lease", "hosting_certificate") and not doc.months and _day(fields.get("period_start")):
        parts.append(f"depuis le {_day(fields.get('period_start'))}")
    if original_number is not None:
        parts.append(f"traduction de la pièce n° {original_number}")
    return ", ".join(part for part in parts if part)


def piece_short(doc: Document, label: str) -> str:
    """The label for page footers: ``Quittance de loyer (sept. 2026)``."""
    return f"{label} ({months_text(doc.months, short=True)})" if doc.months else label


# --- the cover letter -----------------------------------------------------------------------


@dataclass(frozen=True)
class Letter:
    """Everything the cover letter says, before layout."""

    sender: list[str]
    recipient: list[str]
    place_date: str
    paragraphs: list[str]
    enclosures: str
    signer: str


def compose_letter(dossier: Dossier, options: Options, labels: list[str]) -> Letter:
    """The letter's words for this dossier; ``labels`` are the enclosed documents, in order."""
    words = texts()["letter"]
    name = dossier.applicant.display_name if dossier.applicant else words["blank_line"]
    address = _address_lines(dossier)
    cpam = options.cpam or dossier.overrides.cpam
    city = _city(address) or words["place_blank"]
    values = _letter_values(dossier)
    sentences = texts()["profiles"].get(dossier.profile, texts()["profiles"]["default"])["sentences"]
    situations = _situation_sentences(dossier, values)
    paragraphs = [
        _first_fitting(alts, values) for alts in [words["opening"], *sentences, *situations, words["request"]]
    ]
    return Letter(
        sender=[name, *(address or [words["blank_line"], words["blank_line"]])],
        recipient=_recipient_lines(cpam) if cpam else [words["cpam_blank"], words["blank_line"]],
        place_date=f"À {city}, le {french_date(dossier.date)}",
        paragraphs=[p for p in paragraphs if p],
        enclosures=_enclosure_summary(labels),
        signer=name,
    )


def _address_lines(dossier: Dossier) -> list[str]:
    raw = dossier.overrides.address or (dossier.applicant.address if dossier.applicant else None) or ""
    lines = raw.splitlines() if "\n" in raw.strip() else raw.split(",")
    return [line.strip() for line in lines if line.strip()]


def _city(address: list[str]) -> str:
    """The town of the address: what follows the postcode, CEDEX removed."""
    for line in reversed(address):
        match = POSTCODE_CITY_RE.search(line)
        if match:
            return CEDEX_RE.sub("", match[1]).strip()
    last = address[-1] if address else ""
    return "" if any(ch.isdigit() for ch in last) or last.casefold() == "france" else last


def _recipient_lines(cpam: str) -> list[str]:
    lines = [line.strip() for line in cpam.splitlines() if line.strip()]
    if lines and not re.search(r"\b(cpam|caisse)\b", lines[0], re.IGNORECASE):
        lines[0] = f"CPAM {lines[0]}"
    return lines


def _letter_values(dossier: Dossier) -> dict[str, str]:
    docs = [d for d in dossier.documents if not d.fields.get("duplicate_of")]
    residence = sorted(m for d in docs if d.kind in RESIDENCE_KINDS for m in _doc_months(d))
    values = {"since": month_name(residence[0]) if residence else ""}
    for key, kinds, field in (
        ("employer", ("employment_contract", "payslip"), "employer"),
        ("institution", ("student_certificate",), "institution"),
        ("siret", ("self_employment_proof",), "siret"),
        ("s1_country", ("s1_form",), "issuing_country"),
    ):
        found = [str(d.fields[field]).strip() for d in docs if d.kind in kinds and d.fields.get(field)]
        values[key] = found[0] if found else ""
    employer = values["employer"]
    values["de_employer"] = "" if not employer else _elided("de", employer)
    return values


def _situation_sentences(dossier: Dossier, values: dict[str, str]) -> list[list[str]]:
    """The sentences of the situations that apply: a domiciliation address, children, a renewal."""
    words = texts()["situations"]
    docs = [d for d in dossier.documents if not d.fields.get("duplicate_of")]
    chosen: list[list[str]] = []
    if any(d.kind == "domiciliation_certificate" for d in docs):
        chosen += words["domiciliation"]
    if dossier.children:
        values["children"] = _children_words(dossier)
        chosen += words["children"]
    renewed = [f for f in dossier.findings if f.code == "permit_renewed"]
    receipts = [d for d in docs if d.kind == "permit_receipt" and _day(d.fields.get("expiry_date"))]
    expired = [d for d in docs if d.kind == "residence_permit" and _day(d.fields.get("expiry_date"))]
    if renewed and receipts and expired:
        values["permit_expiry"] = _day(expired[0].fields.get("expiry_date")) or ""
        values["receipt_expiry"] = _day(receipts[0].fields.get("expiry_date")) or ""
        chosen += words["renewal"]
    return chosen


def _children_words(dossier: Dossier) -> str:
    parts = []
    for child in dossier.children:
        name = parse_name(child.name)
        shown = f"{' '.join(name.given_names)} {name.surname}" if name else child.name
        born = f", né(e) le {child.birth_date:%d/%m/%Y}" if child.birth_date else ""
        parts.append(shown + born)
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]


def _elided(word: str, following: str) -> str:
    """``de Carrefour``, ``d'Airbus``."""
    return (
        f"{word[0]}'{following}" if following[:1].casefold() in "aeiouyàâéèêëîïôœù" else f"{word} {following}"
    )


def _doc_months(doc: Document) -> list[str]:
    start = str(doc.fields.get("period_start") or "")
    return [*doc.months, start[:7]] if MONTH_RE.match(start) else list(doc.months)


def _first_fitting(alternatives: list[str], values: dict[str, str]) -> str:
    for text in alternatives:
        keys = PLACEHOLDER_RE.findall(text)
        if all(values.get(key) for key in keys):
            return PLACEHOLDER_RE.sub(lambda m: values[m[1]], text)
    return ""


def _enclosure_summary(labels: list[str]) -> str:
    """``bordereau et 5 pièces : passeport ; quittance de loyer (3) ; relevé…``."""
    words = texts()["letter"]
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    listed = " ; ".join(_lower_first(label) + ("" if n == 1 else f" ({n})") for label, n in counts.items())
    count = f"{len(labels)} {words['piece_one'] if len(labels) == 1 else words['piece_many']}"
    return str(words["enclosures"]).format(count=count, labels=listed)


def _lower_first(label: str) -> str:
    """``Passeport`` -> ``passeport``, but ``RIB`` or ``S1106…`` stay as they are."""
    first = label.split(" ", 1)[0]
    return label if first[1:2].isupper() or not first[:1].isupper() else label[0].lower() + label[1:]


def draw_letter(page: pymupdf.Page, letter: Letter) -> None:
    """Lay the letter out on one page, smaller type if it would not fit."""
    regular, bold = faces()
    regular.register(page)
    bold.register(page)
    for size in (10.5, 10.0, 9.5, 9.0, 8.5, 8.0):
        if _letter_layout(None, letter, size) <= BOTTOM:
            break
    # One shape for the whole page: each text PyMuPDF writes on a page first scans its content.
    shape = page.new_shape()
    _letter_layout(shape, letter, size)
    shape.commit()


def _letter_layout(page: pymupdf.Shape | None, letter: Letter, size: float) -> float:
    """Draw the letter (or only measure it when ``page`` is None); returns the last baseline."""
    words, (regular, bold) = texts()["letter"], faces()
    lead = size * 1.38
    pen = Pen(page, size, lead)
    y = pen.lines(LEFT, TOP, letter.sender[:1], bold)
    y = pen.lines(LEFT, y, letter.sender[1:], regular)
    y_to = pen.lines(RECIPIENT_X, max(150.0, y + lead), letter.recipient[:1], bold)
    y_to = pen.lines(RECIPIENT_X, y_to, letter.recipient[1:], regular)
    y = max(y, y_to) + 2 * lead
    pen.text(RIGHT - regular.width(letter.place_date, size), y, letter.place_date, regular)
    y = pen.lines(LEFT, y + 2 * lead, [words["registered"]], regular) + lead
    y = pen.labelled(y, words["object_label"], words["object"])
    y = pen.labelled(y, words["enclosures_label"], letter.enclosures) + lead
    y = pen.lines(LEFT, y, [words["salutation"]], regular) + lead * 0.5
    for paragraph in [*letter.paragraphs, words["close"]]:
        y = pen.lines(LEFT, y, wrap(paragraph, regular, size, RIGHT - LEFT), regular) + lead * 0.5
    y = pen.lines(RECIPIENT_X, y + lead, [letter.signer], bold)
    return pen.lines(RECIPIENT_X, y, [words["signature"]], regular) + 4 * lead


# --- the bordereau --------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One line of the bordereau: piece number, label, details, pages in the packet."""

    number: int
    label: str
    details: str
    pages: str

    @property
    def cells(self) -> tuple[str, str, str, str]:
        """The four cells, left to right."""
        return (str(self.number), self.label, self.details, self.pages)


TABLE_SIZE, TABLE_LEAD, CELL_PAD = 9.5, 12.5, 4.0
COLUMN_X = (LEFT, LEFT + 30.0, LEFT + 236.0, RIGHT - 52.0, RIGHT)
TABLE_TOP = TOP + 62.0
TABLE_BOTTOM = BOTTOM - 34.0  # room for the totals line


def _cell_lines(cells: list[str] | tuple[str, ...], face: Face) -> list[list[str]]:
    """Each cell's lines; the page range is never wrapped, so rows keep their height once numbered."""
    *wrapped, pages = cells
    widths = [COLUMN_X[i + 1] - COLUMN_X[i] - 2 * CELL_PAD for i in range(len(wrapped))]
    return [
        *(wrap(text, face, TABLE_SIZE, width) for text, width in zip(wrapped, widths, strict=True)),
        [pages],
    ]


def _row_height(lines: list[list[str]]) -> float:
    return max(1, *(len(cell) for cell in lines)) * TABLE_LEAD + 2 * CELL_PAD


def paginate_bordereau(rows: list[Row]) -> list[list[Row]]:
    """The rows split into pages (at least one page, even with no rows)."""
    regular, bold = faces()
    room = TABLE_BOTTOM - TABLE_TOP - _row_height(_cell_lines(texts()["bordereau"]["headers"], bold))
    pages: list[list[Row]] = [[]]
    used = 0.0
    for row in rows:
        height = _row_height(_cell_lines(row.cells, regular))
        if pages[-1] and used + height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += height
    return pages


def draw_bordereau(page: pymupdf.Page, rows: list[Row], *, subtitle: str, totals: str, part: int) -> None:
    """One page of the bordereau; ``totals`` is written under the table when not empty."""
    words, (regular, bold) = texts()["bordereau"], faces()
    regular.register(page)
    bold.register(page)
    title = words["title"] if part == 0 else f"{words['title']} {words['continued']}"
    shape = page.new_shape()  # the whole page in one go (see draw_letter)
    Pen(shape, 15.0, 18.0).text(LEFT, TOP + 8, title, bold)
    Pen(shape, 9.5, 12.0).lines(LEFT, TOP + 28, wrap(subtitle, regular, 9.5, RIGHT - LEFT), regular)
    y = _table_row(shape, TABLE_TOP, list(words["headers"]), bold, shade=True)
    for row in rows:
        y = _table_row(shape, y, list(row.cells), regular, shade=False)
    if totals:
        Pen(shape, 9.5, 12.0).lines(LEFT, y + 20, wrap(totals, regular, 9.5, RIGHT - LEFT), regular)
    shape.commit()


def _table_row(shape: pymupdf.Shape, top: float, cells: list[str], face: Face, *, shade: bool) -> float:
    """Draw one row with its borders; returns its bottom edge."""
    lines = _cell_lines(cells, face)
    bottom = top + _row_height(lines)
    shape.draw_rect(pymupdf.Rect(COLUMN_X[0], top, COLUMN_X[-1], bottom))
    shape.finish(color=GREY, fill=(0.9, 0.9, 0.9) if shade else None, width=0.5)
    for x in COLUMN_X[1:-1]:
        shape.draw_line((x, top), (x, bottom))
    shape.finish(color=GREY, width=0.5)
    pen = Pen(shape, TABLE_SIZE, TABLE_LEAD)
    for i, cell in enumerate(lines):
        pen.lines(COLUMN_X[i] + CELL_PAD, top + CELL_PAD + TABLE_SIZE, cell, face)
    return bottom

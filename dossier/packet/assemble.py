"""The packet: cover letter, bordereau, then every document, on numbered A4 pages, in one PDF.

The same dossier and date always give the same bytes; the file is written atomically, mode
0600, and carries no metadata from the sources nor from this machine.
"""

from __future__ import annotations

import functools
import math
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import pymupdf
from PIL import Image

from dossier.errors import OutputError, UsageError
from dossier.kinds import kind_info
from dossier.models import Document, Dossier, Options, Page
from dossier.packet import letter, typeset
from dossier.packet import memo as packetmemo
from dossier.packet.pdfimage import SourceCache, place, scrub
from dossier.packet.safety import write_private_atomically
from dossier.packet.textlayer import add_text_layer
from dossier.read.cache import PageCache

A4 = pymupdf.paper_rect("a4")
MARGIN = 34.0  # 12 mm: inside what any office printer can print
FOOTER_BASELINE = A4.height - 22.0
CONTENT = pymupdf.Rect(MARGIN, MARGIN, A4.width - MARGIN, FOOTER_BASELINE - 14.0)
FOOTER_SIZE = 7.5
WATERMARK_MAX_CHARS = 100
WATERMARK_OPACITY = 0.2
WATERMARK_GREY = (0.3, 0.3, 0.3)
PAGE_ERRORS = (OSError, RuntimeError, ValueError, Image.DecompressionBombError)


class PacketDocument(NamedTuple):
    """One enclosed document: its number, its bordereau title and its pages in the packet."""

    number: int
    title: str
    first_page: int
    last_page: int


@dataclass(frozen=True)
class PacketInfo:
    """What was written: the file, its pages and sheets, and what it costs to post."""

    path: Path
    pages: int
    sheets: int
    weight_g: float
    postage_step_g: int | None  # None: heavier than the heaviest letter step
    documents: tuple[PacketDocument, ...]


@dataclass(frozen=True)
class Piece:
    """A document as enclosed: numbered, named, described."""

    number: int
    doc: Document
    label: str
    details: str
    short: str

    @property
    def title(self) -> str:
        """``Quittance de loyer — septembre 2026``."""
        return f"{self.label} — {self.details}" if self.details else self.label


@dataclass(frozen=True)
class Slot:
    """One page of the packet: what goes on it and where it sits in its part."""

    kind: str  # "letter", "index", "piece" or "blank"
    part: int  # 0-based page within the letter, the bordereau or the piece
    parts: int
    piece: Piece | None = None


def build_packet(
    dossier: Dossier, options: Options, dest: Path, store: PageCache | None = None
) -> PacketInfo:
    """Write the packet PDF to ``dest`` atomically: if anything fails, a previous packet stays intact.

    ``store``, the private page cache, keeps the page images prepared for the packet.
    """
    watermark = watermark_text(options.watermark, dossier)
    layout = _layout(dossier, options)
    inputs = packetmemo.inputs_digest(dossier, options, watermark) if store is not None else ""
    if store is None or not packetmemo.unchanged(store, dest, inputs):
        data = _render(dossier, options, layout, watermark, store)
        write_private_atomically(dest, data)
        if store is not None:
            packetmemo.remember(store, dest, inputs, data)
    return _info(dest, layout.slots, layout.pieces, duplex=options.duplex)


def watermark_text(option: str | None, dossier: Dossier) -> str | None:
    """The watermark to print: None for none, the default text for "", else the given text."""
    if option is None:
        return None
    text = option.strip()
    if not text:
        return str(letter.texts()["watermark"]["default"]).format(date=dossier.date.strftime("%d/%m/%Y"))
    if len(text) > WATERMARK_MAX_CHARS:
        raise UsageError(
            f"The watermark text has {len(text)} characters; at most {WATERMARK_MAX_CHARS} fit on a page.",
            fix="shorten it, or leave the option out to get the default text",
        )
    if not text.isprintable():
        raise UsageError(
            "The watermark text has a line break or a control character.", fix="write it on one line"
        )
    return text


def ordered_pieces(documents: list[Document]) -> list[Piece]:
    """The documents to enclose, numbered in packet order, each translation after its original."""
    kept = [d for d in documents if d.pages and not d.fields.get("duplicate_of")]
    by_key = {f"{d.file}#{d.page_numbers[0]}": d for d in kept}
    paired = {id(d): original for d in kept if (original := _original_of(d, by_key)) is not None}
    order: list[Document] = []
    for doc in sorted((d for d in kept if id(d) not in paired), key=_sort_key):
        order.append(doc)
        order.extend(sorted((t for t in kept if paired.get(id(t)) is doc), key=_sort_key))
    numbers = {id(d): i for i, d in enumerate(order, 1)}
    pieces = []
    for number, doc in enumerate(order, 1):
        original = paired.get(id(doc))
        label = letter.piece_label(doc, original)
        details = letter.piece_details(doc, numbers[id(original)] if original else None)
        pieces.append(Piece(number, doc, label, details, letter.piece_short(doc, label)))
    return pieces


def _original_of(doc: Document, by_key: dict[str, Document]) -> Document | None:
    """The document a translation translates (``fields["original"]`` is ``file#page``), if enclosed."""
    if doc.kind != "translation":
        return None
    original = by_key.get(str(doc.fields.get("original")))
    return original if original is not None and original.kind != "translation" else None


def _sort_key(doc: Document) -> tuple[int, str, str, int]:
    return (kind_info(doc.kind).order, min(doc.months, default=""), doc.file, doc.page_numbers[0])


def _plan(pieces: list[Piece], index_parts: int, *, duplex: bool) -> list[Slot]:
    """Every page of the packet in order; in duplex, each part starts on a front side."""
    slots: list[Slot] = []
    parts: list[tuple[str, int, Piece | None]] = [("letter", 1, None), ("index", index_parts, None)]
    parts += [("piece", len(piece.doc.pages), piece) for piece in pieces]
    for kind, count, piece in parts:
        if duplex and len(slots) % 2:
            slots.append(Slot("blank", 0, 1))
        slots.extend(Slot(kind, i, count, piece) for i in range(count))
    return slots


def _page_ranges(slots: list[Slot]) -> dict[int, tuple[int, int]]:
    ranges: dict[int, tuple[int, int]] = {}
    for number, slot in enumerate(slots, 1):
        if slot.piece is not None:
            first = ranges.get(slot.piece.number, (number, number))[0]
            ranges[slot.piece.number] = (first, number)
    return ranges


@dataclass(frozen=True)
class _Layout:
    """What goes on which page: the pieces in order, every page's slot, the bordereau's pages."""

    pieces: list[Piece]
    slots: list[Slot]
    chunks: list[list[letter.Row]]


def _layout(dossier: Dossier, options: Options) -> _Layout:
    pieces = ordered_pieces(dossier.documents)
    probe = [letter.Row(p.number, p.label, p.details, "") for p in pieces]
    index_parts = len(letter.paginate_bordereau(probe))
    slots = _plan(pieces, index_parts, duplex=options.duplex)
    ranges = _page_ranges(slots)
    rows = [letter.Row(p.number, p.label, p.details, _range_text(ranges[p.number])) for p in pieces]
    return _Layout(pieces, slots, letter.paginate_bordereau(rows))


def _render(
    dossier: Dossier, options: Options, layout: _Layout, watermark: str | None, store: PageCache | None
) -> bytes:
    pieces, slots, chunks = layout.pieces, layout.slots, layout.chunks
    cover = letter.compose_letter(dossier, options, [p.label for p in pieces])
    name = dossier.applicant.display_name if dossier.applicant else ""
    out = pymupdf.open()
    cache = SourceCache(store)
    try:
        for number, slot in enumerate(slots, 1):
            page = out.new_page(width=A4.width, height=A4.height)
            placed: tuple[pymupdf.Rect, Page] | None = None
            # Before any placed page brings fonts of the same name; the letter and the
            # bordereau register the bold face they alone use.
            typeset.faces()[0].register(page)
            if slot.kind == "letter":
                letter.draw_letter(page, cover)
            elif slot.kind == "index":
                _draw_index(page, dossier, chunks, slot, pieces=len(pieces), pages=len(slots))
            elif slot.kind == "blank":
                _draw_blank(page)
            elif slot.piece is not None:
                scanned = slot.piece.doc.pages[slot.part]
                placed = (_draw_piece_page(page, scanned, cache), scanned)
            # The watermark and the footer go in one shape: each commit scans the page's content.
            shape = page.new_shape()
            if placed is not None and watermark:
                _watermark(shape, placed[0], watermark)
            _footer(shape, name, _footer_parts(slot, len(pieces), number, len(slots)))
            shape.commit()
            if placed is not None and placed[1].text_source == "ocr" and placed[1].words:
                # Last: every text PyMuPDF writes scans the page's content first, text layer included.
                add_text_layer(page, *placed)
        return _finish(out, dossier, name)
    finally:
        cache.close()
        out.close()


def _range_text(pages: tuple[int, int]) -> str:
    return str(pages[0]) if pages[0] == pages[1] else f"{pages[0]}–{pages[1]}"


def _draw_index(
    page: pymupdf.Page,
    dossier: Dossier,
    chunks: list[list[letter.Row]],
    slot: Slot,
    *,
    pieces: int,
    pages: int,
) -> None:
    words = letter.texts()["bordereau"]
    who = dossier.applicant.display_name if dossier.applicant else ""
    subtitle = " — ".join(p for p in (words["subtitle"], who, letter.french_date(dossier.date)) if p)
    last = slot.part == len(chunks) - 1
    totals = str(words["totals"]).format(documents=pieces, pages=pages) if last else ""
    letter.draw_bordereau(page, chunks[slot.part], subtitle=subtitle, totals=totals, part=slot.part)


def _draw_blank(page: pymupdf.Page) -> None:
    regular = typeset.faces()[0]
    text = letter.texts()["footer"]["blank"]
    x = (A4.width - regular.width(text, 9.0)) / 2
    page.insert_text((x, A4.height / 2), text, fontname=regular.name, fontsize=9.0, color=letter.GREY)


def _draw_piece_page(page: pymupdf.Page, source_page: Page, cache: SourceCache) -> pymupdf.Rect:
    """The source page placed upright in the content box; returns where it went."""
    try:
        source = cache.source(source_page, CONTENT)
        try:
            rect = place(page, CONTENT, source)
        finally:
            if source.owned:
                source.doc.close()
    except PAGE_ERRORS as err:
        raise OutputError(
            f"Could not put {source_page.label} into the packet ({str(err).strip()[:200]}).",
            fix="check that the file still opens; if not, scan that page again",
        ) from err
    return rect


def _watermark(shape: pymupdf.Shape, rect: pymupdf.Rect, text: str) -> None:
    """One light, rising diagonal line across the middle of the picture, clear of its edges.

    It stays within the middle half of the picture's height and 80 % of its width, so the MRZ
    at the bottom of an identity page and a 2D-Doc in a corner are left untouched.
    """
    face = typeset.faces()[0]
    angle = math.radians(min(math.degrees(math.atan2(rect.height, rect.width)), 50.0))
    span = min(0.8 * rect.width / math.cos(angle), 0.5 * rect.height / math.sin(angle))
    size = max(6.0, min(36.0, span / face.width(text, 1.0)))
    length = face.width(text, size)
    centre = (rect.tl + rect.br) / 2
    origin = pymupdf.Point(centre.x - length / 2, centre.y + size * 0.35)
    shape.insert_text(
        origin,
        text,
        fontsize=size,
        fontname=face.name,
        color=WATERMARK_GREY,
        fill_opacity=WATERMARK_OPACITY,
        morph=(centre, pymupdf.Matrix(math.degrees(angle))),
    )


def _footer_parts(slot: Slot, pieces: int, number: int, total: int) -> tuple[str, str, str]:
    """What the footer says, as (part, title, position); the title is shortened when too long."""
    words = letter.texts()["footer"]
    where = f"page {number}/{total}"
    if slot.kind == "blank":
        return str(words["blank"]), "", where
    position = f"p. {slot.part + 1}/{slot.parts} · {where}"
    if slot.piece is not None:
        return f"{words['piece']} {slot.piece.number}/{pieces}", slot.piece.short, position
    return str(words["letter" if slot.kind == "letter" else "index"]), "", position


def _footer(shape: pymupdf.Shape, left: str, parts: tuple[str, str, str]) -> None:
    """The applicant's name at the left; the piece, its title and the page numbers at the right."""
    face = typeset.faces()[0]
    room = A4.width - 2 * MARGIN - face.width(left, FOOTER_SIZE) - 12.0
    head, title, tail = parts
    right = " — ".join(p for p in parts if p)
    while title and face.width(right, FOOTER_SIZE) > room:
        title = title[:-1]
        right = " — ".join(p for p in (head, title.rstrip() + "…", tail) if p)
    style: dict[str, Any] = {"fontname": face.name, "fontsize": FOOTER_SIZE, "color": letter.GREY}
    shape.insert_text((MARGIN, FOOTER_BASELINE), left, **style)
    shape.insert_text((A4.width - MARGIN - face.width(right, FOOTER_SIZE), FOOTER_BASELINE), right, **style)


def _finish(out: pymupdf.Document, dossier: Dossier, name: str) -> bytes:
    """Subset the fonts, remove every trace of the sources, set fixed metadata, serialise."""
    out.subset_fonts()
    scrub(out)
    stamp = dossier.date.strftime("D:%Y%m%d000000Z")
    title = f"Demande PUMa — {name}" if name else "Demande PUMa"
    out.set_metadata({"title": title, "producer": "dossier", "creationDate": stamp, "modDate": stamp})
    out.xref_set_key(out.pdf_catalog(), "Info", "null")  # MuPDF's own stray "Producer (MuPDF …)"
    return bytes(out.tobytes(garbage=4, deflate=True, no_new_id=True))


@functools.cache
def postage() -> dict[str, Any]:
    """The contents of ``data/postage.toml``."""
    return tomllib.loads(resources.files("dossier.data").joinpath("postage.toml").read_text("utf-8"))


def _info(dest: Path, slots: list[Slot], pieces: list[Piece], *, duplex: bool) -> PacketInfo:
    data = postage()
    sheets = math.ceil(len(slots) / 2) if duplex else len(slots)
    weight = round(sheets * float(data["sheet_g"]) + float(data["envelope_g"]), 1)
    step = next((int(s) for s in data["steps_g"] if weight <= s), None)
    ranges = _page_ranges(slots)
    documents = tuple(PacketDocument(p.number, p.title, *ranges[p.number]) for p in pieces)
    return PacketInfo(dest, len(slots), sheets, weight, step, documents)

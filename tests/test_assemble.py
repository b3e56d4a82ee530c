"""The packet PDF: order, pages, footers, privacy, determinism, atomic writing."""

from __future__ import annotations

import datetime as dt
import io
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pymupdf
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from dossier.errors import OutputError, UsageError
from dossier.models import Applicant, Document, Dossier, Options, Overrides, Page, PageRef, SourceType, Word
from dossier.packet import assemble, safety
from dossier.packet.assemble import PacketInfo, build_packet, ordered_pieces
from dossier.packet.pdfimage import MAX_DPI, fit, strip_jpeg
from dossier.packet.pdfimage import _entropy_end as entropy_end
from dossier.read.cache import PageCache

FONT = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
DPI = 200
A4_PX = (1654, 2339)  # A4 at 200 dpi
DATE = dt.date(2026, 11, 15)
FORBIDDEN = (
    b"/JavaScript",
    b"/JS",
    b"/AA",
    b"/OpenAction",
    b"/EmbeddedFile",
    b"/URI",
    b"/Annots",
    b"/AcroForm",
)


# --- sources -----------------------------------------------------------------------------------


def text_image(
    lines: list[str], *, size: tuple[int, int] = A4_PX, mode: str = "L"
) -> tuple[Image.Image, list[Word]]:
    """A white page with the lines written on it, a black square in its top-left corner, and
    the words' boxes in points (at 200 dpi), as OCR would give them."""
    image = Image.new(mode, size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0] // 8, size[0] // 8), fill="black")
    words: list[Word] = []
    y = size[0] // 6
    for line in lines:
        x = 150.0
        for token in line.split():
            box = draw.textbbox((x, y), token, font=FONT)
            draw.text((x, y), token, fill="black", font=FONT)
            words.append(Word(token, *(v * 72 / DPI for v in box)))
            x = box[2] + draw.textlength(" ", font=FONT)
        y += 80
    return image, words


def exif_jpeg(path: Path) -> list[Word]:
    """A JPEG stored lying on its side, with EXIF orientation 6, GPS tags and a comment."""
    upright, words = text_image(["QUITTANCE DE LOYER", "Septembre 2026"])
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # EXIF 6 turns it back clockwise
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (45.0, 45.0, 1.0)
    stored.save(path, "JPEG", quality=85, exif=exif.tobytes(), dpi=(DPI, DPI), comment=b"secret comment")
    return words


def js_pdf(path: Path) -> None:
    """A PDF page with a text layer, a link, a filled form field, an attachment, JavaScript,
    XMP and an author; its /Rotate is 90 (shown landscape)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "Certificat de scolarite", fontsize=14)
    page.draw_rect(pymupdf.Rect(0, 0, 60, 60), color=(0, 0, 0), fill=(0, 0, 0))
    page.insert_link(
        {"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 80, 300, 110), "uri": "https://evil.example"}
    )
    widget = pymupdf.Widget()
    widget.field_name, widget.field_type = "nom", pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.rect, widget.field_value = pymupdf.Rect(72, 200, 300, 220), "ValeurRemplie"
    page.add_widget(widget)
    doc.embfile_add("secret.txt", b"attached secret")
    doc.set_metadata({"author": "Secret Author", "title": "source"})
    doc.set_xml_metadata("<x:xmpmeta xmlns:x='adobe:ns:meta/'>SecretXMP</x:xmpmeta>")
    action = doc.get_new_xref()
    doc.update_object(action, "<< /S /JavaScript /JS (app.alert('hi');) >>")
    doc.xref_set_key(doc.pdf_catalog(), "OpenAction", f"{action} 0 R")
    page.set_rotation(90)
    doc.save(path)


def image_page(path: Path, words: list[Word] | None = None, *, rotation: int = 0, index: int = 0) -> Page:
    ref = PageRef(path=path, rel=path.name, sha256="0" * 64, type=SourceType.IMAGE, index=index)
    width, height = (A4_PX[0] * 72 / DPI, A4_PX[1] * 72 / DPI)
    return Page(ref, "", "ocr", rotation=rotation, width_pt=width, height_pt=height, words=words or [])


def pdf_page(path: Path, index: int = 0) -> Page:
    ref = PageRef(path=path, rel=path.name, sha256="0" * 64, type=SourceType.PDF, index=index, text_layer="x")
    return Page(ref, "Certificat de scolarite", "pdf-text", width_pt=842, height_pt=595)


def document(
    kind: str, pages: list[Page], *, months: list[str] | None = None, fields: dict[str, object] | None = None
) -> Document:
    return Document(pages[0].ref.rel, pages, kind, 0.9, months=months or [], fields=dict(fields or {}))


def make_dossier(documents: list[Document], profile: str = "student") -> Dossier:
    applicant = Applicant("NGUYEN-DUPONT", ("Hélène",), "passport", "VNM")
    overrides = Overrides(
        address="12 rue de la République\n69002 Lyon", cpam="CPAM du Rhône\n69907 Lyon Cedex 20"
    )
    return Dossier(DATE, profile, "option", applicant, documents, [], overrides)


def options(tmp: Path, *, watermark: str | None = "", duplex: bool = False) -> Options:
    return Options(scans_dir=tmp, out_dir=tmp, watermark=watermark, duplex=duplex)


@dataclass(frozen=True)
class Scans:
    folder: Path
    docs: list[Document]


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> Scans:
    folder = tmp_path_factory.mktemp("scans")
    receipt_words = exif_jpeg(folder / "quittance.jpg")
    rib, rib_words = text_image(["RELEVE IDENTITE BANCAIRE", "IBAN FR7630006000011234567890189"])
    rib.save(folder / "rib.png")
    js_pdf(folder / "certif.pdf")
    docs = [
        document("rib", [image_page(folder / "rib.png", rib_words)]),
        document("student_certificate", [pdf_page(folder / "certif.pdf")], fields={"institution": "Lyon 2"}),
        document("rent_receipt", [image_page(folder / "quittance.jpg", receipt_words)], months=["2026-09"]),
    ]
    return Scans(folder, docs)


@pytest.fixture(scope="module")
def packet(scans: Scans, tmp_path_factory: pytest.TempPathFactory) -> tuple[PacketInfo, pymupdf.Document]:
    out = tmp_path_factory.mktemp("out")
    info = build_packet(make_dossier(scans.docs), options(out), out / "packet.pdf")
    return info, pymupdf.open(info.path)


# --- structure ---------------------------------------------------------------------------------


def test_pages_order_and_a4(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    info, doc = packet
    assert info.pages == doc.page_count == 1 + 1 + 3
    assert all(abs(p.rect.width - 595) <= 1 and abs(p.rect.height - 842) <= 1 for p in doc)
    assert [d.title for d in info.documents] == [
        "Quittance de loyer — septembre 2026",
        "Certificat de scolarité — Lyon 2",
        "Relevé d'identité bancaire (RIB)",
    ]
    assert [(d.first_page, d.last_page) for d in info.documents] == [(3, 3), (4, 4), (5, 5)]
    assert info.sheets == 5
    assert info.weight_g == pytest.approx(5 * 4.99 + 20.0, abs=0.1)
    assert info.postage_step_g == 100


def test_footers_number_every_page(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    _, doc = packet
    texts = [p.get_text() for p in doc]
    for number, text in enumerate(texts, 1):
        assert f"page {number}/{doc.page_count}" in text
        assert "Hélène NGUYEN-DUPONT" in text
    assert "Courrier — p. 1/1" in texts[0]
    assert "Bordereau — p. 1/1" in texts[1]
    assert "Pièce 1/3 — Quittance de loyer (sept. 2026) — p. 1/1" in texts[2]
    assert "Pièce 3/3 — Relevé d'identité bancaire (RIB)" in texts[4]


def test_letter_and_bordereau_content(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    _, doc = packet
    letter = doc[0].get_text()
    assert "À Lyon, le 15 novembre 2026" in letter
    assert "Lettre recommandée avec accusé de réception n°" in letter
    assert "CPAM du Rhône" in letter
    assert "cerfa n° 15763*02" in letter
    assert "salutations distinguées" in letter
    index = doc[1].get_text()
    assert "Bordereau des pièces jointes" in index
    assert "septembre 2026" in index


def test_watermark_only_on_documents(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    _, doc = packet
    marked = ["Copie destinée à la CPAM" in p.get_text() for p in doc]
    assert marked == [False, False, True, True, True]
    assert "15/11/2026" in doc[2].get_text()


@pytest.mark.parametrize(("option", "expected"), [("Pour la CPAM seulement", True), (None, False)])
def test_watermark_custom_or_none(
    scans: Scans, tmp_path: Path, option: str | None, *, expected: bool
) -> None:
    info = build_packet(make_dossier(scans.docs), options(tmp_path, watermark=option), tmp_path / "p.pdf")
    doc = pymupdf.open(info.path)
    assert ("Pour la CPAM seulement" in doc[2].get_text()) is expected
    assert all("Copie destinée" not in p.get_text() for p in doc)


@pytest.mark.parametrize("bad", ["x" * 101, "deux\nlignes"])
def test_watermark_validated(scans: Scans, tmp_path: Path, bad: str) -> None:
    with pytest.raises(UsageError) as caught:
        build_packet(make_dossier(scans.docs), options(tmp_path, watermark=bad), tmp_path / "p.pdf")
    assert caught.value.fix
    assert not (tmp_path / "p.pdf").exists()


# --- privacy -----------------------------------------------------------------------------------


def test_no_metadata_from_sources(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    info, doc = packet
    raw = info.path.read_bytes()
    for secret in (
        b"Exif",
        b"PhoneMaker",
        b"secret comment",
        b"Secret Author",
        b"SecretXMP",
        b"attached secret",
    ):
        assert secret not in raw
    assert str(info.path.parent).encode() not in raw
    assert "MuPDF" not in doc.xref_object(doc.pdf_catalog())  # a new MuPDF document's stray Info
    for xref in range(1, doc.xref_length()):
        if doc.xref_is_image(xref):
            data = doc.xref_stream_raw(xref)
            assert b"Exif" not in data
            assert b"http://ns.adobe.com/xap" not in data
    assert doc.metadata["title"] == "Demande PUMa — Hélène NGUYEN-DUPONT"
    assert doc.metadata["producer"] == "dossier"
    assert doc.metadata["author"] == ""
    assert doc.metadata["creationDate"].startswith("D:20261115")
    assert doc.get_xml_metadata() == ""


def test_no_active_content(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    _, doc = packet
    assert not doc.is_form_pdf
    assert doc.embfile_count() == 0
    for page in doc:
        assert list(page.links()) == []
        assert list(page.annots()) == []
    for xref in range(1, doc.xref_length()):
        source = doc.xref_object(xref, compressed=True).encode()
        assert not any(key in source for key in FORBIDDEN), (xref, source[:200])


def test_filled_form_field_kept_as_content(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    _, doc = packet
    assert "ValeurRemplie" in doc[3].get_text()
    assert "Certificat de scolarite" in doc[3].get_text()


def test_file_is_private(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    info, _ = packet
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600


# --- pictures ----------------------------------------------------------------------------------


def test_jpeg_embedded_without_recompression(
    packet: tuple[PacketInfo, pymupdf.Document], scans: Scans
) -> None:
    _, doc = packet
    ((xref, *_),) = doc[2].get_images()
    source = (scans.folder / "quittance.jpg").read_bytes()
    assert doc.xref_stream_raw(xref) == strip_jpeg(source)


def test_png_grey_stays_grey(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    _, doc = packet
    (image,) = doc[4].get_images()
    assert image[5] == "DeviceGray"
    assert doc.xref_get_key(image[0], "Filter")[1] == "/DCTDecode"


def dark(pix: pymupdf.Pixmap, x: float, y: float) -> bool:
    """Whether the rendered page is dark at (x, y) given in points."""
    scale = pix.width / 595
    return bool(pix.pixel(int(x * scale), int(y * scale))[0] < 100)


def placed_rect(page: pymupdf.Page) -> pymupdf.Rect:
    """Where the picture or page sits: the bounding box of its drawn image or content."""
    rects = [r for info in page.get_image_info() for r in [pymupdf.Rect(info["bbox"])]]
    return rects[0]


def test_pages_are_upright(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    """EXIF orientation, page.rotation and a PDF's /Rotate all end with the black corner at top left."""
    _, doc = packet
    for number in (2, 4):
        page = doc[number]
        rect = placed_rect(page)
        pix = page.get_pixmap(dpi=40)
        assert dark(pix, rect.x0 + 8, rect.y0 + 8), number
        assert not dark(pix, rect.x1 - 8, rect.y0 + 8), number
        assert rect.height > rect.width
    pdf = doc[3]  # shown landscape by its /Rotate 90: the square goes to the top right
    pix = pdf.get_pixmap(dpi=40)
    text = pdf.search_for("Certificat")[0]
    assert text.height > text.width  # the text now runs top to bottom, as a viewer shows it
    shown = fit(assemble.CONTENT, 842, 595)
    assert dark(pix, shown.x1 - 8, shown.y0 + 8)
    assert not dark(pix, shown.x0 + 8, shown.y0 + 8)


def test_page_rotation_applied(tmp_path: Path) -> None:
    upright, _ = text_image(["TOURNEE"])
    upright.transpose(Image.Transpose.ROTATE_90).save(tmp_path / "side.png")  # lying on its left
    doc = document("other", [image_page(tmp_path / "side.png", rotation=90)])
    info = build_packet(make_dossier([doc]), options(tmp_path), tmp_path / "p.pdf")
    page = pymupdf.open(info.path)[2]
    rect = placed_rect(page)
    assert rect.height > rect.width
    assert dark(page.get_pixmap(dpi=40), rect.x0 + 8, rect.y0 + 8)


def test_invisible_text_layer(packet: tuple[PacketInfo, pymupdf.Document]) -> None:
    _, doc = packet
    page = doc[2]
    hits = page.search_for("QUITTANCE")  # the footer names the piece too ("Quittance de loyer")
    rect = placed_rect(page)
    assert any(rect.contains(hit) for hit in hits)
    spans = [s for s in page.get_texttrace() if "".join(chr(c[0]) for c in s["chars"]) == "QUITTANCE"]
    assert spans
    assert all(s["type"] == 3 for s in spans)  # render mode 3: invisible
    assert doc[4].search_for("FR7630006000011234567890189")


def test_oversized_colour_photo_brought_down(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    pixels = rng.integers(0, 255, (3300, 2400, 3), dtype=np.uint8)  # ~ 330 dpi on the page, colour
    Image.fromarray(pixels).save(tmp_path / "photo.jpg", quality=60)
    doc = document("other", [image_page(tmp_path / "photo.jpg")])
    info = build_packet(make_dossier([doc]), options(tmp_path), tmp_path / "p.pdf")
    page = pymupdf.open(info.path)[2]
    (image,) = page.get_image_info()
    placed_in = pymupdf.Rect(image["bbox"]).width / 72
    assert image["width"] / placed_in <= MAX_DPI + 1
    assert image["colorspace"] == 3


def test_tiff_frame_and_heic(tmp_path: Path) -> None:
    first, _ = text_image(["PREMIERE"], size=(600, 850))
    second = Image.new("L", (850, 600), "white")  # the second frame is landscape
    first.save(tmp_path / "two.tiff", save_all=True, append_images=[second])
    Image.new("RGB", (600, 850), "white").save(tmp_path / "photo.heic")
    Image.new("RGBA", (600, 850), (0, 0, 0, 0)).save(tmp_path / "transparent.webp")
    Image.new("P", (600, 850), 3).save(tmp_path / "palette.bmp")
    text_image(["NOIR ET BLANC"])[0].convert("1").save(tmp_path / "zbilevel.tif", compression="group4")
    docs = [
        document("other", [image_page(tmp_path / "two.tiff", index=1)]),
        document("other", [image_page(tmp_path / "photo.heic")]),
        document("other", [image_page(tmp_path / "transparent.webp")]),
        document("other", [image_page(tmp_path / "palette.bmp")]),
        document("other", [image_page(tmp_path / "zbilevel.tif")]),
    ]
    info = build_packet(make_dossier(docs), options(tmp_path), tmp_path / "p.pdf")
    packet = pymupdf.open(info.path)
    assert packet.page_count == 7
    assert [d.first_page for d in info.documents] == [3, 4, 5, 6, 7]
    (bilevel,) = packet[6].get_image_info()
    assert bilevel["bpc"] == 1  # a black-and-white scan stays 1-bit and lossless
    webp = packet[4].get_pixmap(dpi=20)
    assert not dark(webp, 300, 420)  # transparency laid on white paper, not black
    assert placed_rect(packet[3]).height > placed_rect(packet[3]).width
    landscape = placed_rect(packet[5])  # order: palette.bmp, photo.heic, transparent.webp, two.tiff
    assert landscape.width > landscape.height


def test_typical_scans_stay_small(tmp_path: Path) -> None:
    """200-dpi grey flatbed scans (sensor noise, paper cleaned to white), as JPEG and PNG."""
    rng = np.random.default_rng(2)
    docs = []
    for number in range(6):
        image, _ = text_image([f"Ligne {i} du document {number} avec du texte" for i in range(25)])
        pixels = np.asarray(image, dtype=np.float32) * (232 / 255) + 18 + rng.normal(0, 3, image.size[::-1])
        pixels[np.asarray(image) > 250] = 255  # the scanner driver's background removal
        scan = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
        name = f"scan{number}.{'jpg' if number % 2 else 'png'}"
        scan.save(tmp_path / name, quality=80, dpi=(DPI, DPI))
        docs.append(document("other", [image_page(tmp_path / name)]))
    info = build_packet(make_dossier(docs), options(tmp_path), tmp_path / "p.pdf")
    assert info.path.stat().st_size / info.pages <= 400_000
    per_scan = (info.path.stat().st_size - 60_000) / 6  # less the letter, bordereau and fonts
    assert per_scan <= 400_000


# --- determinism and writing -------------------------------------------------------------------


def test_same_bytes_twice(scans: Scans, tmp_path: Path) -> None:
    first = build_packet(make_dossier(scans.docs), options(tmp_path), tmp_path / "a.pdf")
    second = build_packet(make_dossier(scans.docs), options(tmp_path), tmp_path / "b.pdf")
    assert first.path.read_bytes() == second.path.read_bytes()


@pytest.mark.parametrize("where", ["place", "replace"])
def test_failure_leaves_nothing(
    scans: Scans, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if where == "place":
        monkeypatch.setattr(assemble, "place", boom)
    else:
        monkeypatch.setattr(safety.os, "replace", boom)
    dest = tmp_path / "packet.pdf"
    dest.write_bytes(b"an older packet")
    with pytest.raises(OutputError) as caught:
        build_packet(make_dossier(scans.docs), options(tmp_path), dest)
    assert caught.value.fix
    assert list(tmp_path.iterdir()) == [dest]
    assert dest.read_bytes() == b"an older packet"


def _count_renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = assemble._render

    def counted(*args: Any, **kwargs: Any) -> bytes:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(assemble, "_render", counted)
    return calls


def test_a_rebuild_from_the_same_inputs_keeps_the_packet_on_disk(
    scans: Scans, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    renders = _count_renders(monkeypatch)
    store, dest = PageCache(tmp_path / "cache"), tmp_path / "out" / "p.pdf"
    dest.parent.mkdir()
    first = build_packet(make_dossier(scans.docs), options(tmp_path), dest, store)
    written = dest.read_bytes()
    again = build_packet(make_dossier(scans.docs), options(tmp_path), dest, store)
    assert renders == [1]
    assert again == first and dest.read_bytes() == written


@pytest.mark.parametrize("change", ["watermark", "document", "edited file", "deleted file", "no cache"])
def test_any_change_draws_the_packet_again(
    scans: Scans, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    renders = _count_renders(monkeypatch)
    store, dest = PageCache(tmp_path / "cache"), tmp_path / "out" / "p.pdf"
    dest.parent.mkdir()
    build_packet(make_dossier(scans.docs), options(tmp_path), dest, store)
    docs, opts = list(scans.docs), options(tmp_path)
    if change == "watermark":
        opts = options(tmp_path, watermark="Pour la CPAM uniquement")
    elif change == "document":
        docs[2] = document("rent_receipt", docs[2].pages, months=["2026-10"])
    elif change == "edited file":
        dest.write_bytes(dest.read_bytes() + b"\n")
    elif change == "deleted file":
        dest.unlink()
    info = build_packet(make_dossier(docs), opts, dest, None if change == "no cache" else store)
    assert renders == [1, 1]
    assert info.pages == pymupdf.open(dest).page_count


# --- order, duplex, long bordereau -------------------------------------------------------------


def test_standard_order(tmp_path: Path) -> None:
    Image.new("L", (100, 140), "white").save(tmp_path / "p.png")
    page = image_page(tmp_path / "p.png")

    def doc(
        kind: str, file: str, months: list[str] | None = None, fields: dict[str, object] | None = None
    ) -> Document:
        return Document(file, [page], kind, 1.0, months=months or [], fields=dict(fields or {}))

    docs = [
        doc("rib", "rib.png"),
        doc("other", "misc.png"),
        doc("rent_receipt", "r10.png", months=["2026-10"]),
        doc("translation", "trad.png", fields={"original": "acte.png#1"}),
        doc("rent_receipt", "r09.png", months=["2026-09"]),
        doc("marriage_certificate", "mariage.png"),
        doc("birth_certificate", "acte.png"),
        doc("passport", "pass.png", fields={"nationality": "BRA"}),
        doc("rent_receipt", "copy.png", months=["2026-09"], fields={"duplicate_of": "r09.png"}),
        doc("application_form", "cerfa.png"),
        doc("translation", "trad2.png", fields={"original": "trad.png#1"}),  # a translation of a translation
    ]
    pieces = ordered_pieces(docs)
    expected = ["cerfa", "pass", "acte", "trad", "trad2", "mariage", "r09", "r10", "rib", "misc"]
    assert [p.doc.file for p in pieces] == [f"{name}.png" for name in expected]
    assert pieces[1].title == "Passeport — BRA"
    assert pieces[3].title == "Traduction assermentée de l'acte de naissance — traduction de la pièce n° 3"


def test_duplex_starts_each_part_on_a_front(scans: Scans, tmp_path: Path) -> None:
    info = build_packet(make_dossier(scans.docs), options(tmp_path, duplex=True), tmp_path / "p.pdf")
    doc = pymupdf.open(info.path)
    assert info.pages == doc.page_count == 9  # letter, index and 3 one-page pieces, 4 blank backs
    assert info.sheets == 5
    assert info.weight_g == pytest.approx(5 * 4.99 + 20.0, abs=0.1)
    assert all(d.first_page % 2 == 1 for d in info.documents)
    blanks = [n for n, p in enumerate(doc, 1) if "Page laissée blanche intentionnellement" in p.get_text()]
    assert blanks == [2, 4, 6, 8]
    assert all(f"page {n}/9" in doc[n - 1].get_text() for n in range(1, 10))
    assert "Copie destinée" not in doc[1].get_text()


def test_long_bordereau_wraps(tmp_path: Path) -> None:
    Image.new("L", (100, 140), "white").save(tmp_path / "p.png")
    months = [f"{2020 + i // 12}-{i % 12 + 1:02d}" for i in range(70)]
    docs = [
        Document(
            file=f"q{i}.png",
            pages=[image_page(tmp_path / "p.png")],
            kind="rent_receipt",
            confidence=1,
            months=[m],
        )
        for i, m in enumerate(months)
    ]
    info = build_packet(make_dossier(docs), options(tmp_path, watermark=None), tmp_path / "p.pdf")
    doc = pymupdf.open(info.path)
    parts = doc.page_count - 70 - 1
    assert parts >= 2
    assert info.documents[0].first_page == 2 + parts
    assert f"Bordereau — p. 1/{parts}" in doc[1].get_text()
    assert "(suite)" in doc[2].get_text()
    assert f"70 pièces jointes, {doc.page_count} pages" in doc[parts].get_text()
    assert info.documents[-1].last_page == doc.page_count


def test_weight_steps(tmp_path: Path) -> None:
    slots = [assemble.Slot("blank", 0, 1)] * 40
    info = assemble._info(tmp_path / "x.pdf", slots, [], duplex=False)
    assert info.weight_g == pytest.approx(40 * 4.99 + 20, abs=0.1)
    assert info.postage_step_g == 250
    heavy = assemble._info(tmp_path / "x.pdf", slots * 20, [], duplex=False)
    assert heavy.postage_step_g is None


def test_source_fonts_do_not_clash_with_ours(tmp_path: Path) -> None:
    """A placed PDF whose fonts bear our resource names keeps its text, and so do our footers."""
    source = pymupdf.open()
    page = source.new_page()
    for number, name in enumerate(("DossierSans", "dvs")):
        page.insert_font(fontname=name, fontfile="/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
        page.insert_text((72, 100 + 40 * number), f"Texte {name} Привет", fontname=name, fontsize=14)
    source.save(tmp_path / "fonts.pdf")
    info = build_packet(
        make_dossier([document("other", [pdf_page(tmp_path / "fonts.pdf")])]),
        options(tmp_path),
        tmp_path / "p.pdf",
    )
    text = pymupdf.open(info.path)[2].get_text()
    assert "Texte DossierSans Привет" in text
    assert "Texte dvs Привет" in text
    assert "Pièce 1/1 — Autre document — p. 1/1 · page 3/3" in text
    assert "Copie destinée à la CPAM" in text


def test_strip_jpeg_keeps_the_picture_drops_the_rest() -> None:
    image, _ = text_image(["PROGRESSIF"], size=(400, 300), mode="RGB")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    buffer = io.BytesIO()
    image.save(
        buffer, "JPEG", progressive=True, exif=exif.tobytes(), icc_profile=b"\0" * 200, comment=b"secret"
    )
    xmp = (
        b"\xff\xe1"
        + (len(b"http://ns.adobe.com/xap/1.0/\0<x/>") + 2).to_bytes(2, "big")
        + b"http://ns.adobe.com/xap/1.0/\0<x/>"
    )
    data = buffer.getvalue()
    data = data[:2] + xmp + data[2:] + b"TRAILER-WITH-SECRETS"
    clean = strip_jpeg(data)
    for secret in (b"Exif", b"PhoneMaker", b"ICC_PROFILE", b"secret", b"http://ns.adobe.com/xap", b"TRAILER"):
        assert secret not in clean
    assert clean.endswith(b"\xff\xd9")
    with Image.open(io.BytesIO(clean)) as stripped, Image.open(io.BytesIO(data)) as original:
        assert stripped.tobytes() == original.tobytes()
    for broken in (b"not a jpeg", data[:200], b"\xff\xd8\xff\xe1\x00"):
        with pytest.raises(ValueError, match="JPEG"):
            strip_jpeg(broken)


def _entropy_end_by_hand(data: bytes, pos: int) -> int | None:
    while pos < len(data) - 1:
        if data[pos] == 0xFF and not (data[pos + 1] == 0 or 0xD0 <= data[pos + 1] <= 0xD7):
            return pos
        pos += 2 if data[pos] == 0xFF else 1
    return None


@given(st.lists(st.sampled_from([b"\xff", b"\x00", b"\xd3", b"\xd9", b"\xda", b"a"]), max_size=40))
def test_scan_data_ends_at_the_first_byte_pair_that_is_a_marker(parts: list[bytes]) -> None:
    data = b"".join(parts)
    expected = _entropy_end_by_hand(data, 0)
    if expected is None:
        with pytest.raises(ValueError, match="JPEG"):
            entropy_end(data, 0)
    else:
        assert entropy_end(data, 0) == expected

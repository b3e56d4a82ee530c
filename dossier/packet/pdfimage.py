"""Source pages as one-page PDFs ready to be placed upright on a sheet, free of any metadata.

A PDF page is shown as it is (vector, with its own text), with its annotations and form fields
baked into its content first so that a filled-in form stays filled in; nothing interactive is
carried over. An image page goes through img2pdf: a JPEG that is not sharper than needed is
embedded without recompression once its EXIF/XMP segments are cut out, anything else is made
upright, brought down to ``MAX_DPI`` and encoded again.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import img2pdf
import pymupdf
from PIL import Image, ImageChops, ImageOps
from pillow_heif import register_heif_opener

from dossier.models import Page, SourceType
from dossier.read.cache import PageCache

register_heif_opener()

MAX_DPI = 300.0
JPEG_QUALITY = 80
GREY_TOLERANCE = 12  # channel difference under which a colour image is really a grey scan
ORIENTATION_TAG = 0x0112
EXIF_TURNS = {1: 0, 3: 180, 6: 90, 8: 270}  # EXIF orientation -> clockwise turn (2, 4, 5, 7 mirror)
TRANSPOSE_CLOCKWISE = {
    90: Image.Transpose.ROTATE_270,  # Pillow turns counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}
JPEG_FORMATS = frozenset({"JPEG", "MPO"})
SCAN_DATA_END = re.compile(rb"\xff[^\x00\xd0-\xd7]")  # the first 0xFF that starts a marker
IMG2PDF_ERRORS = (
    img2pdf.ImageOpenError,
    img2pdf.JpegColorspaceError,
    img2pdf.UnsupportedColorspaceError,
    img2pdf.AlphaChannelError,
    ValueError,
)
# Keys that carry metadata or behaviour, removed from every object of the packet.
SCRUBBED_KEYS = ("Metadata", "PieceInfo", "AA", "OpenAction", "JS", "JavaScript", "EmbeddedFiles", "URI")


@dataclass(frozen=True)
class Source:
    """Page ``pno`` of ``doc``, to be turned clockwise by ``turn`` degrees to stand upright."""

    doc: pymupdf.Document
    pno: int
    turn: int
    owned: bool  # a temporary document made for this page, closed once placed

    @property
    def upright_size(self) -> tuple[float, float]:
        """Width and height of the page once turned upright (in the source's own points)."""
        rect = self.doc[self.pno].rect
        return (rect.height, rect.width) if self.turn in (90, 270) else (rect.width, rect.height)


class SourceCache:
    """Opens each source PDF once per packet, annotations baked in; closes everything at the end.

    Images that must be made upright and encoded again are kept in ``store`` (the private page
    cache) by content hash, so a rebuild does not decode and encode them again.
    """

    def __init__(self, store: PageCache | None = None) -> None:
        self._pdfs: dict[Path, tuple[pymupdf.Document, list[int]]] = {}
        self._store = store

    def source(self, page: Page, box: pymupdf.Rect) -> Source:
        """The page as a placeable source; ``box`` is where it will go (to judge its resolution)."""
        if page.ref.type is SourceType.PDF:
            doc, rotations = self._pdf(page.ref.path)
            turn = (rotations[page.ref.index] + page.rotation) % 360
            return Source(doc, page.ref.index, turn, owned=False)
        return _image_source(page, box, self._store)

    def close(self) -> None:
        """Close every source PDF opened so far."""
        for doc, _ in self._pdfs.values():
            doc.close()
        self._pdfs.clear()

    def _pdf(self, path: Path) -> tuple[pymupdf.Document, list[int]]:
        if path not in self._pdfs:
            doc = pymupdf.open(path)
            rotations = [doc[pno].rotation for pno in range(doc.page_count)]
            _bake(doc)
            for pno in range(doc.page_count):
                doc[pno].set_rotation(0)  # show_pdf_page ignores /Rotate: the turn is applied instead
            self._pdfs[path] = (doc, rotations)
        return self._pdfs[path]


def _bake(doc: pymupdf.Document) -> None:
    """Make annotations and filled-in form fields part of the page content (or leave them out)."""
    try:
        doc.bake(annots=True, widgets=True)
    except (RuntimeError, ValueError):
        return  # unbakeable annotations are simply not shown: show_pdf_page never copies them


def fit(box: pymupdf.Rect, width: float, height: float) -> pymupdf.Rect:
    """The largest rectangle of the given proportions centred in ``box``."""
    scale = min(box.width / width, box.height / height)
    w, h = width * scale, height * scale
    x0 = box.x0 + (box.width - w) / 2
    y0 = box.y0 + (box.height - h) / 2
    return pymupdf.Rect(x0, y0, x0 + w, y0 + h)


def place(target: pymupdf.Page, box: pymupdf.Rect, source: Source) -> pymupdf.Rect:
    """Show the source upright and as large as fits in ``box``; returns where it went."""
    rect = fit(box, *source.upright_size)
    # show_pdf_page turns counter-clockwise; our turns are clockwise.
    target.show_pdf_page(rect, source.doc, source.pno, rotate=(-source.turn) % 360)
    return rect


def _turned(size: tuple[float, float], turn: int) -> tuple[float, float]:
    return (size[1], size[0]) if turn in (90, 270) else size


def _dpi(pixels: tuple[float, float], box: pymupdf.Rect) -> float:
    """The resolution the image would have once fitted in ``box``."""
    rect = fit(box, *pixels)
    return float(pixels[0] / (rect.width / 72))


def _image_source(page: Page, box: pymupdf.Rect, store: PageCache | None) -> Source:
    key = _prepared_key(page, box, store)
    with Image.open(page.ref.path) as image:
        image.seek(page.ref.index)
        direct = _direct_jpeg(image, page, box)
        if direct is not None:
            return direct
        data = store.get_bytes(key) if store is not None else None
        if data is None:
            data = _reencoded(_upright(image, page.rotation), box)
            if store is not None:
                store.put_bytes(key, data)
    doc = pymupdf.open(stream=img2pdf.convert(data, nodate=True, rotation=img2pdf.Rotation.none))
    return Source(doc, 0, 0, owned=True)


def _prepared_key(page: Page, box: pymupdf.Rect, store: PageCache | None) -> str:
    if store is None:
        return ""
    recipe = f"packet-image|{page.rotation}|{box.width:.1f}x{box.height:.1f}|{MAX_DPI}|{JPEG_QUALITY}|1"
    return store.key(page.ref.sha256, page.ref.index, recipe)


def _direct_jpeg(image: Image.Image, page: Page, box: pymupdf.Rect) -> Source | None:
    """The JPEG's own compressed data, metadata removed, when it needs no resampling."""
    orientation = image.getexif().get(ORIENTATION_TAG, 1)
    if image.format not in JPEG_FORMATS or page.ref.index != 0 or orientation not in EXIF_TURNS:
        return None
    turn = (EXIF_TURNS[orientation] + page.rotation) % 360
    if _dpi(_turned(image.size, turn), box) > MAX_DPI * 1.01:
        return None
    try:
        data = strip_jpeg(page.ref.path.read_bytes())
        pdf = img2pdf.convert(data, nodate=True, rotation=img2pdf.Rotation.none)
    except IMG2PDF_ERRORS:
        return None
    return Source(pymupdf.open(stream=pdf), 0, turn, owned=True)


def _upright(image: Image.Image, rotation: int) -> Image.Image:
    """The current frame with EXIF orientation applied, then turned ``rotation`` degrees clockwise."""
    upright = ImageOps.exif_transpose(image)
    method = TRANSPOSE_CLOCKWISE.get(rotation % 360)
    return upright.transpose(method) if method is not None else upright


def _reencoded(image: Image.Image, box: pymupdf.Rect) -> bytes:
    """PNG for a bilevel scan at a sensible resolution, JPEG (grey when grey) otherwise."""
    image = _flattened(image)
    dpi = _dpi(image.size, box)
    if image.mode == "1" and dpi <= MAX_DPI * 1.01:
        return _encoded(image, "PNG")
    if image.mode == "1":
        image = image.convert("L")
    if dpi > MAX_DPI * 1.01:
        factor = MAX_DPI / dpi
        size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    if image.mode == "RGB" and _is_grey(image):
        image = image.convert("L")
    return strip_jpeg(_encoded(image, "JPEG"))


def _flattened(image: Image.Image) -> Image.Image:
    """The image in mode 1, L or RGB, transparency laid on white paper."""
    if image.mode in ("1", "L", "RGB"):
        return image
    if image.mode.startswith("I") or image.mode == "F":
        return _grey_from_wide(image)
    if image.mode in ("P", "PA") or "A" in image.mode:
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image.convert("RGB")


def _grey_from_wide(image: Image.Image) -> Image.Image:
    """16-bit and float greys scaled down to 8 bits (a plain convert would clip them to white)."""
    wide = image.convert("I") if image.mode != "F" else image
    low, high = wide.getextrema()  # type: ignore[no-untyped-call]
    span = float(high) - float(low)
    if span <= 0:
        return Image.new("L", image.size, 255 if float(high) > 0 else 0)
    return wide.point(lambda v: (v - float(low)) * 255.0 / span).convert("L")


def _is_grey(image: Image.Image) -> bool:
    red, green, blue = image.split()
    return all(
        ImageChops.difference(a, b).getextrema()[1] <= GREY_TOLERANCE  # type: ignore[no-untyped-call]
        for a, b in ((red, green), (green, blue))
    )


def _encoded(image: Image.Image, fmt: str) -> bytes:
    image.info = {}  # nothing of the source's metadata may ride along
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        image.save(buffer, fmt, optimize=True)
    return buffer.getvalue()


def strip_jpeg(data: bytes) -> bytes:
    """The same JPEG, bit for bit the same picture, without EXIF/XMP/ICC/comment segments.

    Only JFIF (APP0) and Adobe (APP14) headers are kept; anything after the end of the first
    image (a phone's depth map, a trailer) is dropped. Raises ValueError on a malformed JPEG.
    """
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = bytearray(b"\xff\xd8")
    pos = 2
    while True:
        marker, pos = _next_marker(data, pos)
        if marker == 0xD9:
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += bytes((0xFF, marker))
            continue
        if pos + 2 > len(data):
            raise ValueError("truncated JPEG")
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > len(data):
            raise ValueError("truncated JPEG segment")
        body = data[pos : pos + length]
        pos += length
        if _keep_segment(marker, body[2:]):
            out += bytes((0xFF, marker)) + body
        if marker == 0xDA:
            end = _entropy_end(data, pos)
            out += data[pos:end]
            pos = end


def _next_marker(data: bytes, pos: int) -> tuple[int, int]:
    """The marker at ``pos`` (after any fill bytes) and the position just after it."""
    if pos >= len(data) or data[pos] != 0xFF:
        raise ValueError("JPEG marker expected")
    while pos < len(data) and data[pos] == 0xFF:
        pos += 1
    if pos >= len(data):
        raise ValueError("truncated JPEG")
    return data[pos], pos + 1


def _entropy_end(data: bytes, pos: int) -> int:
    """Where the compressed scan data starting at ``pos`` ends (at the next real marker).

    Inside scan data a 0xFF byte is followed by 0x00 (a stuffed byte) or a restart marker.
    """
    found = SCAN_DATA_END.search(data, pos)
    if found is None:
        raise ValueError("JPEG scan without an end")
    return found.start()


def _keep_segment(marker: int, payload: bytes) -> bool:
    if marker == 0xFE:  # comment
        return False
    if marker == 0xE0:
        return payload.startswith(b"JFIF\x00")
    if marker == 0xEE:
        return payload.startswith(b"Adobe")
    return not 0xE1 <= marker <= 0xEF


def scrub(doc: pymupdf.Document) -> None:
    """Remove metadata, actions and attachments from every object; cut EXIF out of JPEG images."""
    doc.del_xml_metadata()
    for xref in range(1, doc.xref_length()):
        source = doc.xref_object(xref, compressed=True)
        if not source:
            continue  # a free slot
        for key in SCRUBBED_KEYS:
            # The object's own text tells which keys it may have: one look-up per key it names.
            if f"/{key}" in source and doc.xref_get_key(xref, key)[0] != "null":
                doc.xref_set_key(xref, key, "null")
        if doc.xref_is_stream(xref) and doc.xref_get_key(xref, "Filter")[1] in ("/DCTDecode", "[/DCTDecode]"):
            _scrub_jpeg_stream(doc, xref)


def _scrub_jpeg_stream(doc: pymupdf.Document, xref: int) -> None:
    raw = doc.xref_stream_raw(xref)
    try:
        clean = strip_jpeg(raw)
    except ValueError:
        return  # not parseable: left as it is, a reader would not show it either
    if clean == raw:
        return
    parms = doc.xref_get_key(xref, "DecodeParms")
    doc.update_stream(xref, clean, compress=0)  # drops /Filter: raw bytes are written as given
    doc.xref_set_key(xref, "Filter", "/DCTDecode")
    if parms[0] != "null":
        doc.xref_set_key(xref, "DecodeParms", parms[1])

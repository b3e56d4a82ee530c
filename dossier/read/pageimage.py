"""Load one source page as an upright-by-EXIF greyscale image, whatever its file type."""

from __future__ import annotations

import base64
import io

import pymupdf
from PIL import Image, ImageOps
from pillow_heif import register_heif_opener

from dossier.models import PageRef, SourceType

register_heif_opener()

A4_LONG_SIDE_IN = 11.69
RENDER_DPI = 300
MIN_RENDER_DPI = 150
THUMB_WIDTH = 180
THUMB_QUALITY = 60
JPEG_FORMATS = frozenset({"JPEG", "MPO"})
SCAN_COVER = 0.5  # an image over half the page makes it a scanned page
MAX_OCR_LONG_SIDE = 3600  # ~300 dpi at A4: more pixels only slow Tesseract down


def load_grey(ref: PageRef, dpi: int | None = None) -> tuple[Image.Image, float]:
    """The page as a greyscale image with EXIF orientation applied, and its resolution in dpi.

    A PDF page is rendered at ``dpi``, or by default at the resolution of the scan it holds
    (within 150-300 dpi): rendering a 200 dpi scan at 300 dpi adds pixels and OCR time, no detail.
    """
    if ref.type is SourceType.PDF:
        return _render_pdf_page(ref, dpi)
    with Image.open(ref.path) as image:
        image.seek(ref.index)
        stated = image.info.get("dpi")
        upright = ImageOps.exif_transpose(image)
        grey = upright.convert("L")
    stated_dpi = image_dpi(grey.size, stated)
    limited = _limit_size(grey)
    return limited, stated_dpi * limited.width / grey.width


def load_preview(ref: PageRef, dpi: int) -> Image.Image:
    """A small greyscale picture of the page (EXIF orientation applied), about ``dpi`` or a little more.

    A JPEG is decoded at a fraction of its size (its DCT allows 1/2, 1/4, 1/8) instead of in
    full: for a thumbnail that is several times faster.
    """
    if ref.type is SourceType.PDF:
        return _render_pdf_page(ref, dpi)[0]
    with Image.open(ref.path) as image:
        image.seek(ref.index)
        if image.format in JPEG_FORMATS:
            scale = dpi / image_dpi(image.size, image.info.get("dpi"))
            image.draft("L", (round(image.width * scale), round(image.height * scale)))
        upright = ImageOps.exif_transpose(image)
        return upright.convert("L")


def thumbnail_uri(image: Image.Image) -> str:
    """A small JPEG of the (upright) image as a ``data:`` URI, for the HTML report.

    Made where the page is already decoded (the OCR worker), so the report costs no decoding.
    """
    small = image.convert("L")
    small.thumbnail((THUMB_WIDTH, THUMB_WIDTH * 4))
    buffer = io.BytesIO()
    small.save(buffer, format="JPEG", quality=THUMB_QUALITY, optimize=True)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def image_dpi(size: tuple[int, int], stated: object) -> float:
    """The scan's resolution: as stated when plausible for a paper page, else as if A4 filled the frame.

    Phones write 72 dpi whatever the distance, so a stated value is only trusted when it makes
    the image between 4 and 17 inches long (a card to an A3 sheet).
    """
    if isinstance(stated, tuple) and stated and isinstance(stated[0], int | float) and stated[0] > 0:
        dpi = float(stated[0])
        if 4.0 <= max(size) / dpi <= 17.0:
            return dpi
    return max(size) / A4_LONG_SIDE_IN


def _render_pdf_page(ref: PageRef, dpi: int | None) -> tuple[Image.Image, float]:
    with pymupdf.open(ref.path) as doc:
        page = doc[ref.index]
        chosen = dpi if dpi is not None else _scan_dpi(page)
        pix = page.get_pixmap(dpi=chosen, colorspace=pymupdf.csGRAY, alpha=False)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples), float(chosen)


def _scan_dpi(page: pymupdf.Page) -> int:
    """The resolution of the largest picture on the page when it is a scan, else ``RENDER_DPI``."""
    page_area = max(page.rect.width * page.rect.height, 1.0)
    best: tuple[float, float] = (0.0, float(RENDER_DPI))
    for info in page.get_image_info():
        box = pymupdf.Rect(info["bbox"])
        if box.is_empty or box.width <= 0 or box.height <= 0:
            continue
        dpi = max(info["width"] / (box.width / 72), info["height"] / (box.height / 72))
        best = max(best, (box.width * box.height, dpi))
    area, dpi = best
    if area < SCAN_COVER * page_area:
        return RENDER_DPI
    return round(min(max(dpi, MIN_RENDER_DPI), RENDER_DPI))


def _limit_size(image: Image.Image) -> Image.Image:
    long_side = max(image.size)
    if long_side <= MAX_OCR_LONG_SIDE:
        return image
    scale = MAX_OCR_LONG_SIDE / long_side
    size = (round(image.width * scale), round(image.height * scale))
    return image.resize(size, Image.Resampling.LANCZOS)

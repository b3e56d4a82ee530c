"""Load one source page as an upright-by-EXIF greyscale image, whatever its file type."""

from __future__ import annotations

import pymupdf
from PIL import Image, ImageOps
from pillow_heif import register_heif_opener

from dossier.models import PageRef, SourceType

register_heif_opener()

A4_LONG_SIDE_IN = 11.69
RENDER_DPI = 300
MAX_OCR_LONG_SIDE = 3600  # ~300 dpi at A4: more pixels only slow Tesseract down


def load_grey(ref: PageRef, dpi: int = RENDER_DPI) -> tuple[Image.Image, float]:
    """The page as a greyscale image with EXIF orientation applied, and its resolution in dpi."""
    if ref.type is SourceType.PDF:
        return _render_pdf_page(ref, dpi), float(dpi)
    with Image.open(ref.path) as image:
        image.seek(ref.index)
        upright = ImageOps.exif_transpose(image)
        grey = upright.convert("L")
    grey = _limit_size(grey)
    return grey, assumed_dpi(grey.size)


def assumed_dpi(size: tuple[int, int]) -> float:
    """Photos carry no trustworthy dpi: assume the page fills the frame as an A4 sheet would."""
    return max(size) / A4_LONG_SIDE_IN


def _render_pdf_page(ref: PageRef, dpi: int) -> Image.Image:
    with pymupdf.open(ref.path) as doc:
        pix = doc[ref.index].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def _limit_size(image: Image.Image) -> Image.Image:
    long_side = max(image.size)
    if long_side <= MAX_OCR_LONG_SIDE:
        return image
    scale = MAX_OCR_LONG_SIDE / long_side
    size = (round(image.width * scale), round(image.height * scale))
    return image.resize(size, Image.Resampling.LANCZOS)

"""File writers: JPEG (with EXIF for phone photos), PNG, multi-page TIFF, HEIC, image-only PDF.

Every writer returns bytes that depend only on its inputs (no clock, no random ID).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import img2pdf
import pillow_heif
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

EXIF_ORIENTATION = 0x0112
EXIF_IFD = 0x8769
GPS_IFD = 0x8825
PHOTO_TIME = "2026:11:10 18:42:07"


def _dpi(image: Image.Image) -> int:
    return round(float(image.info.get("dpi", (200, 200))[0]))


def jpeg_bytes(
    image: Image.Image, quality: int = 60, exif: Image.Exif | None = None, progressive: bool = True
) -> bytes:
    """JPEG with optimised Huffman tables (progressive unless told) and the page dpi."""
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"quality": quality, "optimize": True, "progressive": progressive}
    if _dpi(image) != 72:
        kwargs["dpi"] = (_dpi(image), _dpi(image))
    if exif is not None:
        kwargs["exif"] = exif
    image.save(buf, format="JPEG", **kwargs)
    return buf.getvalue()


def png_bytes(image: Image.Image, levels: int = 16) -> bytes:
    """PNG of a grey page posterised to ``levels`` grey levels (as "scan to PNG" drivers do)."""
    grey = image.convert("L")
    step = 256 // levels
    grey = grey.point(lambda v: min(255, (v // step) * step + (step - 1 if v >= 256 - step else 0)))
    buf = io.BytesIO()
    grey.save(buf, format="PNG", optimize=True, dpi=(_dpi(image), _dpi(image)))
    return buf.getvalue()


def bilevel(image: Image.Image, threshold: int = 165) -> Image.Image:
    """Black and white (1-bit) as a fax-mode scanner produces."""
    out = (
        image.convert("L").point(lambda v: 255 if v > threshold else 0).convert("1", dither=Image.Dither.NONE)
    )
    out.info["dpi"] = image.info.get("dpi", (200, 200))
    return out


def tiff_bytes(images: list[Image.Image], bw: bool = True) -> bytes:
    """Multi-page TIFF: CCITT group 4 when ``bw``, else deflate-compressed grey."""
    pages = [bilevel(im) if bw else im.convert("L") for im in images]
    buf = io.BytesIO()
    pages[0].save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=pages[1:],
        compression="group4" if bw else "tiff_adobe_deflate",
        dpi=(_dpi(images[0]), _dpi(images[0])),
    )
    return buf.getvalue()


def heic_bytes(image: Image.Image, quality: int = 35) -> bytes:
    """HEIC (HEVC still image) as an iPhone saves its document scans."""
    heif = pillow_heif.from_pillow(image.convert("RGB"))
    buf = io.BytesIO()
    heif.save(buf, quality=quality)
    return buf.getvalue()


def image_pdf_bytes(images: list[Image.Image], quality: int = 60, bw: bool = False) -> bytes:
    """An image-only PDF (no text layer), one scanned page per PDF page, sized from the dpi."""
    streams = [tiff_bytes([im], bw=True) if bw else jpeg_bytes(im.convert("L"), quality) for im in images]
    dpi = _dpi(images[0])
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    return bytes(
        img2pdf.convert(
            streams,
            layout_fun=layout,
            engine=img2pdf.Engine.internal,
            nodate=True,
            creator="ScanApp 3.1",
            producer="ScanApp 3.1",
        )
    )


def photo_exif(lat: tuple[int, int, float], lon: tuple[int, int, float], orientation: int = 6) -> Image.Exif:
    """Phone-camera EXIF: orientation, make/model, capture time and GPS position (fixed values)."""
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = orientation
    exif[0x010F] = "Fictiphone"
    exif[0x0110] = "FP-12 Pro"
    exif[0x0131] = "FictiOS 17.2"
    exif[0x0132] = PHOTO_TIME
    sub = exif.get_ifd(EXIF_IFD)
    sub[0x9003] = PHOTO_TIME
    sub[0x9004] = PHOTO_TIME

    def dms(v: tuple[int, int, float]) -> tuple[IFDRational, IFDRational, IFDRational]:
        return (IFDRational(v[0], 1), IFDRational(v[1], 1), IFDRational(round(v[2] * 100), 100))

    gps = exif.get_ifd(GPS_IFD)
    gps[0] = b"\x02\x02\x00\x00"
    gps[1] = "N"
    gps[2] = dms(lat)
    gps[3] = "E"
    gps[4] = dms(lon)
    gps[6] = IFDRational(3520, 100)
    return exif


def phone_jpeg_bytes(
    upright: Image.Image, lat: tuple[int, int, float], lon: tuple[int, int, float], quality: int = 72
) -> bytes:
    """A phone JPEG stored sideways with EXIF Orientation 6 (viewers rotate it 90° clockwise)."""
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    stored.info["dpi"] = (72, 72)
    return jpeg_bytes(stored, quality, exif=photo_exif(lat, lon, 6))


def truncated(data: bytes, fraction: float = 0.45) -> bytes:
    """The first part of a file, as an interrupted transfer leaves it."""
    return data[: int(len(data) * fraction)]


def write(path: Path, images: list[Image.Image], quality: int = 60) -> Path:
    """Write page images to ``path``, the format chosen by its suffix.

    ``.jpg``/``.jpeg`` and ``.heic`` take the first page only; ``.png`` too; ``.tif``/``.tiff``
    (black and white, group 4) and ``.pdf`` (image-only, grey JPEG pages) take every page.
    """
    suffix = path.suffix.lower()
    if suffix in {".jpg", ".jpeg"}:
        data = jpeg_bytes(images[0], quality)
    elif suffix == ".png":
        data = png_bytes(images[0])
    elif suffix in {".tif", ".tiff"}:
        data = tiff_bytes(images)
    elif suffix in {".heic", ".heif"}:
        data = heic_bytes(images[0])
    elif suffix == ".pdf":
        data = image_pdf_bytes(images, quality)
    else:
        raise ValueError(f"no writer for {suffix!r}")
    path.write_bytes(data)
    return path

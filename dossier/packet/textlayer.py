"""An invisible text layer over a scanned page of the packet, so the packet can be searched.

The words are written straight into a content stream of their own, in base-14 Helvetica
(nothing embedded: the text is never drawn) with render mode 3 (invisible), each sized to
its box's height and stretched to its width with the ``Tz`` operator, as OCR tools do.
Writing them one PyMuPDF call at a time costs a few tenths of a millisecond a word, which
on a thirty-page packet was most of the time of a rebuild; one stream per page costs nothing.
"""

from __future__ import annotations

import functools

import pymupdf

from dossier.models import Page, Word
from dossier.read.deskew import unlevel_box

FONT_NAME = "helv"  # PyMuPDF's resource name for base-14 Helvetica
ENCODING = "cp1252"  # WinAnsiEncoding, which PyMuPDF gives base-14 fonts: all of French and more
UNKNOWN = "?"


@functools.cache
def _font() -> pymupdf.Font:
    return pymupdf.Font(FONT_NAME)


@functools.cache
def _advance(char: str) -> float:
    """A character's advance at 1 pt in Helvetica."""
    return float(_font().text_length(char, fontsize=1.0))


def add_text_layer(target: pymupdf.Page, rect: pymupdf.Rect, page: Page) -> None:
    """The page's OCR words as invisible text over its picture placed at ``rect`` on ``target``.

    Word boxes are in points of the upright page (``page.width_pt`` x ``page.height_pt``).
    """
    if page.width_pt <= 0 or page.height_pt <= 0:
        return
    sx, sy = rect.width / page.width_pt, rect.height / page.height_pt
    font = _font()
    descender = font.descender  # negative; PyMuPDF computes these properties on every access
    ascent_to_descent = font.ascender - descender
    page_height = target.rect.height
    shown: list[str] = []
    size_pt = (page.width_pt, page.height_pt)
    for read in page.words:
        # Words were read on the levelled scan; the packet shows the scan as it is.
        box = (read.text, read.x0, read.y0, read.x1, read.y1)
        word = Word(*unlevel_box(box, page.skew, size_pt)) if page.skew else read
        text = _encodable(word.text.strip())
        height, width = (word.y1 - word.y0) * sy, (word.x1 - word.x0) * sx
        natural = sum(_advance(char) for char in text)
        if not text or height <= 0 or width <= 0 or natural <= 0:
            continue
        size = height / ascent_to_descent
        stretch = 100 * width / (natural * size)
        x = rect.x0 + word.x0 * sx
        baseline = rect.y0 + word.y1 * sy + descender * size
        y = page_height - baseline  # PDF space runs bottom-up
        hexed = text.encode(ENCODING).hex()
        shown.append(f"/{FONT_NAME} {size:.2f} Tf {stretch:.1f} Tz 1 0 0 1 {x:.2f} {y:.2f} Tm <{hexed}> Tj")
    if shown:
        target.insert_font(fontname=FONT_NAME)
        _append_stream(target, "\n".join(["q", "BT", "3 Tr", *shown, "ET", "Q"]).encode("ascii"))


def _encodable(text: str) -> str:
    return "".join(char if _in_encoding(char) else UNKNOWN for char in text)


@functools.cache
def _in_encoding(char: str) -> bool:
    try:
        char.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return char.isprintable()


def _append_stream(page: pymupdf.Page, data: bytes) -> None:
    """Add a content stream after the page's own ones (drawn last, on top)."""
    doc = page.parent
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, data)
    kind, value = doc.xref_get_key(page.xref, "Contents")
    if kind == "array":
        contents = value.strip()[1:-1]
    elif kind == "xref":
        contents = value
    else:
        contents = ""
    doc.xref_set_key(page.xref, "Contents", f"[{contents} {xref} 0 R]")

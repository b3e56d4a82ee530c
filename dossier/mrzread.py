"""The machine-readable zone of a page read again, alone: cell by cell, then by Tesseract.

A page read puts an MRZ through Tesseract as text, with the page's dictionary and layout: it
drops or inserts characters, and a misread can still pass a check digit by chance (one time
in ten for each field). So whenever the page shows an MRZ band, the band is read cell by cell
against the OCR-B glyphs (``mrzcells``: a few milliseconds, and its fixed grid can neither
drop nor insert a character). Only when neither that nor the page read passes the check
digits is the band read by Tesseract again, enlarged, with the MRZ alphabet, and put back in
its grid (``mrzband``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageOps

from dossier.engine import Engine
from dossier.extract.mrz import parse_text
from dossier.mrzband import band_box, band_scale, glyphs_from_boxes, grid_lines, plain_lines
from dossier.mrzcells import read_band, settle
from dossier.orientation import Box

CELL_REACH = 2.0  # line heights added above and below the band's words for the cell reader


@dataclass(frozen=True)
class BandReads:
    """The band's re-reads: the cell reading's lines, and Tesseract's blocks of lines."""

    cells: str = ""
    text: str = ""


def read_mrz_band(image: Image.Image, words: list[Box], text: str, engine: Engine) -> BandReads:
    """The MRZ band of an upright page read again, as far as it takes to pass the check digits."""
    found = band_box(words, image.size)
    if found is None:
        return BandReads()
    box, line_height = found
    cells = _cells(image, box, line_height)
    if _valid(cells) or _valid(text):
        return BandReads(cells=cells)
    return BandReads(cells=cells, text=_tesseract_blocks(image.crop(box), line_height, text, engine))


def _cells(image: Image.Image, box: tuple[int, int, int, int], line_height: float) -> str:
    """The band read cell by cell, its lines joined ("" when no MRZ rows are found).

    The crop reaches further up and down than the band's words: the page read often finds
    only part of an MRZ line, and the cell reader needs every line whole.
    """
    left, top, right, bottom = box
    reach = round(CELL_REACH * line_height)
    taller = (left, max(0, top - reach), right, min(image.height, bottom + reach))
    read = read_band(image.crop(taller), line_height)
    return "\n".join(settle(read)) if read is not None else ""


def _tesseract_blocks(crop: Image.Image, line_height: float, text: str, engine: Engine) -> str:
    """Tesseract's reads of the band, enlarged first; each gives its grid lines and its plain lines."""
    scale = band_scale(line_height)
    pictures = [crop]
    if scale > 1.0:
        size = (round(crop.width * scale), round(crop.height * scale))
        pictures.insert(0, ImageOps.autocontrast(crop.resize(size, Image.Resampling.LANCZOS), cutoff=1))
    blocks: list[str] = []
    for picture in pictures:  # enlarged first: small bands read better so, but not always
        glyphs = glyphs_from_boxes(engine.band_boxes(picture), picture.height)
        blocks += ["\n".join(grid_lines(glyphs)), "\n".join(plain_lines(glyphs))]
        if _valid("\n\n".join([text, *blocks])):
            break  # the other picture would cost a Tesseract run for nothing
    return "\n\n".join(blocks)


def _valid(text: str) -> bool:
    read = parse_text(text) if text else None
    return read is not None and read.valid

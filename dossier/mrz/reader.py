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

import re
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image, ImageOps

from dossier.mrz.band import band_box, band_scale, glyphs_from_boxes, grid_lines, plain_lines
from dossier.mrz.cells import PITCH_PER_HEIGHT, read_band, settle
from dossier.mrz.parse import name_support, parse_text
from dossier.mrz.second import first_score, second_reading, upside_down, wants_second
from dossier.names.normalise import fold_text
from dossier.read.engine import Engine
from dossier.read.orientation import Box
from dossier.read.rapid import LineEngine

CELL_REACH = 2.0  # line heights added above and below the band's words for the cell reader
LINE_SPAN = 44 * PITCH_PER_HEIGHT + 1.5  # line heights a TD3 line spans, and a margin for the reader
TRAVEL_DOCUMENT = re.compile(
    r"\b(passeport|passport|reisepass|pasaporte|passaporto|visa|titre de sejour|residence permit"
    r"|aufenthaltstitel|permesso di soggiorno|identity card|carte d['’]identite|carte nationale"
    r"|personalausweis|documento de identidad|carta d['’]identita)\b"
)
LONG_WORD = 20  # an MRZ line, however misread, comes out as at least one word this long
NAME_SUPPORT = 0.75  # a name read without a band this unlike the printed words is not trusted


@dataclass(frozen=True)
class BandReads:
    """The band's re-reads: the cell reading's lines, Tesseract's blocks of lines, the second engine's."""

    cells: str = ""
    text: str = ""
    second: str = ""


def read_mrz_band(
    image: Image.Image, words: list[Box], text: str, engine: Engine, second: LineEngine | None = None
) -> BandReads:
    """The MRZ band of an upright page read again, as far as it takes to pass the check digits.

    The second engine, when there is one, runs only where the first readings failed
    (``second.wants_second``); its reading is kept only where the check digits and the printed
    name say it is the better one.
    """
    first = _first_reads(image, words, text, engine)
    if second is None:
        return first
    sources = [first.cells, text, f"{text}\n\n{first.text}" if first.text else ""]
    if not wants_second(first_score(sources, text), words, text):
        return first
    lines = second.text_lines(image)
    found = second_reading(lines, sources, text)
    if not _valid(found) and upside_down(lines):
        # The page is upside down after all (a booklet photographed the other way up, which
        # the page read, finding little, could not tell): read again, lines turned.
        turned = second_reading(second.text_lines(image, upright=False), sources, text)
        found = turned if _valid(turned) or not found else found
    return replace(first, second=found)


def _first_reads(image: Image.Image, words: list[Box], text: str, engine: Engine) -> BandReads:
    """The cells, and Tesseract's band re-reads where neither the cells nor the page read pass."""
    found = band_box(words, image.size)
    if found is None:
        return BandReads(cells=_unseen_band(image, words, text))
    box, line_height = found
    cells = _cells(image, box, line_height, words)
    if _valid(cells) or _valid(text):
        return BandReads(cells=cells)
    return BandReads(cells=cells, text=_tesseract_blocks(image.crop(box), line_height, text, engine))


def _unseen_band(image: Image.Image, words: list[Box], text: str) -> str:
    """The MRZ of a page whose read has no band word, if found, checked and named on the page; else "".

    The page read may garble every band word (a pound sign for a filler), or miss the band. Its
    words with two fillers or more, cleaned, still place it; failing those, a page naming itself a
    travel document, with a word as long as an MRZ line's misread, is read whole (a fifth of a
    second; a bank statement naming a VISA card rarely has such a word). Without the band words' evidence, a
    read counts only if every check digit passes and its name is printed on the page: the name
    line of an ID card has no check digit.
    """
    garbled = [(_cleaned(w[0]), *w[1:]) for w in words if w[0].count("<") + w[0].count("«") >= 2]
    found = band_box(garbled, image.size)
    if found is not None:
        cells = _cells(image, *found, garbled)
    elif any(len(w[0]) >= LONG_WORD for w in words) and TRAVEL_DOCUMENT.search(fold_text(text)):
        cells = _whole_page(image, words)
    else:
        return ""
    return cells if _confirmed(cells, text) else ""


def _confirmed(cells: str, text: str) -> bool:
    """Whether every check digit passes and the name is printed on the page."""
    read = parse_text(cells) if cells else None
    if read is None or not read.valid:
        return False
    printed = frozenset(re.findall(r"[A-Z]+", fold_text(text).upper()))
    return name_support([*read.surname.split(), *read.given_names], printed) >= NAME_SUPPORT


def _cleaned(word: str) -> str:
    """A garbled band word with what cannot be in an MRZ read as fillers."""
    return re.sub(r"[^A-Z0-9<]", "<", word.upper())


def _whole_page(image: Image.Image, words: list[Box]) -> str:
    """The page read cell by cell, with its large capitals' height for the MRZ line height.

    Better too high than too low (the reader drops strokes longer than 1.6 line heights): the
    MRZ is among the page's largest capitals, labels are smaller.
    """
    heights = [w[4] - w[2] for w in words if len(w[0]) >= 2 and w[0].isalpha() and w[0].isupper()]
    if len(heights) < 3:
        return ""
    read = read_band(image, float(np.percentile(heights, 90)))
    return "\n".join(settle(read)) if read is not None else ""


def _cells(image: Image.Image, box: tuple[int, int, int, int], line_height: float, words: list[Box]) -> str:
    """The band read cell by cell, its lines joined ("" when no MRZ rows are found).

    The crop reaches further than the band's words: up and down, as the page read often finds
    only part of an MRZ line, and the cell reader needs every line whole; left and right, as far
    as a full line could reach from the words found (the page read may miss a line's start).
    """
    left, top, right, bottom = box
    inside = [w for w in words if left <= w[1] and w[3] <= right and top <= w[2] and w[4] <= bottom]
    first, last = min((w[1] for w in inside), default=left), max((w[3] for w in inside), default=right)
    reach, span = round(CELL_REACH * line_height), LINE_SPAN * line_height
    wider = (
        max(0, min(left, round(last - span))),
        max(0, top - reach),
        min(image.width, max(right, round(first + span))),
        min(image.height, bottom + reach),
    )
    read = read_band(image.crop(wider), line_height)
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

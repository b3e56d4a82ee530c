"""One page read by the engine the right way up: which way is up, told by the words themselves.

Automatic layout reads upright text and text running top to bottom, so a half turn brings every
orientation within reach; a read that comes out doubtful is read again turned, and MRZ fillers
read as ``>`` say surely that a page was read the wrong way. A small picture is enlarged first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PIL import Image

from dossier.read.engine import Engine
from dossier.read.orientation import Box, looks_upside_down

TURN_BELOW_CONFIDENCE = 58.0  # mean word confidence under which a page is read again upside down
MIN_WORDS_TO_TURN = 5  # a page with fewer words is blank or a picture: no point turning it
SMALL_IMAGE_SIDE = 1200  # pixels: a photo this small (a thumbnail, a cropped card) reads poorly
UPSCALE_TO_SIDE = 1600
MAX_UPSCALE = 5


def large_enough(image: Image.Image, dpi: float) -> tuple[Image.Image, float]:
    """A small picture enlarged before OCR: Tesseract misses letters only a few pixels high."""
    longest = max(image.size)
    if longest >= SMALL_IMAGE_SIDE or longest == 0:
        return image, dpi
    factor = min(MAX_UPSCALE, -(-UPSCALE_TO_SIDE // longest))
    size = (image.width * factor, image.height * factor)
    return image.resize(size, Image.Resampling.LANCZOS), dpi * factor


@dataclass
class PageRead:
    """One Tesseract pass: its lines of word boxes, in the frame of ``image``, turned ``turn``."""

    lines: list[list[Box]]
    confidence: float
    image: Image.Image
    turn: int = 0

    @property
    def upside_down_like(self) -> bool:
        """Whether the read looks like text read the wrong way up: many words, all doubtful.

        Read upside down (or bottom to top), the evaluation's pages scored 41 to 53 in mean
        word confidence; read the right way up, even poor phone photos scored 60 and more.
        """
        return self._words >= MIN_WORDS_TO_TURN and self.confidence < TURN_BELOW_CONFIDENCE

    @property
    def reads_well(self) -> bool:
        """Whether the read is clearly text read the right way up: many words, confident."""
        return self._words >= MIN_WORDS_TO_TURN and self.confidence >= TURN_BELOW_CONFIDENCE

    @property
    def chevrons_backwards(self) -> bool:
        """Whether an MRZ was read the wrong way up: its ``<`` fillers, turned, read as ``>``."""
        text = "".join(box[0] for line in self.lines for box in line)
        return text.count(">>>") > max(2, 2 * text.count("<<<"))

    @property
    def _words(self) -> int:
        return sum(len(line) for line in self.lines)


def best_read(image: Image.Image, dpi: float, engine: Engine) -> PageRead:
    """Read the page the way its ink says is up; only when that reads badly, read it turned.

    Automatic layout (``--psm 3``) reads upright text and text running top to bottom, so a
    half turn brings every orientation within its reach: upside down becomes upright, bottom
    to top becomes top to bottom. That retry costs one pass, where orientation detection in the
    layout (``--psm 1``) costs a third more on every page, and a separate OSD pass nearly a
    whole one and is often wrong on these pages. Upright pages (nearly all) pay nothing, and a
    scan whose ink looks upside down is read turned first; that guess is kept only when the
    read is clearly good, so a wrong guess costs a read, never the text.
    """
    first = 180 if looks_upside_down(image) else 0
    read = _ocr(image, dpi, engine, first)
    if read.chevrons_backwards:
        # An MRZ's fillers say which way is up more surely than the words' confidence.
        for turn in (180, 90, 270):
            other = _ocr(image, dpi, engine, (first + turn) % 360)
            if not other.chevrons_backwards:
                return other
        return read
    if not read.upside_down_like and (first == 0 or read.reads_well):
        return read
    other = _ocr(image, dpi, engine, (first + 180) % 360)
    if other.chevrons_backwards:
        return read
    return other if other.confidence > read.confidence else read


def read_lines(image: Image.Image, dpi: float, engine: Engine) -> list[list[Box]]:
    """The word boxes of an upright image, line by line, in one pass."""
    return _ocr(image, dpi, engine).lines


def _ocr(image: Image.Image, dpi: float, engine: Engine, turn: int = 0) -> PageRead:
    """One read of the page turned ``turn`` degrees (a quarter turn only for an MRZ read backwards)."""
    image = image.rotate(turn, expand=True) if turn else image
    data: dict[str, list[Any]] = engine.words(image, dpi)
    lines: dict[tuple[int, int, int], list[Box]] = {}
    confidences: list[float] = []
    for i, raw in enumerate(data["text"]):
        word = str(raw).strip()
        if not word:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        box = (word, left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(box)
        confidences.append(float(data["conf"][i]))
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return PageRead(list(lines.values()), mean, image, turn)

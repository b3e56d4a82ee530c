"""Tesseract as the OCR stage calls it: a page's words, or the characters of an MRZ band.

Two ways to run the same engine. The ``api`` one (tesserocr) keeps Tesseract and its
language models loaded in each worker process: a page costs only its recognition. The ``cli``
one (pytesseract) starts the ``tesseract`` program for every read, which spends about 0.2 s a
page loading the models before it reads anything: a fifth of the OCR time of a page here. The
program is still used when tesserocr cannot be loaded, when a program is named in
``DOSSIER_TESSERACT``, and for the pages left when an in-process engine died (a crash there
takes its worker down, where a crashing program only fails its own page).
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PIL import Image

# What an MRZ band read needs: its alphabet and no dictionary (an MRZ is not made of words).
MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
MRZ_LANGUAGE = "eng"
NO_DICTIONARY = {"load_system_dawg": "0", "load_freq_dawg": "0"}
PAGE_PSM = 3  # automatic layout: upright text and text running top to bottom
BAND_PSM = 6  # one block of lines
API = "api"
CLI = "cli"

Table = dict[str, list[Any]]  # Tesseract's TSV as columns, as pytesseract's Output.DICT gives it


class OcrEngineError(RuntimeError):
    """Tesseract failed or ran out of time on one image."""


@dataclass(frozen=True)
class EngineSpec:
    """Which engine a worker builds, and how; plain data, sent to every worker process."""

    kind: str
    languages: str
    tessdata: str = ""
    tesseract_cmd: str = "tesseract"
    timeout_s: int = 120


class Engine(Protocol):
    """The two reads the OCR stage makes."""

    def words(self, image: Image.Image, dpi: float) -> Table:
        """The page's words with their boxes, lines and confidences."""

    def band_boxes(self, image: Image.Image) -> Table:
        """The characters of an MRZ band, each with its box (y axis from the bottom)."""


def api_available() -> bool:
    """Whether tesserocr, the in-process engine, can be loaded."""
    try:
        import tesserocr  # noqa: F401, PLC0415  (probed: the program is the fallback)
    except ImportError:
        return False
    return True


def api_version() -> str:
    """The version line of the Tesseract library tesserocr runs."""
    import tesserocr  # noqa: PLC0415

    return str(tesserocr.tesseract_version()).splitlines()[0].strip()


def engine_for(spec: EngineSpec) -> Engine:
    """The engine of this process for ``spec``, built on first use and kept (models load once)."""
    return _built(spec)


@functools.cache
def _built(spec: EngineSpec) -> Engine:
    if spec.kind == API:
        return ApiEngine(spec)
    return CliEngine(spec)


class CliEngine:
    """The ``tesseract`` program through pytesseract, once per read."""

    def __init__(self, spec: EngineSpec) -> None:
        # Imported here: pytesseract takes a third of a second to import, for runs that use it.
        import pytesseract  # noqa: PLC0415

        self.spec = spec
        self._pytesseract = pytesseract
        pytesseract.pytesseract.tesseract_cmd = spec.tesseract_cmd

    def words(self, image: Image.Image, dpi: float) -> Table:
        """The page's words, read by one run of the program."""
        config = f"--psm {PAGE_PSM} --dpi {round(dpi)}"
        return self._run(self._pytesseract.image_to_data, image, self.spec.languages, config)

    def band_boxes(self, image: Image.Image) -> Table:
        """The band's characters, read by one run of the program."""
        variables = " ".join(f"-c {name}={value}" for name, value in NO_DICTIONARY.items())
        config = f"--psm {BAND_PSM} -c tessedit_char_whitelist={MRZ_ALPHABET} {variables}"
        return self._run(self._pytesseract.image_to_boxes, image, MRZ_LANGUAGE, config)

    def _run(self, read: Any, image: Image.Image, languages: str, config: str) -> Table:
        output = self._pytesseract.Output.DICT
        with _image_file(image) as path:
            try:
                table: Table = read(
                    path, lang=languages, config=config, output_type=output, timeout=self.spec.timeout_s
                )
            except self._pytesseract.TesseractError as exc:
                raise OcrEngineError(str(exc)) from exc
        return table


@contextmanager
def _image_file(image: Image.Image) -> Iterator[str]:
    """The image as an uncompressed PGM in a private temporary folder, for the program to read.

    Handing pytesseract the image itself makes it write a PNG first, whose compression costs
    up to a tenth of the OCR time of a page; Tesseract reads a PGM as fast as it is written.
    """
    with tempfile.TemporaryDirectory(prefix="dossier-ocr-") as folder:
        path = Path(folder) / "page.pgm"
        image.convert("L").save(path, format="PPM")
        yield str(path)


class ApiEngine:
    """Tesseract loaded in this process through tesserocr: one handle for pages, one for bands."""

    def __init__(self, spec: EngineSpec) -> None:
        import tesserocr  # noqa: PLC0415  (only workers that use it pay for the import)

        self.spec = spec
        self._tesserocr = tesserocr
        # Tesseract's own messages ("Image too small to scale!!") would reach the terminal.
        self._quiet = {"debug_file": os.devnull}
        self._page = tesserocr.PyTessBaseAPI(
            path=spec.tessdata, lang=spec.languages, psm=PAGE_PSM, variables=self._quiet
        )
        self._band: Any = None  # loaded on first use: most pages never need it (0.1 s a worker)

    def words(self, image: Image.Image, dpi: float) -> Table:
        """The page's words, as the program's TSV would give them."""
        self._recognise(self._page, image, dpi)
        return parse_tsv(self._page.GetTSVText(0))

    def band_boxes(self, image: Image.Image) -> Table:
        """The band's characters, as the program's box file would give them."""
        if self._band is None:
            self._band = self._tesserocr.PyTessBaseAPI(
                path=self.spec.tessdata,
                lang=MRZ_LANGUAGE,
                psm=BAND_PSM,
                variables={**self._quiet, **NO_DICTIONARY, "tessedit_char_whitelist": MRZ_ALPHABET},
            )
        self._recognise(self._band, image, 0)
        return parse_boxes(self._band.GetBoxText(0))

    def _recognise(self, api: Any, image: Image.Image, dpi: float) -> None:
        grey = image.convert("L")
        api.SetImageBytes(grey.tobytes(), grey.width, grey.height, 1, grey.width)
        if dpi:
            api.SetSourceResolution(round(dpi))
        if not api.Recognize(timeout=self.spec.timeout_s * 1000):
            raise OcrEngineError("Tesseract timeout: recognition stopped")


TSV_NUMBERS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num")
TSV_BOX = ("left", "top", "width", "height")


def parse_tsv(tsv: str) -> Table:
    """Tesseract's TSV (without its header line, as the library gives it) as columns."""
    table: Table = {name: [] for name in (*TSV_NUMBERS, *TSV_BOX, "conf", "text")}
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) != 12 or not cells[0].isdigit():
            continue
        for name, cell in zip((*TSV_NUMBERS, *TSV_BOX), cells[:10], strict=True):
            table[name].append(int(cell))
        table["conf"].append(float(cells[10]))
        table["text"].append(cells[11])
    return table


def parse_boxes(boxes: str) -> Table:
    """Tesseract's box text (``char left bottom right top page`` per line) as columns."""
    table: Table = {name: [] for name in ("char", "left", "bottom", "right", "top", "page")}
    for row in boxes.splitlines():
        cells = row.split(" ")
        if len(cells) != 6 or not all(cell.lstrip("-").isdigit() for cell in cells[1:]):
            continue
        table["char"].append(cells[0])
        for name, cell in zip(("left", "bottom", "right", "top", "page"), cells[1:], strict=True):
            table[name].append(int(cell))
    return table

"""Text of every page: the PDF text layer when it is real, else Tesseract, in parallel and cached.

Tesseract is run once per page in automatic layout, which reads upright and sideways text;
the page's turn is then told by the direction its words run. Only a page that reads badly is
read again, turned upside down, so upright pages (nearly all) cost one OCR pass. Pages are
spread over processes, each with ``OMP_THREAD_LIMIT=1``: on small machines Tesseract's own
threads are several times slower than one process per core.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from typing import Protocol

import zxingcpp
from PIL import Image

from dossier.models import COLUMN_GAP, Page, PageRef, SourceType, Word
from dossier.read.cache import PageCache
from dossier.read.deskew import level, measure_skew
from dossier.read.engine import API, CLI, Engine, EngineSpec, OcrEngineError, engine_for
from dossier.read.orientation import Box, turn_box, turn_from_layout
from dossier.read.pageimage import load_grey, thumbnail_uri
from dossier.read.rapid import LineEngine, second_engine
from dossier.read.tools import TesseractInfo, probe_second_engine
from dossier.read.upright import best_read, large_enough, read_lines

LANGUAGES = "fra+eng"
PAGE_TIMEOUT_S = 120
BARCODE_DPI = 150

#: What a reading is made of beyond the engine; a change here must change the cache key.
READING_STEPS = (
    "deskew-scans",
    "psm3-ink-guess-then-half-turn-below-58",
    "layout-turn",
    "mrz-cells-always-first",
    "mrz-grid",
    "zxing",
    "gaps",
    "scan-dpi",
    "thumb",
    "text-layer-accents-composed",
    "mrz-chevrons-decide-turn",
    "upscale-small-1200-1600",
    "reread-comb-boxes-unruled-4",
    "mrz-second-engine-where-first-fails",
    "page-second-engine-where-iban-fails",
)

ProgressHook = Callable[[int, int], None]  # (pages done, pages in all)


class BandReads(Protocol):
    """What a band reader gives back: the MRZ band read cell by cell, and read again as text."""

    @property
    def cells(self) -> str:
        """The band's lines read cell by cell against the OCR-B glyphs ("" when none)."""

    @property
    def text(self) -> str:
        """The band read again by the engine ("" when the first readings sufficed)."""

    @property
    def second(self) -> str:
        """The band's lines as the second engine read them ("" unless it ran and read better)."""


class BandReader(Protocol):
    """Reads the MRZ band of an upright page while its image is in the worker's memory.

    The MRZ stage supplies it (``pipeline.py`` passes it in), so this earlier stage never
    imports a later one. ``second`` is the second engine, when one is installed.
    """

    def __call__(
        self,
        image: Image.Image,
        words: list[Box],
        text: str,
        engine: Engine,
        second: LineEngine | None = None,
    ) -> BandReads:
        """The band's readings."""


ImageReader = Callable[[Image.Image], str]  # Tesseract's text of an image at the page's resolution


class PageRereader(Protocol):
    """Reads an OCR page again where a later stage's checks fail on it.

    The extract stage supplies it: the IBAN, whose checksums say when Tesseract misread it, is
    read by the second engine; a form's comb boxes, whose walls Tesseract reads as letters, are
    read by ``first`` once their ruling is taken out. It returns the page's second reading, or ""
    when that is not needed.
    """

    def __call__(self, image: Image.Image, text: str, first: ImageReader, second: LineEngine | None) -> str:
        """The page's second reading, or ""."""


@dataclass(frozen=True)
class OcrSettings:
    """Engine settings that change the text; part of every cache key."""

    tesseract_version: str
    tesseract_cmd: str = "tesseract"
    languages: str = LANGUAGES
    timeout_s: int = PAGE_TIMEOUT_S
    engine: str = CLI
    tessdata: str = ""
    band_reader: BandReader | None = None  # how, if at all, a page's MRZ band is read again
    second_engine: str = ""  # the version of the second engine (RapidOCR), "" for none
    page_rereader: PageRereader | None = None  # how, if at all, a page is read again by it

    def cache_tag(self) -> str:
        """A string that changes whenever a setting that shapes the text does."""
        engines = (self.engine, self.tesseract_version, f"second={self.second_engine}")
        return "|".join((*engines, self.languages, *READING_STEPS))

    @classmethod
    def probed(cls, tesseract: TesseractInfo, band_reader: BandReader | None = None) -> OcrSettings:
        """The settings for the Tesseract the start-up probe found, with its engine."""
        return cls(
            tesseract_version=tesseract.version,
            tesseract_cmd=tesseract.path,
            engine=tesseract.engine,
            tessdata=tesseract.tessdata,
            band_reader=band_reader,
            second_engine=probe_second_engine(),
        )

    def engine_spec(self) -> EngineSpec:
        """What a worker needs to build its engine."""
        return EngineSpec(self.engine, self.languages, self.tessdata, self.tesseract_cmd, self.timeout_s)


@dataclass
class Reading:
    """What a worker returns for one page: plain data, cheap to pickle and to cache."""

    text: str
    text_source: str
    rotation: int = 0
    width_pt: float = 0.0
    height_pt: float = 0.0
    words: list[tuple[str, float, float, float, float]] = field(default_factory=list)
    mrz_text: str = ""
    mrz_cells: str = ""
    mrz_second: str = ""
    second_text: str = ""
    barcodes: list[str] = field(default_factory=list)
    error: str = ""
    thumbnail: str = ""
    skew: float = 0.0


def read_pages(
    refs: list[PageRef],
    settings: OcrSettings,
    *,
    cache: PageCache | None,
    jobs: int,
    on_page: ProgressHook | None = None,
) -> list[Page]:
    """Read every page, from the cache where possible, in parallel otherwise; order kept."""
    tag = settings.cache_tag()
    readings: dict[int, Reading] = {}
    todo: list[int] = []
    for position, ref in enumerate(refs):
        cached = cache.get(cache.key(ref.sha256, ref.index, tag)) if cache else None
        if cached is not None:
            readings[position] = Reading(**cached)
        else:
            todo.append(position)
    for position, reading, cacheable in _run(refs, todo, settings, jobs):
        readings[position] = reading
        if on_page:
            on_page(len(readings), len(refs))
        if cache and cacheable and not reading.error:
            ref = refs[position]
            cache.put(cache.key(ref.sha256, ref.index, tag), asdict(reading))
    return [_to_page(ref, readings[i]) for i, ref in enumerate(refs)]


def already_read(cache: PageCache | None, settings: OcrSettings) -> Callable[[str, int], bool] | None:
    """Whether a page of that content was read whole before (its reading is in the cache)."""
    if cache is None:
        return None
    tag = settings.cache_tag()
    return lambda sha256, index: cache.has(cache.key(sha256, index, tag))


def _run(
    refs: list[PageRef], todo: list[int], settings: OcrSettings, jobs: int
) -> Iterable[tuple[int, Reading, bool]]:
    """Each page's reading, and whether it was made by the engine the cache key names.

    The in-process engine always runs in worker processes, so that a crash in Tesseract takes
    down a worker, not the run. The pages a dead worker left are read by the program instead
    (not cached: the key names the other engine); pages it cannot read either get an error.
    """
    if not todo:
        return
    # Text-layer pages take a few milliseconds: sent last, they fill the gaps at the end.
    todo = sorted(todo, key=lambda position: bool(refs[position].text_layer))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if workers == 1 and settings.engine != API:
        for position in todo:
            yield position, read_one(refs[position], settings), True
        return
    left = yield from _pooled(refs, todo, settings, workers)
    if left and settings.engine == API:
        fallback = replace(settings, engine=CLI)
        left = yield from _pooled(refs, left, fallback, min(workers, len(left)), cacheable=False)
    for position in left:
        yield position, Reading(text="", text_source="ocr", error="Tesseract crashed on this page"), False


def _pooled(
    refs: list[PageRef], todo: list[int], settings: OcrSettings, workers: int, *, cacheable: bool = True
) -> Generator[tuple[int, Reading, bool], None, list[int]]:
    """Read ``todo`` in a pool of workers; returns the pages left unread when a worker died."""
    left: list[int] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures: dict[Future[Reading], int] = {
            pool.submit(read_one, refs[position], settings): position for position in todo
        }
        for future in as_completed(futures):
            position = futures[future]
            try:
                reading = future.result()
            except BrokenProcessPool:
                left.append(position)
                continue
            except (OSError, RuntimeError) as exc:
                reading = Reading(text="", text_source="ocr", error=f"the page could not be read ({exc})")
            yield position, reading, cacheable
    return sorted(left)


def read_one(ref: PageRef, settings: OcrSettings) -> Reading:
    """Read one page; runs in a worker process. Failures are returned, never raised."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        if ref.text_layer:
            return _read_text_layer(ref)
        return _read_by_ocr(ref, settings)
    except (OcrEngineError, RuntimeError, OSError, ValueError) as exc:
        return Reading(text="", text_source="ocr", error=_explain(exc))


def _explain(exc: BaseException) -> str:
    if "timeout" in str(exc).lower():
        return "OCR took too long on this page and was stopped"
    return f"OCR failed on this page ({str(exc).strip()[:200]})"


def _read_text_layer(ref: PageRef) -> Reading:
    image, dpi = load_grey(ref, BARCODE_DPI)
    return Reading(
        text=ref.text_layer,
        text_source="pdf-text",
        width_pt=image.width * 72 / dpi,
        height_pt=image.height * 72 / dpi,
        barcodes=_barcodes(image),
        thumbnail=thumbnail_uri(image),
    )


def _read_by_ocr(ref: PageRef, settings: OcrSettings) -> Reading:
    image, dpi = large_enough(*load_grey(ref))
    skew = measure_skew(image)
    if skew:
        image = level(image, skew)
    read = best_read(image, dpi, engine_for(settings.engine_spec()))
    extra = turn_from_layout(read.lines)
    lines = read.lines
    upright = read.image
    if extra:
        width, height = read.image.size
        lines = [[turn_box(box, extra, width, height) for box in line] for line in read.lines]
        upright = read.image.rotate(-extra, expand=True)
    words = [box for line in lines for box in line]
    text = "\n".join(_join_line(line) for line in lines)
    band_cells, band_text, band_second = "", "", ""
    second = second_engine() if settings.second_engine else None
    if settings.band_reader is not None:
        band = settings.band_reader(upright, words, text, engine_for(settings.engine_spec()), second)
        band_cells, band_text, band_second = band.cells, band.text, band.second
    first = functools.partial(_text_of, dpi=dpi, engine=engine_for(settings.engine_spec()))
    reread = settings.page_rereader(upright, text, first, second) if settings.page_rereader else ""
    scale = 72 / dpi
    return Reading(
        text=text,
        text_source="ocr",
        rotation=(read.turn + extra) % 360,
        skew=skew,
        width_pt=upright.width * scale,
        height_pt=upright.height * scale,
        words=[(w, x0 * scale, y0 * scale, x1 * scale, y1 * scale) for w, x0, y0, x1, y1 in words],
        mrz_text=band_text,
        mrz_cells=band_cells,
        mrz_second=band_second,
        second_text=reread,
        barcodes=_barcodes(upright),
        thumbnail=thumbnail_uri(upright),
    )


def _text_of(image: Image.Image, *, dpi: float, engine: Engine) -> str:
    """An upright image's text as Tesseract reads it in automatic layout."""
    return "\n".join(_join_line(line) for line in read_lines(image, dpi, engine))


def _join_line(boxes: list[Box]) -> str:
    """Join a line's words; a wide gap (two columns run together) becomes a run of spaces.

    Readers of holder names and amounts stop at such a gap, so "Mme X" in one column is not
    glued to the bank's name in the next.
    """
    parts = [boxes[0][0]]
    for before, box in itertools.pairwise(boxes):
        height = max(box[4] - box[2], before[4] - before[2], 1.0)
        parts.append(COLUMN_GAP if box[1] - before[3] > 1.5 * height else " ")
        parts.append(box[0])
    return "".join(parts)


def _barcodes(image: Image.Image) -> list[str]:
    # Plain text mode keeps the GS/US separators a 2D-Doc is built from (HRI would spell them out).
    results = zxingcpp.read_barcodes(
        image,
        formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.DataMatrix),
        text_mode=zxingcpp.TextMode.Plain,
    )
    return [str(result.text) for result in results if result.text]


def _to_page(ref: PageRef, reading: Reading) -> Page:
    return Page(
        ref=ref,
        text=reading.text,
        text_source=reading.text_source,
        rotation=reading.rotation,
        width_pt=reading.width_pt,
        height_pt=reading.height_pt,
        words=[Word(*box) for box in reading.words],
        mrz_text=reading.mrz_text,
        mrz_cells=reading.mrz_cells,
        mrz_second=reading.mrz_second,
        second_text=reading.second_text,
        barcodes=list(reading.barcodes),
        ocr_error=reading.error,
        thumbnail=reading.thumbnail,
        skew=reading.skew,
    )


def page_type_counts(refs: list[PageRef]) -> dict[str, int]:
    """How many pages come from a text layer and how many need OCR (for the run summary)."""
    layer = sum(1 for ref in refs if ref.text_layer)
    images = sum(1 for ref in refs if ref.type is SourceType.IMAGE)
    return {"text_layer": layer, "ocr": len(refs) - layer, "images": images}

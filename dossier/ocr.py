"""Text of every page: the PDF text layer when it is real, else Tesseract, in parallel and cached.

Tesseract is run once per page, upright assumed. Only when that reading is poor is the
orientation asked of Tesseract's OSD and the page read again, so upright pages (nearly all)
cost one OCR pass. Pages are spread over processes, each with ``OMP_THREAD_LIMIT=1``: on small
machines Tesseract's own threads are several times slower than one process per core.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from typing import Any

import pytesseract
import zxingcpp
from PIL import Image

from dossier.cache import PageCache
from dossier.extract.mrz import parse_text as parse_mrz_text
from dossier.models import COLUMN_GAP, Page, PageRef, SourceType, Word
from dossier.pageimage import load_grey

LANGUAGES = "fra+eng"
MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
GOOD_MEAN_CONFIDENCE = 70.0
GOOD_WORDS = 15
OSD_MIN_CONFIDENCE = 2.0
PAGE_TIMEOUT_S = 120
BARCODE_DPI = 150
MRZ_LINE = re.compile(r"[A-Z0-9<«]{20,}")

ProgressHook = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass(frozen=True)
class OcrSettings:
    """Engine settings that change the text; part of every cache key."""

    tesseract_version: str
    tesseract_cmd: str = "tesseract"
    languages: str = LANGUAGES
    timeout_s: int = PAGE_TIMEOUT_S

    def cache_tag(self) -> str:
        """A string that changes whenever a setting that shapes the text does."""
        return f"{self.tesseract_version}|{self.languages}|psm3|osd-gated-cw|mrz-band|zxing|gaps"


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
    barcodes: list[str] = field(default_factory=list)
    error: str = ""


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
    for position, reading in _run(refs, todo, settings, jobs):
        readings[position] = reading
        if on_page:
            on_page(len(readings), len(refs))
        if cache and not reading.error:
            ref = refs[position]
            cache.put(cache.key(ref.sha256, ref.index, tag), asdict(reading))
    return [_to_page(ref, readings[i]) for i, ref in enumerate(refs)]


def _run(
    refs: list[PageRef], todo: list[int], settings: OcrSettings, jobs: int
) -> Iterable[tuple[int, Reading]]:
    if not todo:
        return
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    if workers == 1:
        for position in todo:
            yield position, read_one(refs[position], settings)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures: dict[Future[Reading], int] = {
            pool.submit(read_one, refs[position], settings): position for position in todo
        }
        for future in as_completed(futures):
            position = futures[future]
            yield position, _result_or_error(future)


def _result_or_error(future: Future[Reading]) -> Reading:
    try:
        return future.result()
    except (OSError, RuntimeError) as exc:  # includes a worker process that died (BrokenProcessPool)
        return Reading(text="", text_source="ocr", error=f"the page could not be read ({exc})")


def read_one(ref: PageRef, settings: OcrSettings) -> Reading:
    """Read one page; runs in a worker process. Failures are returned, never raised."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    pytesseract.pytesseract.tesseract_cmd = settings.tesseract_cmd
    try:
        if ref.text_layer:
            return _read_text_layer(ref)
        return _read_by_ocr(ref, settings)
    except (pytesseract.TesseractError, RuntimeError, OSError, ValueError) as exc:
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
    )


def _read_by_ocr(ref: PageRef, settings: OcrSettings) -> Reading:
    image, dpi = load_grey(ref)
    rotation = 0
    words, text, confidence = _ocr(image, dpi, settings)
    if not _good(words, confidence):
        rotation, image, (words, text, confidence) = _best_turn(
            image, dpi, settings, (words, text, confidence)
        )
    scale = 72 / dpi
    return Reading(
        text=text,
        text_source="ocr",
        rotation=rotation,
        width_pt=image.width * scale,
        height_pt=image.height * scale,
        words=[(w, x0 * scale, y0 * scale, x1 * scale, y1 * scale) for w, x0, y0, x1, y1 in words],
        mrz_text=_read_mrz_band(image, words, text, settings),
        barcodes=_barcodes(image),
    )


Box = tuple[str, float, float, float, float]


def _ocr(image: Image.Image, dpi: float, settings: OcrSettings) -> tuple[list[Box], str, float]:
    data: dict[str, list[Any]] = pytesseract.image_to_data(
        image,
        lang=settings.languages,
        config=f"--psm 3 --dpi {round(dpi)}",
        output_type=pytesseract.Output.DICT,
        timeout=settings.timeout_s,
    )
    words: list[Box] = []
    lines: dict[tuple[int, int, int], list[Box]] = {}
    confidences: list[float] = []
    for i, raw in enumerate(data["text"]):
        word = str(raw).strip()
        if not word:
            continue
        left, top = float(data["left"][i]), float(data["top"][i])
        box = (word, left, top, left + float(data["width"][i]), top + float(data["height"][i]))
        words.append(box)
        lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(box)
        confidences.append(float(data["conf"][i]))
    text = "\n".join(_join_line(line) for line in lines.values())
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return words, text, mean


def _good(words: list[Box], confidence: float) -> bool:
    return confidence >= GOOD_MEAN_CONFIDENCE and len(words) >= GOOD_WORDS


def _best_turn(
    image: Image.Image, dpi: float, settings: OcrSettings, upright: tuple[list[Box], str, float]
) -> tuple[int, Image.Image, tuple[list[Box], str, float]]:
    """Try the turn OSD proposes, then the opposite one (OSD confuses 90 and 270), keep the best read.

    Only pages that read badly as they are get here, so upright pages pay nothing for this.
    """
    proposed = _orientation(image, settings)
    turns = [proposed, (proposed + 180) % 360] if proposed else [180]
    best = (0, image, upright)
    for turn in turns:
        turned = image.rotate(-turn, expand=True)
        reading = _ocr(turned, dpi, settings)
        if reading[2] > best[2][2]:
            best = (turn, turned, reading)
        if _good(reading[0], reading[2]):
            break
    return best


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


def _orientation(image: Image.Image, settings: OcrSettings) -> int:
    try:
        osd: dict[str, Any] = pytesseract.image_to_osd(
            image, config="--psm 0", output_type=pytesseract.Output.DICT, timeout=settings.timeout_s
        )
    except pytesseract.TesseractError:
        return 0  # too little text to tell: leave the page as it is
    if float(osd.get("orientation_conf", 0.0)) < OSD_MIN_CONFIDENCE:
        return 0
    # OSD's "rotate" turns the image counter-clockwise; ours is the clockwise turn.
    return -int(osd.get("rotate", 0)) % 360


def _read_mrz_band(image: Image.Image, words: list[Box], text: str, settings: OcrSettings) -> str:
    """Read the machine-readable zone again, alone and with its own alphabet, if the page read failed it."""
    first_read = parse_mrz_text(text)
    if first_read is not None and first_read.valid:
        return ""
    band = [w for w in words if MRZ_LINE.search(w[0]) and w[0].count("<") + w[0].count("«") >= 2]
    if not band:
        return ""
    top = min(w[2] for w in band)
    bottom = max(w[4] for w in band)
    height = bottom - top
    left = max(0.0, min(w[1] for w in band) - height)
    right = min(float(image.width), max(w[3] for w in band) + height)
    crop = image.crop(
        (
            round(left),
            round(max(0.0, top - height * 0.4)),
            round(right),
            round(min(float(image.height), bottom + height * 0.4)),
        )
    )
    band_text: str = pytesseract.image_to_string(
        crop,
        lang="eng",
        config=f"--psm 6 -c tessedit_char_whitelist={MRZ_ALPHABET}",
        timeout=settings.timeout_s,
    )
    return band_text


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
        barcodes=list(reading.barcodes),
        ocr_error=reading.error,
    )


def page_type_counts(refs: list[PageRef]) -> dict[str, int]:
    """How many pages come from a text layer and how many need OCR (for the run summary)."""
    layer = sum(1 for ref in refs if ref.text_layer)
    images = sum(1 for ref in refs if ref.type is SourceType.IMAGE)
    return {"text_layer": layer, "ocr": len(refs) - layer, "images": images}

"""Whole pages read again by the second engine, where a later stage found what it needs missing.

Tesseract's page layout drops lines of some pages altogether: handwriting on dotted lines (a
receipt filled in by hand), letters in comb boxes, a photo in poor light. The holder stage
knows when that happened (no holder, or not the applicant, on a document that should name
them), so it asks for those pages only; they are read in worker processes, one RapidOCR
thread each, and the readings cached by content like the first ones. Without the second
engine installed, nothing happens and the first reading stands.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from PIL import Image

from dossier.models import Page, PageRef
from dossier.read.cache import PageCache
from dossier.read.deskew import level
from dossier.read.ocr import OcrSettings
from dossier.read.pageimage import load_grey
from dossier.read.rapid import as_text, second_engine
from dossier.read.upright import large_enough

STEP = "whole-page-second-engine-1"  # part of the cache key of these readings


def read_again(pages: list[Page], settings: OcrSettings, *, cache: PageCache | None, jobs: int) -> int:
    """Set ``second_text`` of the OCR pages given that have none yet; returns how many were read."""
    todo = [p for p in pages if p.text_source == "ocr" and not p.second_text and not p.ocr_error]
    if not todo or not settings.second_engine:
        return 0
    tag = f"{settings.cache_tag()}|{STEP}"
    keys = [cache.key(p.ref.sha256, p.ref.index, tag) if cache else "" for p in todo]
    unread = []
    for page, key in zip(todo, keys, strict=True):
        stored = cache.get(key) if cache else None
        if stored is not None and isinstance(stored.get("text"), str):
            page.second_text = stored["text"]
        else:
            unread.append((page, key))
    if unread:
        jobs = max(1, min(jobs or os.cpu_count() or 1, len(unread)))
        args = [(page.ref, page.skew, page.rotation) for page, _ in unread]
        try:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                texts = list(pool.map(_read_whole, *zip(*args, strict=True)))
        except BrokenProcessPool:
            return 0  # a worker died (out of memory): the first readings stand
        for (page, key), text in zip(unread, texts, strict=True):
            page.second_text = text
            if cache:
                cache.put(key, {"text": text})
    return len(todo)


def upright_image(ref: PageRef, skew: float, rotation: int) -> Image.Image:
    """The page as the first reading saw it: levelled, then turned ``rotation`` degrees clockwise."""
    image, _ = large_enough(*load_grey(ref))
    if skew:
        image = level(image, skew)
    return image.rotate(-rotation, expand=True) if rotation % 360 else image


def _read_whole(ref: PageRef, skew: float, rotation: int) -> str:
    """One page's text as the second engine reads it; runs in a worker; "" when it cannot."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    engine = second_engine()
    if engine is None:
        return ""
    try:
        return as_text(engine.text_lines(upright_image(ref, skew, rotation)))
    except (OSError, RuntimeError, ValueError):
        return ""

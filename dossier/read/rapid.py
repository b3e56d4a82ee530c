"""The second OCR engine: RapidOCR (PaddleOCR's PP-OCR models on ONNX Runtime), for MRZ bands only.

Tesseract reads an MRZ band well when it is a clean, upright, dark band; it misses many real
captures (three-line cards, photos of open booklets, low-contrast specimens) that a neural
text detector and recogniser read. It costs one to four seconds a page on one core, so the MRZ
stage asks for it only where the first reading failed. Its wheel ships the models it uses;
they are named by path here, so RapidOCR never looks for them online. When the package is not
installed, there is no second engine and the first reading stands.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import metadata, resources, util
from typing import Any, Protocol

import numpy as np
from PIL import Image

PACKAGE = "rapidocr"
# The models the wheel ships (PP-OCRv6 small detection and recognition, the line classifier).
MODELS = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
    "Cls.model_path": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}
# One thread: pages are spread over one process per core, as for Tesseract (OMP_THREAD_LIMIT=1).
THREADS = {
    "EngineConfig.onnxruntime.intra_op_num_threads": 1,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}


@dataclass(frozen=True)
class TextLine:
    """One line of text the engine read, with its box (pixels, y growing downwards)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


class LineEngine(Protocol):
    """An engine that finds the lines of text of a picture and reads them."""

    def text_lines(self, image: Image.Image, *, upright: bool = True) -> list[TextLine]:
        """The picture's lines of text with their boxes.

        ``upright``: the caller has turned the picture upright, so no line is read upside down;
        else each line is turned a half turn first where it seems to be upside down.
        """


def version() -> str:
    """The installed RapidOCR's version, or "" when it cannot be loaded (no second engine)."""
    if util.find_spec("onnxruntime") is None or util.find_spec(PACKAGE) is None:
        return ""
    return metadata.version(PACKAGE)


def second_engine() -> LineEngine | None:
    """The second engine of this process, or None when RapidOCR is not installed.

    Nothing is imported or loaded until a page asks it to read: importing RapidOCR (and OpenCV,
    ONNX Runtime) takes most of a second, which pages whose first reading passes never pay.
    """
    return LazyEngine() if version() else None


class LazyEngine:
    """RapidOCR, built on the first read of this process and kept (its models load once)."""

    def text_lines(self, image: Image.Image, *, upright: bool = True) -> list[TextLine]:
        """The picture's lines, read by this process's one RapidOCR."""
        return _rapid().text_lines(image, upright=upright)


@functools.cache
def _rapid() -> RapidEngine:
    return RapidEngine()


class RapidEngine:
    """RapidOCR with the models of its wheel, one thread, its messages silenced."""

    def __init__(self) -> None:
        import cv2  # noqa: PLC0415  (RapidOCR's own dependency, for its image steps)
        from rapidocr import RapidOCR  # noqa: PLC0415  (only pages whose MRZ failed pay for it)

        cv2.setNumThreads(1)  # one thread a worker, as ONNX Runtime's sessions below

        folder = resources.files(PACKAGE) / "models"
        params: dict[str, Any] = {name: str(folder / file) for name, file in MODELS.items()}
        self._ocr = RapidOCR(params={**params, **THREADS, "Global.log_level": "critical"})

    def text_lines(self, image: Image.Image, *, upright: bool = True) -> list[TextLine]:
        """The picture's lines, each box taken as the rectangle around its four corners.

        The line classifier that turns lines read upside down takes an MRZ's line of digits and
        fillers for one (its ``<`` then come back as ``>``): on a page known to be upright it
        is left out.
        """
        output: Any = self._ocr(np.asarray(image.convert("L")), use_cls=not upright)
        texts = output.txts or ()
        boxes = output.boxes if output.boxes is not None else ()
        lines = []
        for text, corners in zip(texts, boxes, strict=False):
            xs, ys = [float(point[0]) for point in corners], [float(point[1]) for point in corners]
            lines.append(TextLine(str(text), min(xs), min(ys), max(xs), max(ys)))
        return lines


def as_text(lines: list[TextLine]) -> str:
    """The lines as a page's text: boxes side by side on one row joined by spaces, rows top to bottom.

    The engine gives a box per group of words (an IBAN printed in groups of four comes back
    as seven boxes); a reader of the text wants them on one row, as printed.
    """
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda line: (line.y0 + line.y1) / 2):
        middle = (line.y0 + line.y1) / 2
        last = rows[-1][-1] if rows else None
        if last is not None and abs(middle - (last.y0 + last.y1) / 2) < (last.y1 - last.y0) / 2:
            rows[-1].append(line)
        else:
            rows.append([line])
    return "\n".join(" ".join(line.text for line in sorted(row, key=lambda line: line.x0)) for row in rows)

"""Output: degrade clean pages with the project's capture and writer helpers, then write files."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
from common import Doc


def _load(relative: str, name: str):  # type: ignore[no-untyped-def]
    """Import one of the project's degradation modules by file path (not its package)."""
    path = Path(__file__).resolve().parents[2] / relative
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


captures = _load("samples/synth/captures.py", "situations_captures")
writers = _load("samples/synth/writers.py", "situations_writers")


def save(doc: Doc, how: str, path: Path, seed: int) -> Path:
    """Write ``doc`` to ``path`` (the suffix is added) as ``how`` says.

    ``pdf:text`` (the PyMuPDF text layer), ``pdf:<capture>``, ``jpg:<capture>``, ``png:<capture>``
    or ``jpg:phone`` (a phone photo stored sideways with EXIF orientation 6).
    """
    rng = np.random.default_rng(seed)
    kind, variant = how.split(":")
    if kind == "pdf" and variant == "text":
        assert doc.pdf is not None
        doc.pdf.set_metadata(
            {"producer": "Editique 4.2", "creator": "Editique 4.2", "creationDate": "", "modDate": ""}
        )
        out = path.with_suffix(".pdf")
        out.write_bytes(doc.pdf.tobytes(garbage=3, deflate=True, no_new_id=True))
        return out
    images = [p.image for p in doc.pages if p.image is not None]
    if kind == "pdf":
        shots = [captures.capture(im, variant, rng) for im in images]
        out = path.with_suffix(".pdf")
        out.write_bytes(writers.image_pdf_bytes(shots, quality=65))
        return out
    if kind == "jpg" and variant == "phone":
        shot = captures.capture(images[0], "photo", rng)
        out = path.with_suffix(".jpg")
        out.write_bytes(writers.phone_jpeg_bytes(shot, (48, 51, 24.3), (2, 21, 7.8)))
        return out
    shot = captures.capture(images[0], variant, rng)
    if kind == "png":
        out = path.with_suffix(".png")
        out.write_bytes(writers.png_bytes(shot))
        return out
    out = path.with_suffix(".jpg")
    out.write_bytes(writers.jpeg_bytes(shot, quality=68))
    return out

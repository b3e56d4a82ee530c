"""Deterministic synthetic sample documents and dossiers for the ``dossier`` tool.

Public API:

- ``render_document(spec, dpi=None) -> list[PIL.Image.Image]``: clean upright A4 page images.
- ``text_pdf(spec) -> bytes``: the same document as a text-layer PDF.
- ``capture(image, variant, rng) -> PIL.Image.Image``: scanner / phone degradations (``VARIANTS``).
- ``all_kinds_specs() -> list[DocSpec]``: at least two specs of every document kind.
- ``spec(name)``: one catalogued ``DocSpec``; ``facts(spec)``: what it is known to contain.
- ``CASES``, ``build_case(name, dest)``: the sample dossiers.
- writers: ``jpeg_bytes``, ``png_bytes``, ``tiff_bytes``, ``heic_bytes``, ``image_pdf_bytes``,
  ``phone_jpeg_bytes``, ``truncated``, and ``write(path, images)`` choosing by suffix.
"""

from __future__ import annotations

from .captures import VARIANTS, capture
from .cases import CASE_LIST, CASES, Case, FileSpec, build_case, file_bytes
from .catalog import SPEC_NAMES, all_kinds_specs, spec
from .documents import KINDS, build_pdf, facts, render_document, text_pdf
from .people import PEOPLE, Person
from .spec import DocSpec
from .writers import (
    heic_bytes,
    image_pdf_bytes,
    jpeg_bytes,
    phone_jpeg_bytes,
    png_bytes,
    tiff_bytes,
    truncated,
    write,
)

__all__ = [
    "CASES",
    "CASE_LIST",
    "KINDS",
    "PEOPLE",
    "SPEC_NAMES",
    "VARIANTS",
    "Case",
    "DocSpec",
    "FileSpec",
    "Person",
    "all_kinds_specs",
    "build_case",
    "build_pdf",
    "capture",
    "facts",
    "file_bytes",
    "heic_bytes",
    "image_pdf_bytes",
    "jpeg_bytes",
    "phone_jpeg_bytes",
    "png_bytes",
    "render_document",
    "spec",
    "text_pdf",
    "tiff_bytes",
    "truncated",
    "write",
]

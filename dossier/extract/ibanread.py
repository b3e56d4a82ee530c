"""A RIB's page read again by the second engine where the IBAN read on it fails its checks.

Tesseract misreads the IBAN of some real RIBs (groups of four on a tinted band: ``5678`` read
as ``sere``); the IBAN's mod-97 checksum and the French RIB key then fail, or no IBAN is found
under its label. Like the MRZ's check digits, they say which reading is right: the page is read
again by the second engine (RapidOCR), in the worker that holds its image, and its text is kept
only when the IBAN found in it ranks above the first one. A valid IBAN, or a page that names no
IBAN or RIB, costs nothing more.
"""

from __future__ import annotations

import re

from PIL import Image

from dossier.extract.iban import find_iban
from dossier.read.rapid import LineEngine, as_text

IBAN_HINT = re.compile(r"I\s?B\s?A\s?N|\bRIB\b|relev[ée] d.identit[ée] bancaire", re.IGNORECASE)


def reread_iban(image: Image.Image, text: str, second: LineEngine) -> str:
    """The page's text as the second engine reads it, where that gives a better IBAN; else ""."""
    if not IBAN_HINT.search(text):
        return ""
    first = find_iban(text)
    if first is not None and first.valid:
        return ""
    page = as_text(second.text_lines(image))
    found = find_iban(text, page)
    if found is None or (first is not None and found.iban == first.iban):
        return ""
    return page

"""A RIB's page read again by the second engine where the IBAN read on it fails its checks.

Tesseract misreads the IBAN of some real RIBs (groups of four on a tinted band: ``5678`` read
as ``sere``); the IBAN's mod-97 checksum and the French RIB key then fail, or no IBAN is found
under its label. Like the MRZ's check digits, they say which reading is right: the page is read
again by the second engine (RapidOCR), in the worker that holds its image, and its text is kept
only when the IBAN found in it ranks above the first one. A valid IBAN, or a page without an
IBAN label and something printed like one, costs nothing more.
"""

from __future__ import annotations

import re

from PIL import Image

from dossier.extract.iban import find_iban
from dossier.read.rapid import LineEngine, as_text

IBAN_LABEL = re.compile(r"I\s?B\s?A\s?N", re.IGNORECASE)
# Where an IBAN was printed, even misread: a country code, two digit-like check characters, a group.
IBAN_START = re.compile(r"\b[A-Z]{2}[0-9OIlLZSB|]{2}[ \t]*[0-9A-Za-z]{4}")


def reread_iban(image: Image.Image, text: str, second: LineEngine) -> str:
    """The page's text as the second engine reads it, where that gives a better IBAN; else ""."""
    if not (IBAN_LABEL.search(text) and IBAN_START.search(text)):
        return ""  # a page that only names a RIB (a form's list of documents to enclose)
    first = find_iban(text)
    if first is not None and first.valid:
        return ""
    page = as_text(second.text_lines(image))
    found = find_iban(text, page)
    if found is None or (first is not None and found.iban == first.iban):
        return ""
    return page

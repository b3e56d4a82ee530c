"""MRZ: an upright page image and its OCR words in; the travel document's MRZ lines out, checked.

Takes an upright page image with its OCR words (``read_mrz_band``, which ``read`` calls in its
workers through the hook ``pipeline.py`` passes it) and gives the band's lines read cell by cell
against OCR-B glyphs (``cells``) or again by the engine (``band``). ``parse`` turns lines into an
``Mrz`` record, fixing characters by position and check digits (``layout``, ``repair``).
"""

from dossier.mrz.layout import without_mrz_lines
from dossier.mrz.parse import Mrz, parse_text
from dossier.mrz.reader import read_mrz_band
from dossier.mrz.repair import letters_alike

__all__ = ["Mrz", "letters_alike", "parse_text", "read_mrz_band", "without_mrz_lines"]

"""A form's page read again where a name written in comb boxes was not read.

A hand-filled or typed form writes each letter in a box; Tesseract reads the boxes' walls as
letters ("HIAÏSTAIMOIVIAT") or drops the row, so the applicant's name is lost on the one
document they wrote themselves. A page with a name label whose image shows comb boxes is read
again by Tesseract with the ruling taken out (``read/unrule.py``). Where the image does not show
the boxes as ruling but the reading does (a row of wall-like signs after a name label), RapidOCR
reads the page as it is. The holder stage then looks for the applicant's name in both readings.
"""

from __future__ import annotations

import re

from PIL import Image

from dossier.read.ocr import ImageReader
from dossier.read.rapid import LineEngine, as_text
from dossier.read.unrule import without_rules

NAME_LABEL = re.compile(
    r"(?i)\b(?:nom(?:\s+de\s+naissance|\s+d['’]usage)?|pr[ée]noms?(?:\(s\))?|surname|given\s+names?"
    r"|family\s+name|apellidos?|nombres?|cognome|nachname|vorname)\b"
)
# A row of empty or letter-filled boxes as Tesseract reads it: walls as | [ ] I T L J 1 !.
WALLS = re.compile(r"(?:[|\[\]()ITLJl1!{}][ \t]?){8,}")
# A form the first reading garbled so that its labels are lost may still say what it is.
FORM_SIGNS = re.compile(r"(?i)\bcerfa\b|\b15763\b|\bS\s?1106\b|\bformulaire\b")
LINES_AFTER_LABEL = 3  # boxes sit on the label's line or just below it


def boxed_name_rows(text: str) -> bool:
    """Whether the page has a row of boxes on or just after a name label."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if NAME_LABEL.search(line) and any(WALLS.search(row) for row in lines[i : i + LINES_AFTER_LABEL + 1]):
            return True
    return False


def reread_boxes(image: Image.Image, text: str, first: ImageReader, second: LineEngine | None) -> str:
    """The page read again where it is a form or shows boxes after a name label, and has comb boxes; else "".

    The boxes' ruling found on the image is taken out and Tesseract reads the letters left. A
    page whose boxes the image does not show as ruling (hand-drawn, dotted) but whose reading
    does (walls read as letters) is read by the second engine as it is.
    """
    if not (FORM_SIGNS.search(text) or boxed_name_rows(text)):
        return ""  # neither a form nor boxes read as letters after a name label: not worth a look
    unruled = without_rules(image)
    if unruled is not None:
        return first(unruled)
    if second is not None and boxed_name_rows(text):
        return as_text(second.text_lines(image))
    return ""

"""A form's page read again by the second engine where a name written in comb boxes was not read.

A hand-filled form writes each letter in a box; Tesseract reads the boxes' walls as letters
("HIAÏSTAIMOIVIAT") or drops the row, so the applicant's name is lost on the one document
they wrote themselves. RapidOCR finds the letters between the walls. The signs that the first
reading failed this way are on the page itself: a name label with a row of wall-like signs
right after it. Only such pages pay the second engine's seconds; the holder stage then looks
for the applicant's name in both readings.
"""

from __future__ import annotations

import re

from PIL import Image

from dossier.read.rapid import LineEngine, as_text

NAME_LABEL = re.compile(
    r"(?i)\b(?:nom(?:\s+de\s+naissance|\s+d['’]usage)?|pr[ée]noms?(?:\(s\))?|surname|given\s+names?"
    r"|family\s+name|apellidos?|nombres?|cognome|nachname|vorname)\b"
)
# A row of empty or letter-filled boxes as Tesseract reads it: walls as | [ ] I T L J 1 !.
WALLS = re.compile(r"(?:[|\[\]()ITLJl1!{}][ \t]?){8,}")
LINES_AFTER_LABEL = 3  # boxes sit on the label's line or just below it


def boxed_name_rows(text: str) -> bool:
    """Whether the page has a row of boxes on or just after a name label."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if NAME_LABEL.search(line) and any(WALLS.search(row) for row in lines[i : i + LINES_AFTER_LABEL + 1]):
            return True
    return False


def reread_boxes(image: Image.Image, text: str, second: LineEngine) -> str:
    """The page as the second engine reads it, where the first reading shows comb boxes; else ""."""
    if not boxed_name_rows(text):
        return ""
    return as_text(second.text_lines(image))

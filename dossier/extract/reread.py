"""Which pages the second engine reads again, in ``read``'s workers: each reader says for itself.

A page is a RIB or a form, not both; the first reader that wants the page read again has it.
"""

from __future__ import annotations

from PIL import Image

from dossier.extract.boxread import reread_boxes
from dossier.extract.ibanread import reread_iban
from dossier.read.ocr import ImageReader
from dossier.read.rapid import LineEngine


def reread_page(image: Image.Image, text: str, first: ImageReader, second: LineEngine | None) -> str:
    """The page's second reading where the IBAN or a boxed name failed on the first; else ""."""
    return (reread_iban(image, text, second) if second else "") or reread_boxes(image, text, first, second)

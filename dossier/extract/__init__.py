"""Extract: documents in; each one's facts (holder, dates, months, MRZ, IBAN...) out, in ``fields``.

The readers (dates, holders, filiation, IBAN, SIRET, language, 2D-Doc) are pure functions on
text, one module each; ``fields`` decides which apply to which kind. ``reread`` runs earlier,
in ``read``'s workers (through a hook ``pipeline.py`` passes): where the IBAN read on a page fails
its checks (``ibanread``), or a name label is followed by comb boxes the first reading made
letters of (``boxread``), the page is read again by the second engine. Documents still missing
their holder or months after extraction are read whole again; ``again`` takes the months, and
the parents of an act, that the second reading gives.
"""

from dossier.extract.again import fill_from_second_reading, without_months
from dossier.extract.fields import extract_all, extract_document
from dossier.extract.reread import reread_page

__all__ = [
    "extract_all",
    "extract_document",
    "fill_from_second_reading",
    "reread_page",
    "without_months",
]

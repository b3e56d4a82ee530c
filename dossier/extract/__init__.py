"""Extract: documents in; each one's facts (holder, dates, months, MRZ, IBAN...) out, in ``fields``.

The readers (dates, holders, filiation, IBAN, SIRET, language, 2D-Doc) are pure functions on
text, one module each; ``fields`` decides which apply to which kind.
"""

from dossier.extract.fields import extract_all, extract_document

__all__ = ["extract_all", "extract_document"]

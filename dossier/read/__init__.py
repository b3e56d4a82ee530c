"""Read: the scans folder in; every page's text, word boxes and barcodes out.

Files are identified by content and split into pages (``ingest``), each page is levelled,
turned upright and put through the OCR engine (``ocr``, ``engine``, ``orientation``, ``deskew``,
``pageimage``), or its PDF text layer is taken; readings are cached by content (``cache``). Pages a later
stage found wanting are read whole again by the second engine (``again``).
``tools`` is the one boundary to external programs and files: it names the package to install.
"""

from dossier.read.again import read_again
from dossier.read.cache import PageCache, default_cache_dir
from dossier.read.ingest import Ingested, ingest
from dossier.read.ocr import OcrSettings, ProgressHook, already_read, read_pages
from dossier.read.tools import probe_all

__all__ = [
    "Ingested",
    "OcrSettings",
    "PageCache",
    "ProgressHook",
    "already_read",
    "default_cache_dir",
    "ingest",
    "probe_all",
    "read_again",
    "read_pages",
]

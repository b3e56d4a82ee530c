"""The one boundary to external programs: probed at start-up, each naming its Debian package."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import MissingDependencyError
from dossier.read import engine, rapid

# No "osd": a page's orientation is told by the direction its words run (dossier.read.orientation).
REQUIRED_LANGUAGES = ("fra", "eng")
LANGUAGE_PACKAGES = {"fra": "tesseract-ocr-fra", "eng": "tesseract-ocr-eng"}
SETUP_HINT = "run `make setup` from the project folder, or install it with apt-get as shown"


@dataclass(frozen=True)
class TesseractInfo:
    """What the start-up probe learned about the installed Tesseract, and which engine runs it.

    ``version`` is that of the engine that will read the pages (the library tesserocr runs, or
    the program); ``tessdata`` is where the program found its language data, which the
    library is pointed at, so both read with the same models.
    """

    path: str
    version: str
    languages: frozenset[str]
    engine: str = engine.CLI
    tessdata: str = ""


def _tesseract_cmd() -> str:
    return os.environ.get("DOSSIER_TESSERACT", "tesseract")


def _engine_choice() -> str:
    """The in-process engine when it loads, unless a program is named or the program is asked for."""
    if "DOSSIER_TESSERACT" in os.environ or os.environ.get("DOSSIER_OCR_ENGINE") == engine.CLI:
        return engine.CLI
    return engine.API if engine.api_available() else engine.CLI


@functools.cache
def probe_tesseract() -> TesseractInfo:
    """Find Tesseract and its language packs, or say exactly which package to install."""
    path = shutil.which(_tesseract_cmd())
    if path is None:
        raise MissingDependencyError(
            "Tesseract OCR is not installed.",
            fix=f"sudo apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng ({SETUP_HINT})",
        )
    version = _run_text([path, "--version"]).splitlines()[0].strip()
    listing = _run_text([path, "--list-langs"]).splitlines()
    languages = frozenset(line.strip() for line in listing[1:] if line.strip())
    # 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):'
    folder = re.search(r'"([^"]+)"', listing[0]) if listing else None
    missing = [lang for lang in REQUIRED_LANGUAGES if lang not in languages]
    if missing:
        packages = " ".join(LANGUAGE_PACKAGES[lang] for lang in missing)
        raise MissingDependencyError(
            f"Tesseract lacks the language data: {', '.join(missing)}.",
            fix=f"sudo apt-get install {packages} ({SETUP_HINT})",
        )
    chosen = _engine_choice() if folder else engine.CLI
    if chosen == engine.API:
        version = engine.api_version()
    tessdata = folder.group(1) if folder else ""
    return TesseractInfo(path=path, version=version, languages=languages, engine=chosen, tessdata=tessdata)


def sniff_mime(data: bytes) -> str:
    """The MIME type of a file from its first bytes (libmagic), never from its name."""
    try:
        import magic
    except ImportError as exc:
        raise MissingDependencyError(
            "libmagic (used to recognise file types by content) is missing.",
            fix=f"sudo apt-get install libmagic1 ({SETUP_HINT})",
        ) from exc
    return str(magic.from_buffer(data, mime=True))


def probe_libmagic() -> None:
    """Check that libmagic, which identifies files by their content, can be loaded."""
    sniff_mime(b"%PDF-1.4\n")


FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")


def font_path() -> Path | None:
    """Where the OCR-B font file (Debian package fonts-ocr-b) is, or None."""
    found = (path for folder in FONT_DIRS if folder.is_dir() for path in sorted(folder.rglob("OCRB.otf")))
    return next(found, None)


def probe_ocrb_font() -> None:
    """Check that the OCR-B font, whose glyphs the MRZ cells are matched against, is installed."""
    if font_path() is None:
        raise MissingDependencyError(
            "The OCR-B font (used to read machine-readable zones) is not installed.",
            fix=f"sudo apt-get install fonts-ocr-b ({SETUP_HINT})",
        )


SECOND_ENGINE_HINT = "pip install rapidocr onnxruntime (a dependency of dossier: reinstall it to get it)"


def probe_second_engine() -> str:
    """The version of RapidOCR, the MRZ's second engine, or "" when it is not installed.

    Not an error: without it the MRZ is read by Tesseract alone, as before (``SECOND_ENGINE_HINT``
    says how to get it back).
    """
    return rapid.version()


def probe_all() -> TesseractInfo:
    """Run every start-up probe; returns the Tesseract facts the OCR cache key needs."""
    probe_libmagic()
    probe_ocrb_font()
    return probe_tesseract()


def _run_text(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MissingDependencyError(
            f"`{' '.join(argv)}` could not run: {exc}.",
            fix=f"reinstall tesseract-ocr ({SETUP_HINT})",
        ) from exc
    # Old Tesseract versions print --version on stderr.
    return done.stdout or done.stderr

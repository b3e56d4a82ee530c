"""Ingest: walk the scans folder, recognise each file by its content, list its pages.

Nothing here modifies the folder; files are only ever opened for reading.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shlex
import stat
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf
from PIL import Image, UnidentifiedImageError
from pillow_heif import register_heif_opener

from dossier.errors import UnreadableFileError, UsageError
from dossier.models import PageRef, SourceFile, SourceType
from dossier.read.tools import sniff_mime

register_heif_opener()

OVERRIDE_FILE = "dossier.toml"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 120_000_000  # a 600-dpi A3 scan is ~70 Mpx; more is a bomb or a mistake
MIN_SIDE_PX = 100
MAX_PAGES = 200
# A page whose text layer has at least this many letters is read from the layer, not OCRed.
MIN_TEXT_LAYER_LETTERS = 40

Image.MAX_IMAGE_PIXELS = MAX_PIXELS

IMAGE_MIMES = {
    "image/jpeg",
    "image/png",
    "image/tiff",
    "image/heic",
    "image/heif",
    "image/webp",
    "image/bmp",
    "image/x-ms-bmp",
}
FIX_BY_MIME = {
    "application/zip": "unzip it and put the scans themselves in the folder",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (
        "open it and export it as PDF (File > Export > PDF), then remove the .docx"
    ),
    "application/msword": "open it and export it as PDF, then remove the .doc",
    "application/vnd.oasis.opendocument.text": "export it as PDF from LibreOffice, then remove it",
    "text/plain": "a text file is not a proof: scan or photograph the paper document instead",
}
OFFICE_SUFFIXES = {".docx", ".doc", ".odt", ".xlsx", ".xls", ".ods", ".pages", ".rtf"}
DEFAULT_FIX = "replace it with a PDF, JPEG or PNG scan of the document, or move it out of the folder"


@dataclass
class Ingested:
    """What ingest found: readable files with their pages, and files it could not use."""

    files: list[SourceFile] = field(default_factory=list)
    pages: list[PageRef] = field(default_factory=list)
    unreadable: list[UnreadableFileError] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (copy, original)


AlreadyRead = Callable[[str, int], bool]  # (content hash, page index) -> read whole before


def ingest(
    scans_dir: Path, *, skip: tuple[Path, ...] = (), already_read: AlreadyRead | None = None
) -> Ingested:
    """List every readable page of every file in ``scans_dir``, in a stable order.

    ``already_read`` tells which content was decoded whole by an earlier run (its reading is
    cached): such an image is not decoded again just to find out whether it is damaged.
    """
    result = Ingested()
    seen: dict[str, str] = {}
    for path in _walk(scans_dir, skip, result.unreadable):
        rel = path.relative_to(scans_dir).as_posix()
        try:
            _check_name(rel)
            source, pages = _read_source(path, rel, already_read)
        except UnreadableFileError as err:
            result.unreadable.append(err)
            continue
        if source.sha256 in seen:
            result.duplicates.append((rel, seen[source.sha256]))
            continue
        seen[source.sha256] = rel
        result.files.append(source)
        result.pages.extend(pages)
    return result


def _walk(root: Path, skip: tuple[Path, ...], unreadable: list[UnreadableFileError]) -> Iterator[Path]:
    """Yield regular files under root, sorted, skipping hidden ones and our outputs.

    Links to folders are yielded too (as files), so they are reported instead of silently
    skipped; a sub-folder that cannot be listed is reported in ``unreadable``.
    """
    skipped = {p.resolve() for p in skip}

    def refuse(error: OSError) -> None:
        folder = Path(error.filename)
        if folder == root:
            raise UsageError(
                f"{root} cannot be read ({error.strerror}).", fix=f"run `chmod u+rx {shlex.quote(str(root))}`"
            )
        unreadable.append(_folder_error(folder.relative_to(root).as_posix(), error))

    for dirpath, dirnames, filenames in os.walk(root, onerror=refuse, followlinks=False):
        here = Path(dirpath)
        subdirs = [d for d in dirnames if not d.startswith(".") and (here / d).resolve() not in skipped]
        links = [d for d in subdirs if (here / d).is_symlink()]
        dirnames[:] = sorted(d for d in subdirs if d not in links)
        for name in sorted([*filenames, *links]):
            if name.startswith(".") or (here == root and name == OVERRIDE_FILE):
                continue
            yield here / name


def _folder_error(rel: str, error: OSError) -> UnreadableFileError:
    rel = _shown(rel)
    fix = f"run `chmod u+rx {shlex.quote(rel)}`" if error.errno == errno.EACCES else DEFAULT_FIX
    return UnreadableFileError(rel, f"The folder {rel} cannot be read ({error.strerror}).", fix=fix)


def _shown(rel: str) -> str:
    """The name as text: bytes that are not UTF-8 (kept by the OS as surrogates) become U+FFFD."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _check_name(rel: str) -> None:
    # Such a name cannot be written to report.json nor opened by the PDF library.
    shown = _shown(rel)
    if shown != rel:
        raise UnreadableFileError(
            shown,
            f"{shown}: the file name is not valid text (it is not UTF-8).",
            fix="rename the file, retyping the accented letters",
        )


def _read_source(path: Path, rel: str, already_read: AlreadyRead | None) -> tuple[SourceFile, list[PageRef]]:
    data = _read_bytes(path, rel)
    mime = sniff_mime(data[:65536])
    sha = hashlib.sha256(data).hexdigest()
    if mime == "application/pdf":
        return _pdf_source(path, rel, data, sha)
    if mime in IMAGE_MIMES:
        return _image_source(path, rel, mime, sha, already_read)
    raise UnreadableFileError(
        rel, f"{rel}: this is not a scan (its content is {mime}).", fix=_fix_for(path, mime)
    )


def _fix_for(path: Path, mime: str) -> str:
    # Office files are zip archives inside; their name tells better what to do with them.
    if path.suffix.lower() in OFFICE_SUFFIXES:
        return "open it and export it as PDF (File > Export > PDF), then remove the original"
    return FIX_BY_MIME.get(mime, DEFAULT_FIX)


def _read_bytes(path: Path, rel: str) -> bytes:
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            raise UnreadableFileError(
                rel, f"{rel} is a symbolic link; links are not followed.", fix="copy the file itself here"
            )
        if info.st_size == 0:
            raise UnreadableFileError(rel, f"{rel} is empty (0 bytes).", fix="scan the document again")
        if info.st_size > MAX_FILE_BYTES:
            raise UnreadableFileError(
                rel,
                f"{rel} is too large ({info.st_size // 2**20} MB).",
                fix="scan it again at 300 dpi or less, or compress the PDF",
            )
        return path.read_bytes()
    except PermissionError as exc:
        raise UnreadableFileError(
            rel, f"{rel} cannot be read (permission denied).", fix=f"run `chmod u+r {shlex.quote(rel)}`"
        ) from exc
    except OSError as exc:
        raise UnreadableFileError(rel, f"{rel} cannot be read: {exc.strerror}.", fix=DEFAULT_FIX) from exc


def _pdf_source(path: Path, rel: str, data: bytes, sha: str) -> tuple[SourceFile, list[PageRef]]:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError) as exc:
        raise UnreadableFileError(
            rel, f"{rel} is a damaged PDF that cannot be opened.", fix="download or scan it again"
        ) from exc
    with doc:
        if doc.needs_pass:
            raise UnreadableFileError(
                rel,
                f"{rel} is protected by a password.",
                fix="open it, print it to a new PDF without a password (or remove the password), "
                "and replace this file",
            )
        if doc.page_count == 0:
            raise UnreadableFileError(rel, f"{rel} has no pages.", fix="download or scan it again")
        if doc.page_count > MAX_PAGES:
            raise UnreadableFileError(
                rel, f"{rel} has {doc.page_count} pages.", fix="keep only the pages that are proofs"
            )
        pages = [_pdf_page(path, rel, sha, doc, i) for i in range(doc.page_count)]
    source = SourceFile(path, rel, "application/pdf", SourceType.PDF, sha, len(pages))
    return source, pages


def _pdf_page(path: Path, rel: str, sha: str, doc: pymupdf.Document, index: int) -> PageRef:
    try:
        text = doc[index].get_text("text")
    except (RuntimeError, ValueError) as exc:
        raise UnreadableFileError(
            rel, f"{rel}: page {index + 1} is damaged.", fix="download or scan it again"
        ) from exc
    letters = sum(ch.isalpha() for ch in text)
    layer = compose_spacing_accents(text) if letters >= MIN_TEXT_LAYER_LETTERS else ""
    return PageRef(path, rel, sha, SourceType.PDF, index, layer)


# LaTeX and some PDF writers draw an accent as its own glyph before the letter ("F´evrier",
# "`a", "re¸cu"): every word with an accent would otherwise be split and unmatched.
_SPACING_ACCENTS = {"´": "\u0301", "`": "\u0300", "ˆ": "\u0302", "¨": "\u0308", "˜": "\u0303", "¸": "\u0327"}
_SPACING_ACCENT = re.compile("([" + "".join(_SPACING_ACCENTS) + "])([A-Za-z])")


def _compose(match: re.Match[str]) -> str:
    composed = unicodedata.normalize("NFC", match.group(2) + _SPACING_ACCENTS[match.group(1)])
    return composed if len(composed) == 1 else match.group(0)


def compose_spacing_accents(text: str) -> str:
    """A text layer with spacing accents put back on their letters ("F´evrier" -> "Février")."""
    return _SPACING_ACCENT.sub(_compose, text)


def _image_source(
    path: Path, rel: str, mime: str, sha: str, already_read: AlreadyRead | None
) -> tuple[SourceFile, list[PageRef]]:
    try:
        with warnings.catch_warnings():
            # Between MAX_PIXELS and twice that, Pillow only warns: refuse such images too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
        with image:
            frames = getattr(image, "n_frames", 1)
            for frame in range(frames):
                image.seek(frame)
                _check_dimensions(rel, image.size)
            if already_read is None or not already_read(sha, frames - 1):
                _check_decodes(image, frames)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise UnreadableFileError(
            rel, f"{rel} is far too large an image to be a scan.", fix="scan it again at 300 dpi or less"
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise UnreadableFileError(
            rel, f"{rel} is a damaged or truncated image.", fix="copy it again from the phone or scanner"
        ) from exc
    pages = [PageRef(path, rel, sha, SourceType.IMAGE, i) for i in range(frames)]
    return SourceFile(path, rel, mime, SourceType.IMAGE, sha, frames), pages


def _check_decodes(image: Image.Image, frames: int) -> None:
    """Catch a truncated or damaged image now, not in a worker later (the last frame is decoded).

    A single PNG has its chunk checksums checked without inflating its pixels; a JPEG is
    decoded at 1/8 scale, which still reads every byte of it, for a fraction of the time.
    """
    if image.format == "PNG" and frames == 1:
        image.verify()
        return
    if image.format in ("JPEG", "MPO"):
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
    image.load()


def _check_dimensions(rel: str, size: tuple[int, int]) -> None:
    width, height = size
    if min(width, height) < MIN_SIDE_PX:
        raise UnreadableFileError(
            rel,
            f"{rel} is only {width}x{height} pixels: too small to read.",
            fix="scan or photograph the document again, filling the frame",
        )
    if width * height > MAX_PIXELS:
        raise UnreadableFileError(
            rel, f"{rel} is {width}x{height} pixels: far too large.", fix="scan it again at 300 dpi or less"
        )

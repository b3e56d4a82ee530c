"""Benchmark scans folders of exactly N pages, made by the sample generator and cached on disk.

A folder is the first N pages of one fixed, endless sequence of documents: the catalogue of
``synth.all_kinds_specs()`` in a fixed shuffled order, then again with fresh captures, and so
on. Each document gets its own file, named after its key (and its pass), captured mostly as a
flatbed ``scan``, sometimes as a phone ``photo``, upside down (``rot180``) or at ``dpi150``,
and written as JPEG, PNG, image-only PDF or black-and-white TIFF; downloadable kinds (bills,
payslips, RIBs, certificates) are often a text-layer PDF, as a real folder has. Every choice
comes from a seed fixed by the document's key and pass, so the 10-page folder is the start of
the 30-page one, and the bytes are the same on every run.

Folders live in ``bench/work/folders/<N>-pages-<recipe>/`` where ``<recipe>`` hashes this file
and the generator's sources: a re-run reuses them, a changed generator makes new ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

import synth  # noqa: E402

WORK = ROOT / "bench" / "work"
FOLDERS = WORK / "folders"
ORDER_SEED = 20261115
#: Capture variants, cycled by document position: mostly scans, some photos, upside-down, 150 dpi.
VARIANT_CYCLE = ("scan", "scan", "photo", "scan", "dpi150", "scan", "scan", "rot180", "scan", "scan", "photo")
#: Kinds people download as text PDFs rather than scan.
DOWNLOADABLE = {
    "utility_bill",
    "payslip",
    "student_certificate",
    "self_employment_proof",
    "rib",
    "tax_notice",
}
TEXT_PDF_SHARE = 0.6
PHOTO_GPS = ((45, 45, 38.5), (4, 50, 31.2))  # a street in Lyon 3e
EXTRA_KEY = "luisa-receipt-2026-09"  # the document of the file added for the warm "+1 file" run


@dataclass(frozen=True)
class Planned:
    """One file of a benchmark folder: which document, which pass, captured and written how."""

    name: str
    key: str
    copy: int
    variant: str
    writer: str
    pages: int


@dataclass(frozen=True)
class Folder:
    """A generated folder: its scans, the extra file for the "+1 file" run, and what is in them."""

    scans: Path
    extra: Path
    files: list[Planned]

    @property
    def pages(self) -> int:
        """Pages in the folder (the extra file not counted)."""
        return sum(f.pages for f in self.files)

    def summary(self) -> dict[str, int]:
        """How many pages of each capture variant, and how many text-layer PDF pages."""
        counts: dict[str, int] = {}
        for f in self.files:
            label = "text-pdf" if f.writer == "text" else f.variant
            counts[label] = counts.get(label, 0) + f.pages
        return dict(sorted(counts.items()))


def _seed(*parts: object) -> int:
    digest = hashlib.sha256("\x1f".join(("bench", *map(str, parts))).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def recipe_hash() -> str:
    """A short hash of everything that shapes the folders: this module and the generator's sources."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted((ROOT / "samples" / "synth").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _sequence() -> Iterator[tuple[synth.DocSpec, int]]:
    """Every catalogued document in a fixed shuffled order, pass after pass (copy 0, 1, 2, …)."""
    specs = synth.all_kinds_specs()
    order = np.random.default_rng(ORDER_SEED).permutation(len(specs))
    copy = 0
    while True:
        for i in order:
            yield specs[int(i)], copy
        copy += 1


def _choose(spec: synth.DocSpec, copy: int, position: int, pages: int) -> tuple[str, str]:
    """The capture variant and the writer of one document, fixed by its key, pass and position."""
    rng = np.random.default_rng(_seed("choice", spec.key, copy))
    if spec.kind in DOWNLOADABLE and copy == 0 and rng.random() < TEXT_PDF_SHARE:
        return "clean", "text"
    variant = VARIANT_CYCLE[position % len(VARIANT_CYCLE)]
    if pages > 1:  # a multi-page paper document goes through the scanner, into one file
        return ("scan" if variant == "photo" else variant), str(rng.choice(["pdf", "tiff"]))
    if variant == "photo":
        return variant, str(rng.choice(["phone-jpeg", "jpeg"]))
    roll = rng.random()
    return variant, "jpeg" if roll < 0.65 else "png" if roll < 0.85 else "pdf"


EXTENSIONS = {"text": "pdf", "pdf": "pdf", "tiff": "tif", "phone-jpeg": "jpg", "jpeg": "jpg", "png": "png"}


def _file_bytes(spec: synth.DocSpec, copy: int, variant: str, writer: str) -> tuple[bytes, int]:
    """The file's bytes and its page count."""
    if writer == "text":
        import pymupdf  # noqa: PLC0415  (only to count the pages of the text PDF)

        data = synth.text_pdf(spec)
        with pymupdf.open(stream=data, filetype="pdf") as doc:
            return data, doc.page_count
    images = [
        synth.capture(page, variant, np.random.default_rng(_seed("capture", spec.key, copy, index)))
        for index, page in enumerate(synth.render_document(spec))
    ]
    quality = int(np.random.default_rng(_seed("quality", spec.key, copy)).integers(55, 80))
    if writer == "pdf":
        return synth.image_pdf_bytes(images, quality), len(images)
    if writer == "tiff":
        return synth.tiff_bytes(images), len(images)
    if writer == "png":
        return synth.png_bytes(images[0]), 1
    if writer == "phone-jpeg":
        return synth.phone_jpeg_bytes(images[0], *PHOTO_GPS, quality=quality), 1
    return synth.jpeg_bytes(images[0], quality), 1


def _page_count(spec: synth.DocSpec) -> int:
    doc = synth.build_pdf(spec)
    try:
        return int(doc.page_count)
    finally:
        doc.close()


def _generate(pages: int, dest: Path) -> list[Planned]:
    """Write the first ``pages`` pages of the sequence into ``dest/scans``, and the extra file."""
    scans = dest / "scans"
    scans.mkdir(parents=True)
    planned: list[Planned] = []
    total = 0
    for position, (spec, copy) in enumerate(_sequence()):
        if total == pages:
            break
        count = _page_count(spec)
        if total + count > pages:
            continue  # a two-page document does not fit in the last page: take a later one-page one
        variant, writer = _choose(spec, copy, position, count)
        data, count = _file_bytes(spec, copy, variant, writer)
        suffix = f"-pass{copy + 1}" if copy else ""
        name = f"{len(planned) + 1:03d}_{spec.key}{suffix}.{EXTENSIONS[writer]}"
        (scans / name).write_bytes(data)
        planned.append(Planned(name, spec.key, copy, variant, writer, count))
        total += count
    extra = dest / "extra"
    extra.mkdir()
    data, _ = _file_bytes(synth.spec(EXTRA_KEY), 99, "scan", "jpeg")  # pass 99: never in a folder
    (extra / f"added_{EXTRA_KEY}.jpg").write_bytes(data)
    return planned


def folder(pages: int, *, log: bool = True) -> Folder:
    """The benchmark folder of exactly ``pages`` pages, generated on first use, then reused."""
    name = f"{pages}-pages-{recipe_hash()}"
    dest = FOLDERS / name
    manifest = dest / "manifest.json"
    if not manifest.exists():
        FOLDERS.mkdir(parents=True, exist_ok=True)
        for stale in [*FOLDERS.glob(f"{pages}-pages-*"), *FOLDERS.glob(f".tmp-{pages}-pages-*")]:
            shutil.rmtree(stale)  # an older recipe, or an interrupted generation
        if log:
            print(f"generating the {pages}-page folder in {dest.relative_to(ROOT)} (once)", flush=True)
        tmp = FOLDERS / f".tmp-{name}-{os.getpid()}"
        planned = _generate(pages, tmp)
        (tmp / "manifest.json").write_text(json.dumps([asdict(p) for p in planned], indent=1) + "\n")
        os.replace(tmp, dest)
    files = [Planned(**entry) for entry in json.loads(manifest.read_text())]
    (extra,) = sorted((dest / "extra").iterdir())
    return Folder(dest / "scans", extra, files)


def link_file(source: Path, dest: Path) -> None:
    """Put ``source`` at ``dest`` as a hard link (nobody writes these files), else as a copy."""
    try:
        os.link(source, dest)
    except OSError:
        shutil.copy2(source, dest)


def link_copy(source: Path, dest: Path) -> None:
    """A copy of a folder's files made of hard links (or plain copies)."""
    dest.mkdir(parents=True)
    for path in sorted(source.iterdir()):
        link_file(path, dest / path.name)

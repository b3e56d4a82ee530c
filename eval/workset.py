"""The evaluation's inputs: one scan folder per capture variant, written from the synthetic specs.

Every document of ``synth.all_kinds_specs(include_other=True)``, plus a copy of every RIB whose
printed account number and IBAN have one digit changed, is written once per variant (one file
per document; multi-page documents as one multi-page PDF or TIFF). The ``multi`` folder holds a
few image PDFs that each concatenate several documents. Each file comes with its ``Truth``.

Files are generated into a store (``WORK/store``) that is reused while the generator's sources
are unchanged, then hard-linked into the run folders (``WORK/run/<variant>``), which hold
exactly the selected files. The bytes depend only on the specs: the same inputs on every run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "samples"))

import synth  # noqa: E402

#: The capture variants: synth's eight, a scan saved as HEIC, and the text-layer PDF.
ALL_VARIANTS: tuple[str, ...] = (*synth.VARIANTS, "heic", "text_pdf")
MULTI = "multi"
#: Variant -> (suffix of a one-page document, suffix of a multi-page document).
FORMATS: dict[str, tuple[str, str]] = {
    "clean": ("png", "pdf"),
    "scan": ("jpg", "tif"),
    "rot90": ("jpg", "pdf"),
    "rot180": ("jpg", "pdf"),
    "skew3": ("jpg", "pdf"),
    "dpi150": ("jpg", "pdf"),
    "jpeg_heavy": ("jpg", "pdf"),
    "photo": ("jpg", "pdf"),
    "heic": ("heic", "tif"),
    "text_pdf": ("pdf", "pdf"),
}
#: The files of the ``multi`` folder: several documents (scanned) in one image-only PDF.
MULTI_FILES: dict[str, tuple[str, ...]] = {
    "receipts_aug_oct.pdf": ("luisa-receipt-2026-08", "luisa-receipt-2026-09", "luisa-receipt-2026-10"),
    "receipt_rib_payslip.pdf": ("klaus-receipt-2026-10", "klaus-rib", "marco-payslip"),
    "form_id_tax.pdf": ("marco-form", "marco-id", "marco-tax"),
    "lease_ticket_bill.pdf": ("luisa-lease", "luisa-ticket", "camille-bill"),
}
BAD_IBAN_SUFFIX = "-badiban"
PHOTO_VARIANTS = frozenset({"photo"})
A4_LONG_SIDE_IN = 11.69
IBAN_ACCOUNT = slice(14, 25)  # the French account number inside FRkk BBBBB GGGGG CCCCCCCCCCC KK


@dataclass(frozen=True)
class Truth:
    """One document as written: where it is and what dossier should find on it."""

    key: str
    kind: str
    variant: str
    file: str  # relative to the variant's folder
    pages: tuple[int, ...]  # 1-based pages of that file
    holder: str | None
    months: tuple[str, ...]
    mrz: tuple[str, ...]
    iban: str | None
    iban_valid: bool | None
    surname: str
    given_names: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return dataclasses.asdict(self)


def corrupted_rib(spec: synth.DocSpec) -> synth.DocSpec:
    """The RIB with one digit of its account number changed, in the table and in the IBAN.

    The RIB key and the IBAN check digits stay those of the real account, so both fail: the
    document reads as a RIB with a typing error, and no part of the page holds the real number.
    """
    fields = dict(spec.fields)
    iban, account = str(fields["iban"]), str(fields["account"])
    if iban[IBAN_ACCOUNT] != account:
        raise ValueError(f"{spec.key}: the account number is not where a French IBAN holds it")
    rng = spec.rng("badiban")
    digits = [i for i, char in enumerate(account) if char.isdigit()]
    index = digits[int(rng.integers(len(digits)))]
    changed = (int(account[index]) + int(rng.integers(1, 10))) % 10
    bad_account = account[:index] + str(changed) + account[index + 1 :]
    bad_iban = iban[: IBAN_ACCOUNT.start] + bad_account + iban[IBAN_ACCOUNT.stop :]
    fields.update(account=bad_account, iban=bad_iban, iban_valid=False, iban_corrupted_from=iban)
    return dataclasses.replace(spec, key=spec.key + BAD_IBAN_SUFFIX, fields=fields)


def eval_specs() -> list[synth.DocSpec]:
    """Every spec the evaluation writes: the catalogue (``other`` included) and the corrupted RIBs."""
    specs: list[synth.DocSpec] = list(synth.all_kinds_specs(include_other=True))
    return specs + [corrupted_rib(s) for s in specs if s.kind == "rib"]


def truth_of(spec: synth.DocSpec, variant: str, file: str, pages: Sequence[int]) -> Truth:
    """What the evaluation checks about one written document."""
    facts = synth.facts(spec)
    holder = None if spec.kind == "other" else str(facts["holder"])
    iban = spec.fields.get("iban")
    valid = None if iban is None else bool(spec.fields.get("iban_valid", True))
    return Truth(
        key=spec.key,
        kind=spec.kind,
        variant=variant,
        file=file,
        pages=tuple(pages),
        holder=holder,
        months=tuple(spec.months),
        mrz=tuple(spec.fields.get("mrz", ())),
        iban=None if iban is None else str(iban),
        iban_valid=valid,
        surname=spec.person.surname,
        given_names=tuple(spec.person.given_names),
    )


def _file_name(spec: synth.DocSpec, variant: str, page_count: int) -> str:
    single, multi = FORMATS[variant]
    return f"{spec.key}.{single if page_count == 1 else multi}"


def _captured(spec: synth.DocSpec, pages: list[Image.Image], variant: str) -> list[Image.Image]:
    how = "scan" if variant == "heic" else variant
    return [synth.capture(page, how, spec.rng(f"eval-{variant}-p{n}")) for n, page in enumerate(pages, 1)]


def _a4_dpi(images: list[Image.Image]) -> list[Image.Image]:
    """Phone pictures (72 dpi) as a phone scanning app puts them in a PDF: on A4 pages."""
    out = []
    for image in images:
        copy = image.copy()
        dpi = round(max(image.size) / A4_LONG_SIDE_IN)
        copy.info["dpi"] = (dpi, dpi)
        out.append(copy)
    return out


def _encode(spec: synth.DocSpec, variant: str, images: list[Image.Image], suffix: str) -> bytes:
    if suffix == "png":
        return bytes(synth.png_bytes(images[0]))
    if suffix == "jpg":
        return bytes(synth.jpeg_bytes(images[0], 72 if variant in PHOTO_VARIANTS else 60))
    if suffix == "heic":
        return bytes(synth.heic_bytes(images[0]))
    if suffix == "tif":
        return bytes(synth.tiff_bytes(images, bw=False))
    return bytes(synth.image_pdf_bytes(_a4_dpi(images) if variant in PHOTO_VARIANTS else images))


def _write_spec(job: tuple[str, tuple[str, ...], str]) -> dict[str, str]:
    """Worker: write one spec in every wanted variant; returns {store path: sha256}."""
    key, variants, store = job
    spec = _spec_by_key(key)
    pages = synth.render_document(spec)
    written = {}
    for variant in variants:
        name = _file_name(spec, variant, len(pages))
        if variant == "text_pdf":
            data = synth.text_pdf(spec)
        else:
            data = _encode(spec, variant, _captured(spec, pages, variant), name.rsplit(".", 1)[1])
        path = Path(store) / variant / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written[f"{variant}/{name}"] = hashlib.sha256(data).hexdigest()
    return written


def _write_multi(job: tuple[str, str]) -> dict[str, str]:
    """Worker: write one file of the ``multi`` folder (every document scanned, then one PDF)."""
    name, store = job
    images: list[Image.Image] = []
    for key in MULTI_FILES[name]:
        spec = _spec_by_key(key)
        images += _captured(spec, synth.render_document(spec), "scan")
    data = synth.image_pdf_bytes(images)
    path = Path(store) / MULTI / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return {f"{MULTI}/{name}": hashlib.sha256(data).hexdigest()}


def _spec_by_key(key: str) -> synth.DocSpec:
    for spec in eval_specs():
        if spec.key == key:
            return spec
    raise KeyError(key)


def fingerprint() -> str:
    """A hash of every source file that shapes the generated bytes."""
    digest = hashlib.sha256()
    for path in sorted([*(ROOT / "samples" / "synth").glob("*.py"), Path(__file__)]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass
class Workset:
    """The run folders (variant -> folder) and the truth of every document in them."""

    folders: dict[str, Path]
    truths: list[Truth]


def _page_counts(specs: Iterable[synth.DocSpec]) -> dict[str, int]:
    return {spec.key: synth.build_pdf(spec).page_count for spec in specs}


def plan(
    specs: list[synth.DocSpec], variants: Sequence[str], counts: dict[str, int]
) -> tuple[list[Truth], dict[str, list[str]]]:
    """The truths of the selected specs and variants, and the multi files that hold any of them."""
    truths = []
    for variant in (v for v in variants if v != MULTI):
        for spec in specs:
            name = _file_name(spec, variant, counts[spec.key])
            truths.append(truth_of(spec, variant, name, range(1, counts[spec.key] + 1)))
    multi: dict[str, list[str]] = {}
    if MULTI in variants:
        selected = {spec.key: spec for spec in specs}
        for name, keys in MULTI_FILES.items():
            if not any(key in selected for key in keys):
                continue
            multi[name] = list(keys)
            first = 1
            for key in keys:
                count = counts[key] if key in counts else _page_counts([_spec_by_key(key)])[key]
                if key in selected:
                    truths.append(truth_of(selected[key], MULTI, name, range(first, first + count)))
                first += count
    return truths, multi


def build(work: Path, specs: list[synth.DocSpec], variants: Sequence[str], jobs: int) -> Workset:
    """Write (or reuse) the files of the selected specs and variants; link them into run folders."""
    store, run = work / "store", work / "run"
    counts = _page_counts(specs)
    truths, multi = plan(specs, variants, counts)
    stamp_path = work / "store-stamp.json"
    stamp = _load_stamp(stamp_path)
    if stamp.get("fingerprint") != fingerprint():
        shutil.rmtree(store, ignore_errors=True)
        stamp = {"fingerprint": fingerprint(), "files": {}}
    files: dict[str, str] = stamp["files"]

    def fresh(rel: str) -> bool:
        path = store / rel
        return rel in files and path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == files[rel]

    spec_jobs = []
    for spec in specs:
        missing = tuple(
            v for v in variants if v != MULTI and not fresh(f"{v}/{_file_name(spec, v, counts[spec.key])}")
        )
        if missing:
            spec_jobs.append((spec.key, missing, str(store)))
    multi_jobs = [(name, str(store)) for name in multi if not fresh(f"{MULTI}/{name}")]
    if spec_jobs or multi_jobs:
        print(f"writing {len(spec_jobs)} documents and {len(multi_jobs)} multi files ...", file=sys.stderr)
        with ProcessPoolExecutor(max_workers=max(1, jobs)) as pool:
            for written in [*pool.map(_write_spec, spec_jobs), *pool.map(_write_multi, multi_jobs)]:
                files.update(written)
        _save_stamp(stamp_path, stamp)
    shutil.rmtree(run, ignore_errors=True)
    folders = {}
    for variant in variants:
        folder = run / variant
        folder.mkdir(parents=True)
        folders[variant] = folder
    for rel in sorted({f"{t.variant}/{t.file}" for t in truths}):
        _link(store / rel, run / rel)
    return Workset(folders, truths)


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _load_stamp(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) and isinstance(value.get("files"), dict) else {}


def _save_stamp(path: Path, stamp: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(stamp, indent=1, sort_keys=True), "utf-8")
    tmp.replace(path)

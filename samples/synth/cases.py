"""The sample dossiers: which documents, captured how, in which files, with what expected result."""

from __future__ import annotations

import functools
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from . import writers
from .captures import capture
from .cases_more import SITUATION_CASES
from .catalog import spec
from .documents import render_document, text_pdf
from .people import PEOPLE, Person
from .spec import Case, FileSpec, stable_seed
from .spec import one_doc_file as _f

APPLICATION_DATE = "2026-11-15"
FORMATS = ("jpeg", "png", "tiff", "heic", "pdf_image", "pdf_image_bw", "pdf_text", "photo", "truncated")


_INACTIVE_BASE = (
    _f("passeport.jpg", "luisa-passport"),
    _f("visa.png", "luisa-visa", "png"),
    _f("certidao_nascimento.jpg", "luisa-birth"),
    _f("traduction_acte_naissance.jpg", "luisa-translation"),
    _f("rib.jpg", "luisa-rib", variant="rot180"),
    _f("formulaire_S1106.tif", "luisa-form", "tiff"),
)
_RECEIPTS_PDF = FileSpec(
    "quittances_aout-octobre.pdf",
    ("luisa-receipt-2026-08", "luisa-receipt-2026-09", "luisa-receipt-2026-10"),
    "pdf_image",
)
_EMPLOYEE_BASE = (
    _f("carte_identite.jpg", "camille-id"),
    _f("acte_naissance.jpg", "camille-birth"),
    _f("bulletin_paie_octobre_2026.pdf", "camille-payslip", "pdf_text"),
    _f("facture_volta_2026-11.pdf", "camille-bill", "pdf_text"),
)
_EMPLOYEE_FORM = _f("formulaire.pdf", "camille-form", "pdf_image_bw")
_EMPLOYEE_RIB = _f("IMG_20261110_184207.jpg", "camille-rib", "photo", "photo", 72)

CASE_LIST: tuple[Case, ...] = (
    Case(
        "inactive-complete",
        "inactive",
        "luisa",
        (*_INACTIVE_BASE, _RECEIPTS_PDF),
        about="Brazilian, no activity: passport + VLS-TS visa, Portuguese birth certificate + sworn "
        "translation, three rent receipts (Aug-Oct 2026) in one image-only PDF, RIB upside down, S1106 "
        "form as a 2-page black-and-white TIFF.",
    ),
    Case(
        "employee-complete",
        "employee",
        "camille",
        (*_EMPLOYEE_BASE, _EMPLOYEE_RIB, _EMPLOYEE_FORM),
        about="Belgian employee: ID card (both sides), French-language Belgian birth certificate, payslip "
        "and electricity bill with 2D-Doc as text-layer PDFs, RIB as a phone photo (EXIF orientation 6 + "
        "GPS).",
    ),
    Case(
        "student-complete",
        "student",
        "emily",
        (
            _f("passport.jpg", "emily-passport"),
            _f("visa.jpg", "emily-visa", variant="rot90"),
            _f("birth_certificate.jpg", "emily-birth"),
            _f("traduction.jpg", "emily-translation"),
            _f("certificat_scolarite.pdf", "emily-student", "pdf_text"),
            _f("attestation_hebergement.jpg", "emily-hosting"),
            _f("rib.pdf", "emily-rib", "pdf_text"),
            _f("formulaire.pdf", "emily-form", "pdf_image_bw"),
        ),
        about="American student: passport + student visa scanned at 90°, English birth certificate + "
        "translation, certificat de scolarité and RIB as downloaded PDFs, attestation d'hébergement.",
    ),
    Case(
        "self-employed-complete",
        "self-employed",
        "youssef",
        (
            _f("passeport.jpg", "youssef-passport"),
            _f("titre_sejour.jpg", "youssef-permit"),
            _f("acte_naissance.jpg", "youssef-birth"),
            _f("avis_situation_sirene.pdf", "youssef-sirene", "pdf_text"),
            _f("facture_internet.jpg", "youssef-bill", variant="dpi150"),
            _f("rib.jpg", "youssef-rib"),
            _f("formulaire.pdf", "youssef-form", "pdf_image_bw"),
        ),
        about="Moroccan micro-entrepreneur: passport + titre de séjour, French-language Moroccan birth "
        "certificate, SIRENE avis de situation, internet bill scanned at 150 dpi.",
    ),
    Case(
        "pensioner-complete",
        "pensioner",
        "klaus",
        (
            _f("reisepass.jpg", "klaus-passport"),
            _f("geburtsurkunde.jpg", "klaus-birth"),
            _f("traduction.jpg", "klaus-translation"),
            _f("formulaire_S1.jpg", "klaus-s1", variant="skew3"),
            _f("quittance_octobre.jpg", "klaus-receipt-2026-10", variant="jpeg_heavy", quality=30),
            _f("rib.jpg", "klaus-rib"),
            _f("formulaire.pdf", "klaus-form", "pdf_image_bw"),
        ),
        about="German pensioner: passport (MRZ nationality D), German birth certificate + translation, S1 "
        "skewed 3°, one rent receipt from an agency, heavily compressed.",
    ),
    Case(
        "family-complete",
        "family",
        "aminata",
        (
            _f("passeport.jpg", "aminata-passport"),
            _f("visa.jpg", "aminata-visa"),
            _f("acte_naissance.jpg", "aminata-birth"),
            _f("acte_mariage.jpg", "aminata-marriage"),
            _f("facture_gaz.heic", "aminata-bill", "heic"),
            _f("rib.jpg", "aminata-rib"),
            _f("formulaire.pdf", "aminata-form", "pdf_image_bw"),
        ),
        about="Senegalese spouse of a French citizen: passport + VLS-TS, Senegalese birth certificate "
        "(French), marriage transcription, gas bill with a 2D-Doc (DC02) as HEIC.",
    ),
    Case(
        "inactive-wrong-name",
        "inactive",
        "luisa",
        (*_INACTIVE_BASE, _RECEIPTS_PDF, _f("quittance_juillet.jpg", "gregoire-receipt-2026-07")),
        ("name_mismatch",),
        False,
        "inactive-complete plus a July receipt made out to another tenant (Grégoire LAMBERT).",
    ),
    Case(
        "inactive-missing-month",
        "inactive",
        "luisa",
        (
            *_INACTIVE_BASE,
            _f("quittance_2026-07.jpg", "luisa-receipt-2026-07"),
            _f("quittance_2026-08.jpg", "luisa-receipt-2026-08-b"),
            _f("quittance_2026-10.jpg", "luisa-receipt-2026-10-b"),
        ),
        ("residence_gap",),
        False,
        "Receipts for July, August and October 2026: September is missing.",
    ),
    Case(
        "employee-no-rib",
        "employee",
        "camille",
        (*_EMPLOYEE_BASE, _EMPLOYEE_FORM),
        ("missing_document",),
        False,
        "employee-complete without the RIB.",
    ),
    Case(
        "inactive-corrupt-file",
        "inactive",
        "luisa",
        (
            *_INACTIVE_BASE,
            _RECEIPTS_PDF,
            FileSpec("scan_0007.jpg", ("luisa-receipt-2026-07",), "truncated", listed=False),
        ),
        ("unreadable_file",),
        False,
        "inactive-complete plus a JPEG cut off in the middle of its data.",
    ),
    Case(
        "inactive-name-variant",
        "inactive",
        "luisa",
        (
            *_INACTIVE_BASE,
            _f("quittance_2026-08.jpg", "luisa-receipt-2026-08-b"),
            _f("quittance_2026-09.jpg", "luisa-receipt-2026-09-variant"),
            _f("quittance_2026-10.jpg", "luisa-receipt-2026-10-b"),
        ),
        ("name_variant",),
        True,
        "The September receipt names the tenant 'Helena Luisa MACHADO FERREIRA' (given names swapped, "
        "accent dropped).",
    ),
)
CASE_LIST += SITUATION_CASES
CASES: tuple[str, ...] = tuple(c.name for c in CASE_LIST)
_BY_NAME = {c.name: c for c in CASE_LIST}

# where the phone photo was taken (a street in Paris 11e)
PHOTO_GPS = ((48, 51, 29.4), (2, 22, 41.2))


@functools.cache
def _pages(doc: str) -> tuple[Image.Image, ...]:
    return tuple(render_document(spec(doc)))


@functools.cache
def _captured(doc: str, variant: str) -> tuple[Image.Image, ...]:
    out = []
    for i, page in enumerate(_pages(doc)):
        rng = np.random.default_rng(stable_seed("capture", doc, variant, i))
        out.append(capture(page, variant, rng))
    return tuple(out)


_WRITERS: dict[str, Callable[[list[Image.Image], FileSpec], bytes]] = {
    "jpeg": lambda images, f: writers.jpeg_bytes(images[0], f.quality),
    "png": lambda images, f: writers.png_bytes(images[0]),
    "tiff": lambda images, f: writers.tiff_bytes(images),
    "heic": lambda images, f: writers.heic_bytes(images[0]),
    "pdf_image": lambda images, f: writers.image_pdf_bytes(images, f.quality),
    "pdf_image_bw": lambda images, f: writers.image_pdf_bytes(images, bw=True),
    "photo": lambda images, f: writers.phone_jpeg_bytes(images[0], *PHOTO_GPS, quality=f.quality),
    "truncated": lambda images, f: writers.truncated(
        writers.jpeg_bytes(images[0], f.quality, progressive=False), 0.42
    ),
}


@functools.cache
def file_bytes(f: FileSpec) -> bytes:
    """The bytes of one sample file (the same FileSpec always gives the same bytes)."""
    if f.fmt == "pdf_text":
        return text_pdf(spec(f.docs[0]))
    if f.fmt not in _WRITERS:
        raise ValueError(f"unknown format {f.fmt!r}")
    return _WRITERS[f.fmt]([im for doc in f.docs for im in _captured(doc, f.variant)], f)


def _toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _toml_list(values: list[str] | tuple[str, ...] | list[int]) -> str:
    return "[" + ", ".join(_toml_str(v) if isinstance(v, str) else str(v) for v in values) + "]"


def dossier_toml(case: Case, person: Person) -> str:
    """The override file the tool reads from the scans folder."""
    lines = [
        "# Pinned application date and profile for this sample (read by the tool, not a scan).",
        f"date = {APPLICATION_DATE}",
        f"profile = {_toml_str(case.profile)}",
        "",
        "[applicant]",
        f"address = {_toml_str(chr(10).join(person.address.lines()))}",
        f"cpam = {_toml_str(chr(10).join(person.cpam))}",
        "",
    ]
    return "\n".join(lines)


def expected_toml(case: Case, person: Person) -> str:
    """What the tool must conclude: readiness, finding codes, applicant and every document."""
    out = [
        f"# {case.about}" if case.about else "# sample dossier",
        f"ready = {'true' if case.ready else 'false'}",
        f"profile = {_toml_str(case.profile)}",
        f"date = {APPLICATION_DATE}",
        f"findings = {_toml_list(list(case.findings))}",
    ]
    unreadable = [f.name for f in case.files if not f.listed]
    out.append(f"unreadable = {_toml_list(unreadable)}")
    out += [
        "",
        "[applicant]",
        f"surname = {_toml_str(person.surname)}",
        f"given_names = {_toml_list(list(person.given_names))}",
    ]
    for f in case.files:
        if not f.listed:
            continue
        page = 1
        for doc in f.docs:
            s = spec(doc)
            n = len(_pages(doc))
            out += [
                "",
                "[[documents]]",
                f"file = {_toml_str(f.name)}",
                f"pages = {_toml_list(list(range(page, page + n)))}",
                f"kind = {_toml_str(s.kind)}",
                f"holder = {_toml_str(s.holder)}",
                f"months = {_toml_list(s.months)}",
            ]
            page += n
    return "\n".join(out) + "\n"


def build_case(name: str, dest: Path) -> list[Path]:
    """Write ``dest/scans/*`` (scans + dossier.toml) and ``dest/expected.toml``; return written paths."""
    case = _BY_NAME[name]
    person = PEOPLE[case.person]
    scans = dest / "scans"
    if scans.exists():
        shutil.rmtree(scans)
    scans.mkdir(parents=True)
    written = []
    for f in case.files:
        path = scans / f.name
        path.write_bytes(file_bytes(f))
        written.append(path)
    (scans / "dossier.toml").write_text(dossier_toml(case, person), encoding="utf-8")
    (dest / "expected.toml").write_text(expected_toml(case, person), encoding="utf-8")
    return [*written, scans / "dossier.toml", dest / "expected.toml"]

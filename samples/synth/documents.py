"""Document kinds -> builders; ``render_document`` (page images) and ``text_pdf`` (text-layer PDF)."""

from __future__ import annotations

from collections.abc import Callable

import pymupdf
from PIL import Image

from . import (
    docs_admin,
    docs_bill,
    docs_civil,
    docs_form,
    docs_housing,
    docs_identity,
    docs_money,
    docs_other,
    docs_permits,
    docs_situations,
    docs_translation,
    docs_work,
)
from .render import pdf_bytes, rasterize
from .spec import DocSpec

Builder = Callable[[pymupdf.Document, DocSpec], None]

BUILDERS: dict[str, Builder] = {
    "passport": docs_identity.build_passport,
    "national_id": docs_identity.build_national_id,
    "residence_permit": docs_permits.build_residence_permit,
    "visa": docs_permits.build_visa,
    "birth_certificate": lambda doc, spec: (
        docs_situations.build_ofpra_birth(doc, spec)
        if spec.variant == "ofpra"
        else docs_civil.build_birth_certificate(doc, spec)
    ),
    "translation": docs_translation.build_translation,
    "marriage_certificate": docs_translation.build_marriage_certificate,
    "rent_receipt": docs_housing.build_rent_receipt,
    "lease": docs_housing.build_lease,
    "utility_bill": docs_bill.build_utility_bill,
    "hosting_certificate": docs_housing.build_hosting_certificate,
    "rib": docs_money.build_rib,
    "payslip": docs_work.build_payslip,
    "employment_contract": docs_work.build_employment_contract,
    "tax_notice": docs_money.build_tax_notice,
    "student_certificate": docs_admin.build_student_certificate,
    "self_employment_proof": docs_admin.build_self_employment_proof,
    "s1_form": docs_admin.build_s1_form,
    "application_form": docs_form.build_application_form,
    "asylum_certificate": docs_situations.build_asylum_certificate,
    "refugee_certificate": docs_situations.build_refugee_certificate,
    "permit_receipt": docs_situations.build_permit_receipt,
    "domiciliation_certificate": docs_situations.build_domiciliation_certificate,
    "benefits_certificate": docs_situations.build_benefits_certificate,
    "family_record_book": docs_situations.build_family_record_book,
    "child_attachment_form": docs_situations.build_child_attachment_form,
    "other": docs_other.build_other,
}

#: Every document kind of the contract except ``other``.
KINDS: tuple[str, ...] = tuple(kind for kind in BUILDERS if kind != "other")


def build_pdf(spec: DocSpec) -> pymupdf.Document:
    """The document drawn as vector PDF pages (A4)."""
    doc = pymupdf.open()
    BUILDERS[spec.kind](doc, spec)
    return doc


def render_document(spec: DocSpec, dpi: int | None = None) -> list[Image.Image]:
    """Upright, clean RGB page images of the document (A4) at ``dpi`` (default ``spec.dpi``, 200)."""
    dpi = dpi or spec.dpi
    images = rasterize(build_pdf(spec), dpi)
    for image in images:
        image.info["dpi"] = (dpi, dpi)
    return images


TEXT_PDF_PRODUCERS = {
    "utility_bill": "Editique Factures 4.2",
    "payslip": "PaieExpress 2026",
    "student_certificate": "Apogée Éditions",
    "self_employment_proof": "Insee - avis de situation",
    "rib": "Banque en ligne",
}


def text_pdf(spec: DocSpec) -> bytes:
    """The document as a real PDF with a text layer (as downloaded from a website), same bytes each run."""
    doc = build_pdf(spec)
    title = f"{spec.kind} {spec.key}"
    return pdf_bytes(doc, title, producer=TEXT_PDF_PRODUCERS.get(spec.kind, "synth"))


def facts(spec: DocSpec) -> dict[str, object]:
    """What the evaluation may check about a spec: kind, holder, months and the derived fields."""
    keep = (
        "mrz",
        "iban",
        "bic",
        "siret",
        "language",
        "parents",
        "twoddoc",
        "number",
        "expiry",
        "period_start",
        "period_end",
    )
    out: dict[str, object] = {
        "key": spec.key,
        "kind": spec.kind,
        "holder": spec.holder,
        "months": spec.months,
    }
    out.update({k: spec.fields[k] for k in keep if k in spec.fields})
    return out

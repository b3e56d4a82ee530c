"""A hosting certificate covers the months from the start of the stay to its own date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dossier.extract import extract_document
from dossier.models import Document, Page, PageRef, SourceType

TODAY = dt.date(2026, 11, 15)
BODY = (
    "ATTESTATION D'HÉBERGEMENT\n"
    "Je soussigné Yann LE GALL, {born}demeurant 5 rue Paul-Bert 35000 Rennes,\n"
    "atteste héberger à titre gratuit à mon domicile Madame Hélène NGUYEN-DUPONT\n"
    "depuis le 1er juin 2026.\n"
    "Fait à Rennes, le 20 octobre 2026\n"
)


def hosting(text: str) -> Document:
    ref = PageRef(Path("hebergement.jpg"), "hebergement.jpg", "0" * 64, SourceType.IMAGE, 0)
    page = Page(ref=ref, text=text, text_source="ocr")
    return Document("hebergement.jpg", [page], "hosting_certificate", 0.9, [], None, [], {})


def test_months_run_from_the_start_of_the_stay_to_the_certificate_date() -> None:
    doc = hosting(BODY.format(born=""))
    extract_document(doc, TODAY)
    assert doc.fields["issue_date"] == "2026-10-20"
    assert doc.months == ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]


def test_a_date_before_the_stay_is_not_taken_for_the_certificate_date() -> None:
    doc = hosting(BODY.format(born="né le 3 mars 1972, ").replace("Fait à Rennes, le 20 octobre 2026\n", ""))
    extract_document(doc, TODAY)
    assert doc.fields.get("issue_date") != "1972-03-03"
    assert doc.months[0] == "2026-06" and doc.months[-1] == "2026-11"

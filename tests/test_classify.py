from __future__ import annotations

from pathlib import Path

import pytest

from dossier.classify.pages import classify_page, fold, group_documents
from dossier.models import Page, PageRef, SourceType

TEXTS = {
    "passport": "RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL PASSEPORT / PASSPORT\nNom/Surname SILVA\n"
    "P<BRASILVA<<JOAO<PEDRO<<<<<<<<<<<<<<<<<<<<<<\nYA12345674BRA9001015M3001012<<<<<<<<<<<<<<06",
    "rent_receipt": "QUITTANCE DE LOYER\nBailleur : M. Paul DURAND\nLocataire : Mme Hélène NGUYEN\n"
    "Période : du 1er septembre 2026 au 30 septembre 2026\nLoyer 650,00 € Charges 50,00 €",
    "rib": "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : Mme Hélène NGUYEN\nCode banque 30006 "
    "Code guichet 00001 N° de compte 12345678901 Clé RIB 89\nIBAN FR76 3000 6000 0112 3456 7890 189\n"
    "BIC AGRIFRPPXXX",
    "birth_certificate": "EXTRAIT D'ACTE DE NAISSANCE AVEC FILIATION\nLe 3 mars 1990 est née Hélène Marie "
    "NGUYEN, fille de Van NGUYEN et de Marie DUPONT. Officier de l'état civil, Mairie de Lyon",
    "translation": "TRADUCTION CERTIFIÉE CONFORME\nActe de naissance traduit du portugais.\nJe soussignée, "
    "traductrice-interprète, expert près la Cour d'appel de Lyon, certifie conforme à l'original.",
    "utility_bill": "VOTRE FACTURE D'ÉLECTRICITÉ\nTitulaire du contrat : Mme Hélène NGUYEN\nPériode de "
    "consommation du 15/08/2026 au 14/10/2026\nConsommation 412 kWh Montant TTC 96,40 €",
    "payslip": "BULLETIN DE PAIE\nEmployeur : ACME SAS SIRET 73282932000074\nSalarié : M. Jean MARTIN\n"
    "Période du 01/10/2026 au 31/10/2026\nSalaire brut 2 400,00 Net à payer 1 870,00 Net imposable",
    "application_form": "Demande d'ouverture des droits à l'assurance maladie\ncerfa n° 15763*02 S1106\n"
    "Protection universelle maladie\nNom de naissance Prénoms Adresse Fait à Lyon le Signature",
    "hosting_certificate": "ATTESTATION D'HÉBERGEMENT\nJe soussigné M. Paul DURAND certifie héberger à "
    "mon domicile Mme Hélène NGUYEN depuis le 1er juin 2026 à titre gratuit.",
    "student_certificate": "CERTIFICAT DE SCOLARITÉ\nUniversité Lumière Lyon 2\nAnnée universitaire "
    "2026-2027\nM. John SMITH est inscrit en Master 1. INE 1234567890A",
}


def _page(text: str, rel: str = "scan.pdf", index: int = 0) -> Page:
    ref = PageRef(Path(rel), rel, "0" * 64, SourceType.PDF, index, text)
    return Page(ref=ref, text=text, text_source="pdf-text")


@pytest.mark.parametrize(("kind", "text"), sorted(TEXTS.items()))
def test_each_kind_wins_on_its_text_and_says_why(kind: str, text: str) -> None:
    result = classify_page(_page(text))
    assert result.kind == kind, result.reasons
    assert result.reasons
    assert 0.5 <= result.confidence <= 1.0


def test_unrelated_text_is_other_with_its_best_guess() -> None:
    result = classify_page(_page("Liste de courses : pain, lait, œufs, tomates."))
    assert result.kind == "other"
    assert result.confidence == 0.0
    assert "best guess" in result.reasons[0]


def test_fold_removes_accents_and_case() -> None:
    assert fold("QUITTANCE  de   Loyer — Été") == "quittance de loyer — ete"


def test_three_receipts_in_one_pdf_are_three_documents() -> None:
    months = ("juillet", "août", "septembre")
    pages = [
        _page(TEXTS["rent_receipt"].replace("septembre", month), "receipts.pdf", i)
        for i, month in enumerate(months)
    ]
    documents = group_documents(pages, {})
    assert [d.page_numbers for d in documents] == [[1], [2], [3]]
    assert {d.kind for d in documents} == {"rent_receipt"}


def test_two_page_birth_certificate_is_one_document() -> None:
    pages = [
        _page(TEXTS["birth_certificate"], "acte.pdf", 0),
        _page("Mentions marginales : néant. Page 2/2", "acte.pdf", 1),
    ]
    documents = group_documents(pages, {})
    assert len(documents) == 1
    assert documents[0].page_numbers == [1, 2]


def test_forced_kind_from_override() -> None:
    pages = [_page("illegible scan", "odd.jpg", 0)]
    documents = group_documents(pages, {"odd.jpg": "rent_receipt"})
    assert documents[0].kind == "rent_receipt"
    assert documents[0].reasons == ["kind set in dossier.toml"]


def test_a_page_of_another_kind_after_an_identity_card_is_the_next_document() -> None:
    """A tax notice whose title sits below its letterhead does not join the card before it."""
    notice = (
        "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES\nCentre des Finances publiques de Lyon\n"
        "M. Marco ROSSI\n12 rue des Lilas\n69003 Lyon\nN° fiscal 1234567890123\n"
        "AVIS D'IMPÔT 2026 SUR LES REVENUS 2025\nRevenu fiscal de référence 18 450\nImpôt sur le revenu net"
    )
    pages = [_page(TEXTS["passport"], "bundle.pdf", 0), _page(notice, "bundle.pdf", 1)]
    documents = group_documents(pages, {})
    assert [d.page_numbers for d in documents] == [[1], [2]]
    assert documents[0].kind == "passport"

"""Whose document it is: holder names per kind, from OCR-like snippets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extract.holders import (
    find_holder,
    find_holders,
    kind_rules,
    pair_in,
    person_from,
    realign_columns,
)
from dossier.names import parse_name, same_person

RENT_RECEIPT = """QUITTANCE DE LOYER
Bailleur : M. Pierre DUBOIS, 3 rue des Acacias 75011 Paris
Locataire : Mme HÃ©lÃ¨ne NGUYEN-DUPONT
Adresse du logement : 12 rue des Lilas, 75020 Paris
Je soussigné M. Pierre DUBOIS déclare avoir reçu de Mme Hélène NGUYEN-DUPONT la somme de 650,00 €
pour la période du 01/09/2026 au 30/09/2026.
Fait à Paris, le 30/09/2026"""

CASES = [
    ("rent_receipt", RENT_RECEIPT, "Hélène NGUYEN-DUPONT"),
    (
        "rent_receipt",
        "QUITTANCE DE L0YER - Septembre 2026\nJe soussigne M. DUBOIS Pierre, proprietaire, declare avoir\n"
        "recu de Mme Hélène NGUYEN-DUPONT la somme de 650 euros",
        "Hélène NGUYEN-DUPONT",
    ),
    (
        "rent_receipt",
        "QUITTANCE\nLOCATAIRE\nNom : NGUYEN-DUPONT\nPrénom : Hélène\nBAILLEUR\nNom : DUBOIS",
        "Hélène NGUYEN-DUPONT",
    ),
    ("rent_receipt", "RECU DE MME HELENE NGUYEN LA SOMME DE 650 EUR", "HELENE NGUYEN"),
    (
        "lease",
        "CONTRAT DE LOCATION\nENTRE LES SOUSSIGNÉS :\nM. Pierre DUBOIS, demeurant 3 rue des Acacias,"
        " ci-après dénommé « le bailleur »\nET :\nMme Hélène NGUYEN-DUPONT, ci-après"
        " dénommée « le locataire »",
        "Hélène NGUYEN-DUPONT",
    ),
    ("lease", "Désignation des parties\nLe(s) locataire(s) : M. Karim BENALI", "Karim BENALI"),
    (
        "utility_bill",
        "EDF\nVotre facture du 16/10/2026\nN° client : 1234567890\n"
        "Titulaire du contrat : Mme NGUYEN DUPONT HELENE\n12 RUE DES LILAS",
        "NGUYEN DUPONT HELENE",
    ),
    (
        "utility_bill",
        "Engie - Facture\nClient : ENGIE SA\n  MME HELENE NGUYEN-DUPONT\n  12 RUE DES LILAS\n  75020 PARIS",
        "HELENE NGUYEN-DUPONT",
    ),
    (
        "rib",
        "RELEVE D'IDENTITE BANCAIRE\nTitulaire du compte\nMME NGUYEN-DUPONT HELENE\n"
        "12 RUE DES LILAS 75020 PARIS\nIBAN FR76 3000 6000 0112 3456 7890 189",
        "NGUYEN-DUPONT HELENE",
    ),
    (
        "rib",
        "Account holder: Ms Helene Nguyen-Dupont\nIBAN: GB29 NWBK 6016 1331 9268 19",
        "Helene Nguyen-Dupont",
    ),
    ("rib", "Titulaire : SCI LES LILAS\nIntitulé du compte : M OU MME MARTIN JEAN", "MARTIN JEAN"),
    (
        "payslip",
        "BULLETIN DE PAIE\nSARL BOULANGERIE DU COIN  SIRET 123 456 789 00012\n"
        "Période du 01/09/2026 au 30/09/2026\nSalarié : M. Jean MARTIN\nEmploi : Vendeur",
        "Jean MARTIN",
    ),
    (
        "payslip",
        "SAS DUPONT\n12 avenue Foch\n                          Monsieur Jean MARTIN\n"
        "                          4 rue Victor Hugo\nMatricule 0042  Emploi : Vendeur",
        "Jean MARTIN",
    ),
    ("payslip", "Nom : MARTIN   Prénom : Jean   Matricule : 42", "Jean MARTIN"),
    (
        "employment_contract",
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE\nENTRE : la société DUPONT SAS,"
        " représentée par M. Paul DUPONT,"
        " en qualité de gérant,\nET : M. Jean MARTIN, né le 03/04/1990 à Lyon, demeurant 4 rue Victor Hugo,\n"
        "ci-après dénommé « le salarié »",
        "Jean MARTIN",
    ),
    (
        "hosting_certificate",
        "ATTESTATION D'HÉBERGEMENT\nJe soussignée Mme Fatima BENALI, née le 01/01/1960 à Alger, demeurant"
        " 3 rue des Roses 69003 Lyon,\ncertifie sur l'honneur héberger à mon domicile M. Karim BENALI,"
        " né le 05/06/1995 à Oran,\ndepuis le 01/03/2026.\nFait à Lyon le 15/09/2026",
        "Karim BENALI",
    ),
    (
        "hosting_certificate",
        "Je soussigné Pierre DURAND atteste sur l’honneur que Mme Hélène NGUYEN réside à mon domicile"
        " depuis le 1er mars 2026.",
        "Hélène NGUYEN",
    ),
    (
        "hosting_certificate",
        "Je soussigné M. Paul DURAND certifie héberger gratuitement depuis le 1er mars 2026, au 3 rue des"
        " Roses,\nMadame Hélène NGUYEN-DUPONT",
        "Hélène NGUYEN-DUPONT",
    ),
    (
        "student_certificate",
        "CERTIFICAT DE SCOLARITÉ\nAnnée universitaire 2026-2027\nLe directeur certifie que"
        " Mme Hélène NGUYEN-DUPONT est régulièrement inscrite en Master 1",
        "Hélène NGUYEN-DUPONT",
    ),
    (
        "student_certificate",
        "UNIVERSITE PARIS CITE\nNom : NGUYEN-DUPONT\nPrénom(s) : Hélène, Marie\nN° étudiant : 2026001",
        "Hélène Marie NGUYEN-DUPONT",
    ),
    (
        "self_employment_proof",
        "Avis de situation au répertoire SIRENE\nNom, prénoms : MARTIN Jean"
        " Pierre\nSIRET : 123 456 789 00012",
        "MARTIN Jean Pierre",
    ),
    (
        "self_employment_proof",
        "Dénomination : MARTIN CONSEIL SARL\nNom, prénoms : MARTIN Jean",
        "MARTIN Jean",
    ),
    (
        "s1_form",
        "S1 CERTIFICATE OF ENTITLEMENT TO HEALTHCARE\n1. Holder\n1.1 Surname\nNGUYEN-DUPONT\n"
        "1.2 Forenames\nHélène Marie\n1.3 Surname at birth",
        "Hélène Marie NGUYEN-DUPONT",
    ),
    (
        "birth_certificate",
        "EXTRAIT D'ACTE DE NAISSANCE\nNom : NGUYEN\nPrénoms : Hélène, Marie\nSexe : F\n"
        "né(e) le 12 mars 1990 à Hanoi\nPère : NGUYEN Van Thanh\nMère : DUPONT Marie",
        "Hélène Marie NGUYEN",
    ),
    (
        "birth_certificate",
        "Le douze mars mil neuf cent quatre-vingt-dix est née Hélène Marie NGUYEN, fille de Van Thanh"
        " NGUYEN et de Marie DUPONT",
        "Hélène Marie NGUYEN",
    ),
    (
        "birth_certificate",
        "BIRTH CERTIFICATE\nName of child: John Michael SMITH\nDate of birth: 12 March"
        " 1990\nFather: Robert SMITH",
        "John Michael SMITH",
    ),
    ("birth_certificate", "Hélène NGUYEN, née le 12 mars 1990 à Hanoi", "Hélène NGUYEN"),
    (
        "translation",
        "TRADUCTION CERTIFIÉE CONFORME\nActe de naissance\nNom : GARCÍA LÓPEZ\nPrénoms : José\nPère : Juan",
        "José GARCÍA LÓPEZ",
    ),
    (
        "marriage_certificate",
        "ACTE DE MARIAGE\nMariage de M. Jean MARTIN et de Mme Marie DURAND, célébré le 12/06/2020",
        "Jean MARTIN",
    ),
    (
        "application_form",
        "Demande d'ouverture des droits à l'assurance maladie\nNom de naissance : NGUYEN-DUPONT\n"
        "Nom d'usage : MARTIN\nPrénoms : Hélène Marie",
        "Hélène Marie NGUYEN-DUPONT",
    ),
    (
        "tax_notice",
        "AVIS D'IMPÔT 2026 SUR LES REVENUS 2025\nM NGUYEN DUPONT HELENE\n12 RUE DES LILAS\n75020 PARIS",
        "NGUYEN DUPONT HELENE",
    ),
    (
        "passport",
        "PASSEPORT / PASSPORT\nNom/Surname (1)\nNGUYEN-DUPONT\nPrénoms/Given names (2)\nHélène, Marie\n"
        "Nationalité/Nationality\nFrançaise",
        "Hélène Marie NGUYEN-DUPONT",
    ),
    ("residence_permit", "TITRE DE SÉJOUR\nNOM\nBENALI\nPrénoms\nKarim\nNationalité ALG", "Karim BENALI"),
    (
        "national_id",
        "CARTE NATIONALE D'IDENTITÉ\nNom : MARTIN\nNom d'usage : DURAND\nPrénom(s) : Jean, Pierre\nSexe : M",
        "Jean Pierre MARTIN",
    ),
    (
        "passport",
        "REPÚBLICA FEDERATIVA DO BRASIL\nPASSAPORTE / PASSPORT / PASSEPORT\nNom/Surname / Sobrenome\n"
        "MACHADO FERREIRA\nPrénoms/Given names / Nome\nLUÍSA HELENA\nNationalité/Nationality / Nacionalidade",
        "LUÍSA HELENA MACHADO FERREIRA",
    ),
    (
        "passport",
        "Signature du titulaire / Signature of bearer\nBUNDESREPUBLIK DEUTSCHLAND\nNom/Surname / Name\n"
        "HOFFMANN\nPrénoms/Given names / Vornamen\nKLAUS PETER",
        "KLAUS PETER HOFFMANN",
    ),
    (
        "visa",
        "N° DE PASSEPORT / PASSPORT No.\nFZ482913\nNOM, PRÉNOM / SURNAME, NAME\n"
        "MACHADO FERREIRA, LUÍSA HELENA\n"
        "REMARQUES / REMARKS",
        "LUÍSA HELENA MACHADO FERREIRA",
    ),
    (
        "lease",
        "Le présent contrat est conclu entre les soussignés : M. Bernard FOURNIER, demeurant 3\nmontée de la"
        " Grande-Côte, 69001 Lyon, désigné ci-après « le bailleur », et Mme Luísa\nHelena MACHADO FERREIRA,"
        " née le 17/03/1994 à São Paulo, désignée ci-après « le\nlocataire » (le preneur).",
        "Luísa Helena MACHADO FERREIRA",
    ),
    (
        "self_employment_proof",
        "Urssaf\nService des travailleurs indépendants\nM. Marco Giuseppe ROSSI\n9 place Bellecour\n"
        "ATTESTATION D'IMMATRICULATION\nL'Urssaf atteste que M. Marco Giuseppe ROSSI, né le 14/02/1981, est",
        "Marco Giuseppe ROSSI",
    ),
    (
        "birth_certificate",
        "Le quatorze mai mil neuf cent quatre-vingt-dix (14 mai 1990), à 8 heures 35\nminutes,\n"
        "est né à Toulouse (Haute-Garonne) :\nJulien Pierre MARCHAND\nde sexe masculin,\n"
        "fils de Alain MARCHAND, né le 11 février 1961, et de Catherine ROUX, née le",
        "Julien Pierre MARCHAND",
    ),
    (
        "translation",
        "TRADUCTION CERTIFIÉE CONFORME\nACTE DE NAISSANCE\nNom et prénoms :\nLuísa Helena MACHADO FERREIRA\n"
        "Date de naissance :\n17 mars 1994\nPère :\nRoberto Augusto FERREIRA",
        "Luísa Helena MACHADO FERREIRA",
    ),
    (
        "visa",
        "VISA  TYPE D\nSurname / Nom\nSMITH\nGiven names / Prénoms\nJOHN PAUL\nValid until 14/02/2027",
        "JOHN PAUL SMITH",
    ),
]


# As the pipeline's OCR prints them: a wide gap between two columns becomes four spaces.
COLUMNS = [
    (
        "payslip",
        "BULLETIN DE PAIE\nBrindille & Cie SAS    Salarié\n"
        "27 rue de la Roquette    Mme Camille Sophie PEETERS\n75011 Paris    14 rue des Trois-Bornes",
        "Camille Sophie PEETERS",
    ),
    (
        "rib",
        "Titulaire du compte    Domiciliation\nMme Emily Rose JOHNSON    SOCIETE GENERALE\n"
        ". Chez Mme Francoise LAGARDE    Agence Bordeaux Victor-Hugo",
        "Emily Rose JOHNSON",
    ),
    ("rib", "Titulaire du compte Domiciliation\nMme Aminata DIOP LA BANQUE POSTALE", "Aminata DIOP"),
    (
        "s1_form",
        "1. PERSONAL INFORMATION OF THE HOLDER\n1.1 Personal identification No    . 41120458 H 625\n"
        "1.2 Surname(s)    HOFFMANN\n1.3 Forename(s)    ,    Klaus Peter\n6.1 Name    Krankenkasse Südbaden",
        "Klaus Peter HOFFMANN",
    ),
    (
        "self_employment_proof",
        "Description de l'entreprise\nIdentifiant SIREN\nDénomination\nNom\nPrénom(s)\nCatégorie juridique\n"
        "518 293 477\nEL AMRANI YOUSSEF\nEL AMRANI\nYoussef\n1000 - Entrepreneur individuel",
        "EL AMRANI YOUSSEF",
    ),
    (
        "birth_certificate",
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE\nNom :\nPrénom(s) :\nSexe :\nDate de naissance :\n"
        "Fille de :\nEt de :\n(Extrait d'acte de naissance)\nDIOP\nAminata\nféminin\n28 janvier 1992\n"
        "(vingt-huit janvier mil neuf cent quatre-vingt-douze)\nOusmane DIOP\nAwa NDIAYE",
        "Aminata DIOP",
    ),
    (
        "birth_certificate",
        "Nom :    EL AMRANI\nPrénom(s) :    |    Youssef\nSexe :    masculin",
        "Youssef EL AMRANI",
    ),
]


@pytest.mark.parametrize(("kind", "text", "expected"), COLUMNS)
def test_columns_as_ocr_prints_them(kind: str, text: str, expected: str) -> None:
    assert find_holder(kind, text) == expected


def test_realign_columns() -> None:
    text = "Nom :\nPrénom(s) :\nSexe :\n(note)\nDIOP\nAminata\nféminin\nSuite"
    assert realign_columns(text) == "Nom : DIOP\nPrénom(s) : Aminata\nSexe : féminin\n(note)\nSuite"
    assert realign_columns("Nom : DIOP\nPrénom : Aminata") == "Nom : DIOP\nPrénom : Aminata"
    assert realign_columns("Nom :\nPrénom :\nSexe :\nDIOP") == "Nom :\nPrénom :\nSexe :\nDIOP"


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_find_holder(kind: str, text: str, expected: str) -> None:
    assert find_holder(kind, text) == expected


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_holder_parses_to_a_person(kind: str, text: str, expected: str) -> None:
    holder = find_holder(kind, text)
    assert holder is not None
    parsed, wanted = parse_name(holder), parse_name(expected)
    assert parsed is not None
    assert wanted is not None
    assert same_person(parsed, wanted)


def test_hosting_certificate_names_the_hosted_person_not_the_host() -> None:
    text = next(c[1] for c in CASES if c[0] == "hosting_certificate")
    assert find_holder("hosting_certificate", text) == "Karim BENALI"


def test_marriage_gives_both_spouses() -> None:
    text = "ACTE DE MARIAGE\nMariage de M. Jean MARTIN et de Mme Marie DURAND, célébré le 12/06/2020"
    assert find_holders("marriage_certificate", text) == ["Jean MARTIN", "Marie DURAND"]
    text = (
        "a été célébré à Dakar (Sénégal) le\nmariage de :\n"
        "Julien Pierre MARCHAND, né le 14 mai 1990 à Toulouse\n"
        "(France), de nationalité française, fils de Alain MARCHAND et de Catherine\nROUX\net de\n"
        "Aminata DIOP, née le 28 janvier 1992 à Dakar (Sénégal), de nationalité"
    )
    assert find_holder("marriage_certificate", text) == "Julien Pierre MARCHAND"
    assert find_holders("marriage_certificate", text) == ["Julien Pierre MARCHAND", "Aminata DIOP"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("rent_receipt", "Locataire : 12 rue des Lilas\n75020 Paris"),
        ("rent_receipt", "Locataire : Résidence Les Pins"),
        ("utility_bill", "Titulaire : SARL LES LILAS"),
        ("utility_bill", "Client : n° 123456789"),
        ("rib", "Titulaire du compte\nIBAN FR76 3000 6000 0112 3456 7890 189"),
        ("rib", "Titulaire : La Banque Postale"),
        ("hosting_certificate", "Je soussigné M. Paul DURAND, certifie que les informations sont exactes."),
        ("payslip", ""),
        ("other", "Locataire : Mme Hélène NGUYEN"),
        ("unknown_kind", "Locataire : Mme Hélène NGUYEN"),
    ],
)
def test_nothing_credible(kind: str, text: str) -> None:
    assert find_holder(kind, text) is None


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Mme Hélène NGUYEN, 12 rue des Lilas", "Hélène NGUYEN"),
        ("M. ou Mme Jean MARTIN", "Jean MARTIN"),
        ("Marie DURAND épouse MARTIN", "Marie DURAND épouse MARTIN"),
        ("Marie DURAND née le 3 mars 1960", "Marie DURAND"),
        ("Jean de LA FONTAINE demeurant à Paris", "Jean de LA FONTAINE"),
        ("Van Thanh LE", "Van Thanh LE"),
        ("M. MARTIN", "MARTIN"),
        ("MARTIN", None),
        ("SARL MARTIN", None),
        ("néant", None),
        ("12 rue des Lilas", None),
    ],
)
def test_person_from(fragment: str, expected: str | None) -> None:
    assert person_from(fragment) == expected


def test_pair_in() -> None:
    assert pair_in("Nom : MARTIN\nPrénoms : Jean, Pierre") == "Jean Pierre MARTIN"
    assert pair_in("Nom, prénoms : MARTIN Jean") is None


def test_every_contract_kind_with_a_holder_has_rules() -> None:
    for kind in [
        "passport",
        "national_id",
        "residence_permit",
        "visa",
        "birth_certificate",
        "translation",
        "marriage_certificate",
        "rent_receipt",
        "lease",
        "utility_bill",
        "hosting_certificate",
        "rib",
        "payslip",
        "employment_contract",
        "tax_notice",
        "student_certificate",
        "self_employment_proof",
        "s1_form",
        "application_form",
    ]:
        assert kind_rules(kind) is not None, kind
    assert kind_rules("other") is None


KINDS = [c[0] for c in CASES] + ["other"]
WORDS = [
    "Locataire",
    " : ",
    "Mme",
    "M.",
    "Hélène",
    "NGUYEN",
    "\n",
    "Nom",
    "Prénoms",
    "née",
    "le",
    "12",
    "rue",
]


@given(st.sampled_from(KINDS), st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join)))
@settings(deadline=None)
def test_never_raises(kind: str, text: str) -> None:
    holder = find_holder(kind, text)
    assert holder is None or holder.strip() == holder
    find_holders(kind, text)


@pytest.mark.parametrize("title", ["RELEVÉ D'IDENTITÉ BANCAIRE", "Option TV", "Offre Fibre Max"])
def test_titles_and_offers_are_not_people(title: str) -> None:
    assert person_from(title) is None


def test_an_accented_i_read_as_a_slash_is_an_i() -> None:
    assert person_from("Lu/sa Helena MACHADO FERREIRA") == "Luisa Helena MACHADO FERREIRA"


def test_the_bank_beside_the_account_holder_ends_the_name() -> None:
    assert find_holder("rib", "Titulaire du compte\nLuisa Helena MACHADO FERREIRA LCL\n") == (
        "Luisa Helena MACHADO FERREIRA"
    )

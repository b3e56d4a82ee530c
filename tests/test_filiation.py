"""Parents' names on birth certificates, in the usual languages and layouts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extract.filiation import find_parents, mentions_parents

CASES = [
    (
        "Le douze mars 1990 est née Hélène Marie NGUYEN, fille de Van Thanh NGUYEN, né le 3 mars 1960 à"
        " Hanoi, commerçant, et de Marie DUPONT, née le 4 avril 1962 à Lyon, sans profession.",
        ["Van Thanh NGUYEN", "Marie DUPONT"],
    ),
    (
        "EXTRAIT D'ACTE DE NAISSANCE\nNom : NGUYEN\nPrénoms : Hélène\nPère : NGUYEN Van"
        " Thanh\nMère : DUPONT Marie\n",
        ["NGUYEN Van Thanh", "DUPONT Marie"],
    ),
    ("FILS DE JEAN MARTIN ET DE MARIE DURAND", ["JEAN MARTIN", "MARIE DURAND"]),
    ("fille d’Ahmed BENALI et de Fatima ZOHRA", ["Ahmed BENALI", "Fatima ZOHRA"]),
    ("Fils de M. Jean MARTIN et Mme Marie DURAND son épouse", ["Jean MARTIN", "Marie DURAND"]),
    ("Père : Jean MARTIN Mère : Marie DURAND", ["Jean MARTIN", "Marie DURAND"]),
    (
        "BIRTH CERTIFICATE\nName of child: John SMITH\nFather: Robert SMITH\nMother: Mary SMITH née JONES\n",
        ["Robert SMITH", "Mary JONES"],
    ),
    ("Name of father\nRobert SMITH\nName of mother\nMary JONES", ["Robert SMITH", "Mary JONES"]),
    (
        "ACTA DE NACIMIENTO\nPadre: José GARCÍA LÓPEZ\nMadre: María FERNÁNDEZ",
        ["José GARCÍA LÓPEZ", "María FERNÁNDEZ"],
    ),
    ("hijo de José GARCÍA Y LÓPEZ y de María FERNÁNDEZ", ["José GARCÍA Y LÓPEZ", "María FERNÁNDEZ"]),
    ("CERTIDÃO DE NASCIMENTO\nfilho de João da SILVA e de Maria SOUZA", ["João da SILVA", "Maria SOUZA"]),
    ("Pai: João da SILVA\nMãe: Maria SOUZA", ["João da SILVA", "Maria SOUZA"]),
    (
        "Geburtsurkunde\nVater: Hans MÜLLER\nMutter: Anna MÜLLER geb. SCHMIDT",
        ["Hans MÜLLER", "Anna SCHMIDT"],
    ),
    (
        "Nom du père : NGUYEN\nPrénoms du père : Van Thanh\nNom de la mère :"
        " DUPONT\nPrénoms de la mère : Marie",
        ["Van Thanh NGUYEN", "Marie DUPONT"],
    ),
    (
        "Père\nNom : NGUYEN\nPrénoms : Van Thanh\nMère\nNom : DUPONT\nPrénoms : Marie",
        ["Van Thanh NGUYEN", "Marie DUPONT"],
    ),
    (
        "PERE : NGUYEN VAN THANH, né le 3 mars 1960\nMERE : DUPONT MARIE, née le 4 avril 1962",
        ["NGUYEN VAN THANH", "DUPONT MARIE"],
    ),
    ("Père : néant\nMère : Marie DUPONT", ["Marie DUPONT"]),
    (
        "EXTRAIT D'ACTE DE NAISSANCE\nNom :\nEL AMRANI\nPrénom(s) :\nYoussef\nFils de :\nMohammed EL AMRANI\n"
        "Et de :\nFatima Zahra BENNANI\nMentions marginales :\nnéant",
        ["Mohammed EL AMRANI", "Fatima Zahra BENNANI"],
    ),
    (
        "est né à Toulouse (Haute-Garonne) :\nJulien Pierre MARCHAND\nde sexe masculin,\n"
        "fils de Alain MARCHAND, né le 11 février 1961, et de Catherine ROUX, née le\n23 septembre 1963,"
        " son épouse, domiciliés à Toulouse.",
        ["Alain MARCHAND", "Catherine ROUX"],
    ),
    (
        "fils de Alain MARCHAND et de Catherine\nROUX\net de\nAminata DIOP",
        ["Alain MARCHAND", "Catherine ROUX"],
    ),
    (
        "FILIAÇÃO — Pai:\nRoberto Augusto FERREIRA\nMãe:\nCláudia Regina MACHADO",
        ["Roberto Augusto FERREIRA", "Cláudia Regina MACHADO"],
    ),
    ("Le 3 mars, fils de Jean MARTIN. Père : Jean MARTIN", ["Jean MARTIN"]),
]


def test_labels_and_values_read_as_two_columns() -> None:
    text = (
        "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE\nNom :\nPrénom(s) :\nSexe :\nFille de :\nEt de :\n"
        "Mentions marginales :\nDIOP\nAminata\nféminin\nOusmane DIOP\nAwa NDIAYE\nnéant"
    )
    assert find_parents(text) == ["Ousmane DIOP", "Awa NDIAYE"]


def test_column_gaps() -> None:
    text = "Fils de :    Mohammed EL AMRANI\nEt de:    Fatima Zahra BENNANI\nMentions marginales: néant"
    assert find_parents(text) == ["Mohammed EL AMRANI", "Fatima Zahra BENNANI"]
    assert find_parents("Vater Heinrich Wilhelm HOFFMANN\n\nMutter Gertrud Anna HOFFMANN geb. WEBER") == [
        "Heinrich Wilhelm HOFFMANN",
        "Gertrud Anna WEBER",
    ]


@pytest.mark.parametrize(("text", "parents"), CASES)
def test_find_parents(text: str, parents: list[str]) -> None:
    assert find_parents(text) == parents


@pytest.mark.parametrize(
    "text",
    [
        "",
        "EXTRAIT D'ACTE DE NAISSANCE SANS FILIATION\nNom : MARTIN\nPrénoms : Jean\nNé le 3 mars 1990 à Lyon",
        "Père : néant\nMère : Inconnue",
        "Father: unknown\nMother: -",
        "La mère de l'enfant a déclaré la naissance.",
        "Grand-père : Paul MARTIN",
    ],
)
def test_no_filiation(text: str) -> None:
    assert find_parents(text) == []


WORDS = ["fils", "de", "et", "Jean", "MARTIN", "Père", ":", "\n", "née", "le", "12", "Mère", "Nom", "Prénoms"]


@given(st.one_of(st.text(), st.lists(st.sampled_from(WORDS)).map(" ".join)))
@settings(deadline=None)
def test_never_raises(text: str) -> None:
    parents = find_parents(text)
    assert all(isinstance(p, str) and p for p in parents)


def test_turkic_parent_labels_give_the_parents() -> None:
    act = (
        "Soyadı    Quliyev\nAdı    Rauf\nAtası    Quliyev Elvin\nAnası    Həsənova Günel\nAkt qeydi    № 325"
    )
    assert find_parents(act) == ["Quliyev Elvin", "Həsənova Günel"]
    turkish = "Adı Soyadı: Ayşe YILMAZ\nBabası: Mehmet YILMAZ\nAnnesi: Fatma YILMAZ"
    assert mentions_parents(turkish)


EXTRACT = (
    "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL\nNom    SALAMEH\nPrénom    Nadine\n{father}\n{mother}\n"
    "Lieu et date de naissance\nBeyrouth, 07/08/1983"
)


def test_an_individual_extract_names_parents_in_its_fields() -> None:
    text = EXTRACT.format(father="Nom du père\nGeorges", mother="Nom et prénom de la mère\nNadine Khoury")
    assert find_parents(text) == ["Georges", "Nadine Khoury"]


def test_empty_parent_fields_beside_another_scripts_letters_name_no_parent() -> None:
    text = EXTRACT.format(father="Nom du père    VI pul", mother="Nom et prénom de la mère")
    assert find_parents(text) == []
    assert not mentions_parents(text)  # the next field's label is no parent's name

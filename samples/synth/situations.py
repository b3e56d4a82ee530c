"""The people and document specs of the situations added with the asylum-seeker and refugee profiles.

An Afghan asylum seeker with a domiciliation address, a Syrian refugee whose civil status comes
from OFPRA, the renewal of a Moroccan's permit, benefits, bimonthly bills and a family's
children. Every person, number and organisation is invented.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .docs_bill import utility_spec
from .docs_form import form_spec
from .docs_housing import receipt_spec
from .docs_money import rib_spec
from .docs_permits import permit_spec
from .docs_situations import situation_spec
from .people import PEOPLE, Address, Person
from .spec import DocSpec

D = date
ACCUEIL = ("Association Accueil et Solidarité Lyon", Address("14 rue Béchevelin", "69007", "Lyon"))

NEW_PEOPLE: dict[str, Person] = {
    "farid": Person(
        key="farid",
        surname="AHMADI",
        given_names=("Farid",),
        sex="M",
        birth_date=D(1995, 2, 14),
        birth_place="Hérat",
        birth_country_fr="Afghanistan",
        nationality="AFG",
        nationality_fr="afghane",
        father="Karim AHMADI",
        mother="Nasrin RAHIMI",
        address=Address("c/o Association Accueil et Solidarité", "69007", "Lyon", extra="14 rue Béchevelin"),
        cpam=("CPAM du Rhône", "69907 Lyon Cedex 20"),
    ),
    "rania": Person(
        key="rania",
        surname="HAMDAN",
        given_names=("Rania",),
        sex="F",
        birth_date=D(1990, 7, 8),
        birth_place="Alep",
        birth_country_fr="Syrie",
        nationality="SYR",
        nationality_fr="syrienne",
        father="Ahmad HAMDAN",
        mother="Salma KHOURY",
        address=Address("5 rue Paul-Bert", "35000", "Rennes"),
        cpam=("CPAM d'Ille-et-Vilaine", "35024 Rennes Cedex 9"),
    ),
}
PEOPLE.update(NEW_PEOPLE)
P = PEOPLE

#: The Marchand children (Aminata's and Julien's): surname, given names, birth date, place.
MARCHAND_CHILDREN = (
    ("MARCHAND", "Inès Awa", D(2019, 4, 2), "Toulouse"),
    ("MARCHAND", "Malick", D(2022, 9, 15), "Toulouse"),
)


def _asylum(person: Person, key: str, issued: date, expiry: date, rnd: str) -> DocSpec:
    return situation_spec(
        "asylum_certificate",
        person,
        key,
        issued,
        prefecture="DU RHÔNE",
        procedure="Procédure normale",
        round=rnd,
        agdref="69"
        + key.encode()
        .hex()[:8]
        .replace("a", "1")
        .replace("b", "2")
        .replace("c", "3")
        .replace("d", "4")
        .replace("e", "5")
        .replace("f", "6"),
        address=f"{ACCUEIL[0]}, {ACCUEIL[1].oneline()}",
        expiry=expiry,
    )


def _domiciliation(person: Person, key: str, start: date, issued: date) -> DocSpec:
    expiry = date(start.year + 1, start.month, start.day - 1 if start.day > 1 else 1)
    return situation_spec(
        "domiciliation_certificate",
        person,
        key,
        issued,
        organisation=ACCUEIL,
        approval="69-2025-04-118",
        postal=f"{ACCUEIL[0]}, {ACCUEIL[1].oneline()}",
        start=start,
        expiry=expiry,
        period_start=start,
        months=[f"2026-{m:02d}" for m in range(start.month, 12)],  # to the application month, Nov 2026
    )


SITUATION_SPECS: dict[str, Callable[[], DocSpec]] = {
    # asylum seeker: Farid AHMADI, Afghan, domiciliated in Lyon
    "farid-asylum": lambda: _asylum(
        P["farid"], "farid-asylum", D(2026, 6, 2), D(2027, 1, 1), "Première demande"
    ),
    "farid-asylum-renewed": lambda: _asylum(
        P["farid"], "farid-asylum-renewed", D(2026, 10, 1), D(2027, 4, 30), "Renouvellement"
    ),
    "farid-domiciliation": lambda: _domiciliation(
        P["farid"], "farid-domiciliation", D(2026, 6, 10), D(2026, 6, 10)
    ),
    "farid-domiciliation-b": lambda: _domiciliation(
        P["farid"], "farid-domiciliation-b", D(2026, 7, 1), D(2026, 10, 20)
    ),
    "farid-rib": lambda: rib_spec(
        P["farid"],
        "farid-rib",
        "20041",
        "01007",
        "0734512R038",
        D(2026, 7, 6),
        "La Banque Postale Lyon Guillotière",
        Address("2 place Gabriel-Péri", "69007", "Lyon"),
    ),
    "farid-form": lambda: form_spec(P["farid"], "farid-form", "inactive", "Lyon", D(2026, 11, 9)),
    # refugee: Rania HAMDAN, Syrian, Rennes
    "rania-permit": lambda: permit_spec(
        P["rania"],
        "rania-permit",
        "3R5501267",
        D(2026, 8, 20),
        D(2036, 8, 19),
        "CARTE DE RÉSIDENT",
        "RÉFUGIÉ",
        "PRÉFECTURE D'ILLE-ET-VILAINE",
    ),
    "rania-decision": lambda: situation_spec(
        "refugee_certificate",
        P["rania"],
        "rania-decision",
        D(2026, 5, 12),
        case="2025-118734",
        address=P["rania"].address,
    ),
    "rania-decision-b": lambda: situation_spec(
        "refugee_certificate",
        P["rania"],
        "rania-decision-b",
        D(2026, 5, 20),
        case="2025-118735",
        address=P["rania"].address,
    ),
    "rania-birth": lambda: situation_spec(
        "birth_certificate",
        P["rania"],
        "rania-birth",
        D(2026, 7, 3),
        variant="ofpra",
        number="OF-2026-004512",
        parents=[P["rania"].father, P["rania"].mother],
    ),
    "rania-receipt-2026-10": lambda: receipt_spec(
        P["rania"], "rania-receipt-2026-10", D(2026, 10, 1), "fournier", 540, 60, "range_fr"
    ),
    "rania-rib": lambda: rib_spec(
        P["rania"],
        "rania-rib",
        "30004",
        "01950",
        "00012376540",
        D(2026, 9, 2),
        "Agence Rennes République",
        Address("1 place de la République", "35000", "Rennes"),
    ),
    "rania-form": lambda: form_spec(P["rania"], "rania-form", "inactive", "Rennes", D(2026, 11, 2)),
    # renewal of Youssef EL AMRANI's permit
    "youssef-permit-expired": lambda: permit_spec(
        P["youssef"],
        "youssef-permit-expired",
        "2A7316540",
        D(2022, 10, 1),
        D(2026, 9, 30),
        "CARTE DE SÉJOUR PLURIANNUELLE",
        "ENTREPRENEUR / PROFESSION LIBÉRALE",
        "PRÉFECTURE DE LA HAUTE-GARONNE",
    ),
    "youssef-receipt": lambda: situation_spec(
        "permit_receipt",
        P["youssef"],
        "youssef-receipt",
        D(2026, 9, 15),
        prefecture="DE LA HAUTE-GARONNE",
        round="Demande de renouvellement",
        category="Carte de séjour pluriannuelle",
        agdref="3101287354",
        work="Ce récépissé autorise son titulaire à exercer l'activité professionnelle de son titre.",
        expiry=D(2027, 3, 14),
    ),
    "rania-receipt-permit": lambda: situation_spec(
        "permit_receipt",
        P["rania"],
        "rania-receipt-permit",
        D(2026, 6, 1),
        prefecture="D'ILLE-ET-VILAINE",
        round="Première demande",
        category="Carte de résident",
        agdref="3501299871",
        work="Ce récépissé autorise son titulaire à travailler.",
        expiry=D(2026, 11, 30),
    ),
    # benefits, bills and children
    "luisa-caf": lambda: situation_spec(
        "benefits_certificate",
        P["luisa"],
        "luisa-caf",
        D(2026, 11, 5),
        caf="du Rhône",
        number="6903412",
        period_start=D(2026, 10, 1),
        period_end=D(2026, 10, 31),
        payments=[("Revenu de solidarité active (RSA)", "octobre 2026", "635,71 €")],
        months=["2026-10"],
    ),
    "aminata-caf": lambda: situation_spec(
        "benefits_certificate",
        P["aminata"],
        "aminata-caf",
        D(2026, 10, 6),
        caf="de la Haute-Garonne",
        number="3107755",
        period_start=D(2026, 9, 1),
        period_end=D(2026, 9, 30),
        payments=[("Allocations familiales", "septembre 2026", "148,52 €")],
        months=["2026-09"],
    ),
    "luisa-bill-2026-10": lambda: utility_spec(
        P["luisa"], "luisa-bill-2026-10", "volta", D(2026, 10, 1), D(2026, 10, 31), D(2026, 11, 4), 212
    ),
    "luisa-bill-0708": lambda: utility_spec(
        P["luisa"], "luisa-bill-0708", "gazbleu", D(2026, 7, 1), D(2026, 8, 31), D(2026, 9, 4), 380
    ),
    "luisa-bill-0910": lambda: utility_spec(
        P["luisa"], "luisa-bill-0910", "gazbleu", D(2026, 9, 1), D(2026, 10, 31), D(2026, 11, 3), 455
    ),
    "aminata-livret": lambda: situation_spec(
        "family_record_book",
        P["aminata"],
        "aminata-livret",
        D(2025, 12, 20),
        town="Toulouse",
        married=D(2025, 12, 20),
        spouses=[P["julien"], P["aminata"]],
        children=list(MARCHAND_CHILDREN),
    ),
    "julien-livret": lambda: situation_spec(
        "family_record_book",
        P["julien"],
        "julien-livret",
        D(2026, 1, 8),
        town="Toulouse",
        married=D(2025, 12, 20),
        spouses=[P["julien"], P["aminata"]],
        children=list(MARCHAND_CHILDREN),
    ),
    "aminata-children-form": lambda: situation_spec(
        "child_attachment_form",
        P["aminata"],
        "aminata-children-form",
        D(2026, 11, 7),
        children=list(MARCHAND_CHILDREN),
        signed_at="Toulouse",
    ),
    "julien-children-form": lambda: situation_spec(
        "child_attachment_form",
        P["julien"],
        "julien-children-form",
        D(2026, 10, 2),
        children=list(MARCHAND_CHILDREN),
        signed_at="Toulouse",
    ),
}

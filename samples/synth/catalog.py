"""Every named document spec used by the sample cases and the classification evaluation."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date

from .docs_admin import s1_spec, selfemp_spec, student_spec
from .docs_bill import utility_spec
from .docs_civil import birth_spec
from .docs_form import form_spec
from .docs_housing import hosting_spec, lease_spec, receipt_spec
from .docs_identity import idcard_spec, passport_spec
from .docs_money import rib_spec, tax_spec
from .docs_other import other_spec
from .docs_permits import permit_spec, visa_spec
from .docs_translation import marriage_spec, translation_spec
from .docs_work import contract_spec, payslip_spec
from .people import PEOPLE, Address
from .situations import SITUATION_SPECS
from .spec import DocSpec

P = PEOPLE
D = date


def _receipt(who: str, month: int, style: str, holder: str | None = None, suffix: str = "") -> DocSpec:
    person = P[who]
    if who == "klaus":
        return receipt_spec(
            person,
            f"{who}-receipt-2026-{month:02d}{suffix}",
            D(2026, month, 1),
            "martini",
            980,
            150,
            style,
            holder,
            agency="azur",
        )
    return receipt_spec(
        person,
        f"{who}-receipt-2026-{month:02d}{suffix}",
        D(2026, month, 1),
        "fournier",
        720,
        130,
        style,
        holder,
    )


_SPECS: dict[str, Callable[[], DocSpec]] = {
    # inactive: Luísa Helena MACHADO FERREIRA, Brazilian, Lyon
    "luisa-passport": lambda: passport_spec(
        P["luisa"], "luisa-passport", "FZ482913", D(2022, 5, 10), D(2032, 5, 9)
    ),
    "luisa-visa": lambda: visa_spec(
        P["luisa"],
        "luisa-visa",
        "207438115",
        "FZ482913",
        D(2026, 6, 25),
        D(2027, 6, 24),
        "VLS-TS VISITEUR",
        "BRASILIA",
        D(2026, 6, 10),
    ),
    "luisa-birth": lambda: birth_spec(P["luisa"], "luisa-birth", "pt", D(2026, 4, 8)),
    "luisa-translation": lambda: translation_spec(P["luisa"], "luisa-translation", "pt", D(2026, 5, 4)),
    "luisa-receipt-2026-07": lambda: _receipt("luisa", 7, "mm_yyyy"),
    "luisa-receipt-2026-08": lambda: _receipt("luisa", 8, "range_fr"),
    "luisa-receipt-2026-09": lambda: _receipt("luisa", 9, "range_fr"),
    "luisa-receipt-2026-10": lambda: _receipt("luisa", 10, "range_fr"),
    "luisa-receipt-2026-08-b": lambda: _receipt("luisa", 8, "mm_yyyy", suffix="-b"),
    "luisa-receipt-2026-10-b": lambda: _receipt("luisa", 10, "mm_yyyy", suffix="-b"),
    "luisa-receipt-2026-09-variant": lambda: _receipt(
        "luisa", 9, "mm_yyyy", "Helena Luisa MACHADO FERREIRA", "-variant"
    ),
    "gregoire-receipt-2026-07": lambda: _receipt("gregoire", 7, "range_num"),
    "luisa-rib": lambda: rib_spec(
        P["luisa"],
        "luisa-rib",
        "30002",
        "00412",
        "00001234567",
        D(2026, 7, 3),
        "Agence Lyon Saxe",
        Address("112 avenue Maréchal-de-Saxe", "69003", "Lyon"),
    ),
    "luisa-form": lambda: form_spec(P["luisa"], "luisa-form", "inactive", "Lyon", D(2026, 11, 10)),
    "luisa-lease": lambda: lease_spec(
        P["luisa"], "luisa-lease", D(2026, 7, 1), "fournier", 720, 130, D(2026, 6, 26)
    ),
    # employee: Camille Sophie PEETERS, Belgian, Paris
    "camille-id": lambda: idcard_spec(P["camille"], "camille-id", "592047318", D(2023, 2, 1), D(2033, 1, 31)),
    "camille-birth": lambda: birth_spec(P["camille"], "camille-birth", "fr-be", D(2026, 8, 14)),
    "camille-payslip": lambda: payslip_spec(
        P["camille"],
        "camille-payslip",
        "brindille",
        D(2026, 10, 1),
        3200.0,
        "Chargée de projet",
        D(2026, 9, 1),
    ),
    "camille-contract": lambda: contract_spec(
        P["camille"],
        "camille-contract",
        "brindille",
        D(2026, 9, 1),
        D(2026, 8, 20),
        "Chargée de projet",
        3200.0,
    ),
    "camille-bill": lambda: utility_spec(
        P["camille"], "camille-bill", "volta", D(2026, 9, 1), D(2026, 10, 31), D(2026, 11, 4), 412
    ),
    "camille-rib": lambda: rib_spec(
        P["camille"],
        "camille-rib",
        "30004",
        "00828",
        "00010987654",
        D(2026, 9, 2),
        "Agence Paris Oberkampf",
        Address("98 rue Oberkampf", "75011", "Paris"),
        long_bic=True,
    ),
    "camille-form": lambda: form_spec(P["camille"], "camille-form", "employee", "Paris", D(2026, 11, 8)),
    # student: Emily Rose JOHNSON, American, Bordeaux
    "emily-passport": lambda: passport_spec(
        P["emily"], "emily-passport", "548213907", D(2021, 6, 15), D(2031, 6, 14)
    ),
    "emily-visa": lambda: visa_spec(
        P["emily"],
        "emily-visa",
        "207551932",
        "548213907",
        D(2026, 8, 25),
        D(2027, 8, 24),
        "VLS-TS ÉTUDIANT",
        "WASHINGTON",
        D(2026, 7, 30),
    ),
    "emily-birth": lambda: birth_spec(P["emily"], "emily-birth", "en", D(2026, 5, 12)),
    "emily-translation": lambda: translation_spec(P["emily"], "emily-translation", "en", D(2026, 6, 2)),
    "emily-student": lambda: student_spec(
        P["emily"],
        "emily-student",
        2026,
        "Master 1 — Langues, littératures et civilisations étrangères",
        "0912345678K",
        D(2026, 9, 15),
    ),
    "emily-hosting": lambda: hosting_spec(
        P["emily"],
        "emily-hosting",
        "Mme Françoise LAGARDE",
        D(1961, 2, 4),
        "Bordeaux (Gironde)",
        Address("7 cours Victor-Hugo", "33000", "Bordeaux"),
        D(2026, 8, 26),
        D(2026, 10, 20),
        "150233101234",
    ),
    "emily-rib": lambda: rib_spec(
        P["emily"],
        "emily-rib",
        "30003",
        "02170",
        "00050412339",
        D(2026, 9, 8),
        "Agence Bordeaux Victor-Hugo",
        Address("2 cours Victor-Hugo", "33000", "Bordeaux"),
        long_bic=True,
    ),
    "emily-form": lambda: form_spec(P["emily"], "emily-form", "student", "Bordeaux", D(2026, 11, 5)),
    # self-employed: Youssef EL AMRANI, Moroccan, Marseille
    "youssef-passport": lambda: passport_spec(
        P["youssef"], "youssef-passport", "UZ8317254", D(2020, 9, 1), D(2030, 8, 31)
    ),
    "youssef-permit": lambda: permit_spec(
        P["youssef"],
        "youssef-permit",
        "2A7316540",
        D(2025, 3, 1),
        D(2029, 2, 28),
        "CARTE DE SÉJOUR PLURIANNUELLE",
        "ENTREPRENEUR / PROFESSION LIBÉRALE",
        "PRÉFECTURE DES BOUCHES-DU-RHÔNE",
    ),
    "youssef-birth": lambda: birth_spec(P["youssef"], "youssef-birth", "fr-ma", D(2026, 4, 10)),
    "youssef-sirene": lambda: selfemp_spec(
        P["youssef"],
        "youssef-sirene",
        "sirene",
        "518293476001",
        D(2025, 4, 1),
        "74.10Z - Activités spécialisées de design",
        D(2026, 10, 14),
    ),
    "youssef-bill": lambda: utility_spec(
        P["youssef"], "youssef-bill", "fibrelink", D(2026, 10, 1), D(2026, 10, 31), D(2026, 11, 2)
    ),
    "youssef-rib": lambda: rib_spec(
        P["youssef"],
        "youssef-rib",
        "30006",
        "00091",
        "12345678901",
        D(2025, 5, 12),
        "Agence Marseille Canebière",
        Address("35 La Canebière", "13001", "Marseille"),
    ),
    "youssef-form": lambda: form_spec(
        P["youssef"], "youssef-form", "self-employed", "Marseille", D(2026, 11, 9)
    ),
    # pensioner: Klaus Peter HOFFMANN, German, Nice
    "klaus-passport": lambda: passport_spec(
        P["klaus"], "klaus-passport", "C4J7R2X91", D(2019, 3, 12), D(2029, 3, 11)
    ),
    "klaus-birth": lambda: birth_spec(P["klaus"], "klaus-birth", "de", D(2026, 3, 20)),
    "klaus-translation": lambda: translation_spec(P["klaus"], "klaus-translation", "de", D(2026, 4, 8)),
    "klaus-s1": lambda: s1_spec(
        P["klaus"],
        "klaus-s1",
        "Krankenkasse Südbaden",
        "DE:108018007",
        "Bismarckallee 12, 79098 Freiburg im Breisgau",
        D(2026, 10, 1),
        D(2026, 9, 12),
    ),
    "klaus-receipt-2026-10": lambda: _receipt("klaus", 10, "month"),
    "klaus-rib": lambda: rib_spec(
        P["klaus"],
        "klaus-rib",
        "10278",
        "07900",
        "00020576401",
        D(2026, 9, 30),
        "Agence Nice Promenade",
        Address("10 promenade des Anglais", "06000", "Nice"),
    ),
    "klaus-form": lambda: form_spec(P["klaus"], "klaus-form", "pensioner", "Nice", D(2026, 11, 6)),
    # family: Aminata DIOP, Senegalese, Toulouse, married to Julien Pierre MARCHAND
    "aminata-passport": lambda: passport_spec(
        P["aminata"], "aminata-passport", "A02716483", D(2024, 1, 15), D(2029, 1, 14)
    ),
    "aminata-visa": lambda: visa_spec(
        P["aminata"],
        "aminata-visa",
        "207612054",
        "A02716483",
        D(2026, 3, 10),
        D(2027, 3, 9),
        "VLS-TS CONJOINT DE FRANÇAIS",
        "DAKAR",
        D(2026, 2, 20),
    ),
    "aminata-birth": lambda: birth_spec(P["aminata"], "aminata-birth", "fr-sn", D(2026, 1, 10)),
    "aminata-marriage": lambda: marriage_spec(
        P["aminata"], P["julien"], "aminata-marriage", D(2025, 12, 20), D(2026, 6, 15)
    ),
    "aminata-bill": lambda: utility_spec(
        P["aminata"], "aminata-bill", "gazbleu", D(2026, 8, 20), D(2026, 10, 19), D(2026, 10, 25), 655
    ),
    "aminata-rib": lambda: rib_spec(
        P["aminata"],
        "aminata-rib",
        "20041",
        "01016",
        "0512345K031",
        D(2026, 4, 2),
        "Centre financier de Toulouse",
        Address("5 place Occitane", "31000", "Toulouse"),
    ),
    "aminata-form": lambda: form_spec(P["aminata"], "aminata-form", "family", "Toulouse", D(2026, 11, 7)),
    # extra specs, for the classification evaluation and unit tests only
    "marco-id": lambda: idcard_spec(P["marco"], "marco-id", "CA12345BD", D(2021, 10, 4), D(2031, 10, 3)),
    "helene-passport": lambda: passport_spec(
        P["helene"], "helene-passport", "HK295471", D(2023, 4, 2), D(2033, 4, 1)
    ),
    "helene-permit": lambda: permit_spec(
        P["helene"],
        "helene-permit",
        "3B9041726",
        D(2025, 11, 20),
        D(2026, 11, 19),
        "CARTE DE SÉJOUR TEMPORAIRE",
        "VIE PRIVÉE ET FAMILIALE",
        "PRÉFECTURE D'ILLE-ET-VILAINE",
    ),
    "julien-birth": lambda: birth_spec(P["julien"], "julien-birth", "fr", D(2026, 2, 3)),
    "gregoire-birth-nofil": lambda: birth_spec(
        P["gregoire"], "gregoire-birth-nofil", "fr-nofil", D(2026, 9, 1)
    ),
    "julien-marriage": lambda: marriage_spec(
        P["julien"], P["aminata"], "julien-marriage", D(2025, 12, 20), D(2026, 7, 1)
    ),
    "marco-lease": lambda: lease_spec(
        P["marco"], "marco-lease", D(2026, 9, 1), "fournier", 890, 95, D(2026, 8, 22)
    ),
    "helene-hosting": lambda: hosting_spec(
        P["helene"],
        "helene-hosting",
        "M. Yann LE GALL",
        D(1972, 6, 30),
        "Quimper (Finistère)",
        Address("5 rue Paul-Bert", "35000", "Rennes"),
        D(2026, 6, 1),
        D(2026, 10, 2),
        "120435207788",
    ),
    "marco-payslip": lambda: payslip_spec(
        P["marco"], "marco-payslip", "brindille", D(2026, 9, 1), 2850.0, "Développeur", D(2025, 1, 6)
    ),
    "marco-contract": lambda: contract_spec(
        P["marco"], "marco-contract", "brindille", D(2025, 1, 6), D(2024, 12, 10), "Développeur", 2850.0
    ),
    "marco-tax": lambda: tax_spec(P["marco"], "marco-tax", 2025, 28450, D(2026, 8, 28)),
    "helene-tax": lambda: tax_spec(P["helene"], "helene-tax", 2025, 19870, D(2026, 7, 31)),
    "helene-student": lambda: student_spec(
        P["helene"], "helene-student", 2026, "Doctorat — Sciences de la vie", "2023456789B", D(2026, 10, 1)
    ),
    "marco-urssaf": lambda: selfemp_spec(
        P["marco"],
        "marco-urssaf",
        "urssaf",
        "824610935001",
        D(2026, 2, 1),
        "62.01Z - Programmation informatique",
        D(2026, 3, 5),
    ),
    "marco-s1": lambda: s1_spec(
        P["marco"],
        "marco-s1",
        "Cassa Mutua Piemonte",
        "IT:0012345",
        "Via Roma 101, 10121 Torino",
        D(2026, 9, 1),
        D(2026, 8, 20),
        "a posted worker's family member (Italy)",
    ),
    "helene-rib": lambda: rib_spec(
        P["helene"],
        "helene-rib",
        "30004",
        "01950",
        "00012349876",
        D(2026, 6, 3),
        "Agence Rennes République",
        Address("1 place de la République", "35000", "Rennes"),
    ),
    "marco-form": lambda: form_spec(P["marco"], "marco-form", "employee", "Lyon", D(2026, 10, 30)),
    # kind "other": papers that are no proof (for the classification evaluation)
    "luisa-ticket": lambda: other_spec(P["luisa"], "luisa-ticket", "ticket", D(2026, 10, 12)),
    "marco-gym-letter": lambda: other_spec(P["marco"], "marco-gym-letter", "gym", D(2026, 9, 18)),
    "camille-phone-ad": lambda: other_spec(P["camille"], "camille-phone-ad", "phone_ad", D(2026, 9, 1)),
}

_SPECS.update(SITUATION_SPECS)

#: Names of every spec in the catalog.
SPEC_NAMES: tuple[str, ...] = tuple(_SPECS)


@functools.cache
def spec(name: str) -> DocSpec:
    """The named spec (built once per process)."""
    return _SPECS[name]()


def all_kinds_specs(include_other: bool = False) -> list[DocSpec]:
    """Every catalogued spec: at least two of every document kind, for classification evaluation.

    The specs of kind ``other`` (papers that are no proof) come only with ``include_other``.
    """
    return [s for s in (spec(name) for name in SPEC_NAMES) if include_other or s.kind != "other"]

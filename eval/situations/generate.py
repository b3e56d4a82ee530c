# ruff: noqa: D103, E501, PLR0915, PLR0917
"""Write the situations corpus: one file per document instance and ``truth.json``.

    python eval/situations/generate.py --out DIR

Deterministic: fixed seeds, fixed dates (application date 2026-11-15), no clock.
"""

from __future__ import annotations

import argparse
import json
from datetime import date as D
from pathlib import Path

import asylum
import family
import social
import stay
from common import Doc
from output import save

# surname, given, sex, birth, birthplace, nationality, skin tone, address (2 lines)
PEOPLE = {
    "noori": ("NOORI", "Ahmad Shah", "M", D(1991, 3, 12), "Hérat (Afghanistan)", "AFGHANE", 0.45),
    "haidari": ("HAIDARI", "Zahra", "F", D(1996, 7, 1), "Mazar-e-Charif (Afghanistan)", "AFGHANE", 0.55),
    "sahak": ("SAHAK", "Mirwais", "M", D(1999, 1, 1), "Jalalabad (Afghanistan)", "AFGHANE", 0.4),
    "alkhatib": ("AL-KHATIB", "Rami", "M", D(1987, 11, 23), "Alep (Syrie)", "SYRIENNE", 0.6),
    "hamdan": ("HAMDAN", "Lina", "F", D(1990, 4, 8), "Homs (Syrie)", "SYRIENNE", 0.65),
    "abdelrahman": (
        "ABDELRAHMAN",
        "Mohamed Osman",
        "M",
        D(1994, 9, 17),
        "El Geneina (Soudan)",
        "SOUDANAISE",
        0.12,
    ),
    "adam": ("ADAM", "Fatima Ishag", "F", D(1988, 5, 30), "Nyala (Soudan)", "SOUDANAISE", 0.15),
    "ibrahim": ("IBRAHIM", "Hamid", "M", D(2001, 2, 2), "Kassala (Soudan)", "SOUDANAISE", 0.18),
    "tesfay": ("TESFAY", "Yonas Gebremedhin", "M", D(1989, 12, 4), "Asmara (Érythrée)", "ÉRYTHRÉENNE", 0.22),
    "tekle": ("TEKLE", "Senait", "F", D(1993, 6, 19), "Keren (Érythrée)", "ÉRYTHRÉENNE", 0.25),
    "gebremariam": ("GEBREMARIAM", "Filmon", "M", D(1986, 8, 15), "Mendefera (Érythrée)", "ÉRYTHRÉENNE", 0.2),
    "kovalenko": ("KOVALENKO", "Olena", "F", D(1984, 10, 27), "Kharkiv (Ukraine)", "UKRAINIENNE", 0.85),
    "bondarenko": ("BONDARENKO", "Iryna", "F", D(1979, 3, 3), "Mykolaïv (Ukraine)", "UKRAINIENNE", 0.88),
    "diallo": ("DIALLO", "Mamadou Aliou", "M", D(1990, 1, 14), "Labé (Guinée)", "GUINÉENNE", 0.1),
    "barry": ("BARRY", "Fatoumata Binta", "F", D(1995, 7, 22), "Conakry (Guinée)", "GUINÉENNE", 0.12),
    "camara": ("CAMARA", "Ibrahima Sory", "M", D(1998, 4, 9), "Kankan (Guinée)", "GUINÉENNE", 0.08),
    "mukendi": (
        "MUKENDI KABONGO",
        "Jean-Pierre",
        "M",
        D(1982, 2, 11),
        "Kinshasa (RD Congo)",
        "CONGOLAISE (RDC)",
        0.1,
    ),
    "nsimba": ("NSIMBA", "Grâce", "F", D(1992, 9, 5), "Matadi (RD Congo)", "CONGOLAISE (RDC)", 0.14),
    "beridze": ("BERIDZE", "Nino", "F", D(1993, 5, 16), "Batoumi (Géorgie)", "GÉORGIENNE", 0.8),
    "kapanadze": ("KAPANADZE", "Giorgi", "M", D(1990, 12, 30), "Koutaïssi (Géorgie)", "GÉORGIENNE", 0.75),
    "gelashvili": ("GELASHVILI", "Tamar", "F", D(1985, 1, 7), "Tbilissi (Géorgie)", "GÉORGIENNE", 0.82),
    "hossain": (
        "HOSSAIN",
        "Mohammad Rafiqul",
        "M",
        D(1988, 10, 1),
        "Sylhet (Bangladesh)",
        "BANGLADAISE",
        0.35,
    ),
    "begum": ("BEGUM", "Nasrin", "F", D(1994, 3, 25), "Sylhet (Bangladesh)", "BANGLADAISE", 0.4),
    "uddin": ("UDDIN", "Shahriar", "M", D(1997, 6, 6), "Dacca (Bangladesh)", "BANGLADAISE", 0.38),
}
ADDRESSES = [
    ("c/o SPADA Le Relais, 12 rue des Tanneurs", "93200 SAINT-DENIS"),
    ("14 rue Paul Bert, bât. C, app. 31", "69003 LYON"),
    ("c/o Escale Solidarité 35, 5 allée Kerbiquet", "35000 RENNES"),
    ("CADA Les Tilleuls, 221 avenue de Fléchambault", "51100 REIMS"),
    ("8 impasse des Glycines", "33800 BORDEAUX"),
    ("c/o CCAS, 2 place Jean Jaurès", "93100 MONTREUIL"),
    ("47 rue Gambetta, 3e étage", "59000 LILLE"),
    ("Résidence Les Aubépines, 6 rue Anatole France", "38100 GRENOBLE"),
]
# key: (pref_de, city, short, lower-case "de ...")
PREFS = {
    "93": ("DE LA SEINE-SAINT-DENIS", "Bobigny", "SEINE-ST-DENIS", "de la Seine-Saint-Denis"),
    "69": ("DU RHÔNE", "Lyon", "RHÔNE", "du Rhône"),
    "35": ("D'ILLE-ET-VILAINE", "Rennes", "ILLE-ET-VILAINE", "d'Ille-et-Vilaine"),
    "33": ("DE LA GIRONDE", "Bordeaux", "GIRONDE", "de la Gironde"),
    "59": ("DU NORD", "Lille", "NORD", "du Nord"),
    "38": ("DE L'ISÈRE", "Grenoble", "ISÈRE", "de l'Isère"),
    "75": ("DE POLICE", "Paris", "POLICE PARIS", "de police"),
}


def person(key: str, addr: int, pref: str = "93") -> dict:
    s, g, sex, birth, place, nat, tone = PEOPLE[key]
    de, city, short, lc = PREFS[pref]
    return {
        "surname": s,
        "given": g,
        "sex": sex,
        "birth": birth,
        "birthplace": place,
        "nationality": nat,
        "nat_lc": nat.lower().replace("(rdc)", "(RDC)"),
        "tone": tone,
        "address": ADDRESSES[addr],
        "civ": "M." if sex == "M" else "Mme",
        "pref_de": de,
        "pref_lc": lc,
        "pref_city": city,
        "pref_short": short,
    }


def kid(surname: str, given: str, sex: str, birth: D, place: str, act: str, to: int = 0) -> dict:
    return {"surname": surname, "given": given, "sex": sex, "birth": birth, "birthplace": place, "act": act,
            "registered": birth, "to": to}  # fmt: skip


def spouse(key: str, parents: str) -> dict:
    s, g, _, birth, place, *_ = PEOPLE[key]
    return {"surname": s, "given": g, "birth": birth, "birthplace": place, "parents": parents}


def parent(key: str, nir: str, addr: int) -> dict:
    s, g, *_ = PEOPLE[key]
    return {"surname": s, "given": g, "nir": nir, "address": ", ".join(ADDRESSES[addr])}


def months(first: str, n: int) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def instances() -> list[tuple[str, str, object, str, dict]]:
    """(file stem, kind, layout, output format, parameters) for every document."""
    A, R, P = "asylum_certificate", "refugee_certificate", "permit_receipt"
    M, B = "domiciliation_certificate", "benefits_certificate"
    L, C = "family_record_book", "child_attachment_form"
    out: list[tuple[str, str, object, str, dict]] = []

    def add(stem: str, kind: str, layout: object, how: str, base: dict, **kw: object) -> None:
        out.append((stem, kind, layout, how, {**base, **kw}))

    def atda(n: int, issue: D, expiry: D, reg: D) -> dict:
        return {"renewal": n, "issue": issue, "expiry": expiry, "registered": reg}

    # ---- asylum certificates
    ids = {"agdref": "9301234567", "guda": "930-2026-004512"}
    add("atda_noori", A, asylum.asylum_portrait, "jpg:scan", person("noori", 0, "93"), procedure="normale",
        **atda(0, D(2026, 3, 2), D(2027, 1, 1), D(2026, 3, 2)), **ids)  # fmt: skip
    add("atda_adam", A, asylum.asylum_portrait, "jpg:phone", person("adam", 5, "93"), procedure="acceleree",
        **atda(1, D(2026, 6, 20), D(2026, 12, 19), D(2025, 12, 18)), agdref="9302218845", guda="930-2025-019877")  # fmt: skip
    add("atda_camara", A, asylum.asylum_portrait, "pdf:dpi150", person("camara", 6, "59"), procedure="normale",
        **atda(2, D(2026, 5, 11), D(2026, 11, 10), D(2025, 1, 9)), agdref="5904471203", guda="590-2025-000391")  # fmt: skip
    add("atda_tesfay", A, asylum.asylum_booklet, "pdf:scan", person("tesfay", 2, "35"), procedure="normale",
        agdref="3500981276", first_issue=D(2025, 4, 10), first_expiry=D(2026, 2, 9), issue=D(2026, 7, 30),
        expiry=D(2027, 1, 29), renewals=[(D(2026, 2, 5), D(2026, 8, 4)), (D(2026, 7, 30), D(2027, 1, 29))])  # fmt: skip
    add("atda_haidari", A, asylum.asylum_booklet, "jpg:photo", person("haidari", 3, "75"), procedure="dublin",
        agdref="7512093381", first_issue=D(2026, 10, 2), first_expiry=D(2026, 11, 1), issue=D(2026, 10, 2),
        expiry=D(2026, 11, 1), renewals=[])  # fmt: skip
    add("atda_kapanadze", A, asylum.asylum_letter, "jpg:skew3", person("kapanadze", 1, "69"), procedure="acceleree",
        **atda(0, D(2026, 4, 14), D(2026, 10, 13), D(2026, 4, 14)), agdref="6907712450", guda="690-2026-002210")  # fmt: skip
    add("atda_hossain", A, asylum.asylum_letter, "png:scan", person("hossain", 0, "93"), procedure="dublin",
        **atda(1, D(2026, 9, 22), D(2027, 1, 21), D(2026, 8, 20)), agdref="9305506612", guda="930-2026-011045")  # fmt: skip

    # ---- refugee / protection documents
    add("ofpra_alkhatib", R, asylum.ofpra_decision, "pdf:scan", person("alkhatib", 4), protection="refugee",
        issue=D(2026, 8, 27), registered=D(2025, 11, 3), interview=D(2026, 6, 16), ofpra_no="2511-03387412",
        officer="C. Lemaire-Duval")  # fmt: skip
    add("ofpra_sahak", R, asylum.ofpra_decision, "jpg:phone", person("sahak", 7), protection="subsidiary",
        issue=D(2026, 6, 3), registered=D(2025, 9, 29), interview=D(2026, 3, 24), ofpra_no="2509-02911850",
        officer="M. Ouedraogo")  # fmt: skip
    add("cnda_tekle", R, asylum.cnda_decision, "pdf:scan", person("tekle", 2), protection="refugee",
        issue=D(2026, 9, 15), hearing=D(2026, 8, 25), appeal=D(2026, 1, 12), ofpra_refusal=D(2025, 12, 4),
        cnda_no="26001874", judge="Mme Fabre-Soulier")  # fmt: skip
    add("cnda_ibrahim", R, asylum.cnda_decision, "jpg:scan", person("ibrahim", 6), protection="subsidiary",
        issue=D(2026, 7, 8), hearing=D(2026, 6, 17), appeal=D(2025, 12, 1), ofpra_refusal=D(2025, 10, 30),
        cnda_no="25058321", judge="M. Castaing")  # fmt: skip
    add("recep_refugie_abdelrahman", R, stay.recepisse, "jpg:scan", person("abdelrahman", 4, "33"),
        request="Protection internationale", mention="RECONNU RÉFUGIÉ", issue=D(2026, 9, 1),
        expiry=D(2027, 2, 28), agdref="3306652019", receipt_no="R 33 0912774")  # fmt: skip
    add("recep_ps_mukendi", R, stay.recepisse, "jpg:rot90", person("mukendi", 6, "59"),
        request="Protection internationale", mention="BÉNÉFICIAIRE DE LA PROTECTION SUBSIDIAIRE",
        issue=D(2026, 3, 10), expiry=D(2026, 9, 9), agdref="5903390127", receipt_no="R 59 0310552")  # fmt: skip

    # ---- permit receipts
    add("recep_barry", P, stay.recepisse, "jpg:phone", person("barry", 1, "69"), request="Première demande",
        mention="VIE PRIVÉE ET FAMILIALE", issue=D(2026, 8, 18), expiry=D(2026, 11, 17), agdref="6908823145",
        receipt_no="R 69 0818339")  # fmt: skip
    add("recep_uddin", P, stay.recepisse, "pdf:scan", person("uddin", 4, "33"), request="Renouvellement",
        mention="SALARIÉ", issue=D(2026, 5, 4), expiry=D(2026, 8, 3), agdref="3304418870",
        receipt_no="R 33 0504118")  # fmt: skip
    add("aps_bondarenko", P, stay.aps, "jpg:scan", person("bondarenko", 7, "38"),
        basis="bénéficiaire de la protection temporaire", issue=D(2026, 9, 5), expiry=D(2027, 3, 4),
        agdref="3801127734", receipt_no="APS-38-2026-06611", work_note="Autorise à travailler")  # fmt: skip
    add("aps_nsimba", P, stay.aps, "jpg:jpeg_heavy", person("nsimba", 6, "59"),
        basis="accompagnant d'un étranger malade", issue=D(2025, 12, 15), expiry=D(2026, 6, 14),
        agdref="5902281196", receipt_no="APS-59-2025-14230", work_note="Autorise à travailler")  # fmt: skip
    add("aps_beridze", P, stay.aps, "pdf:scan", person("beridze", 1, "69"),
        basis="parent d'enfant malade", issue=D(2026, 7, 1), expiry=D(2026, 12, 31), agdref="6905511478",
        receipt_no="APS-69-2026-08745", work_note="N'autorise pas à travailler")  # fmt: skip
    add("anef_diallo", P, stay.anef, "pdf:text", person("diallo", 1, "69"), title="Carte de séjour - Salarié",
        request="Renouvellement", filed=D(2026, 6, 10), issue=D(2026, 9, 12), expiry=D(2026, 12, 11),
        agdref="6902287410", anef_no="ANEF-69-2026-0612-48813")  # fmt: skip
    add("anef_hamdan", P, stay.anef, "pdf:text", person("hamdan", 4, "33"),
        title="Carte de résident - Réfugié", request="Première demande", filed=D(2026, 7, 2),
        issue=D(2026, 10, 20), expiry=D(2027, 1, 19), agdref="3307719934", anef_no="ANEF-33-2026-0702-10557")  # fmt: skip
    add("anef_gelashvili", P, stay.anef, "jpg:photo", person("gelashvili", 7, "38"),
        title="Carte de séjour - Vie privée et familiale", request="Renouvellement", filed=D(2026, 2, 3),
        issue=D(2026, 5, 30), expiry=D(2026, 8, 29), agdref="3803365021", anef_no="ANEF-38-2026-0203-77120")  # fmt: skip

    # ---- domiciliation
    dom = {"org_short": "DOMICILIATION", "usage": ""}
    add("dom_adam", M, social.cerfa_16030, "jpg:scan", person("adam", 5), hand=False, ccas=True,
        org="CCAS de Montreuil", org_address=("2 place Jean Jaurès", "93100 Montreuil"), agrement="sans objet",
        elected=D(2026, 2, 16), expiry=D(2027, 2, 15), issue=D(2026, 2, 16), city="Montreuil",
        signer="K. Benali, agente d'accueil", org_city="MONTREUIL", **dom | {"org_short": "C.C.A.S."})  # fmt: skip
    add("dom_hossain", M, social.cerfa_16030, "jpg:phone", person("hossain", 0), hand=True, ccas=False,
        org="La Passerelle du Nord", org_address=("31 rue de Wazemmes", "59000 Lille"), agrement="59-2023-117",
        elected=D(2025, 10, 3), expiry=D(2026, 10, 2), issue=D(2025, 10, 3), city="Lille",
        signer="P. Vandamme, bénévole", org_city="LILLE", **dom | {"org_short": "PASSERELLE"})  # fmt: skip
    add("dom_nsimba", M, social.cerfa_16030, "jpg:skew3", person("nsimba", 6), hand=True, ccas=True,
        org="CCAS de Roubaix", org_address=("17 Grand'Place", "59100 Roubaix"), agrement="",
        elected=D(2026, 8, 1), expiry=D(2027, 7, 31), issue=D(2026, 8, 3), city="Roubaix",
        signer="S. Leroy, travailleuse sociale", org_city="ROUBAIX", **dom | {"org_short": "C.C.A.S."})  # fmt: skip
    add("dom_kapanadze", M, social.ccas_letter, "pdf:scan", person("kapanadze", 1), org="CCAS de Villeurbanne",
        org_address=("4 rue du Docteur Dolard", "69100 Villeurbanne"), phone="04 00 11 22 33", ref="2026-0871",
        elected=D(2026, 5, 20), expiry=D(2027, 5, 19), issue=D(2026, 5, 22), city="Villeurbanne",
        signer="L. Martin-Roux", org_city="VILLEURBANNE", dependants=[])  # fmt: skip
    add("dom_tesfay", M, social.association_card, "pdf:text", person("tesfay", 2), org="Escale Solidarité 35",
        org_address=("5 allée Kerbiquet", "35000 Rennes"), agrement="35-2022-041", ref="ES35-2026-00118",
        elected=D(2026, 1, 8), expiry=D(2027, 1, 7), issue=D(2026, 9, 14), signer="Le pôle domiciliation",
        org_short="ESCALE 35")  # fmt: skip
    add("dom_sahak", M, social.association_card, "jpg:photo", person("sahak", 7), org="Accueil Horizon Gironde",
        org_address=("88 cours de la Somme", "33800 Bordeaux"), agrement="33-2021-009", ref="AHG-25-04471",
        elected=D(2025, 11, 20), expiry=D(2026, 11, 19), issue=D(2025, 11, 20), signer="A. Laborde, coordinatrice",
        org_short="HORIZON 33")  # fmt: skip

    # ---- benefits
    caf = {
        "caf": "de la Seine-Saint-Denis",
        "caf_address": "50 rue Hector Berlioz - 93000 Bobigny",
        "caf_city": "Bobigny",
    }
    add("caf_rsa_alkhatib", B, social.caf_payment, "pdf:text", person("alkhatib", 4), **caf, caf_no="4417835",
        issue=D(2026, 11, 6), months=months("2026-08", 3), period_start=D(2026, 8, 1), period_end=D(2026, 10, 31),
        benefits=[("Revenu de solidarité active", 646.52)])  # fmt: skip
    add("caf_af_barry", B, social.caf_payment, "pdf:text", person("barry", 1), caf="du Rhône",
        caf_address="67 boulevard Vivier Merle - 69003 Lyon", caf_no="2290417", issue=D(2026, 11, 2),
        months=months("2026-09", 2), period_start=D(2026, 9, 1), period_end=D(2026, 10, 31),
        benefits=[("Allocations familiales", 151.86), ("Aide personnalisée au logement", 287.00)])  # fmt: skip
    add("caf_pa_hamdan", B, social.caf_payment, "jpg:photo", person("hamdan", 4), caf="de la Gironde",
        caf_address="Rue du Docteur Gabriel Péry - 33000 Bordeaux", caf_no="5102288", issue=D(2026, 8, 12),
        months=months("2026-05", 3), period_start=D(2026, 5, 1), period_end=D(2026, 7, 31),
        benefits=[("Prime d'activité", 212.40)])  # fmt: skip
    add("caf_qf_mukendi", B, social.caf_qf, "pdf:text", person("mukendi", 6), caf="du Nord", caf_city="Lille",
        caf_no="3378120", issue=D(2026, 10, 14), months=["2026-10"], period_start=D(2026, 10, 1),
        situation="Vie maritale", n_children=1, qf=387,
        benefits=[("Aide personnalisée au logement", 312.00), ("Prime d'activité", 98.35)])  # fmt: skip
    add("caf_qf_diallo", B, social.caf_qf, "pdf:scan", person("diallo", 1), caf="du Rhône", caf_city="Lyon",
        caf_no="2290418", issue=D(2026, 9, 21), months=["2026-09"], period_start=D(2026, 9, 1),
        situation="Marié", n_children=3, qf=512,
        benefits=[("Allocations familiales", 346.41), ("Complément familial", 194.86)])  # fmt: skip
    add("msa_uddin", B, social.msa_rights, "jpg:scan", person("uddin", 4), msa="Gironde", caf_no="MSA 33 0741 226",
        issue=D(2026, 10, 8), months=months("2026-07", 3), period_start=D(2026, 7, 1), period_end=D(2026, 9, 30),
        benefits=[("Prime d'activité", 187.22)])  # fmt: skip
    add("msa_kovalenko", B, social.msa_rights, "pdf:scan", person("kovalenko", 7), msa="Alpes du Nord",
        caf_no="MSA 38 1190 034", issue=D(2026, 11, 4), months=months("2026-08", 3), period_start=D(2026, 8, 1),
        period_end=D(2026, 10, 31), benefits=[("Revenu de solidarité active", 873.10),
                                              ("Allocation de soutien familial", 199.19)])  # fmt: skip

    # ---- livrets de famille
    add("livret_hossain", L, family.livret_mairie, "pdf:scan", person("hossain", 0), town="Bobigny",
        married=D(2019, 6, 22), married_at="Mairie de Bobigny (Seine-Saint-Denis)", issue=D(2019, 6, 22),
        spouse1=spouse("hossain", "Abdul HOSSAIN et Rokeya KHATUN"), spouse2=spouse("begum", "Nurul ISLAM et Shahana BEGUM"),
        children=[kid("HOSSAIN", "Ayaan", "M", D(2020, 4, 3), "Bobigny", "1204"),
                  kid("HOSSAIN", "Inaya", "F", D(2023, 1, 19), "Montreuil", "0187")])  # fmt: skip
    add("livret_kapanadze", L, family.livret_mairie, "jpg:scan", person("kapanadze", 1), town="Villeurbanne",
        married=D(2021, 9, 11), married_at="Mairie de Villeurbanne (Rhône)", issue=D(2021, 9, 11),
        spouse1=spouse("kapanadze", "Levan KAPANADZE et Maia TSIKLAURI"), spouse2=spouse("beridze", "Davit BERIDZE et Eka GOGUADZE"),
        children=[kid("KAPANADZE", "Luka", "M", D(2022, 7, 28), "Lyon 8e", "2233")])  # fmt: skip
    add("livret_barry", L, family.livret_hand, "pdf:scan", person("barry", 1), town="Rouen", issue=D(2017, 2, 20),
        spouse1=spouse("diallo", ""), spouse2=spouse("barry", ""),
        children=[kid("DIALLO", "Aïssatou", "F", D(2017, 2, 14), "Rouen", "0311"),
                  kid("DIALLO", "Thierno Mamadou", "M", D(2019, 11, 30), "Rouen", "2580"),
                  kid("DIALLO", "Kadiatou", "F", D(2024, 5, 6), "Lyon 3e", "1419")])  # fmt: skip
    add("livret_mukendi", L, family.livret_hand, "jpg:phone", person("mukendi", 6), town="Lille", issue=D(2021, 3, 15),
        spouse1=spouse("mukendi", ""), spouse2=spouse("nsimba", ""),
        children=[kid("MUKENDI", "Divine", "F", D(2021, 3, 9), "Lille", "0702")])  # fmt: skip
    add("livret_tesfay", L, family.livret_ofpra, "pdf:scan", person("tesfay", 2), issue=D(2026, 4, 7),
        union="mariage religieux célébré à Asmara le 12/05/2016",
        spouse1=spouse("tesfay", ""), spouse2=spouse("tekle", ""),
        children=[kid("YONAS", "Mebrahtu", "M", D(2017, 8, 21), "Asmara (Érythrée)", "O-26-0412"),
                  kid("YONAS", "Selam", "F", D(2020, 1, 5), "Khartoum (Soudan)", "O-26-0413")])  # fmt: skip
    add("livret_alkhatib", L, family.livret_ofpra, "jpg:skew3", person("alkhatib", 4), issue=D(2026, 10, 2),
        union="mariage célébré à Alep le 03/04/2014",
        spouse1=spouse("alkhatib", ""), spouse2=spouse("hamdan", ""),
        children=[kid("AL-KHATIB", "Omar", "M", D(2015, 6, 17), "Alep (Syrie)", "O-26-1187")])  # fmt: skip

    # ---- child attachment forms
    add("s3705_noori", C, family.attachment_form, "pdf:text", person("noori", 0), style="type", city="Saint-Denis",
        issue=D(2026, 11, 3), parent1=parent("noori", "191039921204517", 0), parent2=parent("haidari", "296079921233864", 0),
        children=[kid("NOORI", "Sana", "F", D(2016, 9, 2), "Hérat", "", 2),
                  kid("NOORI", "Mustafa", "M", D(2019, 12, 11), "Kaboul", "", 2)])  # fmt: skip
    add("s3705_adam", C, family.attachment_form, "jpg:phone", person("adam", 5), style="hand", city="Montreuil",
        issue=D(2026, 10, 28), parent1=parent("adam", "288059931209942", 5),
        children=[kid("ABAKAR", "Hawa", "F", D(2018, 3, 14), "Nyala", ""),
                  kid("ABAKAR", "Yousif", "M", D(2021, 10, 2), "Nyala", "")])  # fmt: skip
    add("s3705_kovalenko", C, family.attachment_form, "jpg:scan", person("kovalenko", 7), style="hand",
        city="Grenoble", issue=D(2026, 11, 9), parent1=parent("kovalenko", "284109915514328", 7),
        children=[kid("KOVALENKO", "Sofiia", "F", D(2014, 5, 20), "Kharkiv", ""),
                  kid("KOVALENKO", "Maksym", "M", D(2017, 8, 8), "Kharkiv", ""),
                  kid("KOVALENKO", "Anna", "F", D(2020, 2, 29), "Kharkiv", "")])  # fmt: skip
    add("s3705_begum", C, family.attachment_form, "jpg:dpi150", person("begum", 0), style="type", city="Bobigny",
        issue=D(2026, 10, 30), parent1=parent("begum", "294039921845531", 0), parent2=parent("hossain", "188109921845517", 0),
        children=[kid("HOSSAIN", "Ayaan", "M", D(2020, 4, 3), "Bobigny", "", 2),
                  kid("HOSSAIN", "Inaya", "F", D(2023, 1, 19), "Montreuil", "", 2)])  # fmt: skip
    add("s3705_camara", C, family.attachment_old, "pdf:scan", person("camara", 6), style="type", city="Lille",
        issue=D(2026, 9, 17), parent1=parent("camara", "198049933012276", 6),
        children=[kid("CAMARA", "Mariama", "F", D(2015, 1, 23), "Kankan", "")])  # fmt: skip
    add("s3705_gebremariam", C, family.attachment_old, "jpg:photo", person("gebremariam", 2), style="hand",
        city="Rennes", issue=D(2026, 11, 12), parent1=parent("gebremariam", "186089931700584", 2),
        children=[kid("FILMON", "Ruth", "F", D(2019, 7, 7), "Khartoum", ""),
                  kid("FILMON", "Natan", "M", D(2022, 12, 1), "Rennes", "")])  # fmt: skip
    return out


def truth_of(stem: str, kind: str, p: dict) -> dict:
    iso = lambda d: None if d is None else d.isoformat()  # noqa: E731
    holder = f"{p['surname']} {p['given']}"
    if "parent1" in p:
        holder = f"{p['parent1']['surname']} {p['parent1']['given']}"
    children = None
    if "children" in p:
        children = [
            {"name": f"{k['surname']}, {k['given']}", "birth_date": k["birth"].isoformat()}
            for k in p["children"]
        ]
    start = p.get("elected", p.get("period_start"))
    return {
        "file": stem,
        "kind": kind,
        "holder": holder,
        "expiry_date": iso(p.get("expiry")),
        "issue_date": iso(p.get("issue")),
        "period_start": iso(start),
        "months": p.get("months"),
        "children": children,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    truth = []
    for n, (stem, kind, layout, how, p) in enumerate(instances()):
        seed = 1000 + n * 17
        doc = Doc(how == "pdf:text", seed)
        layout(doc, p)  # type: ignore[operator]
        path = save(doc, how, args.out / stem, seed)
        truth.append(truth_of(path.name, kind, p))
        print(f"{path.name:36s} {kind:26s} {len(doc.pages)} page(s)")
    (args.out / "truth.json").write_text(
        json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(truth)} files and truth.json in {args.out}")


if __name__ == "__main__":
    main()

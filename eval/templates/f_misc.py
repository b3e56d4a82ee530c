"""Fresh-half miscellaneous documents: a student enrolment certificate (certificat de scolarité
with a verification code), a self-employment proof in the style of a national business register
attestation (RNE), and a short fixed-term employment contract. All invented.
"""

from __future__ import annotations

from codes import dmy, long_fr
from render import GREY, Page, logo


def student_enrolment(d: dict) -> list[Page]:
    per, sc = d["person"], d["school"]
    col = sc["col"]
    p = Page()
    p.rect((100, 100, 120, 300), outline=None, fill=col)
    p.text(150, 160, sc["name"], 38, "serif-b", col)
    p.text(150, 205, "Direction des études et de la scolarité", 24, "serif")
    p.text(150, 240, "Campus de %s" % sc["town"], 24, "serif-i", GREY)
    p.text(1554, 300, "Année universitaire 2026-2027", 26, "sans-b", align="r")
    p.text(827, 450, "CERTIFICAT DE SCOLARITÉ", 50, "serif-b", align="c")
    p.line(500, 480, 1154, 480, col, 3)
    txt = (
        "Le directeur des études certifie que %s %s, né%s le %s à %s, numéro d'étudiant %s, "
        "est régulièrement inscrit%s pour l'année universitaire 2026-2027 en :"
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            d["student_no"],
            "e" if per.sex == "F" else "",
        )
    )
    y = p.wrap(150, 600, 1354, txt, 30, "serif", leading=1.7)
    p.rect((150, y + 20, 1504, y + 200), outline=col, fill=(248, 246, 250), width=2)
    p.text(827, y + 100, d["degree"], 36, "serif-b", align="c")
    p.text(
        827,
        y + 160,
        "Régime : formation initiale — inscription principale — du 01/09/2026 au 31/08/2027",
        22,
        "sans",
        align="c",
    )
    p.text(150, y + 320, "Fait à %s, le %s" % (sc["town"], long_fr(d["issue"])), 28, "serif")
    p.text(1150, y + 420, "Pour le Président et par délégation,", 24, "serif-i", align="c")
    p.text(1150, y + 460, "la responsable du service de la scolarité", 24, "serif-i", align="c")
    p.signature(1030, y + 560, 260, seed=d["seed"] % 19)
    p.rect((150, 2050, 1504, 2200), outline=(160, 160, 160), width=1)
    p.text(180, 2110, "Code de vérification : %s" % d["verif"], 26, "mono-b")
    p.text(
        180,
        2160,
        "Authenticité vérifiable sur le portail de l'établissement (rubrique « vérifier un document »).",
        20,
        "sans",
        GREY,
    )
    return [p]


def rne_attestation(d: dict) -> list[Page]:
    per = d["person"]
    col = (10, 80, 90)
    p = Page()
    logo(p, "marianne", 100, 80, 90, None)
    p.text(210, 115, "Registre national des entreprises", 30, "sans-b", col)
    p.text(210, 150, "Attestation d'immatriculation — entrepreneur individuel", 24, "sans")
    p.text(1554, 115, "Délivrée le %s" % dmy(d["issue"]), 22, "sans", align="r")
    p.rect((100, 260, 1554, 380), outline=None, fill=(228, 242, 242))
    p.text(130, 320, "%s %s" % (per.surname.upper(), per.given_str), 42, "sans-b")
    p.text(130, 360, "Entrepreneur individuel (micro-entreprise)", 24, "sans-i")
    rows = [
        ("SIREN", d["siren"]),
        ("SIRET du siège", d["siret"]),
        ("Activité principale (APE)", d["ape"]),
        ("Date de début d'activité", dmy(d["since"])),
        ("Adresse de l'établissement", ", ".join(per.address)),
        ("Date de naissance", dmy(per.birth)),
        ("Régime social", "Travailleur indépendant — URSSAF, régime micro-social"),
        ("Organisme d'assurance maladie", "CPAM de résidence"),
        ("État", "Actif"),
    ]
    y = 470
    for lab, val in rows:
        p.text(130, y, lab, 24, "sans", GREY)
        p.text(700, y, val, 28, "sans-b")
        p.line(130, y + 22, 1524, y + 22, (210, 220, 220), 1)
        y += 80
    p.wrap(
        130,
        y + 60,
        1400,
        "La présente attestation est établie sur la base des informations déclarées au guichet unique des formalités d'entreprises. Elle ne préjuge pas de la régularité des déclarations sociales.",
        22,
        "sans-i",
    )
    p.text(130, y + 220, "Identifiant de vérification : %s" % d["verif"], 24, "mono")
    return [p]


def contract_cdd_short(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    p = Page()
    p.text(827, 160, "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE", 40, "sans-b", align="c")
    p.text(827, 205, "(articles L.1242-1 et suivants du code du travail)", 22, "sans-i", align="c")
    p.text(120, 300, "ENTRE :", 26, "sans-b")
    p.wrap(
        120,
        350,
        1414,
        "%s, %s, %s, SIRET %s, représentée par %s, ci-après « l'employeur »,"
        % (e["name"], e["street"], e["town"], e["siret"], e["boss"]),
        26,
        "sans",
    )
    p.text(120, 470, "ET :", 26, "sans-b")
    p.wrap(
        120,
        520,
        1414,
        "%s %s, né(e) le %s à %s, demeurant %s, ci-après « le salarié »."
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            dmy(per.birth),
            per.birthplace,
            ", ".join(per.address),
        ),
        26,
        "sans",
    )
    arts = [
        (
            "Article 1 — Motif et durée",
            "Le présent contrat est conclu pour accroissement temporaire d'activité, du %s au %s inclus, avec une période d'essai de deux semaines."
            % (long_fr(d["since"]), long_fr(d["since"][:3] + "6" + d["since"][4:])),
        ),
        (
            "Article 2 — Fonctions",
            "Le salarié est engagé en qualité de %s, statut employé, niveau II." % d["job"],
        ),
        (
            "Article 3 — Rémunération",
            "Salaire mensuel brut de %s € pour 35 heures hebdomadaires, versé à la fin de chaque mois."
            % ("%.2f" % d["gross"]).replace(".", ","),
        ),
        ("Article 4 — Convention collective", e["ccn"] + "."),
        (
            "Article 5 — Indemnité de fin de contrat",
            "Une indemnité de précarité égale à 10 % de la rémunération brute totale sera versée à l'issue du contrat.",
        ),
    ]
    y = 680
    for t, para in arts:
        p.text(120, y, t, 26, "sans-b")
        y = p.wrap(120, y + 50, 1414, para, 25, "sans") + 40
    p.text(
        120,
        y + 40,
        "Fait en deux exemplaires à %s, le %s." % (e["town"].split(" ", 1)[-1], dmy(d["signed"])),
        26,
        "sans",
    )
    for k, who in enumerate(("L'employeur", "Le salarié (lu et approuvé)")):
        p.text(200 + k * 700, y + 140, who, 24, "sans-b")
        p.signature(220 + k * 700, y + 250, 260, seed=k * 7 + 3)
    return [p]


TEMPLATES = {
    "student_enrolment": ("student_certificate", "fresh", student_enrolment),
    "rne_attestation": ("self_employment_proof", "fresh", rne_attestation),
    "contract_cdd_short": ("employment_contract", "fresh", contract_cdd_short),
}

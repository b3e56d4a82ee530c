"""Student certificates, employment contracts and proofs of self-employment."""

from __future__ import annotations

from codes import dmy, long_fr
from render import Page, logo


def student_university(d: dict) -> list[Page]:
    per, u = d["person"], d["school"]
    p = Page()
    logo(p, "tri", 120, 100, 120, u["col"])
    p.text(270, 160, u["name"], 40, "serif-b", u["col"])
    p.text(270, 205, "Direction des études et de la scolarité", 22, "serif-i")
    p.text(827, 420, "CERTIFICAT DE SCOLARITÉ", 44, "serif-b", align="c")
    p.text(827, 470, "Année universitaire 2026-2027", 28, "serif", align="c")
    y = p.wrap(
        140,
        600,
        1374,
        "Le Président de l'université certifie que %s %s, né%s le %s à %s, numéro d'étudiant %s, est "
        "régulièrement inscrit%s pour l'année universitaire 2026-2027 en :"
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            d["student_no"],
            "e" if per.sex == "F" else "",
        ),
        27,
        "serif",
        leading=1.6,
    )
    y = p.lines(
        220,
        y + 30,
        ["Diplôme : %s" % d["degree"], "Régime : formation initiale", "Du 01/09/2026 au 31/08/2027"],
        27,
        "serif-b",
    )
    p.text(900, y + 120, "Fait à %s, le %s" % (u["town"], dmy(d["issue"])), 25, "serif")
    p.stamp(1200, y + 330, 130, "%s * SCOLARITE * " % u["name"].upper(), ["Scolarité"], (30, 50, 140), 16)
    p.signature(900, y + 300, 220, seed=d["seed"])
    return [p]


def student_school(d: dict) -> list[Page]:
    per, u = d["person"], d["school"]
    p = Page()
    p.rect((0, 0, 1654, 180), outline=None, fill=u["col"])
    p.text(120, 115, u["name"].upper(), 40, "cond-b", (255, 255, 255))
    p.text(120, 330, "ATTESTATION D'INSCRIPTION / CERTIFICAT DE SCOLARITÉ", 34, "cond-b")
    rows = [
        ["Nom", per.surname.upper()],
        ["Prénom(s)", per.given_str],
        ["Date de naissance", dmy(per.birth)],
        ["N° INE", d["student_no"]],
        ["Formation", d["degree"]],
        ["Année", "2026/2027"],
        ["Statut", "Étudiant(e) inscrit(e)"],
    ]
    y = p.table(
        120,
        400,
        [500, 914],
        [["Étudiant", ""]] + rows,
        25,
        "cond",
        "cond-b",
        (230, 230, 240),
        aligns="ll",
        row_h=64,
    )
    p.text(
        120,
        y + 100,
        "Document délivré le %s pour servir et valoir ce que de droit." % dmy(d["issue"]),
        24,
        "cond",
    )
    p.text(120, y + 150, "Code de vérification : %s" % d["verif"], 22, "mono")
    return [p]


def contract_cdi(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    alt = d.get("style", 0)
    f = "serif" if not alt else "sans"
    p = Page()
    p.text(
        827,
        180,
        "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE" if not alt else "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
        36,
        f + "-b",
        align="c",
    )
    y = p.wrap(
        140,
        320,
        1374,
        "Entre les soussignés : la société %s, SIRET %s, dont le siège est situé %s, %s, représentée par "
        "%s en qualité de gérant(e), ci-après « l'employeur »,"
        % (e["name"], e["siret"], e["street"], e["town"], e["boss"]),
        25,
        f,
        leading=1.6,
    )
    y = p.wrap(
        140,
        y + 20,
        1374,
        "et %s %s, né%s le %s à %s, demeurant %s, ci-après « le salarié »."
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            ", ".join(per.address),
        ),
        25,
        f,
        leading=1.6,
    )
    arts = [
        (
            "Article 1 - Engagement",
            "Le salarié est engagé à compter du %s en qualité de %s." % (long_fr(d["since"]), d["job"]),
        ),
        (
            "Article 2 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois.",
        ),
        (
            "Article 3 - Rémunération",
            "Le salarié percevra une rémunération mensuelle brute de %s euros pour 35 heures hebdomadaires."
            % ("%.2f" % d["gross"]).replace(".", ","),
        ),
        (
            "Article 4 - Convention collective",
            "Le contrat est régi par la convention collective %s." % e["ccn"],
        ),
    ]
    for t, b in arts:
        p.text(140, y + 40, t, 26, f + "-b")
        y = p.wrap(140, y + 90, 1374, b, 25, f, leading=1.6)
    p.text(
        140,
        y + 80,
        "Fait en deux exemplaires à %s, le %s." % (e["town"].split(" ", 1)[-1], dmy(d["signed"])),
        25,
        f,
    )
    p.text(200, y + 180, "L'employeur", 25, f + "-b")
    p.text(1000, y + 180, "Le salarié", 25, f + "-b")
    p.signature(220, y + 300, 240, seed=d["seed"])
    p.signature(1020, y + 300, 240, seed=d["seed"] + 2)
    return [p]


def sirene_notice(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.rect((90, 80, 330, 190), outline=None, fill=(30, 60, 120))
    p.text(210, 150, "Insee", 44, "sans-b", (255, 255, 255), "c")
    p.text(400, 130, "Institut national de la statistique et des études économiques", 22, "sans")
    p.text(827, 330, "AVIS DE SITUATION AU RÉPERTOIRE SIRENE", 36, "sans-b", align="c")
    p.text(827, 380, "à la date du %s" % dmy(d["issue"]), 24, "sans", align="c")
    rows = [
        ["Identifiant SIREN", d["siren"]],
        ["Identifiant SIRET du siège", d["siret"]],
        ["Dénomination", "%s %s" % (per.surname.upper(), per.given_str)],
        ["Catégorie juridique", "1000 - Entrepreneur individuel"],
        ["Activité principale exercée (APE)", d["ape"]],
        ["Date de création", dmy(d["since"])],
        ["Adresse de l'établissement", ", ".join(per.address)],
        ["État", "Actif"],
    ]
    y = p.table(
        120,
        470,
        [600, 814],
        [["Entreprise", ""]] + rows,
        24,
        "sans",
        "sans-b",
        (220, 228, 240),
        aligns="ll",
        row_h=66,
    )
    p.wrap(
        120,
        y + 100,
        1414,
        "Cet avis de situation ne constitue pas un extrait Kbis. Il atteste de l'inscription de l'unité "
        "légale au répertoire Sirene.",
        21,
        "sans-i",
        (90, 90, 90),
    )
    return [p]


def urssaf_attestation(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.text(120, 170, "Urssaf", 56, "serif-b", (0, 80, 160))
    p.text(120, 215, "Service des travailleurs indépendants", 22, "serif-i")
    p.text(827, 400, "ATTESTATION DE VIGILANCE", 38, "serif-b", align="c")
    p.text(827, 445, "Affiliation au régime des travailleurs indépendants", 24, "serif-i", align="c")
    y = p.wrap(
        140,
        580,
        1374,
        "L'Urssaf atteste que %s %s, immatriculé%s sous le numéro SIRET %s, exerce une activité "
        "indépendante (%s) depuis le %s et est à jour de ses obligations déclaratives et de paiement au %s."
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            d["siret"],
            d["ape"],
            dmy(d["since"]),
            dmy(d["issue"]),
        ),
        27,
        "serif",
        leading=1.6,
    )
    p.text(140, y + 60, "Adresse : %s" % ", ".join(per.address), 24, "serif")
    p.text(140, y + 120, "Code de sécurité : %s" % d["verif"], 24, "mono")
    p.text(900, y + 220, "Le directeur", 24, "serif-i")
    p.signature(900, y + 330, 240, seed=d["seed"])
    return [p]


TEMPLATES = {
    "student_university": ("student_certificate", "tune", student_university),
    "student_school": ("student_certificate", "heldout", student_school),
    "contract_cdi": ("employment_contract", "tune", contract_cdi),
    "contract_cdd": ("employment_contract", "heldout", lambda d: contract_cdi({**d, "style": 1})),
    "sirene_notice": ("self_employment_proof", "tune", sirene_notice),
    "urssaf_attestation": ("self_employment_proof", "heldout", urssaf_attestation),
}
__all__ = ["TEMPLATES", "long_fr"]

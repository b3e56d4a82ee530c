"""blind2 miscellaneous proofs: certificates of enrolment (prose, table), a 2-page CDI, an URSSAF
self-employed situation certificate. All institutions and people are invented.
"""

from __future__ import annotations

from codes import dmy, long_fr
from n_kit import eur, footer, surname_first
from render import A4, Page, logo


def _qr(p: Page, x: float, y: float, seed: int, cell: int = 10) -> None:
    for i in range(25):
        for j in range(25):
            corner = (i < 7 and j < 7) or (i < 7 and j > 17) or (i > 17 and j < 7)
            ring = corner and (i % 6 == 0 or j % 6 == 0 or (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4))
            if ring or (not corner and (i * 31 + j * 17 + seed) % 5 < 2):
                p.rect(
                    (x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell),
                    outline=None,
                    fill=(0, 0, 0),
                )


def student_prose(d: dict) -> list[Page]:
    per, sc = d["person"], d["school"]
    p = Page(A4)
    logo(p, "square", 110, 90, 100, sc["col"])
    p.text(240, 140, sc["name"], 32, "serif-b", sc["col"])
    p.text(240, 180, "Direction des études et de la scolarité - %s" % sc["town"], 20, "serif-i")
    p.text(827, 380, "CERTIFICAT DE SCOLARITÉ", 42, "serif-b", align="c", spacing=2)
    p.text(827, 430, "Année universitaire 2026-2027", 26, "serif", align="c")
    txt = (
        "Le Président de l'université certifie que %s %s, %s le %s à %s, numéro étudiant %s, est "
        "régulièrement inscrit%s pour l'année universitaire 2026-2027 en %s, régime de formation initiale, "
        "à compter du 1er septembre 2026."
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            surname_first(per.full),
            "née" if per.sex == "F" else "né",
            dmy(per.birth),
            per.birthplace,
            d["student_no"],
            "e" if per.sex == "F" else "",
            d["degree"],
        )
    )
    y = p.wrap(140, 560, 1380, txt, 28, "serif", leading=1.75)
    p.text(140, y + 80, "Fait à %s, le %s" % (sc["town"], long_fr(d["issue"])), 26, "serif")
    p.text(1150, y + 200, "Pour le Président et par délégation,", 22, "serif-i", align="c")
    p.text(1150, y + 240, "la responsable de la scolarité", 22, "serif-i", align="c")
    p.signature(1030, y + 360, 240, seed=d["seed"] % 6)
    _qr(p, 140, 1950, d["seed"])
    p.text(420, 2020, "Document authentifiable en ligne", 20, "sans", (90, 90, 90))
    p.text(420, 2060, "Code de vérification : %s" % d["verif"], 22, "mono-b")
    return [p]


def student_table(d: dict) -> list[Page]:
    per, sc = d["person"], d["school"]
    p = Page(A4, bg=(250, 251, 253))
    p.rect((0, 0, 1654, 200), outline=None, fill=sc["col"])
    p.text(100, 110, sc["name"].upper(), 34, "sans-b", (255, 255, 255))
    p.text(100, 160, "Service des inscriptions - %s" % sc["town"], 22, "sans", (230, 230, 230))
    p.text(100, 330, "ATTESTATION D'INSCRIPTION", 38, "sans-b")
    p.text(100, 380, "(vaut certificat de scolarité)", 22, "sans-i")
    rows = [
        ["Nom", per.surname.upper()],
        ["Prénom(s)", per.given_str],
        ["Date de naissance", dmy(per.birth)],
        ["N° étudiant", d["student_no"]],
        ["Formation", d["degree"]],
        ["Année", "2026-2027 - inscription principale"],
        ["Statut", "Étudiant(e) - formation initiale"],
        ["Date d'inscription", dmy(d["issue"])],
    ]
    p.table(
        100,
        460,
        [520, 934],
        [["Rubrique", "Valeur"]] + rows,
        26,
        "sans",
        "sans-b",
        head_fill=(225, 230, 240),
        row_h=76,
    )
    p.text(100, 1260, "Édité le %s - vérification : %s" % (dmy(d["issue"]), d["verif"]), 22, "mono")
    p.stamp(
        1250, 1450, 120, "%s * SCOLARITÉ * " % sc["name"].upper()[:30], [sc["town"].upper()], sc["col"], 16
    )
    return [p]


def contract_cdi(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    arts = [
        (
            "Article 1 - Engagement",
            "%s engage %s %s, %s le %s à %s, à compter du %s, sous réserve des résultats de la visite d'information et de prévention."
            % (
                e["name"],
                "Madame" if per.sex == "F" else "Monsieur",
                per.full,
                "née" if per.sex == "F" else "né",
                dmy(per.birth),
                per.birthplace,
                long_fr(d["since"]),
            ),
        ),
        (
            "Article 2 - Fonctions",
            "Le salarié exercera les fonctions de %s. Ses attributions pourront évoluer en fonction des besoins de l'entreprise."
            % d["job"],
        ),
        (
            "Article 3 - Durée et période d'essai",
            "Le présent contrat est conclu pour une durée indéterminée. Il ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois.",
        ),
        (
            "Article 4 - Rémunération",
            "En contrepartie de son travail, le salarié percevra une rémunération mensuelle brute de %s pour 151,67 heures de travail."
            % eur(d["gross"]),
        ),
        (
            "Article 5 - Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures, réparties selon le planning affiché.",
        ),
        (
            "Article 6 - Lieu de travail",
            "Le salarié exercera ses fonctions au %s, %s." % (e["street"], e["town"]),
        ),
        (
            "Article 7 - Convention collective",
            "Le contrat est régi par la convention collective %s." % e["ccn"],
        ),
        (
            "Article 8 - Congés payés",
            "Le salarié bénéficiera des congés payés prévus par la loi, soit 2,5 jours ouvrables par mois de travail effectif.",
        ),
    ]
    p = Page(A4)
    p.text(827, 170, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 34, "sans-b", align="c")
    p.text(120, 300, "Entre les soussignés :", 24, "sans-b")
    y = p.wrap(
        120,
        350,
        1400,
        "%s, SIRET %s, dont le siège est situé %s, %s, représentée par %s, ci-après « l'employeur »,"
        % (e["name"], e["siret"], e["street"], e["town"], e["boss"]),
        24,
        "sans",
    )
    y = p.wrap(
        120,
        y + 10,
        1400,
        "et %s, demeurant %s, ci-après « le salarié »." % (per.full, ", ".join(per.address)),
        24,
        "sans",
    )
    y += 40
    pages = [p]
    cur = p
    for t, body in arts:
        if y > 1950:
            cur = Page(A4)
            pages.append(cur)
            y = 200
        cur.text(120, y, t, 25, "sans-b")
        y = cur.wrap(120, y + 45, 1400, body, 24, "sans") + 30
    cur.text(
        120,
        y + 60,
        "Fait en deux exemplaires à %s, le %s." % (e["town"].split(" ", 1)[1], dmy(d["signed"])),
        24,
        "sans",
    )
    cur.text(300, y + 160, "L'employeur", 24, "sans-b", align="c")
    cur.text(1200, y + 160, "Le salarié", 24, "sans-b", align="c")
    cur.text(1200, y + 200, "« Lu et approuvé »", 20, "sans-i", align="c")
    cur.signature(190, y + 300, 230, seed=3)
    cur.signature(1090, y + 300, 230, seed=8)
    for i, pg in enumerate(pages):
        footer(pg, "Contrat de travail - %s - paraphes : ____ / ____" % per.full, i + 1, len(pages))
    return pages


def urssaf_situation(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    p.rect((0, 0, 1654, 160), outline=None, fill=(0, 70, 140))
    p.text(100, 100, "Urssaf", 56, "sans-b", (255, 255, 255))
    p.text(1554, 100, "Travailleurs indépendants", 26, "sans", (255, 255, 255), align="r")
    p.text(100, 300, "ATTESTATION DE SITUATION", 38, "sans-b")
    p.text(100, 350, "Délivrée le %s" % dmy(d["issue"]), 24, "sans")
    p.lines(950, 300, [("Mme " if per.sex == "F" else "M. ") + per.full] + per.address, 26, "sans")
    txt = (
        "L'Urssaf atteste que la personne désignée ci-dessous est immatriculée en qualité de travailleur "
        "indépendant et qu'elle est à jour de ses obligations déclaratives et de paiement à la date de "
        "délivrance de la présente attestation."
    )
    y = p.wrap(100, 520, 1450, txt, 25, "sans", leading=1.6)
    rows = [
        ["Identité", surname_first(per.full)],
        ["SIREN", d["siren"]],
        ["SIRET de l'établissement", d["siret"]],
        ["Activité (code APE)", d["ape"]],
        ["Date de début d'activité", dmy(d["since"])],
        ["Adresse de l'établissement", ", ".join(per.address)],
    ]
    y = p.table(100, y + 40, [560, 894], rows, 24, "sans", "sans", head_fill=None, row_h=70)
    p.text(100, y + 80, "Code de sécurité : %s" % d["verif"], 24, "mono-b")
    p.text(
        100,
        y + 130,
        "Vérifiez l'authenticité de cette attestation sur urssaf.fr, rubrique « Vérifier une attestation ».",
        20,
        "sans-i",
    )
    _qr(p, 1250, y + 40, d["seed"], 9)
    footer(p, "Urssaf - attestation de situation - %s" % d["verif"], 1, 1)
    return [p]


TEMPLATES = {
    "student_n_prose": ("student_certificate", "blind2", student_prose),
    "student_n_table": ("student_certificate", "blind2", student_table),
    "contract_n_cdi": ("employment_contract", "blind2", contract_cdi),
    "urssaf_n_situation": ("self_employment_proof", "blind2", urssaf_situation),
}

"""Blind half: student certificate, URSSAF self-employment attestation, permanent employment contract."""

from __future__ import annotations

from codes import dmy, long_fr
from render import Page, logo


def student_b_cert(d: dict) -> list[Page]:
    """Attestation d'inscription from the registrar's office, left colour stripe, QR-like block."""
    per, s = d["person"], d["school"]
    p = Page()
    p.rect((0, 0, 60, p.h), outline=None, fill=s["col"])
    logo(p, "tri", 120, 90, 120, s["col"])
    p.text(270, 150, s["name"], 34, "serif-b", s["col"])
    p.text(270, 195, "Direction des études et de la scolarité — " + s["town"], 22, "serif")
    p.text(827, 400, "ATTESTATION D'INSCRIPTION", 40, "serif-b", align="c")
    p.text(827, 450, "Année universitaire 2026-2027", 26, "serif-i", align="c")
    y = p.wrap(140, 580, 1380, "La directrice des études certifie que %s %s, né%s le %s à %s, numéro d'étudiant %s, "
               "est régulièrement inscrit%s pour l'année universitaire 2026-2027 en :" % (
                   "Madame" if per.sex == "F" else "Monsieur", per.full, "e" if per.sex == "F" else "",
                   dmy(per.birth), per.birthplace, d["student_no"], "e" if per.sex == "F" else ""), 28, "serif",
               leading=1.6)  # fmt: skip
    p.rect((140, y + 10, 1514, y + 110), outline=None, fill=(240, 240, 244))
    p.text(827, y + 75, d["degree"], 30, "serif-b", align="c")
    p.text(140, y + 200, "Régime : formation initiale — Inscription principale", 24, "serif")
    p.text(140, y + 260, "Fait à %s, le %s" % (s["town"], long_fr(d["issue"])), 24, "serif")
    p.signature(1000, y + 380, seed=5)
    for i in range(8):
        for j in range(8):
            if (i * 3 + j * 5 + len(d["verif"])) % 3:
                p.rect(
                    (140 + i * 22, y + 460 + j * 22, 162 + i * 22, y + 482 + j * 22),
                    outline=None,
                    fill=(0, 0, 0),
                )
    p.text(340, y + 560, "Code de vérification : " + d["verif"], 20, "mono")
    return [p]


def urssaf_b_attest(d: dict) -> list[Page]:
    """Attestation d'affiliation for a micro-entrepreneur, boxed identification, digital signature line."""
    per = d["person"]
    p = Page()
    u = (0, 90, 160)
    p.rect((0, 0, p.w, 200), outline=None, fill=u)
    p.text(100, 120, "Urssaf", 64, "sans-b", (255, 255, 255))
    p.text(1554, 120, "Attestation d'affiliation", 32, "sans", (255, 255, 255), "r")
    p.text(100, 330, "ATTESTATION DE SITUATION — TRAVAILLEUR INDÉPENDANT", 30, "sans-b", u)
    p.wrap(100, 400, 1450, "L'Urssaf atteste que la personne ci-dessous est immatriculée en qualité de "
           "micro-entrepreneur et affiliée au régime des travailleurs indépendants.", 24, "sans")  # fmt: skip
    rows = [
        ["Identification", ""],
        ["Nom, prénom", per.formal],
        ["Adresse", ", ".join(per.address)],
        ["SIREN", d["siren"]],
        ["SIRET de l'établissement", d["siret"]],
        ["Activité (APE)", d["ape"]],
        ["Date de début d'activité", dmy(d["since"])],
        ["Situation au " + dmy(d["issue"]), "À jour de ses obligations déclaratives"],
    ]
    y = p.table(100, 520, [520, 934], rows, 24, "sans", "sans-b", (215, 230, 245), 70)
    p.text(100, y + 80, "Délivrée le %s — valable 6 mois" % dmy(d["issue"]), 24, "sans")
    p.text(100, y + 130, "Code de sécurité : " + d["verif"], 24, "mono-b")
    p.text(
        100,
        y + 200,
        "Document signé électroniquement par le directeur de l'Urssaf.",
        20,
        "sans-i",
        (90, 90, 90),
    )
    return [p]


def contract_b_cdi(d: dict) -> list[Page]:
    """CDI, two pages, articles in serif with bold article heads and initials in the margin."""
    per, e = d["person"], d["employer"]
    p1 = Page()
    p1.text(827, 170, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 36, "serif-b", align="c")
    p1.text(120, 300, "Entre les soussignés :", 26, "serif-i")
    y = p1.wrap(120, 370, 1400, "%s, %s, %s, SIRET %s, représentée par %s, ci-après « l'employeur »," % (
        e["name"], e["street"], e["town"], e["siret"], e["boss"]), 26, "serif")  # fmt: skip
    y = p1.wrap(120, y + 30, 1400, "et %s %s, né%s le %s à %s, demeurant %s, ci-après « le salarié »." % (
        "Madame" if per.sex == "F" else "Monsieur", per.full, "e" if per.sex == "F" else "", dmy(per.birth),
        per.birthplace, ", ".join(per.address)), 26, "serif")  # fmt: skip
    arts = [
        ("Article 1 — Engagement", "Le salarié est engagé à compter du %s en qualité de %s, sous réserve de la "
         "visite d'information et de prévention." % (long_fr(d["since"]), d["job"])),
        ("Article 2 — Période d'essai", "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de "
         "deux mois de travail effectif."),
        ("Article 3 — Rémunération", "Le salarié percevra un salaire mensuel brut de %.2f euros pour 151,67 heures."
         % d["gross"]),
        ("Article 4 — Convention collective", "Le contrat est régi par la convention collective : %s." % e["ccn"]),
    ]  # fmt: skip
    y += 40
    for t, body in arts:
        p1.text(120, y, t, 27, "serif-b")
        y = p1.wrap(120, y + 46, 1400, body, 25, "serif") + 30
    p1.text(1530, 2250, "Paraphes : ___ / ___", 20, "serif-i", align="r")
    p2 = Page()
    p2.text(120, 200, "Article 5 — Lieu de travail", 27, "serif-b")
    p2.wrap(120, 246, 1400, "Le salarié exercera ses fonctions à l'adresse de l'établissement : %s, %s."
            % (e["street"], e["town"]), 25, "serif")  # fmt: skip
    p2.text(
        120,
        450,
        "Fait en deux exemplaires, à %s, le %s." % (e["town"][6:], long_fr(d["signed"])),
        25,
        "serif",
    )
    p2.text(200, 580, "L'employeur", 24, "serif-b")
    p2.text(1000, 580, "Le salarié", 24, "serif-b")
    p2.text(200, 620, e["boss"], 22, "serif")
    p2.text(1000, 620, per.full, 22, "serif")
    p2.signature(200, 760, seed=2)
    p2.signature(1000, 760, seed=6)
    return [p1, p2]


TEMPLATES = {
    "student_b_cert": ("student_certificate", "blind", student_b_cert),
    "urssaf_b_attest": ("self_employment_proof", "blind", urssaf_b_attest),
    "contract_b_cdi": ("employment_contract", "blind", contract_b_cdi),
}

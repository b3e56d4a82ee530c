"""blind8 misc: certificat de scolarité, URSSAF attestation (micro-entrepreneur), CDI contract (2 pages)."""

from __future__ import annotations

from codes import dmy, long_fr
from render import Page, logo
from u_kit import eur, qr, rstamp


def student_u_cert(d: dict) -> list[Page]:
    per, s = d["person"], d["school"]
    p = Page()
    logo(p, "tri", 100, 80, 110, s["col"])
    p.text(240, 140, s["name"], 32, "serif-b", s["col"])
    p.text(240, 180, "Direction des études et de la vie étudiante — %s" % s["town"], 20, "serif")
    p.text(827, 360, "CERTIFICAT DE SCOLARITÉ", 40, "serif-b", align="c")
    p.text(827, 405, "Année universitaire 2026-2027", 24, "serif-i", align="c")
    y = p.wrap(
        140,
        520,
        1374,
        "La directrice des études certifie que %s %s, né%s le %s à %s, numéro étudiant %s, est "
        "régulièrement inscrit%s pour l'année universitaire 2026-2027 en %s (formation initiale, à temps plein)."
        % (
            "Mme" if per.sex == "F" else "M.",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            d["student_no"],
            "e" if per.sex == "F" else "",
            d["degree"],
        ),
        26,
        "serif",
        leading=1.7,
    )
    p.text(140, y + 80, "Fait à %s, le %s" % (s["town"], long_fr(d["issue"])), 24, "serif")
    p.signature(1050, y + 220, 260, seed=d["seed"])
    qr(p, 140, 1900, 220, d["seed"])
    p.text(400, 1980, "Document vérifiable en ligne — code %s" % d["verif"], 20, "mono")
    return [p]


def selfemp_u_urssaf(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.rect((0, 0, p.w, 170), outline=None, fill=(0, 60, 130))
    p.text(100, 110, "Urssaf", 56, "sans-b", (255, 255, 255))
    p.text(1554, 105, "autoentrepreneur.urssaf.fr", 22, "sans", (255, 255, 255), align="r")
    p.text(100, 320, "ATTESTATION D'IMMATRICULATION", 34, "sans-b")
    p.text(100, 365, "Régime micro-entrepreneur", 24, "sans-i")
    rows = [
        ["Identité", per.formal],
        ["Adresse", ", ".join(per.address)],
        ["SIREN", d["siren"]],
        ["SIRET", d["siret"]],
        ["Activité (APE)", d["ape"]],
        ["Date de début d'activité", dmy(d["since"])],
        ["Situation", "Actif — à jour de ses obligations"],
    ]
    y = p.table(100, 450, [500, 954], rows, size=23, head_fill=None, row_h=70) + 80
    p.text(100, y, "Délivrée le %s · code de vérification %s" % (dmy(d["issue"]), d["verif"]), 20, "mono")
    qr(p, 1300, y + 60, 200, d["seed"])
    return [p]


def contract_u_cdi(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    p1, p2 = Page(), Page()
    p1.text(827, 170, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 34, "serif-b", align="c")
    y = p1.wrap(
        120,
        280,
        1414,
        "Entre la société %s, %s %s, SIRET %s, représentée par %s, d'une part, et %s %s, né%s le %s à %s, "
        "demeurant %s, d'autre part, il a été convenu ce qui suit."
        % (
            e["name"],
            e["street"],
            e["town"],
            e["siret"],
            e["boss"],
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            ", ".join(per.address),
        ),
        23,
        "serif",
        leading=1.6,
    )
    for t, body in [
        (
            "Article 1 — Engagement",
            "Le salarié est engagé à compter du %s en qualité de %s. Convention collective : %s."
            % (long_fr(d["since"]), d["job"], e["ccn"]),
        ),
        (
            "Article 2 — Période d'essai",
            "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois.",
        ),
        (
            "Article 3 — Rémunération",
            "Rémunération mensuelle brute de %s pour 35 heures hebdomadaires." % eur(d["gross"]),
        ),
    ]:
        p1.text(120, y + 40, t, 25, "serif-b")
        y = p1.wrap(120, y + 85, 1414, body, 23, "serif", leading=1.6)
    y = 200
    for t, body in [
        ("Article 4 — Lieu de travail", "%s, %s." % (e["street"], e["town"])),
        ("Article 5 — Congés", "Le salarié bénéficie des congés payés légaux."),
        ("Article 6 — Préavis", "Conformément aux dispositions conventionnelles."),
    ]:
        p2.text(120, y, t, 25, "serif-b")
        y = p2.wrap(120, y + 45, 1414, body, 23, "serif", leading=1.6) + 40
    p2.text(120, y + 40, "Fait en deux exemplaires, le %s" % dmy(d["signed"]), 23, "serif")
    p2.text(200, y + 140, "L'employeur", 22, "serif-i")
    p2.text(1000, y + 140, "Le salarié", 22, "serif-i")
    p2.signature(200, y + 260, 240, seed=2)
    p2.signature(1000, y + 260, 240, seed=5)
    rstamp(p2, 180, y + 320, [e["name"].upper()[:30], "SIRET " + e["siret"]], color=(30, 40, 140), size=18)
    return [p1, p2]


TEMPLATES = {
    "student_u_cert": ("student_certificate", "blind8", student_u_cert),
    "selfemp_u_urssaf": ("self_employment_proof", "blind8", selfemp_u_urssaf),
    "contract_u_cdi": ("employment_contract", "blind8", contract_u_cdi),
}

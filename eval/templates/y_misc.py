"""blind4: certificat de scolarité, URSSAF attestation (micro-entrepreneur), 2-page CDI."""

from __future__ import annotations

from codes import dmy, long_fr
from render import GREY, Page, logo
from y_kit import eur, footer, marianne_block, qr, rect_stamp


def student(sd: dict) -> list[Page]:
    per, sc = sd["person"], sd["school"]
    p = Page()
    logo(p, "square", 110, 100, 110, sc["col"])
    p.text(250, 150, sc["name"], 30, "serif-b", sc["col"])
    p.text(250, 188, "Direction des études et de la vie étudiante — %s" % sc["town"], 20, "sans", GREY)
    p.text(p.w / 2, 400, "CERTIFICAT DE SCOLARITÉ", 38, "serif-b", align="c")
    p.text(p.w / 2, 446, "Année universitaire 2026-2027", 24, "serif-i", align="c")
    y = p.wrap(
        150,
        580,
        p.w - 300,
        "Le directeur des études certifie que %s %s, %s le %s à %s, numéro d'étudiant %s, est régulièrement inscrit%s "
        "pour l'année universitaire 2026-2027 en %s, formation initiale à temps plein, du 01/09/2026 au 31/08/2027."
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "née" if per.sex == "F" else "né",
            dmy(per.birth),
            per.birthplace,
            sd["student_no"],
            "e" if per.sex == "F" else "",
            sd["degree"],
        ),
        28,
        "serif",
        leading=1.7,
    )
    p.text(150, y + 80, "Fait à %s, le %s" % (sc["town"], long_fr(sd["issue"])), 26, "serif")
    p.text(950, y + 180, "Pour le Président et par délégation,", 22, "serif-i")
    p.signature(1000, y + 280, 230, seed=3)
    rect_stamp(p, 900, y + 300, [sc["name"].upper()[:30], "SCOLARITÉ"], sc["col"])
    qr(p, 150, 1900, 200, int(sd["seed"]))
    p.text(380, 1970, "Code de vérification : %s" % sd["verif"], 20, "mono")
    p.text(380, 2010, "Vérifiable sur https://verif.%s.fr" % sc["name"].split()[1].lower(), 18, "sans", GREY)
    return [p]


def urssaf(sd: dict) -> list[Page]:
    per = sd["person"]
    p = Page()
    marianne_block(p, 100, 90, [])
    p.text(500, 150, "Urssaf", 52, "sans-b", (0, 80, 160))
    p.text(500, 190, "Caisse nationale — Service autoentrepreneur.urssaf.fr", 19, "sans", GREY)
    p.text(p.w / 2, 480, "ATTESTATION DE VIGILANCE ET D'IMMATRICULATION", 30, "sans-b", align="c")
    p.text(p.w / 2, 520, "Travailleur indépendant — régime micro-entrepreneur", 22, "sans-i", align="c")
    rows = [
        ("Nom, prénoms", per.formal),
        ("Adresse", ", ".join(per.address)),
        ("SIREN", sd["siren"]),
        ("SIRET de l'établissement", sd["siret"]),
        ("Code APE", sd["ape"]),
        ("Date de début d'activité", dmy(sd["since"])),
        ("Situation au regard des déclarations", "à jour de ses obligations déclaratives et de paiement"),
    ]
    y = 620
    for lab, v in rows:
        p.text(130, y, lab, 22, "sans", GREY)
        y = p.wrap(620, y, 900, v, 25, "sans-b", leading=1.3) + 30
    p.wrap(
        130,
        y + 40,
        p.w - 260,
        "L'Urssaf atteste que le cotisant ci-dessus désigné est immatriculé en qualité de travailleur indépendant et relève du régime général de sécurité sociale pour sa protection maladie.",
        23,
        "sans",
        leading=1.5,
    )
    p.text(
        130, y + 240, "Délivrée le %s — code de sécurité : %s" % (dmy(sd["issue"]), sd["verif"]), 23, "sans-b"
    )
    qr(p, 1300, y + 160, 200, int(sd["seed"]) + 5)
    footer(
        p,
        "L'authenticité de cette attestation peut être vérifiée sur urssaf.fr, rubrique « Vérifier une attestation », à l'aide du code de sécurité.",
    )
    return [p]


def contract(cd: dict) -> list[Page]:
    per, e = cd["person"], cd["employer"]
    p = Page()
    p.text(p.w / 2, 160, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 32, "serif-b", align="c")
    y = p.wrap(
        130,
        280,
        p.w - 260,
        "Entre les soussignés : la société %s, %s, %s, SIRET %s, représentée par %s en qualité de gérant(e), ci-après « l'employeur », d'une part,"
        % (e["name"], e["street"], e["town"], e["siret"], e["boss"]),
        25,
        "serif",
        leading=1.6,
    )
    y = p.wrap(
        130,
        y + 30,
        p.w - 260,
        "et %s %s, %s le %s à %s, de nationalité %s, demeurant %s, %s, ci-après « le salarié », d'autre part,"
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "née" if per.sex == "F" else "né",
            dmy(per.birth),
            per.birthplace,
            per.iso3,
            per.address[0],
            per.address[1],
        ),
        25,
        "serif",
        leading=1.6,
    )
    arts = [
        (
            "Article 1 — Engagement",
            "Le salarié est engagé à compter du %s en qualité de %s, sous réserve des résultats de la visite d'information et de prévention. Convention collective applicable : %s."
            % (long_fr(cd["since"]), cd["job"], e["ccn"]),
        ),
        (
            "Article 2 — Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois.",
        ),
        (
            "Article 3 — Rémunération",
            "Le salarié percevra une rémunération brute mensuelle de %s pour 151,67 heures de travail."
            % eur(cd["gross"]),
        ),
    ]
    for t, body in arts:
        p.text(130, y + 40, t, 25, "serif-b")
        y = p.wrap(130, y + 90, p.w - 260, body, 24, "serif", leading=1.6)
    p.text(p.w / 2, p.h - 80, "1/2", 20, "sans", GREY, align="c")
    q = Page()
    y = 200
    for t, body in [
        (
            "Article 4 — Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures, réparties selon le planning de l'établissement.",
        ),
        (
            "Article 5 — Lieu de travail",
            "Le salarié exercera ses fonctions à %s, %s." % (e["street"], e["town"]),
        ),
        (
            "Article 6 — Congés et protection sociale",
            "Le salarié bénéficie des congés payés légaux et sera affilié aux caisses de retraite complémentaire et de prévoyance de l'entreprise.",
        ),
    ]:
        q.text(130, y, t, 25, "serif-b")
        y = q.wrap(130, y + 50, q.w - 260, body, 24, "serif", leading=1.6) + 40
    q.text(
        130,
        y + 60,
        "Fait en deux exemplaires à %s, le %s." % (e["town"].split(" ", 1)[1], long_fr(cd["signed"])),
        24,
        "serif",
    )
    q.text(130, y + 160, "L'employeur, %s" % e["boss"], 24, "serif")
    q.text(900, y + 160, "Le salarié, %s" % per.full, 24, "serif")
    q.handwriting(130, y + 220, "Lu et approuvé", 28, seed=1)
    q.handwriting(900, y + 220, "Lu et approuvé, bon pour accord", 28, seed=2)
    q.signature(150, y + 320, 220, seed=4)
    q.signature(920, y + 320, 220, seed=5)
    rect_stamp(q, 150, y + 360, [e["name"].upper()[:32], "SIRET " + e["siret"]], (40, 40, 120), 18)
    q.text(q.w / 2, q.h - 80, "2/2", 20, "sans", GREY, align="c")
    return [p, q]


TEMPLATES = {
    "student_y_certificate": ("student_certificate", "blind4", student),
    "selfemp_y_urssaf": ("self_employment_proof", "blind4", urssaf),
    "contract_y_cdi": ("employment_contract", "blind4", contract),
}

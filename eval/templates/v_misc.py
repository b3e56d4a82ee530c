"""blind7 misc: certificat de scolarité, INSEE/SIRENE situation notice, CDI employment contract (2 pages)."""

from __future__ import annotations

import v_kit as k
from codes import dmy, long_fr
from render import GREY, Page, logo


def student_certificate(d: dict) -> list[Page]:
    per, sc = d["person"], d["school"]
    p = Page()
    p.rect((0, 0, 40, p.h), outline=None, fill=sc["col"])
    p.text(120, 160, sc["name"], 34, "serif-b", sc["col"])
    p.text(120, 200, "Direction des études et de la vie étudiante — Scolarité centrale", 20, "serif", GREY)
    p.text(p.w / 2, 380, "CERTIFICAT DE SCOLARITÉ", 38, "serif-b", align="c")
    p.text(p.w / 2, 425, "Année universitaire 2026-2027", 24, "serif-i", align="c")
    txt = (
        "La Directrice de la scolarité certifie que %s %s, né%s le %s à %s, numéro d'étudiant %s, "
        "est régulièrement inscrit%s pour l'année universitaire 2026-2027 en %s, en formation initiale, "
        "à temps plein, du 1er septembre 2026 au 31 août 2027."
        % (
            "Mme" if per.sex == "F" else "M.",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            d["student_no"],
            "e" if per.sex == "F" else "",
            d["degree"],
        )
    )
    p.wrap(150, 560, p.w - 300, txt, 26, "serif", leading=1.7)
    p.text(
        150,
        900,
        "Droits d'inscription acquittés. Contribution vie étudiante et de campus (CVEC) : acquittée.",
        20,
        "serif",
        GREY,
    )
    p.text(900, 1050, "Fait à %s, le %s" % (sc["town"], long_fr(d["issue"])), 23, "serif")
    p.text(900, 1100, "Pour le Président et par délégation,", 21, "serif-i")
    p.signature(950, 1220, 240, seed=d["seed"])
    k.rect_stamp(p, 880, 1280, [sc["name"][:32], "SCOLARITÉ"], sc["col"], 20, 5)
    k.qr(p, 150, 1900, 200, d["seed"])
    p.text(380, 1960, "Authenticité vérifiable sur verif-diplomes.etu.fr", 18, "sans", GREY)
    p.text(380, 2000, "Code : %s" % d["verif"], 20, "mono")
    return [p]


def sirene_notice(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    logo(p, "marianne", 110, 100, 80, None)
    p.text(220, 140, "Insee", 40, "sans-b", (150, 20, 60))
    p.text(220, 175, "Institut national de la statistique et des études économiques", 18, "sans", GREY)
    p.text(p.w / 2, 320, "AVIS DE SITUATION AU RÉPERTOIRE SIRENE", 32, "sans-b", align="c")
    p.text(p.w / 2, 360, "à la date du %s" % dmy(d["issue"]), 22, "sans", align="c")
    p.rect((110, 420, p.w - 110, 520), outline=None, fill=(245, 235, 240))
    p.text(
        140, 480, "Identifiant SIREN : %s        SIRET du siège : %s" % (d["siren"], d["siret"]), 24, "sans-b"
    )
    rows = [
        ("Dénomination / nom", "%s %s" % (per.surname.upper(), per.given_str)),
        ("Nom d'usage", "—"),
        ("Catégorie juridique", "1000 — Entrepreneur individuel"),
        ("Activité principale (APE)", d["ape"]),
        ("Date de création de l'entreprise", dmy(d["since"])),
        ("Adresse de l'établissement", ", ".join(per.address)),
        ("État administratif", "Actif"),
        ("Régime", "Micro-entrepreneur (régime micro-social)"),
    ]
    y = 600
    for lab, val in rows:
        p.text(140, y, lab, 20, "sans", GREY)
        p.text(700, y, val, 23, "sans-b")
        p.line(140, y + 18, p.w - 140, y + 18, (225, 225, 225), 1)
        y += 66
    p.wrap(
        110,
        y + 60,
        p.w - 220,
        "Cet avis de situation ne constitue pas un extrait d'immatriculation au Registre national des entreprises. Il atteste uniquement de l'inscription au répertoire Sirene à la date indiquée.",
        19,
        "sans-i",
        GREY,
    )
    p.text(110, y + 200, "Clé de vérification : %s" % d["verif"], 20, "mono")
    k.qr(p, p.w - 330, y + 140, 200, d["seed"])
    k.page_footer(p, "avis-situation-sirene.insee.fr — document téléchargé le %s" % dmy(d["issue"]))
    return [p]


def contract(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    p = Page()
    p.text(p.w / 2, 170, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 34, "serif-b", align="c")
    p.text(p.w / 2, 215, "(temps complet)", 22, "serif-i", align="c")
    p.text(130, 320, "ENTRE LES SOUSSIGNÉS :", 24, "serif-b")
    y = p.wrap(
        150,
        370,
        p.w - 300,
        "La société %s, %s, %s, immatriculée sous le SIRET %s, représentée par %s, en qualité de gérant(e), ci-après « l'Employeur »,"
        % (e["name"], e["street"], e["town"], e["siret"], e["boss"]),
        23,
        "serif",
        leading=1.6,
    )
    p.text(150, y + 10, "ET", 23, "serif-b")
    y = p.wrap(
        150,
        y + 60,
        p.w - 300,
        "%s %s, né%s le %s à %s, de nationalité %s, demeurant %s, ci-après « le Salarié »,"
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            per.iso3,
            ", ".join(per.address),
        ),
        23,
        "serif",
        leading=1.6,
    )
    arts = [
        (
            "Article 1 — Engagement",
            "Le Salarié est engagé à compter du %s pour une durée indéterminée, sous réserve des résultats de la visite d'information et de prévention. La convention collective applicable est : %s."
            % (long_fr(d["since"]), e["ccn"]),
        ),
        (
            "Article 2 — Fonctions",
            "Le Salarié exercera les fonctions de %s. Il pourra être amené à effectuer toute tâche connexe relevant de sa qualification."
            % d["job"],
        ),
        (
            "Article 3 — Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois de travail effectif.",
        ),
        (
            "Article 4 — Rémunération",
            "Le Salarié percevra une rémunération mensuelle brute de %s pour 151,67 heures de travail par mois."
            % k.eur(d["gross"]),
        ),
    ]
    y += 40
    for t, body in arts:
        p.text(130, y, t, 23, "serif-b")
        y = p.wrap(150, y + 45, p.w - 300, body, 22, "serif", leading=1.55) + 25
    k.page_footer(p, "CDI — %s — page 1/2 — paraphes : ____ / ____" % e["name"])
    q = Page()
    y = 180
    for t, body in [
        ("Article 5 — Lieu de travail", "Le lieu de travail est fixé à %s, %s." % (e["street"], e["town"])),
        (
            "Article 6 — Congés payés",
            "Le Salarié bénéficiera des congés payés prévus par la loi et la convention collective.",
        ),
        (
            "Article 7 — Rupture du contrat",
            "Chaque partie pourra rompre le contrat dans les conditions prévues par le code du travail, moyennant le respect du préavis conventionnel.",
        ),
        (
            "Article 8 — Protection sociale",
            "Le Salarié sera affilié au régime général de la sécurité sociale, à la caisse de retraite complémentaire et au régime de prévoyance de l'entreprise.",
        ),
    ]:
        q.text(130, y, t, 23, "serif-b")
        y = q.wrap(150, y + 45, q.w - 300, body, 22, "serif", leading=1.55) + 25
    q.text(
        130,
        y + 60,
        "Fait en deux exemplaires originaux, à %s, le %s."
        % (e["town"].split(" ", 1)[-1], long_fr(d["signed"])),
        22,
        "serif",
    )
    q.text(180, y + 160, "L'Employeur", 22, "serif-b")
    q.text(950, y + 160, "Le Salarié", 22, "serif-b")
    q.text(180, y + 200, e["boss"], 21, "serif")
    q.text(950, y + 200, per.full, 21, "serif")
    k.hand(q, 950, y + 260, "Lu et approuvé", 30, seed=d["seed"])
    q.signature(200, y + 340, 240, seed=d["seed"] + 1)
    q.signature(970, y + 360, 240, seed=d["seed"] + 2)
    k.page_footer(q, "CDI — %s — page 2/2" % e["name"])
    return [p, q]


TEMPLATES = {
    "student_v_certificate": ("student_certificate", "blind7", student_certificate),
    "selfemp_v_sirene": ("self_employment_proof", "blind7", sirene_notice),
    "contract_v_cdi": ("employment_contract", "blind7", contract),
}

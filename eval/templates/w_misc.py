"""blind6 misc: certificat de scolarité, URSSAF attestation de vigilance-style situation notice for a
micro-entrepreneur, 2-page CDI."""

from __future__ import annotations

from codes import dmy, long_fr
from render import A4, Page, logo
from w_kit import eur, footer, qr


def student_cert(d: dict) -> list[Page]:
    per, sc = d["person"], d["school"]
    p = Page(A4)
    p.rect((0, 0, p.w, 30), outline=None, fill=sc["col"])
    logo(p, "square", 110, 100, 120, sc["col"])
    p.text(260, 150, sc["name"], 32, "sans-b", sc["col"])
    p.text(
        260,
        190,
        "Direction des études et de la vie étudiante — Service de la scolarité",
        21,
        "sans",
        (80, 80, 80),
    )
    p.text(p.w / 2, 420, "CERTIFICAT DE SCOLARITÉ", 44, "sans-b", align="c")
    p.text(p.w / 2, 470, "Année universitaire 2026-2027", 28, "sans", align="c")
    y = 600
    p.wrap(
        130,
        y,
        p.w - 260,
        "Le directeur des études certifie que l'étudiant%s désigné%s ci-dessous est régulièrement inscrit%s pour l'année universitaire 2026-2027 :"
        % (("e",) * 3 if per.sex == "F" else ("",) * 3),
        27,
        "sans",
        leading=1.6,
    )
    y += 160
    for lb, v in (
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Né%s le" % ("e" if per.sex == "F" else ""), "%s à %s" % (dmy(per.birth), per.birthplace)),
        ("N° étudiant", d["student_no"]),
        ("INE", "%s%sK" % (d["student_no"][:6], d["verif"][:4])),
        ("Formation", d["degree"]),
        ("Régime", "Formation initiale — inscription principale"),
        ("Période", "du 01/09/2026 au 31/08/2027"),
    ):
        p.text(180, y, lb, 25, "sans", (80, 80, 80))
        p.text(560, y, v, 27, "sans-b")
        y += 62
    p.text(130, y + 80, "Fait à %s, le %s" % (sc["town"], long_fr(d["issue"])), 26, "sans")
    p.text(1000, y + 170, "Pour le Président et par délégation,", 22, "sans-i")
    p.text(1000, y + 205, "la responsable de la scolarité", 22, "sans-i")
    p.signature(1030, y + 300, 240, seed=4)
    p.stamp(
        750,
        y + 290,
        110,
        "%s * SCOLARITÉ * " % sc["name"].upper()[:30],
        [sc["town"].upper()],
        color=sc["col"],
        size=15,
    )
    qr(p, 130, 1900, 200, int(d["student_no"][:4]))
    p.text(360, 1960, "Vérifiez l'authenticité de ce document :", 20, "sans")
    p.text(360, 2000, "https://verif-scolarite.fr/%s" % d["verif"], 20, "mono")
    footer(p, "Document délivré en un seul exemplaire — aucun duplicata ne sera fourni.")
    return [p]


def urssaf(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    p.rect((100, 90, 420, 190), outline=None, fill=(0, 80, 160))
    p.text(260, 158, "Urssaf", 48, "sans-b", (255, 255, 255), align="c")
    p.text(470, 130, "Caisse nationale — auto-entrepreneur", 22, "sans")
    p.text(470, 165, "TSA 50001 — 93517 Montreuil cedex", 20, "sans", (80, 80, 80))
    p.lines(
        960, 320, ["%s %s" % ("Madame" if per.sex == "F" else "Monsieur", per.full), *per.address], 25, "sans"
    )
    p.text(100, 560, "Attestation d'immatriculation", 40, "sans-b", (0, 80, 160))
    p.text(100, 610, "Micro-entrepreneur — régime micro-social", 26, "sans-i")
    y = 720
    p.wrap(
        100,
        y,
        p.w - 200,
        "L'Urssaf atteste que la personne désignée ci-dessous est immatriculée en qualité de travailleur indépendant sous le régime du micro-entrepreneur et qu'elle est à jour de ses déclarations de chiffre d'affaires à la date d'édition du présent document.",
        25,
        "sans",
        leading=1.55,
    )
    y += 200
    rows = [
        ["Identité", per.full],
        ["Date de naissance", dmy(per.birth)],
        ["SIREN", d["siren"]],
        ["SIRET de l'établissement", d["siret"]],
        ["Activité (code APE)", d["ape"]],
        ["Date de début d'activité", dmy(d["since"])],
        ["Périodicité des déclarations", "mensuelle"],
        ["Versement libératoire de l'impôt", "non"],
    ]
    y = p.table(
        100, y, [620, 834], [["Rubrique", "Information"], *rows], size=23, row_h=60, head_fill=(220, 232, 246)
    )
    p.text(100, y + 80, "Édité le %s" % long_fr(d["issue"]), 25, "sans")
    p.text(100, y + 130, "Code de sécurité : %s" % d["verif"], 25, "mono-b")
    p.wrap(
        100,
        y + 200,
        p.w - 200,
        "L'authenticité de cette attestation peut être vérifiée sur autoentrepreneur.urssaf.fr, rubrique « Vérifier une attestation », à l'aide du code de sécurité.",
        21,
        "sans-i",
        (80, 80, 80),
    )
    qr(p, 1300, y + 60, 200, int(d["siret"][:5]))
    footer(
        p,
        "Urssaf — service public de recouvrement des cotisations sociales — document généré électroniquement",
        "1/1",
    )
    return [p]


def cdi(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    p = Page(A4)
    p.text(p.w / 2, 170, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 36, "serif-b", align="c")
    p.text(p.w / 2, 215, "à temps complet", 24, "serif-i", align="c")
    y = 320
    p.text(130, y, "ENTRE LES SOUSSIGNÉS :", 25, "serif-b")
    y = p.wrap(
        130,
        y + 50,
        p.w - 260,
        "La société %s, %s, %s, immatriculée sous le SIRET %s, code NAF %s, représentée par %s en sa qualité de gérant(e), ci-après « l'employeur »,"
        % (e["name"], e["street"], e["town"], e["siret"], e["naf"], e["boss"]),
        24,
        "serif",
        leading=1.55,
    )
    y = p.wrap(
        130,
        y + 20,
        p.w - 260,
        "ET %s %s, né%s le %s à %s, de nationalité %s, demeurant %s, %s, ci-après « le salarié »,"
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            long_fr(per.birth),
            per.birthplace,
            per.iso3,
            *per.address,
        ),
        24,
        "serif",
        leading=1.55,
    )
    y += 30
    arts = [
        ("Article 1 — Engagement", "Le salarié est engagé à compter du %s, sous réserve des résultats de la visite d'information et de prévention. La déclaration préalable à l'embauche a été effectuée auprès de l'Urssaf." % long_fr(d["since"])),
        ("Article 2 — Fonctions", "Le salarié exercera les fonctions de %s. La convention collective applicable est : %s." % (d["job"], e["ccn"])),
        ("Article 3 — Période d'essai", "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois de travail effectif, renouvelable une fois."),
        ("Article 4 — Durée du travail", "La durée hebdomadaire de travail est fixée à 35 heures, soit 151,67 heures par mois."),
        ("Article 5 — Rémunération", "Le salarié percevra une rémunération brute mensuelle de %s pour l'horaire ci-dessus, versée à la fin de chaque mois." % eur(d["gross"])),
    ]  # fmt: skip
    for t, body in arts:
        p.text(130, y, t, 25, "serif-b")
        y = p.wrap(150, y + 45, p.w - 300, body, 24, "serif", leading=1.55) + 25
    footer(p, "Paraphes :      employeur ______      salarié ______", "1/2")
    q = Page(A4)
    y = 180
    for t, body in (
        ("Article 6 — Lieu de travail", "Le salarié exercera ses fonctions au %s, %s. Ce lieu pourra être modifié dans le même secteur géographique." % (e["street"], e["town"])),
        ("Article 7 — Congés payés", "Le salarié bénéficiera des congés payés légaux, soit 2,5 jours ouvrables par mois de travail effectif."),
        ("Article 8 — Protection sociale", "Le salarié sera affilié aux régimes de retraite complémentaire et de prévoyance en vigueur dans l'entreprise, ainsi qu'à la complémentaire santé collective."),
        ("Article 9 — Rupture", "Après la période d'essai, le contrat pourra être rompu par l'une ou l'autre des parties dans les conditions prévues par le code du travail et la convention collective."),
    ):  # fmt: skip
        q.text(130, y, t, 25, "serif-b")
        y = q.wrap(150, y + 45, q.w - 300, body, 24, "serif", leading=1.55) + 25
    q.text(
        130,
        y + 60,
        "Fait en deux exemplaires, à %s, le %s." % (e["town"].split(" ", 1)[1], long_fr(d["signed"])),
        25,
        "serif",
    )
    y += 200
    q.text(200, y, "L'employeur", 25, "serif-b")
    q.text(950, y, "Le salarié", 25, "serif-b")
    q.text(200, y + 45, e["boss"], 23, "serif")
    q.text(950, y + 45, per.full, 23, "serif")
    q.handwriting(950, y + 110, "Lu et approuvé", 30, seed=3)
    q.signature(220, y + 220, 240, seed=2)
    q.signature(970, y + 220, 240, seed=6)
    footer(q, "%s — contrat de travail — %s" % (e["name"], per.full), "2/2")
    return [p, q]


TEMPLATES = {
    "student_w_cert": ("student_certificate", "blind6", student_cert),
    "urssaf_w_attest": ("self_employment_proof", "blind6", urssaf),
    "contract_w_cdi": ("employment_contract", "blind6", cdi),
}

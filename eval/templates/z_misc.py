"""blind3: certificat de scolarité, URSSAF micro-entrepreneur attestation, 2-page CDI employment contract."""

from __future__ import annotations

from codes import dmy, long_fr
from render import Page, logo
from z_kit import INK, MID, eur, new, page_footer, qr, rect_stamp, small_print


def student_z_cert(d: dict) -> list[Page]:
    per, s = d["person"], d["school"]
    p = new()
    logo(p, "square", 110, 90, 110, s["col"])
    p.text(250, 140, s["name"], 32, "serif-b", s["col"])
    p.text(
        250, 180, "Direction des études et de la vie étudiante — Service de la scolarité", 20, "serif-i", MID
    )
    p.text(827, 380, "CERTIFICAT DE SCOLARITÉ", 40, "serif-b", align="c")
    p.text(827, 424, "Année universitaire 2026-2027", 26, "serif", align="c")
    y = p.wrap(
        140,
        560,
        1374,
        "Le directeur des études certifie que %s %s, né%s le %s à %s, numéro d'étudiant %s, est "
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
        leading=1.7,
    )
    p.rect((140, y + 10, 1514, y + 220), outline=s["col"], width=2)
    p.lines(
        180,
        y + 70,
        [
            "Diplôme : %s" % d["degree"],
            "Régime : formation initiale — inscription principale",
            "Période : du 01/09/2026 au 31/08/2027",
        ],
        26,
        "serif-b",
    )
    y += 320
    p.text(140, y, "Fait à %s, le %s" % (s["town"], long_fr(d["issue"])), 26, "serif")
    p.text(1050, y + 80, "Pour le directeur et par délégation,", 22, "serif-i", align="c")
    p.signature(940, y + 190, 240, INK, seed=d["seed"] % 9)
    rect_stamp(p, 560, y + 180, [s["name"].upper()[:34], "SCOLARITÉ"], s["col"], 20, -5)
    qr(p, 140, 1950, 180, d["seed"])
    p.text(360, 2020, "Code de vérification : %s" % d["verif"], 20, "mono", MID)
    p.text(360, 2056, "Document généré le %s" % dmy(d["issue"]), 18, "sans", MID)
    return [p]


def urssaf_z_attest(d: dict) -> list[Page]:
    per = d["person"]
    p = new()
    col = (0, 70, 140)
    p.rect((110, 90, 400, 190), outline=None, fill=col)
    p.text(255, 158, "Urssaf", 44, "sans-b", (255, 255, 255), align="c")
    p.text(430, 130, "Union de recouvrement des cotisations", 18, "sans", MID)
    p.text(430, 156, "de sécurité sociale et d'allocations familiales", 18, "sans", MID)
    p.text(1544, 130, "autoentrepreneur.urssaf.fr", 18, "sans", col, align="r")
    p.lines(900, 300, [per.full.upper(), *per.address], 24, "sans")
    p.text(827, 520, "ATTESTATION DE SITUATION", 36, "sans-b", align="c")
    p.text(827, 562, "Micro-entrepreneur", 24, "sans-i", MID, align="c")
    rows = [
        ("Nom, prénoms", per.formal),
        ("SIREN", d["siren"]),
        ("SIRET de l'établissement", d["siret"]),
        ("Activité principale (APE)", d["ape"]),
        ("Date de début d'activité", dmy(d["since"])),
        ("Régime", "micro-social — versement libératoire : non"),
        ("Périodicité des déclarations", "mensuelle"),
        ("Adresse de l'établissement", ", ".join(per.address)),
    ]
    y = 680
    for a, b in rows:
        p.text(140, y, a, 22, "sans", MID)
        p.text(620, y, b, 25, "sans-b")
        p.line(140, y + 18, 1514, y + 18, (225, 225, 225), 1)
        y += 64
    y = p.wrap(
        140,
        y + 60,
        1374,
        "L'Urssaf atteste que le travailleur indépendant désigné ci-dessus est immatriculé "
        "et à jour de ses obligations déclaratives et de paiement à la date du %s." % dmy(d["issue"]),
        24,
        "sans",
    )
    p.text(140, y + 40, "Délivrée le %s" % long_fr(d["issue"]), 24, "sans")
    qr(p, 1300, y + 20, 200, d["seed"])
    p.text(140, y + 110, "Code de sécurité : %s" % d["verif"], 22, "mono")
    small_print(
        p,
        2120,
        [
            "L'authenticité de cette attestation peut être vérifiée sur le site de l'Urssaf à l'aide du "
            "code de sécurité. Attestation délivrée en application de l'article L. 243-15 du code de la "
            "sécurité sociale."
        ],
        15,
    )
    page_footer(p, "Urssaf — attestation %s" % d["verif"], 1, 1)
    return [p]


def contract_z_cdi(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    pages = []
    p = new()
    p.text(827, 170, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 36, "serif-b", align="c")
    p.text(827, 212, "à temps complet", 24, "serif-i", align="c")
    y = p.wrap(
        140,
        320,
        1374,
        "Entre les soussignés : la société %s, dont le siège est situé %s, %s, immatriculée "
        "sous le SIRET %s, représentée par %s en sa qualité de gérant(e), ci-après « l'employeur », d'une part ;"
        % (e["name"], e["street"], e["town"], e["siret"], e["boss"]),
        24,
        "serif",
        leading=1.6,
    )
    y = p.wrap(
        140,
        y + 20,
        1374,
        "et %s %s, né%s le %s à %s, de nationalité %s, demeurant %s, %s, ci-après « le "
        "salarié », d'autre part."
        % (
            "Madame" if per.sex == "F" else "Monsieur",
            per.full,
            "e" if per.sex == "F" else "",
            dmy(per.birth),
            per.birthplace,
            per.iso3,
            *per.address,
        ),
        24,
        "serif",
        leading=1.6,
    )
    arts = [
        (
            "Article 1 — Engagement",
            "Le salarié est engagé à compter du %s, sous réserve des résultats de la visite "
            "d'information et de prévention. La déclaration préalable à l'embauche a été effectuée auprès de l'Urssaf."
            % long_fr(d["since"]),
        ),
        (
            "Article 2 — Fonctions",
            "Le salarié exercera les fonctions de %s. La convention collective applicable est "
            "celle des %s." % (d["job"], e["ccn"]),
        ),
        (
            "Article 3 — Période d'essai",
            "Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux "
            "mois, renouvelable une fois par accord écrit des parties.",
        ),
        (
            "Article 4 — Rémunération",
            "En contrepartie de son travail, le salarié percevra une rémunération mensuelle "
            "brute de %s pour 151,67 heures de travail effectif." % eur(d["gross"]),
        ),
    ]
    y += 30
    for t, body in arts:
        p.text(140, y, t, 25, "serif-b")
        y = p.wrap(140, y + 44, 1374, body, 24, "serif", leading=1.6) + 30
    page_footer(p, "Paraphes : ______ / ______", 1, 2)
    pages.append(p)
    q = new()
    y = 170
    arts = [
        (
            "Article 5 — Durée du travail",
            "La durée hebdomadaire de travail est fixée à 35 heures, réparties selon "
            "l'horaire collectif en vigueur dans l'établissement.",
        ),
        (
            "Article 6 — Lieu de travail",
            "Le salarié exercera ses fonctions à %s, %s." % (e["street"], e["town"]),
        ),
        (
            "Article 7 — Congés payés",
            "Le salarié bénéficiera des congés payés prévus par la loi, soit 2,5 jours "
            "ouvrables par mois de travail effectif.",
        ),
        (
            "Article 8 — Protection sociale",
            "Le salarié sera affilié au régime général de la sécurité sociale, à la "
            "caisse de retraite complémentaire et au contrat collectif de complémentaire santé de l'entreprise.",
        ),
        (
            "Article 9 — Rupture",
            "Le contrat pourra être rompu par l'une ou l'autre des parties dans les conditions "
            "prévues par le code du travail et la convention collective.",
        ),
    ]
    for t, body in arts:
        q.text(140, y, t, 25, "serif-b")
        y = q.wrap(140, y + 44, 1374, body, 24, "serif", leading=1.6) + 30
    q.text(
        140,
        y + 40,
        "Fait en deux exemplaires à %s, le %s." % (e["town"].split(" ", 1)[1], long_fr(d["signed"])),
        24,
        "serif",
    )
    for k, (lab, nm) in enumerate((("L'employeur", e["boss"]), ("Le salarié", per.full))):
        x = 140 + k * 720
        q.text(x, y + 140, lab, 24, "serif-b")
        q.text(x, y + 180, nm, 22, "serif")
        q.handwriting(x, y + 240, "Lu et approuvé, bon pour accord", 26, INK, d["seed"] + k)
        q.signature(x + 40, y + 340, 240, INK, seed=d["seed"] % 7 + k)
    page_footer(q, "Paraphes : ______ / ______", 2, 2)
    pages.append(q)
    return pages


TEMPLATES = {
    "student_z_cert": ("student_certificate", "blind3", student_z_cert),
    "urssaf_z_attest": ("self_employment_proof", "blind3", urssaf_z_attest),
    "contract_z_cdi": ("employment_contract", "blind3", contract_z_cdi),
}

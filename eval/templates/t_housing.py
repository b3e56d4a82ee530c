"""Rent receipts in six landlord/agency styles, hosting certificates and leases."""

from __future__ import annotations

from codes import add_months, dmy, last_day, long_fr, month_fr
from render import Page, logo


def _money(v: float) -> str:
    return ("%.2f" % v).replace(".", ",")


def _period(ym: str) -> tuple[str, str]:
    return "01/%s/%s" % (ym[5:7], ym[:4]), "%02d/%s/%s" % (last_day(ym), ym[5:7], ym[:4])


def receipt_private(d: dict) -> list[Page]:
    """A private landlord's letter: the landlord's name in large type at the top."""
    p = Page()
    ll = d["landlord"]
    p.text(140, 190, ll["name"], 44, "serif-b")
    p.lines(140, 240, ll["address"], 24, "serif")
    p.text(1514, 420, d["tenant_title"] + " " + d["tenant"], 24, "serif", align="r")
    p.lines(1514, 455, d["address"], 24, "serif", align="r")
    p.text(827, 700, "QUITTANCE DE LOYER", 40, "serif-b", align="c")
    a, b = _period(d["month"])
    p.text(827, 750, "Période du %s au %s" % (a, b), 26, "serif-i", align="c")
    y = p.wrap(
        140,
        880,
        1374,
        "Je soussigné%s %s, propriétaire du logement désigné ci-dessous, déclare avoir reçu de %s %s "
        "la somme de %s euros au titre du paiement du loyer et des charges pour la période de location du %s au %s "
        "et lui en donne quittance, sous réserve de tous mes droits."
        % (
            "e" if ll.get("f") else "",
            ll["name"],
            d["tenant_title"],
            d["tenant"],
            _money(d["rent"] + d["charges"]),
            a,
            b,
        ),
        27,
        "serif",
        leading=1.6,
    )
    p.text(140, y + 40, "Adresse du logement : " + ", ".join(d["address"]), 25, "serif")
    y += 40
    rows = [
        ["Détail du règlement", "Montant"],
        ["Loyer hors charges", _money(d["rent"]) + " €"],
        ["Provision pour charges", _money(d["charges"]) + " €"],
        ["Total", _money(d["rent"] + d["charges"]) + " €"],
    ]
    y = p.table(140, y + 60, [900, 400], rows, 25, "serif", "serif-b", (238, 238, 238), aligns="lr")
    p.text(140, y + 90, "Date du paiement : %s" % dmy(d["paid"]), 25, "serif")
    p.text(900, y + 180, "Fait à %s, le %s" % (ll["town"], dmy(d["paid"])), 25, "serif")
    p.signature(1000, y + 300, 260, seed=d["seed"])
    p.wrap(
        140,
        2150,
        1374,
        "Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de paiement "
        "partiel du montant ci-dessus.",
        19,
        "serif-i",
        (90, 90, 90),
    )
    return [p]


def receipt_agency(d: dict) -> list[Page]:
    """Agency "avis d'échéance / quittance": letterhead, tenant in the window block, ruled table."""
    ag = d["agency"]
    p = Page()
    logo(p, "house", 120, 100, 120, ag["col"])
    p.text(270, 160, ag["name"], 40, "sans-b", ag["col"])
    p.text(270, 200, "Gestion locative - Transaction - Syndic", 22, "sans-i", (90, 90, 90))
    p.lines(
        120,
        280,
        [ag["street"], ag["town"], "Carte professionnelle CPI %s" % ag["cpi"]],
        20,
        "sans",
        (90, 90, 90),
    )
    p.rect((880, 360, 1530, 600), outline=(180, 180, 180), width=1)
    p.lines(910, 420, [d["tenant_title"] + " " + d["tenant"], *d["address"]], 26, "sans")
    p.rect((120, 680, 1534, 760), outline=None, fill=ag["col"])
    p.text(827, 735, "AVIS D'ÉCHÉANCE / QUITTANCE", 34, "sans-b", (255, 255, 255), "c")
    p.label_value(120, 830, "Terme de", "%s %s" % (month_fr(d["month"]), d["month"][:4]), 28)
    p.label_value(120, 880, "Propriétaire :", d["landlord"]["name"], 24, vf="sans")
    p.label_value(120, 920, "Référence locataire :", d["ref"], 24, vf="sans")
    p.label_value(900, 880, "Locataire :", d["tenant"], 24)
    a, b = _period(d["month"])
    rows = [
        ["Libellé", "Période", "Débit", "Crédit"],
        ["Loyer", "%s - %s" % (a, b), _money(d["rent"]), ""],
        ["Provisions sur charges", "%s - %s" % (a, b), _money(d["charges"]), ""],
        ["Règlement reçu le %s" % dmy(d["paid"]), "", "", _money(d["rent"] + d["charges"])],
        ["Solde", "", "0,00", ""],
    ]
    y = p.table(120, 990, [560, 420, 217, 217], rows, 23, "sans", "sans-b", (230, 236, 244), aligns="llrr")
    y = p.wrap(
        120,
        y + 80,
        1414,
        "QUITTANCE : pour acquit de la somme de %s € reçue de %s au titre du loyer et des charges du "
        "terme indiqué ci-dessus, sous réserve d'encaissement."
        % (_money(d["rent"] + d["charges"]), d["tenant"]),
        24,
        "sans",
    )
    p.stamp(
        1250,
        y + 180,
        130,
        "%s * GESTION * " % ag["name"].upper(),
        ["PAYÉ", dmy(d["paid"])],
        (170, 40, 40),
        18,
    )
    return [p]


def receipt_social(d: dict) -> list[Page]:
    """Social housing landlord: office name, "Quittance de loyer du mois de ...", housing benefit line."""
    sh = d["social"]
    p = Page()
    p.rect((0, 0, 1654, 60), outline=None, fill=sh["col"])
    logo(p, "circle", 120, 110, 110, sh["col"])
    p.text(260, 160, sh["name"], 36, "cond-b", sh["col"])
    p.text(260, 200, "Office Public de l'Habitat - bailleur social", 22, "cond")
    p.text(120, 330, "N° de contrat : %s     Réf. logement : %s" % (d["ref"], d["lot"]), 22, "cond")
    p.lines(
        900,
        330,
        [d["tenant_title"].upper() + " " + d["tenant"].upper(), *[a.upper() for a in d["address"]]],
        25,
        "cond",
    )
    y = 620
    p.text(
        120, y, "Quittance de loyer du mois de %s %s" % (month_fr(d["month"]), d["month"][:4]), 38, "cond-b"
    )
    a, b = _period(d["month"])
    p.text(120, y + 55, "Période du %s au %s" % (a, b), 26, "cond")
    apl = round(d["rent"] * 0.35, 2)
    rows = [
        ["Désignation", "Montant"],
        ["Loyer principal", _money(d["rent"])],
        ["Charges locatives (provision)", _money(d["charges"])],
        ["Aide personnalisée au logement (APL)", "-" + _money(apl)],
        ["Reste à payer", _money(d["rent"] + d["charges"] - apl)],
        ["Montant réglé le %s" % dmy(d["paid"]), _money(d["rent"] + d["charges"] - apl)],
    ]
    y = p.table(
        120,
        y + 110,
        [1000, 414],
        rows,
        25,
        "cond",
        "cond-b",
        (226, 238, 232),
        aligns="lr",
        zebra=(245, 248, 246),
    )
    y = p.wrap(
        120,
        y + 80,
        1414,
        "Le bailleur donne quittance au locataire pour la période indiquée. Pour toute question, votre "
        "chargé(e) de clientèle est joignable au 09 70 00 %02d %02d." % (d["seed"] % 90, d["seed"] % 70),
        23,
        "cond",
    )
    p.text(120, 2200, "%s - siège : %s" % (sh["name"], sh["seat"]), 18, "cond", (110, 110, 110))
    return [p]


def receipt_book(d: dict) -> list[Page]:
    """A stub torn from a pre-printed receipt book, filled in by hand."""
    p = Page((1654, 1100), bg=(252, 250, 240))
    p.rect((40, 40, 1614, 1060), outline=(120, 80, 60), width=3)
    p.line(420, 40, 420, 1060, (140, 110, 90), 2)
    p.text(80, 140, "N°", 26, "serif", (120, 80, 60))
    p.handwriting(130, 140, "%d" % (d["seed"] % 90 + 10), 30)
    p.text(80, 240, "Loyer de", 22, "serif", (120, 80, 60))
    p.handwriting(80, 290, "%s %s" % (month_fr(d["month"]), d["month"][:4]), 26)
    p.text(1000, 130, "QUITTANCE DE LOYER", 40, "serif-b", (120, 80, 60), "c")
    a, b = _period(d["month"])
    rows = [
        ("Reçu de M./Mme", d["tenant"]),
        ("la somme de", "%s euros" % _money(d["rent"] + d["charges"])),
        ("pour loyer et charges du", "%s au %s" % (a, b)),
        ("logement situé", ", ".join(d["address"])),
        ("Loyer", _money(d["rent"]) + " €   Charges : " + _money(d["charges"]) + " €"),
        ("Le bailleur", d["landlord"]["name"]),
        ("Fait à", "%s, le %s" % (d["landlord"]["town"], dmy(d["paid"]))),
    ]
    y = 250
    for i, (lab, val) in enumerate(rows):
        e = p.text(460, y, lab, 24, "serif", (120, 80, 60))
        p.line(e + 10, y + 8, 1580, y + 8, (170, 150, 130), 1)
        p.handwriting(e + 24, y - 4, val, 28 if len(val) < 40 else 24, seed=i + d["seed"])
        y += 95
    p.signature(1200, 1010, 220, seed=d["seed"])
    return [p]


def receipt_manager(d: dict) -> list[Page]:
    """Property-manager computer print-out, monospaced, numbered receipt."""
    p = Page()
    ag = d["agency"]
    y = p.lines(
        110, 140, [ag["name"].upper(), ag["street"], ag["town"], "SIRET %s" % ag["siret"]], 22, "mono"
    )
    p.text(
        1540,
        140,
        "QUITTANCE N° %s-%s" % (d["month"].replace("-", ""), d["ref"][-4:]),
        26,
        "mono-b",
        align="r",
    )
    p.text(1540, 180, "Édité le %s" % dmy(d["paid"]), 22, "mono", align="r")
    p.line(110, y + 10, 1544, y + 10, (0, 0, 0), 2)
    a, b = _period(d["month"])
    y = p.lines(
        110,
        y + 80,
        [
            "CODE LOCATAIRE ...... %s" % d["ref"],
            "LOCATAIRE ........... %s" % d["tenant"].upper(),
            "ADRESSE DU BIEN ..... %s" % ", ".join(d["address"]).upper(),
            "MANDANT ............. %s" % d["landlord"]["name"].upper(),
            "PÉRIODE DU %s AU %s" % (a, b),
        ],
        24,
        "mono",
        leading=1.7,
    )
    rows = [
        ["RUBRIQUE", "MONTANT EUR"],
        ["LOYER NU", _money(d["rent"])],
        ["PROV. CHARGES", _money(d["charges"])],
        ["TAXE ORDURES MENAGERES", "0,00"],
        ["TOTAL QUITTANCÉ", _money(d["rent"] + d["charges"])],
    ]
    y = p.table(110, y + 40, [1000, 434], rows, 24, "mono", "mono-b", None, aligns="lr")
    y = p.lines(
        110,
        y + 80,
        ["RÈGLEMENT REÇU LE %s PAR VIREMENT." % dmy(d["paid"]), "POUR ACQUIT, SOUS RÉSERVE D'ENCAISSEMENT."],
        24,
        "mono",
    )
    p.text(
        110, 2240, "*** document édité par informatique - signature non requise ***", 20, "mono", (90, 90, 90)
    )
    return [p]


def receipt_app(d: dict) -> list[Page]:
    """An online rent-management service PDF: coloured band, two cards, the amount in large type."""
    p = Page()
    col = (70, 60, 160)
    p.rect((0, 0, 1654, 300), outline=None, fill=col)
    p.text(120, 150, "Quittance de loyer", 56, "sans-b", (255, 255, 255))
    p.text(
        120, 225, "%s %s" % (month_fr(d["month"]).capitalize(), d["month"][:4]), 40, "sans", (230, 230, 255)
    )
    for i, (title, lines) in enumerate(
        [
            ("BAILLEUR", [d["landlord"]["name"], *d["landlord"]["address"]]),
            ("LOCATAIRE", [d["tenant"], *d["address"]]),
        ]
    ):
        x = 120 + i * 727
        p.rect((x, 380, x + 687, 700), outline=(200, 200, 220), fill=(246, 246, 252), width=2)
        p.text(x + 30, 440, title, 22, "sans-b", col)
        p.lines(x + 30, 500, lines, 25, "sans" if i else "sans")
    p.text(120, 820, "Montant total acquitté", 26, "sans", (90, 90, 90))
    p.text(120, 900, _money(d["rent"] + d["charges"]) + " €", 70, "sans-b", col)
    a, b = _period(d["month"])
    y = p.lines(
        120,
        1020,
        [
            "Loyer : %s €" % _money(d["rent"]),
            "Charges : %s €" % _money(d["charges"]),
            "Période : du %s au %s" % (a, b),
            "Payé le : %s" % dmy(d["paid"]),
        ],
        26,
        "sans",
        leading=1.7,
    )
    p.wrap(
        120,
        y + 60,
        1414,
        "%s reconnaît avoir reçu de %s le paiement du loyer et des charges pour la période ci-dessus et lui en "
        "donne quittance." % (d["landlord"]["name"], d["tenant"]),
        24,
        "sans-i",
    )
    p.text(
        120,
        2240,
        "Document généré par LoyerFacile - quittance n° Q-%s" % d["ref"],
        18,
        "sans",
        (120, 120, 120),
    )
    return [p]


# ---- hosting certificates --------------------------------------------------------------------
def _hosting_text(d: dict) -> list[str]:
    h = d["host"]
    return [
        "Je soussigné%s %s, né%s le %s à %s,"
        % ("e" if h["f"] else "", h["name"], "e" if h["f"] else "", dmy(h["birth"]), h["birthplace"]),
        "demeurant %s," % ", ".join(d["address"]),
        "certifie sur l'honneur héberger à mon domicile %s %s, né%s le %s à %s, depuis le %s."
        % (
            d["guest_title"],
            d["guest"],
            "e" if d["guest_f"] else "",
            dmy(d["guest_birth"]),
            d["guest_place"],
            dmy(d["since"]),
        ),
        "Je joins à la présente attestation une copie de ma pièce d'identité et un justificatif de domicile à mon nom.",
        "Fait pour servir et valoir ce que de droit.",
    ]


def hosting_typed(d: dict) -> list[Page]:
    p = Page()
    h = d["host"]
    p.lines(140, 180, [h["name"], *d["address"]], 25, "sans")
    p.text(827, 560, "ATTESTATION D'HÉBERGEMENT", 40, "sans-b", align="c")
    y = 720
    for para in _hosting_text(d):
        y = p.wrap(140, y, 1374, para, 27, "sans", leading=1.6) + 30
    p.text(900, y + 80, "Fait à %s, le %s" % (d["town"], dmy(d["date"])), 26, "sans")
    p.text(900, y + 130, "Signature", 24, "sans-i")
    p.signature(950, y + 250, 260, seed=d["seed"])
    p.wrap(
        140,
        2120,
        1374,
        "Article 441-7 du code pénal : est puni d'un an d'emprisonnement et de 15 000 euros d'amende le fait "
        "d'établir une attestation faisant état de faits matériellement inexacts.",
        19,
        "sans-i",
        (90, 90, 90),
    )
    return [p]


def hosting_handwritten(d: dict) -> list[Page]:
    """Written by hand on squared paper (seyès-like lines), blue ink."""
    p = Page(bg=(253, 253, 248))
    for yy in range(120, 2339, 32):
        p.line(0, yy, 1654, yy, (205, 215, 235) if (yy - 120) % 128 else (170, 185, 225), 1)
    p.line(230, 0, 230, 2339, (230, 160, 170), 2)
    p.handwriting(560, 312, "Attestation d'hébergement", 44, seed=2)
    y = 504
    for i, para in enumerate(_hosting_text(d)):
        words, line = para.split(), ""
        for w in words:
            if p.width(line + " " + w, 32, "sans-i") > 1300:
                p.handwriting(260, y, line.strip(), 32, seed=i + d["seed"])
                y += 64
                line = ""
            line += " " + w
        p.handwriting(260, y, line.strip(), 32, seed=i)
        y += 96
    p.handwriting(900, y + 64, "Fait à %s, le %s" % (d["town"], dmy(d["date"])), 32, seed=7)
    p.signature(980, y + 220, 280, seed=d["seed"])
    return [p]


# ---- lease (two pages) -----------------------------------------------------------------------
def lease(d: dict) -> list[Page]:
    alt = d.get("style", 0)
    f = "serif" if alt == 0 else "cond"
    p1, p2 = Page(), Page()
    p1.text(827, 180, "CONTRAT DE LOCATION", 44, f + "-b", align="c")
    p1.text(827, 235, "Logement vide à usage de résidence principale", 26, f + "-i", align="c")
    p1.text(827, 275, "Soumis au titre Ier de la loi n° 89-462 du 6 juillet 1989", 22, f, align="c")
    y = 400
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            "Le présent contrat est conclu entre les soussignés : %s, demeurant %s, ci-après désigné « le "
            "bailleur », et %s, ci-après désigné « le locataire »."
            % (d["landlord"]["name"], ", ".join(d["landlord"]["address"]), d["tenant"]),
        ),
        (
            "II. OBJET DU CONTRAT",
            "Localisation du logement : %s. Type d'habitat : immeuble collectif. Surface habitable : %d m². "
            "Nombre de pièces principales : %d."
            % (", ".join(d["address"]), 28 + d["seed"] % 40, 1 + d["seed"] % 3),
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            "Prise d'effet le %s, pour une durée de trois ans." % long_fr(d["start"]),
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            "Montant du loyer mensuel : %s euros hors charges. Provision sur charges : %s euros. "
            "Le loyer est payable mensuellement et d'avance, le 5 de chaque mois."
            % (_money(d["rent"]), _money(d["charges"])),
        ),
        ("V. GARANTIES", "Dépôt de garantie : %s euros." % _money(d["rent"])),
    ]
    for title, body in sections:
        p1.text(140, y, title, 27, f + "-b")
        y = p1.wrap(140, y + 50, 1374, body, 25, f, leading=1.55) + 40
    p1.text(827, 2250, "Page 1 / 2", 20, f, align="c")
    y = 200
    for title, body in [
        (
            "VI. CLAUSE RÉSOLUTOIRE",
            "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer "
            "ou des charges aux termes convenus, deux mois après un commandement de payer demeuré infructueux.",
        ),
        ("VII. ANNEXES", "Dossier de diagnostic technique ; état des lieux d'entrée ; notice d'information."),
    ]:
        p2.text(140, y, title, 27, f + "-b")
        y = p2.wrap(140, y + 50, 1374, body, 25, f, leading=1.55) + 40
    p2.text(
        140,
        y + 60,
        "Fait à %s, le %s, en deux exemplaires originaux." % (d["landlord"]["town"], dmy(d["signed"])),
        25,
        f,
    )
    p2.text(200, y + 180, "Le bailleur", 25, f + "-b")
    p2.text(1000, y + 180, "Le locataire", 25, f + "-b")
    p2.text(200, y + 220, "« Lu et approuvé »", 22, f + "-i")
    p2.text(1000, y + 220, "« Lu et approuvé »", 22, f + "-i")
    p2.signature(220, y + 330, 240, seed=d["seed"])
    p2.signature(1020, y + 330, 240, seed=d["seed"] + 4)
    p2.text(827, 2250, "Page 2 / 2", 20, f, align="c")
    return [p1, p2]


TEMPLATES = {
    "receipt_private": ("rent_receipt", "tune", receipt_private),
    "receipt_social": ("rent_receipt", "tune", receipt_social),
    "receipt_manager": ("rent_receipt", "tune", receipt_manager),
    "receipt_agency": ("rent_receipt", "heldout", receipt_agency),
    "receipt_book": ("rent_receipt", "heldout", receipt_book),
    "receipt_app": ("rent_receipt", "heldout", receipt_app),
    "hosting_typed": ("hosting_certificate", "tune", hosting_typed),
    "hosting_handwritten": ("hosting_certificate", "heldout", hosting_handwritten),
    "lease_serif": ("lease", "tune", lambda d: lease({**d, "style": 0})),
    "lease_cond": ("lease", "heldout", lambda d: lease({**d, "style": 1})),
}
__all__ = ["TEMPLATES", "add_months"]

"""blind2 housing documents: rent receipts (4 styles), hosting certificates (2), a 3-page lease.

Written from the public description of a quittance de loyer (landlord, tenant, address, period,
rent and charges detailed, date of payment, signature), of an attestation d'hébergement (host's
identity, guest's identity, address, since when, date, signature) and of the model lease of the law
of 6 July 1989. Everyone is invented.
"""

from __future__ import annotations

from codes import add_months, dmy, long_fr
from n_kit import INK, diagonal, dotted, eur, footer, hand, month_year, period, split_full, surname_first
from render import A4, Page, logo


def _total(d: dict) -> float:
    return d["rent"] + d["charges"]


# ------------------------------------------------------------------------------- tenant web portal print
def receipt_portal(d: dict) -> list[Page]:
    """Printed from a manager's tenant portal: header bar, 'Avis d'échéance / Quittance', 'Échéance'."""
    ag = d["agency"]
    p = Page(A4)
    p.rect((0, 0, 1654, 110), outline=None, fill=(245, 245, 245))
    p.text(60, 70, "Gestia Habitat  |  Mon espace locataire", 26, "sans-b", (40, 40, 40))
    p.text(1594, 70, "Documents > Quittances", 20, "sans", (100, 100, 100), align="r")
    p.text(110, 230, ag["name"], 30, "sans-b", ag["col"])
    p.lines(
        110, 270, [ag["street"], ag["town"], "Carte professionnelle %s" % ag["cpi"]], 20, "sans", (80, 80, 80)
    )
    title = "Madame" if d["tenant_title"] == "Madame" else "Monsieur"
    p.lines(980, 330, ["%s %s" % (title, surname_first(d["tenant"]))] + d["address"], 26, "sans")
    p.text(110, 560, "QUITTANCE DE LOYER", 40, "sans-b")
    p.text(110, 610, "Échéance du %s" % dmy(d["month"] + "-01"), 28, "sans", (60, 60, 60))
    a, b = period(d["month"])
    p.text(110, 700, "Référence locataire : %s        Lot : %s" % (d["ref"], d["lot"]), 22, "mono")
    rows = [
        ["Libellé", "Période", "Montant"],
        ["Loyer principal", "%s - %s" % (a, b), eur(d["rent"])],
        ["Provision pour charges", "%s - %s" % (a, b), eur(d["charges"])],
        ["Total de l'échéance", "", eur(_total(d))],
        ["Votre règlement du %s" % dmy(d["paid"]), "", "- " + eur(_total(d))],
        ["Solde", "", eur(0)],
    ]
    p.table(
        110,
        760,
        [640, 480, 314],
        rows,
        24,
        "sans",
        "sans-b",
        head_fill=(230, 236, 242),
        aligns="llr",
        row_h=64,
    )
    txt = (
        "Le bailleur, représenté par son mandataire %s, donne quittance au locataire de la somme de %s "
        "pour le loyer et les charges de %s du logement situé %s, sous réserve de tous ses droits."
        % (ag["name"], eur(_total(d)), month_year(d["month"]), ", ".join(d["address"]))
    )
    p.wrap(110, 1250, 1430, txt, 24, "sans")
    p.text(
        110,
        1450,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte.",
        20,
        "sans-i",
        (90, 90, 90),
    )
    p.text(
        60,
        2280,
        "https://espace.gestia-habitat.example/quittances/%s" % d["ref"],
        16,
        "sans",
        (120, 120, 120),
    )
    p.text(
        1594,
        2280,
        "Imprimé le %s" % dmy(add_months(d["month"], 1) + "-05"),
        16,
        "sans",
        (120, 120, 120),
        align="r",
    )
    return [p]


# ------------------------------------------------------------------------------- private landlord, hand-filled
def receipt_hand(d: dict) -> list[Page]:
    """A printed blank from a stationery shop, filled in by hand by a private landlord."""
    ll = d["landlord"]
    s = d["seed"]
    p = Page((1654, 1170), bg=(252, 250, 244))
    p.rect((40, 40, 1614, 1130), outline=(120, 100, 80), width=3)
    p.text(827, 130, "QUITTANCE DE LOYER", 46, "serif-b", (90, 60, 40), align="c", spacing=4)
    p.text(120, 230, "Quittance de loyer du mois de", 26, "serif")
    dotted(p, 520, 1000, 236)
    hand(p, 540, 226, month_year(d["month"]), 38, INK, seed=s)
    p.text(1040, 230, "N°", 26, "serif")
    hand(p, 1090, 226, str(int(d["month"][5:7])), 38, INK, seed=s + 1)
    rows = [
        ("Je soussigné(e)", ll["name"]),
        ("propriétaire du logement situé", d["address"][0] + ", " + d["address"][1].title()),
        ("déclare avoir reçu de", d["tenant"]),
        ("la somme de (en chiffres)", eur(_total(d))),
        ("dont loyer", eur(d["rent"]) + "   et charges  " + eur(d["charges"])),
    ]
    y = 330
    for i, (lbl, val) in enumerate(rows):
        p.text(120, y, lbl, 25, "serif")
        x0 = 130 + p.width(lbl, 25, "serif")
        dotted(p, x0, 1540, y + 6)
        hand(p, x0 + 20, y - 4, val, 36, INK, seed=s + 3 + i)
        y += 90
    a, b = period(d["month"])
    p.text(120, y, "au titre du loyer et des charges pour la période du", 25, "serif")
    hand(p, 760, y - 4, a, 36, INK, seed=s + 10)
    p.text(980, y, "au", 25, "serif")
    hand(p, 1030, y - 4, b, 36, INK, seed=s + 11)
    y += 80
    p.wrap(120, y, 1420, "et lui en donne quittance, sous réserve de tous mes droits.", 25, "serif")
    y += 100
    p.text(120, y, "Fait à", 25, "serif")
    hand(p, 210, y - 4, ll["town"], 36, INK, seed=s + 12)
    p.text(520, y, "le", 25, "serif")
    hand(p, 560, y - 4, dmy(d["paid"]), 36, INK, seed=s + 13)
    p.text(1100, y, "Signature", 25, "serif")
    p.signature(1120, y + 90, 260, INK, seed=s % 9)
    return [p]


# ------------------------------------------------------------------------------- social landlord: avis valant quittance
def receipt_social(d: dict) -> list[Page]:
    so = d["social"]
    p = Page(A4)
    logo(p, "house", 110, 90, 110, so["col"])
    p.text(250, 140, so["name"], 32, "sans-b", so["col"])
    p.text(250, 178, so["seat"], 20, "sans", (90, 90, 90))
    p.rect((900, 260, 1544, 500), outline=(170, 170, 170), width=1)
    tenant = d["tenant"]
    p.lines(
        930,
        320,
        ["%s %s" % ("MME" if d["tenant_title"] == "Madame" else "M.", surname_first(tenant).upper())]
        + d["address"],
        24,
        "sans",
    )
    p.rect((110, 560, 1544, 660), outline=None, fill=so["col"])
    p.text(140, 625, "AVIS D'ÉCHÉANCE VALANT QUITTANCE", 36, "sans-b", (255, 255, 255))
    a, b = period(d["month"])
    p.text(110, 740, "Période du %s au %s" % (a, b), 30, "sans-b")
    p.text(110, 790, "Date d'émission : %s" % dmy(d["month"] + "-01"), 22, "sans")
    p.text(800, 790, "N° de contrat : %s   Logement : %s" % (d["ref"], d["lot"]), 22, "sans")
    rows = [
        ["Désignation", "Base", "Montant"],
        ["Loyer", "mensuel", eur(d["rent"])],
        ["Charges récupérables (provision)", "mensuel", eur(d["charges"])],
        ["Aide personnalisée au logement (APL)", "", eur(0)],
        ["TOTAL À PAYER", "", eur(_total(d))],
    ]
    y = p.table(
        110,
        850,
        [800, 300, 334],
        rows,
        24,
        "sans",
        "sans-b",
        head_fill=(236, 236, 236),
        aligns="lcr",
        row_h=66,
    )
    p.text(
        110,
        y + 70,
        "Paiement reçu le %s par prélèvement - Reste dû : 0,00 €" % dmy(d["paid"]),
        24,
        "sans-b",
        (20, 110, 40),
    )
    p.wrap(
        110,
        y + 140,
        1430,
        "Le présent avis vaut quittance pour la période indiquée, une fois le paiement encaissé. Pour toute question, contactez votre gardien ou l'agence de proximité.",
        21,
        "sans-i",
    )
    # detachable coupon
    yc = 1900
    for x in range(80, 1580, 22):
        p.line(x, yc, x + 11, yc, (120, 120, 120), 2)
    p.text(90, yc - 10, "✂", 26, "sans", (120, 120, 120))
    p.text(110, yc + 70, "TALON À JOINDRE À VOTRE RÈGLEMENT", 22, "sans-b")
    p.text(
        110,
        yc + 120,
        "Contrat %s  -  %s  -  échéance %s" % (d["ref"], surname_first(tenant), month_year(d["month"])),
        22,
        "mono",
    )
    p.text(110, yc + 170, "Montant : %s" % eur(_total(d)), 24, "mono-b")
    p.text(1544, yc + 300, "%s%s%s" % (d["ref"], d["month"].replace("-", ""), "0" * 6), 24, "ocrb", align="r")
    return [p]


# ------------------------------------------------------------------------------- agency receipt, serif, numbered
def receipt_agency(d: dict) -> list[Page]:
    ag = d["agency"]
    ll = d["landlord"]
    p = Page(A4, bg=(255, 255, 252))
    p.rect((0, 0, 40, 2339), outline=None, fill=ag["col"])
    p.text(120, 140, ag["name"].upper(), 34, "serif-b", ag["col"])
    p.text(120, 180, "Administrateur de biens - %s - %s" % (ag["street"], ag["town"]), 20, "serif-i")
    p.text(120, 210, "SIRET %s - %s" % (ag["siret"], ag["cpi"]), 18, "serif", (100, 100, 100))
    p.text(
        1534,
        320,
        "Quittance n° %s-%s" % (d["month"].replace("-", ""), d["ref"][-4:]),
        26,
        "serif-b",
        align="r",
    )
    p.text(120, 420, "Propriétaire :", 22, "serif-i", (90, 90, 90))
    p.lines(120, 460, [("Mme " if ll["f"] else "M. ") + ll["name"]] + ll["address"], 24, "serif")
    p.text(900, 420, "Locataire :", 22, "serif-i", (90, 90, 90))
    g, sname = split_full(d["tenant"])
    p.lines(
        900,
        460,
        ["%s %s %s" % ("Mme" if d["tenant_title"] == "Madame" else "M.", g, sname)] + d["address"],
        24,
        "serif",
    )
    p.text(827, 760, "QUITTANCE DE LOYER - %s" % month_year(d["month"]).upper(), 36, "serif-b", align="c")
    y = 880
    for lbl, val in (
        ("Loyer hors charges", eur(d["rent"])),
        ("Charges", eur(d["charges"])),
        ("Total perçu", eur(_total(d))),
    ):
        p.text(300, y, lbl, 28, "serif")
        dotted(p, 300 + p.width(lbl, 28, "serif") + 20, 1150, y)
        p.text(1354, y, val, 28, "serif-b", align="r")
        y += 70
    txt = (
        "Reçu de %s la somme de %s, en paiement du loyer et des charges du logement désigné ci-dessus "
        "pour la période du %s au %s, réglée le %s. Dont quittance, sous réserve de tous droits et "
        "actions, et sans que la présente vaille renonciation aux sommes antérieurement dues."
        % (d["tenant"], eur(_total(d)), *period(d["month"]), long_fr(d["paid"]))
    )
    p.wrap(120, y + 80, 1410, txt, 26, "serif", leading=1.6)
    p.text(1100, y + 420, "Pour le bailleur, le gestionnaire", 24, "serif-i", align="c")
    p.signature(980, y + 540, 240, seed=d["seed"] % 6)
    p.stamp(600, y + 520, 110, "%s * GESTION * " % ag["name"].upper()[:26], ["PAYÉ"], ag["col"], 17)
    p.text(
        120, 2260, "Document à conserver - Aucun duplicata ne sera délivré.", 18, "serif-i", (110, 110, 110)
    )
    return [p]


# ------------------------------------------------------------------------------- hosting certificates
def hosting_hand(d: dict) -> list[Page]:
    """Written by hand on plain paper, the usual wording, the host's ID copy mentioned."""
    h = d["host"]
    s = d["seed"]
    p = Page(A4, bg=(254, 254, 252))
    y = 220
    hand(p, 560, y, "Attestation d'hébergement", 48, INK, seed=s)
    y += 160
    ne = "née" if h["f"] else "né"
    text = [
        "Je soussigné%s %s," % ("e" if h["f"] else "", h["name"]),
        "%s le %s à %s," % (ne, dmy(h["birth"]), h["birthplace"]),
        "demeurant %s, %s," % tuple(d["address"]),
        "atteste sur l'honneur héberger à mon domicile",
        "%s %s," % (d["guest_title"], d["guest"]),
        "%s le %s à %s," % ("née" if d["guest_f"] else "né", dmy(d["guest_birth"]), d["guest_place"]),
        "depuis le %s, à titre gratuit." % dmy(d["since"]),
        "",
        "Attestation faite pour servir et valoir ce que de droit.",
        "Je joins la copie de ma pièce d'identité et un justificatif",
        "de domicile à mon nom.",
    ]
    for i, ln in enumerate(text):
        if ln:
            hand(p, 150, y, ln, 36, INK, seed=s + i)
        y += 78
    y += 80
    hand(p, 800, y, "Fait à %s, le %s" % (d["town"], dmy(d["date"])), 36, INK, seed=s + 30)
    p.signature(900, y + 150, 300, INK, seed=s % 7)
    return [p]


def hosting_typed(d: dict) -> list[Page]:
    """Typed, two boxes HÉBERGEANT / PERSONNE HÉBERGÉE, 'Fait à ... le ...' and signature."""
    h = d["host"]
    p = Page(A4)
    p.text(827, 200, "ATTESTATION SUR L'HONNEUR", 40, "sans-b", align="c")
    p.text(827, 250, "d'hébergement à titre gratuit", 28, "sans", align="c")

    def block(y, title, rows):
        p.rect((120, y, 1534, y + 80 + 70 * len(rows)), outline=(60, 60, 60), width=2)
        p.rect((120, y, 1534, y + 55), outline=None, fill=(230, 230, 230))
        p.text(140, y + 40, title, 24, "sans-b")
        yy = y + 115
        for k, v in rows:
            p.text(150, yy, k, 22, "sans", (80, 80, 80))
            p.text(620, yy, v, 26, "sans-b")
            yy += 70
        return yy + 20

    g, sname = split_full(h["name"])
    y = block(
        350,
        "L'HÉBERGEANT",
        [
            ("Nom", sname),
            ("Prénom", g),
            ("Né(e) le / à", "%s à %s" % (dmy(h["birth"]), h["birthplace"])),
            ("Adresse", ", ".join(d["address"])),
        ],
    )
    gg, gs = split_full(d["guest"])
    y = block(
        y + 40,
        "LA PERSONNE HÉBERGÉE",
        [
            ("Nom", gs),
            ("Prénom(s)", gg),
            ("Né(e) le / à", "%s à %s" % (dmy(d["guest_birth"]), d["guest_place"])),
            ("Hébergé(e) depuis le", dmy(d["since"])),
        ],
    )
    txt = (
        "Je certifie sur l'honneur que la personne désignée ci-dessus réside à mon domicile de façon "
        "stable et continue à la date de la présente attestation. Je suis informé(e) qu'une fausse "
        "déclaration m'expose aux sanctions prévues par l'article 441-7 du code pénal."
    )
    y = p.wrap(120, y + 60, 1410, txt, 24, "sans", leading=1.6)
    p.text(120, y + 80, "Fait à %s, le %s" % (d["town"], long_fr(d["date"])), 26, "sans")
    p.text(1100, y + 80, "Signature de l'hébergeant", 22, "sans-i", align="c")
    p.signature(980, y + 200, 260, seed=d["seed"] % 8)
    p.text(
        120,
        2250,
        "Pièces jointes : copie de la carte d'identité de l'hébergeant, facture d'électricité.",
        18,
        "sans-i",
        (110, 110, 110),
    )
    return [p]


# ------------------------------------------------------------------------------- lease (3 pages)
def lease_three(d: dict) -> list[Page]:
    ll = d["landlord"]
    pages = []
    total = 3
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                "%s %s, demeurant %s, désigné(e) ci-après « le bailleur » ;"
                % ("Madame" if ll["f"] else "Monsieur", ll["name"], ", ".join(ll["address"])),
                "et %s, désigné(e) ci-après « le locataire »." % d["tenant"],
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Le présent contrat a pour objet la location d'un logement ainsi déterminé : appartement de type T2, "
                "situé %s, à usage exclusif d'habitation principale. Surface habitable : 41 m². Nombre de pièces "
                "principales : 2. Chauffage et eau chaude individuels électriques." % ", ".join(d["address"]),
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            [
                "Le contrat prend effet le %s pour une durée de trois ans, renouvelable par tacite reconduction."
                % long_fr(d["start"]),
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Montant du loyer mensuel : %s hors charges, payable d'avance le 1er de chaque mois."
                % eur(d["rent"]),
                "Provision mensuelle sur charges récupérables : %s, avec régularisation annuelle."
                % eur(d["charges"]),
                "Le loyer est révisé chaque année à la date anniversaire selon l'indice de référence des loyers (IRL).",
            ],
        ),
        (
            "V. GARANTIES",
            ["Dépôt de garantie : %s, correspondant à un mois de loyer hors charges." % eur(d["rent"])],
        ),
        (
            "VI. CLAUSE RÉSOLUTOIRE",
            [
                "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des charges, deux mois "
                "après un commandement de payer demeuré infructueux, ou en cas de défaut d'assurance des risques locatifs.",
            ],
        ),
        (
            "VII. ANNEXES",
            [
                "Sont annexés : état des lieux d'entrée, diagnostic de performance énergétique (classe D), notice "
                "d'information, extrait du règlement de copropriété.",
            ],
        ),
    ]
    cur = Page(A4)
    cur.text(827, 180, "CONTRAT DE LOCATION", 42, "serif-b", align="c")
    cur.text(827, 230, "Logement nu à usage de résidence principale", 26, "serif-i", align="c")
    cur.text(
        827,
        270,
        "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989)",
        20,
        "serif",
        (90, 90, 90),
        align="c",
    )
    y = 380
    for title, paras in secs:
        if y > 1950 or title.startswith("IV."):
            footer(cur, "Bail - %s" % ", ".join(d["address"]), len(pages) + 1, total)
            pages.append(cur)
            cur = Page(A4)
            y = 200
        cur.text(120, y, title, 26, "serif-b")
        y += 50
        for para in paras:
            y = cur.wrap(150, y, 1380, para, 24, "serif", leading=1.6) + 14
        y += 30
    footer(cur, "Bail - %s" % ", ".join(d["address"]), len(pages) + 1, total)
    pages.append(cur)
    last = Page(A4)
    last.text(120, 220, "VIII. SIGNATURES", 26, "serif-b")
    last.wrap(
        120,
        290,
        1400,
        "Fait et signé à %s, le %s, en deux exemplaires originaux dont un remis à chacune des parties."
        % (ll["town"], long_fr(d["signed"])),
        24,
        "serif",
    )
    last.text(300, 480, "Le bailleur", 24, "serif-b", align="c")
    last.text(1200, 480, "Le locataire", 24, "serif-b", align="c")
    last.text(300, 530, "« Lu et approuvé »", 22, "serif-i", align="c")
    last.text(1200, 530, "« Lu et approuvé »", 22, "serif-i", align="c")
    hand(last, 180, 600, "Lu et approuvé", 32, INK, seed=3)
    hand(last, 1080, 600, "Lu et approuvé", 32, INK, seed=11)
    last.signature(180, 720, 240, INK, seed=2)
    last.signature(1080, 720, 240, INK, seed=5)
    last.text(300, 800, ll["name"], 22, "serif", align="c")
    last.text(1200, 800, d["tenant"], 22, "serif", align="c")
    diagonal(last, "EXEMPLAIRE LOCATAIRE", 90, (238, 238, 238))
    footer(last, "Bail - %s" % ", ".join(d["address"]), total, total)
    pages.append(last)
    return pages[:total]


TEMPLATES = {
    "receipt_n_portal": ("rent_receipt", "blind2", receipt_portal),
    "receipt_n_hand": ("rent_receipt", "blind2", receipt_hand),
    "receipt_n_social": ("rent_receipt", "blind2", receipt_social),
    "receipt_n_agency": ("rent_receipt", "blind2", receipt_agency),
    "hosting_n_hand": ("hosting_certificate", "blind2", hosting_hand),
    "hosting_n_typed": ("hosting_certificate", "blind2", hosting_typed),
    "lease_n_three": ("lease", "blind2", lease_three),
}

"""blind4: rent receipts (5 styles), hosting certificate (hand-written or typed), 3-page lease."""

from __future__ import annotations

from codes import dmy, last_day, long_fr, month_fr
from render import GREY, Page, logo
from y_kit import barcode, eur, footer, hand_lines, hand_wrap, qr, rect_stamp, ruled


def _period(r: dict) -> tuple[str, str]:
    m = r["month"]
    return m + "-01", "%s-%02d" % (m, last_day(m))


def receipt_letter(r: dict) -> list[Page]:
    """Private landlord's typed letter: sender top left, tenant top right, amounts, signature."""
    ll = r["landlord"]
    p = Page()
    p.lines(130, 170, [ll["name"], *ll["address"]], 26, "serif")
    p.lines(900, 380, ["%s %s" % (r["tenant_title"], r["tenant"]), *r["address"]], 26, "serif")
    a, b = _period(r)
    p.text(900, 600, "%s, le %s" % (ll["town"], long_fr(r["paid"])), 24, "serif")
    p.text(
        130, 720, "Objet : quittance de loyer — %s %s" % (month_fr(r["month"]), r["month"][:4]), 28, "serif-b"
    )
    y = p.wrap(
        130,
        820,
        p.w - 260,
        "Je soussigné%s %s, propriétaire du logement situé %s, %s, déclare avoir reçu de %s %s la somme de %s "
        "au titre du loyer et des charges pour la période du %s au %s, et lui en donne quittance, sous réserve de tous mes droits."
        % (
            "e" if ll["f"] else "",
            ll["name"],
            r["address"][0],
            r["address"][1],
            r["tenant_title"],
            r["tenant"],
            eur(r["rent"] + r["charges"]),
            dmy(a),
            dmy(b),
        ),
        27,
        "serif",
        leading=1.6,
    )
    rows = [
        ["Détail", "Montant"],
        ["Loyer hors charges", eur(r["rent"])],
        ["Provision pour charges", eur(r["charges"])],
        ["Total réglé le " + dmy(r["paid"]), eur(r["rent"] + r["charges"])],
    ]
    y = p.table(130, y + 40, [900, 400], rows, 25, row_h=64, aligns="lr", f="serif", hf="serif-b")
    p.text(130, y + 100, "Mode de paiement : virement bancaire", 24, "serif")
    p.text(1000, y + 200, ll["name"], 26, "serif")
    p.signature(1000, y + 280, 240, seed=int(r["seed"]) % 9)
    p.wrap(
        130,
        2150,
        p.w - 260,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte versé sur la présente période. Art. 21 de la loi n° 89-462 du 6 juillet 1989.",
        18,
        "serif-i",
        GREY,
    )
    return [p]


def receipt_agency(r: dict) -> list[Page]:
    """Property manager's account statement valant quittance: logo, references table, balance."""
    ag = r["agency"]
    p = Page()
    logo(p, "house", 120, 110, 110, ag["col"])
    p.text(260, 150, ag["name"], 32, "sans-b", ag["col"])
    p.text(260, 190, "%s — %s" % (ag["street"], ag["town"]), 20, "sans")
    p.text(260, 218, "Carte professionnelle %s — SIRET %s" % (ag["cpi"], ag["siret"]), 17, "sans", GREY)
    p.rect((880, 320, 1540, 520), outline=GREY, width=1)
    p.lines(910, 370, ["%s %s" % (r["tenant_title"], r["tenant"]), *r["address"]], 25)
    p.text(120, 620, "AVIS D'ÉCHÉANCE VALANT QUITTANCE", 32, "sans-b")
    a, b = _period(r)
    p.text(120, 670, "Période du %s au %s" % (dmy(a), dmy(b)), 26, "sans")
    p.text(120, 720, "Mandant (propriétaire) : %s" % r["landlord"]["name"], 23, "sans")
    p.text(
        120,
        760,
        "Locataire : %s     Réf. locataire : %s     Lot : %s" % (r["tenant"], r["ref"], r["lot"]),
        21,
        "sans",
    )
    rows = [
        ["Date", "Libellé", "Débit", "Crédit"],
        [dmy(a), "Loyer %s %s" % (month_fr(r["month"]), r["month"][:4]), eur(r["rent"]), ""],
        [dmy(a), "Provision sur charges", eur(r["charges"]), ""],
        [dmy(r["paid"]), "Règlement prélèvement SEPA", "", eur(r["rent"] + r["charges"])],
        ["", "Solde à ce jour", "", "0,00 €"],
    ]
    y = p.table(120, 820, [220, 700, 250, 244], rows, 23, row_h=62, aligns="llrr", zebra=(245, 247, 250))
    p.text(
        120,
        y + 70,
        "Pour acquit de la somme de %s, reçue le %s, valant quittance pour la période indiquée."
        % (eur(r["rent"] + r["charges"]), dmy(r["paid"])),
        22,
        "sans",
    )
    rect_stamp(p, 1020, y + 140, [ag["name"].upper()[:28], "GESTION LOCATIVE", "ACQUITTÉ"], ag["col"], 20)
    footer(
        p,
        "%s — SAS au capital de 80 000 € — %s. Garantie financière : Caisse de garantie de l'immobilier. Le paiement du loyer ne vaut pas renonciation aux sommes restant dues."
        % (ag["name"], ag["siret"]),
    )
    return [p]


def receipt_book(r: dict) -> list[Page]:
    """A hand-filled slip from a carbon receipt book, with the stub on the left."""
    ll = r["landlord"]
    p = Page(size=(2339, 1100), bg=(253, 251, 240))
    p.rect((20, 20, 640, 1080), outline=(150, 150, 150), width=2)
    for yy in range(40, 1080, 30):
        p.line(652, yy, 652, yy + 14, (120, 120, 120), 2)
    s = int(r["seed"])
    p.text(50, 90, "TALON  N° %04d" % (s % 9000 + 100), 24, "sans-b", (160, 40, 40))
    hand_lines(
        p,
        50,
        180,
        [
            "Loyer " + month_fr(r["month"]) + " " + r["month"][:4],
            r["tenant"],
            eur(r["rent"] + r["charges"]),
            "payé le " + dmy(r["paid"]),
        ],
        28,
        80,
        seed=s,
    )
    x = 690
    p.text(x, 90, "QUITTANCE DE LOYER", 40, "serif-b", (160, 40, 40))
    p.text(2300, 90, "N° %04d" % (s % 9000 + 100), 28, "sans-b", (160, 40, 40), align="r")
    a, b = _period(r)
    labels = [
        ("Reçu de M. / Mme", r["tenant"]),
        ("demeurant", ", ".join(r["address"])),
        (
            "la somme de",
            "%s (loyer %s + charges %s)" % (eur(r["rent"] + r["charges"]), eur(r["rent"]), eur(r["charges"])),
        ),
        ("pour le loyer du", "%s au %s" % (dmy(a), dmy(b))),
        ("Fait à", "%s le %s" % (ll["town"], dmy(r["paid"]))),
    ]
    y = 200
    for i, (lab, val) in enumerate(labels):
        e = p.text(x, y, lab, 24, "serif", (160, 40, 40))
        p.line(e + 10, y + 6, 2290, y + 6, (200, 150, 150), 1)
        p.handwriting(e + 30, y - 4, val, 32, seed=s + i)
        y += 120
    p.text(1700, 880, "Signature du bailleur", 22, "serif", (160, 40, 40))
    p.handwriting(1700, 950, ll["name"], 30, seed=s + 9)
    p.signature(1750, 1030, 260, seed=s)
    return [p]


def receipt_social(r: dict) -> list[Page]:
    """Social landlord's avis d'échéance valant quittance, with the TIP payment stub."""
    so = r["social"]
    p = Page()
    logo(p, "square", 120, 110, 100, so["col"])
    p.text(250, 150, so["name"], 30, "sans-b", so["col"])
    p.text(250, 188, "Office public de l'habitat — " + so["seat"], 19, "sans")
    p.text(1540, 150, "Avis d'échéance", 30, "sans-b", align="r")
    p.text(1540, 188, "valant quittance si payé", 22, "sans-i", align="r")
    p.rect((880, 280, 1540, 470), outline=None, fill=(244, 246, 244))
    p.lines(900, 330, ["%s %s" % (r["tenant_title"].upper(), r["tenant"]), *r["address"]], 24)
    a, b = _period(r)
    info = [
        ("N° de contrat", r["ref"]),
        ("Logement", r["lot"]),
        ("Échéance de", "%s %s" % (month_fr(r["month"]), r["month"][:4])),
        ("Date d'exigibilité", dmy(a)),
        ("Paiement reçu le", dmy(r["paid"])),
    ]
    y = 330
    for lab, v in info:
        p.label_value(120, y, lab + " :", v, 22)
        y += 40
    rows = [
        ["Désignation", "Montant"],
        ["Loyer principal", eur(r["rent"])],
        ["Charges récupérables (provision)", eur(r["charges"] * 0.7)],
        ["Eau froide (provision)", eur(r["charges"] * 0.3)],
        ["Aide personnalisée au logement (APL)", "0,00 €"],
        ["TOTAL DE L'ÉCHÉANCE", eur(r["rent"] + r["charges"])],
    ]
    y = p.table(120, 620, [1000, 414], rows, 24, row_h=66, aligns="lr", head_fill=(225, 238, 232))
    p.text(
        120,
        y + 60,
        "Période du %s au %s. Acquitté : le présent avis vaut quittance pour %s."
        % (dmy(a), dmy(b), r["tenant"]),
        21,
        "sans",
    )
    for xx in range(60, p.w - 60, 30):
        p.line(xx, 1620, xx + 15, 1620, GREY, 2)
    p.text(80, 1600, "✂", 30, "sans", GREY)
    p.text(120, 1700, "TALON À JOINDRE À VOTRE RÈGLEMENT", 24, "sans-b")
    p.text(120, 1750, "%s — %s" % (r["tenant"], r["ref"]), 22, "mono")
    p.text(120, 1790, "Échéance %s : %s" % (r["month"], eur(r["rent"] + r["charges"])), 22, "mono")
    barcode(p, 120, 1850, 900, 90, int(r["seed"]))
    p.text(
        120,
        2000,
        "%s 0%s %s"
        % (r["ref"], r["month"].replace("-", ""), ("%.2f" % (r["rent"] + r["charges"])).replace(".", "")),
        24,
        "ocrb",
    )
    return [p]


def receipt_portal(r: dict) -> list[Page]:
    """A tenant web portal page printed to PDF: header bar, receipt card, browser footer."""
    ag = r["agency"]
    p = Page()
    p.rect((0, 0, p.w, 120), outline=None, fill=ag["col"])
    p.text(60, 80, "Mon Espace Locataire", 36, "sans-b", (255, 255, 255))
    p.text(p.w - 60, 80, r["tenant"], 24, "sans", (255, 255, 255), align="r")
    p.text(60, 200, "Accueil  >  Mes documents  >  Quittances", 20, "sans", GREY)
    p.rect((60, 240, p.w - 60, 1400), outline=(210, 210, 210), width=2)
    p.text(
        100,
        320,
        "Quittance de loyer — %s %s" % (month_fr(r["month"]).capitalize(), r["month"][:4]),
        34,
        "sans-b",
    )
    a, b = _period(r)
    rows = [
        ("Bailleur", r["landlord"]["name"]),
        ("Gestionnaire", ag["name"]),
        ("Locataire", r["tenant"]),
        ("Adresse du logement", ", ".join(r["address"])),
        ("Période", "du %s au %s" % (dmy(a), dmy(b))),
        ("Loyer", eur(r["rent"])),
        ("Charges", eur(r["charges"])),
        ("Total payé", eur(r["rent"] + r["charges"])),
        ("Date du paiement", dmy(r["paid"])),
        ("Référence", r["ref"]),
    ]
    y = 420
    for lab, v in rows:
        p.text(100, y, lab, 23, "sans", GREY)
        p.text(560, y, v, 25, "sans-b")
        p.line(100, y + 22, p.w - 100, y + 22, (235, 235, 235), 1)
        y += 84
    p.text(
        100,
        1340,
        "Document généré électroniquement, valant quittance (art. 21 loi du 6 juillet 1989).",
        19,
        "sans-i",
        GREY,
    )
    p.text(
        60,
        2290,
        "https://locataire.%s.fr/quittances/%s" % (ag["name"].split()[0].lower().replace("é", "e"), r["ref"]),
        16,
        "sans",
        GREY,
    )
    p.text(p.w - 60, 2290, "1/1", 16, "sans", GREY, align="r")
    return [p]


def hosting(h: dict) -> list[Page]:
    """Attestation d'hébergement: hand-written on ruled paper or typed (by seed), host's ID copy noted."""
    host = h["host"]
    s = int(h["seed"])
    p = Page(bg=(252, 252, 248))
    g_f = h["guest_f"]
    txt = (
        "Je soussigné%s %s, né%s le %s à %s, demeurant %s, %s, atteste sur l'honneur héberger à mon domicile "
        "%s %s, né%s le %s à %s, depuis le %s, et ce à titre gratuit."
        % (
            "e" if host["f"] else "",
            host["name"],
            "e" if host["f"] else "",
            dmy(host["birth"]),
            host["birthplace"],
            h["address"][0],
            h["address"][1],
            h["guest_title"],
            h["guest"],
            "e" if g_f else "",
            dmy(h["guest_birth"]),
            h["guest_place"],
            dmy(h["since"]),
        )
    )
    tail = "Fait pour servir et valoir ce que de droit. Je joins la copie de ma pièce d'identité et un justificatif de domicile."
    if s % 2 == 0:
        ruled(p, 240, 64)
        p.handwriting(240, 200, "Attestation d'hébergement", 44, seed=s)
        y = hand_wrap(p, 240, 360, 1300, txt, 32, 64, seed=s)
        y = hand_wrap(p, 240, y + 64, 1300, tail, 32, 64, seed=s + 3)
        p.handwriting(900, y + 128, "À %s, le %s" % (h["town"], dmy(h["date"])), 32, seed=s + 5)
        p.signature(950, y + 260, 260, seed=s)
    else:
        p.lines(130, 160, [host["name"], *h["address"]], 25)
        p.text(p.w / 2, 480, "ATTESTATION D'HÉBERGEMENT", 36, "sans-b", align="c")
        y = p.wrap(130, 600, p.w - 260, txt, 28, "serif", leading=1.7)
        y = p.wrap(130, y + 40, p.w - 260, tail, 28, "serif", leading=1.7)
        p.text(900, y + 120, "Fait à %s, le %s" % (h["town"], long_fr(h["date"])), 26, "serif")
        p.signature(950, y + 230, 240, seed=s)
        p.wrap(
            130,
            2100,
            p.w - 260,
            "Article 441-7 du code pénal : est puni d'un an d'emprisonnement et de 15 000 € d'amende le fait d'établir une attestation faisant état de faits matériellement inexacts.",
            18,
            "serif-i",
            GREY,
        )
    return [p]


def lease(ld: dict) -> list[Page]:
    """Contrat de location (logement vide), three pages with initials at the bottom."""
    ll = ld["landlord"]
    pages = []
    p = Page()
    p.text(p.w / 2, 170, "CONTRAT DE LOCATION", 38, "serif-b", align="c")
    p.text(
        p.w / 2,
        215,
        "Logement nu — résidence principale (loi n° 89-462 du 6 juillet 1989)",
        22,
        "serif-i",
        align="c",
    )
    y = 320
    sec = [
        (
            "I. DÉSIGNATION DES PARTIES",
            "Le présent contrat est conclu entre les soussignés : %s, demeurant %s, %s, ci-après « le bailleur » ; et %s, ci-après « le locataire »."
            % (ll["name"], ll["address"][0], ll["address"][1], ld["tenant"]),
        ),
        (
            "II. OBJET DU CONTRAT",
            "Localisation du logement : %s, %s. Type : appartement, 2 pièces principales, surface habitable 42 m². Régime juridique : copropriété. Équipements : cuisine équipée, chauffage individuel électrique, cave n° 12."
            % (ld["address"][0], ld["address"][1]),
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            "Le contrat prend effet le %s pour une durée de trois ans, renouvelable tacitement."
            % long_fr(ld["start"]),
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            "Loyer mensuel hors charges : %s. Provision mensuelle sur charges : %s, régularisée annuellement. Le loyer est payable mensuellement et d'avance, le 5 de chaque mois. Zone non soumise à l'encadrement des loyers."
            % (eur(ld["rent"]), eur(ld["charges"])),
        ),
    ]
    for t, body in sec:
        p.text(130, y, t, 25, "sans-b")
        y = p.wrap(130, y + 46, p.w - 260, body, 24, "serif", leading=1.55) + 40
    pages.append(p)
    q = Page()
    y = 200
    sec2 = [
        (
            "V. GARANTIES",
            "Dépôt de garantie : %s, soit un mois de loyer hors charges, restitué dans le délai légal."
            % eur(ld["rent"]),
        ),
        (
            "VI. CLAUSE DE SOLIDARITÉ ET RÉSILIATION",
            "À défaut de paiement du loyer ou des charges aux termes convenus, et deux mois après un commandement de payer demeuré infructueux, le bail sera résilié de plein droit.",
        ),
        (
            "VII. ANNEXES",
            "Diagnostic de performance énergétique (classe D), état des risques, constat de risque d'exposition au plomb, notice d'information, état des lieux d'entrée, règlement de copropriété (extraits).",
        ),
        ("VIII. TRAVAUX", "Néant depuis la fin du dernier contrat."),
    ]
    for t, body in sec2:
        q.text(130, y, t, 25, "sans-b")
        y = q.wrap(130, y + 46, q.w - 260, body, 24, "serif", leading=1.55) + 40
    pages.append(q)
    z = Page()
    z.text(
        130,
        260,
        "Fait en deux exemplaires originaux à %s, le %s." % (ll["town"], long_fr(ld["signed"])),
        25,
        "serif",
    )
    z.text(130, 380, "Le bailleur", 25, "sans-b")
    z.text(900, 380, "Le locataire", 25, "sans-b")
    z.text(130, 420, ll["name"], 24, "serif")
    z.text(900, 420, ld["tenant"], 24, "serif")
    z.handwriting(130, 480, "Lu et approuvé", 30, seed=1)
    z.handwriting(900, 480, "Lu et approuvé", 30, seed=2)
    z.signature(140, 580, 240, seed=3)
    z.signature(910, 580, 240, seed=4)
    pages.append(z)
    for i, pg in enumerate(pages):
        pg.text(pg.w / 2, pg.h - 90, "Page %d / 3 — Paraphes :" % (i + 1), 19, "sans", GREY, align="c")
        pg.handwriting(
            pg.w / 2 + 150,
            pg.h - 90,
            "%s  %s"
            % ("".join(w[0] for w in ll["name"].split()), "".join(w[0] for w in ld["tenant"].split())),
            24,
            seed=i,
        )
    return pages


TEMPLATES = {
    "receipt_y_letter": ("rent_receipt", "blind4", receipt_letter),
    "receipt_y_agency": ("rent_receipt", "blind4", receipt_agency),
    "receipt_y_book": ("rent_receipt", "blind4", receipt_book),
    "receipt_y_social": ("rent_receipt", "blind4", receipt_social),
    "receipt_y_portal": ("rent_receipt", "blind4", receipt_portal),
    "hosting_y_attest": ("hosting_certificate", "blind4", hosting),
    "lease_y_empty": ("lease", "blind4", lease),
}
_ = qr

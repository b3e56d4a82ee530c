"""Blind half: 3 rent receipts (e-mail print, ticket, agency two-column), hosting certificate, lease."""

from __future__ import annotations

from codes import add_months, dmy, last_day, long_fr, month_fr
from render import Page, logo


def _eur(v: float) -> str:
    return ("%.2f" % v).replace(".", ",") + " €"


def _period(ym: str) -> tuple[str, str]:
    return ym + "-01", "%s-%02d" % (ym, last_day(ym))


def receipt_b_email(d: dict) -> list[Page]:
    """A landlord's receipt sent by e-mail and printed from the webmail (header lines, quoted body)."""
    ll = d["landlord"]
    p = Page()
    p.rect((0, 0, p.w, 90), outline=None, fill=(236, 239, 244))
    p.text(40, 60, "Messagerie  —  Boîte de réception", 26, "sans", (70, 80, 100))
    hdr = [
        ("De :", "%s <%s@courriel-exemple.fr>" % (ll["name"], ll["name"].split()[-1].lower())),
        ("À :", d["tenant"]),
        ("Date :", dmy(d["paid"]) + " 09:14"),
        ("Objet :", "Quittance de loyer - %s %s" % (month_fr(d["month"]), d["month"][:4])),
    ]
    y = 170
    for a, b in hdr:
        p.text(60, y, a, 24, "sans-b", (90, 90, 90))
        p.text(200, y, b, 24, "sans")
        y += 44
    p.line(40, y, p.w - 40, y, (200, 200, 200), 2)
    y += 80
    p.text(60, y, "Bonjour,", 26, "sans")
    y = p.wrap(60, y + 60, 1500, "Veuillez trouver ci-dessous votre quittance de loyer. Cordialement.", 26)
    p.rect((60, y + 20, 1594, y + 980), outline=(170, 170, 170), width=2)
    x, yy = 110, y + 110
    p.text(827, yy, "QUITTANCE DE LOYER", 36, "sans-b", align="c")
    a, b = _period(d["month"])
    yy = p.wrap(x, yy + 90, 1420, "Je soussigné(e) %s, propriétaire du logement situé %s, déclare avoir reçu de "
                "%s %s la somme de %s au titre du loyer et des charges pour la période du %s au %s." % (
                    ll["name"], ", ".join(d["address"]), d["tenant_title"], d["tenant"],
                    _eur(d["rent"] + d["charges"]), dmy(a), dmy(b)), 26, "sans")  # fmt: skip
    rows = [["Détail", "Montant"], ["Loyer", _eur(d["rent"])], ["Provision sur charges", _eur(d["charges"])],
            ["Total réglé", _eur(d["rent"] + d["charges"])]]  # fmt: skip
    yy = p.table(x, yy + 30, [900, 400], rows, 24, "sans", "sans-b", (230, 235, 245), 60, aligns="lr")
    p.text(x, yy + 70, "Paiement reçu le %s par virement." % dmy(d["paid"]), 24, "sans")
    p.text(x, yy + 120, ll["name"] + " — " + ", ".join(ll["address"]), 22, "sans-i", (90, 90, 90))
    p.text(p.w - 60, p.h - 60, "1/1", 20, "sans", (120, 120, 120), "r")
    return [p]


def receipt_b_ticket(d: dict) -> list[Page]:
    """Narrow receipt-book slip, stub on the left with a perforation, handwritten amounts."""
    ll = d["landlord"]
    p = Page((2000, 900), bg=(250, 247, 238))
    p.rect((20, 20, 1980, 880), outline=(140, 120, 90), width=2)
    for yy in range(30, 880, 24):
        p.ellipse((478, yy, 488, yy + 10), outline=None, fill=(180, 170, 150))
    p.text(50, 90, "Talon", 26, "serif-b", (120, 90, 50))
    p.text(50, 150, "Mois : " + month_fr(d["month"]) + " " + d["month"][:4], 22, "serif")
    p.text(50, 200, "Locataire : " + d["tenant"].split()[-1], 22, "serif")
    p.text(50, 250, "Montant : " + _eur(d["rent"] + d["charges"]), 22, "serif")
    p.text(520, 90, "QUITTANCE DE LOYER", 40, "serif-b", (120, 90, 50))
    p.text(1950, 90, "N° " + d["ref"][-4:], 28, "mono-b", (170, 30, 30), "r")
    rows = [
        ("Reçu de", "%s %s" % (d["tenant_title"], d["tenant"])),
        ("Pour le logement", ", ".join(d["address"])),
        ("Loyer du mois de", "%s %s" % (month_fr(d["month"]), d["month"][:4])),
        (
            "Loyer / Charges",
            "%s + %s = %s" % (_eur(d["rent"]), _eur(d["charges"]), _eur(d["rent"] + d["charges"])),
        ),
        ("Le", dmy(d["paid"])),
    ]
    y = 190
    for lab, val in rows:
        p.text(520, y, lab, 24, "serif-i", (100, 80, 50))
        p.line(860, y + 8, 1940, y + 8, (190, 170, 140), 1)
        p.handwriting(870, y, val, 29, seed=d["seed"] + y)
        y += 100
    p.text(520, y + 40, "Le bailleur : " + ll["name"], 24, "serif")
    p.signature(1400, y + 60, seed=d["seed"] % 7)
    return [p]


def receipt_b_agency(d: dict) -> list[Page]:
    """Managing agency: logo band, two columns (tenant / property), itemised account statement."""
    ag = d["agency"]
    col = ag["col"]
    p = Page()
    logo(p, "house", 120, 100, 120, col)
    p.text(270, 150, ag["name"], 36, "sans-b", col)
    p.text(270, 195, "%s — %s" % (ag["street"], ag["town"]), 22, "sans", (90, 90, 90))
    p.text(
        270,
        230,
        "Carte professionnelle %s — SIRET %s" % (ag["cpi"], ag["siret"]),
        18,
        "sans",
        (120, 120, 120),
    )
    p.rect((120, 320, 1534, 400), outline=None, fill=col)
    p.text(827, 375, "AVIS D'ÉCHÉANCE ACQUITTÉ — QUITTANCE", 34, "sans-b", (255, 255, 255), "c")
    p.text(140, 480, "LOCATAIRE", 22, "sans-b", col)
    p.lines(140, 530, ["%s %s" % (d["tenant_title"], d["tenant"]), *d["address"]], 26, "sans")
    p.text(880, 480, "BIEN LOUÉ", 22, "sans-b", col)
    p.lines(880, 530, ["Lot %s" % d["lot"], "Réf. bail %s" % d["ref"], "Propriétaire : " + d["landlord"]["name"]],
            24, "sans")  # fmt: skip
    a, b = _period(d["month"])
    p.text(140, 760, "Période : du %s au %s" % (dmy(a), dmy(b)), 28, "sans-b")
    rows = [
        ["Libellé", "Débit", "Crédit"],
        ["Loyer %s %s" % (month_fr(d["month"]), d["month"][:4]), _eur(d["rent"]), ""],
        ["Provisions pour charges", _eur(d["charges"]), ""],
        ["Règlement reçu le %s" % dmy(d["paid"]), "", _eur(d["rent"] + d["charges"])],
        ["Solde", "", "0,00 €"],
    ]
    y = p.table(140, 820, [800, 300, 300], rows, 24, "sans", "sans-b", (235, 235, 235), 64, aligns="lrr")
    p.wrap(140, y + 80, 1380, "La présente quittance annule tous les reçus qui auraient pu être donnés pour "
           "acompte sur la période. Elle ne libère pas des sommes antérieures restant dues.", 20, "sans-i",
           (100, 100, 100))  # fmt: skip
    p.text(1000, y + 260, "Le %s, pour le mandant" % dmy(add_months(d["month"], 1) + "-05"), 22, "sans")
    p.stamp(1200, y + 420, 120, "* %s * ACQUITTÉ " % ag["name"].upper()[:24], ["PAYÉ"], col)
    return [p]


def hosting_b_letter(d: dict) -> list[Page]:
    """Handwritten-looking hosting certificate on lined paper (attestation sur l'honneur)."""
    h = d["host"]
    p = Page(bg=(253, 253, 248))
    for yy in range(200, 2300, 70):
        p.line(80, yy, 1574, yy, (205, 220, 240), 1)
    p.line(220, 0, 220, p.h, (240, 170, 170), 2)
    y, s = 270, d["seed"]
    p.handwriting(600, y, "Attestation d'hébergement", 40, seed=s)
    text = [
        "Je soussigné%s %s," % ("e" if h["f"] else "", h["name"]),
        "né%s le %s à %s," % ("e" if h["f"] else "", dmy(h["birth"]), h["birthplace"]),
        "demeurant %s," % ", ".join(d["address"]),
        "atteste sur l'honneur héberger à mon domicile",
        "%s %s," % (d["guest_title"], d["guest"]),
        "né%s le %s à %s," % ("e" if d["guest_f"] else "", dmy(d["guest_birth"]), d["guest_place"]),
        "depuis le %s, à titre gratuit." % dmy(d["since"]),
        "Fait pour servir et valoir ce que de droit.",
        "",
        "Fait à %s, le %s" % (d["town"], long_fr(d["date"])),
    ]
    y = 480
    for i, ln in enumerate(text):
        if ln:
            p.handwriting(260, y, ln, 31, seed=s + i)
        y += 140
    p.signature(1000, y + 60, seed=s % 9)
    p.text(260, y + 260, "PJ : copie de ma carte d'identité et de ma facture d'électricité", 22, "sans-i",
           (100, 100, 100))  # fmt: skip
    return [p]


def lease_b_short(d: dict) -> list[Page]:
    """Contrat de location, 2 pages, two-column clauses in small condensed type."""
    ll = d["landlord"]
    p1 = Page()
    p1.text(827, 160, "CONTRAT DE LOCATION", 44, "cond-b", align="c")
    p1.text(827, 210, "Logement vide à usage de résidence principale (loi n° 89-462 du 6 juillet 1989)", 22,
            "cond-i", align="c")  # fmt: skip
    p1.rect((110, 270, 1544, 620), outline=(0, 0, 0), width=2)
    p1.line(827, 270, 827, 620, (0, 0, 0), 1)
    p1.text(130, 320, "LE BAILLEUR", 24, "cond-b")
    p1.lines(130, 370, [ll["name"], *ll["address"]], 26, "cond")
    p1.text(850, 320, "LE LOCATAIRE", 24, "cond-b")
    p1.lines(850, 370, [d["tenant"], "domicile : le logement loué"], 26, "cond")
    clauses = [
        ("I. Objet", "Le bailleur loue au locataire le logement situé %s, comprenant un séjour, une chambre, "
         "une cuisine et une salle d'eau." % ", ".join(d["address"])),
        ("II. Durée", "Le contrat prend effet le %s pour une durée de trois ans, renouvelable tacitement."
         % long_fr(d["start"])),
        ("III. Loyer", "Le loyer mensuel est fixé à %s, payable d'avance le 1er de chaque mois, outre une "
         "provision sur charges de %s." % (_eur(d["rent"]), _eur(d["charges"]))),
        ("IV. Dépôt de garantie", "Un dépôt de garantie de %s, égal à un mois de loyer hors charges, est versé "
         "à la signature." % _eur(d["rent"])),
        ("V. Révision", "Le loyer est révisé chaque année à la date anniversaire selon l'indice de référence "
         "des loyers publié par l'INSEE."),
        ("VI. Obligations", "Le locataire use paisiblement des locaux, répond des dégradations et s'assure "
         "contre les risques locatifs."),
    ]  # fmt: skip
    y, col = 700, 0
    for k, (t, body) in enumerate(clauses):
        if k == 3:
            y, col = 700, 1
        x = 110 + col * 730
        p1.text(x, y, t, 26, "cond-b")
        y = p1.wrap(x, y + 44, 690, body, 23, "cond", leading=1.5) + 40
    p1.text(827, 2250, "Page 1/2", 20, "cond", (100, 100, 100), "c")
    p2 = Page()
    p2.text(110, 200, "VII. Clause résolutoire", 26, "cond-b")
    p2.wrap(110, 250, 1430, "À défaut de paiement du loyer ou des charges, ou de souscription de l'assurance, "
            "le bail sera résilié de plein droit deux mois après un commandement demeuré infructueux.", 23, "cond")  # fmt: skip
    p2.text(110, 500, "Fait en deux exemplaires originaux, le %s." % long_fr(d["signed"]), 26, "cond")
    p2.text(200, 620, "Le bailleur", 24, "cond-b")
    p2.text(1100, 620, "Le locataire", 24, "cond-b")
    p2.text(200, 660, "« Lu et approuvé »", 22, "cond-i")
    p2.text(1100, 660, "« Lu et approuvé »", 22, "cond-i")
    p2.signature(200, 780, seed=3)
    p2.signature(1100, 780, seed=8)
    p2.text(827, 2250, "Page 2/2", 20, "cond", (100, 100, 100), "c")
    return [p1, p2]


TEMPLATES = {
    "receipt_b_email": ("rent_receipt", "blind", receipt_b_email),
    "receipt_b_ticket": ("rent_receipt", "blind", receipt_b_ticket),
    "receipt_b_agency": ("rent_receipt", "blind", receipt_b_agency),
    "hosting_b_letter": ("hosting_certificate", "blind", hosting_b_letter),
    "lease_b_short": ("lease", "blind", lease_b_short),
}

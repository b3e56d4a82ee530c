"""blind6 supplier bills: electricity (Watéo, monthly or bimonthly, index table), water board with
a TIP slip, natural gas (Gazélis), fibre box (Lynko, billed in the month; used for the hosting plan)."""

from __future__ import annotations

from codes import dmy, last_day, long_fr, month_fr
from render import A4, Page, logo
from w_kit import barcode, eur, footer, qr, rng_of


def _span(months: list[str]) -> tuple[str, str]:
    return months[0] + "-01", "%s-%02d" % (months[-1], last_day(months[-1]))


def _addr_block(p: Page, d: dict, x: int, y: int, size: int = 25) -> None:
    p.lines(x, y, ["%s %s" % (d["title"], d["holder"].upper()), *d["address"]], size, "sans")


def _amounts(total: float) -> tuple[float, float, float]:
    ht = round(total / 1.2, 2)
    return ht, round(total - ht, 2), total


def bill_elec(d: dict) -> list[Page]:
    n = len(d["months"])
    kwh = int(d["amount"] * 2.9)
    lines = [12.44 * n, round(kwh * 0.1952, 2), round(kwh * 0.0225, 2), 2.9 * n]
    ht = round(sum(lines), 2)
    tot = round(ht * 1.2, 2)
    d = {**d, "amount": tot}
    p = Page(A4)
    col = (0, 120, 150)
    logo(p, "bolt", 110, 100, 120, col)
    p.text(250, 160, "Watéo", 50, "sans-b", col)
    p.text(252, 200, "Énergie — fournisseur d'électricité", 21, "sans", (90, 90, 90))
    _addr_block(p, d, 960, 330)
    p.text(110, 330, "FACTURE", 44, "sans-b")
    p.label_value(110, 380, "du", dmy(d["date"]), 24)
    p.label_value(110, 420, "N° de facture :", d["ref"], 22, vf="sans")
    p.label_value(110, 455, "N° client :", d["client"], 22, vf="sans")
    p.label_value(110, 490, "Point de livraison (PDL) :", d["pdl"], 22, vf="sans")
    a, b = _span(d["months"])
    p.rect((110, 570, p.w - 110, 760), outline=None, fill=(230, 244, 247))
    p.text(140, 630, "Montant à payer", 28, "sans-b")
    p.text(p.w - 140, 640, eur(d["amount"]), 52, "sans-b", col, align="r")
    p.text(140, 690, "Prélevé le %s sur votre compte" % dmy(d["due"]), 23, "sans")
    p.text(140, 735, "Période de consommation du %s au %s" % (dmy(a), dmy(b)), 23, "sans-b")
    r = rng_of(d)
    i0 = int(r.integers(10000, 60000))
    rows = [
        ["Détail", "Période", "Quantité", "Prix unitaire HT", "Montant HT"],
        [
            "Abonnement 6 kVA Base",
            "%s → %s" % (dmy(a)[:5], dmy(b)[:5]),
            "%d mois" % n,
            "12,44 €",
            eur(lines[0]),
        ],
        [
            "Consommation (index %d → %d)" % (i0, i0 + kwh),
            "%s → %s" % (dmy(a)[:5], dmy(b)[:5]),
            "%d kWh" % kwh,
            "0,1952 €",
            eur(lines[1]),
        ],
        ["Accise sur l'électricité", "", "%d kWh" % kwh, "0,0225 €", eur(lines[2])],
        ["CTA", "", "", "", eur(lines[3])],
    ]
    y = p.table(110, 840, [520, 260, 200, 240, 214], rows, size=21, aligns="llrrr", row_h=54)
    for lb, v in (("Total HT", ht), ("TVA 20 %", round(tot - ht, 2)), ("Total TTC", tot)):
        y += 50
        p.text(1200, y, lb, 24, "sans-b" if lb == "Total TTC" else "sans", align="r")
        p.text(p.w - 120, y, eur(v), 24, "sans-b" if lb == "Total TTC" else "sans", align="r")
    y += 100
    p.text(110, y, "Votre consommation", 26, "sans-b")
    for i in range(12):
        h = 40 + int(r.integers(0, 160))
        p.rect(
            (130 + i * 110, y + 250 - h, 200 + i * 110, y + 250),
            outline=None,
            fill=col if i >= 12 - len(d["months"]) else (190, 214, 222),
        )
        p.text(
            165 + i * 110,
            y + 285,
            month_fr("2026-%02d" % ((int(d["months"][-1][5:]) + i) % 12 + 1))[:3],
            17,
            "sans",
            align="c",
        )
    p.wrap(
        110,
        y + 360,
        p.w - 220,
        "Prochaine facture vers le %s. En cas de litige, contactez le Médiateur national de l'énergie (www.energie-mediateur.fr). Dépannage électricité 24h/24 : 09 72 67 50 69."
        % long_fr(d["due"]),
        19,
        "sans",
        (90, 90, 90),
    )
    footer(
        p,
        "Watéo Énergie SAS — capital 4 000 000 € — RCS Nanterre 815 201 447 — 12 rue Arago, 92800 Puteaux",
        "1/1",
    )
    return [p]


def bill_water(d: dict) -> list[Page]:
    p = Page(A4)
    col = (20, 90, 170)
    logo(p, "drop", 110, 90, 110, col)
    p.text(240, 140, "Régie des Eaux du Val de %s" % d["region"], 32, "sans-b", col)
    p.text(240, 180, "Service public de l'eau et de l'assainissement", 21, "sans", (90, 90, 90))
    _addr_block(p, d, 960, 320, 24)
    p.text(110, 320, "Facture d'eau", 38, "sans-b")
    p.label_value(110, 370, "Émise le", dmy(d["date"]), 22)
    p.label_value(110, 405, "Référence abonné :", d["client"], 22, vf="sans")
    p.label_value(110, 440, "Compteur n° :", "W" + d["pdl"][:9], 22, vf="sans")
    a, b = _span(d["months"])
    p.text(110, 540, "Période de consommation : du %s au %s" % (long_fr(a), long_fr(b)), 25, "sans-b", col)
    r = rng_of(d)
    m3 = 4 + int(r.integers(0, 8)) * len(d["months"])
    i0 = int(r.integers(100, 900))
    five = 8.2 * len(d["months"]) + m3 * (1.712 + 0.099 + 0.33)
    ten = m3 * 1.94
    d = {**d, "amount": round(five * 1.055 + ten * 1.10, 2)}
    rows = [
        ["Rubrique", "Volume", "Prix unitaire", "Montant HT", "TVA"],
        ["Distribution — abonnement", "", "", eur(8.2 * len(d["months"])), "5,5 %"],
        ["Distribution — consommation", "%d m³" % m3, "1,7120 €", eur(m3 * 1.712), "5,5 %"],
        ["Collecte et traitement des eaux usées", "%d m³" % m3, "1,9400 €", eur(m3 * 1.94), "10 %"],
        ["Préservation des ressources (Agence de l'eau)", "%d m³" % m3, "0,0990 €", eur(m3 * 0.099), "5,5 %"],
        ["Lutte contre la pollution", "%d m³" % m3, "0,3300 €", eur(m3 * 0.33), "5,5 %"],
    ]
    y = p.table(
        110,
        610,
        [620, 160, 200, 240, 214],
        rows,
        size=21,
        aligns="lrrrr",
        row_h=54,
        head_fill=(220, 232, 246),
    )
    p.text(
        110, y + 60, "Relevé : ancien index %d — nouvel index %d (relevé réel)" % (i0, i0 + m3), 22, "sans"
    )
    p.text(110, y + 140, "TOTAL TTC À PAYER", 32, "sans-b")
    p.text(p.w - 110, y + 140, eur(d["amount"]), 40, "sans-b", col, align="r")
    p.text(110, y + 190, "avant le %s" % dmy(d["due"]), 24, "sans")
    for xx in range(60, p.w - 60, 24):
        p.line(xx, 1700, xx + 12, 1700, (120, 120, 120), 2)
    p.text(110, 1770, "TIP SEPA", 30, "sans-b")
    p.text(110, 1815, "Titre interbancaire de paiement — à signer et renvoyer avec un RIB", 20, "sans")
    p.lines(
        110,
        1880,
        [
            "Débiteur : %s %s" % (d["title"], d["holder"]),
            "Référence : %s %s" % (d["client"], d["ref"][:6]),
            "Montant : %s" % eur(d["amount"]),
        ],
        22,
        "mono",
    )
    p.rect((1050, 1760, 1540, 1980), outline=(0, 0, 0), width=1)
    p.text(1070, 1800, "Date et signature :", 20, "sans")
    p.text(
        110,
        2100,
        "<%s%s> %s+ 0%s" % (d["client"], d["ref"], d["pdl"][:8], int(d["amount"] * 100)),
        24,
        "ocrb",
    )
    return [p]


def bill_gas(d: dict) -> list[Page]:
    p = Page(A4)
    col = (220, 100, 20)
    p.rect((0, 0, p.w, 240), outline=None, fill=(253, 243, 232))
    logo(p, "circle", 110, 70, 110, col)
    p.text(250, 130, "gazélis", 52, "sans-b", col)
    p.text(252, 175, "gaz naturel & services", 22, "sans", (120, 80, 40))
    p.text(p.w - 110, 120, "Facture n° %s" % d["ref"], 26, "sans-b", align="r")
    p.text(p.w - 110, 160, "Date de facture : %s" % dmy(d["date"]), 23, "sans", align="r")
    _addr_block(p, d, 960, 350, 24)
    p.label_value(110, 350, "Titulaire du contrat :", d["holder"], 23)
    p.label_value(110, 390, "Compte client :", d["client"], 23, vf="sans")
    p.label_value(110, 430, "PCE :", "GI" + d["pdl"][:12], 23, vf="sans")
    p.label_value(110, 470, "Offre :", "Gaz Fixe 2 ans", 23, vf="sans")
    a, b = _span(d["months"])
    p.rect((110, 560, p.w - 110, 660), outline=col, width=3)
    p.text(140, 625, "Période de consommation du %s au %s" % (dmy(a), dmy(b)), 27, "sans-b")
    r = rng_of(d)
    n = len(d["months"])
    kwh = int(d["amount"] * 6.1)
    lines = [10.72 * n, round(kwh * 0.0978, 2), round(kwh * 0.0163, 2), 3.4]
    ht = round(sum(lines), 2)
    tot = round(ht * 1.2, 2)
    rows = [
        ["", "Quantité", "Prix HT", "Total HT"],
        ["Abonnement (%d mois)" % n, str(n), "10,72 €", eur(lines[0])],
        [
            "Consommation estimée (%s m³ × 11,21 kWh/m³)" % int(kwh / 11.21),
            "%d kWh" % kwh,
            "0,0978 €",
            eur(lines[1]),
        ],
        ["Accise sur le gaz naturel", "%d kWh" % kwh, "0,0163 €", eur(lines[2])],
        ["Contribution tarifaire d'acheminement", "", "", eur(lines[3])],
    ]
    y = p.table(
        110,
        730,
        [700, 220, 220, 294],
        rows,
        size=22,
        aligns="lrrr",
        head_fill=(253, 232, 210),
        row_h=56,
        grid=False,
        zebra=(250, 246, 240),
    )
    p.line(110, y, p.w - 110, y, col, 2)
    y += 70
    p.text(110, y, "Total TTC (dont TVA %s)" % eur(tot - ht), 28, "sans-b")
    p.text(p.w - 110, y, eur(tot), 34, "sans-b", col, align="r")
    p.text(110, y + 60, "Montant prélevé à partir du %s." % dmy(d["due"]), 23, "sans")
    p.text(110, y + 140, "Index relevé : %05d m³ (estimé)" % int(r.integers(1000, 9000)), 22, "sans")
    qr(p, 1330, y + 200, 180, d["seed"])
    p.text(110, y + 260, "Espace client : gazelis.fr — Urgence sécurité gaz : 0 800 47 33 33", 22, "sans")
    footer(
        p,
        "Gazélis SA — 40 avenue des Terroirs de France, 75012 Paris — RCS Paris 529 114 008 — TVA FR 44 529114008",
        "1/1",
    )
    return [p]


def bill_box(d: dict) -> list[Page]:
    """Fibre box bill, issued at the start of the month for that month's subscription."""
    p = Page(A4)
    col = (110, 40, 160)
    e = p.text(110, 150, "lynko", 64, "sans-b", col)
    p.text(e + 14, 150, "fibre", 30, "sans", (150, 150, 150))
    p.text(p.w - 110, 120, "Votre facture", 30, "sans-b", align="r")
    p.text(p.w - 110, 160, "du %s" % long_fr(d["date"]), 24, "sans", align="r")
    _addr_block(p, d, 960, 300, 24)
    p.rect((110, 260, 820, 520), outline=None, fill=(244, 238, 250))
    p.label_value(140, 320, "Identifiant :", d["client"], 22, vf="sans")
    p.label_value(140, 360, "N° de facture :", "LK-" + d["ref"], 22, vf="sans")
    p.label_value(
        140,
        400,
        "Ligne :",
        "09 %s %s %s %s" % (d["pdl"][:2], d["pdl"][2:4], d["pdl"][4:6], d["pdl"][6:8]),
        22,
        vf="sans",
    )
    p.label_value(140, 440, "Titulaire :", d["holder"], 22)
    p.label_value(140, 480, "Prélèvement le :", dmy(d["due"]), 22)
    a, b = _span(d["months"])
    p.text(110, 650, "Abonnement du %s au %s" % (dmy(a), dmy(b)), 28, "sans-b")
    ht, tva, tot = _amounts(d["amount"])
    rows = [
        ["Libellé", "Période", "Montant TTC"],
        ["Forfait Lynko Fibre 2 Gb/s", "%s – %s" % (dmy(a), dmy(b)), eur(tot - 3.0)],
        ["Option TV (location décodeur)", "%s – %s" % (dmy(a), dmy(b)), "3,00 €"],
        ["Communications hors forfait", "mois précédent", "0,00 €"],
    ]
    y = p.table(110, 700, [640, 460, 334], rows, size=22, aligns="llr", head_fill=(232, 222, 244), row_h=58)
    y += 70
    p.text(1000, y, "Total HT", 24, "sans", align="r")
    p.text(p.w - 110, y, eur(ht), 24, "sans", align="r")
    p.text(1000, y + 45, "TVA 20 %", 24, "sans", align="r")
    p.text(p.w - 110, y + 45, eur(tva), 24, "sans", align="r")
    p.rect((700, y + 80, p.w - 110, y + 160), outline=None, fill=col)
    p.text(740, y + 135, "Total à payer", 30, "sans-b", (255, 255, 255))
    p.text(p.w - 140, y + 135, eur(tot), 34, "sans-b", (255, 255, 255), align="r")
    p.wrap(
        110,
        y + 260,
        p.w - 220,
        "Adresse d'installation : %s, %s. Votre abonnement est facturé à terme à échoir, au début de chaque mois, pour le mois en cours."
        % tuple(d["address"]),
        22,
        "sans",
        (80, 80, 80),
    )
    barcode(p, 110, 2000, 520, 90, d["seed"])
    footer(
        p,
        "Lynko Télécom SAS — 8 rue de la Convention, 69007 Lyon — RCS Lyon 890 441 275 — service client 3990",
        "Page 1/1",
    )
    _ = month_fr
    return [p]


TEMPLATES = {
    "bill_w_elec": ("utility_bill", "blind6", bill_elec),
    "bill_w_water": ("utility_bill", "blind6", bill_water),
    "bill_w_gas": ("utility_bill", "blind6", bill_gas),
    "bill_w_box": ("utility_bill", "blind6", bill_box),
}

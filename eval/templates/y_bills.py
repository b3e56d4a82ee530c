"""blind4: utility bills — electricity (Ampéra, monthly or bimonthly), water (régie), gas (Flamea),
fibre box (Lumio, used for the hosting plan)."""

from __future__ import annotations

from codes import dmy, last_day, month_fr
from render import GREY, Page, logo
from y_kit import barcode, eur, footer, qr


def _span(b: dict) -> tuple[str, str]:
    m0, m1 = b["months"][0], b["months"][-1]
    return m0 + "-01", "%s-%02d" % (m1, last_day(m1))


def _head(p: Page, name: str, sub: str, col, kind: str, b: dict) -> None:
    logo(p, kind, 100, 90, 120, col)
    p.text(250, 150, name, 44, "sans-b", col)
    p.text(250, 190, sub, 20, "sans", GREY)
    p.rect((900, 280, 1560, 470), outline=None, fill=(246, 246, 246))
    p.lines(930, 330, ["%s %s" % (b["title"], b["holder"]), *b["address"]], 25)


def bill_power(b: dict) -> list[Page]:
    """Electricity: consumption period, meter readings, TURPE and taxes, 2 pages."""
    col = (230, 120, 0)
    a, z = _span(b)
    two = len(b["months"]) > 1
    p = Page()
    _head(p, "Ampéra Énergie", "Fournisseur d'électricité — SA au capital de 4 000 000 €", col, "bolt", b)
    p.text(100, 330, "Facture n° %s" % b["ref"], 30, "sans-b")
    p.text(100, 372, "du %s" % dmy(b["date"]), 24, "sans")
    p.text(100, 412, "N° client : %s" % b["client"], 22, "sans")
    p.text(100, 448, "Point de livraison (PDL) : %s" % b["pdl"], 22, "sans")
    p.rect((100, 540, 1560, 760), outline=None, fill=(255, 240, 222))
    p.text(140, 610, "Facture %s de consommation" % ("bimestrielle" if two else "mensuelle"), 28, "sans-b")
    p.text(140, 660, "Période du %s au %s" % (dmy(a), dmy(z)), 28, "sans")
    p.text(1520, 640, eur(b["amount"]), 50, "sans-b", col, align="r")
    p.text(1520, 700, "à payer avant le %s" % dmy(b["due"]), 22, "sans", align="r")
    rows = [["Détail", "Quantité", "Prix unitaire", "Montant HT"]]
    kwh = int(b["amount"] * 3.1)
    rows += [
        ["Abonnement Base 6 kVA", "%d mois" % len(b["months"]), "12,44 €", eur(12.44 * len(b["months"]))],
        ["Consommation Base", "%d kWh" % kwh, "0,2016 €", eur(kwh * 0.2016)],
        ["Acheminement (TURPE)", "", "", eur(b["amount"] * 0.12)],
        ["Accise sur l'électricité", "%d kWh" % kwh, "0,0225 €", eur(kwh * 0.0225)],
        ["TVA", "", "", eur(b["amount"] * 0.14)],
        ["Total TTC", "", "", eur(b["amount"])],
    ]
    p.table(100, 850, [640, 260, 260, 300], rows, 22, row_h=62, aligns="lrrr", head_fill=(255, 228, 200))
    p.text(
        100,
        1390,
        "Index relevé le %s : %05d (réel) — index précédent %05d"
        % (dmy(z), 20000 + kwh * 4, 20000 + kwh * 3),
        22,
        "sans",
    )
    footer(
        p,
        "Ampéra Énergie, 12 rue de la Centrale, 69100 Villeurbanne — RCS Lyon 812 345 678. Service client 09 70 00 00 00 (appel non surtaxé). En cas de litige : médiateur national de l'énergie.",
    )
    q = Page()
    q.text(100, 180, "Votre consommation — %s" % b["holder"], 30, "sans-b")
    for i in range(12):
        hgt = 80 + (i * 37 + int(b["seed"])) % 260
        q.rect(
            (140 + i * 115, 700 - hgt, 210 + i * 115, 700),
            outline=None,
            fill=col if i >= 12 - len(b["months"]) else (230, 210, 190),
        )
    q.text(
        100,
        780,
        "Mois facturé(s) : %s" % ", ".join(month_fr(m) + " " + m[:4] for m in b["months"]),
        24,
        "sans",
    )
    q.text(100, 900, "TIP SEPA — à détacher", 24, "sans-b")
    q.rect((100, 930, 1560, 1250), outline=GREY, width=1)
    q.lines(
        140,
        990,
        [
            "Titulaire : %s" % b["holder"],
            "Référence : %s %s" % (b["client"], b["ref"]),
            "Montant : %s" % eur(b["amount"]),
        ],
        24,
        "mono",
    )
    barcode(q, 140, 1150, 800, 70, int(b["seed"]))
    return [p, q]


def bill_water(b: dict) -> list[Page]:
    """Water board invoice: abonnement + consumption, agencies of the basin, TIP stub."""
    col = (0, 110, 170)
    a, z = _span(b)
    p = Page()
    _head(
        p,
        "Régie des Eaux de %s" % b["region"],
        "Service public de l'eau et de l'assainissement",
        col,
        "drop",
        b,
    )
    p.text(100, 330, "FACTURE D'EAU", 30, "sans-b", col)
    p.text(100, 372, "N° %s — émise le %s" % (b["ref"], dmy(b["date"])), 22, "sans")
    p.text(100, 408, "Contrat n° %s" % b["client"], 22, "sans")
    p.text(100, 560, "Période de consommation : du %s au %s" % (dmy(a), dmy(z)), 26, "sans-b")
    m3 = max(3, int(b["amount"] / 4.2))
    rows = [
        ["Prestation", "Volume", "Montant TTC"],
        ["Abonnement eau potable", "", eur(b["amount"] * 0.18)],
        ["Consommation eau potable", "%d m³" % m3, eur(b["amount"] * 0.42)],
        ["Collecte et traitement des eaux usées", "%d m³" % m3, eur(b["amount"] * 0.3)],
        ["Redevances agence de l'eau", "", eur(b["amount"] * 0.1)],
        ["TOTAL À PAYER", "", eur(b["amount"])],
    ]
    y = p.table(100, 620, [860, 250, 350], rows, 23, row_h=64, aligns="lrr", head_fill=(220, 236, 246))
    p.text(
        100,
        y + 70,
        "Date limite de paiement : %s — prélèvement le %s" % (dmy(b["due"]), dmy(b["due"])),
        24,
        "sans",
    )
    p.text(
        100,
        y + 120,
        "Prix moyen du litre : 0,0042 €. Qualité de l'eau : conforme (contrôle ARS).",
        20,
        "sans",
        GREY,
    )
    for xx in range(80, p.w - 80, 30):
        p.line(xx, 1760, xx + 15, 1760, GREY, 2)
    p.text(100, 1840, "TIP SEPA", 26, "sans-b")
    p.text(100, 1890, "%s — %s" % (b["holder"], ", ".join(b["address"])), 22, "mono")
    p.text(100, 1930, "Montant : %s" % eur(b["amount"]), 22, "mono")
    p.text(
        100, 2060, "%s %s %s" % (b["client"], b["ref"], ("%.2f" % b["amount"]).replace(".", "")), 26, "ocrb"
    )
    return [p]


def bill_gas(b: dict) -> list[Page]:
    """Gas supplier: landscape-style summary block, consumption in kWh converted from m³."""
    col = (20, 120, 90)
    a, z = _span(b)
    p = Page()
    _head(p, "Flamea Gaz", "Fournisseur de gaz naturel — offre Prix Fixe 2 ans", col, "tri", b)
    p.text(100, 560, "Votre facture du %s" % dmy(b["date"]), 34, "sans-b")
    items = [
        ("Référence client", b["client"]),
        ("Facture n°", b["ref"]),
        ("PCE", b["pdl"]),
        ("Période", "%s → %s" % (dmy(a), dmy(z))),
        ("Montant TTC", eur(b["amount"])),
        ("Prélevé le", dmy(b["due"])),
    ]
    for i, (lab, v) in enumerate(items):
        x = 100 + (i % 3) * 500
        y = 660 + (i // 3) * 150
        p.rect((x, y, x + 470, y + 125), outline=col, width=2)
        p.text(x + 20, y + 45, lab, 20, "sans", GREY)
        p.text(x + 20, y + 98, v, 27, "sans-b")
    m3 = int(b["amount"] * 0.9)
    rows = [
        ["", "m³", "Coef.", "kWh", "Montant"],
        ["Consommation", str(m3), "11,27", str(int(m3 * 11.27)), eur(b["amount"] * 0.7)],
        ["Abonnement", "", "", "", eur(b["amount"] * 0.15)],
        ["Taxes (accise, CTA, TVA)", "", "", "", eur(b["amount"] * 0.15)],
    ]
    p.table(
        100, 1050, [520, 200, 200, 240, 300], rows, 22, row_h=62, aligns="lrrrr", head_fill=(214, 238, 228)
    )
    qr(p, 1330, 1500, 220, int(b["seed"]))
    p.text(100, 1560, "Payez ou consultez votre facture en scannant ce code.", 22, "sans")
    footer(
        p,
        "Flamea Gaz SAS — 5 cours Gambetta, 33000 Bordeaux — RCS Bordeaux 901 222 333. Urgence sécurité gaz : 0 800 47 33 33.",
    )
    return [p]


def bill_box(b: dict) -> list[Page]:
    """Fibre box subscription: billed at the start of the month for that month."""
    col = (110, 40, 170)
    a, z = _span(b)
    p = Page()
    _head(p, "Lumio", "Internet Fibre • TV • Téléphone", col, "circle", b)
    p.text(100, 330, "Facture", 34, "sans-b")
    p.text(100, 374, "n° %s du %s" % (b["ref"], dmy(b["date"])), 22, "sans")
    p.text(100, 410, "Identifiant : %s" % b["client"], 22, "sans")
    p.text(
        100,
        446,
        "Ligne : 09 %s %s %s %s" % (b["pdl"][0:2], b["pdl"][2:4], b["pdl"][4:6], b["pdl"][6:8]),
        22,
        "sans",
    )
    rows = [
        ["Libellé", "Période", "Montant TTC"],
        ["Forfait Lumio Fibre 1 Gb/s", "%s – %s" % (dmy(a), dmy(z)), eur(b["amount"] * 0.8)],
        ["Option TV 140 chaînes", "%s – %s" % (dmy(a), dmy(z)), eur(b["amount"] * 0.15)],
        ["Communications hors forfait", "", eur(b["amount"] * 0.05)],
        ["Total", "", eur(b["amount"])],
    ]
    y = p.table(100, 600, [700, 460, 300], rows, 23, row_h=66, aligns="lcr", head_fill=(236, 226, 246))
    p.text(
        100,
        y + 80,
        "Abonnement du mois de %s %s. Prélèvement SEPA le %s sur votre compte."
        % (month_fr(b["months"][0]), b["months"][0][:4], dmy(b["due"])),
        23,
        "sans",
    )
    p.text(100, y + 130, "Adresse d'installation : %s" % ", ".join(b["address"]), 23, "sans")
    footer(
        p,
        "Lumio Télécom SAS — 88 rue de la Fibre, 75013 Paris — RCS Paris 833 444 555 — TVA FR12833444555. Assistance 3910.",
    )
    return [p]


TEMPLATES = {
    "bill_y_power": ("utility_bill", "blind4", bill_power),
    "bill_y_water": ("utility_bill", "blind4", bill_water),
    "bill_y_gas": ("utility_bill", "blind4", bill_gas),
    "bill_y_box": ("utility_bill", "blind4", bill_box),
}

"""blind8 bills: electricity (Élecéa, monthly or bimonthly), water board, internet box (Orizo, hosting plan)."""

from __future__ import annotations

from codes import dmy, last_day
from render import Page, logo
from u_kit import eur, month_label, qr


def _span(months: list[str]) -> tuple[str, str]:
    a, b = months[0], months[-1]
    return "01/%s/%s" % (a[5:7], a[:4]), "%02d/%s/%s" % (last_day(b), b[5:7], b[:4])


def _addr(p, d, x, y):
    p.lines(x, y, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 24, "sans-b")


def bill_u_elecea(d: dict) -> list[Page]:
    p = Page()
    col = (0, 120, 160)
    logo(p, "bolt", 100, 80, 110, col)
    p.text(230, 150, "Élecéa", 50, "sans-b", col)
    p.text(230, 190, "Fournisseur d'électricité · Service clients 09 70 00 00 00", 18, "sans", (90, 90, 90))
    _addr(p, d, 950, 330)
    a, b = _span(d["months"])
    p.text(100, 330, "FACTURE", 40, "sans-b")
    p.lines(
        100,
        390,
        [
            "N° facture : %s" % d["ref"],
            "Date : %s" % dmy(d["date"]),
            "N° client : %s" % d["client"],
            "PDL : %s" % d["pdl"],
        ],
        22,
    )
    p.rect((100, 600, 1554, 760), outline=None, fill=(230, 244, 248))
    p.text(130, 660, "Période de consommation : du %s au %s" % (a, b), 28, "sans-b")
    p.text(
        130, 720, "Montant à payer : %s TTC — prélevé le %s" % (eur(d["amount"]), dmy(d["due"])), 26, "sans"
    )
    kwh = int(d["amount"] * 3.1)
    rows = [
        ["Libellé", "Quantité", "Prix unitaire", "Montant HT"],
        [
            "Abonnement 6 kVA (%d mois)" % len(d["months"]),
            str(len(d["months"])),
            "12,44 €",
            eur(12.44 * len(d["months"])),
        ],
        ["Consommation (index réels)", "%d kWh" % kwh, "0,2016 €", eur(kwh * 0.2016)],
        ["Accise sur l'électricité", "%d kWh" % kwh, "0,0337 €", eur(kwh * 0.0337)],
        ["TVA 20 %", "", "", eur(d["amount"] * 0.16)],
    ]
    y = p.table(100, 820, [640, 260, 260, 294], rows, size=22, aligns="lrrr", head_fill=(210, 232, 240)) + 50
    p.text(100, y, "Logement : %s, %s" % tuple(d["address"]), 22)
    p.text(
        100,
        y + 40,
        "Prochaine facture estimée : %s" % month_label(d["months"][-1]),
        20,
        "sans-i",
        (90, 90, 90),
    )
    p.text(
        827,
        2250,
        "Élecéa SA · RCS Nanterre 812 000 111 · Médiateur national de l'énergie",
        16,
        "sans",
        (100, 100, 100),
        align="c",
    )
    return [p]


def bill_u_water(d: dict) -> list[Page]:
    p = Page()
    col = (20, 70, 150)
    logo(p, "drop", 100, 70, 100, col)
    p.text(220, 130, "Régie intercommunale des Eaux de %s" % d["region"], 32, "sans-b", col)
    p.text(220, 170, "Eau potable et assainissement collectif", 20, "sans", (90, 90, 90))
    _addr(p, d, 950, 320)
    a, b = _span(d["months"])
    p.text(100, 320, "Facture d'eau n° %s" % d["ref"], 30, "sans-b")
    p.lines(
        100,
        370,
        ["Émise le %s" % dmy(d["date"]), "Abonné : %s" % d["client"], "Compteur : %s" % d["pdl"][:9]],
        22,
    )
    p.text(100, 600, "Consommation relevée du %s au %s" % (a, b), 26, "sans-b")
    m3 = max(3, int(d["amount"] / 4.2))
    rows = [
        ["Rubrique", "Volume", "Montant"],
        ["Distribution de l'eau", "%d m³" % m3, eur(d["amount"] * 0.45)],
        ["Collecte et traitement des eaux usées", "%d m³" % m3, eur(d["amount"] * 0.38)],
        ["Organismes publics (Agence de l'eau)", "", eur(d["amount"] * 0.12)],
        ["TVA", "", eur(d["amount"] * 0.05)],
        ["TOTAL TTC", "", eur(d["amount"])],
    ]
    y = p.table(100, 650, [850, 250, 354], rows, size=22, aligns="lrr", head_fill=(220, 230, 245)) + 60
    p.text(100, y, "À régler avant le %s" % dmy(d["due"]), 24, "sans-b")
    p.line(60, 1900, 1594, 1900, (120, 120, 120), 1)
    p.text(100, 1950, "TIP SEPA — à détacher et renvoyer daté et signé", 20, "sans-b")
    p.text(100, 2000, "Référence : %s   Montant : %s" % (d["ref"], eur(d["amount"])), 22, "mono")
    p.text(100, 2050, "%s %s" % (d["title"], d["holder"]), 22, "mono")
    return [p]


def bill_u_box_orizo(d: dict) -> list[Page]:
    """Internet box subscription, billed at the start of the month for that month."""
    p = Page()
    col = (230, 90, 20)
    p.rect((0, 0, p.w, 160), outline=None, fill=col)
    p.text(100, 110, "orizo", 64, "sans-b", (255, 255, 255))
    p.text(1554, 105, "Votre facture Box Fibre", 28, "sans", (255, 255, 255), align="r")
    ym = d["months"][0]
    _addr(p, d, 950, 290)
    p.lines(
        100,
        290,
        [
            "Facture n° FB%s" % d["ref"],
            "du %s" % dmy(d["date"]),
            "Compte client %s" % d["client"],
            "Ligne fibre : 0%s" % d["pdl"][:9],
        ],
        22,
    )
    p.text(
        100,
        560,
        "Abonnement du 01/%s/%s au %02d/%s/%s" % (ym[5:7], ym[:4], last_day(ym), ym[5:7], ym[:4]),
        30,
        "sans-b",
    )
    rows = [
        ["Détail", "Montant TTC"],
        ["Forfait Orizo Fibre 1 Gb/s — %s" % month_label(ym), eur(d["amount"] * 0.8)],
        ["Option TV", eur(d["amount"] * 0.2)],
        ["Communications hors forfait", "0,00 €"],
        ["Total", eur(d["amount"])],
    ]
    y = p.table(100, 620, [1100, 354], rows, size=23, aligns="lr", head_fill=(252, 228, 210)) + 60
    p.text(100, y, "Prélèvement SEPA le %s sur votre compte." % dmy(d["due"]), 23)
    qr(p, 1350, y + 60, 180, d["seed"])
    p.text(
        827,
        2250,
        "Orizo Télécom SAS · 22 rue des Opérateurs 75015 Paris · RCS Paris 899 000 222",
        16,
        "sans",
        (100, 100, 100),
        align="c",
    )
    return [p]


TEMPLATES = {
    "bill_u_elecea": ("utility_bill", "blind8", bill_u_elecea),
    "bill_u_water": ("utility_bill", "blind8", bill_u_water),
    "bill_u_box_orizo": ("utility_bill", "blind8", bill_u_box_orizo),
}

"""blind2 utility bills: mobile subscription (Pulsar), electricity in two pages (Lumen), water (Régie),
gas (Helia). Suppliers are invented; the wording follows what French bills publicly show: date
d'émission, période de consommation / de facturation, échéance, PDL / PCE, accise, CTA, TVA.
"""

from __future__ import annotations

from codes import dmy, last_day, long_fr
from n_kit import eur, footer, month_year, split_full
from render import A4, Page, logo


def _span(months: list[str], sep: str = "/") -> tuple[str, str]:
    a = months[0] + "-01"
    b = "%s-%02d" % (months[-1], last_day(months[-1]))
    return dmy(a, sep), dmy(b, sep)


def _name_upper_first(d: dict) -> str:
    g, s = split_full(d["holder"])
    return "%s %s %s" % (d["title"], s, g)


# ------------------------------------------------------------------------------- mobile subscription
def bill_mobile(d: dict) -> list[Page]:
    p = Page(A4)
    col = (230, 0, 110)
    p.rect((0, 0, 1654, 180), outline=None, fill=(20, 20, 30))
    logo(p, "circle", 100, 45, 90, col, (20, 20, 30))
    p.text(215, 115, "pulsar", 60, "sans-b", (255, 255, 255))
    p.text(1554, 95, "Facture n° FM%s" % d["ref"], 26, "sans-b", (255, 255, 255), align="r")
    p.text(1554, 135, "Date de facture : %s" % dmy(d["date"]), 22, "sans", (220, 220, 220), align="r")
    p.lines(900, 300, [d["holder"].upper()] + d["address"], 26, "sans")
    p.text(100, 300, "Votre compte client", 22, "sans-b", col)
    p.lines(
        100,
        345,
        [
            "N° client : %s" % d["client"],
            "Ligne : 07 %s %s %s %s"
            % (d["client"][:2], d["client"][2:4], d["client"][4:6], d["client"][6:8]),
            "Offre : Forfait Pulsar 120 Go 5G",
        ],
        22,
        "sans",
    )
    a, b = _span(d["months"])
    p.rect((100, 560, 1554, 760), outline=None, fill=(250, 235, 244))
    p.text(140, 630, "Montant de votre facture", 28, "sans")
    p.text(1514, 640, eur(d["amount"]), 54, "sans-b", col, align="r")
    p.text(
        140,
        700,
        "Prélevé à partir du %s sur le compte se terminant par ...%s" % (dmy(d["due"]), d["client"][-3:]),
        22,
        "sans",
    )
    p.text(100, 860, "Période de facturation : du %s au %s" % (a, b), 28, "sans-b")
    ht = round(d["amount"] / 1.2, 2)
    rows = [
        ["Abonnements et options", "Période", "Montant HT"],
        ["Forfait Pulsar 120 Go 5G", "%s - %s" % (a, b), eur(round(ht * 0.84, 2))],
        ["Option Europe & DOM", "%s - %s" % (a, b), eur(round(ht * 0.16, 2))],
        ["Communications hors forfait", "", eur(0)],
        ["Total HT", "", eur(ht)],
        ["TVA 20 %", "", eur(round(d["amount"] - ht, 2))],
        ["Total TTC", "", eur(d["amount"])],
    ]
    p.table(
        100,
        900,
        [700, 460, 294],
        rows,
        23,
        "sans",
        "sans-b",
        head_fill=(245, 245, 245),
        aligns="llr",
        grid=False,
        row_h=62,
    )
    p.text(
        100,
        1450,
        "Consommations du mois de %s : appels 3 h 12 min, SMS 214, internet 38,4 Go."
        % month_year(d["months"][-1]),
        21,
        "sans-i",
        (80, 80, 80),
    )
    footer(p, "Pulsar Télécom SAS - 9 rue de l'Aqueduc, 75010 Paris - RCS Paris 901 234 567", 1, 1)
    return [p]


# ------------------------------------------------------------------------------- electricity, 2 pages
def bill_elec(d: dict) -> list[Page]:
    col = (0, 120, 90)
    a, b = _span(d["months"])
    p = Page(A4)
    logo(p, "bolt", 110, 90, 120, col)
    p.text(260, 150, "Lumen Énergie", 44, "sans-b", col)
    p.text(260, 190, "Électricité verte - offre Lumen Fixe", 22, "sans", (90, 90, 90))
    p.text(110, 330, "VOTRE FACTURE", 34, "sans-b")
    p.lines(
        110,
        390,
        [
            "Date d'émission : %s" % long_fr(d["date"]),
            "Référence client : %s" % d["client"],
            "Facture n° %s" % d["ref"],
        ],
        24,
        "sans",
    )
    p.lines(950, 330, [_name_upper_first(d)] + d["address"], 26, "sans")
    kind = "bimestrielle" if len(d["months"]) > 1 else "mensuelle"
    p.rect((110, 580, 1544, 900), outline=col, width=3)
    p.text(150, 650, "Facture %s de consommation" % kind, 28, "sans-b")
    p.text(150, 710, "Période de consommation : du %s au %s" % (a, b), 28, "sans")
    p.text(150, 790, "Montant TTC à payer", 28, "sans")
    p.text(1500, 800, eur(d["amount"]), 56, "sans-b", col, align="r")
    p.text(150, 860, "Échéance : %s - prélèvement automatique" % dmy(d["due"]), 24, "sans")
    p.text(110, 1000, "Adresse de consommation", 24, "sans-b")
    p.lines(110, 1045, d["address"] + ["Point de livraison (PDL) : %s" % d["pdl"]], 24, "sans")
    p.text(110, 1250, "Votre consommation sur la période : %d kWh" % int(d["amount"] * 4.1), 26, "sans")
    # a small bar chart of previous months
    for i in range(12):
        h = 60 + ((d["seed"] * (i + 3)) % 140)
        p.rect(
            (150 + i * 100, 1600 - h, 210 + i * 100, 1600),
            outline=None,
            fill=col if i == 11 else (190, 220, 210),
        )
    p.line(130, 1600, 1380, 1600, (80, 80, 80), 2)
    p.text(150, 1640, "Historique de vos consommations (12 derniers relevés)", 20, "sans-i", (90, 90, 90))
    footer(p, "Lumen Énergie SA - 40 avenue de France, 75013 Paris - Service client 09 70 00 00 00", 1, 2)
    q = Page(A4)
    q.text(110, 160, "DÉTAIL DE VOTRE FACTURE", 32, "sans-b", col)
    q.text(110, 210, "Période du %s au %s  -  PDL %s" % (a, b, d["pdl"]), 22, "sans")
    kwh = int(d["amount"] * 4.1)
    ht = round(d["amount"] / 1.2, 2)
    rows = [
        ["Rubrique", "Quantité", "Prix unitaire", "Montant HT"],
        [
            "Abonnement 6 kVA",
            "%d mois" % len(d["months"]),
            eur(12.44),
            eur(round(12.44 * len(d["months"]), 2)),
        ],
        [
            "Consommation (index %06d -> %06d)" % (d["seed"] * 13, d["seed"] * 13 + kwh),
            "%d kWh" % kwh,
            "0,1952 €",
            eur(round(ht * 0.62, 2)),
        ],
        ["Acheminement (TURPE)", "", "", eur(round(ht * 0.18, 2))],
        ["Accise sur l'électricité", "%d kWh" % kwh, "0,0225 €", eur(round(ht * 0.1, 2))],
        ["Contribution tarifaire d'acheminement (CTA)", "", "", eur(round(ht * 0.02, 2))],
        ["Total HT", "", "", eur(ht)],
        ["TVA 20 %", "", "", eur(round(d["amount"] - ht, 2))],
        ["TOTAL TTC", "", "", eur(d["amount"])],
    ]
    q.table(
        110,
        280,
        [700, 220, 240, 274],
        rows,
        21,
        "sans",
        "sans-b",
        head_fill=(220, 238, 232),
        aligns="lrrr",
        row_h=60,
    )
    q.wrap(
        110,
        900,
        1430,
        "Titulaire du contrat : %s. En cas de litige, vous pouvez saisir le médiateur national de l'énergie."
        % d["holder"],
        21,
        "sans-i",
    )
    footer(q, "Lumen Énergie SA - facture n° %s" % d["ref"], 2, 2)
    return [p, q]


# ------------------------------------------------------------------------------- water, two columns
def bill_water(d: dict) -> list[Page]:
    col = (0, 90, 170)
    a, b = _span(d["months"])
    p = Page(A4, bg=(252, 254, 255))
    logo(p, "drop", 100, 80, 100, col)
    p.text(230, 130, "RÉGIE DES EAUX DU BASSIN %s" % d["region"].upper(), 30, "serif-b", col)
    p.text(230, 170, "Service public de l'eau et de l'assainissement", 20, "serif-i")
    p.line(827, 260, 827, 1900, (180, 200, 220), 2)
    # left column
    y = 300
    p.text(100, y, "Facture d'eau", 36, "serif-b")
    p.lines(
        100,
        y + 60,
        [
            "Date d'émission : %s" % dmy(d["date"]),
            "N° de facture : E-%s" % d["ref"],
            "N° d'abonné : %s" % d["client"],
            "Date limite de paiement : %s" % dmy(d["due"]),
        ],
        22,
        "serif",
    )
    p.text(100, y + 330, "Période : du %s au %s" % (a, b), 24, "serif-b")
    rows = [
        ["", "m³", "Montant"],
        ["Abonnement eau", "", eur(round(d["amount"] * 0.15, 2))],
        ["Consommation eau", "%d" % int(d["amount"] / 4), eur(round(d["amount"] * 0.45, 2))],
        ["Assainissement", "%d" % int(d["amount"] / 4), eur(round(d["amount"] * 0.3, 2))],
        ["Redevances Agence de l'eau", "", eur(round(d["amount"] * 0.045, 2))],
        ["TVA 5,5 % / 10 %", "", eur(round(d["amount"] * 0.055, 2))],
    ]
    y2 = p.table(
        100,
        y + 370,
        [380, 100, 200],
        rows,
        20,
        "serif",
        "serif-b",
        head_fill=(225, 236, 248),
        aligns="lrr",
        row_h=54,
    )
    p.text(100, y2 + 70, "Total à payer : %s" % eur(d["amount"]), 30, "serif-b", col)
    # right column
    p.text(870, 320, "Abonné", 20, "serif-i", (90, 90, 90))
    p.lines(870, 360, [d["holder"]] + d["address"], 26, "serif")
    p.text(870, 600, "Adresse desservie", 20, "serif-i", (90, 90, 90))
    p.lines(870, 640, d["address"], 24, "serif")
    p.text(870, 780, "Compteur n° %s" % d["pdl"][:10], 22, "serif")
    p.text(870, 820, "Relevé du %s : index %d m³" % (b, d["seed"] * 3 + 120), 22, "serif")
    p.wrap(
        870,
        920,
        650,
        "Qualité de l'eau : l'eau distribuée en %s est conforme aux limites de qualité réglementaires."
        % month_year(d["months"][-1]),
        20,
        "serif-i",
    )
    p.wrap(870, 1080, 650, "Prix moyen du m³ toutes taxes comprises : 4,21 €.", 20, "serif-i")
    # TIP-like slip
    p.rect((60, 1960, 1594, 2280), outline=(120, 120, 120), width=1)
    p.text(100, 2010, "Titre de paiement - à détacher si vous payez par chèque", 20, "serif-i")
    p.text(100, 2070, "Abonné %s  -  %s" % (d["client"], d["holder"]), 22, "mono")
    p.text(100, 2120, "Montant : %s   Échéance : %s" % (eur(d["amount"]), dmy(d["due"])), 22, "mono")
    p.text(
        1554,
        2240,
        "%s %s %s" % (d["client"], d["ref"], "%08d" % int(d["amount"] * 100)),
        26,
        "ocrb",
        align="r",
    )
    return [p]


# ------------------------------------------------------------------------------- gas, landscape-like header
def bill_gas(d: dict) -> list[Page]:
    col = (240, 120, 0)
    a, b = _span(d["months"])
    p = Page(A4)
    p.rect((0, 0, 560, 2339), outline=None, fill=(255, 244, 230))
    logo(p, "tri", 80, 90, 110, col)
    p.text(210, 170, "Helia Gaz", 44, "sans-b", col)
    p.text(80, 320, "Facture", 38, "sans-b")
    p.lines(80, 380, ["du %s" % dmy(d["date"]), "n° G%s" % d["ref"]], 26, "sans")
    p.text(80, 540, "Montant TTC", 24, "sans")
    p.text(80, 610, eur(d["amount"]), 50, "sans-b", col)
    p.text(80, 680, "à régler avant le", 22, "sans")
    p.text(80, 720, dmy(d["due"]), 28, "sans-b")
    p.lines(
        80,
        880,
        [
            "Vos références",
            "Client : %s" % d["client"],
            "PCE : GI%s" % d["pdl"][:12],
            "Tarif : Helia Gaz Fixe 2 ans",
        ],
        22,
        "sans",
    )
    p.lines(650, 200, [d["title"] + " " + d["holder"]] + d["address"], 28, "sans")
    p.text(650, 520, "Consommation de gaz naturel", 30, "sans-b")
    p.text(650, 570, "du %s au %s" % (a, b), 30, "sans")
    kwh = int(d["amount"] * 7.3)
    rows = [
        ["Détail", "Montant"],
        ["Abonnement", eur(round(d["amount"] * 0.17, 2))],
        ["Gaz consommé : %d kWh" % kwh, eur(round(d["amount"] * 0.55, 2))],
        ["Accise sur le gaz naturel", eur(round(d["amount"] * 0.09, 2))],
        ["CTA", eur(round(d["amount"] * 0.03, 2))],
        ["TVA", eur(round(d["amount"] * 0.16, 2))],
        ["Total TTC", eur(d["amount"])],
    ]
    p.table(
        650, 640, [640, 260], rows, 23, "sans", "sans-b", head_fill=(255, 228, 200), aligns="lr", row_h=64
    )
    p.wrap(
        650,
        1200,
        900,
        "Titulaire : %s. Relevé réel de votre compteur le %s. Coefficient de conversion 11,21 kWh/m³."
        % (d["holder"], b),
        21,
        "sans-i",
    )
    footer(p, "Helia Gaz SAS - 3 cours Gambetta, 69003 Lyon", 1, 1)
    return [p]


TEMPLATES = {
    "bill_n_mobile_pulsar": ("utility_bill", "blind2", bill_mobile),
    "bill_n_elec_lumen": ("utility_bill", "blind2", bill_elec),
    "bill_n_water_regie": ("utility_bill", "blind2", bill_water),
    "bill_n_gas_helia": ("utility_bill", "blind2", bill_gas),
}

"""Fresh-half supplier bills (invented companies): an internet box, an electricity supplier with
a two-column layout, a municipal water board and a gas supplier with a coloured summary band.
A bill states the holder, the supply address, the billed period and the amount (TVA detailed).
"""

from __future__ import annotations

from codes import dmy, last_day, month_fr
from render import GREY, Page, logo


def eur(v: float) -> str:
    return ("%.2f" % v).replace(".", ",") + " €"


def _span(months: list[str]) -> tuple[str, str]:
    return months[0] + "-01", "%s-%02d" % (months[-1], last_day(months[-1]))


def _ht(v: float) -> tuple[float, float]:
    ht = round(v / 1.2, 2)
    return ht, round(v - ht, 2)


# ---- internet box (monthly subscription, billed for the current month) -----------------------
def bill_box_onda(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (230, 0, 126)
    p = Page()
    p.ellipse((110, 90, 230, 210), outline=None, fill=col)
    p.text(170, 172, "o", 80, "sans-b", (255, 255, 255), align="c")
    p.text(260, 170, "onda", 72, "sans-b", col)
    p.text(260, 210, "Très haut débit & TV", 22, "sans", GREY)
    p.rect((1000, 100, 1554, 260), outline=None, fill=(248, 240, 246))
    p.text(1020, 150, "Facture n° FO%s" % d["ref"], 24, "sans-b")
    p.text(1020, 190, "Date : %s" % dmy(d["date"]), 24, "sans")
    p.text(1020, 230, "Identifiant client : %s" % d["client"], 24, "sans")
    p.lines(1000, 380, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 28, "sans")
    p.text(
        110, 600, "Votre facture de %s %s" % (month_fr(d["months"][-1]), d["months"][-1][:4]), 40, "sans-b"
    )
    p.text(
        110,
        650,
        "Ligne fibre : 0%s — adresse d'installation : %s" % (d["pdl"][:9], ", ".join(d["address"])),
        22,
        "sans",
        GREY,
    )
    ht, tva = _ht(d["amount"])
    rows = [
        ["Détail", "Période", "Montant TTC"],
        ["Forfait Onda Fibre 1 Gb/s", "du %s au %s" % (dmy(a), dmy(b)), eur(d["amount"] - 5)],
        ["Option TV — 180 chaînes", "du %s au %s" % (dmy(a), dmy(b)), eur(5)],
        ["Communications hors forfait", "—", "0,00 €"],
    ]
    y = p.table(
        110,
        720,
        [650, 480, 304],
        rows,
        size=24,
        head_fill=(250, 220, 236),
        aligns="lcr",
        grid=False,
        zebra=(250, 247, 249),
    )
    p.line(110, y + 10, 1544, y + 10, col, 3)
    p.text(1544, y + 80, "Total à payer : %s" % eur(d["amount"]), 36, "sans-b", col, align="r")
    p.text(1544, y + 125, "dont TVA 20 % : " + eur(tva) + "  —  HT : " + eur(ht), 22, "sans", GREY, align="r")
    p.text(
        110,
        y + 220,
        "Prélevé le %s sur votre compte se terminant par ••%s." % (dmy(d["due"]), d["client"][-3:]),
        24,
        "sans",
    )
    p.text(
        110,
        2250,
        "Onda Télécom SAS — 12 rue des Câbles, 92130 Issy-les-Moulineaux — RCS Nanterre 812 345 678",
        18,
        "sans",
        GREY,
    )
    return [p]


# ---- electricity, two columns ---------------------------------------------------------------
def bill_elec_solaria(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (255, 170, 0)
    p = Page()
    p.rect((0, 0, 520, 2339), outline=None, fill=(255, 248, 228))
    logo(p, "bolt", 80, 90, 110, (230, 120, 0))
    p.text(80, 260, "Solaria", 54, "serif-b", (150, 80, 0))
    p.text(80, 300, "Énergie", 30, "serif-i", (150, 80, 0))
    side = [
        ("Référence client", d["client"]),
        ("N° de facture", "S-" + d["ref"]),
        ("Date de facture", dmy(d["date"])),
        ("Point de livraison (PDL)", d["pdl"]),
        ("Offre", "Électricité Base 6 kVA"),
        ("Date limite de paiement", dmy(d["due"])),
    ]
    y = 420
    for lab, val in side:
        p.text(80, y, lab, 22, "sans", GREY)
        p.text(80, y + 38, val, 28, "sans-b")
        y += 110
    p.text(80, y + 60, "Dépannage 24h/24 :", 22, "sans")
    p.text(80, y + 100, "09 72 00 00 00", 28, "mono-b")
    p.lines(600, 220, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 30, "sans")
    p.text(600, 520, "FACTURE D'ÉLECTRICITÉ", 44, "sans-b")
    p.text(600, 575, "Période de consommation du %s au %s" % (dmy(a), dmy(b)), 28, "sans-b", (150, 80, 0))
    p.text(600, 620, "Adresse de consommation : %s" % ", ".join(d["address"]), 22, "sans")
    kwh = int(d["amount"] * 4.1)
    ht, tva = _ht(d["amount"])
    rows = [
        ["Rubrique", "Quantité", "Montant HT"],
        ["Abonnement", "%d mois" % len(d["months"]), eur(round(ht * 0.25, 2))],
        ["Consommation", "%d kWh" % kwh, eur(round(ht * 0.62, 2))],
        ["Acheminement", "", eur(round(ht * 0.08, 2))],
        [
            "Taxes et contributions",
            "",
            eur(round(ht - round(ht * 0.25, 2) - round(ht * 0.62, 2) - round(ht * 0.08, 2), 2)),
        ],
        ["TVA", "", eur(tva)],
    ]
    y = p.table(600, 700, [440, 250, 264], rows, size=24, head_fill=col, aligns="lrr")
    p.rect((600, y + 60, 1554, y + 200), outline=None, fill=(40, 40, 40))
    p.text(630, y + 150, "MONTANT TTC", 36, "sans-b", (255, 255, 255))
    p.text(1524, y + 150, eur(d["amount"]), 50, "sans-b", col, align="r")
    p.text(
        600,
        y + 280,
        "Index relevés : ancien %05d — nouveau %05d (relevé réel)"
        % (d["seed"] * 13 % 90000, d["seed"] * 13 % 90000 + kwh),
        22,
        "mono",
    )
    p.text(
        600,
        2250,
        "Solaria Énergie SA — fournisseur d'électricité — 3 place de la Lumière, 13002 Marseille",
        18,
        "sans",
        GREY,
    )
    return [p]


# ---- municipal water board --------------------------------------------------------------------
def bill_eau_regie(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (0, 100, 160)
    p = Page()
    logo(p, "drop", 110, 90, 100, col)
    p.text(240, 140, "RÉGIE MUNICIPALE DES EAUX", 38, "scond-b", col)
    p.text(240, 185, "Ville de %s — service de l'eau et de l'assainissement" % d["region"], 24, "scond")
    p.lines(
        1000,
        320,
        ["%s %s" % (d["title"].upper(), d["holder"].upper()), *[s.upper() for s in d["address"]]],
        26,
        "mono",
    )
    p.text(110, 320, "Abonné n° %s" % d["client"], 26, "scond")
    p.text(110, 360, "Compteur n° %s" % d["pdl"][:10], 26, "scond")
    p.text(110, 400, "Facture du %s" % dmy(d["date"]), 26, "scond")
    p.rect((110, 580, 1544, 680), outline=col, width=3)
    p.text(827, 645, "FACTURE D'EAU — période du %s au %s" % (dmy(a), dmy(b)), 34, "scond-b", col, align="c")
    m3 = max(4, int(d["amount"] / 4.2))
    rows = [
        ["Prestation", "Volume / durée", "Prix unitaire", "Montant"],
        [
            "Distribution de l'eau — abonnement",
            "%d mois" % len(d["months"]),
            "",
            eur(round(d["amount"] * 0.12, 2)),
        ],
        ["Consommation eau potable", "%d m³" % m3, "2,08 €", eur(round(d["amount"] * 0.48, 2))],
        ["Collecte et traitement des eaux usées", "%d m³" % m3, "1,62 €", eur(round(d["amount"] * 0.33, 2))],
        ["Agence de l'eau (redevances)", "%d m³" % m3, "", eur(round(d["amount"] * 0.03, 2))],
        [
            "TVA 5,5 % et 10 %",
            "",
            "",
            eur(round(d["amount"] - sum(round(d["amount"] * k, 2) for k in (0.12, 0.48, 0.33, 0.03)), 2)),
        ],
    ]
    y = p.table(
        110,
        740,
        [650, 280, 230, 274],
        rows,
        size=24,
        f="scond",
        hf="scond-b",
        head_fill=(215, 232, 245),
        aligns="lrrr",
    )
    p.text(1544, y + 90, "Total TTC : %s" % eur(d["amount"]), 38, "scond-b", align="r")
    p.text(110, y + 90, "À régler avant le %s" % dmy(d["due"]), 28, "scond")
    for k in range(12):
        h = 30 + (k * 37 + d["seed"]) % 120
        p.rect(
            (150 + k * 70, y + 420 - h, 190 + k * 70, y + 420),
            outline=None,
            fill=col if k > 8 else (170, 200, 225),
        )
    p.text(150, y + 470, "Historique de consommation (m³) — 12 derniers mois", 20, "scond-i", GREY)
    p.text(
        110,
        2250,
        "TIP SEPA joint — Régie municipale des eaux, Hôtel de Ville, %s" % d["region"],
        18,
        "scond",
        GREY,
    )
    return [p]


# ---- gas supplier, coloured summary band ------------------------------------------------------
def bill_gaz_mistral(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (20, 80, 60)
    p = Page()
    p.rect((0, 0, 1654, 330), outline=None, fill=col)
    logo(p, "tri", 100, 70, 100, (255, 255, 255), col)
    p.text(230, 140, "MISTRAL GAZ", 48, "sans-b", (255, 255, 255))
    p.text(230, 185, "Gaz naturel pour les particuliers", 24, "sans", (200, 230, 215))
    p.text(1554, 130, "Facture du %s" % dmy(d["date"]), 26, "sans", (255, 255, 255), align="r")
    p.text(1554, 175, "N° %s" % d["ref"], 26, "mono", (255, 255, 255), align="r")
    p.text(1554, 280, eur(d["amount"]), 64, "sans-b", (255, 255, 255), align="r")
    p.text(100, 280, "Montant à payer avant le %s" % dmy(d["due"]), 28, "sans-b", (255, 255, 255))
    p.lines(
        100, 450, ["Titulaire du contrat", "%s %s" % (d["title"], d["holder"]), *d["address"]], 26, "sans"
    )
    p.lines(
        900,
        450,
        [
            "Point de comptage et d'estimation",
            "PCE %s" % d["pdl"],
            "Tarif : Mistral Fixe 2 ans",
            "Client n° %s" % d["client"],
        ],
        26,
        "sans",
    )
    p.text(100, 760, "Votre consommation du %s au %s" % (dmy(a), dmy(b)), 34, "sans-b", col)
    kwh = int(d["amount"] * 7.3)
    rows = [
        ["", "Index début", "Index fin", "m³", "kWh"],
        ["Relevé", "%05d" % (d["seed"] * 7), "%05d" % (d["seed"] * 7 + kwh // 11), str(kwh // 11), str(kwh)],
    ]
    y = p.table(100, 800, [250, 300, 300, 300, 304], rows, size=26, head_fill=(220, 236, 228), aligns="lrrrr")
    ht, tva = _ht(d["amount"])
    for k, (lab, v) in enumerate(
        [
            ("Abonnement", ht * 0.3),
            ("Consommation", ht * 0.55),
            ("Taxes (accise, CTA)", ht * 0.15),
            ("TVA", tva),
        ]
    ):
        p.text(100, y + 100 + k * 55, lab, 26, "sans")
        p.text(1554, y + 100 + k * 55, eur(round(v, 2)), 26, "sans", align="r")
    p.line(100, y + 330, 1554, y + 330, col, 2)
    p.text(100, y + 390, "Total TTC", 32, "sans-b")
    p.text(1554, y + 390, eur(d["amount"]), 32, "sans-b", align="r")
    p.text(
        100,
        2250,
        "Mistral Gaz SAS — 40 boulevard du Littoral, 06000 Nice — urgence gaz : 0 800 47 33 33",
        18,
        "sans",
        GREY,
    )
    return [p]


TEMPLATES = {
    "bill_box_onda": ("utility_bill", "fresh", bill_box_onda),
    "bill_elec_solaria": ("utility_bill", "fresh", bill_elec_solaria),
    "bill_eau_regie": ("utility_bill", "fresh", bill_eau_regie),
    "bill_gaz_mistral": ("utility_bill", "fresh", bill_gaz_mistral),
}

"""Utility bills from six invented suppliers (electricity, gas, water, internet, mobile, dual energy)."""

from __future__ import annotations

from codes import dmy, last_day, month_fr
from render import Page, logo


def _money(v: float) -> str:
    return ("%.2f" % v).replace(".", ",")


def period(d: dict) -> tuple[str, str]:
    a, b = d["months"][0], d["months"][-1]
    return "01/%s/%s" % (a[5:7], a[:4]), "%02d/%s/%s" % (last_day(b), b[5:7], b[:4])


def _holder_block(
    p: Page, x: float, y: float, d: dict, size: int = 26, f: str = "sans", upper: bool = False
) -> float:
    rows = ["%s %s" % (d["title"], d["holder"]), *d["address"]]
    return p.lines(x, y, [r.upper() for r in rows] if upper else rows, size, f)


def elec_lumen(d: dict) -> list[Page]:
    col = (230, 120, 0)
    p = Page()
    logo(p, "bolt", 110, 90, 130, col)
    p.text(270, 170, "Lumen Énergie", 50, "sans-b", col)
    p.text(270, 210, "Fournisseur d'électricité", 22, "sans-i", (100, 100, 100))
    p.text(110, 330, "Facture du %s" % dmy(d["date"]), 34, "sans-b")
    p.text(110, 375, "N° de facture : %s" % d["ref"], 22, "sans")
    p.text(110, 410, "Référence client : %s" % d["client"], 22, "sans")
    p.text(110, 445, "Point de livraison (PDL) : %s" % d["pdl"], 22, "sans")
    _holder_block(p, 900, 330, d)
    a, b = period(d)
    p.rect((110, 560, 1544, 760), outline=None, fill=(255, 243, 228))
    p.text(140, 620, "Montant à payer", 30, "sans")
    p.text(1510, 640, _money(d["amount"]) + " € TTC", 54, "sans-b", col, "r")
    p.text(140, 700, "Date limite de paiement : %s - prélèvement automatique" % dmy(d["due"]), 24, "sans")
    p.text(110, 840, "Période de consommation du %s au %s" % (a, b), 28, "sans-b")
    kwh = 160 * len(d["months"]) + d["seed"] % 90
    rows = [
        ["Détail", "Quantité", "Prix unitaire", "Montant HT"],
        ["Abonnement 6 kVA", "%d mois" % len(d["months"]), "13,03 €", _money(13.03 * len(d["months"]))],
        ["Consommation Base", "%d kWh" % kwh, "0,1952 €", _money(kwh * 0.1952)],
        ["Contribution tarifaire d'acheminement", "", "", "3,12"],
        ["Accise sur l'électricité", "%d kWh" % kwh, "0,0225 €", _money(kwh * 0.0225)],
        ["TVA", "", "", _money(d["amount"] * 0.15)],
        ["Total TTC", "", "", _money(d["amount"])],
    ]
    y = p.table(110, 880, [620, 260, 260, 294], rows, 22, "sans", "sans-b", (250, 230, 200), aligns="lrrr")
    p.text(110, y + 80, "Titulaire du contrat : %s" % d["holder"], 24, "sans")
    p.text(110, y + 120, "Adresse du point de livraison : %s" % ", ".join(d["address"]), 24, "sans")
    p.text(
        110,
        2250,
        "Lumen Énergie SA - RCS Nanterre 812 345 678 - Service client 09 69 00 00 00",
        18,
        "sans",
        (120, 120, 120),
    )
    return [p]


def gas_gaznova(d: dict) -> list[Page]:
    col = (20, 90, 160)
    p = Page()
    p.rect((0, 0, 560, 2339), outline=None, fill=(232, 240, 250))
    logo(p, "circle", 80, 90, 100, col)
    p.text(200, 160, "GazNova", 44, "serif-b", col)
    y = p.lines(
        80,
        300,
        ["VOS RÉFÉRENCES", "Compte client", d["client"], "N° de contrat", d["ref"], "PCE", d["pdl"]],
        22,
        "serif",
    )
    p.lines(80, y + 40, ["NOUS CONTACTER", "09 77 40 50 60", "gaznova.example"], 22, "serif")
    _holder_block(p, 700, 240, d, 26, "serif", upper=True)
    p.text(700, 520, "FACTURE DE GAZ NATUREL", 34, "serif-b", col)
    p.text(700, 570, "Facture n° %s du %s" % (d["ref"], dmy(d["date"])), 24, "serif")
    a, b = period(d)
    p.text(700, 620, "Consommation relevée du %s au %s" % (a, b), 24, "serif")
    rows = [
        ["", "Montant"],
        ["Abonnement", _money(18.5 * len(d["months"]))],
        [
            "Consommation (%d kWh)" % (420 * len(d["months"])),
            _money(d["amount"] - 18.5 * len(d["months"]) - 6),
        ],
        ["Taxes et contributions", "6,00"],
        ["TOTAL TTC", _money(d["amount"])],
    ]
    y = p.table(700, 690, [560, 284], rows, 24, "serif", "serif-b", (210, 226, 246), aligns="lr")
    p.text(700, y + 80, "À payer avant le %s" % dmy(d["due"]), 30, "serif-b", col)
    p.text(700, y + 130, "Titulaire : %s" % d["holder"], 24, "serif")
    p.text(700, y + 170, "Lieu de consommation : %s" % ", ".join(d["address"]), 22, "serif")
    return [p]


def water_eaux(d: dict) -> list[Page]:
    col = (0, 120, 140)
    p = Page()
    logo(p, "drop", 1380, 90, 140, col)
    p.text(110, 150, "EAUX DU BASSIN %s" % d["region"].upper(), 38, "cond-b", col)
    p.text(110, 190, "Service public de l'eau et de l'assainissement", 22, "cond")
    _holder_block(p, 110, 320, d, 26, "cond")
    p.lines(
        1000,
        320,
        ["Facture n° %s" % d["ref"], "du %s" % dmy(d["date"]), "Abonné n° %s" % d["client"]],
        24,
        "cond",
    )
    a, b = period(d)
    p.rect((110, 560, 1544, 640), outline=col, width=3)
    p.text(140, 615, "Facture d'eau - période du %s au %s" % (a, b), 30, "cond-b", col)
    m3 = 6 * len(d["months"]) + d["seed"] % 5
    rows = [
        ["Rubrique", "Volume", "Prix", "Montant HT", "TVA"],
        ["Distribution de l'eau - abonnement", "", "", "8,40", "5,5 %"],
        ["Consommation", "%d m³" % m3, "2,11", _money(m3 * 2.11), "5,5 %"],
        ["Collecte et traitement des eaux usées", "%d m³" % m3, "1,87", _money(m3 * 1.87), "10 %"],
        ["Organismes publics (Agence de l'eau)", "%d m³" % m3, "0,54", _money(m3 * 0.54), "5,5 %"],
    ]
    y = p.table(
        110, 700, [600, 200, 180, 260, 194], rows, 22, "cond", "cond-b", (214, 238, 240), aligns="lrrrr"
    )
    p.text(110, y + 80, "Total à payer : %s €" % _money(d["amount"]), 40, "cond-b")
    p.text(110, y + 135, "Date limite de paiement : %s" % dmy(d["due"]), 26, "cond")
    p.text(110, y + 175, "Index relevé : %d m³ (relevé réel)" % (1200 + d["seed"] % 700), 22, "cond")
    p.text(
        110, 2250, "Talon à joindre à votre règlement - Réf. %s - %s" % (d["client"], d["holder"]), 20, "cond"
    )
    p.line(110, 2190, 1544, 2190, (0, 0, 0), 1)
    return [p]


def internet_fibrea(d: dict) -> list[Page]:
    col = (200, 20, 80)
    p = Page()
    p.rect((0, 0, 1654, 230), outline=None, fill=(30, 30, 40))
    p.text(110, 150, "fibrea", 80, "sans-b", col)
    p.text(1544, 140, "Votre facture", 34, "sans", (255, 255, 255), "r")
    p.text(
        1544,
        185,
        "%s %s" % (month_fr(d["months"][-1]).capitalize(), d["months"][-1][:4]),
        30,
        "sans-b",
        (255, 255, 255),
        "r",
    )
    _holder_block(p, 900, 330, d, 25)
    p.lines(
        110,
        330,
        [
            "Facture du %s" % dmy(d["date"]),
            "N° de facture %s" % d["ref"],
            "Identifiant %s" % d["client"],
            "Ligne fixe 09 %02d %02d %02d %02d"
            % (d["seed"] % 90, d["seed"] % 80, d["seed"] % 70, d["seed"] % 60),
        ],
        24,
        "sans",
    )
    a, b = period(d)
    rows = [
        ["Vos services", "Période", "Montant TTC"],
        ["Forfait Fibre Max 2 Gb/s", "du %s au %s" % (a, b), _money(d["amount"] - 2)],
        ["Option TV", "du %s au %s" % (a, b), "2,00"],
        ["Appels vers mobiles", "inclus", "0,00"],
        ["Total", "", _money(d["amount"])],
    ]
    y = p.table(
        110,
        620,
        [600, 520, 314],
        rows,
        24,
        "sans",
        "sans-b",
        (248, 220, 232),
        aligns="llr",
        grid=False,
        zebra=(248, 246, 248),
    )
    p.text(
        110,
        y + 100,
        "%s € seront prélevés le %s sur votre compte." % (_money(d["amount"]), dmy(d["due"])),
        26,
        "sans-b",
    )
    p.text(110, y + 150, "Titulaire du contrat : %s" % d["holder"], 24, "sans")
    p.text(110, y + 190, "Adresse d'installation : %s" % ", ".join(d["address"]), 24, "sans")
    return [p]


def mobile_kali(d: dict) -> list[Page]:
    col = (40, 150, 90)
    p = Page()
    logo(p, "wave", 110, 100, 110, col)
    p.text(250, 175, "Kali Mobile", 48, "sans-b", col)
    p.text(1544, 175, "FACTURE", 40, "light", align="r")
    p.lines(
        110,
        320,
        [
            "Date de facture : %s" % dmy(d["date"]),
            "Numéro de facture : %s" % d["ref"],
            "Compte : %s" % d["client"],
            "Ligne : 06 %02d %02d %02d %02d"
            % (d["seed"] % 90, d["seed"] % 80, d["seed"] % 70, d["seed"] % 60),
        ],
        24,
        "cond",
    )
    _holder_block(p, 950, 320, d, 25, "cond")
    a, b = period(d)
    p.text(110, 620, "Forfait du %s au %s" % (a, b), 30, "sans-b")
    rows = [
        ["Détail de la facture", "HT", "TTC"],
        ["Forfait 100 Go 5G", _money(d["amount"] / 1.2), _money(d["amount"])],
        ["Communications hors forfait", "0,00", "0,00"],
        ["Total à payer", "", _money(d["amount"])],
    ]
    y = p.table(110, 680, [900, 267, 267], rows, 24, "cond", "cond-b", (220, 242, 228), aligns="lrr")
    p.text(110, y + 90, "Prélèvement le %s" % dmy(d["due"]), 28, "cond-b")
    p.text(110, y + 140, "Titulaire de la ligne : %s" % d["holder"], 24, "cond")
    p.text(110, 2250, "Kali Mobile SAS - 75 avenue des Ondes 92100 Boulogne", 18, "cond", (120, 120, 120))
    return [p]


def dual_vertigo(d: dict) -> list[Page]:
    col = (110, 40, 140)
    p = Page()
    p.rect((60, 60, 1594, 2279), outline=col, width=4)
    logo(p, "tri", 120, 110, 100, col)
    p.text(250, 180, "VERTIGO ÉNERGIES", 44, "serif-b", col)
    p.text(1534, 180, "Électricité & Gaz", 26, "serif-i", col, "r")
    p.text(827, 330, "FACTURE DE RÉGULARISATION" if d["seed"] % 2 else "FACTURE", 36, "serif-b", align="c")
    a, b = period(d)
    p.text(
        827, 380, "émise le %s - pour la période du %s au %s" % (dmy(d["date"]), a, b), 24, "serif", align="c"
    )
    rows = [
        ["Titulaire du contrat", d["holder"]],
        ["Adresse de fourniture", ", ".join(d["address"])],
        ["N° client", d["client"]],
        ["Référence facture", d["ref"]],
        ["Date limite de paiement", dmy(d["due"])],
    ]
    y = p.table(
        120,
        450,
        [500, 914],
        [["Vos informations", ""]] + rows,
        24,
        "serif",
        "serif-b",
        (236, 226, 244),
        aligns="ll",
    )
    rows = [
        ["Énergie", "Consommation", "Montant TTC"],
        ["Électricité", "%d kWh" % (150 * len(d["months"])), _money(d["amount"] * 0.6)],
        ["Gaz naturel", "%d kWh" % (300 * len(d["months"])), _money(d["amount"] * 0.4)],
        ["TOTAL", "", _money(d["amount"])],
    ]
    y = p.table(120, y + 80, [500, 500, 414], rows, 24, "serif", "serif-b", (236, 226, 244), aligns="lrr")
    p.text(120, y + 90, "Montant prélevé : %s €" % _money(d["amount"]), 32, "serif-b", col)
    return [p]


TEMPLATES = {
    "bill_elec_lumen": ("utility_bill", "tune", elec_lumen),
    "bill_internet_fibrea": ("utility_bill", "tune", internet_fibrea),
    "bill_water_eaux": ("utility_bill", "tune", water_eaux),
    "bill_gas_gaznova": ("utility_bill", "heldout", gas_gaznova),
    "bill_mobile_kali": ("utility_bill", "heldout", mobile_kali),
    "bill_dual_vertigo": ("utility_bill", "heldout", dual_vertigo),
}

"""Blind half: 3 suppliers (fibre internet Azur, electricity Voltaïa, water syndicate with bimonthly bills)."""

from __future__ import annotations

from codes import dmy, last_day, month_fr
from render import Page, logo


def _eur(v: float) -> str:
    return ("%.2f" % v).replace(".", ",") + " €"


def _span(months: list[str]) -> tuple[str, str]:
    return months[0] + "-01", "%s-%02d" % (months[-1], last_day(months[-1]))


def bill_b_fibre_azur(d: dict) -> list[Page]:
    """Fibre box bill: dark sidebar on the left, subscription lines per month."""
    p = Page()
    side = (10, 60, 90)
    p.rect((0, 0, 420, p.h), outline=None, fill=side)
    logo(p, "circle", 120, 100, 180, (0, 190, 200), side)
    p.text(210, 360, "azur", 64, "sans-b", (255, 255, 255), "c")
    p.text(210, 410, "fibre & box", 26, "sans", (180, 230, 235), "c")
    info = [
        ("N° client", d["client"]),
        ("N° facture", d["ref"]),
        ("Date", dmy(d["date"])),
        ("Prélèvement le", dmy(d["due"])),
    ]
    y = 600
    for a, b in info:
        p.text(40, y, a, 20, "sans", (170, 210, 220))
        p.text(40, y + 36, b, 26, "sans-b", (255, 255, 255))
        y += 100
    p.lines(40, 1100, ["Azur Télécom SAS", "BP 4120", "06200 Nice", "RCS Nice 812 330 998"], 18, "sans",
            (170, 210, 220))  # fmt: skip
    p.text(500, 180, "Votre facture", 48, "sans-b", side)
    a, b = _span(d["months"])
    p.text(500, 240, "Abonnement du %s au %s" % (dmy(a), dmy(b)), 28, "sans")
    p.lines(1000, 420, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 28, "sans")
    rows = [["Désignation", "Période", "Montant TTC"]]
    per = round(d["amount"] / max(1, len(d["months"])), 2)
    for m in d["months"]:
        rows.append(["Offre Fibre 1 Gb/s + TV", "%s %s" % (month_fr(m), m[:4]), _eur(per)])
    rows.append(["Option appels illimités", "incluse", "0,00 €"])
    y = p.table(500, 700, [560, 320, 250], rows, 23, "sans", "sans-b", (220, 240, 242), 62, aligns="llr")
    p.rect((500, y + 40, 1630, y + 140), outline=None, fill=(0, 190, 200))
    p.text(530, y + 105, "Total à payer", 32, "sans-b", (255, 255, 255))
    p.text(1600, y + 105, _eur(per * len(d["months"])), 36, "sans-b", (255, 255, 255), "r")
    p.text(500, y + 230, "Ligne fibre : %s — référence prise %s" % (", ".join(d["address"]), d["pdl"][:10]), 20,
           "sans", (90, 90, 90))  # fmt: skip
    return [p]


def bill_b_elec_voltaia(d: dict) -> list[Page]:
    """Electricity: yellow/grey, index readings table, consumption bar chart."""
    p = Page()
    yel = (240, 180, 0)
    logo(p, "bolt", 110, 90, 140, yel, (255, 255, 255))
    p.text(280, 160, "VOLTAÏA ÉNERGIE", 42, "cond-b", (60, 60, 60))
    p.text(280, 205, "Électricité verte — Service clients 09 70 00 00 00 (appel non surtaxé)", 20, "cond")
    p.rect((960, 280, 1560, 520), outline=(180, 180, 180), width=2)
    p.lines(990, 340, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 27, "cond")
    p.rect((110, 280, 900, 520), outline=None, fill=(250, 240, 200))
    a, b = _span(d["months"])
    lab = "Facture bimestrielle" if len(d["months"]) > 1 else "Facture mensuelle"
    p.lines(130, 330, [lab + " n° " + d["ref"], "du " + dmy(d["date"]), "Réf. client " + d["client"],
                       "PDL " + d["pdl"]], 24, "cond")  # fmt: skip
    p.text(110, 620, "Consommation du %s au %s" % (dmy(a), dmy(b)), 30, "cond-b")
    i0 = 10000 + int(d["ref"][:4])
    used = int(d["amount"] * 4)
    rows = [["Compteur", "Index début", "Index fin", "kWh"], ["Base", str(i0), str(i0 + used), str(used)]]
    y = p.table(
        110, 660, [500, 300, 300, 300], rows, 24, "cond", "cond-b", (250, 225, 150), 62, aligns="lrrr"
    )
    rows = [
        ["Détail", "Montant"],
        ["Abonnement (%d mois)" % len(d["months"]), _eur(12.5 * len(d["months"]))],
        ["Consommation", _eur(d["amount"] - 12.5 * len(d["months"]) - 4.1)],
        ["Taxes et contributions", _eur(4.1)],
        ["TOTAL TTC", _eur(d["amount"])],
    ]
    y = p.table(110, y + 60, [1000, 300], rows, 24, "cond", "cond-b", (235, 235, 235), 60, aligns="lr")
    p.text(110, y + 80, "Prélevé le %s" % dmy(d["due"]), 26, "cond-b")
    for i in range(12):
        hgt = 60 + ((i * 37 + d["seed"]) % 140)
        p.rect(
            (150 + i * 110, 2000 - hgt, 220 + i * 110, 2000),
            outline=None,
            fill=yel if i >= 10 else (200, 200, 200),
        )
    p.text(110, 2060, "Historique de consommation (12 derniers mois)", 20, "cond-i", (100, 100, 100))
    return [p]


def bill_b_eau_syndicat(d: dict) -> list[Page]:
    """Inter-communal water syndicate: blue serif letter, tear-off TIP payment slip at the bottom."""
    p = Page()
    blue = (20, 80, 160)
    logo(p, "drop", 120, 90, 120, blue)
    p.text(270, 140, "Syndicat Intercommunal des Eaux", 32, "serif-b", blue)
    p.text(270, 180, "de la Vallée — Régie publique", 24, "serif-i", blue)
    p.lines(1000, 330, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 28, "serif")
    p.text(120, 560, "FACTURE D'EAU ET D'ASSAINISSEMENT", 34, "serif-b")
    a, b = _span(d["months"])
    per = "période du %s au %s" % (dmy(a), dmy(b))
    p.text(
        120, 610, per[0].upper() + per[1:] + (" (bimestrielle)" if len(d["months"]) == 2 else ""), 26, "serif"
    )
    p.text(
        120, 660, "Facture n° %s du %s — Abonné n° %s" % (d["ref"], dmy(d["date"]), d["client"]), 24, "serif"
    )
    m3 = max(3, int(d["amount"] / 4.2))
    rows = [
        ["Rubrique", "Quantité", "Prix unitaire", "Montant"],
        ["Abonnement eau potable", "%d mois" % len(d["months"]), "3,10 €", _eur(3.1 * len(d["months"]))],
        ["Consommation eau", "%d m³" % m3, "2,05 €", _eur(2.05 * m3)],
        ["Assainissement collectif", "%d m³" % m3, "1,78 €", _eur(1.78 * m3)],
        ["Redevances Agence de l'eau", "%d m³" % m3, "0,37 €", _eur(0.37 * m3)],
    ]
    total = 3.1 * len(d["months"]) + 4.2 * m3
    rows.append(["TOTAL TTC", "", "", _eur(total)])
    y = p.table(
        120, 740, [640, 250, 250, 270], rows, 23, "serif", "serif-b", (215, 228, 245), 62, aligns="lrrr"
    )
    p.text(120, y + 80, "Montant à régler avant le %s" % dmy(d["due"]), 28, "serif-b", blue)
    p.line(60, 1850, 1594, 1850, (120, 120, 120), 2)
    p.text(
        120, 1830, "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", 20, "sans", (120, 120, 120)
    )
    p.text(120, 1920, "TIP SEPA — Titre interbancaire de paiement", 24, "serif-b")
    p.lines(120, 1980, ["Débiteur : " + d["holder"], "Référence : %s / %s" % (d["client"], d["ref"]),
                        "Montant : " + _eur(total)], 24, "mono")  # fmt: skip
    return [p]


TEMPLATES = {
    "bill_b_fibre_azur": ("utility_bill", "blind", bill_b_fibre_azur),
    "bill_b_elec_voltaia": ("utility_bill", "blind", bill_b_elec_voltaia),
    "bill_b_eau_syndicat": ("utility_bill", "blind", bill_b_eau_syndicat),
}

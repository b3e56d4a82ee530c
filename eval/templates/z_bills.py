"""blind3: utility bills — electricity (Kilowa), water (régie), fibre box (Nexo, hosting plan), gas (Gazelia)."""

from __future__ import annotations

from codes import dmy
from render import Page, logo
from z_kit import MID, barcode, eur, month_label, new, page_footer, period, qr, small_print


def _addr_block(p: Page, d: dict, x: int = 900, y: int = 300) -> None:
    p.lines(
        x,
        y,
        ["%s %s" % (d["title"], d["holder"].upper() if d["seed"] % 2 else d["holder"]), *d["address"]],
        25,
        "sans",
    )


def _per(d: dict) -> str:
    a, b = period(d["months"])
    return "du %s au %s" % (dmy(a), dmy(b))


def bill_z_elec(d: dict) -> list[Page]:
    """Electricity, monthly or bimonthly (period = months), with consumption bars and index readings."""
    a, b = period(d["months"])
    n = len(d["months"])
    kwh = 160 * n + d["seed"] % 90
    ht = d["amount"] / 1.2
    p = new()
    col = (0, 120, 190)
    logo(p, "bolt", 110, 90, 110, col)
    p.text(240, 150, "kilowa", 56, "sans-b", col)
    p.text(240, 190, "énergie", 24, "sans", MID)
    p.lines(
        110,
        290,
        [
            "Kilowa Énergie SA",
            "TSA 40231 — 69421 Lyon Cedex 03",
            "Service client : 09 70 81 %02d %02d" % (d["seed"] % 90, d["seed"] * 3 % 90),
        ],
        18,
        "sans",
        MID,
    )
    _addr_block(p, d)
    p.rect((110, 480, 1544, 640), outline=None, fill=(232, 243, 250))
    p.text(140, 530, "Facture du %s" % dmy(d["date"]), 30, "sans-b")
    p.text(140, 576, "N° %s — Réf. client %s" % (d["ref"], d["client"]), 22, "sans")
    p.text(
        140,
        616,
        "Période de consommation %s (%s)" % (_per(d), "bimestrielle" if n > 1 else "mensuelle"),
        22,
        "sans",
    )
    p.text(1514, 540, "Montant TTC", 22, "sans", MID, align="r")
    p.text(1514, 600, eur(d["amount"]), 46, "sans-b", col, align="r")
    p.text(110, 720, "Prélevé le %s sur votre compte" % dmy(d["due"]), 24, "sans")
    p.text(110, 800, "Votre point de livraison (PDL) : %s" % d["pdl"], 22, "sans")
    p.text(110, 836, "Offre : Kilowa Fixe 12 mois — option Base — puissance souscrite 6 kVA", 22, "sans")
    p.text(110, 872, "Adresse de consommation : %s, %s" % tuple(d["address"]), 22, "sans")
    i0 = 20000 + d["seed"] * 37 % 30000
    rows = [
        ["Détail", "Quantité", "Prix unitaire", "Montant HT"],
        ["Abonnement %s" % _per(d), "%d mois" % n, eur(13.2, False), eur(13.2 * n)],
        [
            "Consommation (index %d → %d)" % (i0, i0 + kwh),
            "%d kWh" % kwh,
            "0,1952",
            eur(ht - 13.2 * n - 0.03 * kwh),
        ],
        ["Accise sur l'électricité", "%d kWh" % kwh, "0,0300", eur(0.03 * kwh)],
        ["TVA 20 %", "", "", eur(d["amount"] - ht)],
        ["Total TTC", "", "", eur(d["amount"])],
    ]
    y = p.table(
        110, 940, [720, 220, 230, 264], rows, 22, "sans", "sans-b", (232, 243, 250), 54, aligns="lrrr"
    )
    p.text(110, y + 70, "Votre consommation sur 12 mois (kWh)", 22, "sans-b")
    for i in range(12):
        hh = 40 + (i * 37 + d["seed"]) % 120
        p.rect(
            (140 + i * 110, y + 300 - hh, 200 + i * 110, y + 300),
            outline=None,
            fill=col if i >= 12 - n else (170, 200, 225),
        )
    small_print(
        p,
        2080,
        [
            "En cas de litige, vous pouvez saisir le médiateur national de l'énergie. Kilowa Énergie SA "
            "au capital de 2 000 000 €, RCS Lyon 812 345 670. Facture établie sur index réels."
        ],
        15,
    )
    page_footer(p, "Kilowa Énergie — facture %s" % d["ref"], 1, 1)
    return [p]


def bill_z_water(d: dict) -> list[Page]:
    """Régie municipale des eaux: period, meter, tariff split water / sanitation / agencies, TIP slip."""
    a, b = period(d["months"])
    p = new()
    col = (20, 110, 150)
    logo(p, "drop", 110, 90, 100, col)
    p.text(230, 140, "RÉGIE DES EAUX", 34, "sans-b", col)
    p.text(230, 176, "de l'agglomération de %s" % d["region"], 22, "sans")
    _addr_block(p, d, 900, 320)
    p.text(110, 320, "Facture d'eau n° %s" % d["ref"], 26, "sans-b")
    p.lines(
        110,
        364,
        [
            "Date d'émission : %s" % dmy(d["date"]),
            "Date limite de paiement : %s" % dmy(d["due"]),
            "N° abonné : %s" % d["client"],
            "Compteur n° %s" % d["pdl"][:10],
        ],
        22,
        "sans",
    )
    p.rect((110, 560, 1544, 640), outline=None, fill=col)
    p.text(140, 612, "Période facturée %s" % _per(d), 26, "sans-b", (255, 255, 255))
    m3 = 6 * len(d["months"]) + d["seed"] % 5
    rows = [
        ["", "Volume", "Prix", "Montant TTC"],
        ["Distribution de l'eau potable — abonnement", "", "", eur(8.4 * len(d["months"]))],
        ["Distribution de l'eau potable — consommation", "%d m³" % m3, "1,72", eur(1.72 * m3)],
        ["Collecte et traitement des eaux usées", "%d m³" % m3, "1,95", eur(1.95 * m3)],
        ["Organismes publics (agence de l'eau, VNF)", "%d m³" % m3, "0,58", eur(0.58 * m3)],
    ]
    tot = 8.4 * len(d["months"]) + 4.25 * m3
    rows.append(["TOTAL À PAYER", "", "", eur(tot)])
    y = p.table(
        110, 700, [760, 200, 200, 274], rows, 22, "sans", "sans-b", (225, 238, 245), 56, aligns="lrrr"
    )
    p.text(
        110, y + 60, "Relevé du %s : index %d m³ (relevé réel)" % (dmy(b), 400 + d["seed"] % 600), 22, "sans"
    )
    p.text(
        110,
        y + 100,
        "Qualité de l'eau : conforme aux limites de qualité (ARS, %s)." % month_label(d["months"][0]),
        20,
        "sans-i",
        MID,
    )
    y0 = 1850
    for xx in range(110, 1544, 30):
        p.line(xx, y0, xx + 15, y0, (120, 120, 120), 2)
    p.text(110, y0 + 50, "TITRE INTERBANCAIRE DE PAIEMENT SEPA", 20, "sans-b")
    p.text(110, y0 + 90, "%s %s — %s, %s" % (d["title"], d["holder"], *d["address"]), 20, "sans")
    p.text(1544, y0 + 90, eur(tot), 28, "sans-b", align="r")
    barcode(p, 110, y0 + 130, 800, 70, d["seed"] + 3)
    p.text(110, y0 + 250, "%s  %s  %09d" % (d["client"], d["ref"], int(tot * 100)), 22, "ocrb")
    return [p]


def bill_z_box(d: dict) -> list[Page]:
    """Fibre box subscription, billed at the start of the month; two pages (summary, detail)."""
    a, b = period(d["months"])
    col = (230, 0, 90)
    p = new()
    p.rect((0, 0, p.w, 200), outline=None, fill=(25, 25, 35))
    p.text(110, 130, "nexo", 72, "sans-b", col)
    p.text(330, 130, "fibre + TV + téléphone", 24, "sans", (220, 220, 220))
    p.text(1544, 120, "Facture n° %s" % d["ref"], 24, "sans", (255, 255, 255), align="r")
    p.text(110, 300, "Bonjour %s %s," % (d["title"], d["holder"]), 30, "sans-b")
    p.wrap(
        110,
        360,
        1000,
        "Voici votre facture de %s. Le montant sera prélevé le %s."
        % ("%s" % month_label(d["months"][0], False) if len(d["months"]) == 1 else _per(d), dmy(d["due"])),
        24,
        "sans",
    )
    _addr_block(p, d, 1100, 300)
    p.rect((110, 520, 1544, 760), outline=None, fill=(246, 240, 244))
    p.text(150, 590, "Montant total", 26, "sans")
    p.text(150, 680, eur(d["amount"]), 64, "sans-b", col)
    p.lines(
        800,
        580,
        [
            "Date de facture : %s" % dmy(d["date"]),
            "Période : %s" % _per(d),
            "Identifiant : %s" % d["client"],
            "Ligne fixe : 09 %s" % " ".join(d["pdl"][i : i + 2] for i in range(0, 8, 2)),
        ],
        22,
        "sans",
    )
    rows = [
        ["Votre offre", "Montant TTC"],
        ["Nexo Fibre Ultra — forfait %s" % _per(d), eur(d["amount"] - 5)],
        ["Option TV — bouquet essentiel", eur(5)],
        ["Appels vers fixes et mobiles (illimités)", eur(0)],
        ["Total TTC (dont TVA 20 %%: %s)" % eur(d["amount"] / 6), eur(d["amount"])],
    ]
    p.table(110, 840, [1100, 334], rows, 24, "sans", "sans-b", (240, 240, 240), 60, aligns="lr", grid=False)
    qr(p, 110, 1300, 180, d["seed"])
    p.text(330, 1360, "Retrouvez vos factures dans l'application Nexo.", 22, "sans", MID)
    page_footer(
        p, "Nexo Télécom SAS — RCS Paris 901 234 567 — adresse d'installation : %s" % d["address"][1], 1, 2
    )
    q = new()
    q.text(110, 160, "Détail de vos communications — %s" % _per(d), 28, "sans-b")
    rows = [["Date", "Heure", "Numéro appelé", "Durée", "Montant"]]
    for i in range(12):
        day = 1 + (i * 5 + d["seed"]) % 27
        rows.append(
            [
                "%02d/%s" % (day, a[5:7]),
                "%02d:%02d" % (8 + i % 12, i * 7 % 60),
                "06 %02d %02d %02d %02d" % ((d["seed"] + i) % 99, i * 13 % 99, i * 29 % 99, i * 31 % 99),
                "%d min %02d s" % (1 + i * 3 % 20, i * 11 % 60),
                "inclus",
            ]
        )
    q.table(110, 220, [220, 180, 500, 300, 234], rows, 22, "sans", "sans-b", (240, 240, 240), 50)
    q.text(110, 1100, "Titulaire du contrat : %s %s" % (d["title"], d["holder"]), 22, "sans")
    page_footer(q, "Nexo Télécom SAS — facture %s" % d["ref"], 2, 2)
    return [p, q]


def bill_z_gas(d: dict) -> list[Page]:
    """Natural gas, landscape-like boxed layout: identification, 'à payer', consumption estimate."""
    a, b = period(d["months"])
    col = (240, 120, 0)
    p = new((255, 253, 248))
    logo(p, "tri", 110, 100, 100, col, (255, 230, 190))
    p.text(230, 170, "GAZELIA", 54, "sans-b", col)
    p.text(1544, 130, "FACTURE DE GAZ NATUREL", 28, "sans-b", align="r")
    p.text(1544, 170, "N° %s du %s" % (d["ref"], dmy(d["date"])), 22, "sans", align="r")
    p.rect((110, 260, 800, 600), outline=col, width=3)
    p.text(140, 310, "VOS RÉFÉRENCES", 22, "sans-b", col)
    p.lines(
        140,
        360,
        [
            "Compte client : %s" % d["client"],
            "PCE : GI%s" % d["pdl"][:12],
            "Tarif : Gazelia Confort indexé",
            "Consommation annuelle de réf. : %d kWh" % (9000 + d["seed"] * 11 % 3000),
        ],
        22,
        "sans",
    )
    _addr_block(p, d, 900, 330)
    p.rect((110, 660, 1544, 820), outline=None, fill=col)
    p.text(140, 730, "MONTANT À PAYER", 30, "sans-b", (255, 255, 255))
    p.text(140, 784, "avant le %s" % dmy(d["due"]), 24, "sans", (255, 255, 255))
    p.text(1514, 770, eur(d["amount"]), 56, "sans-b", (255, 255, 255), align="r")
    kwh = 300 * len(d["months"]) + d["seed"] % 200
    rows = [
        ["Période", "Désignation", "Quantité", "Montant TTC"],
        [_per(d), "Abonnement", "%d mois" % len(d["months"]), eur(11.5 * len(d["months"]) * 1.055)],
        [
            _per(d),
            "Consommation (relevé estimé)",
            "%d kWh" % kwh,
            eur(d["amount"] - 12.13 * len(d["months"]) - 5.2),
        ],
        ["", "Contribution tarifaire d'acheminement", "", eur(5.2)],
        ["", "Accise sur les gaz naturels", "%d kWh" % kwh, "incluse"],
    ]
    y = p.table(
        110, 900, [420, 560, 200, 254], rows, 21, "sans", "sans-b", (253, 236, 214), 54, aligns="llrr"
    )
    p.text(
        110,
        y + 70,
        "Coefficient de conversion : 11,21 kWh/m³ — Index début %d, index fin %d"
        % (5000 + d["seed"], 5000 + d["seed"] + kwh // 11),
        20,
        "sans",
        MID,
    )
    small_print(
        p,
        2100,
        [
            "Gazelia SAS, fournisseur de gaz naturel — 12 rue de la Bourse, 69002 Lyon. Service client : "
            "09 69 32 15 48, du lundi au samedi de 8 h à 20 h."
        ],
        15,
    )
    return [p]


TEMPLATES = {
    "bill_z_elec": ("utility_bill", "blind3", bill_z_elec),
    "bill_z_water": ("utility_bill", "blind3", bill_z_water),
    "bill_z_box": ("utility_bill", "blind3", bill_z_box),
    "bill_z_gas": ("utility_bill", "blind3", bill_z_gas),
}

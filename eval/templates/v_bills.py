"""blind7 utility bills: electricity Ohmara (2 pages), water syndicate of the Orne valley, gas Gazéo, fibre box Kélia."""

from __future__ import annotations

import v_kit as k
from codes import dmy, last_day, month_fr
from render import GREY, Page, logo


def _span(months: list[str]) -> tuple[str, str]:
    return months[0] + "-01", "%s-%02d" % (months[-1], last_day(months[-1]))


def _client_box(p: Page, d: dict, x: float, y: float) -> None:
    p.lines(x, y, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 24, "sans")


def _split(total: float) -> tuple[float, float, float]:
    ht = round(total / 1.2, 2)
    return ht, round(total - ht, 2), total


# ---- electricity, 2 pages ------------------------------------------------------------------------
def bill_elec(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (230, 120, 0)
    p = Page()
    logo(p, "bolt", 110, 100, 100, col)
    p.text(230, 160, "Ohmara", 44, "sans-b", col)
    p.text(230, 195, "Énergie", 22, "sans", GREY)
    p.text(p.w - 110, 140, "Facture n° %s" % d["ref"], 24, "sans-b", align="r")
    p.text(p.w - 110, 175, "du %s" % dmy(d["date"]), 22, "sans", align="r")
    p.text(p.w - 110, 210, "N° client : %s" % d["client"], 20, "sans", GREY, align="r")
    _client_box(p, d, 950, 360)
    p.rect((110, 330, 800, 640), outline=None, fill=(255, 243, 228))
    p.text(140, 390, "Montant à payer", 26, "sans")
    p.text(140, 470, k.eur(d["amount"]), 56, "sans-b", col)
    p.text(140, 530, "prélevé le %s" % dmy(d["due"]), 22, "sans")
    p.text(140, 575, "sur votre compte ****%s" % d["client"][-4:], 20, "sans", GREY)
    bim = len(d["months"]) > 1
    p.text(
        110, 740, "Votre facture %s d'électricité" % ("bimestrielle" if bim else "mensuelle"), 30, "sans-b"
    )
    p.text(110, 790, "Période de consommation du %s au %s" % (dmy(a), dmy(b)), 24, "sans")
    p.text(110, 830, "Adresse de consommation : %s" % ", ".join(d["address"]), 20, "sans", GREY)
    p.text(
        110,
        865,
        "Point de livraison (PDL) : %s   —   Offre Ohmara Fixe, option Base, 6 kVA" % d["pdl"],
        20,
        "sans",
        GREY,
    )
    ht, tva, ttc = _split(d["amount"])
    rows = [
        ["Rubrique", "Montant HT", "TVA", "Montant TTC"],
        ["Abonnement", k.eur(round(ht * 0.22, 2)), "", ""],
        ["Consommation", k.eur(round(ht * 0.58, 2)), "", ""],
        ["Acheminement (TURPE)", k.eur(round(ht * 0.12, 2)), "", ""],
        [
            "Accise sur l'électricité, CTA",
            k.eur(round(ht - round(ht * 0.22, 2) - round(ht * 0.58, 2) - round(ht * 0.12, 2), 2)),
            "",
            "",
        ],
        ["Total", k.eur(ht), k.eur(tva), k.eur(ttc)],
    ]
    p.table(110, 930, [640, 280, 250, 264], rows, size=21, row_h=60, aligns="lrrr", head_fill=(250, 230, 205))
    p.wrap(
        110,
        1400,
        p.w - 220,
        "Votre prochaine facture sera établie vers le %s. Pour toute question : 09 69 32 15 40 (appel non surtaxé), du lundi au samedi de 8 h à 20 h."
        % dmy(d["due"]),
        19,
        "sans",
        GREY,
    )
    k.page_footer(
        p,
        "Ohmara Énergie SAS — 14 rue des Forges, 92100 Boulogne-Billancourt — RCS Nanterre 851 203 447 — page 1/2",
    )
    q = Page()
    q.text(110, 150, "Détail de votre consommation", 30, "sans-b", col)
    q.text(110, 195, "Facture n° %s — %s %s" % (d["ref"], d["title"], d["holder"]), 20, "sans", GREY)
    r = k.rng(d)
    i0 = int(r.integers(10000, 60000))
    kwh = [int(r.integers(120, 380)) for _ in d["months"]]
    rows = [["Mois", "Index début", "Index fin", "Relevé", "kWh"]]
    idx = i0
    for m, kw in zip(d["months"], kwh):
        rows.append(
            [
                "%s %s" % (month_fr(m), m[:4]),
                str(idx),
                str(idx + kw),
                "estimé" if r.random() < 0.3 else "réel",
                str(kw),
            ]
        )
        idx += kw
    q.table(
        110,
        260,
        [360, 280, 280, 250, 264],
        rows,
        size=21,
        row_h=60,
        aligns="lrrlr",
        head_fill=(250, 230, 205),
    )
    yb = 260 + 60 * len(rows) + 100
    q.text(110, yb, "Historique (kWh)", 24, "sans-b")
    for i in range(12):
        h = int(r.integers(60, 300))
        q.rect(
            (130 + i * 110, yb + 340 - h, 200 + i * 110, yb + 340),
            outline=None,
            fill=col if i >= 12 - len(d["months"]) else (230, 210, 190),
        )
    q.wrap(
        110,
        yb + 480,
        q.w - 220,
        "Le contrôle de votre installation : en cas de panne, appelez le dépannage Enedis 24h/24 au 09 72 67 50 XX (numéro de votre département). Médiateur national de l'énergie : energie-mediateur.fr.",
        19,
        "sans",
        GREY,
    )
    k.page_footer(q, "Ohmara Énergie — page 2/2")
    return [p, q]


# ---- water syndicate ----------------------------------------------------------------------------
def bill_water(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (0, 110, 160)
    p = Page()
    logo(p, "drop", 110, 100, 90, col)
    p.text(230, 140, "SIEVO", 40, "sans-b", col)
    p.text(230, 180, "Syndicat intercommunal des eaux de la vallée de l'Orne", 20, "sans", GREY)
    p.text(230, 208, "Régie publique — 3 place du Marché, 14000 Caen", 18, "sans", GREY)
    _client_box(p, d, 950, 330)
    p.text(110, 330, "FACTURE D'EAU ET D'ASSAINISSEMENT", 26, "sans-b")
    p.text(110, 372, "Date d'émission : %s" % dmy(d["date"]), 21, "sans")
    p.text(110, 408, "Référence abonné : %s" % d["client"], 21, "sans")
    p.text(110, 444, "N° de facture : %s" % d["ref"], 21, "sans")
    p.rect((110, 560, p.w - 110, 640), outline=col, width=2)
    p.text(140, 612, "Période de consommation : du %s au %s" % (dmy(a), dmy(b)), 25, "sans-b", col)
    r = k.rng(d)
    m3 = int(r.integers(5, 18)) * len(d["months"])
    ht, tva, ttc = _split(d["amount"])
    rows = [
        ["Désignation", "Quantité", "Prix unitaire", "Montant HT"],
        ["Distribution de l'eau — abonnement", "%d mois" % len(d["months"]), "", k.eur(round(ht * 0.2, 2))],
        [
            "Distribution de l'eau — consommation",
            "%d m³" % m3,
            k.eur(round(ht * 0.4 / m3, 4), ""),
            k.eur(round(ht * 0.4, 2)),
        ],
        ["Collecte et traitement des eaux usées", "%d m³" % m3, "", k.eur(round(ht * 0.3, 2))],
        [
            "Redevances Agence de l'eau Seine-Normandie",
            "%d m³" % m3,
            "",
            k.eur(round(ht - round(ht * 0.2, 2) - round(ht * 0.4, 2) - round(ht * 0.3, 2), 2)),
        ],
        ["Total HT / TVA 5,5 % et 10 %", "", "", "%s / %s" % (k.eur(ht, ""), k.eur(tva, ""))],
    ]
    p.table(110, 700, [640, 230, 250, 314], rows, size=20, row_h=58, aligns="lrrr", head_fill=(215, 235, 245))
    p.text(110, 1140, "TOTAL À PAYER : %s avant le %s" % (k.eur(ttc), dmy(d["due"])), 30, "sans-b")
    p.text(
        110,
        1200,
        "Index compteur n° %s : ancien %d — nouveau %d" % (d["pdl"][:10], 1200 + m3 * 7, 1200 + m3 * 8),
        20,
        "sans",
        GREY,
    )
    for xx in range(0, p.w, 30):
        p.line(xx, 1800, xx + 16, 1800, GREY, 2)
    p.text(110, 1860, "TIP SEPA — Titre interbancaire de paiement", 22, "sans-b")
    p.text(110, 1905, "Débiteur : %s %s" % (d["title"], d["holder"]), 20, "sans")
    p.text(110, 1945, "Montant : %s       Échéance : %s" % (k.eur(ttc), dmy(d["due"])), 20, "sans")
    p.text(110, 2060, "%s %s %s 3" % (d["ref"], d["client"], ("%d" % int(ttc * 100)).zfill(9)), 28, "ocrb")
    return [p]


# ---- gas ------------------------------------------------------------------------------------------
def bill_gas(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (40, 90, 180)
    p = Page()
    p.rect((0, 0, p.w, 240), outline=None, fill=col)
    p.text(110, 140, "gazéo", 60, "sans-b", (255, 255, 255))
    p.text(110, 190, "le gaz naturel en toute simplicité", 20, "sans-i", (220, 230, 250))
    p.text(p.w - 110, 130, "FACTURE", 34, "sans-b", (255, 255, 255), align="r")
    p.text(p.w - 110, 175, "n° %s — %s" % (d["ref"], dmy(d["date"])), 20, "sans", (255, 255, 255), align="r")
    _client_box(p, d, 950, 340)
    p.text(110, 340, "Titulaire du contrat", 19, "sans", GREY)
    p.text(110, 375, "%s %s" % (d["title"], d["holder"]), 24, "sans-b")
    p.text(110, 415, "Compte client %s" % d["client"], 19, "sans", GREY)
    p.text(110, 450, "PCE %s" % d["pdl"], 19, "sans", GREY)
    p.rect((110, 560, p.w - 110, 760), outline=(200, 200, 200), width=1)
    p.text(140, 620, "Période facturée", 20, "sans", GREY)
    p.text(140, 665, "du %s au %s" % (dmy(a), dmy(b)), 30, "sans-b")
    p.text(950, 620, "Total TTC", 20, "sans", GREY)
    p.text(950, 680, k.eur(d["amount"]), 48, "sans-b", col)
    p.text(950, 730, "à régler avant le %s" % dmy(d["due"]), 19, "sans")
    r = k.rng(d)
    kwh = int(r.integers(300, 1400))
    ht, tva, ttc = _split(d["amount"])
    rows = [
        ["Détail", "Quantité", "Montant HT"],
        ["Abonnement gaz, tarif B1", "%d mois" % len(d["months"]), k.eur(round(ht * 0.25, 2))],
        ["Consommation (coef. conversion 11,24)", "%d kWh" % kwh, k.eur(round(ht * 0.6, 2))],
        [
            "Accise sur le gaz naturel, CTA",
            "",
            k.eur(round(ht - round(ht * 0.25, 2) - round(ht * 0.6, 2), 2)),
        ],
        ["TVA", "", k.eur(tva)],
        ["Montant TTC", "", k.eur(ttc)],
    ]
    p.table(
        110,
        830,
        [800, 300, 334],
        rows,
        size=21,
        row_h=60,
        aligns="lrr",
        head_fill=(225, 232, 248),
        grid=False,
        zebra=(245, 247, 252),
    )
    p.wrap(
        110,
        1300,
        p.w - 220,
        "Urgence sécurité gaz : 0 800 47 33 33 (24h/24, appel gratuit). Votre consommation a été estimée sur la base de votre historique ; transmettez votre relevé sur gazeo.fr.",
        19,
        "sans",
        GREY,
    )
    k.page_footer(p, "Gazéo SA — 7 cours Gambetta, 69003 Lyon — RCS Lyon 824 117 209 — TVA FR 41 824117209")
    return [p]


# ---- fibre box (subscription, billed in the month) --------------------------------------------------
def bill_box(d: dict) -> list[Page]:
    a, b = _span(d["months"])
    col = (140, 40, 160)
    p = Page()
    p.ellipse((110, 100, 200, 190), outline=None, fill=col)
    p.text(155, 162, "K", 50, "sans-b", (255, 255, 255), align="c")
    p.text(225, 160, "Kélia", 44, "sans-b", col)
    p.text(p.w - 110, 130, "Facture du %s" % dmy(d["date"]), 26, "sans-b", align="r")
    p.text(p.w - 110, 165, "N° %s" % d["ref"], 20, "mono", align="r")
    p.text(p.w - 110, 195, "Identifiant : %s" % d["client"], 20, "sans", GREY, align="r")
    p.text(110, 330, "Titulaire", 19, "sans", GREY)
    p.lines(110, 370, ["%s %s" % (d["title"], d["holder"]), *d["address"]], 23, "sans")
    p.text(950, 330, "Ligne fibre", 19, "sans", GREY)
    p.text(950, 370, "FTTH %s" % d["pdl"][:10], 23, "sans")
    p.text(110, 570, "Kélia Fibre 1 Gb/s + TV + Téléphone", 30, "sans-b")
    p.text(110, 615, "Abonnement du %s au %s" % (dmy(a), dmy(b)), 24, "sans")
    monthly = round(d["amount"] / len(d["months"]), 2)
    rows = [["Prestation", "Période", "Montant TTC"]]
    for m in d["months"]:
        rows.append(["Forfait Kélia Fibre", "%s %s" % (month_fr(m), m[:4]), k.eur(monthly)])
    rows.append(["Communications hors forfait", "—", "0,00 €"])
    rows.append(["Location Kélia Box (incluse)", "", "0,00 €"])
    rows.append(["Total facturé", "", k.eur(monthly * len(d["months"]))])
    p.table(110, 680, [760, 380, 294], rows, size=21, row_h=60, aligns="llr", head_fill=(240, 228, 244))
    yb = 680 + 60 * len(rows) + 80
    p.text(110, yb, "Prélèvement SEPA le %s — mandat n° KEL-%s" % (dmy(d["due"]), d["client"]), 21, "sans")
    p.text(
        110,
        yb + 40,
        "Dont TVA 20 %% : %s" % k.eur(round(monthly * len(d["months"]) / 6, 2)),
        21,
        "sans",
        GREY,
    )
    p.wrap(
        110,
        yb + 140,
        p.w - 220,
        "Retrouvez vos factures et suivez votre consommation dans votre Espace Abonné sur kelia.fr ou l'application Kélia & Moi. Service client : 3975 (appel gratuit depuis une ligne Kélia).",
        19,
        "sans",
        GREY,
    )
    k.page_footer(p, "Kélia Télécom SAS — 3 avenue de la Grande-Armée, 75017 Paris — RCS Paris 902 447 118")
    return [p]


TEMPLATES = {
    "bill_v_elec_ohmara": ("utility_bill", "blind7", bill_elec),
    "bill_v_water_sievo": ("utility_bill", "blind7", bill_water),
    "bill_v_gas_gazeo": ("utility_bill", "blind7", bill_gas),
    "bill_v_box_kelia": ("utility_bill", "blind7", bill_box),
}

"""blind5 bills: electricity (Lumévia, monthly or bimonthly), water (Régie Eaux de l'Ouvèze), internet box (Nébula)."""

from __future__ import annotations

from codes import last_day, month_fr
from render import Page, logo
from x_kit import d, eur, foot, head_band, kv


def _per(months):
    a, b = months[0], months[-1]
    return "du 01/%s/%s au %02d/%s/%s" % (a[5:], a[:4], last_day(b), b[5:], b[:4])


def _bill(data, name, sub, col, lg, lines, extra):
    p = Page()
    logo(p, lg, 90, 60, 120, col)
    p.text(240, 120, name, 40, "sans-b", col)
    p.text(240, 160, sub, 20, "sans", (90, 90, 90))
    p.text(p.w - 90, 120, "Facture n° %s" % data["ref"], 26, "sans-b", align="r")
    p.text(p.w - 90, 160, "du %s" % d(data["date"]), 24, align="r")
    p.lines(900, 300, ["%s %s" % (data["title"], data["holder"]), *data["address"]], 28)
    y = kv(
        p,
        90,
        520,
        [
            ("N° client", data["client"]),
            ("Titulaire du contrat", data["holder"]),
            ("Adresse de consommation", ", ".join(data["address"])),
            *extra,
            ("Période facturée", _per(data["months"])),
        ],
        24,
        440,
    )
    y = p.table(
        90,
        y + 30,
        [1000, 474],
        [["Détail", "Montant TTC"], *lines, ["TOTAL À PAYER", eur(data["amount"])]],
        24,
        aligns="lr",
    )
    p.rect((90, y + 50, p.w - 90, y + 170), outline=col, fill=None, width=3)
    p.text(120, y + 125, "Prélevé le %s" % d(data["due"]), 30, "sans-b", col)
    p.text(p.w - 120, y + 125, eur(data["amount"]), 36, "sans-b", col, align="r")
    foot(p, "%s — SA au capital de 1 200 000 € — RCS Lyon 812 447 903 — service client 09 70 00 00 00" % name)
    return [p]


def elec(data):
    a = data["amount"]
    n = len(data["months"])
    return _bill(
        data,
        "Lumévia Énergie",
        "Électricité — offre Base 6 kVA",
        (230, 120, 0),
        "bolt",
        [
            ["Abonnement (%d mois)" % n, eur(round(a * 0.28, 2))],
            ["Consommation %s" % " + ".join(month_fr(m) for m in data["months"]), eur(round(a * 0.55, 2))],
            ["Taxes et contributions", eur(round(a - round(a * 0.28, 2) - round(a * 0.55, 2), 2))],
        ],
        [("Point de livraison (PDL)", data["pdl"]), ("Facture", "bimestrielle" if n > 1 else "mensuelle")],
    )


def water(data):
    a = data["amount"]
    return _bill(
        data,
        "Régie des Eaux de l'Ouvèze",
        "Service public de l'eau et de l'assainissement",
        (0, 100, 170),
        "drop",
        [
            ["Eau potable", eur(round(a * 0.5, 2))],
            ["Assainissement collectif", eur(round(a * 0.4, 2))],
            ["Redevances Agence de l'eau", eur(round(a - round(a * 0.5, 2) - round(a * 0.4, 2), 2))],
        ],
        [("N° de compteur", data["pdl"][:10])],
    )


def box(data):
    p = Page()
    y = head_band(p, "nébula", "Espace client · Facture", (70, 30, 130))
    p.text(
        90, y + 40, "Votre facture %s %s" % (month_fr(data["months"][0]), data["months"][0][:4]), 36, "sans-b"
    )
    y = kv(
        p,
        90,
        y + 130,
        [
            ("Titulaire", "%s %s" % (data["title"], data["holder"])),
            ("Adresse d'installation", ", ".join(data["address"])),
            ("Identifiant client", data["client"]),
            ("N° de facture", data["ref"]),
            ("Date de facture", d(data["date"])),
            ("Période", _per(data["months"])),
            (
                "Ligne fixe",
                "09 %s %s %s %s" % (data["pdl"][:2], data["pdl"][2:4], data["pdl"][4:6], data["pdl"][6:8]),
            ),
        ],
        26,
        440,
    )
    y = p.table(
        90,
        y + 30,
        [1000, 474],
        [
            ["Prestation", "Montant"],
            ["Forfait Nébula Fibre 1 Gb/s", eur(round(data["amount"] * 0.9, 2))],
            ["Option TV", eur(round(data["amount"] - round(data["amount"] * 0.9, 2), 2))],
            ["Total TTC", eur(data["amount"])],
        ],
        26,
        aligns="lr",
    )
    p.text(90, y + 80, "Montant prélevé le %s sur votre compte." % d(data["due"]), 26, "sans-b")
    foot(p, "Nébula Télécom SAS — 4 rue des Tisserands, 38000 Grenoble — RCS Grenoble 901 224 118")
    return [p]


TEMPLATES = {
    "bill_x_lumevia": ("utility_bill", "blind5", elec),
    "bill_x_ouveze": ("utility_bill", "blind5", water),
    "bill_x_nebula": ("utility_bill", "blind5", box),
}

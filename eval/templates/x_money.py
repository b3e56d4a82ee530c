"""blind5 money: payslip, RIB, tax notice."""

from __future__ import annotations

from codes import grouped, last_day, month_fr
from render import Page, logo
from x_kit import d, eur, foot, kv


def payslip(data):
    e, per, g = data["employer"], data["person"], data["gross"]
    ym = data["month"]
    p = Page()
    p.rect((70, 70, p.w - 70, 300), outline=(60, 60, 60), width=2)
    p.lines(100, 130, [e["name"], e["street"], e["town"], "SIRET %s — NAF %s" % (e["siret"], e["naf"])], 22)
    p.text(p.w - 100, 130, "BULLETIN DE PAIE", 34, "sans-b", align="r")
    p.text(
        p.w - 100,
        180,
        "Période du 01/%s/%s au %02d/%s/%s" % (ym[5:], ym[:4], last_day(ym), ym[5:], ym[:4]),
        22,
        align="r",
    )
    p.text(p.w - 100, 220, "Paiement le %s par virement" % d(data["paid"]), 22, align="r")
    y = kv(
        p,
        100,
        380,
        [
            ("Salarié(e)", "%s %s" % ("Mme" if per.sex == "F" else "M.", per.full)),
            ("Adresse", ", ".join(per.address)),
            ("Matricule", data["matricule"]),
            ("N° sécurité sociale", data["nir"]),
            ("Emploi", data["job"]),
            ("Entrée le", d(data["since"])),
            ("Convention collective", e["ccn"]),
        ],
        22,
        380,
    )
    sal = round(g * 0.1, 2)
    csg = round(g * 0.0945, 2)
    retr = round(g * 0.0706, 2)
    net = round(g - sal - csg - retr, 2)
    rows = [
        ["Rubrique", "Base", "Taux", "Part salarié"],
        ["Salaire de base", "151,67 h", "", eur(g)],
        ["Santé — complémentaire", eur(g), "", eur(sal)],
        ["Retraite", eur(g), "7,06 %", eur(retr)],
        ["CSG/CRDS", eur(g * 0.9825), "9,70 %", eur(csg)],
        ["Net à payer avant impôt", "", "", eur(net)],
        ["Impôt sur le revenu (PAS)", eur(net), "0,0 %", "0,00 €"],
        ["NET PAYÉ EN EUROS", "", "", eur(net)],
    ]
    y = p.table(100, y + 30, [620, 300, 200, 334], rows, 22, aligns="lrrr")
    p.text(
        100,
        y + 60,
        "Salaire brut : %s — Net social : %s — %s %s" % (eur(g), eur(net), month_fr(ym), ym[:4]),
        22,
        "sans-b",
    )
    foot(p, "Conservez ce bulletin sans limitation de durée.")
    return [p]


def rib(data):
    b = data["bank"]
    p = Page((1654, 1000))
    logo(p, b["logo"], 80, 60, 100, b["col"])
    p.text(210, 110, b["name"], 34, "sans-b", b["col"])
    p.text(210, 150, b["branch_name"], 22)
    p.text(p.w - 80, 110, "RELEVÉ D'IDENTITÉ BANCAIRE", 28, "sans-b", align="r")
    kv(
        p,
        80,
        260,
        [("Titulaire du compte", data["holder_line"]), ("Adresse", ", ".join(data["address"]))],
        26,
        380,
    )
    p.table(
        80,
        420,
        [300, 300, 460, 200],
        [
            ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
            [data["bank_code"], data["branch"], data["account"], data["key"]],
        ],
        26,
        f="mono",
        aligns="cccc",
    )
    p.text(80, 640, "IBAN", 24, "sans", (90, 90, 90))
    p.text(260, 640, grouped(data["iban"]), 32, "mono-b")
    p.text(80, 710, "BIC", 24, "sans", (90, 90, 90))
    p.text(260, 710, data["bic"], 32, "mono-b")
    foot(p, "Ce relevé est destiné à être remis à vos créanciers ou débiteurs.")
    return [p]


def tax(data):
    per = data["person"]
    p = Page()
    p.text(90, 150, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", 24, "sans-b")
    p.text(90, 190, "Centre des finances publiques de %s" % per.city.title(), 22)
    p.text(p.w / 2, 320, "AVIS D'IMPÔT 2026", 42, "sans-b", align="c")
    p.text(p.w / 2, 370, "sur les revenus de l'année 2025", 24, align="c")
    p.lines(900, 470, [per.full, *per.address], 26)
    kv(
        p,
        90,
        680,
        [
            ("Numéro fiscal", data["fiscal"]),
            ("Référence de l'avis", data["ref"]),
            ("Déclarant 1", per.full),
            ("Date d'établissement", "31/07/2026"),
            ("Date de mise en recouvrement", "31/07/2026"),
            ("Revenu fiscal de référence", eur(data["income"])),
            ("Nombre de parts", "1"),
            ("Impôt net", eur(round(data["income"] * 0.04))),
        ],
        26,
        520,
    )
    foot(p, "impots.gouv.fr — Document à conserver")
    return [p]


TEMPLATES = {
    "payslip_x_clear": ("payslip", "blind5", payslip),
    "rib_x_card": ("rib", "blind5", rib),
    "tax_x_notice": ("tax_notice", "blind5", tax),
}

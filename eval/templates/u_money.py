"""blind8 money: clarified payslip, RIB, tax notice."""

from __future__ import annotations

from codes import dmy, grouped, last_day, long_fr
from render import Page, logo
from u_kit import eur


def payslip_u_clear(d: dict) -> list[Page]:
    per, e, ym = d["person"], d["employer"], d["month"]
    p = Page()
    p.text(827, 120, "BULLETIN DE PAIE", 38, "sans-b", align="c")
    p.text(
        827,
        165,
        "Période du 01/%s/%s au %02d/%s/%s" % (ym[5:7], ym[:4], last_day(ym), ym[5:7], ym[:4]),
        24,
        "sans",
        align="c",
    )
    p.rect((80, 210, 800, 470), outline=(0, 0, 0), width=1)
    p.lines(
        100,
        250,
        [e["name"], e["street"], e["town"], "SIRET %s · NAF %s" % (e["siret"], e["naf"]), e["ccn"]],
        20,
    )
    p.rect((860, 210, 1574, 470), outline=(0, 0, 0), width=1)
    p.lines(
        880,
        250,
        [
            "%s %s" % ("Madame" if per.sex == "F" else "Monsieur", per.full),
            *per.address,
            "Emploi : %s" % d["job"],
            "Matricule %s · N° SS %s" % (d["matricule"], d["nir"]),
            "Entrée le %s" % dmy(d["since"]),
        ],
        20,
    )
    g = d["gross"]
    s_ = g * 0.0735
    ret = g * 0.0690
    csg = g * 0.9825 * 0.092
    net = g - s_ - ret - csg
    rows = [
        ["Rubrique", "Base", "Taux", "Part salarié", "Part employeur"],
        ["Salaire de base (151,67 h)", eur(g), "", "", ""],
        ["SALAIRE BRUT", "", "", eur(g), ""],
        ["Santé", eur(g), "", "0,00 €", eur(g * 0.13)],
        ["Complémentaire santé", "", "", eur(35.0), eur(35.0)],
        ["Retraite", eur(g), "", eur(ret), eur(g * 0.10)],
        ["Assurance chômage", eur(g), "", "0,00 €", eur(g * 0.0405)],
        ["CSG déductible", eur(g * 0.9825), "6,80 %", eur(g * 0.9825 * 0.068), ""],
        ["CSG/CRDS non déductibles", eur(g * 0.9825), "2,90 %", eur(g * 0.9825 * 0.029), ""],
        ["Autres contributions dues par l'employeur", "", "", "", eur(g * 0.05)],
        ["TOTAL DES COTISATIONS", "", "", eur(s_ + ret + csg - s_ + 35), ""],
    ]
    y = (
        p.table(80, 520, [560, 230, 150, 250, 304], rows, size=20, aligns="lrrrr", head_fill=(225, 225, 225))
        + 50
    )
    p.rect((80, y, 1574, y + 150), outline=None, fill=(235, 240, 250))
    p.text(110, y + 60, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 24, "sans-b")
    p.text(1540, y + 60, eur(net), 28, "sans-b", align="r")
    p.text(110, y + 120, "Impôt sur le revenu prélevé à la source (taux 0,0 %) : 0,00 €", 20)
    p.text(
        110, y + 220, "NET PAYÉ : %s   ·   Payé le %s par virement" % (eur(net), dmy(d["paid"])), 26, "sans-b"
    )
    p.text(110, y + 270, "Net social : %s" % eur(net + 10), 20)
    p.text(
        827,
        2250,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée.",
        16,
        "sans-i",
        (90, 90, 90),
        align="c",
    )
    return [p]


def rib_u_slip(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page(size=(1654, 900))
    logo(p, b["logo"], 80, 60, 90, b["col"])
    p.text(200, 110, b["name"], 34, "sans-b", b["col"])
    p.text(200, 145, b["branch_name"], 20, "sans")
    p.text(827, 240, "RELEVÉ D'IDENTITÉ BANCAIRE", 32, "sans-b", align="c")
    p.lines(100, 320, ["Titulaire du compte :", d["holder_line"], *d["address"]], 24)
    rows = [
        ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        [d["bank_code"], d["branch"], d["account"], d["key"]],
    ]
    p.table(100, 520, [300, 300, 500, 200], rows, size=24, f="mono", aligns="cccc")
    p.text(100, 720, "IBAN", 22, "sans-b")
    p.text(220, 720, grouped(d["iban"]), 28, "mono-b")
    p.text(100, 780, "BIC", 22, "sans-b")
    p.text(220, 780, d["bic"], 28, "mono-b")
    p.text(
        1554, 860, "Remettez ce relevé à vos créanciers ou débiteurs.", 16, "sans-i", (90, 90, 90), align="r"
    )
    return [p]


def tax_u_notice(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    logo(p, "marianne", 100, 80, 100, (0, 0, 0))
    p.text(230, 110, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", 24, "sans-b")
    p.text(230, 145, "Service des impôts des particuliers de %s" % per.city, 20, "sans")
    p.text(100, 300, "AVIS D'IMPÔT 2026", 40, "sans-b")
    p.text(100, 345, "sur les revenus de l'année 2025", 24)
    p.lines(950, 300, [per.formal.upper(), *per.address], 24, "sans-b")
    rows = [
        ["Vos références", ""],
        ["Numéro fiscal", d["fiscal"]],
        ["Référence de l'avis", d["ref"]],
        ["Date d'établissement", "31/07/2026"],
        ["Date de mise en recouvrement", "31/07/2026"],
    ]
    y = p.table(100, 480, [600, 600], rows, size=23) + 60
    inc = d["income"]
    rows = [
        ["Détail", "Montant"],
        ["Revenu brut global", eur(inc)],
        ["Revenu fiscal de référence", eur(inc * 0.9)],
        ["Nombre de parts", "1"],
        ["Impôt sur le revenu net", eur(inc * 0.05)],
        ["Montant déjà prélevé à la source", eur(inc * 0.05)],
        ["Reste à payer", "0,00 €"],
    ]
    y = p.table(100, y, [900, 400], rows, size=23, aligns="lr") + 60
    p.text(
        100, y, "Document établi le %s — impots.gouv.fr" % long_fr("2026-07-31"), 20, "sans-i", (90, 90, 90)
    )
    return [p]


TEMPLATES = {
    "payslip_u_clear": ("payslip", "blind8", payslip_u_clear),
    "rib_u_slip": ("rib", "blind8", rib_u_slip),
    "tax_u_notice": ("tax_notice", "blind8", tax_u_notice),
}

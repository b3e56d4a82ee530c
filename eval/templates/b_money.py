"""Blind half: payslip (clarified format), RIB (IBAN in groups of four + the four boxes), tax notice."""

from __future__ import annotations

from codes import dmy, grouped, last_day, month_fr
from render import Page, logo


def _eur(v: float) -> str:
    s = "%.2f" % v
    ent, dec = s.split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return ent + "," + dec


def payslip_b_clarified(d: dict) -> list[Page]:
    """Bulletin de paie clarifié: left employer block, right employee block, grouped contribution lines."""
    per, e = d["person"], d["employer"]
    p = Page()
    g = d["gross"]
    p.text(827, 120, "BULLETIN DE PAIE", 40, "sans-b", align="c")
    a, b = d["month"] + "-01", "%s-%02d" % (d["month"], last_day(d["month"]))
    p.text(
        827,
        165,
        "Période du %s au %s — Paiement le %s" % (dmy(a), dmy(b), dmy(d["paid"])),
        22,
        "sans",
        align="c",
    )
    p.rect((90, 210, 800, 480), outline=(0, 0, 0), width=1)
    p.lines(
        110, 260, [e["name"], e["street"], e["town"], "SIRET " + e["siret"], "APE " + e["naf"]], 22, "sans"
    )
    p.rect((860, 210, 1564, 480), outline=(0, 0, 0), width=2)
    p.lines(880, 260, [("Mme " if per.sex == "F" else "M. ") + per.full, *per.address], 26, "sans-b")
    p.lines(880, 400, ["Matricule %s — N° SS %s" % (d["matricule"], d["nir"]),
                       "Emploi : %s — Entrée le %s" % (d["job"], dmy(d["since"]))], 18, "sans")  # fmt: skip
    p.text(90, 530, "Convention collective : " + e["ccn"], 20, "sans-i")
    ss = round(g * 0.0690, 2)
    comp = round(g * 0.0401, 2)
    csg = round(g * 0.9825 * 0.097, 2)
    net = round(g - ss - comp - csg, 2)
    rows = [
        ["Rubrique", "Base", "Taux", "Part salarié", "Part employeur"],
        ["Salaire de base (151,67 h)", _eur(g), "", _eur(g), ""],
        ["SALAIRE BRUT", "", "", _eur(g), ""],
        ["Santé", _eur(g), "", "", _eur(g * 0.07)],
        ["Retraite sécurité sociale", _eur(g), "6,90", _eur(ss), _eur(g * 0.0855)],
        ["Retraite complémentaire", _eur(g), "4,01", _eur(comp), _eur(g * 0.0601)],
        ["Famille", _eur(g), "", "", _eur(g * 0.0345)],
        ["Assurance chômage", _eur(g), "", "", _eur(g * 0.0405)],
        ["CSG/CRDS", _eur(g * 0.9825), "9,70", _eur(csg), ""],
    ]
    y = p.table(
        90, 580, [520, 230, 130, 280, 314], rows, 21, "sans", "sans-b", (225, 230, 240), 56, aligns="lrrrr"
    )
    p.rect((90, y + 40, 1564, y + 140), outline=None, fill=(225, 230, 240))
    p.text(110, y + 105, "NET À PAYER AVANT IMPÔT", 28, "sans-b")
    p.text(1540, y + 105, _eur(net) + " €", 32, "sans-b", align="r")
    p.text(110, y + 200, "Impôt sur le revenu prélevé à la source : taux 0,0 % — 0,00 €", 22, "sans")
    p.text(
        110, y + 250, "NET PAYÉ EN EUROS : %s € — virement du %s" % (_eur(net), dmy(d["paid"])), 24, "sans-b"
    )
    p.text(110, y + 320, "Cumul brut annuel : %s €" % _eur(g * int(d["month"][5:7])), 20, "sans")
    p.text(827, 2260, "Conservez ce bulletin sans limitation de durée. — %s %s" % (month_fr(d["month"]), d["month"][:4]),
           18, "sans-i", (100, 100, 100), "c")  # fmt: skip
    return [p]


def rib_b_boxes(d: dict) -> list[Page]:
    """RIB slip: bank logo, the four boxes in a grid, IBAN in groups of four and BIC, holder block."""
    b = d["bank"]
    p = Page((1654, 900))
    logo(p, b["logo"], 80, 60, 110, b["col"])
    p.text(220, 110, b["name"], 36, "serif-b", b["col"])
    p.text(220, 150, b["branch_name"], 22, "serif-i", (90, 90, 90))
    p.text(1574, 110, "RELEVÉ D'IDENTITÉ BANCAIRE", 28, "sans-b", align="r")
    p.text(80, 250, "Titulaire du compte", 20, "sans", (100, 100, 100))
    p.lines(80, 290, [d["holder_line"], *d["address"]], 26, "sans-b")
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"]
    vals = [d["bank_code"], d["branch"], d["account"], d["key"]]
    widths = [260, 260, 480, 180]
    y = p.table(80, 460, widths, [heads, vals], 26, "mono-b", "sans", (240, 240, 240), 70, aligns="cccc")
    p.text(80, y + 70, "IBAN", 22, "sans", (100, 100, 100))
    p.text(80, y + 120, grouped(d["iban"]), 36, "mono-b")
    p.text(1200, y + 70, "BIC", 22, "sans", (100, 100, 100))
    p.text(1200, y + 120, d["bic"], 36, "mono-b")
    p.rect((60, 40, 1594, 860), outline=(160, 160, 160), width=1)
    return [p]


def tax_b_avis(d: dict) -> list[Page]:
    """Avis d'impôt 2026 sur les revenus 2025: identification box and summary table."""
    per = d["person"]
    p = Page()
    logo(p, "marianne", 110, 90, 120, None)
    p.text(260, 130, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", 26, "sans-b")
    p.text(260, 170, "Service des impôts des particuliers de " + per.city, 22, "sans")
    p.text(110, 330, "AVIS D'IMPÔT 2026", 44, "sans-b", (0, 35, 149))
    p.text(110, 380, "sur les revenus de l'année 2025", 26, "sans")
    p.rect((950, 240, 1560, 470), outline=(0, 0, 0), width=1)
    p.lines(970, 290, [per.full, *per.address], 26, "sans")
    rows = [
        ["Vos références", ""],
        ["Numéro fiscal", d["fiscal"]],
        ["Référence de l'avis", d["ref"]],
        ["Déclarant 1", per.formal],
        ["Nombre de parts", "1"],
        ["Revenu brut global", "%d €" % d["income"]],
        ["Revenu fiscal de référence", "%d €" % int(d["income"] * 0.9)],
        ["Impôt sur le revenu net", "%d €" % int(d["income"] * 0.02)],
    ]
    y = p.table(110, 560, [700, 700], rows, 25, "sans", "sans-b", (220, 228, 245), 66)
    p.text(110, y + 80, "Date de mise en recouvrement : 31/07/2026", 24, "sans")
    p.text(110, y + 130, "Vous pouvez consulter votre avis dans votre espace particulier.", 22, "sans-i")
    return [p]


TEMPLATES = {
    "payslip_b_clarified": ("payslip", "blind", payslip_b_clarified),
    "rib_b_boxes": ("rib", "blind", rib_b_boxes),
    "tax_b_avis": ("tax_notice", "blind", tax_b_avis),
}

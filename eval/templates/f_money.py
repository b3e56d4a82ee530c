"""Fresh-half money documents: two payslip layouts (bulletin clarifié by blocks, banded table with
employer shares), two RIBs (the four boxes only; a banking-app screenshot with IBAN/BIC) and an
income-tax notice. Invented employers, banks and amounts (see docdata.py).
"""

from __future__ import annotations

from codes import dmy, grouped, last_day, month_fr
from render import GREY, Page, logo


def eur(v: float) -> str:
    s = "%.2f" % v
    i, f = s.split(".")
    return f"{int(i):,}".replace(",", " ") + "," + f


def _lines(gross: float) -> list[tuple[str, float, float, float]]:
    """(label, base, employee rate %, employer rate %)."""
    return [
        ("Sécurité sociale maladie", gross, 0.0, 7.0),
        ("Complémentaire santé", gross, 0.9, 1.1),
        ("Retraite sécurité sociale plafonnée", gross, 6.9, 8.55),
        ("Retraite sécurité sociale déplafonnée", gross, 0.4, 2.02),
        ("Retraite complémentaire T1", gross, 4.01, 6.01),
        ("Assurance chômage", gross, 0.0, 4.05),
        ("CSG déductible", gross * 0.9825, 6.8, 0.0),
        ("CSG/CRDS non déductible", gross * 0.9825, 2.9, 0.0),
    ]


def _net(gross: float) -> float:
    return round(gross - sum(b * r / 100 for _, b, r, _ in _lines(gross)), 2)


# ---- payslip 1: bulletin clarifié grouped by risk ------------------------------------------
def payslip_blocks(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    ym = d["month"]
    p = Page()
    p.text(120, 140, "BULLETIN DE PAIE", 46, "cond-b")
    p.text(
        120,
        190,
        "Période du 01/%s/%s au %d/%s/%s" % (ym[5:], ym[:4], last_day(ym), ym[5:], ym[:4]),
        28,
        "cond",
    )
    p.text(1534, 140, "%s %s" % (month_fr(ym).upper(), ym[:4]), 40, "cond-b", (0, 90, 150), align="r")
    p.rect((120, 240, 800, 470), outline=(0, 90, 150), width=2)
    p.lines(
        140,
        285,
        [e["name"], e["street"], e["town"], "SIRET %s — NAF %s" % (e["siret"], e["naf"])],
        24,
        "cond",
    )
    p.text(140, 450, "Convention : %s" % e["ccn"], 20, "cond-i")
    p.rect((860, 240, 1534, 470), outline=(0, 90, 150), width=2)
    p.text(880, 290, per.full, 30, "cond-b")
    p.lines(880, 330, per.address, 24, "cond")
    p.text(880, 410, "Matricule %s   N° SS %s" % (d["matricule"], d["nir"]), 20, "mono")
    p.text(880, 445, "Emploi : %s — entrée le %s" % (d["job"], dmy(d["since"])), 20, "cond")
    g = d["gross"]
    y = 540
    p.text(120, y, "Salaire de base   151,67 h × %s" % eur(g / 151.67), 26, "cond")
    p.text(1534, y, eur(g), 26, "cond-b", align="r")
    p.rect((120, y + 30, 1534, y + 80), outline=None, fill=(0, 90, 150))
    p.text(140, y + 66, "SALAIRE BRUT", 28, "cond-b", (255, 255, 255))
    p.text(1514, y + 66, eur(g), 28, "cond-b", (255, 255, 255), align="r")
    y += 150
    blocks = [
        ("SANTÉ", _lines(g)[0:2]),
        ("RETRAITE", _lines(g)[2:5]),
        ("ASSURANCE CHÔMAGE", _lines(g)[5:6]),
        ("CSG / CRDS", _lines(g)[6:8]),
    ]
    for title, ls in blocks:
        p.text(120, y, title, 26, "cond-b", (0, 90, 150))
        y += 44
        for lab, base, r1, r2 in ls:
            p.text(160, y, lab, 24, "cond")
            p.text(950, y, eur(base), 24, "cond", align="r")
            p.text(1200, y, eur(base * r1 / 100) if r1 else "", 24, "cond", align="r")
            p.text(1500, y, eur(base * r2 / 100) if r2 else "", 24, "cond", GREY, align="r")
            y += 40
        y += 20
    p.text(950, 680, "Base", 22, "cond-b", align="r")
    p.text(1200, 680, "Salarié", 22, "cond-b", align="r")
    p.text(1500, 680, "Employeur", 22, "cond-b", align="r")
    net = _net(g)
    p.line(120, y, 1534, y, (0, 0, 0), 2)
    p.text(120, y + 60, "Net à payer avant impôt sur le revenu", 28, "cond")
    p.text(1534, y + 60, eur(net), 28, "cond", align="r")
    tax = round(net * 0.031, 2)
    p.text(120, y + 110, "Impôt sur le revenu prélevé à la source (taux 3,1 %)", 26, "cond")
    p.text(1534, y + 110, "- " + eur(tax), 26, "cond", align="r")
    p.rect((900, y + 150, 1534, y + 240), outline=None, fill=(225, 238, 248))
    p.text(920, y + 210, "NET PAYÉ", 34, "cond-b")
    p.text(1514, y + 210, eur(net - tax) + " €", 36, "cond-b", align="r")
    p.text(120, y + 210, "Payé le %s par virement" % dmy(d["paid"]), 24, "cond")
    p.text(
        827, 2250, "Conservez ce bulletin de paie sans limitation de durée.", 20, "cond-i", GREY, align="c"
    )
    return [p]


# ---- payslip 2: banded table with employer shares ------------------------------------------
def payslip_banded(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    ym = d["month"]
    p = Page()
    p.rect((0, 0, 1654, 170), outline=None, fill=(60, 60, 75))
    p.text(100, 100, e["name"], 40, "serif-b", (255, 255, 255))
    p.text(100, 145, "%s — %s" % (e["street"], e["town"]), 22, "serif", (220, 220, 230))
    p.text(1554, 100, "Bulletin de salaire", 30, "sans", (255, 255, 255), align="r")
    p.text(1554, 145, "%s/%s" % (ym[5:], ym[:4]), 30, "mono-b", (255, 220, 120), align="r")
    p.table(
        100,
        230,
        [480, 487, 487],
        [["Salarié", "Emploi", "Période"], [per.formal, d["job"], "%s %s" % (month_fr(ym), ym[:4])]],
        size=22,
        head_fill=(230, 230, 236),
    )
    p.text(
        100,
        400,
        "N° sécurité sociale : %s    Matricule : %s    Ancienneté depuis le %s"
        % (d["nir"], d["matricule"], dmy(d["since"])),
        20,
        "mono",
    )
    p.text(100, 440, "SIRET %s    Code NAF %s    %s" % (e["siret"], e["naf"], e["ccn"]), 20, "mono")
    g = d["gross"]
    rows = [
        ["Rubrique", "Base", "Taux sal.", "Part salariale", "Taux pat.", "Part patronale"],
        ["Salaire de base", eur(g), "", "", "", ""],
    ]
    for lab, base, r1, r2 in _lines(g):
        rows.append(
            [
                lab,
                eur(base),
                ("%.2f" % r1) if r1 else "",
                eur(base * r1 / 100) if r1 else "",
                ("%.2f" % r2) if r2 else "",
                eur(base * r2 / 100) if r2 else "",
            ]
        )
    y = p.table(
        100,
        500,
        [500, 190, 150, 230, 150, 234],
        rows,
        size=20,
        f="sans",
        hf="sans-b",
        head_fill=(200, 200, 215),
        aligns="lrrrrr",
        zebra=(244, 244, 248),
        row_h=44,
    )
    net = _net(g)
    tot = [
        ["Brut", "Net imposable", "Net à payer avant impôt", "Net payé"],
        [eur(g), eur(net + g * 0.9825 * 0.029), eur(net), eur(net - round(net * 0.02, 2))],
    ]
    y = p.table(100, y + 60, [360, 360, 374, 360], tot, size=26, head_fill=(60, 60, 75), aligns="cccc")
    p.text(100, y + 80, "Versé le %s — virement SEPA" % dmy(d["paid"]), 24, "sans")
    p.text(100, y + 120, "Taux de prélèvement à la source : 2,00 % (taux personnalisé)", 22, "sans", GREY)
    p.text(
        827,
        2250,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin sans limitation de durée.",
        18,
        "sans-i",
        GREY,
        align="c",
    )
    return [p]


# ---- RIB 1: only the four boxes ---------------------------------------------------------------
def rib_fourboxes(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page((1654, 900))
    p.rect((40, 40, 1614, 860), outline=(0, 0, 0), width=2)
    logo(p, b["logo"], 80, 80, 90, b["col"])
    p.text(200, 130, b["name"], 36, "serif-b", b["col"])
    p.text(200, 170, b["branch_name"], 24, "serif-i")
    p.text(1574, 130, "RELEVÉ D'IDENTITÉ BANCAIRE", 28, "sans-b", align="r")
    p.text(80, 280, "Titulaire du compte", 22, "sans", GREY)
    p.text(80, 325, d["holder_line"], 32, "sans-b")
    p.lines(80, 370, d["address"], 24, "sans")
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"]
    vals = [d["bank_code"], d["branch"], d["account"], d["key"]]
    widths = [280, 280, 560, 200]
    x = 120
    for h, v, w in zip(heads, vals, widths):
        p.text(x + w / 2, 540, h, 22, "sans", align="c")
        p.rect((x, 560, x + w, 660), outline=(0, 0, 0), width=3)
        p.text(x + w / 2, 628, v, 40, "mono-b", align="c")
        x += w + 40
    p.text(80, 760, "Domiciliation : %s" % b["branch_name"], 24, "sans")
    p.text(
        80,
        810,
        "Remettez ce relevé à vos créanciers ou débiteurs pour leurs virements et prélèvements.",
        20,
        "sans-i",
        GREY,
    )
    return [p]


# ---- RIB 2: banking-app screenshot ----------------------------------------------------------
def rib_app_screen(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page((1080, 2160), bg=(246, 246, 250))
    p.text(60, 70, "09:41", 32, "sans-b")
    p.text(1020, 70, "5G  87 %", 28, "sans", align="r")
    p.text(60, 200, "‹  Mes coordonnées bancaires", 40, "sans-b")
    p.rect((40, 260, 1040, 560), outline=None, fill=b["col"])
    logo(p, b["logo"], 80, 300, 80, (255, 255, 255), b["col"])
    p.text(190, 355, b["name"], 36, "sans-b", (255, 255, 255))
    p.text(80, 470, "Compte courant", 30, "sans", (255, 255, 255))
    p.text(80, 520, "•••• %s" % d["account"][-4:], 30, "mono", (255, 255, 255))
    items = [
        ("Titulaire", d["holder_line"]),
        ("IBAN", grouped(d["iban"])),
        ("BIC", d["bic"]),
        ("Code banque · Code guichet", "%s · %s" % (d["bank_code"], d["branch"])),
        ("N° de compte · Clé", "%s · %s" % (d["account"], d["key"])),
        ("Domiciliation", b["branch_name"]),
    ]
    y = 640
    for lab, val in items:
        p.rect((40, y, 1040, y + 170), outline=None, fill=(255, 255, 255))
        p.text(80, y + 60, lab, 26, "sans", GREY)
        p.text(80, y + 120, val, 34 if lab != "IBAN" else 36, "sans-b" if lab != "IBAN" else "mono-b")
        y += 190
    p.rect((40, y + 40, 1040, y + 150), outline=None, fill=(30, 30, 30))
    p.text(540, y + 110, "Partager mon RIB (PDF)", 34, "sans-b", (255, 255, 255), align="c")
    return [p]


# ---- income-tax notice ------------------------------------------------------------------------
def tax_notice_sheet(d: dict) -> list[Page]:
    per = d["person"]
    inc = d["income"]
    p = Page()
    logo(p, "marianne", 110, 90, 100, None)
    p.text(240, 130, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", 26, "sans-b")
    p.text(240, 170, "Centre des finances publiques de %s" % per.city, 24, "sans")
    p.text(110, 330, "AVIS D'IMPÔT 2026", 46, "sans-b", (0, 35, 149))
    p.text(110, 380, "sur les revenus de l'année 2025", 30, "sans")
    p.lines(950, 300, [per.formal.upper(), *per.address], 28, "mono")
    rows = [
        ["Vos références", ""],
        ["Numéro fiscal", d["fiscal"]],
        ["Référence de l'avis", d["ref"]],
        ["Nombre de parts", "1"],
        ["Date de mise en recouvrement", "31/07/2026"],
    ]
    y = p.table(110, 520, [600, 500], rows, size=26, head_fill=(220, 226, 240))
    rows = [
        ["Détail", "Montant"],
        ["Revenu brut global", "%d €" % inc],
        ["Revenu fiscal de référence", "%d €" % int(inc * 0.9)],
        ["Impôt sur le revenu net", "%d €" % int(inc * 0.035)],
        ["Prélevé à la source", "%d €" % int(inc * 0.035)],
        ["Reste à payer", "0 €"],
    ]
    y = p.table(110, y + 80, [900, 400], rows, size=28, aligns="lr", head_fill=(200, 212, 240))
    p.text(110, y + 100, "Situation de famille : célibataire — revenus déclarés en ligne.", 24, "sans")
    p.text(110, 2240, "impots.gouv.fr — votre espace particulier", 20, "sans", GREY)
    return [p]


TEMPLATES = {
    "payslip_blocks": ("payslip", "fresh", payslip_blocks),
    "payslip_banded": ("payslip", "fresh", payslip_banded),
    "rib_fourboxes": ("rib", "fresh", rib_fourboxes),
    "rib_app_screen": ("rib", "fresh", rib_app_screen),
    "tax_notice_sheet": ("tax_notice", "fresh", tax_notice_sheet),
}

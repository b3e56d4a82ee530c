"""Payslips (four layouts), RIBs (four banks) and tax notices (two layouts)."""

from __future__ import annotations

from codes import dmy, grouped, last_day, month_fr
from render import Page, logo


def _m(v: float) -> str:
    s = "%.2f" % v
    ent, dec = s.split(".")
    ent = f"{int(ent):,}".replace(",", " ")
    return ent + "," + dec


def _per(ym: str) -> tuple[str, str]:
    return "01/%s/%s" % (ym[5:7], ym[:4]), "%02d/%s/%s" % (last_day(ym), ym[5:7], ym[:4])


def _lines(gross: float) -> list[tuple[str, float, float, float]]:
    return [
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", gross, 0.0, 7.0),
        ("Complémentaire santé", gross, 0.0, 0.9),
        ("Sécurité sociale plafonnée", gross, 6.9, 8.55),
        ("Retraite complémentaire T1", gross, 4.01, 6.01),
        ("Assurance chômage", gross, 0.0, 4.05),
        ("CSG déductible de l'impôt sur le revenu", gross * 0.9825, 6.8, 0.0),
        ("CSG/CRDS non déductible", gross * 0.9825, 2.9, 0.0),
    ]


def _net(gross: float) -> float:
    return round(gross - sum(b * t / 100 for _, b, t, _ in _lines(gross)), 2)


def payslip_classic(d: dict) -> list[Page]:
    """Classic grid: employer box left, employee box right, rubric table with employee/employer shares."""
    e, per = d["employer"], d["person"]
    p = Page()
    p.text(827, 120, "BULLETIN DE PAIE", 40, "sans-b", align="c")
    a, b = _per(d["month"])
    p.text(827, 165, "Période du %s au %s" % (a, b), 24, "sans", align="c")
    p.rect((90, 210, 800, 470), outline=(0, 0, 0), width=2)
    p.lines(
        110,
        255,
        [
            e["name"],
            e["street"],
            e["town"],
            "SIRET : %s" % e["siret"],
            "Code NAF : %s" % e["naf"],
            "Convention collective : %s" % e["ccn"],
        ],
        21,
        "sans",
    )
    p.rect((860, 210, 1564, 470), outline=(0, 0, 0), width=2)
    p.lines(
        880,
        255,
        [
            "%s %s" % ("Madame" if per.sex == "F" else "Monsieur", per.full),
            *per.address,
            "Emploi : %s" % d["job"],
            "Matricule : %s" % d["matricule"],
            "N° SS : %s" % d["nir"],
        ],
        21,
        "sans",
    )
    g = d["gross"]
    rows = [
        ["Rubrique", "Base", "Taux sal.", "Montant sal.", "Part employeur"],
        ["Salaire de base (151,67 h)", _m(g), "", _m(g), ""],
    ]
    for lab, base, ts, te in _lines(g):
        rows.append(
            [
                lab,
                _m(base),
                ("%.2f" % ts).replace(".", ","),
                _m(base * ts / 100) if ts else "",
                _m(base * te / 100) if te else "",
            ]
        )
    net = _net(g)
    rows.append(["NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", _m(net), ""])
    y = p.table(
        90,
        520,
        [640, 200, 150, 230, 254],
        rows,
        19,
        "cond",
        "cond-b",
        (225, 225, 225),
        aligns="lrrrr",
        row_h=44,
    )
    tax = round(net * 0.032, 2)
    y = p.table(
        90,
        y + 40,
        [1020, 454],
        [
            ["Impôt sur le revenu prélevé à la source (taux 3,2 %)", _m(tax)],
            ["NET PAYÉ", _m(net - tax) + " €"],
        ],
        24,
        "sans-b",
        "sans",
        None,
        aligns="lr",
    )
    p.text(90, y + 70, "Date de paiement : %s      Mode : virement" % dmy(d["paid"]), 24, "sans")
    p.text(
        90,
        y + 110,
        "Salaire brut : %s €     Cumul imposable : %s €" % (_m(g), _m(net * int(d["month"][5:7]))),
        22,
        "sans",
    )
    p.wrap(
        90,
        2220,
        1474,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans "
        "limitation de durée.",
        18,
        "sans-i",
        (90, 90, 90),
    )
    return [p]


def payslip_clarified(d: dict) -> list[Page]:
    """The 'bulletin clarifié' layout: coloured header band, grouped rubrics (Santé, Retraite...), big net amount."""
    e, per = d["employer"], d["person"]
    col = (0, 100, 120)
    p = Page()
    p.rect((0, 0, 1654, 200), outline=None, fill=col)
    p.text(100, 110, e["name"], 40, "cond-b", (255, 255, 255))
    p.text(100, 160, "SIRET %s - %s" % (e["siret"], e["town"]), 22, "cond", (220, 240, 240))
    p.text(1554, 110, "Bulletin de salaire", 34, "cond", (255, 255, 255), "r")
    p.text(
        1554,
        160,
        "%s %s" % (month_fr(d["month"]).capitalize(), d["month"][:4]),
        30,
        "cond-b",
        (255, 255, 255),
        "r",
    )
    a, b = _per(d["month"])
    p.lines(
        100,
        290,
        [
            "Salarié(e)",
            per.formal,
            "Emploi : %s - Statut : non cadre" % d["job"],
            "Entrée le %s" % dmy(d["since"]),
        ],
        24,
        "cond",
    )
    p.lines(
        950,
        290,
        ["Période : %s - %s" % (a, b), "Payé le %s" % dmy(d["paid"]), "Matricule %s" % d["matricule"]],
        24,
        "cond",
    )
    g = d["gross"]
    L = _lines(g)
    groups = [
        ("SALAIRE BRUT", _m(g)),
        ("Santé", _m(sum(b_ * t / 100 for _, b_, t, _ in L[:2]))),
        ("Retraite", _m(sum(b_ * t / 100 for _, b_, t, _ in L[2:4]))),
        ("Assurance chômage", "0,00"),
        ("CSG/CRDS", _m(sum(b_ * t / 100 for _, b_, t, _ in L[5:]))),
    ]
    rows = [["Éléments", "Montant"]] + [list(x) for x in groups]
    y = p.table(
        100,
        520,
        [1100, 354],
        rows,
        25,
        "cond",
        "cond-b",
        (214, 234, 238),
        aligns="lr",
        grid=False,
        zebra=(244, 248, 248),
    )
    net = _net(g)
    tax = round(net * 0.021, 2)
    p.rect((100, y + 60, 1554, y + 300), outline=None, fill=(236, 246, 246))
    p.text(140, y + 130, "Net à payer avant impôt sur le revenu : %s €" % _m(net), 28, "cond")
    p.text(140, y + 180, "Impôt sur le revenu prélevé à la source : -%s €" % _m(tax), 26, "cond")
    p.text(140, y + 260, "NET PAYÉ EN EUROS", 34, "cond-b", col)
    p.text(1514, y + 260, _m(net - tax) + " €", 50, "cond-b", col, "r")
    p.text(100, 2250, "Convention collective : %s" % e["ccn"], 18, "cond", (100, 100, 100))
    return [p]


def payslip_small(d: dict) -> list[Page]:
    """A small employer's payslip printed from payroll software in monospace."""
    e, per = d["employer"], d["person"]
    p = Page()
    a, b = _per(d["month"])
    y = p.lines(
        90,
        120,
        [
            e["name"].upper(),
            e["street"].upper(),
            e["town"].upper(),
            "SIRET %s  APE %s" % (e["siret"], e["naf"]),
        ],
        22,
        "mono",
    )
    p.lines(
        900,
        120,
        ["BULLETIN DE PAIE", "PERIODE DU %s AU %s" % (a, b), "PAIEMENT LE %s" % dmy(d["paid"])],
        22,
        "mono-b",
    )
    p.lines(
        900,
        300,
        [
            "SALARIE : %s" % per.formal.upper(),
            "EMPLOI  : %s" % d["job"].upper(),
            "MATRICULE %s" % d["matricule"],
        ],
        22,
        "mono",
    )
    g = d["gross"]
    rows = [["LIBELLE", "BASE", "TAUX", "A DEDUIRE"], ["SALAIRE MENSUEL", _m(g), "", ""]]
    for lab, base, ts, _ in _lines(g):
        if ts:
            rows.append([lab.upper()[:34], _m(base), ("%.3f" % ts).replace(".", ","), _m(base * ts / 100)])
    y = p.table(90, 460, [760, 240, 200, 274], rows, 20, "mono", "mono-b", None, aligns="lrrr", row_h=46)
    net = _net(g)
    y = p.lines(
        90,
        y + 70,
        [
            "SALAIRE BRUT ........................ %12s" % _m(g),
            "NET A PAYER AVANT IMPOT ............. %12s" % _m(net),
            "PAS TAUX NEUTRE 0,00 %% .............. %12s" % "0,00",
            "NET PAYE ............................ %12s EUR" % _m(net),
        ],
        24,
        "mono-b",
        leading=1.7,
    )
    p.text(90, y + 40, "Règlement par virement le %s" % dmy(d["paid"]), 22, "mono")
    return [p]


def payslip_interim(d: dict) -> list[Page]:
    """A temporary-work agency payslip: mission box, hours table, agency logo."""
    e, per = d["employer"], d["person"]
    col = (200, 60, 20)
    p = Page()
    logo(p, "square", 90, 90, 100, col)
    p.text(220, 150, e["name"], 38, "sans-b", col)
    p.text(220, 190, "Entreprise de travail temporaire - SIRET %s" % e["siret"], 20, "sans")
    p.text(1560, 150, "Relevé mensuel de paie", 28, "sans-b", align="r")
    a, b = _per(d["month"])
    p.text(1560, 190, "du %s au %s" % (a, b), 22, "sans", align="r")
    p.rect((90, 260, 1564, 470), outline=col, width=2)
    p.lines(
        120,
        310,
        [
            "Intérimaire : %s" % per.full,
            "Adresse : %s" % ", ".join(per.address),
            "Matricule : %s" % d["matricule"],
        ],
        23,
        "sans",
    )
    p.lines(900, 310, ["Mission n° %s" % d["mission"], "Entreprise utilisatrice :", d["client"]], 23, "sans")
    g = d["gross"]
    hrs = 151.67
    rows = [
        ["Éléments de paie", "Nombre", "Taux", "Gain", "Retenue"],
        ["Heures normales", ("%.2f" % hrs).replace(".", ","), _m(g / hrs), _m(g * 0.82), ""],
        ["Indemnité de fin de mission 10 %", "", "", _m(g * 0.09), ""],
        ["Indemnité compensatrice de congés payés", "", "", _m(g * 0.09), ""],
        ["Total cotisations salariales", "", "", "", _m(g - _net(g))],
    ]
    y = p.table(
        90, 520, [650, 180, 180, 232, 232], rows, 21, "sans", "sans-b", (250, 226, 214), aligns="lrrrr"
    )
    p.text(90, y + 80, "Salaire brut : %s €" % _m(g), 26, "sans")
    p.text(90, y + 130, "Net payé : %s €" % _m(_net(g)), 36, "sans-b", col)
    p.text(90, y + 180, "Versé le %s par virement" % dmy(d["paid"]), 24, "sans")
    return [p]


# ---- RIB -------------------------------------------------------------------------------------
def _rib_boxes(p: Page, x: float, y: float, d: dict, f: str = "sans", size: int = 24) -> float:
    heads = ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"]
    vals = [d["bank_code"], d["branch"], d["account"], d["key"]]
    widths = [260, 260, 480, 180]
    return p.table(
        x,
        y,
        widths,
        [heads, vals],
        size,
        f + "-b" if f != "mono" else "mono",
        f if f != "mono" else "mono-b",
        (235, 235, 235),
        aligns="cccc",
        row_h=60,
    )


def rib_classic(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page()
    logo(p, b["logo"], 120, 120, 110, b["col"])
    p.text(260, 190, b["name"], 44, "serif-b", b["col"])
    p.text(827, 400, "RELEVÉ D'IDENTITÉ BANCAIRE", 38, "serif-b", align="c")
    p.text(120, 520, "Titulaire du compte", 24, "serif-i")
    p.lines(120, 565, [d["holder_line"], *d["address"]], 27, "serif-b")
    p.text(120, 800, "Domiciliation : %s" % b["branch_name"], 24, "serif")
    y = _rib_boxes(p, 120, 860, d, "serif")
    p.text(120, y + 90, "IBAN (International Bank Account Number)", 22, "serif-i")
    p.text(120, y + 140, grouped(d["iban"]), 36, "mono-b")
    p.text(120, y + 220, "BIC (Bank Identifier Code)", 22, "serif-i")
    p.text(120, y + 265, d["bic"], 32, "mono-b")
    p.line(60, 1500, 1594, 1500, (160, 160, 160), 1)
    p.text(
        827,
        1540,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs.",
        20,
        "serif-i",
        align="c",
    )
    return [p]


def rib_card(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page()
    p.rect((100, 100, 1554, 1050), outline=b["col"], fill=(248, 248, 252), width=3)
    p.rect((100, 100, 1554, 230), outline=None, fill=b["col"])
    p.text(140, 185, b["name"].upper(), 40, "sans-b", (255, 255, 255))
    p.text(1514, 185, "RIB", 48, "sans-b", (255, 255, 255), "r")
    p.label_value(140, 320, "Titulaire :", d["holder_line"], 28)
    p.lines(300, 365, d["address"], 24, "sans")
    p.label_value(140, 520, "IBAN", grouped(d["iban"]), 32, "sans", "mono-b", 30)
    p.label_value(140, 590, "BIC", d["bic"], 30, "sans", "mono-b", 50)
    _rib_boxes(p, 140, 660, d, "sans", 22)
    p.text(140, 880, "Agence : %s" % b["branch_name"], 22, "sans")
    p.text(
        140, 920, "Relevé d'identité bancaire édité depuis votre espace client", 20, "sans-i", (100, 100, 100)
    )
    return [p]


def rib_online(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page()
    p.text(100, 120, "%s - Banque en ligne" % b["name"], 24, "mono")
    p.text(1554, 120, "Page 1/1", 22, "mono", align="r")
    p.text(100, 260, "RELEVE D'IDENTITE BANCAIRE / BANK DETAILS", 30, "mono-b")
    y = p.lines(
        100,
        360,
        [
            "Titulaire(s) du compte : %s" % d["holder_line"].upper(),
            "Adresse : %s" % ", ".join(d["address"]).upper(),
            "Type de compte : COMPTE DE DEPOT",
        ],
        24,
        "mono",
        leading=1.7,
    )
    y = _rib_boxes(p, 100, y + 30, d, "mono", 24)
    p.lines(
        100,
        y + 90,
        [
            "IBAN : %s" % grouped(d["iban"]),
            "BIC  : %s" % d["bic"],
            "Domiciliation : %s" % b["branch_name"].upper(),
        ],
        26,
        "mono-b",
        leading=1.8,
    )
    return [p]


def rib_neo(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page()
    p.rect((0, 0, 1654, 2339), outline=None, fill=(250, 250, 250))
    logo(p, "circle", 120, 120, 90, b["col"])
    p.text(240, 185, b["name"], 40, "sans-b")
    p.text(120, 360, "Attestation de coordonnées bancaires", 44, "sans-b")
    p.text(120, 410, "Account details certificate", 28, "sans-i", (110, 110, 110))
    rows = [
        ["", ""],
        ["Titulaire / Account holder", d["holder_line"]],
        ["IBAN", grouped(d["iban"])],
        ["BIC / SWIFT", d["bic"]],
        ["Code banque", d["bank_code"]],
        ["Code guichet", d["branch"]],
        ["N° de compte", d["account"]],
        ["Clé RIB", d["key"]],
        ["Adresse du titulaire", ", ".join(d["address"])],
    ]
    p.table(
        120,
        480,
        [520, 894],
        rows,
        25,
        "sans",
        "sans-b",
        None,
        aligns="ll",
        grid=False,
        zebra=(238, 238, 244),
        row_h=70,
    )
    p.text(
        120,
        1300,
        "%s - établissement de crédit agréé - %s" % (b["name"], b["branch_name"]),
        20,
        "sans",
        (110, 110, 110),
    )
    return [p]


# ---- tax notice ------------------------------------------------------------------------------
def tax_notice(d: dict) -> list[Page]:
    per = d["person"]
    alt = d.get("style", 0)
    f = "sans" if not alt else "cond"
    p = Page()
    p.rect((90, 80, 420, 200), outline=None, fill=(0, 35, 149))
    p.text(110, 130, "DIRECTION GÉNÉRALE", 20, f + "-b", (255, 255, 255))
    p.text(110, 165, "DES FINANCES PUBLIQUES", 20, f + "-b", (255, 255, 255))
    p.text(1560, 140, "AVIS D'IMPÔT 2026", 40, f + "-b", align="r")
    p.text(1560, 185, "IMPÔT SUR LES REVENUS de l'année 2025", 24, f, align="r")
    p.lines(900, 300, [per.formal.upper(), *[a.upper() for a in per.address]], 25, f)
    p.lines(
        90,
        300,
        [
            "Vos références",
            "Numéro fiscal : %s" % d["fiscal"],
            "Référence de l'avis : %s" % d["ref"],
            "Date d'établissement : 31/07/2026",
            "Date de mise en recouvrement : 31/07/2026",
        ],
        22,
        f,
    )
    rows = [
        ["Détail", "Montant"],
        ["Revenu brut global", "%d €" % d["income"]],
        ["Revenu fiscal de référence", "%d €" % int(d["income"] * 0.9)],
        ["Nombre de parts", "1,00"],
        ["Impôt sur le revenu net", "%d €" % int(d["income"] * 0.04)],
        ["Retenue à la source prélevée en 2025", "%d €" % int(d["income"] * 0.04)],
        ["Reste à payer", "0 €"],
    ]
    y = p.table(90, 700, [1100, 374], rows, 25, f, f + "-b", (220, 226, 240), aligns="lr")
    p.text(
        90,
        y + 80,
        "Situation du foyer : célibataire - Déclarant 1 : %s, né(e) le %s" % (per.formal, dmy(per.birth)),
        22,
        f,
    )
    return [p]


TEMPLATES = {
    "payslip_classic": ("payslip", "tune", payslip_classic),
    "payslip_small": ("payslip", "tune", payslip_small),
    "payslip_clarified": ("payslip", "heldout", payslip_clarified),
    "payslip_interim": ("payslip", "heldout", payslip_interim),
    "rib_classic": ("rib", "tune", rib_classic),
    "rib_online": ("rib", "tune", rib_online),
    "rib_card": ("rib", "heldout", rib_card),
    "rib_neo": ("rib", "heldout", rib_neo),
    "tax_notice_a": ("tax_notice", "tune", tax_notice),
    "tax_notice_b": ("tax_notice", "heldout", lambda d: tax_notice({**d, "style": 1})),
}

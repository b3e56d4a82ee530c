"""blind3: payslips (clarified, dense with employer columns), RIBs (bank slip, app export), tax notice."""

from __future__ import annotations

from codes import dmy, grouped, last_day, long_fr
from render import Page, logo
from z_kit import MID, eur, month_label, new, page_footer, qr, rect_stamp, small_print


def _lines(gross: float) -> dict:
    g = gross
    return dict(
        sante=0.0,
        at=0.0,
        vieil_p=g * 0.069,
        vieil_d=g * 0.004,
        compl=g * 0.0401,
        chom=0.0,
        csg_d=g * 0.9825 * 0.068,
        csg_nd=g * 0.9825 * 0.029,
    )


def _net(gross: float) -> tuple[float, float, float]:
    x = _lines(gross)
    cot = x["vieil_p"] + x["vieil_d"] + x["compl"] + x["csg_d"] + x["csg_nd"]
    net = gross - cot
    pas = round(net * 0.031, 2)
    return cot, net, pas


def payslip_z_clarified(d: dict) -> list[Page]:
    """Bulletin de paie clarifié (arrêté du 25 février 2016 model)."""
    e, per = d["employer"], d["person"]
    g = d["gross"]
    x = _lines(g)
    cot, net, pas = _net(g)
    p = new()
    p.text(827, 120, "BULLETIN DE PAIE", 36, "sans-b", align="c")
    p.text(
        827,
        160,
        "Période du 01/%s au %02d/%s"
        % (
            d["month"][5:] + "/" + d["month"][:4],
            last_day(d["month"]),
            d["month"][5:] + "/" + d["month"][:4],
        ),
        22,
        "sans",
        align="c",
    )
    p.rect((110, 200, 800, 470), outline=(0, 0, 0), width=2)
    p.lines(
        130,
        240,
        [
            e["name"],
            e["street"],
            e["town"],
            "SIRET %s — APE %s" % (e["siret"], e["naf"]),
            "Convention : %s" % e["ccn"],
        ],
        20,
        "sans",
    )
    p.rect((860, 200, 1544, 470), outline=(0, 0, 0), width=2)
    p.lines(
        880,
        240,
        ["%s %s" % ("Madame" if per.sex == "F" else "Monsieur", per.full), *per.address],
        24,
        "sans-b",
    )
    p.lines(
        880,
        380,
        [
            "Matricule %s — N° SS %s" % (d["matricule"], d["nir"]),
            "Emploi : %s" % d["job"],
            "Entrée le %s — Coefficient 170" % dmy(d["since"]),
        ],
        18,
        "sans",
    )
    rows = [
        ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"],
        ["Salaire de base", "151,67 h", eur(g / 151.67, False), "", eur(g, False)],
        ["SALAIRE BRUT", "", "", "", eur(g, False)],
        ["Santé", "", "", "", ""],
        ["  Sécurité sociale — maladie, maternité, invalidité, décès", eur(g, False), "", "0,00", ""],
        ["Accidents du travail — maladies professionnelles", eur(g, False), "", "0,00", ""],
        ["Retraite", "", "", "", ""],
        ["  Sécurité sociale plafonnée", eur(g, False), "6,90", eur(x["vieil_p"], False), ""],
        ["  Sécurité sociale déplafonnée", eur(g, False), "0,40", eur(x["vieil_d"], False), ""],
        ["  Complémentaire tranche 1", eur(g, False), "4,01", eur(x["compl"], False), ""],
        ["Famille", eur(g, False), "", "0,00", ""],
        ["Assurance chômage", eur(g, False), "", "0,00", ""],
        [
            "CSG déductible de l'impôt sur le revenu",
            eur(g * 0.9825, False),
            "6,80",
            eur(x["csg_d"], False),
            "",
        ],
        ["CSG/CRDS non déductible", eur(g * 0.9825, False), "2,90", eur(x["csg_nd"], False), ""],
        ["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", eur(cot, False), ""],
        ["NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "", eur(net, False)],
        ["Impôt sur le revenu prélevé à la source", eur(net, False), "3,10", eur(pas, False), ""],
        ["NET PAYÉ", "", "", "", eur(net - pas, False)],
    ]
    y = p.table(
        110, 520, [720, 190, 130, 190, 204], rows, 19, "sans", "sans-b", (225, 225, 225), 44, aligns="lrrrr"
    )
    p.rect((110, y + 30, 1544, y + 130), outline=None, fill=(235, 242, 250))
    p.text(140, y + 95, "NET PAYÉ EN EUROS : %s" % eur(net - pas), 34, "sans-b")
    p.text(1514, y + 95, "Payé le %s par virement" % dmy(d["paid"]), 22, "sans", align="r")
    p.text(
        110,
        y + 200,
        "Net social : %s   —   Cumul brut annuel : %s   —   Congés payés acquis : %s j"
        % (
            eur(net + 25),
            eur(g * int(d["month"][5:7])),
            ("%.1f" % (2.5 * int(d["month"][5:7]))).replace(".", ","),
        ),
        20,
        "sans",
    )
    p.text(110, y + 240, "Total versé par l'employeur : %s" % eur(g * 1.31), 20, "sans")
    small_print(
        p,
        2140,
        [
            "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de "
            "paie sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
            "www.service-public.fr."
        ],
        15,
    )
    return [p]


def payslip_z_dense(d: dict) -> list[Page]:
    """Older payroll-software style: employer / employee columns, cumulative box, small type."""
    e, per = d["employer"], d["person"]
    g = d["gross"]
    x = _lines(g)
    cot, net, pas = _net(g)
    p = new()
    col = (60, 90, 60)
    p.rect((80, 80, 1574, 160), outline=None, fill=col)
    p.text(110, 134, "BULLETIN DE SALAIRE", 32, "sans-b", (255, 255, 255))
    p.text(1544, 134, month_label(d["month"]).upper(), 32, "sans-b", (255, 255, 255), align="r")
    p.lines(
        110,
        220,
        [
            "EMPLOYEUR",
            e["name"],
            e["street"],
            e["town"],
            "Siret : %s  Naf : %s" % (e["siret"], e["naf"]),
            "URSSAF : %s" % e["town"].split(" ")[1],
        ],
        19,
        "cond",
    )
    p.lines(900, 220, ["SALARIÉ(E)", per.formal, *per.address, "N° SS : %s" % d["nir"]], 22, "cond-b")
    p.lines(
        110,
        440,
        [
            "Emploi : %s" % d["job"],
            "Statut : non cadre — Niveau II",
            "Date d'entrée : %s" % dmy(d["since"]),
            "Convention collective : %s" % e["ccn"],
        ],
        19,
        "cond",
    )
    p.lines(
        900,
        470,
        [
            "Matricule : %s" % d["matricule"],
            "Période : %s" % month_label(d["month"]),
            "Date de paiement : %s" % dmy(d["paid"]),
        ],
        19,
        "cond",
    )
    r = [
        ["Rubrique", "Base", "Tx sal.", "Part salarié", "Tx pat.", "Part employeur"],
        ["Salaire mensuel", "151,67", "", eur(g, False), "", ""],
        ["Brut", "", "", eur(g, False), "", ""],
        ["Maladie", eur(g, False), "", "", "7,00", eur(g * 0.07, False)],
        [
            "Vieillesse plafonnée",
            eur(g, False),
            "6,90",
            eur(-x["vieil_p"], False),
            "8,55",
            eur(g * 0.0855, False),
        ],
        [
            "Vieillesse déplafonnée",
            eur(g, False),
            "0,40",
            eur(-x["vieil_d"], False),
            "2,02",
            eur(g * 0.0202, False),
        ],
        ["Allocations familiales", eur(g, False), "", "", "3,45", eur(g * 0.0345, False)],
        [
            "Retraite compl. T1",
            eur(g, False),
            "4,01",
            eur(-x["compl"], False),
            "6,01",
            eur(g * 0.0601, False),
        ],
        ["Chômage", eur(g, False), "", "", "4,05", eur(g * 0.0405, False)],
        ["CSG déductible", eur(g * 0.9825, False), "6,80", eur(-x["csg_d"], False), "", ""],
        ["CSG/CRDS non déd.", eur(g * 0.9825, False), "2,90", eur(-x["csg_nd"], False), "", ""],
        ["Réduction générale", "", "", "", "", eur(-g * 0.12, False)],
        ["Net imposable", "", "", eur(net + x["csg_nd"], False), "", ""],
        ["Prélèvement à la source", eur(net, False), "3,10", eur(-pas, False), "", ""],
    ]
    y = p.table(
        80, 620, [440, 200, 130, 260, 130, 334], r, 19, "cond", "cond-b", (220, 232, 220), 46, aligns="lrrrrr"
    )
    p.rect((1000, y + 40, 1574, y + 160), outline=col, width=3)
    p.text(1030, y + 90, "NET À PAYER", 26, "sans-b", col)
    p.text(1544, y + 140, eur(net - pas), 38, "sans-b", align="r")
    p.table(
        80,
        y + 40,
        [220, 220, 220, 220],
        [
            ["Cumuls", "Brut", "Net imposable", "PAS"],
            [
                "Année %s" % d["month"][:4],
                eur(g * int(d["month"][5:7]), False),
                eur((net + x["csg_nd"]) * int(d["month"][5:7]), False),
                eur(pas * int(d["month"][5:7]), False),
            ],
        ],
        17,
        "cond",
        "cond-b",
        (235, 235, 235),
        40,
    )
    p.text(80, y + 240, "Mode de paiement : virement — Congés : acquis %s, pris 0" % "25,0", 18, "cond", MID)
    return [p]


# ---- RIB ------------------------------------------------------------------------------------
def rib_z_slip(d: dict) -> list[Page]:
    """Classic bank RIB: boxes (banque, guichet, compte, clé), IBAN, BIC, holder, domiciliation; two copies."""
    b = d["bank"]
    p = new()
    for k in range(2):
        y0 = 140 + k * 1000
        p.rect((110, y0, 1544, y0 + 860), outline=(90, 90, 90), width=2)
        logo(p, b["logo"], 140, y0 + 30, 90, b["col"])
        p.text(260, y0 + 85, b["name"], 32, "sans-b", b["col"])
        p.text(1514, y0 + 85, "RELEVÉ D'IDENTITÉ BANCAIRE", 24, "sans-b", align="r")
        p.wrap(
            140,
            y0 + 170,
            1370,
            "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou "
            "débiteurs appelés à faire inscrire des opérations à votre compte (virements, prélèvements, etc.).",
            18,
            "sans-i",
            MID,
        )
        p.text(140, y0 + 270, "Titulaire du compte", 20, "sans", MID)
        p.lines(140, y0 + 310, [d["holder_line"].upper(), *d["address"]], 26, "sans-b")
        p.text(900, y0 + 270, "Domiciliation", 20, "sans", MID)
        p.lines(
            900,
            y0 + 310,
            [
                b["branch_name"],
                "Tél. 09 69 %02d %02d %02d" % (int(d["branch"][:2]) % 90, int(d["branch"][2:4]), 40),
            ],
            22,
            "sans",
        )
        rows = [
            ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"],
            [d["bank_code"], d["branch"], d["account"], d["key"]],
        ]
        p.table(
            140, y0 + 460, [260, 260, 520, 180], rows, 26, "mono", "sans", (240, 240, 240), 56, aligns="cccc"
        )
        p.text(140, y0 + 660, "IBAN", 20, "sans", MID)
        p.text(140, y0 + 705, grouped(d["iban"]), 34, "mono-b")
        p.text(1100, y0 + 660, "BIC", 20, "sans", MID)
        p.text(1100, y0 + 705, d["bic"], 34, "mono-b")
        p.text(
            140,
            y0 + 800,
            "Identifiant international du compte (IBAN) et code d'identification de la banque (BIC)",
            16,
            "sans",
            MID,
        )
    for xx in range(110, 1544, 30):
        p.line(xx, 1070, xx + 15, 1070, (140, 140, 140), 2)
    return [p]


def rib_z_app(d: dict) -> list[Page]:
    """RIB exported from online banking as an A4 PDF with a QR code."""
    b = d["bank"]
    p = new()
    p.rect((0, 0, p.w, 220), outline=None, fill=b["col"])
    logo(p, b["logo"], 110, 60, 100, (255, 255, 255), b["col"])
    p.text(240, 130, b["name"], 40, "sans-b", (255, 255, 255))
    p.text(110, 340, "Vos coordonnées bancaires", 44, "sans-b")
    p.text(110, 390, "Compte de dépôt — document généré depuis votre espace client", 22, "sans", MID)
    items = [
        ("Titulaire", d["holder_line"]),
        ("Adresse", ", ".join(d["address"])),
        ("IBAN", grouped(d["iban"])),
        ("BIC / SWIFT", d["bic"]),
        ("Banque", d["bank_code"]),
        ("Guichet", d["branch"]),
        ("N° de compte", d["account"]),
        ("Clé", d["key"]),
        ("Domiciliation", b["branch_name"]),
    ]
    y = 500
    for lab, val in items:
        p.rect((110, y - 50, 1544, y + 34), outline=(225, 225, 230), fill=(250, 250, 252), width=1)
        p.text(140, y, lab, 22, "sans", MID)
        p.text(520, y, val, 28, "mono-b" if lab in ("IBAN", "BIC / SWIFT") else "sans-b")
        y += 100
    qr(p, 1300, y + 40, 220, d["seed"])
    p.text(110, y + 100, "Scannez le QR code pour transmettre vos coordonnées.", 22, "sans", MID)
    small_print(
        p,
        2150,
        [
            "%s — BIC %s. Les coordonnées ci-dessus permettent l'identification de votre compte pour "
            "les virements et prélèvements SEPA." % (b["name"], b["bic"])
        ],
        16,
    )
    return [p]


# ---- tax notice -------------------------------------------------------------------------------
def tax_z_notice(d: dict) -> list[Page]:
    per = d["person"]
    inc = d["income"]
    p = new()
    logo(p, "marianne", 110, 90, 100, (0, 0, 0))
    p.text(110, 190, "RÉPUBLIQUE FRANÇAISE", 16, "sans-b")
    p.text(110, 230, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", 18, "sans-b")
    p.text(1544, 130, "AVIS D'IMPÔT 2026", 36, "sans-b", align="r")
    p.text(1544, 172, "IMPÔT SUR LES REVENUS de l'année 2025", 22, "sans", align="r")
    p.lines(
        110,
        320,
        [
            "Vos références",
            "Numéro fiscal : %s"
            % " ".join(
                [d["fiscal"][:2], d["fiscal"][2:4], d["fiscal"][4:7], d["fiscal"][7:10], d["fiscal"][10:]]
            ),
            "Référence de l'avis : %s" % d["ref"],
            "Centre des finances publiques : SIP %s" % per.city,
        ],
        22,
        "sans",
    )
    p.lines(
        900,
        340,
        ["%s %s" % ("MME" if per.sex == "F" else "M.", per.formal.upper()), *per.address],
        25,
        "sans",
    )
    p.rect((110, 560, 1544, 700), outline=None, fill=(232, 236, 246))
    tax = round(max(0, inc * 0.11 - 1800), 0)
    p.text(140, 620, "Montant de votre impôt sur le revenu", 28, "sans-b")
    p.text(140, 670, "Reste à payer après prélèvement à la source", 22, "sans", MID)
    p.text(1514, 650, eur(0 if d["seed"] % 2 else 42), 40, "sans-b", align="r")
    rows = [
        ["Détail", "Montant"],
        ["Revenu brut global", eur(inc, False)],
        ["Revenu imposable", eur(inc * 0.9, False)],
        ["Nombre de parts", "1"],
        ["Impôt sur les revenus soumis au barème", eur(tax, False)],
        ["Prélèvement à la source déjà versé", eur(tax, False)],
        ["Revenu fiscal de référence", eur(inc * 0.9, False)],
    ]
    y = p.table(110, 760, [1000, 434], rows, 23, "sans", "sans-b", (232, 236, 246), 56, aligns="lr")
    p.text(
        110,
        y + 60,
        "Situation au 1er janvier 2025 : célibataire — Date d'établissement : %s"
        % long_fr("2026-07-%02d" % (20 + d["seed"] % 9)),
        20,
        "sans",
    )
    p.text(110, y + 100, "Date de mise en recouvrement : %s" % dmy("2026-07-31"), 20, "sans")
    qr(p, 1340, y + 60, 180, d["seed"])
    small_print(
        p,
        2100,
        [
            "Votre avis d'impôt est un justificatif de revenus. Vous pouvez vérifier son authenticité "
            "avec le numéro fiscal et la référence de l'avis sur le service de vérification en ligne."
        ],
        15,
    )
    page_footer(p, "Avis d'impôt 2026 — %s" % per.full, 1, 1)
    _ = rect_stamp
    return [p]


TEMPLATES = {
    "payslip_z_clarified": ("payslip", "blind3", payslip_z_clarified),
    "payslip_z_dense": ("payslip", "blind3", payslip_z_dense),
    "rib_z_slip": ("rib", "blind3", rib_z_slip),
    "rib_z_app": ("rib", "blind3", rib_z_app),
    "tax_z_notice": ("tax_notice", "blind3", tax_z_notice),
}

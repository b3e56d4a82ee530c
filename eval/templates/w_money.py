"""blind6 money documents: clarified payslip, compact payslip (software print with year-to-date
column), RIB bank slip, RIB from online banking, tax notice."""

from __future__ import annotations

from codes import add_months, dmy, grouped, last_day, long_fr, month_fr
from render import A4, Page, logo
from w_kit import eur, footer, qr, rng_of


def _period(ym: str) -> tuple[str, str]:
    return ym + "-01", "%s-%02d" % (ym, last_day(ym))


def _lines(g: float) -> list[tuple[str, float, float, float]]:
    """(label, base, employee amount, employer amount) of the clarified payslip."""
    csg_base = round(g * 0.9825, 2)
    return [
        ("SANTÉ — Sécurité sociale maladie, maternité", g, 0.0, round(g * 0.07, 2)),
        ("Complémentaire santé", g, round(g * 0.012, 2), round(g * 0.018, 2)),
        ("ACCIDENTS DU TRAVAIL — MALADIES PROF.", g, 0.0, round(g * 0.0212, 2)),
        ("RETRAITE — Sécurité sociale plafonnée", g, round(g * 0.069, 2), round(g * 0.0855, 2)),
        ("Retraite Sécurité sociale déplafonnée", g, round(g * 0.004, 2), round(g * 0.0202, 2)),
        ("Complémentaire Tranche 1", g, round(g * 0.0401, 2), round(g * 0.0601, 2)),
        ("FAMILLE", g, 0.0, round(g * 0.0345, 2)),
        ("ASSURANCE CHÔMAGE", g, 0.0, round(g * 0.0405, 2)),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", g, 0.0, round(g * 0.021, 2)),
        ("CSG déductible de l'impôt sur le revenu", csg_base, round(csg_base * 0.068, 2), 0.0),
        ("CSG/CRDS non déductible", csg_base, round(csg_base * 0.029, 2), 0.0),
    ]


def payslip_clear(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    g = d["gross"]
    p = Page(A4)
    p.text(p.w / 2, 110, "BULLETIN DE PAIE", 38, "sans-b", align="c")
    a, b = _period(d["month"])
    p.text(p.w / 2, 155, "Période du %s au %s" % (dmy(a), dmy(b)), 25, "sans", align="c")
    p.rect((90, 200, 800, 450), outline=(0, 0, 0), width=1)
    p.lines(
        110,
        240,
        [
            e["name"],
            e["street"],
            e["town"],
            "SIRET %s — NAF %s" % (e["siret"], e["naf"]),
            "Convention : %s" % e["ccn"],
        ],
        21,
        "sans",
    )
    p.rect((860, 200, p.w - 90, 450), outline=(0, 0, 0), width=1)
    p.lines(
        880,
        240,
        ["%s %s" % ("Madame" if per.sex == "F" else "Monsieur", per.full), *per.address],
        23,
        "sans-b",
    )
    p.lines(
        880,
        370,
        [
            "Matricule %s — N° SS %s" % (d["matricule"], d["nir"]),
            "Emploi : %s — entrée le %s" % (d["job"], dmy(d["since"])),
        ],
        19,
        "sans",
    )
    if e["naf"] == "7820Z":
        p.text(
            110,
            490,
            "Mission n° %s — entreprise utilisatrice : %s" % (d["mission"], d["client"]),
            20,
            "sans-i",
        )
    rows = [["Éléments de paie", "Base", "Taux", "À déduire", "À payer", "Charges patronales"]]
    rows.append(["Salaire de base", "151,67 h", "%.4f" % (g / 151.67), "", eur(g, ""), ""])
    rows.append(["SALAIRE BRUT", "", "", "", eur(g, ""), ""])
    tot_s = tot_p = 0.0
    for lb, base, s, pa in _lines(g):
        tot_s += s
        tot_p += pa
        rows.append([lb, eur(base, ""), "", eur(s, "") if s else "", "", eur(pa, "") if pa else ""])
    rows.append(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", eur(tot_s, ""), "", eur(tot_p, "")])
    y = p.table(
        90,
        540,
        [640, 170, 130, 150, 150, 234],
        rows,
        size=20,
        f="cond",
        hf="cond-b",
        aligns="lrrrrr",
        row_h=50,
    )
    net = round(g - tot_s, 2)
    rate = 3.1
    pas = round((net + g * 0.029) * rate / 100, 2)
    y += 40
    p.rect((90, y, p.w - 90, y + 300), outline=(0, 0, 0), width=2)
    p.text(120, y + 55, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 25, "sans-b")
    p.text(p.w - 120, y + 55, eur(net), 28, "sans-b", align="r")
    p.text(
        120,
        y + 110,
        "dont évolution de la rémunération liée à la suppression des cotisations chômage et maladie",
        16,
        "sans-i",
        (80, 80, 80),
    )
    p.text(
        120,
        y + 160,
        "Impôt sur le revenu prélevé à la source — taux personnalisé %.1f %% — base %s"
        % (rate, eur(net + g * 0.029)),
        20,
        "sans",
    )
    p.text(p.w - 120, y + 160, "- " + eur(pas), 22, "sans", align="r")
    p.rect((90, y + 200, p.w - 90, y + 300), outline=None, fill=(225, 225, 225))
    p.text(120, y + 265, "NET PAYÉ EN EUROS", 30, "sans-b")
    p.text(p.w - 120, y + 265, eur(net - pas), 34, "sans-b", align="r")
    y += 360
    p.text(
        90,
        y,
        "Payé le %s par virement — Montant net social : %s — Total versé par l'employeur : %s"
        % (dmy(d["paid"]), eur(net + 12.4), eur(g + tot_p)),
        18,
        "sans",
    )
    p.text(
        90,
        y + 40,
        "Congés payés : acquis N-1 25,0 j — pris 0,0 j — acquis N %.1f j" % (2.08 * int(d["month"][5:7])),
        18,
        "sans",
    )
    footer(
        p,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée : www.mon-entreprise.urssaf.fr",
        "",
    )
    return [p]


def payslip_compact(d: dict) -> list[Page]:
    """Landscape print from a payroll package, with a year-to-date column."""
    per, e = d["person"], d["employer"]
    g = d["gross"]
    p = Page((2339, 1654))
    a, b = _period(d["month"])
    p.rect((60, 50, p.w - 60, 170), outline=None, fill=(40, 60, 90))
    p.text(90, 110, "Bulletin de salaire", 40, "sans-b", (255, 255, 255))
    p.text(
        90, 150, "%s %s" % (month_fr(d["month"]).capitalize(), d["month"][:4]), 24, "sans", (220, 220, 230)
    )
    p.text(
        p.w - 90, 110, "Période : du %s au %s" % (dmy(a), dmy(b)), 26, "sans-b", (255, 255, 255), align="r"
    )
    p.text(p.w - 90, 150, "Date de paiement : %s" % dmy(d["paid"]), 22, "sans", (220, 220, 230), align="r")
    p.lines(
        90,
        230,
        [
            "Employeur : %s" % e["name"],
            "%s, %s" % (e["street"], e["town"]),
            "SIRET %s   APE %s" % (e["siret"], e["naf"]),
            e["ccn"],
        ],
        20,
        "sans",
    )
    p.lines(
        1260,
        230,
        [
            "Salarié : %s %s" % (per.surname.upper(), per.given_str),
            "%s — %s" % tuple(per.address),
            "Sécurité sociale : %s   Matricule : %s" % (d["nir"], d["matricule"]),
            "Emploi : %s — Statut : non-cadre — Coefficient 170" % d["job"],
        ],
        20,
        "sans",
    )
    p.text(1260, 380, "Date d'entrée : %s" % dmy(d["since"]), 20, "sans")
    rows = [["Rubrique", "Base", "Taux sal.", "Montant sal.", "Taux pat.", "Montant pat."]]
    rows.append(["Salaire mensuel", "151,67", "", eur(g, ""), "", ""])
    tot_s = tot_p = 0.0
    for lb, base, s, pa in _lines(g):
        tot_s += s
        tot_p += pa
        rows.append(
            [
                lb.capitalize(),
                eur(base, ""),
                "%.2f" % (s / base * 100) if s else "",
                eur(s, "") if s else "",
                "%.2f" % (pa / base * 100) if pa else "",
                eur(pa, "") if pa else "",
            ]
        )
    rows.append(["Total retenues", "", "", eur(tot_s, ""), "", eur(tot_p, "")])
    y = p.table(
        60,
        440,
        [760, 200, 150, 230, 150, 230],
        rows,
        size=19,
        f="cond",
        hf="cond-b",
        aligns="lrrrrr",
        row_h=44,
        zebra=(244, 246, 250),
    )
    net = round(g - tot_s, 2)
    pas = round(net * 0.021, 2)
    x2 = 1810
    p.rect((x2, 440, p.w - 60, 1100), outline=(40, 60, 90), width=2)
    p.text(x2 + 20, 490, "Cumuls %s" % d["month"][:4], 24, "sans-b")
    k = int(d["month"][5:7])
    for i, (lb, v) in enumerate(
        (("Brut", g * k), ("Net imposable", (net + g * 0.029) * k), ("PAS", pas * k), ("Heures", 151.67 * k))
    ):
        p.text(x2 + 20, 560 + i * 60, lb, 21, "sans")
        p.text(p.w - 80, 560 + i * 60, eur(v, "") if lb != "Heures" else "%.2f" % v, 21, "sans", align="r")
    p.text(x2 + 20, 860, "Net avant impôt", 22, "sans-b")
    p.text(p.w - 80, 900, eur(net), 26, "sans-b", align="r")
    p.text(x2 + 20, 960, "Impôt (taux 2,1 %)", 21, "sans")
    p.text(p.w - 80, 960, "- " + eur(pas), 21, "sans", align="r")
    p.rect((x2, 1000, p.w - 60, 1100), outline=None, fill=(40, 60, 90))
    p.text(x2 + 20, 1065, "NET PAYÉ", 28, "sans-b", (255, 255, 255))
    p.text(p.w - 80, 1065, eur(net - pas), 30, "sans-b", (255, 255, 255), align="r")
    p.text(
        60,
        y + 60,
        "Coût global employeur : %s   —   Virement le %s" % (eur(g + tot_p), dmy(d["paid"])),
        21,
        "sans",
    )
    p.text(
        60,
        p.h - 60,
        "À conserver sans limitation de durée. Édité par PaieXpress v12.4 — %s"
        % dmy(add_months(d["month"], 1) + "-01"),
        17,
        "sans",
        (100, 100, 100),
    )
    return [p]


def rib_slip(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page(A4)
    p.rect((90, 120, p.w - 90, 1000), outline=(80, 80, 80), width=2)
    logo(p, b["logo"], 130, 160, 100, b["col"])
    p.text(260, 210, b["name"], 34, "sans-b", b["col"])
    p.text(260, 250, b["branch_name"], 22, "sans", (90, 90, 90))
    p.text(p.w - 130, 210, "RELEVÉ D'IDENTITÉ BANCAIRE", 28, "sans-b", align="r")
    p.text(130, 340, "Titulaire du compte", 22, "sans", (90, 90, 90))
    p.lines(130, 385, [d["holder_line"], *d["address"]], 26, "sans-b")
    p.text(130, 560, "Domiciliation : %s" % b["branch_name"], 22, "sans")
    rows = [
        ["Code banque", "Code guichet", "Numéro de compte", "Clé RIB"],
        [d["bank_code"], d["branch"], d["account"], d["key"]],
    ]
    p.table(130, 600, [300, 300, 500, 294], rows, size=26, f="mono", hf="sans-b", aligns="cccc", row_h=64)
    p.text(130, 820, "IBAN (International Bank Account Number)", 20, "sans", (90, 90, 90))
    p.text(130, 870, grouped(d["iban"]), 34, "mono-b")
    p.text(130, 940, "BIC (Bank Identifier Code)", 20, "sans", (90, 90, 90))
    p.text(620, 940, d["bic"], 30, "mono-b")
    p.text(
        p.w / 2,
        1060,
        "Remettez ce relevé à tout organisme qui vous demande vos coordonnées bancaires.",
        20,
        "sans-i",
        (100, 100, 100),
        align="c",
    )
    for xx in range(60, p.w - 60, 24):
        p.line(xx, 1160, xx + 12, 1160, (150, 150, 150), 2)
    p.text(130, 1250, "RIB / IBAN — %s" % d["holder_line"], 22, "sans-b")
    p.text(130, 1300, grouped(d["iban"]) + "   " + d["bic"], 24, "mono")
    return [p]


def rib_online(d: dict) -> list[Page]:
    b = d["bank"]
    p = Page(A4)
    r = rng_of(d)
    p.rect((0, 0, p.w, 170), outline=None, fill=b["col"])
    logo(p, b["logo"], 80, 40, 90, (255, 255, 255), b["col"])
    p.text(200, 105, b["name"], 34, "sans-b", (255, 255, 255))
    p.text(p.w - 80, 105, "Espace client", 24, "sans", (255, 255, 255), align="r")
    p.text(80, 280, "Mes comptes  ›  Compte de dépôt  ›  Coordonnées bancaires", 20, "sans", (100, 100, 100))
    p.text(80, 370, "Vos coordonnées bancaires", 40, "sans-b")
    p.text(80, 420, "Compte de dépôt n° ••••%s" % d["account"][-4:], 24, "sans", (90, 90, 90))
    p.rect((80, 480, p.w - 80, 1350), outline=(220, 220, 225), fill=(249, 249, 251), width=2)
    y = 570
    for lb, v, f in (
        ("Titulaire", d["holder_line"], "sans-b"),
        ("Adresse", ", ".join(d["address"]), "sans"),
        ("IBAN", grouped(d["iban"]), "mono-b"),
        ("BIC", d["bic"], "mono-b"),
        ("Code banque", d["bank_code"], "mono"),
        ("Code guichet", d["branch"], "mono"),
        ("N° de compte", d["account"], "mono"),
        ("Clé RIB", d["key"], "mono"),
        ("Domiciliation", b["branch_name"], "sans"),
    ):
        p.text(130, y, lb, 22, "sans", (110, 110, 120))
        p.text(520, y, v, 27, f)
        y += 86
    p.rect((80, 1420, 600, 1500), outline=None, fill=b["col"])
    p.text(340, 1474, "Partager mon RIB", 26, "sans-b", (255, 255, 255), align="c")
    qr(p, 1250, 1400, 250, int(r.integers(0, 9999)))
    p.text(
        80,
        p.h - 60,
        "Document édité le %s — %s"
        % (dmy("2026-%02d-%02d" % (9 + int(r.integers(0, 2)), 1 + int(r.integers(0, 27)))), b["name"]),
        18,
        "sans",
        (100, 100, 100),
    )
    return [p]


def tax_notice(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    logo(p, "marianne", 100, 90, 110, (0, 0, 0))
    p.text(100, 210, "RÉPUBLIQUE", 20, "sans-b")
    p.text(100, 235, "FRANÇAISE", 20, "sans-b")
    p.text(330, 130, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", 24, "sans-b")
    p.text(330, 170, "AVIS D'IMPÔT 2026", 36, "sans-b", (0, 60, 140))
    p.text(330, 210, "IMPÔT SUR LES REVENUS de l'année 2025", 24, "sans")
    p.rect((100, 300, 800, 560), outline=(0, 60, 140), width=2)
    p.text(120, 340, "Vos références", 22, "sans-b", (0, 60, 140))
    p.lines(
        120,
        385,
        [
            "Numéro fiscal : %s"
            % "%s %s %s %s %s"
            % (d["fiscal"][:2], d["fiscal"][2:4], d["fiscal"][4:7], d["fiscal"][7:10], d["fiscal"][10:13]),
            "Référence de l'avis : %s" % d["ref"],
            "Déclarant 1 : %s" % per.full,
            "Date d'établissement : 31/07/2026",
        ],
        21,
        "sans",
    )
    p.lines(
        960, 360, ["%s %s" % ("MME" if per.sex == "F" else "M.", per.full.upper()), *per.address], 24, "sans"
    )
    p.text(100, 660, "Détail de votre impôt", 28, "sans-b")
    inc = d["income"]
    rows = [
        ["", "Montant"],
        ["Salaires, pensions et rentes nets (après abattement de 10 %)", eur(inc * 0.9, "")],
        ["Revenu brut global", eur(inc * 0.9, "")],
        ["Revenu imposable", eur(inc * 0.9, "")],
        ["Nombre de parts", "1,00"],
        ["Impôt sur le revenu net avant prélèvement à la source", eur(inc * 0.9 * 0.07, "")],
        ["Retenues à la source et acomptes déjà versés", eur(inc * 0.9 * 0.07, "")],
        ["Reste à payer", "0,00"],
    ]
    y = p.table(100, 700, [1100, 354], rows, size=22, aligns="lr", row_h=56, head_fill=(226, 234, 246))
    p.rect((100, y + 60, p.w - 100, y + 170), outline=None, fill=(226, 234, 246))
    p.text(130, y + 128, "Revenu fiscal de référence", 28, "sans-b")
    p.text(p.w - 130, y + 128, eur(inc * 0.9, " €").replace(",00", ""), 30, "sans-b", align="r")
    p.wrap(
        100,
        y + 260,
        p.w - 200,
        "Votre taux de prélèvement à la source à compter de septembre 2026 : 4,2 %. Vous pouvez le consulter et le moduler dans votre espace particulier sur impots.gouv.fr, rubrique « Gérer mon prélèvement à la source ».",
        22,
        "sans",
    )
    p.text(100, y + 420, "Centre des Finances publiques de %s — SIP" % per.city, 22, "sans")
    qr(p, 1300, y + 360, 200, int(d["fiscal"][:4]))
    footer(p, "Avis d'impôt établi le 31/07/2026 — %s" % long_fr("2026-07-31"), "1/1")
    return [p]


TEMPLATES = {
    "payslip_w_clear": ("payslip", "blind6", payslip_clear),
    "payslip_w_compact": ("payslip", "blind6", payslip_compact),
    "rib_w_slip": ("rib", "blind6", rib_slip),
    "rib_w_online": ("rib", "blind6", rib_online),
    "tax_w_notice": ("tax_notice", "blind6", tax_notice),
}

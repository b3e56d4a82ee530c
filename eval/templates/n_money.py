"""blind2 money documents: payslips (clarified portrait, condensed landscape), RIBs (double slip,
banking-app screenshot), a two-page income tax notice.

Written from the public description of the bulletin de paie clarifié (headings santé, retraite,
famille, chômage, CSG/CRDS, net à payer avant impôt, prélèvement à la source, net social), of a
French RIB (bank code, branch code, account number, key, IBAN, BIC, domiciliation) and of the avis
d'impôt sur le revenu. Every amount, account and person is invented.
"""

from __future__ import annotations

from codes import dmy, grouped, last_day, long_fr
from n_kit import eur, footer, month_year, surname_first
from render import A4, Page, logo


def _amounts(g: float) -> dict:
    r = lambda x: round(x, 2)
    lines = [
        ("SANTÉ", None),
        ("Sécurité sociale - Maladie Maternité Invalidité Décès", (g, None, 0.0, 7.0)),
        ("Complémentaire Incapacité Invalidité Décès", (g, 0.45, None, 0.6)),
        ("Complémentaire santé", (None, None, 31.5, 31.5)),
        ("ACCIDENTS DU TRAVAIL - MALADIES PROFESSIONNELLES", (g, None, None, 1.9)),
        ("RETRAITE", None),
        ("Sécurité sociale plafonnée", (g, 6.9, None, 8.55)),
        ("Sécurité sociale déplafonnée", (g, 0.4, None, 2.02)),
        ("Complémentaire Tranche 1", (g, 4.01, None, 6.01)),
        ("FAMILLE", (g, None, None, 3.45)),
        ("ASSURANCE CHÔMAGE", (g, None, None, 4.25)),
        ("AUTRES CONTRIBUTIONS DUES PAR L'EMPLOYEUR", (g, None, None, 0.9)),
        ("CSG déductible de l'impôt sur le revenu", (g * 0.9825, 6.8, None, None)),
        ("CSG/CRDS non déductible de l'impôt sur le revenu", (g * 0.9825, 2.9, None, None)),
    ]
    emp = 0.0
    rows = []
    for lbl, v in lines:
        if v is None:
            rows.append((lbl, "", "", "", ""))
            continue
        base, rate, fixed, er = v
        sal = r(base * rate / 100) if rate else (r(fixed / 2) if fixed else 0.0)
        empl = r((base or 0) * er / 100) if er and base else (r(fixed / 2) if fixed else 0.0)
        emp += sal
        rows.append(
            (
                lbl,
                eur(base, "") if base else "",
                ("%.2f" % rate).replace(".", ",") if rate else "",
                eur(sal, "") if sal else "",
                eur(empl, "") if empl else "",
            )
        )
    net_before = r(g - emp)
    pas_rate = 2.9
    pas = r(net_before * pas_rate / 100)
    return dict(
        rows=rows,
        emp=r(emp),
        net_before=net_before,
        pas_rate=pas_rate,
        pas=pas,
        net=r(net_before - pas),
        social=r(net_before + 8.1),
    )


def payslip_clarified(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    a = _amounts(d["gross"])
    ym = d["month"]
    p = Page(A4)
    p.text(827, 110, "BULLETIN DE PAIE", 38, "sans-b", align="c")
    p.text(
        827,
        150,
        "Période du %s au %s" % (dmy(ym + "-01"), dmy("%s-%02d" % (ym, last_day(ym)))),
        24,
        "sans",
        align="c",
    )
    p.rect((80, 200, 800, 470), outline=(80, 80, 80), width=1)
    p.lines(
        100,
        240,
        [
            e["name"],
            e["street"],
            e["town"],
            "SIRET %s   NAF %s" % (e["siret"], e["naf"]),
            "Convention collective : %s" % e["ccn"],
        ],
        20,
        "sans",
    )
    p.rect((850, 200, 1574, 470), outline=(80, 80, 80), width=1)
    p.lines(
        870,
        240,
        ["%s %s" % ("Madame" if per.sex == "F" else "Monsieur", surname_first(per.full))] + per.address,
        24,
        "sans-b",
    )
    p.lines(
        870,
        370,
        [
            "Matricule %s  -  N° SS %s" % (d["matricule"], d["nir"]),
            "Emploi : %s  -  Entrée le %s" % (d["job"], dmy(d["since"])),
            "Statut : non-cadre  -  Coefficient 160",
        ],
        18,
        "sans",
    )
    head = [["Éléments de paie", "Base", "Taux sal.", "Part salarié", "Part employeur"]]
    body = [
        ["Salaire de base (151,67 h)", eur(d["gross"], ""), "", eur(d["gross"], ""), ""],
        ["SALAIRE BRUT", "", "", eur(d["gross"], ""), ""],
    ]
    body += [list(r) for r in a["rows"]]
    body += [
        ["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", eur(a["emp"], ""), ""],
        ["NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", eur(a["net_before"], ""), ""],
        [
            "Impôt sur le revenu prélevé à la source (taux personnalisé)",
            eur(a["net_before"], ""),
            ("%.2f" % a["pas_rate"]).replace(".", ","),
            eur(a["pas"], ""),
            "",
        ],
    ]
    y = p.table(
        80,
        510,
        [700, 200, 130, 200, 264],
        head + body,
        19,
        "cond",
        "cond-b",
        head_fill=(220, 220, 220),
        aligns="lrrrr",
        row_h=46,
    )
    p.rect((80, y + 30, 1574, y + 120), outline=None, fill=(235, 240, 250))
    p.text(110, y + 90, "NET PAYÉ EN EUROS", 30, "sans-b")
    p.text(1544, y + 92, eur(a["net"]), 36, "sans-b", align="r")
    p.text(110, y + 170, "Montant net social : %s" % eur(a["social"]), 22, "sans")
    p.text(110, y + 210, "Payé le %s par virement" % dmy(d["paid"]), 22, "sans")
    p.text(
        110,
        y + 260,
        "Cumuls annuels : brut %s  -  net imposable %s"
        % (eur(d["gross"] * int(ym[5:7])), eur(round(a["net_before"] * int(ym[5:7]) * 1.03, 2))),
        18,
        "sans",
        (80, 80, 80),
    )
    p.text(
        80,
        2270,
        "Dans votre intérêt, conservez ce bulletin sans limitation de durée.  Plus d'informations : www.service-public.fr",
        16,
        "sans-i",
        (100, 100, 100),
    )
    return [p]


def payslip_landscape(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    a = _amounts(d["gross"])
    ym = d["month"]
    p = Page((2339, 1654))
    p.rect((0, 0, 2339, 90), outline=None, fill=(40, 60, 90))
    p.text(60, 60, e["name"].upper(), 32, "cond-b", (255, 255, 255))
    p.text(
        2279, 60, "Bulletin de salaire - %s" % month_year(ym, True), 30, "cond-b", (255, 255, 255), align="r"
    )
    p.lines(
        60,
        150,
        [e["street"] + " - " + e["town"], "SIRET %s - APE %s - %s" % (e["siret"], e["naf"], e["ccn"])],
        20,
        "cond",
    )
    p.lines(
        1500,
        150,
        [
            "Salarié : %s" % per.full,
            "Matricule : %s" % d["matricule"],
            "Sécurité sociale : %s" % d["nir"],
            "Emploi : %s" % d["job"],
        ],
        22,
        "cond",
    )
    rows = [["Rubrique", "Base", "Taux", "Retenue salarié", "Charge patronale"]]
    rows += [["Salaire mensuel de base", eur(d["gross"], ""), "", "", ""]]
    rows += [list(r) for r in a["rows"]]
    y = p.table(
        60,
        290,
        [900, 260, 160, 300, 300],
        rows,
        21,
        "cond",
        "cond-b",
        head_fill=(210, 220, 235),
        aligns="lrrrr",
        row_h=48,
        zebra=(245, 247, 251),
    )
    x = 2000
    p.rect((x - 20, 290, 2279, 1000), outline=(40, 60, 90), width=2)
    for i, (k, v) in enumerate(
        (
            ("Brut", d["gross"]),
            ("Cotisations", a["emp"]),
            ("Net avant impôt", a["net_before"]),
            ("Prélèvement à la source", a["pas"]),
            ("Net à payer", a["net"]),
            ("Net social", a["social"]),
        )
    ):
        p.text(x, 350 + i * 110, k, 20, "cond", (60, 60, 60))
        p.text(2260, 390 + i * 110, eur(v), 28, "cond-b", align="r")
    p.text(
        60,
        y + 60,
        "Période : %s  -  Paiement le %s  -  Congés payés acquis : 2,5 j"
        % (month_year(ym), long_fr(d["paid"])),
        22,
        "cond",
    )
    p.text(60, 1600, "Bulletin à conserver sans limitation de durée.", 16, "cond", (110, 110, 110))
    return [p]


# ------------------------------------------------------------------------------- RIB
def _rib_slip(p: Page, d: dict, y: int) -> None:
    b = d["bank"]
    logo(p, b["logo"], 110, y + 30, 80, b["col"])
    p.text(220, y + 80, b["name"], 30, "serif-b", b["col"])
    p.text(1544, y + 60, "RELEVÉ D'IDENTITÉ BANCAIRE", 26, "serif-b", align="r")
    p.text(
        1544,
        y + 95,
        "à remettre à tout organisme qui vous le demande",
        16,
        "serif-i",
        (100, 100, 100),
        align="r",
    )
    p.text(110, y + 170, "Titulaire du compte", 18, "serif-i", (90, 90, 90))
    p.lines(110, y + 210, [d["holder_line"]] + d["address"], 24, "serif")
    p.text(900, y + 170, "Domiciliation", 18, "serif-i", (90, 90, 90))
    p.lines(900, y + 210, [b["name"], b["branch_name"]], 22, "serif")
    rows = [
        ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        [d["bank_code"], d["branch"], d["account"], d["key"]],
    ]
    p.table(
        110,
        y + 350,
        [260, 260, 500, 180],
        rows,
        24,
        "mono",
        "serif-b",
        head_fill=(238, 238, 238),
        aligns="cccc",
        row_h=56,
    )
    p.text(110, y + 540, "IBAN", 20, "serif-b")
    p.text(230, y + 540, grouped(d["iban"]), 30, "mono-b")
    p.text(110, y + 600, "BIC", 20, "serif-b")
    p.text(230, y + 600, d["bic"], 30, "mono-b")


def rib_double(d: dict) -> list[Page]:
    """The sheet from a chequebook: two identical slips separated by a dashed cut line."""
    p = Page(A4)
    _rib_slip(p, d, 60)
    for x in range(60, 1600, 24):
        p.line(x, 1170, x + 12, 1170, (130, 130, 130), 2)
    _rib_slip(p, d, 1230)
    return [p]


def rib_app(d: dict) -> list[Page]:
    """A banking app's 'Mes coordonnées bancaires' screen."""
    b = d["bank"]
    p = Page((1080, 2280), bg=(246, 246, 250))
    p.text(60, 70, "09:41", 30, "sans-b")
    p.text(1020, 70, "5G  86 %", 26, "sans", align="r")
    p.text(60, 190, "‹", 50, "sans")
    p.text(540, 190, "RIB / IBAN", 34, "sans-b", align="c")
    p.rect((50, 260, 1030, 1420), outline=None, fill=(255, 255, 255))
    logo(p, b["logo"], 90, 300, 90, b["col"])
    p.text(200, 360, b["name"], 30, "sans-b")
    p.text(90, 490, "Titulaire", 24, "sans", (120, 120, 130))
    p.text(90, 540, surname_first(d["holder_line"].split(" ", 1)[1]).upper(), 30, "sans-b")
    p.text(90, 640, "IBAN", 24, "sans", (120, 120, 130))
    g = grouped(d["iban"])
    p.text(90, 695, g[:19], 38, "mono-b")
    p.text(90, 750, g[20:], 38, "mono-b")
    p.text(90, 850, "BIC", 24, "sans", (120, 120, 130))
    p.text(90, 900, d["bic"], 36, "mono-b")
    p.text(
        90,
        1000,
        "Banque %s · Guichet %s · Compte %s · Clé %s" % (d["bank_code"], d["branch"], d["account"], d["key"]),
        21,
        "sans",
        (90, 90, 100),
    )
    p.text(90, 1100, "Domiciliation", 24, "sans", (120, 120, 130))
    p.text(90, 1150, b["branch_name"], 28, "sans")
    p.rect((90, 1250, 990, 1360), outline=None, fill=b["col"])
    p.text(540, 1320, "Partager mon RIB", 32, "sans-b", (255, 255, 255), align="c")
    p.text(540, 1500, "Télécharger le RIB au format PDF", 26, "sans", b["col"], align="c")
    return [p]


# ------------------------------------------------------------------------------- tax notice
def tax_notice(d: dict) -> list[Page]:
    per = d["person"]
    inc = d["income"]
    tax = round(max(0, (inc - 11294) * 0.11), 0)
    p = Page(A4)
    logo(p, "marianne", 100, 90, 110, None)
    p.text(100, 200, "DIRECTION GÉNÉRALE", 18, "sans-b")
    p.text(100, 222, "DES FINANCES PUBLIQUES", 18, "sans-b")
    p.text(1554, 130, "AVIS D'IMPÔT 2026", 40, "sans-b", align="r")
    p.text(1554, 175, "IMPÔT SUR LES REVENUS de l'année 2025", 24, "sans", align="r")
    p.rect((100, 300, 760, 560), outline=(60, 60, 60), width=1)
    p.lines(
        120,
        345,
        [
            "Vos références",
            "Numéro fiscal : %s" % " ".join([d["fiscal"][i : i + 2] for i in range(0, 13, 2)]),
            "Référence de l'avis : %s" % d["ref"],
            "Date d'établissement : 31/07/2026",
            "Date de mise en recouvrement : 31/07/2026",
        ],
        21,
        "sans",
    )
    p.lines(900, 380, [surname_first(per.full).upper()] + per.address, 28, "sans")
    p.rect((100, 640, 1554, 820), outline=None, fill=(232, 238, 248))
    p.text(130, 700, "Revenu fiscal de référence", 28, "sans-b")
    p.text(1520, 705, eur(inc, " €").replace(",00", ""), 36, "sans-b", align="r")
    p.text(130, 780, "Nombre de parts : 1     Situation au 1er janvier 2025 : célibataire", 24, "sans")
    rows = [
        ["Détail", "Montant"],
        ["Salaires, pensions, revenus d'activité non salariée", eur(inc)],
        ["Revenu net imposable", eur(round(inc * 0.9, 0))],
        ["Impôt sur le revenu net", eur(tax)],
        ["Prélèvement à la source déjà versé", eur(tax)],
        ["Reste à payer", eur(0)],
    ]
    p.table(
        100, 900, [1100, 354], rows, 24, "sans", "sans-b", head_fill=(220, 220, 220), aligns="lr", row_h=64
    )
    p.text(
        100,
        1400,
        "Déclarant 1 : %s, %s le %s" % (per.full, "née" if per.sex == "F" else "né", dmy(per.birth)),
        22,
        "sans",
    )
    footer(p, "impots.gouv.fr - avis n° %s" % d["ref"], 1, 2)
    q = Page(A4)
    q.text(100, 160, "DÉTAIL DU CALCUL DE VOTRE IMPÔT", 30, "sans-b")
    lines = [
        ("Revenu brut global", eur(round(inc * 0.9, 0))),
        ("Revenu imposable", eur(round(inc * 0.9, 0))),
        ("Droits simples avant décote", eur(tax)),
        ("Décote", eur(0)),
        ("Impôt net", eur(tax)),
        ("Taux du prélèvement à la source à partir de septembre 2026", "%.1f %%" % (tax / max(inc, 1) * 100)),
    ]
    y = 260
    for k, v in lines:
        q.text(120, y, k, 24, "sans")
        q.text(1534, y, v, 24, "sans-b", align="r")
        q.line(120, y + 16, 1534, y + 16, (210, 210, 210), 1)
        y += 70
    q.wrap(
        100,
        y + 60,
        1450,
        "Vous pouvez consulter votre avis et gérer votre prélèvement à la source dans votre espace particulier. Conservez cet avis : il justifie de vos revenus et de votre domicile.",
        22,
        "sans-i",
    )
    footer(q, "impots.gouv.fr - avis n° %s" % d["ref"], 2, 2)
    return [p, q]


TEMPLATES = {
    "payslip_n_clarified": ("payslip", "blind2", payslip_clarified),
    "payslip_n_landscape": ("payslip", "blind2", payslip_landscape),
    "rib_n_double": ("rib", "blind2", rib_double),
    "rib_n_app": ("rib", "blind2", rib_app),
    "tax_n_notice": ("tax_notice", "blind2", tax_notice),
}

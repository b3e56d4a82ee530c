"""blind7 money documents: 2 payslips, 2 RIBs, tax notice."""

from __future__ import annotations

import v_kit as k
from codes import dmy, grouped, last_day, month_fr
from render import GREY, Page, logo


def _lines(gross: float) -> tuple[list, float, float, float]:
    """Employee contributions of a clarified payslip (rates rounded, invented but plausible)."""
    b = gross
    csg_base = round(b * 0.9825, 2)
    items = [
        ("SANTÉ", "Complémentaire santé", b, 0.0, 32.40),
        ("RETRAITE", "Sécurité sociale plafonnée", b, 6.90, None),
        ("RETRAITE", "Sécurité sociale déplafonnée", b, 0.40, None),
        ("RETRAITE", "Complémentaire tranche 1", b, 4.01, None),
        ("", "Contribution d'équilibre général T1", b, 0.86, None),
        ("ASSURANCE CHÔMAGE", "", b, 0.0, 0.0),
        ("", "CSG déductible de l'impôt sur le revenu", csg_base, 6.80, None),
        ("", "CSG/CRDS non déductible", csg_base, 2.90, None),
    ]
    rows, tot = [], 0.0
    for cat, lab, base, rate, fixed in items:
        amt = fixed if fixed is not None else round(base * rate / 100, 2)
        tot += amt
        rows.append((cat, lab, base, rate, amt))
    tot = round(tot, 2)
    net_before = round(gross - tot, 2)
    taxable = round(net_before + rows[-1][4], 2)
    pas = round(taxable * 0.031, 2)
    return rows, tot, net_before, pas


def payslip_clear(d: dict) -> list[Page]:
    per, e = d["person"], d["employer"]
    m = d["month"]
    a, b = m + "-01", "%s-%02d" % (m, last_day(m))
    p = Page()
    p.rect((100, 100, 780, 330), outline=(60, 60, 60), width=1)
    p.text(120, 150, e["name"], 26, "sans-b")
    p.lines(
        120,
        190,
        [e["street"], e["town"], "SIRET %s   NAF %s" % (e["siret"], e["naf"]), "Convention : %s" % e["ccn"]],
        18,
        "sans",
        leading=1.45,
    )
    p.text(p.w - 100, 150, "BULLETIN DE PAIE", 34, "sans-b", align="r")
    p.text(p.w - 100, 195, "Période du %s au %s" % (dmy(a), dmy(b)), 22, "sans", align="r")
    p.text(p.w - 100, 230, "Paiement le %s par virement" % dmy(d["paid"]), 20, "sans", GREY, align="r")
    p.rect((880, 290, p.w - 100, 480), outline=(60, 60, 60), width=1)
    p.lines(900, 340, ["%s %s" % ("Mme" if per.sex == "F" else "M.", per.full), *per.address], 23, "sans")
    info = [
        ("Matricule", d["matricule"]),
        ("N° de sécurité sociale", d["nir"]),
        ("Emploi", d["job"]),
        ("Statut / coefficient", "Non cadre — coef. 170"),
        ("Entrée le", dmy(d["since"])),
    ]
    yy = 380
    for lab, val in info:
        p.text(110, yy, lab, 17, "sans", GREY)
        p.text(380, yy, val, 19, "sans")
        yy += 32
    rows, tot, net_before, pas = _lines(d["gross"])
    head = ["Éléments de paie", "Base", "Taux", "À déduire", "À payer"]
    tab = [
        head,
        ["Salaire de base (151,67 h)", k.eur(d["gross"], ""), "", "", k.eur(d["gross"], "")],
        ["SALAIRE BRUT", "", "", "", k.eur(d["gross"], "")],
    ]
    for cat, lab, base, rate, amt in rows:
        tab.append(
            [
                ("%s %s" % (cat, lab)).strip()[:44],
                k.eur(base, ""),
                ("%.2f" % rate).replace(".", ",") if rate else "",
                k.eur(amt, "") if amt else "0,00",
                "",
            ]
        )
    tab.append(["TOTAL DES COTISATIONS ET CONTRIBUTIONS", "", "", k.eur(tot, ""), ""])
    tab.append(["NET À PAYER AVANT IMPÔT SUR LE REVENU", "", "", "", k.eur(net_before, "")])
    tab.append(["Impôt sur le revenu prélevé à la source", k.eur(net_before, ""), "3,10", k.eur(pas, ""), ""])
    p.table(
        100,
        590,
        [700, 230, 130, 200, 194],
        tab,
        size=18,
        row_h=46,
        aligns="lrrrr",
        head_fill=(220, 228, 238),
        zebra=(247, 248, 250),
    )
    yb = 590 + 46 * len(tab) + 40
    p.rect((100, yb, p.w - 100, yb + 110), outline=None, fill=(30, 60, 110))
    p.text(130, yb + 70, "NET PAYÉ EN EUROS", 30, "sans-b", (255, 255, 255))
    p.text(p.w - 130, yb + 70, k.eur(round(net_before - pas, 2)), 36, "sans-b", (255, 255, 255), align="r")
    p.text(
        100,
        yb + 170,
        "Net social : %s        Cumul brut annuel : %s        Congés acquis : 25 j"
        % (k.eur(net_before), k.eur(d["gross"] * int(m[5:7]))),
        18,
        "sans",
        GREY,
    )
    p.wrap(
        100,
        p.h - 220,
        p.w - 200,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée sur www.mesdroitssociaux.gouv.fr",
        17,
        "sans-i",
        GREY,
    )
    return [p]


def payslip_compact(d: dict) -> list[Page]:
    """Landscape payslip with an employer-contributions column and year-to-date totals."""
    per, e = d["person"], d["employer"]
    m = d["month"]
    a, b = m + "-01", "%s-%02d" % (m, last_day(m))
    p = Page(size=(2339, 1654))
    p.text(80, 100, "Bulletin de salaire — %s %s" % (month_fr(m).capitalize(), m[:4]), 34, "serif-b")
    p.text(80, 140, "Période du %s au %s — versé le %s" % (dmy(a), dmy(b), dmy(d["paid"])), 22, "serif")
    p.text(p.w - 80, 100, e["name"], 26, "serif-b", align="r")
    p.text(
        p.w - 80,
        135,
        "%s — %s — SIRET %s" % (e["street"], e["town"], e["siret"]),
        18,
        "serif",
        GREY,
        align="r",
    )
    p.rect((80, 180, p.w - 80, 300), outline=(100, 100, 100), width=1)
    p.text(100, 225, "Salarié : %s" % per.formal, 24, "serif-b")
    p.text(100, 265, "%s — NIR %s" % (", ".join(per.address), d["nir"]), 19, "serif")
    p.text(1400, 225, "Emploi : %s" % d["job"], 20, "serif")
    p.text(1400, 265, "Matricule %s — entré(e) le %s" % (d["matricule"], dmy(d["since"])), 19, "serif")
    rows, tot, net_before, pas = _lines(d["gross"])
    tab = [["Rubrique", "Base", "Taux sal.", "Part salarié", "Taux pat.", "Part employeur"]]
    tab.append(["Salaire mensuel", k.eur(d["gross"], ""), "", k.eur(d["gross"], ""), "", ""])
    for cat, lab, base, rate, amt in rows:
        er = round(rate * 1.4 + 1.1, 2) if rate else 0.0
        tab.append(
            [
                (lab or cat)[:40],
                k.eur(base, ""),
                ("%.2f" % rate).replace(".", ","),
                "-" + k.eur(amt, ""),
                ("%.2f" % er).replace(".", ","),
                k.eur(round(base * er / 100, 2), ""),
            ]
        )
    tab.append(["Net à payer avant impôt", "", "", k.eur(net_before, ""), "", ""])
    tab.append(["Prélèvement à la source (taux personnalisé 3,1 %)", "", "", "-" + k.eur(pas, ""), "", ""])
    p.table(
        80,
        340,
        [760, 280, 180, 320, 180, 459],
        tab,
        size=19,
        f="serif",
        hf="serif-b",
        row_h=50,
        aligns="lrrrrr",
        head_fill=(235, 235, 225),
    )
    yb = 340 + 50 * len(tab) + 50
    p.text(80, yb, "NET PAYÉ : %s" % k.eur(round(net_before - pas, 2)), 34, "serif-b")
    p.text(
        1300,
        yb,
        "Cumuls %s : brut %s — net imposable %s"
        % (m[:4], k.eur(d["gross"] * int(m[5:7])), k.eur(round(net_before * int(m[5:7]), 2))),
        19,
        "serif",
        GREY,
    )
    return [p]


# ---- RIB ---------------------------------------------------------------------------------------
def rib_slip(d: dict) -> list[Page]:
    bk = d["bank"]
    p = Page()
    logo(p, bk["logo"], 120, 120, 90, bk["col"])
    p.text(240, 170, bk["name"], 32, "sans-b", bk["col"])
    p.text(240, 205, bk["branch_name"], 20, "sans", GREY)
    p.text(p.w / 2, 330, "RELEVÉ D'IDENTITÉ BANCAIRE", 32, "sans-b", align="c")
    p.text(120, 420, "Titulaire du compte", 19, "sans", GREY)
    p.lines(120, 460, [d["holder_line"], *d["address"]], 24, "sans-b")
    x = 120
    for lab, val, w in (
        ("Code banque", d["bank_code"], 260),
        ("Code guichet", d["branch"], 260),
        ("N° de compte", d["account"], 440),
        ("Clé RIB", d["key"], 160),
    ):
        p.rect((x, 640, x + w, 740), outline=(60, 60, 60), width=1)
        p.text(x + 12, 672, lab, 16, "sans", GREY)
        p.text(x + w / 2, 722, val, 28, "mono-b", align="c")
        x += w
    p.rect((120, 790, p.w - 120, 900), outline=(60, 60, 60), width=1)
    p.text(140, 825, "IBAN (International Bank Account Number)", 16, "sans", GREY)
    p.text(140, 875, grouped(d["iban"]), 32, "mono-b")
    p.rect((120, 900, 800, 990), outline=(60, 60, 60), width=1)
    p.text(140, 932, "BIC (Bank Identifier Code)", 16, "sans", GREY)
    p.text(140, 975, d["bic"], 28, "mono-b")
    p.text(120, 1080, "Domiciliation : %s" % bk["branch_name"].upper(), 20, "sans")
    p.wrap(
        120,
        1150,
        p.w - 240,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs appelés à faire inscrire des opérations à votre compte (virements, prélèvements, paiements de quittances...).",
        18,
        "sans-i",
        GREY,
    )
    for xx in range(0, p.w, 30):
        p.line(xx, 1400, xx + 16, 1400, GREY, 2)
    p.text(
        120,
        1470,
        "%s — %s — IBAN %s — BIC %s" % (bk["name"], d["holder_line"], grouped(d["iban"]), d["bic"]),
        17,
        "sans",
    )
    return [p]


def rib_app(d: dict) -> list[Page]:
    """A phone screenshot of the banking app's 'my bank details' screen."""
    bk = d["bank"]
    p = Page(size=(1080, 2160), dpi=300)
    p.rect((0, 0, p.w, 70), outline=None, fill=(20, 20, 20))
    p.text(40, 50, "09:4%d" % (d.get("seed", 0) % 10), 30, "sans-b", (255, 255, 255))
    p.text(p.w - 40, 50, "5G  87 %", 28, "sans", (255, 255, 255), align="r")
    p.rect((0, 70, p.w, 260), outline=None, fill=bk["col"])
    p.text(60, 190, "‹  Mes coordonnées bancaires", 40, "sans-b", (255, 255, 255))
    p.rect((40, 300, p.w - 40, 1500), outline=(225, 225, 225), fill=(250, 250, 250), width=2)
    items = [
        ("Titulaire", d["holder_line"]),
        ("IBAN", grouped(d["iban"])[:29]),
        ("", grouped(d["iban"])[29:]),
        ("BIC", d["bic"]),
        ("Banque", d["bank_code"] + "   Guichet " + d["branch"]),
        ("N° de compte", d["account"] + "   Clé " + d["key"]),
        ("Domiciliation", bk["branch_name"]),
    ]
    yy = 380
    for lab, val in items:
        if lab:
            p.text(80, yy, lab, 28, "sans", GREY)
            yy += 55
        p.text(80, yy, val, 38, "sans-b")
        yy += 95
    p.rect((80, 1620, p.w - 80, 1740), outline=None, fill=bk["col"])
    p.text(p.w / 2, 1695, "Partager mon RIB", 38, "sans-b", (255, 255, 255), align="c")
    p.text(p.w / 2, 1830, bk["name"], 28, "sans", GREY, align="c")
    return [p]


# ---- tax notice ------------------------------------------------------------------------------
def tax_notice(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    logo(p, "marianne", 110, 100, 80, None)
    p.text(110, 190, "RÉPUBLIQUE FRANÇAISE", 15, "sans-b")
    p.text(110, 250, "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES", 20, "sans-b")
    p.text(110, 280, "Service des impôts des particuliers de %s" % per.city.title(), 18, "sans")
    p.text(p.w - 110, 150, "AVIS D'IMPÔT 2026", 36, "sans-b", align="r")
    p.text(p.w - 110, 195, "sur les revenus de l'année 2025", 22, "sans", align="r")
    p.rect((110, 340, 800, 560), outline=(80, 80, 80), width=1)
    rows = [
        ("Numéro fiscal", " ".join(d["fiscal"][i : i + 2] for i in range(0, 13, 2))),
        ("Référence de l'avis", " ".join(d["ref"][i : i + 2] for i in range(0, 13, 2))),
        ("Date d'établissement", "31/07/2026"),
        ("Date de mise en recouvrement", "31/07/2026"),
    ]
    yy = 390
    for lab, val in rows:
        p.text(130, yy, lab, 18, "sans", GREY)
        p.text(470, yy, val, 20, "mono")
        yy += 45
    p.lines(950, 400, ["%s %s" % (per.surname.upper(), per.given_str.upper()), *per.address], 24, "sans")
    p.text(110, 660, "Vos revenus et votre situation", 26, "sans-b")
    inc = d["income"]
    net = round(inc * 0.66)
    rfr = net
    tab = [
        ["Détail", "Déclarant 1"],
        ["Revenus non commerciaux professionnels (micro-BNC)", "%d €" % inc],
        ["Abattement forfaitaire 34 %", "-%d €" % (inc - net)],
        ["Revenu brut global", "%d €" % net],
        ["Revenu net imposable", "%d €" % net],
        ["Nombre de parts", "1"],
        ["Revenu fiscal de référence", "%d €" % rfr],
    ]
    p.table(110, 700, [1020, 414], tab, size=21, row_h=58, aligns="lr", head_fill=(230, 230, 230))
    tax = max(0, round((net - 11294) * 0.11))
    p.rect((110, 1180, p.w - 110, 1320), outline=None, fill=(235, 240, 248))
    p.text(140, 1240, "Impôt sur le revenu net", 24, "sans")
    p.text(p.w - 140, 1240, "%d €" % tax, 28, "sans-b", align="r")
    p.text(140, 1290, "Prélèvement à la source déjà payé : %d €  —  Solde : 0 €" % tax, 20, "sans", GREY)
    p.wrap(
        110,
        1420,
        p.w - 220,
        "Ce document est à conserver : il peut vous être demandé pour bénéficier de certaines prestations (aides au logement, bourses, tarifs sociaux). Votre avis est aussi disponible dans votre espace particulier sur impots.gouv.fr.",
        19,
        "sans",
        GREY,
    )
    k.barcode(p, 110, p.h - 300, 600, 60, int(d["fiscal"][-4:]))
    k.page_footer(p, "Avis d'impôt 2026 — page 1/1 — %s" % d["ref"])
    return [p]


TEMPLATES = {
    "payslip_v_clear": ("payslip", "blind7", payslip_clear),
    "payslip_v_landscape": ("payslip", "blind7", payslip_compact),
    "rib_v_slip": ("rib", "blind7", rib_slip),
    "rib_v_app": ("rib", "blind7", rib_app),
    "tax_v_notice": ("tax_notice", "blind7", tax_notice),
}

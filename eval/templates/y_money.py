"""blind4: payslips (clarified, compact two-column), RIBs (bank slip, online-banking export), tax notice."""

from __future__ import annotations

from codes import dmy, grouped, last_day, month_fr
from render import GREY, Page, logo
from y_kit import barcode, eur, footer, marianne_block, qr


def _lines(ps: dict) -> tuple[list[list[str]], float]:
    g = ps["gross"]
    rows = [
        ["Salaire de base", "151,67 h", eur(g)],
        ["SANTÉ — Sécurité sociale maladie", "", "-" + eur(0)],
        ["Complémentaire santé", "", "-" + eur(g * 0.012)],
        ["RETRAITE — Sécurité sociale plafonnée", "", "-" + eur(g * 0.069)],
        ["Retraite complémentaire T1", "", "-" + eur(g * 0.0401)],
        ["ASSURANCE CHÔMAGE", "", "-" + eur(0)],
        ["CSG déductible", "", "-" + eur(g * 0.9825 * 0.068)],
        ["CSG/CRDS non déductibles", "", "-" + eur(g * 0.9825 * 0.029)],
    ]
    net = g * (1 - 0.012 - 0.069 - 0.0401 - 0.9825 * 0.097)
    return rows, net


def payslip_clear(ps: dict) -> list[Page]:
    """Bulletin de paie clarifié: employer top left, employee box right, net à payer highlighted."""
    per, e = ps["person"], ps["employer"]
    m = ps["month"]
    rows, net = _lines(ps)
    p = Page()
    p.text(100, 130, "BULLETIN DE PAIE", 36, "sans-b")
    p.text(
        100,
        172,
        "Période du 01/%s au %02d/%s" % (m[5:] + "/" + m[:4], last_day(m), m[5:] + "/" + m[:4]),
        22,
        "sans",
    )
    p.lines(
        100,
        250,
        [
            e["name"],
            e["street"],
            e["town"],
            "SIRET %s — NAF %s" % (e["siret"], e["naf"]),
            "Convention : %s" % e["ccn"],
        ],
        21,
    )
    p.rect((880, 220, 1560, 470), outline=GREY, width=1)
    p.lines(
        910,
        270,
        [
            "%s %s" % ("Madame" if per.sex == "F" else "Monsieur", per.full),
            *per.address,
            "Matricule %s" % ps["matricule"],
            "N° SS %s" % ps["nir"],
        ],
        22,
    )
    p.lines(
        100,
        520,
        [
            "Emploi : %s" % ps["job"],
            "Entrée le : %s" % dmy(ps["since"]),
            "Statut : non-cadre — Coefficient 170",
        ],
        21,
    )
    y = p.table(
        100,
        660,
        [900, 250, 310],
        [["Rubrique", "Base", "Montant"], *rows],
        21,
        row_h=56,
        aligns="lrr",
        head_fill=(226, 232, 240),
    )
    p.rect((100, y + 40, 1560, y + 150), outline=None, fill=(222, 240, 226))
    p.text(130, y + 110, "NET À PAYER AVANT IMPÔT SUR LE REVENU", 26, "sans-b")
    p.text(1530, y + 110, eur(net), 34, "sans-b", align="r")
    p.text(
        100,
        y + 220,
        "Impôt sur le revenu prélevé à la source : taux personnalisé 2,1 %% — %s" % eur(net * 0.021),
        21,
        "sans",
    )
    p.text(
        100,
        y + 270,
        "NET PAYÉ : %s — versé le %s par virement" % (eur(net * 0.979), dmy(ps["paid"])),
        24,
        "sans-b",
    )
    p.text(100, y + 330, "Total versé par l'employeur : %s" % eur(ps["gross"] * 1.27), 21, "sans", GREY)
    footer(
        p,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans limitation de durée. Rubrique dédiée sur www.service-public.fr.",
    )
    return [p]


def payslip_compact(ps: dict) -> list[Page]:
    """Dense payroll-software slip: grey header band, salarié/employeur columns, cumulative totals."""
    per, e = ps["person"], ps["employer"]
    m = ps["month"]
    rows, net = _lines(ps)
    p = Page()
    p.rect((80, 80, 1574, 200), outline=None, fill=(60, 70, 90))
    p.text(
        110,
        150,
        "Bulletin de salaire — %s %s" % (month_fr(m).capitalize(), m[:4]),
        32,
        "sans-b",
        (255, 255, 255),
    )
    p.text(1550, 150, "Paie n° %s" % ps["matricule"], 22, "sans", (255, 255, 255), align="r")
    p.text(110, 260, "EMPLOYEUR", 18, "sans-b", GREY)
    p.lines(
        110,
        295,
        [e["name"], "%s, %s" % (e["street"], e["town"]), "SIRET %s   APE %s" % (e["siret"], e["naf"])],
        21,
    )
    p.text(850, 260, "SALARIÉ", 18, "sans-b", GREY)
    p.lines(
        850,
        295,
        [per.formal, ", ".join(per.address), "NIR %s   Entrée %s" % (ps["nir"], dmy(ps["since"])), ps["job"]],
        21,
    )
    rows2 = [["Élément", "Base", "Part salarié", "Part employeur"]]
    for lab, base, amt in rows:
        rows2.append([lab, base, amt, eur(ps["gross"] * 0.03) if amt.startswith("-") else ""])
    y = p.table(
        80,
        470,
        [740, 200, 270, 284],
        rows2,
        20,
        row_h=50,
        aligns="lrrr",
        grid=False,
        zebra=(244, 245, 248),
        head_fill=(215, 220, 230),
    )
    cum = [
        ["Cumuls", "Brut", "Net imposable", "Heures"],
        ["Période", eur(ps["gross"]), eur(net * 1.03), "151,67"],
        [
            "Année",
            eur(ps["gross"] * int(m[5:])),
            eur(net * 1.03 * int(m[5:])),
            "%.2f" % (151.67 * int(m[5:])),
        ],
    ]
    y = p.table(80, y + 50, [440, 350, 350, 354], cum, 20, row_h=50, aligns="lrrr", head_fill=(215, 220, 230))
    p.text(
        80,
        y + 90,
        "Net à payer avant impôt : %s    Net payé : %s" % (eur(net), eur(net * 0.979)),
        26,
        "sans-b",
    )
    p.text(
        80,
        y + 140,
        "Paiement le %s — virement IBAN FR76 **** **** %s" % (dmy(ps["paid"]), ps["matricule"]),
        21,
        "sans",
    )
    p.text(80, y + 180, "Congés payés : acquis 2,08 j — pris 0 — solde 18,5 j", 20, "sans", GREY)
    return [p]


def rib_slip(r: dict) -> list[Page]:
    """Relevé d'identité bancaire printed from the bank: boxes, IBAN in groups, BIC, domiciliation."""
    b = r["bank"]
    p = Page(size=(1654, 900))
    logo(p, b["logo"], 80, 60, 100, b["col"])
    p.text(210, 110, b["name"], 34, "sans-b", b["col"])
    p.text(210, 146, "RELEVÉ D'IDENTITÉ BANCAIRE", 22, "sans-b")
    p.text(80, 240, "Titulaire du compte", 18, "sans", GREY)
    p.lines(80, 275, [r["holder_line"], *r["address"]], 24, "sans-b")
    p.text(900, 240, "Domiciliation", 18, "sans", GREY)
    p.lines(900, 275, [b["branch_name"], b["name"]], 22)
    rows = [
        ["Code banque", "Code guichet", "N° de compte", "Clé RIB"],
        [r["bank_code"], r["branch"], r["account"], r["key"]],
    ]
    p.table(80, 420, [300, 300, 500, 200], rows, 24, row_h=60, aligns="cccc")
    p.text(80, 640, "IBAN", 20, "sans-b")
    p.text(200, 640, grouped(r["iban"]), 30, "mono-b")
    p.text(80, 700, "BIC", 20, "sans-b")
    p.text(200, 700, r["bic"], 30, "mono-b")
    p.text(
        80,
        820,
        "Ce relevé est destiné à être remis à vos créanciers ou débiteurs pour les virements et prélèvements.",
        18,
        "sans-i",
        GREY,
    )
    return [p]


def rib_online(r: dict) -> list[Page]:
    """RIB exported as PDF from online banking (A4, account card, IBAN shown once unspaced)."""
    b = r["bank"]
    p = Page()
    p.rect((0, 0, p.w, 160), outline=None, fill=b["col"])
    p.text(80, 100, b["name"], 40, "sans-b", (255, 255, 255))
    p.text(80, 280, "Coordonnées bancaires (RIB / IBAN)", 34, "sans-b")
    p.text(80, 330, "Document édité depuis votre espace de banque en ligne", 20, "sans", GREY)
    p.rect((80, 400, 1574, 1300), outline=(210, 210, 210), width=2)
    items = [
        ("Titulaire", r["holder_line"]),
        ("Adresse", ", ".join(r["address"])),
        ("Compte", "Compte courant n° %s" % r["account"]),
        ("Banque / Guichet / Clé", "%s / %s / %s" % (r["bank_code"], r["branch"], r["key"])),
        ("IBAN", r["iban"]),
        ("IBAN (format papier)", grouped(r["iban"])),
        ("BIC / SWIFT", r["bic"]),
        ("Agence", b["branch_name"]),
    ]
    y = 480
    for lab, v in items:
        p.text(120, y, lab, 22, "sans", GREY)
        p.text(560, y, v, 27, "sans-b" if lab.startswith(("IBAN", "Titu")) else "sans")
        y += 100
    qr(p, 1300, 1360, 220, int(r["iban"][-6:]))
    footer(
        p,
        "%s — société anonyme, établissement de crédit agréé ACPR. Ne communiquez jamais vos identifiants de connexion."
        % b["name"],
    )
    return [p]


def tax_notice(t: dict) -> list[Page]:
    """Avis d'impôt sur le revenu (2026, revenus 2025), page 1 with the reference box."""
    per = t["person"]
    p = Page()
    marianne_block(p, 100, 90, ["DIRECTION GÉNÉRALE", "DES FINANCES PUBLIQUES"])
    p.text(1560, 140, "AVIS D'IMPÔT 2026", 34, "sans-b", align="r")
    p.text(1560, 180, "SUR LES REVENUS DE L'ANNÉE 2025", 22, "sans", align="r")
    p.rect((900, 300, 1560, 500), outline=None, fill=(242, 242, 242))
    p.lines(930, 350, ["%s %s" % ("MME" if per.sex == "F" else "M.", per.formal.upper()), *per.address], 24)
    p.rect((100, 560, 820, 860), outline=GREY, width=1)
    for i, (lab, v) in enumerate(
        [
            ("Numéro fiscal", t["fiscal"]),
            ("Référence de l'avis", t["ref"]),
            ("Date de mise en recouvrement", "31/07/2026"),
            ("Date d'établissement", "24/07/2026"),
        ]
    ):
        p.text(120, 610 + i * 66, lab, 19, "sans", GREY)
        p.text(500, 610 + i * 66, v, 22, "mono-b")
    inc = t["income"]
    rows = [
        ["Détail", "Montant"],
        ["Salaires et assimilés déclarés", eur(inc)],
        ["Abattement 10 %", eur(inc * 0.1)],
        ["Revenu brut global", eur(inc * 0.9)],
        ["Revenu fiscal de référence", eur(inc * 0.9)],
        ["Nombre de parts", "1"],
        ["Impôt sur le revenu net", eur(inc * 0.9 * 0.05)],
        ["Prélèvement à la source déjà payé", eur(inc * 0.9 * 0.05)],
        ["Reste à payer", "0,00 €"],
    ]
    p.table(100, 950, [1000, 460], rows, 22, row_h=60, aligns="lr", head_fill=(226, 232, 244))
    barcode(p, 100, 1600, 900, 80, int(t["fiscal"][-5:]))
    p.text(
        100,
        1760,
        "Vos démarches : impots.gouv.fr — espace particulier. Centre des finances publiques de %s."
        % per.city,
        21,
        "sans",
    )
    footer(
        p,
        "Le revenu fiscal de référence figure sur cet avis. Cet avis peut être vérifié avec le service de vérification des avis (numéro fiscal + référence de l'avis).",
    )
    return [p]


TEMPLATES = {
    "payslip_y_clear": ("payslip", "blind4", payslip_clear),
    "payslip_y_compact": ("payslip", "blind4", payslip_compact),
    "rib_y_slip": ("rib", "blind4", rib_slip),
    "rib_y_online": ("rib", "blind4", rib_online),
    "tax_y_notice": ("tax_notice", "blind4", tax_notice),
}

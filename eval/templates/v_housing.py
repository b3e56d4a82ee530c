"""blind7 housing: 5 rent-receipt styles, 2 hosting certificates, a 2-page lease."""

from __future__ import annotations

import v_kit as k
from codes import add_months, dmy, last_day, long_fr, month_fr
from render import GREY, Page, logo


def _period(ym: str) -> tuple[str, str]:
    return ym + "-01", "%s-%02d" % (ym, last_day(ym))


def _words(v: float) -> str:
    units = [
        "",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
    ]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}

    def below100(n: int) -> str:
        if n <= 16:
            return units[n]
        if n < 20:
            return "dix-" + units[n - 10]
        t, u = divmod(n, 10)
        if t in (7, 9):
            return tens[t - 1] + ("-et-" if n == 71 else "-") + below100(10 + u)
        base = tens[t]
        if u == 0:
            return base + ("s" if t == 8 else "")
        return base + ("-et-" if u == 1 and t != 8 else "-") + units[u]

    n = round(v)
    c, r = divmod(n, 100)
    s = ""
    if c:
        s = ("cent" if c == 1 else units[c] + " cent" + ("s" if r == 0 else "")) + (" " if r else "")
    if r:
        s += below100(r)
    return (s or "zéro") + " euros"


def _who(d: dict) -> str:
    return "%s %s" % (d["tenant_title"], d["tenant"])


# 1. tenant web portal print ---------------------------------------------------------------------
def receipt_portal(d: dict) -> list[Page]:
    ag = d["agency"]
    p = Page()
    a, b = _period(d["month"])
    p.text(
        60,
        40,
        "%s/%s/%s 09:1%d" % (d["paid"][8:10], d["paid"][5:7], d["paid"][:4], d["seed"] % 10),
        16,
        "sans",
        GREY,
    )
    p.text(p.w / 2, 40, "Mon Espace Locataire — Quittances", 16, "sans", GREY, align="c")
    p.rect((0, 70, p.w, 170), outline=None, fill=ag["col"])
    logo(p, "house", 70, 88, 64, (255, 255, 255), ag["col"])
    p.text(160, 135, ag["name"], 30, "sans-b", (255, 255, 255))
    p.text(p.w - 70, 135, "Bonjour %s" % d["tenant"], 20, "sans", (255, 255, 255), align="r")
    p.text(70, 230, "Accueil  >  Mes documents  >  Quittances de loyer", 18, "sans", (40, 90, 160))
    p.text(70, 320, "Quittance de loyer", 40, "sans-b")
    p.text(70, 370, "Période du %s au %s" % (dmy(a), dmy(b)), 26, "sans")
    p.rect((70, 420, p.w - 70, 700), outline=(210, 210, 210), fill=(248, 249, 251), width=1)
    info = [
        ("Locataire", _who(d)),
        ("Adresse du bien", ", ".join(d["address"])),
        ("Référence du bail", d["ref"]),
        ("Lot", d["lot"]),
    ]
    yy = 475
    for lab, val in info:
        p.text(100, yy, lab, 19, "sans", GREY)
        p.text(480, yy, val, 23, "sans-b")
        yy += 58
    rows = [
        ["Libellé", "Montant"],
        ["Loyer hors charges %s %s" % (month_fr(d["month"]), d["month"][:4]), k.eur(d["rent"])],
        ["Provision pour charges", k.eur(d["charges"])],
        ["Total réglé", k.eur(d["rent"] + d["charges"])],
    ]
    p.table(70, 760, [1114, 400], rows, size=22, row_h=62, aligns="lr", head_fill=(232, 236, 244))
    p.wrap(
        70,
        1100,
        p.w - 140,
        "%s, agissant pour le compte du bailleur, donne quittance à %s de la somme de %s reçue le %s "
        "au titre du loyer et des charges de la période indiquée ci-dessus, sous réserve de tous droits."
        % (ag["name"], _who(d), k.eur(d["rent"] + d["charges"]), dmy(d["paid"])),
        22,
    )
    p.text(70, 1260, "Document généré électroniquement — ne nécessite pas de signature.", 18, "sans-i", GREY)
    p.text(
        60,
        p.h - 40,
        "https://espace-locataire.%s.fr/quittances/%s"
        % (ag["name"].split()[0].lower().replace("é", "e"), d["ref"]),
        16,
        "sans",
        GREY,
    )
    p.text(p.w - 60, p.h - 40, "1/1", 16, "sans", GREY, align="r")
    return [p]


# 2. private landlord's typed letter ---------------------------------------------------------------
def receipt_letter(d: dict) -> list[Page]:
    ll = d["landlord"]
    p = Page()
    a, b = _period(d["month"])
    p.lines(150, 180, [ll["name"], *ll["address"]], 24, "serif")
    p.lines(900, 380, [_who(d), *d["address"]], 24, "serif")
    p.text(900, 560, "%s, le %s" % (ll["town"], long_fr(d["paid"])), 22, "serif")
    p.text(p.w / 2, 700, "QUITTANCE DE LOYER", 36, "serif-b", align="c")
    p.text(p.w / 2, 745, "mois de %s %s" % (month_fr(d["month"]), d["month"][:4]), 24, "serif-i", align="c")
    tot = d["rent"] + d["charges"]
    p.wrap(
        150,
        850,
        p.w - 300,
        "Je soussigné%s %s, propriétaire du logement situé %s, déclare avoir reçu de %s la somme de "
        "%s (%s) au titre du paiement du loyer et des charges pour la période du %s au %s, et lui en "
        "donne quittance, sous réserve de tous mes droits."
        % (
            "e" if ll["f"] else "",
            ll["name"],
            ", ".join(d["address"]),
            _who(d),
            k.eur(tot),
            _words(tot),
            dmy(a),
            dmy(b),
        ),
        25,
        "serif",
        leading=1.7,
    )
    rows = [
        ["Détail du règlement", ""],
        ["Loyer", k.eur(d["rent"])],
        ["Charges", k.eur(d["charges"])],
        ["Total", k.eur(tot)],
    ]
    p.table(300, 1250, [700, 350], rows, size=23, f="serif", hf="serif-b", aligns="lr", head_fill=None)
    p.text(150, 1600, "Paiement reçu le %s par virement." % dmy(d["paid"]), 22, "serif")
    p.text(1000, 1700, "Signature", 22, "serif-i")
    p.signature(1000, 1800, 260, seed=d["seed"])
    p.wrap(
        150,
        2100,
        p.w - 300,
        "Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de paiement partiel du montant ci-dessus.",
        17,
        "serif-i",
        GREY,
    )
    return [p]


# 3. hand-filled receipt book with tear-off stub ------------------------------------------------------
def receipt_stub(d: dict) -> list[Page]:
    ll = d["landlord"]
    p = Page(size=(2339, 1100))
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    s = d["seed"]
    p.rect((0, 0, p.w, p.h), outline=None, fill=(252, 248, 232))
    # stub
    p.text(60, 110, "TALON", 26, "sans-b", (120, 90, 40))
    for i, (lab, val) in enumerate(
        [
            ("N°", "%03d" % (s % 900 + 10)),
            ("Locataire", d["tenant"]),
            ("Mois", "%s %s" % (month_fr(d["month"]), d["month"][:4])),
            ("Montant", k.eur(tot)),
            ("Reçu le", dmy(d["paid"])),
        ]
    ):
        yy = 200 + i * 150
        p.text(60, yy, lab, 20, "sans", (120, 90, 40))
        k.hand(p, 60, yy + 55, val, 28, seed=s + i)
        p.line(60, yy + 68, 560, yy + 68, (190, 160, 110), 1)
    for yy in range(20, p.h, 28):
        p.line(620, yy, 620, yy + 14, (120, 100, 70), 2)
    # receipt
    x = 680
    p.text(x, 110, "QUITTANCE DE LOYER", 40, "serif-b", (120, 60, 20))
    p.text(p.w - 80, 110, "N° %03d" % (s % 900 + 10), 28, "mono-b", (170, 30, 30), align="r")
    lines = [
        ("Reçu de", _who(d)),
        ("la somme de", "%s  (%s)" % (k.eur(tot), _words(tot))),
        ("pour le loyer du logement", ", ".join(d["address"])),
        ("pour la période du", "%s   au   %s" % (dmy(a), dmy(b))),
        ("dont loyer / charges", "%s  /  %s" % (k.eur(d["rent"]), k.eur(d["charges"]))),
    ]
    yy = 240
    for i, (lab, val) in enumerate(lines):
        p.text(x, yy, lab, 22, "serif-i", (120, 90, 40))
        tx = x + p.width(lab, 22, "serif-i") + 20
        p.line(tx, yy + 10, p.w - 80, yy + 10, (190, 160, 110), 1)
        k.hand(p, tx + 10, yy - 2, val, 30, seed=s + 10 + i)
        yy += 120
    p.text(x, yy + 20, "Fait à", 22, "serif-i", (120, 90, 40))
    k.hand(p, x + 100, yy + 18, "%s, le %s" % (ll["town"], dmy(d["paid"])), 30, seed=s + 20)
    p.text(1700, yy + 20, "Le bailleur :", 22, "serif-i", (120, 90, 40))
    k.hand(p, 1700, yy + 80, ll["name"], 28, seed=s + 21)
    p.signature(1720, yy + 150, 250, seed=s)
    return [p]


# 4. agency: account statement valant quittance -------------------------------------------------------
def receipt_agency(d: dict) -> list[Page]:
    ag = d["agency"]
    ll = d["landlord"]
    p = Page()
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    p.rect((110, 110, 130, 300), outline=None, fill=ag["col"])
    p.text(160, 160, ag["name"].upper(), 30, "sans-b", ag["col"])
    p.lines(
        160,
        200,
        [ag["street"], ag["town"], "SIRET %s — %s" % (ag["siret"], ag["cpi"])],
        18,
        "sans",
        GREY,
        1.4,
    )
    p.text(160, 290, "Garantie financière : Galian — 89 rue La Boétie, 75008 Paris", 16, "sans", GREY)
    p.lines(950, 400, [_who(d), *d["address"]], 24, "sans")
    p.text(110, 620, "AVIS D'ÉCHÉANCE VALANT QUITTANCE", 32, "sans-b")
    p.text(
        110,
        665,
        "Échéance de %s %s — période du %s au %s" % (month_fr(d["month"]), d["month"][:4], dmy(a), dmy(b)),
        22,
        "sans",
    )
    p.text(
        110,
        710,
        "Propriétaire : %s      Réf. locataire : %s      Lot : %s" % (ll["name"], d["ref"], d["lot"]),
        19,
        "sans",
        GREY,
    )
    prev = add_months(d["month"], -1)
    rows = [
        ["Date", "Libellé", "Débit", "Crédit"],
        ["%s-25" % prev[:7], "Solde reporté", "", "0,00"],
        [dmy(a), "Loyer %s" % month_fr(d["month"]), k.eur(d["rent"], ""), ""],
        [dmy(a), "Provision sur charges", k.eur(d["charges"], ""), ""],
        [dmy(d["paid"]), "Votre règlement — virement", "", k.eur(tot, "")],
        ["", "Solde à ce jour", "", "0,00"],
    ]
    rows[1][0] = dmy(rows[1][0])
    p.table(110, 770, [230, 790, 220, 194], rows, size=21, row_h=58, aligns="llrr", head_fill=(230, 230, 230))
    p.rect((110, 1200, p.w - 110, 1380), outline=ag["col"], width=2)
    p.wrap(
        140,
        1250,
        p.w - 280,
        "QUITTANCE — Pour acquit de la somme de %s, reçue de %s au titre du loyer et des charges de "
        "%s %s. Cette quittance ne libère le locataire que pour la période indiquée."
        % (k.eur(tot), _who(d), month_fr(d["month"]), d["month"][:4]),
        21,
    )
    k.rect_stamp(p, 1050, 1430, [ag["name"], "Le Gestionnaire"], ag["col"], 20, -4)
    k.page_footer(p, "Les charges sont régularisées annuellement. Conservez ce document pendant 3 ans.")
    return [p]


# 5. social landlord with payment slip ---------------------------------------------------------------
def receipt_social(d: dict) -> list[Page]:
    so = d["social"]
    p = Page()
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    logo(p, "tri", 120, 110, 90, so["col"])
    p.text(240, 150, so["name"], 30, "sans-b", so["col"])
    p.text(240, 185, so["seat"], 18, "sans", GREY)
    p.text(240, 212, "Office public de l'habitat — Service Relations locataires", 18, "sans", GREY)
    p.text(1000, 330, "N° de contrat : %s" % d["ref"], 20, "mono")
    p.lines(1000, 390, [_who(d), *d["address"]], 23, "sans")
    p.text(120, 600, "QUITTANCE", 40, "sans-b")
    p.text(120, 645, "Échéance du mois de %s %s" % (month_fr(d["month"]), d["month"][:4]), 24, "sans")
    rows = [
        ["Désignation", "Montant"],
        ["Loyer principal (logement %s)" % d["lot"], k.eur(d["rent"])],
        ["Charges récupérables (eau froide, entretien, ascenseur)", k.eur(d["charges"] * 0.7)],
        ["Taxe d'enlèvement des ordures ménagères", k.eur(d["charges"] - round(d["charges"] * 0.7, 2))],
        ["Aide personnalisée au logement (APL)", "0,00 €"],
        ["Total de l'échéance", k.eur(tot)],
        ["Montant réglé le %s" % dmy(d["paid"]), k.eur(tot)],
    ]
    p.table(120, 710, [1060, 354], rows, size=21, row_h=58, aligns="lr", head_fill=(225, 240, 235))
    p.text(
        120,
        1200,
        "Le bailleur reconnaît avoir reçu la somme ci-dessus pour la période du %s au %s." % (dmy(a), dmy(b)),
        21,
        "sans",
    )
    p.text(120, 1240, "Dont quittance.", 21, "sans-i")
    for xx in range(0, p.w, 30):
        p.line(xx, 1720, xx + 16, 1720, GREY, 2)
    p.text(120, 1700, "✂ à détacher et à joindre à votre règlement", 16, "sans-i", GREY)
    p.text(120, 1790, "TALON DE PAIEMENT — %s" % so["name"], 22, "sans-b")
    p.text(
        120,
        1840,
        "Locataire : %s      Contrat : %s      Échéance : %s/%s"
        % (d["tenant"], d["ref"], d["month"][5:], d["month"][:4]),
        19,
        "sans",
    )
    p.text(120, 1890, "Montant : %s — SOLDÉ" % k.eur(tot), 19, "sans")
    p.text(
        120,
        2000,
        "%s  %s  %s" % (d["ref"], d["lot"].replace("-", ""), ("%d" % int(tot * 100)).zfill(8)),
        26,
        "ocrb",
    )
    return [p]


# ---- hosting certificates -----------------------------------------------------------------------
def hosting_hand(d: dict) -> list[Page]:
    h = d["host"]
    p = Page(bg=(253, 253, 250))
    k.ruled(p, 150)
    s = d["seed"]
    y = 150 + 62 * 2 - 8
    hw = [
        "Attestation d'hébergement",
        "",
        "Je soussigné%s %s," % ("e" if h["f"] else "", h["name"]),
        "né%s le %s à %s," % ("e" if h["f"] else "", dmy(h["birth"]), h["birthplace"]),
        "demeurant %s," % ", ".join(d["address"]),
        "atteste sur l'honneur héberger à mon domicile",
        "%s %s," % (d["guest_title"], d["guest"]),
        "né%s le %s à %s," % ("e" if d["guest_f"] else "", dmy(d["guest_birth"]), d["guest_place"]),
        "depuis le %s, à titre gratuit." % dmy(d["since"]),
        "",
        "Je joins la copie de ma pièce d'identité et un justificatif",
        "de domicile à mon nom.",
        "",
        "Fait pour servir et valoir ce que de droit.",
        "Fait à %s, le %s" % (d["town"], dmy(d["date"])),
    ]
    for i, line in enumerate(hw):
        if line:
            k.hand(p, 230 + (400 if i == 0 else 0), y, line, 36 if i else 42, seed=s + i)
        y += 62 * (2 if i == 0 else 1)
    p.signature(1000, y + 60, 280, seed=s)
    return [p]


def hosting_typed(d: dict) -> list[Page]:
    h = d["host"]
    p = Page()
    p.text(p.w / 2, 200, "ATTESTATION D'HÉBERGEMENT", 36, "sans-b", align="c")
    p.text(p.w / 2, 245, "(à titre gratuit)", 22, "sans-i", align="c")

    def box(y: float, title: str, rows: list[tuple[str, str]]) -> float:
        p.rect((120, y, p.w - 120, y + 50), outline=None, fill=(40, 40, 40))
        p.text(140, y + 35, title, 22, "sans-b", (255, 255, 255))
        y += 50
        for lab, val in rows:
            p.rect((120, y, p.w - 120, y + 68), outline=(80, 80, 80), width=1)
            p.text(140, y + 44, lab, 20, "sans", GREY)
            k.hand(p, 600, y + 46, val, 30, seed=d["seed"] + int(y))
            y += 68
        return y + 40

    y = box(
        330,
        "L'HÉBERGEANT",
        [
            ("Nom, prénom", h["name"]),
            ("Né(e) le, à", "%s à %s" % (dmy(h["birth"]), h["birthplace"])),
            ("Adresse", ", ".join(d["address"])),
        ],
    )
    y = box(
        y,
        "LA PERSONNE HÉBERGÉE",
        [
            ("Nom, prénom", d["guest"]),
            ("Né(e) le, à", "%s à %s" % (dmy(d["guest_birth"]), d["guest_place"])),
            ("Hébergé(e) depuis le", dmy(d["since"])),
        ],
    )
    p.wrap(
        120,
        y + 20,
        p.w - 240,
        "Je certifie sur l'honneur l'exactitude des renseignements ci-dessus. Je suis informé(e) qu'une fausse attestation expose son auteur aux sanctions prévues par l'article 441-7 du code pénal.",
        21,
    )
    p.text(120, y + 200, "Fait à", 22, "sans")
    k.hand(p, 210, y + 200, d["town"], 30, seed=d["seed"])
    p.text(700, y + 200, "le", 22, "sans")
    k.hand(p, 750, y + 200, dmy(d["date"]), 30, seed=d["seed"] + 1)
    p.text(120, y + 280, "Signature de l'hébergeant :", 22, "sans")
    p.signature(220, y + 400, 260, seed=d["seed"])
    p.text(
        120,
        p.h - 200,
        "Pièces jointes : copie de la carte d'identité de l'hébergeant ; facture à son nom.",
        18,
        "sans-i",
        GREY,
    )
    return [p]


# ---- lease (2 pages) ------------------------------------------------------------------------------
def lease(d: dict) -> list[Page]:
    ll = d["landlord"]
    p = Page()
    p.text(p.w / 2, 170, "CONTRAT DE LOCATION", 38, "serif-b", align="c")
    p.text(p.w / 2, 215, "Logement nu à usage de résidence principale", 22, "serif-i", align="c")
    p.text(
        p.w / 2,
        250,
        "(Titre Ier de la loi n° 89-462 du 6 juillet 1989 — contrat type, décret n° 2015-587)",
        17,
        "serif",
        GREY,
        align="c",
    )
    y = 340
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le bailleur : %s, demeurant %s." % (ll["name"], ", ".join(ll["address"])),
                "Le locataire : %s, ci-après « le locataire »." % d["tenant"],
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Adresse du logement : %s." % ", ".join(d["address"]),
                "Type : appartement de 2 pièces principales, surface habitable 41 m², 3e étage avec ascenseur, cave n° 12.",
                "Chauffage et eau chaude : individuels électriques.",
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            [
                "Prise d'effet : %s. Durée : trois ans, reconduite tacitement." % long_fr(d["start"]),
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Loyer mensuel hors charges : %s. Provision mensuelle pour charges : %s, régularisée annuellement."
                % (k.eur(d["rent"]), k.eur(d["charges"])),
                "Le loyer est payable d'avance le 1er de chaque mois. Zone non soumise à l'encadrement des loyers.",
                "Dépôt de garantie : %s (un mois de loyer hors charges)." % k.eur(d["rent"]),
            ],
        ),
    ]
    for title, paras in sections:
        p.text(130, y, title, 24, "serif-b")
        y += 50
        for para in paras:
            y = p.wrap(150, y, p.w - 280, para, 22, "serif", leading=1.55) + 12
        y += 30
    k.page_footer(p, "Paraphes :  ______   ______          Page 1 / 2")
    q = Page()
    y = 180
    more = [
        ("V. TRAVAUX", ["Néant depuis la fin du dernier contrat de location."]),
        (
            "VI. GARANTIES",
            [
                "Le locataire justifie d'une assurance contre les risques locatifs, attestation à remettre chaque année."
            ],
        ),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            [
                "Le bail sera résilié de plein droit deux mois après un commandement de payer demeuré infructueux."
            ],
        ),
        (
            "VIII. ANNEXES",
            [
                "Diagnostic de performance énergétique (classe D), état des lieux d'entrée, notice d'information, règlement de copropriété (extraits)."
            ],
        ),
    ]
    for title, paras in more:
        q.text(130, y, title, 24, "serif-b")
        y += 50
        for para in paras:
            y = q.wrap(150, y, q.w - 280, para, 22, "serif", leading=1.55) + 12
        y += 30
    q.text(
        130, y + 40, "Fait en deux exemplaires à %s, le %s." % (ll["town"], long_fr(d["signed"])), 22, "serif"
    )
    q.text(180, y + 140, "Le bailleur", 22, "serif-b")
    q.text(950, y + 140, "Le locataire", 22, "serif-b")
    k.hand(q, 180, y + 200, "Lu et approuvé", 30, seed=3)
    k.hand(q, 950, y + 200, "Lu et approuvé, bon pour accord", 30, seed=5)
    q.signature(200, y + 300, 240, seed=11)
    q.signature(970, y + 300, 240, seed=17)
    k.page_footer(q, "Paraphes :  ______   ______          Page 2 / 2")
    return [p, q]


TEMPLATES = {
    "receipt_v_portal": ("rent_receipt", "blind7", receipt_portal),
    "receipt_v_letter": ("rent_receipt", "blind7", receipt_letter),
    "receipt_v_stub": ("rent_receipt", "blind7", receipt_stub),
    "receipt_v_agency": ("rent_receipt", "blind7", receipt_agency),
    "receipt_v_social": ("rent_receipt", "blind7", receipt_social),
    "hosting_v_hand": ("hosting_certificate", "blind7", hosting_hand),
    "hosting_v_typed": ("hosting_certificate", "blind7", hosting_typed),
    "lease_v_two_pages": ("lease", "blind7", lease),
}

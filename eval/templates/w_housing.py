"""blind6 housing: 5 rent receipts (private landlord letter, agency account statement, receipt-book slip
with its stub, social landlord quittance with RLS line, tenant web-portal print), hosting certificate
(hand-written or typed with attachments list) and a 2-page lease."""

from __future__ import annotations

from codes import add_months, dmy, last_day, long_fr, month_fr
from render import A4, Page, logo
from w_kit import box_stamp, dotted, eur, fold_shadow, footer, hand, qr, rng_of, ruled


def _period(ym: str) -> tuple[str, str]:
    return ym + "-01", "%s-%02d" % (ym, last_day(ym))


def receipt_landlord(d: dict) -> list[Page]:
    """A private landlord's typed letter, the way owners write them from a word-processor model."""
    ll = d["landlord"]
    p = Page(A4)
    fold_shadow(p, 780)
    fold_shadow(p, 1560)
    p.lines(130, 170, [ll["name"], *ll["address"]], 26, "serif")
    p.lines(960, 380, ["%s %s" % (d["tenant_title"], d["tenant"]), *d["address"]], 26, "serif")
    p.text(960, 600, "%s, le %s" % (ll["town"], long_fr(d["paid"])), 25, "serif")
    a, b = _period(d["month"])
    p.text(p.w / 2, 760, "QUITTANCE DE LOYER", 40, "serif-b", align="c")
    p.text(p.w / 2, 810, "mois de %s %s" % (month_fr(d["month"]), d["month"][:4]), 28, "serif-i", align="c")
    tot = d["rent"] + d["charges"]
    txt = (
        "Je soussigné%s %s, propriétaire du logement situé %s, %s, déclare avoir reçu de %s %s "
        "la somme de %s au titre du paiement du loyer et des charges pour la période de location "
        "du %s au %s, et lui en donne quittance, sous réserve de tous mes droits."
        % ("e" if ll["f"] else "", ll["name"], d["address"][0], d["address"][1], d["tenant_title"], d["tenant"],
           eur(tot), dmy(a), dmy(b))
    )  # fmt: skip
    y = p.wrap(130, 920, p.w - 260, txt, 27, "serif", leading=1.6)
    y += 40
    p.text(200, y, "Détail du règlement :", 26, "serif-b")
    y += 50
    for lb, v in (("Loyer", d["rent"]), ("Provision pour charges", d["charges"]), ("Total", tot)):
        p.text(260, y, lb, 26, "serif-b" if lb == "Total" else "serif")
        dotted(p, 620, 1000, y)
        p.text(1200, y, eur(v), 26, "serif-b" if lb == "Total" else "serif", align="r")
        y += 48
    p.text(200, y + 30, "Date du paiement : %s" % dmy(d["paid"]), 25, "serif")
    p.text(1000, y + 140, ll["name"], 25, "serif")
    p.signature(1000, y + 240, 260, seed=d["seed"] % 11)
    p.wrap(
        130,
        2120,
        p.w - 260,
        "Cette quittance annule tous les reçus qui auraient pu être établis précédemment en cas de paiement partiel du montant ci-dessus. Article 21 de la loi n° 89-462 du 6 juillet 1989.",
        19,
        "serif-i",
        (90, 90, 90),
    )
    return [p]


def receipt_agency(d: dict) -> list[Page]:
    """An agency's tenant account statement valid as a receipt ('relevé de compte valant quittance')."""
    ag = d["agency"]
    p = Page(A4)
    logo(p, "house", 120, 110, 110, ag["col"])
    p.text(260, 150, ag["name"], 34, "sans-b", ag["col"])
    p.text(260, 190, "%s — %s" % (ag["street"], ag["town"]), 21, "sans", (80, 80, 80))
    p.text(
        260, 222, "Carte professionnelle %s — SIRET %s" % (ag["cpi"], ag["siret"]), 18, "sans", (80, 80, 80)
    )
    p.rect((930, 320, 1540, 520), outline=(150, 150, 150), width=1)
    p.lines(960, 370, ["%s %s" % (d["tenant_title"], d["tenant"]), *d["address"]], 25, "sans")
    p.label_value(120, 360, "Réf. locataire :", d["ref"], 22)
    p.label_value(120, 400, "Lot :", d["lot"], 22)
    p.label_value(120, 440, "Propriétaire :", d["landlord"]["name"], 22)
    a, b = _period(d["month"])
    p.rect((120, 600, p.w - 120, 690), outline=None, fill=ag["col"])
    p.text(p.w / 2, 660, "RELEVÉ DE COMPTE VALANT QUITTANCE", 34, "sans-b", (255, 255, 255), align="c")
    p.text(p.w / 2, 750, "Période du %s au %s" % (dmy(a), dmy(b)), 28, "sans-b", align="c")
    tot = d["rent"] + d["charges"]
    rows = [
        ["Date", "Libellé", "Débit", "Crédit"],
        [dmy(a), "Loyer %s %s" % (month_fr(d["month"]), d["month"][:4]), eur(d["rent"]), ""],
        [dmy(a), "Provisions sur charges", eur(d["charges"]), ""],
        [dmy(d["paid"]), "Votre règlement — virement", "", eur(tot)],
        ["", "Solde au %s" % dmy(d["paid"]), "", "0,00 €"],
    ]
    y = p.table(
        120,
        840,
        [220, 760, 210, 224],
        rows,
        size=23,
        aligns="llrr",
        head_fill=(232, 232, 232),
        zebra=(247, 247, 247),
        row_h=56,
    )
    y += 60
    p.wrap(
        120,
        y,
        p.w - 240,
        "Pour acquit de la somme de %s reçue le %s, valant quittance pour la période ci-dessus, sous réserve d'encaissement."
        % (eur(tot), dmy(d["paid"])),
        24,
        "sans",
    )
    box_stamp(
        p,
        1000,
        y + 120,
        ["PAYÉ", ag["name"].upper()[:28], dmy(d["paid"])],
        color=(30, 110, 60),
        size=24,
        angle=-6,
    )
    footer(p, "%s — Garantie financière GALIAN — document édité le %s" % (ag["name"], dmy(d["paid"])), "1/1")
    return [p]


def _stub_receipt(p: Page, d: dict, y0: int, seed: int) -> None:
    """One slip of a receipt book: the stub (souche) on the left, the receipt on the right."""
    r = rng_of(d)
    n = 20 + int(r.integers(0, 60))
    ll = d["landlord"]
    tot = d["rent"] + d["charges"]
    p.rect((60, y0, p.w - 60, y0 + 1000), outline=(140, 140, 140), width=2)
    for yy in range(y0 + 10, y0 + 1000, 22):
        p.line(430, yy, 430, yy + 10, (120, 120, 120), 2)
    p.text(80, y0 + 60, "SOUCHE n° %03d" % n, 22, "sans-b", (120, 40, 40))
    hand(p, 80, y0 + 140, "Loyer %s" % month_fr(d["month"]), 28, seed)
    hand(p, 80, y0 + 200, d["month"][:4], 28, seed + 1)
    hand(p, 80, y0 + 290, d["tenant"].split(" ")[-1].title(), 28, seed + 2)
    hand(p, 80, y0 + 380, eur(tot, " €"), 28, seed + 3)
    hand(p, 80, y0 + 470, dmy(d["paid"]), 26, seed + 4)
    x = 470
    p.text(x, y0 + 70, "QUITTANCE DE LOYER", 34, "serif-b", (120, 40, 40))
    p.text(p.w - 90, y0 + 70, "N° %03d" % n, 26, "serif-b", (120, 40, 40), align="r")
    p.text(p.w - 90, y0 + 130, "Bon pour", 22, "serif", align="r")
    p.rect((p.w - 340, y0 + 150, p.w - 90, y0 + 215), outline=(120, 40, 40), width=2)
    hand(p, p.w - 320, y0 + 198, eur(tot, " €"), 32, seed + 5)
    rows = [
        ("Reçu de", "%s %s" % (d["tenant_title"], d["tenant"])),
        ("demeurant", "%s, %s" % (d["address"][0], d["address"][1].title())),
        ("la somme de", eur(tot, " euros")),
        ("pour loyer et charges du", "1er %s au %s %s %s" % (month_fr(d["month"]), last_day(d["month"]), month_fr(d["month"]), d["month"][:4])),
        ("dont loyer", eur(d["rent"])),
        ("et charges", eur(d["charges"])),
    ]  # fmt: skip
    y = y0 + 300
    for lb, v in rows:
        p.text(x, y, lb, 22, "serif", (120, 40, 40))
        e = x + p.width(lb, 22, "serif") + 14
        dotted(p, e, p.w - 100, y + 6, (170, 120, 120))
        hand(p, e + 10, y - 4, v, 30, seed + len(lb))
        y += 92
    p.text(x, y + 30, "Fait à", 22, "serif", (120, 40, 40))
    hand(p, x + 90, y + 26, "%s, le %s" % (ll["town"], dmy(d["paid"])), 30, seed + 9)
    p.text(x, y + 110, "Signature du bailleur :", 22, "serif", (120, 40, 40))
    hand(p, x + 280, y + 106, ll["name"], 28, seed + 10)
    p.signature(x + 700, y + 120, 200, seed=seed)


def receipt_stub(d: dict) -> list[Page]:
    p = Page(A4, bg=(253, 250, 242))
    _stub_receipt(p, d, 200, d["seed"] % 13)
    p.text(p.w / 2, 1320, "— détacher selon le pointillé —", 20, "sans-i", (150, 150, 150), align="c")
    return [p]


def receipt_social(d: dict) -> list[Page]:
    """Social landlord (OPH) quittance with the 'réduction de loyer de solidarité' line and a payment coupon."""
    so = d["social"]
    p = Page(A4)
    p.rect((0, 0, 40, p.h), outline=None, fill=so["col"])
    logo(p, "tri", 110, 100, 120, so["col"])
    p.text(260, 150, so["name"], 36, "sans-b", so["col"])
    p.text(260, 192, so["seat"], 21, "sans", (80, 80, 80))
    p.text(
        260,
        222,
        "Office public de l'habitat — Service relation locataires : 09 70 00 %s" % d["ref"][-4:-2]
        + " "
        + d["ref"][-2:],
        19,
        "sans",
        (80, 80, 80),
    )
    p.lines(
        950,
        360,
        ["%s %s" % (d["tenant_title"].upper(), d["tenant"].upper()), *[s.upper() for s in d["address"]]],
        24,
        "sans",
    )
    p.text(110, 360, "QUITTANCE", 44, "sans-b")
    p.text(110, 410, "%s %s" % (month_fr(d["month"]).upper(), d["month"][:4]), 30, "sans-b", so["col"])
    p.label_value(110, 480, "N° de contrat :", d["ref"], 22, vf="sans")
    p.label_value(110, 515, "Logement :", d["lot"], 22, vf="sans")
    p.label_value(110, 550, "Édité le :", dmy(d["paid"]), 22, vf="sans")
    rls = round(d["rent"] * 0.06)
    rows = [
        ["Rubrique", "Montant"],
        ["Loyer principal", eur(d["rent"] + rls)],
        ["Réduction de loyer de solidarité (RLS)", "- " + eur(rls)],
        ["Provision charges générales", eur(d["charges"] * 0.7)],
        ["Provision eau froide", eur(d["charges"] * 0.3)],
        ["TOTAL DU MOIS", eur(d["rent"] + d["charges"])],
        ["Règlement reçu le %s (prélèvement)" % dmy(d["paid"]), "- " + eur(d["rent"] + d["charges"])],
        ["RESTE À PAYER", "0,00 €"],
    ]
    y = p.table(110, 700, [1050, 380], rows, size=24, aligns="lr", head_fill=(230, 236, 234), row_h=60)
    p.wrap(
        110,
        y + 70,
        p.w - 220,
        "Le bailleur donne quittance au locataire désigné ci-dessus pour la somme de %s au titre du loyer et des charges de la période du %s au %s."
        % (eur(d["rent"] + d["charges"]), dmy(_period(d["month"])[0]), dmy(_period(d["month"])[1])),
        24,
        "sans",
    )
    for xx in range(60, p.w - 60, 24):
        p.line(xx, 1780, xx + 12, 1780, (120, 120, 120), 2)
    p.text(p.w - 70, 1770, "✂", 30, "sans", (120, 120, 120), align="r")
    p.text(110, 1860, "TALON À CONSERVER", 24, "sans-b")
    p.text(
        110,
        1910,
        "%s — contrat %s — %s %s — %s"
        % (d["tenant"], d["ref"], month_fr(d["month"]), d["month"][:4], eur(d["rent"] + d["charges"])),
        22,
        "mono",
    )
    qr(p, 1320, 1850, 200, d["seed"])
    return [p]


def receipt_portal(d: dict) -> list[Page]:
    """Printed from the tenant web space: browser header/footer, a card with the receipt."""
    ag = d["agency"]
    p = Page(A4)
    r = rng_of(d)
    stamp_time = "%s %02d:%02d" % (dmy(d["paid"]), 8 + int(r.integers(0, 12)), int(r.integers(0, 60)))
    p.text(60, 50, stamp_time, 18, "sans", (60, 60, 60))
    p.text(p.w / 2, 50, "Mon espace locataire — Quittances", 18, "sans", (60, 60, 60), align="c")
    p.rect((0, 90, p.w, 200), outline=None, fill=(28, 36, 54))
    p.text(80, 160, "monloyer", 40, "sans-b", (255, 255, 255))
    p.text(300, 160, ".", 40, "sans-b", (90, 200, 160))
    p.text(p.w - 80, 160, d["tenant"], 24, "sans", (220, 220, 230), align="r")
    p.text(80, 290, "Accueil  ›  Mes documents  ›  Quittances", 20, "sans", (90, 100, 120))
    p.text(
        80,
        370,
        "Quittance de loyer — %s %s" % (month_fr(d["month"]).capitalize(), d["month"][:4]),
        38,
        "sans-b",
    )
    p.rect((80, 430, p.w - 80, 1560), outline=(215, 220, 228), fill=(250, 251, 253), width=2)
    a, b = _period(d["month"])
    rows = [
        ("Bailleur", d["landlord"]["name"]),
        ("Gestionnaire", ag["name"]),
        ("Locataire", d["tenant"]),
        ("Adresse du logement", "%s, %s" % tuple(d["address"])),
        ("Période", "du %s au %s" % (dmy(a), dmy(b))),
        ("Loyer hors charges", eur(d["rent"])),
        ("Charges", eur(d["charges"])),
        ("Total réglé", eur(d["rent"] + d["charges"])),
        ("Date de paiement", dmy(d["paid"])),
        ("Statut", "Payé ✓"),
    ]
    y = 520
    for lb, v in rows:
        p.text(130, y, lb, 23, "sans", (100, 110, 125))
        p.text(
            620,
            y,
            v,
            25,
            "sans-b" if lb in ("Total réglé", "Locataire") else "sans",
            (20, 30, 50) if lb != "Statut" else (20, 140, 80),
        )
        p.line(130, y + 30, p.w - 130, y + 30, (232, 235, 240), 1)
        y += 98
    p.wrap(
        130,
        y + 20,
        p.w - 260,
        "Le bailleur reconnaît avoir reçu la somme indiquée ci-dessus et en donne quittance, sous réserve de tous ses droits. Document généré électroniquement, valable sans signature.",
        21,
        "sans-i",
        (90, 100, 120),
    )
    p.rect((80, 1640, 520, 1720), outline=None, fill=(90, 200, 160))
    p.text(300, 1694, "Télécharger (PDF)", 26, "sans-b", (255, 255, 255), align="c")
    p.text(
        60,
        p.h - 50,
        "https://www.monloyer-espace.fr/locataire/documents/quittances?ref=%s&periode=%s"
        % (d["ref"], d["month"].replace("-", "")),
        17,
        "sans",
        (60, 60, 60),
    )
    p.text(p.w - 60, p.h - 50, "1/1", 17, "sans", (60, 60, 60), align="r")
    return [p]


# ---- hosting -------------------------------------------------------------------------------------
def hosting_hand(d: dict) -> list[Page]:
    h = d["host"]
    p = Page(A4, bg=(252, 252, 248))
    ruled(p, 260, 70, 160)
    s = d["seed"]
    y = 330
    hand(p, 560, y, "Attestation d'hébergement", 44, s)
    y += 140
    txt = [
        "Je soussigné%s %s," % ("e" if h["f"] else "", h["name"]),
        "né%s le %s à %s," % ("e" if h["f"] else "", dmy(h["birth"]), h["birthplace"]),
        "demeurant %s, %s," % tuple(d["address"]),
        "certifie sur l'honneur héberger à mon domicile",
        "%s %s," % (d["guest_title"], d["guest"]),
        "né%s le %s à %s," % ("e" if d["guest_f"] else "", dmy(d["guest_birth"]), d["guest_place"]),
        "depuis le %s et à ce jour, à titre gratuit." % dmy(d["since"]),
        "Attestation faite pour servir et valoir ce que de droit,",
        "notamment auprès de la CPAM.",
    ]
    for i, t in enumerate(txt):
        hand(p, 200, y, t, 34, s + i)
        y += 140 if i in (2, 6) else 70
    y += 70
    hand(p, 800, y, "Fait à %s, le %s" % (d["town"], dmy(d["date"])), 34, s + 20)
    p.signature(900, y + 150, 260, seed=s % 9)
    hand(p, 200, y + 320, "PJ : copie de ma carte d'identité, facture d'électricité", 28, s + 30)
    return [p]


def hosting_typed(d: dict) -> list[Page]:
    h = d["host"]
    p = Page(A4)
    p.lines(130, 170, [h["name"], *d["address"]], 26, "sans")
    p.text(p.w / 2, 460, "ATTESTATION SUR L'HONNEUR D'HÉBERGEMENT", 36, "sans-b", align="c")
    p.line(300, 485, p.w - 300, 485, (0, 0, 0), 2)
    rows = [
        ("L'hébergeant", ""),
        ("Nom et prénom", h["name"]),
        ("Date et lieu de naissance", "%s à %s" % (dmy(h["birth"]), h["birthplace"])),
        ("Adresse", "%s, %s" % tuple(d["address"])),
        ("La personne hébergée", ""),
        ("Nom et prénom", "%s %s" % (d["guest_title"], d["guest"])),
        ("Date et lieu de naissance", "%s à %s" % (dmy(d["guest_birth"]), d["guest_place"])),
        ("Hébergée depuis le", dmy(d["since"])),
    ]
    y = 600
    for lb, v in rows:
        if not v:
            p.rect((130, y - 40, p.w - 130, y + 14), outline=None, fill=(235, 235, 235))
            p.text(150, y, lb.upper(), 24, "sans-b")
            y += 80
            continue
        p.text(170, y, lb + " :", 24, "sans")
        p.text(700, y, v, 25, "sans-b")
        y += 66
    y = p.wrap(
        130,
        y + 60,
        p.w - 260,
        "J'atteste sur l'honneur que la personne désignée ci-dessus réside à mon domicile à titre gratuit. Je suis informé%s qu'une fausse déclaration m'expose aux sanctions prévues par l'article 441-7 du code pénal."
        % ("e" if h["f"] else ""),
        25,
        "sans",
    )
    p.text(130, y + 60, "Fait à %s, le %s" % (d["town"], long_fr(d["date"])), 25, "sans")
    p.text(1000, y + 160, "Signature de l'hébergeant", 22, "sans-i")
    p.signature(1020, y + 260, 240, seed=d["seed"] % 5)
    p.text(130, y + 400, "Pièces jointes :", 23, "sans-b")
    p.lines(
        160,
        y + 450,
        [
            "– copie recto/verso de la pièce d'identité de l'hébergeant",
            "– justificatif de domicile de moins de 3 mois au nom de l'hébergeant",
        ],
        22,
        "sans",
    )
    return [p]


# ---- lease ---------------------------------------------------------------------------------------
def lease_two(d: dict) -> list[Page]:
    ll = d["landlord"]
    tot = d["rent"] + d["charges"]
    p = Page(A4)
    p.text(p.w / 2, 160, "CONTRAT DE LOCATION", 40, "serif-b", align="c")
    p.text(p.w / 2, 210, "Logement vide à usage de résidence principale", 26, "serif-i", align="c")
    p.text(
        p.w / 2,
        250,
        "(Titre Ier de la loi n° 89-462 du 6 juillet 1989 — contrat type du décret n° 2015-587)",
        20,
        "serif",
        (80, 80, 80),
        align="c",
    )
    y = 360
    secs = [
        ("I. DÉSIGNATION DES PARTIES", [
            "Le bailleur : %s, demeurant %s, %s, personne physique." % (ll["name"], *ll["address"]),
            "Le locataire : %s, ci-après « le locataire »." % d["tenant"],
        ]),
        ("II. OBJET DU CONTRAT", [
            "Adresse du logement : %s, %s. Type d'habitat : immeuble collectif. Régime juridique : copropriété." % tuple(d["address"]),
            "Surface habitable : %d m². Nombre de pièces principales : %d. Chauffage individuel électrique." % (28 + int(d["rent"]) // 40, 1 + int(d["rent"]) // 300),
            "Destination des locaux : usage d'habitation exclusivement.",
        ]),
        ("III. DATE DE PRISE D'EFFET ET DURÉE", [
            "Le contrat prend effet le %s pour une durée de trois ans, renouvelable tacitement." % long_fr(d["start"]),
        ]),
        ("IV. CONDITIONS FINANCIÈRES", [
            "Loyer mensuel hors charges : %s. Provision mensuelle sur charges récupérables : %s, avec régularisation annuelle." % (eur(d["rent"]), eur(d["charges"])),
            "Total mensuel : %s, payable d'avance le 5 de chaque mois par virement. Le loyer est révisé chaque année selon l'IRL." % eur(tot),
            "Dépôt de garantie : %s (un mois de loyer hors charges)." % eur(d["rent"]),
        ]),
    ]  # fmt: skip
    for title, paras in secs:
        p.text(130, y, title, 27, "serif-b")
        y += 55
        for t in paras:
            y = p.wrap(150, y, p.w - 300, t, 24, "serif", leading=1.55) + 14
        y += 30
    footer(p, "Paraphes : bailleur ______  locataire ______", "1/2")
    p.handwriting(620, p.h - 88, ll["name"].split(" ")[0][0] + "." + ll["name"].split(" ")[-1][0], 28, seed=2)
    p.handwriting(1000, p.h - 88, "".join(w[0] for w in d["tenant"].split(" ")[:2]), 28, seed=5)
    q = Page(A4)
    y = 180
    for title, paras in (
        ("V. TRAVAUX ET ENTRETIEN", ["Le locataire prend à sa charge l'entretien courant du logement et les menues réparations (décret n° 87-712)."]),
        ("VI. GARANTIES", ["Néant. Assurance habitation obligatoire : attestation remise à l'entrée dans les lieux et chaque année."]),
        ("VII. CLAUSE RÉSOLUTOIRE", ["À défaut de paiement du loyer ou des charges, ou de versement du dépôt de garantie, le bail sera résilié de plein droit deux mois après un commandement de payer demeuré infructueux."]),
        ("VIII. ANNEXES", ["Diagnostic de performance énergétique (classe D), constat des risques d'exposition au plomb, état des risques, notice d'information, état des lieux d'entrée."]),
    ):  # fmt: skip
        q.text(130, y, title, 27, "serif-b")
        y += 55
        for t in paras:
            y = q.wrap(150, y, q.w - 300, t, 24, "serif", leading=1.55) + 14
        y += 30
    q.text(
        130,
        y + 40,
        "Fait en deux exemplaires originaux à %s, le %s." % (ll["town"], long_fr(d["signed"])),
        25,
        "serif",
    )
    y += 160
    q.text(200, y, "Le bailleur", 25, "serif-b")
    q.text(950, y, "Le locataire", 25, "serif-b")
    q.handwriting(200, y + 60, "Lu et approuvé", 30, seed=1)
    q.handwriting(950, y + 60, "Lu et approuvé, bon pour accord", 30, seed=7)
    q.signature(220, y + 180, 240, seed=4)
    q.signature(980, y + 180, 240, seed=9)
    q.text(200, y + 260, ll["name"], 23, "serif")
    q.text(950, y + 260, d["tenant"], 23, "serif")
    footer(q, "Bail — %s, %s — entrée le %s" % (d["address"][0], d["address"][1], dmy(d["start"])), "2/2")
    _ = add_months
    return [p, q]


TEMPLATES = {
    "receipt_w_landlord": ("rent_receipt", "blind6", receipt_landlord),
    "receipt_w_agency": ("rent_receipt", "blind6", receipt_agency),
    "receipt_w_stub": ("rent_receipt", "blind6", receipt_stub),
    "receipt_w_social": ("rent_receipt", "blind6", receipt_social),
    "receipt_w_portal": ("rent_receipt", "blind6", receipt_portal),
    "hosting_w_hand": ("hosting_certificate", "blind6", hosting_hand),
    "hosting_w_typed": ("hosting_certificate", "blind6", hosting_typed),
    "lease_w_two": ("lease", "blind6", lease_two),
}

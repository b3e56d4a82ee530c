"""blind3: rent receipts (5 styles), hosting certificates (handwritten, typed), 3-page lease."""

from __future__ import annotations

from codes import add_months, dmy, last_day, long_fr, month_fr
from render import Page, logo
from z_kit import (
    INK,
    MID,
    barcode,
    eur,
    hand_para,
    lined_paper,
    month_label,
    new,
    page_footer,
    qr,
    rect_stamp,
    seyes,
    small_print,
)


def _period(ym: str) -> tuple[str, str]:
    return ym + "-01", "%s-%02d" % (ym, last_day(ym))


def _title_name(d: dict) -> str:
    return "%s %s" % ("Mme" if d["tenant_title"] == "Madame" else "M.", d["tenant"])


# ---- 1. private landlord, typed letter ------------------------------------------------------------
def receipt_z_letter(d: dict) -> list[Page]:
    ll = d["landlord"]
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    p = new()
    p.lines(140, 170, [ll["name"], *ll["address"]], 24, "serif")
    p.lines(900, 380, [_title_name(d), *d["address"]], 24, "serif")
    p.text(900, 560, "%s, le %s" % (ll["town"], long_fr(d["paid"])), 22, "serif")
    p.text(827, 720, "QUITTANCE DE LOYER", 38, "serif-b", align="c")
    p.text(827, 764, "Mois de %s" % month_label(d["month"], False), 26, "serif-i", align="c")
    y = p.wrap(
        140,
        880,
        1374,
        "Je soussigné%s %s, propriétaire du logement désigné ci-dessous, déclare avoir reçu de "
        "%s %s la somme de %s au titre du paiement du loyer et des charges pour la période du %s au %s, et lui "
        "en donne quittance, sous réserve de tous mes droits."
        % ("e" if ll["f"] else "", ll["name"], d["tenant_title"], d["tenant"], eur(tot), dmy(a), dmy(b)),
        26,
        "serif",
        leading=1.6,
    )
    y += 30
    p.text(140, y, "Adresse de la location : %s, %s" % tuple(d["address"]), 24, "serif")
    y += 80
    rows = [
        ["Détail du règlement", "Montant"],
        ["Loyer nu", eur(d["rent"])],
        ["Provision sur charges", eur(d["charges"])],
        ["Total reçu", eur(tot)],
    ]
    y = p.table(140, y, [900, 360], rows, 24, "serif", "serif-b", (235, 235, 235), 54, aligns="lr")
    y += 60
    p.text(140, y, "Date du paiement : %s — par virement" % dmy(d["paid"]), 24, "serif")
    p.text(1000, y + 120, ll["name"], 24, "serif")
    p.signature(1000, y + 220, 250, INK, seed=d["seed"] % 9)
    small_print(
        p,
        2150,
        [
            "Le paiement du loyer ne présume pas du paiement des termes antérieurs. Cette quittance "
            "annule tous les reçus qui auraient pu être donnés pour acompte versé sur la présente "
            "échéance (loi n° 89-462 du 6 juillet 1989, art. 21)."
        ],
        16,
    )
    return [p]


# ---- 2. agency account statement --------------------------------------------------------------------
def receipt_z_agency(d: dict) -> list[Page]:
    ag, ll = d["agency"], d["landlord"]
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    p = new()
    col = ag["col"]
    p.rect((0, 0, p.w, 180), outline=None, fill=col)
    logo(p, "house", 110, 40, 100, (255, 255, 255), col)
    p.text(240, 95, ag["name"], 40, "sans-b", (255, 255, 255))
    p.text(240, 140, "Gestion locative — Transaction — Syndic", 22, "sans", (235, 235, 235))
    p.lines(110, 250, [ag["street"], ag["town"], "Carte professionnelle %s" % ag["cpi"]], 18, "sans", MID)
    p.text(110, 340, "Mandant : %s" % ll["name"], 20, "sans")
    p.lines(900, 300, ["LOCATAIRE", _title_name(d).upper(), *d["address"]], 24, "sans")
    p.text(110, 540, "AVIS D'ÉCHÉANCE ET QUITTANCE", 34, "sans-b", col)
    p.text(110, 584, "Période du %s au %s" % (dmy(a), dmy(b)), 24, "sans")
    p.text(1544, 540, "Réf. lot %s" % d["lot"], 22, "sans", align="r")
    p.text(1544, 574, "Compte locataire %s" % d["ref"], 22, "sans", align="r")
    rows = [
        ["Date", "Libellé", "Débit", "Crédit"],
        [dmy(a), "Loyer %s" % month_fr(d["month"]), eur(d["rent"]), ""],
        [dmy(a), "Provision charges locatives", eur(d["charges"]), ""],
        [dmy(a), "Taxe ordures ménagères (provision)", eur(0), ""],
        [dmy(d["paid"]), "Règlement — prélèvement SEPA", "", eur(tot)],
        ["", "Solde au %s" % dmy(d["paid"]), "", eur(0)],
    ]
    y = p.table(
        110, 640, [200, 760, 237, 237], rows, 22, "sans", "sans-b", (235, 238, 242), 56, aligns="llrr"
    )
    y += 80
    p.rect((110, y, 1544, y + 200), outline=col, width=2)
    p.text(140, y + 50, "QUITTANCE", 28, "sans-b", col)
    p.wrap(
        140,
        y + 100,
        1370,
        "Pour le compte de %s, bailleur, nous reconnaissons avoir reçu de %s la somme de %s "
        "pour le loyer et les charges du mois de %s, dont quittance."
        % (ll["name"], d["tenant"], eur(tot), month_label(d["month"], False)),
        24,
        "sans",
    )
    y += 280
    p.text(110, y, "Fait à %s, le %s" % (ag["town"].split(" ", 1)[1], dmy(d["paid"])), 22, "sans")
    rect_stamp(
        p, 1250, y + 100, [ag["name"].upper(), ag["town"].upper(), "SIRET %s" % ag["siret"]], col, 18, -5
    )
    small_print(
        p,
        2160,
        [
            "%s — SIRET %s — Garantie financière et assurance RCP souscrites. Document à conserver : "
            "il vaut quittance après encaissement du règlement." % (ag["name"], ag["siret"])
        ],
        15,
    )
    return [p]


# ---- 3. receipt book slip with stub, handwritten ----------------------------------------------------
def receipt_z_book(d: dict) -> list[Page]:
    ll = d["landlord"]
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    p = Page((1654, 900), bg=(250, 246, 232))
    p.line(420, 0, 420, 900, (150, 150, 150), 2)
    for yy in range(0, 900, 24):
        p.line(420, yy, 420, yy + 12, (250, 246, 232), 2)  # perforation
    p.text(30, 70, "SOUCHE", 22, "sans-b", (90, 90, 90))
    p.text(30, 120, "N° %03d" % (d["seed"] % 500), 22, "sans")
    for i, (lab, val) in enumerate(
        (
            ("Locataire", d["tenant"]),
            ("Mois", month_label(d["month"])),
            ("Montant", eur(tot)),
            ("Payé le", dmy(d["paid"])),
        )
    ):
        p.text(30, 190 + i * 120, lab, 18, "sans", MID)
        p.handwriting(30, 240 + i * 120, val if len(val) < 20 else val[:19], 24, INK, d["seed"] + i)
    p.text(1034, 80, "QUITTANCE DE LOYER", 36, "serif-b", (120, 30, 30), align="c")
    p.text(1600, 130, "N° %03d" % (d["seed"] % 500), 22, "sans", align="r")
    rows = [
        ("Reçu de M./Mme", d["tenant"]),
        ("demeurant", "%s, %s" % tuple(d["address"])),
        (
            "la somme de",
            "%s  (loyer %s + charges %s)" % (eur(tot), eur(d["rent"], False), eur(d["charges"], False)),
        ),
        ("pour le loyer du", "%s au %s" % (dmy(a), dmy(b))),
        ("Fait à", "%s le %s" % (ll["town"], dmy(d["paid"]))),
        ("Le bailleur", ll["name"]),
    ]
    y = 220
    for i, (lab, val) in enumerate(rows):
        p.text(460, y, lab, 22, "serif")
        x0 = 460 + p.width(lab, 22, "serif") + 20
        p.line(x0, y + 8, 1610, y + 8, (140, 140, 140), 1)
        p.handwriting(x0 + 10, y - 2, val, 29, INK, d["seed"] + 5 * i)
        y += 95
    p.signature(1250, 840, 220, INK, seed=d["seed"] % 9)
    p.text(460, 870, "Modèle 402 — carnet de 50 quittances", 14, "sans", MID)
    return [p]


# ---- 4. social landlord: avis d'échéance valant quittance -----------------------------------------
def receipt_z_social(d: dict) -> list[Page]:
    so = d["social"]
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    apl = round(d["rent"] * 0.18, 2) if d["seed"] % 2 else 0.0
    p = new()
    col = so["col"]
    logo(p, "tri", 110, 90, 110, col)
    p.text(250, 140, so["name"], 34, "sans-b", col)
    p.text(250, 178, "Office public de l'habitat — %s" % so["seat"], 18, "sans", MID)
    p.text(
        110,
        300,
        "Agence de proximité : tél. 01 84 %02d %02d %02d"
        % (d["seed"] % 90, d["seed"] * 3 % 90, d["seed"] * 7 % 90),
        20,
        "sans",
    )
    p.lines(900, 300, [_title_name(d).upper(), *d["address"]], 24, "sans")
    p.rect((110, 470, 1544, 560), outline=None, fill=col)
    p.text(140, 528, "AVIS D'ÉCHÉANCE — %s" % month_label(d["month"]).upper(), 32, "sans-b", (255, 255, 255))
    p.text(1520, 528, "valant quittance après paiement", 20, "sans-i", (255, 255, 255), align="r")
    info = [
        ("N° de contrat", d["ref"]),
        ("Logement", d["lot"]),
        ("Période", "%s au %s" % (dmy(a), dmy(b))),
        ("Date d'émission", dmy(add_months(d["month"], 0) + "-01")),
        ("Date d'exigibilité", dmy(d["month"] + "-05")),
    ]
    y = 620
    for lab, val in info:
        p.text(140, y, lab, 22, "sans", MID)
        p.text(520, y, val, 24, "sans-b")
        y += 44
    rows = [
        ["Désignation", "Montant"],
        ["Loyer principal", eur(d["rent"])],
        ["Charges récupérables (provision)", eur(d["charges"] - 12)],
        ["Eau froide (provision)", eur(12)],
        ["Supplément de loyer de solidarité", eur(0)],
    ]
    if apl:
        rows.append(["Aide personnalisée au logement (versée par la CAF)", eur(-apl)])
    rows.append(["MONTANT À PAYER", eur(tot - apl)])
    y = p.table(140, y + 30, [1000, 374], rows, 23, "sans", "sans-b", (232, 240, 236), 52, aligns="lr")
    y += 60
    rect_stamp(p, 1200, y + 80, ["PAYÉ LE %s" % dmy(d["paid"]), "MERCI"], (20, 110, 40), 30, -8)
    p.text(140, y + 40, "Votre règlement du %s a bien été reçu." % dmy(d["paid"]), 24, "sans")
    p.text(140, y + 84, "Le présent avis vaut quittance pour la période indiquée.", 24, "sans-b")
    # payment slip
    y0 = 1800
    for xx in range(110, 1544, 30):
        p.line(xx, y0, xx + 15, y0, (120, 120, 120), 2)
    p.text(110, y0 + 50, "TALON À JOINDRE À VOTRE RÈGLEMENT", 20, "sans-b")
    p.text(
        110,
        y0 + 90,
        "%s — contrat %s — échéance %s" % (d["tenant"], d["ref"], month_label(d["month"])),
        20,
        "sans",
    )
    p.text(1544, y0 + 90, eur(tot - apl), 28, "sans-b", align="r")
    barcode(p, 110, y0 + 130, 700, 80, d["seed"])
    p.text(
        110,
        y0 + 250,
        "%s %s %s" % (d["ref"], d["month"].replace("-", ""), "%09d" % int((tot - apl) * 100)),
        22,
        "ocrb",
    )
    return [p]


# ---- 5. tenant portal (printed from the web) --------------------------------------------------------
def receipt_z_portal(d: dict) -> list[Page]:
    ag, ll = d["agency"], d["landlord"]
    a, b = _period(d["month"])
    tot = d["rent"] + d["charges"]
    p = new()
    p.text(
        60,
        50,
        "https://monespace.%s.fr/locataire/documents/quittances"
        % ag["name"].split()[0].lower().replace("é", "e").replace("è", "e"),
        16,
        "sans",
        MID,
    )
    p.text(1594, 50, dmy(d["paid"]) + " 09:%02d" % (d["seed"] % 60), 16, "sans", MID, align="r")
    p.rect((60, 80, 1594, 190), outline=None, fill=(245, 246, 250))
    logo(p, "circle", 90, 100, 70, ag["col"])
    p.text(190, 150, "Mon espace locataire", 30, "sans-b", ag["col"])
    p.text(1560, 150, "Connecté : %s" % d["tenant"], 20, "sans", align="r")
    p.text(100, 300, "Quittance de loyer", 44, "sans-b")
    p.text(100, 350, "%s — émise le %s" % (month_label(d["month"]), dmy(d["paid"])), 24, "sans", MID)
    blocks = [
        ("Bailleur", [ll["name"], "représenté par %s" % ag["name"], ag["street"], ag["town"]]),
        ("Locataire", [d["tenant"], *d["address"]]),
    ]
    for k, (t, rows) in enumerate(blocks):
        x = 100 + k * 740
        p.rect((x, 420, x + 700, 700), outline=(210, 210, 215), fill=(250, 250, 252), width=2)
        p.text(x + 30, 470, t.upper(), 20, "sans-b", MID)
        p.lines(x + 30, 520, rows, 24, "sans")
    rows = [
        ["Échéance", "Période", "Loyer", "Charges", "Total", "Statut"],
        [
            month_label(d["month"]),
            "%s – %s" % (dmy(a)[:5], dmy(b)[:5]),
            eur(d["rent"]),
            eur(d["charges"]),
            eur(tot),
            "Payé",
        ],
    ]
    p.table(
        100,
        780,
        [250, 290, 220, 200, 240, 254],
        rows,
        22,
        "sans",
        "sans-b",
        (235, 238, 245),
        60,
        aligns="llrrrl",
        grid=False,
    )
    p.line(100, 900, 1554, 900, (210, 210, 215), 1)
    y = p.wrap(
        100,
        1000,
        1454,
        "%s, bailleur, donne quittance à %s pour la somme de %s reçue le %s au titre du loyer "
        "et des charges du logement situé %s, %s, pour la période du %s au %s."
        % (ll["name"], d["tenant"], eur(tot), dmy(d["paid"]), *d["address"], dmy(a), dmy(b)),
        25,
        "sans",
        leading=1.6,
    )
    qr(p, 100, y + 60, 200, d["seed"])
    p.text(
        340,
        y + 120,
        "Document authentifiable : %s-%s" % (d["ref"], d["month"].replace("-", "")),
        20,
        "sans",
        MID,
    )
    p.text(340, y + 156, "Signé électroniquement par %s" % ag["name"], 20, "sans", MID)
    page_footer(p, "%s — quittance %s" % (ag["name"], d["month"]), 1, 1)
    return [p]


# ---- hosting certificates ----------------------------------------------------------------------
def _host_lines(d: dict) -> tuple[str, str]:
    h = d["host"]
    e = "e" if h["f"] else ""
    text = (
        "Je soussigné%s %s, né%s le %s à %s, demeurant %s, %s, atteste sur l'honneur héberger à mon domicile "
        "%s %s, né%s le %s à %s, depuis le %s. Je joins la copie de ma carte d'identité et une facture "
        "d'électricité à mon nom. Fait pour servir et valoir ce que de droit."
        % (
            e,
            h["name"],
            e,
            dmy(h["birth"]),
            h["birthplace"],
            *d["address"],
            d["guest_title"],
            d["guest"],
            "e" if d["guest_f"] else "",
            dmy(d["guest_birth"]),
            d["guest_place"],
            dmy(d["since"]),
        )
    )
    return text, "Fait à %s, le %s" % (d["town"], dmy(d["date"]))


def hosting_z_hand(d: dict) -> list[Page]:
    """Handwritten on school-pad paper."""
    p = new((252, 252, 248))
    (lined_paper if d["seed"] % 2 else seyes)(p)
    p.handwriting(260, 250, "Attestation d'hébergement", 44, INK, d["seed"])
    text, done = _host_lines(d)
    y = hand_para(p, 260, 400, 1300, text, 32, 62, d["seed"])
    y += 40
    p.handwriting(260, y, done, 32, INK, d["seed"] + 2)
    p.handwriting(900, y + 120, d["host"]["name"], 30, INK, d["seed"] + 4)
    p.signature(950, y + 240, 280, INK, seed=d["seed"] % 9)
    return [p]


def hosting_z_typed(d: dict) -> list[Page]:
    """Typed attestation with the host's details in a box and the list of attached documents."""
    h = d["host"]
    p = new()
    p.lines(140, 170, [h["name"], *d["address"]], 24, "sans")
    p.text(827, 420, "ATTESTATION D'HÉBERGEMENT", 40, "sans-b", align="c")
    p.text(827, 466, "à titre gratuit", 24, "sans-i", MID, align="c")
    p.rect((140, 540, 1514, 820), outline=(60, 60, 60), width=2)
    p.text(170, 590, "L'HÉBERGEANT", 22, "sans-b", MID)
    p.lines(
        170,
        640,
        [
            "Nom, prénom : %s" % h["name"],
            "Né%s le %s à %s" % ("e" if h["f"] else "", dmy(h["birth"]), h["birthplace"]),
            "Adresse : %s, %s" % tuple(d["address"]),
        ],
        24,
        "sans",
    )
    p.rect((140, 860, 1514, 1140), outline=(60, 60, 60), width=2)
    p.text(170, 910, "LA PERSONNE HÉBERGÉE", 22, "sans-b", MID)
    p.lines(
        170,
        960,
        [
            "Nom, prénom : %s %s" % (d["guest_title"], d["guest"]),
            "Né%s le %s à %s" % ("e" if d["guest_f"] else "", dmy(d["guest_birth"]), d["guest_place"]),
            "Hébergé%s depuis le : %s" % ("e" if d["guest_f"] else "", dmy(d["since"])),
        ],
        24,
        "sans",
    )
    y = p.wrap(
        140,
        1240,
        1374,
        "J'atteste sur l'honneur que la personne désignée ci-dessus réside à mon domicile de "
        "manière stable et y reçoit son courrier. Je suis informé%s qu'une fausse attestation expose son auteur "
        "aux sanctions prévues par l'article 441-7 du code pénal." % ("e" if h["f"] else ""),
        24,
        "sans",
    )
    p.text(140, y + 40, "Pièces jointes :", 24, "sans-b")
    p.lines(
        180,
        y + 90,
        [
            "– copie de ma carte nationale d'identité n° %s" % ("%012d" % (d["seed"] * 7919 % 10**12)),
            "– dernière facture d'électricité à mon nom (%s)" % month_label(d["date"][:7], False),
        ],
        24,
        "sans",
    )
    p.text(140, y + 260, "Fait à %s, le %s" % (d["town"], long_fr(d["date"])), 24, "sans")
    p.text(1000, y + 330, "Signature de l'hébergeant", 22, "sans-i", MID)
    p.signature(1000, y + 430, 260, INK, seed=d["seed"] % 9)
    return [p]


# ---- lease: 3 pages ------------------------------------------------------------------------------
def lease_z_loi89(d: dict) -> list[Page]:
    ll = d["landlord"]
    pages = []
    p = new()
    p.text(827, 170, "CONTRAT DE LOCATION", 42, "serif-b", align="c")
    p.text(827, 215, "Logement vide à usage de résidence principale", 24, "serif-i", align="c")
    p.text(
        827,
        250,
        "(Titre Ier bis de la loi n° 89-462 du 6 juillet 1989 — contrat type du décret n° 2015-587)",
        18,
        "serif",
        MID,
        align="c",
    )
    y = 360
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le présent contrat est conclu entre les soussignés :",
                "%s, demeurant %s, %s, désigné%s ci-après « le bailleur » ;"
                % (ll["name"], *ll["address"], "e" if ll["f"] else ""),
                "et %s, désigné(e) ci-après « le locataire »." % d["tenant"],
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Localisation du logement : %s, %s." % tuple(d["address"]),
                "Type d'habitat : immeuble collectif. Régime juridique : copropriété. Période de construction : 1949 à "
                "1974. Surface habitable : %d m². Nombre de pièces principales : %d."
                % (38 + d["seed"] % 40, 2 + d["seed"] % 3),
                "Éléments d'équipement : cuisine équipée, chauffage individuel électrique, eau chaude individuelle. "
                "Annexes : cave n° %d." % (1 + d["seed"] % 30),
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            [
                "Prise d'effet : %s. Durée du contrat : trois ans, renouvelable par tacite reconduction."
                % long_fr(d["start"])
            ],
        ),
    ]
    for t, paras in secs:
        p.text(140, y, t, 26, "serif-b")
        y += 50
        for para in paras:
            y = p.wrap(140, y, 1374, para, 24, "serif", leading=1.55) + 10
        y += 30
    page_footer(p, "Bail %s — paraphes : ______  ______" % d["tenant"], 1, 3)
    pages.append(p)
    q = new()
    y = 170
    secs = [
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Montant du loyer mensuel : %s hors charges. Le loyer est payable mensuellement et d'avance, le 5 de chaque "
                "mois." % eur(d["rent"]),
                "Charges récupérables : provision mensuelle de %s, avec régularisation annuelle."
                % eur(d["charges"]),
                "Révision du loyer : chaque année à la date anniversaire, selon l'indice de référence des loyers publié "
                "par l'INSEE (trimestre de référence : 2e trimestre).",
                "Le logement n'est pas situé dans une zone d'encadrement des loyers.",
            ],
        ),
        ("V. TRAVAUX", ["Néant."]),
        ("VI. GARANTIES", ["Dépôt de garantie : %s (un mois de loyer hors charges)." % eur(d["rent"])]),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            [
                "Le bail sera résilié de plein droit en cas de défaut de paiement du loyer ou des charges, deux mois après "
                "un commandement demeuré infructueux, ou en cas de défaut d'assurance des risques locatifs."
            ],
        ),
        (
            "VIII. ANNEXES",
            [
                "Dossier de diagnostic technique (DPE classe %s, CREP, état des risques), notice "
                "d'information, état des lieux d'entrée, attestation d'assurance." % "CDE"[d["seed"] % 3]
            ],
        ),
    ]
    for t, paras in secs:
        q.text(140, y, t, 26, "serif-b")
        y += 50
        for para in paras:
            y = q.wrap(140, y, 1374, para, 24, "serif", leading=1.55) + 10
        y += 30
    page_footer(q, "Bail %s — paraphes : ______  ______" % d["tenant"], 2, 3)
    pages.append(q)
    r = new()
    r.text(140, 200, "IX. SIGNATURES", 26, "serif-b")
    r.wrap(
        140,
        260,
        1374,
        "Fait et signé à %s, le %s, en deux exemplaires originaux dont un remis à chacune des "
        "parties qui le reconnaît." % (ll["town"], long_fr(d["signed"])),
        24,
        "serif",
    )
    for k, (lab, nm) in enumerate((("Le bailleur", ll["name"]), ("Le locataire", d["tenant"]))):
        x = 140 + k * 720
        r.text(x, 480, lab, 24, "serif-b")
        r.text(x, 520, "« Lu et approuvé »", 22, "serif-i")
        r.text(x, 560, nm, 24, "serif")
        r.signature(x + 40, 680, 260, INK, seed=d["seed"] % 9 + k)
        r.handwriting(x, 620, "Lu et approuvé", 28, INK, d["seed"] + k)
    page_footer(r, "Bail %s" % d["tenant"], 3, 3)
    pages.append(r)
    return pages


TEMPLATES = {
    "receipt_z_letter": ("rent_receipt", "blind3", receipt_z_letter),
    "receipt_z_agency": ("rent_receipt", "blind3", receipt_z_agency),
    "receipt_z_book": ("rent_receipt", "blind3", receipt_z_book),
    "receipt_z_social": ("rent_receipt", "blind3", receipt_z_social),
    "receipt_z_portal": ("rent_receipt", "blind3", receipt_z_portal),
    "hosting_z_hand": ("hosting_certificate", "blind3", hosting_z_hand),
    "hosting_z_typed": ("hosting_certificate", "blind3", hosting_z_typed),
    "lease_z_loi89": ("lease", "blind3", lease_z_loi89),
}

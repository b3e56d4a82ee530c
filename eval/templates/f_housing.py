"""Fresh-half housing documents: four rent-receipt styles (tenant-portal printout, carbon receipt
book filled by hand, SCI letter, social-landlord receipt with a payment stub), a hosting
certificate and a two-page lease. Loi du 6 juillet 1989 art. 21: a receipt states the rent and
charges separately for the period paid. All names and amounts are invented.
"""

from __future__ import annotations

from codes import dmy, last_day, long_fr, month_fr
from render import GREY, Page, logo


def eur(v: float) -> str:
    return ("%.2f" % v).replace(".", ",") + " €"


def _period(ym: str) -> tuple[str, str]:
    return ym + "-01", "%s-%02d" % (ym, last_day(ym))


# ---- 1. tenant portal printout (digital) ---------------------------------------------------
def receipt_portal(d: dict) -> list[Page]:
    ag = d["agency"]
    a, b = _period(d["month"])
    p = Page()
    p.rect((0, 0, 1654, 120), outline=None, fill=(245, 246, 250))
    logo(p, "house", 100, 25, 70, ag["col"])
    p.text(195, 78, ag["name"], 34, "sans-b", ag["col"])
    p.text(1554, 78, "Espace locataire  ›  Mes documents", 24, "sans", GREY, align="r")
    p.text(100, 260, "Quittance de loyer", 52, "light")
    p.text(100, 320, "%s %s" % (month_fr(d["month"]).capitalize(), d["month"][:4]), 34, "sans-b", ag["col"])
    p.text(100, 420, "Locataire", 22, "sans", GREY)
    p.text(100, 460, "%s %s" % (d["tenant_title"], d["tenant"]), 30, "sans-b")
    p.lines(100, 500, d["address"], 26, "sans")
    p.text(900, 420, "Bailleur (mandant)", 22, "sans", GREY)
    p.text(900, 460, d["landlord"]["name"], 28, "sans")
    p.text(900, 500, "représenté par %s" % ag["name"], 22, "sans-i")
    p.text(900, 535, "%s, %s" % (ag["street"], ag["town"]), 22, "sans")
    rows = [
        ["Libellé", "Période", "Montant"],
        ["Loyer principal", "%s → %s" % (dmy(a), dmy(b)), eur(d["rent"])],
        ["Provision sur charges", "%s → %s" % (dmy(a), dmy(b)), eur(d["charges"])],
        ["Total réglé", "", eur(d["rent"] + d["charges"])],
    ]
    y = p.table(
        100,
        640,
        [640, 520, 294],
        rows,
        size=26,
        f="sans",
        hf="sans-b",
        head_fill=(235, 238, 246),
        aligns="lcr",
        grid=False,
        zebra=(250, 250, 252),
    )
    p.line(100, y, 1554, y, ag["col"], 3)
    txt = (
        "Nous déclarons avoir reçu de %s %s la somme de %s au titre du loyer et des charges du logement "
        "désigné ci-dessus pour la période du %s au %s, et lui en donnons quittance, sous réserve de tous nos droits."
        % (d["tenant_title"], d["tenant"], eur(d["rent"] + d["charges"]), dmy(a), dmy(b))
    )
    y = p.wrap(100, y + 90, 1454, txt, 26, "sans", leading=1.55)
    p.text(
        100,
        y + 40,
        "Paiement reçu le %s par prélèvement — référence %s, lot %s" % (dmy(d["paid"]), d["ref"], d["lot"]),
        22,
        "sans",
        GREY,
    )
    p.text(
        100,
        2240,
        "%s — %s — SIRET %s — %s" % (ag["name"], ag["town"], ag["siret"], ag["cpi"]),
        18,
        "sans",
        GREY,
    )
    p.text(1554, 2240, "Document généré le %s" % dmy(d["paid"]), 18, "sans", GREY, align="r")
    return [p]


# ---- 2. carbon receipt book, hand-filled -------------------------------------------------------
def receipt_carbon(d: dict) -> list[Page]:
    ll = d["landlord"]
    a, b = _period(d["month"])
    s = d["seed"]
    ink = (30, 40, 140)
    p = Page((1654, 1100), bg=(250, 247, 236))
    p.rect((40, 40, 1614, 1060), outline=(60, 60, 60), width=3)
    p.rect((40, 40, 360, 1060), outline=(60, 60, 60), width=2)
    p.text(200, 110, "SOUCHE", 24, "sans-b", align="c")
    p.handwriting(70, 200, d["month"][5:] + "/" + d["month"][:4], 28, ink, s)
    p.handwriting(70, 260, d["tenant"].split()[-1], 26, ink, s + 1)
    p.handwriting(70, 320, eur(d["rent"] + d["charges"]), 26, ink, s + 2)
    p.text(1580, 110, "N° %03d" % (s % 1000), 30, "mono-b", (170, 30, 30), align="r")
    p.text(400, 120, "QUITTANCE DE LOYER", 44, "serif-b")
    p.text(400, 200, "Reçu de M., Mme", 26, "serif")
    p.handwriting(640, 200, "%s %s" % (d["tenant_title"], d["tenant"]), 34, ink, s)
    p.line(630, 212, 1580, 212, (120, 120, 120), 1)
    p.text(400, 280, "la somme de", 26, "serif")
    p.handwriting(580, 280, eur(d["rent"] + d["charges"]), 34, ink, s + 3)
    p.line(570, 292, 1580, 292, (120, 120, 120), 1)
    p.text(400, 360, "pour loyer et charges du logement situé", 26, "serif")
    p.handwriting(400, 430, "%s, %s" % (d["address"][0], d["address"][1]), 30, ink, s + 4)
    p.line(390, 442, 1580, 442, (120, 120, 120), 1)
    p.text(400, 510, "pour la période du", 26, "serif")
    p.handwriting(650, 510, dmy(a), 32, ink, s + 6)
    p.text(900, 510, "au", 26, "serif")
    p.handwriting(960, 510, dmy(b), 32, ink, s + 7)
    p.text(400, 600, "Loyer :", 26, "serif")
    p.handwriting(520, 600, eur(d["rent"]), 30, ink, s + 8)
    p.text(900, 600, "Charges :", 26, "serif")
    p.handwriting(1040, 600, eur(d["charges"]), 30, ink, s + 9)
    p.text(400, 690, "Fait à", 26, "serif")
    p.handwriting(500, 690, ll["town"], 30, ink, s + 10)
    p.text(800, 690, "le", 26, "serif")
    p.handwriting(850, 690, dmy(d["paid"]), 30, ink, s + 11)
    p.text(400, 780, "Le bailleur :", 26, "serif")
    p.handwriting(580, 780, ll["name"], 40, ink, s + 12)
    p.signature(1150, 900, 300, ink, seed=s % 17)
    p.text(400, 1030, "Modèle 1089 — carnet de 50 quittances autocopiantes", 18, "sans", GREY)
    return [p]


# ---- 3. SCI letter, landlord name large ---------------------------------------------------------
def receipt_sci(d: dict) -> list[Page]:
    ll = d["landlord"]
    a, b = _period(d["month"])
    sci = "SCI %s PATRIMOINE" % ll["name"].split()[-1]
    p = Page()
    p.text(120, 170, sci, 60, "serif-b", (90, 60, 20))
    p.text(
        120, 220, "Gérant : %s  ·  %s, %s" % (ll["name"], ll["address"][0], ll["address"][1]), 24, "serif-i"
    )
    p.text(120, 255, "RCS Lyon %s  ·  capital 1 000 €" % d["ref"][1:], 20, "sans", GREY)
    p.line(120, 280, 1534, 280, (90, 60, 20), 4)
    p.lines(1000, 420, ["%s %s" % (d["tenant_title"], d["tenant"]), *d["address"]], 24, "sans")
    p.text(1000, 600, "%s, le %s" % (ll["town"], long_fr(d["paid"])), 24, "sans")
    p.text(
        120, 720, "Objet : quittance de loyer — %s %s" % (month_fr(d["month"]), d["month"][:4]), 30, "sans-b"
    )
    txt = (
        "%s, %s gérant(e) de la %s, bailleresse du logement situé %s, %s, déclare avoir reçu de %s %s "
        "la somme de %s, soit %s de loyer hors charges et %s de provision pour charges, pour la période "
        "du %s au %s, et lui en donne quittance, sous réserve de tous droits."
        % (
            "Je soussignée" if ll["f"] else "Je soussigné",
            ll["name"],
            sci,
            d["address"][0],
            d["address"][1],
            d["tenant_title"],
            d["tenant"],
            eur(d["rent"] + d["charges"]),
            eur(d["rent"]),
            eur(d["charges"]),
            long_fr(a),
            long_fr(b),
        )
    )
    y = p.wrap(120, 820, 1414, txt, 28, "serif", leading=1.7)
    p.text(
        120,
        y + 60,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte.",
        22,
        "serif-i",
        GREY,
    )
    p.text(1100, y + 200, "Pour la %s," % sci, 26, "serif")
    p.text(1100, y + 240, ll["name"], 26, "serif")
    p.signature(1120, y + 340, 300, seed=d["seed"] % 23)
    return [p]


# ---- 4. social landlord: receipt + tear-off payment stub -----------------------------------
def receipt_hlm(d: dict) -> list[Page]:
    so = d["social"]
    a, b = _period(d["month"])
    p = Page()
    p.rect((100, 90, 1554, 230), outline=None, fill=so["col"])
    p.text(130, 160, so["name"], 40, "sans-b", (255, 255, 255))
    p.text(130, 205, so["seat"], 22, "sans", (255, 255, 255))
    p.text(100, 330, "QUITTANCE", 44, "cond-b", so["col"])
    p.text(100, 380, "Période : %s %s" % (month_fr(d["month"]).upper(), d["month"][:4]), 30, "cond-b")
    p.text(1000, 300, "N° locataire : %s" % d["ref"], 24, "mono")
    p.text(1000, 340, "Logement : %s" % d["lot"], 24, "mono")
    p.lines(1000, 420, [d["tenant"].upper(), *d["address"]], 26, "cond")
    rows = [
        ["Désignation", "Base", "Montant"],
        ["Loyer du %s au %s" % (dmy(a), dmy(b)), "", eur(d["rent"])],
        ["Charges récupérables (provision)", "", eur(d["charges"])],
        ["Réduction de loyer de solidarité", "", "0,00 €"],
        ["Aide personnalisée au logement", "", "0,00 €"],
        ["TOTAL DE LA PÉRIODE", "", eur(d["rent"] + d["charges"])],
        ["Règlement reçu le %s" % dmy(d["paid"]), "", "- " + eur(d["rent"] + d["charges"])],
        ["SOLDE", "", "0,00 €"],
    ]
    y = p.table(
        100,
        620,
        [900, 200, 354],
        rows,
        size=26,
        f="cond",
        hf="cond-b",
        head_fill=(230, 230, 230),
        aligns="lcr",
    )
    p.wrap(
        100,
        y + 70,
        1454,
        "Pour acquit : le bailleur donne quittance au locataire désigné ci-dessus des sommes réglées pour la période indiquée.",
        24,
        "cond-i",
    )
    for x in range(100, 1554, 30):
        p.line(x, y + 260, x + 15, y + 260, (120, 120, 120), 2)
    p.text(100, y + 240, "✂", 30, "sans")
    p.text(100, y + 340, "TALON À CONSERVER — AVIS D'OPÉRATION", 24, "cond-b")
    p.text(100, y + 390, "Prélèvement SEPA — ICS FR12ZZZ%s — RUM %s" % (d["ref"][1:], d["lot"]), 22, "mono")
    p.text(
        100,
        y + 440,
        "Montant prélevé : %s le %s" % (eur(d["rent"] + d["charges"]), dmy(d["paid"])),
        22,
        "mono",
    )
    return [p]


# ---- hosting certificate ---------------------------------------------------------------------
def hosting_boxed(d: dict) -> list[Page]:
    h = d["host"]
    p = Page()
    p.text(827, 200, "ATTESTATION D'HÉBERGEMENT", 48, "sans-b", align="c")
    p.text(
        827,
        250,
        "(à joindre : copie de la pièce d'identité de l'hébergeant et justificatif de domicile)",
        22,
        "sans-i",
        GREY,
        align="c",
    )
    p.rect((120, 330, 1534, 700), outline=(0, 0, 0), width=2)
    p.text(140, 380, "L'HÉBERGEANT", 26, "sans-b")
    p.label_value(140, 450, "Nom et prénom :", h["name"], 28)
    p.label_value(140, 510, "Né(e) le :", "%s à %s" % (dmy(h["birth"]), h["birthplace"]), 28)
    p.label_value(140, 570, "Demeurant :", ", ".join(d["address"]), 28)
    p.rect((120, 740, 1534, 1060), outline=(0, 0, 0), width=2)
    p.text(140, 790, "LA PERSONNE HÉBERGÉE", 26, "sans-b")
    p.label_value(140, 860, "Nom et prénom :", "%s %s" % (d["guest_title"], d["guest"]), 28)
    p.label_value(140, 920, "Né(e) le :", "%s à %s" % (dmy(d["guest_birth"]), d["guest_place"]), 28)
    txt = (
        "Je soussigné(e) %s certifie sur l'honneur héberger à mon domicile, %s, %s %s, "
        "à titre gratuit, de façon continue, depuis le %s et jusqu'à ce jour."
        % (h["name"], ", ".join(d["address"]), d["guest_title"], d["guest"], long_fr(d["since"]))
    )
    y = p.wrap(120, 1160, 1414, txt, 30, "serif", leading=1.7)
    y = p.wrap(
        120,
        y + 30,
        1414,
        "J'ai connaissance que toute fausse déclaration m'expose aux sanctions prévues par l'article 441-7 du code pénal.",
        24,
        "serif-i",
    )
    p.text(120, y + 90, "Fait à %s, le %s" % (d["town"], dmy(d["date"])), 28, "serif")
    p.text(1100, y + 90, "Signature de l'hébergeant :", 24, "sans")
    p.signature(1130, y + 200, 260, seed=d["seed"] % 19)
    p.text(120, y + 300, "Pièce jointe : copie CNI n° %s" % (d["seed"] * 7919 % 10**9), 22, "sans", GREY)
    return [p]


# ---- two-page lease ---------------------------------------------------------------------------
def lease_numbered(d: dict) -> list[Page]:
    ll = d["landlord"]
    p1, p2 = Page(), Page()
    p1.text(827, 160, "CONTRAT DE LOCATION", 46, "scond-b", align="c")
    p1.text(
        827,
        205,
        "Logement nu à usage de résidence principale — loi n° 89-462 du 6 juillet 1989",
        22,
        "scond-i",
        align="c",
    )
    secs = [
        (
            "I. DÉSIGNATION DES PARTIES",
            [
                "Le bailleur : %s, demeurant %s." % (ll["name"], ", ".join(ll["address"])),
                "Le locataire : %s." % d["tenant"],
            ],
        ),
        (
            "II. OBJET DU CONTRAT",
            [
                "Logement situé %s. Type T2, surface habitable 41 m², chauffage individuel électrique."
                % ", ".join(d["address"])
            ],
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE",
            [
                "Le contrat prend effet le %s pour une durée de trois ans, renouvelable tacitement."
                % long_fr(d["start"])
            ],
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            [
                "Loyer mensuel hors charges : %s. Provision sur charges : %s, régularisée annuellement. Paiement mensuel à terme échu, le 5 de chaque mois."
                % (eur(d["rent"]), eur(d["charges"]))
            ],
        ),
        ("V. DÉPÔT DE GARANTIE", ["Un mois de loyer hors charges, soit %s." % eur(d["rent"])]),
    ]
    y = 320
    for t, paras in secs:
        p1.rect((120, y - 40, 1534, y + 12), outline=None, fill=(232, 232, 225))
        p1.text(135, y, t, 26, "scond-b")
        y += 70
        for para in paras:
            y = p1.wrap(135, y, 1390, para, 26, "scond", leading=1.6) + 20
        y += 30
    p1.text(827, 2260, "Paraphes : ____ / ____        page 1/2", 20, "scond", GREY, align="c")
    y = 200
    for t, para in [
        ("VI. TRAVAUX", "Néant."),
        (
            "VII. CLAUSE RÉSOLUTOIRE",
            "À défaut de paiement du loyer ou des charges, le bail sera résilié de plein droit deux mois après un commandement de payer demeuré infructueux.",
        ),
        (
            "VIII. ANNEXES",
            "Diagnostic de performance énergétique, état des lieux d'entrée, notice d'information, règlement de copropriété (extraits).",
        ),
    ]:
        p2.rect((120, y - 40, 1534, y + 12), outline=None, fill=(232, 232, 225))
        p2.text(135, y, t, 26, "scond-b")
        y = p2.wrap(135, y + 70, 1390, para, 26, "scond", leading=1.6) + 50
    p2.text(
        135, y + 60, "Fait en deux exemplaires à %s, le %s." % (ll["town"], long_fr(d["signed"])), 26, "scond"
    )
    for k, who in enumerate(("Le bailleur", "Le locataire")):
        x = 200 + k * 700
        p2.text(x, y + 160, who, 26, "scond-b")
        p2.text(x, y + 200, "« Lu et approuvé »", 24, "scond-i")
        p2.signature(x + 20, y + 300, 260, seed=d["start"].count("0") + k * 5)
    p2.text(827, 2260, "page 2/2", 20, "scond", GREY, align="c")
    return [p1, p2]


TEMPLATES = {
    "receipt_portal": ("rent_receipt", "fresh", receipt_portal),
    "receipt_carbon": ("rent_receipt", "fresh", receipt_carbon),
    "receipt_sci": ("rent_receipt", "fresh", receipt_sci),
    "receipt_hlm": ("rent_receipt", "fresh", receipt_hlm),
    "hosting_boxed": ("hosting_certificate", "fresh", hosting_boxed),
    "lease_numbered": ("lease", "fresh", lease_numbered),
}

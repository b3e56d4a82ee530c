"""blind5 housing: 3 rent-receipt styles (portal, agency, hand-written), hosting certificate, 3-page lease."""

from __future__ import annotations

from codes import add_months, last_day, long_fr, month_fr
from render import Page, logo
from x_kit import INK, d, eur, foot, head_band, kv


def _period(ym):
    return "01/%s/%s au %02d/%s/%s" % (ym[5:], ym[:4], last_day(ym), ym[5:], ym[:4])


def r_portal(data: dict) -> list[Page]:
    p = Page()
    y = head_band(
        p, "Mon Espace Locataire", "Quittance n° %s-%s" % (data["ref"], data["month"][5:]), (0, 100, 120)
    )
    p.text(
        90,
        y + 40,
        "QUITTANCE DE LOYER — %s %s" % (month_fr(data["month"]).upper(), data["month"][:4]),
        34,
        "sans-b",
    )
    y = kv(
        p,
        90,
        y + 130,
        [
            ("Bailleur", data["landlord"]["name"]),
            ("Adresse du bailleur", ", ".join(data["landlord"]["address"])),
            ("Locataire", "%s %s" % (data["tenant_title"], data["tenant"])),
            ("Logement", ", ".join(data["address"])),
            ("Période", _period(data["month"])),
            ("Lot", data["lot"]),
        ],
        26,
        420,
    )
    y = p.table(
        90,
        y + 30,
        [900, 574],
        [
            ["Désignation", "Montant"],
            ["Loyer hors charges", eur(data["rent"])],
            ["Provision pour charges", eur(data["charges"])],
            ["Total payé", eur(data["rent"] + data["charges"])],
        ],
        26,
        aligns="lr",
    )
    p.wrap(
        90,
        y + 70,
        p.w - 180,
        "Paiement reçu le %s. Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte sur la période."
        % d(data["paid"]),
        24,
    )
    foot(p, "Document généré le %s — mon-espace-locataire.example" % d(data["paid"]))
    return [p]


def r_agency(data: dict) -> list[Page]:
    a = data["agency"]
    p = Page()
    logo(p, "house", 90, 80, 110, a["col"])
    p.text(230, 120, a["name"], 34, "sans-b", a["col"])
    p.text(230, 160, "%s, %s — %s" % (a["street"], a["town"], a["cpi"]), 20)
    p.text(p.w - 90, 300, "Avis d'échéance valant quittance", 30, "serif-b", align="r")
    p.lines(900, 420, ["%s %s" % (data["tenant_title"], data["tenant"]), *data["address"]], 26)
    y = kv(
        p,
        90,
        650,
        [
            ("Propriétaire", data["landlord"]["name"]),
            ("Référence locataire", data["ref"]),
            ("Terme", "%s %s" % (month_fr(data["month"]), data["month"][:4])),
            ("Date de règlement", d(data["paid"])),
        ],
        26,
        420,
    )
    y = p.table(
        90,
        y + 40,
        [1000, 474],
        [
            ["Libellé", "Montant"],
            ["Loyer", eur(data["rent"])],
            ["Charges", eur(data["charges"])],
            ["Solde", "0,00 €"],
        ],
        24,
        aligns="lr",
        head_fill=(235, 230, 225),
    )
    p.wrap(
        90,
        y + 70,
        p.w - 180,
        "Pour le compte du propriétaire, l'agence donne quittance au locataire de la somme de %s au titre du loyer et des charges de la période du %s."
        % (eur(data["rent"] + data["charges"]), _period(data["month"])),
        24,
    )
    foot(p, "%s — SIRET %s" % (a["name"], a["siret"]))
    return [p]


def r_hand(data: dict) -> list[Page]:
    p = Page((1654, 1170), bg=(252, 250, 240))
    for yy in range(160, 1120, 64):
        p.line(60, yy, p.w - 60, yy, (190, 200, 230), 1)
    p.text(p.w / 2, 110, "QUITTANCE DE LOYER", 36, "serif-b", align="c")
    s = data["seed"]
    tot = data["rent"] + data["charges"]
    rows = [
        "Je soussigné(e) %s, propriétaire," % data["landlord"]["name"],
        "déclare avoir reçu de %s %s" % (data["tenant_title"], data["tenant"]),
        "demeurant %s" % ", ".join(data["address"]),
        "la somme de %s (loyer %s + charges %s)" % (eur(tot), eur(data["rent"]), eur(data["charges"])),
        "pour le mois de %s %s, période du %s."
        % (month_fr(data["month"]), data["month"][:4], _period(data["month"])),
        "Fait à %s, le %s" % (data["landlord"]["town"], d(data["paid"])),
    ]
    for i, r in enumerate(rows):
        p.handwriting(90, 215 + i * 128, r, 32, INK, s + i)
    p.signature(1050, 1060, 300, seed=s % 13)
    return [p]


def hosting(data: dict) -> list[Page]:
    h = data["host"]
    p = Page()
    p.text(p.w / 2, 200, "ATTESTATION D'HÉBERGEMENT", 40, "serif-b", align="c")
    s = (
        "Je soussigné%s %s, né%s le %s à %s, demeurant %s, atteste sur l'honneur héberger à mon domicile, "
        "à titre gratuit, %s %s, né%s le %s à %s, depuis le %s."
        % (
            "e" if h["f"] else "",
            h["name"],
            "e" if h["f"] else "",
            d(h["birth"]),
            h["birthplace"],
            ", ".join(data["address"]),
            data["guest_title"],
            data["guest"],
            "e" if data["guest_f"] else "",
            d(data["guest_birth"]),
            data["guest_place"],
            long_fr(data["since"]),
        )
    )
    for i, ln in enumerate(_split(s, 62)):
        p.handwriting(150, 400 + i * 70, ln, 32, INK, data["seed"] + i)
    y = 400 + (i + 1) * 70 + 60
    p.handwriting(150, y, "Fait pour servir et valoir ce que de droit.", 32, INK, 2)
    p.handwriting(150, y + 100, "À %s, le %s" % (data["town"], d(data["date"])), 32, INK, 5)
    p.signature(1000, y + 250, 300, seed=data["seed"] % 7)
    p.text(
        150,
        y + 400,
        "Pièces jointes : copie de la pièce d'identité de l'hébergeant, justificatif de domicile.",
        22,
        "sans-i",
        (90, 90, 90),
    )
    return [p]


def _split(s, n):
    out, cur = [], ""
    for w in s.split():
        if len(cur) + len(w) + 1 > n and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    return out + [cur]


def lease(data: dict) -> list[Page]:
    L = data["landlord"]
    pages = []
    p = Page()
    p.text(p.w / 2, 190, "CONTRAT DE LOCATION", 40, "serif-b", align="c")
    p.text(p.w / 2, 240, "Logement vide — loi n° 89-462 du 6 juillet 1989", 22, "serif-i", align="c")
    y = p.text(90, 360, "I. DÉSIGNATION DES PARTIES", 28, "sans-b") and 420
    y = kv(
        p,
        90,
        420,
        [
            ("Bailleur", L["name"]),
            ("Domicile du bailleur", ", ".join(L["address"])),
            ("Locataire", data["tenant"]),
        ],
        26,
        400,
    )
    p.text(90, y + 40, "II. OBJET DU CONTRAT", 28, "sans-b")
    y = kv(
        p,
        90,
        y + 110,
        [
            ("Adresse du logement", ", ".join(data["address"])),
            ("Type", "Appartement T2, 41 m², 3e étage"),
            ("Usage", "Habitation principale"),
        ],
        26,
        400,
    )
    p.text(90, y + 40, "III. DATE DE PRISE D'EFFET ET DURÉE", 28, "sans-b")
    kv(
        p,
        90,
        y + 110,
        [("Prise d'effet", long_fr(data["start"])), ("Durée", "3 ans, reconduction tacite")],
        26,
        400,
    )
    foot(p, "Paraphes : ______   ______        page 1/3")
    pages.append(p)
    p = Page()
    p.text(90, 200, "IV. CONDITIONS FINANCIÈRES", 28, "sans-b")
    y = kv(
        p,
        90,
        270,
        [
            ("Loyer mensuel hors charges", eur(data["rent"])),
            ("Provision sur charges", eur(data["charges"])),
            ("Échéance", "le 5 de chaque mois, d'avance"),
            ("Dépôt de garantie", eur(data["rent"])),
        ],
        26,
        500,
    )
    p.text(90, y + 40, "V. GARANTIES ET CLAUSES", 28, "sans-b")
    p.wrap(
        90,
        y + 110,
        p.w - 180,
        "Le locataire est tenu de s'assurer contre les risques locatifs et d'en justifier lors de la remise des clés puis chaque année. Le présent contrat sera résilié de plein droit à défaut de paiement du loyer ou des charges aux termes convenus. "
        * 2,
        24,
    )
    foot(p, "Paraphes : ______   ______        page 2/3")
    pages.append(p)
    p = Page()
    p.text(90, 200, "VI. SIGNATURES", 28, "sans-b")
    p.text(90, 280, "Fait en deux exemplaires, le %s" % long_fr(data["signed"]), 26)
    p.text(150, 400, "Le bailleur", 24, "sans-b")
    p.text(950, 400, "Le locataire", 24, "sans-b")
    p.text(150, 440, "« Lu et approuvé »", 22, "sans-i")
    p.text(950, 440, "« Lu et approuvé »", 22, "sans-i")
    p.signature(150, 560, 280, seed=1)
    p.signature(950, 560, 280, seed=8)
    p.text(
        90, 760, "Annexes : état des lieux, diagnostic de performance énergétique, notice d'information.", 22
    )
    foot(p, "page 3/3")
    pages.append(p)
    _ = add_months
    return pages


TEMPLATES = {
    "receipt_x_portal": ("rent_receipt", "blind5", r_portal),
    "receipt_x_agency": ("rent_receipt", "blind5", r_agency),
    "receipt_x_hand": ("rent_receipt", "blind5", r_hand),
    "hosting_x_hand": ("hosting_certificate", "blind5", hosting),
    "lease_x_3p": ("lease", "blind5", lease),
}

"""blind8 housing: 3 rent receipts (private landlord letter, agency quittance, tenant web portal print),
hosting certificate, 2-page lease."""

from __future__ import annotations

from codes import add_months, dmy, last_day, long_fr
from render import Page, logo
from u_kit import eur, month_label, period, qr, rstamp, ruled


def receipt_u_letter(d: dict) -> list[Page]:
    """Private landlord, typed letter: 'Quittance de loyer' with the legal wording."""
    ll, ym = d["landlord"], d["month"]
    p = Page()
    p.lines(120, 150, [ll["name"], *ll["address"]], 24, "sans")
    p.lines(900, 330, ["%s %s" % (d["tenant_title"], d["tenant"]), *d["address"]], 24, "sans")
    p.text(900, 520, "%s, le %s" % (ll["town"], long_fr(d["paid"])), 22, "sans")
    p.text(120, 640, "Objet : quittance de loyer — %s" % month_label(ym), 26, "sans-b")
    tot = d["rent"] + d["charges"]
    txt = (
        "Je soussigné%s %s, propriétaire du logement situé %s, déclare avoir reçu de %s %s la somme de %s "
        "au titre du loyer et des charges pour la période %s, et lui en donne quittance, sous réserve de "
        "tous mes droits."
        % (
            "e" if ll["f"] else "",
            ll["name"],
            ", ".join(d["address"]),
            d["tenant_title"],
            d["tenant"],
            eur(tot),
            period(ym),
        )
    )
    y = p.wrap(120, 730, 1414, txt, 25, leading=1.6) + 40
    rows = [
        ["Détail", "Montant"],
        ["Loyer principal", eur(d["rent"])],
        ["Provision pour charges", eur(d["charges"])],
        ["Total reçu", eur(tot)],
    ]
    y = p.table(120, y, [900, 400], rows, size=24, aligns="lr") + 50
    p.text(120, y, "Paiement reçu le %s." % dmy(d["paid"]), 23)
    p.wrap(
        120,
        y + 60,
        1414,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte sur la période. "
        "Le paiement de la présente n'emporte pas présomption de paiement des termes antérieurs.",
        19,
        "sans-i",
    )
    p.signature(1050, y + 250, 260, seed=d["seed"])
    return [p]


def receipt_u_agency(d: dict) -> list[Page]:
    """Agency 'avis d'échéance valant quittance' with a header band and tenant account table."""
    a, ym = d["agency"], d["month"]
    p = Page()
    p.rect((0, 0, p.w, 210), outline=None, fill=a["col"])
    logo(p, "house", 100, 50, 110, (255, 255, 255), a["col"])
    p.text(250, 110, a["name"], 40, "sans-b", (255, 255, 255))
    p.text(250, 160, "%s — %s · %s" % (a["street"], a["town"], a["cpi"]), 19, "sans", (255, 255, 255))
    p.text(120, 320, "QUITTANCE DE LOYER", 40, "sans-b", a["col"])
    p.text(120, 370, "Période : %s" % period(ym), 26, "sans-b")
    p.lines(
        120,
        440,
        [
            "Propriétaire : %s (mandat de gestion)" % d["landlord"]["name"],
            "Lot : %s   ·   Réf. locataire : %s" % (d["lot"], d["ref"]),
        ],
        22,
    )
    p.rect((900, 420, 1540, 620), outline=(120, 120, 120), width=1)
    p.lines(930, 470, ["%s %s" % (d["tenant_title"], d["tenant"]), *d["address"]], 23, "sans-b")
    rows = [
        ["Date", "Libellé", "Débit", "Crédit"],
        ["01/%s/%s" % (ym[5:7], ym[:4]), "Loyer %s" % month_label(ym), eur(d["rent"]), ""],
        ["01/%s/%s" % (ym[5:7], ym[:4]), "Provision sur charges", eur(d["charges"]), ""],
        [dmy(d["paid"]), "Votre règlement — merci", "", eur(d["rent"] + d["charges"])],
        ["", "Solde", "0,00 €", ""],
    ]
    y = p.table(120, 700, [220, 700, 250, 244], rows, size=22, aligns="llrr", head_fill=(235, 238, 242)) + 60
    y = p.wrap(
        120,
        y,
        1414,
        "Pour acquit de la somme de %s reçue le %s, valant quittance pour la période du 1er au %d %s %s, "
        "sous réserve d'encaissement."
        % (eur(d["rent"] + d["charges"]), dmy(d["paid"]), last_day(ym), month_label(ym).split()[0], ym[:4]),
        22,
    )
    rstamp(p, 1050, y + 60, ["PAYÉ", a["name"].upper()[:28]], color=a["col"])
    p.text(
        827,
        2250,
        "%s · SIRET %s · Garantie financière et assurance RCP" % (a["name"], a["siret"]),
        16,
        "sans",
        (100, 100, 100),
        align="c",
    )
    return [p]


def receipt_u_portal(d: dict) -> list[Page]:
    """A page printed from the tenant's online space of a social landlord."""
    s, ym = d["social"], d["month"]
    p = Page()
    p.text(
        60,
        40,
        "https://monespace.%s.fr/locataire/documents/quittances" % s["name"].split()[0].lower(),
        15,
        "mono",
        (90, 90, 90),
    )
    p.text(1594, 40, dmy(add_months(ym, 1) + "-10") + " 09:14", 15, "mono", (90, 90, 90), align="r")
    p.rect((60, 70, 1594, 190), outline=None, fill=s["col"])
    p.text(100, 145, s["name"] + " · Mon espace locataire", 34, "sans-b", (255, 255, 255))
    p.text(100, 280, "Quittance de loyer de %s" % month_label(ym), 34, "sans-b")
    p.text(100, 330, "Document généré le %s" % dmy(d["paid"]), 20, "sans", (90, 90, 90))
    p.lines(
        100,
        420,
        [
            "Locataire : %s" % d["tenant"],
            "Logement : %s, %s" % tuple(d["address"]),
            "Contrat n° %s · Lot %s" % (d["ref"], d["lot"]),
        ],
        23,
    )
    rows = [
        ["Élément", "Montant"],
        ["Loyer", eur(d["rent"])],
        ["Charges récupérables", eur(d["charges"])],
        ["Aide au logement (APL)", "0,00 €"],
        ["Total réglé", eur(d["rent"] + d["charges"])],
    ]
    y = (
        p.table(
            100,
            580,
            [1000, 454],
            rows,
            size=23,
            aligns="lr",
            head_fill=(230, 240, 238),
            zebra=(247, 247, 247),
        )
        + 60
    )
    p.wrap(
        100,
        y,
        1454,
        "%s atteste avoir reçu le paiement intégral du loyer et des charges de la période %s, "
        "et délivre la présente quittance." % (s["name"], period(ym)),
        22,
    )
    qr(p, 1350, y + 120, 200, d["seed"])
    p.text(100, 2250, "%s — %s" % (s["name"], s["seat"]), 16, "sans", (100, 100, 100))
    return [p]


def hosting_u_hand(d: dict) -> list[Page]:
    """Hand-written 'attestation d'hébergement' on ruled paper."""
    h = d["host"]
    p = Page(bg=(252, 252, 246))
    ruled(p, 200, 66, margin=160)
    s = d["seed"]
    y = 260
    p.handwriting(560, y, "Attestation d'hébergement", 40, seed=s)
    y += 132
    lines = [
        "Je soussigné%s %s," % ("e" if h["f"] else "", h["name"]),
        "né%s le %s à %s," % ("e" if h["f"] else "", dmy(h["birth"]), h["birthplace"]),
        "demeurant %s, %s," % tuple(d["address"]),
        "atteste sur l'honneur héberger à mon domicile",
        "%s %s, né%s le %s"
        % (d["guest_title"], d["guest"], "e" if d["guest_f"] else "", dmy(d["guest_birth"])),
        "à %s, depuis le %s et à ce jour." % (d["guest_place"], dmy(d["since"])),
        "Je joins la copie de ma pièce d'identité et un justificatif",
        "de domicile à mon nom.",
        "Fait pour servir et valoir ce que de droit.",
        "",
        "Fait à %s, le %s" % (d["town"], dmy(d["date"])),
    ]
    for i, ln in enumerate(lines):
        p.handwriting(200, y, ln, 31, seed=s + i)
        y += 66
    p.signature(1000, y + 120, 300, seed=s)
    return [p]


def lease_u_two(d: dict) -> list[Page]:
    ll = d["landlord"]
    p1, p2 = Page(), Page()
    p1.text(827, 170, "CONTRAT DE LOCATION", 40, "serif-b", align="c")
    p1.text(
        827,
        215,
        "Logement vide à usage de résidence principale — loi n° 89-462 du 6 juillet 1989",
        20,
        "serif-i",
        align="c",
    )
    y = 320
    sections = [
        (
            "I. Désignation des parties",
            "Le bailleur : %s, demeurant %s. Le locataire : %s."
            % (ll["name"], ", ".join(ll["address"]), d["tenant"]),
        ),
        (
            "II. Objet du contrat",
            "Logement situé %s ; type T2, surface habitable 41 m², cave n° 12. Usage exclusif d'habitation principale."
            % ", ".join(d["address"]),
        ),
        (
            "III. Date de prise d'effet et durée",
            "Le contrat prend effet le %s pour une durée de trois ans, renouvelable par tacite reconduction."
            % long_fr(d["start"]),
        ),
        (
            "IV. Conditions financières",
            "Loyer mensuel hors charges : %s. Provision mensuelle sur charges : %s, régularisée annuellement. "
            "Paiement mensuel à terme échu, le 5 de chaque mois. Dépôt de garantie : %s."
            % (eur(d["rent"]), eur(d["charges"]), eur(d["rent"])),
        ),
    ]
    for t, body in sections:
        p1.text(120, y, t, 26, "serif-b")
        y = p1.wrap(120, y + 45, 1414, body, 23, "serif", leading=1.6) + 40
    p1.text(1534, 2250, "Paraphes : ____  ____   — page 1/2", 18, "serif-i", align="r")
    y = 200
    for t, body in [
        ("V. Travaux", "Néant."),
        ("VI. Garanties", "Sans caution."),
        (
            "VII. Clause résolutoire",
            "À défaut de paiement du loyer ou des charges aux termes convenus, le bail sera résilié de plein droit deux mois après un commandement demeuré infructueux.",
        ),
        (
            "VIII. Annexes",
            "Diagnostics techniques (DPE, ERP, CREP), notice d'information, état des lieux d'entrée.",
        ),
    ]:
        p2.text(120, y, t, 26, "serif-b")
        y = p2.wrap(120, y + 45, 1414, body, 23, "serif", leading=1.6) + 40
    p2.text(
        120, y + 40, "Fait en deux exemplaires à %s, le %s." % (ll["town"], long_fr(d["signed"])), 24, "serif"
    )
    p2.text(200, y + 140, "Le bailleur", 22, "serif-i")
    p2.text(1000, y + 140, "Le locataire", 22, "serif-i")
    p2.text(200, y + 180, "« Lu et approuvé »", 20, "sans-i", (20, 30, 110))
    p2.text(1000, y + 180, "« Lu et approuvé »", 20, "sans-i", (20, 30, 110))
    p2.signature(200, y + 280, 240, seed=3)
    p2.signature(1000, y + 280, 240, seed=8)
    p2.text(1534, 2250, "page 2/2", 18, "serif-i", align="r")
    return [p1, p2]


TEMPLATES = {
    "receipt_u_letter": ("rent_receipt", "blind8", receipt_u_letter),
    "receipt_u_agency": ("rent_receipt", "blind8", receipt_u_agency),
    "receipt_u_portal": ("rent_receipt", "blind8", receipt_u_portal),
    "hosting_u_hand": ("hosting_certificate", "blind8", hosting_u_hand),
    "lease_u_two": ("lease", "blind8", lease_u_two),
}

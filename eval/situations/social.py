# ruff: noqa: PLR0915, PLR0917
"""Domiciliation attestations (cerfa 16030 and local versions) and CAF / MSA attestations."""

from __future__ import annotations

from common import (
    BLACK,
    BLUE,
    GREY,
    INK,
    LIGHT,
    WHITE,
    Canvas,
    Doc,
    long,
    marianne,
    month_name,
    num,
    signature,
    stamp,
    text_width,
)


def _value(c: Canvas, x: float, y: float, s: str, hand: bool, size: float = 9.5) -> None:
    if hand:
        c.hand(x, y, s, size + 2)
    else:
        c.text(x, y, s, size, "mono")


def _boxes(c: Canvas, x: float, y: float, s: str, hand: bool) -> None:
    """A date written in eight little boxes (jj mm aaaa)."""
    digits = s.replace("/", "")
    for i, ch in enumerate(digits):
        bx = x + i * 5.5 + (2 if i >= 2 else 0) + (2 if i >= 4 else 0)
        c.rect(bx, y - 5, bx + 5, y + 1, GREY, None, 0.2)
        if hand:
            c.hand(bx + 1.1, y - 0.5, ch, 11)
        else:
            c.text(bx + 2.5, y - 0.7, ch, 9.5, "mono", align="c")


def cerfa_16030(doc: Doc, p: dict) -> None:
    """The national form, typed or filled by hand by the domiciling body."""
    hand = p["hand"]
    c = doc.page()
    marianne(c, 14, 10, [], 6.5)
    c.rect(160, 12, 196, 24, BLACK, None, 0.4)
    c.text(178, 18, "cerfa", 10, "sansb", align="c")
    c.text(178, 22.5, "N° 16030*01", 7, "sans", align="c")
    c.text(112, 46, "ATTESTATION D'ÉLECTION DE DOMICILE", 13, "sansb", align="c")
    c.text(
        112,
        52,
        "Articles L. 264-1 et suivants du code de l'action sociale et des familles",
        7,
        "sansi",
        GREY,
        "c",
    )
    sections = [
        ("1", "ORGANISME DOMICILIATAIRE", 60),
        ("2", "PERSONNE DOMICILIÉE", 118),
        ("3", "ÉLECTION DE DOMICILE", 186),
    ]
    for n, title, y in sections:
        c.rect(14, y, 196, y + 7, None, (0.22, 0.22, 0.22))
        c.text(17, y + 5, f"{n}  {title}", 8.5, "sansb", WHITE)
    y = 74
    c.text(16, y, "Nom de l'organisme :", 8, "sans", GREY)
    _value(c, 55, y, p["org"], hand)
    c.text(16, y + 9, "Adresse :", 8, "sans", GREY)
    _value(c, 55, y + 9, p["org_address"][0], hand)
    _value(c, 55, y + 16, p["org_address"][1], hand)
    c.text(16, y + 26, "Agrément préfectoral n° :", 8, "sans", GREY)
    _value(c, 58, y + 26, p["agrement"], hand)
    c.text(110, y + 26, "CCAS / CIAS :", 8, "sans", GREY)
    c.rect(132, y + 22.5, 135.5, y + 26, BLACK, None, 0.2)
    if p["ccas"]:
        c.text(133.7, y + 25.6, "X", 8, "sansb", INK if hand else BLACK, "c")
    y = 132
    for label, value, dx in (
        ("Nom de naissance :", p["surname"], 55),
        ("Nom d'usage :", p.get("usage", ""), 55),
        ("Prénom(s) :", p["given"], 55),
    ):
        c.text(16, y, label, 8, "sans", GREY)
        if value:
            _value(c, dx, y, value, hand)
        c.line(dx, y + 1.2, 194, y + 1.2, LIGHT, 0.2)
        y += 9
    c.text(16, y, "Date de naissance :", 8, "sans", GREY)
    _boxes(c, 55, y, num(p["birth"]), hand)
    c.text(110, y, "Lieu :", 8, "sans", GREY)
    _value(c, 122, y, p["birthplace"], hand)
    y += 11
    c.text(16, y, "Nationalité :", 8, "sans", GREY)
    _value(c, 55, y, p["nationality"], hand)
    c.text(110, y, "Sexe :  F  /  M", 8, "sans", GREY)
    if hand:
        prefix = "Sexe :  F  /  " if p["sex"] == "M" else "Sexe :  "
        cx = 110 + text_width(prefix, 8) + text_width(p["sex"], 8) / 2
        c.ellipse(cx - 2.2, y - 4, cx + 2.2, y + 1.2, INK, None, 0.3)
    else:
        c.text(150, y, p["sex"], 9.5, "mono")
    y = 200
    c.text(16, y, "Date de l'élection de domicile :", 8.5, "sansb")
    _boxes(c, 75, y, num(p["elected"]), hand)
    y += 11
    c.text(16, y, "Date de fin de validité :", 8.5, "sansb")
    _boxes(c, 75, y, num(p["expiry"]), hand)
    y += 9
    c.wrap(
        16,
        y,
        178,
        "L'élection de domicile est valable un an ; elle est renouvelable. La personne domiciliée doit "
        "se présenter ou prendre contact avec l'organisme au moins une fois tous les trois mois.",
        7,
        "sansi",
    )
    y = 238
    c.text(16, y, "Fait à :", 8, "sans", GREY)
    _value(c, 30, y, p["city"], hand)
    c.text(80, y, "le", 8, "sans", GREY)
    _value(c, 86, y, num(p["issue"]), hand)
    c.text(16, y + 8, "Nom et qualité du signataire :", 8, "sans", GREY)
    _value(c, 60, y + 8, p["signer"], hand)
    stamp(c, 150, 262, 15, [p["org_short"], "DOMICILIATION", p["org_city"]])
    signature(c, 60, 270, 30)
    c.text(105, 291, "Cerfa 16030*01 - document remis à la personne domiciliée", 6.5, "sans", GREY, "c")


def ccas_letter(doc: Doc, p: dict) -> None:
    """A town's CCAS letterhead attestation, written as a letter."""
    c = doc.page()
    c.ellipse(16, 12, 40, 36, BLUE, (0.9, 0.93, 1.0), 0.6)
    c.text(28, 26, "CCAS", 8, "sansb", BLUE, "c")
    c.text(46, 20, p["org"], 12, "serifb", BLUE)
    c.text(46, 26, p["org_address"][0], 8.5, "serif")
    c.text(46, 31, p["org_address"][1], 8.5, "serif")
    c.text(46, 36, f"Tél. {p['phone']}", 8.5, "serif")
    c.line(16, 44, 194, 44, BLUE, 0.6)
    c.text(194, 56, f"{p['city']}, le {long(p['issue'])}", 10, "serif", align="r")
    c.text(16, 66, f"Réf. : DOM/{p['ref']}", 8.5, "serif", GREY)
    c.text(105, 86, "ATTESTATION D'ÉLECTION DE DOMICILE", 14, "serifb", align="c")
    c.text(105, 93, "(cerfa n° 16030*01 - domiciliation de droit commun)", 8.5, "serifi", GREY, "c")
    civ = "Monsieur" if p["sex"] == "M" else "Madame"
    ne = "né" if p["sex"] == "M" else "née"
    y = 112
    for para in (
        f"Le Centre communal d'action sociale certifie que {civ} {p['given']} {p['surname']}, "
        f"{ne} le {num(p['birth'])} à {p['birthplace']}, de nationalité {p['nat_lc']}, "
        f"a élu domicile auprès de ses services à compter du {long(p['elected'])}.",
        f"Adresse postale de l'intéressé{'e' if p['sex'] == 'F' else ''} :",
    ):
        y = c.wrap(20, y, 170, para, 10.5, "serif", 1.6) + 3
    c.rect(45, y - 2, 165, y + 18, GREY, None, 0.3)
    c.text(50, y + 5, f"{civ} {p['given']} {p['surname']}", 10, "serifb")
    c.text(50, y + 10.5, f"c/o {p['org']}", 9.5, "serif")
    c.text(50, y + 15.5, f"{p['org_address'][0]}, {p['org_address'][1]}", 9.5, "serif")
    y += 32
    y = c.wrap(
        20,
        y,
        170,
        f"Cette élection de domicile est valable jusqu'au {long(p['expiry'])}. Elle permet l'accès aux "
        "droits et prestations sociales, à l'exclusion de l'aide médicale de l'État le cas échéant.",
        10.5,
        "serif",
        1.6,
    )
    c.text(
        20, y + 8, "Ayants droit rattachés : " + (", ".join(p.get("dependants", [])) or "néant"), 9.5, "serif"
    )
    c.text(120, 222, "Pour le Président et par délégation,", 9.5, "serifi")
    c.text(120, 228, p["signer"], 9.5, "serif")
    stamp(c, 140, 252, 15, ["C.C.A.S.", p["org_city"], "DOMICILIATION"], BLUE)
    signature(c, 155, 256, 30)
    c.line(16, 280, 194, 280, LIGHT)
    c.text(
        105, 285, "Permanence courrier : lundi, mercredi et vendredi de 9 h à 12 h", 7.5, "serif", GREY, "c"
    )


def association_card(doc: Doc, p: dict) -> None:
    """An approved association's computer print-out: table of fields and reference barcode."""
    c = doc.page()
    c.rect(0, 0, 210, 30, None, (0.15, 0.45, 0.42))
    c.text(15, 14, p["org"], 15, "sansb", WHITE)
    c.text(15, 22, f"Association agréée pour la domiciliation - agrément {p['agrement']}", 8, "sans", WHITE)
    c.text(195, 14, p["org_address"][0], 7.5, "sans", WHITE, "r")
    c.text(195, 19, p["org_address"][1], 7.5, "sans", WHITE, "r")
    c.text(15, 46, "Attestation d'élection de domicile", 14, "sansb")
    c.text(15, 52, "Formulaire cerfa 16030*01 - édition informatique", 8, "sans", GREY)
    rows = [
        ("N° de dossier", p["ref"]),
        ("Nom", p["surname"]),
        ("Prénom(s)", p["given"]),
        ("Date de naissance", num(p["birth"])),
        ("Lieu de naissance", p["birthplace"]),
        ("Nationalité", p["nationality"]),
        ("Date d'élection de domicile", num(p["elected"])),
        ("Date d'expiration", num(p["expiry"])),
        ("Adresse de domiciliation", f"{p['org_address'][0]}, {p['org_address'][1]}"),
    ]
    y = 62
    for i, (label, value) in enumerate(rows):
        c.rect(15, y, 195, y + 10, GREY, (0.95, 0.97, 0.96) if i % 2 == 0 else None, 0.2)
        c.line(75, y, 75, y + 10, GREY, 0.2)
        c.text(18, y + 6.5, label, 8.5, "sans")
        c.text(79, y + 6.5, value, 9.5, "sansb")
        y += 10
    y += 10
    y = c.wrap(
        15,
        y,
        180,
        "L'intéressé(e) s'engage à venir retirer son courrier régulièrement. Sans nouvelles pendant plus de "
        "trois mois consécutifs, il peut être mis fin à la domiciliation. L'attestation peut être "
        "renouvelée sur demande au cours du mois précédant son expiration.",
        8.5,
    )
    for i in range(60):
        w = 0.35 + 0.35 * ((i * 7 + len(p["ref"])) % 3)
        c.rect(15 + i * 1.2, y + 8, 15 + i * 1.2 + w, y + 22, None, BLACK)
    c.text(15, y + 27, p["ref"], 8, "mono")
    c.text(120, y + 10, f"Édité le {num(p['issue'])}", 9)
    c.text(120, y + 16, p["signer"], 9, "sansi")
    stamp(c, 150, y + 38, 14, [p["org_short"], "DOMICILIATION"], (0.15, 0.45, 0.42))
    signature(c, 160, y + 44, 26)


def caf_payment(doc: Doc, p: dict) -> None:
    """CAF "attestation de paiement" as downloaded from the account (text PDF)."""
    c = doc.page()
    c.rect(15, 12, 45, 30, None, (0.0, 0.36, 0.66))
    c.text(30, 24, "caf", 15, "sansb", WHITE, "c")
    c.text(50, 19, f"Caf {p['caf']}", 11, "sansb", (0.0, 0.36, 0.66))
    c.text(50, 24.5, p["caf_address"], 8, "sans", GREY)
    c.text(120, 44, f"{p['civ']} {p['surname']} {p['given']}", 10, "sansb")
    c.text(120, 49.5, p["address"][0], 9)
    c.text(120, 54.5, p["address"][1], 9)
    c.text(15, 44, f"N° allocataire : {p['caf_no']}", 9)
    c.text(15, 50, f"Le {num(p['issue'])}", 9)
    c.text(105, 78, "ATTESTATION DE PAIEMENT", 14, "sansb", align="c")
    months = p["months"]
    y = c.wrap(
        15,
        92,
        180,
        f"La Caf {p['caf']} certifie que {p['civ']} {p['given']} {p['surname']}, allocataire sous le "
        f"numéro {p['caf_no']}, a perçu les prestations ci-dessous pour la période du "
        f"{num(p['period_start'])} au {num(p['period_end'])}.",
        10,
        "sans",
        1.5,
    )
    y += 6
    cols = (15, 60, 140, 195)
    c.rect(15, y, 195, y + 9, None, (0.85, 0.9, 0.96))
    for x, h in zip(cols, ("Mois de droit", "Prestation", "Montant net versé"), strict=False):
        c.text(x + 3, y + 6, h, 9, "sansb")
    y += 9
    total = 0.0
    for ym in months:
        for name, amount in p["benefits"]:
            c.rect(15, y, 195, y + 8, LIGHT, None, 0.2)
            c.text(18, y + 5.5, month_name(ym).capitalize(), 9)
            c.text(63, y + 5.5, name, 9)
            c.text(192, y + 5.5, f"{amount:,.2f} €".replace(",", " ").replace(".", ","), 9, "sans", align="r")
            total += amount
            y += 8
    c.text(140, y + 7, "Total", 9.5, "sansb")
    c.text(192, y + 7, f"{total:,.2f} €".replace(",", " ").replace(".", ","), 9.5, "sansb", align="r")
    y += 22
    c.wrap(
        15,
        y,
        180,
        "Les montants indiqués sont ceux versés après régularisations éventuelles. Cette attestation est "
        "établie pour servir et valoir ce que de droit.",
        8.5,
        "sansi",
    )
    c.text(140, 250, "Le directeur", 9, "sans")
    c.line(15, 280, 195, 280, LIGHT)
    c.text(15, 285, "caf.fr - Mon Compte - attestation éditée en ligne", 7, "sans", GREY)


def caf_qf(doc: Doc, p: dict) -> None:
    """CAF "attestation de quotient familial" for one month (text PDF), with rights held."""
    c = doc.page()
    c.text(15, 22, "caf.fr", 16, "sansb", (0.0, 0.36, 0.66))
    c.text(15, 28, f"Caisse d'allocations familiales {p['caf']}", 8.5, "sans", GREY)
    c.text(195, 22, f"{p['caf_city']}, le {num(p['issue'])}", 9, "sans", align="r")
    c.rect(15, 40, 195, 56, None, (0.0, 0.36, 0.66))
    c.text(105, 50.5, "ATTESTATION DE QUOTIENT FAMILIAL ET DE DROITS", 12, "sansb", WHITE, "c")
    y = 70
    for label, value in (
        ("Allocataire", f"{p['civ']} {p['surname']} {p['given']}"),
        ("Numéro allocataire", p["caf_no"]),
        ("Adresse", f"{p['address'][0]} {p['address'][1]}"),
        ("Situation familiale", p["situation"]),
        ("Enfants à charge", str(p["n_children"])),
    ):
        c.text(20, y, label, 9, "sans", GREY)
        c.text(70, y, value, 10, "sansb")
        y += 8
    ym = p["months"][0]
    c.rect(20, y + 4, 190, y + 22, BLUE, None, 0.4)
    c.text(26, y + 15, f"Quotient familial du mois de {month_name(ym)} :", 10.5)
    c.text(184, y + 15, f"{p['qf']} €", 12, "sansb", align="r")
    y += 36
    c.text(20, y, f"Droits ouverts au {num(p['period_start'])} :", 10, "sansb")
    y += 8
    for name, amount in p["benefits"]:
        c.text(26, y, f"- {name}", 9.5)
        c.text(184, y, f"{amount:,.2f} € / mois".replace(",", " ").replace(".", ","), 9.5, "sans", align="r")
        y += 7
    c.wrap(
        20,
        y + 8,
        170,
        "Le quotient familial est calculé à partir des ressources déclarées et de la composition de "
        "la famille. Il peut être demandé par des organismes tiers (crèche, cantine, centre de loisirs).",
        8.5,
        "sansi",
    )
    c.line(15, 280, 195, 280, LIGHT)
    c.text(15, 285, f"Réf. {p['caf_no']}-{ym.replace('-', '')}", 7, "mono", GREY)


def msa_rights(doc: Doc, p: dict) -> None:
    """An MSA "attestation de droits" printed at the desk and scanned."""
    c = doc.page()
    green = (0.3, 0.55, 0.2)
    c.rect(15, 12, 50, 28, None, green)
    c.text(32.5, 23, "MSA", 14, "sansb", WHITE, "c")
    c.text(56, 19, f"MSA {p['msa']}", 11, "sansb", green)
    c.text(56, 24.5, "La sécurité sociale agricole", 8, "sansi", GREY)
    marianne(c, 170, 10, [], 5.5)
    c.text(15, 58, f"N° de dossier : {p['caf_no']}", 9, "mono")
    c.text(15, 64, f"Édité le {long(p['issue'])}", 9)
    c.text(115, 58, f"{p['civ']} {p['given']} {p['surname']}", 10, "sansb")
    c.text(115, 63.5, p["address"][0], 9)
    c.text(115, 68.5, p["address"][1], 9)
    c.text(105, 90, "ATTESTATION DE DROITS", 14, "sansb", align="c")
    c.text(105, 97, "Prestations familiales et sociales", 9.5, "sansi", align="c")
    y = c.wrap(
        15,
        112,
        180,
        f"Nous attestons que {p['civ']} {p['given']} {p['surname']} bénéficie des prestations suivantes "
        f"pour la période du {num(p['period_start'])} au {num(p['period_end'])} :",
        10,
        "sans",
        1.5,
    )
    y += 4
    c.rect(15, y, 195, y + 9, BLACK, (0.9, 0.95, 0.88), 0.3)
    c.text(18, y + 6, "Prestation", 9, "sansb")
    for i, ym in enumerate(p["months"]):
        c.text(108 + i * 29, y + 6, month_name(ym), 7.5, "sansb")
    y += 9
    for name, amount in p["benefits"]:
        c.rect(15, y, 195, y + 9, BLACK, None, 0.3)
        c.text(18, y + 6, name, 9)
        for i in range(len(p["months"])):
            c.text(132 + i * 29, y + 6, f"{amount:.2f}".replace(".", ","), 9, "mono", align="r")
        y += 9
    c.wrap(15, y + 12, 180, "Montants en euros, versés à terme échu le 5 du mois suivant.", 8.5, "sansi")
    c.text(120, 230, "Le service prestations", 9, "sansi")
    stamp(c, 140, 252, 14, ["MSA", p["msa"].upper()[:14], "PRESTATIONS"], green)
    signature(c, 152, 256, 28)

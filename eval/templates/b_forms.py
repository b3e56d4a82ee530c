"""Blind half: S1106 application form typed on screen (3 pages), S1 portable document (EN/FR)."""

from __future__ import annotations

import math

from codes import dmy
from render import Page, logo

AM = (0, 80, 150)


def _head(p: Page, n: int) -> None:
    logo(p, "marianne", 100, 80, 90, None)
    p.text(220, 115, "l'Assurance Maladie", 30, "sans-b", AM)
    p.text(1554, 115, "S1106 — page %d/3" % n, 22, "sans", (90, 90, 90), "r")
    p.text(1554, 2270, "cerfa n° 15763*03", 18, "sans", (90, 90, 90), "r")


def _field(p: Page, x: float, y: float, label: str, value: str, w: float = 640) -> None:
    p.text(x, y, label, 19, "sans", (70, 70, 70))
    p.rect((x, y + 12, x + w, y + 70), outline=(140, 160, 190), fill=(246, 249, 253), width=1)
    p.text(x + 14, y + 54, value, 27, "mono")


def _check(p: Page, x: float, y: float, label: str, on: bool) -> None:
    p.rect((x, y - 26, x + 30, y + 4), outline=(0, 0, 0), width=2)
    if on:
        p.text(x + 15, y, "X", 26, "mono-b", align="c")
    p.text(x + 45, y, label, 22, "sans")


def s1106_typed_b(d: dict) -> list[Page]:
    per = d["person"]
    prof = d["profile"]
    p1 = Page()
    _head(p1, 1)
    p1.text(100, 260, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE", 32, "sans-b", AM)
    p1.text(
        100, 300, "Protection universelle maladie — résidence stable et régulière en France", 22, "sans-i"
    )
    p1.rect((100, 340, 1554, 400), outline=None, fill=AM)
    p1.text(120, 383, "1. VOTRE IDENTITÉ", 26, "sans-b", (255, 255, 255))
    _field(p1, 100, 460, "Nom de naissance", per.surname.upper())
    _field(p1, 840, 460, "Nom d'usage (facultatif)", "")
    _field(p1, 100, 580, "Prénom(s)", per.given_str)
    _field(p1, 840, 580, "Date de naissance", dmy(per.birth), 400)
    _field(p1, 100, 700, "Lieu de naissance", per.birthplace)
    _field(p1, 840, 700, "Pays de naissance", d["country_fr"])
    _field(p1, 100, 820, "Nationalité", d["country_fr"])
    p1.text(840, 850, "Sexe :", 22, "sans")
    _check(p1, 930, 860, "Féminin", per.sex == "F")
    _check(p1, 1130, 860, "Masculin", per.sex == "M")
    _field(p1, 100, 940, "Adresse", per.street, 1440)
    _field(p1, 100, 1060, "Code postal", per.postcode, 300)
    _field(p1, 440, 1060, "Commune", per.city)
    _field(p1, 100, 1180, "Date d'arrivée en France", dmy(d["arrival"]), 400)
    p1.rect((100, 1320, 1554, 1380), outline=None, fill=AM)
    p1.text(120, 1363, "2. VOTRE SITUATION", 26, "sans-b", (255, 255, 255))
    opts = [
        ("employee", "Vous exercez une activité salariée en France"),
        ("self-employed", "Vous exercez une activité indépendante en France"),
        ("student", "Vous êtes étudiant(e)"),
        ("pensioner", "Vous êtes titulaire d'une pension d'un autre État"),
        ("family", "Vous êtes membre de la famille d'un assuré"),
        ("inactive", "Vous n'exercez pas d'activité professionnelle"),
    ]
    y = 1450
    for k, lab in opts:
        _check(p1, 120, y, lab, k == prof)
        y += 64
    p2 = Page()
    _head(p2, 2)
    p2.rect((100, 220, 1554, 280), outline=None, fill=AM)
    p2.text(120, 263, "3. VOS COORDONNÉES BANCAIRES ET VOTRE RÉSIDENCE", 26, "sans-b", (255, 255, 255))
    p2.wrap(100, 350, 1440, "Joignez un relevé d'identité bancaire à votre nom. Les remboursements sont versés "
            "sur ce compte.", 22, "sans")  # fmt: skip
    _check(p2, 120, 480, "Je joins un RIB à mon nom", True)
    _check(p2, 120, 560, "Je réside en France de manière stable depuis plus de 3 mois", True)
    _field(
        p2, 100, 640, "Nature de vos justificatifs de résidence", "quittances / factures / attestation", 1440
    )
    p2.rect((100, 800, 1554, 860), outline=None, fill=AM)
    p2.text(120, 843, "4. VOS AYANTS DROIT MINEURS", 26, "sans-b", (255, 255, 255))
    rows = [["Nom", "Prénom", "Date de naissance", "Lien"], ["", "", "", ""], ["", "", "", ""]]
    p2.table(100, 900, [420, 420, 350, 264], rows, 22, "sans", "sans-b", (230, 238, 248), 70)
    p3 = Page()
    _head(p3, 3)
    p3.rect((100, 220, 1554, 280), outline=None, fill=AM)
    p3.text(120, 263, "5. ENGAGEMENT ET SIGNATURE", 26, "sans-b", (255, 255, 255))
    p3.wrap(100, 360, 1440, "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire "
            "et m'engage à signaler tout changement de situation. La loi punit quiconque se rend coupable de "
            "fraudes ou de fausses déclarations (articles 313-1 et 441-1 du Code pénal).", 22, "sans")  # fmt: skip
    _field(p3, 100, 620, "Fait à", per.city, 600)
    _field(p3, 760, 620, "Le", dmy(d["signed"]), 400)
    p3.text(100, 800, "Signature du demandeur : " + per.full, 22, "sans")
    p3.signature(200, 920, seed=len(per.surname))
    p3.text(100, 2150, "Formulaire complété en ligne — document imprimé", 18, "sans-i", (120, 120, 120))
    return [p1, p2, p3]


def s1_b_bilingual(d: dict) -> list[Page]:
    """Portable document S1 (EN/FR), numbered sections in boxes, issuing institution stamp."""
    per = d["person"]
    p = Page()
    p.rect((90, 80, 1564, 260), outline=(0, 0, 0), width=3)
    p.text(130, 150, "S1", 80, "sans-b", (0, 51, 153))
    p.text(330, 140, "CERTIFICATE OF ENTITLEMENT TO HEALTHCARE COVER", 28, "sans-b")
    p.text(330, 180, "ATTESTATION DE DROIT AUX SOINS DE SANTÉ", 26, "sans")
    p.text(330, 225, "Regulation (EC) No 883/2004 — art. 17, 22, 24, 25, 26", 20, "sans-i", (80, 80, 80))
    for i in range(12):
        a = 2 * math.pi * i / 12
        cx, cy = 1460 + 50 * math.cos(a), 170 + 50 * math.sin(a)
        p.ellipse((cx - 6, cy - 6, cx + 6, cy + 6), outline=None, fill=(230, 190, 0))
    sections = [
        ("1. HOLDER / TITULAIRE", [
            ("1.1 Personal ID number / N° d'identification", d["pin"]),
            ("1.2 Surname(s) / Nom(s)", per.surname.upper()),
            ("1.3 Forename(s) / Prénom(s)", per.given_str),
            ("1.4 Date of birth / Date de naissance", dmy(per.birth, ".")),
            ("1.5 Address in the State of residence / Adresse", ", ".join(per.address)),
        ]),
        ("2. STATUS / STATUT", [("2.1", "Pensioner / Titulaire de pension")]),
        ("3. ENTITLEMENT / DROIT", [
            ("3.1 Start date / Date de début", dmy(d["issue"], ".")),
            ("3.2 End date / Date de fin", "—"),
        ]),
        ("6. COMPETENT INSTITUTION / INSTITUTION COMPÉTENTE", [
            ("6.1 Name / Nom", d["institution"]),
            ("6.2 Date / Date", dmy(d["issue"], ".")),
        ]),
    ]  # fmt: skip
    y = 330
    for title, rows in sections:
        p.rect((90, y, 1564, y + 52), outline=None, fill=(220, 228, 245))
        p.text(110, y + 38, title, 24, "sans-b")
        y += 100
        for lab, val in rows:
            p.text(110, y, lab, 20, "sans", (80, 80, 80))
            p.text(110, y + 42, val, 28, "serif-b")
            y += 98
        y += 30
    p.signature(1100, y + 80, seed=4)
    p.stamp(700, y + 80, 120, "* PENSION INSTITUTION * S1 ", ["OFFICIAL"], (0, 51, 153))
    return [p]


TEMPLATES = {
    "s1106_typed_b": ("application_form", "blind", s1106_typed_b),
    "s1_b_bilingual": ("s1_form", "blind", s1_b_bilingual),
}

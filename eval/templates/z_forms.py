"""blind3: S1106 (cerfa 15763*02, 3 pages, typed or hand-filled in comb boxes), S1 portable document."""

from __future__ import annotations

import math

from cast import COUNTRIES
from codes import ascii_upper, dmy
from render import Page, logo
from z_kit import INK, MID, new, page_footer

SITU = {
    "employee": "Vous exercez une activité salariée en France",
    "self-employed": "Vous exercez une activité non salariée (indépendante) en France",
    "student": "Vous êtes étudiant(e) en France",
    "inactive": "Vous résidez en France de manière stable et régulière, sans activité",
    "pensioner": "Vous êtes titulaire d'une pension d'un autre État (formulaire S1)",
    "family": "Vous êtes conjoint(e) / membre de famille résidant en France",
}


def _head(p: Page, n: int) -> None:
    logo(p, "marianne", 100, 70, 70, (0, 0, 0))
    p.text(100, 150, "RÉPUBLIQUE", 12, "sans-b")
    p.text(100, 166, "FRANÇAISE", 12, "sans-b")
    p.text(200, 100, "cerfa", 26, "sans-b")
    p.text(200, 130, "N° 15763*02", 20, "sans")
    p.text(1554, 100, "S 1106", 30, "sans-b", align="r")
    p.text(1554, 130, "Assurance Maladie", 18, "sans", (0, 90, 160), align="r")
    if n == 1:
        p.text(827, 230, "DEMANDE D'OUVERTURE DES DROITS", 34, "sans-b", align="c")
        p.text(827, 272, "À L'ASSURANCE MALADIE", 34, "sans-b", align="c")
        p.text(
            827,
            310,
            "(articles L. 160-1 et suivants du code de la sécurité sociale)",
            18,
            "sans-i",
            MID,
            align="c",
        )


def _section(p: Page, y: float, title: str) -> float:
    p.rect((100, y, 1554, y + 48), outline=None, fill=(0, 90, 160))
    p.text(120, y + 34, title, 24, "sans-b", (255, 255, 255))
    return y + 100


def _fields(d: dict) -> list[tuple[str, str, int]]:
    per = d["person"]
    return [
        ("Nom de naissance", per.surname.upper(), 26),
        ("Nom d'usage (facultatif)", "", 26),
        ("Prénoms", " ".join(per.given), 30),
        ("Date de naissance", dmy(per.birth).replace("/", ""), 8),
        ("Commune et pays de naissance", "%s (%s)" % (per.birthplace, COUNTRIES[per.country][1]), 34),
        ("Nationalité", COUNTRIES[per.country][1], 20),
        ("Adresse", per.street, 34),
        ("Code postal et commune", "%s %s" % (per.postcode, per.city), 30),
    ]


def _box_text(p: Page, x: float, y: float, s: str, n: int, hand: bool, seed: int) -> None:
    cell = 38
    for i in range(n):
        p.rect((x + i * cell, y, x + (i + 1) * cell, y + 44), outline=(0, 90, 160), width=1)
        if i < len(s) and s[i] != " ":
            if hand:
                p.text(x + i * cell + 8, y + 36 + (i * 7 + seed) % 4 - 2, s[i], 30, "sans-i", INK)
            else:
                p.text(x + i * cell + cell / 2, y + 34, s[i], 26, "mono", align="c")


def _s1106(d: dict, hand: bool) -> list[Page]:
    per = d["person"]
    seed = d["seed"]
    pages = []
    p = new()
    _head(p, 1)
    y = _section(p, 360, "1. VOUS")
    sex = per.sex
    p.text(120, y, "Sexe :", 22, "sans")
    for k, (lab, v) in enumerate((("Féminin", "F"), ("Masculin", "M"))):
        x = 260 + k * 220
        p.rect((x, y - 26, x + 30, y + 4), outline=(0, 0, 0), width=2)
        if v == sex:
            p.text(
                x + 15, y, "X", 28, "sans-b" if not hand else "sans-i", INK if hand else (0, 0, 0), align="c"
            )
        p.text(x + 44, y, lab, 22, "sans")
    y += 60
    for lab, raw, n in _fields(d):
        p.text(120, y, lab, 20, "sans", MID)
        val = ascii_upper(raw) if hand else raw.upper() if lab != "Prénoms" else raw
        if hand or lab == "Date de naissance":
            _box_text(p, 120, y + 12, val[: min(n, 36)], min(n, 36), hand, seed)
            y += 100
        else:
            p.rect((120, y + 12, 1554, y + 60), outline=(0, 90, 160), width=1)
            p.text(134, y + 48, val, 26, "sans")
            y += 100
    p.text(120, y, "N° de sécurité sociale (si vous en avez un) :", 20, "sans", MID)
    _box_text(p, 120, y + 12, "", 15, hand, seed)
    y += 100
    p.text(120, y, "Téléphone :", 20, "sans", MID)
    _box_text(p, 120, y + 12, "06%08d" % (seed * 7919 % 10**8), 10, hand, seed)
    page_footer(p, "S1106 — cerfa 15763*02", 1, 3)
    pages.append(p)
    q = new()
    _head(q, 2)
    y = _section(q, 220, "2. VOTRE SITUATION")
    for prof, lab in SITU.items():
        q.rect((120, y - 26, 150, y + 4), outline=(0, 0, 0), width=2)
        if prof == d["profile"]:
            q.text(135, y, "X", 28, "sans-i" if hand else "sans-b", INK if hand else (0, 0, 0), align="c")
        q.text(170, y, lab, 22, "sans")
        y += 56
    y += 30
    q.text(120, y, "Date d'arrivée en France :", 22, "sans")
    if hand:
        _box_text(q, 520, y - 34, dmy(d["arrival"]).replace("/", ""), 8, True, seed)
    else:
        q.text(520, y, dmy(d["arrival"]), 26, "sans-b")
    y += 70
    q.text(120, y, "Pays de provenance :", 22, "sans")
    if hand:
        q.handwriting(520, y, d["country_fr"], 32, INK, seed)
    else:
        q.text(520, y, d["country_fr"], 26, "sans-b")
    y = _section(q, y + 80, "3. VOS ENFANTS MINEURS À CHARGE")
    q.text(120, y, "Nom — Prénoms — Date de naissance", 20, "sans", MID)
    for k in range(3):
        q.line(120, y + 60 + k * 60, 1554, y + 60 + k * 60, (150, 150, 150), 1)
    y = _section(q, y + 260, "4. VOTRE COMPTE BANCAIRE")
    q.text(120, y, "Joignez un relevé d'identité bancaire (RIB) à votre nom.", 22, "sans")
    page_footer(q, "S1106 — cerfa 15763*02", 2, 3)
    pages.append(q)
    r = new()
    _head(r, 3)
    y = _section(r, 220, "5. PIÈCES À JOINDRE")
    for t in [
        "Pièce d'identité (passeport, carte d'identité) ou titre de séjour",
        "Acte de naissance (avec filiation), traduit s'il est rédigé en langue étrangère",
        "Justificatif de résidence stable de plus de trois mois (quittances, factures, attestation d'hébergement)",
        "Justificatif d'activité ou de ressources (bulletins de salaire, avis d'imposition, S1...)",
        "Relevé d'identité bancaire",
    ]:
        r.rect((120, y - 24, 146, y + 2), outline=(0, 0, 0), width=2)
        if hand:
            r.text(133, y, "✓", 26, "sans", INK, align="c")
        y = r.wrap(170, y, 1380, t, 22, "sans") + 12
    y = _section(r, y + 40, "6. ENGAGEMENT")
    y = (
        r.wrap(
            120,
            y,
            1430,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et "
            "m'engage à signaler tout changement de situation à ma caisse d'assurance maladie. La loi punit quiconque "
            "se rend coupable de fraudes ou de fausses déclarations (articles 313-1 et 441-1 du code pénal).",
            22,
            "sans",
        )
        + 40
    )
    r.text(120, y, "Fait à", 22, "sans")
    r.text(700, y, "le", 22, "sans")
    if hand:
        r.handwriting(220, y, per.city, 32, INK, seed)
        r.handwriting(760, y, dmy(d["signed"]), 32, INK, seed + 1)
    else:
        r.text(220, y, per.city, 26, "sans-b")
        r.text(760, y, dmy(d["signed"]), 26, "sans-b")
    r.text(120, y + 80, "Signature :", 22, "sans")
    r.signature(320, y + 160, 280, INK, seed=seed % 9)
    r.text(120, y + 300, "Nom et prénoms du demandeur : %s" % per.full, 20, "sans", MID)
    page_footer(r, "S1106 — cerfa 15763*02", 3, 3)
    pages.append(r)
    return pages


def s1106_z_typed(d: dict) -> list[Page]:
    return _s1106(d, False)


def s1106_z_hand(d: dict) -> list[Page]:
    return _s1106(d, True)


S1_LANG = {
    "de": (
        "Eintragung für den Anspruch auf Krankenversicherungsschutz",
        "Angaben zur versicherten Person",
        "Familienname",
        "Vorname(n)",
        "Geburtsdatum",
        "Persönliche Kennnummer",
    ),
    "cs": (
        "Registrace nároku na zdravotní péči",
        "Údaje o pojištěné osobě",
        "Příjmení",
        "Jméno (jména)",
        "Datum narození",
        "Osobní identifikační číslo",
    ),
    "bg": (
        "Регистрация за получаване на обезщетения за здравно осигуряване",
        "Лични данни на осигуреното лице",
        "Фамилия",
        "Собствено име",
        "Дата на раждане",
        "Личен идентификационен номер",
    ),
}


def s1_z_form(d: dict) -> list[Page]:
    """Portable document S1: national language with English, boxed sections as in the EU model."""
    per = d["person"]
    lang = S1_LANG.get(per.lang)
    p = new()
    p.rect((100, 80, 1554, 200), outline=(0, 51, 153), width=3)
    for i in range(12):
        a = 2 * math.pi * i / 12
        p.text(180 + 45 * math.cos(a), 150 + 45 * math.sin(a), "★", 16, "sans", (255, 204, 0), align="c")
    p.text(827, 130, "S1", 48, "sans-b", (0, 51, 153), align="c")
    p.text(1530, 130, "Règlements (CE) n° 883/2004 et 987/2009", 16, "sans", MID, align="r")
    p.text(827, 250, "REGISTRATION FOR HEALTHCARE COVER", 30, "sans-b", align="c")
    if lang:
        p.text(827, 290, lang[0].upper(), 22, "sans-b", MID, align="c")
    p.text(
        827,
        324,
        "Inscription en vue de bénéficier de prestations de l'assurance maladie",
        20,
        "sans-i",
        MID,
        align="c",
    )
    y = 420
    p.rect((100, y - 40, 1554, y + 10), outline=None, fill=(230, 236, 248))
    p.text(
        120,
        y,
        "1. PERSONAL INFORMATION OF THE INSURED PERSON%s" % (" / " + lang[1] if lang else ""),
        22,
        "sans-b",
    )
    y += 70
    rows = [
        ("1.1", "Personal identification number", lang[5] if lang else "", d["pin"]),
        ("1.2", "Surname(s)", lang[2] if lang else "Nom", per.surname.upper()),
        ("1.3", "Forename(s)", lang[3] if lang else "Prénoms", " ".join(per.given)),
        ("1.4", "Date of birth", lang[4] if lang else "Date de naissance", dmy(per.birth)),
        (
            "1.5",
            "Address in the State of residence",
            "",
            "%s, %s %s, France" % (per.street, per.postcode, per.city),
        ),
    ]
    for n, en, loc, val in rows:
        p.text(120, y, n, 20, "sans-b")
        p.text(190, y, en + (" / " + loc if loc else ""), 18, "sans", MID)
        p.rect((190, y + 12, 1554, y + 62), outline=(0, 51, 153), width=1)
        p.text(204, y + 50, val, 26, "sans-b")
        y += 110
    p.rect((100, y - 40, 1554, y + 10), outline=None, fill=(230, 236, 248))
    p.text(120, y, "2. ENTITLEMENT DOCUMENT", 22, "sans-b")
    y += 60
    for k, t in enumerate(
        [
            "2.1 Employed or self-employed person",
            "2.2 Pensioner (pension from the issuing State)",
            "2.3 Member of the family",
        ]
    ):
        p.rect((190, y - 24, 216, y + 2), outline=(0, 0, 0), width=2)
        if k == 1:
            p.text(203, y, "X", 24, "sans-b", align="c")
        p.text(236, y, t, 22, "sans")
        y += 50
    p.text(190, y + 10, "3. Start date of entitlement: %s     End date: —" % dmy(d["issue"]), 22, "sans")
    y += 100
    p.rect((100, y - 40, 1554, y + 10), outline=None, fill=(230, 236, 248))
    p.text(120, y, "6. INSTITUTION COMPLETING THE FORM", 22, "sans-b")
    y += 70
    inst = {
        "AT": "Pensionsversicherungsanstalt, Landesstelle Wien",
        "CZ": "Česká správa sociálního zabezpečení, Praha",
        "BG": "Национален осигурителен институт, София",
    }.get(per.country, d["institution"])
    p.lines(
        190,
        y,
        [
            "6.1 Name: %s" % inst,
            "6.2 Identification code: %s-%04d" % (per.iso3[:2], d["seed"] % 10000),
            "6.3 Date: %s" % dmy(d["issue"]),
        ],
        22,
        "sans",
    )
    p.stamp(
        1250,
        y + 90,
        110,
        "%s * %s *" % (inst.split(",")[0].upper()[:30], per.iso3),
        ["S1", per.iso3],
        (40, 40, 140),
        16,
    )
    p.signature(800, y + 200, 240, INK, seed=d["seed"] % 9)
    page_footer(p, "S1 — %s %s" % (per.surname.upper(), " ".join(per.given)), 1, 1)
    return [p]


TEMPLATES = {
    "s1106_z_typed": ("application_form", "blind3", s1106_z_typed),
    "s1106_z_hand": ("application_form", "blind3", s1106_z_hand),
    "s1_z_form": ("s1_form", "blind3", s1_z_form),
}

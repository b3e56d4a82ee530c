"""blind5 forms: S1106 (cerfa 15763*02, 3 pages) typed and hand-filled in comb boxes; S1 portable document."""

from __future__ import annotations

from codes import ascii_upper, dmy
from render import Page
from x_kit import INK, d, foot, kv

PROF = {
    "employee": "salarié",
    "student": "étudiant",
    "inactive": "sans activité",
    "pensioner": "retraité",
    "family": "membre de famille",
    "self-employed": "travailleur indépendant",
}


def _s1106(data, hand):
    per = data["person"]
    col = INK if hand else (0, 0, 0)

    def put(p, x, y, s, n):
        if hand:
            p.boxes(x, y, "", n, 36, 24)
            for i, c in enumerate(s[:n]):
                p.text(x + i * 36 + 18, y + 34, c, 28, "sans-i", INK, align="c")
        else:
            p.boxes(x, y, s, n, 36, 24)

    pages = []
    p = Page()
    p.text(90, 130, "cerfa N° 15763*02", 22, "sans-b")
    p.text(p.w / 2, 200, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE", 30, "sans-b", align="c")
    p.text(
        p.w / 2,
        240,
        "Protection universelle maladie — Article L. 160-1 du code de la sécurité sociale",
        20,
        "sans-i",
        align="c",
    )
    p.text(90, 330, "1. VOTRE IDENTITÉ", 26, "sans-b")
    y = 380
    for lab, val, n in [
        ("Nom de naissance", ascii_upper(per.surname), 30),
        ("Prénom(s)", ascii_upper(per.given_str), 30),
        ("Date de naissance", dmy(per.birth, ""), 8),
        ("Lieu de naissance", ascii_upper(per.birthplace), 30),
        ("Pays de naissance", ascii_upper(data["country_fr"]), 24),
        ("Sexe (M/F)", per.sex, 1),
        ("Adresse", ascii_upper(per.street), 30),
        ("Code postal / Commune", per.postcode + " " + ascii_upper(per.city), 30),
    ]:
        p.text(90, y + 30, lab, 20)
        put(p, 460, y, val, n)
        y += 80
    foot(p, "page 1/3")
    pages.append(p)
    p = Page()
    p.text(90, 160, "2. VOTRE SITUATION", 26, "sans-b")
    y = 230
    for k, v in PROF.items():
        p.rect((90, y - 26, 120, y + 4), outline=(0, 0, 0), width=2)
        if k == data["profile"]:
            p.text(96, y, "X", 28, "sans-b", col)
        p.text(140, y, v, 22)
        y += 50
    p.text(90, y + 40, "Date d'arrivée en France", 20)
    put(p, 460, y + 10, dmy(data["arrival"], ""), 8)
    p.text(90, y + 140, "Nationalité", 20)
    put(p, 460, y + 110, ascii_upper(data["country_fr"]), 24)
    foot(p, "page 2/3")
    pages.append(p)
    p = Page()
    p.text(90, 160, "3. ENGAGEMENT ET SIGNATURE", 26, "sans-b")
    p.wrap(
        90,
        230,
        p.w - 180,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et m'engage à signaler tout changement de situation. Pièces jointes : identité, état civil, résidence stable et régulière, RIB.",
        22,
    )
    p.text(90, 420, "Fait à", 22)
    p.text(90, 500, "Le", 22)
    if hand:
        p.handwriting(200, 420, per.city.title(), 30, INK, 1)
    else:
        p.text(200, 420, per.city.title(), 26, "sans-b")
    put(p, 200, 470, dmy(data["signed"], ""), 8)
    p.text(90, 620, "Signature", 22)
    p.signature(300, 680, 300, seed=6)
    foot(p, "page 3/3 — S1106")
    pages.append(p)
    return pages


def s1(data):
    per = data["person"]
    p = Page()
    p.text(90, 140, "S1", 60, "sans-b", (0, 60, 150))
    p.text(260, 120, "ATTESTATION DE DROIT AUX SOINS DE SANTÉ", 28, "sans-b")
    p.text(260, 160, "Règlements (CE) n° 883/2004 et 987/2009 — Document portable", 20, "sans-i")
    y = kv(
        p,
        90,
        300,
        [
            ("1.1 Numéro d'identification personnel", data["pin"]),
            ("1.2 Nom", per.surname.upper()),
            ("1.3 Prénoms", per.given_str),
            ("1.5 Date de naissance", d(per.birth)),
            ("2. Adresse dans l'État de résidence", ", ".join(per.address)),
            ("3. Motif", "3.3 Titulaire de pension"),
            ("4. Début du droit", d(data["issue"])),
            ("5. Institution compétente", data["institution"]),
            ("6. Date", d(data["issue"])),
        ],
        24,
        620,
    )
    p.stamp(p.w - 380, y + 200, 140, "INSTITUTION COMPÉTENTE *", ["S1"], (0, 60, 150))
    p.signature(200, y + 200, 280, seed=2)
    return [p]


TEMPLATES = {
    "s1106_x_typed": ("application_form", "blind5", lambda data: _s1106(data, False)),
    "s1106_x_hand": ("application_form", "blind5", lambda data: _s1106(data, True)),
    "s1_x_portable": ("s1_form", "blind5", s1),
}

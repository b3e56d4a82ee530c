"""blind8 forms: S1106 (cerfa 15763*02) typed online or hand-filled, 3 pages each; S1 portable document."""

from __future__ import annotations

from codes import dmy, long_fr
from render import Page
from u_kit import rstamp

SIT = {
    "employee": "J'exerce une activité salariée en France",
    "student": "Je suis étudiant(e)",
    "inactive": "Je réside en France de manière stable et régulière (sans activité)",
    "pensioner": "Je perçois une pension d'un autre État",
    "family": "Je suis membre de la famille d'un assuré",
    "self-employed": "J'exerce une activité non salariée",
}


def _fields(d):
    per = d["person"]
    return [
        ("Nom de naissance", per.surname.upper()),
        ("Nom d'usage", ""),
        ("Prénoms", per.given_str),
        ("Sexe", "Féminin" if per.sex == "F" else "Masculin"),
        ("Date de naissance", dmy(per.birth)),
        ("Lieu de naissance", "%s (%s)" % (per.birthplace, d["country_fr"])),
        ("Nationalité", d["country_fr"]),
        ("Adresse en France", ", ".join(per.address)),
        ("Date d'arrivée en France", dmy(d["arrival"])),
    ]


def _pages(d, hand: bool) -> list[Page]:
    per = d["person"]
    pages = [Page(), Page(), Page()]
    for i, p in enumerate(pages):
        p.text(100, 100, "cerfa N° 15763*02", 20, "sans-b")
        p.text(1554, 100, "S1106 · page %d/3" % (i + 1), 20, "sans", align="r")
        p.text(827, 180, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE", 28, "sans-b", align="c")
        p.text(
            827,
            215,
            "Protection universelle maladie (PUMa) — articles L.160-1 et R.111-2 du code de la sécurité sociale",
            16,
            "sans-i",
            align="c",
        )
    p = pages[0]
    p.rect((100, 270, 1554, 320), outline=None, fill=(220, 230, 245))
    p.text(120, 305, "1. VOTRE IDENTITÉ", 24, "sans-b")
    y = 390
    for k, (lab, val) in enumerate(_fields(d)):
        p.text(120, y, lab, 20, "sans", (60, 60, 60))
        p.rect((560, y - 36, 1554, y + 14), outline=(150, 150, 150), width=1)
        if hand:
            p.handwriting(580, y, val.upper() if k < 3 else val, 28, seed=d["seed"] + k)
        else:
            p.text(580, y, val, 24, "mono")
        y += 90
    p = pages[1]
    p.rect((100, 270, 1554, 320), outline=None, fill=(220, 230, 245))
    p.text(120, 305, "2. VOTRE SITUATION", 24, "sans-b")
    y = 400
    for prof, lab in SIT.items():
        p.rect((120, y - 28, 152, y + 4), outline=(0, 0, 0), width=2)
        if prof == d["profile"]:
            p.text(126, y, "X", 28, "sans-i" if hand else "mono-b", (25, 35, 120) if hand else (0, 0, 0))
        p.text(180, y, lab, 22)
        y += 70
    p.rect((100, y + 40, 1554, y + 90), outline=None, fill=(220, 230, 245))
    p.text(120, y + 75, "3. PIÈCES JUSTIFICATIVES JOINTES", 24, "sans-b")
    y += 150
    for s in [
        "Pièce d'identité ou titre de séjour",
        "Acte de naissance (et traduction)",
        "Justificatifs de résidence (3 mois)",
        "Relevé d'identité bancaire",
        "Justificatif de situation",
    ]:
        p.rect((120, y - 28, 152, y + 4), outline=(0, 0, 0), width=2)
        p.text(126, y, "X", 28, "sans-i" if hand else "mono-b", (25, 35, 120) if hand else (0, 0, 0))
        p.text(180, y, s, 22)
        y += 62
    p = pages[2]
    p.rect((100, 270, 1554, 320), outline=None, fill=(220, 230, 245))
    p.text(120, 305, "4. ENGAGEMENT ET SIGNATURE", 24, "sans-b")
    y = p.wrap(
        120,
        400,
        1414,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et m'engage à "
        "signaler tout changement de situation à ma caisse d'assurance maladie. La loi punit quiconque se rend coupable de fraude "
        "ou de fausse déclaration (articles 313-1, 433-19, 441-1 et 441-7 du code pénal).",
        21,
    )
    p.text(120, y + 60, "Fait à %s, le" % per.city, 24)
    if hand:
        p.handwriting(520, y + 60, dmy(d["signed"]), 30, seed=d["seed"])
    else:
        p.text(520, y + 60, dmy(d["signed"]), 24, "mono")
    p.text(120, y + 140, "Signature :", 22)
    p.signature(320, y + 220, 260, seed=d["seed"])
    if not hand:
        p.text(
            120,
            2250,
            "Formulaire complété en ligne — %s — réf. %s"
            % (long_fr(d["signed"]), per.surname[:3].upper() + d["signed"].replace("-", "")),
            16,
            "mono",
            (90, 90, 90),
        )
    return pages


def s1106_u_typed(d: dict) -> list[Page]:
    return _pages(d, hand=False)


def s1106_u_hand(d: dict) -> list[Page]:
    return _pages(d, hand=True)


def s1_u_portable(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.text(
        100,
        120,
        "COMMISSION ADMINISTRATIVE POUR LA COORDINATION DES SYSTÈMES DE SÉCURITÉ SOCIALE",
        18,
        "sans-b",
    )
    p.rect((100, 170, 300, 330), outline=(0, 0, 0), width=3)
    p.text(200, 275, "S1", 70, "sans-b", align="c")
    p.text(340, 230, "ATTESTATION DE DROIT AUX SOINS DE SANTÉ", 30, "sans-b")
    p.text(340, 275, "Certificate of entitlement to healthcare", 22, "sans-i")
    p.text(340, 310, "Règlements (CE) n° 883/2004 et 987/2009", 18)
    rows = [
        ["1. Titulaire / Holder", ""],
        ["1.1 Nom / Surname", per.surname.upper()],
        ["1.2 Prénoms / Forenames", per.given_str],
        ["1.3 Date de naissance", dmy(per.birth)],
        ["1.4 N° d'identification personnel", d["pin"]],
        ["2. Statut / Status", "Titulaire d'une pension / Pensioner"],
        ["3. Droit / Entitlement", "à partir du %s, durée indéterminée" % dmy(d["issue"])],
        ["4. Adresse dans l'État de résidence", ", ".join(per.address)],
        ["5. Institution compétente", d["institution"]],
        ["6. Date", dmy(d["issue"])],
    ]
    y = p.table(100, 420, [640, 814], rows, size=22, row_h=66) + 80
    rstamp(p, 900, y, ["INSTITUTION COMPÉTENTE", "CACHET / STAMP"], color=(30, 40, 140))
    p.signature(300, y + 100, 240, seed=d["seed"])
    return [p]


TEMPLATES = {
    "s1106_u_typed": ("application_form", "blind8", s1106_u_typed),
    "s1106_u_hand": ("application_form", "blind8", s1106_u_hand),
    "s1_u_portable": ("s1_form", "blind8", s1_u_portable),
}

"""blind4: S1106 (cerfa 15763*02, 3 pages) typed or hand-filled in comb boxes; S1 (portable document)."""

from __future__ import annotations

from cast import COUNTRIES
from codes import ascii_upper, dmy
from render import GREY, Page
from y_kit import marianne_block, rect_stamp

PROFILES = {
    "employee": "Vous exercez une activité salariée en France",
    "student": "Vous êtes étudiant(e)",
    "inactive": "Vous résidez en France de manière stable et régulière (sans activité)",
    "pensioner": "Vous êtes titulaire d'une pension d'un État de l'UE/EEE/Suisse",
    "family": "Vous êtes membre de la famille d'un assuré",
    "self-employed": "Vous exercez une activité non salariée en France",
}


def _page_head(p: Page, k: int) -> None:
    p.text(100, 90, "cerfa", 30, "sans-bi")
    p.text(100, 120, "N° 15763*02", 20, "sans-b")
    p.text(p.w / 2, 100, "DEMANDE D'OUVERTURE DES DROITS", 30, "sans-b", align="c")
    p.text(p.w / 2, 138, "À L'ASSURANCE MALADIE", 30, "sans-b", align="c")
    p.text(p.w / 2, 172, "Protection universelle maladie (PUMa) — S1106", 20, "sans", align="c")
    p.text(p.w - 100, 100, "%d/3" % k, 22, "sans-b", align="r")
    p.line(100, 200, p.w - 100, 200, (0, 60, 140), 4)


def _section(p: Page, y: float, t: str) -> float:
    p.rect((100, y, p.w - 100, y + 46), outline=None, fill=(0, 60, 140))
    p.text(120, y + 33, t, 22, "sans-b", (255, 255, 255))
    return y + 90


def s1106(fd: dict, hand: bool) -> list[Page]:
    per = fd["person"]
    ink = (25, 35, 120)

    def field(p, x, y, label, value, n, cell=36):
        p.text(x, y, label, 19, "sans")
        if hand:
            p.boxes(x, y + 12, "", n, cell)
            for i, ch in enumerate(ascii_upper(value)[:n]):
                p.text(
                    x + i * cell + cell / 2 + ((i * 7) % 5 - 2),
                    y + 12 + cell * 0.95,
                    ch,
                    27,
                    "sans-i",
                    ink,
                    align="c",
                )
        else:
            p.rect((x, y + 12, x + n * cell, y + 12 + cell * 1.15), outline=GREY, width=1)
            p.text(x + 10, y + 12 + cell * 0.9, value, 23, "mono-b")
        return y + 100

    def check(p, x, y, label, on):
        p.rect((x, y - 24, x + 28, y + 4), outline=(0, 0, 0), width=2)
        if on:
            if hand:
                p.line(x + 3, y - 10, x + 12, y + 2, ink, 4)
                p.line(x + 12, y + 2, x + 30, y - 30, ink, 4)
            else:
                p.text(x + 14, y, "X", 24, "sans-b", align="c")
        p.wrap(x + 44, y, 1300, label, 21, "sans")

    a = Page()
    _page_head(a, 1)
    y = _section(a, 250, "1. VOTRE IDENTITÉ")
    y = field(a, 120, y, "Nom de famille (nom de naissance)", per.surname.upper(), 38)
    y = field(a, 120, y, "Nom d'usage (facultatif)", "", 38)
    y = field(a, 120, y, "Prénoms", per.given_str, 38)
    y = field(a, 120, y, "Date de naissance (jj/mm/aaaa)", dmy(per.birth), 10)
    y = field(a, 120, y, "Lieu de naissance (commune)", per.birthplace, 30)
    y = field(a, 120, y, "Pays de naissance", COUNTRIES[per.country][1], 30)
    y = field(a, 120, y, "Nationalité", COUNTRIES[per.country][1], 30)
    check(a, 120, y + 10, "Sexe : masculin", per.sex == "M")
    check(a, 600, y + 10, "féminin", per.sex == "F")
    y = _section(a, y + 80, "2. VOTRE ADRESSE EN FRANCE")
    y = field(a, 120, y, "N° et voie", per.street, 38)
    y = field(a, 120, y, "Code postal", per.postcode, 5)
    y = field(a, 120, y, "Commune", per.city, 30)
    y = field(a, 120, y, "Date d'arrivée en France", dmy(fd["arrival"]), 10)
    b = Page()
    _page_head(b, 2)
    y = _section(b, 250, "3. VOTRE SITUATION")
    for k, lab in PROFILES.items():
        check(b, 120, y, lab, fd["profile"] == k)
        y += 66
    y = _section(b, y + 30, "4. VOS AYANTS DROIT / ORGANISME PRÉCÉDENT")
    b.wrap(
        120,
        y,
        1400,
        "Organisme d'assurance maladie à l'étranger (le cas échéant) : régime de %s" % fd["country_fr"],
        21,
        "sans",
    )
    y += 100
    check(b, 120, y, "Je n'ai jamais été assuré(e) en France", True)
    y = _section(b, y + 80, "5. PIÈCES À JOINDRE")
    for pc in [
        "Pièce d'identité ou passeport",
        "Acte de naissance (avec traduction si nécessaire)",
        "Justificatif de résidence stable (plus de 3 mois)",
        "Relevé d'identité bancaire",
        "Titre de séjour (hors UE/EEE/Suisse)",
    ]:
        check(b, 120, y, pc, True)
        y += 60
    c = Page()
    _page_head(c, 3)
    y = _section(c, 250, "6. ENGAGEMENT ET SIGNATURE")
    y = c.wrap(
        120,
        y,
        1400,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je m'engage à signaler tout changement de situation à ma caisse d'assurance maladie.",
        22,
        "sans",
        leading=1.5,
    )
    y = field(c, 120, y + 40, "Fait à", per.city, 24)
    y = field(c, 120, y, "Le (jj/mm/aaaa)", dmy(fd["signed"]), 10)
    c.text(120, y + 20, "Signature", 21, "sans")
    c.rect((120, y + 40, 820, y + 260), outline=GREY, width=1)
    c.signature(180, y + 170, 300, seed=7)
    c.wrap(
        120,
        2150,
        1400,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Quiconque se rend coupable de fraude ou de fausse déclaration est passible de pénalités (art. L. 114-17 du code de la sécurité sociale).",
        16,
        "sans",
        GREY,
        1.3,
    )
    if not hand:
        for pg in (a, b, c):
            pg.text(
                pg.w / 2,
                pg.h - 40,
                "Formulaire complété en ligne — ameli.fr — imprimé le %s" % dmy(fd["signed"]),
                16,
                "sans",
                GREY,
                align="c",
            )
    return [a, b, c]


def s1106_typed(fd):
    return s1106(fd, False)


def s1106_hand(fd):
    return s1106(fd, True)


def s1_form(s1: dict) -> list[Page]:
    """Portable document S1, 'Registration for healthcare cover', national language + English."""
    per = s1["person"]
    cc = per.country
    lang_head = {
        "SE": "Intyg om rätt till vårdförmåner",
        "HU": "Igazolás az egészségügyi ellátásra való jogosultságról",
    }.get(cc, "Certificate of entitlement to healthcare")
    p = Page()
    p.rect((100, 80, 1554, 300), outline=(0, 50, 150), width=3)
    p.text(130, 140, "S1", 60, "sans-b", (0, 50, 150))
    p.text(260, 130, "REGISTRATION FOR HEALTHCARE COVER", 28, "sans-b")
    p.text(260, 170, lang_head, 22, "sans-i")
    p.text(260, 205, "Regulation (EC) No 883/2004 — Art. 17, 24, 25, 26 and 34", 18, "sans", GREY)
    p.text(260, 240, "Issuing Member State: %s" % COUNTRIES[cc][1], 20, "sans")
    rows = [
        ("§1. PERSONAL DATA OF THE INSURED PERSON", ""),
        ("1.1 Personal identification number", s1["pin"]),
        ("1.2 Surname(s)", per.surname),
        ("1.3 Forename(s)", per.given_str),
        ("1.4 Date of birth", dmy(per.birth)),
        ("1.5 Address in the state of residence", ", ".join(per.address)),
        ("§2. ENTITLEMENT", ""),
        ("2.1 Reason", "Recipient of a pension"),
        ("2.2 Start date", dmy(s1["issue"])),
        ("2.3 End date", "indefinite"),
        ("§6. INSTITUTION COMPLETING THE FORM", ""),
        ("6.1 Name", s1["institution"]),
        ("6.2 Date", dmy(s1["issue"])),
    ]
    y = 380
    for lab, v in rows:
        if lab.startswith("§"):
            p.rect((100, y, 1554, y + 44), outline=None, fill=(220, 228, 244))
            p.text(120, y + 31, lab[1:], 21, "sans-b")
            y += 64
            continue
        p.text(120, y + 20, lab, 20, "sans", GREY)
        p.text(700, y + 22, v, 25, "sans-b")
        p.line(120, y + 40, 1534, y + 40, (210, 210, 210), 1)
        y += 70
    rect_stamp(p, 900, y + 60, [s1["institution"][:30].upper(), COUNTRIES[cc][1].upper()], (30, 60, 150))
    p.signature(300, y + 180, 240, seed=9)
    return [p]


TEMPLATES = {
    "s1106_y_typed": ("application_form", "blind4", s1106_typed),
    "s1106_y_hand": ("application_form", "blind4", s1106_hand),
    "s1_y_portable": ("s1_form", "blind4", s1_form),
}
_ = marianne_block

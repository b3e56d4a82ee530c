"""blind6 forms: S1106 (cerfa 15763*02, 3 pages) typed in the fillable PDF, or printed blank and
filled by hand in comb boxes; S1 portable document (national language + English)."""

from __future__ import annotations

import math

from cast import COUNTRIES
from codes import ascii_upper, dmy, long_fr
from render import A4, Page, logo
from w_kit import footer, hand

SITUATION = {
    "employee": "Vous exercez une activité salariée en France",
    "student": "Vous êtes étudiant(e)",
    "inactive": "Vous résidez en France de façon stable et régulière, sans activité",
    "pensioner": "Vous êtes titulaire d'une pension d'un autre État (formulaire S1)",
    "family": "Vous êtes membre de la famille d'un assuré / résidez en France",
    "self-employed": "Vous exercez une activité non salariée en France",
}


def _header(p: Page, n: int) -> None:
    logo(p, "marianne", 90, 70, 90, (0, 0, 0))
    p.text(90, 160, "RÉPUBLIQUE", 15, "sans-b")
    p.text(90, 180, "FRANÇAISE", 15, "sans-b")
    p.text(300, 105, "Demande d'ouverture des droits à l'assurance maladie", 28, "sans-b")
    p.text(
        300,
        145,
        "Protection universelle maladie (PUMa) — articles L.160-1 et R.111-2 du code de la sécurité sociale",
        17,
        "sans",
    )
    p.text(p.w - 90, 90, "cerfa", 30, "sans-b", align="r")
    p.text(p.w - 90, 125, "N° 15763*02", 20, "sans", align="r")
    p.text(p.w - 90, 155, "S 1106", 20, "sans-b", align="r")
    p.line(90, 210, p.w - 90, 210, (0, 0, 0), 2)
    p.text(p.w - 90, p.h - 60, "%d/3" % n, 18, "sans", align="r")


def _sec(p: Page, y: float, title: str) -> float:
    p.rect((90, y, p.w - 90, y + 50), outline=None, fill=(30, 30, 30))
    p.text(110, y + 36, title, 23, "sans-b", (255, 255, 255))
    return y + 100


def _field(p: Page, x, y, label, value, typed: bool, w: float = 600, seed: int = 0, comb: int = 0):
    p.text(x, y, label, 18, "sans", (60, 60, 60))
    if comb:
        if typed:
            p.boxes(x, y + 10, value.upper(), comb, cell=34, size=22, f="mono")
        else:
            for i in range(comb):
                p.rect((x + i * 34, y + 10, x + (i + 1) * 34, y + 49), outline=(0, 0, 0), width=1)
                if i < len(value):
                    hand(p, x + i * 34 + 7, y + 40, value.upper()[i], 26, seed + i)
        return
    p.line(x, y + 48, x + w, y + 48, (0, 0, 0), 1)
    if typed:
        p.text(x + 6, y + 42, value, 24, "cond")
    else:
        hand(p, x + 6, y + 42, value, 30, seed)


def _check(p: Page, x, y, label, on: bool, typed: bool, seed: int = 0):
    p.rect((x, y - 22, x + 26, y + 4), outline=(0, 0, 0), width=2)
    if on:
        if typed:
            p.text(x + 13, y, "X", 24, "sans-b", align="c")
        else:
            hand(p, x + 2, y + 2, "X", 30, seed)
    p.text(x + 40, y, label, 20, "sans")


def _s1106(d: dict, typed: bool) -> list[Page]:
    per = d["person"]
    s = d.get("seed", 0)
    pages = []
    p = Page(A4)
    _header(p, 1)
    y = 280
    p.wrap(
        90,
        y,
        p.w - 180,
        "Vous résidez en France de manière stable et régulière et vous n'êtes pas encore affilié(e) à un régime d'assurance maladie : utilisez ce formulaire. Écrivez en lettres capitales. Joignez les pièces listées en page 3.",
        19,
        "sans-i",
    )
    y = _sec(p, 400, "1. VOUS")
    _field(p, 110, y, "Nom de famille (nom de naissance)", per.surname, typed, comb=28, seed=s)
    y += 100
    _field(p, 110, y, "Nom d'usage (facultatif)", "", typed, comb=28, seed=s)
    y += 100
    _field(p, 110, y, "Prénoms (dans l'ordre de l'état civil)", per.given_str, typed, 1300, s + 1)
    y += 100
    _check(p, 110, y + 20, "Masculin", per.sex == "M", typed, s)
    _check(p, 330, y + 20, "Féminin", per.sex == "F", typed, s)
    _field(
        p,
        700,
        y - 10,
        "Date de naissance (JJ MM AAAA)",
        per.birth[8:10] + per.birth[5:7] + per.birth[:4],
        typed,
        comb=8,
        seed=s + 2,
    )
    y += 100
    _field(p, 110, y, "Lieu de naissance : commune", per.birthplace, typed, 700, s + 3)
    _field(p, 900, y, "Pays", COUNTRIES[per.country][1], typed, 560, s + 4)
    y += 100
    _field(
        p,
        110,
        y,
        "Nationalité",
        d["country_fr"] if not per.country.startswith("FR") else "Française",
        typed,
        700,
        s + 5,
    )
    _field(p, 900, y, "N° de sécurité sociale (si vous en avez un)", "", typed, 560, s)
    y += 100
    _field(p, 110, y, "Adresse en France", "%s, %s" % tuple(per.address), typed, 1350, s + 6)
    y += 100
    _field(
        p,
        110,
        y,
        "Téléphone",
        "06 %s %s %s 47" % (per.birth[2:4], per.birth[5:7], per.birth[8:10]),
        typed,
        500,
        s + 7,
    )
    _field(
        p,
        700,
        y,
        "Adresse électronique",
        "%s.%s@courriel.fr"
        % (
            ascii_upper(per.given[0]).lower().split("-")[0],
            ascii_upper(per.surname).lower().replace(" ", "").replace("'", "")[:10],
        ),
        typed,
        760,
        s + 8,
    )
    pages.append(p)
    q = Page(A4)
    _header(q, 2)
    y = _sec(q, 260, "2. VOTRE SITUATION")
    for i, (k, lb) in enumerate(SITUATION.items()):
        _check(q, 110, y + i * 60, lb, d["profile"] == k, typed, s + i)
    y += 6 * 60 + 40
    _field(
        q,
        110,
        y,
        "Date d'arrivée en France (JJ MM AAAA)",
        d["arrival"][8:10] + d["arrival"][5:7] + d["arrival"][:4],
        typed,
        comb=8,
        seed=s + 9,
    )
    y += 110
    _field(
        q,
        110,
        y,
        "Dernier pays de résidence / d'assurance maladie",
        COUNTRIES[per.country][1],
        typed,
        900,
        s + 10,
    )
    y += 110
    _field(q, 110, y, "Organisme d'assurance maladie dans ce pays (le cas échéant)", "", typed, 900, s)
    y = _sec(q, y + 120, "3. LES MEMBRES DE VOTRE FAMILLE QUI RÉSIDENT AVEC VOUS")
    rows = [
        ["Nom", "Prénom", "Date de naissance", "Lien de parenté"],
        ["", "", "", ""],
        ["", "", "", ""],
        ["", "", "", ""],
    ]
    q.table(110, y, [420, 380, 300, 334], rows, size=19, row_h=60)
    y += 300
    y = _sec(q, y, "4. VOS COORDONNÉES BANCAIRES")
    q.text(110, y, "Joindre un relevé d'identité bancaire (RIB) à votre nom.", 20, "sans")
    pages.append(q)
    r = Page(A4)
    _header(r, 3)
    y = _sec(r, 260, "5. PIÈCES À JOINDRE")
    for i, t in enumerate([
        "une pièce d'identité (passeport, carte d'identité) ou un titre de séjour",
        "un acte de naissance (extrait avec filiation ou copie intégrale), traduit le cas échéant",
        "un justificatif de résidence stable en France depuis plus de 3 mois",
        "un justificatif de votre activité ou de vos ressources",
        "un relevé d'identité bancaire",
    ]):  # fmt: skip
        _check(r, 110, y + i * 60, t, True, typed, s + 20 + i)
    y += 5 * 60 + 60
    y = _sec(r, y, "6. ENGAGEMENT ET SIGNATURE")
    y = r.wrap(
        110,
        y,
        r.w - 220,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je m'engage à signaler tout changement de situation à ma caisse d'assurance maladie. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraude ou de fausse déclaration (articles 313-1 à 313-3, 433-19, 441-1 et 441-7 du code pénal).",
        20,
        "sans",
    )
    y += 40
    _field(r, 110, y, "Fait à", per.city, typed, 500, s + 30)
    _field(
        r,
        700,
        y,
        "le (JJ MM AAAA)",
        d["signed"][8:10] + d["signed"][5:7] + d["signed"][:4],
        typed,
        comb=8,
        seed=s + 31,
    )
    r.text(110, y + 170, "Signature", 20, "sans")
    r.rect((110, y + 190, 800, y + 400), outline=(0, 0, 0), width=1)
    r.signature(200, y + 320, 300, seed=s % 7)
    r.wrap(
        90,
        r.h - 200,
        r.w - 180,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès et de rectification pour les données vous concernant auprès de votre caisse.",
        15,
        "sans",
        (90, 90, 90),
    )
    pages.append(r)
    return pages


def s1106_typed(d: dict) -> list[Page]:
    return _s1106(d, True)


def s1106_hand(d: dict) -> list[Page]:
    return _s1106(d, False)


NATIONAL = {
    "DK": ("Tilmelding med henblik på sygeforsikringsdækning", "Udbetaling Danmark — Pension"),
    "LT": ("Registracija sveikatos draudimo išmokoms gauti", "Valstybinė ligonių kasa"),
    "EE": ("Registreerimine ravikindlustushüvitiste saamiseks", "Tervisekassa"),
}


def s1_form(d: dict) -> list[Page]:
    per = d["person"]
    nat = NATIONAL.get(per.country, ("Registration for healthcare cover", d["institution"]))
    p = Page(A4)
    p.rect((90, 80, 230, 180), outline=None, fill=(0, 51, 153))
    for k in range(12):
        a = 2 * math.pi * k / 12
        cx, cy = 160 + 34 * math.cos(a), 130 + 34 * math.sin(a)
        p.text(cx, cy + 7, "★", 16, "sans", (255, 204, 0), align="c")
    p.text(270, 115, "S1", 50, "sans-b", (0, 51, 153))
    p.text(380, 110, nat[0], 22, "sans-b")
    p.text(380, 145, "REGISTRATION FOR HEALTHCARE COVER", 22, "sans-b")
    p.text(
        380,
        175,
        "Regulation (EC) No 883/2004, art. 17, 24, 25, 26 — Regulation (EC) No 987/2009, art. 24",
        16,
        "sans",
        (70, 70, 70),
    )
    p.line(90, 220, p.w - 90, 220, (0, 51, 153), 3)
    y = 300
    secs = [
        ("1. PERSONAL DATA OF THE INSURED PERSON", [
            ("1.1 Personal identification number", d["pin"]),
            ("1.2 Surname(s)", per.surname.upper()),
            ("1.3 Forename(s)", per.given_str),
            ("1.4 Surname(s) at birth", per.surname.upper()),
            ("1.5 Date of birth", dmy(per.birth)),
            ("1.6 Address in the country of residence", "%s, %s, FRANCE" % tuple(per.address)),
        ]),
        ("2. ENTITLEMENT", [
            ("2.1", "☒ Pensioner / recipient of a pension (art. 24 of Regulation 883/2004)"),
            ("2.2 Start date", dmy(d["issue"])),
            ("2.3 End date", "—  (open-ended)"),
        ]),
        ("3. MEMBERS OF THE FAMILY", [("3.1", "Not applicable")]),
        ("4. COMPETENT INSTITUTION", [
            ("4.1 Name", nat[1]),
            ("4.2 Identification code", "%s-%s" % (per.iso3[:2], d["pin"][-6:])),
            ("4.3 Address", per.birthplace.split(" (")[0]),
            ("4.4 Date", dmy(d["issue"])),
        ]),
    ]  # fmt: skip
    for title, rows in secs:
        p.rect((90, y - 40, p.w - 90, y + 12), outline=None, fill=(225, 232, 245))
        p.text(110, y, title, 23, "sans-b")
        y += 70
        for lb, v in rows:
            p.text(120, y, lb, 21, "sans", (60, 60, 60))
            p.text(640, y, v, 24, "sans-b" if not v.startswith("☒") else "sans")
            p.line(640, y + 10, p.w - 110, y + 10, (200, 200, 200), 1)
            y += 58
        y += 50
    p.text(120, y + 20, "4.5 Stamp and signature", 21, "sans", (60, 60, 60))
    p.stamp(
        500,
        y + 190,
        120,
        "%s * %s * " % (nat[1].upper()[:26], per.iso3),
        ["S1", dmy(d["issue"])],
        color=(0, 51, 153),
        size=16,
    )
    p.signature(800, y + 200, 240, seed=6)
    footer(
        p,
        "Please present this document to the sickness insurance institution of your place of residence (France: CPAM).",
        "1/1",
    )
    _ = long_fr
    return [p]


TEMPLATES = {
    "s1106_w_typed": ("application_form", "blind6", s1106_typed),
    "s1106_w_hand": ("application_form", "blind6", s1106_hand),
    "s1_w_form": ("s1_form", "blind6", s1_form),
}

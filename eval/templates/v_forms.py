"""blind7 forms: S1106 (cerfa 15763*02) typed or hand-filled (3 pages each), S1 portable document."""

from __future__ import annotations

import v_kit as k
from codes import dmy
from render import GREY, Page, logo

PROFILE_BOX = {
    "employee": "Salarié(e) ou assimilé(e)",
    "self-employed": "Travailleur(se) indépendant(e)",
    "student": "Étudiant(e)",
    "pensioner": "Retraité(e) / pensionné(e) d'un régime étranger",
    "inactive": "Sans activité professionnelle",
    "family": "Sans activité professionnelle",
}
CHOICES = [
    "Salarié(e) ou assimilé(e)",
    "Travailleur(se) indépendant(e)",
    "Étudiant(e)",
    "Retraité(e) / pensionné(e) d'un régime étranger",
    "Sans activité professionnelle",
]


def _head(p: Page, n: int, typed: bool) -> None:
    logo(p, "marianne", 90, 70, 70, None)
    p.text(90, 160, "RÉPUBLIQUE", 13, "sans-b")
    p.text(90, 178, "FRANÇAISE", 13, "sans-b")
    p.text(p.w / 2, 110, "DEMANDE D'OUVERTURE DES DROITS", 30, "sans-b", align="c")
    p.text(p.w / 2, 148, "À L'ASSURANCE MALADIE", 30, "sans-b", align="c")
    p.text(
        p.w / 2,
        185,
        "Protection universelle maladie — article L. 160-1 du code de la sécurité sociale",
        16,
        "sans",
        GREY,
        align="c",
    )
    p.text(p.w - 90, 95, "cerfa", 24, "sans-b", align="r")
    p.text(p.w - 90, 125, "N° 15763*02", 18, "sans", align="r")
    p.text(p.w - 90, 150, "S1106", 18, "sans-b", align="r")
    p.text(p.w - 90, p.h - 60, "%d/3" % n, 18, "sans", GREY, align="r")
    if typed:
        p.text(90, p.h - 60, "Formulaire complété en ligne — imprimé le document PDF", 15, "sans-i", GREY)


def _section(p: Page, y: float, title: str) -> float:
    p.rect((80, y, p.w - 80, y + 46), outline=None, fill=(0, 85, 150))
    p.text(100, y + 33, title, 22, "sans-b", (255, 255, 255))
    return y + 90


def _field(p: Page, x: float, y: float, label: str, value: str, typed: bool, seed: int, n: int = 0) -> None:
    p.text(x, y, label, 19, "sans")
    if n and not typed:
        p.boxes(x, y + 14, "", n, cell=38)
        for i, ch in enumerate(value.upper()[:n]):
            p.handwriting(x + i * 38 + 8, y + 48, ch, 28, k.INK, seed + i)
        return
    if typed:
        p.rect(
            (x, y + 12, x + 700 if n else x + 1400, y + 62),
            outline=(150, 150, 150),
            fill=(245, 248, 252),
            width=1,
        )
        p.text(x + 12, y + 48, value, 24, "mono")
    else:
        k.dotted(p, x, x + 1400, y + 56)
        k.hand(p, x + 20, y + 48, value, 32, seed=seed)


def _check(p: Page, x: float, y: float, label: str, on: bool, typed: bool, seed: int) -> None:
    p.rect((x, y - 24, x + 28, y + 4), outline=(40, 40, 40), width=2)
    if on:
        if typed:
            p.text(x + 14, y, "X", 26, "sans-b", align="c")
        else:
            p.line(x + 2, y - 10, x + 12, y + 2, k.INK, 4)
            p.line(x + 12, y + 2, x + 34, y - 34, k.INK, 4)
    p.text(x + 44, y, label, 20, "sans")


def _s1106(d: dict, typed: bool) -> list[Page]:
    per = d["person"]
    s = d["seed"]
    pages = []
    p = Page()
    _head(p, 1, typed)
    y = _section(p, 240, "1. VOTRE IDENTITÉ")
    _check(p, 100, y, "Madame", per.sex == "F", typed, s)
    _check(p, 330, y, "Monsieur", per.sex == "M", typed, s)
    y += 60
    _field(p, 100, y, "Nom de famille (nom de naissance)", per.surname.upper(), typed, s, 26)
    y += 110
    _field(p, 100, y, "Nom d'usage (facultatif)", "", typed, s + 1, 26)
    y += 110
    _field(p, 100, y, "Prénoms (dans l'ordre de l'état civil)", per.given_str, typed, s + 2)
    y += 110
    _field(p, 100, y, "Date de naissance (jj/mm/aaaa)", dmy(per.birth), typed, s + 3, 10)
    y += 110
    _field(p, 100, y, "Lieu de naissance : commune", per.birthplace, typed, s + 4)
    y += 110
    _field(p, 100, y, "Pays de naissance", d["country_fr"], typed, s + 5)
    y += 110
    _field(
        p,
        100,
        y,
        "Nationalité",
        d["country_fr"] if not per.country.startswith("FR") else "française",
        typed,
        s + 6,
    )
    y += 130
    y = _section(p, y, "2. VOTRE ADRESSE EN FRANCE")
    _field(p, 100, y, "N° et voie", per.street, typed, s + 7)
    y += 110
    _field(p, 100, y, "Code postal", per.postcode, typed, s + 8, 5)
    _field(p, 500, y, "Commune", per.city.upper(), typed, s + 9, 22)
    y += 110
    _field(
        p,
        100,
        y,
        "Téléphone / courriel (facultatif)",
        "06 %s" % " ".join(str(10 + (s * (i + 3)) % 89) for i in range(4)),
        typed,
        s + 10,
    )
    pages.append(p)
    p = Page()
    _head(p, 2, typed)
    y = _section(p, 240, "3. VOTRE SITUATION")
    p.text(100, y, "Vous êtes actuellement :", 21, "sans-b")
    y += 55
    for i, c in enumerate(CHOICES):
        _check(p, 120, y, c, PROFILE_BOX[d["profile"]] == c, typed, s + i)
        y += 55
    y += 30
    _field(p, 100, y, "Date d'arrivée en France (jj/mm/aaaa)", dmy(d["arrival"]), typed, s + 11, 10)
    y += 120
    p.text(
        100,
        y,
        "Résidez-vous en France de manière stable et régulière depuis plus de trois mois ?",
        20,
        "sans",
    )
    y += 50
    _check(p, 120, y, "Oui", True, typed, s)
    _check(p, 300, y, "Non", False, typed, s)
    y += 90
    y = _section(p, y, "4. VOS DROITS À L'ÉTRANGER")
    p.text(100, y, "Bénéficiez-vous d'une couverture maladie dans un autre État ?", 20, "sans")
    y += 50
    _check(
        p,
        120,
        y,
        "Oui (joindre le formulaire S1 ou l'attestation de droits)",
        d["profile"] == "pensioner",
        typed,
        s,
    )
    y += 50
    _check(p, 120, y, "Non", d["profile"] != "pensioner", typed, s)
    y += 90
    y = _section(p, y, "5. VOTRE COMPTE BANCAIRE")
    p.text(100, y, "Joindre un relevé d'identité bancaire (RIB) à vos nom et prénom.", 20, "sans")
    pages.append(p)
    p = Page()
    _head(p, 3, typed)
    y = _section(p, 240, "6. PIÈCES JUSTIFICATIVES À JOINDRE")
    for t in (
        "une pièce d'identité (passeport, carte nationale d'identité) ou titre de séjour",
        "un acte de naissance (extrait avec filiation ou copie intégrale), traduit le cas échéant",
        "un justificatif de résidence stable et régulière (quittances, factures, attestation d'hébergement)",
        "un justificatif de votre activité ou de vos ressources",
        "un relevé d'identité bancaire",
    ):
        y = p.wrap(120, y, p.w - 260, "•  " + t, 20) + 8
    y += 40
    y = _section(p, y, "7. ENGAGEMENT ET SIGNATURE")
    y = (
        p.wrap(
            100,
            y,
            p.w - 200,
            "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. La loi punit quiconque se rend coupable de fraudes ou de fausses déclarations (articles 313-1, 313-3, 433-19, 441-1 et 441-7 du code pénal).",
            20,
        )
        + 40
    )
    _field(p, 100, y, "Fait à", per.city.title(), typed, s + 20)
    y += 110
    _field(p, 100, y, "Le", dmy(d["signed"]), typed, s + 21, 10)
    y += 140
    p.text(100, y, "Signature :", 20, "sans")
    if typed:
        p.text(260, y, per.full, 24, "mono")
    p.signature(300, y + 90, 260, seed=s)
    y += 180
    p.wrap(
        100,
        y,
        p.w - 200,
        "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés s'applique aux réponses faites sur ce formulaire. Elle garantit un droit d'accès et de rectification pour les données vous concernant auprès de votre caisse.",
        16,
        "sans-i",
        GREY,
    )
    pages.append(p)
    return pages


def s1106_typed(d: dict) -> list[Page]:
    return _s1106(d, True)


def s1106_hand(d: dict) -> list[Page]:
    return _s1106(d, False)


# ---- S1 -----------------------------------------------------------------------------------------
S1_INST = {
    "NO": ("Helfo — Helseøkonomiforvaltningen", "Postboks 2415, 3104 Tønsberg, NO"),
    "LV": ("Nacionālais veselības dienests", "Cēsu iela 31 k-3, Rīga, LV-1012"),
    "MT": ("Entitlement Unit, Ministry for Health", "Evans Building, Valletta VLT 2000, MT"),
    "FR10": ("Caisse primaire d'assurance maladie", "France"),
}


def s1_form(d: dict) -> list[Page]:
    per = d["person"]
    inst, addr = S1_INST.get(per.country, (d["institution"], ""))
    p = Page()
    p.rect((80, 80, p.w - 80, 260), outline=(0, 51, 153), width=3)
    for i in range(12):
        import math

        a = math.radians(i * 30)
        p.text(180 + 50 * math.cos(a), 178 + 50 * math.sin(a), "★", 16, "sans", (255, 204, 0), align="c")
    p.text(290, 150, "S1", 60, "sans-b", (0, 51, 153))
    p.text(420, 130, "INSCRIPTION EN VUE DE BÉNÉFICIER DE LA COUVERTURE", 22, "sans-b")
    p.text(420, 160, "DE L'ASSURANCE MALADIE", 22, "sans-b")
    p.text(
        420,
        200,
        "Registration for healthcare cover — Règlements (CE) n° 883/2004, art. 17, 24, 25, 26",
        16,
        "sans",
        GREY,
    )
    p.text(420, 230, "Document portable — Sécurité sociale — Informations sur le titulaire", 16, "sans", GREY)
    y = 340

    def sec(y, title):
        p.rect((80, y, p.w - 80, y + 44), outline=None, fill=(220, 228, 245))
        p.text(100, y + 31, title, 21, "sans-b")
        return y + 90

    y = sec(y, "1. Informations personnelles du titulaire / Personal information of the holder")
    for n, lab, val in (
        ("1.1", "Numéro d'identification personnel / Personal identification number", d["pin"]),
        ("1.2", "Sexe / Sex", "Féminin / Female" if per.sex == "F" else "Masculin / Male"),
        ("1.3", "Nom(s) de famille / Surname(s)", per.surname.upper()),
        ("1.4", "Prénom(s) / Forename(s)", per.given_str),
        ("1.5", "Date de naissance / Date of birth", dmy(per.birth, "/")),
        ("1.6", "Lieu de naissance / Place of birth", per.birthplace),
    ):
        p.text(100, y, n, 19, "sans-b", GREY)
        p.text(170, y, lab, 18, "sans", GREY)
        p.text(170, y + 38, val, 26, "sans-b")
        y += 92
    y = sec(y + 10, "2. Droit aux prestations / Entitlement")
    p.text(100, y, "2.1", 19, "sans-b", GREY)
    p.text(170, y, "Le titulaire a droit aux prestations en nature en tant que :", 20, "sans")
    y += 50
    p.text(190, y, "☒  titulaire d'une pension / pensioner (art. 24, 25)", 22, "sans")
    y += 50
    p.text(100, y, "2.2", 19, "sans-b", GREY)
    p.text(
        170,
        y,
        "Date de début / Starting date : %s        Date de fin / Ending date : —" % dmy(d["issue"]),
        20,
        "sans",
    )
    y += 100
    y = sec(y, "6. Institution compétente / Competent institution")
    p.text(170, y, "6.1  Nom / Name : %s" % inst, 21, "sans")
    p.text(170, y + 45, "6.2  Adresse / Address : %s" % addr, 21, "sans")
    p.text(170, y + 90, "6.3  Date : %s" % dmy(d["issue"]), 21, "sans")
    p.text(170, y + 135, "6.4  Signature :", 21, "sans")
    p.signature(400, y + 170, 220, seed=d["seed"])
    p.stamp(1300, y + 120, 110, "%s * " % inst.upper()[:34], ["S1"], (0, 51, 153), 15)
    k.page_footer(
        p,
        "Il est conseillé de garder une copie de ce document. / You are advised to keep a copy of this document.",
    )
    return [p]


TEMPLATES = {
    "s1106_v_typed": ("application_form", "blind7", s1106_typed),
    "s1106_v_hand": ("application_form", "blind7", s1106_hand),
    "s1_v_portable": ("s1_form", "blind7", s1_form),
}

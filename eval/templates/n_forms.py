"""blind2 forms: S1106 (cerfa 15763*02) typed online or filled by hand (3 pages), portable document
S1 in English or French.

Written from the public description of the S1106 (identity, situation, documents to attach, sworn
statement and signature) and of the portable document S1 (insured person, entitlement, institution
completing the form). The wording here is our own.
"""

from __future__ import annotations

from codes import dmy
from n_kit import INK, footer, hand
from render import A4, Page, logo

PROFILE_LINE = {
    "employee": "J'exerce une activité salariée en France",
    "student": "Je suis étudiant(e) et je réside en France de manière stable",
    "inactive": "Je réside en France de manière stable et régulière sans activité professionnelle",
    "pensioner": "Je suis titulaire d'une pension d'un autre État (formulaire S1)",
    "family": "Je réside en France avec mon conjoint, de manière stable et régulière",
    "self-employed": "J'exerce une activité non salariée en France",
}


def _s1106(d: dict, by_hand: bool) -> list[Page]:
    per = d["person"]
    s = d.get("seed", 0)
    pages = []

    def put(p: Page, x: float, y: float, val: str, n: int, cell: float = 36) -> None:
        if by_hand:
            p.boxes(x, y, "", n, cell, 24)
            for i, ch in enumerate(val[:n].upper()):
                hand(p, x + i * cell + cell * 0.22, y + cell * 0.92, ch, 30, INK, seed=s + i)
        else:
            p.boxes(x, y, val[:n].upper(), n, cell, 24, "mono-b")

    def header(p: Page, k: int) -> None:
        logo(p, "marianne", 90, 70, 90, None)
        p.text(200, 100, "l'Assurance Maladie", 26, "sans-b", (0, 80, 160))
        p.text(1564, 90, "cerfa", 22, "sans-b", align="r")
        p.text(1564, 120, "N° 15763*02", 20, "sans", align="r")
        p.text(827, 200, "DEMANDE D'OUVERTURE DES DROITS À L'ASSURANCE MALADIE", 30, "sans-b", align="c")
        p.text(827, 240, "Protection universelle maladie (PUMa) - S1106", 22, "sans", (80, 80, 80), align="c")
        footer(p, "S1106 - %s%s" % ("formulaire rempli en ligne" if not by_hand else "", ""), k, 3)

    p = Page(A4)
    header(p, 1)
    p.rect((90, 300, 1564, 360), outline=None, fill=(0, 80, 160))
    p.text(110, 345, "1. VOUS", 28, "sans-b", (255, 255, 255))
    y = 420
    for lbl, val, n in (
        ("Nom de naissance", per.surname, 26),
        ("Nom d'usage (facultatif)", "", 26),
        ("Prénom(s)", per.given_str, 26),
    ):
        p.text(110, y + 30, lbl, 20, "sans")
        put(p, 520, y, val, n)
        y += 80
    p.text(110, y + 30, "Sexe", 20, "sans")
    for i, (k, v) in enumerate((("F", "Féminin"), ("M", "Masculin"))):
        p.rect((520 + i * 250, y + 5, 556 + i * 250, y + 41), width=2)
        p.text(570 + i * 250, y + 33, v, 20, "sans")
        if per.sex == k:
            (
                hand(p, 526 + i * 250, y + 36, "X", 34, INK, seed=s)
                if by_hand
                else p.text(527 + i * 250, y + 35, "X", 30, "mono-b")
            )
    y += 80
    p.text(110, y + 30, "Date de naissance", 20, "sans")
    put(p, 520, y, dmy(per.birth, ""), 8)
    y += 80
    p.text(110, y + 30, "Lieu de naissance", 20, "sans")
    put(p, 520, y, per.birthplace.split(" (")[0], 26)
    y += 80
    p.text(110, y + 30, "Pays de naissance", 20, "sans")
    put(p, 520, y, d["country_fr"], 26)
    y += 80
    p.text(110, y + 30, "Nationalité", 20, "sans")
    put(p, 520, y, d["country_fr"] if per.country[:2] != "FR" else "Française", 26)
    y += 110
    p.rect((90, y, 1564, y + 60), outline=None, fill=(0, 80, 160))
    p.text(110, y + 45, "2. VOTRE ADRESSE EN FRANCE", 28, "sans-b", (255, 255, 255))
    y += 110
    p.text(110, y + 30, "N° et voie", 20, "sans")
    put(p, 520, y, per.street, 26)
    y += 80
    p.text(110, y + 30, "Code postal / Commune", 20, "sans")
    put(p, 520, y, per.postcode, 5)
    put(p, 740, y, per.city, 19)
    y += 80
    p.text(110, y + 30, "Date d'arrivée en France", 20, "sans")
    put(p, 520, y, dmy(d["arrival"], ""), 8)
    pages.append(p)

    q = Page(A4)
    header(q, 2)
    q.rect((90, 300, 1564, 360), outline=None, fill=(0, 80, 160))
    q.text(110, 345, "3. VOTRE SITUATION", 28, "sans-b", (255, 255, 255))
    y = 440
    for k, line in PROFILE_LINE.items():
        q.rect((110, y - 30, 146, y + 6), width=2)
        if k == d["profile"]:
            (hand(q, 116, y, "X", 34, INK, seed=s + 3) if by_hand else q.text(117, y, "X", 30, "mono-b"))
        q.text(170, y, line, 22, "sans")
        y += 70
    y += 40
    q.rect((90, y, 1564, y + 60), outline=None, fill=(0, 80, 160))
    q.text(110, y + 45, "4. PIÈCES À JOINDRE", 28, "sans-b", (255, 255, 255))
    y += 120
    for t in (
        "Une pièce d'identité (passeport, carte d'identité, titre de séjour)",
        "Un acte de naissance (extrait avec filiation ou copie intégrale), traduit s'il y a lieu",
        "Un justificatif de résidence en France depuis plus de trois mois",
        "Un relevé d'identité bancaire (RIB) à votre nom",
        "Le justificatif de votre situation (bulletins de salaire, certificat de scolarité, S1...)",
    ):
        q.text(130, y, "•  " + t, 21, "sans")
        y += 56
    pages.append(q)

    r = Page(A4)
    header(r, 3)
    r.rect((90, 300, 1564, 360), outline=None, fill=(0, 80, 160))
    r.text(110, 345, "5. ENGAGEMENT ET SIGNATURE", 28, "sans-b", (255, 255, 255))
    y = r.wrap(
        110,
        440,
        1440,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et je m'engage à signaler à ma caisse tout changement de situation. La loi punit quiconque se rend coupable de fraude ou de fausse déclaration.",
        23,
        "sans",
        leading=1.6,
    )
    r.text(110, y + 60, "Fait à", 22, "sans")
    r.text(600, y + 60, "le", 22, "sans")
    if by_hand:
        hand(r, 200, y + 58, per.city, 36, INK, seed=s + 5)
        hand(r, 650, y + 58, dmy(d["signed"]), 36, INK, seed=s + 6)
        r.signature(300, y + 230, 300, INK, seed=s % 7)
    else:
        r.text(200, y + 60, per.city, 24, "mono-b")
        r.text(650, y + 60, dmy(d["signed"]), 24, "mono-b")
        r.text(110, y + 160, "Signé électroniquement par %s" % per.full, 22, "sans-i")
    r.text(
        110,
        1900,
        "Les informations recueillies font l'objet d'un traitement par l'Assurance Maladie pour la gestion de vos droits.",
        17,
        "sans-i",
        (110, 110, 110),
    )
    pages.append(r)
    return pages


def s1106_online(d: dict) -> list[Page]:
    return _s1106(d, False)


def s1106_hand(d: dict) -> list[Page]:
    return _s1106(d, True)


# ------------------------------------------------------------------------------- portable document S1
S1_TEXT = {
    "en": dict(
        title="REGISTRATION FOR HEALTHCARE COVER",
        sub="Coordination of social security systems - Regulations (EC) 883/2004 and 987/2009",
        s1="1. Personal information of the insured person",
        id="Personal identification number",
        sur="Surname(s)",
        fore="Forename(s)",
        birth="Date of birth",
        addr="Address in the State of residence",
        s2="2. Entitlement",
        pens="The holder is entitled to healthcare as a pension claimant / pensioner",
        s3="3. Start date of entitlement",
        s5="5. Institution completing the form",
        name="Name",
        date="Date",
        sign="Signature",
        stamp="Office stamp",
    ),
    "fr": dict(
        title="INSCRIPTION EN VUE DE BÉNÉFICIER DE LA COUVERTURE D'ASSURANCE MALADIE",
        sub="Coordination des systèmes de sécurité sociale - Règlements (CE) 883/2004 et 987/2009",
        s1="1. Informations personnelles relatives à l'assuré",
        id="Numéro d'identification personnel",
        sur="Nom(s)",
        fore="Prénom(s)",
        birth="Date de naissance",
        addr="Adresse dans l'État de résidence",
        s2="2. Droits",
        pens="Le titulaire a droit aux soins de santé en tant que titulaire de pension",
        s3="3. Date de début des droits",
        s5="5. Institution qui remplit le formulaire",
        name="Nom",
        date="Date",
        sign="Signature",
        stamp="Cachet",
    ),
}


def _s1(d: dict, lang: str) -> list[Page]:
    per = d["person"]
    t = S1_TEXT[lang]
    p = Page(A4, bg=(253, 253, 250))
    p.rect((90, 80, 260, 250), outline=None, fill=(0, 51, 153))
    for k in range(12):
        import math

        a = k * math.pi / 6
        p.text(175 + 55 * math.cos(a), 175 + 55 * math.sin(a) + 8, "★", 20, "sans", (255, 204, 0), align="c")
    p.text(300, 150, "S1", 80, "sans-b", (0, 51, 153))
    p.text(430, 130, "PORTABLE DOCUMENT" if lang == "en" else "DOCUMENT PORTABLE", 26, "sans-b")
    p.wrap(430, 170, 1130, t["title"], 24, "sans")
    p.text(430, 250, t["sub"], 16, "sans-i", (90, 90, 90))
    y = 340
    p.rect((90, y, 1564, y + 50), outline=None, fill=(225, 230, 245))
    p.text(110, y + 36, t["s1"], 24, "sans-b")
    y += 110
    for num, lbl, val in (
        ("1.1", t["id"], d["pin"]),
        ("1.2", t["sur"], per.surname.upper()),
        ("1.3", t["fore"], per.given_str),
        ("1.4", t["birth"], dmy(per.birth)),
        ("1.5", t["addr"], ", ".join(per.address)),
    ):
        p.text(110, y, num, 20, "sans-b")
        p.text(180, y, lbl, 20, "sans", (60, 60, 60))
        p.text(700, y, val, 26, "mono-b")
        p.line(700, y + 10, 1540, y + 10, (170, 170, 170), 1)
        y += 75
    y += 30
    p.rect((90, y, 1564, y + 50), outline=None, fill=(225, 230, 245))
    p.text(110, y + 36, t["s2"], 24, "sans-b")
    y += 100
    p.rect((110, y - 28, 142, y + 4), width=2)
    p.text(116, y, "X", 28, "mono-b")
    p.wrap(170, y, 1380, "2.4  " + t["pens"], 21, "sans")
    y += 100
    p.rect((90, y, 1564, y + 50), outline=None, fill=(225, 230, 245))
    p.text(110, y + 36, t["s3"], 24, "sans-b")
    y += 100
    p.text(180, y, "3.1", 20, "sans-b")
    p.text(700, y, dmy(d["issue"][:8] + "01"), 26, "mono-b")
    y += 100
    p.rect((90, y, 1564, y + 50), outline=None, fill=(225, 230, 245))
    p.text(110, y + 36, t["s5"], 24, "sans-b")
    y += 100
    inst = {"GR": "e-EFKA - Athens", "LU": "Caisse nationale de santé - Luxembourg"}.get(
        per.country, d["institution"]
    )
    for num, lbl, val in (
        ("5.1", t["name"], inst),
        ("5.2", "ID", "%s-%s" % (per.country, d["pin"][:5])),
        ("5.4", t["date"], dmy(d["issue"])),
    ):
        p.text(110, y, num, 20, "sans-b")
        p.text(180, y, lbl, 20, "sans", (60, 60, 60))
        p.text(700, y, val, 24, "mono-b")
        y += 70
    p.text(180, y + 30, "5.3 " + t["stamp"], 20, "sans", (60, 60, 60))
    p.stamp(500, y + 160, 100, "%s * " % inst.upper()[:28], [per.country], (30, 60, 150), 16)
    p.text(900, y + 30, "5.5 " + t["sign"], 20, "sans", (60, 60, 60))
    p.signature(950, y + 160, 260, seed=d["seed"] % 5)
    return [p]


def s1_en(d: dict) -> list[Page]:
    return _s1(d, "en")


def s1_fr(d: dict) -> list[Page]:
    return _s1(d, "fr")


TEMPLATES = {
    "s1106_n_online": ("application_form", "blind2", s1106_online),
    "s1106_n_hand": ("application_form", "blind2", s1106_hand),
    "s1_n_en": ("s1_form", "blind2", s1_en),
    "s1_n_fr": ("s1_form", "blind2", s1_fr),
}

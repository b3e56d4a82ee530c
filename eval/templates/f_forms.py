"""Fresh-half forms: the S1106 application (cerfa 15763, typed on the fillable PDF, 3 pages) and
two S1 portable documents (EESSI grid in the issuing country's language; a French letter-style
print). Field wording follows the public forms; all people and numbers are invented.
"""

from __future__ import annotations

import math

from codes import dmy
from render import GREY, Page, logo

BLUE = (0, 60, 130)
TYPED = (10, 10, 10)


def _header(p: Page, page: int) -> None:
    logo(p, "marianne", 100, 70, 90, None)
    p.text(210, 100, "Assurance Maladie", 28, "sans-b", BLUE)
    p.text(210, 135, "Demande d'ouverture des droits à l'assurance maladie", 24, "sans")
    p.text(1554, 100, "S1106", 34, "sans-b", align="r")
    p.text(1554, 135, "cerfa n° 15763*02", 20, "sans", GREY, align="r")
    p.text(1554, 2260, "page %d/3" % page, 20, "sans", GREY, align="r")


def _section(p: Page, y: float, title: str) -> float:
    p.rect((100, y, 1554, y + 54), outline=None, fill=BLUE)
    p.text(120, y + 38, title, 26, "sans-b", (255, 255, 255))
    return y + 100


def _field(p: Page, x: float, y: float, label: str, value: str, w: float = 700) -> None:
    p.text(x, y, label, 20, "sans", GREY)
    p.rect((x, y + 10, x + w, y + 62), outline=(150, 160, 180), fill=(238, 243, 252), width=1)
    p.text(x + 12, y + 48, value, 26, "sans", TYPED)


def _tick(p: Page, x: float, y: float, label: str, on: bool) -> None:
    p.rect((x, y - 26, x + 30, y + 4), outline=(0, 0, 0), width=2)
    if on:
        p.text(x + 15, y, "X", 28, "sans-b", TYPED, align="c")
    p.text(x + 50, y, label, 24, "sans")


def s1106_typed_f(d: dict) -> list[Page]:
    per = d["person"]
    prof = d["profile"]
    p1, p2, p3 = Page(), Page(), Page()
    _header(p1, 1)
    p1.wrap(
        100,
        240,
        1454,
        "Vous résidez en France de manière stable et régulière et vous n'êtes pas encore affilié(e) : remplissez ce formulaire et joignez les pièces demandées (voir page 3).",
        22,
        "sans-i",
    )
    y = _section(p1, 330, "1. VOTRE IDENTITÉ")
    _field(p1, 100, y, "Nom de naissance", per.surname.upper())
    _field(p1, 850, y, "Nom d'usage (facultatif)", "")
    _field(p1, 100, y + 110, "Prénom(s)", per.given_str, 1450)
    _field(p1, 100, y + 220, "Date de naissance (jj/mm/aaaa)", dmy(per.birth), 420)
    _tick(p1, 600, y + 270, "Masculin", per.sex == "M")
    _tick(p1, 800, y + 270, "Féminin", per.sex == "F")
    _field(p1, 100, y + 330, "Lieu de naissance (commune)", per.birthplace, 700)
    _field(p1, 850, y + 330, "Pays de naissance", d["country_fr"], 700)
    _field(p1, 100, y + 440, "Nationalité", d["country_fr"], 700)
    _field(p1, 850, y + 440, "N° de sécurité sociale (si vous en avez un)", "", 700)
    y = _section(p1, y + 580, "2. VOTRE ADRESSE EN FRANCE")
    _field(p1, 100, y, "N° et rue", per.street, 1450)
    _field(p1, 100, y + 110, "Code postal", per.postcode, 300)
    _field(p1, 450, y + 110, "Commune", per.city, 1100)
    _field(p1, 100, y + 220, "Date d'arrivée en France", dmy(d["arrival"]), 420)
    _field(
        p1,
        600,
        y + 220,
        "Téléphone / courriel",
        "06 %02d %02d %02d %02d" % tuple((d["seed"] >> k) % 100 for k in (0, 3, 6, 9)),
        950,
    )
    y = _section(p1, y + 360, "3. VOTRE SITUATION")
    opts = [
        ("employee", "Vous exercez une activité salariée en France"),
        ("self-employed", "Vous exercez une activité non salariée (indépendant)"),
        ("student", "Vous êtes étudiant(e)"),
        ("pensioner", "Vous êtes titulaire d'une pension d'un autre État (formulaire S1)"),
        ("inactive", "Vous n'exercez pas d'activité et résidez en France depuis plus de 3 mois"),
        ("family", "Vous êtes membre de la famille d'un assuré"),
    ]
    for k, (code, lab) in enumerate(opts):
        _tick(p1, 120, y + k * 55, lab, code == prof)
    _header(p2, 2)
    y = _section(p2, 230, "4. LES MEMBRES DE VOTRE FAMILLE À CHARGE")
    rows = [
        ["Nom", "Prénom(s)", "Date de naissance", "Lien"],
        ["", "", "", ""],
        ["", "", "", ""],
        ["", "", "", ""],
    ]
    y = p2.table(100, y, [400, 400, 330, 324], rows, size=22, head_fill=(220, 230, 245), row_h=60) + 60
    y = _section(p2, y, "5. VOS RESSOURCES ET VOTRE ACTIVITÉ")
    act = {
        "employee": "Salarié(e)",
        "self-employed": "Travailleur indépendant",
        "student": "Étudiant(e)",
        "pensioner": "Retraité(e)",
    }.get(prof, "Sans activité")
    _field(p2, 100, y, "Activité actuelle", act, 700)
    _field(p2, 850, y, "Depuis le", dmy(d["arrival"]), 700)
    _tick(p2, 120, y + 160, "Vous avez déjà été assuré(e) en France", False)
    _tick(p2, 120, y + 215, "Vous avez été assuré(e) dans un autre pays", prof == "pensioner")
    y = _section(p2, y + 300, "6. VOS COORDONNÉES BANCAIRES")
    p2.text(120, y, "Joignez un relevé d'identité bancaire (RIB) à votre nom.", 24, "sans")
    y = _section(p2, y + 80, "7. CHOIX DE LA CAISSE")
    p2.text(
        120, y, "Caisse primaire d'assurance maladie de votre lieu de résidence : %s" % per.city, 24, "sans"
    )
    _header(p3, 3)
    y = _section(p3, 230, "8. PIÈCES À JOINDRE")
    for k, s in enumerate(
        [
            "une pièce d'identité (passeport, carte d'identité) ou un titre de séjour",
            "un acte de naissance (avec filiation), traduit s'il est rédigé en langue étrangère",
            "un justificatif de résidence stable en France depuis plus de 3 mois",
            "un relevé d'identité bancaire (RIB)",
            "un justificatif d'activité ou de ressources selon votre situation",
        ]
    ):
        p3.text(140, y + k * 52, "•  " + s, 24, "sans")
    y = _section(p3, y + 330, "9. ENGAGEMENT ET SIGNATURE")
    y = p3.wrap(
        100,
        y,
        1454,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et m'engage à signaler tout changement de situation. La loi rend passible d'amende et/ou d'emprisonnement quiconque se rend coupable de fraudes ou de fausses déclarations.",
        24,
        "sans",
    )
    _field(p3, 100, y + 40, "Fait à", per.city, 700)
    _field(p3, 850, y + 40, "Le", dmy(d["signed"]), 420)
    p3.text(100, y + 200, "Signature :", 24, "sans")
    p3.signature(300, y + 240, 300, seed=d["seed"] % 31)
    p3.text(
        100,
        2180,
        "Les informations recueillies font l'objet d'un traitement par l'Assurance Maladie (droits d'accès et de rectification : RGPD).",
        18,
        "sans",
        GREY,
    )
    return [p1, p2, p3]


# ---- S1 -----------------------------------------------------------------------------------------
S1_LANG = {
    "nl": dict(
        title="DRAAGBAAR DOCUMENT S1",
        sub="Inschrijving voor ziektekostendekking",
        f=[
            "Persoonlijk identificatienummer",
            "Achternaam",
            "Voornamen",
            "Geboortedatum",
            "Adres in de woonstaat",
        ],
        s2="2. RECHT OP NATURAVERSTREKKINGEN",
        s2a="Vanaf",
        s2b="Tot en met",
        s2c="onbeperkt",
        s3="3. GROND VOOR HET RECHT",
        s3a="Pensioengerechtigde (artikel 24 Verordening 883/2004)",
        s5="5. BEVOEGD ORGAAN",
        inst="Bureau Zorgverzekering Buitenland, Postbus 4410, 3500 GK Utrecht",
        date="Datum",
        sig="Handtekening",
    ),
    "hr": dict(
        title="PRENOSIVA ISPRAVA S1",
        sub="Prijava za zdravstveno osiguranje",
        f=["Osobni identifikacijski broj", "Prezime", "Ime", "Datum rođenja", "Adresa u državi boravišta"],
        s2="2. PRAVO NA DAVANJA U NARAVI",
        s2a="Od",
        s2b="Do",
        s2c="neograničeno",
        s3="3. OSNOVA PRAVA",
        s3a="Umirovljenik (članak 24. Uredbe 883/2004)",
        s5="5. NADLEŽNA USTANOVA",
        inst="Zavod za mirovinsko i zdravstveno osiguranje, Ulica kneza Borne 9, 10000 Zagreb",
        date="Datum",
        sig="Potpis",
    ),
    "fr": dict(
        title="DOCUMENT PORTABLE S1",
        sub="Inscription en vue de bénéficier de la couverture d'assurance maladie",
        f=[
            "Numéro d'identification personnel",
            "Nom",
            "Prénoms",
            "Date de naissance",
            "Adresse dans l'État de résidence",
        ],
        s2="2. DROIT AUX PRESTATIONS EN NATURE",
        s2a="À partir du",
        s2b="Jusqu'au",
        s2c="durée indéterminée",
        s3="3. FONDEMENT DU DROIT",
        s3a="Titulaire d'une pension (article 24 du règlement 883/2004)",
        s5="5. INSTITUTION COMPÉTENTE",
        inst="Caisse de pension (État d'origine)",
        date="Date",
        sig="Signature",
    ),
}


def s1_eessi_grid(d: dict) -> list[Page]:
    per = d["person"]
    lang = {"NL": "nl", "HR": "hr"}.get(per.country, "fr")
    t = S1_LANG[lang]
    p = Page()
    p.rect((100, 80, 260, 200), outline=None, fill=(0, 51, 153))
    for k in range(12):
        a = k * math.pi / 6
        p.ellipse(
            (
                180 + 40 * math.cos(a) - 5,
                140 + 40 * math.sin(a) - 5,
                180 + 40 * math.cos(a) + 5,
                140 + 40 * math.sin(a) + 5,
            ),
            outline=None,
            fill=(255, 204, 0),
        )
    p.text(300, 130, t["title"], 42, "sans-b")
    p.text(300, 180, t["sub"], 26, "sans")
    p.text(1554, 130, "S1", 60, "sans-b", (0, 51, 153), align="r")
    y = 300
    p.rect((100, y, 1554, y + 50), outline=None, fill=(220, 226, 240))
    p.text(120, y + 36, "1. " + t["f"][1].upper() + " / " + t["f"][2].upper(), 24, "sans-b")
    vals = [d["pin"], per.surname.upper(), per.given_str, dmy(per.birth), ", ".join(per.address) + ", FRANCE"]
    y += 110
    for k, (lab, val) in enumerate(zip(t["f"], vals)):
        p.text(120, y, "1.%d  %s" % (k + 1, lab), 22, "sans", GREY)
        p.rect((620, y - 38, 1554, y + 14), outline=(140, 140, 140), width=1)
        p.text(640, y, val, 28, "mono-b")
        y += 80
    y += 40
    p.rect((100, y, 1554, y + 50), outline=None, fill=(220, 226, 240))
    p.text(120, y + 36, t["s2"], 24, "sans-b")
    y += 110
    p.text(120, y, "2.1  %s: %s" % (t["s2a"], dmy(d["issue"])), 26, "mono")
    p.text(900, y, "2.2  %s: %s" % (t["s2b"], t["s2c"]), 26, "mono")
    y += 80
    p.rect((100, y, 1554, y + 50), outline=None, fill=(220, 226, 240))
    p.text(120, y + 36, t["s3"], 24, "sans-b")
    y += 110
    p.text(120, y, "☒  3.4  " + t["s3a"], 26, "sans")
    y += 90
    p.rect((100, y, 1554, y + 50), outline=None, fill=(220, 226, 240))
    p.text(120, y + 36, t["s5"], 24, "sans-b")
    y += 110
    p.wrap(120, y, 1400, "5.2  " + t["inst"], 26, "sans")
    p.text(120, y + 100, "5.4  %s: %s" % (t["date"], dmy(d["issue"])), 26, "mono")
    p.text(900, y + 100, "5.5  %s:" % t["sig"], 26, "sans")
    p.signature(1100, y + 120, 260, seed=d["seed"] % 21)
    p.stamp(1300, y + 300, 110, "EESSI * S1 * ", [lang.upper()], (0, 51, 153))
    return [p]


def s1_fr_letter(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(bg=(252, 252, 252))
    p.text(100, 150, d["institution"], 30, "serif-b")
    p.text(100, 190, "Service des relations internationales", 24, "serif-i")
    p.text(1554, 150, "Document portable S1", 34, "serif-b", align="r")
    p.text(1554, 190, "Règlement (CE) n° 883/2004", 22, "serif", GREY, align="r")
    p.lines(950, 320, [per.full, *per.address], 26, "serif")
    p.text(100, 520, "Inscription en vue de bénéficier de la couverture d'assurance maladie", 30, "serif-b")
    rows = [
        ["Rubrique", "Renseignement"],
        ["1.1 Numéro personnel d'identification", d["pin"]],
        ["1.2 Nom", per.surname.upper()],
        ["1.3 Prénoms", per.given_str],
        ["1.5 Date de naissance", dmy(per.birth)],
        ["2.1 Date de début du droit", dmy(d["issue"])],
        ["2.2 Date de fin", "—"],
        ["3.4 Titulaire d'une pension", "oui"],
        ["5.4 Date d'établissement", dmy(d["issue"])],
    ]
    y = p.table(
        100, 590, [700, 754], rows, size=26, f="serif", hf="serif-b", head_fill=(235, 235, 220), row_h=70
    )
    p.wrap(
        100,
        y + 80,
        1454,
        "Ce document doit être présenté à l'institution d'assurance maladie du lieu de résidence, qui procédera à l'inscription du titulaire et des membres de sa famille.",
        24,
        "serif-i",
    )
    p.signature(1100, y + 320, 260, seed=d["seed"] % 29)
    p.stamp(600, y + 320, 110, "INSTITUTION COMPETENTE * S1 * ", ["S1"], (100, 30, 30))
    return [p]


TEMPLATES = {
    "s1106_typed_f": ("application_form", "fresh", s1106_typed_f),
    "s1_eessi_grid": ("s1_form", "fresh", s1_eessi_grid),
    "s1_fr_letter": ("s1_form", "fresh", s1_fr_letter),
}

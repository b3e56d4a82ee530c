"""blind2 civil documents: sworn translations of birth certificates, marriage certificates.

A French sworn translation (traduction assermentée) is made by a translator on a court of appeal's
list: it names the source language, renders the document's content, notes seals and signatures
in brackets, and ends with the translator's certification, seal and register number.
"""

from __future__ import annotations

from codes import dmy, long_fr
from n_kit import box_stamp, footer
from render import A4, Page

LANG_FR = {
    "el": "grec",
    "ar": "arabe",
    "ru": "russe",
    "hy": "arménien",
    "az": "azerbaïdjanais",
    "es": "espagnol",
    "pt": "portugais",
    "en": "anglais",
}
TRANSLATORS = [
    ("Irène KASPARIAN", "Cour d'appel de Lyon", "18 rue Servient, 69003 Lyon"),
    ("Nadia BENSOUDA-MARTIN", "Cour d'appel de Paris", "40 rue de Turbigo, 75003 Paris"),
    ("Alexis PAPAZOGLOU", "Cour d'appel de Toulouse", "6 place Wilson, 31000 Toulouse"),
]
COUNTRY_ISSUER = {
    "GR": "République hellénique - Ministère de l'Intérieur - Municipalité de {place} - Bureau de l'état civil",
    "EG": "République arabe d'Égypte - Ministère de l'Intérieur - Secteur de l'état civil",
    "RU": "Fédération de Russie - Bureau de l'état civil (ZAGS) de la ville de {place}",
    "AM": "République d'Arménie - Service d'enregistrement des actes d'état civil de {place}",
    "AZ": "République d'Azerbaïdjan - Service d'enregistrement de la ville de {place}",
    "MX": "États-Unis mexicains - Registre civil de l'État - Municipalité de {place}",
}


def _facts(d: dict) -> list[tuple[str, str]]:
    per = d["person"]
    rows = [
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "féminin" if per.sex == "F" else "masculin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    rows += [("N° d'enregistrement", d["number"]), ("Date de délivrance", dmy(d["issue"]))]
    return rows


def translation_letter(d: dict) -> list[Page]:
    """Two pages on the translator's letterhead: the translated text, then the certification."""
    per = d["person"]
    name, court, addr = TRANSLATORS[d["seed"] % len(TRANSLATORS)]
    lang = LANG_FR.get(d["lang"], "langue étrangère")
    reg = "%s/%04d" % (d["tr_date"][:4], 100 + d["seed"] % 900)

    def head(p: Page) -> None:
        p.text(120, 120, name, 30, "serif-b")
        p.text(120, 158, "Traducteur-interprète expert près la %s" % court, 22, "serif-i")
        p.text(120, 190, addr, 20, "serif", (90, 90, 90))
        p.line(120, 215, 1534, 215, (30, 30, 30), 2)

    p1 = Page(A4)
    head(p1)
    p1.text(827, 330, "TRADUCTION", 40, "serif-b", align="c", spacing=6)
    p1.text(
        827,
        380,
        "de l'%s vers le français" % lang if lang[0] in "aeiou" else "du %s vers le français" % lang,
        24,
        "serif-i",
        align="c",
    )
    p1.text(827, 420, "Document : %s" % d["orig_title"], 22, "serif", align="c")
    issuer = COUNTRY_ISSUER.get(per.country, "Autorité d'état civil de {place}").format(place=per.birthplace)
    y = p1.wrap(140, 520, 1380, "[Armoiries]  %s" % issuer, 25, "serif")
    y = p1.wrap(140, y + 20, 1380, "ACTE DE NAISSANCE", 30, "serif-b")
    for lbl, val in _facts(d):
        p1.text(170, y + 20, lbl + " :", 25, "serif")
        p1.text(640, y + 20, val, 27, "serif-b")
        y += 62
    y = p1.wrap(
        140, y + 60, 1380, "[Signature illisible]  Le responsable du service de l'état civil", 24, "serif-i"
    )
    y = p1.wrap(140, y + 10, 1380, "[Sceau rond de l'autorité d'état civil]", 24, "serif-i")
    footer(p1, "Traduction n° %s - %s %s" % (reg, per.given_str, per.surname.upper()), 1, 2)

    p2 = Page(A4)
    head(p2)
    p2.text(827, 360, "CERTIFICATION", 34, "serif-b", align="c")
    txt = (
        "Je soussigné(e), %s, traducteur-interprète expert inscrit(e) sur la liste de la %s, certifie "
        "que la traduction ci-jointe, en une page, est conforme à l'original rédigé en %s qui m'a été "
        "présenté, concernant %s %s, %s le %s à %s."
        % (
            name,
            court,
            lang,
            per.given_str,
            per.surname.upper(),
            "née" if per.sex == "F" else "né",
            dmy(per.birth),
            per.birthplace,
        )
    )
    y = p2.wrap(140, 480, 1380, txt, 28, "serif", leading=1.7)
    p2.text(140, y + 60, "Inscrit au répertoire sous le n° %s." % reg, 26, "serif")
    p2.text(140, y + 140, "Fait à %s, le %s" % (court.split(" de ")[-1], long_fr(d["tr_date"])), 26, "serif")
    p2.stamp(
        1150,
        y + 380,
        140,
        "%s * TRADUCTEUR EXPERT * " % name.upper(),
        [court.split(" de ")[-1].upper(), lang.upper()],
        (30, 60, 150),
        18,
    )
    p2.signature(250, y + 380, 300, seed=d["seed"] % 7)
    footer(p2, "Traduction n° %s" % reg, 2, 2)
    return [p1, p2]


def translation_grid(d: dict) -> list[Page]:
    """One page: a two-column table (rubrique / traduction), the translator's boxed stamp at the bottom."""
    per = d["person"]
    name, court, addr = TRANSLATORS[(d["seed"] + 1) % len(TRANSLATORS)]
    lang = LANG_FR.get(d["lang"], "langue étrangère")
    p = Page(A4, bg=(252, 252, 252))
    p.rect((0, 0, 1654, 150), outline=None, fill=(235, 238, 245))
    p.text(110, 90, "TRADUCTION CERTIFIÉE CONFORME", 36, "sans-b", (30, 40, 90))
    p.text(1544, 70, "Langue source : %s" % lang, 22, "sans", align="r")
    p.text(1544, 110, "Réf. T-%s-%03d" % (d["tr_date"][:4], d["seed"] % 1000), 22, "mono", align="r")
    p.text(110, 240, "Intitulé de l'original : %s" % d["orig_title"], 24, "sans")
    p.text(110, 285, "Nature : extrait / certificat de naissance - concerne %s" % per.full, 24, "sans")
    rows = [["Rubrique de l'original", "Traduction"]] + [[a, b] for a, b in _facts(d)]
    y = p.table(
        110,
        350,
        [520, 914],
        rows,
        25,
        "sans",
        "sans-b",
        head_fill=(220, 226, 240),
        row_h=72,
        zebra=(246, 247, 250),
    )
    y = p.wrap(
        110,
        y + 60,
        1430,
        "Mentions figurant sur l'original : sceau officiel, signature du fonctionnaire habilité, numéro de série du formulaire.",
        22,
        "sans-i",
    )
    y = p.wrap(
        110,
        y + 30,
        1430,
        "Traduction certifiée conforme à l'original, le %s, par %s, expert près la %s."
        % (dmy(d["tr_date"]), name, court),
        24,
        "sans",
    )
    box_stamp(
        p,
        200,
        y + 60,
        [name, "Traducteur expert - %s" % court, "Langue %s" % lang.upper()],
        (30, 60, 140),
        22,
        angle=-3,
    )
    p.signature(1050, y + 200, 280, seed=d["seed"] % 5)
    p.text(110, 2250, addr, 18, "sans", (120, 120, 120))
    return [p]


# ------------------------------------------------------------------------------- marriage
def marriage_copy(d: dict) -> list[Page]:
    """Copie intégrale: narrative text, both spouses' birth details, margin for mentions; two pages."""
    a, b = d["person"], d["spouse"]
    town = d["town"]
    p = Page(A4)
    p.text(120, 130, "Mairie de %s" % town, 28, "serif-b")
    p.text(120, 165, "Direction de la population - état civil", 20, "serif-i")
    p.text(1534, 130, "Acte n° %s" % d["number"], 26, "serif-b", align="r")
    p.text(827, 300, "COPIE INTÉGRALE", 38, "serif-b", align="c", spacing=3)
    p.text(827, 350, "d'acte de mariage", 30, "serif", align="c")
    p.line(420, 520, 420, 2050, (100, 100, 100), 1)
    p.text(120, 560, "Mentions", 22, "serif-b", (90, 90, 90))
    p.text(120, 600, "marginales :", 22, "serif-b", (90, 90, 90))
    p.text(120, 650, "néant", 22, "serif-i")

    def who(x):
        return "%s %s" % (x.given_str, x.surname.upper())

    txt = (
        "Le %s, à onze heures, devant Nous, %s, adjoint au maire, officier de l'état civil par délégation, "
        "ont comparu publiquement en la maison commune : %s, %s le %s à %s, domicilié%s à %s ; "
        "et %s, %s le %s à %s, domicilié%s à %s. "
        "Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux et Nous avons prononcé "
        "au nom de la loi qu'ils sont unis par le mariage. Sans contrat de mariage."
        % (
            long_fr(d["wedding"]),
            d["officer"],
            who(a),
            "née" if a.sex == "F" else "né",
            long_fr(a.birth),
            a.birthplace,
            "e" if a.sex == "F" else "",
            town,
            who(b),
            "née" if b.sex == "F" else "né",
            long_fr(b.birth),
            b.birthplace,
            "e" if b.sex == "F" else "",
            town,
        )
    )
    y = p.wrap(450, 560, 1080, txt, 27, "serif", leading=1.7)
    p.wrap(
        450,
        y + 30,
        1080,
        "En présence de Sylvie MARTIN et de Gérard FONTAINE, témoins majeurs. Lecture faite, les époux et les témoins ont signé avec Nous.",
        27,
        "serif",
        leading=1.7,
    )
    footer(p, "Copie intégrale - acte de mariage n° %s" % d["number"], 1, 2)
    q = Page(A4)
    q.text(120, 200, "Suite de l'acte n° %s" % d["number"], 24, "serif-i")
    q.wrap(
        120,
        320,
        1400,
        "Pour copie intégrale conforme au registre, délivrée à %s le %s." % (town, long_fr(d["issue"])),
        27,
        "serif",
    )
    q.text(1100, 560, "L'officier de l'état civil", 26, "serif", align="c")
    q.signature(990, 680, 240, seed=d["number"].__len__())
    q.stamp(600, 700, 115, "VILLE DE %s * ÉTAT CIVIL * " % town.upper(), ["RF"], (50, 50, 150), 18)
    footer(q, "Copie intégrale - acte de mariage n° %s" % d["number"], 2, 2)
    return [p, q]


def marriage_livret(d: dict) -> list[Page]:
    """A page of the livret de famille photographed: boxes for each spouse, light blue paper."""
    a, b = d["person"], d["spouse"]
    husband, wife = (a, b) if a.sex == "M" else (b, a)
    p = Page((1400, 1980), bg=(232, 240, 246))
    p.background("waves", (216, 228, 238), step=26)
    p.text(700, 110, "EXTRAIT DE L'ACTE DE MARIAGE", 36, "serif-b", align="c")
    p.text(700, 160, "Mairie de %s  -  acte n° %s" % (d["town"], d["number"]), 24, "serif", align="c")
    p.text(700, 240, "Mariage célébré le %s à %s" % (dmy(d["wedding"]), d["town"]), 28, "serif-b", align="c")
    y = 320
    for lbl, x in (("ÉPOUX", husband), ("ÉPOUSE", wife)):
        p.rect((80, y, 1320, y + 520), outline=(60, 80, 120), width=2)
        p.rect((80, y, 1320, y + 60), outline=None, fill=(200, 214, 232))
        p.text(110, y + 44, lbl, 26, "serif-b", (30, 40, 80))
        rows = [
            ("Nom", x.surname.upper()),
            ("Prénoms", x.given_str),
            ("Né(e) le", dmy(x.birth)),
            ("à", x.birthplace),
            ("Fils / fille de", "%s %s" % (x.father[0], x.father[1].upper())),
            ("et de", "%s %s" % (x.mother[0], x.mother[1].upper())),
        ]
        yy = y + 120
        for k, v in rows:
            p.text(110, yy, k, 22, "serif-i", (60, 70, 100))
            p.text(420, yy, v, 28, "sans-b" if k == "Nom" else "sans", (15, 20, 60))
            yy += 68
        y += 580
    p.text(110, y + 40, "Contrat de mariage : néant", 24, "serif")
    p.text(110, y + 90, "Délivré le %s" % dmy(d["issue"]), 24, "serif")
    p.stamp(1050, y + 120, 100, "MAIRIE DE %s * " % d["town"].upper(), ["ÉTAT", "CIVIL"], (50, 50, 140), 16)
    return [p]


TEMPLATES = {
    "translation_n_letter": ("translation", "blind2", translation_letter),
    "translation_n_grid": ("translation", "blind2", translation_grid),
    "marriage_n_copy": ("marriage_certificate", "blind2", marriage_copy),
    "marriage_n_livret": ("marriage_certificate", "blind2", marriage_livret),
}

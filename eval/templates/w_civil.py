"""blind6 civil documents: sworn translations (one-page table on letterhead; two pages: prose + attestation),
marriage copie intégrale (narrative with margin column) and marriage extract (boxed fields)."""

from __future__ import annotations

from cast import COUNTRIES
from codes import dmy, long_fr
from render import A4, Page
from w_kit import INK, box_stamp, footer, rng_of

LANG_FR = {
    "da": "danois",
    "lt": "lituanien",
    "et": "estonien",
    "sr": "serbe (cyrillique)",
    "be": "biélorusse",
    "kk": "kazakh et russe",
    "ar": "arabe",
    "en": "anglais",
    "es": "espagnol",
    "th": "thaï",
}
TRANSLATORS = [
    ("Ingrid HOLM-DELACROIX", "Cour d'appel de Paris", "danois, suédois, norvégien", "14 rue de Turenne, 75004 Paris"),
    ("Vytautas MOREAU", "Cour d'appel de Lyon", "lituanien, russe, biélorusse", "6 quai Jules-Courmont, 69002 Lyon"),
    ("Nadia EL-KHATIB", "Cour d'appel de Versailles", "arabe, anglais", "21 avenue de Paris, 78000 Versailles"),
    ("Ana Lucía FERRER", "Cour d'appel de Bordeaux", "espagnol, portugais", "9 cours de l'Intendance, 33000 Bordeaux"),
    ("Pim CHAROENKUL-BRUN", "Cour d'appel de Toulouse", "thaï, anglais", "3 rue d'Alsace-Lorraine, 31000 Toulouse"),
    ("Dragana PERRIN", "Cour d'appel de Grenoble", "serbe, croate, kazakh, russe", "12 place Grenette, 38000 Grenoble"),
]  # fmt: skip


def _translator(lang: str):
    return {
        "da": 0,
        "et": 0,
        "lt": 1,
        "be": 1,
        "ar": 2,
        "en": 2,
        "es": 3,
        "th": 4,
        "sr": 5,
        "kk": 5,
    }.get(lang, 2)


def _issuer(per) -> str:
    return {
        "DK": "Kirkeministeriet — Personregistreringen, sogn de %s" % per.birthplace,
        "LT": "Civilinės metrikacijos skyrius de %s" % per.birthplace,
        "EE": "Rahvastikuregister (registre de la population), Tallinn",
        "RS": "Officier de l'état civil, ville de %s" % per.birthplace,
        "BY": "Bureau de l'état civil (ZAGS) de %s" % per.birthplace,
        "KZ": "Service de l'enregistrement des actes d'état civil de %s" % per.birthplace,
        "SD": "Ministère de la Santé — Bureau des statistiques vitales, %s" % per.birthplace,
        "UG": "National Identification and Registration Authority, %s" % per.birthplace,
        "LR": "Ministry of Health, Bureau of Vital Statistics, %s" % per.birthplace,
        "GT": "Registro Nacional de las Personas (RENAP), %s" % per.birthplace,
        "TH": "Bureau d'enregistrement du district, %s" % per.birthplace,
    }.get(per.country, "Officier de l'état civil de %s" % per.birthplace)


def _rows(d: dict) -> list[tuple[str, str]]:
    per = d["person"]
    rows = [
        ("Numéro de l'acte", d["number"]),
        ("Nom de famille", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "masculin" if per.sex == "M" else "féminin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", "%s (%s)" % (per.birthplace, COUNTRIES[per.country][1])),
    ]
    if not d.get("nofil"):
        rows += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    rows += [("Délivré le", dmy(d["issue"])), ("Par", d["officer"])]
    return rows


def _head(p: Page, t) -> float:
    p.text(120, 150, t[0], 38, "serif-b", (30, 30, 80))
    p.text(120, 195, "Traducteur-interprète expert près la %s" % t[1], 24, "serif-i")
    p.text(120, 232, "Langues : %s — %s" % (t[2], t[3]), 21, "serif", (70, 70, 70))
    p.line(120, 260, p.w - 120, 260, (30, 30, 80), 3)
    return 330


def translation_table(d: dict) -> list[Page]:
    per = d["person"]
    t = TRANSLATORS[_translator(d["lang"])]
    p = Page(A4)
    y = _head(p, t)
    p.text(p.w / 2, y + 20, "TRADUCTION", 44, "serif-b", align="c")
    p.text(
        p.w / 2,
        y + 70,
        "de l'%s vers le français" % LANG_FR.get(d["lang"], d["lang"]),
        24,
        "serif-i",
        align="c",
    )
    y += 140
    p.text(120, y, "Document : « %s »" % d["orig_title"], 26, _fthai(d["orig_title"], "serif"))
    p.text(120, y + 40, "Délivré par : %s" % _issuer(per), 24, "serif")
    y += 100
    rows = [["Rubrique de l'original", "Traduction"]] + [[a, b] for a, b in _rows(d)]
    y = p.table(120, y, [480, p.w - 240 - 480], rows, size=25, f="serif", hf="serif-b", row_h=58)
    y += 50
    if d.get("nofil"):
        p.wrap(
            120,
            y,
            p.w - 240,
            "Note du traducteur : le document original est un extrait qui ne comporte pas l'indication de la filiation.",
            22,
            "serif-i",
        )
        y += 70
    p.text(120, y, "[Sceau de l'autorité]   [Signature illisible]", 22, "serif-i", (80, 80, 80))
    y += 90
    p.wrap(
        120, y, p.w - 240,
        "Je soussigné(e), %s, traducteur-interprète expert près la %s, certifie que la présente traduction, "
        "enregistrée sous le n° %s, est conforme à l'original rédigé en langue %s qui m'a été présenté."
        % (t[0], t[1], "T%s-%s" % (d["tr_date"][:4], d["number"].split("/")[0]), LANG_FR.get(d["lang"], d["lang"])),
        25, "serif",
    )  # fmt: skip
    p.text(120, y + 200, "Fait à %s, le %s" % (t[3].split(" ")[-1], long_fr(d["tr_date"])), 25, "serif")
    p.stamp(
        1240,
        y + 320,
        150,
        "%s * EXPERT PRÈS LA %s * " % (t[0].upper(), t[1].upper()),
        ["TRADUCTEUR", "JURÉ"],
        size=17,
    )
    p.signature(1100, y + 310, 260, seed=d["seed"] % 7)
    footer(p, "Traduction certifiée — ne vaut que pour l'original présenté", "1/1")
    return [p]


def _fthai(s: str, f: str) -> str:
    return "thai" if any("\u0e00" <= c <= "\u0e7f" for c in s) else f


def translation_prose(d: dict) -> list[Page]:
    """Two pages: the translated text laid out like the original, then the translator's attestation."""
    per = d["person"]
    t = TRANSLATORS[_translator(d["lang"])]
    p = Page(A4)
    p.text(p.w / 2, 150, "TRADUCTION CERTIFIÉE CONFORME", 36, "sans-b", align="c")
    p.text(p.w / 2, 195, "Original : %s" % d["orig_title"], 24, _fthai(d["orig_title"], "sans-i"), align="c")
    p.rect((130, 250, p.w - 130, 1900), outline=(90, 90, 90), width=2)
    y = 330
    p.text(p.w / 2, y, "[Armoiries]", 24, "sans-i", (90, 90, 90), align="c")
    y += 60
    p.text(p.w / 2, y, _issuer(per).upper(), 24, "sans-b", align="c")
    y += 80
    p.text(p.w / 2, y, "ACTE DE NAISSANCE", 34, "sans-b", align="c")
    y += 90
    txt = (
        "Le %s est né%s à %s (%s) %s %s, de sexe %s, %s de %s et de %s. "
        % (
            long_fr(per.birth),
            "e" if per.sex == "F" else "",
            per.birthplace,
            COUNTRIES[per.country][1],
            per.given_str,
            per.surname.upper(),
            "masculin" if per.sex == "M" else "féminin",
            "fils" if per.sex == "M" else "fille",
            "%s %s" % (per.father[0], per.father[1].upper()),
            "%s %s" % (per.mother[0], per.mother[1].upper()),
        )
        if not d.get("nofil")
        else "Le %s est né%s à %s (%s) %s %s, de sexe %s. "
        % (
            long_fr(per.birth),
            "e" if per.sex == "F" else "",
            per.birthplace,
            COUNTRIES[per.country][1],
            per.given_str,
            per.surname.upper(),
            "masculin" if per.sex == "M" else "féminin",
        )
    )
    y = p.wrap(200, y, p.w - 400, txt, 28, "serif", leading=1.7)
    y += 30
    y = p.wrap(
        200,
        y,
        p.w - 400,
        "Acte enregistré sous le numéro %s. Extrait délivré le %s par %s, officier de l'état civil."
        % (d["number"], long_fr(d["issue"]), d["officer"]),
        28,
        "serif",
        leading=1.7,
    )
    p.text(1100, y + 140, "[cachet rond]", 24, "sans-i", (90, 90, 90))
    p.text(1100, y + 190, "[signature]", 24, "sans-i", (90, 90, 90))
    footer(p, "%s — traduction n° %s" % (t[0], d["number"].replace("/", "-")), "page 1/2")
    q = Page(A4)
    q.text(120, 200, "ATTESTATION DU TRADUCTEUR", 34, "sans-b")
    q.line(120, 225, 820, 225, BLUEISH, 3)
    yy = q.wrap(
        120, 320, q.w - 240,
        "Je soussigné(e) %s, expert traducteur-interprète en langue(s) %s, inscrit(e) sur la liste des experts "
        "judiciaires de la %s, certifie que le texte figurant en page 1 est la traduction fidèle et complète "
        "du document intitulé « %s » concernant %s %s, qui m'a été présenté en original."
        % (t[0], t[2], t[1], d["orig_title"], per.given_str, per.surname.upper()),
        27, _fthai(d["orig_title"], "serif"), leading=1.6,
    )  # fmt: skip
    yy += 40
    q.text(120, yy, "Répertoire n° %s/%s" % (d["tr_date"][:4], d["number"].split("/")[0]), 26, "serif")
    q.text(120, yy + 60, "%s, le %s" % (t[3].split(" ")[-1], long_fr(d["tr_date"])), 26, "serif")
    q.stamp(
        500,
        yy + 330,
        160,
        "%s * TRADUCTEUR EXPERT * %s * " % (t[0].upper(), t[1].upper()),
        ["EXPERT", "JUDICIAIRE"],
        color=(120, 30, 90),
        size=17,
    )
    q.signature(850, yy + 330, 280, seed=3)
    footer(q, t[3], "page 2/2")
    return [p, q]


BLUEISH = (40, 60, 140)


def _person_block(per) -> str:
    return "%s %s, né%s le %s à %s (%s)" % (
        per.given_str,
        per.surname.upper(),
        "e" if per.sex == "F" else "",
        long_fr(per.birth),
        per.birthplace,
        COUNTRIES[per.country][1] if not per.country.startswith("FR") else "France",
    )


def marriage_copy(d: dict) -> list[Page]:
    per, sp = d["person"], d["spouse"]
    a, b = (per, sp) if per.sex == "M" else (sp, per)
    p = Page(A4)
    r = rng_of(d)
    p.text(170, 150, "Mairie de %s" % d["town"], 28, "serif-b")
    p.text(170, 190, "Département — Service de l'état civil", 21, "serif-i", (80, 80, 80))
    p.text(p.w - 140, 150, "Acte n° %s" % d["number"], 26, "serif-b", align="r")
    p.text(p.w / 2, 300, "COPIE INTÉGRALE D'ACTE DE MARIAGE", 36, "serif-b", align="c")
    p.line(480, 380, 480, 2000, (120, 120, 120), 1)
    p.text(150, 420, "MARIAGE", 24, "serif-b")
    p.wrap(
        150,
        460,
        300,
        "%s %s et %s %s" % (a.surname.upper(), a.given[0], b.surname.upper(), b.given[0]),
        22,
        "serif",
        leading=1.4,
    )
    p.text(150, 700, "Mentions", 22, "serif-b")
    p.wrap(150, 740, 300, "Contrat de mariage : néant.", 20, "serif-i")
    txt = (
        "Le %s, à %s heures %02d minutes, devant Nous ont comparu publiquement en la maison commune : "
        "%s, %s, domicilié à %s, fils de %s %s et de %s %s ; "
        "et %s, %s, domiciliée à %s, fille de %s %s et de %s %s. "
        "Sur notre interpellation, les futurs époux ont déclaré qu'il n'a pas été fait de contrat de mariage. "
        "Chacun d'eux a déclaré l'un après l'autre vouloir se prendre pour époux et Nous avons prononcé au nom "
        "de la loi qu'ils sont unis par le mariage. En présence de Claire MARCHAND et Olivier BLANC, témoins majeurs. "
        "Lecture faite et invités à lire l'acte, les époux et les témoins ont signé avec Nous, %s, officier de "
        "l'état civil par délégation du maire."
        % (
            long_fr(d["wedding"]), 10 + int(r.integers(0, 6)), int(r.integers(0, 4)) * 15,
            _person_block(a), "employé", d["town"], a.father[0], a.father[1].upper(), a.mother[0], a.mother[1].upper(),
            _person_block(b), "sans profession", d["town"], b.father[0], b.father[1].upper(), b.mother[0], b.mother[1].upper(),
            d["officer"],
        )
    )  # fmt: skip
    y = p.wrap(520, 450, p.w - 660, txt, 25, "serif", leading=1.65)
    y += 80
    p.wrap(
        520,
        y,
        p.w - 660,
        "Pour copie intégrale conforme, délivrée le %s." % long_fr(d["issue"]),
        25,
        "serif-i",
    )
    p.text(1100, y + 120, "L'officier de l'état civil", 23, "serif")
    p.signature(1120, y + 210, 240, seed=5)
    p.stamp(
        760,
        y + 220,
        120,
        "MAIRIE DE %s * ÉTAT CIVIL * " % d["town"].upper(),
        ["RÉPUBLIQUE", "FRANÇAISE"],
        size=16,
    )
    footer(
        p,
        "Toute altération ou falsification de cet acte est passible de poursuites (art. 441-1 du code pénal).",
    )
    return [p]


def marriage_extract(d: dict) -> list[Page]:
    per, sp = d["person"], d["spouse"]
    a, b = (per, sp) if per.sex == "M" else (sp, per)
    p = Page(A4)
    p.rect((0, 0, p.w, 200), outline=None, fill=(236, 240, 248))
    p.text(120, 90, "RÉPUBLIQUE FRANÇAISE", 26, "sans-b", (20, 40, 110))
    p.text(120, 135, "Commune de %s" % d["town"], 26, "sans")
    p.text(p.w - 120, 90, "EXTRAIT D'ACTE DE MARIAGE", 30, "sans-b", align="r")
    p.text(p.w - 120, 135, "avec indication de la filiation — n° %s" % d["number"], 22, "sans", align="r")
    y = 320
    p.label_value(120, y, "Mariage célébré le :", long_fr(d["wedding"]), 28)
    p.label_value(120, y + 55, "à :", d["town"], 28)
    y += 150
    for title, q in (("ÉPOUX", a), ("ÉPOUSE", b)):
        p.rect((120, y, p.w - 120, y + 430), outline=(100, 100, 120), width=2)
        p.rect((120, y, p.w - 120, y + 60), outline=None, fill=(220, 226, 238))
        p.text(140, y + 44, title, 26, "sans-b")
        yy = y + 120
        for lb, v in (
            ("Nom", q.surname.upper()),
            ("Prénoms", q.given_str),
            ("Né%s le" % ("e" if q.sex == "F" else ""), long_fr(q.birth)),
            ("à", "%s (%s)" % (q.birthplace, COUNTRIES[q.country][1])),
            ("Fils/fille de", "%s %s" % (q.father[0], q.father[1].upper())),
            ("et de", "%s %s" % (q.mother[0], q.mother[1].upper())),
        ):
            p.text(160, yy, lb, 24, "sans", (70, 70, 70))
            p.text(520, yy, v, 26, "sans-b")
            yy += 52
        y += 480
    p.text(120, y + 40, "Mentions marginales : néant", 24, "sans-i")
    p.text(
        120,
        y + 120,
        "Extrait délivré le %s par %s, officier de l'état civil." % (dmy(d["issue"]), d["officer"]),
        24,
        "sans",
    )
    box_stamp(
        p,
        980,
        y + 170,
        ["MAIRIE DE %s" % d["town"].upper(), "SERVICE ÉTAT CIVIL"],
        color=(30, 60, 150),
        size=24,
        angle=3,
    )
    p.signature(1100, y + 380, 220, seed=8, color=INK)
    footer(p, "Extrait établi conformément à l'article 10 du décret n° 2017-890 du 6 mai 2017")
    return [p]


TEMPLATES = {
    "translation_w_table": ("translation", "blind6", translation_table),
    "translation_w_prose": ("translation", "blind6", translation_prose),
    "marriage_w_copy": ("marriage_certificate", "blind6", marriage_copy),
    "marriage_w_extract": ("marriage_certificate", "blind6", marriage_extract),
}

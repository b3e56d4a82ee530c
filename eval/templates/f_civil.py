"""Fresh-half civil documents: a sworn translation (two-column, translator's seal and register
number) and a marriage extract laid out in two columns (one per spouse). Invented people only.
"""

from __future__ import annotations

from codes import dmy, long_fr
from render import GREY, Page

LANG = {
    "es": "espagnol",
    "en": "anglais",
    "nl": "néerlandais",
    "hr": "croate",
    "sq": "albanais",
    "ka": "géorgien et anglais",
    "pt": "portugais",
    "it": "italien",
    "de": "allemand",
    "pl": "polonais",
    "ro": "roumain",
    "tr": "turc",
    "vi": "vietnamien",
}
TRANSLATORS = [
    ("Irène VASSILIADIS", "Cour d'appel de Paris", "expert traducteur en langues espagnole et anglaise"),
    ("Dragan MARKOVIĆ-LEROY", "Cour d'appel de Lyon", "expert traducteur-interprète"),
    ("Nathalie OUEDRAOGO", "Cour d'appel de Rennes", "traductrice assermentée"),
]


def translation_sworn(d: dict) -> list[Page]:
    per = d["person"]
    name, court, qual = TRANSLATORS[d["seed"] % len(TRANSLATORS)]
    p = Page()
    p.text(120, 130, name, 34, "serif-b")
    p.text(120, 170, qual.capitalize(), 24, "serif-i")
    p.text(120, 205, "près la %s" % court, 24, "serif-i")
    p.text(120, 240, "8 rue Gay-Lussac — tél. 01 43 00 00 00", 22, "sans", GREY)
    p.text(1534, 130, "Traduction n° %d-%04d" % (int(d["tr_date"][:4]), d["seed"]), 24, "mono", align="r")
    p.line(120, 280, 1534, 280, (0, 0, 0), 2)
    p.text(827, 370, "TRADUCTION CERTIFIÉE CONFORME", 40, "serif-b", align="c")
    p.text(
        827,
        420,
        "de l'original rédigé en langue %s" % LANG.get(d["lang"], d["lang"]),
        26,
        "serif-i",
        align="c",
    )
    p.text(
        827, 460, "Document : « %s » — acte n° %s" % (d["orig_title"], d["number"]), 24, "serif", align="c"
    )
    p.text(827, 540, "ACTE DE NAISSANCE", 34, "sans-b", align="c")
    rows = [
        ("Nom de famille", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "masculin" if per.sex == "M" else "féminin"),
        ("Date de naissance", long_fr(per.birth)),
        (
            "Lieu de naissance",
            "%s (%s)"
            % (per.birthplace, {"NL": "Pays-Bas", "HR": "Croatie"}.get(per.country, "à l'étranger")),
        ),
    ]
    if not d["nofil"]:
        rows += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    rows += [
        ("Officier de l'état civil", d["officer"]),
        ("Date de délivrance de l'original", dmy(d["issue"])),
    ]
    y = 600
    for lab, val in rows:
        p.rect((120, y, 620, y + 80), outline=(120, 120, 120), fill=(240, 240, 240), width=1)
        p.rect((620, y, 1534, y + 80), outline=(120, 120, 120), width=1)
        p.text(140, y + 52, lab, 24, "sans")
        p.text(640, y + 54, val, 30, "serif-b")
        y += 80
    p.text(
        120,
        y + 60,
        "[Sceau de l'officier d'état civil] [Signature illisible] [Timbre fiscal]",
        24,
        "serif-i",
        GREY,
    )
    txt = (
        "Je soussigné(e), %s, %s près la %s, certifie que la présente traduction est conforme "
        "à l'original en langue %s qui m'a été présenté et que j'ai paraphé ne varietur sous le numéro "
        "indiqué ci-dessus." % (name, qual, court, LANG.get(d["lang"], d["lang"]))
    )
    y = p.wrap(120, y + 150, 1414, txt, 26, "serif", leading=1.6)
    p.text(120, y + 50, "Fait à Paris, le %s" % long_fr(d["tr_date"]), 26, "serif")
    p.stamp(
        1250,
        y + 200,
        135,
        "%s * TRADUCTEUR EXPERT * " % name.upper(),
        ["EXPERT", "PRÈS LA COUR", "D'APPEL"],
        (150, 30, 40),
        18,
    )
    p.signature(1120, y + 250, 260, seed=d["seed"] % 61)
    p.text(
        827,
        2260,
        "Page 1/1 — Le présent document ne vaut que pour la traduction du document désigné.",
        20,
        "sans",
        GREY,
        align="c",
    )
    return [p]


def marriage_columns(d: dict) -> list[Page]:
    a, b = d["person"], d["spouse"]
    p = Page(bg=(253, 252, 249))
    p.rect((0, 0, 1654, 60), outline=None, fill=(0, 35, 149))
    p.text(120, 170, "RÉPUBLIQUE FRANÇAISE", 28, "sans-b")
    p.text(120, 210, "Ville de %s — Direction de la population" % d["town"], 26, "sans")
    p.text(1534, 170, "Acte n° %s" % d["number"], 28, "sans-b", align="r")
    p.text(1534, 210, "Registre %s" % d["wedding"][:4], 24, "sans", GREY, align="r")
    p.text(827, 340, "EXTRAIT D'ACTE DE MARIAGE", 46, "serif-b", align="c")
    p.text(
        827, 400, "Mariage célébré le %s à %s" % (long_fr(d["wedding"]), d["town"]), 30, "serif", align="c"
    )
    colx = (120, 857)
    for k, (per, lab) in enumerate(
        ((a, "Époux" if a.sex == "M" else "Épouse"), (b, "Époux" if b.sex == "M" else "Épouse"))
    ):
        x = colx[k]
        p.rect((x, 470, x + 677, 540), outline=None, fill=(225, 230, 242))
        p.text(x + 20, 520, "%s %d" % (lab, k + 1), 30, "sans-b", (0, 35, 149))
        rows = [
            ("Nom", per.surname.upper()),
            ("Prénoms", per.given_str),
            ("Né(e) le", dmy(per.birth)),
            ("à", per.birthplace),
            ("Domicile", per.city),
        ]
        y = 600
        for lab2, val in rows:
            p.text(x + 20, y, lab2, 22, "sans", GREY)
            p.text(x + 20, y + 40, val, 30, "serif-b")
            y += 100
    p.line(827, 470, 827, 1100, (160, 160, 160), 2)
    txt = "Contrat de mariage : sans contrat préalable. Mentions marginales : néant."
    p.text(120, 1180, txt, 26, "serif-i")
    p.text(
        120,
        1260,
        "Extrait délivré le %s, certifié conforme aux indications portées au registre." % long_fr(d["issue"]),
        26,
        "serif",
    )
    p.text(1150, 1400, "L'officier de l'état civil délégué,", 26, "serif", align="c")
    p.text(1150, 1440, d["officer"], 26, "serif-i", align="c")
    p.signature(1020, 1540, 260, seed=d["seed"] % 37)
    p.stamp(560, 1520, 125, "VILLE DE %s * ETAT CIVIL * " % d["town"].upper(), ["MARIAGES"], (0, 35, 149))
    return [p]


TEMPLATES = {
    "translation_sworn": ("translation", "fresh", translation_sworn),
    "marriage_columns": ("marriage_certificate", "fresh", marriage_columns),
}

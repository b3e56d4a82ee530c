"""Sworn translations and marriage certificates."""

from __future__ import annotations

from birth_engines import name_of, parents, render
from codes import dmy, long_fr
from render import Page, logo

LANG_FR = {
    "es": "espagnol",
    "pt": "portugais",
    "it": "italien",
    "de": "allemand",
    "pl": "polonais",
    "ro": "roumain",
    "tr": "turc",
    "vi": "vietnamien",
    "en": "anglais",
}
SEXE = {"M": "masculin", "F": "féminin"}
TRANSLATORS = [
    ("Marie-Odile Chaumont", "Lyon"),
    ("Dimitri Voskresenski", "Paris"),
    ("Inès Carvalho-Merle", "Bordeaux"),
    ("Hakim Zerrouki", "Aix-en-Provence"),
]


def translation_letter(d: dict) -> list[Page]:
    """Translator's letterhead, centred title, labelled lines, certification and round stamp."""
    per = d["person"]
    name, court = TRANSLATORS[d["seed"] % len(TRANSLATORS)]
    p = Page()
    p.text(140, 150, name, 34, "serif-b", (40, 40, 90))
    p.text(
        140,
        195,
        "Traductrice-interprète expert près la Cour d'appel de %s" % court,
        22,
        "serif-i",
        (40, 40, 90),
    )
    p.text(
        140,
        230,
        "Langue %s - Agréée par la Cour de cassation" % LANG_FR[d["lang"]],
        20,
        "serif",
        (40, 40, 90),
    )
    p.line(140, 260, 1514, 260, (40, 40, 90), 3)
    p.text(827, 380, "TRADUCTION CERTIFIÉE CONFORME", 36, "serif-b", align="c")
    p.text(
        827,
        430,
        "Traduit de l'%s" % LANG_FR[d["lang"]]
        if d["lang"][0] in "aeiou"
        else "Traduit du %s" % LANG_FR[d["lang"]],
        24,
        "serif-i",
        align="c",
    )
    p.text(827, 530, "ACTE DE NAISSANCE", 32, "serif-b", align="c")
    rows = [
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", SEXE[per.sex]),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", per.birthplace),
    ]
    if parents(d):
        rows += [
            ("Nom et prénom du père", name_of(per.father)),
            ("Nom et prénom de la mère", name_of(per.mother)),
        ]
    rows += [("Numéro de l'acte", d["number"]), ("Date de délivrance", long_fr(d["issue"]))]
    y = 640
    for lab, val in rows:
        p.text(180, y, lab + " :", 26, "serif")
        p.text(720, y, val, 26, "serif-b")
        y += 58
    p.text(
        180,
        y + 20,
        "[Cachet et signature illisibles de l'officier de l'état civil]",
        22,
        "serif-i",
        (80, 80, 80),
    )
    y = p.wrap(
        140,
        y + 140,
        1370,
        "Je soussignée, %s, traductrice-interprète expert près la Cour d'appel de %s, certifie que la "
        "présente traduction est conforme à l'original rédigé en langue %s qui m'a été présenté."
        % (name, court, LANG_FR[d["lang"]]),
        24,
        "serif",
    )
    p.text(
        140, y + 40, "N° de répertoire : %d/%s" % (1000 + d["seed"] * 37 % 8000, d["issue"][:4]), 22, "serif"
    )
    p.text(900, y + 40, "Fait à %s, le %s" % (court, dmy(d["tr_date"])), 24, "serif")
    p.stamp(
        1200,
        y + 260,
        150,
        "%s * TRADUCTEUR EXPERT * " % name.upper(),
        ["Cour d'appel", court],
        (30, 40, 140),
        18,
    )
    p.signature(1000, y + 280, 240, seed=d["seed"] + 1)
    return [p]


def translation_table(d: dict) -> list[Page]:
    """Sans-serif agency style: stamp at top right, a two-column table, bilingual mention."""
    per = d["person"]
    name, court = TRANSLATORS[(d["seed"] + 1) % len(TRANSLATORS)]
    p = Page()
    logo(p, "square", 120, 110, 90, (150, 40, 40))
    p.text(240, 150, "CABINET DE TRADUCTION JURÉE", 28, "cond-b", (150, 40, 40))
    p.text(240, 185, "%s - expert judiciaire - Cour d'appel de %s" % (name, court), 20, "cond")
    p.stamp(
        1400,
        250,
        120,
        "TRADUCTION CONFORME * %s * " % court.upper(),
        ["Expert", "judiciaire"],
        (150, 30, 30),
        16,
    )
    p.text(120, 420, "Traduction du document en langue %s intitulé :" % LANG_FR[d["lang"]], 24, "sans")
    p.text(120, 470, "« %s »" % d.get("orig_title", "Birth certificate"), 26, "sans-i")
    p.text(827, 580, "Acte de naissance", 38, "sans-b", align="c")
    rows = [
        ["Rubrique", "Mention portée sur l'acte"],
        ["Nom de famille", per.surname.upper()],
        ["Prénoms", per.given_str],
        ["Né(e) le", dmy(per.birth)],
        ["À", per.birthplace],
        ["Sexe", SEXE[per.sex]],
    ]
    if parents(d):
        rows += [["Père", name_of(per.father)], ["Mère", name_of(per.mother)]]
    rows += [["Acte n°", d["number"]]]
    y = p.table(120, 650, [520, 894], rows, 24, "sans", "sans-b", (240, 226, 226), row_h=62)
    y = p.wrap(
        120,
        y + 80,
        1414,
        "Traduction certifiée conforme à l'original. Je certifie que la présente traduction, composée "
        "d'une page, est fidèle et conforme au document original.",
        24,
        "sans",
    )
    p.text(120, y + 40, "%s, le %s" % (court, long_fr(d["tr_date"])), 24, "sans")
    p.text(1050, y + 40, name, 24, "sans-b")
    p.signature(1050, y + 150, 260, seed=d["seed"] + 5)
    return [p]


# ---- marriage certificates -----------------------------------------------------------------
def marriage_fr(d: dict) -> list[Page]:
    a, b = d["person"], d["spouse"]
    body = lambda dd: (
        "Le %s, à onze heures, devant Nous, %s, Adjoint au Maire, Officier de l'état civil, ont comparu publiquement "
        "en la Maison commune : %s, né%s le %s à %s, et %s, né%s le %s à %s. Lesquels ont déclaré l'un après l'autre vouloir "
        "se prendre pour époux et Nous avons prononcé au nom de la loi qu'ils sont unis par le mariage."
        % (
            long_fr(d["wedding"]),
            d["officer"],
            a.full,
            "e" if a.sex == "F" else "",
            long_fr(a.birth),
            a.birthplace,
            b.full,
            "e" if b.sex == "F" else "",
            long_fr(b.birth),
            b.birthplace,
        )
    )
    cfg = dict(
        engine="prose",
        header=["RÉPUBLIQUE FRANÇAISE", "Mairie de %s" % d["town"]],
        title="EXTRAIT D'ACTE DE MARIAGE",
        subtitle="Acte n° %s" % d["number"],
        body=body,
        mentions=lambda dd: ["Contrat de mariage : néant."],
        closing=lambda dd: ["Extrait délivré le %s." % long_fr(d["issue"])],
        style=dict(
            font="serif",
            logo="marianne",
            stamp=("MAIRIE DE %s * ETAT CIVIL * " % d["town"].upper(), [d["town"]]),
        ),
    )
    return render(d, cfg)


def marriage_fields(d: dict) -> list[Page]:
    a, b = d["person"], d["spouse"]
    husband, wife = (a, b) if a.sex == "M" else (b, a)

    def fields(dd):
        return [
            (None, "Mariage"),
            ("Date du mariage", long_fr(d["wedding"])),
            ("Lieu du mariage", d["town"]),
            (None, "Époux"),
            ("Nom", husband.surname.upper()),
            ("Prénom(s)", husband.given_str),
            ("Né le", "%s à %s" % (dmy(husband.birth), husband.birthplace)),
            (None, "Épouse"),
            ("Nom", wife.surname.upper()),
            ("Prénom(s)", wife.given_str),
            ("Née le", "%s à %s" % (dmy(wife.birth), wife.birthplace)),
            ("Mentions", "Néant"),
        ]

    cfg = dict(
        engine="fields",
        header=["RÉPUBLIQUE FRANÇAISE", "Commune de %s" % d["town"], "Service État civil"],
        title="EXTRAIT D'ACTE DE MARIAGE",
        subtitle="sans indication de la filiation",
        fields=fields,
        closing=lambda dd: ["Acte n° %s - Délivré le %s." % (d["number"], dmy(d["issue"]))],
        style=dict(
            font="sans",
            head_left=True,
            col=(20, 40, 100),
            border=2,
            stamp=("COMMUNE DE %s * " % d["town"].upper(), ["Etat civil"]),
        ),
    )
    return render(d, cfg)


TEMPLATES = {
    "translation_letter": ("translation", "tune", translation_letter),
    "translation_table": ("translation", "heldout", translation_table),
    "marriage_fr_prose": ("marriage_certificate", "tune", marriage_fr),
    "marriage_fr_fields": ("marriage_certificate", "heldout", marriage_fields),
}

"""blind4: sworn translations (letter-head prose, two-column table) and marriage certificates."""

from __future__ import annotations

from cast import COUNTRIES
from codes import dmy, long_fr
from render import GREY, Page
from y_kit import footer, marianne_block, rect_stamp, rng_of

TRANSLATORS = [
    (
        "Ingrid Vasseur-Holm",
        "Traductrice-interprète expert près la Cour d'appel de Lyon",
        "suédois, hongrois, anglais",
        "6 rue Mercière, 69002 Lyon",
    ),
    (
        "Rui Anselmo Carvalho",
        "Traducteur assermenté près la Cour d'appel de Paris",
        "portugais, espagnol",
        "41 rue de Turenne, 75003 Paris",
    ),
    (
        "Dariush Farahani-Leclerc",
        "Expert traducteur près la Cour d'appel de Versailles",
        "persan, anglais, ouzbek",
        "9 avenue de Paris, 78000 Versailles",
    ),
]


def _facts(bd: dict) -> list[tuple[str, str]]:
    per = bd["person"]
    rows = [
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "féminin" if per.sex == "F" else "masculin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", "%s (%s)" % (per.birthplace, COUNTRIES[per.country][1])),
    ]
    if not bd["nofil"]:
        rows += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    rows += [
        ("N° d'acte / d'enregistrement", bd["number"]),
        ("Date de délivrance de l'original", dmy(bd["issue"])),
    ]
    return rows


def _translator(bd):
    return TRANSLATORS[int(bd["seed"]) % len(TRANSLATORS)]


def _certify(p: Page, y: float, bd: dict, tr) -> None:
    y = p.wrap(
        130,
        y,
        p.w - 260,
        "Je soussigné(e), %s, %s, certifie que la traduction qui précède est conforme à l'original rédigé en langue étrangère qui m'a été présenté, intitulé « %s »."
        % (tr[0], tr[1], bd["orig_title"]),
        24,
        "serif",
    )
    p.text(130, y + 40, "Fait à %s, le %s" % (tr[3].split()[-1], long_fr(bd["tr_date"])), 24, "serif")
    p.text(
        130,
        y + 80,
        "N° de répertoire : %s-%s" % (bd["tr_date"][:4], bd["number"].split("/")[0]),
        22,
        "sans",
        GREY,
    )
    p.stamp(
        1250,
        y + 170,
        130,
        "%s * TRADUCTEUR EXPERT * " % tr[0].upper(),
        ["COUR", "D'APPEL"],
        (40, 50, 140),
        18,
    )
    p.signature(900, y + 140, 240, seed=8)


def translation_letter(bd: dict) -> list[Page]:
    """Translator's letterhead, the act translated as prose, certification and seal."""
    per = bd["person"]
    tr = _translator(bd)
    p = Page()
    p.text(130, 140, tr[0], 34, "serif-b", (30, 40, 100))
    p.text(130, 182, tr[1], 22, "serif-i")
    p.text(130, 214, "Langues : " + tr[2], 20, "sans", GREY)
    p.text(130, 242, tr[3], 20, "sans", GREY)
    p.line(130, 270, p.w - 130, 270, (30, 40, 100), 3)
    p.text(p.w / 2, 360, "TRADUCTION CERTIFIÉE CONFORME", 32, "serif-b", align="c")
    p.text(
        p.w / 2,
        404,
        "de l'original en langue étrangère : « %s »" % bd["orig_title"],
        22,
        "serif-i",
        align="c",
    )
    txt = (
        "[En-tête : %s — autorité de l'état civil de %s]  ACTE DE NAISSANCE n° %s. "
        "Le %s est %s à %s (%s) : %s %s, de sexe %s."
        % (
            COUNTRIES[per.country][1].upper(),
            per.birthplace,
            bd["number"],
            long_fr(per.birth),
            "née" if per.sex == "F" else "né",
            per.birthplace,
            COUNTRIES[per.country][1],
            per.given_str,
            per.surname.upper(),
            "féminin" if per.sex == "F" else "masculin",
        )
    )
    if not bd["nofil"]:
        txt += " Fils/fille de %s %s et de %s %s." % (
            per.father[0],
            per.father[1].upper(),
            per.mother[0],
            per.mother[1].upper(),
        )
    txt += " Délivré le %s par l'officier de l'état civil %s. [Cachet rond illisible] [Signature]" % (
        dmy(bd["issue"]),
        bd["officer"],
    )
    y = p.wrap(130, 500, p.w - 260, txt, 27, "serif", leading=1.6)
    p.line(130, y + 20, p.w - 130, y + 20, GREY, 1)
    _certify(p, y + 90, bd, tr)
    footer(
        p, "Traduction effectuée sur présentation de l'original. Ne vaut que pour l'acte désigné ci-dessus."
    )
    return [p]


def translation_table(bd: dict) -> list[Page]:
    """Two pages: the act's fields in a table (original label / French), then the attestation."""
    per = bd["person"]
    tr = _translator(bd)
    p = Page()
    p.text(130, 150, "TRADUCTION — TRANSLATION", 30, "sans-b")
    p.text(130, 190, "Document : %s  (%s)" % (bd["orig_title"], COUNTRIES[per.country][1]), 22, "sans")
    p.text(p.w - 130, 150, "Page 1/2", 20, "sans", GREY, align="r")
    rows = [["Rubrique", "Traduction française"]] + [[a, b] for a, b in _facts(bd)]
    y = p.table(130, 260, [520, 874], rows, 24, row_h=70, head_fill=(220, 226, 236))
    p.wrap(
        130,
        y + 60,
        p.w - 260,
        "Mentions figurant sur l'original : cachet de l'autorité émettrice, signature de l'officier %s. Aucune mention marginale."
        % bd["officer"],
        22,
        "serif-i",
    )
    q = Page()
    q.text(q.w - 130, 150, "Page 2/2", 20, "sans", GREY, align="r")
    q.text(130, 260, "ATTESTATION DU TRADUCTEUR", 30, "sans-b")
    q.text(
        130,
        320,
        "Traduction concernant : %s, %s le %s"
        % (per.full, "née" if per.sex == "F" else "né", dmy(per.birth)),
        24,
        "sans",
    )
    _certify(q, 420, bd, tr)
    return [p, q]


def marriage_copy(md: dict) -> list[Page]:
    """Copie intégrale d'acte de mariage: narrative, margin column, two pages."""
    a, b = md["person"], md["spouse"]
    p = Page()
    marianne_block(p, 110, 110, ["Mairie de " + md["town"], "État civil"])
    p.text(1540, 160, "COPIE INTÉGRALE", 32, "serif-b", align="r")
    p.text(1540, 204, "D'ACTE DE MARIAGE", 32, "serif-b", align="r")
    p.text(1540, 246, "Acte n° %s" % md["number"], 22, "sans", align="r")
    p.line(420, 480, 420, 2150, GREY, 1)
    p.wrap(120, 520, 280, "MARIAGE de %s et de %s" % (a.full, b.full), 22, "serif-b")
    txt = (
        "Le %s, à onze heures, devant nous, ont comparu publiquement en la maison commune : "
        "%s, %s, %s le %s à %s, de nationalité %s, domicilié(e) %s, %s, fils/fille de %s %s et de %s %s ; "
        "et %s, %s, %s le %s à %s, domicilié(e) %s, %s. "
        "Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux et nous avons prononcé au nom de la loi qu'ils sont unis par le mariage. "
        "Sans contrat de mariage préalable. En présence de Julien ROCHAT et de Maud BERTHIER, témoins majeurs. "
        "Lecture faite et invités à lire l'acte, les époux et les témoins ont signé avec nous, %s, officier de l'état civil."
        % (
            long_fr(md["wedding"]),
            a.full,
            "employé(e)",
            "née" if a.sex == "F" else "né",
            long_fr(a.birth),
            a.birthplace,
            COUNTRIES[a.country][1].lower(),
            a.street,
            a.postcode + " " + a.city,
            a.father[0],
            a.father[1].upper(),
            a.mother[0],
            a.mother[1].upper(),
            b.full,
            "technicien(ne)",
            "née" if b.sex == "F" else "né",
            long_fr(b.birth),
            b.birthplace,
            a.street,
            a.postcode + " " + a.city,
            md["officer"],
        )
    )
    p.wrap(450, 520, 1090, txt, 25, "serif", leading=1.6)
    q = Page()
    q.text(q.w - 130, 150, "Acte n° %s — page 2/2" % md["number"], 20, "sans", GREY, align="r")
    q.line(420, 200, 420, 1200, GREY, 1)
    q.text(120, 260, "Mentions", 22, "serif-b")
    q.wrap(450, 260, 1090, "Néant.", 25, "serif")
    q.text(450, 700, "Pour copie intégrale conforme, délivrée le %s." % long_fr(md["issue"]), 25, "serif")
    q.text(450, 750, "L'officier de l'état civil, %s" % md["officer"], 25, "serif")
    q.stamp(1200, 950, 130, "MAIRIE DE %s * ÉTAT CIVIL * " % md["town"].upper(), ["RF"], (30, 50, 150))
    q.signature(900, 880, 220, seed=2)
    return [p, q]


def marriage_extract(md: dict) -> list[Page]:
    """Extrait d'acte de mariage as a form, both spouses in two columns."""
    a, b = md["person"], md["spouse"]
    r = rng_of(md)
    p = Page()
    marianne_block(p, 110, 110, ["Ville de " + md["town"]])
    p.text(p.w / 2, 470, "EXTRAIT D'ACTE DE MARIAGE", 36, "serif-b", align="c")
    p.text(
        p.w / 2,
        515,
        "Acte n° %s — Date du mariage : %s" % (md["number"], long_fr(md["wedding"])),
        24,
        "serif",
        align="c",
    )
    rows = [["", "Époux / Épouse", "Époux / Épouse"]]
    for lab, f in [
        ("Nom", lambda x: x.surname.upper()),
        ("Prénoms", lambda x: x.given_str),
        ("Date de naissance", lambda x: dmy(x.birth)),
        ("Lieu de naissance", lambda x: x.birthplace),
    ]:
        rows.append([lab, f(a), f(b)])
    p.table(120, 600, [320, 600, 494], rows, 23, row_h=78, head_fill=(230, 232, 238))
    p.text(120, 1100, "Contrat de mariage : néant.   Mentions marginales : néant.", 24, "serif")
    p.text(
        120,
        1200,
        "Extrait délivré le %s — réf. %s" % (dmy(md["issue"]), r.integers(10000, 99999)),
        24,
        "serif",
    )
    p.text(120, 1250, "L'officier de l'état civil : %s" % md["officer"], 24, "serif")
    rect_stamp(p, 1000, 1300, ["VILLE DE %s" % md["town"].upper(), "SERVICE ÉTAT CIVIL"], (30, 50, 150))
    p.signature(700, 1420, 220, seed=6)
    return [p]


TEMPLATES = {
    "translation_y_letter": ("translation", "blind4", translation_letter),
    "translation_y_table": ("translation", "blind4", translation_table),
    "marriage_y_copy": ("marriage_certificate", "blind4", marriage_copy),
    "marriage_y_extract": ("marriage_certificate", "blind4", marriage_extract),
}

"""Fresh-half birth certificates, French-language: France (third commune layout),
Mali, Guinea, Madagascar (Spanish-language countries: f_birth_es.py). One function per country; layouts
follow the public descriptions of each civil registry's extract. Everything printed is invented.
"""

from __future__ import annotations

import numpy as np
from codes import MOIS, dmy, long_fr
from render import GREY, Page, logo

UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_words(n: int) -> str:
    """French number in words, 0..99 (enough for days and the two halves of a year)."""
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    if t in (7, 9):
        base = "soixante" if t == 7 else "quatre-vingt"
        return base + ("-et-" if n == 71 else "-") + UNITS[10 + u]
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + UNITS[u]
    return TENS[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + UNITS[u]))


def fr_date_words(iso: str) -> str:
    """'le quatorze mars mil neuf cent quatre-vingt-sept'."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    day = "premier" if d == 1 else fr_words(d)
    year = ("mil neuf cent " + fr_words(y - 1900)) if y < 2000 else ("deux mille " + fr_words(y - 2000))
    return "%s %s %s" % (day, MOIS[m - 1], year.replace(" zéro", ""))


def _names(d: dict):
    per = d["person"]
    return per, per.given_str, per.surname.upper(), per.father, per.mother


def _hour(d: dict) -> str:
    r = np.random.default_rng(d["seed"])
    return "%02dh%02d" % (int(r.integers(0, 24)), int(r.integers(0, 60)))


# ---- France, third commune layout: boxed extract with filiation ----------------------------
def birth_fr3(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _names(d)
    town = per.birthplace.split(" (")[0]
    p = Page()
    logo(p, "marianne", 120, 110, 110, None)
    p.text(260, 150, "Mairie de %s" % town, 40, "serif-b")
    p.text(260, 195, "Service de l'état civil", 26, "serif-i", GREY)
    p.rect((1080, 100, 1540, 240), outline=(0, 35, 149), width=3)
    p.text(1310, 150, "EXTRAIT D'ACTE", 30, "sans-b", (0, 35, 149), align="c")
    p.text(1310, 195, "DE NAISSANCE", 30, "sans-b", (0, 35, 149), align="c")
    p.text(1310, 230, "sans filiation" if d["nofil"] else "avec filiation", 22, "sans-i", align="c")
    p.text(120, 330, "Acte n° %s — année %s" % (d["number"].split("/")[0], per.birth[:4]), 28, "sans")
    rows = [
        ("Nom", sur),
        ("Prénom(s)", given),
        ("Sexe", "masculin" if per.sex == "M" else "féminin"),
        ("Date de naissance", "%s à %s" % (long_fr(per.birth), _hour(d))),
        ("Lieu de naissance", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [("Père", "%s %s" % (fa[0], fa[1].upper())), ("Mère", "%s %s" % (mo[0], mo[1].upper()))]
    y = 400
    for lab, val in rows:
        p.rect((120, y, 1534, y + 96), outline=(150, 150, 150), width=1)
        p.rect((120, y, 520, y + 96), outline=None, fill=(236, 240, 248))
        p.text(140, y + 62, lab, 28, "sans-b", (40, 40, 90))
        p.text(545, y + 62, val, 32, "serif")
        y += 96
    y += 70
    p.text(120, y, "Mentions marginales : néant.", 28, "serif-i")
    p.text(120, y + 60, "Extrait délivré le %s, conforme aux registres." % long_fr(d["issue"]), 28, "serif")
    p.text(1000, y + 160, "L'officier de l'état civil,", 28, "serif")
    p.text(1000, y + 200, "par délégation, %s" % d["officer"], 26, "serif-i")
    p.signature(1060, y + 300, 280, seed=d["seed"] % 37)
    p.stamp(680, y + 280, 120, "MAIRIE DE %s * ETAT CIVIL * " % town.upper(), ["ÉTAT", "CIVIL"], (0, 40, 140))
    p.text(
        827,
        2260,
        "Art. R. 2122-10 CGCT — ce document ne peut être délivré qu'à l'intéressé",
        20,
        "sans",
        GREY,
        align="c",
    )
    return [p]


# ---- Mali: boxed "volet" form -----------------------------------------------------------------
def birth_ml(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _names(d)
    p = Page(bg=(250, 250, 244))
    p.text(380, 120, "RÉPUBLIQUE DU MALI", 40, "serif-b", align="c")
    p.text(380, 165, "Un Peuple — Un But — Une Foi", 26, "serif-i", align="c")
    p.text(1534, 120, "Région de %s" % per.birthplace, 26, "sans", align="r")
    p.text(1534, 160, "Cercle de %s" % per.birthplace, 26, "sans", align="r")
    p.text(1534, 200, "Commune urbaine de %s" % per.birthplace, 26, "sans", align="r")
    logo(p, "flag3", 300, 200, 160, (20, 140, 60), (250, 210, 0))
    p.rect((120, 330, 1534, 430), outline=None, fill=(20, 100, 50))
    p.text(
        827, 395, "EXTRAIT D'ACTE DE NAISSANCE  N° %s" % d["number"], 36, "sans-b", (255, 255, 255), align="c"
    )
    p.text(827, 480, "Centre principal d'état civil de %s" % per.birthplace, 28, "sans-i", align="c")
    y = 560
    items = [
        ("1", "Prénom(s) de l'enfant", given),
        ("2", "Nom de l'enfant", sur),
        ("3", "Sexe", "Masculin" if per.sex == "M" else "Féminin"),
        ("4", "Date de naissance", "%s (%s)" % (dmy(per.birth), fr_date_words(per.birth))),
        ("5", "Lieu de naissance", per.birthplace),
    ]
    if not d["nofil"]:
        items += [
            ("6", "Prénom(s) et nom du père", "%s %s" % (fa[0], fa[1].upper())),
            ("7", "Profession du père", "Commerçant"),
            ("8", "Prénom(s) et nom de la mère", "%s %s" % (mo[0], mo[1].upper())),
            ("9", "Profession de la mère", "Ménagère"),
        ]
    for n, lab, val in items:
        p.rect((120, y, 190, y + 110), outline=(40, 40, 40), width=2)
        p.text(155, y + 70, n, 32, "sans-b", align="c")
        p.rect((190, y, 1534, y + 110), outline=(40, 40, 40), width=2)
        p.text(210, y + 40, lab, 22, "sans", GREY)
        p.text(210, y + 90, val, 32 if len(val) <= 60 else 24, "mono-b")
        y += 110
    y += 60
    p.text(120, y, "Dressé le %s sur déclaration du père." % dmy(per.birth), 26, "serif")
    p.text(
        120,
        y + 50,
        "Pour extrait certifié conforme, délivré à %s le %s." % (per.birthplace, dmy(d["issue"])),
        26,
        "serif",
    )
    p.text(1100, y + 140, "L'Officier d'état civil", 28, "serif-b", align="c")
    p.text(1100, y + 180, d["officer"], 26, "serif-i", align="c")
    p.signature(980, y + 290, 260, seed=d["seed"] % 29)
    p.stamp(
        560,
        y + 260,
        130,
        "MAIRIE DE %s * REPUBLIQUE DU MALI * " % per.birthplace.upper(),
        ["ÉTAT CIVIL"],
        (30, 90, 40),
    )
    return [p]


# ---- Guinea: prose register extract ---------------------------------------------------------
def birth_gn(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _names(d)
    p = Page()
    p.text(827, 120, "RÉPUBLIQUE DE GUINÉE", 44, "serif-b", align="c")
    p.text(827, 165, "Travail — Justice — Solidarité", 28, "serif-i", align="c")
    for i, c in enumerate([(206, 17, 38), (252, 209, 22), (0, 148, 96)]):
        p.rect((677 + i * 100, 190, 777 + i * 100, 205), outline=None, fill=c)
    p.text(120, 280, "Ministère de l'Administration du Territoire", 24, "sans")
    p.text(120, 315, "Préfecture / Commune de %s" % per.birthplace, 24, "sans")
    p.text(1534, 280, "Registre des naissances", 24, "sans", align="r")
    p.text(1534, 315, "Acte N° %s" % d["number"], 24, "sans-b", align="r")
    p.text(827, 450, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", 38, "serif-b", align="c")
    p.line(300, 470, 1354, 470, (0, 0, 0), 3)
    sexe = "de sexe masculin" if per.sex == "M" else "de sexe féminin"
    txt = "Le %s, à %s, est né(e) à %s un enfant %s, prénommé(e) %s, nom de famille %s" % (
        fr_date_words(per.birth),
        _hour(d),
        per.birthplace,
        sexe,
        given,
        sur,
    )
    if not d["nofil"]:
        txt += (
            ", fils/fille de %s %s, né à %s, cultivateur, et de %s %s, son épouse, ménagère, domiciliés à %s."
            % (fa[0], fa[1].upper(), per.birthplace, mo[0], mo[1].upper(), per.birthplace)
        )
    else:
        txt += "."
    y = p.wrap(140, 560, 1370, txt, 31, "serif", leading=1.7)
    y = p.wrap(
        140,
        y + 30,
        1370,
        "Dressé sur la déclaration du père, qui a signé avec nous, %s, Officier de l'état civil."
        % d["officer"],
        31,
        "serif",
        leading=1.7,
    )
    p.text(140, y + 60, "Pour extrait conforme", 28, "serif-i")
    p.text(140, y + 110, "%s, le %s" % (per.birthplace, long_fr(d["issue"])), 28, "serif")
    p.text(1200, y + 110, "L'Officier de l'état civil", 28, "serif-b", align="c")
    p.signature(1060, y + 230, 280, seed=d["seed"] % 31)
    p.stamp(
        1200,
        y + 250,
        115,
        "COMMUNE DE %s * GUINEE * " % per.birthplace.upper(),
        ["OFFICIER", "ÉTAT CIVIL"],
        (120, 30, 110),
    )
    p.text(827, 2250, "Timbre fiscal acquitté — 5 000 GNF", 22, "sans", GREY, align="c")
    return [p]


# ---- Madagascar: bilingual Malagasy / French copy --------------------------------------------
def birth_mg(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _names(d)
    p = Page(bg=(253, 251, 245))
    p.text(827, 110, "REPOBLIKAN'I MADAGASIKARA", 40, "serif-b", align="c")
    p.text(827, 150, "Fitiavana — Tanindrazana — Fandrosoana", 24, "serif-i", align="c")
    p.text(120, 230, "FARITRA / Région : Analamanga", 24, "cond")
    p.text(120, 265, "KAOMININA / Commune : %s" % per.birthplace, 24, "cond")
    p.text(120, 300, "BORIBORINTANY / Arrondissement : 1er", 24, "cond")
    p.text(1534, 230, "Laharana / N° %s" % d["number"], 26, "cond-b", align="r")
    p.rect((220, 370, 1434, 490), outline=(180, 30, 30), width=4)
    p.text(827, 420, "KOPIA NY SORA-PAHATERAHANA", 34, "sans-b", (180, 30, 30), align="c")
    p.text(827, 470, "COPIE D'ACTE DE NAISSANCE", 30, "sans-b", (0, 120, 60), align="c")
    rows = [
        ("Anarana / Nom", sur),
        ("Fanampiny / Prénoms", given),
        ("Lahy na vavy / Sexe", "Lahy / Masculin" if per.sex == "M" else "Vavy / Féminin"),
        ("Teraka tamin'ny / Né(e) le", dmy(per.birth)),
        ("(amin'ny teny / en lettres)", fr_date_words(per.birth)),
        ("Tao / À", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Zanak'i / Fils ou fille de (père)", "%s %s" % (fa[1].upper(), fa[0])),
            ("sy / et de (mère)", "%s %s" % (mo[1].upper(), mo[0])),
        ]
    y = 580
    for lab, val in rows:
        p.text(140, y, lab, 24, "sans-i", GREY)
        p.text(700, y, val, 32 if len(val) <= 40 else 25, "serif-b")
        p.line(690, y + 12, 1534, y + 12, (190, 190, 190), 1)
        y += 90
    p.wrap(
        140,
        y + 40,
        1380,
        "Nadika mifanaraka amin'ny boky fitanana ny sora-piankohonana. Copie certifiée conforme au registre, délivrée le %s."
        % long_fr(d["issue"]),
        26,
        "serif",
    )
    p.text(1150, y + 230, "Ny Mpiandraikitra ny sora-piankohonana", 24, "serif", align="c")
    p.text(1150, y + 265, "L'Officier de l'état civil : %s" % d["officer"], 24, "serif-i", align="c")
    p.signature(1020, y + 370, 260, seed=d["seed"] % 23)
    p.stamp(
        500,
        y + 340,
        120,
        "KAOMININA %s * SORA-PIANKOHONANA * " % per.birthplace.upper(),
        ["ÉTAT CIVIL"],
        (150, 20, 40),
    )
    return [p]


TEMPLATES = {
    "birth_fr3": ("birth_certificate", "fresh", birth_fr3),
    "birth_ml": ("birth_certificate", "fresh", birth_ml),
    "birth_gn": ("birth_certificate", "fresh", birth_gn),
    "birth_mg": ("birth_certificate", "fresh", birth_mg),
}

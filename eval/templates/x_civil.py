"""blind5 civil documents: sworn translation, marriage certificate."""

from __future__ import annotations

from codes import long_fr
from render import Page
from x_kit import d, kv


def translation(data: dict) -> list[Page]:
    per = data["person"]
    p = Page()
    p.text(140, 160, "Katarína Vlčeková-Durand", 28, "sans-b")
    p.text(140, 200, "Traductrice-interprète assermentée près la cour d'appel de Lyon", 22)
    p.text(140, 235, "8 rue Grenette, 69002 Lyon", 22)
    p.text(p.w / 2, 360, "TRADUCTION CERTIFIÉE CONFORME", 36, "serif-b", align="c")
    p.text(p.w / 2, 405, "Original : %s" % data["orig_title"], 22, "serif-i", align="c")
    rows = [
        ("Acte n°", data["number"]),
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "masculin" if per.sex == "M" else "féminin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", per.birthplace),
    ]
    if not data["nofil"]:
        rows += [("Père", "%s %s" % per.father), ("Mère", "%s %s" % per.mother)]
    rows += [("Délivré le", d(data["issue"])), ("Officier", data["officer"])]
    y = kv(p, 160, 520, rows, 27, 420)
    y = p.wrap(
        160,
        y + 60,
        p.w - 320,
        "Je soussignée certifie que la présente traduction est conforme à l'original rédigé en langue étrangère qui m'a été présenté. Traduction n° T-%s."
        % data["number"].replace("/", "-"),
        24,
    )
    p.text(160, y + 40, "Fait à Lyon, le %s" % d(data["tr_date"]), 24)
    p.stamp(p.w - 380, y + 230, 140, "TRADUCTRICE JURÉE * C.A. LYON *", ["SK · FI · SL"], (30, 90, 60))
    p.signature(260, y + 220, 260, seed=3)
    return [p]


def marriage(data: dict) -> list[Page]:
    per, sp = data["person"], data["spouse"]
    p = Page()
    p.text(p.w / 2, 190, "RÉPUBLIQUE FRANÇAISE", 26, "sans-b", align="c")
    p.text(p.w / 2, 260, "COPIE INTÉGRALE D'ACTE DE MARIAGE", 38, "serif-b", align="c")
    p.text(p.w / 2, 305, "Mairie de %s — acte n° %s" % (data["town"], data["number"]), 22, align="c")
    s = (
        "Le %s, à onze heures, devant nous ont comparu publiquement en la maison commune : %s %s, né(e) le %s à %s, "
        "fils/fille de %s %s et de %s %s ; et %s %s, né(e) le %s à %s. Lesquels ont déclaré l'un après l'autre vouloir "
        "se prendre pour époux et nous avons prononcé au nom de la loi qu'ils sont unis par le mariage. Sans contrat de mariage préalable."
        % (
            long_fr(data["wedding"]),
            per.given_str,
            per.surname.upper(),
            long_fr(per.birth),
            per.birthplace,
            per.father[0],
            per.father[1].upper(),
            per.mother[0],
            per.mother[1].upper(),
            sp.given_str,
            sp.surname.upper(),
            long_fr(sp.birth),
            sp.birthplace,
        )
    )
    y = p.wrap(150, 420, p.w - 300, s, 28, "serif", leading=1.7)
    y = p.wrap(
        150,
        y + 40,
        p.w - 300,
        "Copie certifiée conforme, délivrée le %s par %s, officier de l'état civil."
        % (d(data["issue"]), data["officer"]),
        26,
        "serif-i",
    )
    p.stamp(p.w - 380, y + 200, 140, "MAIRIE * ÉTAT CIVIL *", [data["town"][:12]], (40, 60, 160))
    p.signature(250, y + 200, 260, seed=4)
    return [p]


TEMPLATES = {
    "translation_x_sworn": ("translation", "blind5", translation),
    "marriage_x_copy": ("marriage_certificate", "blind5", marriage),
}

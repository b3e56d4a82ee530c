"""blind8 civil documents: sworn translation of a birth certificate, marriage certificate (copie intégrale)."""

from __future__ import annotations

from codes import long_fr
from render import Page
from u_kit import rstamp


def translation_u_letter(d: dict) -> list[Page]:
    per = d["person"]
    f, m = per.father, per.mother
    p = Page()
    p.text(120, 140, "Hélène VASSEUR-N'DIAYE", 30, "serif-b")
    p.lines(
        120,
        180,
        [
            "Traductrice-interprète assermentée près la Cour d'appel de Lyon",
            "8 montée de la Grande-Côte, 69001 Lyon · 04 78 00 00 00",
        ],
        20,
        "serif-i",
    )
    p.line(120, 250, 1534, 250, (0, 0, 0), 2)
    p.text(827, 340, "TRADUCTION CERTIFIÉE CONFORME", 36, "serif-b", align="c")
    p.text(827, 385, "Document original : %s" % d["orig_title"], 22, "serif-i", align="c")
    rows = [
        ["Rubrique", "Traduction"],
        ["Numéro d'enregistrement", d["number"]],
        ["Nom de famille", per.surname.upper()],
        ["Prénom(s)", per.given_str],
        ["Sexe", {"M": "masculin", "F": "féminin"}[per.sex]],
        ["Date de naissance", long_fr(per.birth)],
        ["Lieu de naissance", per.birthplace],
    ]
    if not d["nofil"]:
        rows += [["Père", "%s %s" % (f[0], f[1].upper())], ["Mère", "%s %s" % (m[0], m[1].upper())]]
    rows += [["Délivré le", long_fr(d["issue"])], ["Officier d'état civil", d["officer"]]]
    y = p.table(120, 460, [520, 894], rows, size=24, head_fill=(230, 230, 235), row_h=70) + 70
    y = p.wrap(
        120,
        y,
        1414,
        "Sceau et signature de l'autorité figurant sur l'original. [Cachet illisible]",
        22,
        "serif-i",
    )
    y = p.wrap(
        120,
        y + 30,
        1414,
        "Je soussignée, traductrice assermentée, certifie que la présente traduction est conforme à "
        "l'original rédigé en langue étrangère qui m'a été présenté. Traduction n° %s."
        % d["number"].replace("/", "-T"),
        23,
        "serif",
    )
    p.text(120, y + 60, "Fait à Lyon, le %s" % long_fr(d["tr_date"]), 24, "serif")
    p.signature(1100, y + 170, 260, seed=d["seed"])
    p.stamp(
        700,
        y + 180,
        120,
        "TRADUCTRICE EXPERT · COUR D'APPEL DE LYON",
        ["H. VASSEUR", "N'DIAYE"],
        color=(20, 70, 140),
    )
    return [p]


def marriage_u_copy(d: dict) -> list[Page]:
    per, sp = d["person"], d["spouse"]
    p = Page()
    p.text(120, 130, "RÉPUBLIQUE FRANÇAISE", 24, "sans-b")
    p.text(120, 165, "Ville de %s" % d["town"].split(" (")[0], 22, "sans")
    p.text(827, 300, "COPIE INTÉGRALE D'ACTE DE MARIAGE", 36, "serif-b", align="c")
    p.line(430, 380, 430, 1600, (0, 0, 0), 1)
    husband, wife = (per, sp) if per.sex == "M" else (sp, per)
    p.lines(
        120,
        430,
        ["N° %s" % d["number"], "", "Mariage", husband.surname.upper(), "et", wife.surname.upper()],
        22,
        "serif-b",
    )
    txt = (
        "Le %s, à onze heures, devant nous ont comparu publiquement en la maison commune : "
        "%s %s, né le %s à %s, domicilié à %s ; et %s %s, née le %s à %s, domiciliée à %s. "
        "Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux et nous avons prononcé "
        "au nom de la loi qu'ils sont unis par le mariage. Pas de contrat de mariage. En présence de deux témoins majeurs. "
        "Lecture faite, les époux ont signé avec nous, %s, Adjointe au Maire, Officier de l'état civil."
        % (
            long_fr(d["wedding"]),
            husband.given_str,
            husband.surname.upper(),
            long_fr(husband.birth),
            husband.birthplace,
            husband.city,
            wife.given_str,
            wife.surname.upper(),
            long_fr(wife.birth),
            wife.birthplace,
            wife.city,
            d["officer"],
        )
    )
    y = p.wrap(460, 440, 1080, txt, 24, "serif", leading=1.7) + 80
    p.text(120, y, "Copie certifiée conforme, délivrée le %s" % long_fr(d["issue"]), 24, "serif")
    p.signature(1150, y + 150, 240, seed=d["seed"])
    rstamp(p, 200, y + 80, ["ÉTAT CIVIL", "COPIE CONFORME"], color=(30, 40, 140))
    return [p]


TEMPLATES = {
    "translation_u_letter": ("translation", "blind8", translation_u_letter),
    "marriage_u_copy": ("marriage_certificate", "blind8", marriage_u_copy),
}

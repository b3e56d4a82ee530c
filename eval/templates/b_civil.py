"""Blind half: sworn translation of a birth certificate, marriage certificate (copie intégrale)."""

from __future__ import annotations

from cast import COUNTRIES
from codes import dmy, long_fr
from render import Page

LANG_FR = {"es": "espagnol", "pt": "portugais", "en": "anglais", "ro": "roumain", "uk": "ukrainien"}


def translation_b_court(d: dict) -> list[Page]:
    """Traducteur expert près la cour d'appel: letterhead on the right, numbered paragraphs, seal."""
    per = d["person"]
    p = Page()
    p.lines(1534, 130, ["Irène KOVALSKI-DURAND", "Traductrice-interprète expert", "près la Cour d'appel de Lyon",
                        "8 rue Mercière, 69002 Lyon"], 22, "sans", (60, 60, 60), align="r")  # fmt: skip
    p.text(120, 360, "TRADUCTION CERTIFIÉE CONFORME", 38, "serif-b")
    lang = LANG_FR.get(per.lang, per.lang)
    p.text(120, 410, "de l'%s vers le français" % lang if lang[0] in "aeiou" else "du %s vers le français" % lang,
           24, "serif-i", (90, 90, 90))  # fmt: skip
    p.text(120, 470, "Document original : « %s »" % d["orig_title"], 24, "serif")
    p.line(120, 500, 1534, 500, (0, 0, 0), 2)
    p.text(827, 590, "ACTE DE NAISSANCE", 36, "serif-b", align="c")
    p.text(827, 635, "%s - acte n° %s" % (COUNTRIES[per.country][1], d["number"]), 24, "serif", align="c")
    items = [
        ("Nom de famille", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "féminin" if per.sex == "F" else "masculin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", "%s (%s)" % (per.birthplace, COUNTRIES[per.country][1])),
    ]
    if not d["nofil"]:
        items += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    y = 730
    for i, (lab, val) in enumerate(items, 1):
        p.text(140, y, "%d." % i, 26, "serif-b")
        p.text(200, y, lab + " :", 26, "serif")
        p.text(620, y, val, 28, "serif-b")
        y += 70
    y = p.wrap(140, y + 30, 1380, "Délivré le %s par l'officier d'état civil %s. [Cachet et signature illisibles]"
               % (dmy(d["issue"]), d["officer"]), 24, "serif-i")  # fmt: skip
    y = p.wrap(140, y + 50, 1380, "Je soussignée, traductrice assermentée, certifie la présente traduction "
               "conforme à l'original rédigé en langue %s, présenté et paraphé ne varietur." % lang, 24, "serif")  # fmt: skip
    p.text(140, y + 60, "Fait à Lyon, le " + long_fr(d["tr_date"]), 24, "serif")
    p.text(140, y + 110, "Répertoire n° T-%s" % d["number"].replace("/", "-"), 22, "mono", (80, 80, 80))
    p.signature(1100, y + 160, seed=d["seed"] % 7)
    p.stamp(1250, y + 280, 130, "* TRADUCTRICE EXPERT * CA LYON ", ["I. KOVALSKI", "DURAND"], (150, 30, 30))
    return [p]


def marriage_b_integral(d: dict) -> list[Page]:
    """Copie intégrale d'acte de mariage: narrative text with margin, typed in condensed serif."""
    per, sp = d["person"], d["spouse"]
    p = Page()
    p.text(120, 140, "RÉPUBLIQUE FRANÇAISE", 26, "scond-b")
    p.text(120, 180, "Commune de " + d["town"], 26, "scond")
    p.text(1534, 140, "Acte n° " + d["number"], 26, "scond", align="r")
    p.text(827, 320, "COPIE INTÉGRALE D'ACTE DE MARIAGE", 40, "scond-b", align="c")
    p.rect((110, 380, 420, 1800), outline=(120, 120, 120), width=1)
    p.lines(125, 430, ["MARIAGE", "", per.surname.upper(), "et", sp.surname.upper(), "", "Mentions :", "néant"],
            22, "scond", (70, 70, 70))  # fmt: skip
    groom, bride = (per, sp) if per.sex == "M" else (sp, per)

    def who(x):
        return "%s %s, né(e) le %s à %s, fils/fille de %s %s et de %s %s" % (
            x.given_str, x.surname.upper(), long_fr(x.birth), x.birthplace,
            x.father[0], x.father[1].upper(), x.mother[0], x.mother[1].upper(),
        )  # fmt: skip

    t = (
        "Le %s, à onze heures, devant nous ont comparu publiquement en la maison commune : %s, domicilié(e) à %s ; "
        "et %s, domicilié(e) à %s. Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux "
        "et nous avons prononcé au nom de la loi qu'ils sont unis par le mariage. Pas de contrat de mariage."
        % (long_fr(d["wedding"]), who(groom), d["town"], who(bride), d["town"])
    )
    y = p.wrap(450, 430, 1080, t, 27, "scond", leading=1.7)
    p.text(450, y + 40, "Officier de l'état civil : " + d["officer"], 25, "scond-i")
    p.text(450, y + 120, "Pour copie conforme, délivrée le " + dmy(d["issue"]), 25, "scond")
    p.signature(900, y + 230, seed=d["seed"] % 9)
    p.stamp(1350, y + 200, 120, "* MAIRIE DE %s * " % d["town"].upper(), ["ÉTAT CIVIL"], (40, 40, 120))
    return [p]


TEMPLATES = {
    "translation_b_court": ("translation", "blind", translation_b_court),
    "marriage_b_integral": ("marriage_certificate", "blind", marriage_b_integral),
}

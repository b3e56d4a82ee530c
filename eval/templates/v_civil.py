"""blind7 civil documents: sworn translations of foreign birth certificates, French marriage certificates."""

from __future__ import annotations

import v_kit as k
from codes import dmy, long_fr
from render import GREY, Page, logo

LANG_FR = {
    "no": "norvégien",
    "lv": "letton",
    "en": "anglais",
    "bs": "bosnien",
    "mk": "macédonien",
    "ar": "arabe",
    "so": "somali",
    "es": "espagnol",
    "km": "khmer",
}
COUNTRY_AUTH = {
    "NO": "Administration fiscale norvégienne (Skatteetaten), registre national de la population",
    "LV": "Service de l'état civil de la Ville de Riga, République de Lettonie",
    "MT": "Registre public de Malte (Identity Malta), La Valette",
    "BA": "Bureau de l'état civil, commune de Centar Sarajevo, Bosnie-Herzégovine",
    "MK": "Direction de la tenue des registres d'état civil, République de Macédoine du Nord",
    "IQ": "Ministère de la Santé, direction des naissances et décès, République d'Irak",
    "SO": "Administration régionale du Banadir, municipalité de Mogadiscio, Somalie",
    "ZA": "Ministère de l'Intérieur (Home Affairs), République d'Afrique du Sud",
    "SL": "Autorité nationale d'enregistrement de l'état civil (NCRA), Sierra Leone",
    "CL": "Service de l'état civil et de l'identification, République du Chili",
    "KH": "Bureau d'état civil de la commune (sangkat), Royaume du Cambodge",
}
TRANSLATORS = [
    (
        "Ingrid LAURENT-BERG",
        "Traductrice-interprète assermentée près la Cour d'appel de Lyon",
        "12 rue Président-Carnot, 69002 Lyon",
    ),
    ("Karim HADDAD", "Expert traducteur près la Cour d'appel de Paris", "41 rue de Turbigo, 75003 Paris"),
    (
        "Vesna MARKOVIĆ-DUPUY",
        "Traductrice jurée, Cour d'appel de Grenoble",
        "6 place Victor-Hugo, 38000 Grenoble",
    ),
]


def _fields(d: dict) -> list[tuple[str, str]]:
    per = d["person"]
    rows = [
        ("Nom de famille", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "féminin" if per.sex == "F" else "masculin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", "%s (%s)" % (per.birthplace, _cname(per))),
    ]
    if not d["nofil"]:
        rows += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    rows += [("N° d'acte / de registre", d["number"]), ("Date de délivrance", dmy(d["issue"]))]
    return rows


def _cname(per) -> str:
    from cast import COUNTRIES

    return COUNTRIES[per.country][1]


def translation_letter(d: dict) -> list[Page]:
    """One page on the translator's letterhead: heading, translated content, certification and seal."""
    per = d["person"]
    name, qual, addr = TRANSLATORS[d["seed"] % 2]
    p = Page()
    p.text(130, 140, name, 32, "serif-b", k.NAVY)
    p.text(130, 178, qual, 20, "serif-i")
    p.text(130, 206, addr + " — Tél. 04 78 42 17 90", 18, "serif", GREY)
    p.line(130, 235, p.w - 130, 235, k.NAVY, 2)
    lang = LANG_FR.get(d["lang"], d["lang"])
    p.text(p.w / 2, 330, "TRADUCTION CERTIFIÉE CONFORME", 32, "serif-b", align="c")
    p.text(p.w / 2, 372, "de la langue %s vers la langue française" % lang, 22, "serif-i", align="c")
    p.text(130, 450, "Document : %s" % d["orig_title"], 22, "serif-b")
    p.text(130, 488, "Autorité émettrice : %s" % COUNTRY_AUTH.get(per.country, ""), 20, "serif")
    p.text(130, 560, "[Armoiries]", 20, "serif-i", GREY)
    p.text(p.w / 2, 620, "ACTE DE NAISSANCE", 30, "serif-b", align="c")
    yy = 700
    for lab, val in _fields(d):
        p.text(180, yy, lab + " :", 23, "serif", GREY)
        p.text(620, yy, val, 25, "serif-b")
        yy += 56
    yy += 20
    p.text(180, yy, "[Signature illisible] — [Cachet rond de l'autorité]", 20, "serif-i", GREY)
    yy += 100
    p.line(130, yy, p.w - 130, yy, (150, 150, 150), 1)
    p.wrap(
        130,
        yy + 60,
        p.w - 260,
        "Je soussigné(e), %s, %s, certifie que la présente traduction est conforme à l'original en langue %s "
        "qui m'a été présenté. Traduction enregistrée sous le n° %s."
        % (name, qual.lower(), lang, d["number"].replace("/", "-T")),
        21,
        "serif",
    )
    p.text(130, yy + 230, "Fait à %s, le %s" % (addr.split()[-1], long_fr(d["tr_date"])), 22, "serif")
    p.signature(200, yy + 340, 240, seed=d["seed"])
    p.stamp(
        p.w - 380,
        yy + 320,
        130,
        "%s * TRADUCTEUR EXPERT *" % name.upper(),
        ["COUR D'APPEL", addr.split()[-1].upper()],
        (30, 50, 150),
        17,
    )
    return [p]


def translation_table(d: dict) -> list[Page]:
    """Two pages: a two-column table (original wording / French) and the translator's attestation."""
    per = d["person"]
    name, qual, addr = TRANSLATORS[2 if d["seed"] % 3 == 0 else d["seed"] % 2]
    lang = LANG_FR.get(d["lang"], d["lang"])
    p = Page()
    p.text(130, 130, "Traduction n° %s-%s" % (d["tr_date"][:4], d["number"].split("/")[0]), 20, "mono")
    p.text(p.w - 130, 130, "Page 1/2", 20, "sans", align="r")
    p.text(p.w / 2, 240, "TRADUCTION — %s" % lang.upper(), 30, "sans-b", align="c")
    p.text(p.w / 2, 280, "Intitulé original : %s" % d["orig_title"], 20, "sans-i", align="c")
    rows = [["Mention de l'original", "Traduction française"]]
    rows.append(["(en-tête)", COUNTRY_AUTH.get(per.country, "")[:58]])
    rows.append(["(titre)", "Acte / certificat de naissance"])
    rows += [["(rubrique)", "%s : %s" % (a, b)] for a, b in _fields(d)]
    p.table(130, 340, [330, 1064], rows, size=21, row_h=58, zebra=(245, 245, 245))
    p.text(
        130,
        340 + len(rows) * 58 + 70,
        "Signature du fonctionnaire et sceau de l'autorité : [présents sur l'original]",
        20,
        "sans-i",
        GREY,
    )
    k.page_footer(p, "%s — %s" % (name, addr))
    q = Page()
    q.text(q.w - 130, 130, "Page 2/2", 20, "sans", align="r")
    q.text(q.w / 2, 300, "ATTESTATION DE TRADUCTION", 32, "sans-b", align="c")
    q.wrap(
        150,
        420,
        q.w - 300,
        "Je soussigné(e) %s, %s, demeurant %s, atteste que la traduction ci-jointe, en une page, de "
        "l'acte de naissance de %s %s, rédigé en langue %s, est fidèle et conforme à l'original."
        % (name, qual.lower(), addr, per.given_str, per.surname.upper(), lang),
        24,
        "serif",
        leading=1.6,
    )
    q.text(150, 700, "Fait pour servir et valoir ce que de droit.", 24, "serif")
    q.text(150, 760, "Le %s" % dmy(d["tr_date"]), 24, "serif")
    q.signature(220, 900, 260, seed=d["seed"] + 4)
    q.stamp(
        1150,
        900,
        135,
        "TRADUCTEUR JURÉ * %s *" % name.upper(),
        ["EXPERT", "N° %s" % d["number"][:3]],
        (110, 30, 120),
        17,
    )
    k.page_footer(q, "%s — %s" % (name, addr))
    return [p, q]


# ---- marriage ----------------------------------------------------------------------------------
def marriage_copy(d: dict) -> list[Page]:
    """Copie intégrale, narrative text with the margin column for mentions."""
    a, b = d["person"], d["spouse"]
    town = d["town"]
    p = Page()
    logo(p, "marianne", 130, 110, 80, None)
    p.text(130, 200, "RÉPUBLIQUE FRANÇAISE", 16, "sans-b")
    p.text(p.w - 130, 140, "MAIRIE DE %s" % town.upper(), 30, "serif-b", align="r")
    p.text(
        p.w - 130,
        176,
        "Registre des actes de mariage — année %s" % d["wedding"][:4],
        19,
        "serif",
        GREY,
        align="r",
    )
    p.text(p.w / 2, 310, "COPIE INTÉGRALE DE L'ACTE DE MARIAGE", 34, "serif-b", align="c")
    p.rect((130, 380, 440, 1600), outline=(100, 100, 100), width=1)
    p.text(150, 430, "N° %s" % d["number"], 24, "serif-b")
    p.text(150, 475, "MARIAGE", 22, "serif")
    yy = p.wrap(150, 515, 270, "%s %s" % (a.given_str, a.surname.upper()), 22, "serif-b")
    p.text(150, yy, "et", 22, "serif")
    yy = p.wrap(150, yy + 36, 270, "%s %s" % (b.given_str, b.surname.upper()), 22, "serif-b")
    p.text(150, yy + 40, "Mentions : néant", 19, "serif-i", GREY)

    def who(x, role):
        return "%s %s, %s, né%s le %s à %s (%s), domicilié%s à %s, %s de %s %s et de %s %s" % (
            x.given_str,
            x.surname.upper(),
            role,
            "e" if x.sex == "F" else "",
            long_fr(x.birth),
            x.birthplace,
            _cname(x),
            "e" if x.sex == "F" else "",
            town,
            "fille" if x.sex == "F" else "fils",
            x.father[0],
            x.father[1].upper(),
            x.mother[0],
            x.mother[1].upper(),
        )

    txt = (
        "Le %s, à onze heures, devant Nous ont comparu publiquement en la maison commune : %s ; et %s. "
        "Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux et Nous avons "
        "prononcé au nom de la loi qu'ils sont unis par le mariage. Sans contrat de mariage préalable. "
        "En présence de Léa FOURNIER et de Hugo BRETON, témoins majeurs. Lecture faite et invités à lire "
        "l'acte, les époux et les témoins ont signé avec Nous, %s, Adjointe au Maire, Officier de l'état civil."
        % (
            long_fr(d["wedding"]),
            who(a, "sans profession"),
            who(b, "employé" + ("e" if b.sex == "F" else "")),
            d["officer"],
        )
    )
    p.wrap(480, 430, p.w - 480 - 130, txt, 24, "serif", leading=1.7)
    p.text(480, 1700, "Pour copie intégrale conforme, délivrée le %s." % long_fr(d["issue"]), 22, "serif")
    p.text(480, 1740, "L'Officier de l'état civil", 22, "serif-i")
    p.signature(520, 1840, 240, seed=d["seed"])
    p.stamp(1320, 1850, 115, "MAIRIE DE %s * ÉTAT CIVIL *" % town.upper(), ["RF"], (40, 60, 150), 17)
    return [p]


def marriage_extract(d: dict) -> list[Page]:
    """Extrait d'acte de mariage as a two-column grid (époux / épouse)."""
    a, b = d["person"], d["spouse"]
    town = d["town"]
    p = Page()
    p.rect((110, 110, p.w - 110, 260), outline=None, fill=(235, 240, 248))
    p.text(140, 170, "Ville de %s" % town, 34, "sans-b", k.NAVY)
    p.text(140, 215, "Direction de la Population — État civil", 20, "sans", GREY)
    p.text(p.w / 2, 360, "EXTRAIT D'ACTE DE MARIAGE", 34, "sans-b", align="c")
    p.text(
        p.w / 2, 400, "Acte n° %s — dressé le %s" % (d["number"], dmy(d["wedding"])), 21, "sans", align="c"
    )
    p.text(140, 480, "Mariage célébré le %s à %s" % (long_fr(d["wedding"]), town), 25, "sans-b")
    rows = [["", "Premier conjoint", "Second conjoint"]]
    for lab, f in (
        ("Nom", lambda x: x.surname.upper()),
        ("Prénoms", lambda x: x.given_str),
        ("Date de naissance", lambda x: dmy(x.birth)),
        ("Lieu de naissance", lambda x: x.birthplace[:26]),
        ("Père", lambda x: "%s %s" % (x.father[0], x.father[1].upper())),
        ("Mère", lambda x: "%s %s" % (x.mother[0], x.mother[1].upper())),
    ):
        rows.append([lab, f(a), f(b)])
    p.table(140, 540, [310, 560, 560], rows, size=22, row_h=64)
    p.text(140, 1080, "Contrat de mariage : néant.      Mentions marginales : néant.", 21, "sans")
    p.text(
        140,
        1160,
        "Extrait délivré le %s par %s, officier de l'état civil." % (dmy(d["issue"]), d["officer"]),
        21,
        "sans",
    )
    p.signature(200, 1280, 240, seed=d["seed"])
    p.stamp(1250, 1260, 110, "VILLE DE %s * ÉTAT CIVIL *" % town.upper(), ["SCEAU"], (50, 60, 140), 16)
    return [p]


TEMPLATES = {
    "translation_v_letter": ("translation", "blind7", translation_letter),
    "translation_v_table": ("translation", "blind7", translation_table),
    "marriage_v_copy": ("marriage_certificate", "blind7", marriage_copy),
    "marriage_v_extract": ("marriage_certificate", "blind7", marriage_extract),
}

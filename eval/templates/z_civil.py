"""blind3: sworn translations (letter with certification, two-page mirrored form), marriage certificates."""

from __future__ import annotations

from cast import COUNTRIES
from codes import dmy, long_fr
from render import Page, logo
from z_kit import INK, MID, new, page_footer, rect_stamp, small_print

LANG_FR = {
    "de": "allemand",
    "cs": "tchèque",
    "bg": "bulgare",
    "en": "anglais",
    "fa": "persan (dari)",
    "ar": "arabe",
    "es": "espagnol",
}
TRANSLATORS = [
    ("Irina VASSILEVA-ROUX", "Cour d'appel de Lyon", "27 rue Servient, 69003 Lyon"),
    ("Karim HADDOU", "Cour d'appel de Paris", "14 rue de Turbigo, 75002 Paris"),
    ("Lucía MONTERO", "Cour d'appel de Toulouse", "5 allées Jean-Jaurès, 31000 Toulouse"),
]


def _tr(d: dict) -> tuple:
    return TRANSLATORS[d["seed"] % len(TRANSLATORS)]


def _facts(d: dict) -> list[tuple[str, str]]:
    per = d["person"]
    rows = [
        ("Nom", per.surname.upper()),
        ("Prénom(s)", " ".join(per.given)),
        ("Sexe", "masculin" if per.sex == "M" else "féminin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", "%s (%s)" % (per.birthplace, COUNTRIES[per.country][1])),
    ]
    if not d["nofil"]:
        rows += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    rows += [
        ("N° de l'acte", d["number"]),
        ("Date de délivrance", dmy(d["issue"])),
        ("Officier de l'état civil", d["officer"]),
    ]
    return rows


def _seal(p: Page, cx, cy, d: dict) -> None:
    name, court, _ = _tr(d)
    p.stamp(
        cx,
        cy,
        125,
        "TRADUCTEUR EXPERT * %s *" % court.upper(),
        [name.split()[-1], LANG_FR[d["lang"]].upper()[:10]],
        (30, 50, 140),
        17,
    )


def translation_z_letter(d: dict) -> list[Page]:
    """Sworn translation as a letter: translator's letterhead, running text, certification, seal."""
    per = d["person"]
    name, court, addr = _tr(d)
    p = new()
    p.text(110, 130, name, 32, "serif-b")
    p.text(110, 168, "Traducteur-interprète expert près la %s" % court, 22, "serif-i")
    p.text(110, 198, "Langue : %s – français" % LANG_FR[d["lang"]], 20, "serif")
    p.text(110, 226, addr, 20, "serif", MID)
    p.line(110, 250, 1544, 250, (60, 60, 60), 2)
    p.text(827, 340, "TRADUCTION CERTIFIÉE CONFORME", 36, "serif-b", align="c")
    p.text(
        827,
        384,
        "de l'%s vers le français" % LANG_FR[d["lang"]]
        if LANG_FR[d["lang"]][0] in "aeiou"
        else "du %s vers le français" % LANG_FR[d["lang"]],
        22,
        "serif-i",
        align="c",
    )
    p.text(110, 470, "Document : « %s »" % d["orig_title"], 24, "serif")
    p.text(110, 510, "Pays : %s — Titre traduit : ACTE DE NAISSANCE" % COUNTRIES[per.country][1], 24, "serif")
    y = 600
    for lab, val in _facts(d):
        p.text(160, y, lab + " :", 24, "serif-i", MID)
        p.text(560, y, val, 27, "serif-b" if lab in ("Nom", "Prénom(s)") else "serif")
        y += 56
    y += 30
    p.text(160, y, "[Sceau rond de l'autorité émettrice]   [Signature illisible]", 22, "serif-i", MID)
    y += 100
    y = p.wrap(
        110,
        y,
        1430,
        "Je soussigné(e), %s, traducteur-interprète expert inscrit(e) sur la liste de la %s, "
        "certifie que la présente traduction, composée d'une page, est conforme à l'original rédigé en %s qui "
        "m'a été présenté et que j'ai visé ne varietur." % (name, court, LANG_FR[d["lang"]]),
        24,
        "serif",
    )
    y += 30
    p.text(110, y, "Fait à %s, le %s" % (court.split(" de ")[-1], long_fr(d["tr_date"])), 24, "serif")
    p.text(
        110, y + 44, "Traduction n° %s-%04d" % (d["tr_date"][:4], d["seed"] * 17 % 10000), 22, "serif", MID
    )
    p.signature(1020, y + 180, 260, INK, seed=d["seed"] % 9)
    _seal(p, 1150, y + 140, d)
    small_print(
        p,
        2200,
        [
            "Cette traduction ne vaut que pour le document original joint, revêtu du même numéro de "
            "répertoire. Toute reproduction partielle est interdite."
        ],
        15,
    )
    return [p]


def translation_z_mirror(d: dict) -> list[Page]:
    """Two pages: the certificate translated in a form that mirrors the original, then the attestation."""
    per = d["person"]
    name, court, addr = _tr(d)
    p = new()
    p.text(1544, 100, "Traduction du %s — page 1/2" % LANG_FR[d["lang"]], 18, "sans-i", MID, align="r")
    p.text(827, 220, "[Armoiries] %s" % COUNTRIES[per.country][1].upper(), 26, "sans-b", align="c")
    p.text(827, 320, "ACTE DE NAISSANCE", 40, "sans-b", align="c")
    p.text(827, 360, "(original : %s)" % d["orig_title"], 20, "sans-i", MID, align="c")
    rows = [["Rubrique", "Mention"]] + [[a, b] for a, b in _facts(d)]
    p.table(140, 440, [480, 894], rows, 24, "sans", "sans-b", (230, 230, 230), 62)
    y = 440 + 62 * len(rows) + 80
    p.text(
        140, y, "Mentions : néant. Cachet : « Service de l'état civil ». Signature : illisible.", 22, "sans-i"
    )
    page_footer(p, "%s — traductrice/traducteur assermenté(e)" % name, 1, 2)
    q = new()
    q.text(1544, 100, "page 2/2", 18, "sans-i", MID, align="r")
    logo(q, "circle", 140, 140, 70, (30, 50, 140))
    q.text(240, 175, name, 30, "sans-b")
    q.text(240, 210, "Expert près la %s — %s" % (court, addr), 20, "sans", MID)
    q.text(827, 420, "ATTESTATION DE TRADUCTION", 36, "sans-b", align="c")
    y = q.wrap(
        140,
        540,
        1374,
        "Je soussigné(e) %s, expert traducteur en langue %s près la %s, atteste que le "
        "document ci-joint est la traduction fidèle et complète de l'acte de naissance de %s %s, né(e) le %s "
        "à %s, n° %s, qui m'a été présenté en original."
        % (
            name,
            LANG_FR[d["lang"]],
            court,
            " ".join(per.given),
            per.surname.upper(),
            dmy(per.birth),
            per.birthplace,
            d["number"],
        ),
        26,
        "sans",
        leading=1.6,
    )
    q.text(140, y + 60, "%s, le %s" % (court.split(" de ")[-1], dmy(d["tr_date"])), 26, "sans")
    q.text(
        140,
        y + 110,
        "Enregistré sous le n° %d au répertoire" % (1000 + d["seed"] * 31 % 9000),
        22,
        "sans",
        MID,
    )
    q.signature(1000, y + 260, 260, INK, seed=d["seed"] % 9)
    _seal(q, 600, y + 260, d)
    return [p, q]


# ---- marriage ---------------------------------------------------------------------------------
def _spouses(d: dict):
    a, b = d["person"], d["spouse"]
    return (a, b) if a.sex == "M" else (b, a)


def marriage_z_copy(d: dict) -> list[Page]:
    """Copie intégrale d'acte de mariage: narrative text with margin column."""
    h, w = _spouses(d)
    p = new()
    logo(p, "marianne", 120, 110, 80, (0, 0, 0))
    p.text(120, 195, "RÉPUBLIQUE FRANÇAISE", 16, "sans-b")
    p.text(1534, 140, "Mairie de %s" % d["town"], 28, "serif-b", align="r")
    p.text(1534, 176, "Service État civil", 20, "serif-i", MID, align="r")
    p.text(827, 300, "COPIE INTÉGRALE D'ACTE DE MARIAGE", 36, "serif-b", align="c")
    p.line(420, 360, 420, 1900, (0, 0, 0), 1)
    p.wrap(110, 400, 290, "N° %s" % d["number"], 24, "serif-b")
    p.wrap(
        110,
        450,
        290,
        "MARIAGE de %s %s et de %s %s" % (h.surname.upper(), h.given[0], w.surname.upper(), w.given[0]),
        22,
        "serif",
    )
    txt = (
        "Le %s, à %d heures %02d, devant Nous, %s, officier de l'état civil, ont comparu publiquement en la "
        "maison commune : %s %s, %s, né le %s à %s (%s), fils de %s %s et de %s %s, domicilié à %s ; "
        "et %s %s, %s, née le %s à %s (%s), fille de %s %s et de %s %s, domiciliée à %s. "
        "Les futurs époux ont déclaré l'un après l'autre vouloir se prendre pour époux et Nous avons prononcé "
        "au nom de la loi qu'ils sont unis par le mariage. Sans contrat de mariage. En présence de Sylvie MARTIN et "
        "Olivier BLANC, témoins majeurs. Lecture faite et invités à lire l'acte, les époux et les témoins ont signé "
        "avec Nous."
        % (
            long_fr(d["wedding"]),
            10 + d["seed"] % 6,
            d["seed"] % 4 * 15,
            d["officer"],
            " ".join(h.given),
            h.surname.upper(),
            "employé" if h.country != "FR6" else "technicien",
            long_fr(h.birth),
            h.birthplace,
            COUNTRIES[h.country][1],
            h.father[0],
            h.father[1].upper(),
            h.mother[0],
            h.mother[1].upper(),
            d["town"],
            " ".join(w.given),
            w.surname.upper(),
            "employée",
            long_fr(w.birth),
            w.birthplace,
            COUNTRIES[w.country][1],
            w.father[0],
            w.father[1].upper(),
            w.mother[0],
            w.mother[1].upper(),
            d["town"],
        )
    )
    y = p.wrap(450, 420, 1090, txt, 24, "serif", leading=1.65)
    p.text(110, 1700, "Mentions marginales :", 20, "serif-i", MID)
    p.text(110, 1730, "néant", 20, "serif", MID)
    y = max(y, 1600) + 120
    p.text(450, y, "Pour copie conforme, délivrée le %s" % dmy(d["issue"]), 24, "serif")
    p.text(450, y + 40, "L'officier de l'état civil délégué", 22, "serif-i")
    p.signature(1000, y + 140, 240, INK, seed=d["seed"] % 7)
    p.stamp(
        700,
        y + 170,
        110,
        "MAIRIE DE %s * ÉTAT CIVIL *" % d["town"].upper(),
        ["RÉPUBLIQUE", "FRANÇAISE"],
        (40, 40, 150),
        17,
    )
    return [p]


def marriage_z_extract(d: dict) -> list[Page]:
    """Extrait d'acte de mariage in two columns (époux / épouse), typed boxes."""
    h, w = _spouses(d)
    p = new((253, 253, 250))
    p.rect((80, 80, 1574, 2260), outline=(30, 30, 90), width=3)
    p.text(827, 180, "VILLE DE %s" % d["town"].upper(), 30, "sans-b", align="c")
    p.text(827, 260, "EXTRAIT D'ACTE DE MARIAGE", 40, "sans-b", (30, 30, 90), align="c")
    p.text(827, 300, "Acte n° %s — Année %s" % (d["number"], d["wedding"][:4]), 22, "sans", align="c")
    p.text(160, 400, "Mariage célébré le %s à %s" % (long_fr(d["wedding"]), d["town"]), 26, "sans-b")
    for k, (who, lab) in enumerate(((h, "ÉPOUX"), (w, "ÉPOUSE"))):
        x = 160 + k * 690
        p.rect((x, 460, x + 640, 1200), outline=(30, 30, 90), width=2)
        p.rect((x, 460, x + 640, 520), outline=None, fill=(220, 224, 240))
        p.text(x + 20, 503, lab, 26, "sans-b")
        rows = [
            ("Nom", who.surname.upper()),
            ("Prénoms", " ".join(who.given)),
            ("Né(e) le", dmy(who.birth)),
            ("à", who.birthplace),
            ("Pays", COUNTRIES[who.country][1]),
        ]
        yy = 580
        for a, b in rows:
            p.text(x + 20, yy, a, 18, "sans", MID)
            p.wrap(x + 20, yy + 36, 600, b, 25, "sans-b")
            yy += 120
    p.text(160, 1300, "Contrat de mariage : néant", 24, "sans")
    p.text(160, 1350, "Mentions marginales : néant", 24, "sans")
    p.text(
        160,
        1500,
        "Délivré le %s par l'officier de l'état civil, %s" % (dmy(d["issue"]), d["officer"]),
        24,
        "sans",
    )
    p.signature(1050, 1650, 240, INK, seed=d["seed"] % 7)
    rect_stamp(p, 600, 1660, ["MAIRIE DE %s" % d["town"].upper(), "ÉTAT CIVIL"], (40, 40, 150), 22, -4)
    small_print(
        p, 2180, ["Extrait sans indication de la filiation des époux (article 30 du décret n° 2017-890)."], 16
    )
    return [p]


TEMPLATES = {
    "translation_z_letter": ("translation", "blind3", translation_z_letter),
    "translation_z_mirror": ("translation", "blind3", translation_z_mirror),
    "marriage_z_copy": ("marriage_certificate", "blind3", marriage_z_copy),
    "marriage_z_extract": ("marriage_certificate", "blind3", marriage_z_extract),
}

"""Blind half: birth certificates of FR (4th commune layout), BE, NE, BJ, GA, KE (one layout each)."""

from __future__ import annotations

from codes import dmy, long_en, long_fr
from render import Page, logo


def _parents(per) -> tuple[str, str]:
    f, m = per.father, per.mother
    return "%s %s" % (f[0], f[1].upper()), "%s %s" % (m[0], m[1].upper())


def _sexe(per) -> str:
    return "féminin" if per.sex == "F" else "masculin"


def birth_fr4(d: dict) -> list[Page]:
    """Commune extract, margin column for mentions on the left, serif body, no table."""
    per = d["person"]
    p = Page()
    logo(p, "marianne", 120, 110, 110, None)
    p.text(260, 150, "Mairie de " + per.birthplace.split(" (")[0], 34, "serif-b")
    p.text(260, 190, "Service de l'état civil", 24, "serif-i", (80, 80, 80))
    p.text(1534, 150, "Acte n° " + d["number"], 26, "serif", align="r")
    title = "EXTRAIT D'ACTE DE NAISSANCE" + (" SANS FILIATION" if d["nofil"] else " AVEC FILIATION")
    p.text(827, 340, title, 36, "serif-b", align="c")
    p.line(120, 380, 1534, 380, (0, 0, 0), 3)
    p.line(470, 400, 470, 1900, (150, 150, 150), 1)
    p.lines(130, 450, ["Mentions", "marginales :", "", "Néant"], 22, "serif-i", (90, 90, 90))
    x, y = 510, 450
    body = [
        ("Le", long_fr(per.birth)),
        ("est né(e) à", per.birthplace),
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", _sexe(per)),
    ]
    if not d["nofil"]:
        fa, mo = _parents(per)
        body += [("Fils ou fille de", fa), ("et de", mo)]
    for lab, val in body:
        p.text(x, y, lab, 26, "serif-i", (70, 70, 70))
        p.text(x + 300, y, val, 30, "serif-b" if lab in ("Nom", "Prénom(s)") else "serif")
        y += 78
    y = p.wrap(x, y + 40, 1000, "Extrait délivré conformément aux énonciations du registre.", 24, "serif")
    p.text(x, y + 60, "Délivré le %s" % long_fr(d["issue"]), 26, "serif")
    p.text(x, y + 110, "L'officier de l'état civil, " + d["officer"], 26, "serif")
    p.signature(x + 200, y + 200, seed=d["seed"] % 11)
    p.stamp(1300, y + 220, 140, "* MAIRIE * ÉTAT CIVIL ", ["RÉPUBLIQUE", "FRANÇAISE"], (30, 50, 130))
    return [p]


def birth_be(d: dict) -> list[Page]:
    """Belgian commune: 'Extrait d'acte de naissance' with a grey ruled form and the lion badge."""
    per = d["person"]
    p = Page()
    p.rect((100, 100, 1554, 300), outline=None, fill=(240, 240, 240))
    p.ellipse((130, 120, 290, 280), outline=(0, 0, 0), fill=(250, 210, 40), width=3)
    p.text(210, 225, "B", 80, "serif-b", align="c")
    p.text(330, 170, "ROYAUME DE BELGIQUE", 30, "sans-b")
    p.text(330, 215, "Ville de " + per.birthplace, 28, "sans")
    p.text(330, 260, "Bureau de l'état civil", 22, "sans-i", (80, 80, 80))
    p.text(827, 420, "Extrait d'acte de naissance", 40, "sans-b", align="c")
    p.text(827, 465, "(Art. 36, Code civil)", 22, "sans-i", (90, 90, 90), "c")
    rows = [
        ["Rubrique", "Donnée"],
        ["Numéro de l'acte", d["number"]],
        ["Nom", per.surname.upper()],
        ["Prénoms", per.given_str],
        ["Sexe", _sexe(per)],
        ["Date de naissance", dmy(per.birth, ".")],
        ["Lieu de naissance", per.birthplace],
    ]
    if not d["nofil"]:
        fa, mo = _parents(per)
        rows += [["Père", fa], ["Mère", mo]]
    y = p.table(150, 540, [500, 850], rows, 26, "sans", "sans-b", (210, 215, 225), 66, zebra=(246, 246, 246))
    p.text(150, y + 90, "Pour extrait conforme, %s, le %s" % (per.birthplace, dmy(d["issue"], ".")), 26)
    p.text(150, y + 140, "Pour l'officier de l'état civil, " + d["officer"], 26, "sans-i")
    p.signature(300, y + 260, seed=d["seed"] % 6)
    p.stamp(
        1250, y + 230, 130, "* VILLE DE %s * ÉTAT CIVIL " % per.birthplace.upper(), ["SCEAU"], (20, 20, 20)
    )
    return [p]


def birth_ne(d: dict) -> list[Page]:
    """Niger: centre d'état civil, two-column volet, orange/green header bands."""
    per = d["person"]
    p = Page()
    for i, c in enumerate(((230, 120, 30), (255, 255, 255), (20, 130, 60))):
        p.rect((0, i * 40, p.w, (i + 1) * 40), outline=None, fill=c)
    p.ellipse((805, 45, 850, 90), outline=None, fill=(230, 120, 30))
    p.lines(120, 200, ["RÉPUBLIQUE DU NIGER", "Fraternité - Travail - Progrès"], 26, "sans-b")
    p.lines(1000, 200, ["Région de " + per.birthplace, "Centre d'état civil principal"], 24, "sans")
    p.text(827, 400, "ACTE DE NAISSANCE N° " + d["number"], 38, "cond-b", align="c")
    p.text(827, 445, "(Volet n° 1 - à remettre au déclarant)", 22, "cond-i", (80, 80, 80), "c")
    left = [
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", _sexe(per)),
        ("Né(e) le", long_fr(per.birth)),
        ("à", per.birthplace),
    ]
    y = 560
    for lab, val in left:
        p.text(120, y, lab + " :", 25, "cond", (60, 60, 60))
        p.text(400, y, val, 29, "cond-b")
        y += 72
    if not d["nofil"]:
        fa, mo = _parents(per)
        p.rect((100, y + 10, 1554, y + 330), outline=(20, 130, 60), width=2)
        p.text(120, y + 60, "PÈRE", 24, "sans-b", (20, 130, 60))
        p.text(850, y + 60, "MÈRE", 24, "sans-b", (20, 130, 60))
        p.text(120, y + 120, fa, 29, "cond-b")
        p.text(850, y + 120, mo, 29, "cond-b")
        p.text(120, y + 180, "Profession : cultivateur", 22, "cond")
        p.text(850, y + 180, "Profession : ménagère", 22, "cond")
        p.text(120, y + 240, "Domicile : " + per.birthplace, 22, "cond")
        p.text(850, y + 240, "Domicile : " + per.birthplace, 22, "cond")
        y += 340
    p.text(120, y + 80, "Dressé le %s sur déclaration du père." % long_fr(per.birth), 24, "cond")
    p.text(120, y + 130, "Copie délivrée le " + dmy(d["issue"]), 24, "cond")
    p.text(1000, y + 200, "L'Officier d'état civil", 24, "cond-b")
    p.text(1000, y + 240, d["officer"], 24, "cond")
    p.signature(1020, y + 330, seed=d["seed"] % 8)
    p.stamp(700, y + 320, 130, "* RÉPUBLIQUE DU NIGER * ÉTAT CIVIL ", [per.birthplace.upper()], (20, 110, 50))
    return [p]


def birth_bj(d: dict) -> list[Page]:
    """Benin: 'Acte de naissance' on a light-yellow form, handwriting-like entries in boxes."""
    per = d["person"]
    p = Page(bg=(252, 250, 236))
    p.rect((80, 80, 1574, 2260), outline=(40, 100, 40), width=4)
    p.text(827, 170, "RÉPUBLIQUE DU BÉNIN", 34, "serif-b", (40, 100, 40), "c")
    p.text(827, 210, "Fraternité - Justice - Travail", 22, "serif-i", align="c")
    p.text(827, 260, "Mairie de " + per.birthplace + " - Arrondissement central", 24, "serif", align="c")
    p.text(827, 370, "ACTE DE NAISSANCE", 44, "serif-b", align="c", spacing=4)
    p.text(827, 420, "N° %s du registre de l'année %s" % (d["number"], per.birth[:4]), 24, "serif", align="c")
    y = 520
    fa, mo = _parents(per)
    rows = [
        ("Nom de l'enfant", per.surname.upper()),
        ("Prénoms", per.given_str),
        ("Sexe", _sexe(per)),
        ("Date de naissance", dmy(per.birth)),
        ("Lieu de naissance", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [("Nom et prénoms du père", fa), ("Nom et prénoms de la mère", mo)]
    for lab, val in rows:
        p.text(130, y, lab, 24, "serif", (40, 40, 40))
        p.rect((620, y - 42, 1520, y + 16), outline=(120, 120, 100), width=1)
        p.handwriting(640, y, val, 30, seed=len(val))
        y += 92
    p.text(130, y + 60, "Délivré le %s, pour copie conforme." % dmy(d["issue"]), 24, "serif")
    p.text(1000, y + 150, "Le Chef d'arrondissement", 24, "serif-b")
    p.text(1000, y + 190, d["officer"], 24, "serif")
    p.signature(1000, y + 290, seed=d["seed"] % 5)
    p.stamp(
        500, y + 280, 140, "* MAIRIE DE %s * BÉNIN " % per.birthplace.upper(), ["ÉTAT CIVIL"], (120, 30, 90)
    )
    return [p]


def birth_ga(d: dict) -> list[Page]:
    """Gabon: 'Copie intégrale d'acte de naissance', typed mono body as on a typewriter, narrative."""
    per = d["person"]
    p = Page()
    for i, c in enumerate(((0, 150, 70), (250, 210, 0), (20, 80, 170))):
        p.rect((120, 110 + i * 22, 260, 110 + (i + 1) * 22), outline=None, fill=c)
    p.lines(300, 130, ["RÉPUBLIQUE GABONAISE", "Union - Travail - Justice"], 24, "mono-b")
    p.lines(300, 210, ["Commune de " + per.birthplace, "Centre principal d'état civil"], 22, "mono")
    p.text(827, 420, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", 34, "mono-b", align="c")
    p.text(827, 470, "Acte n° " + d["number"], 26, "mono", align="c")
    fa, mo = _parents(per)
    txt = "Le %s est né(e) à %s un enfant de sexe %s, prénommé(e) %s, nom %s" % (
        long_fr(per.birth),
        per.birthplace,
        _sexe(per),
        per.given_str,
        per.surname.upper(),
    )
    txt += "." if d["nofil"] else ", fils/fille de %s et de %s, son épouse." % (fa, mo)
    y = p.wrap(150, 600, 1350, txt, 28, "mono", leading=1.8)
    y = p.wrap(
        150,
        y + 40,
        1350,
        "Dressé sur la déclaration du père, lecture faite, le déclarant a signé avec nous.",
        26,
        "mono",
        leading=1.8,
    )
    p.text(150, y + 80, "Pour copie certifiée conforme, délivrée le " + dmy(d["issue"]), 24, "mono")
    p.text(1000, y + 180, "L'Officier d'état civil,", 24, "mono-b")
    p.text(1000, y + 220, d["officer"], 24, "mono")
    p.signature(1000, y + 320, seed=d["seed"] % 4)
    p.stamp(
        520, y + 300, 140, "* RÉPUBLIQUE GABONAISE * ÉTAT CIVIL ", [per.birthplace.upper()], (40, 40, 140)
    )
    return [p]


def birth_ke(d: dict) -> list[Page]:
    """Kenya: 'Certificate of Birth' landscape register extract, one wide table with the columns."""
    per = d["person"]
    p = Page((2339, 1654), bg=(250, 246, 238))
    p.background("diag", (240, 232, 220), 30)
    p.text(1170, 130, "REPUBLIC OF KENYA", 48, "serif-b", (120, 20, 20), "c")
    p.text(1170, 200, "CERTIFICATE OF BIRTH", 40, "serif-b", align="c", spacing=5)
    p.text(1170, 250, "The Births and Deaths Registration Act (Cap. 149)", 24, "serif-i", align="c")
    p.text(120, 340, "Entry No. " + d["number"], 28, "serif-b")
    p.text(2220, 340, "District: " + per.birthplace, 28, "serif", align="r")
    fa, mo = _parents(per)
    head = ["Date of birth", "Name", "Sex", "Place of birth", "Name of father", "Name of mother"]
    row = [dmy(per.birth), per.full, "Male" if per.sex == "M" else "Female", per.birthplace, fa, mo]
    if d["nofil"]:
        head, row = head[:4], row[:4]
    widths = [270, 520, 160, 370, 440, 440][: len(head)]
    y = p.table(100, 420, widths, [head, row], 24, "serif", "serif-b", (225, 210, 190), 110)
    p.text(
        120,
        y + 100,
        "I certify that this is a true copy of the entry in the register of births.",
        26,
        "serif",
    )
    p.text(120, y + 160, "Given under my hand on %s." % long_en(d["issue"]), 26, "serif")
    p.text(1600, y + 260, "Registrar: " + d["officer"], 26, "serif-b")
    p.signature(1600, y + 350, seed=d["seed"] % 10)
    p.stamp(
        1000,
        y + 320,
        140,
        "* CIVIL REGISTRATION * KENYA ",
        ["REGISTRAR", per.birthplace.upper()],
        (120, 20, 20),
    )
    return [p]


TEMPLATES = {
    "birth_fr4": ("birth_certificate", None, birth_fr4),
    "birth_be": ("birth_certificate", None, birth_be),
    "birth_ne": ("birth_certificate", None, birth_ne),
    "birth_bj": ("birth_certificate", None, birth_bj),
    "birth_ga": ("birth_certificate", None, birth_ga),
    "birth_ke": ("birth_certificate", None, birth_ke),
}

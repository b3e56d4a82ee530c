"""blind3: birth certificates of FR (6th commune layout), AT, CZ, BG, CG, GH, ET, AF, SY, LB, CU, AR."""

from __future__ import annotations

from codes import MONTHS_EN, dmy, long_en, long_fr
from render import Page, logo
from z_kit import (
    INK,
    MID,
    emblem,
    guilloche,
    hand_para,
    national_no,
    new,
    rect_stamp,
    script,
    small_print,
)

MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONATE = [
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def _g(per) -> str:
    return " ".join(per.given)


def _par(t: tuple) -> str:
    return "%s %s" % (t[0], t[1])


def _stamp_round(p: Page, cx, cy, ring, mid, color=(40, 60, 160), r=120) -> None:
    p.stamp(cx, cy, r, ring, mid, color, 18)


# ---- France, 6th layout: extrait plurilingue-free municipal extract with left margin column ---------
def birth_fr6(d: dict) -> list[Page]:
    per = d["person"]
    town = per.birthplace.split(" (")[0]
    dept = per.birthplace.split("(")[-1].rstrip(")")
    p = new()
    logo(p, "marianne", 120, 110, 90, (0, 0, 0))
    p.text(120, 200, "RÉPUBLIQUE", 17, "sans-b")
    p.text(120, 222, "FRANÇAISE", 17, "sans-b")
    p.text(
        1534,
        130,
        "VILLE D'%s" % town.upper() if town[0] in "AEIOU" else "VILLE DE %s" % town.upper(),
        30,
        "serif-b",
        align="r",
    )
    p.text(1534, 168, "Service de l'état civil — %s" % dept, 20, "serif-i", MID, align="r")
    p.text(1534, 196, "Hôtel de ville, 1 place de la Mairie", 18, "sans", MID, align="r")
    title = "EXTRAIT D'ACTE DE NAISSANCE" + (" SANS FILIATION" if d["nofil"] else " AVEC FILIATION")
    p.text(827, 330, title, 34, "serif-b", align="c")
    p.text(827, 372, "(article 30 du décret n° 2017-890 du 6 mai 2017)", 18, "serif-i", MID, align="c")
    p.rect((110, 420, 1544, 1500), outline=(0, 0, 0), width=2)
    p.line(470, 420, 470, 1500, (0, 0, 0), 2)
    p.text(130, 470, "N° %s" % d["number"].split("/")[0], 26, "serif-b")
    p.text(130, 510, "Année %s" % per.birth[:4], 22, "serif")
    p.wrap(130, 570, 320, "NAISSANCE de %s %s" % (per.surname.upper(), _g(per)), 24, "serif-b")
    p.text(130, 1460, "Mentions marginales :", 18, "serif-i", MID)
    p.text(130, 1484, "Néant", 18, "serif", MID)
    y = 480
    rows = [
        ("Le", long_fr(per.birth)),
        ("à", "%s heures %s minutes" % (8 + d["seed"] % 12, "%02d" % (d["seed"] * 7 % 60))),
        ("est né(e) à", per.birthplace),
        ("Sexe", "masculin" if per.sex == "M" else "féminin"),
        ("Prénoms", ", ".join(per.given)),
        ("Nom", per.surname.upper()),
    ]
    if not d["nofil"]:
        f, m = per.father, per.mother
        rows += [
            ("Père", "%s %s" % (f[0], f[1].upper())),
            (
                "",
                "né le %s" % dmy("19%02d-0%d-1%d" % (40 + d["seed"] % 30, 1 + d["seed"] % 9, d["seed"] % 9)),
            ),
            ("Mère", "%s %s" % (m[0], m[1].upper())),
            (
                "",
                "née le %s" % dmy("19%02d-0%d-2%d" % (42 + d["seed"] % 30, 1 + d["seed"] % 8, d["seed"] % 8)),
            ),
        ]
    for lab, val in rows:
        p.text(500, y, lab, 24, "serif-i", MID)
        p.text(720, y, val, 27, "serif-b" if lab in ("Nom", "Prénoms") else "serif")
        y += 70
    y = 1600
    p.wrap(
        110,
        y,
        1430,
        "Extrait délivré conformément aux registres de l'état civil. Le présent extrait ne fait "
        "pas foi des mentions relatives à la nationalité.",
        20,
        "serif",
    )
    p.text(900, 1760, "Délivré à %s, le %s" % (town, long_fr(d["issue"])), 24, "serif")
    p.text(900, 1800, "L'officier de l'état civil par délégation,", 22, "serif-i")
    p.text(900, 1840, d["officer"], 22, "serif")
    p.signature(940, 1930, 260, INK, seed=d["seed"] % 9)
    _stamp_round(
        p, 520, 1900, "MAIRIE D'%s * %s *" % (town.upper(), dept.upper()), ["ÉTAT", "CIVIL"], (40, 40, 150)
    )
    small_print(
        p,
        2200,
        [
            "Toute falsification ou usage de faux est puni par l'article 441-1 du code pénal. "
            "Vérifiez l'authenticité des actes sur le service COMEDEC."
        ],
        15,
    )
    return [p]


# ---- Austria: Geburtsurkunde (ZPR extract) ----------------------------------------------------
def birth_at(d: dict) -> list[Page]:
    per = d["person"]
    p = new()
    p.rect((0, 0, p.w, 30), outline=None, fill=(200, 16, 46))
    p.text(140, 150, "REPUBLIK ÖSTERREICH", 30, "sans-b")
    p.text(140, 190, "Standesamt %s" % per.birthplace, 24, "sans")
    emblem(p, 1440, 150, 70, (60, 60, 60))
    p.text(827, 330, "GEBURTSURKUNDE", 48, "serif-b", align="c")
    p.text(827, 372, "(Auszug aus dem Zentralen Personenstandsregister)", 20, "serif-i", MID, align="c")
    y = 470
    p.text(140, y, "Angaben zum Kind", 26, "sans-b", (200, 16, 46))
    y += 50
    rows = [
        ("Familienname", per.surname),
        ("Vorname(n)", _g(per)),
        ("Geschlecht", "männlich" if per.sex == "M" else "weiblich"),
        ("Geburtsdatum", "%d. %s %s" % (int(per.birth[8:]), MONATE[int(per.birth[5:7]) - 1], per.birth[:4])),
        ("Geburtsort", "%s, Österreich" % per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("", ""),
            ("Angaben zur Mutter", None),
            ("Familienname", per.mother[1]),
            ("Vorname(n)", per.mother[0]),
            ("", ""),
            ("Angaben zum Vater", None),
            ("Familienname", per.father[1]),
            ("Vorname(n)", per.father[0]),
        ]
    for lab, val in rows:
        if val is None:
            p.text(140, y, lab, 26, "sans-b", (200, 16, 46))
        else:
            p.text(180, y, lab, 24, "sans", MID)
            p.text(620, y, val, 28, "sans-b")
            p.line(610, y + 12, 1510, y + 12, (200, 200, 200), 1)
        y += 60
    y += 40
    p.text(140, y, "Eintragung: ZPR %s, Nr. %s" % (per.birth[:4], d["number"]), 22, "sans")
    y += 40
    p.text(140, y, "Ausgestellt am %s" % dmy(d["issue"], "."), 24, "sans")
    p.text(1000, y + 120, "Der Standesbeamte / Die Standesbeamtin", 20, "sans-i", align="c")
    p.signature(880, y + 100, 240, INK, seed=d["seed"] % 7)
    p.text(1000, y + 160, d["officer"], 22, "sans", align="c")
    _stamp_round(
        p,
        420,
        y + 140,
        "STANDESAMT %s *" % per.birthplace.upper(),
        ["REPUBLIK", "ÖSTERREICH"],
        (40, 40, 40),
        110,
    )
    small_print(
        p,
        2190,
        [
            "Diese Urkunde wurde elektronisch erstellt und ist ohne Unterschrift gültig, sofern sie "
            "mit einer Amtssignatur versehen ist. Prüfung: www.signaturpruefung.gv.at"
        ],
        15,
    )
    return [p]


# ---- Czech Republic: Rodný list -----------------------------------------------------------------
def birth_cz(d: dict) -> list[Page]:
    per = d["person"]
    p = new((250, 248, 240))
    guilloche(p, (90, 90, 1564, 2250), (228, 222, 236), 16, seed=3)
    p.rect((90, 90, 1564, 2250), outline=(120, 90, 140), width=4)
    emblem(p, 827, 220, 80, (80, 60, 100))
    p.text(827, 370, "ČESKÁ REPUBLIKA", 34, "serif-b", align="c")
    p.text(827, 460, "RODNÝ LIST", 56, "serif-b", align="c")
    p.text(200, 560, "Matriční úřad: Městský úřad %s" % per.birthplace, 22, "serif")
    p.text(
        200,
        600,
        "Kniha %s   Svazek %d   Strana %d   Pořadové číslo %s"
        % (per.birth[:4], 1 + d["seed"] % 4, 10 + d["seed"] % 200, d["number"].split("/")[0]),
        22,
        "serif",
    )
    rows = [
        ("Jméno (jména)", _g(per)),
        ("Příjmení", per.surname),
        ("Rodné číslo", national_no(per, d["seed"])),
        ("Den, měsíc, rok narození", dmy(per.birth, ". ").replace(" 0", " ")),
        ("Místo narození", per.birthplace),
        ("Okres", per.birthplace if per.birthplace != "Praha" else "Hlavní město Praha"),
        ("Pohlaví", "mužské" if per.sex == "M" else "ženské"),
    ]
    if not d["nofil"]:
        rows += [
            ("OTEC – jméno, příjmení", "%s %s" % per.father),
            (
                "datum a místo narození",
                "%s, %s"
                % (dmy("19%02d-05-1%d" % (45 + d["seed"] % 25, d["seed"] % 9), ". "), per.birthplace),
            ),
            ("MATKA – jméno, příjmení", "%s %s" % per.mother),
            (
                "datum a místo narození",
                "%s, %s"
                % (dmy("19%02d-09-2%d" % (47 + d["seed"] % 25, d["seed"] % 8), ". "), per.birthplace),
            ),
        ]
    y = 700
    for lab, val in rows:
        p.text(200, y, lab, 20, "serif-i", (90, 70, 110))
        p.text(200, y + 40, val, 30, "serif-b")
        p.line(200, y + 52, 1454, y + 52, (170, 160, 180), 1)
        y += 100
    p.text(200, y + 40, "Poznámka: —", 20, "serif-i", MID)
    p.text(
        200, y + 120, "V %s dne %s" % (per.birthplace, dmy(d["issue"], ". ").replace(" 0", " ")), 24, "serif"
    )
    p.text(1100, y + 230, "matrikář / matrikářka", 20, "serif-i", align="c")
    p.signature(980, y + 210, 240, INK, seed=d["seed"] % 7)
    _stamp_round(
        p,
        450,
        y + 230,
        "MĚSTSKÝ ÚŘAD %s *" % per.birthplace.upper(),
        ["ČESKÁ", "REPUBLIKA"],
        (40, 40, 130),
        110,
    )
    p.text(1440, 2220, "A %07d" % (d["seed"] * 9137 % 10**7), 20, "mono", (170, 30, 30), align="r")
    return [p]


PATRO = {
    "Dimitar": (("Димитров", "Димитрова"), ("Dimitrov", "Dimitrova")),
    "Kaloyan": (("Калоянов", "Калоянова"), ("Kaloyanov", "Kaloyanova")),
}


# ---- Bulgaria: Удостоверение за раждане (Cyrillic, Latin names in brackets) -------------------------
def birth_bg(d: dict) -> list[Page]:
    per = d["person"]
    p = new((252, 250, 244))
    guilloche(p, (80, 80, 1574, 2260), (226, 236, 226), 15, seed=5)
    p.text(827, 170, "РЕПУБЛИКА БЪЛГАРИЯ", 36, "serif-b", align="c")
    p.text(827, 215, "Община %s" % script(per.birthplace), 26, "serif", align="c")
    p.text(827, 330, "УДОСТОВЕРЕНИЕ ЗА РАЖДАНЕ", 44, "serif-b", align="c")
    p.text(827, 372, "(Birth certificate)", 20, "serif-i", MID, align="c")
    y = 470
    given_c = " ".join(script(g) for g in per.given)
    father_c = "%s %s" % (script(per.father[0]), script(per.father[1]))
    mother_c = "%s %s" % (script(per.mother[0]), script(per.mother[1]))
    rows = [
        (
            "Име",
            "%s %s %s" % (given_c, PATRO[per.father[0]][0][per.sex == "F"], script(per.surname)),
            "(%s %s %s)" % (_g(per), PATRO[per.father[0]][1][per.sex == "F"], per.surname.upper()),
        ),
        ("ЕГН", national_no(per, d["seed"]), ""),
        ("Пол", "мъжки" if per.sex == "M" else "женски", ""),
        ("Дата на раждане", dmy(per.birth, "."), ""),
        (
            "Място на раждане",
            "гр. %s, община %s" % (script(per.birthplace), script(per.birthplace)),
            "(%s)" % per.birthplace,
        ),
    ]
    if not d["nofil"]:
        rows += [
            ("Майка", mother_c, "(%s %s)" % (per.mother[0], per.mother[1].upper())),
            ("Баща", father_c, "(%s %s)" % (per.father[0], per.father[1].upper())),
        ]
    for lab, val, lat in rows:
        p.text(160, y, lab, 24, "serif-i", MID)
        p.text(560, y, val, 30, "serif-b")
        if lat:
            p.text(560, y + 38, lat, 20, "sans", MID)
        p.line(550, y + 50, 1500, y + 50, (180, 190, 180), 1)
        y += 100
    y += 20
    p.wrap(
        160,
        y,
        1340,
        "Съставено въз основа на акт за раждане № %s от %s г., съставен в община %s."
        % (d["number"].split("/")[0], dmy(per.birth, "."), script(per.birthplace)),
        24,
        "serif",
    )
    y += 160
    p.text(160, y, "Дата на издаване: %s г." % dmy(d["issue"], "."), 24, "serif")
    p.text(1100, y + 110, "Длъжностно лице по гражданското състояние:", 20, "serif-i", align="c")
    p.signature(980, y + 190, 240, INK, seed=d["seed"] % 7)
    _stamp_round(
        p,
        420,
        y + 170,
        "ОБЩИНА %s * РЕПУБЛИКА БЪЛГАРИЯ *" % script(per.birthplace).upper(),
        ["ГРАЖДАНСКО", "СЪСТОЯНИЕ"],
        (40, 60, 140),
        115,
    )
    p.text(1494, 2200, "Серия АА № %06d" % (d["seed"] * 733 % 10**6), 20, "serif", (160, 30, 30), align="r")
    return [p]


# ---- Congo-Brazzaville: printed form filled by hand -----------------------------------------------
def birth_cg(d: dict) -> list[Page]:
    per = d["person"]
    p = new((251, 249, 242))
    p.text(160, 130, "RÉPUBLIQUE DU CONGO", 26, "serif-b")
    p.text(160, 164, "Unité * Travail * Progrès", 20, "serif-i")
    p.text(160, 220, "DÉPARTEMENT DE %s" % per.birthplace.upper(), 20, "serif")
    p.text(160, 250, "COMMUNE DE %s" % per.birthplace.upper(), 20, "serif")
    p.text(160, 280, "Centre d'état civil principal", 20, "serif")
    logo(p, "flag3", 1350, 120, 170, (0, 150, 70), (250, 215, 0))
    p.text(827, 400, "ACTE DE NAISSANCE", 44, "serif-b", align="c")
    p.text(827, 446, "COPIE INTÉGRALE" if not d["nofil"] else "EXTRAIT", 26, "serif-b", align="c")
    p.text(160, 540, "N°", 24, "serif")
    p.handwriting(220, 540, d["number"], 34, INK, d["seed"])
    p.text(700, 540, "Année", 24, "serif")
    p.handwriting(800, 540, per.birth[:4], 34, INK, d["seed"] + 1)
    y = 640
    fr = [
        ("Le", long_fr(per.birth)),
        ("est né(e) à", per.birthplace),
        ("l'enfant (nom)", per.surname.upper()),
        ("prénoms", _g(per)),
        ("sexe", "masculin" if per.sex == "M" else "féminin"),
    ]
    if not d["nofil"]:
        fr += [
            ("fils / fille de", _par(per.father)),
            ("profession", ["commerçant", "enseignant", "chauffeur"][d["seed"] % 3]),
            ("et de", _par(per.mother)),
            ("profession", ["ménagère", "couturière", "infirmière"][d["seed"] % 3]),
            (
                "domiciliés à",
                "%s, quartier %s" % (per.birthplace, ["Bacongo", "Poto-Poto", "Moungali"][d["seed"] % 3]),
            ),
        ]
    for lab, val in fr:
        p.text(160, y, lab, 24, "serif")
        p.line(460, y + 10, 1500, y + 10, (120, 120, 120), 1)
        p.handwriting(480, y - 2, val, 34, INK, d["seed"] + y)
        y += 78
    y += 20
    y = hand_para(
        p,
        160,
        y,
        1340,
        "Dressé le %s sur la déclaration du père, lecture faite, les comparants ont signé "
        "avec nous." % long_fr(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 3)),
        30,
        58,
        d["seed"],
    )
    y += 40
    p.text(160, y, "Pour copie conforme, %s, le %s" % (per.birthplace, long_fr(d["issue"])), 24, "serif")
    p.text(1000, y + 70, "L'Officier d'état civil", 24, "serif-b", align="c")
    p.signature(900, y + 170, 230, INK, seed=d["seed"] % 7)
    p.text(1000, y + 220, d["officer"], 22, "serif", align="c")
    _stamp_round(
        p,
        460,
        y + 170,
        "MAIRIE DE %s * ÉTAT CIVIL *" % per.birthplace.upper(),
        ["RÉP.", "DU CONGO"],
        (120, 40, 120),
        115,
    )
    p.text(160, 2230, "Timbre fiscal acquitté", 18, "serif-i", MID)
    return [p]


# ---- Ghana: certified copy of entry of birth -----------------------------------------------------
def birth_gh(d: dict) -> list[Page]:
    per = d["person"]
    p = new((248, 250, 245))
    guilloche(p, (70, 70, 1584, 2270), (220, 235, 225), 18, seed=7)
    p.rect((70, 70, 1584, 2270), outline=(0, 107, 63), width=6)
    emblem(p, 827, 200, 80, (0, 90, 50))
    p.text(827, 340, "REPUBLIC OF GHANA", 36, "serif-b", align="c")
    p.text(827, 385, "BIRTHS AND DEATHS REGISTRY", 26, "serif", align="c")
    p.text(827, 460, "CERTIFIED COPY OF ENTRY OF BIRTH", 36, "serif-b", (0, 90, 50), align="c")
    p.text(827, 500, "Registration District: %s" % per.birthplace, 22, "serif-i", align="c")
    rows = [
        ("Entry No.", d["number"]),
        ("Name of Child", "%s %s" % (_g(per), per.surname.upper())),
        ("Sex", "Male" if per.sex == "M" else "Female"),
        ("Date of Birth", long_en(per.birth)),
        ("Place of Birth", "%s Metropolitan Hospital, %s" % (per.birthplace, per.birthplace)),
    ]
    if not d["nofil"]:
        rows += [
            ("Name of Father", _par(per.father)),
            ("Nationality of Father", "Ghanaian"),
            ("Name of Mother", _par(per.mother)),
            ("Nationality of Mother", "Ghanaian"),
            ("Informant", "%s (Father)" % _par(per.father)),
        ]
    rows += [("Date of Registration", long_en(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 9)))]
    y = 600
    for lab, val in rows:
        p.rect((150, y - 40, 640, y + 22), outline=(0, 107, 63), fill=(232, 244, 236), width=1)
        p.rect((640, y - 40, 1504, y + 22), outline=(0, 107, 63), width=1)
        p.text(166, y, lab, 22, "serif-b")
        p.text(660, y, val, 27, "serif")
        y += 62
    y += 60
    p.wrap(
        150,
        y,
        1350,
        "I hereby certify that the above is a true copy of the entry in the Register of Births "
        "kept at the Registry, given under my hand this %s." % long_en(d["issue"]),
        24,
        "serif-i",
    )
    p.text(1150, y + 200, d["officer"], 24, "serif", align="c")
    p.text(1150, y + 232, "Registrar of Births and Deaths", 20, "serif-i", align="c")
    p.signature(1030, y + 180, 240, INK, seed=d["seed"] % 7)
    _stamp_round(
        p, 520, y + 190, "BIRTHS AND DEATHS REGISTRY * GHANA *", ["CERTIFIED", "COPY"], (0, 90, 50), 115
    )
    p.text(1500, 2230, "Serial No. GH %07d" % (d["seed"] * 311 % 10**7), 20, "mono", (160, 20, 20), align="r")
    return [p]


# ---- Ethiopia: vital events birth certificate (English side) ------------------------------------
def birth_et(d: dict) -> list[Page]:
    per = d["person"]
    p = new()
    p.rect((0, 0, p.w, 26), outline=None, fill=(7, 137, 48))
    p.rect((0, 26, p.w, 52), outline=None, fill=(252, 221, 9))
    p.rect((0, 52, p.w, 78), outline=None, fill=(218, 18, 26))
    p.text(827, 170, "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", 30, "sans-b", align="c")
    p.text(827, 212, "Vital Events Registration Agency", 24, "sans", align="c")
    p.text(827, 320, "BIRTH CERTIFICATE", 46, "sans-b", (30, 60, 120), align="c")
    p.text(120, 400, "Certificate No.: %s" % d["number"], 22, "sans")
    p.text(1534, 400, "Unique ID: ET-%s" % (d["seed"] * 7919 % 10**9), 22, "sans", align="r")
    parts = per.surname.split(" ")
    rows = [
        ("Name", _g(per)),
        ("Father's Name", per.surname),
        ("Grandfather's Name", ["Woldegiorgis", "Bekele", "Abebe"][d["seed"] % 3]),
        ("Sex", "Male" if per.sex == "M" else "Female"),
        ("Date of Birth (G.C.)", dmy(per.birth)),
        ("Place of Birth", "%s, Ethiopia" % per.birthplace),
        ("Nationality", "Ethiopian"),
    ]
    if not d["nofil"]:
        rows += [
            ("Father's Full Name", _par(per.father)),
            ("Mother's Full Name", _par(per.mother)),
        ]
    rows += [("Date of Registration", dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 20)))]
    y = 500
    p.table(
        120,
        y - 40,
        [520, 894],
        [["Particulars", "Details"]] + [[a, b] for a, b in rows],
        24,
        "sans",
        "sans-b",
        (220, 232, 245),
        64,
    )
    _ = parts
    y += 64 * (len(rows) + 1) + 80
    p.text(120, y, "Date of Issue: %s" % dmy(d["issue"]), 24, "sans")
    p.text(120, y + 44, "Civil Registrar: %s" % d["officer"], 24, "sans")
    p.signature(1000, y + 60, 240, INK, seed=d["seed"] % 7)
    _stamp_round(
        p,
        1150,
        y + 40,
        "VITAL EVENTS REGISTRATION * ADDIS ABABA *",
        ["CIVIL", "REGISTRAR"],
        (50, 50, 160),
        110,
    )
    small_print(
        p,
        2180,
        [
            "This certificate is issued under Proclamation on Registration of Vital Events and "
            "National Identity Card. Any alteration renders it void."
        ],
        16,
    )
    return [p]


# ---- Afghanistan: bilingual Dari/English birth certificate ----------------------------------------
def _rtl_row(p: Page, y: float, fa: str, en: str, val_fa: str, val_en: str) -> None:
    p.text(1540, y, fa, 24, "sans", MID, align="r")
    p.text(1140, y, val_fa, 28, "sans-b", align="r")
    p.text(110, y, en, 20, "sans", MID)
    p.text(420, y, val_en, 26, "sans-b")
    p.line(110, y + 16, 1540, y + 16, (200, 200, 200), 1)


def birth_af(d: dict) -> list[Page]:
    per = d["person"]
    p = new((250, 250, 246))
    guilloche(p, (60, 60, 1594, 2280), (230, 230, 215), 18, seed=9)
    p.text(827, 160, "افغانستان", 40, "sans-b", align="c")
    p.text(827, 210, "وزارت امور داخله - اداره ثبت احوال نفوس", 26, "sans", align="c")
    p.text(827, 250, "Ministry of Interior Affairs - Civil Registration Department", 22, "sans", align="c")
    emblem(p, 827, 350, 60, (80, 80, 60))
    p.text(827, 480, "شهادتنامه تولد  /  BIRTH CERTIFICATE", 40, "sans-b", align="c")
    y = 600
    rows = [
        ("نام", "Name", script(per.given[0] if len(per.given) == 1 else " ".join(per.given)), _g(per)),
        ("تخلص", "Surname", script(per.surname), per.surname.upper()),
        ("جنسیت", "Sex", "ذکور" if per.sex == "M" else "اناث", "Male" if per.sex == "M" else "Female"),
        ("تاریخ تولد", "Date of birth", dmy(per.birth), dmy(per.birth)),
        ("محل تولد", "Place of birth", script(per.birthplace), per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            (
                "نام پدر",
                "Father's name",
                script(per.father[0]) + " " + script(per.father[1]),
                _par(per.father),
            ),
            (
                "نام مادر",
                "Mother's name",
                script(per.mother[0]) + " " + script(per.mother[1]),
                _par(per.mother),
            ),
        ]
    rows += [("شماره ثبت", "Registration No.", d["number"], d["number"])]
    for fa, en, vfa, ven in rows:
        _rtl_row(p, y, fa, en, vfa, ven)
        y += 90
    y += 60
    p.text(110, y, "Date of issue: %s" % dmy(d["issue"]), 24, "sans")
    p.text(1540, y, "تاریخ صدور: %s" % dmy(d["issue"]), 24, "sans", align="r")
    p.signature(200, y + 180, 240, INK, seed=d["seed"] % 7)
    p.text(200, y + 230, "Head of Civil Registration: %s" % d["officer"], 20, "sans")
    _stamp_round(
        p,
        1250,
        y + 180,
        "CIVIL REGISTRATION * KABUL * AFGHANISTAN *",
        ["ثبت احوال", "نفوس"],
        (60, 90, 60),
        120,
    )
    return [p]


# ---- Syria: civil register extract (Arabic, French gloss) -----------------------------------------
def birth_sy(d: dict) -> list[Page]:
    per = d["person"]
    p = new((252, 252, 248))
    p.text(1540, 150, "الجمهورية العربية السورية", 32, "sans-b", align="r")
    p.text(1540, 196, "وزارة الداخلية - مديرية الشؤون المدنية", 24, "sans", align="r")
    p.text(110, 150, "République arabe syrienne", 22, "serif-b")
    p.text(110, 186, "Ministère de l'Intérieur — Affaires civiles", 20, "serif")
    p.text(827, 330, "بيان قيد ولادة", 46, "sans-b", align="c")
    p.text(827, 380, "Extrait d'acte de naissance", 26, "serif-i", align="c")
    y = 500
    rows = [
        ("الاسم", "Prénom", script(per.given[0] if len(per.given) == 1 else " ".join(per.given)), _g(per)),
        ("الشهرة", "Nom", script(per.surname), per.surname.upper()),
        ("الجنس", "Sexe", "ذكر" if per.sex == "M" else "أنثى", "masculin" if per.sex == "M" else "féminin"),
        ("تاريخ الولادة", "Date de naissance", dmy(per.birth), dmy(per.birth)),
        ("مكان الولادة", "Lieu de naissance", script(per.birthplace), per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("اسم الأب", "Père", script(per.father[0]), per.father[0]),
            (
                "اسم الأم ونسبتها",
                "Mère",
                script(per.mother[0]) + " " + script(per.mother[1]),
                _par(per.mother),
            ),
        ]
    rows += [("رقم القيد", "N° d'inscription", d["number"], d["number"])]
    for ar, fr, var, vfr in rows:
        p.rect((110, y - 50, 1544, y + 22), outline=(120, 120, 120), width=1)
        p.text(1530, y, ar, 22, "sans", MID, align="r")
        p.text(1250, y, var, 28, "sans-b", align="r")
        p.text(125, y, fr, 18, "serif-i", MID)
        p.text(380, y, vfr, 24, "serif")
        y += 72
    p.text(1540, y + 80, "تاريخ المنح: %s" % dmy(d["issue"]), 24, "sans", align="r")
    p.text(110, y + 80, "Délivré le %s" % dmy(d["issue"]), 22, "serif")
    p.signature(250, y + 230, 230, INK, seed=d["seed"] % 7)
    _stamp_round(
        p,
        1200,
        y + 230,
        "SYRIAN ARAB REPUBLIC * CIVIL AFFAIRS *",
        ["أمين السجل", "المدني"],
        (120, 40, 40),
        115,
    )
    return [p]


# ---- Lebanon: extrait d'état civil individuel, Arabic/French -----------------------------------------
def birth_lb(d: dict) -> list[Page]:
    per = d["person"]
    p = new((250, 252, 250))
    guilloche(p, (70, 70, 1584, 2270), (224, 236, 228), 16, seed=11)
    p.text(110, 150, "RÉPUBLIQUE LIBANAISE", 26, "serif-b")
    p.text(110, 184, "Ministère de l'Intérieur et des Municipalités", 20, "serif")
    p.text(110, 212, "Direction générale du Statut personnel", 20, "serif")
    p.text(1544, 150, "الجمهورية اللبنانية", 30, "sans-b", align="r")
    p.text(1544, 190, "وزارة الداخلية والبلديات", 22, "sans", align="r")
    p.text(1544, 222, "المديرية العامة للأحوال الشخصية", 22, "sans", align="r")
    logo(p, "tri", 790, 110, 74, (0, 140, 60))
    p.text(827, 340, "إخراج قيد فردي", 44, "sans-b", align="c")
    p.text(827, 390, "EXTRAIT D'ÉTAT CIVIL INDIVIDUEL", 30, "serif-b", align="c")
    y = 490
    rows = [
        ("Nom", "الشهرة", per.surname.upper(), script(per.surname)),
        ("Prénom", "الاسم", _g(per), script(_g(per))),
        (
            "Nom du père",
            "اسم الأب",
            per.father[0] if not d["nofil"] else "—",
            script(per.father[0]) if not d["nofil"] else "—",
        ),
        (
            "Nom et prénom de la mère",
            "اسم الأم وشهرتها",
            _par(per.mother) if not d["nofil"] else "—",
            (script(per.mother[0]) + " " + script(per.mother[1])) if not d["nofil"] else "—",
        ),
        (
            "Lieu et date de naissance",
            "محل وتاريخ الولادة",
            "%s, %s" % (per.birthplace, dmy(per.birth)),
            "%s %s" % (script(per.birthplace), dmy(per.birth)),
        ),
        ("Sexe", "الجنس", "masculin" if per.sex == "M" else "féminin", "ذكر" if per.sex == "M" else "أنثى"),
        ("Situation familiale", "الوضع العائلي", "célibataire", "عازب" if per.sex == "M" else "عزباء"),
        (
            "N° et lieu du registre",
            "رقم السجل ومحله",
            "%s — %s" % (d["number"].split("/")[0], per.birthplace),
            "%s %s" % (d["number"].split("/")[0], script(per.birthplace)),
        ),
    ]
    for fr, ar, vfr, var in rows:
        p.text(110, y, fr, 19, "serif-i", MID)
        p.text(110, y + 36, vfr, 27, "serif-b")
        p.text(1544, y, ar, 21, "sans", MID, align="r")
        p.text(1544, y + 36, var, 27, "sans-b", align="r")
        p.line(110, y + 52, 1544, y + 52, (190, 200, 190), 1)
        y += 100
    y += 40
    p.text(110, y, "Beyrouth, le %s" % dmy(d["issue"]), 24, "serif")
    p.text(1544, y, "بيروت في %s" % dmy(d["issue"]), 24, "sans", align="r")
    p.text(1000, y + 80, "Le préposé à l'état civil /", 22, "serif-i", align="c")
    p.text(1420, y + 80, "مأمور النفوس", 22, "sans", align="c")
    p.signature(1080, y + 180, 230, INK, seed=d["seed"] % 7)
    _stamp_round(
        p,
        450,
        y + 170,
        "RÉPUBLIQUE LIBANAISE * STATUT PERSONNEL *",
        ["الأحوال", "الشخصية"],
        (40, 90, 60),
        115,
    )
    p.text(110, 2200, "Valable trois mois à compter de sa date de délivrance.", 16, "serif-i", MID)
    p.text(1544, 2200, "صالح لمدة ثلاثة أشهر من تاريخ صدوره", 16, "sans", MID, align="r")
    return [p]


# ---- Cuba: certificación de nacimiento with grandparents --------------------------------------
def birth_cu(d: dict) -> list[Page]:
    per = d["person"]
    p = new((252, 251, 246))
    p.text(827, 140, "REPÚBLICA DE CUBA", 32, "serif-b", align="c")
    p.text(827, 180, "MINISTERIO DE JUSTICIA", 24, "serif", align="c")
    p.text(827, 212, "Registro del Estado Civil de %s" % per.birthplace, 22, "serif-i", align="c")
    p.text(827, 320, "CERTIFICACIÓN DE NACIMIENTO", 40, "serif-b", align="c")
    tomo, folio = 100 + d["seed"] % 300, 1 + d["seed"] % 280
    p.text(
        110,
        400,
        "Tomo: %d    Folio: %d    Asiento: %s" % (tomo, folio, d["number"].split("/")[0]),
        22,
        "serif",
    )
    surs = per.surname.split(" ")
    rows = [
        ("Nombre(s)", _g(per)),
        ("Primer apellido", surs[0]),
        ("Segundo apellido", " ".join(surs[1:]) or "—"),
        ("Sexo", "Masculino" if per.sex == "M" else "Femenino"),
        (
            "Fecha de nacimiento",
            "%d de %s de %s" % (int(per.birth[8:]), MESES[int(per.birth[5:7]) - 1], per.birth[:4]),
        ),
        ("Lugar de nacimiento", "%s, Cuba" % per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Nombre del padre", _par(per.father)),
            ("Nombre de la madre", _par(per.mother)),
            (
                "Abuelos paternos",
                "%s y %s"
                % (
                    ["Ramón", "Eusebio", "Pablo"][d["seed"] % 3],
                    ["Caridad", "Juana", "Odalys"][d["seed"] % 3],
                ),
            ),
            (
                "Abuelos maternos",
                "%s y %s"
                % (
                    ["Rigoberto", "Félix", "Orlando"][d["seed"] % 3],
                    ["Mercedes", "Xiomara", "Elena"][d["seed"] % 3],
                ),
            ),
        ]
    y = 500
    for lab, val in rows:
        p.text(130, y, lab + ":", 24, "serif-i", MID)
        p.text(560, y, val, 28, "mono-b" if d["seed"] % 2 else "serif-b")
        y += 64
    y += 40
    p.wrap(
        110,
        y,
        1430,
        "Y para que así conste, a solicitud de parte interesada, expido la presente certificación "
        "en %s, a los %d días del mes de %s de %s."
        % (per.birthplace, int(d["issue"][8:]), MESES[int(d["issue"][5:7]) - 1], d["issue"][:4]),
        24,
        "serif",
    )
    p.text(1150, y + 220, d["officer"], 24, "serif", align="c")
    p.text(1150, y + 252, "Registrador del Estado Civil", 20, "serif-i", align="c")
    p.signature(1030, y + 200, 240, INK, seed=d["seed"] % 7)
    _stamp_round(
        p,
        500,
        y + 210,
        "REGISTRO DEL ESTADO CIVIL * CUBA *",
        ["MINJUS", per.birthplace.upper()[:12]],
        (30, 40, 130),
        115,
    )
    rect_stamp(p, 1300, 2140, ["SELLO DEL TIMBRE", "$ 5.00 CUP"], (140, 30, 30), 18, 4)
    return [p]


# ---- Argentina: acta de nacimiento (narrative), Registro Civil provincial -----------------------
def birth_ar(d: dict) -> list[Page]:
    per = d["person"]
    prov = {"Rosario": "Santa Fe", "Córdoba": "Córdoba", "Mendoza": "Mendoza"}.get(
        per.birthplace, "Buenos Aires"
    )
    p = new()
    p.rect((0, 0, p.w, 120), outline=None, fill=(116, 172, 223))
    p.text(110, 78, "REGISTRO CIVIL  •  Provincia de %s" % prov, 30, "sans-b", (255, 255, 255))
    p.text(110, 200, "REPÚBLICA ARGENTINA", 26, "sans-b")
    p.text(110, 236, "Dirección General del Registro Civil y Capacidad de las Personas", 20, "sans")
    p.text(827, 340, "ACTA DE NACIMIENTO", 44, "serif-b", align="c")
    p.text(827, 382, "Copia fiel", 22, "serif-i", MID, align="c")
    p.text(
        110,
        460,
        "Tomo %d   Acta N° %s   Año %s   Oficina %s"
        % (1 + d["seed"] % 9, d["number"].split("/")[0], per.birth[:4], per.birthplace),
        22,
        "sans",
    )
    dni = "%d.%03d.%03d" % (20 + d["seed"] % 25, d["seed"] * 7 % 1000, d["seed"] * 13 % 1000)
    txt = (
        "En la ciudad de %s, Provincia de %s, a los %d días del mes de %s de %s, se inscribe el nacimiento de "
        "%s %s, de sexo %s, D.N.I. N° %s, nacido/a el %d de %s de %s en %s. "
        % (
            per.birthplace,
            prov,
            min(28, int(per.birth[8:]) + 4),
            MESES[int(per.birth[5:7]) - 1],
            per.birth[:4],
            _g(per),
            per.surname.upper(),
            "masculino" if per.sex == "M" else "femenino",
            dni,
            int(per.birth[8:]),
            MESES[int(per.birth[5:7]) - 1],
            per.birth[:4],
            per.birthplace,
        )
    )
    if not d["nofil"]:
        txt += "Padre: %s, argentino. Madre: %s, argentina. Declarante: el padre. " % (
            _par(per.father),
            _par(per.mother),
        )
    txt += "Leída el acta, firman de conformidad."
    y = p.wrap(110, 560, 1430, txt, 27, "serif", leading=1.7)
    p.text(110, y + 60, "Observaciones: —", 22, "serif-i", MID)
    p.text(
        110,
        y + 140,
        "Expedida el %d de %s de %s."
        % (int(d["issue"][8:]), MESES[int(d["issue"][5:7]) - 1], d["issue"][:4]),
        24,
        "serif",
    )
    p.signature(1000, y + 280, 240, INK, seed=d["seed"] % 7)
    p.text(1120, y + 320, "%s — Oficial Público" % d["officer"], 22, "serif", align="c")
    _stamp_round(
        p,
        420,
        y + 300,
        "REGISTRO CIVIL * PROVINCIA DE %s *" % prov.upper(),
        ["OFICINA", per.birthplace.upper()[:10]],
        (30, 80, 150),
        120,
    )
    p.text(
        110,
        2200,
        "Código de verificación: %s-%06d" % (per.birth[:4], d["seed"] * 917 % 10**6),
        18,
        "mono",
        MID,
    )
    _ = MONTHS_EN
    return [p]


TEMPLATES = {
    "birth_fr6": ("birth_certificate", "blind3", birth_fr6),
    "birth_at": ("birth_certificate", "blind3", birth_at),
    "birth_cz": ("birth_certificate", "blind3", birth_cz),
    "birth_bg": ("birth_certificate", "blind3", birth_bg),
    "birth_cg": ("birth_certificate", "blind3", birth_cg),
    "birth_gh": ("birth_certificate", "blind3", birth_gh),
    "birth_et": ("birth_certificate", "blind3", birth_et),
    "birth_af": ("birth_certificate", "blind3", birth_af),
    "birth_sy": ("birth_certificate", "blind3", birth_sy),
    "birth_lb": ("birth_certificate", "blind3", birth_lb),
    "birth_cu": ("birth_certificate", "blind3", birth_cu),
    "birth_ar": ("birth_certificate", "blind3", birth_ar),
}

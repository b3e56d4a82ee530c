"""blind2 birth certificates: FR (fifth commune layout), GR, LU, TG, BF, CD, EG, RU, AM, AZ, MX.

Written from public descriptions of each country's civil-status documents (what an extract shows,
in which language and order). Every person, number and office is invented. Documents in Greek,
Russian, Armenian and Arabic print the names in that script; the sworn translation gives them in
Latin letters.
"""

from __future__ import annotations

from codes import MOIS, dmy, long_fr
from n_kit import INK, box_stamp, hand
from render import A4, Page, logo

SCRIPT = {
    # Greek
    "Konstantinos": "Κωνσταντίνος",
    "Georgios": "Γεώργιος",
    "Nikolaos": "Νικόλαος",
    "Eleni": "Ελένη",
    "Aikaterini": "Αικατερίνη",
    "Maria": "Μαρία",
    "Papadakis": "Παπαδάκης",
    "Oikonomou": "Οικονόμου",
    "Theodoropoulos": "Θεοδωρόπουλος",
    "Theodoropoulou": "Θεοδωροπούλου",
    "Antoniadis": "Αντωνιάδης",
    "Antoniadou": "Αντωνιάδου",
    "Thessaloniki": "Θεσσαλονίκη",
    "Patra": "Πάτρα",
    "Larisa": "Λάρισα",
    # Russian
    "Aleksandr": "Александр",
    "Ilia": "Илья",
    "Ekaterina": "Екатерина",
    "Anastasiia": "Анастасия",
    "Sokolov": "Соколов",
    "Sokolova": "Соколова",
    "Morozov": "Морозов",
    "Morozova": "Морозова",
    "Kuznetsov": "Кузнецов",
    "Kuznetsova": "Кузнецова",
    "Belykh": "Белых",
    "Novosibirsk": "Новосибирск",
    "Kazan": "Казань",
    "Samara": "Самара",
    # Armenian
    "Armen": "Արմեն",
    "Tigran": "Տիգրան",
    "Anahit": "Անահիտ",
    "Lilit": "Լիլիթ",
    "Hovhannisyan": "Հովհաննիսյան",
    "Sargsyan": "Սարգսյան",
    "Petrosyan": "Պետրոսյան",
    "Ter-Grigoryan": "Տեր-Գրիգորյան",
    "Yerevan": "Երևան",
    "Gyumri": "Գյումրի",
    "Vanadzor": "Վանաձոր",
    # Arabic (Egypt)
    "Ahmed": "أحمد",
    "Mohamed": "محمد",
    "Mostafa": "مصطفى",
    "Nourhan": "نورهان",
    "Mariam": "مريم",
    "Adel": "عادل",
    "Abdel Rahman": "عبد الرحمن",
    "El Sayed": "السيد",
    "Soliman": "سليمان",
    "Fathy": "فتحي",
    "Cairo": "القاهرة",
    "Alexandria": "الإسكندرية",
    "Mansoura": "المنصورة",
    # Azerbaijani spelling of names written without ə / ü in passports
    "Mammadov": "Məmmədov",
    "Mammadova": "Məmmədova",
    "Guliyev": "Quliyev",
    "Guliyeva": "Quliyeva",
    "Hasanov": "Həsənov",
    "Hasanova": "Həsənova",
    "Gunel": "Günel",
    "Baku": "Bakı",
    "Ganja": "Gəncə",
    "Sumgait": "Sumqayıt",
}
PATRO = {"Aleksandr": ("Александрович", "Александровна"), "Ilia": ("Ильич", "Ильинична")}


def sc(s: str) -> str:
    """A name in the document's own script (whole string first, then word by word)."""
    if s in SCRIPT:
        return SCRIPT[s]
    return " ".join(SCRIPT.get(w, w) for w in s.split(" "))


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
]
TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def fr_words(n: int) -> str:  # noqa: PLR0911
    if n <= 16:
        return UNITS[n]
    if n < 20:
        return "dix-" + UNITS[n - 10]
    if n < 70:
        t, u = n // 10 * 10, n % 10
        return TENS[t] + ("" if u == 0 else (" et un" if u == 1 else "-" + UNITS[u]))
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + fr_words(n - 60))
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + fr_words(n - 80))
    if n < 1000:
        h, r = n // 100, n % 100
        head = "cent" if h == 1 else UNITS[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + fr_words(r))
    th, r = n // 1000, n % 1000
    head = "mille" if th == 1 else fr_words(th) + " mille"
    return head + ("" if r == 0 else " " + fr_words(r))


def date_words(iso: str) -> str:
    d = int(iso[8:10])
    return "%s %s %s" % (
        "premier" if d == 1 else fr_words(d),
        MOIS[int(iso[5:7]) - 1],
        fr_words(int(iso[:4])),
    )


def _town(place: str) -> str:
    return place.split(" (", maxsplit=1)[0]


def _born(per) -> str:
    return "née" if per.sex == "F" else "né"


# ------------------------------------------------------------------------------- France (5th layout)
def birth_fr5(d: dict) -> list[Page]:
    """Commune extract with a left margin column for marginal notes; serif, crest, filiation or not."""
    per = d["person"]
    town = _town(per.birthplace)
    p = Page(A4)
    logo(p, "marianne", 120, 110, 120, None)
    p.text(260, 140, "RÉPUBLIQUE FRANÇAISE", 24, "serif-b")
    p.text(260, 176, "Liberté - Égalité - Fraternité", 18, "serif-i", (80, 80, 80))
    p.text(1534, 140, "VILLE DE %s" % town.upper(), 28, "serif-b", align="r")
    p.text(1534, 176, "Service de l'état civil", 20, "serif", align="r")
    title = "EXTRAIT D'ACTE DE NAISSANCE"
    sub = "sans filiation" if d["nofil"] else "avec indication de la filiation"
    p.text(827, 330, title, 40, "serif-b", align="c", spacing=2)
    p.text(827, 380, sub, 26, "serif-i", align="c")
    p.rect((120, 450, 1534, 1750), width=2)
    p.line(470, 450, 470, 1750, width=2)
    p.text(140, 500, "Acte n° %s" % d["number"].split("/")[0], 24, "serif-b")
    p.text(140, 545, "Année %s" % per.birth[:4], 22, "serif")
    p.text(140, 640, "MENTIONS", 20, "serif-b", (90, 90, 90))
    p.text(140, 680, "MARGINALES :", 20, "serif-b", (90, 90, 90))
    p.text(140, 730, "Néant.", 22, "serif-i")
    x, y, w = 500, 520, 1000
    p.text(x, y, per.surname.upper(), 34, "serif-b")
    p.text(x, y + 50, per.given_str, 32, "serif")
    y += 140
    body = "Le %s, à %s heures %s minutes, est %s à %s, %s, de sexe %s." % (
        long_fr(per.birth),
        ["trois", "dix", "quinze", "vingt-deux"][d["seed"] % 4],
        ["cinq", "trente", "quarante", "douze"][d["seed"] % 4],
        _born(per),
        per.birthplace,
        per.given_str + " " + per.surname.upper(),
        "féminin" if per.sex == "F" else "masculin",
    )
    y = p.wrap(x, y, w, body, 27, "serif", leading=1.6)
    if not d["nofil"]:
        y += 20
        fa, mo = per.father, per.mother
        y = p.wrap(
            x,
            y,
            w,
            "Fils de" if per.sex == "M" else "Fille de",
            27,
            "serif-b",
        )
        y = p.wrap(
            x + 40,
            y,
            w - 40,
            "%s %s, %s à %s," % (fa[0], fa[1].upper(), "né", "Quimper (Finistère)"),
            27,
            "serif",
        )
        y = p.wrap(x, y, w, "et de", 27, "serif-b")
        y = p.wrap(
            x + 40,
            y,
            w - 40,
            "%s %s, %s à %s." % (mo[0], mo[1].upper(), "née", "Vannes (Morbihan)"),
            27,
            "serif",
        )
    y += 40
    p.wrap(
        x,
        y,
        w,
        "Extrait conforme aux registres, délivré à %s, le %s." % (town, long_fr(d["issue"])),
        25,
        "serif-i",
    )
    p.text(1100, 1900, "L'officier de l'état civil,", 26, "serif")
    p.text(1100, 1940, "par délégation, %s" % d["officer"], 24, "serif-i")
    p.signature(1130, 2040, 250, seed=d["seed"] % 9)
    p.stamp(800, 2010, 110, "MAIRIE DE %s * ÉTAT CIVIL * " % town.upper(), ["RF"], (60, 60, 160), 18)
    p.text(
        120,
        2260,
        "Aucune légalisation n'est exigée pour ce document (art. 47 du code civil).",
        17,
        "serif-i",
        (110, 110, 110),
    )
    return [p]


# ------------------------------------------------------------------------------- Luxembourg
def birth_lu(d: dict) -> list[Page]:
    """Administration communale; French text with German sub-headings; grid of boxes."""
    per = d["person"]
    town = per.birthplace
    p = Page(A4, bg=(253, 253, 250))
    p.rect((0, 0, 1654, 16), outline=None, fill=(237, 41, 57))
    p.rect((0, 16, 1654, 32), outline=None, fill=(255, 255, 255))
    p.rect((0, 32, 1654, 48), outline=None, fill=(0, 161, 222))
    p.text(110, 150, "GRAND-DUCHÉ DE LUXEMBOURG", 22, "sans", (60, 60, 60))
    p.text(110, 200, "Administration communale de %s" % town, 30, "sans-b")
    p.text(110, 240, "Service Population - État civil", 22, "sans", (60, 60, 60))
    p.text(110, 380, "Extrait de l'acte de naissance", 44, "sans-b", (0, 100, 160))
    p.text(110, 425, "Auszug aus der Geburtsurkunde", 24, "sans-i", (100, 100, 100))
    rows = [
        ("Numéro de l'acte / Nummer", "%s / %s" % (d["number"].split("/")[0], per.birth[:4])),
        ("Nom / Name", per.surname.upper()),
        ("Prénoms / Vornamen", per.given_str),
        ("Sexe / Geschlecht", "féminin" if per.sex == "F" else "masculin"),
        ("Date de naissance / Geburtsdatum", dmy(per.birth, ".")),
        ("Lieu de naissance / Geburtsort", town),
    ]
    if not d["nofil"]:
        rows += [
            ("Père / Vater", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère / Mutter", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    y = 520
    for lbl, val in rows:
        p.rect((110, y, 1544, y + 100), outline=(150, 170, 190), width=1)
        p.rect((110, y, 640, y + 100), outline=None, fill=(232, 240, 248))
        p.text(130, y + 60, lbl, 22, "sans", (40, 60, 90))
        p.text(670, y + 62, val, 30, "sans-b")
        y += 100
    y += 60
    p.text(110, y, "Mentions : néant", 24, "sans-i")
    y += 80
    p.wrap(
        110,
        y,
        1400,
        "Pour extrait conforme, délivré à %s le %s par l'officier de l'état civil délégué."
        % (town, dmy(d["issue"], ".")),
        24,
        "sans",
    )
    p.text(1100, 1900, d["officer"], 24, "sans-b")
    p.signature(1080, 1990, 260, seed=d["seed"] % 6)
    p.stamp(700, 1950, 105, "COMMUNE DE %s * ÉTAT CIVIL * " % town.upper(), ["L"], (0, 90, 160), 18)
    p.text(
        110,
        2260,
        "Document délivré gratuitement - Règlement (UE) 2016/1191 : formulaire multilingue sur demande.",
        16,
        "sans",
        (120, 120, 120),
    )
    return [p]


# ------------------------------------------------------------------------------- Togo (form filled by hand)
def birth_tg(d: dict) -> list[Page]:
    per = d["person"]
    s = d["seed"]
    p = Page(A4, bg=(250, 248, 240))
    p.text(300, 140, "RÉPUBLIQUE TOGOLAISE", 30, "serif-b", align="c")
    p.text(300, 180, "Travail - Liberté - Patrie", 20, "serif-i", align="c")
    p.text(300, 240, "PRÉFECTURE DU GOLFE", 20, "serif", align="c")
    p.text(300, 275, "Centre principal d'état civil de %s" % per.birthplace, 19, "serif", align="c")
    p.text(1300, 140, "N° %s" % d["number"], 28, "mono-b", align="c")
    p.text(
        827,
        420,
        "EXTRAIT D'ACTE DE NAISSANCE" if d["nofil"] else "ACTE DE NAISSANCE",
        42,
        "serif-b",
        align="c",
    )
    p.line(420, 440, 1234, 440, width=3)
    lines = [
        ("Nom", per.surname.upper()),
        ("Prénoms", per.given_str),
        ("Sexe", "Féminin" if per.sex == "F" else "Masculin"),
        ("Date de naissance", dmy(per.birth)),
        ("Lieu de naissance", per.birthplace),
    ]
    if not d["nofil"]:
        lines += [
            ("Nom et prénoms du père", "%s %s" % (per.father[1].upper(), per.father[0])),
            ("Profession du père", "Commerçant"),
            ("Nom et prénoms de la mère", "%s %s" % (per.mother[1].upper(), per.mother[0])),
            ("Profession de la mère", "Revendeuse"),
        ]
    lines += [("Date de l'acte", dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 2)))]
    y = 560
    for i, (lbl, val) in enumerate(lines):
        p.text(140, y, "%d. %s :" % (i + 1, lbl), 26, "serif")
        x0 = 140 + p.width("%d. %s :" % (i + 1, lbl), 26, "serif") + 20
        for xx in range(int(x0), 1520, 10):
            p.line(xx, y + 6, xx + 4, y + 6, (120, 120, 120), 1)
        hand(p, x0 + 20, y - 2, val, 36, INK, seed=s + i)
        y += 100
    y += 40
    p.text(140, y, "Délivré pour copie conforme à %s, le" % per.birthplace, 26, "serif")
    hand(p, 880, y - 2, dmy(d["issue"]), 36, INK, seed=s + 40)
    p.text(1000, y + 120, "L'Officier d'état civil", 26, "serif-b")
    hand(p, 1000, y + 180, d["officer"], 32, INK, seed=s + 50)
    p.signature(1020, y + 280, 260, INK, seed=s % 8)
    p.stamp(
        620,
        y + 240,
        115,
        "RÉPUBLIQUE TOGOLAISE * ÉTAT CIVIL * ",
        [per.birthplace.upper()],
        (120, 40, 120),
        18,
    )
    box_stamp(p, 130, 2050, ["TIMBRE FISCAL", "500 F CFA"], (40, 110, 60), 22, angle=4)
    return [p]


# ------------------------------------------------------------------------------- Burkina Faso (typed, boxed)
def birth_bf(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    p.text(827, 120, "BURKINA FASO", 32, "sans-b", align="c")
    p.text(827, 158, "Unité - Progrès - Justice", 20, "sans-i", align="c")
    region = {"Bobo-Dioulasso": "RÉGION DES HAUTS-BASSINS", "Koudougou": "RÉGION DU CENTRE-OUEST"}.get(
        per.birthplace, "RÉGION DU CENTRE"
    )
    p.text(140, 250, region, 20, "sans")
    p.text(140, 280, "COMMUNE DE %s" % per.birthplace.upper(), 20, "sans")
    p.text(140, 310, "ARRONDISSEMENT N° %d" % (1 + d["seed"] % 12), 20, "sans")
    p.text(1514, 280, "Volet n° 3", 22, "sans-b", align="r")
    p.rect((200, 380, 1454, 480), width=3)
    p.text(827, 445, "EXTRAIT D'ACTE DE NAISSANCE", 40, "sans-b", align="c")
    p.text(
        827,
        540,
        "N° %s du registre de l'année %s" % (d["number"].split("/")[0], per.birth[:4]),
        24,
        "sans",
        align="c",
    )
    rows = [
        ["NOM", per.surname.upper()],
        ["PRÉNOM(S)", per.given_str.upper()],
        ["SEXE", "F" if per.sex == "F" else "M"],
        ["NÉ(E) LE", "%s  (%s)" % (dmy(per.birth), date_words(per.birth))],
        ["À", per.birthplace.upper()],
    ]
    if not d["nofil"]:
        rows += [
            ["PÈRE", "%s %s" % (per.father[1].upper(), per.father[0].upper())],
            ["MÈRE", "%s %s" % (per.mother[1].upper(), per.mother[0].upper())],
        ]
    y = 620
    for lbl, val in rows:
        p.rect((140, y, 460, y + 90), fill=(235, 235, 235), width=1)
        p.rect((460, y, 1514, y + 90), width=1)
        p.text(160, y + 57, lbl, 24, "sans-b")
        sz = 26 if len(val) < 50 else 20
        p.text(480, y + 57, val, sz, "mono-b")
        y += 90
    y += 80
    p.text(140, y, "Mentions marginales : NÉANT", 24, "sans")
    p.text(140, y + 60, "Extrait délivré le %s" % dmy(d["issue"]), 24, "sans")
    p.text(1100, y + 200, "L'Officier de l'état civil", 24, "sans-b", align="c")
    p.text(1100, y + 390, d["officer"].upper(), 24, "sans", align="c")
    p.signature(980, y + 330, 240, seed=d["seed"] % 5)
    p.stamp(
        560, y + 280, 110, "MAIRIE DE %s * ÉTAT CIVIL * " % per.birthplace.upper(), ["BF"], (30, 110, 60), 17
    )
    return [p]


# ------------------------------------------------------------------------------- DR Congo (narrative)
def birth_cd(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4, bg=(252, 250, 244))
    logo(p, "flag3", 120, 100, 150, (0, 127, 255), (206, 16, 33))
    p.text(300, 140, "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", 28, "serif-b")
    p.text(
        300,
        180,
        "VILLE DE %s - COMMUNE DE %s"
        % (per.birthplace.upper(), ["LINGWALA", "KASA-VUBU", "LEMBA", "NGALIEMA"][d["seed"] % 4]),
        20,
        "serif",
    )
    p.text(300, 212, "BUREAU DE L'ÉTAT CIVIL", 20, "serif")
    p.text(827, 350, "ACTE DE NAISSANCE N° %s" % d["number"].split("/")[0], 36, "serif-b", align="c")
    p.text(
        827,
        395,
        "Volume %s  -  Folio %d" % (["I", "II", "III", "IV"][d["seed"] % 4], 10 + d["seed"] % 80),
        22,
        "serif",
        align="c",
    )
    reg = per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 3)
    txt = (
        "L'an %s, le %s jour du mois de %s, à %s heures, devant Nous, %s, Officier de l'état civil de la "
        "commune, a comparu %s, lequel nous a déclaré que le %s est %s à %s un enfant de sexe %s "
        "nommé%s %s (nom et postnom) %s (prénom)."
        % (
            fr_words(int(reg[:4])),
            fr_words(int(reg[8:10])),
            MOIS[int(reg[5:7]) - 1],
            fr_words(9 + d["seed"] % 6),
            d["officer"],
            ("%s %s, père de l'enfant" % (per.father[1].upper(), per.father[0]))
            if not d["nofil"]
            else "le déclarant",
            long_fr(per.birth),
            _born(per),
            per.birthplace,
            "féminin" if per.sex == "F" else "masculin",
            "e" if per.sex == "F" else "",
            per.surname.upper(),
            per.given_str,
        )
    )
    y = p.wrap(140, 520, 1380, txt, 28, "serif", leading=1.75)
    if not d["nofil"]:
        y = p.wrap(
            140,
            y + 20,
            1380,
            "Fils/Fille de %s %s, de nationalité congolaise, et de %s %s, de nationalité congolaise, "
            "tous deux domiciliés à %s."
            % (per.father[1].upper(), per.father[0], per.mother[1].upper(), per.mother[0], per.birthplace),
            28,
            "serif",
            leading=1.75,
        )
    y = p.wrap(
        140,
        y + 20,
        1380,
        "Lecture faite, le comparant a signé avec Nous le présent acte.",
        28,
        "serif-i",
        leading=1.75,
    )
    y += 80
    p.text(
        140, y, "Pour copie certifiée conforme, %s, le %s" % (per.birthplace, dmy(d["issue"])), 26, "serif"
    )
    p.text(1150, y + 130, "L'Officier de l'état civil", 26, "serif-b", align="c")
    p.signature(1030, y + 260, 240, seed=d["seed"] % 7)
    p.text(1150, y + 330, d["officer"], 24, "serif", align="c")
    p.stamp(600, y + 230, 115, "RDC * COMMUNE * ÉTAT CIVIL * ", ["OEC"], (20, 80, 150), 18)
    return [p]


# ------------------------------------------------------------------------------- Egypt (bilingual computer print)
def birth_eg(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4, bg=(248, 250, 246))
    p.background("dots", (228, 236, 226), step=26)
    p.text(120, 130, "Arab Republic of Egypt", 26, "sans-b")
    p.text(120, 165, "Ministry of Interior", 20, "sans")
    p.text(120, 195, "Civil Status Sector", 20, "sans")
    p.text(1534, 130, "جمهورية مصر العربية", 30, "sans-b", align="r")
    p.text(1534, 170, "وزارة الداخلية", 24, "sans", align="r")
    p.text(1534, 205, "قطاع الأحوال المدنية", 24, "sans", align="r")
    logo(p, "circle", 770, 100, 110, (170, 140, 40))
    p.text(827, 330, "BIRTH CERTIFICATE", 40, "sans-b", align="c")
    p.text(827, 390, "شهادة ميلاد", 40, "sans-b", align="c")
    nid = "%d%s%s%s%02d%s" % (
        2 if per.birth < "2000" else 3,
        per.birth[2:4],
        per.birth[5:7],
        per.birth[8:10],
        1 + d["seed"] % 30,
        "%05d" % (d["seed"] * 37 % 99999),
    )
    rows = [
        ("National No.", nid, "الرقم القومي", nid),
        ("Name", per.given_str, "الاسم", sc(per.given_str)),
        ("Family name", per.surname, "اسم العائلة", sc(per.surname)),
        ("Sex", "Female" if per.sex == "F" else "Male", "النوع", "أنثى" if per.sex == "F" else "ذكر"),
        ("Date of birth", dmy(per.birth), "تاريخ الميلاد", dmy(per.birth)),
        ("Place of birth", per.birthplace, "محل الميلاد", sc(per.birthplace)),
    ]
    if not d["nofil"]:
        rows += [
            (
                "Father's name",
                "%s %s" % (per.father[0], per.father[1]),
                "اسم الأب",
                "%s %s" % (sc(per.father[0]), sc(per.father[1])),
            ),
            (
                "Mother's name",
                "%s %s" % (per.mother[0], per.mother[1]),
                "اسم الأم",
                "%s %s" % (sc(per.mother[0]), sc(per.mother[1])),
            ),
        ]
    rows += [("Registration No.", d["number"], "رقم القيد", d["number"])]
    y = 470
    for en, val, ar, aval in rows:
        p.rect((110, y, 1544, y + 120), outline=(120, 150, 120), width=1)
        p.text(130, y + 48, en, 20, "sans", (60, 90, 60))
        p.text(130, y + 95, val, 28, "sans-b")
        p.text(1524, y + 48, ar, 22, "sans", (60, 90, 60), align="r")
        p.text(1524, y + 98, aval, 28, "sans-b", align="r")
        y += 120
    y += 60
    p.text(130, y, "Date of issue: %s" % dmy(d["issue"]), 22, "sans")
    p.text(1524, y, "تاريخ الإصدار: %s" % dmy(d["issue"]), 24, "sans", align="r")
    p.text(130, y + 40, "Issuing office: Civil Registry, %s" % per.birthplace, 22, "sans")
    p.stamp(400, y + 240, 110, "CIVIL STATUS * EGYPT * ", ["A.R.E."], (40, 60, 140), 18)
    p.text(1250, y + 180, "Head of Civil Registry", 22, "sans-b", align="c")
    p.signature(1130, y + 280, 240, seed=d["seed"] % 6)
    box_stamp(
        p,
        1000,
        y + 360,
        ["Ministry of Foreign Affairs", "AUTHENTICATION", dmy(d["issue"])],
        (150, 30, 30),
        20,
        angle=-5,
    )
    return [p]


# ------------------------------------------------------------------------------- Russia (Cyrillic)
MES_RU = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def birth_ru(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4, bg=(240, 246, 238))
    p.background("rosette", (222, 234, 220))
    p.rect((70, 70, 1584, 2269), outline=(120, 150, 120), width=6)
    p.rect((90, 90, 1564, 2249), outline=(150, 175, 150), width=2)
    logo(p, "tri", 767, 130, 120, (150, 120, 40), (240, 246, 238))
    p.text(827, 340, "СВИДЕТЕЛЬСТВО", 54, "serif-b", align="c", spacing=4)
    p.text(827, 400, "О РОЖДЕНИИ", 44, "serif-b", align="c", spacing=3)
    sur, giv = sc(per.surname), sc(per.given[0])
    patro = PATRO.get(per.father[0], ("", ""))[1 if per.sex == "F" else 0]
    m = int(per.birth[5:7]) - 1

    def fld(y, val, label, size=36):
        p.text(827, y, val, size, "serif-i", (20, 20, 80), align="c")
        p.line(180, y + 12, 1474, y + 12, (90, 90, 90), 1)
        p.text(827, y + 42, label, 18, "serif", (80, 80, 80), align="c")
        return y + 110

    y = 520
    y = fld(y, sur, "фамилия")
    y = fld(y, giv, "имя")
    y = fld(y, patro, "отчество")
    y = fld(y, "%s %s %s года" % (per.birth[8:10], MES_RU[m], per.birth[:4]), "дата рождения", 30)
    y = fld(y, "г. %s, Российская Федерация" % sc(per.birthplace), "место рождения", 30)
    y = fld(y, "составлена запись акта о рождении № %s" % d["number"].replace("/", ""), "о чём", 26)
    if not d["nofil"]:
        y = fld(y, "%s %s %s" % (sc(per.father[1]), sc(per.father[0]), ""), "Отец", 30)
        y = fld(y, "%s %s" % (sc(per.mother[1]), sc(per.mother[0])), "Мать", 30)
    y = fld(y, "Отдел ЗАГС г. %s" % sc(per.birthplace), "место государственной регистрации", 28)
    p.text(200, y + 40, "Дата выдачи  %s" % dmy(d["issue"], "."), 28, "serif")
    p.text(200, y + 130, "Руководитель органа ЗАГС", 24, "serif")
    p.signature(820, y + 140, 220, (20, 20, 80), seed=d["seed"] % 5)
    p.stamp(1250, y + 120, 105, "ОТДЕЛ ЗАГС * РОССИЙСКАЯ ФЕДЕРАЦИЯ * ", ["М.П."], (60, 60, 170), 16)
    p.text(
        827,
        2180,
        "II-%s  № %06d" % ("ЕТ" if d["seed"] % 2 else "МЮ", d["seed"] * 613 % 999999),
        34,
        "mono-b",
        (170, 30, 30),
        align="c",
    )
    return [p]


# ------------------------------------------------------------------------------- Armenia (bilingual)
def birth_am(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4, bg=(246, 244, 250))
    p.background("waves", (232, 228, 242), step=28)
    p.text(827, 140, "ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", 32, "serif-b", align="c")
    p.text(827, 180, "REPUBLIC OF ARMENIA", 24, "serif", align="c")
    logo(p, "flag3", 757, 210, 140, (217, 0, 18), (0, 51, 160))
    p.text(827, 400, "ԾՆՆԴՅԱՆ ՎԿԱՅԱԿԱՆ", 44, "serif-b", align="c")
    p.text(827, 450, "BIRTH CERTIFICATE", 30, "serif-b", align="c")
    rows = [
        ("Ազգանուն", "Surname", sc(per.surname), per.surname.upper()),
        ("Անուն", "Given name", sc(per.given_str), per.given_str.upper()),
        ("Սեռ", "Sex", "Իգական" if per.sex == "F" else "Արական", "F" if per.sex == "F" else "M"),
        ("Ծննդյան ամսաթիվ", "Date of birth", dmy(per.birth, "."), dmy(per.birth, ".")),
        ("Ծննդավայր", "Place of birth", sc(per.birthplace), per.birthplace.upper()),
    ]
    if not d["nofil"]:
        rows += [
            (
                "Հայր",
                "Father",
                "%s %s" % (sc(per.father[0]), sc(per.father[1])),
                "%s %s" % (per.father[0], per.father[1].upper()),
            ),
            (
                "Մայր",
                "Mother",
                "%s %s" % (sc(per.mother[0]), sc(per.mother[1])),
                "%s %s" % (per.mother[0], per.mother[1].upper()),
            ),
        ]
    rows += [("Ակտային գրառում №", "Record No", d["number"], d["number"])]
    y = 560
    for hy, en, v1, v2 in rows:
        p.text(150, y, hy, 22, "serif", (70, 60, 110))
        p.text(150, y + 30, en, 18, "serif-i", (110, 100, 140))
        p.text(620, y, v1, 30, "serif-b")
        p.text(620, y + 40, v2, 26, "sans")
        p.line(150, y + 60, 1504, y + 60, (180, 175, 200), 1)
        y += 120
    y += 40
    p.text(150, y, "Տրման ամսաթիվ / Date of issue:  %s" % dmy(d["issue"], "."), 24, "serif")
    p.text(
        150,
        y + 50,
        "ՔԿԱԳ %s / Civil Status Registration Office, %s" % (sc(per.birthplace), per.birthplace),
        22,
        "serif",
    )
    p.stamp(1200, y + 250, 110, "ՔԿԱԳ * CIVIL STATUS * ARMENIA * ", ["ՀՀ"], (40, 40, 150), 16)
    p.signature(300, y + 260, 260, seed=d["seed"] % 4)
    p.text(
        827,
        2200,
        "Սերիա / Series  Ա  № %07d" % (d["seed"] * 911 % 9999999),
        28,
        "mono-b",
        (160, 30, 30),
        align="c",
    )
    return [p]


# ------------------------------------------------------------------------------- Azerbaijan (Latin alphabet)
AY = [
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
]


def birth_az(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4, bg=(244, 248, 252))
    p.background("diag", (228, 236, 246), step=20)
    logo(p, "flag3", 727, 90, 200, (0, 150, 200), (239, 51, 64))
    p.text(827, 380, "AZƏRBAYCAN RESPUBLİKASI", 34, "sans-b", align="c")
    p.text(827, 470, "DOĞUM HAQQINDA", 44, "serif-b", align="c")
    p.text(827, 530, "ŞƏHADƏTNAMƏ", 50, "serif-b", align="c", spacing=3)
    son = "qızı" if per.sex == "F" else "oğlu"
    rows = [
        ("Soyadı", sc(per.surname)),
        ("Adı", sc(per.given_str)),
        ("Atasının adı", "%s %s" % (sc(per.father[0]), son)),
        (
            "Doğum tarixi",
            "%d %s %s-ci il" % (int(per.birth[8:10]), AY[int(per.birth[5:7]) - 1], per.birth[:4]),
        ),
        ("Doğum yeri", "%s şəhəri" % sc(per.birthplace)),
    ]
    if not d["nofil"]:
        rows += [
            ("Atası", "%s %s" % (sc(per.father[1]), sc(per.father[0]))),
            ("Anası", "%s %s" % (sc(per.mother[1]), sc(per.mother[0]))),
        ]
    rows += [
        ("Akt qeydi", "№ %s" % d["number"].split("/")[0]),
        ("Qeydiyyat yeri", "%s şəhəri Qeydiyyat Şöbəsi" % sc(per.birthplace)),
        ("Verilmə tarixi", dmy(d["issue"], ".")),
    ]
    y = 680
    for lbl, val in rows:
        p.text(160, y, lbl, 24, "sans", (60, 70, 100))
        p.text(560, y, val, 30, "sans-b", (10, 20, 60))
        p.line(560, y + 10, 1500, y + 10, (160, 170, 190), 1)
        y += 92
    p.text(160, y + 100, "Qeydiyyat şöbəsinin müdiri", 24, "sans")
    p.signature(700, y + 110, 240, seed=d["seed"] % 3)
    p.stamp(1250, y + 110, 105, "AZƏRBAYCAN * QEYDİYYAT * ", ["M.Y."], (40, 60, 150), 16)
    p.text(827, 2200, "AC № %07d" % (d["seed"] * 733 % 9999999), 32, "mono-b", (170, 30, 30), align="c")
    return [p]


# ------------------------------------------------------------------------------- Mexico (unified format)
def _curp(per, seed: int) -> str:
    s1 = (
        per.surname.upper()
        .replace("Á", "A")
        .replace("É", "E")
        .replace("Í", "I")
        .replace("Ó", "O")
        .replace("Ú", "U")
        .replace("Ñ", "X")
    )
    parts = s1.split(" ")
    first, second = parts[0], parts[1] if len(parts) > 1 else "X"
    g = per.given[0].upper()
    vowel = next((c for c in first[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    return "%s%s%s%s%s%s%s%s%s%s%s%d" % (
        first[0],
        vowel,
        second[0],
        g[0],
        per.birth[2:4],
        per.birth[5:7],
        per.birth[8:10],
        "M" if per.sex == "F" else "H",
        ["JC", "PL", "NL"][seed % 3],
        cons(first),
        cons(second),
        0,
    ) + "%d" % (seed % 10)


def birth_mx(d: dict) -> list[Page]:
    per = d["person"]
    parts = per.surname.split(" ")
    p = Page(A4)
    p.rect((0, 0, 1654, 200), outline=None, fill=(98, 17, 50))
    p.text(110, 90, "ESTADOS UNIDOS MEXICANOS", 34, "serif-b", (255, 255, 255))
    p.text(110, 140, "ACTA DE NACIMIENTO", 30, "serif", (240, 220, 230))
    p.text(
        1544,
        140,
        "Identificador electrónico  %s" % ("%020d" % (d["seed"] * 7919 * 104729))[:20],
        18,
        "mono",
        (255, 255, 255),
        align="r",
    )
    reg = [
        [
            "Entidad de registro",
            "Municipio de registro",
            "Oficialía",
            "Fecha de registro",
            "Libro",
            "Número de acta",
        ],
        [
            "JALISCO"
            if "Guadalajara" in per.birthplace
            else "PUEBLA"
            if "Puebla" in per.birthplace
            else "NUEVO LEÓN",
            per.birthplace.upper(),
            "%02d" % (1 + d["seed"] % 20),
            dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 6)),
            "%d" % (1 + d["seed"] % 9),
            d["number"].split("/")[0],
        ],
    ]
    p.table(110, 260, [230, 260, 150, 240, 120, 434], reg, 18, "sans", "sans-b", head_fill=(240, 230, 235))
    p.text(110, 470, "Datos de la persona registrada", 26, "sans-b", (98, 17, 50))
    p.line(110, 482, 1544, 482, (98, 17, 50), 2)
    rows = [
        ["Nombre(s)", "Primer apellido", "Segundo apellido", "Sexo"],
        [
            per.given_str.upper(),
            parts[0].upper(),
            (parts[1] if len(parts) > 1 else "").upper(),
            "MUJER" if per.sex == "F" else "HOMBRE",
        ],
    ]
    p.table(110, 510, [460, 380, 380, 214], rows, 22, "sans-b", "sans", head_fill=(250, 250, 250))
    rows = [
        ["Fecha de nacimiento", "Lugar de nacimiento", "CURP"],
        [dmy(per.birth), per.birthplace.upper() + ", MÉXICO", _curp(per, d["seed"])],
    ]
    p.table(110, 620, [360, 574, 500], rows, 22, "sans-b", "sans", head_fill=(250, 250, 250))
    y = 800
    if not d["nofil"]:
        p.text(110, y, "Datos de filiación de la persona registrada", 26, "sans-b", (98, 17, 50))
        p.line(110, y + 12, 1544, y + 12, (98, 17, 50), 2)
        for who, (g, s) in (("Padre", per.father), ("Madre", per.mother)):
            rows = [
                [who, "Nombre(s) y apellidos", "Nacionalidad"],
                ["", "%s %s" % (g.upper(), s.upper()), "MEXICANA"],
            ]
            p.table(110, y + 40, [200, 900, 334], rows, 22, "sans-b", "sans", head_fill=(250, 250, 250))
            y += 180
        y += 60
    p.text(110, y, "Anotaciones marginales:  SIN ANOTACIONES", 22, "sans")
    p.wrap(
        110,
        y + 60,
        1000,
        "Certifico que la presente es una transcripción fiel de los datos contenidos en el acta que obra en la base de datos nacional del registro civil. Se expide el %s."
        % dmy(d["issue"]),
        22,
        "sans",
    )
    # a QR-like square
    for i in range(21):
        for j in range(21):
            if (
                (i * i * 31 + j * j * 17 + i * j * 7 + d["seed"]) % 7 < 3
                or (i in (0, 6) and j < 7)
                or (j in (0, 6) and i < 7)
            ):
                p.rect(
                    (1250 + j * 12, y - 20 + i * 12, 1262 + j * 12, y - 8 + i * 12),
                    outline=None,
                    fill=(0, 0, 0),
                )
    p.text(
        110,
        y + 330,
        "Firma electrónica avanzada del Oficial del Registro Civil: %s" % d["officer"],
        18,
        "sans-i",
        (90, 90, 90),
    )
    p.text(
        110,
        y + 370,
        "Cadena: ||%s|%s|%s||" % (d["number"], _curp(per, d["seed"]), dmy(d["issue"])),
        16,
        "mono",
        (120, 120, 120),
    )
    return [p]


# ------------------------------------------------------------------------------- Greece (Greek, names also in Latin)
def birth_gr(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    p.text(827, 120, "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", 30, "serif-b", align="c")
    p.text(827, 160, "ΥΠΟΥΡΓΕΙΟ ΕΣΩΤΕΡΙΚΩΝ", 22, "serif", align="c")
    dimos = {"Thessaloniki": "ΘΕΣΣΑΛΟΝΙΚΗΣ", "Patra": "ΠΑΤΡΕΩΝ", "Larisa": "ΛΑΡΙΣΑΙΩΝ"}.get(
        per.birthplace, per.birthplace.upper()
    )
    p.text(827, 192, "ΔΗΜΟΣ %s - ΛΗΞΙΑΡΧΕΙΟ" % dimos, 22, "serif", align="c")
    p.text(827, 320, "ΑΠΟΣΠΑΣΜΑ ΛΗΞΙΑΡΧΙΚΗΣ ΠΡΑΞΗΣ ΓΕΝΝΗΣΗΣ", 34, "serif-b", align="c")
    p.text(827, 362, "Extract of birth registration", 22, "serif-i", (90, 90, 90), align="c")
    p.text(
        140,
        450,
        "Αριθμός πράξης: %s   Τόμος: %d   Έτος: %s"
        % (d["number"].split("/")[0], 1 + d["seed"] % 5, per.birth[:4]),
        24,
        "serif",
    )
    rows = [
        ["Στοιχεία / Item", "Ελληνικά", "Latin"],
        ["Επώνυμο / Surname", sc(per.surname).upper(), per.surname.upper()],
        ["Όνομα / Name", sc(per.given_str), per.given_str],
        ["Φύλο / Sex", "Θήλυ" if per.sex == "F" else "Άρρεν", "F" if per.sex == "F" else "M"],
        ["Ημ. γέννησης / Date of birth", dmy(per.birth), dmy(per.birth)],
        ["Τόπος γέννησης / Place of birth", sc(per.birthplace), per.birthplace],
    ]
    if not d["nofil"]:
        rows += [
            [
                "Πατέρας / Father",
                "%s %s" % (sc(per.father[0]), sc(per.father[1])),
                "%s %s" % (per.father[0], per.father[1].upper()),
            ],
            [
                "Μητέρα / Mother",
                "%s %s" % (sc(per.mother[0]), sc(per.mother[1])),
                "%s %s" % (per.mother[0], per.mother[1].upper()),
            ],
        ]
    y = p.table(140, 510, [480, 480, 414], rows, 24, "serif", "serif-b", head_fill=(228, 234, 246), row_h=70)
    p.text(140, y + 70, "Παρατηρήσεις: -", 24, "serif")
    p.text(140, y + 140, "%s, %s" % (sc(per.birthplace), dmy(d["issue"], ".")), 24, "serif")
    p.text(1150, y + 220, "Ο Ληξίαρχος", 26, "serif-b", align="c")
    p.signature(1040, y + 320, 230, seed=d["seed"] % 8)
    p.text(1150, y + 380, d["officer"], 22, "serif", align="c")
    p.stamp(500, y + 300, 110, "ΛΗΞΙΑΡΧΕΙΟ * ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ * ", ["ΔΗΜΟΣ"], (30, 60, 160), 16)
    return [p]


TEMPLATES = {
    "birth_fr5": ("birth_certificate", "blind2", birth_fr5),
    "birth_lu": ("birth_certificate", "blind2", birth_lu),
    "birth_tg": ("birth_certificate", "blind2", birth_tg),
    "birth_bf": ("birth_certificate", "blind2", birth_bf),
    "birth_cd": ("birth_certificate", "blind2", birth_cd),
    "birth_eg": ("birth_certificate", "blind2", birth_eg),
    "birth_ru": ("birth_certificate", "blind2", birth_ru),
    "birth_am": ("birth_certificate", "blind2", birth_am),
    "birth_az": ("birth_certificate", "blind2", birth_az),
    "birth_mx": ("birth_certificate", "blind2", birth_mx),
    "birth_gr": ("birth_certificate", "blind2", birth_gr),
}

"""blind3: passports (TD3), national identity cards (TD1), titre de séjour (TD1), visa D (MRV-A)."""

from __future__ import annotations

import numpy as np
from codes import MOIS, MONTHS_EN, mrva, td1, td3
from render import Page
from z_kit import MID, STATE_NAME, emblem, field, guilloche, mrz, national_no, new, paste_small, rect_stamp

MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]

# (document title, labels: surname, given names, nationality, birth date, sex, birthplace, issue, expiry, authority, number)
LAB = {
    "fr": (
        "PASSEPORT",
        ["Nom", "Prénoms", "Nationalité", "Date de naissance", "Sexe", "Lieu de naissance"]
        + ["Date de délivrance", "Date d'expiration", "Autorité", "N° du passeport"],
    ),
    "de": (
        "REISEPASS",
        ["Name", "Vornamen", "Staatsangehörigkeit", "Geburtsdatum", "Geschlecht", "Geburtsort"]
        + ["Ausstellungsdatum", "Gültig bis", "Behörde", "Pass-Nr."],
    ),
    "cs": (
        "CESTOVNÍ PAS",
        ["Příjmení", "Jméno", "Státní občanství", "Datum narození", "Pohlaví", "Místo narození"]
        + ["Datum vydání", "Platnost do", "Vydal", "Číslo pasu"],
    ),
    "bg": (
        "ПАСПОРТ",
        ["Фамилия", "Име", "Гражданство", "Дата на раждане", "Пол", "Място на раждане"]
        + ["Дата на издаване", "Валиден до", "Издаден от", "Паспорт №"],
    ),
    "es": (
        "PASAPORTE",
        ["Apellidos", "Nombres", "Nacionalidad", "Fecha de nacimiento", "Sexo", "Lugar de nacimiento"]
        + ["Fecha de expedición", "Fecha de vencimiento", "Autoridad", "Pasaporte N°"],
    ),
    "ar": (
        "جواز سفر",
        ["الشهرة", "الاسم", "الجنسية", "تاريخ الولادة", "الجنس", "محل الولادة"]
        + ["تاريخ الإصدار", "تاريخ الانتهاء", "مرجع الإصدار", "رقم الجواز"],
    ),
    "fa": (
        "پاسپورت",
        ["تخلص", "نام", "تابعیت", "تاریخ تولد", "جنسیت", "محل تولد"]
        + ["تاریخ صدور", "تاریخ ختم", "مرجع صدور", "شماره پاسپورت"],
    ),
}
EN = ["Surname", "Given names", "Nationality", "Date of birth", "Sex", "Place of birth"] + [
    "Date of issue",
    "Date of expiry",
    "Authority",
    "Passport No.",
]
FRL = LAB["fr"][1]
LANG_OF = {"FR6": "fr", "AT": "de", "CZ": "cs", "BG": "bg", "CU": "es", "AR": "es", "SY": "ar", "LB": "ar"}
LANG_OF.update({"AF": "fa", "CG": "fr", "GH": "en", "ET": "en"})
AUTH = {
    "FR6": "Préfecture de la Haute-Savoie",
    "AT": "BH Innsbruck-Land",
    "CZ": "MěÚ Olomouc",
    "BG": "МВР / MVR Sofia",
    "CG": "DGST Brazzaville",
    "GH": "Passport Office Accra",
    "ET": "ICS Addis Ababa",
    "AF": "Kabul",
    "SY": "Immigration Damascus",
    "LB": "Sûreté générale",
    "CU": "MININT La Habana",
    "AR": "Registro Nacional de las Personas",
}
COLORS = {
    "FR6": (120, 20, 40),
    "AT": (110, 20, 30),
    "CZ": (120, 25, 45),
    "BG": (110, 30, 40),
    "CG": (30, 70, 50),
    "GH": (40, 40, 50),
    "ET": (30, 60, 40),
    "AF": (40, 40, 40),
    "SY": (40, 70, 40),
    "LB": (30, 50, 80),
    "CU": (20, 40, 90),
    "AR": (25, 45, 100),
}


def _labels(country: str, i: int) -> str:
    lang = LANG_OF.get(country, "en")
    if lang == "en":
        return "%s / %s" % (EN[i], FRL[i])
    if lang == "fr":
        return "%s / %s" % (FRL[i], EN[i])
    return "%s / %s / %s" % (LAB[lang][1][i], EN[i], FRL[i])


def _title(country: str) -> str:
    lang = LANG_OF.get(country, "en")
    if lang == "en":
        return "PASSPORT / PASSEPORT"
    if lang == "fr":
        return "PASSEPORT / PASSPORT"
    return "%s / PASSPORT / PASSEPORT" % LAB[lang][0]


def _date3(iso: str, fr: bool = True) -> str:
    m = int(iso[5:7]) - 1
    return "%s %s%s %s" % (
        iso[8:10],
        MON3[m],
        ("/" + MOIS3[m]) if fr and MOIS3[m] != MON3[m] else "",
        iso[:4],
    )


def _dots(iso: str) -> str:
    return "%s.%s.%s" % (iso[8:10], iso[5:7], iso[:4])


def _personal(per, seed: int) -> str:
    return national_no(per, seed).replace("/", "")


def _data_page(p: Page, x0: int, y0: int, w: int, h: int, d: dict, style: str) -> None:
    """The personalised passport page (ICAO 9303 zones: header, photo, fields, MRZ)."""
    per = d["person"]
    c = per.country
    k = w / 1476  # drawn for a 1476 px wide page (125 mm at 300 dpi), scaled
    col = COLORS.get(c, (60, 60, 60))
    guilloche(
        p, (x0, y0, x0 + w, y0 + int(h * 0.74)), (222, 228, 236) if style == "card" else (232, 232, 232)
    )
    st, st2 = STATE_NAME[c]
    hs = int(30 * k)
    p.text(x0 + w / 2, y0 + 48 * k, st, hs, "sans-b", col, align="c")
    if st2:
        p.text(x0 + w / 2, y0 + 84 * k, st2, int(22 * k), "sans", col, align="c")
    p.text(x0 + w / 2, y0 + 118 * k, _title(c), int(22 * k), "sans-b", (40, 40, 40), align="c")
    ph = (x0 + 50 * k, y0 + 170 * k, x0 + 400 * k, y0 + 620 * k)
    p.photo(ph, tint=(215, 215, 210) if style == "booklet" else (200, 208, 220))
    given = " ".join(per.given).upper()
    rows = [
        (0, per.surname.upper()),
        (1, given),
        (2, d["nat_label"] if per.lang == "fr" else per.iso3 if c != "AT" else "ÖSTERREICH / AUT"),
        (3, _date3(per.birth) if style == "booklet" else _dots(per.birth)),
        (4, per.sex if c != "FR6" else per.sex),
        (5, per.birthplace.upper()),
        (6, _date3(d["issue"]) if style == "booklet" else _dots(d["issue"])),
        (7, _date3(d["expiry"]) if style == "booklet" else _dots(d["expiry"])),
        (8, AUTH.get(c, d["authority"])),
    ]
    fx = x0 + 440 * k
    p.text(fx, y0 + 180 * k, "Type / Type  P", int(18 * k), "sans", MID)
    p.text(fx + 300 * k, y0 + 180 * k, "Code  %s" % per.iso3, int(18 * k), "sans", MID)
    p.text(x0 + w - 60 * k, y0 + 180 * k, _labels(c, 9).split(" / ")[0], int(17 * k), "sans", MID, align="r")
    p.text(x0 + w - 60 * k, y0 + 214 * k, d["number"], int(30 * k), "sans-b", (150, 20, 30), align="r")
    yy = y0 + 240 * k
    lay = [(0,), (1,), (2, 4), (3,), (5,), (6, 7), (8,)]
    for grp in lay:
        for j, i in enumerate(grp):
            lab = _labels(c, i)
            if style == "card":
                lab = "%d. %s" % (i + 1, lab)
            xx = fx + j * 520 * k
            field(p, xx, yy, lab, rows[i][1], int(16 * k), int(26 * k))
        yy += 78 * k
    if style == "card":  # ghost image
        gx = x0 + w - 260 * k
        for r in range(6):
            p.rect(
                (gx, y0 + 520 * k + r * 18 * k, gx + 190 * k, y0 + 528 * k + r * 18 * k),
                None,
                (225, 220, 228),
            )
    p.signature(x0 + 70 * k, y0 + 700 * k, 260 * k, (30, 30, 30), seed=d["seed"] % 7)
    lines = td3(
        "P",
        d["state"],
        per.surname,
        per.given,
        d["number"],
        per.iso3,
        per.birth,
        per.sex,
        d["expiry"],
        _personal(per, d["seed"]),
    )
    mrz(p, x0 + 52 * k, y0 + h - 120 * k, lines, int(40 * k), 58 * k)


def passport_z_booklet(d: dict) -> list[Page]:
    """A4 grey photocopy of the open booklet: observations page above, data page below."""
    p = new((250, 250, 250))
    x0, w, h = 300, 1060, 746
    top = 260
    p.rect(
        (x0 - 10, top - 10, x0 + w + 10, top + 2 * h + 10),
        outline=(120, 120, 120),
        fill=(236, 236, 236),
        width=2,
    )
    p.line(x0, top + h, x0 + w, top + h, (90, 90, 90), 3)
    k = w / 1476
    guilloche(p, (x0, top, x0 + w, top + h), (224, 224, 224), 18, seed=2)
    p.text(
        x0 + w / 2,
        top + 60 * k,
        "OBSERVATIONS / ENDORSEMENTS",
        int(22 * k),
        "sans-b",
        (90, 90, 90),
        align="c",
    )
    if d["seed"] % 2:
        rect_stamp(
            p,
            x0 + w * 0.62,
            top + h * 0.5,
            ["ENTRÉE / ENTRY", "ROISSY CDG", d["issue"][:4]],
            (60, 60, 60),
            18,
        )
    _data_page(p, x0, top + h, w, h, d, "booklet")
    p.text(x0 + w - 20, top + 2 * h - 8, "%d" % (2 + d["seed"] % 2), 18, "sans", MID, align="r")
    return [p]


def passport_z_card(d: dict) -> list[Page]:
    """The data page alone, cropped as a scanner's 'photo' mode gives it (125 x 88 mm at 300 dpi)."""
    p = Page((1476, 1039), bg=(246, 244, 238), dpi=300)
    _data_page(p, 0, 0, 1476, 1039, d, "card")
    return [p]


# ---- identity card ----------------------------------------------------------------------
IDT = {
    "FR6": (
        "CARTE NATIONALE D'IDENTITÉ",
        "IDENTITY CARD",
        [
            "NOM",
            "Prénoms",
            "Sexe",
            "Nationalité",
            "Date de naiss.",
            "N° du document",
            "Date d'expir.",
            "Lieu de naissance",
            "Adresse",
            "Date de délivrance",
            "Autorité",
        ],
    ),
    "AT": (
        "PERSONALAUSWEIS",
        "IDENTITY CARD",
        [
            "Name",
            "Vornamen",
            "Geschlecht",
            "Staatsangehörigkeit",
            "Geburtsdatum",
            "Dokumentennr.",
            "Ablaufdatum",
            "Geburtsort",
            "Wohnort",
            "Ausstellungsdatum",
            "Behörde",
        ],
    ),
    "CZ": (
        "OBČANSKÝ PRŮKAZ",
        "IDENTITY CARD",
        [
            "Příjmení",
            "Jméno",
            "Pohlaví",
            "Státní občanství",
            "Datum narození",
            "Číslo dokladu",
            "Platnost do",
            "Místo narození",
            "Trvalý pobyt",
            "Datum vydání",
            "Vydal",
        ],
    ),
    "BG": (
        "ЛИЧНА КАРТА",
        "IDENTITY CARD",
        [
            "Фамилия",
            "Име",
            "Пол",
            "Гражданство",
            "Дата на раждане",
            "№ на документа",
            "Валидност",
            "Място на раждане",
            "Постоянен адрес",
            "Дата на издаване",
            "Издадена от",
        ],
    ),
}


def _card(country: str, bg=(236, 240, 246)) -> Page:
    p = Page((1011, 638), bg=bg, dpi=300)
    guilloche(p, (0, 0, 1011, 638), (214, 222, 236), 12, seed=len(country))
    return p


def _id_front(d: dict) -> Page:
    per = d["person"]
    c = per.country
    t1, t2, L = IDT.get(c, IDT["FR6"])
    p = _card(c)
    p.text(30, 44, STATE_NAME[c][0], 24, "sans-b", (30, 50, 110))
    p.text(30, 76, "%s / %s" % (t1, t2), 20, "sans-b", (60, 60, 60))
    p.photo((30, 110, 300, 450))
    rows = [
        (L[0] + " / Surname", per.surname.upper()),
        (
            L[1] + " / Given names",
            ", ".join(per.given).upper() if c == "FR6" else " ".join(per.given).upper(),
        ),
    ]
    yy = 130
    for lab, v in rows:
        field(p, 330, yy, lab, v, 15, 24)
        yy += 70
    field(p, 330, yy, L[2] + " / Sex", per.sex, 15, 24)
    field(p, 520, yy, L[3] + " / Nationality", per.iso3, 15, 24)
    yy += 70
    field(p, 330, yy, L[4] + " / Date of birth", _dots(per.birth).replace(".", " "), 15, 24)
    yy += 70
    field(p, 330, yy, L[5] + " / Document No.", d["number"], 15, 24)
    field(p, 680, yy, L[6] + " / Expiry", _dots(d["expiry"]).replace(".", " "), 15, 24)
    p.signature(60, 560, 200, (20, 20, 20), seed=d["seed"] % 5)
    p.ellipse((880, 40, 980, 100), outline=(60, 80, 140), fill=(40, 60, 140))
    p.text(930, 80, per.iso3[:2] if c != "FR6" else "F", 26, "sans-b", (250, 220, 60), align="c")
    return p


def _id_back(d: dict) -> Page:
    per = d["person"]
    c = per.country
    _, _, L = IDT.get(c, IDT["FR6"])
    p = _card(c, (240, 238, 232))
    field(p, 30, 50, L[7] + " / Place of birth", per.birthplace.upper(), 15, 22)
    addr = d["home"] if c == "FR6" else per.birthplace
    field(p, 30, 118, L[8] + " / Address", addr.upper()[:58], 15, 20)
    field(p, 30, 186, L[9] + " / Date of issue", _dots(d["issue"]), 15, 22)
    field(p, 380, 186, L[10] + " / Authority", AUTH.get(c, "")[:28], 15, 22)
    opt = national_no(per, d["seed"]).replace("/", "")
    lines = td1(
        "ID", d["state"], per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"], opt
    )
    p.rect((0, 400, 1011, 638), outline=None, fill=(250, 250, 248))
    mrz(p, 40, 470, lines, 38, 58)
    return p


def id_z_card(d: dict) -> list[Page]:
    """Identity card recto and verso: both on one A4 photocopy, or two card-size scans."""
    f, b = _id_front(d), _id_back(d)
    if d["seed"] % 2 == 0:
        return [f, b]
    p = Page((2480, 3508), bg=(255, 255, 255), dpi=300)
    paste_small(p, f, 300, 420)
    paste_small(p, b, 300, 1250)
    p.text(
        300, 2100, "Copie certifiée conforme à l'original" if d["seed"] % 4 == 1 else "", 30, "sans-i", MID
    )
    return [p]


# ---- titre de séjour --------------------------------------------------------------------
def _ts_front(d: dict) -> Page:
    per = d["person"]
    p = _card("TS", (238, 242, 236))
    p.text(30, 40, "RÉPUBLIQUE FRANÇAISE", 20, "sans-b", (0, 35, 149))
    p.text(30, 72, "TITRE DE SÉJOUR / RESIDENCE PERMIT", 22, "sans-b", (40, 40, 40))
    p.photo((30, 100, 290, 440), tint=(210, 215, 205))
    field(p, 320, 118, "NOM / Surname", per.surname.upper(), 15, 24)
    field(p, 320, 186, "Prénoms / Given names", " ".join(per.given).upper(), 15, 24)
    field(p, 320, 254, "Sexe / Sex", per.sex, 15, 22)
    field(p, 470, 254, "Nationalité / Nationality", per.iso3, 15, 22)
    field(p, 750, 254, "Date de naissance", _dots(per.birth).replace(".", " "), 15, 22)
    field(p, 320, 322, "Type de titre / Type of permit", d["permit_type"], 15, 20)
    field(p, 320, 390, "Valable jusqu'au / Valid until", _dots(d["expiry"]).replace(".", " "), 15, 22)
    field(p, 700, 390, "N° / No.", d["number"], 15, 22)
    p.signature(50, 560, 200, (20, 20, 20), seed=d["seed"] % 5)
    logo_x = 900
    for i, cc in enumerate(((0, 35, 149), (245, 245, 245), (237, 41, 57))):
        p.rect((logo_x + i * 26, 30, logo_x + (i + 1) * 26, 80), outline=None, fill=cc)
    return p


def _ts_back(d: dict) -> Page:
    per = d["person"]
    p = _card("TS2", (242, 240, 232))
    field(p, 30, 46, "Lieu de naissance / Place of birth", per.birthplace.upper(), 15, 22)
    field(
        p, 30, 112, "Adresse / Address", ("%s %s %s" % (per.street, per.postcode, per.city)).upper(), 15, 20
    )
    field(p, 30, 178, "Remarques / Remarks", d["remark"], 15, 20)
    field(p, 30, 244, "Date et lieu de délivrance", "%s  %s" % (_dots(d["issue"]), d["authority"]), 15, 20)
    lines = td1("IR", "FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    p.rect((0, 400, 1011, 638), outline=None, fill=(250, 250, 246))
    mrz(p, 40, 470, lines, 38, 58)
    return p


def permit_z_card(d: dict) -> list[Page]:
    """Titre de séjour card: recto/verso photocopied on A4 with the prefecture's stamp, or two scans."""
    f, b = _ts_front(d), _ts_back(d)
    if d["seed"] % 3 == 0:
        return [f, b]
    p = Page((2480, 3508), bg=(255, 255, 255), dpi=300)
    paste_small(p, f, 330, 380)
    paste_small(p, b, 1180 if d["seed"] % 2 else 330, 1120 if d["seed"] % 2 else 1160, 1.0)
    return [p]


# ---- visa D -----------------------------------------------------------------------------
CONSULATE = {
    "CG": "BRAZZAVILLE",
    "GH": "ACCRA",
    "ET": "ADDIS-ABEBA",
    "AF": "ISLAMABAD",
    "SY": "BEYROUTH",
    "LB": "BEYROUTH",
    "CU": "LA HAVANE",
    "AR": "BUENOS AIRES",
}


def visa_z_sticker(d: dict) -> list[Page]:
    """The visa sticker on a passport page, photocopied on A4 (MRV-A)."""
    per = d["person"]
    r = np.random.default_rng(d["seed"])
    pp_no = "%s%07d" % (
        "".join("ABCDEFGHJKLMNPRSTUVWXYZ"[int(r.integers(0, 23))] for _ in range(2)),
        int(r.integers(0, 10**7)),
    )
    p = new((252, 252, 252))
    x0, y0, W, H = 260, 300, 1140, 800
    p.rect(
        (x0 - 30, y0 - 40, x0 + W + 30, y0 + H + 60), outline=(140, 140, 140), fill=(240, 240, 240), width=2
    )
    guilloche(p, (x0, y0, x0 + W, y0 + H), (205, 220, 210), 10, seed=4)
    p.rect((x0, y0, x0 + W, y0 + H), outline=(80, 110, 90), width=2)
    p.text(x0 + 30, y0 + 60, "VISA", 54, "sans-b", (0, 60, 120))
    p.text(x0 + 230, y0 + 44, "VALABLE POUR / VALID FOR", 16, "sans", MID)
    p.text(x0 + 230, y0 + 74, "FRANCE", 28, "sans-b")
    rows = [
        (
            "DU / FROM",
            _dots(d["issue"]).replace(".", "-"),
            "AU / UNTIL",
            _dots(d["expiry"]).replace(".", "-"),
        ),
        ("TYPE DE VISA / TYPE OF VISA", "D", "NOMBRE D'ENTRÉES / NO. OF ENTRIES", "MULT"),
        (
            "DURÉE DE SÉJOUR / DURATION OF STAY",
            "365 JOURS",
            "DÉLIVRÉ À / ISSUED IN",
            CONSULATE.get(per.country, "PARIS"),
        ),
        ("LE / ON", _dots(d["issue"]).replace(".", "-"), "NUMÉRO DE PASSEPORT", pp_no),
    ]
    yy = y0 + 130
    for a, av, b, bv in rows:
        field(p, x0 + 260, yy, a, av, 15, 24)
        field(p, x0 + 700, yy, b, bv, 15, 24)
        yy += 74
    field(
        p,
        x0 + 260,
        yy,
        "NOM, PRÉNOM / SURNAME, NAME",
        "%s, %s" % (per.surname.upper(), " ".join(per.given).upper()),
        15,
        24,
    )
    yy += 74
    field(p, x0 + 30, yy, "REMARQUES", d["remark"] + "  -  CESEDA R311-3", 15, 22)
    p.photo((x0 + 30, y0 + 110, x0 + 230, y0 + 360), tint=(215, 222, 215))
    p.text(x0 + W - 30, y0 + 60, d["number"], 24, "sans-b", (150, 20, 30), align="r")
    lines = mrva("FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    mrz(p, x0 + 34, y0 + H - 90, lines, 34, 50)
    rect_stamp(
        p,
        x0 + W - 170,
        y0 + H + 160,
        ["AMBASSADE DE FRANCE", CONSULATE.get(per.country, ""), "SERVICE DES VISAS"],
        (50, 50, 120),
        18,
        angle=8,
    )
    p.text(x0 + W - 20, y0 + H + 40, "%d" % (6 + d["seed"] % 20), 18, "sans", MID, align="r")
    _ = MONTHS_EN, MOIS, emblem
    return [p]


TEMPLATES = {
    "passport_z_booklet": ("passport", "blind3", passport_z_booklet),
    "passport_z_card": ("passport", "blind3", passport_z_card),
    "id_z_card": ("national_id", "blind3", id_z_card),
    "permit_z_card": ("residence_permit", "blind3", permit_z_card),
    "visa_z_sticker": ("visa", "blind3", visa_z_sticker),
}

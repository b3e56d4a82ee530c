"""blind6 identity documents: 2 passports (TD3), ID card (TD1) as two scans or one A4 copy,
titre de séjour (TD1 ``IR``) as two scans or an A4 copy, visa D sticker on a passport page (MRV-A)."""

from __future__ import annotations

from codes import mrva, td1, td3
from PIL import Image
from render import A4, Page
from w_kit import baltic_code, box_stamp, cpr, guilloche, iin, jmbg, mrz, native, qr, rng_of, thai_id

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]

# iso3: (state line, document title, label language tag, colour, date style)
STATES = {
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "PASSEPORT / PASSPORT", "fr", (120, 20, 40), "fr"),
    "DNK": ("DANMARK / DENMARK / DANEMARK", "PAS / PASSPORT / PASSEPORT", "da", (130, 20, 30), "mon"),
    "LTU": ("LIETUVOS RESPUBLIKA / REPUBLIC OF LITHUANIA", "PASAS / PASSPORT", "lt", (110, 20, 40), "iso"),
    "EST": ("EESTI / ESTONIA", "PASS / PASSPORT", "et", (30, 40, 90), "dot"),
    "SRB": ("РЕПУБЛИКА СРБИЈА / REPUBLIC OF SERBIA", "ПАСОШ / PASOŠ / PASSPORT", "sr", (120, 25, 30), "dot"),
    "BLR": ("РЭСПУБЛІКА БЕЛАРУСЬ / REPUBLIC OF BELARUS", "ПАШПАРТ / PASSPORT", "be", (120, 25, 30), "dot"),
    "KAZ": (
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ / REPUBLIC OF KAZAKHSTAN",
        "ТӨЛҚҰЖАТ / PASSPORT",
        "kk",
        (20, 70, 110),
        "dot",
    ),
    "SDN": ("جمهورية السودان  REPUBLIC OF THE SUDAN", "جواز سفر  PASSPORT", "ar", (20, 80, 50), "mon"),
    "UGA": ("THE REPUBLIC OF UGANDA", "PASSPORT", "en", (20, 60, 120), "mon"),
    "LBR": ("REPUBLIC OF LIBERIA", "PASSPORT", "en", (20, 40, 100), "mon"),
    "GTM": ("REPÚBLICA DE GUATEMALA", "PASAPORTE / PASSPORT", "es", (20, 40, 100), "mon"),
    "THA": ("ประเทศไทย  THAILAND", "หนังสือเดินทาง  PASSPORT", "th", (120, 20, 40), "mon"),
}
LABELS = {
    "fr": (
        "Nom",
        "Prénoms",
        "Nationalité",
        "Date de naissance",
        "Sexe",
        "Lieu de naissance",
        "Date de délivrance",
        "Date d'expiration",
        "Autorité",
        "Type",
        "Code du pays",
        "Passeport n°",
    ),
    "da": (
        "Efternavn",
        "Fornavne",
        "Nationalitet",
        "Fødselsdato",
        "Køn",
        "Fødested",
        "Udstedelsesdato",
        "Udløbsdato",
        "Myndighed",
        "Type",
        "Kode",
        "Pas nr.",
    ),
    "lt": (
        "Pavardė",
        "Vardas",
        "Pilietybė",
        "Gimimo data",
        "Lytis",
        "Gimimo vieta",
        "Išdavimo data",
        "Galioja iki",
        "Išdavė",
        "Tipas",
        "Valstybės kodas",
        "Paso Nr.",
    ),
    "et": (
        "Perekonnanimi",
        "Eesnimi",
        "Kodakondsus",
        "Sünniaeg",
        "Sugu",
        "Sünnikoht",
        "Väljaandmise kuupäev",
        "Kehtiv kuni",
        "Väljaandja",
        "Tüüp",
        "Riigi kood",
        "Passi nr",
    ),
    "sr": (
        "Презиме",
        "Име",
        "Држављанство",
        "Датум рођења",
        "Пол",
        "Место рођења",
        "Датум издавања",
        "Датум важења",
        "Издаје",
        "Тип",
        "Шифра државе",
        "Број пасоша",
    ),
    "be": (
        "Прозвішча",
        "Імя",
        "Грамадзянства",
        "Дата нараджэння",
        "Пол",
        "Месца нараджэння",
        "Дата выдачы",
        "Тэрмін дзеяння",
        "Орган выдачы",
        "Тып",
        "Код дзяржавы",
        "Пашпарт №",
    ),
    "kk": (
        "Тегі",
        "Аты",
        "Азаматтығы",
        "Туған күні",
        "Жынысы",
        "Туған жері",
        "Берілген күні",
        "Жарамдылық мерзімі",
        "Берген орган",
        "Түрі",
        "Ел коды",
        "Төлқұжат №",
    ),
    "ar": (
        "اللقب",
        "الاسم",
        "الجنسية",
        "تاريخ الميلاد",
        "النوع",
        "محل الميلاد",
        "تاريخ الإصدار",
        "تاريخ الانتهاء",
        "جهة الإصدار",
        "النوع",
        "الرمز",
        "رقم الجواز",
    ),
    "en": ("", "", "", "", "", "", "", "", "", "", "", ""),
    "es": (
        "Apellidos",
        "Nombres",
        "Nacionalidad",
        "Fecha de nacimiento",
        "Sexo",
        "Lugar de nacimiento",
        "Fecha de emisión",
        "Fecha de vencimiento",
        "Autoridad",
        "Tipo",
        "Código",
        "Pasaporte No.",
    ),
    "th": (
        "ชื่อสกุล",
        "ชื่อ",
        "สัญชาติ",
        "วันเกิด",
        "เพศ",
        "สถานที่เกิด",
        "วันที่ออก",
        "วันหมดอายุ",
        "ออกให้โดย",
        "ประเภท",
        "รหัสประเทศ",
        "เลขที่หนังสือเดินทาง",
    ),
}
EN = (
    "Surname",
    "Given names",
    "Nationality",
    "Date of birth",
    "Sex",
    "Place of birth",
    "Date of issue",
    "Date of expiry",
    "Authority",
    "Type",
    "Country code",
    "Passport No.",
)
NAT_EN = {
    "FRA": "FRANÇAISE", "DNK": "DANSK / DANISH", "LTU": "LIETUVOS RESPUBLIKOS / LTU", "EST": "EST",
    "SRB": "СРПСКО / SRB", "BLR": "РЭСПУБЛІКА БЕЛАРУСЬ / BLR", "KAZ": "ҚАЗАҚСТАН / KAZ",
    "SDN": "SUDANESE", "UGA": "UGANDAN", "LBR": "LIBERIAN", "GTM": "GUATEMALTECA", "THA": "THAI",
}  # fmt: skip
AUTH = {
    "FRA": "Préfecture",
    "DNK": "POLITIET / KØBENHAVNS KOMMUNE",
    "LTU": "MIGRACIJOS DEPARTAMENTAS",
    "EST": "PPA",
    "SRB": "МУП / MUP",
    "BLR": "МУС / MIA",
    "KAZ": "МВД РК / MIA",
    "SDN": "KHARTOUM",
    "UGA": "DCIC / KAMPALA",
    "LBR": "MINISTRY OF FOREIGN AFFAIRS",
    "GTM": "IGM / GUATEMALA",
    "THA": "MINISTRY OF FOREIGN AFFAIRS",
}


def fmt_date(iso: str, style: str) -> str:
    d, m, y = iso[8:10], int(iso[5:7]), iso[:4]
    if style == "iso":
        return iso
    if style == "dot":
        return "%s.%02d.%s" % (d, m, y)
    if style == "fr":
        return "%s %s %s" % (d, MOIS3[m - 1], y)
    return "%s %s %s" % (d, MON[m - 1], y)


def _font_for(s: str, f: str = "sans") -> str:
    if any("\u0e00" <= c <= "\u0e7f" for c in s):
        return "thai"
    return f


def personal_no(per, number: str) -> str:  # noqa: PLR0911
    c, t = per.country, "".join(ch for ch in number if ch.isdigit()).ljust(8, "4")
    if c in ("LT", "EE"):
        return baltic_code(per.sex, per.birth, t)
    if c == "RS":
        return jmbg(per.sex, per.birth, "71", t)
    if c == "KZ":
        return iin(per.sex, per.birth, t)
    if c == "TH":
        return thai_id(t + t)
    if c == "DK":
        return cpr(per.sex, per.birth, t)
    if c == "BY":
        return "%s%s%sA%sPB%s" % (
            "3" if per.sex == "M" else "4",
            per.birth[8:10],
            per.birth[5:7],
            t[:3],
            t[3],
        )
    return ""


def _surname_lines(per) -> str:
    if per.country == "RS":
        return "%s / %s" % (native(per.surname, "RS").upper(), per.surname.upper())
    if per.country == "BY":
        return "%s / %s" % (native(per.surname).upper(), per.surname.upper())
    return per.surname.upper()


def _given_lines(per) -> str:
    if per.country == "RS":
        return "%s / %s" % (native(per.given_str, "RS").upper(), per.given_str.upper())
    if per.country == "BY":
        return "%s / %s" % (native(per.given_str).upper(), per.given_str.upper())
    return per.given_str.upper()


def _passport_mrz(d: dict) -> list[str]:
    per = d["person"]
    pn = personal_no(per, d["number"]).replace(" ", "").replace("-", "")
    return td3(
        "P", d["state"], per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"], pn
    )


def _data_page(p: Page, d: dict, x0: int, y0: int, s: float) -> None:
    """The ICAO data page (1000 x 820 units scaled by s): header, photo left, fields, MRZ band."""
    per = d["person"]
    w, h = 1000 * s, 820 * s
    st = STATES.get(per.iso3, (per.iso3, "PASSPORT", "en", (40, 40, 90), "mon"))
    lab = LABELS.get(st[2], LABELS["en"])
    guilloche(p, (x0, y0, x0 + w, y0 + h), color=(222, 228, 238), seed=len(per.surname))
    p.rect((x0, y0, x0 + w, y0 + h), outline=(150, 150, 160), width=2)
    p.text(x0 + w / 2, y0 + 46 * s, st[0], int(24 * s), _font_for(st[0], "sans-b"), st[3], align="c")
    p.text(x0 + w / 2, y0 + 82 * s, st[1], int(22 * s), _font_for(st[1], "sans-b"), st[3], align="c")
    p.photo((x0 + 36 * s, y0 + 120 * s, x0 + 296 * s, y0 + 470 * s))
    p.signature(x0 + 50 * s, y0 + 560 * s, 200 * s, (30, 30, 30), seed=len(per.given_str))
    fx = x0 + 330 * s
    sty = st[4]

    def field(i: int, value: str, col: float, row: int, label: str | None = None, vs: int = 24):
        yy = y0 + (118 + row * 64) * s
        lt = label if label is not None else (lab[i] + (" / " if lab[i] else "") + EN[i])
        p.text(fx + col * s, yy, lt, int(14 * s), _font_for(lt), (70, 70, 90))
        p.text(
            fx + col * s,
            yy + 30 * s,
            value,
            int(vs * s),
            _font_for(value, "sans-b"),
            (150, 20, 30) if i == 11 else (0, 0, 0),
        )

    field(9, "P", 0, 0)
    field(10, d["state"], 170, 0)
    field(11, d["number"], 420, 0)
    field(0, _surname_lines(per), 0, 1)
    field(1, _given_lines(per), 0, 2)
    field(2, NAT_EN.get(per.iso3, per.iso3), 0, 3)
    pn = personal_no(per, d["number"])
    if pn:
        field(-1, pn, 420, 3, "Personal No.", 22)
    field(3, fmt_date(per.birth, sty), 0, 4)
    field(4, per.sex, 420, 4)
    field(5, per.birthplace.split(" (")[0].upper(), 0, 5)
    field(6, fmt_date(d["issue"], sty), 0, 6)
    field(7, fmt_date(d["expiry"], sty), 420, 6)
    field(8, AUTH.get(per.iso3, d["authority"]), 0, 7, vs=20)
    p.rect((x0 + 2, y0 + h - 150 * s, x0 + w - 2, y0 + h - 2), outline=None, fill=(248, 248, 244))
    mrz(p, x0 + 30 * s, y0 + h - 92 * s, _passport_mrz(d), int(28 * s), 1.55)


def passport_booklet(d: dict) -> list[Page]:
    """A4 photocopy of the open booklet: the observations page above, the data page below."""
    p = Page(A4)
    p.rect((0, 0, p.w, p.h), outline=None, fill=(243, 243, 241))
    x0, w = 190, 1280
    p.rect((x0, 260, x0 + w, 1150), outline=(150, 150, 150), fill=(250, 250, 248), width=2)
    per = d["person"]
    p.text(x0 + w / 2, 330, "OBSERVATIONS / OBSERVATIONS / REMARKS", 22, "sans", (120, 120, 130), align="c")
    for k in range(6):
        p.line(x0 + 80, 420 + k * 110, x0 + w - 80, 420 + k * 110, (205, 205, 210), 1)
    p.text(x0 + w - 60, 1120, "2", 22, "sans", (120, 120, 120), align="r")
    r = rng_of(d)
    if r.random() < 0.7:
        box_stamp(
            p, x0 + 180, 520,
            ["ENTRÉE / ENTRY", "ROISSY CDG  %s" % d["issue"][2:4] + "·" + "09", "P.A.F. 4411"],
            color=(40, 90, 60), size=24, angle=7,
        )  # fmt: skip
    p.line(x0, 1150, x0 + w, 1150, (120, 120, 120), 3)
    _data_page(p, d, x0, 1150, 1.28)
    p.text(p.w / 2, 2260, "Page %d" % (3 if per.sex == "M" else 2), 20, "sans", (150, 150, 150), align="c")
    return [p]


def passport_card(d: dict) -> list[Page]:
    """A cropped scan of the polycarbonate data page alone (landscape)."""
    p = Page((1860, 1536), bg=(252, 252, 250), dpi=300)
    _data_page(p, d, 30, 30, 1.8)
    return [p]


# ---- TD1 cards ------------------------------------------------------------------------------
CARD = {
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", (20, 60, 140)),
    "LTU": ("LIETUVOS RESPUBLIKA / REPUBLIC OF LITHUANIA", "ASMENS TAPATYBĖS KORTELĖ / IDENTITY CARD", (150, 110, 20)),
    "EST": ("EESTI VABARIIK / REPUBLIC OF ESTONIA", "ISIKUTUNNISTUS / IDENTITY CARD", (30, 90, 150)),
    "DNK": ("DANMARK / DENMARK", "IDENTITETSKORT / IDENTITY CARD", (150, 30, 40)),
}  # fmt: skip
CLAB = {
    "FRA": ("NOM / Surname", "PRÉNOMS / Given names", "SEXE / Sex", "NATIONALITÉ / Nationality",
            "DATE DE NAISS. / Date of birth", "LIEU DE NAISSANCE / Place of birth", "N° DU DOCUMENT / Document No",
            "DATE D'EXPIR. / Expiry date"),
    "LTU": ("Pavardė / Surname", "Vardas / Given names", "Lytis / Sex", "Pilietybė / Nationality",
            "Gimimo data / Date of birth", "Asmens kodas / Personal code", "Kortelės Nr. / Card No.",
            "Galioja iki / Date of expiry"),
    "EST": ("Perekonnanimi / Surname", "Eesnimed / Given names", "Sugu / Sex", "Kodakondsus / Nationality",
            "Sünniaeg / Date of birth", "Isikukood / Personal code", "Dokumendi nr / Document No",
            "Kehtiv kuni / Date of expiry"),
    "DNK": ("Efternavn / Surname", "Fornavne / Given names", "Køn / Sex", "Nationalitet / Nationality",
            "Fødselsdato / Date of birth", "CPR-nr. / Personal No.", "Kortnummer / Card No.",
            "Udløbsdato / Expiry date"),
}  # fmt: skip


def _card_front(d: dict, permit: bool) -> Page:
    per = d["person"]
    p = Page((1300, 830), bg=(246, 247, 250), dpi=380)
    if permit:
        top, title, col = "RÉPUBLIQUE FRANÇAISE", "TITRE DE SÉJOUR / RESIDENCE PERMIT", (20, 60, 140)
        labs = ("NOM / Surname", "PRÉNOMS / Given names", "SEXE / Sex", "NATIONALITÉ / Nationality",
                "DATE DE NAISSANCE / Date of birth", "TYPE DE TITRE / Type of permit", "N° / No",
                "VALABLE JUSQU'AU / Valid until")  # fmt: skip
    else:
        top, title, col = CARD.get(per.iso3, CARD["FRA"])
        labs = CLAB.get(per.iso3, CLAB["FRA"])
    guilloche(p, (0, 0, p.w, p.h), color=(220, 228, 240), seed=3 if permit else 7)
    p.rect((0, 0, p.w, 120), outline=None, fill=col)
    p.text(40, 52, top, 28, "sans-b", (255, 255, 255))
    p.text(40, 96, title, 24, "sans", (255, 255, 255))
    p.photo((40, 160, 350, 560))
    x = 390
    df = (lambda s: s[8:10] + " " + s[5:7] + " " + s[:4]) if per.iso3 != "LTU" or permit else (lambda s: s)
    rows = [
        (labs[0], per.surname.upper()),
        (labs[1], ", ".join(g.upper() for g in per.given) if not permit else per.given_str.upper()),
    ]
    y = 175
    for lb, v in rows:
        p.text(x, y, lb, 19, "sans", (60, 60, 80))
        p.text(x, y + 38, v, 31, "sans-b")
        y += 92
    p.text(x, y, labs[2], 19, "sans", (60, 60, 80))
    p.text(x, y + 38, per.sex, 31, "sans-b")
    p.text(x + 200, y, labs[3], 19, "sans", (60, 60, 80))
    p.text(x + 200, y + 38, per.iso3, 31, "sans-b")
    p.text(x + 560, y, labs[4], 19, "sans", (60, 60, 80))
    p.text(x + 560, y + 38, df(per.birth), 31, "sans-b")
    y += 92
    if permit:
        p.text(x, y, labs[5], 19, "sans", (60, 60, 80))
        p.text(x, y + 38, d["permit_type"], 27, "sans-b")
    elif per.iso3 == "FRA":
        p.text(x, y, labs[5], 19, "sans", (60, 60, 80))
        p.text(x, y + 38, per.birthplace.upper(), 27, "sans-b")
    else:
        p.text(x, y, labs[5], 19, "sans", (60, 60, 80))
        p.text(x, y + 38, personal_no(per, d["number"]), 31, "sans-b")
    y += 92
    p.text(x, y, labs[6], 19, "sans", (60, 60, 80))
    p.text(x, y + 38, d["number"], 31, "sans-b", (140, 20, 30))
    p.text(x + 420, y, labs[7], 19, "sans", (60, 60, 80))
    p.text(x + 420, y + 38, df(d["expiry"]), 31, "sans-b")
    p.signature(60, 720, 240, (30, 30, 30), seed=len(per.surname))
    p.rect((0, 0, p.w - 1, p.h - 1), outline=(160, 160, 170), width=3)
    return p


def _card_back(d: dict, permit: bool) -> Page:
    per = d["person"]
    p = Page((1300, 830), bg=(246, 247, 250), dpi=380)
    guilloche(p, (0, 0, p.w, 470), color=(226, 232, 242), seed=11)
    y = 70
    if permit:
        rows = [
            ("ADRESSE / Address", ", ".join(per.address)),
            ("REMARQUES / Remarks", d["remark"]),
            (
                "DATE DE DÉLIVRANCE / Date of issue",
                d["issue"][8:10] + " " + d["issue"][5:7] + " " + d["issue"][:4],
            ),
            ("AUTORITÉ / Authority", d["authority"]),
        ]
        code = ("IR", "FRA", d["number"])
    else:
        home = d["home"] if per.iso3 == "FRA" else per.birthplace
        rows = [
            ("ADRESSE / Address" if per.iso3 == "FRA" else "Gimimo vieta / Place of birth", home)
            if per.iso3 in ("FRA", "LTU")
            else ("Sünnikoht / Place of birth" if per.iso3 == "EST" else "Fødested / Place of birth", home),
            ("Date de délivrance / Date of issue" if per.iso3 == "FRA" else "Date of issue", d["issue"]),
            ("Autorité / Authority" if per.iso3 == "FRA" else "Authority", "Préfecture" if per.iso3 == "FRA" else AUTH[per.iso3]),
        ]  # fmt: skip
        code = ("ID", d["state"], d["number"])
    for lb, v in rows:
        p.text(60, y, lb, 19, "sans", (60, 60, 80))
        p.text(60, y + 38, v, 27, "sans-b")
        y += 92
    p.rect((930, 60, 1230, 300), outline=(180, 180, 190), fill=(236, 238, 244), width=2)
    p.text(1080, 190, "▣", 60, "sans", (170, 170, 185), align="c")
    p.rect((0, 500, p.w, p.h), outline=None, fill=(252, 252, 250))
    lines = td1(code[0], code[1], per.surname, per.given, code[2], per.iso3, per.birth, per.sex, d["expiry"])
    mrz(p, 70, 600, lines, 46, 1.5)
    p.rect((0, 0, p.w - 1, p.h - 1), outline=(160, 160, 170), width=3)
    return p


def _a4_copy(front: Page, back: Page, note: str | None) -> Page:
    p = Page(A4)
    p.rect((0, 0, p.w, p.h), outline=None, fill=(245, 245, 243))
    for i, c in enumerate((front, back)):
        im = c.finish().convert("L").convert("RGB").resize((1200, 766), Image.Resampling.LANCZOS)
        p.paste(im, (227, 230 + i * 880))
    if note:
        p.handwriting(330, 1900, note, 34, seed=4)
    return p


def id_card(d: dict) -> list[Page]:
    return [_card_front(d, False), _card_back(d, False)]


def id_copy(d: dict) -> list[Page]:
    p = _a4_copy(_card_front(d, False), _card_back(d, False), "Copie certifiée conforme à l'original")
    p.signature(900, 2010, 220, seed=2)
    return [p]


def permit_card(d: dict) -> list[Page]:
    return [_card_front(d, True), _card_back(d, True)]


def permit_copy(d: dict) -> list[Page]:
    p = _a4_copy(_card_front(d, True), _card_back(d, True), None)
    p.text(330, 2000, "recto / verso — titre de séjour en cours de validité", 24, "sans-i", (110, 110, 110))
    return [p]


def visa_sticker(d: dict) -> list[Page]:
    """A passport visa page with the French long-stay visa (type D) sticker."""
    per = d["person"]
    p = Page((1800, 1250), bg=(238, 240, 232), dpi=300)
    guilloche(p, (0, 0, p.w, p.h), color=(222, 228, 214), seed=5)
    p.text(p.w - 60, 70, "VISAS", 26, "sans", (140, 150, 130), align="r")
    x0, y0, x1, y1 = 90, 130, 1710, 1150
    p.rect((x0, y0, x1, y1), outline=(120, 120, 150), fill=(236, 236, 250), width=2)
    guilloche(p, (x0 + 2, y0 + 2, x1 - 2, y1 - 2), color=(214, 210, 238), seed=9)
    p.rect((x0, y0, x0 + 420, y0 + 80), outline=None, fill=(20, 40, 120))
    p.text(x0 + 30, y0 + 56, "VISA", 40, "sans-b", (255, 255, 255))
    p.text(x0 + 470, y0 + 58, "FRANCE", 36, "sans-b", (20, 40, 120))
    p.text(x1 - 40, y0 + 58, "FRA%s" % d["number"][-7:], 30, "sans-b", (160, 20, 30), align="r")
    p.photo((x0 + 40, y0 + 130, x0 + 370, y0 + 560))
    x = x0 + 420

    def f(lbl, v, xx, yy, sz=28):
        p.text(xx, yy, lbl, 18, "sans", (70, 70, 100))
        p.text(xx, yy + 38, v, sz, "sans-b")

    dm = lambda s: s[8:10] + "-" + s[5:7] + "-" + s[2:4]
    f("VALABLE POUR / VALID FOR", "FRANCE", x, y0 + 140)
    f("DU / FROM", dm(d["issue"]), x + 560, y0 + 140)
    f("AU / UNTIL", dm(d["expiry"]), x + 860, y0 + 140)
    f("TYPE DE VISA / TYPE OF VISA", "D", x, y0 + 240)
    f("NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT", x + 380, y0 + 240)
    f("DURÉE DE SÉJOUR / DURATION OF STAY", "365 JOURS", x + 860, y0 + 240)
    f("DÉLIVRÉ À / ISSUED IN", "CONSULAT DE FRANCE", x, y0 + 340)
    f("LE / ON", dm(d["issue"]), x + 560, y0 + 340)
    f(
        "NUMÉRO DE PASSEPORT / PASSPORT NUMBER",
        "%s%s" % (d["number"][:2], d["number"][-6:]),
        x + 860,
        y0 + 340,
        26,
    )
    f("NOM, PRÉNOM / SURNAME, NAME", "%s, %s" % (per.surname.upper(), per.given_str.upper()), x, y0 + 440)
    f("REMARQUES / REMARKS", d["remark"], x, y0 + 540, 26)
    p.text(
        x,
        y0 + 665,
        "DIRECTIVE 2001/51/CE — Dispensé temporairement de carte de séjour",
        19,
        "sans",
        (60, 60, 90),
    )
    mrz(
        p,
        x0 + 40,
        y0 + 850,
        mrva("FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"]),
        42,
        1.5,
    )
    qr(p, x0 + 60, y0 + 610, 150, len(d["number"]) * 13)
    return [p]


TEMPLATES = {
    "passport_w_booklet": ("passport", "blind6", passport_booklet),
    "passport_w_card": ("passport", "blind6", passport_card),
    "id_w_card": ("national_id", "blind6", id_card),
    "id_w_copy": ("national_id", "blind6", id_copy),
    "permit_w_card": ("residence_permit", "blind6", permit_card),
    "permit_w_copy": ("residence_permit", "blind6", permit_copy),
    "visa_w_sticker": ("visa", "blind6", visa_sticker),
}

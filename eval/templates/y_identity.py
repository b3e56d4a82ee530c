"""blind4: passports (TD3), national ID card (TD1), titre de séjour (TD1), visa D sticker (MRV-A)."""

from __future__ import annotations

from codes import add_months, dmy, mrva, td1, td3
from render import GREY, Page
from y_kit import guilloche, mrz_fit, rect_stamp, rng_of

# state: (title in national language, title in French/English, label language pairs)
PASS_TITLES = {
    "FRA": ("PASSEPORT", "PASSPORT", "RÉPUBLIQUE FRANÇAISE"),
    "SWE": ("PASS", "PASSPORT / PASSEPORT", "KONUNGARIKET SVERIGE"),
    "HUN": ("ÚTLEVÉL", "PASSPORT / PASSEPORT", "MAGYARORSZÁG"),
    "TCD": ("PASSEPORT", "PASSPORT", "RÉPUBLIQUE DU TCHAD"),
    "MRT": ("جواز سفر", "PASSEPORT / PASSPORT", "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE"),
    "RWA": ("PASIPORO", "PASSPORT / PASSEPORT", "REPUBULIKA Y'U RWANDA"),
    "AGO": ("PASSAPORTE", "PASSPORT / PASSEPORT", "REPÚBLICA DE ANGOLA"),
    "ECU": ("PASAPORTE", "PASSPORT / PASSEPORT", "REPÚBLICA DEL ECUADOR"),
    "IRN": ("گذرنامه", "PASSPORT", "ISLAMIC REPUBLIC OF IRAN"),
    "NPL": ("राहदानी", "PASSPORT", "NEPAL"),
    "UZB": ("PASPORT", "PASSPORT", "O'ZBEKISTON RESPUBLIKASI"),
    "JAM": ("PASSPORT", "PASSEPORT", "JAMAICA"),
}


def _fields(dd: dict) -> list[tuple[str, str]]:
    per = dd["person"]
    return [
        ("Type / Type", "P"),
        ("Code / Code", dd["state"]),
        ("N° du passeport / Passport No.", dd["number"]),
        ("Nom / Surname", per.surname.upper()),
        ("Prénoms / Given names", per.given_str),
        ("Nationalité / Nationality", dd["nat_label"]),
        ("Date de naissance / Date of birth", dmy(per.birth, " ")),
        ("Sexe / Sex", per.sex),
        ("Lieu de naissance / Place of birth", per.birthplace.upper()),
        ("Date de délivrance / Date of issue", dmy(dd["issue"], " ")),
        ("Date d'expiration / Date of expiry", dmy(dd["expiry"], " ")),
        ("Autorité / Authority", dd["authority"]),
    ]


def _datapage(p: Page, x: float, y: float, w: float, h: float, dd: dict, scale: float = 1.0) -> None:
    per = dd["person"]
    t = PASS_TITLES.get(dd["state"], ("PASSPORT", "PASSPORT", dd["nat_label"]))
    p.rect((x, y, x + w, y + h), outline=(120, 120, 120), fill=(246, 242, 232), width=2)
    guilloche(p, (x + 10, y + 10, x + w - 10, y + h * 0.7), (222, 214, 196))
    s = scale
    p.text(x + w / 2, y + 46 * s, t[2], int(26 * s), "sans-b", align="c")
    p.text(x + w / 2, y + 80 * s, "%s  /  %s" % (t[0], t[1]), int(22 * s), "sans", align="c")
    p.photo((x + 30 * s, y + 120 * s, x + 300 * s, y + 470 * s), tint=(214, 216, 222))
    fx, fy = x + 330 * s, y + 128 * s
    col2 = x + w * 0.70
    flds = dict(_fields(dd))
    left = [
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Lieu de naissance / Place of birth",
        "Date de délivrance / Date of issue",
        "Date d'expiration / Date of expiry",
    ]
    right = [
        "Type / Type",
        "Code / Code",
        "N° du passeport / Passport No.",
        "Sexe / Sex",
        "Autorité / Authority",
    ]
    for i, lab in enumerate(left):
        yy = fy + i * 50 * s
        p.text(fx, yy, lab, int(14 * s), "sans", GREY)
        p.text(fx, yy + 23 * s, flds[lab], int(21 * s), "sans-b")
    for i, lab in enumerate(right):
        yy = fy + i * 50 * s
        p.text(col2, yy, lab, int(14 * s), "sans", GREY)
        p.text(col2, yy + 23 * s, flds[lab], int(21 * s), "sans-b")
    p.signature(x + 40 * s, y + h * 0.74, 200 * s, seed=int(dd["seed"]) % 7)
    lines = td3(
        "P", dd["state"], per.surname, per.given, dd["number"], dd["state"], per.birth, per.sex, dd["expiry"]
    )
    mrz_fit(p, x + w * 0.04, y + h - 40 * s, w * 0.92, lines)


def passport_booklet(dd: dict) -> list[Page]:
    """A4 photocopy of the open booklet: visa page (blank, one entry stamp) above the data page."""
    p = Page()
    r = rng_of(dd)
    x, w, hh = 210, 1234, 870
    y0 = 300
    p.rect((x, y0, x + w, y0 + hh), outline=(110, 110, 110), fill=(250, 250, 248))
    p.text(x + w / 2, y0 + 60, "VISAS", 26, "serif", GREY, align="c")
    p.text(x + w - 40, y0 + 60, str(int(r.integers(3, 30))), 20, "sans", GREY, align="r")
    rect_stamp(
        p,
        x + 150,
        y0 + 220,
        [
            "POLICE AUX FRONTIÈRES",
            "ROISSY CDG  T2E",
            "2026-0%d-1%d  E" % (1 + int(r.integers(0, 6)), int(r.integers(0, 9))),
        ],
        (50, 80, 160),
        20,
        7,
    )
    _datapage(p, x, y0 + hh, w, hh, dd)
    p.line(x, y0 + hh, x + w, y0 + hh, (60, 60, 60), 4)
    p.text(
        p.w / 2,
        2240,
        "Copie certifiée conforme à l'original — reproduction partielle",
        18,
        "sans-i",
        GREY,
        align="c",
    )
    return [p]


def passport_crop(dd: dict) -> list[Page]:
    """Only the data page, scanned tight at 300 dpi."""
    p = Page(size=(1500, 1060), dpi=300)
    _datapage(p, 8, 8, 1484, 1044, dd, scale=1.18)
    return [p]


ID_TITLES = {
    "FRA": (
        "RÉPUBLIQUE FRANÇAISE",
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        (
            "Nom",
            "Prénoms",
            "Sexe",
            "Nationalité",
            "Date de naiss.",
            "Lieu de naissance",
            "N° du document",
            "Date d'expir.",
        ),
    ),
    "SWE": (
        "SVERIGE",
        "IDENTITETSKORT / IDENTITY CARD",
        (
            "Efternamn / Surname",
            "Förnamn / Given names",
            "Kön / Sex",
            "Medborgarskap / Nationality",
            "Födelsedatum / Date of birth",
            "Födelseort / Place of birth",
            "Kortnummer / Card no.",
            "Giltig t.o.m. / Date of expiry",
        ),
    ),
    "HUN": (
        "MAGYARORSZÁG",
        "SZEMÉLYAZONOSÍTÓ IGAZOLVÁNY / IDENTITY CARD",
        (
            "Családi név / Surname",
            "Utónév / Given names",
            "Nem / Sex",
            "Állampolgárság / Nationality",
            "Születési idő / Date of birth",
            "Születési hely / Place of birth",
            "Okmányazonosító / Document no.",
            "Érvényesség / Date of expiry",
        ),
    ),
}


def _card_front(p: Page, x, y, w, h, dd, s=1.0):
    per = dd["person"]
    t = ID_TITLES.get(dd["state"], ID_TITLES["FRA"])
    p.rect((x, y, x + w, y + h), outline=(120, 120, 120), fill=(236, 240, 248))
    guilloche(p, (x + 6, y + 6, x + w - 6, y + h - 6), (210, 220, 238), 18)
    p.text(x + 30 * s, y + 52 * s, t[0], int(30 * s), "sans-b")
    p.text(x + 30 * s, y + 86 * s, t[1], int(19 * s), "sans")
    p.photo((x + 30 * s, y + 120 * s, x + 330 * s, y + 520 * s), tint=(222, 226, 234))
    fx = x + 370 * s
    vals = [
        per.surname.upper(),
        per.given_str,
        per.sex,
        dd["state"],
        dmy(per.birth, " "),
        per.birthplace.upper(),
        dd["number"],
        dmy(dd["expiry"], " "),
    ]
    for i, (lab, val) in enumerate(zip(t[2], vals)):
        yy = y + (140 + i * 52) * s
        p.text(fx, yy, lab, int(15 * s), "sans", (90, 90, 110))
        p.text(fx, yy + 24 * s, val, int(23 * s), "sans-b")
    p.signature(x + 60 * s, y + 560 * s, 180 * s, seed=3)


def _card_back(p: Page, x, y, w, h, dd, s=1.0):
    per = dd["person"]
    p.rect((x, y, x + w, y + h), outline=(120, 120, 120), fill=(240, 243, 248))
    guilloche(p, (x + 6, y + 6, x + w - 6, y + h * 0.55), (214, 222, 236), 10)
    p.text(x + 30 * s, y + 50 * s, "Adresse / Address", int(15 * s), "sans", (90, 90, 110))
    p.wrap(x + 30 * s, y + 78 * s, w * 0.62, dd["home"], int(21 * s), "sans-b")
    p.text(
        x + 30 * s, y + 170 * s, "Date de délivrance / Date of issue : " + dmy(dd["issue"], " "), int(18 * s)
    )
    p.text(x + 30 * s, y + 205 * s, "Autorité / Authority : " + dd["authority"], int(18 * s))
    lines = td1(
        "ID", dd["state"], per.surname, per.given, dd["number"], dd["state"], per.birth, per.sex, dd["expiry"]
    )
    mrz_fit(p, x + w * 0.05, y + h - 34 * s, w * 0.9, lines, 1.25)


def national_id(dd: dict) -> list[Page]:
    """TD1 card: recto and verso as two card scans, or both on one A4 photocopy (by seed)."""
    if int(dd["seed"]) % 2:
        a, b = Page(size=(1360, 860), dpi=400), Page(size=(1360, 860), dpi=400)
        _card_front(a, 6, 6, 1348, 848, dd, 1.32)
        _card_back(b, 6, 6, 1348, 848, dd, 1.32)
        return [a, b]
    p = Page()
    p.text(160, 200, "Photocopie recto / verso de la pièce d'identité", 24, "sans-i", GREY)
    _card_front(p, 160, 260, 1020, 645, dd)
    _card_back(p, 160, 1020, 1020, 645, dd)
    p.handwriting(200, 1820, "Certifié conforme — " + dd["person"].full, 30, seed=2)
    return [p]


def _permit_front(p, x, y, w, h, pd, s=1.0):
    per = pd["person"]
    p.rect((x, y, x + w, y + h), outline=(120, 120, 120), fill=(240, 236, 246))
    guilloche(p, (x + 6, y + 6, x + w - 6, y + h - 6), (224, 214, 236), 16)
    p.text(x + 30 * s, y + 48 * s, "RÉPUBLIQUE FRANÇAISE", int(24 * s), "sans-b")
    p.text(x + w - 30 * s, y + 48 * s, "TITRE DE SÉJOUR", int(26 * s), "sans-b", align="r")
    p.text(x + w - 30 * s, y + 76 * s, "RESIDENCE PERMIT", int(16 * s), "sans", align="r")
    p.photo((x + 30 * s, y + 100 * s, x + 310 * s, y + 480 * s), tint=(226, 222, 232))
    rows = [
        ("NOM / SURNAME", per.surname.upper()),
        ("PRÉNOMS / GIVEN NAMES", per.given_str),
        ("SEXE", per.sex),
        ("NATIONALITÉ", per.iso3),
        ("DATE DE NAISSANCE", dmy(per.birth, " ")),
        ("TYPE DE TITRE", pd["permit_type"]),
        ("VALABLE JUSQU'AU", dmy(pd["expiry"], " ")),
        ("REMARQUES", pd["remark"]),
    ]
    for i, (lab, val) in enumerate(rows):
        yy = y + (126 + i * 50) * s
        p.text(x + 350 * s, yy, lab, int(14 * s), "sans", (90, 80, 110))
        p.text(x + 350 * s, yy + 23 * s, val, int(21 * s), "sans-b")
    p.text(x + w - 30 * s, y + h - 26 * s, pd["number"], int(22 * s), "mono-b", (150, 30, 40), align="r")


def _permit_back(p, x, y, w, h, pd, s=1.0):
    per = pd["person"]
    p.rect((x, y, x + w, y + h), outline=(120, 120, 120), fill=(242, 240, 246))
    rows = [
        ("LIEU DE NAISSANCE", per.birthplace.upper() + " (" + per.iso3 + ")"),
        ("ADRESSE", "%s %s" % (per.street, per.postcode + " " + per.city.upper())),
        ("DATE DE DÉLIVRANCE", dmy(pd["issue"], " ")),
        ("AUTORITÉ", pd["authority"]),
    ]
    for i, (lab, val) in enumerate(rows):
        yy = y + (50 + i * 56) * s
        p.text(x + 30 * s, yy, lab, int(14 * s), "sans", (90, 80, 110))
        p.text(x + 30 * s, yy + 24 * s, val, int(20 * s), "sans-b")
    lines = td1("IR", "FRA", per.surname, per.given, pd["number"], per.iso3, per.birth, per.sex, pd["expiry"])
    mrz_fit(p, x + w * 0.05, y + h - 34 * s, w * 0.9, lines, 1.25)


def residence_permit(pd: dict) -> list[Page]:
    if int(pd["seed"]) % 2 == 0:
        a, b = Page(size=(1360, 860), dpi=400), Page(size=(1360, 860), dpi=400)
        _permit_front(a, 6, 6, 1348, 848, pd, 1.32)
        _permit_back(b, 6, 6, 1348, 848, pd, 1.32)
        return [a, b]
    p = Page()
    p.text(827, 180, "Titre de séjour — recto / verso", 26, "sans-b", align="c")
    _permit_front(p, 160, 240, 1020, 645, pd)
    _permit_back(p, 160, 980, 1020, 645, pd)
    return [p]


def visa(pd: dict) -> list[Page]:
    """Long-stay visa sticker (type D) glued on a passport page, MRV-A zone."""
    per = pd["person"]
    r = rng_of(pd)
    p = Page(size=(1400, 1000), dpi=300, bg=(247, 244, 236))
    guilloche(p, (0, 0, 1400, 1000), (230, 224, 210), 22)
    x, y, w, h = 60, 70, 1280, 860
    p.rect((x, y, x + w, y + h), outline=(130, 120, 150), fill=(236, 232, 246))
    guilloche(p, (x + 4, y + 4, x + w - 4, y + h * 0.72), (214, 206, 232), 18)
    p.text(x + 30, y + 60, "VISA", 44, "sans-b", (60, 40, 110))
    p.text(x + 190, y + 60, "FRA", 30, "sans-b")
    p.photo((x + 30, y + 110, x + 270, y + 420), tint=(220, 218, 228))
    start = pd["issue"]
    stop = add_months(start[:7], 12) + start[7:]
    pno = "%s%07d" % ("PA", int(r.integers(1000000, 9999999)))
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE"),
        ("DU / FROM", dmy(start, "-")),
        ("AU / UNTIL", dmy(pd["expiry"] if pd["expiry"] < stop else stop, "-")),
        ("TYPE DE VISA / TYPE", "D"),
        ("NOMBRE D'ENTRÉES", "MULT"),
        ("DURÉE DE SÉJOUR", "365 JOURS"),
        ("DÉLIVRÉ À / ISSUED IN", per.birthplace.upper()),
        ("LE / ON", dmy(start, "-")),
        ("N° DE PASSEPORT", pno),
        ("NOM, PRÉNOM / NAME", "%s, %s" % (per.surname.upper(), per.given_str.upper())),
        ("REMARQUES", pd["remark"]),
    ]
    for i, (lab, val) in enumerate(rows):
        cx = x + 300 + (i % 2) * 470 if i < 9 else x + 300
        yy = y + 120 + (i // 2) * 62 if i < 9 else y + 450 + (i - 9) * 62
        p.text(cx, yy, lab, 15, "sans", (80, 70, 110))
        p.text(cx, yy + 26, val, 23, "sans-b")
    p.text(x + w - 30, y + 60, pd["number"], 28, "mono-b", (170, 30, 40), align="r")
    lines = mrva("FRA", per.surname, per.given, pd["number"], per.iso3, per.birth, per.sex, pd["expiry"])
    mrz_fit(p, x + 40, y + h - 50, w - 80, lines)
    return [p]


TEMPLATES = {
    "passport_y_booklet": ("passport", "blind4", passport_booklet),
    "passport_y_crop": ("passport", "blind4", passport_crop),
    "national_id_y_card": ("national_id", "blind4", national_id),
    "residence_permit_y_card": ("residence_permit", "blind4", residence_permit),
    "visa_y_sticker": ("visa", "blind4", visa),
}

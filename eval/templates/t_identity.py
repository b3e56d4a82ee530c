"""Identity documents: passport data pages, ID cards, French residence permits, long-stay visas."""

from __future__ import annotations

from codes import dmy, mrva, td1, td3
from render import Page, logo

HEADS = {  # country code: (state header, passport word line)
    "FR": ("RÉPUBLIQUE FRANÇAISE", "PASSEPORT / PASSPORT"),
    "FR2": ("RÉPUBLIQUE FRANÇAISE", "PASSEPORT / PASSPORT"),
    "MA": ("ROYAUME DU MAROC", "PASSEPORT / PASSPORT"),
    "DZ": ("RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "PASSEPORT / PASSPORT"),
    "TN": ("RÉPUBLIQUE TUNISIENNE", "PASSEPORT / PASSPORT"),
    "SN": ("RÉPUBLIQUE DU SÉNÉGAL", "PASSEPORT / PASSPORT"),
    "CI": ("RÉPUBLIQUE DE CÔTE D'IVOIRE", "PASSEPORT / PASSPORT"),
    "CM": ("RÉPUBLIQUE DU CAMEROUN / REPUBLIC OF CAMEROON", "PASSEPORT / PASSPORT"),
    "HT": ("RÉPUBLIQUE D'HAÏTI", "PASSEPORT / PASSPORT"),
    "ES": ("REINO DE ESPAÑA", "PASAPORTE / PASSPORT"),
    "CO": ("REPÚBLICA DE COLOMBIA", "PASAPORTE / PASSPORT"),
    "BR": ("REPÚBLICA FEDERATIVA DO BRASIL", "PASSAPORTE / PASSPORT"),
    "PT": ("REPÚBLICA PORTUGUESA", "PASSAPORTE / PASSPORT"),
    "IT": ("REPUBBLICA ITALIANA", "PASSAPORTO / PASSPORT"),
    "DE": ("BUNDESREPUBLIK DEUTSCHLAND", "REISEPASS / PASSPORT"),
    "PL": ("RZECZPOSPOLITA POLSKA", "PASZPORT / PASSPORT"),
    "RO": ("ROMÂNIA", "PAȘAPORT / PASSPORT"),
    "TR": ("TÜRKİYE CUMHURİYETİ", "PASAPORT / PASSPORT"),
    "VN": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘ CHIẾU / PASSPORT"),
    "CN": ("PEOPLE'S REPUBLIC OF CHINA", "PASSPORT"),
    "GB": ("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "PASSPORT"),
    "US": ("UNITED STATES OF AMERICA", "PASSPORT"),
    "NG": ("FEDERAL REPUBLIC OF NIGERIA", "PASSPORT"),
    "IN": ("REPUBLIC OF INDIA", "PASSPORT"),
    "PH": ("REPUBLIC OF THE PHILIPPINES", "PASSPORT / PASAPORTE"),
}
COLOURS = [(120, 20, 40), (20, 50, 110), (20, 90, 60), (60, 60, 60), (90, 40, 100)]


def _mrz(p: Page, x: float, y: float, lines: list[str], size: int, gap: float = 1.35) -> None:
    for i, ln in enumerate(lines):
        p.text(x, y + i * size * gap, ln, size, "ocrb")


def _pp_mrz(d: dict) -> list[str]:
    per = d["person"]
    return td3(
        "P", d["state"], per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"]
    )


def passport_classic(d: dict) -> list[Page]:
    """Landscape data page, coloured band, bilingual labels above bold values, MRZ at the foot."""
    per, col = d["person"], COLOURS[d["seed"] % len(COLOURS)]
    p = Page((1400, 990), bg=(248, 246, 238))
    p.background("waves", (226, 232, 240), 18)
    p.rect((0, 0, 1400, 110), outline=None, fill=col)
    head, word = HEADS[per.country]
    p.text(700, 50, head, 30 if len(head) < 40 else 22, "sans-b", (255, 255, 255), "c")
    p.text(700, 92, word, 26, "sans", (255, 255, 255), "c")
    p.photo((50, 170, 390, 620))
    x, y = 440, 175
    fields = [
        ("Type / Type", "P"),
        ("Code / Code", d["state"]),
        ("Passeport N° / Passport No.", d["number"]),
        ("Nom / Surname", per.surname.upper()),
        ("Prénoms / Given names", per.given_str.upper()),
        ("Nationalité / Nationality", d["nat_label"]),
        ("Date de naissance / Date of birth", dmy(per.birth, " ")),
        ("Sexe / Sex", per.sex),
        ("Lieu de naissance / Place of birth", per.birthplace.upper()),
        ("Date de délivrance / Date of issue", dmy(d["issue"], " ")),
        ("Date d'expiration / Date of expiry", dmy(d["expiry"], " ")),
        ("Autorité / Authority", d["authority"]),
    ]
    pos = [
        (0, 0),
        (300, 0),
        (560, 0),
        (0, 1),
        (0, 2),
        (0, 3),
        (0, 4),
        (420, 4),
        (0, 5),
        (0, 6),
        (0, 7),
        (420, 6),
    ]
    for (lab, val), (dx, row) in zip(fields, pos):
        p.text(x + dx, y + row * 62, lab, 17, "sans-i", (90, 90, 110))
        p.text(x + dx, y + row * 62 + 30, val, 27 if len(val) < 34 else 21, "sans-b")
    p.signature(90, 700, 250, seed=d["seed"])
    _mrz(p, 40, 880, _pp_mrz(d), 36)
    return [p]


def passport_booklet(d: dict) -> list[Page]:
    """The whole open booklet scanned: observations page above, data page below, serif fields."""
    per = d["person"]
    p = Page((1300, 1840), bg=(255, 255, 255))
    p.rect((30, 30, 1270, 900), outline=(150, 150, 150), fill=(244, 240, 232), width=2)
    p.text(650, 120, "OBSERVATIONS", 30, "serif-b", (90, 70, 70), "c")
    for i in range(8):
        p.line(90, 200 + i * 70, 1210, 200 + i * 70, (200, 190, 180), 2)
    p.text(650, 820, "%d" % (2 + d["seed"] % 3), 22, "serif", (120, 120, 120), "c")
    q = Page((1240, 900), bg=(236, 242, 236))
    q.background("rosette", (210, 226, 214))
    head, word = HEADS[per.country]
    q.text(620, 60, head, 24, "serif-b", (30, 70, 50), "c")
    q.text(620, 100, word, 24, "serif", (30, 70, 50), "c")
    q.photo((40, 150, 340, 540), tint=(215, 220, 215))
    rows = [
        ("1. Surname / Nom", per.surname.upper()),
        ("2. Given names / Prénoms", per.given_str.upper()),
        ("3. Nationality / Nationalité", d["nat_label"]),
        ("4. Date of birth / Date de naissance", dmy(per.birth, ".")),
        ("5. Sex / Sexe", per.sex),
        ("6. Place of birth / Lieu de naissance", per.birthplace.upper()),
        ("7. Date of issue / Date de délivrance", dmy(d["issue"], ".")),
        ("8. Date of expiry / Date d'expiration", dmy(d["expiry"], ".")),
        ("9. Authority / Autorité", d["authority"]),
    ]
    y = 170
    q.text(900, 150, "Passport No. " + d["number"], 24, "scond-b", (150, 30, 30))
    for lab, val in rows:
        q.text(380, y, lab, 16, "scond-i", (70, 90, 80))
        q.text(380, y + 28, val, 25, "scond-b")
        y += 58
    _mrz(q, 35, 790, _pp_mrz(d), 34)
    p.img.paste(q.finish(), (30, 920))
    p.vector = False
    return [p]


def passport_modern(d: dict) -> list[Page]:
    """Polycarbonate-style page: photo on the right, small ghost image, numbered labels in three languages."""
    per, col = d["person"], COLOURS[(d["seed"] + 2) % len(COLOURS)]
    p = Page((1420, 1000), bg=(240, 244, 250))
    p.background("diag", (226, 232, 244), 14)
    head, word = HEADS[per.country]
    p.text(40, 60, head, 24 if len(head) < 45 else 18, "cond-b", col)
    p.text(40, 100, word, 22, "cond", col)
    p.photo((1030, 140, 1370, 580), tint=(225, 228, 235))
    p.photo((870, 600, 960, 715), tint=(235, 238, 245))
    left = [("Type", "P", 40), ("Code", d["state"], 180), ("No.", d["number"], 360)]
    for lab, val, x in left:
        p.text(x, 160, lab, 16, "cond", (80, 80, 80))
        p.text(x, 192, val, 28, "mono-b")
    rows = [
        ("Nom / Surname / Apellidos", per.surname.upper()),
        ("Prénoms / Given names / Nombres", per.given_str.upper()),
        ("Nationalité / Nationality", d["nat_label"]),
        ("Date de naissance / Date of birth", dmy(per.birth, " ")),
        ("Lieu de naissance / Place of birth", per.birthplace.upper()),
        ("Sexe / Sex", per.sex),
        ("Délivré le / Date of issue", dmy(d["issue"], " ")),
        ("Expire le / Date of expiry", dmy(d["expiry"], " ")),
    ]
    y = 250
    for lab, val in rows:
        p.text(40, y, lab, 16, "cond", (80, 80, 80))
        p.text(40, y + 30, val, 28, "cond-b")
        y += 70
    p.signature(600, 780, 220, seed=d["seed"] + 3)
    _mrz(p, 40, 880, _pp_mrz(d), 36, 1.3)
    return [p]


def passport_photocopy(d: dict) -> list[Page]:
    """A black and white photocopy of the data page centred on an A4 sheet, fields in a grid."""
    per = d["person"]
    p = Page()
    x0, y0 = 150, 300
    p.rect((x0, y0, x0 + 1350, y0 + 960), outline=(60, 60, 60), width=3)
    head, word = HEADS[per.country]
    p.text(x0 + 675, y0 + 60, head, 24 if len(head) < 45 else 18, "sans-b", align="c")
    p.text(x0 + 675, y0 + 100, word, 22, "sans", align="c")
    p.photo((x0 + 40, y0 + 150, x0 + 360, y0 + 560), tint=(170, 170, 170))
    grid = [
        [("Type", "P"), ("Code", d["state"]), ("N° / No.", d["number"])],
        [("Nom / Surname", per.surname.upper())],
        [("Prénoms / Given names", per.given_str.upper())],
        [("Nationalité / Nationality", d["nat_label"]), ("Sexe / Sex", per.sex)],
        [("Date de naissance / Date of birth", dmy(per.birth)), ("Lieu / Place", per.birthplace.upper())],
        [("Délivrance / Issue", dmy(d["issue"])), ("Expiration / Expiry", dmy(d["expiry"]))],
    ]
    y = y0 + 150
    for row in grid:
        wcell = 940 / len(row)
        for j, (lab, val) in enumerate(row):
            x = x0 + 390 + j * wcell
            p.rect((x, y, x + wcell, y + 70), outline=(120, 120, 120), width=1)
            p.text(x + 8, y + 22, lab, 15, "sans", (70, 70, 70))
            p.text(x + 8, y + 58, val, 24 if len(val) < 30 else 19, "sans-b")
        y += 70
    _mrz(p, x0 + 30, y0 + 860, _pp_mrz(d), 37, 1.3)
    p.text(200, 1500, "Copie certifiée conforme à l'original", 26, "serif-i", (60, 60, 60))
    return [p]


# ---- national identity cards (front and back on one photocopied sheet) -------------------
def _card(p: Page, x: float, y: float, w: float, h: float, fill, rounded_col) -> None:
    p.rect((x, y, x + w, y + h), outline=rounded_col, fill=fill, width=3)


def idcard_sheet(d: dict) -> list[Page]:
    """Recto/verso of a modern ID card (TD1) enlarged on an A4 photocopy."""
    per = d["person"]
    style = d.get("style", 0)
    p = Page()
    fill = [(232, 238, 248), (244, 236, 236), (236, 244, 236)][style % 3]
    col = [(20, 50, 120), (120, 30, 40), (30, 90, 60)][style % 3]
    x, y, w, h = 170, 160, 1300, 820
    _card(p, x, y, w, h, fill, col)
    head = HEADS[per.country][0]
    title = {
        "FR": "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "FR2": "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD",
        "ES": "DOCUMENTO NACIONAL DE IDENTIDAD",
        "IT": "CARTA DI IDENTITÀ / IDENTITY CARD",
        "DE": "PERSONALAUSWEIS / IDENTITY CARD",
        "PL": "DOWÓD OSOBISTY / IDENTITY CARD",
        "RO": "CARTE DE IDENTITATE / IDENTITY CARD",
        "PT": "CARTÃO DE CIDADÃO / CITIZEN CARD",
    }
    if style == 1:
        logo(p, "flag3", x + 30, y + 30, 110, col, (250, 250, 250))
    p.text(x + w / 2, y + 60, head, 30 if len(head) < 30 else 22, "sans-b", col, "c")
    p.text(x + w / 2, y + 100, title.get(per.country, "IDENTITY CARD"), 24, "sans", col, "c")
    p.photo((x + 40, y + 150, x + 380, y + 600))
    rows = [
        ("NOM / SURNAME", per.surname.upper()),
        ("PRÉNOMS / GIVEN NAMES", per.given_str),
        ("SEXE / SEX", per.sex),
        ("NATIONALITÉ / NATIONALITY", per.iso3),
        ("DATE DE NAISS. / DATE OF BIRTH", dmy(per.birth, " ")),
        ("LIEU DE NAISSANCE / PLACE OF BIRTH", per.birthplace),
        ("N° DU DOCUMENT / DOCUMENT No", d["number"]),
        ("DATE D'EXPIR. / DATE OF EXPIRY", dmy(d["expiry"], " ")),
    ]
    yy = y + 170
    for i, (lab, val) in enumerate(rows):
        cx = x + 420 + (430 if i in (3, 7) else 0)
        if i in (3, 7):
            yy -= 76
        p.text(cx, yy, lab, 16, "sans", (70, 70, 90))
        p.text(cx, yy + 32, val, 28, "sans-b" if style != 2 else "cond-b")
        yy += 76
    p.signature(x + 900, y + 760, 220, seed=d["seed"])
    y2 = y + h + 120
    _card(p, x, y2, w, h, fill, col)
    p.text(x + 40, y2 + 70, "ADRESSE / ADDRESS", 16, "sans", (70, 70, 90))
    p.text(x + 40, y2 + 110, d.get("home", "—"), 26, "sans-b")
    p.text(x + 40, y2 + 170, "DATE DE DÉLIVRANCE / DATE OF ISSUE", 16, "sans", (70, 70, 90))
    p.text(x + 40, y2 + 210, dmy(d["issue"], " "), 26, "sans-b")
    p.text(x + 40, y2 + 270, "AUTORITÉ / AUTHORITY", 16, "sans", (70, 70, 90))
    p.text(x + 40, y2 + 310, d["authority"], 26, "sans-b")
    lines = td1(
        "ID", d["state"], per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"]
    )
    _mrz(p, x + 60, y2 + 610, lines, 54, 1.3)
    return [p]


# ---- French residence permit (TD1) and long-stay visa (MRV-A) ----------------------------
def titre_sejour(d: dict) -> list[Page]:
    per = d["person"]
    old = d.get("style", 0) == 1
    p = Page()
    fill = (238, 236, 246) if not old else (246, 242, 228)
    x, y, w, h = 170, 200, 1300, 820
    _card(p, x, y, w, h, fill, (60, 50, 120))
    logo(p, "marianne", x + 30, y + 25, 100, None)
    p.text(x + 160, y + 55, "RÉPUBLIQUE FRANÇAISE", 26, "sans-b", (30, 30, 90))
    p.text(
        x + 160,
        y + 95,
        "TITRE DE SÉJOUR" if not old else "CARTE DE SÉJOUR TEMPORAIRE",
        30,
        "sans-b",
        (30, 30, 90),
    )
    p.photo((x + 40, y + 160, x + 360, y + 590))
    rows = [
        ("NOM / SURNAME", per.surname.upper()),
        ("PRÉNOMS / GIVEN NAMES", per.given_str.upper()),
        ("SEXE", per.sex),
        ("NATIONALITÉ", per.iso3),
        ("DATE DE NAISSANCE", dmy(per.birth, " ")),
        ("TYPE DU TITRE", d["permit_type"]),
        ("VALABLE JUSQU'AU", dmy(d["expiry"], " ")),
        ("N°", d["number"]),
    ]
    yy = y + 180
    for lab, val in rows:
        p.text(x + 400, yy, lab, 16, "sans" if not old else "serif", (70, 70, 90))
        p.text(x + 400, yy + 32, val, 26, "sans-b" if not old else "serif-b")
        yy += 74
    y2 = y + h + 120
    _card(p, x, y2, w, h, fill, (60, 50, 120))
    p.text(x + 40, y2 + 70, "REMARQUES", 16, "sans", (70, 70, 90))
    p.text(x + 40, y2 + 110, d["remark"], 24, "sans-b")
    p.text(x + 40, y2 + 170, "ADRESSE", 16, "sans", (70, 70, 90))
    p.text(x + 40, y2 + 210, ", ".join(per.address), 24, "sans-b")
    p.text(x + 40, y2 + 270, "DÉLIVRÉ LE  %s  PAR  %s" % (dmy(d["issue"]), d["authority"]), 22, "sans")
    lines = td1("IR", "FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    _mrz(p, x + 60, y2 + 610, lines, 54, 1.3)
    return [p]


def visa_sticker(d: dict) -> list[Page]:
    """A French type D visa sticker on a passport page."""
    per = d["person"]
    alt = d.get("style", 0) == 1
    p = Page((1300, 1000) if not alt else (1654, 2339), bg=(242, 240, 232) if not alt else (255, 255, 255))
    if not alt:
        p.background("waves", (226, 222, 238), 20)
        x, y = 60, 80
    else:
        x, y = 230, 700
        p.text(120, 200, "Page %d" % (14 + d["seed"] % 6), 22, "serif", (110, 110, 110))
        p.rect((x - 60, y - 80, x + 1240, y + 900), outline=(170, 170, 170), width=2)
    p.rect(
        (x, y, x + 1180, y + 820), outline=(120, 100, 150), fill=None if not alt else (236, 232, 244), width=3
    )
    p.text(x + 420, y + 60, "VISA", 48, "serif-b" if not alt else "sans-b", (100, 40, 110))
    p.text(
        x + 620,
        y + 60,
        "FRANCE" if not alt else "RÉPUBLIQUE FRANÇAISE",
        36 if not alt else 30,
        "serif-b" if not alt else "sans-b",
        (40, 40, 120),
    )
    p.photo((x + 30, y + 110, x + 330, y + 510), tint=(222, 218, 232))
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE"),
        ("DU / FROM", dmy(d["issue"], "-")),
        ("AU / UNTIL", dmy(d["expiry"], "-")),
        ("TYPE DE VISA / TYPE OF VISA", "D"),
        ("DURÉE DU SÉJOUR / DURATION OF STAY", "365 JOURS"),
        ("NUMÉRO DU VISA", d["number"]),
        ("NOM, PRÉNOM / NAME", per.surname.upper() + ", " + per.given_str.upper()),
        ("REMARQUES", d["remark"]),
    ]
    yy = y + 140
    for lab, val in rows:
        p.text(x + 360, yy, lab, 15, "sans", (90, 70, 110))
        p.text(x + 360, yy + 28, val, 24, "sans-b")
        yy += 60
    lines = mrva("FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    _mrz(p, x + 25, y + 710, lines, 34, 1.35)
    return [p]


TEMPLATES = {
    "passport_classic": ("passport", "tune", passport_classic),
    "passport_booklet": ("passport", "tune", passport_booklet),
    "passport_modern": ("passport", "heldout", passport_modern),
    "passport_photocopy": ("passport", "heldout", passport_photocopy),
    "idcard_a": ("national_id", "tune", lambda d: idcard_sheet({**d, "style": 0})),
    "idcard_b": ("national_id", "heldout", lambda d: idcard_sheet({**d, "style": 1})),
    "idcard_c": ("national_id", "heldout", lambda d: idcard_sheet({**d, "style": 2})),
    "titre_sejour_new": ("residence_permit", "tune", lambda d: titre_sejour({**d, "style": 0})),
    "titre_sejour_old": ("residence_permit", "heldout", lambda d: titre_sejour({**d, "style": 1})),
    "visa_d_sticker": ("visa", "tune", visa_sticker),
    "visa_d_passport_page": ("visa", "heldout", lambda d: visa_sticker({**d, "style": 1})),
}

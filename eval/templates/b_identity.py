"""Blind half: identity documents (2 passports TD3, ID card TD1, residence permit TD1, visa MRV-A)."""

from __future__ import annotations

from codes import dmy, mrva, td1, td3
from render import Page, mm

MONTHS3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def _d3(iso: str) -> str:
    """12 MAR/MARS 1990 style date printed on data pages."""
    m = int(iso[5:7]) - 1
    return "%s %s/%s %s" % (iso[8:10], MOIS3[m], MONTHS3[m], iso[:4])


def _mrz(p: Page, x: float, y: float, lines: list[str], size: int = 40, lead: float = 1.5) -> None:
    for i, ln in enumerate(lines):
        p.text(x, y + i * size * lead, ln, size, "ocrb", spacing=size * 0.08)


def _passport_mrz(d: dict) -> list[str]:
    per = d["person"]
    return td3(
        "P", d["state"], per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"]
    )


def passport_b_booklet(d: dict) -> list[Page]:
    """Whole open booklet photographed flat: visa page above, data page below, serif captions."""
    per = d["person"]
    p = Page((1800, 2500), bg=(238, 236, 228))
    p.rect((60, 60, 1740, 1200), outline=(150, 150, 140), fill=(246, 243, 232), width=3)
    p.text(900, 180, "VISAS", 54, "serif-b", (150, 140, 120), align="c", spacing=14)
    for k in range(5):
        p.line(160, 320 + k * 170, 1640, 320 + k * 170, (215, 210, 195), 2)
    p.text(1640, 1150, "3", 30, "serif", (120, 120, 110), align="r")
    p.rect((60, 1240, 1740, 2440), outline=(150, 150, 140), fill=(236, 242, 238), width=3)
    top = 1240
    for k in range(0, 1680, 36):
        p.line(60 + k, top + 4, 60 + k + 80, top + 600, (222, 232, 226), 2)
    head = "PASSEPORT / PASSPORT"
    p.text(900, top + 80, head, 44, "serif-b", (20, 70, 60), align="c")
    p.text(900, top + 125, d["nat_label"], 28, "serif", (20, 70, 60), align="c")
    p.photo((120, top + 190, 560, top + 760), tint=(215, 220, 225))
    x, y = 620, top + 200
    rows = [
        ("Type / Type", "P"),
        ("Code / Code", d["state"]),
        ("Passeport n° / Passport No.", d["number"]),
        ("Nom / Surname", per.surname.upper()),
        ("Prénoms / Given names", per.given_str.upper()),
        ("Nationalité / Nationality", d["nat_label"]),
        ("Date de naissance / Date of birth", _d3(per.birth)),
        ("Sexe / Sex", per.sex),
        ("Lieu de naissance / Place of birth", per.birthplace.upper()),
        ("Date de délivrance / Date of issue", _d3(d["issue"])),
        ("Date d'expiration / Date of expiry", _d3(d["expiry"])),
        ("Autorité / Authority", d["authority"]),
    ]
    for lab, val in rows:
        p.text(x, y, lab, 19, "serif-i", (60, 90, 80))
        p.text(x, y + 34, val, 29, "sans-b" if lab.startswith("Nom") else "sans")
        y += 76
    p.signature(180, top + 880, 300, seed=d["seed"] % 7)
    _mrz(p, 110, top + 1040, _passport_mrz(d), 41)
    return [p]


def passport_b_datacard(d: dict) -> list[Page]:
    """Polycarbonate data page scanned alone on a flatbed: numbered fields, tinted band, ghost photo."""
    per = d["person"]
    p = Page((2000, 1400), bg=(252, 252, 250))
    band = (120, 30, 50)
    p.rect((0, 0, 2000, 130), outline=None, fill=band)
    p.text(60, 88, "PASSPORT", 56, "cond-b", (255, 255, 255), spacing=6)
    p.text(1940, 88, d["nat_label"], 36, "cond", (255, 230, 230), align="r")
    p.background("waves", (240, 228, 230), 30)
    p.photo((60, 200, 520, 780), tint=(200, 205, 215))
    p.ellipse((1700, 420, 1900, 620), outline=(200, 190, 200), fill=(235, 225, 235), width=2)
    p.text(1800, 530, per.sex, 40, "sans-b", (200, 180, 200), align="c")
    fields = [
        ("1. Surname", per.surname.upper(), 600, 230),
        ("2. Given names", per.given_str.upper(), 600, 330),
        ("3. Nationality", d["nat_label"], 600, 430),
        ("4. Date of birth", dmy(per.birth, " "), 600, 530),
        ("5. Sex", per.sex, 1100, 530),
        ("6. Place of birth", per.birthplace.upper(), 600, 630),
        ("7. Date of issue", dmy(d["issue"], " "), 600, 730),
        ("8. Date of expiry", dmy(d["expiry"], " "), 1100, 730),
        ("9. Authority", d["authority"], 600, 830),
        ("Passport No.", d["number"], 1300, 230),
        ("Type", "P", 1300, 330),
        ("Code", d["state"], 1500, 330),
    ]
    for lab, val, x, y in fields:
        p.text(x, y, lab, 21, "cond", (110, 60, 70))
        p.text(x, y + 42, val, 33, "mono-b" if "No." in lab else "cond-b")
    p.text(290, 860, per.surname.upper()[:12], 24, "light", (170, 170, 170), align="c")
    p.signature(120, 960, 340, seed=d["seed"] % 9)
    p.rect((0, 1090, 2000, 1400), outline=None, fill=(246, 246, 244))
    _mrz(p, 70, 1190, _passport_mrz(d), 44, 1.45)
    return [p]


def idcard_b_td1(d: dict) -> list[Page]:
    """ID card front and back on one A4 photocopy, card corners rounded by hand-drawn arcs."""
    per = d["person"]
    p = Page()
    w, h = mm(85.6) * 2, mm(54) * 2
    x0, y0 = (p.w - w) // 2, 200
    blue = (30, 80, 150)
    for yy in (y0, y0 + h + 160):
        p.rect((x0, yy, x0 + w, yy + h), outline=(80, 80, 80), fill=(232, 240, 248), width=3)
    p.text(x0 + 40, y0 + 70, "CARTE D'IDENTITÉ / IDENTITY CARD", 34, "sans-b", blue)
    p.text(x0 + w - 40, y0 + 70, d["state"], 48, "sans-b", blue, align="r")
    p.photo((x0 + 40, y0 + 120, x0 + 400, y0 + 560))
    x, y = x0 + 450, y0 + 150
    for lab, val in [
        ("NOM / SURNAME", per.surname.upper()),
        ("PRÉNOMS / GIVEN NAMES", per.given_str),
        ("SEXE / SEX", per.sex),
        ("NATIONALITÉ / NATIONALITY", d["nat_label"]),
        ("DATE DE NAISS. / DATE OF BIRTH", dmy(per.birth, ".")),
        ("N° DU DOCUMENT / DOCUMENT No", d["number"]),
        ("DATE D'EXPIR. / DATE OF EXPIRY", dmy(d["expiry"], ".")),
    ]:
        p.text(x, y, lab, 17, "sans", (70, 90, 120))
        p.text(x, y + 34, val, 28, "sans-b")
        y += 78
    p.signature(x0 + 60, y0 + 640, 280, seed=d["seed"] % 5)
    yb = y0 + h + 160
    p.text(x0 + 40, yb + 70, "LIEU DE NAISSANCE / PLACE OF BIRTH", 17, "sans", (70, 90, 120))
    p.text(x0 + 40, yb + 105, per.birthplace.upper(), 28, "sans-b")
    p.text(x0 + 40, yb + 160, "ADRESSE / ADDRESS", 17, "sans", (70, 90, 120))
    p.text(x0 + 40, yb + 195, d["home"], 24, "sans")
    p.text(x0 + 40, yb + 250, "DÉLIVRÉE LE / ISSUED", 17, "sans", (70, 90, 120))
    p.text(x0 + 40, yb + 285, dmy(d["issue"], "."), 26, "sans-b")
    mrz = td1(
        "ID", d["state"], per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"]
    )
    p.rect((x0 + 10, yb + 400, x0 + w - 10, yb + h - 10), outline=None, fill=(250, 250, 250))
    _mrz(p, x0 + 40, yb + 470, mrz, 38, 1.45)
    p.text(
        p.w / 2, yb + h + 120, "Photocopie certifiée conforme à l'original", 24, "serif-i", (90, 90, 90), "c"
    )
    return [p]


def permit_b_td1(d: dict) -> list[Page]:
    """Titre de séjour card, recto and verso side by side (landscape scan), TD1 code IR."""
    per = d["person"]
    w, h = mm(85.6) * 2, mm(54) * 2
    p = Page((w * 2 + 240, h + 260), bg=(245, 245, 245))
    x0, y0 = 80, 130
    x1 = x0 + w + 80
    green = (40, 110, 90)
    for xx in (x0, x1):
        p.rect((xx, y0, xx + w, y0 + h), outline=(90, 90, 90), fill=(236, 244, 236), width=3)
    p.text(x0 + 30, y0 + 60, "RÉPUBLIQUE FRANÇAISE", 26, "sans-b", green)
    p.text(x0 + 30, y0 + 100, "TITRE DE SÉJOUR", 40, "serif-b", green)
    p.text(x0 + w - 30, y0 + 60, "FRA", 36, "sans-b", green, align="r")
    p.photo((x0 + 30, y0 + 140, x0 + 360, y0 + 560), tint=(215, 230, 215))
    x, y = x0 + 400, y0 + 160
    for lab, val in [
        ("NOM", per.surname.upper()),
        ("Prénoms", per.given_str),
        ("Sexe / Nationalité", "%s   %s" % (per.sex, per.iso3)),
        ("Date de naissance", dmy(per.birth, " ")),
        ("N° du titre", d["number"]),
        ("Valable jusqu'au", dmy(d["expiry"], " ")),
    ]:
        p.text(x, y, lab, 19, "cond-i", (60, 100, 80))
        p.text(x, y + 36, val, 29, "cond-b")
        y += 84
    p.text(x, y + 20, d["permit_type"], 26, "sans-b", (150, 30, 30))
    p.text(x1 + 30, y0 + 60, "Lieu de naissance : " + per.birthplace.upper(), 22, "sans")
    p.text(x1 + 30, y0 + 100, "Délivré le " + dmy(d["issue"]) + " par " + d["authority"], 21, "sans")
    p.text(x1 + 30, y0 + 140, "Observations : " + d["remark"], 21, "sans-i")
    p.text(x1 + 30, y0 + 180, "Adresse : " + ", ".join(per.address), 21, "sans")
    mrz = td1("IR", "FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    _mrz(p, x1 + 36, y0 + h - 200, mrz, 37, 1.42)
    return [p]


def visa_b_mrva(d: dict) -> list[Page]:
    """A passport page with a long-stay visa sticker (MRV-A) slightly rotated stamp beside it."""
    per = d["person"]
    p = Page((1700, 2300), bg=(241, 238, 226))
    p.text(850, 120, "VISAS", 44, "serif", (160, 150, 130), align="c", spacing=10)
    sx, sy, sw, sh = 90, 260, 1520, 1100
    p.rect((sx, sy, sx + sw, sy + sh), outline=(120, 120, 150), fill=(232, 236, 250), width=2)
    p.background("rosette", (228, 226, 244))
    p.rect((sx, sy, sx + sw, sy + 90), outline=None, fill=(60, 70, 140))
    p.text(sx + 30, sy + 62, "VISA  D", 44, "sans-b", (255, 255, 255))
    p.text(sx + sw - 30, sy + 62, "FRANCE", 38, "sans-b", (255, 255, 255), align="r")
    p.photo((sx + 30, sy + 120, sx + 330, sy + 520), tint=(220, 222, 235))
    cells = [
        ("VALABLE POUR / VALID FOR", "FRANCE", 0, 0),
        ("DU / FROM", dmy(d["issue"], "-"), 0, 1),
        ("AU / UNTIL", dmy(d["expiry"], "-"), 1, 1),
        ("TYPE DE VISA", "D", 0, 2),
        ("NOMBRE D'ENTRÉES", "MULT", 1, 2),
        ("DURÉE DU SÉJOUR", "365 JOURS", 2, 2),
        ("DÉLIVRÉ À / ISSUED IN", "CONSULAT GÉNÉRAL", 0, 3),
        ("LE / ON", dmy(d["issue"], "-"), 2, 3),
        ("N° DU PASSEPORT", d["number"], 0, 4),
        ("NOM, PRÉNOM / SURNAME, NAME", "%s, %s" % (per.surname.upper(), per.given_str.upper()), 0, 5),
        ("REMARQUES", d["remark"], 0, 6),
    ]
    for lab, val, col, row in cells:
        x, y = sx + 370 + col * 370, sy + 140 + row * 92
        p.text(x, y, lab, 16, "sans", (70, 70, 110))
        p.text(x, y + 34, val, 26, "mono-b")
    lines = mrva("FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    _mrz(p, sx + 30, sy + sh - 110, lines, 38, 1.45)
    p.stamp(1250, 1700, 170, "* POLICE AUX FRONTIÈRES * ENTRÉE ", ["ROISSY", dmy(d["issue"])], (60, 60, 150))
    return [p]


TEMPLATES = {
    "passport_b_booklet": ("passport", "blind", passport_b_booklet),
    "passport_b_datacard": ("passport", "blind", passport_b_datacard),
    "idcard_b_td1": ("national_id", "blind", idcard_b_td1),
    "permit_b_td1": ("residence_permit", "blind", permit_b_td1),
    "visa_b_mrva": ("visa", "blind", visa_b_mrva),
}

"""Fresh-half identity layouts: two passport data pages, an identity card (TD1), a residence
permit card (TD1) and a long-stay visa sticker (MRV-A). Written from ICAO 9303 and the public
descriptions of the documents; all people and numbers are invented (see docdata.py).
"""

from __future__ import annotations

import numpy as np
from codes import ascii_upper, dmy, mrva, td1, td3
from render import Page

DPI = 300
GREY = (95, 95, 95)

# passport cover wording per country: (state line, document word)
STATE = {
    "MLI": ("RÉPUBLIQUE DU MALI", "PASSEPORT / PASSPORT"),
    "GIN": ("RÉPUBLIQUE DE GUINÉE", "PASSEPORT / PASSPORT"),
    "MDG": ("REPOBLIKAN'I MADAGASIKARA", "PASIPAOROPY / PASSEPORT"),
    "NLD": ("KONINKRIJK DER NEDERLANDEN", "PASPOORT / PASSPORT"),
    "HRV": ("REPUBLIKA HRVATSKA", "PUTOVNICA / PASSPORT"),
    "ALB": ("REPUBLIKA E SHQIPËRISË", "PASAPORTË / PASSPORT"),
    "GEO": ("GEORGIA", "PASSPORT"),
    "PER": ("REPÚBLICA DEL PERÚ", "PASAPORTE / PASSPORT"),
    "VEN": ("REPÚBLICA BOLIVARIANA DE VENEZUELA", "PASAPORTE / PASSPORT"),
    "DOM": ("REPÚBLICA DOMINICANA", "PASAPORTE / PASSPORT"),
    "LKA": ("DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", "PASSPORT"),
    "BGD": ("PEOPLE'S REPUBLIC OF BANGLADESH", "PASSPORT"),
    "PAK": ("ISLAMIC REPUBLIC OF PAKISTAN", "PASSPORT"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "PASSEPORT / PASSPORT"),
}


def _d(iso: str) -> str:
    """Passport-style date: 14 MAR 1987."""
    m = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    return "%s %s %s" % (iso[8:10], m[int(iso[5:7]) - 1], iso[:4])


def mrz_block(p: Page, x: float, y: float, lines: list[str], size: int, pitch: float) -> None:
    """MRZ lines in OCR-B with a fixed pitch (one character per cell)."""
    for k, ln in enumerate(lines):
        p.text(x, y + k * size * 1.45, ln, size, "ocrb", spacing=pitch - p.width("<", size, "ocrb"))


def field(p: Page, x, y, label, value, ls=22, vs=34, vf="sans-b", lc=GREY) -> None:
    p.text(x, y, label, ls, "sans", lc)
    p.text(x, y + vs * 1.25, value, vs, vf)


def _ident(d: dict):
    per = d["person"]
    return per, ascii_upper(per.surname), per.given_str


# ---- passport 1: photocopied booklet, visa page above, data page below ----------------------
def passport_twopage(d: dict) -> list[Page]:
    per, _, given = _ident(d)
    rng = np.random.default_rng(d["seed"])
    p = Page((2480, 3508), dpi=DPI)
    x0, y0, w, h = 260, 220, 1476 * 1.3, 1039 * 1.3
    tint = [(236, 226, 240), (226, 238, 230), (240, 232, 220)][int(rng.integers(0, 3))]
    p.rect((x0, y0, x0 + w, y0 + h), outline=(150, 150, 150), fill=(246, 246, 246), width=2)
    p.text(x0 + w / 2, y0 + 240, "OBSERVATIONS / ENDORSEMENTS", 30, "serif", GREY, align="c")
    for k in range(6):
        p.line(x0 + 120, y0 + 380 + k * 150, x0 + w - 120, y0 + 380 + k * 150, (200, 200, 200), 2)
    y1 = y0 + h + 10
    p.rect((x0, y1, x0 + w, y1 + h), outline=(120, 120, 120), fill=tint, width=2)
    state, word = STATE.get(d["state"], (d["nat_label"], "PASSPORT"))
    p.text(x0 + w / 2, y1 + 80, state, 40, "serif-b", align="c")
    p.text(x0 + w / 2, y1 + 130, word, 30, "serif", align="c")
    p.photo((x0 + 70, y1 + 200, x0 + 570, y1 + 830), tint=(215, 215, 222))
    cx, cy = x0 + 640, y1 + 210
    col2 = x0 + 1420
    field(p, cx, cy, "Type / Type", "P")
    field(p, cx + 300, cy, "Code / Code", d["state"])
    field(p, col2, cy, "Passport No. / N° du passeport", d["number"], vf="mono-b")
    field(p, cx, cy + 110, "Surname / Nom", per.surname.upper(), vs=40)
    field(p, cx, cy + 230, "Given names / Prénoms", given.upper(), vs=38)
    field(p, cx, cy + 350, "Nationality / Nationalité", d["nat_label"])
    field(p, cx, cy + 460, "Date of birth / Date de naissance", _d(per.birth))
    field(p, col2, cy + 460, "Sex / Sexe", per.sex)
    field(p, cx, cy + 570, "Place of birth / Lieu de naissance", per.birthplace.upper())
    field(p, cx, cy + 680, "Date of issue / Date de délivrance", _d(d["issue"]))
    field(p, col2, cy + 680, "Authority / Autorité", "MFA " + d["state"], vs=28)
    field(p, cx, cy + 790, "Date of expiry / Date d'expiration", _d(d["expiry"]))
    p.signature(x0 + 120, y1 + 930, 360, seed=int(rng.integers(1, 50)))
    lines = td3(
        "P", d["state"], per.surname, per.given, d["number"], d["state"], per.birth, per.sex, d["expiry"]
    )
    p.rect((x0, y1 + h - 250, x0 + w, y1 + h), outline=None, fill=(250, 250, 250))
    mrz_block(p, x0 + 70, y1 + h - 150, lines, 52, 41.2)
    p.text(x0, y1 + h + 90, "Copie certifiée conforme à l'original — page 2/3", 28, "sans-i", GREY)
    return [p]


# ---- passport 2: cropped photo of the data page, vertical layout with coloured band -----------
def passport_polycarb(d: dict) -> list[Page]:
    per, _, given = _ident(d)
    rng = np.random.default_rng(d["seed"])
    p = Page((1600, 1140), bg=(250, 248, 240), dpi=DPI)
    band = [(20, 60, 120), (120, 30, 40), (10, 90, 70)][int(rng.integers(0, 3))]
    p.background("waves", (232, 228, 215), 18)
    p.rect((0, 0, 1600, 110), outline=None, fill=band)
    state, word = STATE.get(d["state"], (d["nat_label"], "PASSPORT"))
    p.text(40, 70, state, 38, "sans-b", (255, 255, 255))
    p.text(1560, 70, word.split("/")[-1].strip(), 34, "sans", (255, 255, 255), align="r")
    p.photo((50, 170, 480, 720), tint=(225, 225, 230))
    x, y = 530, 180
    rows = [
        ("1. Surname", per.surname.upper()),
        ("2. Given names", given.upper()),
        ("3. Nationality", d["nat_label"]),
        ("4. Date of birth", dmy(per.birth, ".")),
        ("5. Sex", per.sex),
        ("6. Place of birth", per.birthplace.upper()),
        ("7. Date of issue", dmy(d["issue"], ".")),
        ("8. Date of expiry", dmy(d["expiry"], ".")),
    ]
    for i, (lab, val) in enumerate(rows):
        xx = x if i not in (4, 7) else x + 560
        yy = y + [0, 90, 180, 270, 270, 360, 450, 450][i]
        p.text(xx, yy, lab, 20, "cond", band)
        p.text(xx, yy + 40, val, 32, "cond-b")
    p.text(1560, 180, "No. " + d["number"], 34, "mono-b", (160, 30, 30), align="r")
    p.text(1560, 230, "Type P  ·  " + d["state"], 24, "cond", GREY, align="r")
    p.signature(560, 720, 300, seed=int(rng.integers(1, 50)))
    lines = td3(
        "P", d["state"], per.surname, per.given, d["number"], d["state"], per.birth, per.sex, d["expiry"]
    )
    p.rect((0, 840, 1600, 1140), outline=None, fill=(255, 255, 255))
    mrz_block(p, 50, 950, lines, 44, 34.4)
    return [p]


# ---- identity card TD1: recto and verso on one scanned A4 -----------------------------------
ID_HEAD = {
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", (0, 60, 140)),
    "NLD": ("KONINKRIJK DER NEDERLANDEN", "IDENTITEITSKAART / IDENTITY CARD", (200, 90, 0)),
    "HRV": ("REPUBLIKA HRVATSKA", "OSOBNA ISKAZNICA / IDENTITY CARD", (170, 20, 40)),
}


def idcard_td1_scan(d: dict) -> list[Page]:
    per, _, given = _ident(d)
    rng = np.random.default_rng(d["seed"])
    iso = d["state"]
    state, title, col = ID_HEAD.get(iso, (d["nat_label"], "IDENTITY CARD", (60, 60, 60)))
    p = Page((2480, 3508), dpi=DPI)
    W, H = 1011, 638  # 85.6 x 54 mm at 300 dpi
    s = 1.45
    x0, y0 = 300, 300
    cw, ch = W * s, H * s
    for yy in (y0, y0 + ch + 180):
        p.rect((x0, yy, x0 + cw, yy + ch), outline=(140, 140, 140), fill=(240, 244, 248), width=3)
        p.rect((x0, yy, x0 + cw, yy + 90), outline=None, fill=col)
        p.text(x0 + 30, yy + 62, state, 36, "sans-b", (255, 255, 255))
    p.text(x0 + 30, y0 + 140, title, 28, "sans", col)
    p.photo((x0 + 40, y0 + 180, x0 + 400, y0 + 640), tint=(220, 222, 228))
    fx = x0 + 450
    field(p, fx, y0 + 200, "NOM / Surname", per.surname.upper(), vs=40)
    field(p, fx, y0 + 310, "PRÉNOMS / Given names", given, vs=34, vf="sans")
    field(p, fx, y0 + 420, "SEXE / Sex", per.sex, vs=32)
    field(p, fx + 260, y0 + 420, "NATIONALITÉ / Nationality", iso, vs=32)
    field(p, fx, y0 + 530, "DATE DE NAISS. / Date of birth", dmy(per.birth, " "), vs=32)
    field(p, fx + 520, y0 + 530, "LIEU DE NAISSANCE / Place of birth", per.birthplace, vs=28, vf="sans")
    field(p, fx, y0 + 640, "N° DU DOCUMENT / Document No", d["number"], vs=32, vf="mono-b")
    field(p, fx + 520, y0 + 640, "DATE D'EXPIR. / Expiry date", dmy(d["expiry"], " "), vs=32)
    p.signature(x0 + 60, y0 + 780, 300, seed=int(rng.integers(1, 40)))
    yb = y0 + ch + 180
    field(p, x0 + 40, yb + 160, "ADRESSE / Address", d["home"], vs=30, vf="sans")
    field(p, x0 + 40, yb + 270, "DATE DE DÉLIVRANCE / Date of issue", dmy(d["issue"], " "), vs=30)
    field(p, x0 + 760, yb + 270, "AUTORITÉ / Authority", d["authority"], vs=26, vf="sans")
    opt = d["number"][:3] + "".join(c for c in per.birth if c.isdigit())[2:]
    lines = td1("ID", iso, per.surname, per.given, d["number"], iso, per.birth, per.sex, d["expiry"], opt)
    p.rect((x0 + 2, yb + ch - 330, x0 + cw - 2, yb + ch - 2), outline=None, fill=(255, 255, 255))
    mrz_block(p, x0 + 60, yb + ch - 230, lines, 54, 42.8)
    return [p]


# ---- residence permit: card recto/verso stacked, cropped -------------------------------------
def titre_sejour_card(d: dict) -> list[Page]:
    per = d["person"]
    rng = np.random.default_rng(d["seed"])
    p = Page((1560, 2120), bg=(255, 255, 255), dpi=DPI)
    for yy in (40, 1080):
        p.rect((40, yy, 1520, yy + 1000), outline=(120, 120, 120), fill=(232, 238, 246), width=3)
        p.rect((40, yy, 1520, yy + 16), outline=None, fill=(0, 35, 149))
    p.text(80, 110, "RÉPUBLIQUE FRANÇAISE", 36, "sans-b", (0, 35, 149))
    p.text(80, 160, "TITRE DE SÉJOUR / RESIDENCE PERMIT", 30, "sans-b")
    p.text(1480, 110, "FRA", 40, "sans-b", (0, 35, 149), align="r")
    p.photo((80, 210, 500, 760), tint=(215, 220, 230))
    x = 550
    field(p, x, 230, "NOM / SURNAME", per.surname.upper(), vs=42)
    field(p, x, 350, "PRÉNOMS / GIVEN NAMES", per.given_str.upper(), vs=36)
    field(p, x, 470, "NATIONALITÉ / NATIONALITY", per.iso3, vs=32)
    field(p, x + 480, 470, "SEXE / SEX", per.sex, vs=32)
    field(p, x, 580, "DATE DE NAISSANCE / DATE OF BIRTH", dmy(per.birth, " "), vs=32)
    field(p, x, 690, "TYPE DU TITRE / TYPE OF PERMIT", d["permit_type"], vs=30)
    field(p, x, 800, "VALABLE JUSQU'AU / VALID UNTIL", dmy(d["expiry"], " "), vs=34)
    field(p, 80, 860, "N° / No", d["number"], vs=34, vf="mono-b")
    p.signature(1000, 960, 280, seed=int(rng.integers(1, 40)))
    # verso
    field(p, 80, 1160, "LIEU DE NAISSANCE / PLACE OF BIRTH", per.birthplace.upper(), vs=30)
    field(p, 80, 1270, "REMARQUES / REMARKS", d["remark"], vs=28, vf="sans")
    field(p, 80, 1380, "DÉLIVRÉ LE / ISSUED ON", dmy(d["issue"], " "), vs=30)
    field(p, 700, 1380, "PAR / BY", d["authority"], vs=26, vf="sans")
    field(p, 80, 1490, "ADRESSE", ", ".join(per.address), vs=26, vf="sans")
    lines = td1("IR", "FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    p.rect((42, 1700, 1518, 2078), outline=None, fill=(255, 255, 255))
    mrz_block(p, 90, 1800, lines, 62, 45.5)
    return [p]


# ---- long-stay visa sticker on a passport page (MRV-A) -----------------------------------------
def visa_sticker_mrva(d: dict) -> list[Page]:
    per = d["person"]
    rng = np.random.default_rng(d["seed"])
    p = Page((1700, 1240), bg=(244, 240, 232), dpi=DPI)
    p.background("diag", (232, 226, 214), 28)
    x0, y0, x1, y1 = 70, 120, 1630, 1110
    p.rect((x0, y0, x1, y1), outline=(100, 100, 140), fill=(236, 240, 250), width=3)
    p.background("rosette", (222, 230, 246))  # the guilloche shows through
    p.rect((x0, y0, x1, y0 + 70), outline=None, fill=(40, 70, 150))
    p.text(x0 + 20, y0 + 52, "VISA", 42, "sans-b", (255, 255, 255))
    p.text(x1 - 20, y0 + 52, "ÉTATS SCHENGEN  ·  FRANCE", 30, "sans", (255, 255, 255), align="r")
    p.photo((x0 + 30, y0 + 100, x0 + 330, y0 + 500), tint=(225, 225, 232))
    x, y = x0 + 370, y0 + 120
    vis = d["expiry"] if d["expiry"] < "2027-12-31" else "%d-%s" % (int(d["issue"][:4]) + 1, d["issue"][5:])
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", "DU / FROM", dmy(d["issue"], "-")),
        ("AU / UNTIL", dmy(vis, "-"), "TYPE DE VISA", "D"),
        ("NOMBRE D'ENTRÉES", "MULT", "DURÉE DE SÉJOUR", "365 JOURS"),
        ("DÉLIVRÉ À", "CONSULAT GÉNÉRAL DE FRANCE", "LE", dmy(d["issue"], "-")),
        ("NUMÉRO DE PASSEPORT", d["number"], "", ""),
        ("NOM, PRÉNOM", "%s, %s" % (ascii_upper(per.surname), ascii_upper(per.given_str)), "", ""),
    ]
    for i, (a, b, c, e) in enumerate(rows):
        yy = y + i * 96
        p.text(x, yy, a, 20, "cond", (60, 60, 110))
        p.text(x, yy + 38, b, 30, "cond-b")
        if c:
            p.text(x + 700, yy, c, 20, "cond", (60, 60, 110))
            p.text(x + 700, yy + 38, e, 30, "cond-b")
    p.text(x, y + 6 * 96 + 10, "REMARQUES : " + d["remark"] + " / CESEDA R.431-16", 24, "cond-i")
    num = "%s%s" % (d["number"][:2], d["number"][-7:])
    lines = mrva("FRA", per.surname, per.given, num, per.iso3, per.birth, per.sex, vis)
    mrz_block(p, x0 + 40, y1 - 110, lines, 46, 34.4)
    p.text(x1 - 20, y1 + 60, "FRA%s" % num, 28, "mono", (170, 40, 40), align="r")
    p.stamp(
        1450,
        80 + int(rng.integers(0, 40)),
        70,
        "CONSULAT GENERAL DE FRANCE ",
        ["VISA", "D"],
        (130, 30, 60),
        16,
    )
    return [p]


TEMPLATES = {
    "passport_twopage": ("passport", "fresh", passport_twopage),
    "passport_polycarb": ("passport", "fresh", passport_polycarb),
    "idcard_td1_scan": ("national_id", "fresh", idcard_td1_scan),
    "titre_sejour_card": ("residence_permit", "fresh", titre_sejour_card),
    "visa_sticker_mrva": ("visa", "fresh", visa_sticker_mrva),
}

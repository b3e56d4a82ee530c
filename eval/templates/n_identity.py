"""blind2 identity documents: passports (TD3), identity cards (TD1), French residence permit (TD1), visa D (MRV-A).

Written from ICAO 9303 (zones of the data page, MRZ) and the public descriptions of the French
titre de séjour and long-stay visa sticker. Every number and person is invented.
"""

from __future__ import annotations

from codes import dmy, mrva, td1, td3
from n_kit import box_stamp
from PIL import ImageOps
from render import A4, Page, logo

EN3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
FR3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]

STATE = {
    "RUS": ("РОССИЙСКАЯ ФЕДЕРАЦИЯ", "RUSSIAN FEDERATION", "ПАСПОРТ / PASSPORT"),
    "ARM": ("ՀԱՅԱՍՏԱՆԻ ՀԱՆՐԱՊԵՏՈՒԹՅՈՒՆ", "REPUBLIC OF ARMENIA", "ԱՆՁՆԱԳԻՐ / PASSPORT"),
    "AZE": ("AZƏRBAYCAN RESPUBLİKASI", "REPUBLIC OF AZERBAIJAN", "PASPORT / PASSPORT"),
    "EGY": ("جمهورية مصر العربية", "ARAB REPUBLIC OF EGYPT", "PASSPORT / جواز سفر"),
    "MEX": ("ESTADOS UNIDOS MEXICANOS", "UNITED MEXICAN STATES", "PASAPORTE / PASSPORT"),
    "GRC": ("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", "HELLENIC REPUBLIC", "ΔΙΑΒΑΤΗΡΙΟ / PASSPORT"),
    "LUX": ("GRAND-DUCHÉ DE LUXEMBOURG", "GRAND DUCHY OF LUXEMBOURG", "PASSEPORT / PASSPORT"),
    "TGO": ("RÉPUBLIQUE TOGOLAISE", "TOGOLESE REPUBLIC", "PASSEPORT / PASSPORT"),
    "BFA": ("BURKINA FASO", "BURKINA FASO", "PASSEPORT / PASSPORT"),
    "COD": ("RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", "DEMOCRATIC REPUBLIC OF THE CONGO", "PASSEPORT / PASSPORT"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "FRENCH REPUBLIC", "PASSEPORT / PASSPORT"),
}
NAT = {
    "RUS": "RUSSIAN FEDERATION",
    "ARM": "ARMENIAN",
    "AZE": "AZERBAIJANI",
    "EGY": "EGYPTIAN",
    "MEX": "MEXICANA",
    "GRC": "ΕΛΛΗΝΙΚΗ / HELLENIC",
    "LUX": "LUXEMBOURGEOISE",
    "TGO": "TOGOLAISE",
    "BFA": "BURKINABÈ",
    "COD": "CONGOLAISE",
    "FRA": "FRANÇAISE",
}
COLORS = {
    "RUS": (140, 30, 40),
    "ARM": (40, 60, 130),
    "AZE": (20, 90, 120),
    "EGY": (30, 80, 50),
    "MEX": (40, 90, 60),
    "GRC": (30, 70, 150),
    "TGO": (30, 100, 60),
    "BFA": (150, 40, 40),
    "COD": (40, 110, 170),
}


def pdate(iso: str) -> str:
    m = int(iso[5:7]) - 1
    return "%s %s/%s %s" % (iso[8:10], EN3[m], FR3[m], iso[:4])


def _stateinfo(iso3: str) -> tuple[str, str, str]:
    return STATE.get(iso3, (iso3, iso3, "PASSPORT"))


# ---------------------------------------------------------------- passport, open booklet photocopy
def passport_grey(d: dict) -> list[Page]:
    """An A4 photocopy of the open booklet: the inside page above, the data page below, in grey."""
    per = d["person"]
    iso3 = per.iso3
    st = _stateinfo(iso3)
    p = Page(A4, bg=(246, 246, 244))
    x0, y0, x1 = 150, 150, 1500
    # upper page of the booklet: notes to the bearer
    p.rect((x0, y0, x1, 1080), outline=(150, 150, 150), fill=(238, 238, 236), width=2)
    p.text((x0 + x1) / 2, y0 + 120, st[0], 34, "serif-b", (80, 80, 80), align="c")
    p.text((x0 + x1) / 2, y0 + 170, st[1], 26, "serif", (80, 80, 80), align="c")
    notes = [
        "This passport is the property of the issuing State.",
        "Ce passeport contient 36 pages / This passport contains 36 pages.",
        "The bearer must sign on page 3 / Le titulaire doit signer en page 3.",
        "Any alteration renders this passport invalid.",
    ]
    p.lines(x0 + 120, y0 + 300, notes, 24, "serif-i", (95, 95, 95), leading=1.8)
    p.line(x0, 1080, x1, 1080, (120, 120, 120), 3)
    # data page
    top = 1110
    p.rect((x0, top, x1, 2110), outline=(120, 120, 120), fill=(232, 232, 230), width=2)
    import math

    for k in range(top + 20, 1900, 26):
        pts = [(xx, k + 8 * math.sin(xx / 40 + k / 60)) for xx in range(x0 + 4, x1 - 4, 16)]
        p.d.line(pts, fill=(222, 222, 220), width=2)
    p.vector = False
    p.text(x0 + 40, top + 60, st[2], 28, "sans-b", (50, 50, 50))
    p.text(x1 - 40, top + 60, st[1], 24, "sans-b", (50, 50, 50), align="r")
    p.photo((x0 + 40, top + 110, x0 + 380, top + 560), tint=(205, 205, 205))
    lx = x0 + 430
    y = top + 120

    def fld(lbl, val, x=lx, yy=None, size=30):
        yy = y if yy is None else yy
        p.text(x, yy, lbl, 18, "sans", (70, 70, 70))
        p.text(x, yy + 36, val, size, "mono-b", (20, 20, 20))

    fld("Type / Type", "P")
    fld("Code / Code", iso3, x=lx + 200)
    fld("Passport No. / N° du passeport", d["number"], x=lx + 420)
    y += 82
    fld("Surname / Nom", per.surname.upper())
    y += 82
    fld("Given names / Prénoms", per.given_str.upper())
    y += 82
    fld("Nationality / Nationalité", NAT.get(iso3, iso3), size=26)
    y += 82
    fld("Date of birth / Date de naissance", pdate(per.birth), size=26)
    fld("Sex / Sexe", per.sex, x=lx + 560)
    y += 82
    fld("Place of birth / Lieu de naissance", per.birthplace.upper(), size=26)
    y += 82
    fld("Date of issue / Date de délivrance", pdate(d["issue"]), size=26)
    fld("Authority / Autorité", d["authority"], x=lx + 560, size=22)
    y += 82
    fld("Date of expiry / Date d'expiration", pdate(d["expiry"]), size=26)
    p.signature(x0 + 60, top + 640, 260, (40, 40, 40), seed=d["seed"] % 7)
    mrz = td3("P", iso3, per.surname, per.given, d["number"], iso3, per.birth, per.sex, d["expiry"])
    p.rect((x0, 1905, x1, 2110), outline=None, fill=(240, 240, 238))
    p.text(x0 + 50, 1980, mrz[0], 38, "ocrb", (15, 15, 15))
    p.text(x0 + 50, 2055, mrz[1], 38, "ocrb", (15, 15, 15))
    p.img = ImageOps.grayscale(p.img).convert("RGB")
    from PIL import ImageDraw

    p.d = ImageDraw.Draw(p.img)
    return [p]


# ---------------------------------------------------------------- passport, data page alone (landscape)
def passport_card(d: dict) -> list[Page]:
    """The data page on its own, landscape, numbered zones 1-10 as on recent booklets, dd.mm.yyyy dates."""
    per = d["person"]
    iso3 = per.iso3
    st = _stateinfo(iso3)
    col = COLORS.get(iso3, (60, 60, 120))
    p = Page((1476, 1040), bg=(236, 240, 232))
    p.background("rosette", (214, 224, 214))
    p.rect((0, 0, 1476, 110), outline=None, fill=col)
    p.text(40, 50, st[0], 30, "sans-b", (255, 255, 255))
    p.text(40, 92, st[1], 22, "sans", (235, 235, 235))
    p.text(1436, 75, st[2], 28, "sans-b", (255, 255, 255), align="r")
    p.photo((40, 170, 400, 640), tint=(190, 200, 210))
    # ghost image
    ghost = Page((150, 190), bg=(236, 240, 232))
    ghost.photo((0, 0, 150, 190), tint=(220, 226, 220))
    g = ghost.finish().convert("L").point(lambda v: 160 + v * 0.35).convert("RGB")
    p.paste(g, (1230, 430))
    x = 450
    y = 180
    rows = [
        ("1. Surname / Nom", per.surname.upper()),
        ("2. Given names / Prénoms", per.given_str.upper()),
        ("3. Nationality / Nationalité", NAT.get(iso3, iso3)),
        ("4. Date of birth / Date de naissance", dmy(per.birth, ".")),
        ("5. Sex / Sexe", "F" if per.sex == "F" else "M"),
        ("6. Place of birth / Lieu de naissance", per.birthplace.upper()),
        ("7. Date of issue / Date de délivrance", dmy(d["issue"], ".")),
        ("8. Date of expiry / Date d'expiration", dmy(d["expiry"], ".")),
        ("9. Authority / Autorité", d["authority"]),
    ]
    p.text(x, y - 10, "Type P", 20, "sans", (60, 60, 60))
    p.text(x + 180, y - 10, "Code %s" % iso3, 20, "sans", (60, 60, 60))
    p.text(1436, y - 10, "No. %s" % d["number"], 26, "mono-b", (150, 20, 20), align="r")
    y += 30
    for lbl, val in rows:
        p.text(x, y, lbl, 17, "sans-i", (70, 70, 90))
        p.text(x, y + 31, val, 27, "cond-b", (10, 10, 30))
        y += 67
    # laser-perforated number along the right edge
    for i, ch in enumerate(d["number"]):
        p.text(1440, 200 + i * 24, ch, 20, "mono", (190, 190, 180), align="c")
    mrz = td3("P", iso3, per.surname, per.given, d["number"], iso3, per.birth, per.sex, d["expiry"])
    p.rect((0, 850, 1476, 1040), outline=None, fill=(246, 248, 244))
    p.text(40, 925, mrz[0], 40, "ocrb")
    p.text(40, 1000, mrz[1], 40, "ocrb")
    return [p]


# ---------------------------------------------------------------- identity card: recto and verso
CARD = {
    "GRC": ("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ  HELLENIC REPUBLIC", "ΔΕΛΤΙΟ ΤΑΥΤΟΤΗΤΑΣ / IDENTITY CARD", (40, 90, 170)),
    "LUX": (
        "GRAND-DUCHÉ DE LUXEMBOURG",
        "CARTE D'IDENTITÉ / IDENTITÄTSKARTE / IDENTITY CARD",
        (0, 140, 200),
    ),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD", (0, 60, 140)),
}


def _card_sides(d: dict) -> tuple[Page, Page]:
    per = d["person"]
    iso3 = per.iso3
    head, title, col = CARD.get(iso3, (iso3, "IDENTITY CARD", (60, 60, 140)))
    W, H = 1300, 820
    f = Page((W, H), bg=(242, 238, 246))
    f.background("diag", (228, 222, 238), step=16)
    f.rect((0, 0, W, 120), outline=None, fill=col)
    f.text(30, 52, head, 28, "sans-b", (255, 255, 255))
    f.text(30, 96, title, 22, "sans", (255, 255, 255))
    f.photo((35, 170, 365, 600), tint=(210, 215, 225))
    x, y = 410, 180
    f.text(x, y, "Nom / Surname", 17, "sans", (80, 80, 110))
    f.text(x, y + 36, per.surname.upper(), 34, "sans-b")
    y += 92
    f.text(x, y, "Prénoms / Given names", 17, "sans", (80, 80, 110))
    f.text(x, y + 36, per.given_str.replace(" ", ", "), 30, "sans-b")
    y += 92
    f.text(x, y, "Sexe / Sex", 17, "sans", (80, 80, 110))
    f.text(x, y + 34, per.sex, 28, "sans-b")
    f.text(x + 200, y, "Nationalité / Nationality", 17, "sans", (80, 80, 110))
    f.text(x + 200, y + 34, iso3, 28, "sans-b")
    f.text(x + 520, y, "Date de naissance / Date of birth", 17, "sans", (80, 80, 110))
    f.text(x + 520, y + 34, dmy(per.birth, " "), 28, "sans-b")
    y += 92
    f.text(x, y, "N° du document / Document No", 17, "sans", (80, 80, 110))
    f.text(x, y + 36, d["number"], 30, "mono-b", (120, 20, 20))
    f.text(x + 520, y, "Date d'expiration / Expiry date", 17, "sans", (80, 80, 110))
    f.text(x + 520, y + 36, dmy(d["expiry"], " "), 28, "sans-b")
    f.signature(x + 40, 720, 240, (30, 30, 60), seed=d["seed"] % 5)
    f.text(x, 780, "Signature du titulaire / Holder's signature", 15, "sans-i", (90, 90, 90))
    logo(f, "flag3", 1120, 640, 130, col, (255, 255, 255))

    b = Page((W, H), bg=(240, 240, 236))
    b.background("waves", (226, 228, 222), step=18)
    b.text(30, 60, "Lieu de naissance / Place of birth", 17, "sans", (80, 80, 110))
    b.text(30, 96, per.birthplace.upper(), 28, "sans-b")
    b.text(30, 150, "Date de délivrance / Date of issue", 17, "sans", (80, 80, 110))
    b.text(30, 186, dmy(d["issue"], " "), 28, "sans-b")
    b.text(560, 150, "Autorité / Authority", 17, "sans", (80, 80, 110))
    b.text(560, 186, d["authority"], 24, "sans-b")
    if iso3 == "FRA":
        b.text(30, 240, "Adresse / Address", 17, "sans", (80, 80, 110))
        b.text(30, 276, d["home"], 24, "sans-b")
    mrz = td1("ID", iso3, per.surname, per.given, d["number"], iso3, per.birth, per.sex, d["expiry"])
    b.rect((0, 530, W, H), outline=None, fill=(250, 250, 248))
    for i, ln in enumerate(mrz):
        b.text(60, 615 + i * 82, ln, 52, "ocrb")
    return f, b


def id_two_pages(d: dict) -> list[Page]:
    """Recto and verso, each cropped to the card, as two pages."""
    f, b = _card_sides(d)
    return [f, b]


def id_a4_copy(d: dict) -> list[Page]:
    """Both sides photocopied on one A4 sheet, recto above verso, slightly tilted."""
    f, b = _card_sides(d)
    p = Page(A4)
    for k, side in enumerate((f, b)):
        im = side.finish().resize((1100, 694))
        im = im.convert("RGBA").rotate(1.2 - 2.2 * k, expand=True, fillcolor=(255, 255, 255, 0))
        p.img.paste(im, (260 - 30 * k, 220 + k * 900), im)
        p.vector = False
    p.text(p.w / 2, 2150, "Copie recto-verso", 22, "sans-i", (140, 140, 140), align="c")
    return [p]


# ---------------------------------------------------------------- French residence permit
def _permit_sides(d: dict) -> tuple[Page, Page]:
    per = d["person"]
    W, H = 1300, 820
    f = Page((W, H), bg=(236, 242, 248))
    f.background("rosette", (220, 230, 240))
    f.rect((0, 0, W, 95), outline=None, fill=(0, 35, 120))
    f.text(30, 62, "RÉPUBLIQUE FRANÇAISE", 30, "sans-b", (255, 255, 255))
    f.text(W - 30, 45, "TITRE DE SÉJOUR", 26, "sans-b", (255, 255, 255), align="r")
    f.text(W - 30, 80, "RESIDENCE PERMIT", 18, "sans", (220, 220, 255), align="r")
    f.photo((30, 135, 350, 555), tint=(205, 212, 224))
    x, y = 390, 150
    rows = [
        ("NOM / Surname", per.surname.upper(), 32),
        ("Prénoms / Given names", per.given_str.upper(), 28),
        (
            "Sexe  /  Nationalité  /  Date de naissance",
            "%s   %s   %s" % (per.sex, per.iso3, dmy(per.birth, " ")),
            26,
        ),
        ("Type de titre / Type of permit", d["permit_type"], 24),
        ("Valable jusqu'au / Valid until", dmy(d["expiry"], " "), 28),
    ]
    for lbl, val, sz in rows:
        f.text(x, y, lbl, 16, "sans", (70, 80, 120))
        f.text(x, y + 34, val, sz, "sans-b", (10, 10, 40))
        y += 84
    f.text(x, y + 10, "N° %s" % d["number"], 28, "mono-b", (150, 20, 30))
    f.signature(60, 700, 230, (30, 30, 70), seed=d["seed"] % 4)

    b = Page((W, H), bg=(240, 244, 246))
    b.background("dots", (222, 228, 234), step=14)
    b.text(30, 55, "Remarques / Remarks", 16, "sans", (70, 80, 120))
    b.text(30, 90, d["remark"], 24, "sans-b")
    b.text(30, 140, "Lieu et date de délivrance / Place and date of issue", 16, "sans", (70, 80, 120))
    b.text(30, 176, "%s   %s" % (d["authority"], dmy(d["issue"], " ")), 22, "sans-b")
    b.text(30, 226, "Adresse / Address", 16, "sans", (70, 80, 120))
    b.text(30, 262, "%s %s" % tuple(per.address), 22, "sans-b")
    b.text(30, 312, "Lieu de naissance / Place of birth", 16, "sans", (70, 80, 120))
    b.text(30, 348, per.birthplace.upper(), 22, "sans-b")
    mrz = td1("IR", "FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    b.rect((0, 530, W, H), outline=None, fill=(250, 250, 250))
    for i, ln in enumerate(mrz):
        b.text(60, 615 + i * 82, ln, 52, "ocrb")
    return f, b


def permit_a4(d: dict) -> list[Page]:
    """Recto and verso side by side on a landscape-scanned A4 (portrait page, cards across)."""
    f, b = _permit_sides(d)
    p = Page(A4, bg=(252, 252, 250))
    p.text(120, 150, "Pièce jointe n° 3 - titre de séjour (recto / verso)", 24, "sans-i", (100, 100, 100))
    p.paste(f.finish().resize((1040, 656)), (300, 260))
    p.paste(b.finish().resize((1040, 656)), (300, 1010))
    return [p]


def permit_pair(d: dict) -> list[Page]:
    f, b = _permit_sides(d)
    return [f, b]


# ---------------------------------------------------------------- long-stay visa sticker in a passport page
def visa_page(d: dict) -> list[Page]:
    per = d["person"]
    p = Page((1260, 1780), bg=(236, 232, 222))
    p.background("waves", (222, 216, 204), step=22)
    p.text(630, 90, "VISAS", 34, "serif-b", (150, 140, 120), align="c")
    p.text(1200, 1730, "14", 26, "serif", (150, 140, 120), align="r")
    sx, sy, sw, sh = 70, 230, 1120, 800
    p.rect((sx, sy, sx + sw, sy + sh), outline=(120, 120, 160), fill=(226, 236, 246), width=3)
    p.text(sx + 30, sy + 60, "VISA", 34, "sans-b", (20, 40, 110))
    p.text(sx + 180, sy + 60, "FRA", 30, "sans-b", (20, 40, 110))
    p.text(sx + sw - 30, sy + 60, "N° FRA%s" % d["number"][2:], 28, "mono-b", (180, 20, 20), align="r")
    p.photo((sx + 30, sy + 100, sx + 270, sy + 420), tint=(200, 208, 220))
    x = sx + 300
    y = sy + 130
    pairs = [
        (("VALABLE POUR / VALID FOR", "FRANCE"), ("TYPE DE VISA / TYPE OF VISA", "D")),
        (("DU / FROM", dmy(d["issue"], "-")), ("AU / UNTIL", dmy(d["expiry"], "-"))),
        (("NOMBRE D'ENTRÉES / ENTRIES", "MULT"), ("DURÉE DE SÉJOUR / DURATION", "365 JOURS")),
        (("DÉLIVRÉ À / ISSUED IN", "CONSULAT GÉNÉRAL"), ("LE / ON", dmy(d["issue"], "-"))),
        (("N° DE PASSEPORT / PASSPORT NUMBER", "%s" % ("".join(reversed(d["number"])))), None),
        (("NOM, PRÉNOM / SURNAME, NAME", "%s, %s" % (per.surname.upper(), per.given_str.upper())), None),
        (("REMARQUES", d["remark"]), None),
    ]
    for a, b in pairs:
        for xx, cell in ((x, a), (x + 430, b)):
            if cell:
                p.text(xx, y, cell[0], 15, "sans", (60, 70, 110))
                p.text(xx, y + 30, cell[1], 25, "sans-b", (15, 15, 40))
        y += 68
    mrz = mrva("FRA", per.surname, per.given, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    msz = 38
    while p.width(mrz[0], msz, "ocrb") > sw - 40:
        msz -= 1
    p.text(sx + 20, sy + sh - 85, mrz[0], msz, "ocrb")
    p.text(sx + 20, sy + sh - 25, mrz[1], msz, "ocrb")
    box_stamp(p, 640, 1200, ["ENTRÉE / ENTRY", "ROISSY-CDG", "PAF"], (30, 90, 60))
    return [p]


TEMPLATES = {
    "passport_n_grey": ("passport", "blind2", passport_grey),
    "passport_n_card": ("passport", "blind2", passport_card),
    "national_id_n_pages": ("national_id", "blind2", id_two_pages),
    "national_id_n_a4": ("national_id", "blind2", id_a4_copy),
    "residence_permit_n_a4": ("residence_permit", "blind2", permit_a4),
    "residence_permit_n_pair": ("residence_permit", "blind2", permit_pair),
    "visa_n_page": ("visa", "blind2", visa_page),
}

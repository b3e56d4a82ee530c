"""Fresh-half birth certificates, other languages: Georgia (Georgian/English), Sri Lanka,
Bangladesh, Pakistan (English forms), Netherlands, Croatia, Albania. Everything printed is invented.
"""

from __future__ import annotations

import numpy as np
from codes import dmy, long_en
from render import GREY, Page, logo

MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december"
MAANDEN = MAANDEN.split(" ")


def _n(d: dict):
    per = d["person"]
    return per, per.given_str, per.surname, per.father, per.mother


def _qr(p: Page, x: float, y: float, s: float, seed: int) -> None:
    r = np.random.default_rng(seed)
    k = s / 21
    p.rect((x, y, x + s, y + s), outline=(0, 0, 0), width=2)
    for i in range(21):
        for j in range(21):
            corner = (i < 7 and j < 7) or (i > 13 and j < 7) or (i < 7 and j > 13)
            if corner and (i % 6 == 0 or j % 6 == 0 or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4)):
                on = True
            else:
                on = not corner and r.random() < 0.45
            if on:
                p.rect((x + i * k, y + j * k, x + (i + 1) * k, y + (j + 1) * k), outline=None, fill=(0, 0, 0))


# ---- Georgia: bilingual extract of the civil registry ----------------------------------------
def birth_ge(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _n(d)
    p = Page(bg=(250, 251, 253))
    p.background("dots", (226, 232, 244), 30)
    p.rect((110, 100, 1544, 250), outline=None, fill=(255, 255, 255))
    p.text(827, 150, "საქართველო  ·  GEORGIA", 40, "sans-b", (150, 20, 30), align="c")
    p.text(827, 200, "იუსტიციის სამინისტრო — Public Service Development Agency", 24, "sans", align="c")
    p.text(827, 330, "დაბადების მოწმობა", 38, "sans-b", align="c")
    p.text(827, 385, "BIRTH CERTIFICATE", 44, "sans-b", (30, 50, 110), align="c")
    p.text(827, 430, "Record N° %s" % d["number"], 24, "mono", align="c")
    rows = [
        ("გვარი", "Surname", sur.upper()),
        ("სახელი", "Name", given.upper()),
        ("სქესი", "Sex", "MALE" if per.sex == "M" else "FEMALE"),
        ("დაბადების თარიღი", "Date of birth", dmy(per.birth, ".")),
        ("დაბადების ადგილი", "Place of birth", "%s, GEORGIA" % per.birthplace.upper()),
    ]
    if not d["nofil"]:
        rows += [
            ("მამა", "Father", "%s %s" % (fa[0].upper(), fa[1].upper())),
            ("დედა", "Mother", "%s %s" % (mo[0].upper(), mo[1].upper())),
        ]
    y = 500
    for ka, en, val in rows:
        p.rect((110, y, 1544, y + 110), outline=(120, 130, 160), fill=(255, 255, 255), width=1)
        p.text(140, y + 45, ka, 24, "sans", GREY)
        p.text(140, y + 88, en, 26, "sans-b", (30, 50, 110))
        p.text(700, y + 72, val, 34, "sans-b")
        y += 110
    p.text(110, y + 70, "Date of issue / გაცემის თარიღი: %s" % dmy(d["issue"], "."), 26, "sans")
    p.text(110, y + 115, "Issued by: Public Service Hall, %s" % per.birthplace, 26, "sans")
    p.text(110, y + 160, "Verify at the registry portal with the QR code.", 22, "sans-i", GREY)
    _qr(p, 1280, y + 60, 260, d["seed"])
    p.signature(700, y + 300, 260, seed=d["seed"] % 13)
    return [p]


# ---- Sri Lanka: landscape form with numbered columns --------------------------------------------
def birth_lk(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _n(d)
    p = Page((2339, 1654))
    p.text(1170, 110, "DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA", 34, "serif-b", align="c")
    p.text(1170, 170, "BIRTH CERTIFICATE", 52, "serif-b", (110, 20, 20), align="c")
    p.text(
        1170,
        215,
        "Issued under the Births and Deaths Registration Act — certified copy of an entry of birth",
        22,
        "serif-i",
        align="c",
    )
    p.text(
        120,
        290,
        "District: %s      Division: %s      Serial No.: %s"
        % (per.birthplace, per.birthplace + " Municipal", d["number"]),
        26,
        "mono",
    )
    cols = [
        ("1. Date and place of birth", "%s\n%s" % (long_en(per.birth), per.birthplace)),
        ("2. Name", "%s\n%s" % (given, sur)),
        ("3. Sex", "Male" if per.sex == "M" else "Female"),
        ("4. Father's full name", "—" if d["nofil"] else "%s\n%s" % (fa[0], fa[1])),
        ("5. Mother's full name", "—" if d["nofil"] else "%s\n%s" % (mo[0], mo[1])),
        ("6. Were parents married?", "—" if d["nofil"] else "Yes"),
        ("7. Informant", "Father"),
    ]
    x, widths = 100, [420, 360, 170, 380, 380, 260, 200]
    for (h, v), w in zip(cols, widths):
        p.rect((x, 340, x + w, 440), outline=(0, 0, 0), fill=(240, 232, 220), width=2)
        p.wrap(x + 10, 375, w - 20, h, 22, "serif-b", leading=1.25)
        p.rect((x, 440, x + w, 760), outline=(0, 0, 0), width=2)
        for k, ln in enumerate(v.split("\n")):
            p.text(x + 12, 500 + k * 50, ln, 28, "mono-b")
        x += w
    p.text(
        120,
        850,
        "Date of registration: %s        Registrar: %s" % (dmy(per.birth), d["officer"]),
        26,
        "serif",
    )
    p.text(
        120, 910, "I certify that this is a true copy of the entry in the register of births.", 26, "serif"
    )
    p.text(120, 970, "Issued at %s on %s." % (per.birthplace, long_en(d["issue"])), 26, "serif")
    p.signature(1650, 1100, 300, seed=d["seed"] % 11)
    p.text(1800, 1160, "Additional District Registrar", 24, "serif-i", align="c")
    p.stamp(1250, 1150, 120, "DISTRICT REGISTRAR * SRI LANKA * ", ["REGISTRAR"], (90, 20, 90))
    return [p]


# ---- Bangladesh: online birth registration certificate --------------------------------------------
def birth_bd(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _n(d)
    p = Page()
    p.ellipse((740, 80, 914, 254), outline=None, fill=(0, 106, 78))
    p.ellipse((790, 130, 864, 204), outline=None, fill=(244, 42, 65))
    p.text(827, 310, "Government of the People's Republic of Bangladesh", 30, "sans-b", align="c")
    p.text(827, 350, "Office of the Registrar, Birth and Death Registration", 26, "sans", align="c")
    p.text(827, 385, "%s City Corporation" % per.birthplace, 24, "sans", align="c")
    p.text(827, 470, "Birth Registration Certificate", 46, "serif-b", (0, 106, 78), align="c")
    brn = "%s%s" % (per.birth[:4], d["number"].replace("/", "")[:13].ljust(13, "7"))
    p.text(120, 560, "Date of Registration: %s" % dmy(d["issue"][:8] + "01"), 24, "sans")
    p.text(1534, 560, "Date of Issuance: %s" % dmy(d["issue"]), 24, "sans", align="r")
    p.text(827, 640, "Birth Registration Number", 24, "sans", align="c")
    p.boxes(827 - 17 * 40 / 2, 660, brn, 17, cell=40, size=28)
    rows = [
        ("Registered Person Name", "%s %s" % (given, sur)),
        ("Date of Birth", "%s   (%s)" % (dmy(per.birth), long_en(per.birth))),
        ("Sex", "Male" if per.sex == "M" else "Female"),
        ("Place of Birth", "%s, Bangladesh" % per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Father's Name", "%s %s" % (fa[0], fa[1])),
            ("Father's Nationality", "Bangladeshi"),
            ("Mother's Name", "%s %s" % (mo[0], mo[1])),
            ("Mother's Nationality", "Bangladeshi"),
        ]
    y = 820
    for lab, val in rows:
        p.text(140, y, lab, 28, "sans")
        p.text(640, y, ":", 28, "sans")
        p.text(680, y, val, 30, "sans-b")
        y += 72
    p.signature(200, y + 200, 260, seed=d["seed"] % 7)
    p.text(320, y + 250, "Seal & Signature", 22, "sans", align="c")
    p.text(320, y + 280, "Assistant to Registrar", 22, "sans", align="c")
    p.signature(1150, y + 200, 260, seed=d["seed"] % 5 + 3)
    p.text(1280, y + 250, "Seal & Signature", 22, "sans", align="c")
    p.text(1280, y + 280, "Registrar: %s" % d["officer"], 22, "sans", align="c")
    _qr(p, 720, y + 140, 200, d["seed"] + 1)
    p.text(
        827,
        2250,
        "This certificate is generated from the online birth registration system.",
        20,
        "sans-i",
        GREY,
        align="c",
    )
    return [p]


# ---- Pakistan: union council certificate, ruled table ----------------------------------------------
def birth_pk(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _n(d)
    p = Page(bg=(248, 252, 246))
    p.rect((60, 60, 1594, 2279), outline=(1, 65, 28), width=6)
    p.text(827, 160, "GOVERNMENT OF THE PUNJAB — LOCAL GOVERNMENT", 30, "sans-b", (1, 65, 28), align="c")
    p.text(
        827,
        205,
        "Union Council No. %d, Tehsil & District %s" % (d["seed"] % 90 + 10, per.birthplace),
        26,
        "sans",
        align="c",
    )
    p.text(827, 300, "BIRTH REGISTRATION CERTIFICATE", 44, "serif-b", align="c")
    p.text(827, 345, "(Computerised — NADRA CRMS)", 24, "sans-i", align="c")
    p.text(140, 430, "Certificate No: %s" % d["number"], 26, "mono-b")
    p.text(1514, 430, "Issue Date: %s" % dmy(d["issue"], "-"), 26, "mono-b", align="r")
    rows = [
        ["Particulars", "Details"],
        ["Name of Child", "%s %s" % (given, sur)],
        ["Gender", "Male" if per.sex == "M" else "Female"],
        ["Date of Birth", dmy(per.birth, "-")],
        ["Place of Birth", per.birthplace],
        ["Religion", "Islam"],
    ]
    if not d["nofil"]:
        rows += [["Father's Name", "%s %s" % (fa[0], fa[1])], ["Mother's Name", "%s %s" % (mo[0], mo[1])]]
    rows += [["Date of Registration", dmy(per.birth[:8] + "28", "-")]]
    y = p.table(
        140, 480, [480, 894], rows, size=28, row_h=82, head_fill=(210, 232, 214), f="sans", hf="sans-b"
    )
    p.text(140, y + 90, "Secretary Union Council: %s" % d["officer"], 26, "sans")
    p.signature(1100, y + 220, 280, seed=d["seed"] % 43)
    p.stamp(500, y + 260, 120, "UNION COUNCIL * SECRETARY * ", ["BIRTH", "REGISTER"], (1, 65, 28))
    return [p]


# ---- Netherlands: municipal extract, clean sans with red accent --------------------------------
def birth_nl(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _n(d)
    p = Page()
    p.rect((120, 110, 150, 250), outline=None, fill=(200, 20, 30))
    p.text(180, 165, "Gemeente %s" % per.birthplace, 46, "sans-b")
    p.text(180, 215, "Burgerzaken — Burgerlijke Stand", 26, "sans", GREY)
    p.text(120, 400, "Uittreksel uit het register van geboorten", 40, "sans-b", (200, 20, 30))
    p.text(
        120,
        450,
        "Extract from the register of births — Extrait du registre des naissances",
        24,
        "sans-i",
        GREY,
    )
    p.text(120, 520, "Aktenummer %s" % d["number"].replace("/", "") + "A", 26, "mono")
    rows = [
        ("Geslachtsnaam", sur),
        ("Voornamen", given),
        ("Geslacht", "man" if per.sex == "M" else "vrouw"),
        ("Geboortedatum", "%d %s %s" % (int(per.birth[8:]), MAANDEN[int(per.birth[5:7]) - 1], per.birth[:4])),
        ("Geboorteplaats", per.birthplace),
    ]
    y = 620
    for lab, val in rows:
        p.text(120, y, lab, 28, "sans", GREY)
        p.text(600, y, val, 32, "sans-b")
        y += 70
    if not d["nofil"]:
        y += 40
        p.text(120, y, "Ouders", 32, "sans-b", (200, 20, 30))
        y += 70
        for lab, (g, s) in (("Ouder 1 (vader)", fa), ("Ouder 2 (moeder)", mo)):
            p.text(120, y, lab, 28, "sans", GREY)
            p.text(600, y, "%s %s" % (g, s), 32, "sans-b")
            y += 70
    p.line(120, y + 40, 1534, y + 40, (200, 20, 30), 2)
    p.text(
        120,
        y + 110,
        "Voor eensluidend uittreksel, %s, %s" % (per.birthplace, dmy(d["issue"], "-")),
        26,
        "sans",
    )
    p.text(120, y + 160, "De ambtenaar van de burgerlijke stand,", 26, "sans")
    p.signature(140, y + 280, 280, seed=d["seed"] % 47)
    p.text(140, y + 330, d["officer"], 24, "sans-i")
    p.text(
        827,
        2240,
        "Leges betaald  ·  Dit document is kosteloos te verifiëren bij de gemeente",
        20,
        "sans",
        GREY,
        align="c",
    )
    return [p]


# ---- Croatia: register extract with checkerboard arms ------------------------------------------
def birth_hr(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _n(d)
    p = Page(bg=(252, 250, 246))
    for i in range(5):
        for j in range(5):
            c = (200, 20, 30) if (i + j) % 2 == 0 else (255, 255, 255)
            p.rect((770 + i * 23, 80 + j * 23, 793 + i * 23, 103 + j * 23), outline=None, fill=c)
    p.text(827, 250, "REPUBLIKA HRVATSKA", 38, "serif-b", align="c")
    p.text(
        827, 290, "Ministarstvo pravosuđa i uprave — Matični ured %s" % per.birthplace, 24, "serif", align="c"
    )
    p.text(827, 400, "IZVADAK IZ MATICE ROĐENIH", 44, "serif-b", align="c")
    p.text(827, 445, "Broj: %s" % d["number"], 26, "serif", align="c")
    rows = [
        ["Podaci o djetetu", ""],
        ["Ime", given],
        ["Prezime", sur],
        ["Spol", "muški" if per.sex == "M" else "ženski"],
        ["Dan, mjesec, godina rođenja", dmy(per.birth, ".") + "."],
        ["Mjesto rođenja", per.birthplace],
    ]
    if not d["nofil"]:
        rows += [
            ["Podaci o roditeljima", ""],
            ["Otac — ime i prezime", "%s %s" % fa],
            ["Majka — ime i prezime", "%s %s" % mo],
        ]
    y = 520
    for lab, val in rows:
        if not val:
            p.rect((140, y, 1514, y + 70), outline=None, fill=(225, 225, 235))
            p.text(160, y + 48, lab.upper(), 26, "serif-b")
        else:
            p.rect((140, y, 1514, y + 70), outline=(120, 120, 120), width=1)
            p.text(160, y + 48, lab, 26, "serif")
            p.text(720, y + 48, val, 30, "serif-b")
        y += 70
    p.text(
        140, y + 80, "Mjesto i datum izdavanja: %s, %s." % (per.birthplace, dmy(d["issue"], ".")), 26, "serif"
    )
    p.text(1200, y + 180, "Matičar", 28, "serif-b", align="c")
    p.text(1200, y + 220, d["officer"], 26, "serif-i", align="c")
    p.signature(1070, y + 320, 250, seed=d["seed"] % 53)
    p.stamp(520, y + 300, 120, "REPUBLIKA HRVATSKA * MATICNI URED * ", ["MU"], (30, 30, 120))
    return [p]


# ---- Albania: civil status certificate printed from the national register -------------------
def birth_al(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _n(d)
    p = Page()
    logo(p, "square", 120, 100, 120, (225, 0, 25), (0, 0, 0))
    p.text(280, 145, "REPUBLIKA E SHQIPËRISË", 38, "sans-b")
    p.text(280, 190, "MINISTRIA E BRENDSHME — DREJTORIA E PËRGJITHSHME E GJENDJES CIVILE", 20, "sans")
    p.text(280, 225, "Zyra e Gjendjes Civile %s" % per.birthplace, 22, "sans-i")
    p.rect((120, 300, 1534, 390), outline=None, fill=(30, 30, 30))
    p.text(827, 362, "ÇERTIFIKATË LINDJEJE", 46, "sans-b", (255, 255, 255), align="c")
    nid = "%s%s%sL" % (
        "J" if per.birth[:4] < "2000" else "K",
        per.birth[2:4],
        d["number"].replace("/", "")[:5],
    )
    rows = [
        ("Numri personal (NID)", nid),
        ("Emri", given),
        ("Mbiemri", sur),
        ("Gjinia", "M" if per.sex == "M" else "F"),
        ("Datëlindja", dmy(per.birth, ".")),
        ("Vendlindja", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Atësia", fa[0]),
            ("Mbiemri i babait", fa[1]),
            ("Amësia", mo[0]),
            ("Mbiemri i nënës", mo[1]),
        ]
    rows += [("Shtetësia", "Shqiptare"), ("Akti i lindjes nr.", d["number"])]
    y = 470
    for i, (lab, val) in enumerate(rows):
        if i % 2 == 0:
            p.rect((120, y - 48, 1534, y + 20), outline=None, fill=(244, 244, 244))
        p.text(140, y, lab, 28, "cond", GREY)
        p.text(640, y, val, 32, "cond-b")
        y += 68
    p.text(120, y + 80, "Lëshuar më: %s" % dmy(d["issue"], "."), 28, "cond")
    p.text(120, y + 130, "Nëpunësi i Gjendjes Civile: %s" % d["officer"], 28, "cond")
    p.signature(1100, y + 200, 260, seed=d["seed"] % 59)
    _qr(p, 1240, y + 240, 230, d["seed"] + 5)
    p.text(120, y + 300, "Dokument i gjeneruar nga Regjistri Kombëtar i Gjendjes Civile.", 22, "sans-i", GREY)
    return [p]


TEMPLATES = {
    "birth_ge": ("birth_certificate", "fresh", birth_ge),
    "birth_lk": ("birth_certificate", "fresh", birth_lk),
    "birth_bd": ("birth_certificate", "fresh", birth_bd),
    "birth_pk": ("birth_certificate", "fresh", birth_pk),
    "birth_nl": ("birth_certificate", "fresh", birth_nl),
    "birth_hr": ("birth_certificate", "fresh", birth_hr),
    "birth_al": ("birth_certificate", "fresh", birth_al),
}

"""blind8 identity documents: passport booklet copy (TD3), ID card recto/verso (TD1), titre de séjour (TD1 IR),
visa D sticker (MRV-A)."""

from __future__ import annotations

from codes import dmy, mrva, td1, td3
from render import Page
from u_kit import guilloche, icao_ready, mrz_block, rstamp

STATE_NAMES = {
    "ISL": ("ÍSLAND", "ICELAND"),
    "CYP": ("ΚΥΠΡΙΑΚΗ ΔΗΜΟΚΡΑΤΙΑ", "REPUBLIC OF CYPRUS"),
    "MNE": ("CRNA GORA", "MONTENEGRO"),
    "JOR": ("المملكة الأردنية الهاشمية", "HASHEMITE KINGDOM OF JORDAN"),
    "YEM": ("الجمهورية اليمنية", "REPUBLIC OF YEMEN"),
    "ERI": ("ሃገረ ኤርትራ", "STATE OF ERITREA"),
    "ZMB": ("", "REPUBLIC OF ZAMBIA"),
    "BWA": ("", "REPUBLIC OF BOTSWANA"),
    "GMB": ("", "REPUBLIC OF THE GAMBIA"),
    "URY": ("REPÚBLICA ORIENTAL DEL URUGUAY", "ORIENTAL REPUBLIC OF URUGUAY"),
    "MMR": ("", "REPUBLIC OF THE UNION OF MYANMAR"),
    "FRA": ("RÉPUBLIQUE FRANÇAISE", "FRENCH REPUBLIC"),
}
NAT = {
    "ISL": "ÍSLENSK / ICELANDIC",
    "CYP": "ΚΥΠΡΙΑΚΗ / CYPRIOT",
    "MNE": "CRNOGORSKO / MONTENEGRIN",
    "JOR": "JORDANIAN",
    "YEM": "YEMENI",
    "ERI": "ERITREAN",
    "ZMB": "ZAMBIAN",
    "BWA": "MOTSWANA",
    "GMB": "GAMBIAN",
    "URY": "URUGUAYA",
    "MMR": "MYANMAR",
    "FRA": "FRANÇAISE",
}
LATIN_ONLY = {"JOR", "YEM", "ERI"}  # their native-script line cannot be rendered: keep the English one


def _names(per):
    return icao_ready(per.surname), [icao_ready(g) for g in per.given]


def passport_u_booklet(d: dict) -> list[Page]:
    """An A4 photocopy of the open passport booklet: visa page above, data page below, MRZ at the bottom."""
    per = d["person"]
    p = Page()
    native, eng = STATE_NAMES.get(per.iso3, ("", per.iso3))
    x0, y0, x1, y1 = 170, 260, 1484, 1130
    p.rect((x0, y0, x1, y1), outline=(120, 120, 120), width=2)
    p.text((x0 + x1) / 2, y0 + 90, "VISAS", 40, "serif-b", (170, 170, 170), align="c", spacing=12)
    p.text(x0 + 40, y1 - 40, "3", 24, "serif", (150, 150, 150))
    top = 1150
    p.rect((x0, top, x1, 2120), outline=(120, 120, 120), width=2)
    guilloche(p, (x0 + 4, top + 4, x1 - 4, 1800), seed=d["seed"] % 7)
    head = eng if per.iso3 in LATIN_ONLY or not native else native + " / " + eng
    p.text((x0 + x1) / 2, top + 60, head, 26, "sans-b", align="c")
    p.text((x0 + x1) / 2, top + 100, "PASSPORT / PASSEPORT", 24, "sans", align="c")
    p.photo((x0 + 40, top + 150, x0 + 380, top + 590))
    lx = x0 + 430
    rows = [
        ("Type / Type", "P", "Code / Code", per.iso3),
        ("Passport No. / N° du passeport", d["number"], "", ""),
    ]
    y = top + 170
    for a, va, b, vb in rows:
        p.text(lx, y, a, 17, "sans", (70, 70, 70))
        if b:
            p.text(lx + 420, y, b, 17, "sans", (70, 70, 70))
        p.text(lx, y + 32, va, 27, "sans-b")
        if b:
            p.text(lx + 420, y + 32, vb, 27, "sans-b")
        y += 78
    fields = [
        ("1. Surname / Nom", per.surname.upper()),
        ("2. Given names / Prénoms", per.given_str.upper()),
        ("3. Nationality / Nationalité", NAT.get(per.iso3, d["nat_label"])),
        ("4. Date of birth / Date de naissance", dmy(per.birth, " ")),
        ("5. Sex / Sexe", per.sex),
        ("6. Place of birth / Lieu de naissance", per.birthplace.upper()),
        ("7. Date of issue / Date de délivrance", dmy(d["issue"], " ")),
        ("8. Date of expiry / Date d'expiration", dmy(d["expiry"], " ")),
        ("9. Authority / Autorité", d["authority"]),
    ]
    for lab, val in fields:
        p.text(lx, y, lab, 17, "sans", (70, 70, 70))
        p.text(lx, y + 32, val, 26, "sans-b")
        y += 64
    p.signature(x0 + 60, top + 660, 240, seed=d["seed"])
    sur, giv = _names(per)
    lines = td3("P", d["state"], sur, giv, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    mrz_block(p, x0 + 30, 1990, lines, x1 - x0 - 60)
    p.text(
        p.w / 2,
        2250,
        "Copie certifiée conforme à l'original - usage administratif",
        18,
        "sans-i",
        (90, 90, 90),
        align="c",
    )
    return [p]


def _card(per, d, title, w=1012, h=638):
    c = Page(size=(w, h))
    c.rect((0, 0, w - 1, h - 1), outline=(90, 90, 90), width=3)
    guilloche(c, (4, 4, w - 4, h - 4), color=(215, 225, 240), seed=d["seed"] % 5)
    c.text(30, 52, title, 24, "sans-b", (20, 50, 110))
    return c


def id_u_card(d: dict) -> list[Page]:
    """National ID card: recto and verso scanned as two card-sized pages (the MRZ is on the verso)."""
    per = d["person"]
    native, eng = STATE_NAMES.get(per.iso3, ("", per.iso3))
    title = {
        "ISL": "ÍSLAND · NAFNSKÍRTEINI / IDENTITY CARD",
        "CYP": "ΚΥΠΡΟΣ · ΔΕΛΤΙΟ ΤΑΥΤΟΤΗΤΑΣ / IDENTITY CARD",
        "FRA": "RÉPUBLIQUE FRANÇAISE · CARTE NATIONALE D'IDENTITÉ",
    }.get(per.iso3, eng + " · IDENTITY CARD")
    r = _card(per, d, title)
    r.photo((30, 90, 290, 430))
    rows = [
        ("Surname / Nom", per.surname.upper()),
        ("Given names / Prénoms", per.given_str),
        ("Sex / Sexe", per.sex),
        ("Nationality", per.iso3),
        ("Date of birth", dmy(per.birth, " ")),
        ("Document No.", d["number"]),
        ("Date of expiry", dmy(d["expiry"], " ")),
    ]
    y = 110
    for lab, val in rows:
        r.text(320, y, lab, 15, "sans", (60, 60, 60))
        r.text(320, y + 27, val, 23, "sans-b")
        y += 64
    r.signature(60, 560, 200, seed=d["seed"])
    v = _card(per, d, "")
    v.text(30, 60, "Place of birth / Lieu de naissance: " + per.birthplace, 19, "sans")
    v.text(30, 95, "Date of issue / Délivrance: " + dmy(d["issue"]), 19, "sans")
    v.text(30, 130, "Issued by / Autorité: " + d["authority"], 19, "sans")
    if per.country.startswith("FR"):
        v.text(30, 165, "Adresse: " + d["home"], 19, "sans")
    sur, giv = _names(per)
    lines = td1("ID", d["state"], sur, giv, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    v.rect((0, 430, 1011, 637), outline=None, fill=(250, 250, 250))
    mrz_block(v, 30, 490, lines, 950)
    return [r, v]


def permit_u_card(d: dict) -> list[Page]:
    """Titre de séjour (TD1 'IR') photocopied recto and verso on one A4 sheet with the prefecture's note."""
    per = d["person"]
    p = Page()
    p.text(120, 150, d["authority"], 28, "sans-b")
    p.text(120, 190, "Service de l'immigration et de l'intégration", 22, "sans")
    x, y, w, h = 260, 280, 1130, 715
    p.rect((x, y, x + w, y + h), outline=(60, 60, 60), width=3)
    guilloche(p, (x + 4, y + 4, x + w - 4, y + h - 4), color=(225, 215, 235))
    p.text(x + 30, y + 55, "RÉPUBLIQUE FRANÇAISE", 24, "sans-b", (20, 40, 120))
    p.text(x + w - 30, y + 55, "TITRE DE SÉJOUR", 24, "sans-b", (20, 40, 120), align="r")
    p.photo((x + 30, y + 90, x + 300, y + 440))
    rows = [
        ("NOM", per.surname.upper()),
        ("Prénoms", per.given_str),
        ("Sexe / Nationalité", "%s   %s" % (per.sex, per.iso3)),
        ("Date de naissance", dmy(per.birth)),
        ("Titre n°", d["number"]),
        ("Valable jusqu'au", dmy(d["expiry"])),
        ("Catégorie", d["permit_type"]),
    ]
    yy = y + 110
    for lab, val in rows:
        p.text(x + 340, yy, lab, 17, "sans", (70, 70, 70))
        p.text(x + 340, yy + 30, val, 25, "sans-b")
        yy += 74
    y2 = y + h + 80
    p.rect((x, y2, x + w, y2 + h), outline=(60, 60, 60), width=3)
    guilloche(p, (x + 4, y2 + 4, x + w - 4, y2 + h - 4), color=(225, 215, 235), seed=3)
    p.text(x + 30, y2 + 60, "Lieu de naissance : " + per.birthplace, 21, "sans")
    p.text(x + 30, y2 + 100, "Délivré le : " + dmy(d["issue"]), 21, "sans")
    p.text(x + 30, y2 + 140, "Remarques : " + d["remark"], 21, "sans")
    p.text(x + 30, y2 + 180, "Adresse : " + ", ".join(per.address), 21, "sans")
    sur, giv = _names(per)
    lines = td1("IR", "FRA", sur, giv, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    mrz_block(p, x + 30, y2 + h - 170, lines, w - 60)
    return [p]


def visa_u_sticker(d: dict) -> list[Page]:
    """Long-stay visa sticker (type D) stuck on a passport page, MRV-A."""
    per = d["person"]
    p = Page(size=(1600, 1120))
    p.rect((10, 10, 1590, 1110), outline=(150, 150, 150), width=2)
    p.text(800, 70, "VISAS", 30, "serif", (170, 170, 170), align="c", spacing=10)
    x, y, w, h = 90, 130, 1420, 880
    p.rect((x, y, x + w, y + h), outline=(40, 40, 90), fill=(240, 236, 250), width=3)
    guilloche(p, (x + 4, y + 4, x + w - 4, y + h - 4), color=(210, 200, 235), seed=2)
    p.text(x + 30, y + 60, "VISA", 40, "sans-b", (40, 40, 110))
    p.text(x + 200, y + 60, "FRANCE", 30, "sans-b", (40, 40, 110))
    p.photo((x + 30, y + 100, x + 270, y + 400))
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE", "DU / FROM", dmy(d["issue"])),
        ("TYPE DE VISA", "D", "AU / UNTIL", dmy(d["expiry"])),
        ("NOMBRE D'ENTRÉES", "MULT", "DURÉE DE SÉJOUR", "365 JOURS"),
        ("DÉLIVRÉ À / ISSUED IN", "CONSULAT GÉNÉRAL", "LE / ON", dmy(d["issue"])),
        ("NUMÉRO", d["number"], "", ""),
        ("NOM, PRÉNOM", "%s, %s" % (per.surname.upper(), per.given_str.upper()), "", ""),
        ("REMARQUES", d["remark"], "", ""),
    ]
    yy = y + 120
    for a, va, b, vb in rows:
        p.text(x + 300, yy, a, 15, "sans", (60, 60, 80))
        p.text(x + 300, yy + 28, va, 23, "sans-b")
        if b:
            p.text(x + 860, yy, b, 15, "sans", (60, 60, 80))
            p.text(x + 860, yy + 28, vb, 23, "sans-b")
        yy += 66
    sur, giv = _names(per)
    lines = mrva("FRA", sur, giv, d["number"], per.iso3, per.birth, per.sex, d["expiry"])
    mrz_block(p, x + 30, y + h - 80, lines, w - 60)
    rstamp(p, 1150, 40, ["ENTRÉE", "CDG " + dmy(d["issue"])], color=(30, 90, 40), size=18)
    return [p]


TEMPLATES = {
    "passport_u_booklet": ("passport", "blind8", passport_u_booklet),
    "id_u_card": ("national_id", "blind8", id_u_card),
    "permit_u_card": ("residence_permit", "blind8", permit_u_card),
    "visa_u_sticker": ("visa", "blind8", visa_u_sticker),
}

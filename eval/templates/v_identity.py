"""blind7 identity documents: passports (TD3), ID cards (TD1), titres de séjour (TD1 IR), visa D (MRV-A)."""

from __future__ import annotations

import v_kit as k
from codes import dmy, mrva
from render import GREY, Page, logo

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def dmon(iso: str) -> str:
    return "%s %s %s" % (iso[8:10], MON[int(iso[5:7]) - 1], iso[:4])


PASS_LABELS = {  # national-language labels printed above the English (and French) ones
    "NO": ("Etternavn", "Fornavn", "Fødselsdato", "Kjønn", "Fødested", "Utløpsdato", "Nasjonalitet"),
    "LV": ("Uzvārds", "Vārds", "Dzimšanas datums", "Dzimums", "Dzimšanas vieta", "Derīgs līdz", "Pilsonība"),
    "MT": (
        "Kunjom",
        "Ismijiet",
        "Data tat-twelid",
        "Sess",
        "Post tat-twelid",
        "Data ta' skadenza",
        "Nazzjonalità",
    ),
    "BA": ("Prezime", "Ime", "Datum rođenja", "Spol", "Mjesto rođenja", "Datum isteka", "Državljanstvo"),
    "MK": ("Презиме", "Име", "Датум на раѓање", "Пол", "Место на раѓање", "Важи до", "Државјанство"),
    "CL": (
        "Apellidos",
        "Nombres",
        "Fecha de nacimiento",
        "Sexo",
        "Lugar de nacimiento",
        "Fecha de vencimiento",
        "Nacionalidad",
    ),
    "SO": (
        "Magaca qoyska",
        "Magacyada",
        "Taariikhda dhalashada",
        "Jinsiga",
        "Goobta dhalashada",
        "Dhacaya",
        "Dhalashada",
    ),
}
EN = ("Surname", "Given names", "Date of birth", "Sex", "Place of birth", "Date of expiry", "Nationality")
FR = ("Nom", "Prénoms", "Date de naissance", "Sexe", "Lieu de naissance", "Date d'expiration", "Nationalité")


NATIONALITY = {
    "NO": "NORSK / NORWEGIAN",
    "LV": "LATVIJAS / LATVIAN",
    "MT": "MALTI / MALTESE",
    "BA": "BOSNE I HERCEGOVINE / BIH",
    "MK": "МАКЕДОНСКО / MACEDONIAN",
    "IQ": "IRAQI / عراقي",
    "SO": "SOOMAALI / SOMALI",
    "ZA": "SOUTH AFRICAN",
    "SL": "SIERRA LEONEAN",
    "CL": "CHILENA",
    "KH": "CAMBODIAN",
}


def _labels(per, i: int) -> str:
    nat = PASS_LABELS.get(per.country)
    parts = ([nat[i]] if nat else []) + [EN[i], FR[i]]
    return " / ".join(parts)


def _data_page(p: Page, per, d: dict, x0: float, y0: float, w: float, h: float, seed: int) -> None:
    """The passport's data page drawn inside a box (used by both passport layouts)."""
    k.guilloche(p, (x0, y0, x0 + w, y0 + h), (222, 230, 236), seed % 7)
    p.rect((x0, y0, x0 + w, y0 + h), outline=(150, 150, 150), width=2)
    u = w / 1000
    top = k.state_name(per)
    p.text(x0 + w / 2, y0 + 42 * u, top, int(22 * u), "sans-b", k.NAVY, align="c")
    nat = k.NATIVE.get(per.country, ("PASSPORT", ""))[0]
    kind = "PASSPORT / PASSEPORT" if nat in ("", "PASSPORT") else "%s / PASSPORT / PASSEPORT" % nat
    p.text(x0 + w / 2, y0 + 76 * u, kind, int(20 * u), "sans", k.NAVY, align="c")
    p.photo((x0 + 30 * u, y0 + 110 * u, x0 + 280 * u, y0 + 430 * u))
    cx = x0 + 310 * u
    lab, val = int(13 * u), int(24 * u)
    p.text(cx, y0 + 112 * u, "Type / Type", lab, "sans", GREY)
    p.text(cx, y0 + 138 * u, "P", val, "sans-b")
    p.text(cx + 150 * u, y0 + 112 * u, "Code / Code", lab, "sans", GREY)
    p.text(cx + 150 * u, y0 + 138 * u, per.iso3, val, "sans-b")
    p.text(cx + 380 * u, y0 + 112 * u, "Passport No. / N° du passeport", lab, "sans", GREY)
    p.text(cx + 380 * u, y0 + 138 * u, d["number"], val, "mono-b", k.RED)
    surname = k.mrz_safe(per.surname).upper() if per.country == "IQ" else per.surname.upper()
    rows = [
        (0, surname),
        (1, per.given_str.upper()),
        (6, NATIONALITY.get(per.country, d["nat_label"])),
        (2, dmon(per.birth)),
        (3, per.sex if per.sex == "M" else "F"),
        (4, per.birthplace.upper()),
    ]
    yy = y0 + 178 * u
    for i, v in rows:
        p.text(cx, yy, _labels(per, i), lab, "sans", GREY)
        p.text(cx, yy + 27 * u, v, val, "sans-b")
        if per.country == "IQ" and i in (0, 1):
            p.text(
                x0 + w - 30 * u,
                yy + 27 * u,
                k.arabic(per.surname if i == 0 else per.given_str),
                val,
                "sans-b",
                align="r",
            )
        if per.country == "MK" and i in (0, 1):
            p.text(
                x0 + w - 30 * u,
                yy + 27 * u,
                k.mk_cyr(per.surname if i == 0 else per.given_str).upper(),
                val,
                "sans-b",
                align="r",
            )
        yy += 52 * u
    p.text(cx, yy, "Date of issue / Date de délivrance", lab, "sans", GREY)
    p.text(cx, yy + 27 * u, dmon(d["issue"]), val, "sans-b")
    p.text(cx + 380 * u, yy, _labels(per, 5), lab, "sans", GREY)
    p.text(cx + 380 * u, yy + 27 * u, dmon(d["expiry"]), val, "sans-b")
    yy += 52 * u
    p.text(cx, yy, "Authority / Autorité", lab, "sans", GREY)
    p.text(cx, yy + 27 * u, d["authority"], int(20 * u), "sans-b")
    p.signature(x0 + 40 * u, y0 + 500 * u, 200 * u, seed=seed)
    mz = k.mrz_td3(per, d["number"], d["expiry"])
    p.rect((x0 + 2, y0 + h - 150 * u, x0 + w - 2, y0 + h - 2), outline=None, fill=(250, 250, 247))
    k.draw_mrz(p, x0 + 28 * u, y0 + h - 95 * u, mz, w - 56 * u)


def passport_booklet(d: dict) -> list[Page]:
    """A4 photocopy of the open booklet: visa page with an entry stamp above, data page below."""
    per = d["person"]
    p = Page()
    r = k.rng(d)
    x0, w = 250, 1150
    h = 790
    p.rect((x0, 180, x0 + w, 180 + h), outline=(120, 120, 120), width=2)
    p.text(x0 + w / 2, 230, "OBSERVATIONS / ENDORSEMENTS", 20, "sans", GREY, align="c")
    for i in range(3):
        p.text(x0 + 60, 320 + i * 60, "." * 90, 16, "sans", (190, 190, 190))
    p.stamp(
        x0 + 850,
        600,
        120,
        "POLICE AUX FRONTIERES * ROISSY CDG *",
        ["ENTRÉE", dmy("2026-0%d-1%d" % (1 + r.integers(0, 6), r.integers(0, 9)), ".")],
        (30, 110, 60),
        18,
    )
    p.line(x0, 180 + h + 8, x0 + w, 180 + h + 8, (60, 60, 60), 3)
    _data_page(p, per, d, x0, 180 + h + 16, w, h, d["seed"])
    p.text(
        p.w / 2,
        2150,
        "Copie certifiée conforme à l'original — pages 2 et 3 du passeport",
        20,
        "sans-i",
        GREY,
        align="c",
    )
    return [p]


def passport_card(d: dict) -> list[Page]:
    """Tight 300 dpi scan of the polycarbonate data page only."""
    per = d["person"]
    p = Page(size=(1476, 1039), dpi=300)
    _data_page(p, per, d, 6, 6, p.w - 12, p.h - 12, d["seed"] + 3)
    return [p]


# ---- identity cards --------------------------------------------------------------------------
CARD_TITLE = {
    "NO": ("NASJONALT ID-KORT", "NATIONAL IDENTITY CARD"),
    "LV": ("PERSONAS APLIECĪBA", "IDENTITY CARD"),
    "MT": ("KARTA TAL-IDENTITÀ", "IDENTITY CARD"),
    "FR10": ("CARTE NATIONALE D'IDENTITÉ", "IDENTITY CARD"),
}


def _card_front(p: Page, per, d: dict, x0: float, y0: float, w: float, h: float) -> None:
    u = w / 1000
    p.rect((x0, y0, x0 + w, y0 + h), outline=(120, 120, 120), fill=(236, 241, 246), width=2)
    k.guilloche(p, (x0 + 4, y0 + 4, x0 + w - 4, y0 + h - 4), (214, 224, 236), 3)
    t1, t2 = CARD_TITLE.get(per.country, ("IDENTITY CARD", ""))
    p.rect((x0, y0, x0 + w, y0 + 95 * u), outline=None, fill=k.NAVY)
    p.text(x0 + 30 * u, y0 + 40 * u, k.state_name(per), int(22 * u), "sans-b", (255, 255, 255))
    p.text(x0 + 30 * u, y0 + 78 * u, "%s / %s" % (t1, t2) if t2 else t1, int(20 * u), "sans", (255, 255, 255))
    p.photo((x0 + 30 * u, y0 + 130 * u, x0 + 300 * u, y0 + 480 * u))
    fr = per.country.startswith("FR")
    labs = (
        [
            ("NOM / Surname", per.surname.upper()),
            ("Prénoms / Given names", ", ".join(per.given)),
            ("Sexe / Sex", per.sex),
            ("Nationalité / Nationality", "FRA"),
            ("Date de naiss. / Date of birth", dmy(per.birth, " ")),
            ("N° du document / Document No", d["number"]),
            ("Date d'expiration / Expiry date", dmy(d["expiry"], " ")),
        ]
        if fr
        else [
            (_labels(per, 0), per.surname.upper()),
            (_labels(per, 1), per.given_str.upper()),
            (_labels(per, 3), per.sex),
            (_labels(per, 6), per.iso3),
            (_labels(per, 2), dmy(per.birth, ".")),
            ("Document No", d["number"]),
            (_labels(per, 5), dmy(d["expiry"], ".")),
        ]
    )
    yy = y0 + 140 * u
    for lab, val in labs:
        p.text(x0 + 330 * u, yy, lab, int(14 * u), "sans", (70, 80, 100))
        p.text(x0 + 330 * u, yy + 30 * u, val, int(27 * u), "sans-b")
        yy += 66 * u
    p.signature(x0 + 50 * u, y0 + 560 * u, 210 * u, seed=d["seed"])


def _card_back(p: Page, per, d: dict, x0: float, y0: float, w: float, h: float) -> None:
    u = w / 1000
    p.rect((x0, y0, x0 + w, y0 + h), outline=(120, 120, 120), fill=(240, 242, 238), width=2)
    yy = y0 + 60 * u
    rows = [
        ("Lieu de naissance / Place of birth", per.birthplace),
        ("Adresse / Address", d["home"]),
        ("Date de délivrance / Date of issue", dmy(d["issue"], " ")),
        (
            "Autorité / Authority",
            "Préfecture du Finistère" if per.country.startswith("FR") else d["authority"],
        ),
    ]
    for lab, val in rows:
        p.text(x0 + 40 * u, yy, lab, int(14 * u), "sans", (70, 80, 100))
        p.text(x0 + 40 * u, yy + 30 * u, val, int(23 * u), "sans-b")
        yy += 68 * u
    mz = k.mrz_td1(per, "ID", per.iso3, d["number"], d["expiry"])
    p.rect((x0 + 2, y0 + h - 205 * u, x0 + w - 2, y0 + h - 2), outline=None, fill=(252, 252, 250))
    k.draw_mrz(p, x0 + 35 * u, y0 + h - 145 * u, mz, w - 70 * u)


def id_two_sides(d: dict) -> list[Page]:
    """Recto and verso as two card scans (two pages)."""
    per = d["person"]
    ps = []
    for f in (_card_front, _card_back):
        p = Page(size=(1040, 662), dpi=300)
        f(p, per, d, 4, 4, 1032, 654)
        ps.append(p)
    return ps


def id_a4_copy(d: dict) -> list[Page]:
    """Both sides photocopied on one A4 sheet, with the copier's header."""
    per = d["person"]
    p = Page()
    p.text(120, 120, "Photocopie recto / verso — pièce d'identité", 22, "sans-i", GREY)
    _card_front(p, per, d, 310, 250, 1030, 650)
    _card_back(p, per, d, 310, 1020, 1030, 650)
    p.text(310, 1780, "Je certifie sur l'honneur l'exactitude de la copie.", 22, "serif-i")
    p.signature(360, 1880, 240, seed=d["seed"] + 1)
    return [p]


# ---- titre de séjour -------------------------------------------------------------------------
def _permit_front(p: Page, d: dict, x0, y0, w, h) -> None:
    per = d["person"]
    u = w / 1000
    p.rect((x0, y0, x0 + w, y0 + h), outline=(120, 120, 120), fill=(233, 240, 236), width=2)
    k.guilloche(p, (x0 + 4, y0 + 4, x0 + w - 4, y0 + h - 4), (205, 225, 215), 5)
    logo(p, "marianne", x0 + 28 * u, y0 + 24 * u, 70 * u, None)
    p.text(x0 + 120 * u, y0 + 52 * u, "RÉPUBLIQUE FRANÇAISE", int(21 * u), "sans-b", k.NAVY)
    p.text(x0 + w - 30 * u, y0 + 52 * u, "TITRE DE SÉJOUR", int(24 * u), "sans-b", k.NAVY, align="r")
    p.text(x0 + w - 30 * u, y0 + 80 * u, "RESIDENCE PERMIT", int(15 * u), "sans", k.NAVY, align="r")
    p.photo((x0 + 30 * u, y0 + 120 * u, x0 + 290 * u, y0 + 460 * u))
    rows = [
        ("NOM", per.surname.upper()),
        ("Prénoms", ", ".join(per.given)),
        ("Sexe    Nationalité", "%s        %s" % (per.sex, per.iso3)),
        ("Date de naissance", dmy(per.birth, " ")),
        ("N° titre", d["number"]),
        ("Valable jusqu'au", dmy(d["expiry"], " ")),
    ]
    yy = y0 + 130 * u
    for lab, val in rows:
        p.text(x0 + 320 * u, yy, lab, int(14 * u), "sans", (60, 90, 70))
        p.text(x0 + 320 * u, yy + 30 * u, val, int(26 * u), "sans-b")
        yy += 64 * u
    p.text(x0 + 320 * u, yy + 10 * u, d["permit_type"], int(22 * u), "sans-b", k.RED)


def _permit_back(p: Page, d: dict, x0, y0, w, h) -> None:
    per = d["person"]
    u = w / 1000
    p.rect((x0, y0, x0 + w, y0 + h), outline=(120, 120, 120), fill=(240, 244, 240), width=2)
    rows = [
        ("Lieu de naissance", "%s (%s)" % (per.birthplace.upper(), per.iso3)),
        ("Adresse", ", ".join(per.address)),
        ("Remarques", d["remark"]),
        ("Délivré le / par", "%s — %s" % (dmy(d["issue"], " "), d["authority"])),
    ]
    yy = y0 + 55 * u
    for lab, val in rows:
        p.text(x0 + 40 * u, yy, lab, int(14 * u), "sans", (60, 90, 70))
        p.text(x0 + 40 * u, yy + 30 * u, val, int(22 * u), "sans-b")
        yy += 66 * u
    mz = k.mrz_td1(per, "IR", "FRA", d["number"], d["expiry"])
    p.rect((x0 + 2, y0 + h - 205 * u, x0 + w - 2, y0 + h - 2), outline=None, fill=(252, 252, 250))
    k.draw_mrz(p, x0 + 35 * u, y0 + h - 145 * u, mz, w - 70 * u)


def permit_two_sides(d: dict) -> list[Page]:
    ps = []
    for f in (_permit_front, _permit_back):
        p = Page(size=(1040, 662), dpi=300)
        f(p, d, 4, 4, 1032, 654)
        ps.append(p)
    return ps


def permit_a4(d: dict) -> list[Page]:
    """Both sides on an A4 page, as handed out with the préfecture's cover note."""
    p = Page()
    p.text(140, 150, d["authority"], 26, "sans-b", k.NAVY)
    p.text(140, 190, "Direction des migrations et de l'intégration — Bureau des titres", 20, "sans", GREY)
    _permit_front(p, d, 310, 300, 1030, 650)
    _permit_back(p, d, 310, 1030, 1030, 650)
    p.text(
        140, 1860, "Document remis en mains propres. À conserver avec votre passeport.", 21, "sans-i", GREY
    )
    return [p]


# ---- visa --------------------------------------------------------------------------------------
def visa_sticker(d: dict) -> list[Page]:
    """A passport visa page with the French long-stay visa sticker (MRV-A)."""
    per = d["person"]
    p = Page(size=(1476, 1039), dpi=300)
    k.guilloche(p, (0, 0, p.w, p.h), (236, 228, 238), 2)
    p.text(p.w - 40, 60, "VISAS", 28, "sans-b", (160, 140, 170), align="r")
    x0, y0, w, h = 60, 110, 1350, 880
    p.rect((x0, y0, x0 + w, y0 + h), outline=(150, 120, 150), fill=(245, 238, 246), width=3)
    k.guilloche(p, (x0 + 4, y0 + 4, x0 + w - 4, y0 + h - 4), (226, 212, 232), 9)
    p.photo((x0 + 30, y0 + 120, x0 + 280, y0 + 440))
    p.text(x0 + 320, y0 + 60, "VISA", 46, "sans-b", k.NAVY)
    p.text(x0 + 500, y0 + 60, "FRA", 40, "sans-b", k.NAVY)
    p.text(x0 + w - 40, y0 + 60, "N° %s" % d["number"], 32, "mono-b", k.RED, align="r")
    rows = [
        ("VALABLE POUR / VALID FOR", "FRANCE"),
        ("DU / FROM", dmy(d["issue"], "-")),
        ("AU / UNTIL", dmy(d["expiry"], "-")),
        ("TYPE DE VISA / TYPE", "D"),
        ("NOMBRE D'ENTRÉES / ENTRIES", "MULT"),
        ("DURÉE DE SÉJOUR / DURATION", "365 JOURS"),
        ("DÉLIVRÉ À / ISSUED IN", "AMBASSADE DE FRANCE"),
        ("NOM, PRÉNOM / NAME", "%s, %s" % (k.mrz_safe(per.surname).upper(), per.given_str.upper())),
        ("N° DU PASSEPORT", "%s%s" % (d["number"][:2], d["number"][::-1][:7])),
        ("REMARQUES", d["remark"]),
    ]
    yy = y0 + 120
    for i, (lab, val) in enumerate(rows):
        col = x0 + 320 + (0 if i < 7 or i > 6 else 0)
        p.text(col, yy, lab, 17, "sans", (90, 70, 100))
        p.text(col + 430, yy, val, 24, "sans-b")
        yy += 46
    mz = mrva(
        "FRA",
        k.mrz_safe(per.surname),
        [k.mrz_safe(g) for g in per.given],
        d["number"],
        per.iso3,
        per.birth,
        per.sex,
        d["expiry"],
    )
    k.draw_mrz(p, x0 + 30, y0 + h - 90, mz, w - 60)
    return [p]


TEMPLATES = {
    "passport_v_booklet": ("passport", "blind7", passport_booklet),
    "passport_v_card": ("passport", "blind7", passport_card),
    "id_v_two_sides": ("national_id", "blind7", id_two_sides),
    "id_v_a4_copy": ("national_id", "blind7", id_a4_copy),
    "permit_v_two_sides": ("residence_permit", "blind7", permit_two_sides),
    "permit_v_a4": ("residence_permit", "blind7", permit_a4),
    "visa_v_sticker": ("visa", "blind7", visa_sticker),
}

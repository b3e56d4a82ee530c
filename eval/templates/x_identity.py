"""blind5 identity documents: passport (TD3), ID card (TD1), titre de séjour (TD1), visa (MRV-A)."""

from __future__ import annotations

from codes import ascii_upper, mrva, td1, td3
from render import Page
from x_kit import d, mrz


def passport(data: dict) -> list[Page]:
    per = data["person"]
    p = Page((1750, 1240), bg=(238, 236, 228))
    p.background("waves", (222, 226, 236), 30)
    p.text(80, 90, "PASSPORT / PASSEPORT", 40, "sans-b", (60, 40, 90))
    p.text(1670, 90, data["nat_label"], 32, "sans-b", (60, 40, 90), align="r")
    p.photo((80, 160, 500, 700))
    x, y = 560, 170
    rows = [
        ("Type / Type", "P"),
        ("Code / Code", data["state"]),
        ("No. / N°", data["number"]),
        ("Surname / Nom", per.surname.upper()),
        ("Given names / Prénoms", per.given_str),
        ("Nationality / Nationalité", data["nat_label"]),
        ("Date of birth / Date de naissance", d(per.birth)),
        ("Sex / Sexe", per.sex),
        ("Place of birth / Lieu de naissance", per.birthplace),
        ("Date of issue / Date de délivrance", d(data["issue"])),
        ("Date of expiry / Date d'expiration", d(data["expiry"])),
        ("Authority / Autorité", data["authority"]),
    ]
    for k, v in rows:
        p.text(x, y, k, 18, "sans", (90, 80, 110))
        p.text(x, y + 32, v, 30, "sans-b")
        y += 66
        if y > 880 and x == 560:
            x, y = 1160, 170
    p.signature(120, 800, 300, seed=data["seed"] % 7)
    p.rect((0, 1000, 1750, 1240), outline=None, fill=(250, 250, 248))
    mrz(
        p,
        60,
        1090,
        td3(
            "P",
            data["state"],
            per.surname,
            per.given,
            data["number"],
            per.iso3,
            per.birth,
            per.sex,
            data["expiry"],
        ),
        42,
    )
    return [p]


def idcard(data: dict) -> list[Page]:
    per = data["person"]
    f = Page((1700, 1080), bg=(230, 238, 242))
    f.background("diag", (214, 226, 234), 22)
    f.text(60, 80, "IDENTITY CARD · CARTE D'IDENTITÉ", 38, "sans-b", (20, 60, 90))
    f.text(60, 120, data["nat_label"], 26, "sans", (20, 60, 90))
    f.photo((60, 170, 460, 690))
    y = 200
    for k, v in [
        ("Surname / Nom", per.surname.upper()),
        ("Given names / Prénoms", per.given_str),
        ("Sex / Sexe", per.sex),
        ("Nationality / Nationalité", per.iso3),
        ("Date of birth / Né(e) le", d(per.birth)),
        ("Document No. / N° du document", data["number"]),
        ("Date of expiry / Expire le", d(data["expiry"])),
    ]:
        f.text(520, y, k, 20, "sans", (60, 80, 100))
        f.text(520, y + 38, v, 34, "sans-b")
        y += 88
    f.signature(90, 800, 300, seed=data["seed"] % 5)
    b = Page((1700, 1080), bg=(230, 238, 242))
    b.text(60, 90, "Place of birth / Lieu de naissance", 20, "sans", (60, 80, 100))
    b.text(60, 130, per.birthplace, 32, "sans-b")
    b.text(60, 200, "Address / Adresse", 20, "sans", (60, 80, 100))
    b.text(60, 240, data["home"], 28, "sans-b")
    b.text(60, 310, "Date of issue / Délivrée le", 20, "sans", (60, 80, 100))
    b.text(60, 350, d(data["issue"]), 32, "sans-b")
    b.text(60, 420, "Authority / Autorité", 20, "sans", (60, 80, 100))
    b.text(60, 460, data["authority"], 28, "sans-b")
    b.rect((0, 700, 1700, 1080), outline=None, fill=(248, 248, 248))
    mrz(
        b,
        90,
        800,
        td1(
            "ID",
            data["state"],
            per.surname,
            per.given,
            data["number"],
            per.iso3,
            per.birth,
            per.sex,
            data["expiry"],
        ),
        56,
    )
    return [f, b]


def permit(data: dict) -> list[Page]:
    per = data["person"]
    p = Page((1700, 2200), bg=(255, 255, 255))
    for top in (40, 1120):
        p.rect((40, top, 1660, top + 1040), outline=(120, 120, 140), fill=(236, 240, 232), width=2)
    p.text(80, 110, "RÉPUBLIQUE FRANÇAISE", 30, "sans-b", (0, 35, 149))
    p.text(80, 160, "TITRE DE SÉJOUR", 44, "sans-b")
    p.text(1620, 110, "FRA", 40, "sans-b", align="r")
    p.photo((80, 210, 450, 680))
    y = 250
    for k, v in [
        ("NOM", per.surname.upper()),
        ("PRÉNOMS", per.given_str.upper()),
        ("SEXE  NATIONALITÉ", "%s    %s" % (per.sex, per.iso3)),
        ("DATE DE NAISSANCE", d(per.birth)),
        ("N° DU TITRE", data["number"]),
        ("VALIDITÉ", "%s  -  %s" % (d(data["issue"]), d(data["expiry"]))),
        ("TYPE DU TITRE", data["permit_type"]),
    ]:
        p.text(500, y, k, 20, "sans", (80, 90, 80))
        p.text(500, y + 38, v, 32, "sans-b")
        y += 92
    y = 1200
    p.text(80, y, "REMARQUES", 20, "sans", (80, 90, 80))
    p.text(80, y + 40, data["remark"], 32, "sans-b")
    p.text(80, y + 110, "LIEU DE NAISSANCE", 20, "sans", (80, 90, 80))
    p.text(80, y + 150, per.birthplace.upper(), 30, "sans-b")
    p.text(80, y + 220, "DÉLIVRÉ PAR", 20, "sans", (80, 90, 80))
    p.text(80, y + 260, data["authority"], 30, "sans-b")
    mrz(
        p,
        110,
        1840,
        td1(
            "IR", "FRA", per.surname, per.given, data["number"], per.iso3, per.birth, per.sex, data["expiry"]
        ),
        54,
    )
    return [p]


def visa(data: dict) -> list[Page]:
    per = data["person"]
    p = Page((1800, 1200), bg=(246, 240, 246))
    p.background("rosette", (232, 220, 236))
    p.text(80, 90, "VISA    FRA", 44, "sans-b", (110, 30, 90))
    p.text(1720, 90, "TYPE D  ·  LONG SÉJOUR", 32, "sans-b", (110, 30, 90), align="r")
    p.photo((80, 150, 420, 600))
    y = 180
    for k, v in [
        ("VALABLE POUR / VALID FOR", "FRANCE"),
        ("DU / FROM", d(data["issue"])),
        ("AU / UNTIL", d(data["expiry"])),
        ("N° DU VISA", data["number"]),
        ("NOM, PRÉNOM / NAME", "%s, %s" % (per.surname.upper(), per.given_str.upper())),
        ("REMARQUES", data["remark"]),
    ]:
        p.text(470, y, k, 20, "sans", (100, 70, 100))
        p.text(470, y + 38, v, 32, "sans-b")
        y += 86
    p.text(
        470,
        y + 10,
        "Date de naissance : %s   Sexe : %s   Nationalité : %s" % (d(per.birth), per.sex, per.iso3),
        24,
    )
    p.rect((0, 900, 1800, 1200), outline=None, fill=(252, 250, 252))
    mrz(
        p,
        60,
        1010,
        mrva("FRA", per.surname, per.given, data["number"], per.iso3, per.birth, per.sex, data["expiry"]),
        44,
    )
    _ = ascii_upper
    return [p]


TEMPLATES = {
    "passport_x_biopage": ("passport", "blind5", passport),
    "id_x_card": ("national_id", "blind5", idcard),
    "permit_x_card": ("residence_permit", "blind5", permit),
    "visa_x_sticker": ("visa", "blind5", visa),
}

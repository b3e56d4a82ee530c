"""blind7 birth certificates: FR10 (commune extract / copie intégrale), NO, LV, MT, BA, MK, IQ, SO, ZA, SL, CL, KH."""

from __future__ import annotations

import v_kit as k
from codes import MONTHS_EN, dmy, long_en, long_fr
from render import GREY, Page, logo

LV_MON = [
    "janvārī",
    "februārī",
    "martā",
    "aprīlī",
    "maijā",
    "jūnijā",
    "jūlijā",
    "augustā",
    "septembrī",
    "oktobrī",
    "novembrī",
    "decembrī",
]
ES_MES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def _hm(d: dict) -> str:
    r = k.rng(d, 5)
    return "%02d:%02d" % (int(r.integers(0, 24)), int(r.integers(0, 60)))


def _digits(d: dict, n: int, j: int = 0) -> str:
    r = k.rng(d, 40 + j)
    return "".join(str(int(r.integers(0, 10))) for _ in range(n))


def jmbg(per, region: str, d: dict) -> str:
    b = per.birth
    base = b[8:10] + b[5:7] + b[1:4] + region
    for j in range(20):
        nr = _digits(d, 3, j)
        nr = str(500 + int(nr) % 500) if per.sex == "F" else "%03d" % (int(nr) % 500)
        s = base + nr
        w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        m = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        if m == 10:
            continue
        return s + str(0 if m == 11 else m)
    return base + "0000"


def fnr(per, d: dict) -> str:
    b = per.birth
    dd = b[8:10] + b[5:7] + b[2:4]
    for j in range(40):
        ind = int(_digits(d, 3, j))
        ind = (ind % 500) if int(b[:4]) < 2000 else 500 + ind % 500
        if (ind % 2 == 0) != (per.sex == "F"):
            ind = ind - 1 if ind % 2 else ind + 1
        s = dd + "%03d" % ind
        k1 = 11 - sum(int(c) * w for c, w in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        k2 = 11 - sum(int(c) * w for c, w in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)
    return dd + "00000"


def lv_code(per, d: dict) -> str:
    b = per.birth
    s = b[8:10] + b[5:7] + b[2:4] + ("1" if b[:4] < "2000" else "2") + _digits(d, 3)
    c = (1101 - sum(int(x) * w for x, w in zip(s, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
    return s[:6] + "-" + s[6:] + str(c % 10)


def za_id(per, d: dict) -> str:
    b = per.birth
    g = int(_digits(d, 4))
    g = g % 5000 + (5000 if per.sex == "M" else 0)
    s = b[2:4] + b[5:7] + b[8:10] + "%04d" % g + "08"
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return s + str((10 - tot % 10) % 10)


def run_cl(d: dict, j: int = 0) -> str:
    n = str(int(_digits(d, 8, j)) % 15000000 + 10000000)
    s = sum(int(c) * w for c, w in zip(reversed(n), [2, 3, 4, 5, 6, 7, 2, 3]))
    v = 11 - s % 11
    dv = "0" if v == 11 else ("K" if v == 10 else str(v))
    return "%s.%s.%s-%s" % (n[:-6], n[-6:-3], n[-3:], dv)


def fill(
    p: Page,
    x: float,
    y: float,
    label: str,
    value: str,
    lw: float,
    size: int = 24,
    vf: str = "sans-b",
    lsize=None,
) -> None:
    p.text(x, y, label, lsize or size - 4, "sans", (70, 70, 70))
    p.text(x + lw, y, value, size, vf)


# ---- France (FR10) ---------------------------------------------------------------------------------
def birth_fr10(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    town = per.birthplace.split(" (")[0]
    dep = per.birthplace.split("(")[-1].rstrip(")") if "(" in per.birthplace else ""
    full_copy = not d["nofil"] and d["seed"] % 2 == 0
    logo(p, "marianne", 120, 110, 90, None)
    p.text(120, 200, "RÉPUBLIQUE FRANÇAISE", 16, "sans-b")
    p.text(120, 224, "Liberté · Égalité · Fraternité", 14, "serif-i", GREY)
    p.text(p.w - 120, 130, "VILLE DE %s" % town.upper(), 30, "serif-b", k.NAVY, align="r")
    p.text(p.w - 120, 168, "Département : %s" % dep, 19, "serif", GREY, align="r")
    p.text(p.w - 120, 196, "Service de l'État civil — Hôtel de Ville", 19, "serif", GREY, align="r")
    title = "COPIE INTÉGRALE D'ACTE DE NAISSANCE" if full_copy else "EXTRAIT D'ACTE DE NAISSANCE"
    p.text(p.w / 2, 340, title, 36, "serif-b", align="c")
    p.text(
        p.w / 2,
        385,
        "sans filiation" if d["nofil"] else ("" if full_copy else "avec indication de la filiation"),
        24,
        "serif-i",
        align="c",
    )
    # margin column
    p.rect((120, 450, 470, 1500), outline=(90, 90, 90), width=1)
    p.text(140, 500, "Acte n° %s" % d["number"].split("/")[0], 24, "serif-b")
    p.text(140, 545, "NAISSANCE de", 21, "serif")
    ns = 24
    while ns > 14 and p.width(per.surname.upper(), ns, "serif-b") > 310:
        ns -= 1
    yy = p.wrap(140, 585, 310, per.surname.upper(), ns, "serif-b")
    yy = p.wrap(140, yy, 310, per.given_str, 24, "serif")
    p.text(140, yy + 40, "Mentions marginales :", 18, "serif-i", GREY)
    p.text(140, yy + 75, "Néant", 20, "serif")
    x, w = 510, p.w - 510 - 120
    when = long_fr(per.birth)
    hh = _hm(d)
    if full_copy:
        txt = (
            "Le %s, à %s heures %s minutes, %s à %s, %s %s, de sexe %s, %s de %s %s, né à %s, "
            "et de %s %s, son épouse, domiciliés à %s. Dressé le %s, sur la déclaration du père, qui, "
            "lecture faite et invité à lire l'acte, a signé avec Nous, %s, Officier de l'état civil "
            "par délégation du Maire."
            % (
                when,
                hh[:2],
                hh[3:],
                "est née" if per.sex == "F" else "est né",
                town,
                per.given_str,
                per.surname.upper(),
                "féminin" if per.sex == "F" else "masculin",
                "fille" if per.sex == "F" else "fils",
                per.father[0],
                per.father[1].upper(),
                town,
                per.mother[0],
                per.mother[1].upper(),
                town,
                long_fr(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 2)),
                d["officer"],
            )
        )
        p.wrap(x, 520, w, txt, 27, "serif", leading=1.75)
    else:
        rows = [
            ("Le", "%s à %s" % (when, hh.replace(":", " h "))),
            ("%s à" % ("est née" if per.sex == "F" else "est né").capitalize(), town),
            ("Prénoms", per.given_str),
            ("Nom", per.surname.upper()),
            ("Sexe", "féminin" if per.sex == "F" else "masculin"),
        ]
        if not d["nofil"]:
            rows += [
                ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
                ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
            ]
        yy = 520
        for lab, val in rows:
            p.text(x, yy, lab, 24, "serif-i", GREY)
            p.text(x + 230, yy, val, 27, "serif")
            k.dotted(p, x + 230 + p.width(val, 27, "serif") + 10, x + w, yy)
            yy += 62
        p.wrap(x, yy + 30, w, "Mentions marginales : néant.", 22, "serif-i")
    p.text(x, 1580, "Extrait délivré le %s, conforme aux registres." % long_fr(d["issue"]), 23, "serif")
    p.text(x, 1625, "L'Officier de l'état civil délégué,", 23, "serif")
    p.text(x, 1665, d["officer"], 23, "serif-i")
    p.signature(x + 40, 1760, 260, seed=d["seed"])
    p.stamp(1300, 1760, 115, "MAIRIE DE %s * ÉTAT CIVIL *" % town.upper(), ["Le Maire"], (30, 60, 150), 17)
    k.page_footer(
        p,
        "Art. R. 113-7 du CRPA : la présente copie ne nécessite pas de légalisation pour un usage en France.",
    )
    return [p]


# ---- Norway ----------------------------------------------------------------------------------------
def birth_no(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.rect((0, 0, p.w, 16), outline=None, fill=(0, 60, 110))
    p.text(130, 150, "Skatteetaten", 44, "sans-b", (0, 60, 110))
    p.text(130, 190, "Folkeregisteret", 22, "sans", GREY)
    p.text(p.w - 130, 150, "Dato: %s" % dmy(d["issue"], "."), 21, "sans", align="r")
    p.text(130, 330, "Fødselsattest", 48, "sans-b")
    p.text(130, 380, "Birth certificate", 30, "sans-i", GREY)
    p.wrap(
        130,
        450,
        1390,
        "Det bekreftes at følgende opplysninger er registrert i Folkeregisteret. / It is hereby certified that the following information is registered in the National Population Register.",
        21,
        "sans",
    )
    rows = [
        ("Fødselsnummer / National identity number", fnr(per, d)),
        ("Etternavn / Surname", per.surname),
        ("Fornavn og mellomnavn / Given names", per.given_str),
        ("Kjønn / Sex", "Kvinne / Female" if per.sex == "F" else "Mann / Male"),
        ("Fødselsdato / Date of birth", dmy(per.birth, ".")),
        ("Fødested / Place of birth", "%s, Norge" % per.birthplace),
        ("Fødselstidspunkt / Time of birth", _hm(d)),
    ]
    if not d["nofil"]:
        rows += [
            ("Mor / Mother", "%s %s" % (per.mother[0], per.mother[1])),
            ("Far / Father", "%s %s" % (per.father[0], per.father[1])),
        ]
    yy = 560
    for i, (lab, val) in enumerate(rows):
        if i % 2 == 0:
            p.rect((130, yy - 40, p.w - 130, yy + 22), outline=None, fill=(238, 243, 248))
        p.text(150, yy, lab, 21, "sans", (60, 60, 60))
        p.text(800, yy, val, 25, "sans-b")
        yy += 62
    p.text(130, yy + 80, "Referanse: %s" % d["number"].replace("/", "-"), 20, "mono")
    p.text(130, yy + 120, "Attesten er elektronisk signert og gyldig uten underskrift.", 20, "sans-i", GREY)
    p.text(
        130,
        yy + 150,
        "This certificate is electronically signed and valid without signature.",
        20,
        "sans-i",
        GREY,
    )
    k.qr(p, p.w - 330, yy + 60, 200, d["seed"])
    k.page_footer(p, "Skatteetaten · Postboks 9200 Grønland · 0134 Oslo · skatteetaten.no")
    return [p]


# ---- Latvia ----------------------------------------------------------------------------------------
def birth_lv(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(bg=(250, 247, 240))
    k.guilloche(p, (90, 90, p.w - 90, p.h - 90), (232, 225, 214), 4)
    p.rect((90, 90, p.w - 90, p.h - 90), outline=(140, 40, 50), width=4)
    p.ellipse((p.w / 2 - 55, 140, p.w / 2 + 55, 250), outline=(140, 40, 50), width=3)
    p.text(p.w / 2, 210, "LR", 30, "serif-b", (140, 40, 50), align="c")
    p.text(p.w / 2, 310, "LATVIJAS REPUBLIKA", 30, "serif-b", align="c")
    p.text(p.w / 2, 390, "DZIMŠANAS APLIECĪBA", 44, "serif-b", (140, 40, 50), align="c")
    p.text(p.w / 2, 430, "Sērija DA  Nr. %s" % _digits(d, 6), 22, "mono", align="c")
    b = per.birth
    rows = [
        ("Vārds (vārdi)", per.given_str),
        ("Uzvārds", per.surname),
        ("Personas kods", lv_code(per, d)),
        ("Dzimšanas datums", "%s. gada %d. %s" % (b[:4], int(b[8:]), LV_MON[int(b[5:7]) - 1])),
        ("Dzimšanas vieta", "%s, Latvija" % per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Tēvs", "%s %s" % (per.father[0], per.father[1])),
            ("Tautība / pilsonība", "Latvijas Republikas pilsonis"),
            ("Māte", "%s %s" % (per.mother[0], per.mother[1])),
            ("Tautība / pilsonība", "Latvijas Republikas pilsone"),
        ]
    yy = 560
    for lab, val in rows:
        p.text(170, yy, lab, 22, "serif-i", (90, 60, 60))
        p.text(600, yy, val, 28, "serif-b")
        p.line(590, yy + 12, p.w - 170, yy + 12, (150, 120, 120), 1)
        yy += 78
    p.text(170, yy + 40, "Dzimšanas reģistrs Nr. %s" % d["number"], 22, "serif")
    p.text(
        170,
        yy + 90,
        "Izsniegta %s. gada %d. %s" % (d["issue"][:4], int(d["issue"][8:]), LV_MON[int(d["issue"][5:7]) - 1]),
        22,
        "serif",
    )
    p.text(170, yy + 140, "Rīgas valstspilsētas pašvaldības Dzimtsarakstu nodaļa", 22, "serif")
    p.text(170, yy + 230, "Dzimtsarakstu nodaļas vadītāja", 20, "serif-i", GREY)
    p.signature(300, yy + 320, 250, seed=d["seed"])
    p.stamp(1200, yy + 260, 120, "DZIMTSARAKSTU NODAĻA * RĪGA *", ["LR"], (120, 30, 60), 18)
    return [p]


# ---- Malta -------------------------------------------------------------------------------------------
def birth_mt(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.text(p.w / 2, 150, "IDENTITY MALTA AGENCY — PUBLIC REGISTRY", 26, "sans-b", align="c")
    p.text(p.w / 2, 190, "Ir-Reġistru Pubbliku, Valletta", 20, "sans-i", GREY, align="c")
    p.text(p.w / 2, 290, "ĊERTIFIKAT TAT-TWELID", 38, "serif-b", align="c")
    p.text(p.w / 2, 335, "BIRTH CERTIFICATE", 28, "serif", align="c")
    p.text(
        p.w / 2,
        385,
        "Estratt mir-Reġistru tat-Twelid / Extract from the Register of Births",
        19,
        "serif-i",
        GREY,
        align="c",
    )
    reg_no, reg_year = d["number"].split("/")
    cols = [
        ("1", "Numru tal-Att / Act number", "%s / %s" % (reg_no, reg_year)),
        ("2", "Data u ħin tat-twelid / Date and time of birth", "%s, %s" % (long_en(per.birth), _hm(d))),
        ("3", "Post tat-twelid / Place of birth", "%s, Malta" % per.birthplace),
        ("4", "Isem / Name", per.given_str),
        ("5", "Kunjom / Surname", per.surname),
        ("6", "Sess / Sex", "Mara / Female" if per.sex == "F" else "Raġel / Male"),
    ]
    if not d["nofil"]:
        cols += [
            ("7", "Missier (isem u kunjom) / Father", "%s %s" % (per.father[0], per.father[1])),
            (
                "8",
                "Omm (isem u kunjom xbubija) / Mother (maiden surname)",
                "%s %s" % (per.mother[0], per.mother[1]),
            ),
        ]
    cols += [
        (
            "9",
            "Data tar-reġistrazzjoni / Date of registration",
            dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 3)),
        )
    ]
    yy = 450
    for n, lab, val in cols:
        p.rect((120, yy, p.w - 120, yy + 118), outline=(80, 80, 80), width=1)
        p.rect((120, yy, 190, yy + 118), outline=(80, 80, 80), fill=(235, 235, 235), width=1)
        p.text(155, yy + 70, n, 24, "sans-b", align="c")
        p.text(215, yy + 40, lab, 18, "sans", GREY)
        p.text(215, yy + 92, val, 27, "serif-b")
        yy += 118
    p.wrap(
        120,
        yy + 70,
        1400,
        "Jiġi ċċertifikat li dan hu estratt veru mir-Reġistru tat-Twelid miżmum fir-Reġistru Pubbliku. / Certified a true extract from the Register of Births kept at the Public Registry.",
        20,
        "serif-i",
    )
    p.text(120, yy + 200, "Maħruġ fil- / Issued on: %s" % long_en(d["issue"]), 22, "serif")
    p.text(120, yy + 240, "Direttur, Reġistru Pubbliku / Director, Public Registry", 20, "serif")
    p.signature(160, yy + 330, 240, seed=d["seed"])
    p.stamp(1280, yy + 270, 115, "PUBLIC REGISTRY * MALTA * ", ["VALLETTA"], (150, 30, 40), 18)
    k.barcode(p, 120, p.h - 260, 500, 70, d["seed"])
    return [p]


# ---- Bosnia and Herzegovina -------------------------------------------------------------------------
def birth_ba(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(bg=(246, 248, 252))
    k.guilloche(p, (80, 80, p.w - 80, p.h - 80), (220, 228, 240), 1)
    p.text(p.w / 2, 150, "BOSNA I HERCEGOVINA / БОСНА И ХЕРЦЕГОВИНА", 26, "sans-b", align="c")
    p.text(p.w / 2, 188, "FEDERACIJA BOSNE I HERCEGOVINE", 20, "sans", align="c")
    p.text(p.w / 2, 218, "Kanton Sarajevo — Općina Centar Sarajevo", 20, "sans", align="c")
    p.text(p.w / 2, 320, "IZVOD IZ MATIČNE KNJIGE ROĐENIH", 34, "sans-b", k.NAVY, align="c")
    p.text(p.w / 2, 362, "ИЗВОД ИЗ МАТИЧНЕ КЊИГЕ РОЂЕНИХ", 24, "sans", k.NAVY, align="c")
    p.text(140, 440, "Matično područje: %s" % per.birthplace, 21, "sans")
    p.text(p.w - 140, 440, "Tekući broj: %s" % d["number"], 21, "sans", align="r")
    rows = [
        ("1. Prezime", per.surname),
        ("2. Ime", per.given_str),
        ("3. Spol", "ženski" if per.sex == "F" else "muški"),
        ("4. JMBG", jmbg(per, "17", d)),
        ("5. Dan, mjesec, godina rođenja", dmy(per.birth, ".") + "."),
        ("6. Sat rođenja", _hm(d)),
        ("7. Mjesto rođenja, općina, država", "%s, %s, BiH" % (per.birthplace, per.birthplace)),
        ("8. Državljanstvo", "BiH"),
    ]
    if not d["nofil"]:
        rows += [
            ("9. Ime i prezime oca", "%s %s" % (per.father[0], per.father[1])),
            ("10. Ime i prezime majke", "%s %s" % (per.mother[0], per.mother[1])),
        ]
    rows += [("Naknadni upisi i zabilješke", "—")]
    yy = 500
    for lab, val in rows:
        p.rect((140, yy, p.w - 140, yy + 80), outline=(60, 70, 100), width=1)
        p.line(640, yy, 640, yy + 80, (60, 70, 100), 1)
        p.text(160, yy + 50, lab, 20, "sans")
        p.text(665, yy + 52, val, 26, "sans-b")
        yy += 80
    p.text(140, yy + 80, "Taksa naplaćena u iznosu od 5,00 KM.", 19, "sans-i", GREY)
    p.text(140, yy + 130, "Sarajevo, %s. godine" % dmy(d["issue"], "."), 22, "sans")
    p.text(p.w - 160, yy + 130, "Matičar", 22, "sans", align="r")
    p.text(p.w - 160, yy + 170, d["officer"], 22, "sans-i", align="r")
    p.signature(p.w - 500, yy + 250, 260, seed=d["seed"])
    p.stamp(
        500, yy + 300, 120, "BOSNA I HERCEGOVINA * OPĆINA CENTAR *", ["MATIČNI", "URED"], (40, 50, 140), 17
    )
    return [p]


# ---- North Macedonia ---------------------------------------------------------------------------------
def birth_mk(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    c = k.mk_cyr
    p.text(p.w / 2, 140, "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА", 28, "serif-b", align="c")
    p.text(p.w / 2, 175, "REPUBLIC OF NORTH MACEDONIA", 18, "serif", GREY, align="c")
    p.text(
        p.w / 2,
        215,
        "Управа за водење на матичните книги — Подрачно одделение %s" % c(per.birthplace),
        20,
        "serif",
        align="c",
    )
    p.text(p.w / 2, 320, "ИЗВОД", 46, "serif-b", align="c")
    p.text(p.w / 2, 365, "од матичната книга на родените", 26, "serif", align="c")
    p.text(
        p.w / 2,
        400,
        "(Birth certificate — extract from the register of births)",
        19,
        "serif-i",
        GREY,
        align="c",
    )
    rows = [
        ("Презиме / Surname", c(per.surname), per.surname.upper()),
        ("Име / Name", c(per.given_str), per.given_str.upper()),
        ("Пол / Sex", "женски" if per.sex == "F" else "машки", "F" if per.sex == "F" else "M"),
        ("ЕМБГ / Personal No.", jmbg(per, "45", d), ""),
        ("Ден, месец и година на раѓање", dmy(per.birth, ".") + " год.", ""),
        ("Место на раѓање", c(per.birthplace), per.birthplace),
        ("Државјанство", "македонско", ""),
    ]
    if not d["nofil"]:
        rows += [
            ("Татко — име и презиме", c("%s %s" % per.father), "%s %s" % per.father),
            ("Мајка — име и презиме", c("%s %s" % per.mother), "%s %s" % per.mother),
        ]
    yy = 480
    for lab, cyr, lat in rows:
        p.rect((130, yy, p.w - 130, yy + 96), outline=(90, 90, 90), width=1)
        p.text(150, yy + 40, lab, 19, "serif-i", GREY)
        p.text(700, yy + 42, cyr, 27, "serif-b")
        if lat:
            p.text(700, yy + 80, lat, 20, "sans", (60, 60, 60))
        yy += 96
    p.text(
        130, yy + 70, "Запишано во матичната книга на родените под реден број %s" % d["number"], 21, "serif"
    )
    p.text(130, yy + 120, "Скопје, %s година" % dmy(d["issue"], "."), 21, "serif")
    p.text(p.w - 150, yy + 120, "Матичар: %s" % d["officer"], 21, "serif", align="r")
    p.signature(p.w - 520, yy + 220, 260, seed=d["seed"])
    p.stamp(420, yy + 260, 120, "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА * МАТИЧНА КНИГА *", ["УВМК"], (30, 40, 130), 16)
    return [p]


# ---- Iraq ----------------------------------------------------------------------------------------
def birth_iq(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.text(140, 140, "Republic of Iraq", 24, "sans-b")
    p.text(140, 172, "Ministry of Health", 20, "sans")
    p.text(140, 202, "Directorate of Births and Deaths", 18, "sans", GREY)
    p.text(p.w - 140, 140, "جمهورية العراق", 28, "sans-b", align="r")
    p.text(p.w - 140, 178, "وزارة الصحة", 24, "sans", align="r")
    p.text(p.w - 140, 210, "دائرة الولادات والوفيات", 20, "sans", GREY, align="r")
    p.ellipse((p.w / 2 - 60, 110, p.w / 2 + 60, 230), outline=(20, 90, 50), width=3)
    p.text(p.w / 2, 185, "IRQ", 28, "sans-b", (20, 90, 50), align="c")
    p.text(p.w / 2, 320, "شهادة ولادة", 40, "sans-b", align="c")
    p.text(p.w / 2, 365, "BIRTH CERTIFICATE", 30, "sans-b", align="c")
    p.text(140, 430, "No.: %s" % d["number"], 21, "mono")
    p.text(p.w - 140, 430, "%s :الرقم" % d["number"], 21, "sans", align="r")
    g = per.given_str
    rows = [
        ("Name of newborn", "اسم المولود", g, k.arabic(g)),
        ("Surname", "اللقب", per.surname, k.arabic(per.surname)),
        ("Sex", "الجنس", "Female" if per.sex == "F" else "Male", "أنثى" if per.sex == "F" else "ذكر"),
        ("Date of birth", "تاريخ الولادة", dmy(per.birth), dmy(per.birth)),
        ("Place of birth", "محل الولادة", per.birthplace, k.arabic(per.birthplace)),
        ("Nationality", "الجنسية", "Iraqi", "عراقي" if per.sex == "M" else "عراقية"),
    ]
    if not d["nofil"]:
        rows += [
            ("Father's name", "اسم الأب", "%s %s" % per.father, k.arabic("%s %s" % per.father)),
            ("Mother's name", "اسم الأم", "%s %s" % per.mother, k.arabic("%s %s" % per.mother)),
        ]
    yy = 480
    for en, ar, ven, var in rows:
        p.rect((120, yy, p.w - 120, yy + 88), outline=(60, 60, 60), width=1)
        for xx in (460, 820, 1190):
            p.line(xx, yy, xx, yy + 88, (60, 60, 60), 1)
        p.text(140, yy + 55, en, 20, "sans", GREY)
        p.text(480, yy + 56, ven, 24, "sans-b")
        p.text(1170, yy + 56, var, 26, "sans-b", align="r")
        p.text(p.w - 140, yy + 55, ar, 22, "sans", GREY, align="r")
        yy += 88
    p.text(140, yy + 80, "Date of issue: %s" % dmy(d["issue"]), 21, "sans")
    p.text(p.w - 140, yy + 80, "%s :تاريخ الإصدار" % dmy(d["issue"]), 21, "sans", align="r")
    p.text(140, yy + 130, "Registrar: %s" % d["officer"], 21, "sans")
    p.signature(180, yy + 220, 240, seed=d["seed"])
    p.stamp(
        p.w - 380, yy + 230, 120, "REPUBLIC OF IRAQ * MINISTRY OF HEALTH *", ["BIRTHS"], (120, 40, 120), 16
    )
    return [p]


# ---- Somalia ---------------------------------------------------------------------------------------
def birth_so(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.rect((100, 100, p.w - 100, p.h - 100), outline=(65, 137, 221), width=6)
    p.rect((118, 118, p.w - 118, p.h - 118), outline=(65, 137, 221), width=1)
    p.poly(
        [
            (p.w / 2, 160),
            (p.w / 2 + 20, 215),
            (p.w / 2 + 78, 215),
            (p.w / 2 + 31, 248),
            (p.w / 2 + 48, 305),
            (p.w / 2, 270),
            (p.w / 2 - 48, 305),
            (p.w / 2 - 31, 248),
            (p.w / 2 - 78, 215),
            (p.w / 2 - 20, 215),
        ],
        fill=(65, 137, 221),
    )
    p.text(p.w / 2, 370, "JAMHUURIYADDA FEDERAALKA SOOMAALIYA", 28, "sans-b", align="c")
    p.text(p.w / 2, 405, "FEDERAL REPUBLIC OF SOMALIA", 22, "sans", align="c")
    p.text(
        p.w / 2, 440, "Maamulka Gobolka Banaadir — Dowladda Hoose ee Muqdisho", 20, "sans", GREY, align="c"
    )
    p.text(p.w / 2, 540, "SHAHAADADA DHALASHADA", 40, "serif-b", (30, 80, 160), align="c")
    p.text(p.w / 2, 585, "BIRTH CERTIFICATE", 28, "serif", align="c")
    p.text(p.w - 170, 650, "Lambar / No. %s" % d["number"], 22, "mono", align="r")
    rows = [
        ("Magaca / Name", "%s %s" % (per.given_str, per.surname)),
        ("Jinsiga / Sex", "Dheddig / Female" if per.sex == "F" else "Lab / Male"),
        ("Taariikhda dhalashada / Date of birth", dmy(per.birth)),
        ("Goobta dhalashada / Place of birth", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Magaca aabaha / Father's name", "%s %s" % per.father),
            ("Magaca hooyada / Mother's name", "%s %s" % per.mother),
        ]
    rows += [("Dhalashada / Nationality", "Soomaali / Somali")]
    yy = 740
    for lab, val in rows:
        p.text(180, yy, lab, 21, "sans", (60, 60, 60))
        p.text(760, yy, val, 27, "serif-b")
        k.dotted(p, 760, p.w - 180, yy + 10)
        yy += 80
    p.text(180, yy + 60, "Waxaa la bixiyay / Issued on: %s" % dmy(d["issue"]), 22, "sans")
    p.text(180, yy + 105, "Duqa Magaalada / Mayor: %s" % d["officer"], 22, "sans")
    p.photo((p.w - 420, yy + 40, p.w - 180, yy + 330), (215, 220, 230))
    p.signature(220, yy + 230, 240, seed=d["seed"])
    p.stamp(p.w - 520, yy + 330, 110, "DOWLADDA HOOSE EE MUQDISHO * ", ["BANAADIR"], (40, 90, 170), 16)
    return [p]


# ---- South Africa -----------------------------------------------------------------------------------
def birth_za(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    logo(p, "flag3", 130, 110, 110, (0, 119, 73), (255, 184, 28))
    p.text(270, 140, "home affairs", 40, "sans-b", (0, 90, 60))
    p.text(270, 175, "Department: Home Affairs — REPUBLIC OF SOUTH AFRICA", 19, "sans", GREY)
    p.text(p.w / 2, 300, "UNABRIDGED BIRTH CERTIFICATE", 38, "sans-b", align="c")
    p.text(
        p.w / 2,
        340,
        "Births and Deaths Registration Act, 1992 (Act No. 51 of 1992)",
        18,
        "sans-i",
        GREY,
        align="c",
    )
    p.text(130, 410, "Reference number: %s" % d["number"].replace("/", ""), 20, "mono")
    k.barcode(p, p.w - 560, 370, 420, 55, d["seed"])

    def block(y: float, title: str, rows: list) -> float:
        p.rect((120, y, p.w - 120, y + 46), outline=None, fill=(0, 90, 60))
        p.text(140, y + 33, title, 22, "sans-b", (255, 255, 255))
        y += 46
        for lab, val in rows:
            p.rect((120, y, p.w - 120, y + 64), outline=(150, 150, 150), width=1)
            p.text(140, y + 42, lab, 19, "sans", GREY)
            p.text(620, y + 42, val, 24, "sans-b")
            y += 64
        return y + 30

    yy = block(
        470,
        "PARTICULARS OF CHILD",
        [
            ("Identity number", za_id(per, d)),
            ("Surname", per.surname.upper()),
            ("Forenames", per.given_str.upper()),
            ("Sex", "FEMALE" if per.sex == "F" else "MALE"),
            ("Date of birth", dmy(per.birth, "-").replace("-", " ")),
            ("Place of birth", "%s, %s" % (per.birthplace.upper(), "SOUTH AFRICA")),
        ],
    )
    if not d["nofil"]:
        yy = block(
            yy,
            "PARTICULARS OF MOTHER",
            [
                ("Surname", per.mother[1].upper()),
                ("Forenames", per.mother[0].upper()),
                (
                    "Identity number",
                    za_id(
                        type(per)(**{**per.__dict__, "birth": "1965-03-14", "sex": "F"}),
                        {"seed": d["seed"] + 1},
                    ),
                ),
            ],
        )
        yy = block(
            yy,
            "PARTICULARS OF FATHER",
            [
                ("Surname", per.father[1].upper()),
                ("Forenames", per.father[0].upper()),
                (
                    "Identity number",
                    za_id(
                        type(per)(**{**per.__dict__, "birth": "1961-09-02", "sex": "M"}),
                        {"seed": d["seed"] + 2},
                    ),
                ),
            ],
        )
    p.text(130, yy + 40, "Date of issue: %s" % dmy(d["issue"], " "), 21, "sans")
    p.text(130, yy + 80, "Issued at: Home Affairs Office, %s" % per.birthplace, 21, "sans")
    p.wrap(
        130,
        yy + 140,
        1000,
        "This is to certify that the above particulars were extracted from the Population Register. DIRECTOR-GENERAL: HOME AFFAIRS",
        19,
        "sans-i",
    )
    p.signature(180, yy + 300, 240, seed=d["seed"])
    p.stamp(p.w - 350, yy + 230, 120, "DEPARTMENT OF HOME AFFAIRS * ", ["RSA"], (0, 80, 50), 18)
    return [p]


# ---- Sierra Leone (register entry, landscape) ----------------------------------------------------
def birth_sl(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(size=(2339, 1654))
    p.text(p.w / 2, 110, "REPUBLIC OF SIERRA LEONE", 32, "serif-b", align="c")
    p.text(p.w / 2, 150, "NATIONAL CIVIL REGISTRATION AUTHORITY", 22, "serif", align="c")
    p.text(p.w / 2, 220, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 36, "serif-b", (20, 80, 40), align="c")
    p.text(
        p.w / 2,
        260,
        "Births and Deaths Registration Act — Registration District of %s" % per.birthplace,
        20,
        "serif-i",
        GREY,
        align="c",
    )
    heads = [
        "No.",
        "When and where born",
        "Name",
        "Sex",
        "Name and surname of father",
        "Name and maiden surname of mother",
        "Signature, description and residence of informant",
        "When registered",
        "Signature of registrar",
    ]
    widths = [100, 330, 310, 150, 300, 320, 290, 220, 220]
    x0 = (p.w - sum(widths)) / 2
    p.rect((x0, 320, x0 + sum(widths), 900), outline=(40, 40, 40), width=2)
    cx = x0
    for hd, w in zip(heads, widths):
        p.rect((cx, 320, cx + w, 450), outline=(40, 40, 40), fill=(232, 240, 232), width=1)
        p.wrap(cx + 10, 350, w - 20, hd, 17, "serif-b", leading=1.25)
        p.line(cx, 450, cx, 900, (40, 40, 40), 1)
        cx += w
    reg = per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 6)
    cells = [
        d["number"].split("/")[0],
        "%s, %s" % (long_en(per.birth), per.birthplace),
        "%s %s" % (per.given_str, per.surname.upper()),
        "Female" if per.sex == "F" else "Male",
        "" if d["nofil"] else "%s %s" % (per.father[0], per.father[1].upper()),
        "" if d["nofil"] else "%s %s" % (per.mother[0], per.mother[1].upper()),
        "Father, %s" % per.birthplace if not d["nofil"] else "Informant",
        long_en(reg),
        "",
    ]
    cx = x0
    for i, (val, w) in enumerate(zip(cells, widths)):
        p.vector = False
        yy = 520
        words = val.split()
        line = ""
        for word in words:
            cand = (line + " " + word).strip()
            if p.width(cand, 27, "sans-i") > w - 30 and line:
                k.hand(p, cx + 12, yy, line, 27, seed=i + d["seed"])
                yy += 44
                line = word
            else:
                line = cand
        if line:
            k.hand(p, cx + 12, yy, line, 27, seed=i + d["seed"])
        cx += w
    p.signature(x0 + sum(widths[:-1]) + 20, 560, 180, seed=d["seed"])
    p.wrap(
        x0,
        1000,
        1500,
        "I hereby certify that this is a true copy of the entry No. %s in the Register of Births for the District of %s."
        % (d["number"], per.birthplace),
        22,
        "serif",
    )
    p.text(x0, 1100, "Given under my hand this %s." % long_en(d["issue"]), 22, "serif")
    p.text(x0, 1150, "Registrar: %s" % d["officer"], 22, "serif")
    p.stamp(p.w - 400, 1120, 130, "NCRA * SIERRA LEONE * FREETOWN *", ["REGISTRAR"], (30, 100, 50), 18)
    return [p]


# ---- Chile ---------------------------------------------------------------------------------------
def birth_cl(d: dict) -> list[Page]:
    per = d["person"]
    p = Page()
    p.rect((0, 0, p.w, 12), outline=None, fill=(0, 57, 166))
    p.text(130, 130, "Servicio de Registro Civil e Identificación", 28, "sans-b", (0, 57, 166))
    p.text(130, 165, "Gobierno de Chile", 20, "sans", GREY)
    p.text(p.w / 2, 290, "CERTIFICADO DE NACIMIENTO", 38, "sans-b", align="c")
    p.text(p.w / 2, 330, "Para: TODO TRÁMITE", 22, "sans", align="c")
    b = per.birth
    reg_no = d["number"].split("/")[0]
    heads = [
        ("Circunscripción", per.birthplace.upper()),
        ("Nro. inscripción", reg_no),
        ("Registro", "S"),
        ("Año", b[:4]),
    ]
    cx = 130
    for lab, val in heads:
        p.rect((cx, 380, cx + 348, 470), outline=(120, 120, 120), width=1)
        p.text(cx + 14, 412, lab, 17, "sans", GREY)
        p.text(cx + 14, 452, val, 23, "sans-b")
        cx += 348
    rows = [
        ("Nombre inscrito", "%s %s" % (per.given_str.upper(), per.surname.upper())),
        ("R.U.N.", run_cl(d)),
        ("Fecha nacimiento", "%d %s %s" % (int(b[8:]), ES_MES[int(b[5:7]) - 1].capitalize(), b[:4])),
        ("Hora nacimiento", _hm(d).replace(":", ":") + " horas"),
        ("Sexo", "FEMENINO" if per.sex == "F" else "MASCULINO"),
    ]
    if not d["nofil"]:
        rows += [
            ("Nombre del padre", "%s %s" % (per.father[0].upper(), per.father[1].upper())),
            ("R.U.N. del padre", run_cl(d, 1)),
            ("Nombre de la madre", "%s %s" % (per.mother[0].upper(), per.mother[1].upper())),
            ("R.U.N. de la madre", run_cl(d, 2)),
        ]
    yy = 560
    for lab, val in rows:
        p.text(150, yy, lab, 22, "sans", (60, 60, 60))
        p.text(560, yy, ":  " + val, 25, "sans-b")
        yy += 60
    p.text(150, yy + 40, "Subinscripciones: NO HAY", 21, "sans")
    p.text(150, yy + 120, "Fecha emisión: %s" % dmy(d["issue"], "-"), 21, "sans")
    folio = _digits(d, 12, 9)
    p.text(150, yy + 160, "Folio: %s   Código verificación: %s" % (folio, _digits(d, 10, 11)), 21, "mono")
    p.wrap(
        150,
        yy + 230,
        1000,
        "Verifique este documento en www.registrocivil.cl, o a nuestro Call Center 600 370 2000. Certificado con firma electrónica avanzada.",
        19,
        "sans-i",
        GREY,
    )
    k.qr(p, p.w - 380, yy + 60, 240, d["seed"])
    k.barcode(p, 150, p.h - 280, 700, 70, d["seed"] + 5)
    return [p]


# ---- Cambodia (Khmer / English) ---------------------------------------------------------------------
def birth_kh(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(bg=(252, 250, 244))
    r = d["seed"]
    k.khmer_like(p, p.w / 2 - 170, 130, 12, 30, seed=r)
    p.text(p.w / 2, 180, "KINGDOM OF CAMBODIA", 26, "serif-b", align="c")
    p.text(p.w / 2, 215, "Nation  Religion  King", 20, "serif-i", align="c")
    k.khmer_like(p, 130, 300, 9, 24, seed=r + 1)
    p.text(130, 340, "Province / Capital: %s" % per.birthplace, 19, "serif")
    p.text(130, 370, "Commune / Sangkat office — Civil Status", 19, "serif", GREY)
    k.khmer_like(p, p.w / 2 - 120, 470, 8, 44, (120, 20, 30), seed=r + 2)
    p.text(p.w / 2, 530, "BIRTH CERTIFICATE", 36, "serif-b", (120, 20, 30), align="c")
    p.text(p.w - 130, 600, "No. %s" % d["number"], 21, "mono", align="r")
    fam, giv = per.surname.upper(), per.given_str

    def pn(g: str, s: str) -> str:
        return "%s %s" % (s.upper(), g)

    rows = [
        ("Name", "%s %s" % (fam, giv)),
        ("Sex", "Female" if per.sex == "F" else "Male"),
        ("Nationality", "Khmer"),
        ("Date of birth", "%s %s %s" % (per.birth[8:], MONTHS_EN[int(per.birth[5:7]) - 1], per.birth[:4])),
        ("Place of birth", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [("Father", pn(*per.father)), ("Mother", pn(*per.mother))]
    yy = 690
    for i, (lab, val) in enumerate(rows):
        k.khmer_like(p, 150, yy, 6, 24, seed=r + 10 + i)
        p.text(430, yy, lab, 21, "serif-i", GREY)
        p.text(700, yy, val, 28, "serif-b")
        k.dotted(p, 700, p.w - 150, yy + 12)
        yy += 90
    k.khmer_like(p, 150, yy + 60, 22, 24, seed=r + 30)
    p.text(150, yy + 110, "Made at the civil registration office, %s." % long_en(d["issue"]), 21, "serif")
    p.text(p.w - 200, yy + 170, "Commune Chief / Civil Registrar", 20, "serif", align="r")
    p.signature(p.w - 520, yy + 270, 240, seed=r)
    p.stamp(p.w - 400, yy + 300, 115, "KINGDOM OF CAMBODIA * CIVIL STATUS *", ["SANGKAT"], (160, 30, 40), 16)
    return [p]


TEMPLATES = {
    "birth_fr10": ("birth_certificate", None, birth_fr10),
    "birth_no": ("birth_certificate", None, birth_no),
    "birth_lv": ("birth_certificate", None, birth_lv),
    "birth_mt": ("birth_certificate", None, birth_mt),
    "birth_ba": ("birth_certificate", None, birth_ba),
    "birth_mk": ("birth_certificate", None, birth_mk),
    "birth_iq": ("birth_certificate", None, birth_iq),
    "birth_so": ("birth_certificate", None, birth_so),
    "birth_za": ("birth_certificate", None, birth_za),
    "birth_sl": ("birth_certificate", None, birth_sl),
    "birth_cl": ("birth_certificate", None, birth_cl),
    "birth_kh": ("birth_certificate", None, birth_kh),
}

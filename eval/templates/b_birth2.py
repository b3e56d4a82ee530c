"""Blind half: birth certificates of IE, MD, UA (Latin transliteration), CV, BO (one layout each)."""

from __future__ import annotations

from codes import dmy, long_en
from render import Page

MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]  # fmt: skip
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro"]  # fmt: skip


def _pf(per) -> tuple[str, str]:
    return "%s %s" % (per.father[0], per.father[1].upper()), "%s %s" % (per.mother[0], per.mother[1].upper())


def birth_ie(d: dict) -> list[Page]:
    """Ireland: 'Birth Certificate' from the General Register Office, green rules, boxed cells."""
    per = d["person"]
    p = Page((2339, 1654))
    g = (0, 110, 70)
    p.rect((60, 60, 2279, 1594), outline=g, width=5)
    p.text(1170, 150, "ÉIRE - IRELAND", 40, "serif-b", g, "c")
    p.text(1170, 210, "Teastas Breithe - Birth Certificate", 38, "serif", align="c")
    p.text(
        1170, 260, "Civil Registration Act 2004 - General Register Office", 22, "sans-i", (90, 90, 90), "c"
    )
    p.text(120, 340, "Registration District: " + per.birthplace, 26, "sans")
    p.text(2220, 340, "Entry No. " + d["number"], 26, "sans-b", align="r")
    fa, mo = _pf(per)
    cells = [
        ("1. Date of birth", long_en(per.birth)),
        ("2. Place of birth", per.birthplace),
        ("3. Forename(s)", per.given_str),
        ("4. Surname", per.surname.upper()),
        ("5. Sex", "Male" if per.sex == "M" else "Female"),
    ]
    if not d["nofil"]:
        cells += [("6. Father's name and surname", fa), ("7. Mother's name and surname", mo)]
    for i, (lab, val) in enumerate(cells):
        col, row = i % 2, i // 2
        x, y = 120 + col * 1080, 420 + row * 190
        p.rect((x, y, x + 1040, y + 160), outline=g, width=2)
        p.text(x + 20, y + 45, lab, 22, "sans", g)
        p.text(x + 20, y + 115, val, 34, "serif-b")
    y = 420 + ((len(cells) + 1) // 2) * 190 + 60
    p.text(120, y, "Certified a true copy of an entry in a register in my custody.", 26, "serif-i")
    p.text(120, y + 60, "Date of issue: " + dmy(d["issue"]), 26, "sans")
    p.text(1700, y + 60, "Registrar: " + d["officer"], 26, "sans-b")
    p.signature(1700, y + 170, seed=d["seed"] % 9)
    p.stamp(1300, y + 120, 110, "* GENERAL REGISTER OFFICE * ", ["ÉIRE"], g)
    return [p]


def birth_md(d: dict) -> list[Page]:
    """Moldova: 'Certificat de naştere' (Romanian), blue form with numbered lines and series."""
    per = d["person"]
    p = Page(bg=(242, 246, 252))
    p.background("waves", (222, 232, 246), 28)
    b = (20, 60, 140)
    p.text(827, 180, "REPUBLICA MOLDOVA", 40, "sans-b", b, "c")
    p.text(827, 270, "CERTIFICAT DE NAŞTERE", 48, "serif-b", b, "c", spacing=3)
    p.text(827, 320, "Seria NA-II  Nr. " + d["number"], 26, "mono-b", (160, 30, 30), "c")
    fa, mo = _pf(per)
    rows = [
        ("Numele de familie", per.surname.upper()),
        ("Prenumele", per.given_str),
        ("Sexul", "feminin" if per.sex == "F" else "masculin"),
        ("Data naşterii", dmy(per.birth, ".")),
        ("Locul naşterii", per.birthplace + ", Republica Moldova"),
    ]
    if not d["nofil"]:
        rows += [("Tatăl", fa), ("Mama", mo)]
    y = 460
    for lab, val in rows:
        p.text(150, y, lab, 24, "sans", b)
        p.line(560, y + 8, 1500, y + 8, b, 1)
        p.text(580, y - 4, val, 32, "sans-b")
        y += 100
    p.text(150, y + 40, "Actul de naştere nr. %s din %s" % (d["number"], dmy(per.birth, ".")), 24, "sans")
    p.text(150, y + 100, "Data eliberării: " + dmy(d["issue"], "."), 24, "sans")
    p.text(150, y + 160, "Oficiul Stare Civilă " + per.birthplace, 24, "sans")
    p.text(1000, y + 250, "Şeful oficiului: " + d["officer"], 24, "sans-b")
    p.signature(1050, y + 340, seed=d["seed"] % 7)
    p.stamp(520, y + 330, 130, "* REPUBLICA MOLDOVA * STARE CIVILĂ ", ["ASP"], b)
    return [p]


def birth_ua(d: dict) -> list[Page]:
    """Ukraine: 'Svidotstvo pro narodzhennia' in Latin transliteration, pink security paper."""
    per = d["person"]
    p = Page(bg=(252, 240, 240))
    p.background("rosette", (244, 222, 226))
    r = (140, 40, 60)
    p.rect((60, 60, 1594, 2279), outline=r, width=3)
    p.text(827, 190, "UKRAINA", 44, "serif-b", r, "c", spacing=8)
    p.text(827, 280, "SVIDOTSTVO PRO NARODZHENNIA", 40, "serif-b", align="c")
    p.text(827, 330, "(transliteratsiia latynytseiu)", 22, "serif-i", (100, 100, 100), "c")
    p.text(827, 390, "Seriia I-KH  No " + d["number"], 28, "mono-b", r, "c")
    fa, mo = _pf(per)
    rows = [
        ("Prizvyshche", per.surname.upper()),
        ("Imia", per.given_str),
        ("Stat", "zhinocha" if per.sex == "F" else "cholovicha"),
        ("Data narodzhennia", dmy(per.birth, ".")),
        ("Mistse narodzhennia", per.birthplace + ", Ukraina"),
    ]
    if not d["nofil"]:
        rows += [("Batko", fa), ("Maty", mo)]
    y = 520
    for lab, val in rows:
        p.text(827, y, val, 34, "serif-b", align="c")
        p.line(250, y + 12, 1404, y + 12, r, 1)
        p.text(827, y + 44, lab.lower(), 20, "serif-i", (110, 110, 110), "c")
        y += 130
    p.text(150, y + 60, "Aktovyi zapys No %s" % d["number"], 24, "serif")
    p.text(150, y + 110, "Mistse derzhavnoi reiestratsii: viddil DRATS, " + per.birthplace, 24, "serif")
    p.text(150, y + 160, "Data vydachi: " + dmy(d["issue"], "."), 24, "serif")
    p.text(1000, y + 250, "Kerivnyk: " + d["officer"], 24, "serif-b")
    p.signature(1050, y + 340, seed=d["seed"] % 5)
    p.stamp(500, y + 330, 130, "* VIDDIL DRATS * UKRAINA ", [per.birthplace.upper()], (40, 50, 140))
    return [p]


def birth_cv(d: dict) -> list[Page]:
    """Cape Verde: 'Certidão de nascimento' narrative in Portuguese, blue header, stamp duty box."""
    per = d["person"]
    p = Page()
    b = (0, 50, 130)
    p.rect((0, 0, p.w, 260), outline=None, fill=b)
    for i in range(10):
        p.ellipse((110 + i * 26, 170, 126 + i * 26, 186), outline=None, fill=(250, 210, 40))
    p.text(827, 110, "REPÚBLICA DE CABO VERDE", 40, "sans-b", (255, 255, 255), "c")
    p.text(
        827, 160, "Conservatória dos Registos Civil, Predial e Comercial", 24, "sans", (230, 230, 255), "c"
    )
    p.text(827, 360, "CERTIDÃO DE NASCIMENTO", 42, "sans-b", b, "c")
    p.text(827, 405, "Assento n.º " + d["number"], 26, "sans", align="c")
    m = MESES_PT[int(per.birth[5:7]) - 1]
    fa, mo = _pf(per)
    t = "Aos %d dias do mês de %s do ano de %s, nasceu em %s, ilha de Santiago, %s, do sexo %s, %s" % (
        int(per.birth[8:10]), m, per.birth[:4], per.birthplace, per.given_str + " " + per.surname.upper(),
        "feminino" if per.sex == "F" else "masculino",
        "." if d["nofil"] else "filho(a) de %s e de %s." % (fa, mo),
    )  # fmt: skip
    y = p.wrap(140, 520, 1370, t, 30, "serif", leading=1.7)
    y = p.wrap(
        140,
        y + 30,
        1370,
        "Está conforme o original. Certidão emitida em " + dmy(d["issue"]) + ".",
        26,
        "serif",
    )
    p.rect((140, y + 60, 560, y + 220), outline=(150, 120, 40), width=2)
    p.lines(160, y + 110, ["Emolumentos: 500$00", "Selo: 50$00", "Conta n.º " + d["number"][:3]], 22, "mono")
    p.text(1000, y + 120, "O Conservador,", 26, "serif-i")
    p.text(1000, y + 170, d["officer"], 26, "serif")
    p.signature(1000, y + 270, seed=d["seed"] % 6)
    p.stamp(1300, y + 380, 120, "* CONSERVATÓRIA * CABO VERDE ", [per.birthplace.upper()], b)
    return [p]


def birth_bo(d: dict) -> list[Page]:
    """Bolivia: 'Certificado de nacimiento' of the Servicio de Registro Cívico, red-yellow-green strip."""
    per = d["person"]
    p = Page()
    for i, c in enumerate(((210, 16, 52), (249, 228, 0), (0, 122, 51))):
        p.rect((100 + i * 485, 90, 100 + (i + 1) * 485, 120), outline=None, fill=c)
    p.text(100, 190, "ESTADO PLURINACIONAL DE BOLIVIA", 34, "cond-b")
    p.text(100, 235, "Servicio de Registro Cívico - SERECI", 26, "cond")
    p.text(1554, 190, "Folio N° " + d["number"], 28, "mono-b", (200, 20, 40), "r")
    p.text(827, 360, "CERTIFICADO DE NACIMIENTO", 44, "cond-b", align="c")
    fa, mo = _pf(per)
    m = MESES[int(per.birth[5:7]) - 1]
    rows = [
        ["DATOS DEL INSCRITO", ""],
        ["Apellidos", per.surname.upper()],
        ["Nombres", per.given_str],
        ["Sexo", "Femenino" if per.sex == "F" else "Masculino"],
        ["Fecha de nacimiento", "%d de %s de %s" % (int(per.birth[8:10]), m, per.birth[:4])],
        ["Lugar de nacimiento", per.birthplace + ", Bolivia"],
    ]
    if not d["nofil"]:
        rows += [["Nombre del padre", fa], ["Nombre de la madre", mo]]
    y = p.table(100, 440, [520, 934], rows, 27, "cond", "cond-b", (230, 230, 230), 74)
    p.text(100, y + 80, "Oficialía de Registro Civil N° 12 - " + per.birthplace, 24, "cond")
    p.text(100, y + 130, "Fecha de emisión: " + dmy(d["issue"]), 24, "cond")
    p.text(1100, y + 230, "Oficial de Registro Civil", 24, "cond-b", align="c")
    p.text(1100, y + 270, d["officer"], 24, "cond", align="c")
    p.signature(980, y + 370, seed=d["seed"] % 8)
    p.stamp(450, y + 330, 130, "* SERECI * BOLIVIA * REGISTRO CÍVICO ", ["OFICIALÍA"], (0, 100, 50))
    return [p]


TEMPLATES = {
    "birth_ie": ("birth_certificate", None, birth_ie),
    "birth_md": ("birth_certificate", None, birth_md),
    "birth_ua": ("birth_certificate", None, birth_ua),
    "birth_cv": ("birth_certificate", None, birth_cv),
    "birth_bo": ("birth_certificate", None, birth_bo),
}

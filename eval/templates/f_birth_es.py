"""Fresh-half birth certificates in Spanish: Peru (RENIEC act), Venezuela (prose act of the
civil registry), Dominican Republic (JCE extract). Everything printed is invented.
"""

from __future__ import annotations

from codes import dmy
from f_birth import _names
from render import GREY, Page, logo

ES_UNITS = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
    "treinta",
    "treinta_y_uno",
]
MESES = [
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


def es_date_words(iso: str) -> str:
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    day = ES_UNITS[d].replace("_", " ")
    return "%s de %s de %s" % (day, MESES[m - 1], "mil novecientos" if y < 2000 else "dos mil")


# ---- Peru: RENIEC computer-printed act with three sections -------------------------------------
def birth_pe(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _names(d)
    p = Page()
    p.rect((0, 0, 1654, 150), outline=None, fill=(200, 16, 46))
    p.text(120, 95, "RENIEC", 64, "sans-b", (255, 255, 255))
    p.text(460, 70, "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL", 24, "sans-b", (255, 255, 255))
    p.text(460, 110, "República del Perú", 24, "sans", (255, 255, 255))
    p.text(827, 250, "ACTA DE NACIMIENTO", 48, "sans-b", align="c")
    p.text(
        827,
        300,
        "Copia certificada  ·  N° de acta %s  ·  CUI %s"
        % (d["number"].replace("/", ""), d["number"][:3] + per.birth.replace("-", "")),
        24,
        "mono",
        align="c",
    )
    secs = [
        (
            "DATOS DEL NACIDO",
            [
                ("Prenombres", given),
                ("Primer y segundo apellido", per.surname),
                ("Sexo", "MASCULINO" if per.sex == "M" else "FEMENINO"),
                ("Fecha de nacimiento", dmy(per.birth)),
                ("Lugar de nacimiento", "%s — PERÚ" % per.birthplace.upper()),
            ],
        )
    ]
    if not d["nofil"]:
        secs += [
            (
                "DATOS DE LA MADRE",
                [("Nombres y apellidos", "%s %s" % (mo[0], mo[1])), ("Nacionalidad", "PERUANA")],
            ),
            (
                "DATOS DEL PADRE",
                [("Nombres y apellidos", "%s %s" % (fa[0], fa[1])), ("Nacionalidad", "PERUANA")],
            ),
        ]
    y = 380
    for title, fields in secs:
        p.rect((120, y, 1534, y + 56), outline=None, fill=(60, 60, 60))
        p.text(140, y + 40, title, 28, "sans-b", (255, 255, 255))
        y += 56
        for lab, val in fields:
            p.rect((120, y, 1534, y + 78), outline=(170, 170, 170), width=1)
            p.text(140, y + 50, lab, 24, "sans", GREY)
            p.text(640, y + 52, val.upper(), 30, "mono-b")
            y += 78
        y += 30
    p.text(
        120,
        y + 40,
        "Oficina de registro: OREC %s — Fecha de inscripción: %s" % (per.birthplace.upper(), dmy(per.birth)),
        24,
        "sans",
    )
    p.text(120, y + 90, "Expedido el %s" % dmy(d["issue"]), 24, "sans")
    p.text(1200, y + 200, "Registrador Civil: %s" % d["officer"], 24, "sans-i", align="c")
    p.signature(1070, y + 300, 260, seed=d["seed"] % 19)
    p.rect((120, y + 160, 360, y + 400), outline=(0, 0, 0), width=2)
    for k in range(8):  # QR-like verification square
        for j in range(8):
            if (k * 7 + j * 3 + d["seed"]) % 3 == 0:
                p.rect(
                    (135 + k * 27, y + 175 + j * 27, 160 + k * 27, y + 200 + j * 27),
                    outline=None,
                    fill=(0, 0, 0),
                )
    return [p]


# ---- Venezuela: prose act in a ruled frame ----------------------------------------------------
def birth_ve(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _names(d)
    p = Page(bg=(252, 252, 250))
    p.rect((70, 70, 1584, 2269), outline=(0, 0, 0), width=3)
    p.rect((84, 84, 1570, 2255), outline=(0, 0, 0), width=1)
    logo(p, "flag3", 130, 120, 140, (255, 205, 0), (0, 36, 125))
    p.text(900, 150, "REPÚBLICA BOLIVARIANA DE VENEZUELA", 32, "serif-b", align="c")
    p.text(900, 190, "CONSEJO NACIONAL ELECTORAL — COMISIÓN DE REGISTRO CIVIL", 22, "serif", align="c")
    p.text(900, 225, "Unidad de Registro Civil de la Parroquia %s" % per.birthplace, 22, "serif-i", align="c")
    p.text(827, 360, "ACTA DE NACIMIENTO N° %s" % d["number"].split("/")[0], 40, "serif-b", align="c")
    txt = (
        "Yo, %s, Registrador(a) Civil, hago constar que en fecha %s (%s) nació en %s un niño(a) "
        "de sexo %s a quien se le dio el nombre de %s %s"
        % (
            d["officer"],
            dmy(per.birth),
            es_date_words(per.birth),
            per.birthplace,
            "masculino" if per.sex == "M" else "femenino",
            given.upper(),
            sur,
        )
    )
    if not d["nofil"]:
        txt += ", hijo(a) de %s %s, venezolano, y de %s %s, venezolana, ambos domiciliados en %s." % (
            fa[0],
            fa[1],
            mo[0],
            mo[1],
            per.birthplace,
        )
    else:
        txt += "."
    y = p.wrap(140, 470, 1370, txt, 30, "scond", leading=1.75)
    y = p.wrap(
        140,
        y + 20,
        1370,
        "Testigos: dos testigos hábiles. Leída la presente acta, los comparecientes la firman conmigo.",
        30,
        "scond",
        leading=1.75,
    )
    p.text(140, y + 60, "Copia certificada expedida el %s." % dmy(d["issue"]), 28, "scond-i")
    p.signature(1050, y + 230, 260, seed=d["seed"] % 41)
    p.line(960, y + 250, 1440, y + 250, (0, 0, 0), 1)
    p.text(1200, y + 290, "EL REGISTRADOR CIVIL", 24, "serif", align="c")
    p.stamp(450, y + 220, 110, "REGISTRO CIVIL * VENEZUELA * ", ["CNE"], (30, 30, 30))
    return [p]


# ---- Dominican Republic: JCE extract, field table ----------------------------------------------
def birth_do(d: dict) -> list[Page]:
    per, given, sur, fa, mo = _names(d)
    p = Page()
    p.rect((120, 90, 300, 270), outline=(0, 45, 98), width=4)
    p.text(210, 200, "JCE", 56, "serif-b", (0, 45, 98), align="c")
    p.text(340, 140, "JUNTA CENTRAL ELECTORAL", 36, "sans-b", (0, 45, 98))
    p.text(340, 185, "República Dominicana", 28, "sans", (206, 17, 38))
    p.text(
        340, 225, "Oficialía del Estado Civil de la 1ra. Circunscripción de %s" % per.birthplace, 22, "sans"
    )
    p.text(827, 360, "EXTRACTO DE ACTA DE NACIMIENTO", 42, "sans-b", align="c")
    n = d["number"].split("/")[0]
    p.table(
        120,
        410,
        [470, 470, 474],
        [["Libro", "Folio", "Acta"], ["%s" % (int(n) % 90 + 1), n[::-1], n]],
        size=24,
        aligns="ccc",
        head_fill=(220, 228, 240),
    )
    rows = [
        ["Campo", "Dato"],
        ["Nombre(s)", given],
        ["Apellido(s)", per.surname],
        ["Sexo", "M" if per.sex == "M" else "F"],
        ["Fecha de nacimiento", dmy(per.birth)],
        ["Lugar de nacimiento", per.birthplace],
    ]
    if not d["nofil"]:
        rows += [["Padre", "%s %s" % (fa[0], fa[1])], ["Madre", "%s %s" % (mo[0], mo[1])]]
    y = p.table(
        120, 600, [430, 984], rows, size=28, f="sans", row_h=76, head_fill=(0, 45, 98), zebra=(242, 245, 250)
    )
    p.text(
        120,
        y + 80,
        "Expedido en %s, el %s. Válido para trámites en el exterior." % (per.birthplace, dmy(d["issue"])),
        24,
        "sans",
    )
    p.text(1230, y + 220, "%s" % d["officer"], 26, "sans-i", align="c")
    p.text(1230, y + 260, "Oficial del Estado Civil", 24, "sans", align="c")
    p.signature(1100, y + 200, 250, seed=d["seed"] % 17)
    p.stamp(500, y + 240, 110, "OFICIALIA DEL ESTADO CIVIL * RD * ", ["JCE"], (0, 45, 98))
    return [p]


TEMPLATES = {
    "birth_pe": ("birth_certificate", "fresh", birth_pe),
    "birth_ve": ("birth_certificate", "fresh", birth_ve),
    "birth_do": ("birth_certificate", "fresh", birth_do),
}

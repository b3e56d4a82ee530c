"""blind8 birth certificates: FR11 (copie intégrale / extrait), IS, CY, ME, JO, YE, ER, ZM, BW, GM, UY, MM."""

from __future__ import annotations

import numpy as np
from codes import MONTHS_EN, dmy, long_en, long_fr
from render import Page, logo
from u_kit import guilloche, qr, rstamp, script

GREEK = {
    "Andreas": "Ανδρέας",
    "Christos": "Χρίστος",
    "Marios": "Μάριος",
    "Nikos": "Νίκος",
    "Eleni": "Ελένη",
    "Maria": "Μαρία",
    "Despina": "Δέσποινα",
    "Stella": "Στέλλα",
    "Georgiou": "Γεωργίου",
    "Charalambous": "Χαραλάμπους",
    "Ioannou": "Ιωάννου",
    "Christodoulou": "Χριστοδούλου",
    "Lefkosia": "Λευκωσία",
    "Lemesos": "Λεμεσός",
    "Larnaka": "Λάρνακα",
    "Pafos": "Πάφος",
}


def _gr(s: str) -> str:
    return " ".join(GREEK.get(w, w) for w in s.split())


def kennitala(birth: str, rng) -> str:
    base = birth[8:10] + birth[5:7] + birth[2:4]
    while True:
        mid = "%02d" % int(rng.integers(20, 99))
        s = base + mid
        r = 11 - sum(int(c) * w for c, w in zip(s, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
        r = 0 if r == 11 else r
        if r != 10:
            return "%s-%s%d%s" % (base, mid, r, "9" if birth[0] == "1" else "0")


def jmbg(birth: str, sex: str, rng) -> str:
    s = (
        birth[8:10]
        + birth[5:7]
        + birth[1:4]
        + "26"
        + "%03d" % (int(rng.integers(0, 500)) + (500 if sex == "F" else 0))
    )
    a = [int(c) for c in s]
    m = (
        11
        - (
            7 * (a[0] + a[6])
            + 6 * (a[1] + a[7])
            + 5 * (a[2] + a[8])
            + 4 * (a[3] + a[9])
            + 3 * (a[4] + a[10])
            + 2 * (a[5] + a[11])
        )
        % 11
    )
    return s + str(0 if m > 9 else m)


def _reg_date(per, k: int = 9) -> str:
    y, m, dd = int(per.birth[:4]), int(per.birth[5:7]), int(per.birth[8:10])
    dd += k
    if dd > 28:
        dd -= 28
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return "%04d-%02d-%02d" % (y, m, dd)


def _bilingual(d: dict, cfg: dict) -> list[Page]:
    """Form-style certificate: each row has the native label (text or script shapes) and the English one."""
    landscape = cfg.get("landscape", False)
    p = Page(size=(2339, 1654) if landscape else (1654, 2339))
    W = p.w
    p.rect((40, 40, W - 40, p.h - 40), outline=cfg["col"], width=6)
    p.rect((56, 56, W - 56, p.h - 56), outline=cfg["col"], width=1)
    guilloche(p, (60, 60, W - 60, p.h - 60), color=cfg.get("bg", (232, 236, 244)), seed=d["seed"] % 9)
    logo(p, cfg.get("logo", "circle"), W / 2 - 55, 90, 110, cfg["col"])
    y = 260
    for ln in cfg["head"]:
        if ln.startswith("~"):
            script(p, W / 2 - 330, y, 660, ln[1:], 30, seed=y)
        else:
            p.text(W / 2, y, ln, 28, "serif-b", align="c")
        y += 46
    y += 20
    if cfg.get("title_script"):
        script(p, W / 2 - 260, y, 520, cfg["title_script"], 40, seed=3)
        y += 64
    p.text(W / 2, y, cfg["title"], 44, "serif-b", cfg["col"], align="c")
    y += 70
    no = cfg.get("no", d["number"])
    p.text(W - 140, y, "%s %s" % (cfg.get("no_label", "No."), no), 26, "mono-b", (150, 20, 20), align="r")
    y += 50
    rows = cfg["rows"]
    if d["nofil"]:
        rows = [r for r in rows if not r[2]]
    lx, vx = 120, (820 if landscape else 700)
    for native, eng, _parent, val in rows:
        if native.startswith("~"):
            script(p, lx, y, 240, native[1:], 22, seed=len(eng))
            p.text(lx + 260, y, eng, 20, "sans", (60, 60, 60))
        else:
            p.text(lx, y, native, 21, "sans-b", (40, 40, 40))
            p.text(lx, y + 28, eng, 18, "sans-i", (90, 90, 90))
        p.text(vx, y + 6, val, 28, "serif-b")
        p.line(vx, y + 18, W - 120, y + 18, (150, 150, 150), 1)
        y += 86 if not landscape else 76
    y += 30
    for ln in cfg.get("foot", []):
        y = p.wrap(lx, y, W - 240, ln, 21, "serif-i")
    y += 30
    p.text(lx, y, "%s %s" % (cfg.get("issued", "Issued on"), cfg.get("date", dmy)(d["issue"])), 24, "sans")
    p.text(W - 140, y, d["officer"], 24, "sans-b", align="r")
    p.text(W - 140, y + 34, cfg.get("officer_title", "Registrar"), 20, "sans-i", align="r")
    p.signature(W - 500, y + 130, 280, seed=d["seed"])
    p.stamp(W / 2 - 150, y + 160, 120, cfg.get("ring", cfg["head"][-1])[:34].upper(), ["*"], color=cfg["col"])
    if cfg.get("qr"):
        qr(p, 120, p.h - 330, 200, d["seed"])
    return [p]


def birth_is(d: dict) -> list[Page]:
    per, rng = d["person"], np.random.default_rng(d["seed"])
    kt = kennitala(per.birth, rng)
    f, m = per.father, per.mother
    cfg = dict(
        col=(20, 60, 120),
        head=["Þjóðskrá Íslands", "Registers Iceland"],
        title="FÆÐINGARVOTTORÐ · BIRTH CERTIFICATE",
        no=kt,
        no_label="Kennitala / ID No.",
        rows=[
            ("Nafn", "Name", False, per.given_str + " " + per.surname),
            ("Kennitala", "Identity number", False, kt),
            ("Kyn", "Sex", False, {"M": "Karl / Male", "F": "Kona / Female"}[per.sex]),
            ("Fæðingardagur", "Date of birth", False, "%s / %s" % (dmy(per.birth, "."), long_en(per.birth))),
            ("Fæðingarstaður", "Place of birth", False, per.birthplace),
            ("Faðir", "Father", True, "%s %s" % f),
            ("Móðir", "Mother", True, "%s %s" % m),
        ],
        foot=[
            "Vottorð þetta er gefið út samkvæmt þjóðskrá. / This certificate is issued from the National Registry."
        ],
        issued="Reykjavík, útgefið / issued",
        date=lambda s: dmy(s, "."),
        officer_title="f.h. Þjóðskrár Íslands",
        ring="ÞJÓÐSKRÁ ÍSLANDS",
        qr=True,
        logo="square",
    )
    return _bilingual(d, cfg)


def birth_cy(d: dict) -> list[Page]:
    per = d["person"]
    f, m = per.father, per.mother
    cfg = dict(
        col=(150, 90, 20),
        bg=(240, 234, 220),
        head=[
            "ΚΥΠΡΙΑΚΗ ΔΗΜΟΚΡΑΤΙΑ · REPUBLIC OF CYPRUS",
            "Τμήμα Αρχείου Πληθυσμού και Μετανάστευσης",
            "Civil Registry and Migration Department",
        ],
        title="ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΓΕΝΝΗΣΗΣ / BIRTH CERTIFICATE",
        no_label="Αρ. / No.",
        rows=[
            ("Επώνυμο", "Surname", False, "%s / %s" % (_gr(per.surname).upper(), per.surname.upper())),
            ("Όνομα", "Name", False, "%s / %s" % (_gr(per.given_str), per.given_str)),
            ("Φύλο", "Sex", False, {"M": "Άρρεν / Male", "F": "Θήλυ / Female"}[per.sex]),
            ("Ημερομηνία γεννήσεως", "Date of birth", False, dmy(per.birth)),
            ("Τόπος γεννήσεως", "Place of birth", False, "%s / %s" % (_gr(per.birthplace), per.birthplace)),
            ("Όνομα πατέρα", "Father's name", True, "%s %s / %s %s" % (_gr(f[0]), _gr(f[1]), f[0], f[1])),
            ("Όνομα μητέρας", "Mother's name", True, "%s %s / %s %s" % (_gr(m[0]), _gr(m[1]), m[0], m[1])),
            ("Ημερομηνία εγγραφής", "Date of registration", False, dmy(_reg_date(per))),
        ],
        issued="Λευκωσία / Nicosia,",
        officer_title="Έφορος Αρχείου Πληθυσμού / Registrar",
        ring="ΚΥΠΡΙΑΚΗ ΔΗΜΟΚΡΑΤΙΑ",
    )
    return _bilingual(d, cfg)


def birth_me(d: dict) -> list[Page]:
    per, rng = d["person"], np.random.default_rng(d["seed"])
    f, m = per.father, per.mother
    j = jmbg(per.birth, per.sex, rng)
    p = Page()
    p.text(827, 150, "ЦРНА ГОРА · CRNA GORA", 30, "serif-b", align="c")
    p.text(827, 195, "MINISTARSTVO UNUTRAŠNJIH POSLOVA", 24, "serif", align="c")
    p.text(827, 235, "Područna jedinica " + per.birthplace, 22, "serif", align="c")
    p.text(827, 340, "IZVOD IZ MATIČNOG REGISTRA ROĐENIH", 38, "serif-b", align="c")
    p.text(827, 385, "(Извод из матичног регистра рођених)", 22, "serif-i", align="c")
    rows = [
        ["Podatak", "Upis"],
        ["Prezime", per.surname],
        ["Ime", per.given_str],
        ["JMBG", j],
        ["Pol", {"M": "muški", "F": "ženski"}[per.sex]],
        ["Dan, mjesec, godina rođenja", dmy(per.birth, ".") + "."],
        ["Mjesto rođenja, opština", "%s, Crna Gora" % per.birthplace],
        ["Državljanstvo", "crnogorsko"],
    ]
    if not d["nofil"]:
        rows += [
            ["Ime i prezime oca", "%s %s" % f],
            ["Ime i prezime majke (i djevojačko)", "%s %s" % m],
        ]
    rows += [
        ["Broj i datum upisa", "%s od %s" % (d["number"], dmy(_reg_date(per), ".") + ".")],
        ["Napomena", "—"],
    ]
    y = p.table(120, 460, [560, 854], rows, size=24, head_fill=(220, 228, 238), row_h=72)
    y += 80
    p.text(
        120,
        y,
        "Izvod se izdaje na osnovu matičnog registra i ima dokaznu snagu javne isprave.",
        20,
        "serif-i",
    )
    p.text(120, y + 60, "U %s, %s. godine" % (per.birthplace, dmy(d["issue"], ".")), 24, "serif")
    p.text(1400, y + 60, "Matičar", 24, "serif", align="r")
    p.text(1400, y + 100, d["officer"], 24, "serif-b", align="r")
    p.signature(1100, y + 200, 260, seed=d["seed"])
    p.stamp(560, y + 230, 130, "CRNA GORA · MUP · " + per.birthplace.upper(), ["M.P."], color=(30, 50, 140))
    p.text(120, 2200, "Taksa plaćena u iznosu od 5,00 €", 18, "sans", (90, 90, 90))
    return [p]


def _arabic_like(d: dict, country: str) -> list[Page]:
    per, rng = d["person"], np.random.default_rng(d["seed"])
    f, m = per.father, per.mother
    if country == "JO":
        head = ["~ar", "THE HASHEMITE KINGDOM OF JORDAN", "Civil Status and Passports Department"]
        nat = "%010d" % int(rng.integers(10**9, 2 * 10**9))
        extra = [("~ar", "National No.", False, nat), ("~ar", "Religion", False, "—")]
        col = (10, 100, 60)
    else:
        head = [
            "~ar",
            "REPUBLIC OF YEMEN · MINISTRY OF INTERIOR",
            "Civil Status and Civil Registration Authority",
        ]
        extra = [("~ar", "Governorate", False, per.birthplace)]
        col = (140, 20, 30)
    cfg = dict(
        col=col,
        head=head,
        title_script="ar",
        title="BIRTH CERTIFICATE",
        rows=[
            ("~ar", "Name of the newborn", False, per.given_str + " " + per.surname),
            ("~ar", "Sex", False, {"M": "Male", "F": "Female"}[per.sex]),
            ("~ar", "Date of birth", False, dmy(per.birth)),
            ("~ar", "Place of birth", False, per.birthplace),
            ("~ar", "Nationality", False, {"JO": "Jordanian", "YE": "Yemeni"}[country]),
            ("~ar", "Father's full name", True, "%s %s" % f),
            ("~ar", "Mother's full name", True, "%s %s" % m),
            *extra,
            ("~ar", "Date of registration", False, dmy(_reg_date(per, 5))),
        ],
        officer_title="Director of Civil Status",
        ring="CIVIL STATUS " + ("JORDAN" if country == "JO" else "YEMEN"),
    )
    return _bilingual(d, cfg)


def birth_jo(d: dict) -> list[Page]:
    return _arabic_like(d, "JO")


def birth_ye(d: dict) -> list[Page]:
    return _arabic_like(d, "YE")


def birth_er(d: dict) -> list[Page]:
    per = d["person"]
    f, m = per.father, per.mother
    cfg = dict(
        col=(30, 90, 160),
        head=[
            "~ti",
            "STATE OF ERITREA",
            "Ministry of Local Government · Asmara Municipality",
            "Civil Status Registration Office",
        ],
        title_script="ti",
        title="CERTIFICATE OF BIRTH",
        rows=[
            ("~ti", "Name", False, per.given_str),
            ("~ti", "Father's name", False, per.surname),
            ("~ti", "Sex", False, {"M": "Male", "F": "Female"}[per.sex]),
            ("~ti", "Date of birth", False, long_en(per.birth)),
            ("~ti", "Place of birth", False, per.birthplace + ", Eritrea"),
            ("~ti", "Father (full name)", True, "%s %s" % f),
            ("~ti", "Mother (full name)", True, "%s %s" % m),
            ("~ti", "Registration No.", False, d["number"]),
        ],
        officer_title="Head, Civil Status Registration",
        ring="STATE OF ERITREA CIVIL STATUS",
    )
    return _bilingual(d, cfg)


def _register_entry(d: dict, country: str) -> list[Page]:
    """Commonwealth style 'certified copy of an entry of birth': landscape register columns."""
    per = d["person"]
    f, m = per.father, per.mother
    rep = {"ZM": "REPUBLIC OF ZAMBIA", "BW": "REPUBLIC OF BOTSWANA", "GM": "REPUBLIC OF THE GAMBIA"}[country]
    act = {
        "ZM": "Births and Deaths Registration Act (Cap. 51)",
        "BW": "Births and Deaths Registration Act (Cap. 30:01)",
        "GM": "Births and Deaths Registration Act (Cap. 31:01)",
    }[country]
    dept = {
        "ZM": "Department of National Registration, Passport and Citizenship",
        "BW": "Department of Civil and National Registration",
        "GM": "Births and Deaths Registry, Gambia Ministry of Health",
    }[country]
    col = {"ZM": (20, 110, 50), "BW": (40, 120, 190), "GM": (170, 40, 40)}[country]
    p = Page(size=(2339, 1654))
    p.rect((40, 40, 2299, 1614), outline=col, width=5)
    p.text(1170, 130, rep, 40, "serif-b", col, align="c")
    p.text(1170, 185, dept, 26, "serif", align="c")
    p.text(1170, 265, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 42, "serif-b", align="c")
    p.text(1170, 310, act, 22, "serif-i", align="c")
    p.text(120, 380, "Registration District: %s" % per.birthplace, 24, "sans")
    p.text(2220, 380, "Entry No. %s" % d["number"], 26, "mono-b", (160, 20, 20), align="r")
    head = [
        "1. When and where born",
        "2. Name(s)",
        "3. Sex",
        "4. Father",
        "5. Mother",
        "6. Informant",
        "7. When registered",
    ]
    rows = [
        head,
        [
            long_en(per.birth),
            per.given_str,
            {"M": "Boy", "F": "Girl"}[per.sex],
            "" if d["nofil"] else "%s %s" % f,
            "" if d["nofil"] else "%s %s" % m,
            "Mother" if not d["nofil"] else "—",
            dmy(_reg_date(per, 12)),
        ],
        [per.birthplace, per.surname.upper(), "", "", "", "", ""],
    ]
    p.table(90, 430, [330, 360, 130, 420, 420, 200, 300], rows, size=20, head_fill=(235, 235, 225), row_h=90)
    p.text(120, 820, "Surname of child: %s" % per.surname.upper(), 24, "sans-b")
    p.wrap(
        120,
        900,
        2100,
        "I hereby certify that the above is a true copy of the entry No. %s in the register of births kept at "
        "%s. Given under my hand on %s." % (d["number"], per.birthplace, long_en(d["issue"])),
        24,
        "serif",
    )
    p.text(1800, 1180, d["officer"], 26, "serif-b", align="c")
    p.text(1800, 1220, "Registrar of Births and Deaths", 22, "serif-i", align="c")
    p.signature(1650, 1140, 300, seed=d["seed"])
    p.stamp(500, 1250, 150, (rep + " REGISTRAR")[:36], ["BIRTHS", "DEATHS"], color=col)
    p.text(
        120,
        1560,
        "CAUTION: any person who falsifies this certificate commits an offence.",
        18,
        "sans-i",
        (90, 90, 90),
    )
    return [p]


def birth_zm(d: dict) -> list[Page]:
    return _register_entry(d, "ZM")


def birth_bw(d: dict) -> list[Page]:
    return _register_entry(d, "BW")


def birth_gm(d: dict) -> list[Page]:
    return _register_entry(d, "GM")


def birth_uy(d: dict) -> list[Page]:
    per, rng = d["person"], np.random.default_rng(d["seed"])
    f, m = per.father, per.mother
    ci = "%d.%03d.%03d-%d" % (
        int(rng.integers(3, 6)),
        int(rng.integers(0, 1000)),
        int(rng.integers(0, 1000)),
        int(rng.integers(0, 10)),
    )
    p = Page()
    p.text(827, 140, "REPÚBLICA ORIENTAL DEL URUGUAY", 30, "serif-b", align="c")
    p.text(827, 185, "Ministerio de Educación y Cultura", 24, "serif", align="c")
    p.text(827, 225, "Dirección General del Registro de Estado Civil", 24, "serif", align="c")
    p.text(827, 330, "PARTIDA DE NACIMIENTO", 42, "serif-b", align="c")
    p.text(
        120,
        420,
        "Acta N° %s   ·   Año %s   ·   Oficina: %s"
        % (d["number"].split("/")[0], per.birth[:4], per.birthplace),
        24,
        "mono",
    )
    mes = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    bd = "%d de %s de %s" % (int(per.birth[8:10]), mes[int(per.birth[5:7]) - 1], per.birth[:4])
    txt = (
        "En %s, el día %s, ante mí, Oficial de Estado Civil, se inscribe el nacimiento de %s %s, "
        "de sexo %s, nacido/a en %s el %s. Cédula de identidad N° %s."
        % (
            per.birthplace,
            dmy(_reg_date(per, 6)),
            per.given_str.upper(),
            per.surname.upper(),
            {"M": "masculino", "F": "femenino"}[per.sex],
            per.birthplace,
            bd,
            ci,
        )
    )
    if not d["nofil"]:
        txt += " Hijo/a de %s %s, oriental, y de %s %s, oriental." % (f[0], f[1], m[0], m[1])
    y = p.wrap(120, 500, 1414, txt, 27, "serif", leading=1.7)
    y += 40
    p.wrap(
        120,
        y,
        1414,
        "Es copia fiel del acta original que obra en este Registro, la que se expide a solicitud de parte interesada.",
        23,
        "serif-i",
    )
    p.text(120, y + 160, "Montevideo, %s" % dmy(d["issue"]), 24, "serif")
    p.text(1400, y + 160, d["officer"], 24, "serif-b", align="r")
    p.text(1400, y + 200, "Oficial de Estado Civil", 22, "serif-i", align="r")
    p.signature(1100, y + 300, 260, seed=d["seed"])
    rstamp(
        p, 160, y + 260, ["REGISTRO DE ESTADO CIVIL", "URUGUAY", "TIMBRE PROFESIONAL"], color=(40, 60, 150)
    )
    return [p]


def birth_mm(d: dict) -> list[Page]:
    per = d["person"]
    f, m = per.father, per.mother
    cfg = dict(
        col=(170, 120, 20),
        bg=(245, 238, 222),
        head=["~my", "REPUBLIC OF THE UNION OF MYANMAR", "Ministry of Health · Department of Public Health"],
        title_script="my",
        title="BIRTH CERTIFICATE",
        no_label="Reg. No.",
        rows=[
            ("~my", "Name of child", False, "%s %s" % (per.given_str, per.surname)),
            ("~my", "Sex", False, {"M": "Male", "F": "Female"}[per.sex]),
            (
                "~my",
                "Date of birth",
                False,
                "%d %s %s" % (int(per.birth[8:10]), MONTHS_EN[int(per.birth[5:7]) - 1], per.birth[:4]),
            ),
            ("~my", "Place of birth", False, per.birthplace),
            ("~my", "Father's name", True, "U %s %s" % f),
            ("~my", "Mother's name", True, "Daw %s %s" % m),
            ("~my", "Township", False, per.birthplace),
        ],
        officer_title="Township Health Officer",
        ring="TOWNSHIP HEALTH DEPARTMENT",
    )
    return _bilingual(d, cfg)


def birth_fr11(d: dict) -> list[Page]:
    """Commune copy: 'copie intégrale' (narrative with margin) or 'extrait sans filiation' when nofil."""
    per = d["person"]
    f, m = per.father, per.mother
    town = per.birthplace.split(" (")[0]
    p = Page()
    logo(p, "marianne", 120, 100, 90, (0, 0, 0))
    p.text(240, 130, "RÉPUBLIQUE FRANÇAISE", 24, "sans-b")
    p.text(240, 165, "Mairie de %s — Service de l'état civil" % town, 22, "sans")
    reg = _reg_date(per, 2)
    if d["nofil"]:
        p.text(827, 320, "EXTRAIT D'ACTE DE NAISSANCE", 38, "serif-b", align="c")
        p.text(827, 365, "(sans indication de la filiation)", 24, "serif-i", align="c")
        rows = [
            ["Acte n°", d["number"]],
            ["Nom", per.surname.upper()],
            ["Prénom(s)", ", ".join(per.given)],
            ["Sexe", {"M": "masculin", "F": "féminin"}[per.sex]],
            ["Date de naissance", long_fr(per.birth)],
            ["Lieu de naissance", per.birthplace],
            ["Mentions marginales", "Néant"],
        ]
        y = p.table(140, 450, [420, 954], rows, size=25, head_fill=None, row_h=80) + 80
    else:
        p.text(827, 320, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", 38, "serif-b", align="c")
        p.line(440, 420, 440, 1500, (0, 0, 0), 1)
        p.lines(130, 470, ["N° %s" % d["number"], "", per.surname.upper(), per.given_str], 24, "serif-b")
        p.text(130, 700, "Mentions :", 20, "serif-i")
        p.text(130, 735, "néant", 20, "serif-i")
        hh = int(per.birth[8:10]) % 12 + 8
        txt = (
            "Le %s, à %d heures %02d minutes, est né%s à %s, %s %s, de sexe %s, "
            "de %s %s, né le %s, et de %s %s, née le %s, son épouse, domiciliés à %s. "
            "Dressé le %s, sur la déclaration du père, qui lecture faite et invité à lire l'acte, a signé avec "
            "nous, %s, Officier de l'état civil par délégation du Maire."
            % (
                long_fr(per.birth),
                hh,
                (hh * 7) % 60,
                "e" if per.sex == "F" else "",
                per.birthplace,
                per.given_str,
                per.surname.upper(),
                {"M": "masculin", "F": "féminin"}[per.sex],
                f[0],
                f[1].upper(),
                "12 mars 1951" if per.birth < "1980" else "4 juin 1968",
                m[0],
                m[1].upper(),
                "30 octobre 1953" if per.birth < "1980" else "19 janvier 1970",
                town,
                long_fr(reg),
                d["officer"],
            )
        )
        y = p.wrap(470, 480, 1060, txt, 25, "serif", leading=1.7) + 80
    p.text(140, y, "Pour copie conforme, délivrée à %s, le %s" % (town, long_fr(d["issue"])), 24, "serif")
    p.text(1450, y + 70, "L'Officier de l'état civil", 22, "serif-i", align="r")
    p.text(1450, y + 105, d["officer"], 22, "serif-b", align="r")
    p.signature(1150, y + 200, 240, seed=d["seed"])
    p.stamp(600, y + 200, 120, "MAIRIE DE " + town.upper(), ["ÉTAT", "CIVIL"], color=(30, 40, 140))
    p.text(
        827,
        2250,
        "Toute falsification ou altération de cet acte est punie par la loi (art. 441-1 C. pénal).",
        17,
        "sans-i",
        (90, 90, 90),
        align="c",
    )
    return [p]


TEMPLATES = {
    "birth_fr11": ("birth_certificate", "blind8", birth_fr11),
    "birth_is": ("birth_certificate", "blind8", birth_is),
    "birth_cy": ("birth_certificate", "blind8", birth_cy),
    "birth_me": ("birth_certificate", "blind8", birth_me),
    "birth_jo": ("birth_certificate", "blind8", birth_jo),
    "birth_ye": ("birth_certificate", "blind8", birth_ye),
    "birth_er": ("birth_certificate", "blind8", birth_er),
    "birth_zm": ("birth_certificate", "blind8", birth_zm),
    "birth_bw": ("birth_certificate", "blind8", birth_bw),
    "birth_gm": ("birth_certificate", "blind8", birth_gm),
    "birth_uy": ("birth_certificate", "blind8", birth_uy),
    "birth_mm": ("birth_certificate", "blind8", birth_mm),
}
_ = (rstamp, guilloche)

"""blind6 birth certificates: FR9 (commune copie intégrale in typewriter style, or extract without
filiation), DK (fødsels- og navneattest), LT (gimimo įrašo išrašas), EE (sünnitõend, bilingual), RS
(Cyrillic izvod, names also in Latin), BY (Belarusian certificate with patronymic), KZ (Kazakh/Russian),
SD (Arabic/English), UG, LR (hand-filled form), GT (RENAP certificate with CUI), TH (Thai/English)."""

from __future__ import annotations

from codes import MOIS, MONTHS_EN, dmy, long_en, long_fr
from render import A4, Page, logo
from w_kit import (
    INK,
    baltic_code,
    box_stamp,
    cpr,
    dotted,
    footer,
    guilloche,
    hand,
    iin,
    jmbg,
    native,
    oval_stamp,
    qr,
    rng_of,
    thai_id,
)

_U = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
      "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip
_T = [
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "soixante",
    "quatre-vingt",
    "quatre-vingt",
]


def fr_words(n: int) -> str:
    if n < 20:
        return _U[n]
    if n < 100:
        t, u = divmod(n, 10)
        if t in (7, 9):
            return _T[t] + ("-et-" if n == 71 else "-") + _U[10 + u]
        if u == 0:
            return _T[t] + ("s" if t == 8 else "")
        return _T[t] + ("-et-" if u == 1 and t < 8 else "-") + _U[u]
    if n < 1000:
        c, r = divmod(n, 100)
        head = "cent" if c == 1 else _U[c] + " cent" + ("s" if r == 0 else "")
        return head + (" " + fr_words(r) if r else "")
    m, r = divmod(n, 1000)
    head = "mil" if m == 1 else fr_words(m) + " mille"
    return head + (" " + fr_words(r) if r else "")


def date_words(iso: str) -> str:
    d = int(iso[8:10])
    return "%s %s %s" % (
        "premier" if d == 1 else fr_words(d),
        MOIS[int(iso[5:7]) - 1],
        fr_words(int(iso[:4])),
    )


def _digits(d: dict) -> str:
    return "".join(c for c in d["number"] if c.isdigit()) + "73519"


# ---- France (9th commune layout) ------------------------------------------------------------
def birth_fr9(d: dict) -> list[Page]:
    per = d["person"]
    town = per.birthplace.split(" (")[0]
    p = Page(A4, bg=(252, 251, 246))
    r = rng_of(d)
    p.text(110, 140, "VILLE DE %s" % town.upper(), 28, "serif-b")
    p.text(110, 178, "Direction de la citoyenneté — Service état civil", 20, "serif-i", (80, 80, 80))
    p.text(p.w - 110, 140, "Registre des naissances %s" % per.birth[:4], 22, "serif", align="r")
    hh, mm_ = 1 + int(r.integers(0, 23)), int(r.integers(0, 60))
    e = "e" if per.sex == "F" else ""
    if d["nofil"]:
        p.text(p.w / 2, 330, "EXTRAIT D'ACTE DE NAISSANCE", 36, "serif-b", align="c")
        p.text(p.w / 2, 375, "(sans indication de la filiation)", 24, "serif-i", align="c")
        y = 500
        for lb, v in (
            ("Acte n°", d["number"].split("/")[0]),
            ("Nom", per.surname.upper()),
            ("Prénoms", per.given_str),
            ("Sexe", "masculin" if per.sex == "M" else "féminin"),
            ("Date de naissance", "%s à %d h %02d" % (long_fr(per.birth), hh, mm_)),
            ("Lieu de naissance", per.birthplace),
        ):
            p.text(200, y, lb, 26, "serif", (70, 70, 70))
            dotted(p, 200 + p.width(lb, 26, "serif") + 12, 620, y)
            p.text(640, y, v, 28, "serif-b")
            y += 75
        p.text(200, y + 40, "Mentions marginales : néant", 24, "serif-i")
        y += 140
    else:
        p.text(p.w / 2, 330, "COPIE INTÉGRALE D'ACTE DE NAISSANCE", 36, "serif-b", align="c")
        p.line(520, 420, 520, 1900, (100, 100, 100), 1)
        p.text(130, 460, "N° %s" % d["number"].split("/")[0], 24, "mono-b")
        p.text(130, 500, "NAISSANCE", 22, "mono-b")
        p.text(130, 540, "de", 22, "mono")
        p.text(130, 580, per.surname.upper()[:20], 22, "mono-b")
        p.text(130, 620, per.given[0], 22, "mono")
        p.text(130, 720, "Mentions :", 20, "mono-b")
        p.wrap(130, 760, 360, "Néant.", 20, "mono")
        f, m = per.father, per.mother
        txt = (
            "Le %s, à %s %s minutes, est né%s à %s, %s %s, de sexe %s, "
            "%s de %s %s, né à %s, et de %s %s, née à %s, domiciliés à %s. "
            "Dressé le %s, sur la déclaration du père, qui, lecture faite et invité à lire l'acte, "
            "a signé avec Nous, officier de l'état civil par délégation du maire."
            % (
                date_words(per.birth), {1: "une heure", 21: "vingt et une heures"}.get(hh, fr_words(hh) + " heures"), fr_words(mm_) or "zéro", e, per.birthplace,
                per.given_str, per.surname.upper(), "masculin" if per.sex == "M" else "féminin",
                "fils" if per.sex == "M" else "fille", f[0], f[1].upper(), town, m[0], m[1].upper(), town, town,
                date_words(per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 2)),
            )
        )  # fmt: skip
        y = p.wrap(560, 470, p.w - 680, txt, 24, "mono", leading=1.7)
        y += 60
    p.text(
        560 if not d["nofil"] else 200,
        y,
        "Pour %s certifiée conforme au registre," % ("copie intégrale" if not d["nofil"] else "extrait"),
        24,
        "serif-i",
    )
    p.text(560 if not d["nofil"] else 200, y + 45, "%s, le %s" % (town, long_fr(d["issue"])), 24, "serif")
    p.text(1040, y + 130, "L'officier de l'état civil,", 23, "serif")
    p.text(1040, y + 170, d["officer"], 23, "serif-b")
    p.signature(1060, y + 260, 240, seed=d["seed"] % 9)
    p.stamp(760, y + 240, 115, "MAIRIE DE %s * " % town.upper(), ["ÉTAT", "CIVIL"], size=16)
    footer(
        p,
        "Ce document ne doit comporter ni rature ni surcharge. Toute falsification est punie par l'article 441-1 du code pénal.",
    )
    return [p]


# ---- Denmark ----------------------------------------------------------------------------------
def birth_dk(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    logo(p, "circle", 110, 100, 90, (150, 20, 30))
    p.text(230, 140, "DEN DANSKE FOLKEKIRKE", 26, "serif-b")
    p.text(230, 178, "%s Sogn — %s Domprovsti" % (per.birthplace, per.birthplace), 22, "serif")
    p.text(p.w / 2, 340, "FØDSELS- OG NAVNEATTEST", 40, "serif-b", align="c")
    p.text(p.w / 2, 390, "(udskrift af personregistreringen)", 22, "serif-i", align="c")
    tail = _digits(d)
    rows = [
        ("Fulde navn", per.given_str + " " + per.surname),
        ("Køn", "Dreng" if per.sex == "M" else "Pige"),
        ("Personnummer", cpr(per.sex, per.birth, tail)),
        ("Fødselsdato", "%d. %s %s" % (int(per.birth[8:10]), ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"][int(per.birth[5:7]) - 1], per.birth[:4])),
        ("Fødested", "%s, Danmark" % per.birthplace),
        ("Fødselsregistreringssogn", "%s Sogn" % per.birthplace),
    ]  # fmt: skip
    if not d["nofil"]:
        rows += [
            ("Mor", "%s %s" % (per.mother[0], per.mother[1])),
            ("Far / medmor", "%s %s" % (per.father[0], per.father[1])),
        ]
    rows += [
        (
            "Navngivet",
            "ved navngivning/dåb, registreret %s"
            % dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 20), "."),
        )
    ]
    y = 500
    for lb, v in rows:
        p.text(170, y, lb + ":", 25, "serif", (60, 60, 60))
        p.text(660, y, v, 27, "serif-b")
        p.line(660, y + 12, p.w - 170, y + 12, (190, 190, 190), 1)
        y += 76
    p.text(
        170, y + 60, "Attesten er udstedt på grundlag af oplysningerne i CPR og kirkebogen.", 22, "serif-i"
    )
    p.text(170, y + 150, "%s, den %s" % (per.birthplace, dmy(d["issue"], ".")), 25, "serif")
    p.text(1000, y + 230, "Kirkebogsfører / sognepræst", 22, "serif")
    p.text(1000, y + 270, d["officer"], 23, "serif-b")
    p.signature(1020, y + 360, 240, seed=3)
    p.stamp(
        600,
        y + 330,
        120,
        "%s SOGN * KIRKEBOGSFØRER * " % per.birthplace.upper(),
        ["✝", "DK"],
        color=(120, 20, 40),
        size=16,
    )
    footer(p, "Attest nr. %s — Udskrevet fra personregistrering.dk" % d["number"])
    return [p]


# ---- Lithuania ---------------------------------------------------------------------------------
def birth_lt(d: dict) -> list[Page]:
    per = d["person"]
    tail = _digits(d)
    p = Page(A4)
    p.text(p.w / 2, 150, "LIETUVOS RESPUBLIKA", 30, "sans-b", align="c")
    gen = {"Vilnius": "Vilniaus", "Kaunas": "Kauno", "Klaipėda": "Klaipėdos", "Šiauliai": "Šiaulių"}
    p.text(
        p.w / 2,
        195,
        "%s miesto savivaldybės administracija" % gen.get(per.birthplace, per.birthplace),
        24,
        "sans",
        align="c",
    )
    p.text(p.w / 2, 230, "Civilinės metrikacijos skyrius", 24, "sans", align="c")
    p.text(p.w / 2, 340, "GIMIMO ĮRAŠO IŠRAŠAS", 38, "sans-b", align="c")
    p.text(p.w / 2, 385, "Įrašo Nr. %s" % d["number"], 24, "sans", align="c")
    rows = [["Duomenys", "Įrašyta"],
            ["Vardas (vardai)", per.given_str],
            ["Pavardė", per.surname],
            ["Lytis", "vyras" if per.sex == "M" else "moteris"],
            ["Gimimo data", per.birth],
            ["Gimimo vieta", "%s, Lietuvos Respublika" % per.birthplace],
            ["Asmens kodas", baltic_code(per.sex, per.birth, tail)],
            ["Pilietybė", "Lietuvos Respublikos"]]  # fmt: skip
    if not d["nofil"]:
        rows += [
            [
                "Tėvas",
                "%s %s, %s"
                % (
                    per.father[0],
                    per.father[1],
                    baltic_code(
                        "M",
                        "19%02d-01-15" % max(30, int(per.birth[2:4]) - 28)
                        if per.birth[:2] == "19"
                        else "1975-01-15",
                        tail[1:],
                    ),
                ),
            ],
            [
                "Motina",
                "%s %s, %s"
                % (
                    per.mother[0],
                    per.mother[1],
                    baltic_code(
                        "F",
                        "19%02d-06-03" % max(30, int(per.birth[2:4]) - 25)
                        if per.birth[:2] == "19"
                        else "1978-06-03",
                        tail[2:],
                    ),
                ),
            ],
        ]
    rows += [["Įrašo data", per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 7)], ["Pastabos", "—"]]
    y = p.table(140, 460, [480, 894], rows, size=24, row_h=64, head_fill=(235, 230, 210))
    p.text(140, y + 90, "Išrašas išduotas %s" % d["issue"], 25, "sans")
    p.text(140, y + 200, "Civilinės metrikacijos skyriaus vedėja", 24, "sans")
    p.text(140, y + 240, d["officer"], 24, "sans-b")
    p.signature(800, y + 230, 240, seed=2)
    p.stamp(
        1250,
        y + 200,
        120,
        "CIVILINĖS METRIKACIJOS SKYRIUS * %s * " % per.birthplace.upper(),
        ["LR"],
        color=(30, 60, 130),
        size=15,
    )
    footer(p, "Dokumentas parengtas Gyventojų registre — tikrinti: www.registrucentras.lt/%s" % tail[:8])
    return [p]


# ---- Estonia ---------------------------------------------------------------------------------------
def birth_ee(d: dict) -> list[Page]:
    per = d["person"]
    tail = _digits(d)
    p = Page(A4)
    p.rect((0, 0, p.w, 12), outline=None, fill=(0, 114, 206))
    p.rect((0, 12, p.w, 24), outline=None, fill=(0, 0, 0))
    p.text(120, 140, "EESTI VABARIIK", 30, "sans-b")
    p.text(120, 180, "Siseministeerium — Rahvastikuregister", 22, "sans")
    p.text(p.w - 120, 140, "SÜNNITÕEND", 36, "sans-b", (0, 80, 160), align="r")
    p.text(p.w - 120, 180, "BIRTH CERTIFICATE", 24, "sans", (0, 80, 160), align="r")
    rows = [
        ("Isikukood", "Personal identification code", baltic_code(per.sex, per.birth, tail)),
        ("Perekonnanimi", "Surname", per.surname),
        ("Eesnimi", "Given name(s)", per.given_str),
        ("Sugu", "Sex", "mees / male" if per.sex == "M" else "naine / female"),
        ("Sünniaeg", "Date of birth", dmy(per.birth, ".")),
        ("Sünnikoht", "Place of birth", "%s, Eesti / Estonia" % per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Ema", "Mother", "%s %s" % (per.mother[0], per.mother[1])),
            ("Isa", "Father", "%s %s" % (per.father[0], per.father[1])),
        ]
    rows += [
        ("Sünniakti number", "Birth record number", d["number"]),
        ("Väljaandmise kuupäev", "Date of issue", dmy(d["issue"], ".")),
    ]
    y = 330
    for et, en, v in rows:
        p.text(150, y, et, 24, "sans-b")
        p.text(150, y + 32, en, 19, "sans-i", (100, 100, 100))
        p.text(720, y + 14, v, 28, "sans")
        p.line(150, y + 52, p.w - 150, y + 52, (210, 215, 225), 1)
        y += 100
    p.text(150, y + 60, "Väljaandja / Issued by: %s, Rahvastikuregistri osakond" % "Tallinn", 22, "sans")
    p.text(150, y + 100, "Ametnik / Official: %s" % d["officer"], 22, "sans")
    p.rect((150, y + 160, 900, y + 260), outline=(0, 80, 160), width=2)
    p.text(170, y + 200, "Dokument on digitaalselt allkirjastatud", 20, "sans-b", (0, 80, 160))
    p.text(170, y + 235, "This document has been digitally signed (ASiC-E)", 18, "sans-i", (0, 80, 160))
    qr(p, 1300, y + 120, 180, d["seed"])
    footer(
        p,
        "rahvastikuregister.ee — Tõend kehtib ilma allkirja ja pitserita / valid without signature and seal",
    )
    return [p]


# ---- Serbia (Cyrillic) ------------------------------------------------------------------------------
def birth_rs(d: dict) -> list[Page]:
    per = d["person"]
    tail = _digits(d)
    c = lambda s: native(s, "RS")
    p = Page(A4)
    guilloche(p, (60, 60, p.w - 60, p.h - 60), color=(236, 232, 226), seed=2)
    p.text(p.w / 2, 150, "РЕПУБЛИКА СРБИЈА", 30, "serif-b", align="c")
    p.text(p.w / 2, 190, "Град %s — Градска управа" % c(per.birthplace), 24, "serif", align="c")
    p.text(p.w / 2, 225, "Матично подручје: %s" % c(per.birthplace), 22, "serif", align="c")
    p.text(p.w / 2, 330, "ИЗВОД ИЗ МАТИЧНЕ КЊИГЕ РОЂЕНИХ", 34, "serif-b", align="c")
    p.text(p.w / 2, 372, "Број: %s" % d["number"], 22, "serif", align="c")
    rows = [
        ("1", "Име", "%s (%s)" % (c(per.given_str), per.given_str)),
        ("2", "Презиме", "%s (%s)" % (c(per.surname), per.surname)),
        ("3", "Пол", "мушки" if per.sex == "M" else "женски"),
        ("4", "Дан, месец и година рођења", "%s. године" % dmy(per.birth, ".")),
        (
            "5",
            "Место рођења, општина, република",
            "%s, %s, Република Србија" % (c(per.birthplace), c(per.birthplace)),
        ),
        ("6", "Јединствени матични број грађана", jmbg(per.sex, per.birth, "71", tail)),
        ("7", "Држављанство", "Републике Србије"),
    ]
    if not d["nofil"]:
        rows += [
            (
                "8",
                "Име и презиме оца",
                "%s %s (%s %s)" % (c(per.father[0]), c(per.father[1]), per.father[0], per.father[1]),
            ),
            (
                "9",
                "Име и презиме мајке",
                "%s %s (%s %s)" % (c(per.mother[0]), c(per.mother[1]), per.mother[0], per.mother[1]),
            ),
        ]
    rows += [("10", "Накнадни уписи и забелешке", "—")]
    y = 440
    for n, lb, v in rows:
        p.rect((110, y, p.w - 110, y + 90), outline=(80, 80, 80), width=1)
        p.text(130, y + 55, n, 22, "serif-b")
        p.text(190, y + 55, lb, 22, "serif")
        p.text(720, y + 55, v, 24, "serif-b")
        y += 90
    p.text(
        110,
        y + 80,
        "Место и датум издавања: %s, %s. године" % (c(per.birthplace), dmy(d["issue"], ".")),
        24,
        "serif",
    )
    p.text(1050, y + 170, "Матичар", 24, "serif")
    p.text(1050, y + 210, d["officer"], 22, "serif-i")
    p.signature(1050, y + 300, 220, seed=7)
    p.stamp(
        700,
        y + 270,
        125,
        "РЕПУБЛИКА СРБИЈА * %s * МАТИЧАР * " % c(per.birthplace).upper(),
        ["☧", "МП"],
        color=(40, 50, 140),
        size=15,
    )
    p.text(
        110,
        p.h - 150,
        "Такса по тар. бр. 1 и 51 Закона о републичким административним таксама наплаћена.",
        18,
        "serif-i",
        (80, 80, 80),
    )
    return [p]


# ---- Belarus ------------------------------------------------------------------------------------------
_PATRO = {"Aliaksandr": ("Аляксандравіч", "Аляксандраўна"), "Siarhei": ("Сяргеевіч", "Сяргееўна")}
BEL_MON = ["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня",
           "кастрычніка", "лістапада", "снежня"]  # fmt: skip


def birth_by(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4, bg=(247, 244, 236))
    p.rect((70, 70, p.w - 70, p.h - 70), outline=(150, 40, 40), width=6)
    guilloche(p, (90, 90, p.w - 90, p.h - 90), color=(234, 226, 214), seed=4)
    p.text(p.w / 2, 190, "РЭСПУБЛІКА БЕЛАРУСЬ", 28, "serif-b", (150, 40, 40), align="c")
    p.text(p.w / 2, 290, "ПАСВЕДЧАННЕ", 50, "serif-b", align="c")
    p.text(p.w / 2, 345, "АБ НАРАДЖЭННІ", 34, "serif-b", align="c")
    patro = _PATRO.get(per.father[0], ("", ""))[0 if per.sex == "M" else 1]
    rows = [
        ("Прозвішча", native(per.surname)),
        ("Імя", native(per.given_str)),
        ("Імя па бацьку", patro),
        (
            "нарадзіў%s" % ("ся" if per.sex == "M" else "ася"),
            "%d %s %s года" % (int(per.birth[8:10]), BEL_MON[int(per.birth[5:7]) - 1], per.birth[:4]),
        ),
        ("Месца нараджэння", "г. %s, Рэспубліка Беларусь" % native(per.birthplace)),
    ]
    y = 470
    for lb, v in rows:
        p.text(170, y, lb, 24, "serif-i", (90, 60, 60))
        p.text(560, y, v, 30, "serif-b", INK)
        p.line(560, y + 10, p.w - 170, y + 10, (120, 100, 100), 1)
        y += 85
    p.wrap(
        170,
        y + 10,
        p.w - 340,
        "аб чым у кнізе запісаў актаў аб нараджэнні %s года зроблены запіс за № %s"
        % (per.birth[:4], d["number"].split("/")[0]),
        24,
        "serif-i",
        (90, 60, 60),
    )
    y += 130
    if not d["nofil"]:
        p.text(170, y, "БАЦЬКІ:", 26, "serif-b")
        y += 70
        for lb, nm in (("Бацька", per.father), ("Маці", per.mother)):
            p.text(200, y, lb, 24, "serif-i", (90, 60, 60))
            p.text(560, y, "%s %s" % (native(nm[1]), native(nm[0])), 29, "serif-b", INK)
            p.text(560, y + 45, "грамадзянства Рэспублікі Беларусь", 21, "serif", INK)
            y += 120
    y += 30
    p.text(170, y, "Месца дзяржаўнай рэгістрацыі:", 23, "serif-i", (90, 60, 60))
    p.text(170, y + 50, "Аддзел загса %s гарвыканкама" % native(per.birthplace), 26, "serif-b", INK)
    p.text(170, y + 130, "Дата выдачы:  %s" % dmy(d["issue"], "."), 26, "serif-b", INK)
    p.text(170, y + 230, "Кіраўнік органа загса", 23, "serif-i")
    p.signature(600, y + 240, 220, seed=5)
    p.stamp(
        1180,
        y + 230,
        120,
        "АДДЗЕЛ ЗАГСА * %s * " % native(per.birthplace).upper(),
        ["РБ"],
        color=(40, 60, 150),
        size=15,
    )
    p.text(p.w / 2, p.h - 140, "І-ВС № %s" % (_digits(d)[:7]), 30, "serif-b", (160, 30, 30), align="c")
    return [p]


# ---- Kazakhstan -------------------------------------------------------------------------------------
KZ_MON = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
]
RU_MON = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def birth_kz(d: dict) -> list[Page]:
    per = d["person"]
    tail = _digits(d)
    p = Page(A4)
    p.rect((60, 60, p.w - 60, p.h - 60), outline=(0, 150, 190), width=5)
    guilloche(p, (70, 70, p.w - 70, p.h - 70), color=(220, 238, 244), seed=8)
    p.text(
        p.w / 2,
        170,
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ  •  РЕСПУБЛИКА КАЗАХСТАН",
        26,
        "sans-b",
        (0, 110, 150),
        align="c",
    )
    p.text(p.w / 2, 270, "ТУУ ТУРАЛЫ КУӘЛІК", 40, "sans-b", align="c")
    p.text(p.w / 2, 320, "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ", 32, "sans-b", align="c")
    patro = native(per.father[0]) + ("ұлы" if per.sex == "M" else "қызы")
    d_kz = "%s ж. %d %s" % (per.birth[:4], int(per.birth[8:10]), KZ_MON[int(per.birth[5:7]) - 1])
    d_ru = "%d %s %s г." % (int(per.birth[8:10]), RU_MON[int(per.birth[5:7]) - 1], per.birth[:4])
    rows = [
        ("Тегі / Фамилия", native(per.surname)),
        ("Аты / Имя", native(per.given_str)),
        ("Әкесінің аты / Отчество", patro),
        ("Туған күні / Дата рождения", "%s  /  %s" % (d_kz, d_ru)),
        ("Туған жері / Место рождения", "%s қ. / г. %s" % (native(per.birthplace), native(per.birthplace))),
        ("ЖСН / ИИН", iin(per.sex, per.birth, tail)),
    ]
    if not d["nofil"]:
        rows += [
            (
                "Әкесі / Отец",
                "%s %s, азаматтығы / гражданство: ҚР" % (native(per.father[1]), native(per.father[0])),
            ),
            (
                "Анасы / Мать",
                "%s %s, азаматтығы / гражданство: ҚР" % (native(per.mother[1]), native(per.mother[0])),
            ),
        ]
    rows += [
        (
            "Акт жазбасы № / Актовая запись №",
            "%s  (%s)"
            % (
                d["number"].split("/")[0],
                dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 5), "."),
            ),
        ),
        (
            "Тіркеу орны / Место регистрации",
            "%s қаласының АХАЖ бөлімі / Отдел РАГС г. %s" % (native(per.birthplace), native(per.birthplace)),
        ),
        ("Берілген күні / Дата выдачи", dmy(d["issue"], ".")),
    ]
    y = 430
    for lb, v in rows:
        p.text(130, y, lb, 20, "sans", (0, 90, 120))
        p.text(130, y + 40, v, 27, "sans-b")
        p.line(130, y + 52, p.w - 130, y + 52, (170, 200, 210), 1)
        y += 110
    p.text(130, y + 40, "АХАЖ органының басшысы / Руководитель органа РАГС:  %s" % d["officer"], 21, "sans")
    p.signature(900, y + 140, 220, seed=9)
    p.stamp(
        500, y + 170, 115, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ * АХАЖ * ", ["МО", "М.П."], color=(20, 70, 160), size=15
    )
    p.text(p.w / 2, p.h - 110, "I-ҚЗ № %s" % tail[:7], 30, "sans-b", (180, 30, 30), align="c")
    return [p]


# ---- Sudan (Arabic / English) --------------------------------------------------------------------
def birth_sd(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    p.rect((50, 50, p.w - 50, p.h - 50), outline=(20, 100, 60), width=4)
    p.text(140, 150, "REPUBLIC OF THE SUDAN", 26, "sans-b")
    p.text(140, 185, "Federal Ministry of Health", 22, "sans")
    p.text(140, 215, "Directorate of Vital Statistics", 22, "sans")
    p.text(p.w - 140, 150, "جمهورية السودان", 32, "sans-b", align="r")
    p.text(p.w - 140, 190, "وزارة الصحة الاتحادية", 24, "sans", align="r")
    p.text(p.w - 140, 222, "إدارة الإحصاء الحيوي", 24, "sans", align="r")
    fx, fy = p.w / 2 - 75, 110
    for i, c in enumerate(((210, 16, 52), (255, 255, 255), (0, 0, 0))):
        p.rect((fx, fy + i * 30, fx + 150, fy + (i + 1) * 30), outline=None, fill=c)
    p.poly([(fx, fy), (fx + 55, fy + 45), (fx, fy + 90)], fill=(0, 114, 41))
    p.rect((fx, fy, fx + 150, fy + 90), outline=(120, 120, 120), width=1)
    p.text(p.w / 2, 340, "شهادة ميلاد", 44, "sans-b", align="c")
    p.text(p.w / 2, 395, "BIRTH CERTIFICATE", 32, "sans-b", align="c")
    p.text(140, 460, "Serial No. %s" % d["number"], 22, "sans")
    p.text(p.w - 140, 460, "الرقم المتسلسل", 22, "sans", align="r")
    rows = [
        (
            "Name of child",
            "%s %s" % (per.given_str, per.surname),
            "اسم المولود",
            native(per.given_str + " " + per.surname),
        ),
        ("Sex", "Male" if per.sex == "M" else "Female", "النوع", "ذكر" if per.sex == "M" else "أنثى"),
        ("Date of birth", long_en(per.birth), "تاريخ الميلاد", dmy(per.birth)),
        ("Place of birth", per.birthplace, "مكان الميلاد", native(per.birthplace)),
    ]
    if not d["nofil"]:
        rows += [
            (
                "Father's name",
                "%s %s" % (per.father[0], per.father[1]),
                "اسم الأب",
                native(per.father[0] + " " + per.father[1]),
            ),
            (
                "Mother's name",
                "%s %s" % (per.mother[0], per.mother[1]),
                "اسم الأم",
                native(per.mother[0] + " " + per.mother[1]),
            ),
            ("Nationality of parents", "Sudanese", "جنسية الوالدين", "سوداني"),
        ]
    rows += [
        (
            "Date of registration",
            dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 3)),
            "تاريخ التسجيل",
            "",
        )
    ]
    y = 540
    for en, v, ar, va in rows:
        p.rect((120, y, p.w - 120, y + 100), outline=(140, 160, 140), width=1)
        p.text(140, y + 38, en, 19, "sans", (60, 80, 60))
        p.text(140, y + 80, v, 26, "sans-b")
        p.text(p.w - 140, y + 38, ar, 21, "sans", (60, 80, 60), align="r")
        if va:
            p.text(p.w - 140, y + 82, va, 27, "sans-b", align="r")
        y += 100
    p.text(140, y + 80, "Issued on: %s" % dmy(d["issue"]), 24, "sans")
    p.text(p.w - 140, y + 80, "تاريخ الإصدار: %s" % dmy(d["issue"]), 24, "sans", align="r")
    p.text(140, y + 160, "Registrar: %s" % d["officer"], 24, "sans")
    p.text(p.w - 140, y + 160, "المسجل", 24, "sans", align="r")
    p.signature(200, y + 260, 220, seed=1)
    oval_stamp(
        p,
        1150,
        y + 280,
        190,
        110,
        "VITAL STATISTICS KHARTOUM",
        ["الإحصاء الحيوي", "SUDAN"],
        color=(60, 60, 160),
        size=18,
    )
    return [p]


# ---- Uganda ------------------------------------------------------------------------------------------
def birth_ug(d: dict) -> list[Page]:
    per = d["person"]
    p = Page(A4)
    for i, col in enumerate(((0, 0, 0), (252, 220, 4), (217, 0, 0))):
        p.rect((0, i * 18, p.w, (i + 1) * 18), outline=None, fill=col)
    p.text(p.w / 2, 150, "THE REPUBLIC OF UGANDA", 32, "serif-b", align="c")
    p.text(p.w / 2, 195, "NATIONAL IDENTIFICATION AND REGISTRATION AUTHORITY", 22, "serif", align="c")
    p.text(p.w / 2, 230, "The Registration of Persons Act, 2015", 20, "serif-i", align="c")
    p.text(p.w / 2, 330, "CERTIFICATE OF BIRTH", 42, "serif-b", align="c")
    p.text(p.w - 130, 400, "Birth Reg. No. %s" % d["number"], 22, "serif-b", align="r")
    p.text(130, 400, "Form 3 (s. 31)", 20, "serif-i")
    rows = [
        ("Name of Child", "%s %s" % (per.surname.upper(), per.given_str)),
        ("Sex", "Male" if per.sex == "M" else "Female"),
        ("Date of Birth", long_en(per.birth)),
        ("Place of Birth", "%s Hospital, %s" % (per.birthplace, per.birthplace)),
        ("District", per.birthplace),
    ]
    if not d["nofil"]:
        rows += [
            ("Name of Mother", "%s %s" % (per.mother[1].upper(), per.mother[0])),
            ("Nationality of Mother", "Ugandan"),
            ("Name of Father", "%s %s" % (per.father[1].upper(), per.father[0])),
            ("Nationality of Father", "Ugandan"),
        ]
    rows += [("Date of Registration", long_en(per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 9)))]
    y = p.table(
        130,
        460,
        [520, 874],
        [["Particulars", "Details"], *[[a, b] for a, b in rows]],
        size=24,
        f="serif",
        hf="serif-b",
        row_h=66,
        head_fill=(240, 236, 210),
    )
    p.wrap(
        130,
        y + 70,
        p.w - 260,
        "I certify that this is a true copy of the entry in the Register of Births kept at %s."
        % per.birthplace,
        24,
        "serif-i",
    )
    p.text(130, y + 190, "Issued on %s" % long_en(d["issue"]), 24, "serif")
    p.text(1000, y + 190, "Registrar of Births", 24, "serif")
    p.text(1000, y + 230, d["officer"], 22, "serif-b")
    p.signature(1010, y + 320, 240, seed=4)
    p.stamp(
        600,
        y + 330,
        120,
        "NIRA * REGISTRAR OF BIRTHS * UGANDA * ",
        [per.birthplace.upper()],
        color=(130, 30, 30),
        size=15,
    )
    qr(p, 130, p.h - 330, 170, d["seed"])
    footer(p, "Any alteration renders this certificate invalid. Verify at www.nira.go.ug")
    return [p]


# ---- Liberia (hand-filled form) --------------------------------------------------------------------
def birth_lr(d: dict) -> list[Page]:
    per = d["person"]
    s = d["seed"]
    p = Page(A4, bg=(250, 248, 240))
    p.rect((60, 60, p.w - 60, p.h - 60), outline=(20, 40, 100), width=3)
    p.rect((75, 75, p.w - 75, p.h - 75), outline=(170, 20, 30), width=2)
    p.text(p.w / 2, 170, "REPUBLIC OF LIBERIA", 34, "serif-b", (20, 40, 100), align="c")
    p.text(p.w / 2, 215, "MINISTRY OF HEALTH", 24, "serif-b", align="c")
    p.text(p.w / 2, 250, "BUREAU OF VITAL STATISTICS", 24, "serif", align="c")
    p.text(p.w / 2, 350, "CERTIFICATE OF BIRTH", 44, "serif-b", (170, 20, 30), align="c")
    p.text(p.w - 130, 420, "No.", 24, "serif", align="r")
    hand(p, p.w - 330, 420, d["number"], 30, s, (30, 30, 30))
    y = 520
    p.text(140, y, "This is to certify that", 26, "serif-i")
    y += 90
    fields = [
        ("Name", "%s %s" % (per.given_str, per.surname)),
        ("Sex", "Male" if per.sex == "M" else "Female"),
        (
            "was born on the",
            "%d day of %s, %s" % (int(per.birth[8:10]), MONTHS_EN[int(per.birth[5:7]) - 1], per.birth[:4]),
        ),
        (
            "at",
            "%s, %s County"
            % (
                per.birthplace,
                {
                    "Monrovia": "Montserrado",
                    "Gbarnga": "Bong",
                    "Buchanan": "Grand Bassa",
                    "Kakata": "Margibi",
                }.get(per.birthplace, "Montserrado"),
            ),
        ),
    ]
    if not d["nofil"]:
        fields += [
            ("Father's name", "%s %s" % (per.father[0], per.father[1])),
            ("Nationality", "Liberian"),
            ("Mother's maiden name", "%s %s" % (per.mother[0], per.mother[1])),
            ("Nationality", "Liberian"),
        ]
    for i, (lb, v) in enumerate(fields):
        p.text(140, y, lb, 25, "serif")
        x = 140 + p.width(lb, 25, "serif") + 12
        dotted(p, x, p.w - 140, y + 6)
        hand(p, x + 20, y - 4, v, 34, s + i, (25, 25, 25))
        y += 95
    y += 30
    p.text(140, y, "Registered on", 25, "serif")
    hand(
        p,
        340,
        y - 4,
        dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 14)),
        32,
        s + 40,
        (25, 25, 25),
    )
    p.text(140, y + 90, "Issued at Monrovia this", 25, "serif")
    hand(p, 450, y + 86, long_en(d["issue"]), 32, s + 41, (25, 25, 25))
    p.signature(1000, y + 230, 240, (25, 25, 25), seed=3)
    p.line(960, y + 260, 1450, y + 260, (0, 0, 0), 1)
    p.text(1000, y + 295, "Registrar, Vital Statistics", 22, "serif")
    hand(p, 1000, y + 340, d["officer"], 28, s + 42, (25, 25, 25))
    p.stamp(
        520,
        y + 300,
        125,
        "BUREAU OF VITAL STATISTICS * MOH * LIBERIA * ",
        ["REGISTERED"],
        color=(30, 60, 150),
        size=15,
    )
    return [p]


# ---- Guatemala (RENAP) --------------------------------------------------------------------------------
def birth_gt(d: dict) -> list[Page]:
    per = d["person"]
    tail = _digits(d)
    p = Page(A4)
    p.rect((0, 0, p.w, 200), outline=None, fill=(73, 151, 208))
    p.text(110, 90, "REGISTRO NACIONAL DE LAS PERSONAS", 32, "sans-b", (255, 255, 255))
    p.text(110, 135, "RENAP — República de Guatemala, C.A.", 24, "sans", (255, 255, 255))
    p.text(p.w / 2, 320, "CERTIFICADO DE NACIMIENTO", 40, "sans-b", align="c")
    cui = "%s %s %s" % (tail[:4], tail[4:9], "0101" if per.birthplace == "Guatemala" else "0901")
    p.text(
        p.w / 2, 375, "Código Único de Identificación (CUI): %s" % cui, 25, "sans-b", (20, 80, 140), align="c"
    )
    p.wrap(
        110,
        460,
        p.w - 220,
        "El infrascrito Registrador Civil de las Personas del municipio de %s, departamento de %s, CERTIFICA: que en el Registro Civil de las Personas se encuentra inscrito el nacimiento con los datos siguientes:"
        % (per.birthplace, per.birthplace if per.birthplace != "Antigua Guatemala" else "Sacatepéquez"),
        24,
        "sans",
        leading=1.55,
    )
    rows = [
        ("Nombre del inscrito", "%s %s" % (per.given_str, per.surname)),
        ("Sexo", "Masculino" if per.sex == "M" else "Femenino"),
        ("Fecha de nacimiento", "%s de %s de %s" % (int(per.birth[8:10]), ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][int(per.birth[5:7]) - 1], per.birth[:4])),
        ("Lugar de nacimiento", "%s, Guatemala" % per.birthplace),
    ]  # fmt: skip
    if not d["nofil"]:
        rows += [
            ("Nombre del padre", "%s %s" % (per.father[0], per.father[1])),
            ("Nombre de la madre", "%s %s" % (per.mother[0], per.mother[1])),
        ]
    n = d["number"].split("/")[0]
    rows += [
        ("Partida / Folio / Libro", "%s / %s / %s" % (n, int(n) // 3 + 1, int(n) // 50 + 12)),
        ("Fecha de inscripción", dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:10]) + 4))),
    ]
    y = p.table(
        110,
        640,
        [520, 914],
        [["Campo", "Dato inscrito"], *[[a, b] for a, b in rows]],
        size=23,
        row_h=62,
        head_fill=(214, 232, 246),
    )
    p.text(110, y + 60, "Anotaciones: ninguna.", 23, "sans-i")
    p.wrap(
        110,
        y + 130,
        p.w - 220,
        "Y para los usos legales que al interesado convengan, se extiende la presente en %s, el %s."
        % (per.birthplace, dmy(d["issue"])),
        24,
        "sans",
    )
    p.text(1000, y + 290, d["officer"], 23, "sans-b")
    p.text(1000, y + 325, "Registrador Civil de las Personas", 21, "sans")
    p.signature(1010, y + 270, 230, seed=6)
    qr(p, 110, y + 230, 170, d["seed"])
    p.text(310, y + 300, "Verificación: www.renap.gob.gt — código %s" % tail[:10], 20, "mono")
    footer(p, "Documento emitido por el RENAP. Cualquier alteración anula el presente certificado.")
    return [p]


# ---- Thailand (Thai / English) ------------------------------------------------------------------------
TH_MON = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]


def birth_th(d: dict) -> list[Page]:
    per = d["person"]
    tail = _digits(d)
    p = Page(A4, bg=(250, 250, 245))
    p.rect((60, 60, p.w - 60, p.h - 60), outline=(100, 60, 20), width=3)
    p.text(120, 140, "ท.ร.๑ ตอนหน้า", 24, "thai")
    p.text(p.w - 120, 140, "เล่มที่ %s  เลขที่ %s" % (tail[:3], d["number"].split("/")[0]), 24, "thai", align="r")
    p.text(p.w / 2, 240, "สูติบัตร", 54, "thai", align="c")
    p.text(p.w / 2, 295, "BIRTH CERTIFICATE", 30, "sans-b", align="c")
    p.text(
        p.w / 2,
        340,
        "สำนักทะเบียน%s  /  Registration Office: %s" % (native(per.birthplace), per.birthplace),
        24,
        "thai",
        align="c",
    )
    kid = "เด็กชาย" if per.sex == "M" else "เด็กหญิง"
    be = int(per.birth[:4]) + 543
    rows = [
        ("เลขประจำตัวประชาชน", "Identification No.", thai_id(tail + tail)),
        ("ชื่อ", "Name", "%s%s %s" % (kid, native(per.given_str), native(per.surname))),
        ("", "", "%s %s %s" % ("Master" if per.sex == "M" else "Miss", per.given_str, per.surname)),
        ("เพศ", "Sex", ("ชาย / Male" if per.sex == "M" else "หญิง / Female")),
        (
            "เกิดวันที่",
            "Date of birth",
            "%d %s พ.ศ. %d  /  %s"
            % (int(per.birth[8:10]), TH_MON[int(per.birth[5:7]) - 1], be, long_en(per.birth)),
        ),
        ("สถานที่เกิด", "Place of birth", "%s  /  %s, Thailand" % (native(per.birthplace), per.birthplace)),
        ("สัญชาติ", "Nationality", "ไทย / Thai"),
    ]
    if not d["nofil"]:
        rows += [
            (
                "มารดา",
                "Mother",
                "%s %s  (%s %s) สัญชาติไทย"
                % (native(per.mother[0]), native(per.mother[1]), per.mother[0], per.mother[1]),
            ),
            (
                "บิดา",
                "Father",
                "%s %s  (%s %s) สัญชาติไทย"
                % (native(per.father[0]), native(per.father[1]), per.father[0], per.father[1]),
            ),
        ]
    y = 450
    for th, en, v in rows:
        if th:
            p.text(130, y, th, 24, "thai")
            p.text(130, y + 32, en, 18, "sans-i", (100, 100, 100))
        p.text(560, y + 10, v, 26, "thai")
        p.line(560, y + 24, p.w - 130, y + 24, (190, 180, 160), 1)
        y += 92
    p.text(
        130, y + 60, "ออกให้ ณ วันที่ %s  /  Issued on %s" % (dmy(d["issue"]), long_en(d["issue"])), 24, "thai"
    )
    p.text(980, y + 170, "(ลงชื่อ) นายทะเบียนผู้รับแจ้ง", 24, "thai")
    p.text(980, y + 210, "Registrar: %s" % d["officer"], 22, "sans")
    p.signature(1000, y + 290, 220, seed=8)
    p.stamp(
        620,
        y + 280,
        120,
        "REGISTRATION OFFICE * %s * " % per.birthplace.upper(),
        ["ท.ร.", "THAILAND"],
        color=(150, 30, 40),
        size=15,
    )
    box_stamp(
        p,
        130,
        y + 380,
        ["สำเนาถูกต้อง", "CERTIFIED TRUE COPY"],
        color=(40, 50, 140),
        size=22,
        angle=4,
        f="thai",
    )
    return [p]


TEMPLATES = {
    "birth_fr9": ("birth_certificate", "blind6", birth_fr9),
    "birth_dk": ("birth_certificate", "blind6", birth_dk),
    "birth_lt": ("birth_certificate", "blind6", birth_lt),
    "birth_ee": ("birth_certificate", "blind6", birth_ee),
    "birth_rs": ("birth_certificate", "blind6", birth_rs),
    "birth_by": ("birth_certificate", "blind6", birth_by),
    "birth_kz": ("birth_certificate", "blind6", birth_kz),
    "birth_sd": ("birth_certificate", "blind6", birth_sd),
    "birth_ug": ("birth_certificate", "blind6", birth_ug),
    "birth_lr": ("birth_certificate", "blind6", birth_lr),
    "birth_gt": ("birth_certificate", "blind6", birth_gt),
    "birth_th": ("birth_certificate", "blind6", birth_th),
}

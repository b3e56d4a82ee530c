"""blind4: birth certificates of FR (7th commune layout), SE, HU, TD, MR, RW, AO, EC, IR, NP, UZ, JM."""

from __future__ import annotations

from codes import MOIS, MONTHS_EN, dmy, long_en, long_fr
from render import GREY, Page, logo
from y_kit import dotted_field, footer, guilloche, hand_wrap, marianne_block, qr, rect_stamp, rng_of

PT_MES = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
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
SV_MAN = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def _hour(bd: dict) -> str:
    s = int(bd["seed"])
    return "%02dh%02d" % (s % 24, (s * 7) % 60)


def _sexw(per, lang: str) -> str:
    f = per.sex == "F"
    return {
        "fr": "féminin" if f else "masculin",
        "sv": "kvinna / female" if f else "man / male",
        "hu": "nő / female" if f else "férfi / male",
        "pt": "feminino" if f else "masculino",
        "es": "femenino" if f else "masculino",
        "en": "Female" if f else "Male",
        "uz": "ayol" if f else "erkak",
    }[lang]


# ---- France, 7th commune layout: extract with side column ----------------------------------
def birth_fr7(bd: dict) -> list[Page]:
    per = bd["person"]
    town = per.birthplace.split(" (")[0]
    p = Page()
    marianne_block(p, 110, 110, ["Mairie de " + town, "Service de l'État civil"])
    p.text(1540, 150, "EXTRAIT D'ACTE DE NAISSANCE", 34, "serif-b", align="r")
    p.text(
        1540,
        196,
        "sans filiation" if bd["nofil"] else "avec indication de la filiation",
        24,
        "serif-i",
        align="r",
    )
    p.text(
        1540,
        240,
        "Acte n° %s — Année %s" % (bd["number"].split("/")[0], per.birth[:4]),
        22,
        "sans",
        align="r",
    )
    p.rect((110, 480, 420, 1700), outline=GREY, width=1)
    p.text(130, 520, "NAISSANCE", 22, "sans-b")
    p.wrap(130, 560, 270, "%s %s" % (per.surname.upper(), per.given_str), 22, "serif-b")
    p.text(130, 720, "Mentions :", 20, "sans-i", GREY)
    p.wrap(130, 755, 270, "Néant", 20, "serif")
    y = 520
    y = p.wrap(
        460,
        y,
        1080,
        "Le %s à %s est %s à %s"
        % (long_fr(per.birth), _hour(bd), "née" if per.sex == "F" else "né", per.birthplace),
        28,
        "serif",
    )
    y += 20
    for lab, val in [
        ("Nom :", per.surname.upper()),
        ("Prénom(s) :", per.given_str),
        ("Sexe :", _sexw(per, "fr")),
    ]:
        p.label_value(460, y, lab, val, 28, "serif", "serif-b")
        y += 56
    if not bd["nofil"]:
        y += 20
        p.text(460, y, "Père :", 28, "serif")
        y = p.wrap(
            620,
            y,
            920,
            "%s %s, né à %s" % (per.father[0], per.father[1].upper(), per.birthplace.split(" (")[0]),
            28,
            "serif-b",
        )
        p.text(460, y + 10, "Mère :", 28, "serif")
        y = p.wrap(620, y + 10, 920, "%s %s" % (per.mother[0], per.mother[1].upper()), 28, "serif-b")
    y += 60
    p.wrap(
        460,
        y,
        1080,
        "Extrait délivré conformément à l'article 30 du décret n° 2017-890 du 6 mai 2017, sans rature ni surcharge.",
        22,
        "serif-i",
    )
    p.text(460, 1560, "Délivré à %s, le %s" % (town, long_fr(bd["issue"])), 26, "serif")
    p.text(460, 1610, "L'officier de l'état civil, par délégation : %s" % bd["officer"], 24, "serif")
    p.stamp(1250, 1800, 130, "MAIRIE DE %s * ÉTAT CIVIL * " % town.upper(), ["RF"], (30, 50, 150))
    p.signature(1050, 1730, 220, seed=4)
    footer(
        p,
        "Toute falsification de ce document est passible de poursuites (art. 441-1 du code pénal). "
        "Vérifiez l'authenticité auprès de la mairie émettrice.",
    )
    return [p]


# ---- generic label / value form (SE, HU, EC, NP, UZ) ---------------------------------------
def _form(
    bd,
    head: list[str],
    title: list[str],
    rows: list[tuple[str, str]],
    foot: list[str],
    col=(30, 60, 110),
    emblem="circle",
    guil=True,
) -> list[Page]:
    p = Page()
    if guil:
        guilloche(p, (60, 60, p.w - 60, p.h - 60), (232, 236, 228), 40)
    logo(p, emblem, 110, 110, 110, col)
    y = 140
    for h in head:
        p.text(260, y, h, 26, "sans-b", col)
        y += 36
    y = max(y, 260) + 50
    for t in title:
        p.text(p.w / 2, y, t, 34, "serif-b", align="c")
        y += 46
    y += 30
    p.line(110, y, p.w - 110, y, col, 3)
    y += 20
    for lab, val in rows:
        if lab.startswith("§"):
            y += 20
            p.rect((110, y, p.w - 110, y + 44), outline=None, fill=(228, 232, 240))
            p.text(130, y + 31, lab[1:], 22, "sans-b", col)
            y += 60
            continue
        p.line(110, y + 64, p.w - 110, y + 64, (200, 200, 200), 1)
        ly = p.wrap(130, y + 28, 560, lab, 19, "sans", GREY, 1.25)
        p.wrap(720, y + 40, 820, val, 27, "sans-b", leading=1.25)
        y = max(ly, y + 64) + 4
    y += 40
    for f in foot:
        y = p.wrap(110, y, p.w - 220, f, 22, "serif") + 8
    return [p]


def birth_se(bd):
    per = bd["person"]
    r = rng_of(bd)
    pnr = "%s-%04d" % (per.birth[:10].replace("-", "")[0:8], int(r.integers(1000, 9999)))
    rows = [
        ("Personnummer / Personal identity number", pnr),
        ("Efternamn / Surname", per.surname),
        ("Förnamn / Given names", per.given_str),
        ("Kön / Sex", _sexw(per, "sv")),
        (
            "Födelsedatum / Date of birth",
            "%d %s %s" % (int(per.birth[8:]), SV_MAN[int(per.birth[5:7]) - 1], per.birth[:4]),
        ),
        ("Födelsehemort / Place of birth (parish)", per.birthplace + " församling"),
    ]
    if not bd["nofil"]:
        rows += [
            ("§Föräldrar / Parents", ""),
            ("Fader / Father", "%s %s" % (per.father[0], per.father[1])),
            ("Moder / Mother", "%s %s" % (per.mother[0], per.mother[1])),
        ]
    return _form(
        bd,
        ["SKATTEVERKET", "Folkbokföringen / Population registration"],
        ["Personbevis", "Extract from the Swedish population register"],
        rows,
        [
            "Personbeviset avser födelseuppgifter och föräldrar. / This extract concerns birth details and parents.",
            "Utfärdat / Issued: %s    Ärendenummer: %s" % (bd["issue"], bd["number"]),
            "Skatteverket, Folkbokföringen %s. Handläggare / Officer: %s" % (per.birthplace, bd["officer"]),
        ],
        (0, 80, 140),
        "wave",
    )


def birth_hu(bd):
    per = bd["person"]
    # Hungarian order: family name first
    rows = [
        (
            "Születési családi és utóneve / Family name and given names at birth",
            "%s %s" % (per.surname, per.given_str),
        ),
        ("Neme / Sex", _sexw(per, "hu")),
        ("Születési helye / Place of birth", per.birthplace),
        (
            "Születési ideje / Date of birth",
            "%s. %s %s."
            % (
                per.birth[:4],
                [
                    "január",
                    "február",
                    "március",
                    "április",
                    "május",
                    "június",
                    "július",
                    "augusztus",
                    "szeptember",
                    "október",
                    "november",
                    "december",
                ][int(per.birth[5:7]) - 1],
                int(per.birth[8:]),
            ),
        ),
    ]
    if not bd["nofil"]:
        rows += [
            ("§Apja / Father", ""),
            (
                "Apja családi és utóneve / Father's family and given names",
                "%s %s" % (per.father[1], per.father[0]),
            ),
            ("§Anyja / Mother", ""),
            (
                "Anyja születési családi és utóneve / Mother's family and given names at birth",
                "%s %s" % (per.mother[1], per.mother[0]),
            ),
        ]
    rows.append(("Folyószám / Register entry no.", bd["number"]))
    p = _form(
        bd,
        ["MAGYARORSZÁG", "Anyakönyvvezető — %s" % per.birthplace],
        ["SZÜLETÉSI ANYAKÖNYVI KIVONAT", "BIRTH CERTIFICATE"],
        rows,
        [
            "Kelt / Issued: %s, %s." % (per.birthplace, bd["issue"].replace("-", ". ")),
            "anyakönyvvezető / registrar: %s" % bd["officer"],
        ],
        (40, 100, 60),
        "flag3",
    )
    p[0].stamp(
        1300, 2000, 120, "MAGYARORSZÁG * ANYAKÖNYVVEZETŐ * ", [per.birthplace[:10].upper()], (40, 60, 140)
    )
    return p


def birth_ec(bd):
    per = bd["person"]
    r = rng_of(bd)
    rows = [
        ("Número único de identificación (cédula)", "%010d" % int(r.integers(1_700_000_000, 1_799_999_999))),
        ("Apellidos", per.surname.upper()),
        ("Nombres", per.given_str.upper()),
        ("Sexo", _sexw(per, "es").upper()),
        (
            "Fecha de nacimiento",
            "%d de %s de %s" % (int(per.birth[8:]), ES_MES[int(per.birth[5:7]) - 1], per.birth[:4]),
        ),
        (
            "Lugar de nacimiento",
            "%s, %s"
            % (
                per.birthplace.upper(),
                {"Quito": "PICHINCHA", "Guayaquil": "GUAYAS", "Cuenca": "AZUAY"}.get(
                    per.birthplace, "ECUADOR"
                ),
            ),
        ),
    ]
    if not bd["nofil"]:
        rows += [
            ("§Datos de los padres", ""),
            ("Nombres y apellidos del padre", "%s %s" % (per.father[0].upper(), per.father[1].upper())),
            ("Nacionalidad del padre", "ECUATORIANA"),
            ("Nombres y apellidos de la madre", "%s %s" % (per.mother[0].upper(), per.mother[1].upper())),
            ("Nacionalidad de la madre", "ECUATORIANA"),
        ]
    rows.append(
        (
            "Tomo / Página / Acta",
            "%d / %d / %s" % (int(r.integers(1, 40)), int(r.integers(1, 400)), bd["number"]),
        )
    )
    p = _form(
        bd,
        ["REPÚBLICA DEL ECUADOR", "Dirección General de Registro Civil, Identificación y Cedulación"],
        ["PARTIDA DE NACIMIENTO", "Inscripción de nacimiento"],
        rows,
        [
            "Certifico que la presente es fiel copia del registro que consta en el archivo.",
            "Lugar y fecha de emisión: %s, %s" % (per.birthplace, dmy(bd["issue"])),
            "Firma autorizada: %s" % bd["officer"],
        ],
        (10, 60, 130),
        "flag3",
    )
    qr(p[0], 1330, 1960, 200, int(bd["seed"]))
    return p


def birth_np(bd):
    per = bd["person"]
    r = rng_of(bd)
    rows = [
        (
            "Registration No.",
            "%d-%02d-%05d" % (int(r.integers(1, 77)), int(r.integers(1, 20)), int(r.integers(1, 99999))),
        ),
        ("Full name of the child", per.full),
        ("Sex", _sexw(per, "en")),
        ("Date of birth (A.D.)", long_en(per.birth)),
        (
            "Date of birth (B.S.)",
            "%d-%02d-%02d"
            % (
                int(per.birth[:4]) + 56,
                (int(per.birth[5:7]) + 8) % 12 + 1,
                min(28, int(per.birth[8:]) + 14) % 28 + 1,
            ),
        ),
        ("Place of birth", "%s Metropolitan City, Ward No. %d" % (per.birthplace, int(r.integers(1, 30)))),
    ]
    if not bd["nofil"]:
        rows += [
            ("§Parents", ""),
            ("Father's name", "%s %s" % (per.father[0], per.father[1])),
            ("Mother's name", "%s %s" % (per.mother[0], per.mother[1])),
            ("Grandfather's name", "%s %s" % ("Hari Prasad", per.father[1])),
        ]
    p = _form(
        bd,
        [
            "GOVERNMENT OF NEPAL",
            "Ministry of Home Affairs — Department of National ID and Civil Registration",
            "Office of the Ward, %s" % per.birthplace,
        ],
        [
            "BIRTH REGISTRATION CERTIFICATE",
            "(Issued under the Act Relating to Birth, Death and Other Personal Events Registration)",
        ],
        rows,
        [
            "Date of registration: %s      Date of issue: %s" % (dmy(per.birth[:8] + "28"), dmy(bd["issue"])),
            "Local Registrar: %s" % bd["officer"],
        ],
        (160, 20, 40),
        "tri",
    )
    p[0].stamp(1300, 2030, 110, "WARD OFFICE * %s * " % per.birthplace.upper(), ["NEPAL"], (150, 20, 30))
    return p


def birth_uz(bd):
    per = bd["person"]
    rows = [
        ("Familiyasi", per.surname),
        ("Ismi", per.given[0]),
        (
            "Otasining ismi",
            per.father[0] + ("ovna" if per.sex == "F" else "ovich") if not bd["nofil"] else "—",
        ),
        ("Jinsi", _sexw(per, "uz")),
        ("Tug'ilgan sanasi", "%s-yil %s" % (per.birth[:4], dmy(per.birth, "."))),
        ("Tug'ilgan joyi", "%s shahri, O'zbekiston Respublikasi" % per.birthplace),
    ]
    if not bd["nofil"]:
        rows += [
            ("§Ota-onasi", ""),
            ("Otasi", "%s %s" % (per.father[1], per.father[0])),
            ("Onasi", "%s %s" % (per.mother[1], per.mother[0])),
        ]
    rows.append(("Dalolatnoma yozuvi №", bd["number"]))
    return _form(
        bd,
        ["O'ZBEKISTON RESPUBLIKASI", "Adliya vazirligi — FHDYo organi"],
        ["TUG'ILGANLIK HAQIDA GUVOHNOMA"],
        rows,
        ["Berilgan sana: %s" % dmy(bd["issue"], "."), "FHDYo bo'limi mudiri: %s" % bd["officer"]],
        (0, 120, 150),
        "circle",
    )


# ---- hand-filled printed form (TD) ---------------------------------------------------------
def birth_td(bd):
    per = bd["person"]
    p = Page(bg=(250, 247, 236))
    p.text(p.w / 2, 140, "RÉPUBLIQUE DU TCHAD", 34, "serif-b", align="c")
    p.text(p.w / 2, 180, "Unité — Travail — Progrès", 22, "serif-i", align="c")
    p.text(p.w / 2, 230, "MINISTÈRE DE L'ADMINISTRATION DU TERRITOIRE", 20, "sans", align="c")
    p.text(p.w / 2, 260, "Centre d'état civil de %s" % per.birthplace, 22, "sans-b", align="c")
    p.text(p.w / 2, 350, "EXTRAIT D'ACTE DE NAISSANCE", 40, "serif-b", align="c")
    dotted_field(p, 1000, 420, "N°", bd["number"], 1540, 24, hand=True, seed=1)
    rows = [
        ("Le", long_fr(per.birth)),
        ("à (heure)", _hour(bd)),
        ("est né(e) à", per.birthplace),
        ("l'enfant (nom)", per.surname.upper()),
        ("prénoms", per.given_str),
        ("de sexe", _sexw(per, "fr")),
    ]
    if not bd["nofil"]:
        rows += [
            ("fils / fille de", "%s %s" % (per.father[0], per.father[1])),
            ("profession du père", "commerçant"),
            ("et de", "%s %s" % (per.mother[0], per.mother[1])),
            ("profession de la mère", "ménagère"),
        ]
    y = 520
    for i, (lab, val) in enumerate(rows):
        dotted_field(p, 130, y, lab, val, 1540, 26, hand=True, seed=i + int(bd["seed"]))
        y += 88
    y += 40
    dotted_field(
        p,
        130,
        y,
        "Dressé le",
        dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 3)),
        900,
        24,
        hand=True,
        seed=3,
    )
    dotted_field(
        p,
        130,
        y + 80,
        "Pour extrait conforme, %s, le" % per.birthplace,
        dmy(bd["issue"]),
        1100,
        24,
        hand=True,
        seed=5,
    )
    p.text(1000, y + 200, "L'Officier d'état civil", 24, "serif-b")
    p.handwriting(1000, y + 250, bd["officer"], 30, seed=7)
    p.stamp(
        760, y + 260, 120, "CENTRE D'ÉTAT CIVIL * %s * " % per.birthplace.upper(), ["TCHAD"], (120, 40, 120)
    )
    p.signature(1100, y + 330, 200, seed=2)
    return [p]


# ---- bilingual Arabic / French (MR) ----------------------------------------------------------
def birth_mr(bd):
    per = bd["person"]
    r = rng_of(bd)
    p = Page()
    guilloche(p, (50, 50, p.w - 50, p.h - 50), (225, 238, 225), 36)
    p.text(120, 130, "RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", 26, "sans-b", (0, 100, 50))
    p.text(120, 164, "Honneur — Fraternité — Justice", 20, "serif-i")
    p.text(120, 200, "Agence Nationale du Registre des Populations", 20, "sans")
    p.text(120, 228, "et des Titres Sécurisés (ANRPTS)", 20, "sans")
    p.text(p.w - 120, 130, "الجمهورية الإسلامية الموريتانية", 30, "sans-b", (0, 100, 50), align="r")
    p.text(p.w - 120, 170, "شرف - إخاء - عدل", 24, "sans", align="r")
    p.text(p.w - 120, 208, "الوكالة الوطنية لسجل السكان والوثائق المؤمنة", 22, "sans", align="r")
    p.text(p.w / 2, 330, "EXTRAIT D'ACTE DE NAISSANCE", 36, "serif-b", align="c")
    p.text(p.w / 2, 380, "مستخرج من عقد ميلاد", 32, "sans-b", align="c")
    nni = "%010d" % int(r.integers(1_000_000_000, 9_999_999_999))
    rows = [
        ("NNI", nni, "الرقم الوطني"),
        ("Nom", per.surname.upper(), "الاسم العائلي"),
        ("Prénom(s)", per.given_str, "الاسم"),
        ("Sexe", _sexw(per, "fr"), "الجنس"),
        ("Date de naissance", dmy(per.birth), "تاريخ الميلاد"),
        ("Lieu de naissance", per.birthplace, "مكان الميلاد"),
    ]
    if not bd["nofil"]:
        rows += [
            ("Nom et prénom du père", "%s %s" % (per.father[0], per.father[1]), "اسم الأب"),
            ("Nom et prénom de la mère", "%s %s" % (per.mother[0], per.mother[1]), "اسم الأم"),
        ]
    rows.append(("N° de l'acte", bd["number"], "رقم العقد"))
    y = 470
    for fr, val, ar in rows:
        p.rect((120, y, p.w - 120, y + 86), outline=(120, 150, 120), width=1)
        p.text(140, y + 54, fr, 22, "sans", GREY)
        p.text(560, y + 56, val, 28, "sans-b")
        p.text(p.w - 140, y + 56, ar, 24, "sans", GREY, align="r")
        y += 86
    y += 70
    p.text(120, y, "Délivré à Nouakchott, le %s" % dmy(bd["issue"]), 24, "serif")
    p.text(p.w - 120, y, "حرر في نواكشوط", 24, "sans", align="r")
    p.text(120, y + 50, "L'Officier d'état civil : %s" % bd["officer"], 24, "serif")
    p.stamp(1240, y + 220, 125, "ANRPTS * ÉTAT CIVIL * NOUAKCHOTT * ", ["RIM"], (0, 90, 60))
    p.signature(900, y + 160, 220, seed=6)
    qr(p, 140, y + 120, 230, int(bd["seed"]) + 1)
    return [p]


# ---- trilingual table (RW) ------------------------------------------------------------------
def birth_rw(bd):
    per = bd["person"]
    p = Page()
    logo(p, "circle", 110, 100, 120, (0, 120, 200), (250, 210, 0))
    p.text(260, 140, "REPUBULIKA Y'U RWANDA", 30, "sans-b", (0, 90, 160))
    p.text(260, 176, "RÉPUBLIQUE DU RWANDA / REPUBLIC OF RWANDA", 22, "sans")
    p.text(260, 210, "Akarere ka %s — Umurenge / Secteur / Sector" % per.birthplace, 20, "sans", GREY)
    p.text(p.w / 2, 320, "ICYEMEZO CY'AMAVUKO", 34, "serif-b", align="c")
    p.text(p.w / 2, 362, "ACTE DE NAISSANCE  /  BIRTH CERTIFICATE", 26, "serif", align="c")
    rows = [
        ["Ibisobanuro / Rubrique / Item", "Ibirimo / Contenu / Content"],
        ["Izina ry'umuryango / Nom / Surname", per.surname.upper()],
        ["Amazina / Prénoms / Given names", per.given_str],
        ["Igitsina / Sexe / Sex", _sexw(per, "fr") + " / " + _sexw(per, "en")],
        ["Itariki y'amavuko / Date de naissance", dmy(per.birth)],
        ["Aho yavukiye / Lieu de naissance", per.birthplace],
    ]
    if not bd["nofil"]:
        rows += [
            ["Se / Père / Father", "%s %s" % (per.father[0], per.father[1].upper())],
            ["Nyina / Mère / Mother", "%s %s" % (per.mother[0], per.mother[1].upper())],
        ]
    rows.append(["Nomero y'inyandiko / N° d'acte", bd["number"]])
    y = p.table(110, 430, [640, 794], rows, 24, row_h=78, head_fill=(210, 230, 245))
    p.text(
        110,
        y + 80,
        "Bikorewe i %s, ku wa / Fait à %s, le %s" % (per.birthplace, per.birthplace, dmy(bd["issue"])),
        24,
        "serif",
    )
    p.text(
        110,
        y + 130,
        "Umwanditsi w'irangamimerere / Officier de l'état civil : %s" % bd["officer"],
        22,
        "serif",
    )
    p.stamp(
        1280,
        y + 300,
        125,
        "IRANGAMIMERERE * ÉTAT CIVIL * %s * " % per.birthplace.upper(),
        ["RWANDA"],
        (20, 60, 150),
    )
    p.signature(950, y + 260, 220, seed=1)
    return [p]


# ---- narrative (AO) ---------------------------------------------------------------------------
def birth_ao(bd):
    per = bd["person"]
    p = Page(bg=(252, 250, 244))
    p.text(p.w / 2, 140, "REPÚBLICA DE ANGOLA", 32, "serif-b", align="c")
    p.text(p.w / 2, 180, "MINISTÉRIO DA JUSTIÇA E DOS DIREITOS HUMANOS", 22, "serif", align="c")
    p.text(p.w / 2, 214, "Conservatória do Registo Civil de %s" % per.birthplace, 22, "serif-i", align="c")
    p.text(p.w / 2, 320, "CERTIDÃO DE NASCIMENTO", 38, "serif-b", align="c")
    p.text(p.w / 2, 366, "(narrativa completa)", 22, "serif-i", align="c")
    d = per.birth
    txt = (
        "Certifico que no livro de assentos de nascimento desta Conservatória, sob o n.º %s, se encontra "
        "lavrado o assento de %s, de nome %s %s, do sexo %s, nascid%s aos %d dias do mês de %s do ano de %s, "
        "pelas %s, em %s, República de Angola"
        % (
            bd["number"],
            "uma criança" if True else "",
            per.given_str,
            per.surname,
            _sexw(per, "pt"),
            "a" if per.sex == "F" else "o",
            int(d[8:]),
            PT_MES[int(d[5:7]) - 1],
            d[:4],
            _hour(bd),
            per.birthplace,
        )
    )
    if not bd["nofil"]:
        txt += ", filh%s de %s %s, natural de %s, e de %s %s, natural de %s" % (
            "a" if per.sex == "F" else "o",
            per.father[0],
            per.father[1],
            per.birthplace,
            per.mother[0],
            per.mother[1],
            per.birthplace,
        )
    txt += ". Nada mais consta do referido assento, que fielmente reproduzi."
    y = p.wrap(140, 470, p.w - 280, txt, 30, "serif", leading=1.7)
    y += 40
    p.wrap(140, y, p.w - 280, "Averbamentos: nenhum.", 28, "serif-i")
    p.text(
        140,
        y + 140,
        "Conservatória do Registo Civil de %s, aos %s." % (per.birthplace, dmy(bd["issue"])),
        26,
        "serif",
    )
    p.text(140, y + 190, "O Conservador, %s" % bd["officer"], 26, "serif")
    p.text(
        140, y + 260, "Emolumentos: Kz 1.500,00 — Conta n.º %s" % bd["number"].split("/")[0], 22, "sans", GREY
    )
    p.stamp(
        1200,
        y + 330,
        130,
        "CONSERVATÓRIA DO REGISTO CIVIL * ANGOLA * ",
        [per.birthplace.upper()],
        (120, 20, 20),
    )
    p.signature(900, y + 240, 240, seed=3)
    return [p]


# ---- Persian / English (IR) -----------------------------------------------------------------
def birth_ir(bd):
    per = bd["person"]
    r = rng_of(bd)
    p = Page()
    guilloche(p, (60, 60, p.w - 60, p.h - 60), (236, 226, 214), 40)
    p.text(p.w / 2, 140, "جمهوری اسلامی ایران", 34, "sans-b", (0, 110, 60), align="c")
    p.text(p.w / 2, 180, "ISLAMIC REPUBLIC OF IRAN", 24, "sans-b", align="c")
    p.text(
        p.w / 2,
        216,
        "سازمان ثبت احوال کشور — National Organization for Civil Registration",
        20,
        "sans",
        align="c",
    )
    p.text(p.w / 2, 310, "گواهی ولادت", 40, "sans-b", align="c")
    p.text(p.w / 2, 356, "CERTIFICATE OF BIRTH (extract of the register)", 26, "serif-b", align="c")
    nid = "%03d-%06d-%d" % (int(r.integers(1, 999)), int(r.integers(0, 999999)), int(r.integers(0, 9)))
    rows = [
        ("National ID No.", nid, "شماره ملی"),
        ("Surname", per.surname, "نام خانوادگی"),
        ("Given name(s)", per.given_str, "نام"),
        ("Sex", _sexw(per, "en"), "جنسیت"),
        (
            "Date of birth",
            "%s (%d/%02d/%02d SH)"
            % (
                long_en(per.birth),
                int(per.birth[:4]) - 621,
                (int(per.birth[5:7]) + 8) % 12 + 1,
                int(per.birth[8:]),
            ),
            "تاریخ تولد",
        ),
        ("Place of birth", per.birthplace, "محل تولد"),
    ]
    if not bd["nofil"]:
        rows += [
            ("Father's name", per.father[0], "نام پدر"),
            ("Mother's name", "%s %s" % (per.mother[0], per.mother[1]), "نام مادر"),
        ]
    rows.append(("Registration No.", bd["number"], "شماره ثبت"))
    y = 430
    for en, val, fa in rows:
        p.line(120, y + 82, p.w - 120, y + 82, (190, 170, 150), 1)
        p.text(130, y + 50, en, 22, "sans", GREY)
        p.text(540, y + 52, val, 28, "sans-b")
        p.text(p.w - 130, y + 50, fa, 24, "sans", GREY, align="r")
        y += 84
    p.text(
        130,
        y + 80,
        "Issued in %s on %s — Registrar: %s" % (per.birthplace, long_en(bd["issue"]), bd["officer"]),
        22,
        "serif",
    )
    p.text(p.w - 130, y + 130, "مهر و امضای مسئول ثبت احوال", 22, "sans", align="r")
    p.stamp(420, y + 300, 120, "CIVIL REGISTRATION * %s * " % per.birthplace.upper(), ["IRAN"], (20, 90, 60))
    return [p]


# ---- register entry, landscape (JM) -------------------------------------------------------
def birth_jm(bd):
    per = bd["person"]
    p = Page(size=(2339, 1654))
    p.text(p.w / 2, 110, "JAMAICA", 36, "serif-b", align="c")
    p.text(
        p.w / 2,
        152,
        "REGISTRAR GENERAL'S DEPARTMENT — Twickenham Park, St. Catherine",
        22,
        "serif",
        align="c",
    )
    p.text(p.w / 2, 220, "CERTIFIED COPY OF AN ENTRY OF BIRTH", 34, "serif-b", align="c")
    p.text(
        p.w / 2,
        262,
        "Registration District of %s — Entry No. %s" % (per.birthplace, bd["number"]),
        22,
        "serif-i",
        align="c",
    )
    heads = [
        "No.",
        "When and where born",
        "Name",
        "Sex",
        "Name of father",
        "Name of mother",
        "Informant",
        "When registered",
        "Registrar",
    ]
    wd = [80, 330, 330, 110, 300, 300, 250, 230, 240]
    x0 = 80
    y0 = 330
    p.rect((x0, y0, x0 + sum(wd), y0 + 640), outline=(60, 60, 60), width=2)
    cx = x0
    for h, w in zip(heads, wd):
        p.wrap(cx + 8, y0 + 34, w - 16, h, 19, "serif-b", leading=1.2)
        p.line(cx, y0, cx, y0 + 640, (60, 60, 60), 1)
        cx += w
    p.line(x0, y0 + 90, x0 + sum(wd), y0 + 90, (60, 60, 60), 1)
    vals = [
        bd["number"].split("/")[0],
        "%s, %s Hospital" % (long_en(per.birth), per.birthplace),
        per.full,
        per.sex,
        "" if bd["nofil"] else "%s %s" % (per.father[0], per.father[1]),
        "" if bd["nofil"] else "%s %s" % (per.mother[0], per.mother[1]),
        "Mother" if not bd["nofil"] else "Hospital",
        dmy(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 9)),
        bd["officer"],
    ]
    cx = x0
    for i, (v, w) in enumerate(zip(vals, wd)):
        hand_wrap(p, cx + 10, y0 + 150, w - 20, v, 27, 48, seed=i + int(bd["seed"]))
        cx += w
    p.wrap(
        80,
        1080,
        2150,
        "I hereby certify that this is a true copy of the entry No. %s in the register of births of the district above mentioned, in my custody."
        % bd["number"],
        24,
        "serif",
    )
    p.text(
        80,
        1180,
        "Given under the seal of the Registrar General's Department, this %s." % long_en(bd["issue"]),
        24,
        "serif",
    )
    p.text(1600, 1300, "Deputy Registrar General", 24, "serif-b")
    p.signature(1600, 1260, 260, seed=5)
    p.stamp(1200, 1380, 130, "REGISTRAR GENERAL * JAMAICA * ", ["SEAL"], (20, 40, 130))
    p.text(
        80,
        1560,
        "CAUTION: any person who falsifies this certificate or uses it knowing it to be false is liable to prosecution.",
        18,
        "sans",
        GREY,
    )
    return [p]


TEMPLATES = {
    "birth_fr7": ("birth_certificate", "blind4", birth_fr7),
    "birth_se": ("birth_certificate", "blind4", birth_se),
    "birth_hu": ("birth_certificate", "blind4", birth_hu),
    "birth_td": ("birth_certificate", "blind4", birth_td),
    "birth_mr": ("birth_certificate", "blind4", birth_mr),
    "birth_rw": ("birth_certificate", "blind4", birth_rw),
    "birth_ao": ("birth_certificate", "blind4", birth_ao),
    "birth_ec": ("birth_certificate", "blind4", birth_ec),
    "birth_ir": ("birth_certificate", "blind4", birth_ir),
    "birth_np": ("birth_certificate", "blind4", birth_np),
    "birth_uz": ("birth_certificate", "blind4", birth_uz),
    "birth_jm": ("birth_certificate", "blind4", birth_jm),
}
_ = (MOIS, MONTHS_EN, rect_stamp)

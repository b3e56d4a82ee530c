"""blind5 birth certificates: one per country of the half (FR8 commune layout + 11 countries)."""

from __future__ import annotations

from codes import long_en, long_fr
from render import Page
from x_kit import d, foot, kv, kv2

# code: (style, title, subtitle, labels[child surname, given, sex, date, place, father, mother, no, issued, officer], second-language labels or None)
C = {
    "FI": (
        "form",
        "OTE VÄESTÖTIETOJÄRJESTELMÄSTÄ",
        "Digi- ja väestötietovirasto",
        [
            "Sukunimi",
            "Etunimet",
            "Sukupuoli",
            "Syntymäaika",
            "Syntymäkotikunta",
            "Isä",
            "Äiti",
            "Henkilötunnus",
            "Annettu",
            "Virkailija",
        ],
        [
            "Surname",
            "Given names",
            "Sex",
            "Date of birth",
            "Place of birth",
            "Father",
            "Mother",
            "Personal ID",
            "Issued",
            "Officer",
        ],
    ),
    "SK": (
        "form",
        "RODNÝ LIST",
        "Matričný úrad",
        [
            "Priezvisko",
            "Meno (mená)",
            "Pohlavie",
            "Dátum narodenia",
            "Miesto narodenia",
            "Otec",
            "Matka",
            "Číslo zápisu",
            "Vydané dňa",
            "Matrikárka",
        ],
        None,
    ),
    "SI": (
        "form",
        "IZPISEK IZ MATIČNEGA REGISTRA — ROJSTVO",
        "Upravna enota",
        [
            "Priimek",
            "Ime",
            "Spol",
            "Datum rojstva",
            "Kraj rojstva",
            "Oče",
            "Mati",
            "Številka",
            "Datum izdaje",
            "Matičar",
        ],
        [
            "Nom",
            "Prénom",
            "Sexe",
            "Date de naissance",
            "Lieu de naissance",
            "Père",
            "Mère",
            "Numéro",
            "Délivré le",
            "Officier",
        ],
    ),
    "DJ": (
        "narr",
        "RÉPUBLIQUE DE DJIBOUTI — EXTRAIT D'ACTE DE NAISSANCE",
        "Unité – Égalité – Paix",
        None,
        None,
    ),
    "KM": (
        "narr",
        "UNION DES COMORES — COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        "Unité – Solidarité – Développement",
        None,
        None,
    ),
    "CF": (
        "form",
        "RÉPUBLIQUE CENTRAFRICAINE — ACTE DE NAISSANCE",
        "Centre principal d'état civil",
        [
            "Nom",
            "Prénoms",
            "Sexe",
            "Né(e) le",
            "À",
            "Père",
            "Mère",
            "Acte n°",
            "Délivré le",
            "L'officier d'état civil",
        ],
        None,
    ),
    "MZ": (
        "narr_pt",
        "REPÚBLICA DE MOÇAMBIQUE — CERTIDÃO DE NASCIMENTO",
        "Conservatória do Registo Civil",
        None,
        None,
    ),
    "PY": (
        "form",
        "REPÚBLICA DEL PARAGUAY — CERTIFICADO DE NACIMIENTO",
        "Dirección General del Registro del Estado Civil",
        [
            "Apellidos",
            "Nombres",
            "Sexo",
            "Fecha de nacimiento",
            "Lugar de nacimiento",
            "Padre",
            "Madre",
            "Acta N°",
            "Expedido el",
            "Oficial",
        ],
        None,
    ),
    "KR": (
        "form",
        "기본증명서 (상세) / BASIC CERTIFICATE",
        "Family Relationship Registration",
        [
            "성명 (본인)",
            "Given name",
            "성별",
            "출생연월일",
            "출생장소",
            "부",
            "모",
            "등록번호",
            "발행일",
            "발행인",
        ],
        [
            "Name (surname)",
            "Given name",
            "Sex",
            "Date of birth",
            "Place of birth",
            "Father",
            "Mother",
            "Reg. No.",
            "Issued",
            "Issuer",
        ],
    ),
    "MN": (
        "form",
        "ТӨРСНИЙ ГЭРЧИЛГЭЭ / BIRTH CERTIFICATE",
        "Улсын бүртгэлийн ерөнхий газар / General Authority for State Registration",
        [
            "Ургийн овог / Овог",
            "Нэр",
            "Хүйс",
            "Төрсөн огноо",
            "Төрсөн газар",
            "Эцэг",
            "Эх",
            "Дугаар",
            "Олгосон",
            "Бүртгэгч",
        ],
        [
            "Surname",
            "Given name",
            "Sex",
            "Date of birth",
            "Place of birth",
            "Father",
            "Mother",
            "Number",
            "Issued",
            "Registrar",
        ],
    ),
    "TZ": (
        "form",
        "UNITED REPUBLIC OF TANZANIA — BIRTH CERTIFICATE / CHETI CHA KUZALIWA",
        "Registration, Insolvency and Trusteeship Agency (RITA)",
        [
            "Surname / Jina la ukoo",
            "Given names / Majina",
            "Sex / Jinsi",
            "Date of birth / Tarehe",
            "Place of birth / Mahali",
            "Father / Baba",
            "Mother / Mama",
            "Entry No.",
            "Issued / Imetolewa",
            "Registrar",
        ],
        None,
    ),
}
SEX = {
    "fi": ("mies", "nainen"),
    "sk": ("mužské", "ženské"),
    "sl": ("moški", "ženski"),
    "es": ("masculino", "femenino"),
    "ko": ("남 M", "여 F"),
    "mn": ("эрэгтэй / M", "эмэгтэй / F"),
    "en": ("Male / Me", "Female / Ke"),
    "fr": ("masculin", "féminin"),
}


def _form(cc: str, data: dict) -> list[Page]:
    _, title, sub, lab, lab2 = C[cc]
    per = data["person"]
    p = Page()
    p.rect((70, 70, p.w - 70, p.h - 70), outline=(90, 90, 90), width=3)
    p.text(p.w / 2, 200, title, 34, "serif-b", align="c")
    p.text(p.w / 2, 250, sub, 22, "serif-i", align="c")
    sx = SEX.get(per.lang, ("M", "F"))[0 if per.sex == "M" else 1]
    vals = [
        per.surname.upper(),
        per.given_str,
        sx,
        d(per.birth),
        per.birthplace,
        "%s %s" % (per.father[0], per.father[1].upper()),
        "%s %s" % (per.mother[0], per.mother[1].upper()),
        data["number"],
        d(data["issue"]),
        data["officer"],
    ]
    keep = [i for i in range(10) if not (data["nofil"] and i in (5, 6))]
    if lab2:
        y = kv2(p, 140, 380, [(lab[i], lab2[i], vals[i]) for i in keep], 26, 560)
    else:
        y = kv(p, 140, 380, [(lab[i], vals[i]) for i in keep], 28, 560)
    p.stamp(
        p.w - 360,
        y + 220,
        140,
        "%s * REGISTER * %s *" % (per.iso3, per.iso3),
        [per.birthplace[:14]],
        (60, 70, 150),
    )
    p.signature(260, y + 260, 280, seed=data["seed"] % 9)
    foot(p, "%s · %s" % (per.iso3, data["number"]))
    return [p]


def _narr(cc: str, data: dict) -> list[Page]:
    style, title, sub, _, _ = C[cc]
    per = data["person"]
    p = Page()
    p.text(p.w / 2, 180, title, 30, "serif-b", align="c")
    p.text(p.w / 2, 225, sub, 22, "serif-i", align="c")
    p.text(140, 330, "N° %s" % data["number"], 28, "serif-b")
    if style == "narr_pt":
        s = (
            "Certifico que no livro de registo de nascimentos desta Conservatória consta o assento de %s %s, "
            "do sexo %s, nascido(a) em %s, às 08h15, em %s"
            % (
                per.given_str,
                per.surname.upper(),
                "masculino" if per.sex == "M" else "feminino",
                long_fr(per.birth).replace(" ", " de "),
                per.birthplace,
            )
        )
        s += (
            "."
            if data["nofil"]
            else (
                ", filho(a) de %s %s e de %s %s."
                % (per.father[0], per.father[1], per.mother[0], per.mother[1])
            )
        )
        s += (
            " Por ser verdade se passa a presente certidão, que vai assinada. Maputo, %s. O Conservador, %s."
            % (d(data["issue"]), data["officer"])
        )
    else:
        s = "Le %s, est né(e) à %s %s %s, de sexe %s" % (
            long_fr(per.birth),
            per.birthplace,
            per.given_str,
            per.surname.upper(),
            "masculin" if per.sex == "M" else "féminin",
        )
        s += (
            "."
            if data["nofil"]
            else (
                ", fils/fille de %s %s et de %s %s."
                % (per.father[0], per.father[1].upper(), per.mother[0], per.mother[1].upper())
            )
        )
        s += (
            " Dressé le %s sur déclaration du père, lecture faite. Extrait certifié conforme au registre, délivré le %s "
            "par nous, %s, officier de l'état civil."
            % (long_fr(per.birth), long_fr(data["issue"]), data["officer"])
        )
    y = p.wrap(140, 430, p.w - 280, s, 30, "serif", leading=1.7)
    p.stamp(p.w - 380, y + 250, 150, "ÉTAT CIVIL * %s *" % per.iso3, [per.birthplace[:12]], (120, 40, 60))
    p.signature(220, y + 250, 300, seed=data["seed"] % 11)
    _ = long_en
    return [p]


def _fr8(data: dict) -> list[Page]:
    per = data["person"]
    p = Page()
    p.text(140, 170, "Mairie de %s" % per.birthplace.split(" (")[0], 30, "sans-b")
    p.text(140, 210, "Service de l'état civil", 22, "sans")
    p.text(p.w / 2, 340, "EXTRAIT D'ACTE DE NAISSANCE", 40, "serif-b", align="c")
    p.text(
        p.w / 2, 390, "avec filiation" if not data["nofil"] else "sans filiation", 24, "serif-i", align="c"
    )
    rows = [
        ("Acte n°", data["number"]),
        ("Nom", per.surname.upper()),
        ("Prénom(s)", per.given_str),
        ("Sexe", "masculin" if per.sex == "M" else "féminin"),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", per.birthplace),
    ]
    if not data["nofil"]:
        rows += [
            ("Père", "%s %s" % (per.father[0], per.father[1].upper())),
            ("Mère", "%s %s" % (per.mother[0], per.mother[1].upper())),
        ]
    y = kv(p, 160, 500, rows, 28, 420)
    p.text(160, y + 60, "Mentions marginales : néant", 24, "sans-i")
    p.text(
        160,
        y + 130,
        "Extrait délivré le %s, pour l'officier de l'état civil, %s" % (d(data["issue"]), data["officer"]),
        24,
    )
    p.stamp(p.w - 360, y + 320, 140, "RÉPUBLIQUE FRANÇAISE * ÉTAT CIVIL *", ["MAIRIE"], (40, 60, 160))
    p.signature(300, y + 300, 260, seed=data["seed"] % 5)
    return [p]


def _mk(cc):
    return lambda data: (_form if C[cc][0] == "form" else _narr)(cc, data)


TEMPLATES = {"birth_" + cc.lower(): ("birth_certificate", "blind5", _mk(cc)) for cc in C}
TEMPLATES["birth_fr8"] = ("birth_certificate", "blind5", _fr8)

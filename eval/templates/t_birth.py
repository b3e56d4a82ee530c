"""Birth certificates as they come from 25 countries (text from public descriptions; all data invented)."""

from __future__ import annotations

from birth_engines import fmt_date, name_of, parents, render, words_or_num
from codes import dmy, long_fr

SEXE = {"M": "masculin", "F": "féminin"}


def _fil(d, lab_f, lab_m, f=name_of):
    return [(lab_f, f(d["person"].father)), (lab_m, f(d["person"].mother))] if parents(d) else []


def _p(d):
    return d["person"]


def fr_extrait(d):
    per = _p(d)
    return (
        [
            ("Nom", per.surname.upper()),
            ("Prénom(s)", per.given_str),
            ("Sexe", SEXE[per.sex]),
            ("Date de naissance", long_fr(per.birth)),
            ("Lieu de naissance", per.birthplace),
        ]
        + _fil(d, "Père", "Mère")
        + [("Mentions marginales", "Néant")]
    )


def fr_integrale_body(d):
    per = _p(d)
    s = "Le %s, à dix heures quinze, est né%s à %s, %s %s, du sexe %s" % (
        words_or_num(per.birth),
        "e" if per.sex == "F" else "",
        per.birthplace,
        per.given_str,
        per.surname.upper(),
        SEXE[per.sex],
    )
    if parents(d):
        s += (
            ", de %s, né en 1961, employé, et de %s, née en 1964, sans profession, son épouse, domiciliés à %s."
            % (name_of(per.father), name_of(per.mother), per.birthplace.split(" (")[0])
        )
    return s + (
        " Dressé le %s, sur la déclaration du père, qui, lecture faite et invité à lire l'acte, a signé avec Nous,"
        " %s, Officier de l'état civil par délégation du Maire." % (long_fr(per.birth), d["officer"])
    )


def maghreb(d, lab):
    per = _p(d)
    rows = [
        (lab[0], per.surname.upper()),
        (lab[1], per.given_str),
        ("Date de naissance", long_fr(per.birth)),
        ("Lieu de naissance", per.birthplace),
        ("Sexe", SEXE[per.sex]),
    ]
    return rows + _fil(d, lab[2], lab[3]) + [("Mentions marginales", "Néant")]


def afrique_grid(d):
    per = _p(d)
    out = [
        "NAISSANCE",
        [("Nom(s)", per.surname.upper()), ("Prénom(s)", per.given_str)],
        [("Né(e) le", dmy(per.birth)), ("à", per.birthplace), ("Sexe", per.sex)],
    ]
    if parents(d):
        out += [
            "FILIATION",
            [("Père", name_of(per.father)), ("Profession", "Commerçant")],
            [("Mère", name_of(per.mother)), ("Profession", "Ménagère")],
        ]
    return out + [[("Acte n°", d["number"]), ("Dressé le", dmy(per.birth))]]


def es_literal(d):
    per = _p(d)
    s = "%s. Nacido en %s, el día %s. Sexo: %s. " % (
        per.formal,
        per.birthplace,
        fmt_date(per.birth, "es"),
        "varón" if per.sex == "M" else "mujer",
    )
    if parents(d):
        s += "Hijo de %s y de %s, de nacionalidad española. " % (name_of(per.father), name_of(per.mother))
    return s + "Inscrito en la Sección Primera, Tomo 00%d, Página %d." % (
        d["seed"] % 90 + 10,
        d["seed"] % 300,
    )


def co_grid(d):
    per = _p(d)
    out = [
        "Datos del inscrito",
        [("Primer apellido y segundo apellido", per.surname.upper()), ("Nombre(s)", per.given_str.upper())],
        [
            ("Fecha de nacimiento", dmy(per.birth)),
            ("Sexo", "MASCULINO" if per.sex == "M" else "FEMENINO"),
            ("Lugar de nacimiento", per.birthplace.upper()),
        ],
    ]
    if parents(d):
        out += [
            "Datos de la madre",
            [("Apellidos y nombres completos", name_of(per.mother).upper())],
            "Datos del padre",
            [("Apellidos y nombres completos", name_of(per.father).upper())],
        ]
    return out + [
        [("Indicativo serial", d["number"]), ("NUIP", "1.0%d.345.%03d" % (d["seed"] % 90, d["seed"] % 999))]
    ]


def pt_fields(d, lab_f="Pai", lab_m="Mãe"):
    per = _p(d)
    return (
        [
            ("Nome", per.given_str + " " + per.surname),
            ("Sexo", "masculino" if per.sex == "M" else "feminino"),
            ("Data de nascimento", fmt_date(per.birth, "pt")),
            ("Local de nascimento", per.birthplace),
        ]
        + _fil(d, lab_f, lab_m)
        + [("Matrícula", d["number"])]
    )


def it_body(d):
    per = _p(d)
    s = "Dall'atto di nascita n. %s, Parte I, Serie A, risulta che %s %s è nat%s a %s il giorno %s" % (
        d["number"],
        per.surname.upper(),
        per.given_str,
        "a" if per.sex == "F" else "o",
        per.birthplace,
        fmt_date(per.birth, "it"),
    )
    if parents(d):
        s += ", figli%s di %s e di %s" % (
            "a" if per.sex == "F" else "o",
            name_of(per.father),
            name_of(per.mother),
        )
    return s + "."


def de_fields(d):
    per = _p(d)
    return [
        ("Familienname", per.surname),
        ("Vornamen", per.given_str),
        ("Geschlecht", "männlich" if per.sex == "M" else "weiblich"),
        ("Geburtstag", fmt_date(per.birth, "de")),
        ("Geburtsort", per.birthplace),
    ] + (
        [(None, "Eltern"), ("Vater", name_of(per.father)), ("Mutter", name_of(per.mother))]
        if parents(d)
        else []
    )


def pl_fields(d):
    per = _p(d)
    return [
        ("Nazwisko", per.surname.upper()),
        ("Imię (imiona)", per.given_str),
        ("Płeć", "mężczyzna" if per.sex == "M" else "kobieta"),
        ("Data urodzenia", dmy(per.birth, ".")),
        ("Miejsce urodzenia", per.birthplace),
    ] + (
        [
            (None, "DANE RODZICÓW"),
            ("Imię i nazwisko ojca", name_of(per.father)),
            ("Imię i nazwisko matki", name_of(per.mother)),
        ]
        if parents(d)
        else []
    )


def ro_fields(d):
    per = _p(d)
    return (
        [
            ("Numele", per.surname.upper()),
            ("Prenumele", per.given_str),
            ("Sexul", "M" if per.sex == "M" else "F"),
            ("Data naşterii", dmy(per.birth, ".")),
            ("Locul naşterii", per.birthplace + ", România"),
        ]
        + _fil(d, "Numele şi prenumele tatălui", "Numele şi prenumele mamei")
        + [("Nr. actului", d["number"])]
    )


def tr_grid(d):
    per = _p(d)
    out = [
        "KİMLİK BİLGİLERİ",
        [("Soyadı", per.surname.upper()), ("Adı", per.given_str.upper())],
        [
            ("Doğum Tarihi", dmy(per.birth, ".")),
            ("Doğum Yeri", per.birthplace.upper()),
            ("Cinsiyeti", "E" if per.sex == "M" else "K"),
        ],
    ]
    if parents(d):
        out += [
            [
                ("Baba Adı", per.father[0].upper() + " " + per.father[1].upper()),
                ("Ana Adı", per.mother[0].upper() + " " + per.mother[1].upper()),
            ]
        ]
    return out + [
        [
            ("T.C. Kimlik No", "1%010d" % (d["seed"] * 7919 % 10**10)),
            ("Cilt / Hane / Sıra No", "0%d / 12 / 4" % (d["seed"] % 90)),
        ]
    ]


def vn_fields(d):
    per = _p(d)
    return [
        ("Họ, chữ đệm, tên", per.surname.upper() + " " + per.given_str.upper()),
        ("Ngày, tháng, năm sinh", fmt_date(per.birth, "vi")),
        ("Giới tính", "Nam" if per.sex == "M" else "Nữ"),
        ("Dân tộc", "Kinh"),
        ("Quốc tịch", "Việt Nam"),
        ("Nơi sinh", per.birthplace),
    ] + (
        [
            ("Họ, chữ đệm, tên người mẹ", (per.mother[1] + " " + per.mother[0]).upper()),
            ("Họ, chữ đệm, tên người cha", (per.father[1] + " " + per.father[0]).upper()),
        ]
        if parents(d)
        else []
    )


def cn_body(d):
    per = _p(d)
    s = "This is to certify that %s, %s, was born on %s in %s. " % (
        per.given_str + " " + per.surname.upper(),
        "male" if per.sex == "M" else "female",
        fmt_date(per.birth, "us"),
        per.birthplace,
    )
    if parents(d):
        s += "%s's father is %s and %s mother is %s." % (
            per.surname.upper() + " " + per.given_str,
            name_of(per.father),
            "his" if per.sex == "M" else "her",
            name_of(per.mother),
        )
    return s


def gb_register(d):
    per = _p(d)
    heads = [
        "When and where born",
        "Name, if any",
        "Sex",
        "Name and surname of father",
        "Name, surname and maiden surname of mother",
        "Occupation of father",
        "Signature, description and residence of informant",
        "When registered",
    ]
    vals = [
        "%s, %s" % (fmt_date(per.birth, "en"), per.birthplace),
        per.given_str + " " + per.surname.upper(),
        "Boy" if per.sex == "M" else "Girl",
        name_of(per.father) if parents(d) else "",
        name_of(per.mother) if parents(d) else "",
        "Electrician" if parents(d) else "",
        "Mother, " + per.birthplace,
        fmt_date(per.birth[:8] + "%02d" % min(28, int(per.birth[8:]) + 9), "en"),
    ]
    return heads, vals, [330, 300, 150, 310, 340, 240, 330, 250]


def us_grid(d):
    per = _p(d)
    out = [
        [
            ("1. CHILD - FIRST", per.given[0].upper()),
            ("MIDDLE", " ".join(per.given[1:]).upper() or "-"),
            ("LAST", per.surname.upper()),
        ],
        [
            ("2. SEX", "MALE" if per.sex == "M" else "FEMALE"),
            ("3a. DATE OF BIRTH", fmt_date(per.birth, "us")),
            ("4. PLACE OF BIRTH", per.birthplace.upper()),
        ],
    ]
    if parents(d):
        out += [
            [("6a. MOTHER - NAME PRIOR TO FIRST MARRIAGE", name_of(per.mother).upper())],
            [("7a. FATHER - NAME", name_of(per.father).upper())],
        ]
    return out + [[("STATE FILE NUMBER", d["number"]), ("DATE FILED", dmy(per.birth[:8] + "28", "/"))]]


def en_grid(d, who):
    per = _p(d)
    out = [
        [("Name of child", per.given_str + " " + per.surname.upper())],
        [
            ("Sex", "Male" if per.sex == "M" else "Female"),
            ("Date of birth", fmt_date(per.birth, "en")),
            ("Place of birth", per.birthplace),
        ],
    ]
    if parents(d):
        out += [
            "PARENTS",
            [("Name of father", name_of(per.father)), ("Nationality", who)],
            [("Name of mother", name_of(per.mother)), ("Nationality", who)],
        ]
    return out + [
        [("Registration No.", d["number"]), ("Date of registration", fmt_date(per.birth[:8] + "27", "en"))]
    ]


def ph_grid(d):
    per = _p(d)
    out = [
        "CHILD",
        [("1. NAME (First)", per.given_str.upper()), ("(Last)", per.surname.upper())],
        [
            ("2. SEX", "MALE" if per.sex == "M" else "FEMALE"),
            ("3. DATE OF BIRTH", fmt_date(per.birth, "en")),
            ("4. PLACE OF BIRTH", per.birthplace.upper()),
        ],
    ]
    if parents(d):
        out += [
            "MOTHER",
            [("7. MAIDEN NAME", name_of(per.mother).upper())],
            "FATHER",
            [("13. NAME", name_of(per.father).upper())],
        ]
    return out + [
        [("Registry No.", d["number"]), ("PSA Security Paper No.", "A%08d" % (d["seed"] * 131 % 10**8))]
    ]


def _fr_close(d):
    return ["Extrait délivré le %s, pour valoir ce que de droit." % long_fr(d["issue"])]


def _st(**kw):
    return kw


CFG = {
    "FR": dict(
        engine="fields",
        header=["RÉPUBLIQUE FRANÇAISE", "Mairie de %s" % "Rennes", "Service de l'état civil"],
        title="EXTRAIT D'ACTE DE NAISSANCE",
        subtitle="avec indication de la filiation",
        fields=fr_extrait,
        closing=_fr_close,
        style=_st(font="serif", logo="marianne", stamp=("MAIRIE DE RENNES * ETAT CIVIL * ", ["RENNES"])),
    ),
    "FR2": dict(
        engine="prose",
        header=["RÉPUBLIQUE FRANÇAISE", "Ville de Besançon"],
        title="COPIE INTÉGRALE D'ACTE DE NAISSANCE",
        margin=lambda d: [
            "Acte n° %s" % d["number"],
            "",
            "NAISSANCE",
            "de",
            d["person"].surname.upper(),
            d["person"].given_str,
        ],
        body=fr_integrale_body,
        mentions=lambda d: ["Mentions marginales : néant."],
        closing=lambda d: [
            "Copie certifiée conforme au registre, délivrée à Besançon le %s." % long_fr(d["issue"])
        ],
        style=_st(
            font="scond", border=2, stamp=("VILLE DE BESANCON * ETAT CIVIL * ", ["Officier", "état civil"])
        ),
    ),
    "MA": dict(
        engine="fields",
        header=[
            "ROYAUME DU MAROC",
            "Ministère de l'Intérieur",
            "Province de Casablanca - Commune Anfa",
            "Bureau de l'état civil",
        ],
        title="EXTRAIT D'ACTE DE NAISSANCE",
        fields=lambda d: maghreb(d, ["Nom de famille", "Prénom", "Fils / fille de (père)", "et de (mère)"]),
        closing=lambda d: [
            "Acte n° %s, registre de l'année %s. Délivré le %s."
            % (d["number"], d["person"].birth[:4], long_fr(d["issue"]))
        ],
        style=_st(
            font="sans",
            col=(20, 80, 40),
            bg="rosette",
            bgcol=(228, 240, 230),
            logo="circle",
            head_left=True,
            stamp=("ROYAUME DU MAROC * ETAT CIVIL * ", ["Anfa"]),
            stampcol=(30, 110, 60),
        ),
    ),
    "DZ": dict(
        engine="fields",
        header=["RÉPUBLIQUE ALGÉRIENNE DÉMOCRATIQUE ET POPULAIRE", "Wilaya d'Oran - Commune d'Oran"],
        title="EXTRAIT D'ACTE DE NAISSANCE",
        subtitle="Modèle 12 S",
        fields=lambda d: maghreb(d, ["Nom", "Prénom(s)", "Fils/Fille de", "Et de"]),
        closing=lambda d: ["Acte n° %s. Pour extrait conforme, Oran le %s." % (d["number"], dmy(d["issue"]))],
        style=_st(
            font="cond",
            col=(20, 90, 50),
            border=3,
            stamp=("APC ORAN * ETAT CIVIL * ", ["Oran"]),
            stampcol=(20, 90, 120),
        ),
    ),
    "TN": dict(
        engine="fields",
        header=["RÉPUBLIQUE TUNISIENNE", "Ministère des Affaires Locales", "Municipalité de Sfax"],
        title="EXTRAIT DE L'ACTE DE NAISSANCE",
        fields=lambda d: maghreb(d, ["Nom", "Prénom", "Père", "Mère"]),
        closing=lambda d: ["Numéro de l'acte : %s. Délivré à Sfax le %s." % (d["number"], dmy(d["issue"]))],
        style=_st(
            font="serif",
            col=(150, 20, 30),
            bg="waves",
            bgcol=(246, 232, 232),
            lab_w=480,
            stamp=("MUNICIPALITE DE SFAX * ", ["Etat civil"]),
            stampcol=(150, 30, 40),
        ),
    ),
    "SN": dict(
        engine="grid",
        header=[
            "RÉPUBLIQUE DU SÉNÉGAL",
            "Un Peuple - Un But - Une Foi",
            "Région de Dakar - Centre principal d'état civil",
        ],
        title="EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE",
        grid=afrique_grid,
        closing=lambda d: ["Pour extrait certifié conforme. Dakar, le %s." % dmy(d["issue"])],
        style=_st(
            font="sans",
            col=(20, 90, 40),
            logo="flag3",
            logo2=(250, 220, 60),
            band=(226, 240, 226),
            stamp=("CENTRE D ETAT CIVIL DAKAR * ", ["Sénégal"]),
        ),
    ),
    "CI": dict(
        engine="grid",
        header=["RÉPUBLIQUE DE CÔTE D'IVOIRE", "Union - Discipline - Travail", "Mairie d'Abidjan - Cocody"],
        title="EXTRAIT DU REGISTRE DES ACTES DE L'ÉTAT CIVIL",
        grid=afrique_grid,
        closing=lambda d: [
            "Délivré conforme aux indications portées au registre, le %s." % long_fr(d["issue"])
        ],
        style=_st(
            font="cond",
            col=(200, 100, 20),
            band=(250, 236, 220),
            border=6,
            stamp=("MAIRIE DE COCODY * ", ["Etat civil"]),
            stampcol=(200, 90, 20),
        ),
    ),
    "CM": dict(
        engine="fields",
        header=[
            "RÉPUBLIQUE DU CAMEROUN",
            "Paix - Travail - Patrie",
            "REPUBLIC OF CAMEROON",
            "Centre d'état civil de Yaoundé IIIe",
        ],
        title="ACTE DE NAISSANCE / BIRTH CERTIFICATE",
        fields=lambda d: maghreb(
            d, ["Nom / Surname", "Prénoms / Given names", "Père / Father", "Mère / Mother"]
        ),
        closing=lambda d: ["N° %s. Dressé et délivré le %s." % (d["number"], dmy(d["issue"]))],
        style=_st(
            font="sans",
            col=(20, 100, 40),
            lab_w=620,
            head_left=True,
            stamp=("CEC YAOUNDE III * ", ["Cameroun"]),
        ),
    ),
    "HT": dict(
        engine="prose",
        header=[
            "RÉPUBLIQUE D'HAÏTI",
            "Archives Nationales d'Haïti",
            "Officier de l'état civil de Port-au-Prince",
        ],
        title="EXTRAIT DES REGISTRES DES ACTES DE NAISSANCE",
        body=lambda d: (
            "L'an %s, par-devant nous, Officier de l'état civil, a comparu le citoyen %s, lequel nous a déclaré que "
            "le %s est né%s à %s un enfant du sexe %s nommé %s %s%s."
            % (
                d["person"].birth[:4],
                name_of(d["person"].father) if parents(d) else "Jean Baptiste",
                long_fr(d["person"].birth),
                "e" if d["person"].sex == "F" else "",
                d["person"].birthplace,
                SEXE[d["person"].sex],
                d["person"].given_str,
                d["person"].surname.upper(),
                (", fils/fille du comparant et de la dame %s" % name_of(d["person"].mother))
                if parents(d)
                else "",
            )
        ),
        closing=lambda d: ["Délivré pour extrait conforme le %s." % long_fr(d["issue"])],
        style=_st(
            font="serif",
            col=(20, 30, 110),
            bg="diag",
            bgcol=(236, 238, 248),
            border=2,
            stamp=("ARCHIVES NATIONALES D HAITI * ", ["ANH"]),
        ),
    ),
    "ES": dict(
        engine="prose",
        header=["REGISTRO CIVIL DE SEVILLA", "Sección 1ª - Nacimientos"],
        title="CERTIFICACIÓN LITERAL DE NACIMIENTO",
        body=es_literal,
        closing=lambda d: ["Expedida el %s." % fmt_date(d["issue"], "es")],
        officer_label="El Encargado del Registro Civil",
        style=_st(
            font="serif",
            col=(80, 20, 20),
            bg="dots",
            bgcol=(236, 220, 220),
            bgstep=30,
            stamp=("REGISTRO CIVIL * SEVILLA * ", ["España"]),
            stampcol=(120, 40, 40),
        ),
    ),
    "CO": dict(
        engine="grid",
        header=["REPÚBLICA DE COLOMBIA", "Registraduría Nacional del Estado Civil"],
        title="REGISTRO CIVIL DE NACIMIENTO",
        grid=co_grid,
        officer_label="El registrador",
        closing=lambda d: ["Fecha de expedición: %s." % dmy(d["issue"])],
        style=_st(
            font="cond",
            col=(120, 90, 10),
            band=(250, 244, 210),
            stamp=("REGISTRADURIA * COLOMBIA * ", ["Medellín"]),
        ),
    ),
    "BR": dict(
        engine="fields",
        header=["REPÚBLICA FEDERATIVA DO BRASIL", "Registro Civil das Pessoas Naturais"],
        title="CERTIDÃO DE NASCIMENTO",
        fields=pt_fields,
        officer_label="O Oficial",
        closing=lambda d: ["O conteúdo da certidão é verdadeiro. Dou fé. Emitida em %s." % dmy(d["issue"])],
        style=_st(
            font="sans",
            col=(20, 60, 120),
            bg="rosette",
            bgcol=(226, 236, 246),
            lab_w=520,
            stamp=("CARTORIO DE REGISTRO CIVIL * ", ["Recife"]),
        ),
    ),
    "PT": dict(
        engine="fields",
        header=["REPÚBLICA PORTUGUESA", "Conservatória do Registo Civil de Coimbra"],
        title="CERTIDÃO DE NASCIMENTO",
        subtitle="Assento de nascimento n.º",
        fields=lambda d: pt_fields(d, "Pai", "Mãe"),
        officer_label="O Conservador",
        closing=lambda d: ["Coimbra, %s." % fmt_date(d["issue"], "pt")],
        style=_st(
            font="scond",
            col=(30, 80, 40),
            border=2,
            head_left=True,
            stamp=("REGISTO CIVIL COIMBRA * ", ["IRN"]),
        ),
    ),
    "IT": dict(
        engine="prose",
        header=["COMUNE DI BOLOGNA", "Ufficio dello Stato Civile"],
        title="ESTRATTO DELL'ATTO DI NASCITA",
        body=it_body,
        closing=lambda d: [
            "Bologna, %s. Si rilascia in carta libera per uso amministrativo." % fmt_date(d["issue"], "it")
        ],
        officer_label="L'Ufficiale dello Stato Civile",
        style=_st(
            font="serif", logo="tri", col=(20, 90, 50), stamp=("COMUNE DI BOLOGNA * ", ["Stato civile"])
        ),
    ),
    "DE": dict(
        engine="fields",
        header=["Standesamt Düsseldorf"],
        title="Geburtsurkunde",
        fields=de_fields,
        officer_label="Der Standesbeamte",
        closing=lambda d: ["Düsseldorf, den %s" % dmy(d["issue"], ".")],
        style=_st(
            font="sans",
            head_left=True,
            title_size=46,
            lab_w=440,
            stamp=("STANDESAMT DUESSELDORF * ", ["Siegel"]),
        ),
    ),
    "PL": dict(
        engine="fields",
        header=["RZECZPOSPOLITA POLSKA", "Urząd Stanu Cywilnego w Krakowie"],
        title="ODPIS SKRÓCONY AKTU URODZENIA",
        fields=pl_fields,
        officer_label="Kierownik Urzędu Stanu Cywilnego",
        closing=lambda d: ["Numer aktu: %s. Kraków, dnia %s r." % (d["number"], dmy(d["issue"], "."))],
        style=_st(
            font="cond",
            col=(150, 20, 40),
            bg="waves",
            bgcol=(244, 230, 236),
            stamp=("USC KRAKOW * ", ["Orzeł"]),
        ),
    ),
    "RO": dict(
        engine="fields",
        header=["ROMÂNIA", "Judeţul Iaşi - Primăria Municipiului Iaşi"],
        title="CERTIFICAT DE NAŞTERE",
        fields=ro_fields,
        officer_label="Ofiţer de stare civilă",
        closing=lambda d: ["Eliberat la data de %s." % dmy(d["issue"], ".")],
        style=_st(
            font="serif",
            col=(20, 40, 120),
            bg="rosette",
            bgcol=(228, 232, 246),
            border=5,
            stamp=("ROMANIA * IASI * ", ["Stare civilă"]),
        ),
    ),
    "TR": dict(
        engine="grid",
        header=["T.C.", "İÇİŞLERİ BAKANLIĞI", "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü"],
        title="DOĞUM BELGESİ / NÜFUS KAYIT ÖRNEĞİ",
        grid=tr_grid,
        officer_label="Nüfus Müdürü",
        closing=lambda d: ["Düzenleme tarihi: %s" % dmy(d["issue"], ".")],
        style=_st(
            font="sans", col=(170, 20, 20), band=(248, 226, 226), stamp=("IZMIR NUFUS MUDURLUGU * ", ["T.C."])
        ),
    ),
    "VN": dict(
        engine="fields",
        header=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        title="GIẤY KHAI SINH",
        subtitle="(Bản sao)",
        fields=vn_fields,
        officer_label="Người ký giấy khai sinh",
        closing=lambda d: ["Số: %s. Ngày cấp: %s." % (d["number"], fmt_date(d["issue"], "vi"))],
        style=_st(
            font="serif",
            col=(160, 20, 20),
            lab_w=520,
            stamp=("UBND PHUONG * HA NOI * ", ["Việt Nam"]),
            stampcol=(190, 20, 20),
        ),
    ),
    "CN": dict(
        engine="prose",
        header=["NOTARIAL CERTIFICATE", "(%s) Zhe Hang Zheng Wai Zi No. %s" % ("2026", "")],
        title="BIRTH CERTIFICATE",
        body=cn_body,
        officer_label="Notary Public",
        closing=lambda d: [
            "Hangzhou Notary Public Office, Zhejiang Province, The People's Republic of China. %s"
            % fmt_date(d["issue"], "en")
        ],
        style=_st(
            font="sans",
            col=(150, 20, 20),
            border=3,
            stamp=("HANGZHOU NOTARY PUBLIC OFFICE * ", ["*"]),
            stampcol=(200, 30, 30),
        ),
    ),
    "GB": dict(
        engine="register",
        header=["CERTIFIED COPY OF AN ENTRY OF BIRTH", "GIVEN AT THE GENERAL REGISTER OFFICE"],
        title="BIRTH in the Sub-district of Leeds",
        register=gb_register,
        closing=lambda d: [
            "Certified to be a true copy of an entry in a register in my custody. %s"
            % fmt_date(d["issue"], "en"),
            "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE.",
        ],
        style=_st(
            font="serif",
            col=(150, 40, 60),
            bg="waves",
            bgcol=(246, 228, 232),
            stamp=("GENERAL REGISTER OFFICE * ", ["GRO"]),
        ),
    ),
    "US": dict(
        engine="grid",
        header=["STATE OF OHIO", "DEPARTMENT OF HEALTH - OFFICE OF VITAL STATISTICS"],
        title="CERTIFICATE OF LIVE BIRTH",
        grid=us_grid,
        officer_label="State Registrar",
        closing=lambda d: [
            "This is a true certification of the name and birth facts on file. Issued %s."
            % fmt_date(d["issue"], "us")
        ],
        style=_st(
            font="cond",
            col=(30, 70, 40),
            bg="diag",
            bgcol=(226, 240, 228),
            border=8,
            stamp=("STATE OF OHIO * SEAL * ", ["OHIO"]),
        ),
    ),
    "NG": dict(
        engine="grid",
        header=["FEDERAL REPUBLIC OF NIGERIA", "NATIONAL POPULATION COMMISSION"],
        title="BIRTH CERTIFICATE",
        grid=lambda d: en_grid(d, "Nigerian"),
        officer_label="Registrar",
        closing=lambda d: ["Issued at Enugu on %s." % fmt_date(d["issue"], "en")],
        style=_st(
            font="serif",
            col=(20, 110, 50),
            logo="flag3",
            logo2=(250, 250, 250),
            band=(224, 242, 228),
            stamp=("NATIONAL POPULATION COMMISSION * ", ["NPC"]),
        ),
    ),
    "IN": dict(
        engine="grid",
        header=["GOVERNMENT OF MAHARASHTRA", "Pune Municipal Corporation - Department of Health"],
        title="BIRTH CERTIFICATE",
        subtitle="(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969)",
        grid=lambda d: en_grid(d, "Indian"),
        officer_label="Registrar (Births & Deaths)",
        closing=lambda d: ["Date of issue: %s" % dmy(d["issue"], "-")],
        style=_st(
            font="sans",
            col=(20, 40, 110),
            logo="circle",
            band=(230, 234, 248),
            stamp=("PUNE MUNICIPAL CORPORATION * ", ["PMC"]),
        ),
    ),
    "PH": dict(
        engine="grid",
        header=["Republic of the Philippines", "PHILIPPINE STATISTICS AUTHORITY"],
        title="CERTIFICATE OF LIVE BIRTH",
        grid=ph_grid,
        officer_label="Civil Registrar General",
        closing=lambda d: [
            "This certification is issued upon request for whatever legal purpose it may serve. %s"
            % fmt_date(d["issue"], "en")
        ],
        style=_st(
            font="sans",
            col=(30, 60, 140),
            bg="dots",
            bgcol=(224, 230, 246),
            bgstep=22,
            vfont="mono-b",
            stamp=("PHILIPPINE STATISTICS AUTHORITY * ", ["PSA"]),
        ),
    ),
}


def birth_certificate(d: dict) -> list:
    return render(d, CFG[d["person"].country])


TEMPLATES = {"birth_" + c.lower(): ("birth_certificate", None, birth_certificate) for c in CFG}

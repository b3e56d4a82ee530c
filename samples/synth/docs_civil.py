"""Civil-status documents: birth certificates (French and foreign), sworn translations, marriage."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

from datetime import date

import pymupdf

from .people import MONTHS_DE, MONTHS_EN, MONTHS_PT, Person, date_fr, date_num
from .render import BLACK, GREY, Sheet
from .spec import DocSpec

_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def number_fr(n: int, year: bool = False) -> str:  # noqa: PLR0911 - one return per rule of French numerals
    """French words for 0-9999 (``mil`` instead of ``mille`` for years, as registers write them)."""
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        return _TENS[t] + ("" if u == 0 else " et un" if u == 1 else "-" + _UNITS[u])
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + number_fr(n - 60))
    if n < 100:
        return "quatre-vingt" + ("s" if n == 80 else "-" + number_fr(n - 80))
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else _UNITS[h] + " cent" + ("s" if r == 0 else "")
        return head + ("" if r == 0 else " " + number_fr(r))
    th, r = divmod(n, 1000)
    head = ("mil" if year else "mille") if th == 1 else _UNITS[th] + " mille"
    return head + ("" if r == 0 else " " + number_fr(r))


def date_words_fr(value: date) -> str:
    """``quatorze mai mil neuf cent quatre-vingt-dix``."""
    day = "premier" if value.day == 1 else number_fr(value.day)
    return f"{day} {date_fr(value).split(' ', 1)[1].rsplit(' ', 1)[0]} {number_fr(value.year, year=True)}"


def parent_birth(person: Person, years: int, month: int, day: int) -> date:
    """An invented parent's birth date, ``years`` before the child."""
    return date(person.birth_date.year - years, month, day)


def birth_spec(person: Person, key: str, variant: str, issued: date) -> DocSpec:
    """A birth certificate spec. Variants: fr, fr-nofil, fr-be, fr-ma, fr-sn, en, de, pt."""
    lang = variant.split("-", maxsplit=1)[0]
    parents = [] if variant == "fr-nofil" else [person.father, person.mother]
    fields = {"holder": person.full, "language": lang, "parents": parents, "filiation": bool(parents)}
    return DocSpec(key, "birth_certificate", person, issued, variant, fields)


def field_rows(
    s: Sheet,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    tab: float = 55,
    size: float = 11,
    fontname: str = "serif",
    step: float = 8.0,
) -> float:
    for label, value in rows:
        s.text(x, y, label, size, fontname, BLACK)
        lines = value.split("\n")
        for i, line in enumerate(lines):
            s.text(
                x + tab, y + i * size * 0.45, line, size, fontname + "b" if fontname != "serifb" else fontname
            )
        y += step + (len(lines) - 1) * size * 0.45
    return y


def page_frame(s: Sheet, seed: int) -> None:
    s.rect(12, 12, 186, 273, stroke=GREY, width=0.5)
    s.rect(13.5, 13.5, 183, 270, stroke=GREY, width=0.2)
    s.text(190, 280, f"Réf. {seed % 900000 + 100000}", 7, "sans", GREY, align="right")


def build_birth_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Dispatch on the language/layout variant."""
    {
        "fr": _birth_fr,
        "fr-nofil": _birth_fr,
        "fr-be": _birth_fr_abroad,
        "fr-ma": _birth_fr_abroad,
        "fr-sn": _birth_fr_abroad,
        "en": _birth_en,
        "de": _birth_de,
        "pt": _birth_pt,
    }[spec.variant](doc, spec)


def _birth_fr(doc: pymupdf.Document, spec: DocSpec) -> None:
    p = spec.person
    s = Sheet(doc)
    page_frame(s, spec.seed)
    city = p.birth_place.split(" (")[0]
    s.lines(22, 26, ["RÉPUBLIQUE FRANÇAISE", f"Mairie de {city}", "Service de l'état civil"], 10, "serifb")
    s.lines(188, 26, [f"Acte n° {spec.digits(4)}", f"Année {p.birth_date.year}"], 10, "serif", align="right")
    s.text(105, 58, "EXTRAIT D'ACTE DE NAISSANCE", 16, "serifb", align="center")
    filiation = spec.variant != "fr-nofil"
    s.text(105, 66, "avec filiation" if filiation else "sans filiation", 12, "serifi", align="center")
    e = "e" if p.feminine else ""
    when = f"Le {date_words_fr(p.birth_date)} ({date_fr(p.birth_date)}), à 8 heures 35 minutes,"
    y = s.para(22, 84, 166, when, 11.5, "serif")
    y = s.para(22, y, 166, f"est né{e} à {p.birth_place} :", 11.5, "serif")
    s.text(105, y + 4, p.full, 14, "serifb", align="center")
    y += 14
    y = s.para(22, y, 166, f"de sexe {'féminin' if p.feminine else 'masculin'},", 11.5, "serif")
    if filiation:
        fb = parent_birth(p, 29, 2, 11)
        mb = parent_birth(p, 27, 9, 23)
        text = (
            f"{'fille' if p.feminine else 'fils'} de {p.father}, né le {date_fr(fb)}, et de {p.mother}, née "
            f"le {date_fr(mb)}, son épouse, domiciliés à {city}."
        )
        y = s.para(22, y, 166, text, 11.5, "serif")
    y = s.para(22, y + 4, 166, "Mentions marginales : " + spec.fields.get("mention", "néant."), 11.5, "serif")
    y = s.para(
        22,
        y + 6,
        166,
        f"Extrait délivré le {date_fr(spec.issued)}, conforme aux indications portées au registre.",
        11,
        "serifi",
    )
    s.text(130, y + 10, "L'officier de l'état civil,", 11, "serif")
    s.signature(132, y + 14, 40, 12, spec.seed + 7)
    s.stamp(60, y + 26, 17, ["MAIRIE DE", city.upper()[:14], "ÉTAT CIVIL"])


_ABROAD = {
    "fr-be": ["ROYAUME DE BELGIQUE", "Ville de {city}", "Service de l'état civil"],
    "fr-ma": ["ROYAUME DU MAROC", "Ministère de l'Intérieur", "Province de {city}", "Bureau de l'état civil"],
    "fr-sn": [
        "RÉPUBLIQUE DU SÉNÉGAL",
        "Un Peuple - Un But - Une Foi",
        "Région de {city}",
        "Centre d'état civil de {city}-Plateau",
    ],
}


def _birth_fr_abroad(doc: pymupdf.Document, spec: DocSpec) -> None:
    """French-language extracts from Belgium, Morocco and Senegal (structured fields)."""
    p = spec.person
    s = Sheet(doc)
    page_frame(s, spec.seed)
    head = _ABROAD[spec.variant]
    if spec.variant == "fr-be":
        father_label, mother_label = "Père", "Mère"
    else:
        father_label, mother_label = ("Fille de" if p.feminine else "Fils de"), "Et de"
    city = p.birth_place
    s.lines(22, 26, [h.format(city=city) for h in head], 10, "serifb")
    s.lines(188, 26, [f"Acte n° {spec.digits(4)}", f"Année {p.birth_date.year}"], 10, "serif", align="right")
    y = 70.0
    if spec.variant == "fr-sn":
        s.text(105, 62, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE", 14, "serifb", align="center")
        s.text(105, 70, "(Extrait d'acte de naissance)", 11, "serifi", align="center")
        y = 78.0
    else:
        s.text(105, 64, "EXTRAIT D'ACTE DE NAISSANCE", 16, "serifb", align="center")
    rows = [
        ("Nom :", p.surname),
        ("Prénom(s) :", p.given),
        ("Sexe :", "féminin" if p.feminine else "masculin"),
        ("Date de naissance :", f"{date_fr(p.birth_date)}\n({date_words_fr(p.birth_date)})"),
        ("Lieu de naissance :", f"{city} ({p.birth_country_fr})"),
        (f"{father_label} :", p.father),
        (f"{mother_label} :", p.mother),
        ("Mentions marginales :", "néant"),
    ]
    y = field_rows(s, 24, y + 10, rows, tab=50, size=11.5, step=9.5)
    place = city
    y = s.para(
        24,
        y + 8,
        162,
        f"Certifié conforme aux indications portées au registre. Délivré à {place}, le "
        f"{date_fr(spec.issued)}.",
        11,
        "serifi",
    )
    s.text(128, y + 8, "L'officier de l'état civil,", 11, "serif")
    s.signature(130, y + 12, 40, 12, spec.seed + 7)
    s.stamp(60, y + 24, 17, ["ÉTAT CIVIL", city.upper()[:14], "*"])


def _birth_en(doc: pymupdf.Document, spec: DocSpec) -> None:
    p = spec.person
    s = Sheet(doc)
    page_frame(s, spec.seed)
    b = p.birth_date
    s.text(105, 28, "THE COMMONWEALTH OF MASSACHUSETTS", 12, "serifb", align="center")
    s.text(105, 35, "CITY OF BOSTON — REGISTRY DIVISION", 10, "serif", align="center")
    s.text(105, 52, "CERTIFICATE OF BIRTH", 18, "serifb", align="center")
    s.text(188, 64, f"Registered Number {b.year}-{spec.digits(5)}", 9.5, "serif", align="right")
    rows = [
        ("Name of child:", p.full),
        ("Date of birth:", f"{MONTHS_EN[b.month - 1]} {b.day}, {b.year}"),
        ("Place of birth:", p.birth_place),
        ("Sex:", "Female" if p.feminine else "Male"),
        ("Father:", p.father),
        ("Father's birthplace:", "Hartford, Connecticut"),
        ("Mother:", p.mother),
        ("Mother's birthplace:", "Providence, Rhode Island"),
        ("Date of record:", f"{MONTHS_EN[b.month - 1]} {min(b.day + 4, 28)}, {b.year}"),
    ]
    y = field_rows(s, 24, 80, rows, tab=52, size=11, step=9)
    cert = (
        "I, the undersigned, hereby certify that I am the Registrar of the City of Boston; that as such I "
        "have custody of the records of birth required by law to be kept in my office; and that the "
        "foregoing is a true copy from said records. Witness my hand and seal on "
        f"{MONTHS_EN[spec.issued.month - 1]} {spec.issued.day}, {spec.issued.year}."
    )
    y = s.para(24, y + 8, 162, cert, 10.5, "serif")
    s.text(130, y + 8, "City Registrar", 11, "serif")
    s.signature(128, y + 12, 42, 12, spec.seed + 7)
    s.stamp(60, y + 22, 17, ["CITY OF BOSTON", "REGISTRY", "SEAL"])


def _birth_de(doc: pymupdf.Document, spec: DocSpec) -> None:
    p = spec.person
    s = Sheet(doc)
    page_frame(s, spec.seed)
    b = p.birth_date
    city = p.birth_place
    s.text(24, 28, f"Standesamt {city}", 11, "sansb")
    s.text(105, 50, "Geburtsurkunde", 20, "serifb", align="center")
    s.text(105, 58, f"(Geburtenregister Nr. G {spec.digits(4)}/{b.year})", 10, "serif", align="center")
    mother_given, mother_birth = p.mother.rsplit(" ", 1)
    rows = [
        ("Familienname", p.surname),
        ("Vornamen", p.given),
        ("Geschlecht", "weiblich" if p.feminine else "männlich"),
        ("Geburtstag", f"{b.day}. {MONTHS_DE[b.month - 1]} {b.year}"),
        ("Geburtsort", city),
        ("Vater", p.father),
        ("Mutter", f"{mother_given} {p.surname} geb. {mother_birth}"),
    ]
    y = field_rows(s, 24, 76, rows, tab=45, size=11.5, fontname="sans", step=10)
    s.text(24, y + 8, f"{city}, den {spec.issued.strftime('%d.%m.%Y')}", 11, "sans")
    s.text(130, y + 8, "Die Standesbeamtin", 11, "sans")
    s.signature(130, y + 12, 40, 12, spec.seed + 7)
    s.stamp(60, y + 30, 17, ["STANDESAMT", city.upper()[:12], "*"])


def _birth_pt(doc: pymupdf.Document, spec: DocSpec) -> None:
    p = spec.person
    s = Sheet(doc)
    page_frame(s, spec.seed)
    b = p.birth_date
    s.text(105, 26, "REPÚBLICA FEDERATIVA DO BRASIL", 12, "serifb", align="center")
    s.text(105, 33, "REGISTRO CIVIL DAS PESSOAS NATURAIS", 10, "serif", align="center")
    s.text(105, 48, "CERTIDÃO DE NASCIMENTO", 18, "serifb", align="center")
    s.text(24, 62, "MATRÍCULA", 8, "sans", GREY)
    s.text(24, 67, f"1155 2601 55 {b.year} 1 {spec.digits(5)} 045 {spec.digits(7, 'm')} 67", 10.5, "mono")
    rows = [
        ("NOME:", p.full),
        ("DATA DE NASCIMENTO:", f"{b.day:02d} de {MONTHS_PT[b.month - 1]} de {b.year}  ({date_num(b)})"),
        ("HORA:", "06:40"),
        ("LOCAL DE NASCIMENTO:", f"{p.birth_place} - SP"),
        ("SEXO:", "Feminino" if p.feminine else "Masculino"),
        ("FILIAÇÃO — Pai:", p.father),
        ("Mãe:", p.mother),
        ("DATA DO REGISTRO:", f"{min(b.day + 4, 28):02d} de {MONTHS_PT[b.month - 1]} de {b.year}"),
    ]
    y = field_rows(s, 24, 82, rows, tab=56, size=11, fontname="sans", step=9.5)
    i = spec.issued
    y = s.para(
        24,
        y + 8,
        162,
        f"O conteúdo da certidão é verdadeiro. Dou fé. São Paulo, {i.day} de {MONTHS_PT[i.month - 1]} de "
        f"{i.year}.",
        10.5,
        "serif",
    )
    s.text(128, y + 8, "Oficial de Registro Civil", 11, "serif")
    s.signature(128, y + 12, 42, 12, spec.seed + 7)
    s.stamp(60, y + 22, 17, ["CARTÓRIO", "REGISTRO CIVIL", "SÃO PAULO"])

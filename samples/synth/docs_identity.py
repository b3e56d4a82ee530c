"""Identity and travel documents at real size on an A4 scan: passport, ID card, titre de séjour, visa."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pymupdf

from . import codes
from .people import Person
from .render import BLACK, GREY, Color, Sheet, font, text_width
from .spec import DocSpec

MONTHS3 = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
MRZ_PITCH = 2.54  # mm per character, ICAO 9303
MRZ_SIZE = 11.5  # pt: OCR-B capital height 0.72 em = 2.9 mm


def mrz_block(
    sheet: Sheet, x: float, y: float, lines: list[str] | tuple[str, ...], step: float = 4.9
) -> None:
    """Print MRZ lines in OCR-B at the ICAO pitch, first baseline at ``y``."""
    advance = float(font("ocrb").text_length("<", fontsize=MRZ_SIZE)) * 25.4 / 72
    scale = MRZ_PITCH / advance
    for i, line in enumerate(lines):
        sheet.text(x, y + i * step, line, MRZ_SIZE, "ocrb", BLACK, scale_x=scale)


def doc_date(value: date, style: str = "mon") -> str:
    """Dates as identity documents print them."""
    if style == "dot":
        return value.strftime("%d.%m.%Y")
    if style == "space":
        return value.strftime("%d %m %Y")
    if style == "dash":
        return value.strftime("%d-%m-%Y")
    return f"{value.day:02d} {MONTHS3[value.month - 1]} {value.year}"


@dataclass(frozen=True)
class PassportStyle:
    """How one country's passport data page looks."""

    country: str
    title: str
    local: tuple[str, ...] | None
    authority: str
    color: Color
    date_style: str = "mon"
    nationality_text: str = ""


_LOCAL_PT = (
    "Sobrenome",
    "Nome",
    "Nacionalidade",
    "Data de nascimento",
    "Sexo",
    "Naturalidade",
    "Data de expedição",
    "Validade",
    "Autoridade",
)
_LOCAL_DE = (
    "Name",
    "Vornamen",
    "Staatsangehörigkeit",
    "Geburtstag",
    "Geschlecht",
    "Geburtsort",
    "Ausstellungsdatum",
    "Gültig bis",
    "Behörde",
)
_LOCAL_ES = (
    "Apellidos",
    "Nombres",
    "Nacionalidad",
    "Fecha de nacimiento",
    "Sexo",
    "Lugar de nacimiento",
    "Fecha de expedición",
    "Fecha de caducidad",
    "Autoridad",
)

PASSPORTS: dict[str, PassportStyle] = {
    "BRA": PassportStyle(
        "REPÚBLICA FEDERATIVA DO BRASIL",
        "PASSAPORTE / PASSPORT / PASSEPORT",
        _LOCAL_PT,
        "POLÍCIA FEDERAL",
        (0.1, 0.2, 0.45),
        nationality_text="BRASILEIRO(A)",
    ),
    "USA": PassportStyle(
        "UNITED STATES OF AMERICA",
        "PASSPORT / PASSEPORT / PASAPORTE",
        _LOCAL_ES,
        "United States Department of State",
        (0.1, 0.15, 0.4),
        nationality_text="UNITED STATES OF AMERICA",
    ),
    "D": PassportStyle(
        "BUNDESREPUBLIK DEUTSCHLAND",
        "REISEPASS / PASSPORT / PASSEPORT",
        _LOCAL_DE,
        "Stadt Freiburg im Breisgau",
        (0.45, 0.1, 0.1),
        "dot",
        "DEUTSCH",
    ),
    "MAR": PassportStyle(
        "ROYAUME DU MAROC",
        "PASSEPORT / PASSPORT",
        None,
        "DGSN RABAT",
        (0.5, 0.1, 0.12),
        nationality_text="MAROCAINE",
    ),
    "SEN": PassportStyle(
        "RÉPUBLIQUE DU SÉNÉGAL",
        "PASSEPORT / PASSPORT",
        None,
        "DAF DAKAR",
        (0.1, 0.35, 0.2),
        nationality_text="SÉNÉGALAISE",
    ),
    "CAN": PassportStyle(
        "CANADA",
        "PASSPORT / PASSEPORT",
        None,
        "GATINEAU",
        (0.15, 0.15, 0.35),
        nationality_text="CANADIENNE/CANADIAN",
    ),
    "FRA": PassportStyle(
        "RÉPUBLIQUE FRANÇAISE",
        "PASSEPORT / PASSPORT",
        None,
        "Préfecture du Rhône",
        (0.35, 0.1, 0.2),
        "space",
        "Française",
    ),
}
_FR = (
    "Nom",
    "Prénoms",
    "Nationalité",
    "Date de naissance",
    "Sexe",
    "Lieu de naissance",
    "Date de délivrance",
    "Date d'expiration",
    "Autorité",
)
_EN = (
    "Surname",
    "Given names",
    "Nationality",
    "Date of birth",
    "Sex",
    "Place of birth",
    "Date of issue",
    "Date of expiry",
    "Authority",
)


def _label(i: int, style: PassportStyle, local: bool = True) -> str:
    base = f"{_FR[i]}/{_EN[i]}"
    return f"{base} / {style.local[i]}" if style.local and local else base


def passport_spec(person: Person, key: str, number: str, issued: date, expiry: date) -> DocSpec:
    """A passport data page spec with its TD3 MRZ computed."""
    mrz = codes.td3(
        "P<",
        person.nationality,
        person.surname,
        person.given_names,
        number,
        person.nationality,
        person.birth_date,
        person.sex,
        expiry,
        german=person.german_mrz,
    )
    fields = {"number": number, "expiry": expiry, "mrz": list(mrz), "holder": person.full, "language": "fr"}
    return DocSpec(key, "passport", person, issued, person.nationality, fields)


def build_passport(doc: pymupdf.Document, spec: DocSpec) -> None:
    """An open passport booklet (observations page above, data page below) on an A4 scan."""
    p, f = spec.person, spec.fields
    st = PASSPORTS[spec.variant]
    s = Sheet(doc)
    x, y = 16.0, 14.0
    tint = tuple(0.93 + 0.07 * c for c in st.color)
    # upper page: observations, bearer's signature
    s.rect(x, y, 125, 88, stroke=GREY, fill=tint, width=0.3, radius=3)  # type: ignore[arg-type]
    s.guilloche(x + 3, y + 3, 119, 82, (0.8, 0.82, 0.86), spec.seed)
    s.text(x + 62.5, y + 14, "OBSERVATIONS / REMARKS", 7, "sansb", GREY, align="center")
    s.text(x + 10, y + 70, "Signature du titulaire / Signature of bearer", 6.5, "sans", GREY)
    s.signature(x + 12, y + 72, 45, 10, spec.seed + 1)
    # lower page: the data page
    y += 88
    s.rect(x, y, 125, 88, stroke=GREY, fill=tint, width=0.3, radius=3)  # type: ignore[arg-type]
    s.guilloche(x + 3, y + 10, 119, 50, (0.82, 0.85, 0.88), spec.seed + 2, n=7)
    s.text(x + 62.5, y + 5.2, st.country, 8.5, "sansb", st.color, align="center")
    s.text(x + 62.5, y + 9.3, st.title, 7.5, "sansb", st.color, align="center")
    s.photo(x + 4, y + 15, 31, 40)
    c1, c2 = x + 40, x + 84
    lab = 5.6

    def field(cx: float, cy: float, label: str, value: str, size: float = 9.5) -> None:
        s.text(cx, cy, label, lab, "sans", GREY)
        s.text(cx, cy + 3.9, value, size, "sansb", BLACK)

    ds = st.date_style
    field(c1, y + 14.5, "Type/Type", "P")
    field(c1 + 14, y + 14.5, "Code/Code", p.nationality)
    field(c2 - 8, y + 14.5, "N° du passeport/Passport No.", str(f["number"]))
    field(c1, y + 22.5, _label(0, st), p.surname)
    field(c1, y + 30.5, _label(1, st), p.given.upper())
    field(c1, y + 38.5, _label(2, st), st.nationality_text or p.nationality)
    field(c1, y + 46.5, _label(3, st, local=False), doc_date(p.birth_date, ds))
    field(x + 101, y + 46.5, "Sexe/Sex", p.sex)
    field(c1, y + 54.5, _label(5, st), p.birth_place.upper())
    field(c1, y + 62.5, _label(6, st, local=False), doc_date(spec.issued, ds))
    field(
        x + 94,
        y + 62.5,
        "Autorité/Authority",
        st.authority,
        min(7.0, 7.0 * 28 / text_width(st.authority, 7.0, "sansb")),
    )
    field(c1, y + 70.5, _label(7, st), doc_date(f["expiry"], ds))
    s.signature(x + 95, y + 67, 26, 7, spec.seed + 1)
    mrz_block(s, x + 6.5, y + 80.0, f["mrz"])


def idcard_spec(person: Person, key: str, number: str, issued: date, expiry: date) -> DocSpec:
    """A national identity card (TD1) spec: Belgian (BEL) or Italian (ITA) layout."""
    if person.nationality == "BEL":
        natnum = codes.belgian_national_number(person.birth_date, 212 if person.sex == "F" else 211)
        mrz = codes.td1(
            "ID",
            "BEL",
            number,
            person.birth_date,
            person.sex,
            expiry,
            "BEL",
            person.surname,
            person.given_names,
            optional2=natnum,
        )
    else:
        natnum = ""
        mrz = codes.td1(
            "C<",
            person.nationality,
            number,
            person.birth_date,
            person.sex,
            expiry,
            person.nationality,
            person.surname,
            person.given_names,
        )
    fields = {
        "number": number,
        "expiry": expiry,
        "mrz": list(mrz),
        "holder": person.full,
        "national_number": natnum,
    }
    return DocSpec(key, "national_id", person, issued, person.nationality, fields)


def card(s: Sheet, x: float, y: float, color: Color, seed: int) -> None:
    tint = tuple(0.9 + 0.1 * c for c in color)
    s.rect(x, y, 85.6, 54, stroke=GREY, fill=tint, width=0.3, radius=3.2)  # type: ignore[arg-type]
    s.guilloche(x + 2, y + 2, 81.6, 50, tuple(0.75 + 0.2 * c for c in color), seed, n=6)  # type: ignore[arg-type]


def card_field(s: Sheet, x: float, y: float, label: str, value: str, size: float = 8.5) -> None:
    s.text(x, y, label, 5.2, "sans", GREY)
    s.text(x, y + 3.4, value, size, "sansb", BLACK)


def build_national_id(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Both sides of an ID card placed on the scanner glass, one above the other."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    x, y = 20.0, 20.0
    belgian = spec.variant == "BEL"
    color: Color = (0.55, 0.35, 0.45) if belgian else (0.3, 0.45, 0.6)
    card(s, x, y, color, spec.seed)
    if belgian:
        s.text(x + 44, y + 4.6, "BELGIQUE · BELGIË · BELGIEN · BELGIUM", 6.2, "sansb", BLACK, align="center")
        s.text(x + 44, y + 8.4, "CARTE D'IDENTITÉ / IDENTITY CARD", 7, "sansb", BLACK, align="center")
        s.text(x + 44, y + 11.4, "IDENTITEITSKAART · PERSONALAUSWEIS", 5, "sans", GREY, align="center")
    else:
        s.text(x + 44, y + 4.8, "REPUBBLICA ITALIANA", 7, "sansb", BLACK, align="center")
        s.text(x + 44, y + 8.8, "CARTA DI IDENTITÀ / IDENTITY CARD", 7, "sansb", BLACK, align="center")
        s.text(x + 44, y + 11.6, "CARTE D'IDENTITÉ", 5, "sans", GREY, align="center")
    s.photo(x + 3, y + 14, 24, 31)
    cx = x + 30
    card_field(s, cx, y + 16, "Nom / Surname", p.surname)
    card_field(s, cx, y + 23, "Prénoms / Given names", p.given)
    card_field(s, cx, y + 30, "Sexe / Sex", p.sex)
    card_field(s, cx + 16, y + 30, "Nationalité / Nationality", p.nationality)
    card_field(s, cx, y + 37, "Date de naissance / Date of birth", doc_date(p.birth_date, "space"))
    card_field(s, cx, y + 44, "N° de carte / Card No.", str(f["number"]))
    card_field(s, cx + 26, y + 44, "Valable jusqu'au / Expiry date", doc_date(f["expiry"], "space"))
    s.signature(x + 4, y + 46, 20, 6, spec.seed + 3)
    # back side
    y2 = y + 64
    card(s, x, y2, color, spec.seed + 5)
    card_field(s, x + 4, y2 + 5, "Lieu de naissance / Place of birth", p.birth_place.upper())
    card_field(s, x + 4, y2 + 12, "Date de délivrance / Date of issue", doc_date(spec.issued, "space"))
    if belgian:
        nn = str(f["national_number"])
        card_field(
            s,
            x + 4,
            y2 + 19,
            "N° national / National No.",
            f"{nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}",
        )
        card_field(s, x + 4, y2 + 26, "Délivrée par / Issued by", "Ambassade de Belgique à Paris", 7)
    else:
        card_field(s, x + 4, y2 + 19, "Comune di / Issued by", "COMUNE DI TORINO", 7)
    s.rect(x + 66, y2 + 3, 15, 18, stroke=GREY, fill=(0.85, 0.8, 0.6), width=0.2, radius=1.5)
    mrz_block(s, x + 4.8, y2 + 40.5, f["mrz"], step=4.6)

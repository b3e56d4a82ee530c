"""French residence permit (titre de séjour, TD1 "IR") and long-stay visa sticker (MRV-A)."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

from datetime import date

import pymupdf

from . import codes
from .docs_identity import card, card_field, doc_date, mrz_block
from .people import Person
from .render import BLACK, GREY, Color, Sheet
from .spec import DocSpec


def permit_spec(
    person: Person,
    key: str,
    number: str,
    issued: date,
    expiry: date,
    category: str,
    remark: str,
    prefecture: str,
) -> DocSpec:
    """A French titre de séjour (TD1, document code IR) spec."""
    mrz = codes.td1(
        "IR",
        "FRA",
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
        "category": category,
        "remark": remark,
        "prefecture": prefecture,
    }
    return DocSpec(key, "residence_permit", person, issued, "FRA", fields)


def build_residence_permit(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Recto and verso of a French residence permit card on one A4 scan."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    x, y = 22.0, 24.0
    color: Color = (0.3, 0.45, 0.65)
    card(s, x, y, color, spec.seed)
    s.rect(x, y, 85.6, 9, stroke=None, fill=(0.0, 0.14, 0.58), radius=2)
    s.text(x + 4, y + 5.6, "RÉPUBLIQUE FRANÇAISE", 7.5, "sansb", (1, 1, 1))
    s.text(x + 82, y + 5.6, "FRA", 7.5, "sansb", (1, 1, 1), align="right")
    s.text(x + 43, y + 13, "TITRE DE SÉJOUR", 9, "sansb", BLACK, align="center")
    s.photo(x + 3, y + 15, 23, 30)
    cx = x + 29
    card_field(s, cx, y + 17, "NOM / Surname", p.surname)
    card_field(s, cx, y + 24, "Prénoms / Given names", p.given)
    card_field(s, cx, y + 31, "Sexe", p.sex)
    card_field(s, cx + 10, y + 31, "Nationalité", p.nationality)
    card_field(s, cx + 28, y + 31, "Date de naissance", doc_date(p.birth_date, "space"))
    card_field(s, cx, y + 38, "Type de titre", str(f["category"]), 6.2)
    card_field(s, cx, y + 45, "Valable jusqu'au", doc_date(f["expiry"], "space"))
    card_field(s, cx + 28, y + 45, "N° du titre", str(f["number"]))
    y2 = y + 64
    card(s, x, y2, color, spec.seed + 5)
    card_field(s, x + 4, y2 + 5, "Remarques", str(f["remark"]), 7)
    card_field(
        s, x + 4, y2 + 12, "Lieu de naissance", f"{p.birth_place.upper()} ({p.birth_country_fr.upper()})", 7
    )
    card_field(
        s, x + 4, y2 + 19, "Délivré le / par", f"{doc_date(spec.issued, 'space')}  {f['prefecture']}", 6.5
    )
    card_field(s, x + 4, y2 + 26, "Adresse", p.address.oneline().upper(), 5.8)
    mrz_block(s, x + 4.8, y2 + 40.5, f["mrz"], step=4.6)


def visa_spec(
    person: Person,
    key: str,
    number: str,
    passport_no: str,
    start: date,
    end: date,
    remark: str,
    issued_in: str,
    issued: date,
) -> DocSpec:
    """A French long-stay (D) visa sticker spec with its MRV-A MRZ."""
    mrz = codes.mrv_a(
        "FRA",
        person.surname,
        person.given_names,
        number,
        person.nationality,
        person.birth_date,
        person.sex,
        end,
    )
    fields = {
        "number": number,
        "passport_no": passport_no,
        "start": start,
        "expiry": end,
        "remark": remark,
        "issued_in": issued_in,
        "mrz": list(mrz),
        "holder": f"{person.surname}, {person.given.upper()}",
    }
    return DocSpec(key, "visa", person, issued, "FRA", fields)


def build_visa(doc: pymupdf.Document, spec: DocSpec) -> None:
    """A visa sticker stuck on a passport page, scanned on A4."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    x, y = 16.0, 20.0
    s.rect(x, y, 125, 88, stroke=GREY, fill=(0.95, 0.96, 0.97), width=0.3, radius=3)
    s.text(x + 120, y + 85, "9", 7, "sans", GREY)
    vx, vy = x + 2.5, y + 4
    s.rect(vx, vy, 120, 80, stroke=GREY, fill=(0.96, 0.93, 0.95), width=0.25, radius=1.5)
    s.guilloche(vx + 2, vy + 2, 116, 60, (0.85, 0.78, 0.85), spec.seed, n=8)
    s.text(vx + 4, vy + 7.5, "VISA", 15, "sansb", (0.3, 0.1, 0.35))
    s.text(vx + 25, vy + 7.3, "FRANCE · VISA DE LONG SÉJOUR", 6.5, "sansb", BLACK)
    s.text(vx + 116, vy + 7.3, f"FRA {f['number']}", 8, "mono", (0.7, 0.05, 0.05), align="right")
    s.photo(vx + 3, vy + 11, 28, 36)

    def field(cx: float, cy: float, label: str, value: str, size: float = 8.5) -> None:
        parts = label.split("\n")
        for i, part in enumerate(parts):
            s.text(cx, cy - 2.0 * (len(parts) - 1 - i), part, 5.0, "sans", GREY)
        s.text(cx, cy + 3.6, value, size, "sansb", BLACK)

    c = vx + 35
    field(c, vy + 13, "VALABLE POUR / VALID FOR", "FRANCE")
    field(c + 38, vy + 13, "DU / FROM", doc_date(f["start"], "dash"))
    field(c + 60, vy + 13, "AU / UNTIL", doc_date(f["expiry"], "dash"))
    field(c, vy + 22, "TYPE DE VISA /\nTYPE OF VISA", "D")
    field(c + 22, vy + 22, "NOMBRE D'ENTRÉES /\nNUMBER OF ENTRIES", "MULT")
    field(
        c + 50, vy + 22, "DURÉE DU SÉJOUR /\nDURATION OF STAY", f"{(f['expiry'] - f['start']).days + 1} JOURS"
    )
    field(c, vy + 29, "DÉLIVRÉ À / ISSUED IN", str(f["issued_in"]))
    field(c + 30, vy + 29, "LE / ON", doc_date(spec.issued, "dash"))
    field(c + 50, vy + 29, "N° DE PASSEPORT / PASSPORT No.", str(f["passport_no"]))
    field(c, vy + 37, "NOM, PRÉNOM / SURNAME, NAME", f"{p.surname}, {p.given.upper()}")
    s.text(c, vy + 45, "REMARQUES / REMARKS", 5.2, "sans", GREY)
    s.text(c, vy + 48.8, str(f["remark"]), 8.5, "sansb", BLACK)
    s.text(c, vy + 52.6, "DISPENSE TEMPORAIRE DE CARTE DE SÉJOUR", 6.5, "sans", BLACK)
    mrz_block(s, vx + 4, vy + 66.5, f["mrz"], step=5.2)

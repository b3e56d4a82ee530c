"""Sworn French translations of foreign birth certificates, and the marriage certificate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pymupdf

from .docs_civil import field_rows, page_frame
from .people import Person, date_fr
from .render import GREY, Sheet
from .spec import DocSpec


@dataclass(frozen=True)
class Translator:
    """A sworn translator (traducteur-interprète expert)."""

    name: str
    feminine: bool
    court: str
    city: str
    street: str
    language_fr: str


TRANSLATORS = {
    "pt": Translator("Maria Helena SOUSA", True, "Lyon", "69001 Lyon", "8 quai Saint-Vincent", "portugaise"),
    "en": Translator(
        "Jean-Paul MERCIER", False, "Bordeaux", "33000 Bordeaux", "41 rue Sainte-Catherine", "anglaise"
    ),
    "de": Translator("Sabine KELLER", True, "Aix-en-Provence", "06000 Nice", "15 rue de France", "allemande"),
}


_SOURCE_TITLE = {
    "pt": ("RÉPUBLIQUE FÉDÉRATIVE DU BRÉSIL", "Registre civil des personnes physiques", "ACTE DE NAISSANCE"),
    "en": ("COMMONWEALTH DU MASSACHUSETTS", "Ville de Boston — Service de l'état civil", "ACTE DE NAISSANCE"),
    "de": (
        "RÉPUBLIQUE FÉDÉRALE D'ALLEMAGNE",
        "Office de l'état civil de Fribourg-en-Brisgau",
        "ACTE DE NAISSANCE",
    ),
}


def translation_spec(person: Person, key: str, source: str, issued: date) -> DocSpec:
    """A sworn French translation of a foreign birth certificate."""
    fields = {
        "holder": person.full,
        "language": "fr",
        "source_language": source,
        "parents": [person.father, person.mother],
        "translator": TRANSLATORS[source].name,
    }
    return DocSpec(key, "translation", person, issued, source, fields)


def build_translation(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Letterhead, translated fields and the translator's certification formula."""
    p = spec.person
    t = TRANSLATORS[spec.variant]
    s = Sheet(doc)
    e = "e" if t.feminine else ""
    job = f"Traduct{'rice' if t.feminine else 'eur'}-interprète expert près la Cour d'appel de {t.court}"
    s.text(20, 22, t.name, 13, "serifb")
    s.lines(
        20, 28, [job, f"{t.street} — {t.city}", f"Langue {t.language_fr} / français"], 9.5, "serif", 1.3, GREY
    )
    s.line(20, 42, 190, 42, GREY, 0.4)
    s.text(105, 54, "TRADUCTION CERTIFIÉE CONFORME", 15, "serifb", align="center")
    s.text(
        105,
        61,
        f"Traduit de la langue {t.language_fr} vers la langue française",
        10.5,
        "serifi",
        align="center",
    )
    c1, c2, c3 = _SOURCE_TITLE[spec.variant]
    s.text(105, 74, f"[Armoiries]  {c1}", 11, "serifb", align="center")
    s.text(105, 80, c2, 10.5, "serif", align="center")
    s.text(105, 90, c3, 14, "serifb", align="center")
    b = p.birth_date
    rows = [
        ("Nom et prénoms :", p.full),
        ("Date de naissance :", date_fr(b)),
        ("Lieu de naissance :", f"{p.birth_place} ({p.birth_country_fr})"),
        ("Sexe :", "féminin" if p.feminine else "masculin"),
        ("Père :", p.father),
        ("Mère :", p.mother),
        ("Date de l'enregistrement :", date_fr(date(b.year, b.month, min(b.day + 4, 28)))),
    ]
    y = field_rows(s, 24, 102, rows, tab=55, size=11, step=8.5)
    y = s.para(
        24,
        y + 2,
        162,
        "[Signature illisible] L'officier de l'état civil — [Cachet de l'autorité]",
        10,
        "serifi",
        color=GREY,
    )
    s.line(20, y + 2, 190, y + 2, GREY, 0.3)
    formula = (
        f"Je soussigné{e}, {t.name}, traduct{'rice' if t.feminine else 'eur'}-interprète expert près la Cour "
        f"d'appel de {t.court}, certifie que la présente traduction, composée d'une page, est conforme à "
        f"l'original rédigé en langue {t.language_fr} qui m'a été présenté. Traduction enregistrée sous le "
        f"n° {spec.issued.year}/{spec.digits(4)}."
    )
    y = s.para(24, y + 10, 162, formula, 10.5, "serif")
    s.text(24, y + 4, f"Fait à {t.city.split(' ', 1)[1]}, le {date_fr(spec.issued)}", 10.5, "serif")
    s.signature(130, y + 6, 40, 12, spec.seed + 7)
    s.stamp(70, y + 26, 18, [t.name[:18], "EXPERT PRÈS LA", f"COUR D'APPEL DE {t.court.upper()}"[:20]])


def marriage_spec(person: Person, spouse: Person, key: str, wedding: date, issued: date) -> DocSpec:
    """A French consular transcription of a marriage celebrated abroad."""
    fields = {
        "holder": person.full,
        "spouse": spouse.full,
        "wedding": wedding,
        "language": "fr",
        "spouse_person": spouse,
    }
    return DocSpec(key, "marriage_certificate", person, issued, "fr", fields)


def build_marriage_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """EXTRAIT D'ACTE DE MARIAGE from the Service central d'état civil."""
    p = spec.person
    sp: Person = spec.fields["spouse_person"]
    wedding: date = spec.fields["wedding"]
    s = Sheet(doc)
    page_frame(s, spec.seed)
    s.lines(
        22,
        26,
        [
            "RÉPUBLIQUE FRANÇAISE",
            "Ministère de l'Europe et des Affaires étrangères",
            "Service central d'état civil",
            "44941 Nantes Cedex 9",
        ],
        9.5,
        "serifb",
    )
    s.text(188, 26, f"Acte n° {wedding.year}/{spec.digits(6)}", 10, "serif", align="right")
    s.text(105, 66, "EXTRAIT D'ACTE DE MARIAGE", 16, "serifb", align="center")
    husband, wife = (sp, p) if p.feminine else (p, sp)

    def who(x: Person) -> str:
        e = "e" if x.feminine else ""
        child = "fille" if x.feminine else "fils"
        return (
            f"{x.full}, né{e} le {date_fr(x.birth_date)} à {x.birth_place} ({x.birth_country_fr}), de "
            f"nationalité {x.nationality_fr}, {child} de {x.father} et de {x.mother}"
        )

    y = s.para(
        22,
        84,
        166,
        f"Le {date_fr(wedding)}, à onze heures, a été célébré à Dakar (Sénégal) le mariage de :",
        11.5,
        "serif",
    )
    y = s.para(28, y + 2, 160, who(husband), 11.5, "serif")
    y = s.para(22, y, 166, "et de", 11.5, "serif")
    y = s.para(28, y, 160, who(wife), 11.5, "serif")
    y = s.para(
        22,
        y + 2,
        166,
        "Les époux ont déclaré l'un après l'autre vouloir se prendre pour époux ; ils se sont mariés sans "
        "contrat de mariage préalable. Acte dressé par l'officier de l'état civil de Dakar-Plateau et "
        f"transcrit le {date_fr(date(wedding.year + 1, 3, 3))}.",
        11.5,
        "serif",
    )
    y = s.para(22, y + 4, 166, "Mentions marginales : néant.", 11.5, "serif")
    y = s.para(
        22, y + 4, 166, f"Extrait délivré le {date_fr(spec.issued)}, conforme au registre.", 11, "serifi"
    )
    s.text(130, y + 10, "L'officier de l'état civil,", 11, "serif")
    s.signature(132, y + 14, 40, 12, spec.seed + 7)
    s.stamp(60, y + 26, 17, ["SERVICE CENTRAL", "D'ÉTAT CIVIL", "NANTES"])

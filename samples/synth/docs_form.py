"""The application form itself: cerfa n° 15763*02 (S1106), filled by hand in blue ink."""

from __future__ import annotations

from datetime import date

import pymupdf

from .people import Person, date_num
from .render import BLACK, GREY, INK, LIGHT, Sheet
from .spec import DocSpec


def form_spec(person: Person, key: str, situation: str, signed_at: str, signed: date) -> DocSpec:
    """The S1106 application form filled by hand. ``situation``: a profile id."""
    fields = {"holder": person.full, "situation": situation, "signed_at": signed_at, "language": "fr"}
    return DocSpec(key, "application_form", person, signed, situation, fields)


_SITUATIONS = (
    ("employee", "Vous exercez une activité professionnelle salariée en France"),
    ("self-employed", "Vous exercez une activité professionnelle non salariée en France"),
    ("student", "Vous êtes étudiant(e) inscrit(e) dans un établissement d'enseignement en France"),
    ("pensioner", "Vous êtes titulaire d'une pension ou d'une rente (formulaire S1)"),
    (
        "inactive",
        "Vous n'avez pas d'activité et résidez en France de manière stable et régulière depuis 3 mois",
    ),
    ("family", "Vous êtes membre de la famille d'un assuré ou vous rejoignez votre conjoint en France"),
)


def _handwrite(s: Sheet, x: float, y: float, text: str, size: float = 11.5) -> None:
    s.text(x, y, text, size, "sansi", INK)


def _section(s: Sheet, y: float, title: str) -> float:
    """A shaded section title bar; return the y of the first line under it."""
    s.rect(14, y - 5.5, 182, 7.5, stroke=None, fill=(0.85, 0.9, 0.95))
    s.text(16, y, title, 11, "sansb")
    return y + 10


def _line(s: Sheet, y: float, label: str, value: str) -> float:
    """A printed label, a dotted answer line and the hand-written answer; return the next y."""
    w = s.text(16, y, label, 10.5, "sans")
    s.line(16 + w + 1, y + 1.2, 194, y + 1.2, LIGHT, 0.3)
    _handwrite(s, 18 + w, y - 0.3, value)
    return y + 9


def _page1(doc: pymupdf.Document, spec: DocSpec) -> None:
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    s.rect(14, 12, 26, 14, stroke=BLACK, width=0.5)
    s.text(27, 19, "cerfa", 11, "sansb", align="center")
    s.text(27, 24, "N° 15763*02", 7, "sans", align="center")
    s.text(196, 18, "S1106", 12, "sansb", align="right")
    s.text(196, 23, "l'Assurance Maladie", 8.5, "sansb", (0.0, 0.35, 0.65), align="right")
    s.text(105, 38, "Demande d'ouverture des droits à l'assurance maladie", 15, "sansb", align="center")
    legal = "Protection universelle maladie (articles L. 160-1 et R. 111-2 du Code de la sécurité sociale)"
    s.text(105, 45, legal, 8.5, "sans", GREY, align="center")
    y = _section(s, 58.0, "Vous (l'assuré)")
    y = _line(s, y, "Nom de famille (nom de naissance) :", p.surname)
    y = _line(s, y, "Nom d'usage (facultatif) :", "")
    y = _line(s, y, "Prénoms :", p.given)
    s.text(16, y, "Sexe :", 10.5)
    s.checkbox(32, y, "Féminin", p.feminine)
    s.checkbox(62, y, "Masculin", not p.feminine)
    y += 9
    s.text(16, y, "Date de naissance :", 10.5)
    s.boxes(55, y, p.birth_date.strftime("%d%m%Y"), cell=5.5, size=11)
    y += 9
    y = _line(
        s, y, "Lieu de naissance (commune, pays) :", f"{p.birth_place.split(',')[0]}, {p.birth_country_fr}"
    )
    y = _line(s, y, "Nationalité :", p.nationality_fr)
    s.text(16, y, "N° de sécurité sociale (si vous en avez un) :", 10.5)
    s.boxes(98, y, " " * 15, cell=5.5)
    y += 9
    y = _line(s, y, "Adresse :", p.address.street + (f", {p.address.extra}" if p.address.extra else ""))
    y = _line(s, y, "Code postal et commune :", f"{p.address.postcode} {p.address.city}")
    y = _line(s, y, "Téléphone :", "06 " + " ".join(spec.digits(8)[i : i + 2] for i in range(0, 8, 2)))
    y = _section(s, y + 2, "Votre situation (cochez la case qui correspond à votre situation)")
    for sid, label in _SITUATIONS:
        s.checkbox(18, y, label, sid == f["situation"], 9.5)
        y += 7.5
    s.text(105, 287, "S1106 — 15763*02 — page 1/2", 7.5, "sans", GREY, align="center")


_PIECES = (
    "une pièce d'identité (passeport, carte nationale d'identité)",
    "un justificatif de résidence stable et régulière en France",
    "un acte de naissance avec filiation (et sa traduction le cas échéant)",
    "un relevé d'identité bancaire (RIB) à votre nom",
    "un justificatif de votre situation (activité, études, pension, etc.)",
)
_CNIL = (
    "La loi n° 78-17 du 6 janvier 1978 modifiée relative à l'informatique, aux fichiers et aux libertés "
    "s'applique aux réponses faites sur ce formulaire. Quiconque se rend coupable de fraude ou de fausse "
    "déclaration est passible de pénalités (article L. 114-17 du Code de la sécurité sociale)."
)


def _page2(doc: pymupdf.Document, spec: DocSpec) -> None:
    s = Sheet(doc)
    y = _section(s, 22.0, "Vos enfants mineurs à rattacher (ayants droit)")
    for col, x in (("Nom", 16), ("Prénoms", 70), ("Date de naissance", 130)):
        s.text(x, y, col, 9.5, "sansb")
    for _ in range(3):
        y += 8
        s.line(16, y, 194, y, LIGHT, 0.3)
    y = _section(s, y + 12, "Pièces justificatives à joindre")
    for item in _PIECES:
        s.text(18, y, "•  " + item, 10)
        y += 6.5
    y = _section(s, y + 6, "Engagement")
    pledge = (
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire et m'engage à "
        "signaler tout changement de situation à ma caisse d'assurance maladie."
    )
    y = s.para(16, y, 178, pledge, 10.5, "sans") + 6
    w = s.text(16, y, "Fait à", 11)
    _handwrite(s, 18 + w, y, spec.fields["signed_at"])
    s.text(80, y, "le", 11)
    _handwrite(s, 86, y, date_num(spec.issued))
    s.text(130, y, "Signature :", 11)
    s.signature(132, y + 3, 46, 14, spec.seed + 5)
    s.para(16, 262, 178, _CNIL, 8, "sans", color=GREY)
    s.text(105, 287, "S1106 — 15763*02 — page 2/2", 7.5, "sans", GREY, align="center")


def build_application_form(doc: pymupdf.Document, spec: DocSpec) -> None:
    """cerfa n° 15763*02 / S1106, two pages, answers hand-written in blue ink."""
    _page1(doc, spec)
    _page2(doc, spec)

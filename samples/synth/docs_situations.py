"""Documents of the situations beyond the first six profiles: asylum, protection, renewals, children.

Attestation de demande d'asile, OFPRA decision and OFPRA birth certificate, récépissé of a
permit renewal, attestation d'élection de domicile (cerfa 16030), CAF attestation of payment,
livret de famille, and the children's attachment form (cerfa 14445*02, S3705a). Layouts follow
the public descriptions of these papers; every name and number is invented.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pymupdf

from .people import Address, Person, date_fr, date_num
from .render import GREY, INK, LIGHT, Sheet
from .spec import DocSpec

BLUE = (0.0, 0.2, 0.55)
CAF_BLUE = (0.0, 0.4, 0.7)


def situation_spec(kind: str, person: Person, key: str, issued: date, **fields: Any) -> DocSpec:
    """A document of one of this module's kinds; ``fields`` holds its dates and printed values."""
    fields.setdefault("holder", person.full)
    fields.setdefault("language", "fr")
    return DocSpec(key, kind, person, issued, fields.pop("variant", ""), fields)


def _marianne(s: Sheet, authority: list[str]) -> None:
    """The State's header: the emblem block and the issuing authority."""
    s.rect(18, 12, 26, 16, stroke=None, fill=(0.92, 0.92, 0.96))
    s.lines(31, 17, ["RÉPUBLIQUE", "FRANÇAISE"], 6.5, "sansb", align="center")
    s.lines(31, 25, ["Liberté", "Égalité", "Fraternité"], 4.5, "serif", color=GREY, align="center")
    s.lines(50, 17, authority, 9, "sansb", color=BLUE)


def _identity_rows(s: Sheet, p: Person, y: float, extra: list[tuple[str, str]]) -> float:
    rows = [
        ("Nom", p.surname),
        ("Prénom(s)", " ".join(p.given_names)),
        ("Né(e) le", f"{date_num(p.birth_date)} à {p.birth_place} ({p.birth_country_fr})"),
        ("Nationalité", p.nationality_fr),
        *extra,
    ]
    for label, value in rows:
        s.text(22, y, f"{label} :", 10.5, "sans", GREY)
        s.text(70, y, value, 10.5, "sansb")
        y += 7
    return y


def build_asylum_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """ATTESTATION DE DEMANDE D'ASILE delivered by the prefecture's single desk (guichet unique)."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    _marianne(s, [f"PRÉFECTURE {f['prefecture']}", "Guichet unique pour demandeurs d'asile"])
    s.text(105, 48, "ATTESTATION DE DEMANDE D'ASILE", 17, "sansb", align="center")
    s.text(105, 56, f"{f['procedure']} — {f['round']}", 11, "sans", align="center")
    s.photo(160, 64, 28, 35)
    y = _identity_rows(s, p, 70, [("N° étranger", f["agdref"]), ("Adresse", f["address"])])
    y = s.para(
        20,
        y + 6,
        170,
        "La présente attestation est délivrée en application de l'article L. 521-7 du code de l'entrée et "
        "du séjour des étrangers et du droit d'asile. Elle permet à son titulaire de se maintenir sur le "
        "territoire français pendant l'examen de sa demande par l'OFPRA.",
        10,
        "sans",
    )
    y += 6
    for label, value in (
        ("Date de délivrance", date_num(spec.issued)),
        ("Valable jusqu'au", date_num(f["expiry"])),
    ):
        s.text(22, y, f"{label} :", 11, "sans")
        s.text(80, y, value, 11, "sansb")
        y += 8
    s.stamp(150, y + 20, 17, ["PRÉFECTURE", f["prefecture"].split()[-1].upper(), "GUDA"])
    s.signature(40, y + 10, 45, 16, spec.seed)


def build_refugee_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """The OFPRA's decision granting refugee status, as mailed to the person."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    s.text(20, 20, "OFPRA", 22, "sansb", BLUE)
    s.lines(20, 27, ["Office français de protection", "des réfugiés et apatrides"], 9, "sans", color=BLUE)
    s.lines(20, 38, ["201 rue Carnot", "94136 Fontenay-sous-Bois Cedex"], 8.5, "sans", color=GREY)
    s.lines(120, 48, [p.civility + " " + p.full, *f["address"].lines()], 10.5, "sans")
    s.text(20, 78, f"Dossier n° {f['case']}", 10, "sans", GREY)
    s.text(105, 92, "DÉCISION DU DIRECTEUR GÉNÉRAL", 15, "sansb", align="center")
    y = s.para(
        20,
        106,
        170,
        f"Vu la demande d'asile présentée par {p.civility} {p.full}, de nationalité {p.nationality_fr}, "
        "vu la convention de Genève du 28 juillet 1951 relative au statut des réfugiés, vu le code de "
        "l'entrée et du séjour des étrangers et du droit d'asile, le directeur général de l'Office "
        "français de protection des réfugiés et apatrides",
        10.5,
        "sans",
    )
    s.text(105, y + 6, "DÉCIDE", 12, "sansb", align="center")
    y = s.para(
        20,
        y + 14,
        170,
        f"Article 1er : la qualité de réfugié est reconnue à {p.civility} {p.full}.",
        11,
        "sansb",
    )
    y = s.para(
        20,
        y + 4,
        170,
        "Article 2 : l'intéressé(e) sera placé(e) sous la protection juridique et administrative de "
        "l'Office, qui établira ses actes d'état civil.",
        10.5,
        "sans",
    )
    s.text(120, y + 12, f"Fontenay-sous-Bois, le {date_fr(spec.issued)}", 10.5, "sans")
    s.text(120, y + 19, "Pour le directeur général,", 10, "sans", GREY)
    s.signature(125, y + 22, 45, 15, spec.seed)


def build_ofpra_birth(doc: pymupdf.Document, spec: DocSpec) -> None:
    """The OFPRA's certificate standing in for a birth act (refugees' civil status, in French)."""
    p = spec.person
    s = Sheet(doc)
    s.text(20, 20, "OFPRA", 22, "sansb", BLUE)
    s.lines(
        20,
        27,
        ["Office français de protection", "des réfugiés et apatrides", "Division de la protection"],
        9,
        "sans",
        color=BLUE,
    )
    s.text(105, 56, "ACTE DE NAISSANCE", 17, "serifb", align="center")
    s.text(105, 64, "Certificat tenant lieu d'acte d'état civil", 11, "serif", align="center")
    s.text(20, 78, f"N° {spec.fields['number']}", 10, "sans", GREY)
    e = "e" if p.feminine else ""
    y = s.para(
        20,
        90,
        170,
        f"Le {date_fr(p.birth_date)}, à {p.birth_place} ({p.birth_country_fr}), est né{e} {p.full}, "
        f"de sexe {'féminin' if p.feminine else 'masculin'}, fils ou fille de {p.father} et de {p.mother}.",
        11.5,
        "serif",
    )
    y += 6
    for label, value in (
        ("Nom", p.surname),
        ("Prénom(s)", " ".join(p.given_names)),
        ("Père", p.father),
        ("Mère", p.mother),
    ):
        s.text(26, y, f"{label} :", 11, "serif", GREY)
        s.text(70, y, value, 11, "serifb")
        y += 7.5
    y = s.para(
        20,
        y + 6,
        170,
        "Établi au vu des déclarations de l'intéressé(e) et des pièces produites, en application de "
        "l'article L. 121-9 du code de l'entrée et du séjour des étrangers et du droit d'asile.",
        10,
        "serif",
    )
    s.text(120, y + 10, f"Fontenay-sous-Bois, le {date_fr(spec.issued)}", 10.5, "serif")
    s.stamp(60, y + 26, 16, ["OFPRA", "ÉTAT CIVIL"])
    s.signature(125, y + 14, 45, 15, spec.seed)


def build_permit_receipt(doc: pymupdf.Document, spec: DocSpec) -> None:
    """RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR (renewal), printed on secure paper."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    s.guilloche(12, 10, 186, 150, LIGHT, spec.seed)
    _marianne(s, [f"PRÉFECTURE {f['prefecture']}", "Service de l'immigration et de l'intégration"])
    s.text(105, 46, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR", 15, "sansb", align="center")
    s.text(105, 54, f"{f['round']} — {f['category']}", 10.5, "sans", align="center")
    s.photo(160, 62, 28, 35)
    y = _identity_rows(s, p, 68, [("N° étranger", f["agdref"]), ("Adresse", p.address.oneline())])
    s.para(20, y + 4, 170, f["work"], 10.5, "sansb")
    y += 18
    for label, value in (
        ("Date de délivrance", date_num(spec.issued)),
        ("Valable jusqu'au", date_num(f["expiry"])),
    ):
        s.text(22, y, f"{label} :", 11, "sans")
        s.text(80, y, value, 11, "sansb")
        y += 8
    s.stamp(150, y + 18, 17, ["PRÉFECTURE", f["prefecture"].split()[-1].upper()])
    s.signature(40, y + 8, 45, 16, spec.seed)


def build_domiciliation_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Cerfa 16030 ATTESTATION D'ÉLECTION DE DOMICILE, filled in by an approved association."""
    p, f = spec.person, spec.fields
    org: tuple[str, Address] = f["organisation"]
    s = Sheet(doc)
    s.text(20, 16, "cerfa", 12, "sansb")
    s.text(20, 21, "N° 16030*01", 8, "sans")
    s.text(105, 28, "ATTESTATION D'ÉLECTION DE DOMICILE", 15, "sansb", align="center")
    s.text(105, 35, "des personnes sans domicile stable", 10.5, "sans", align="center")
    s.rect(18, 44, 174, 30, stroke=GREY)
    s.text(22, 50, "Organisme domiciliataire", 10, "sansb")
    s.lines(
        22, 57, [org[0], org[1].oneline(), f"Agréé par arrêté préfectoral n° {f['approval']}"], 10, "sans"
    )
    s.rect(18, 80, 174, 50, stroke=GREY)
    s.text(22, 86, "Personne domiciliée", 10, "sansb")
    y = _identity_rows(s, p, 94, [])
    y = s.para(
        20,
        138,
        170,
        f"{p.civility} {p.full} a élu domicile auprès de l'organisme ci-dessus, à l'adresse postale "
        f"suivante : {f['postal']}.",
        10.5,
        "sans",
    )
    y += 6
    for label, value in (
        ("Date d'élection de domicile", date_num(f["start"])),
        ("Valable jusqu'au", date_num(f["expiry"])),
    ):
        s.text(22, y, f"{label} :", 11, "sans")
        s.text(90, y, value, 11, "sansb")
        y += 8
    s.text(22, y + 6, f"Fait à {org[1].city}, le {date_num(spec.issued)}", 10.5, "sans")
    s.stamp(150, y + 16, 16, ["ASSOCIATION", "AGRÉÉE", "DOMICILIATION"])
    s.signature(40, y + 10, 40, 14, spec.seed)


def build_benefits_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """A CAF ATTESTATION DE PAIEMENT, downloaded from the allocataire's account."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    s.logo(18, 12, 18, 2, CAF_BLUE, "caf")
    s.lines(40, 18, [f"Caisse d'allocations familiales {f['caf']}", "caf.fr"], 10, "sansb", color=CAF_BLUE)
    s.lines(120, 40, [p.civility + " " + p.full, *p.address.lines()], 10.5, "sans")
    s.text(20, 70, f"Numéro allocataire : {f['number']}", 10.5, "sans")
    s.text(105, 86, "ATTESTATION DE PAIEMENT", 16, "sansb", align="center")
    first, last = f["period_start"], f["period_end"]
    y = s.para(
        20,
        98,
        170,
        f"La Caisse d'allocations familiales atteste avoir versé à {p.civility} {p.full} les prestations "
        f"suivantes pour la période du {date_num(first)} au {date_num(last)} :",
        10.5,
        "sans",
    )
    y += 4
    s.rect(20, y, 170, 8, stroke=None, fill=(0.9, 0.94, 0.98))
    for x, head in ((22, "Prestation"), (110, "Mois de droit"), (160, "Montant")):
        s.text(x, y + 5.5, head, 9.5, "sansb")
    y += 13
    for label, month, amount in f["payments"]:
        s.text(22, y, label, 10, "sans")
        s.text(110, y, month, 10, "sans")
        s.text(188, y, amount, 10, "sans", align="right")
        y += 7
    s.text(20, y + 10, f"Fait à {p.address.city}, le {date_num(spec.issued)}", 10.5, "sans")
    s.text(20, y + 17, "Le directeur de la Caf", 10, "sans", GREY)


def build_family_record_book(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Two facing pages of a LIVRET DE FAMILLE photocopied: the spouses, then the children."""
    f = spec.fields
    spouses: list[Person] = f["spouses"]
    s = Sheet(doc)
    s.text(105, 18, "RÉPUBLIQUE FRANÇAISE", 11, "serifb", align="center")
    s.text(105, 28, "LIVRET DE FAMILLE", 18, "serifb", align="center")
    s.text(105, 35, f"Mairie de {f['town']}", 10.5, "serif", align="center")
    s.text(20, 48, f"Mariage célébré le {date_fr(f['married'])} à {f['town']}", 10.5, "serif")
    y = 58
    for title, person in zip(("Époux", "Épouse"), spouses, strict=True):
        s.text(20, y, title, 11, "serifb")
        y += 6
        for label, value in (
            ("Nom", person.surname),
            ("Prénoms", " ".join(person.given_names)),
            ("Né(e) le", f"{date_fr(person.birth_date)} à {person.birth_place}"),
        ):
            s.text(26, y, f"{label} : {value}", 10.5, "serif")
            y += 6
        y += 3
    s.line(20, y, 190, y, GREY, 0.3)
    y += 8
    for title, (surname, given, born, place) in zip(
        ("Premier enfant", "Deuxième enfant", "Troisième enfant"), f["children"], strict=False
    ):
        s.text(20, y, title, 11, "serifb")
        y += 6
        for line in (f"Nom : {surname}", f"Prénoms : {given}", f"Né(e) le {date_fr(born)} à {place}"):
            s.text(26, y, line, 10.5, "serif")
            y += 6
        y += 4
    s.stamp(160, y + 6, 15, ["OFFICIER DE", "L'ÉTAT CIVIL", f["town"].upper()])


def build_child_attachment_form(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Cerfa 14445*02 (S3705a): DEMANDE DE RATTACHEMENT DES ENFANTS MINEURS, filled in by hand."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    s.text(20, 16, "cerfa", 12, "sansb")
    s.text(20, 21, "N° 14445*02", 8, "sans")
    s.text(190, 16, "S3705a", 9, "sansb", align="right")
    s.text(105, 30, "DEMANDE DE RATTACHEMENT DES ENFANTS MINEURS", 13.5, "sansb", align="center")
    s.text(105, 36, "à l'un ou aux deux parents assurés", 10, "sans", align="center")
    s.rect(18, 44, 174, 26, stroke=GREY)
    s.text(22, 50, "L'assuré(e)", 10, "sansb")
    s.text(22, 57, f"Nom : {p.surname}     Prénom(s) : {' '.join(p.given_names)}", 10.5, "sansi", INK)
    s.text(22, 64, f"Date de naissance : {date_num(p.birth_date)}", 10.5, "sansi", INK)
    y = 78
    for number, (surname, given, born, _place) in enumerate(f["children"], start=1):
        s.rect(18, y - 5, 174, 20, stroke=GREY)
        s.text(22, y, f"Enfant n° {number}", 10, "sansb")
        s.text(
            22,
            y + 7,
            f"Nom : {surname}   Prénom : {given}   Date de naissance : {date_num(born)}",
            10.5,
            "sansi",
            INK,
        )
        y += 24
    s.checkbox(20, y, "Je demande le rattachement de ces enfants à mon compte d'assuré", True, 9.5)
    s.checkbox(20, y + 7, "Les deux parents demandent le co-rattachement", False, 9.5)
    s.text(20, y + 22, f"Fait à {f['signed_at']}, le {date_num(spec.issued)}", 10.5, "sansi", INK)
    s.text(120, y + 22, "Signature :", 10, "sans")
    s.signature(140, y + 16, 40, 14, spec.seed)

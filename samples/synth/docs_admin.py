"""Administrative documents: student certificate, SIRENE / URSSAF proof, S1, the S1106 form."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

import math
from datetime import date

import pymupdf

from . import codes
from .people import ORGS, Person, date_fr, date_num
from .render import GREY, LIGHT, Sheet, text_width
from .spec import DocSpec


def student_spec(person: Person, key: str, year: int, programme: str, ine: str, issued: date) -> DocSpec:
    """A certificat de scolarité for academic year ``year``-``year + 1``."""
    fields = {
        "holder": person.full,
        "year": year,
        "programme": programme,
        "ine": ine,
        "language": "fr",
        "period_start": date(year, 9, 1),
        "period_end": date(year + 1, 8, 31),
    }
    return DocSpec(key, "student_certificate", person, issued, "", fields)


def build_student_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """CERTIFICAT DE SCOLARITÉ as printed from a university's student portal."""
    p, f = spec.person, spec.fields
    org = ORGS["univ"]
    s = Sheet(doc)
    s.logo(18, 14, 18, 1, (0.55, 0.1, 0.2), "UG")
    s.text(40, 22, org.name, 15, "serifb", (0.55, 0.1, 0.2))
    s.lines(40, 28, ["Direction des études et de la scolarité", org.address.oneline()], 9, "sans", color=GREY)
    s.text(105, 62, "CERTIFICAT DE SCOLARITÉ", 18, "sansb", align="center")
    s.text(105, 71, f"Année universitaire {f['year']}-{f['year'] + 1}", 12, "sans", align="center")
    e = "e" if p.feminine else ""
    y = s.para(20, 90, 170, f"Le Président de l'{org.name} certifie que :", 11, "sans") + 2
    for label, value in (
        ("Nom et prénoms", f"{p.civility} {p.full}"),
        ("Né(e) le", f"{date_num(p.birth_date)} à {p.birth_place} ({p.birth_country_fr.upper()})"),
        ("N° étudiant", spec.digits(8)),
        ("INE", f["ine"]),
    ):
        s.text(26, y, label, 11, "sans", GREY)
        s.text(70, y, value, 11, "sansb")
        y += 7.5
    y = s.para(
        20,
        y + 4,
        170,
        f"est régulièrement inscrit{e} à l'université pour l'année universitaire "
        f"{f['year']}-{f['year'] + 1} en :",
        11,
        "sans",
    )
    y = s.lines(
        30,
        y + 2,
        [
            f["programme"],
            "Régime d'inscription : formation initiale",
            f"Date d'inscription : {date_num(date(f['year'], 9, 2))}",
        ],
        11,
        "sansb",
        1.5,
    )
    y = s.para(
        20, y + 6, 170, "Le présent certificat est délivré pour servir et valoir ce que de droit.", 11, "sans"
    )
    s.text(115, y + 8, f"Fait à Talence, le {date_fr(spec.issued)}", 11, "sans")
    s.lines(
        115,
        y + 16,
        ["Pour le Président et par délégation,", "La responsable du service de la scolarité"],
        9.5,
        "sans",
        color=GREY,
    )
    s.stamp(150, y + 42, 15, ["UNIVERSITÉ", "DE LA GARONNE", "SCOLARITÉ"], (0.55, 0.1, 0.2))
    s.text(
        105,
        285,
        f"Document édité le {date_num(spec.issued)} — code de vérification {spec.digits(12, 'v')}",
        7.5,
        "sans",
        GREY,
        align="center",
    )


def selfemp_spec(
    person: Person, key: str, variant: str, seed12: str, created: date, ape: str, issued: date
) -> DocSpec:
    """SIRENE "avis de situation" (variant ``sirene``) or URSSAF attestation (``urssaf``)."""
    fields = {
        "holder": person.full,
        "siret": codes.siret(seed12),
        "created": created,
        "ape": ape,
        "language": "fr",
        "period_start": created,
    }
    return DocSpec(key, "self_employment_proof", person, issued, variant, fields)


def build_self_employment_proof(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Dispatch on the variant."""
    (_sirene if spec.variant == "sirene" else _urssaf)(doc, spec)


def _sirene(doc: pymupdf.Document, spec: DocSpec) -> None:
    p, f = spec.person, spec.fields
    siret = f["siret"]
    s = Sheet(doc)
    s.rect(14, 12, 22, 14, stroke=None, fill=(0.1, 0.2, 0.45))
    s.text(25, 21.5, "Insee", 10, "sansb", (1, 1, 1), align="center")
    s.lines(
        40,
        17,
        ["Institut national de la statistique et des études économiques", "Répertoire Sirene"],
        9,
        "sans",
        color=GREY,
    )
    s.text(105, 44, "AVIS DE SITUATION AU RÉPERTOIRE SIRENE", 15, "sansb", align="center")
    s.para(
        20,
        56,
        170,
        f"À la date du {date_num(spec.issued)}, l'établissement est inscrit au répertoire Sirene sous le "
        f"numéro SIRET {codes.format_siret(siret)}.",
        10.5,
        "sans",
    )
    y = 72.0

    def section(title: str, rows: list[tuple[str, str]]) -> None:
        nonlocal y
        s.rect(18, y - 5.5, 174, 8, stroke=None, fill=(0.9, 0.92, 0.96))
        s.text(20, y, title, 11, "sansb")
        y += 9
        for label, value in rows:
            s.text(22, y, label, 10, "sans", GREY)
            s.text(95, y, value, 10, "sansb")
            y += 6.5
        y += 5

    section(
        "Description de l'entreprise",
        [
            ("Identifiant SIREN", f"{siret[:3]} {siret[3:6]} {siret[6:9]}"),
            ("Dénomination", f"{p.surname} {p.given.upper()}"),
            ("Nom", p.surname),
            ("Prénom(s)", p.given),
            ("Catégorie juridique", "1000 - Entrepreneur individuel"),
            ("Activité principale exercée (APE)", f["ape"]),
            ("Date de création de l'entreprise", date_num(f["created"])),
        ],
    )
    section(
        "Description de l'établissement",
        [
            ("Identifiant SIRET", codes.format_siret(siret)),
            ("Adresse", p.address.oneline()),
            ("Date de création de l'établissement", date_num(f["created"])),
            ("Établissement siège", "oui"),
            ("Tranche d'effectif salarié", "Établissement non employeur"),
        ],
    )
    s.para(
        18,
        y + 4,
        174,
        "Important : ce document ne constitue pas un extrait Kbis. L'inscription au répertoire Sirene ne "
        "vaut pas preuve d'immatriculation au registre national des entreprises. Avis de situation édité "
        "depuis le site de l'Insee.",
        8.5,
        "sans",
        color=GREY,
    )
    s.text(
        105,
        286,
        f"Avis de situation — {codes.format_siret(siret)} — page 1/1",
        7.5,
        "sans",
        GREY,
        align="center",
    )


def _urssaf(doc: pymupdf.Document, spec: DocSpec) -> None:
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    s.logo(16, 12, 14, 0, (0.0, 0.3, 0.6), "U")
    s.text(34, 21, "Urssaf", 16, "sansb", (0.0, 0.3, 0.6))
    s.text(34, 26.5, "Service des travailleurs indépendants", 9, "sans", GREY)
    s.lines(118, 44, [f"{p.civility} {p.full}", *p.address.lines()], 10.5, "sans")
    s.text(105, 78, "ATTESTATION D'IMMATRICULATION", 16, "sansb", align="center")
    s.text(105, 86, "Micro-entrepreneur", 12, "sans", align="center")
    e = "e" if p.feminine else ""
    y = s.para(
        20,
        102,
        170,
        f"L'Urssaf atteste que {p.civility} {p.full}, né{e} le {date_num(p.birth_date)}, est immatriculé{e} "
        f"en qualité de micro-entrepreneur depuis le {date_fr(f['created'])}.",
        11,
        "sans",
    )
    for label, value in (
        ("SIRET", codes.format_siret(f["siret"])),
        ("Activité (code APE)", f["ape"]),
        ("Régime", "micro-social simplifié"),
        ("Adresse de l'entreprise", p.address.oneline()),
    ):
        s.text(24, y, label, 10.5, "sans", GREY)
        s.text(80, y, value, 10.5, "sansb")
        y += 7
    s.text(115, y + 10, f"Fait le {date_fr(spec.issued)}", 10.5, "sans")
    s.text(115, y + 17, "Le directeur de l'Urssaf", 10, "sans", GREY)


def s1_spec(
    person: Person,
    key: str,
    institution: str,
    inst_id: str,
    inst_address: str,
    start: date,
    issued: date,
    status: str = "a pensioner (pension from Germany)",
) -> DocSpec:
    """Portable document S1 (pensioner) from a foreign institution."""
    fields = {
        "holder": person.full,
        "institution": institution,
        "institution_id": inst_id,
        "institution_address": inst_address,
        "start": start,
        "language": "en",
        "period_start": start,
        "status": status,
    }
    return DocSpec(key, "s1_form", person, issued, "", fields)


def _eu_flag(s: Sheet, x: float, y: float, w: float) -> None:
    h = w * 2 / 3
    s.rect(x, y, w, h, stroke=None, fill=(0.0, 0.2, 0.6))
    for i in range(12):
        a = i * math.pi / 6
        s.circle(
            x + w / 2 + math.cos(a) * h / 3,
            y + h / 2 + math.sin(a) * h / 3,
            h / 22,
            stroke=None,
            fill=(1.0, 0.8, 0.0),
        )


def build_s1_form(doc: pymupdf.Document, spec: DocSpec) -> None:
    """S1 certificate of entitlement (EU social-security coordination)."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    _eu_flag(s, 14, 12, 24)
    s.lines(42, 17, ["Social security coordination", "Regulation (EC) No 883/2004"], 9, "sans", color=GREY)
    s.text(196, 26, "S1", 34, "sansb", (0.0, 0.2, 0.6), align="right")
    s.text(14, 42, "CERTIFICATE OF ENTITLEMENT TO SICKNESS AND MATERNITY INSURANCE COVER", 11.5, "sansb")
    s.text(
        14,
        48,
        "Document portable S1 — Inscription en vue de bénéficier de la couverture d'assurance maladie",
        9,
        "sans",
        GREY,
    )
    s.text(14, 53, "Articles 17, 22, 24, 25, 26 and 34 of Regulation (EC) No 883/2004", 8.5, "sans", GREY)
    y = 64.0

    def box(title: str, rows: list[tuple[str, str]]) -> None:
        nonlocal y
        s.rect(14, y - 5.5, 182, 7.5, stroke=None, fill=(0.88, 0.9, 0.96))
        s.text(16, y, title, 10, "sansb")
        y += 8
        for label, value in rows:
            s.text(18, y, label, 9.5, "sans", GREY)
            size = min(10.5, 10.5 * 100 / max(1.0, text_width(value, 10.5, "sansb")))
            s.text(92, y, value, size, "sansb")
            s.line(90, y + 1.5, 194, y + 1.5, LIGHT, 0.2)
            y += 7
        y += 5

    box(
        "1. PERSONAL INFORMATION OF THE HOLDER",
        [
            (
                "1.1 Personal identification No",
                f"{spec.digits(2)} {p.birth_date.strftime('%d%m%y')} H {spec.digits(3, 'x')}",
            ),
            ("1.2 Surname(s)", p.surname),
            ("1.3 Forename(s)", p.given),
            ("1.5 Date of birth", date_num(p.birth_date)),
            ("1.6 Address in the State of residence", p.address.oneline()),
        ],
    )
    box(
        "2. ENTITLEMENT",
        [
            ("2.1 The holder is", "☒ " + str(f["status"])),
            ("2.3 Start date", date_num(f["start"])),
            ("2.4 End date", "— (open-ended)"),
            ("2.6 Members of the family", "none"),
        ],
    )
    box(
        "6. INSTITUTION COMPLETING THE FORM",
        [
            ("6.1 Name", f["institution"]),
            ("6.2 Institution ID", f["institution_id"]),
            ("6.4 Address", f["institution_address"]),
            ("6.5 Date", date_num(spec.issued)),
        ],
    )
    s.text(18, y + 2, "6.6 Signature", 9.5, "sans", GREY)
    s.signature(60, y - 2, 40, 12, spec.seed + 1)
    words = str(f["institution"]).upper().split()
    s.stamp(150, y + 6, 15, [words[0][:14], " ".join(words[1:])[:14], "*"])
    s.para(
        14,
        270,
        182,
        "Please present this document to the competent institution of your place of residence (in France: "
        "your caisse primaire d'assurance maladie, CPAM). Keep a copy for your records.",
        8.5,
        "sans",
        color=GREY,
    )

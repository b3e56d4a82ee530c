"""Work documents: payslip (bulletin de paie) and permanent employment contract (CDI)."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

from datetime import date

import pymupdf

from . import codes
from .docs_housing import euros, month_end, months_between
from .people import ORGS, Person, date_fr, date_num
from .render import BLACK, GREY, Sheet
from .spec import DocSpec


def payslip_spec(
    person: Person, key: str, employer: str, month: date, gross: float, job: str, hired: date
) -> DocSpec:
    """A monthly payslip (bulletin de paie) from an employer of ``ORGS``."""
    first = month.replace(day=1)
    org = ORGS[employer]
    fields = {
        "holder": person.full,
        "employer": employer,
        "siret": codes.siret(org.siret_seed),
        "gross": gross,
        "job": job,
        "hired": hired,
        "months": months_between(first, first),
        "period_start": first,
        "period_end": month_end(first),
        "language": "fr",
    }
    return DocSpec(key, "payslip", person, month_end(first), employer, fields)


_CONTRIBUTIONS = (
    ("Sécurité sociale - Maladie, maternité, invalidité, décès", 0.0, 0.07),
    ("Accidents du travail - maladies professionnelles", 0.0, 0.0084),
    ("Retraite - Sécurité sociale plafonnée", 0.069, 0.0855),
    ("Retraite complémentaire Tranche 1", 0.0401, 0.0601),
    ("Famille", 0.0, 0.0345),
    ("Assurance chômage", 0.0, 0.0405),
    ("CSG déductible de l'impôt sur le revenu", 0.068, 0.0),
    ("CSG/CRDS non déductible de l'impôt sur le revenu", 0.029, 0.0),
)


def build_payslip(doc: pymupdf.Document, spec: DocSpec) -> None:
    """BULLETIN DE PAIE with employer block, employee block, contributions and net pay."""
    p, f = spec.person, spec.fields
    org = ORGS[f["employer"]]
    s = Sheet(doc)
    s.text(105, 18, "BULLETIN DE PAIE", 16, "sansb", align="center")
    s.text(
        105,
        25,
        f"Période du {date_num(f['period_start'])} au {date_num(f['period_end'])}",
        11,
        "sans",
        align="center",
    )
    s.rect(14, 32, 88, 40, stroke=GREY, width=0.3)
    s.lines(17, 38, [org.name, *org.address.lines()], 10, "sansb")
    s.lines(
        17,
        56,
        [
            f"SIRET : {codes.format_siret(f['siret'])}",
            f"Code APE : {org.extra['ape']}",
            f"Convention collective : {org.extra['convention']}",
        ],
        8.5,
        "sans",
        1.25,
    )
    s.rect(108, 32, 88, 40, stroke=GREY, width=0.3)
    s.text(111, 38, "Salarié", 8.5, "sans", GREY)
    s.lines(111, 44, [f"{p.civility} {p.full}", *p.address.lines()], 10, "sansb")
    s.lines(
        111,
        62,
        [
            f"Emploi : {f['job']} — Statut : cadre",
            f"Date d'entrée : {date_num(f['hired'])}",
            f"Matricule : {spec.digits(5)}",
        ],
        8.5,
        "sans",
        1.25,
    )
    y = 82.0
    s.rect(14, y - 5, 182, 7, stroke=None, fill=(0.9, 0.9, 0.9))
    for x, h, al in (
        (16, "Rubrique", "left"),
        (128, "Base", "right"),
        (150, "Taux", "right"),
        (172, "Part sal.", "right"),
        (194, "Part empl.", "right"),
    ):
        s.text(x, y, h, 8.5, "sansb", align=al)
    gross = float(f["gross"])
    y += 8
    s.text(16, y, "Salaire de base (151,67 heures)", 9.5, "sans")
    s.text(128, y, euros(gross), 9.5, "sans", align="right")
    y += 6
    s.text(16, y, "Salaire brut", 10, "sansb")
    s.text(172, y, euros(gross), 10, "sansb", align="right")
    y += 8
    total_sal = 0.0
    for label, sal, emp in _CONTRIBUTIONS:
        base = gross * (0.9825 if "CSG" in label else 1.0)
        s.text(16, y, label, 8.8, "sans")
        s.text(128, y, euros(base), 8.8, "sans", align="right")
        s.text(150, y, f"{sal * 100:.2f} %".replace(".", ",") if sal else "", 8.8, "sans", align="right")
        s.text(172, y, euros(base * sal) if sal else "", 8.8, "sans", align="right")
        s.text(194, y, euros(base * emp) if emp else "", 8.8, "sans", align="right")
        total_sal += base * sal
        y += 5.6
    net = gross - total_sal
    y += 4
    s.line(14, y - 4, 196, y - 4, GREY, 0.3)
    rows = (
        ("Total des cotisations et contributions salariales", euros(total_sal)),
        ("Net à payer avant impôt sur le revenu", euros(net)),
        ("Net imposable", euros(net + gross * 0.029 * 0.9825)),
        ("Impôt sur le revenu prélevé à la source (taux personnalisé 4,6 %)", euros(net * 0.046)),
    )
    for label, value in rows:
        s.text(16, y, label, 9.5, "sans")
        s.text(194, y, value, 9.5, "sans", align="right")
        y += 6
    s.rect(108, y - 1, 88, 11, stroke=BLACK, fill=(0.93, 0.93, 0.93), width=0.4)
    s.text(111, y + 6.5, "NET PAYÉ", 11, "sansb")
    s.text(193, y + 6.5, euros(net * 0.954), 12, "sansb", align="right")
    y += 18
    s.text(16, y, f"Date de paiement : {date_num(f['period_end'])} — par virement", 9.5, "sans")
    s.text(16, y + 6, "Congés payés : acquis 2,08 j — pris 0 j — solde 10,40 j", 9, "sans", GREY)
    s.para(
        16,
        272,
        180,
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie "
        "sans limitation de durée. Rubrique dédiée au bulletin de paie sur le portail "
        "www.service-public.fr.",
        8,
        "sans",
        color=GREY,
    )


def contract_spec(
    person: Person, key: str, employer: str, start: date, signed: date, job: str, gross: float
) -> DocSpec:
    """A permanent employment contract (CDI)."""
    org = ORGS[employer]
    fields = {
        "holder": person.full,
        "employer": employer,
        "siret": codes.siret(org.siret_seed),
        "start": start,
        "job": job,
        "gross": gross,
        "language": "fr",
        "period_start": start,
    }
    return DocSpec(key, "employment_contract", person, signed, employer, fields)


def build_employment_contract(doc: pymupdf.Document, spec: DocSpec) -> None:
    """CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE, one dense page."""
    p, f = spec.person, spec.fields
    org = ORGS[f["employer"]]
    s = Sheet(doc)
    e = "e" if p.feminine else ""
    s.text(105, 22, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 15, "serifb", align="center")
    y = s.para(
        20,
        36,
        170,
        f"Entre les soussignés : la société {org.name}, dont le siège est situé {org.address.oneline()}, "
        f"immatriculée sous le numéro SIRET {codes.format_siret(f['siret'])}, représentée par M. Olivier "
        "GARNIER en sa qualité de Président, ci-après « l'employeur », d'une part,",
        10.5,
        "serif",
    )
    y = s.para(
        20,
        y,
        170,
        f"et {p.civility} {p.full}, né{e} le {date_num(p.birth_date)} à {p.birth_place} "
        f"({p.birth_country_fr}), de nationalité {p.nationality_fr}, demeurant {p.address.oneline()}, "
        "ci-après « le salarié », d'autre part,",
        10.5,
        "serif",
    )
    y = s.para(20, y, 170, "il a été convenu ce qui suit :", 10.5, "serifi")
    articles = (
        (
            "Article 1 - Engagement",
            f"{p.civility} {p.full} est engagé{e} à compter du {date_fr(f['start'])} en qualité de "
            f"{f['job']}, statut cadre, sous réserve des résultats de la visite d'information et de "
            "prévention.",
        ),
        (
            "Article 2 - Période d'essai",
            "Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de quatre mois, "
            "renouvelable une fois d'un commun accord.",
        ),
        (
            "Article 3 - Rémunération",
            f"Le salarié percevra une rémunération mensuelle brute de {euros(f['gross'])} sur douze mois, "
            "pour la durée du travail définie à l'article 4.",
        ),
        (
            "Article 4 - Durée du travail",
            "La durée du travail est fixée à 35 heures par semaine, réparties du lundi au vendredi.",
        ),
        (
            "Article 5 - Lieu de travail",
            f"Le salarié exercera ses fonctions au siège de la société, {org.address.oneline()}.",
        ),
        (
            "Article 6 - Convention collective",
            f"Le contrat est régi par la convention collective {org.extra['convention']}. Le salarié "
            "bénéficie des congés payés légaux.",
        ),
    )
    for title, text in articles:
        s.text(20, y + 2, title, 10.5, "serifb")
        y = s.para(20, y + 8, 170, text, 10.5, "serif")
    y += 4
    s.text(20, y, f"Fait en deux exemplaires à {org.address.city}, le {date_fr(spec.issued)}.", 10.5, "serif")
    s.text(30, y + 12, "L'employeur", 10.5, "serifb")
    s.text(125, y + 12, "Le salarié", 10.5, "serifb")
    s.signature(30, y + 16, 38, 12, spec.seed + 1)
    s.signature(125, y + 16, 38, 12, spec.seed + 2)

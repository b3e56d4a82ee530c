"""Residence proofs: rent receipt, lease, utility bill (with 2D-Doc), hosting certificate."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pymupdf

from .docs_civil import number_fr
from .people import MONTHS_FR, ORGS, Address, Person, date_fr, date_num
from .render import GREY, LIGHT, Sheet
from .spec import DocSpec


def month_end(first: date) -> date:
    """The last day of ``first``'s month."""
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def months_between(start: date, end: date) -> list[str]:
    """Every calendar month (YYYY-MM) that [start, end] touches."""
    out = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def euros(value: float) -> str:
    """``1 234,50 €``."""
    whole, cents = f"{value:.2f}".split(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return f"{' '.join(groups)},{cents} €"


LANDLORDS = {
    "fournier": ("M. Bernard FOURNIER", Address("3 montée de la Grande-Côte", "69001", "Lyon")),
    "martini": ("Mme Odile MARTINI", Address("22 boulevard Victor-Hugo", "06000", "Nice")),
}

PERIOD_STYLES = ("range_fr", "month", "mm_yyyy", "range_num")


def period_text(first: date, style: str) -> str:
    """The period line of a receipt in one of ``PERIOD_STYLES``."""
    last = month_end(first)
    if style == "range_fr":
        return f"Période : du {date_fr(first)} au {date_fr(last)}"
    if style == "month":
        name = MONTHS_FR[first.month - 1]
        return f"pour le mois {'d' + chr(39) if name[0] in 'ao' else 'de '}{name} {first.year}"
    if style == "mm_yyyy":
        return f"Période : {first.month:02d}/{first.year}"
    return f"Période de location : {date_num(first)} - {date_num(last)}"


def receipt_spec(
    person: Person,
    key: str,
    month: date,
    landlord: str,
    rent: float,
    charges: float,
    style: str,
    holder: str | None = None,
    agency: str | None = None,
) -> DocSpec:
    """A monthly rent receipt. ``holder`` overrides the tenant name printed (variants, mismatches)."""
    first = month.replace(day=1)
    issued = first + timedelta(days=4)
    fields = {
        "holder": holder or person.full,
        "month": first,
        "landlord": landlord,
        "rent": rent,
        "charges": charges,
        "style": style,
        "agency": agency,
        "language": "fr",
        "months": [f"{first.year:04d}-{first.month:02d}"],
        "period_start": first,
        "period_end": month_end(first),
    }
    return DocSpec(key, "rent_receipt", person, issued, style, fields)


def build_rent_receipt(doc: pymupdf.Document, spec: DocSpec) -> None:
    """QUITTANCE DE LOYER as landlords write them (template of the 1989 law)."""
    p, f = spec.person, spec.fields
    first: date = f["month"]
    name, laddr = LANDLORDS[f["landlord"]]
    s = Sheet(doc)
    body = "serif" if spec.seed % 2 else "sans"
    bold = body + "b"
    y = 22.0
    if f["agency"]:
        org = ORGS[f["agency"]]
        s.logo(20, 14, 14, 3, (0.1, 0.4, 0.5), "AG")
        s.text(38, 20, org.name, 13, "sansb", (0.1, 0.4, 0.5))
        s.lines(
            38,
            25,
            [org.address.oneline(), f"Carte professionnelle {org.extra['carte']}"],
            8.5,
            "sans",
            color=GREY,
        )
        y = 40
    s.text(105, y + 10, "QUITTANCE DE LOYER", 18, bold, align="center")
    if f["style"] == "month":
        s.text(105, y + 18, period_text(first, "month"), 12, body, align="center")
    s.text(
        190,
        y + 26,
        f"Quittance n° {first.year}-{first.month:02d}-{spec.digits(3)}",
        9,
        "sans",
        GREY,
        align="right",
    )
    y += 36
    s.text(20, y, "Bailleur :", 11, bold)
    y = s.lines(50, y, [name, *laddr.lines()], 11, body)
    y += 3
    s.text(20, y, "Locataire :", 11, bold)
    s.text(50, y, f"{p.civility} {f['holder']}", 11, body)
    y += 8
    s.text(20, y, "Adresse du logement :", 11, bold)
    y = s.lines(72, y, p.address.lines(), 11, body) + 3
    if f["style"] != "month":
        s.text(20, y, period_text(first, f["style"]), 11.5, bold)
        y += 9
    total = f["rent"] + f["charges"]
    amount_words = number_fr(int(total)) + " euros"
    who = name.split(" ", 1)[1]
    text = (
        f"Je soussigné{'e' if name.startswith('Mme') else ''} {who}, propriétaire du logement désigné "
        f"ci-dessus, déclare avoir reçu de {p.civility} {f['holder']}, locataire, la somme de {amount_words} "
        f"({euros(total)}), au titre du paiement du loyer et des charges pour la période indiquée, et lui en "
        "donne quittance, sous réserve de tous mes droits."
    )
    y = s.para(20, y, 170, text, 11, body) + 2
    for label, value in (
        ("Loyer hors charges", f["rent"]),
        ("Provision pour charges", f["charges"]),
        ("Total réglé", total),
    ):
        s.rect(20, y - 5, 170, 7.5, stroke=LIGHT, width=0.3)
        s.text(24, y, label, 11, bold if label.startswith("Total") else body)
        s.text(186, y, euros(value), 11, bold if label.startswith("Total") else body, align="right")
        y += 7.5
    y += 5
    paid = first + timedelta(days=2)
    s.text(20, y, f"Date du paiement : {date_num(paid)}   —   Mode de règlement : virement", 10.5, body)
    y += 12
    city = laddr.city
    s.text(120, y, f"Fait à {city}, le {date_fr(spec.issued)}", 11, body)
    s.text(120, y + 7, "Signature du bailleur :", 10, body, GREY)
    s.signature(124, y + 10, 44, 14, spec.seed + 3)
    s.para(
        20,
        272,
        170,
        "Cette quittance annule tous les reçus qui auraient pu être donnés pour acompte versé sur la "
        "période en question. Loi n° 89-462 du 6 juillet 1989, article 21.",
        8,
        "sans",
        color=GREY,
    )


def lease_spec(
    person: Person, key: str, start: date, landlord: str, rent: float, charges: float, signed: date
) -> DocSpec:
    """A two-page unfurnished housing lease."""
    fields = {
        "holder": person.full,
        "start": start,
        "landlord": landlord,
        "rent": rent,
        "charges": charges,
        "language": "fr",
        "months": months_between(start, start),
        "period_start": start,
    }
    return DocSpec(key, "lease", person, signed, "", fields)


def build_lease(doc: pymupdf.Document, spec: DocSpec) -> None:
    """CONTRAT DE LOCATION - BAIL D'HABITATION, two pages."""
    p, f = spec.person, spec.fields
    name, laddr = LANDLORDS[f["landlord"]]
    s = Sheet(doc)
    s.text(105, 24, "CONTRAT DE LOCATION", 17, "serifb", align="center")
    s.text(
        105,
        32,
        "BAIL D'HABITATION — LOCAUX VIDES À USAGE DE RÉSIDENCE PRINCIPALE",
        10.5,
        "serifb",
        align="center",
    )
    s.text(
        105,
        38,
        "(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs)",
        9,
        "serifi",
        align="center",
    )
    y = 52.0
    sections = [
        (
            "I. DÉSIGNATION DES PARTIES",
            f"Le présent contrat est conclu entre les soussignés : {name}, demeurant {laddr.oneline()}, "
            f"désigné ci-après « le bailleur », et {p.civility} {p.full}, né{'e' if p.feminine else ''} le "
            f"{date_num(p.birth_date)} à {p.birth_place}, désigné{'e' if p.feminine else ''} ci-après « le "
            "locataire » (le preneur).",
        ),
        (
            "II. OBJET DU CONTRAT — DÉSIGNATION DES LOCAUX",
            f"Le présent contrat a pour objet la location d'un logement situé {p.address.oneline()}. Type "
            "d'habitat : immeuble collectif. Surface habitable : 42 m². Nombre de pièces principales : 2. "
            "Le logement comprend une cuisine équipée, une salle d'eau avec WC et une cave n° 12.",
        ),
        (
            "III. DATE DE PRISE D'EFFET ET DURÉE DU BAIL",
            f"Le bail prend effet le {date_fr(f['start'])} pour une durée de trois ans, renouvelable par "
            "tacite reconduction.",
        ),
        (
            "IV. CONDITIONS FINANCIÈRES",
            f"Loyer mensuel hors charges : {euros(f['rent'])}. Provision mensuelle pour charges : "
            f"{euros(f['charges'])}, avec régularisation annuelle. Le loyer est payable mensuellement et "
            "d'avance, le 1er de chaque mois. Le loyer sera révisé chaque année à la date anniversaire du "
            "bail selon l'indice de référence des loyers.",
        ),
        (
            "V. DÉPÔT DE GARANTIE",
            f"À la signature du présent contrat, le locataire verse la somme de {euros(f['rent'])} au titre "
            "du dépôt de garantie, restituée dans un délai maximal de deux mois après la remise des clés.",
        ),
    ]
    for title, text in sections:
        s.text(20, y, title, 11, "serifb")
        y = s.para(20, y + 6, 170, text, 10.5, "serif") + 2
    s.text(105, 287, "Page 1/2", 8, "sans", GREY, align="center")
    s2 = Sheet(doc)
    y = 24.0
    sections2 = [
        (
            "VI. CLAUSE RÉSOLUTOIRE",
            "Le présent bail sera résilié de plein droit, deux mois après un commandement de payer demeuré "
            "infructueux, à défaut de paiement du loyer, des charges ou du dépôt de garantie, ou à défaut "
            "d'assurance contre les risques locatifs.",
        ),
        (
            "VII. ÉTAT DES LIEUX",
            "Un état des lieux est établi contradictoirement par les parties lors de la remise et de la "
            "restitution des clés, et joint au présent contrat.",
        ),
        (
            "VIII. ANNEXES",
            "Sont annexés au présent contrat : le dossier de diagnostic technique, la notice "
            "d'information, l'état des lieux d'entrée, l'attestation d'assurance habitation du locataire.",
        ),
    ]
    for title, text in sections2:
        s2.text(20, y, title, 11, "serifb")
        y = s2.para(20, y + 6, 170, text, 10.5, "serif") + 2
    y += 6
    s2.text(20, y, f"Fait en deux exemplaires à {laddr.city}, le {date_fr(spec.issued)}.", 11, "serif")
    y += 14
    s2.text(30, y, "Le bailleur", 11, "serifb")
    s2.text(125, y, "Le locataire", 11, "serifb")
    s2.text(30, y + 6, "« Lu et approuvé »", 10, "serifi", GREY)
    s2.text(125, y + 6, "« Lu et approuvé »", 10, "serifi", GREY)
    s2.signature(30, y + 10, 40, 14, spec.seed + 1)
    s2.signature(125, y + 10, 40, 14, spec.seed + 2)
    s2.text(105, 287, "Page 2/2", 8, "sans", GREY, align="center")


def hosting_spec(
    person: Person,
    key: str,
    host: str,
    host_birth: date,
    host_place: str,
    host_address: Address,
    since: date,
    signed: date,
    host_id: str,
) -> DocSpec:
    """An attestation d'hébergement signed by the host."""
    fields = {
        "holder": person.full,
        "host": host,
        "host_birth": host_birth,
        "host_place": host_place,
        "host_address": host_address,
        "since": since,
        "host_id": host_id,
        "language": "fr",
        "months": months_between(since, signed),
        "period_start": since,
        "period_end": signed,
    }
    return DocSpec(key, "hosting_certificate", person, signed, "", fields)


def build_hosting_certificate(doc: pymupdf.Document, spec: DocSpec) -> None:
    """ATTESTATION D'HÉBERGEMENT: typed text, signed by the host."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    host: str = f["host"]
    fem = host.startswith("Mme")
    s.lines(20, 24, [host.split(" ", 1)[1], *f["host_address"].lines()], 11, "serif")
    s.text(105, 64, "ATTESTATION D'HÉBERGEMENT", 17, "serifb", align="center")
    e = "e" if fem else ""
    text1 = (
        f"Je soussigné{e}, {host}, né{e} le {date_num(f['host_birth'])} à {f['host_place']}, demeurant "
        f"{f['host_address'].oneline()}, certifie sur l'honneur héberger à mon domicile, à titre gratuit, "
        f"{p.civility} {p.full}, né{'e' if p.feminine else ''} le {date_num(p.birth_date)} à {p.birth_place} "
        f"({p.birth_country_fr}), depuis le {date_fr(f['since'])}."
    )
    y = s.para(20, 84, 170, text1, 11.5, "serif") + 3
    text2 = (
        "Je joins à la présente attestation la copie de ma pièce d'identité (carte nationale d'identité n° "
        f"{f['host_id']}) ainsi qu'un justificatif de domicile récent à mon nom."
    )
    y = s.para(20, y, 170, text2, 11.5, "serif") + 3
    y = s.para(20, y, 170, "Attestation établie pour servir et valoir ce que de droit.", 11.5, "serif") + 8
    s.text(115, y, f"Fait à {f['host_address'].city}, le {date_fr(spec.issued)}", 11.5, "serif")
    s.text(115, y + 8, "Signature de l'hébergeant :", 10.5, "serifi", GREY)
    s.signature(118, y + 12, 46, 15, spec.seed + 3)
    s.para(
        20,
        262,
        170,
        "Article 441-7 du Code pénal : est puni d'un an d'emprisonnement et de 15 000 € d'amende le fait "
        "d'établir une attestation ou un certificat faisant état de faits matériellement inexacts.",
        8.5,
        "serif",
        color=GREY,
    )

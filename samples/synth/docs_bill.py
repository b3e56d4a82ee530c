"""Utility bills (electricity, gas, internet) with an ANTS 2D-Doc DataMatrix (type 01, justificatif de "
"domicile)."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pymupdf
import zxingcpp
from PIL import Image

from . import codes
from .docs_housing import euros, month_end, months_between
from .people import ORGS, Person, date_fr, date_num
from .render import BLACK, GREY, Sheet
from .spec import DocSpec, stable_seed


@dataclass(frozen=True)
class Utility:
    """What a supplier bills: label, unit, prices and its 2D-Doc header version."""

    title: str
    unit: str
    price: float
    sub: float
    version: str
    color: tuple[float, float, float]


UTILITY = {
    "volta": Utility("électricité", "kWh", 0.2516, 15.65, "03", (0.95, 0.55, 0.05)),
    "gazbleu": Utility("gaz naturel", "kWh", 0.1187, 22.4, "02", (0.1, 0.35, 0.75)),
    "fibrelink": Utility("internet fibre", "", 0.0, 29.99, "03", (0.45, 0.15, 0.6)),
}


def covered_months(start: date, end: date) -> list[str]:
    """Months a billing period proves: those it covers for at least 15 days (the tool's rule)."""
    kept = []
    for month in months_between(start, end):
        year, number = int(month[:4]), int(month[5:])
        first = date(year, number, 1)
        last = month_end(first)
        days = (min(end, last) - max(start, first)).days + 1
        if days >= min(15, last.day // 2) or (start >= first and end <= last):
            kept.append(month)
    return kept


def utility_spec(
    person: Person, key: str, supplier: str, start: date, end: date, issued: date, consumption: int = 0
) -> DocSpec:
    """An energy or internet bill, with its 2D-Doc message computed."""
    p = person
    org = ORGS[supplier]
    u = UTILITY[supplier]
    number = f"{issued.year}{spec_digits(key, 8)}"
    line1 = codes.twoddoc_text(f"{'MME' if p.feminine else 'M'} {p.given} {p.surname}")
    fields_2d: list[tuple[str, str]] = [("10", line1)]
    if supplier == "gazbleu":
        fields_2d += [
            ("11", "MME" if p.feminine else "M"),
            ("12", codes.twoddoc_text(p.given)),
            ("13", codes.twoddoc_text(p.surname)),
        ]
    fields_2d.append(("18", number))
    if p.address.extra:
        fields_2d.append(("20", codes.twoddoc_text(p.address.extra)))
    fields_2d += [
        ("22", codes.twoddoc_text(p.address.street)),
        ("24", p.address.postcode),
        ("25", codes.twoddoc_text(p.address.city)),
    ]
    sig = np.random.default_rng(int(spec_digits(key, 12))).bytes(64)
    message = codes.twoddoc_message(fields_2d, issued, issued, sig, version=u.version)
    fields = {
        "holder": p.full,
        "supplier": supplier,
        "period_start": start,
        "period_end": end,
        "invoice": number,
        "consumption": consumption,
        "twoddoc": message,
        "twoddoc_fields": dict(fields_2d),
        "months": covered_months(start, end),
        "language": "fr",
        "org": org.name,
    }
    return DocSpec(key, "utility_bill", person, issued, supplier, fields)


def spec_digits(key: str, n: int) -> str:
    """Digits derived from a key (before a DocSpec exists)."""
    return str(stable_seed("digits", key)).rjust(n, "7")[-n:]


def datamatrix(message: str, module_px: int = 6) -> Image.Image:
    """The DataMatrix symbol of a 2D-Doc message as a 1-bit-looking greyscale image."""
    barcode = zxingcpp.create_barcode(message, zxingcpp.BarcodeFormat.DataMatrix)
    img = Image.fromarray(np.asarray(barcode.to_image(scale=module_px)))
    return img.convert("L")


def build_utility_bill(doc: pymupdf.Document, spec: DocSpec) -> None:
    """FACTURE from a fictitious supplier, with a 2D-Doc DataMatrix bottom-left."""
    p, f = spec.person, spec.fields
    org = ORGS[f["supplier"]]
    u = UTILITY[f["supplier"]]
    color = u.color
    s = Sheet(doc)
    s.logo(16, 12, 16, spec.seed % 3, color, org.name[:1])
    s.text(36, 20, org.name, 15, "sansb", color)
    s.lines(
        36,
        25.5,
        [org.address.oneline(), f"Service clients : {org.extra['tel']} — {org.extra['web']}"],
        8.5,
        "sans",
        color=GREY,
    )
    s.lines(118, 44, [f"{p.civility} {p.full}", *p.address.lines()], 11, "sans")
    s.text(16, 48, "FACTURE", 22, "sansb", BLACK)
    s.text(
        16,
        55,
        f"Votre facture d'{u.title}" if u.title[0] in "éi" else f"Votre facture de {u.title}",
        11,
        "sans",
    )
    y = 72.0
    for label, value in (
        ("Date de facture :", date_num(spec.issued)),
        ("N° de facture :", str(f["invoice"])),
        ("Référence client :", spec.digits(10, "client")),
        ("Titulaire du contrat :", f"{p.civility} {p.full}"),
        ("Adresse de consommation :", p.address.oneline()),
        ("Période de consommation :", f"du {date_num(f['period_start'])} au {date_num(f['period_end'])}"),
    ):
        s.text(16, y, label, 10.5, "sans", GREY)
        s.text(70, y, value, 10.5, "sansb")
        y += 6.5
    y += 6
    s.rect(16, y - 5.5, 178, 8, stroke=None, fill=(0.92, 0.92, 0.92))
    for x, h in ((18, "Détail"), (120, "Quantité"), (143, "Prix unitaire"), (192, "Montant HT")):
        s.text(x, y, h, 10, "sansb", align="right" if x == 192 else "left")
    y += 9
    months = len(f["months"])
    lines: list[tuple[str, str, str, float]] = [
        ("Abonnement", f"{months} mois", euros(u.sub), months * u.sub)
    ]
    if u.unit:
        kwh = int(f["consumption"])
        lines.append(
            (
                f"Consommation ({u.unit}) — index {40000 + kwh * 3} à {40000 + kwh * 4}",
                f"{kwh} {u.unit}",
                f"{u.price:.4f} €".replace(".", ","),
                kwh * u.price,
            )
        )
        lines.append(("Accise sur l'énergie", f"{kwh} {u.unit}", "0,0225 €", kwh * 0.0225))
    else:
        lines.append(("Option TV et appels illimités", "1", euros(5.0), 5.0))
    for label, qty, unit, amount in lines:
        s.text(18, y, label, 10, "sans")
        s.text(120, y, qty, 10, "sans")
        s.text(143, y, unit, 10, "sans")
        s.text(192, y, euros(amount), 10, "sans", align="right")
        y += 7
    ht = sum(line[3] for line in lines)
    tva = round(ht * 0.2, 2)
    y += 3
    s.line(110, y - 4, 194, y - 4, GREY, 0.3)
    for label, amount in (("Total HT", ht), ("TVA 20 %", tva), ("Montant total TTC", ht + tva)):
        s.text(150, y, label, 10.5, "sansb" if "TTC" in label else "sans", align="right")
        s.text(192, y, euros(amount), 10.5, "sansb" if "TTC" in label else "sans", align="right")
        y += 7
    due = spec.issued + timedelta(days=15)
    y = s.para(
        16,
        y + 6,
        178,
        f"Ce montant sera prélevé le {date_num(due)} sur votre compte bancaire. Aucune démarche n'est "
        "nécessaire de votre part.",
        10,
        "sans",
    )
    s.para(
        16,
        y + 2,
        178,
        f"Votre prochaine facture : {date_fr(due + timedelta(days=45))}. Pour toute réclamation, contactez "
        f"le service clients au {org.extra['tel']}. {org.name}, SIRET "
        f"{codes.format_siret(codes.siret(org.siret_seed))}.",
        8.5,
        "sans",
        color=GREY,
    )
    s.image(16, 238, 24, 24, datamatrix(str(f["twoddoc"])))
    s.text(16, 266, "2D-DOC", 7, "sansb", GREY)
    s.text(44, 250, "Ce document est authentifiable : scannez le code 2D-Doc", 8, "sans", GREY)
    s.text(44, 254, "avec une application de vérification.", 8, "sans", GREY)
    s.text(194, 285, "Page 1/1", 8, "sans", GREY, align="right")

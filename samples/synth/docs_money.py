"""Bank and work documents: RIB, payslip, employment contract, tax notice."""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

from datetime import date

import pymupdf

from . import codes
from .people import Address, Person, date_num
from .render import BLACK, GREY, LIGHT, Sheet
from .spec import DocSpec, stable_seed

BANK_COLORS = {
    "30006": (0.0, 0.45, 0.4),
    "30004": (0.0, 0.5, 0.3),
    "30003": (0.8, 0.1, 0.1),
    "20041": (0.95, 0.7, 0.0),
    "30002": (0.0, 0.2, 0.5),
    "10278": (0.1, 0.3, 0.6),
}


def rib_spec(
    person: Person,
    key: str,
    bank: str,
    branch: str,
    account: str,
    issued: date,
    agency: str,
    agency_address: Address,
    holder: str | None = None,
    long_bic: bool = False,
) -> DocSpec:
    """A RIB with a valid IBAN (RIB key and ISO 7064 check computed)."""
    iban = codes.french_iban(bank, branch, account)
    name, bic8 = codes.BANKS[bank]
    bic = bic8 + ("XXX" if long_bic else "")
    fields = {
        "holder": holder or person.full,
        "bank": bank,
        "branch": branch,
        "account": account,
        "key": codes.rib_key(bank, branch, account),
        "iban": iban,
        "bic": bic,
        "bank_name": name,
        "agency": agency,
        "agency_address": agency_address,
        "language": "fr",
    }
    return DocSpec(key, "rib", person, issued, bank, fields)


def build_rib(doc: pymupdf.Document, spec: DocSpec) -> None:
    """RELEVÉ D'IDENTITÉ BANCAIRE, framed, on the top half of the page."""
    p, f = spec.person, spec.fields
    color = BANK_COLORS[f["bank"]]
    s = Sheet(doc)
    x, y = 18.0, 18.0
    s.rect(x, y, 174, 120, stroke=GREY, width=0.4, radius=2)
    s.logo(x + 5, y + 5, 13, int(f["bank"]) % 4, color, f["bank_name"][:2].upper())
    s.text(x + 22, y + 12, f["bank_name"], 14, "sansb", color)
    s.text(x + 169, y + 12, "RELEVÉ D'IDENTITÉ BANCAIRE", 12, "sansb", BLACK, align="right")
    s.line(x + 5, y + 22, x + 169, y + 22, LIGHT, 0.4)
    s.text(x + 6, y + 30, "Titulaire du compte", 9.5, "sans", GREY)
    s.lines(x + 6, y + 36, [f"{p.civility} {f['holder']}", *p.address.lines()], 11, "sansb")
    s.text(x + 100, y + 30, "Domiciliation", 9.5, "sans", GREY)
    s.lines(
        x + 100, y + 36, [f"{f['bank_name'].upper()}", f["agency"], *f["agency_address"].lines()], 10, "sans"
    )
    ty = y + 64
    heads = (
        ("Code banque", f["bank"]),
        ("Code guichet", f["branch"]),
        ("N° de compte", f["account"]),
        ("Clé RIB", f["key"]),
    )
    cx = x + 6
    for (label, value), width in zip(heads, (30, 30, 55, 20), strict=True):
        s.rect(cx, ty - 5, width, 14, stroke=LIGHT, width=0.3)
        s.text(cx + 2, ty, label, 8.5, "sans", GREY)
        s.text(cx + 2, ty + 6.5, value, 11.5, "mono")
        cx += width
    s.text(x + 6, ty + 20, "IBAN (International Bank Account Number)", 9.5, "sans", GREY)
    s.text(x + 6, ty + 28, codes.iban_groups(f["iban"]), 14, "mono")
    s.text(x + 120, ty + 20, "BIC (Bank Identifier Code)", 9.5, "sans", GREY)
    s.text(x + 120, ty + 28, f["bic"], 14, "mono")
    s.para(
        x + 6,
        ty + 40,
        160,
        "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs appelés à "
        "faire inscrire des opérations à votre compte (virements, prélèvements, etc.).",
        8.5,
        "sans",
        color=GREY,
    )
    s.text(x + 6, y + 128, f"Édité le {date_num(spec.issued)}", 8.5, "sans", GREY)


def tax_spec(person: Person, key: str, year: int, rfr: int, issued: date) -> DocSpec:
    """An income-tax notice (avis d'impôt) for revenue ``year``."""
    number = "3" + str(stable_seed("tax", key))[:12].rjust(12, "4")
    fields = {
        "holder": f"{person.surname} {person.given.upper()}",
        "tax_number": number,
        "rfr": rfr,
        "year": year,
        "language": "fr",
    }
    return DocSpec(key, "tax_notice", person, issued, "", fields)


def build_tax_notice(doc: pymupdf.Document, spec: DocSpec) -> None:
    """AVIS D'IMPÔT SUR LES REVENUS from the DGFiP."""
    p, f = spec.person, spec.fields
    s = Sheet(doc)
    s.rect(14, 12, 30, 18, stroke=None, fill=(0.0, 0.14, 0.58))
    s.text(29, 23, "RF", 12, "sansb", (1, 1, 1), align="center")
    s.lines(
        48,
        18,
        [
            "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES",
            "Service des impôts des particuliers",
            f"{p.address.city.upper()}",
        ],
        9,
        "sansb",
    )
    s.text(196, 18, "impots.gouv.fr", 10, "sansb", (0.0, 0.14, 0.58), align="right")
    s.lines(
        115,
        44,
        [f"{p.civility.upper()} {p.surname} {p.given.upper()}", *[x.upper() for x in p.address.lines()]],
        10.5,
        "sans",
    )
    s.text(14, 76, f"AVIS D'IMPÔT {f['year'] + 1}", 16, "sansb")
    s.text(14, 84, f"SUR LES REVENUS DE L'ANNÉE {f['year']}", 12, "sansb")
    y = 98.0
    s.rect(14, y - 6, 90, 40, stroke=GREY, width=0.3)
    s.text(17, y, "Vos références", 10, "sansb")
    n = f["tax_number"]
    s.lines(
        17,
        y + 7,
        [
            f"Numéro fiscal : {n[:2]} {n[2:4]} {n[4:7]} {n[7:10]} {n[10:]}",
            f"Référence de l'avis : {f['year'] % 100 + 1} {spec.digits(2)} {spec.digits(7, 'a')} "
            f"{spec.digits(2, 'b')}",
            f"Déclarant 1 : {p.surname} {p.given.upper()}",
        ],
        9.5,
        "sans",
    )
    s.rect(108, y - 6, 88, 40, stroke=BLACK, width=0.5)
    s.text(111, y, "Revenu fiscal de référence", 10, "sansb")
    s.text(193, y + 14, f"{f['rfr']:,} €".replace(",", " "), 16, "sansb", align="right")
    s.text(111, y + 24, "Nombre de parts : 1", 10, "sans")
    s.text(111, y + 30, "Situation du foyer : célibataire", 10, "sans")
    y += 50
    rows = (
        ("Revenus déclarés (salaires et assimilés)", f["rfr"] + 3100),
        ("Déduction de 10 %", -3100),
        ("Revenu net imposable", f["rfr"]),
        ("Impôt sur le revenu net", int(f["rfr"] * 0.06)),
        ("Prélèvement à la source déjà versé", -int(f["rfr"] * 0.06)),
        ("Reste à payer", 0),
    )
    for label, value in rows:
        s.text(16, y, label, 10, "sans")
        s.text(194, y, f"{value:,} €".replace(",", " "), 10, "sans", align="right")
        s.line(14, y + 2, 196, y + 2, LIGHT, 0.2)
        y += 7
    s.para(
        14,
        y + 8,
        182,
        "Votre avis d'impôt est disponible dans votre espace particulier sur impots.gouv.fr. Conservez-le "
        ": il peut vous être demandé pour bénéficier de certaines prestations.",
        9,
        "sans",
        color=GREY,
    )

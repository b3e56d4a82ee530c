"""Documents of no contract kind (``other``): what people put in the folder by mistake.

A supermarket till receipt (*ticket de caisse*) scanned on an A4 flatbed, a gym's welcome letter
addressed to the person (subscription, monthly direct debit), and a mobile operator's flyer
(5G plan per month). Each shares words with a real kind (total, TVA, abonnement, mensualité,
par mois) so that it tests the classifier's restraint, not only its recall.
"""

from __future__ import annotations

from datetime import date

import pymupdf

from .people import Address, Person, date_fr, date_num
from .render import BLACK, GREY, LIGHT, Sheet
from .spec import DocSpec

OTHER_STYLES = ("ticket", "gym", "phone_ad")

SHOP = ("MARCHÉ DU COIN", "Supermarché de proximité", Address("41 rue Paul-Bert", "69003", "Lyon"))
GYM = ("Forme & Vous", "Club de remise en forme", Address("8 rue de la Charité", "69002", "Lyon"))
OPERATOR = ("Onde Mobile", "www.onde-mobile.example")

TICKET_ITEMS = (
    ("BAGUETTE TRADITION", 1.30),
    ("LAIT DEMI-ECREME 1L", 1.15),
    ("POMMES GOLDEN VRAC", 2.84),
    ("CAFE MOULU 250G", 3.49),
    ("YAOURTS NATURE X8", 2.10),
    ("PATES FUSILLI 500G", 0.95),
    ("EAU MINERALE 6X1,5L", 2.99),
    ("LESSIVE LIQUIDE 2L", 7.45),
)


def other_spec(person: Person, key: str, style: str, issued: date) -> DocSpec:
    """A document of kind ``other`` in one of ``OTHER_STYLES``; only the gym letter names a holder."""
    if style not in OTHER_STYLES:
        raise ValueError(f"unknown style {style!r} (expected one of {', '.join(OTHER_STYLES)})")
    fields: dict[str, object] = {"style": style, "language": "fr"}
    if style == "gym":
        fields["holder"] = person.full
    return DocSpec(key, "other", person, issued, style, fields)


def build_other(doc: pymupdf.Document, spec: DocSpec) -> None:
    """Draw the ``other`` document of the spec's style."""
    style = spec.fields["style"]
    if style == "ticket":
        _ticket(doc, spec)
    elif style == "gym":
        _gym_letter(doc, spec)
    else:
        _phone_ad(doc, spec)


def _euro(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _ticket(doc: pymupdf.Document, spec: DocSpec) -> None:
    """An 80 mm till receipt lying near the top left of an A4 scanner glass."""
    name, tagline, address = SHOP
    s = Sheet(doc)
    x, w = 24.0, 72.0
    s.rect(x - 4, 12, w + 8, 168, stroke=LIGHT, width=0.3)
    y = s.lines(x + w / 2, 22, [name], 13, "mono", align="center")
    shop_lines = [tagline, address.street, f"{address.postcode} {address.city}"]
    y = s.lines(x + w / 2, y, shop_lines, 8.5, "mono", align="center")
    phone = f"Tél. 04 78 {spec.digits(2)} {spec.digits(2, 'b')} {spec.digits(2, 'c')}"
    y = s.lines(x + w / 2, y + 1, [phone], 8.5, "mono", align="center")
    s.line(x, y, x + w, y, GREY, 0.2)
    y += 5
    total = 0.0
    for label, price in TICKET_ITEMS:
        s.text(x, y, label, 8.5, "mono")
        s.text(x + w, y, _euro(price) + " €", 8.5, "mono", align="right")
        total += price
        y += 4.3
    s.line(x, y - 1.5, x + w, y - 1.5, GREY, 0.2)
    y += 3
    s.text(x, y, f"{len(TICKET_ITEMS)} ARTICLES", 8.5, "mono")
    s.text(x, y + 6, "TOTAL TTC", 12, "mono")
    s.text(x + w, y + 6, _euro(total) + " €", 12, "mono", align="right")
    y += 13
    s.text(x, y, "CB SANS CONTACT", 8.5, "mono")
    s.text(x + w, y, _euro(total) + " €", 8.5, "mono", align="right")
    y += 7
    vat = total - total / 1.055
    for label, value in (("TVA 5,5 %", vat), ("HT", total - vat)):
        s.text(x, y, label, 8, "mono", GREY)
        s.text(x + w, y, _euro(value) + " €", 8, "mono", GREY, align="right")
        y += 4
    y += 3
    s.text(x, y, f"{date_num(spec.issued)}  18:42  CAISSE 03", 8.5, "mono")
    s.text(x, y + 4.5, f"TICKET N° {spec.digits(6, 't')}", 8.5, "mono")
    s.text(x + w / 2, y + 13, "MERCI DE VOTRE VISITE", 9, "mono", align="center")
    s.text(x + w / 2, y + 18, "A BIENTOT", 9, "mono", align="center")


def _gym_letter(doc: pymupdf.Document, spec: DocSpec) -> None:
    """A welcome letter with the membership terms (monthly direct debit, badge, opening hours)."""
    p = spec.person
    name, tagline, address = GYM
    color = (0.85, 0.35, 0.05)
    s = Sheet(doc)
    s.logo(20, 14, 16, 0, color, "FV")
    s.text(40, 22, name, 16, "sansb", color)
    s.lines(40, 28, [tagline, address.oneline()], 9, "sans", color=GREY)
    s.lines(120, 50, [f"{p.civility} {p.full}", *p.address.lines()], 11, "sans")
    s.text(120, 80, f"{address.city}, le {date_fr(spec.issued)}", 10.5, "sans")
    s.text(20, 96, "Objet : bienvenue au club", 11, "sansb")
    body = (
        f"{'Chère' if p.feminine else 'Cher'} {p.given_names[0]},",
        "Toute l'équipe de Forme & Vous est heureuse de vous compter parmi ses adhérents. Votre "
        "abonnement Liberté vous donne accès à la salle de musculation, aux cours collectifs et au "
        "sauna, 7 jours sur 7, de 6 h à 23 h.",
        f"Votre badge d'accès (n° {spec.digits(8, 'badge')}) est à retirer à l'accueil. La mensualité "
        "de 29,90 € sera prélevée le 5 de chaque mois ; vous pouvez résilier à tout moment avec un "
        "préavis d'un mois.",
        "Un coach vous attend pour votre bilan forme offert : réservez votre créneau sur "
        "l'application ou à l'accueil.",
        "Sportivement,",
    )
    y = 108.0
    for paragraph in body:
        y = s.para(20, y, 170, paragraph, 11, "sans") + 1.5
    s.text(120, y + 6, "Sandrine VIDAL, directrice du club", 10.5, "sans")
    s.signature(122, y + 9, 36, 12, spec.seed)
    s.line(20, 278, 190, 278, LIGHT, 0.3)
    footer = f"{name} SARL — {address.oneline()} — www.forme-et-vous.example"
    s.text(105, 284, footer, 7.5, "sans", GREY, align="center")


def _phone_ad(doc: pymupdf.Document, spec: DocSpec) -> None:
    """A one-page flyer: big price, plan details, small legal print."""
    name, web = OPERATOR
    color = (0.45, 0.1, 0.6)
    s = Sheet(doc)
    s.rect(0, 0, 210, 62, stroke=None, fill=color)
    s.text(105, 26, name.upper(), 28, "sansb", (1, 1, 1), align="center")
    s.text(105, 42, "OFFRE SPÉCIALE RENTRÉE", 16, "sansb", (1, 1, 1), align="center")
    s.text(105, 92, "Forfait 5G 100 Go", 26, "sansb", BLACK, align="center")
    s.text(105, 122, "9,99 €/mois", 40, "sansb", color, align="center")
    s.text(105, 134, "pendant 12 mois, puis 19,99 €/mois", 12, "sans", GREY, align="center")
    y = 152.0
    for line in (
        "Appels et SMS illimités en France métropolitaine",
        "100 Go d'internet mobile en 5G, dont 15 Go en Europe",
        "Sans engagement · carte SIM ou eSIM offerte",
        "Changez d'opérateur en gardant votre numéro",
    ):
        s.circle(40, y - 1.4, 1.3, stroke=None, fill=color)
        s.text(45, y, line, 13, "sans")
        y += 10
    s.rect(40, y + 4, 130, 16, stroke=None, fill=color, radius=4)
    s.text(105, y + 14.5, f"Souscrivez sur {web}", 13, "sansb", (1, 1, 1), align="center")
    s.para(
        20,
        262,
        170,
        f"Offre valable jusqu'au {date_num(spec.issued.replace(day=28))} pour toute nouvelle souscription, "
        "réservée aux particuliers. Prix TTC. Au-delà de 100 Go, débit réduit. Voir conditions en "
        f"boutique et sur {web}. {name} SAS au capital de 1 000 000 €.",
        7.5,
        "sans",
        color=GREY,
    )

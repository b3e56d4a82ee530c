# ruff: noqa: PLR0917
"""Livret de famille photocopies and the child attachment form (cerfa 14445*02, S3705a)."""

from __future__ import annotations

from common import (
    BLACK,
    BLUE,
    GREY,
    INK,
    LIGHT,
    STAMP,
    WHITE,
    Canvas,
    Doc,
    long,
    num,
    signature,
    stamp,
)

ORDINALS = ["Premier", "Deuxième", "Troisième", "Quatrième"]
PAGES = ((22, 24), (152, 24))  # top-left corners of the two booklet pages on the copy
PW, PH = 123, 166


def _spread(doc: Doc) -> Canvas:
    """A photocopier glass: dark surround, two booklet pages and the gutter shadow."""
    c = doc.page(297, 210)
    c.rect(0, 0, 297, 210, None, (0.38, 0.38, 0.38))
    for x, y in PAGES:
        c.rect(x, y, x + PW, y + PH, None, (0.97, 0.97, 0.96))
        c.rect(x + 3, y + 3, x + PW - 3, y + PH - 3, (0.55, 0.6, 0.7), None, 0.3)
    c.rect(145, 24, 152, 190, None, (0.7, 0.7, 0.7))
    return c


def _val(c: Canvas, x: float, y: float, s: str, style: str) -> None:
    if style == "hand":
        c.hand(x, y, s, 10.5)
    elif style == "type":
        c.text(x, y, s, 9, "mono")
    else:
        c.text(x, y, s, 9, "sansb")


def _spouses(c: Canvas, x: float, y: float, p: dict, style: str) -> None:
    c.text(x + PW / 2, y + 12, "EXTRAIT DE L'ACTE DE MARIAGE", 9.5, "serifb", BLUE, "c")
    c.text(x + 8, y + 22, "Mariage célébré le", 7.5, "serif", GREY)
    _val(c, x + 38, y + 22, long(p["married"]), style)
    c.text(x + 8, y + 29, "à", 7.5, "serif", GREY)
    _val(c, x + 14, y + 29, p["married_at"], style)
    yy = y + 40
    for title, sp in (("ÉPOUX", p["spouse1"]), ("ÉPOUSE", p["spouse2"])):
        c.text(x + 8, yy, title, 8.5, "serifb", BLUE)
        yy += 7
        for label, value in (
            ("Nom", sp["surname"]),
            ("Prénoms", sp["given"]),
            ("né(e) le", num(sp["birth"])),
            ("à", sp["birthplace"]),
            ("fils / fille de", sp["parents"]),
        ):
            c.text(x + 8, yy, label, 7.5, "serif", GREY)
            _val(c, x + 32, yy, value, style)
            yy += 6.5
        yy += 4
    c.text(x + 8, yy, "Contrat de mariage :", 7.5, "serif", GREY)
    _val(c, x + 40, yy, "sans contrat", style)
    c.text(x + 8, y + PH - 22, f"Délivré le {num(p['issue'])}", 7.5, "serif")
    c.text(x + 8, y + PH - 17, "L'officier de l'état civil", 7.5, "serifi")
    stamp(c, x + 95, y + PH - 22, 12, ["MAIRIE", p["town"].upper()[:16], "ÉTAT CIVIL"])
    signature(c, x + 40, y + PH - 9, 22)


def _child(c: Canvas, x: float, y: float, i: int, ch: dict, p: dict, style: str) -> None:
    c.text(x + PW / 2, y + 12, f"{ORDINALS[i].upper()} ENFANT", 9.5, "serifb", BLUE, "c")
    c.text(x + PW / 2, y + 18, "Extrait de l'acte de naissance", 7.5, "serifi", GREY, "c")
    yy = y + 32
    for label, value in (
        ("Nom", ch["surname"]),
        ("Prénom(s)", ch["given"]),
        ("Sexe", "masculin" if ch["sex"] == "M" else "féminin"),
        ("né(e) le", long(ch["birth"])),
        ("à", ch["birthplace"]),
        ("Acte n°", ch["act"]),
    ):
        c.text(x + 8, yy, label, 7.5, "serif", GREY)
        _val(c, x + 30, yy, value, style)
        c.line(x + 30, yy + 1.3, x + PW - 8, yy + 1.3, LIGHT, 0.15)
        yy += 9
    c.text(x + 8, yy + 4, f"Délivré le {num(ch['registered'])}", 7.5, "serif")
    c.text(x + 8, yy + 9, "L'officier de l'état civil", 7.5, "serifi")
    town = ch["birthplace"].split(" (")[0].upper()[:12]
    stamp(c, x + 95, yy + 10, 11, ["OFPRA", "ÉTAT CIVIL"] if p.get("ofpra") else ["ÉTAT CIVIL", town])
    signature(c, x + 40, yy + 20, 20)
    c.line(x + 8, y + PH - 30, x + PW - 8, y + PH - 30, GREY, 0.2)
    c.text(x + 8, y + PH - 22, "DÉCÈS", 7.5, "serifb", GREY)
    c.text(
        x + 8,
        y + PH - 15,
        "Décédé(e) le ..................................... à ..............................",
        7,
        "serif",
        GREY,
    )


def _cover(c: Canvas, x: float, y: float, p: dict, style: str) -> None:
    c.text(x + PW / 2, y + 20, "RÉPUBLIQUE FRANÇAISE", 9, "serifb", align="c")
    c.text(x + PW / 2, y + 40, "LIVRET DE FAMILLE", 14, "serifb", BLUE, "c")
    c.text(x + 10, y + 62, "Commune de", 8, "serif", GREY)
    _val(c, x + 34, y + 62, p["town"], style)
    c.text(x + 10, y + 80, "Époux ou père :", 8, "serif", GREY)
    _val(c, x + 14, y + 88, f"{p['spouse1']['surname']} {p['spouse1']['given']}", style)
    c.text(x + 10, y + 102, "Épouse ou mère :", 8, "serif", GREY)
    _val(c, x + 14, y + 110, f"{p['spouse2']['surname']} {p['spouse2']['given']}", style)
    c.text(x + 10, y + 128, "Délivré le", 8, "serif", GREY)
    _val(c, x + 30, y + 128, num(p["issue"]), style)
    stamp(c, x + 95, y + 140, 12, ["MAIRIE", p["town"].upper()[:16]])


def livret_mairie(doc: Doc, p: dict) -> None:
    """Town hall livret, typewritten: spouses page, then one page per child."""
    pages: list[tuple[str, int]] = [("spouses", 0)] + [("child", i) for i in range(len(p["children"]))]
    for k in range(0, len(pages), 2):
        c = _spread(doc)
        for (x, y), (what, i) in zip(PAGES, pages[k : k + 2], strict=False):
            if what == "spouses":
                _spouses(c, x, y, p, "type")
            else:
                _child(c, x, y, i, p["children"][i], p, "type")
            c.text(x + PW / 2, y + PH - 4, str(k + 3 + (x > 100)), 6.5, "serif", GREY, "c")


def livret_hand(doc: Doc, p: dict) -> None:
    """Older livret filled by hand: first page with the parents, then the children."""
    pages: list[tuple[str, int]] = [("cover", 0)] + [("child", i) for i in range(len(p["children"]))]
    for k in range(0, len(pages), 2):
        c = _spread(doc)
        for (x, y), (what, i) in zip(PAGES, pages[k : k + 2], strict=False):
            if what == "cover":
                _cover(c, x, y, p, "hand")
            else:
                _child(c, x, y, i, p["children"][i], p, "hand")


def livret_ofpra(doc: Doc, p: dict) -> None:
    """Livret established by OFPRA for a protected family: parents page and children pages."""
    pages: list[tuple[str, int]] = [("parents", 0)] + [("child", i) for i in range(len(p["children"]))]
    p = dict(p, ofpra=True)
    for k in range(0, len(pages), 2):
        c = _spread(doc)
        for (x, y), (what, i) in zip(PAGES, pages[k : k + 2], strict=False):
            if what != "parents":
                _child(c, x, y, i, p["children"][i], p, "print")
                continue
            c.text(x + PW / 2, y + 11, "OFFICE FRANÇAIS DE PROTECTION", 7.5, "sansb", BLUE, "c")
            c.text(x + PW / 2, y + 15.5, "DES RÉFUGIÉS ET APATRIDES", 7.5, "sansb", BLUE, "c")
            c.text(x + PW / 2, y + 25, "LIVRET DE FAMILLE", 11, "sansb", align="c")
            c.text(x + PW / 2, y + 30, "établi au vu des actes reconstitués", 7, "sansi", GREY, "c")
            yy = y + 42
            for title, sp in (("PÈRE", p["spouse1"]), ("MÈRE", p["spouse2"])):
                c.text(x + 8, yy, title, 8, "sansb", BLUE)
                yy += 6.5
                for label, value in (
                    ("Nom", sp["surname"]),
                    ("Prénoms", sp["given"]),
                    ("Né(e) le", num(sp["birth"])),
                    ("à", sp["birthplace"]),
                ):
                    c.text(x + 8, yy, label, 7.5, "sans", GREY)
                    _val(c, x + 28, yy, value, "print")
                    yy += 6.5
                yy += 5
            c.text(x + 8, yy, f"Union : {p['union']}", 7.5, "sans")
            c.text(x + 8, y + PH - 20, f"Fontenay-sous-Bois, le {num(p['issue'])}", 7.5, "sans")
            c.text(x + 8, y + PH - 15, "Le chef de la division de la protection", 7, "sansi")
            stamp(c, x + 98, y + PH - 22, 12, ["OFPRA", "ÉTAT CIVIL"], STAMP)
            signature(c, x + 50, y + PH - 8, 20)


# ---------------------------------------------------------------- S3705a


def _check(c: Canvas, x: float, y: float, on: bool, style: str) -> None:
    c.rect(x, y - 3, x + 3.2, y + 0.2, BLACK, WHITE, 0.2)
    if on:
        if style == "hand":
            c.polyline([(x + 0.3, y - 1.6), (x + 1.3, y - 0.2), (x + 3.8, y - 4.2)], INK, 0.4)
        else:
            c.text(x + 1.6, y - 0.4, "X", 8, "sansb", BLACK, "c")


def _form_head(c: Canvas, version: str) -> None:
    c.rect(14, 10, 60, 26, None, (0.0, 0.33, 0.62))
    c.text(37, 17, "l'Assurance", 9, "sansb", WHITE, "c")
    c.text(37, 22.5, "Maladie", 9, "sansb", WHITE, "c")
    c.rect(164, 10, 196, 22, BLACK, None, 0.4)
    c.text(180, 16, "cerfa", 9.5, "sansb", align="c")
    c.text(180, 20.5, "N° 14445*02", 6.5, "sans", align="c")
    c.text(196, 27, "S 3705a", 7, "sans", GREY, "r")
    c.text(105, 38, "DEMANDE DE RATTACHEMENT DES ENFANTS MINEURS", 11.5, "sansb", align="c")
    c.text(105, 43.5, "à l'un ou aux deux parents assurés", 9.5, "sansb", align="c")
    c.text(105, 48.5, f"Assurance maladie, maternité - {version}", 7.5, "sansi", GREY, "c")


def _parent(c: Canvas, y: float, n: int, pa: dict | None, style: str) -> float:
    c.rect(14, y, 196, y + 6.5, None, (0.85, 0.9, 0.96))
    c.text(16, y + 4.7, f"ASSURÉ(E) {n}", 8.5, "sansb", (0.0, 0.33, 0.62))
    y += 13
    for label, key in (("Nom de famille (de naissance)", "surname"), ("Prénom(s)", "given")):
        c.text(16, y, label, 7.5, "sans", GREY)
        if pa:
            _val(c, 68, y, pa[key], style)
        c.line(68, y + 1.2, 194, y + 1.2, LIGHT, 0.2)
        y += 8
    c.text(16, y, "N° d'immatriculation", 7.5, "sans", GREY)
    for i in range(15):
        c.rect(68 + i * 5.6, y - 4.5, 73 + i * 5.6, y + 1, GREY, None, 0.2)
        nir = pa["nir"] if pa else ""
        if i < len(nir) and nir[i] != " ":
            if style == "hand":
                c.hand(69 + i * 5.6, y - 0.4, nir[i], 10)
            else:
                c.text(70.5 + i * 5.6, y - 0.6, nir[i], 8.5, "mono", align="c")
    y += 8
    c.text(16, y, "Adresse", 7.5, "sans", GREY)
    if pa:
        _val(c, 68, y, pa["address"], style)
    c.line(68, y + 1.2, 194, y + 1.2, LIGHT, 0.2)
    return y + 9


def attachment_form(doc: Doc, p: dict) -> None:
    """Current form: parents first, then up to three children with a choice of parent each."""
    style = p["style"]
    c = doc.page()
    _form_head(c, "volet 1 à adresser à votre caisse")
    y = _parent(c, 56, 1, p["parent1"], style)
    y = _parent(c, y + 2, 2, p.get("parent2"), style)
    c.rect(14, y + 2, 196, y + 8.5, None, (0.85, 0.9, 0.96))
    c.text(16, y + 6.7, "ENFANT(S) À RATTACHER (moins de 18 ans)", 8.5, "sansb", (0.0, 0.33, 0.62))
    y += 16
    for i in range(3):
        ch = p["children"][i] if i < len(p["children"]) else None
        c.text(16, y, f"Enfant {i + 1}", 8, "sansb")
        c.text(36, y, "Nom", 7.5, "sans", GREY)
        c.text(110, y, "Prénom", 7.5, "sans", GREY)
        if ch:
            _val(c, 45, y, ch["surname"], style)
            _val(c, 122, y, ch["given"], style)
        y += 8
        c.text(36, y, "Date de naissance", 7.5, "sans", GREY)
        if ch:
            _val(c, 62, y, num(ch["birth"]), style)
        c.text(110, y, "Rattaché à :", 7.5, "sans", GREY)
        for j, label in enumerate(("assuré 1", "assuré 2", "les deux")):
            _check(c, 128 + j * 22, y, bool(ch) and ch.get("to", 0) == j, style)
            c.text(132.5 + j * 22, y, label, 7, "sans")
        y += 4
        c.line(16, y, 194, y, LIGHT, 0.2)
        y += 7
    y = c.wrap(
        16,
        y + 2,
        178,
        "Joindre la copie du livret de famille ou de l'acte de naissance de chaque enfant. "
        "Les données recueillies sont destinées à votre caisse d'assurance maladie.",
        7,
        "sansi",
    )
    c.text(16, y + 6, "Fait à", 8, "sans", GREY)
    _val(c, 28, y + 6, p["city"], style)
    c.text(90, y + 6, "le", 8, "sans", GREY)
    _val(c, 96, y + 6, num(p["issue"]), style)
    c.text(16, y + 16, "Signature de l'assuré(e) 1", 7.5, "sans", GREY)
    c.text(110, y + 16, "Signature de l'assuré(e) 2", 7.5, "sans", GREY)
    signature(c, 22, y + 28, 26)
    if p.get("parent2"):
        signature(c, 116, y + 28, 24)


def attachment_old(doc: Doc, p: dict) -> None:
    """Older two-part version: children grid at the top, one insured parent, a tear-off slip."""
    style = p["style"]
    c = doc.page()
    _form_head(c, "ayants droit mineurs")
    c.text(16, 60, "1. Identification des enfants", 9.5, "sansb")
    heads = (("Nom", 16), ("Prénom(s)", 76), ("Date de naissance", 126), ("Lien", 166))
    y = 64
    c.rect(14, y, 196, y + 7, BLACK, LIGHT, 0.25)
    for h, x in heads:
        c.text(x, y + 5, h, 8, "sansb")
    y += 7
    for i in range(4):
        c.rect(14, y, 196, y + 9, BLACK, None, 0.25)
        for _, x in heads[1:]:
            c.line(x - 2, y, x - 2, y + 9, BLACK, 0.25)
        if i < len(p["children"]):
            ch = p["children"][i]
            _val(c, 16, y + 6.5, ch["surname"], style)
            _val(c, 76, y + 6.5, ch["given"], style)
            _val(c, 126, y + 6.5, num(ch["birth"]), style)
            _val(c, 166, y + 6.5, "fils" if ch["sex"] == "M" else "fille", style)
        y += 9
    c.text(16, y + 12, "2. Assuré(e) auquel (à laquelle) les enfants sont rattachés", 9.5, "sansb")
    y = _parent(c, y + 16, 1, p["parent1"], style)
    c.text(16, y + 4, "Je demande le rattachement des enfants ci-dessus en qualité d'ayants droit.", 8)
    c.text(16, y + 13, f"Fait à {'.' * 5}", 8, "sans", GREY)
    _val(c, 30, y + 13, p["city"], style)
    c.text(90, y + 13, "le", 8, "sans", GREY)
    _val(c, 96, y + 13, num(p["issue"]), style)
    signature(c, 140, y + 16, 28)
    y += 30
    for x in range(14, 196, 4):
        c.line(x, y, x + 2, y, GREY, 0.25)
    c.text(16, y + 9, "Volet 2 - à conserver par l'assuré(e)", 8.5, "sansb", GREY)
    c.text(
        16,
        y + 16,
        f"Demande de rattachement de {len(p['children'])} enfant(s) déposée le .......................",
        8,
        "sans",
        GREY,
    )

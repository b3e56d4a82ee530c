"""Provisional stay documents: récépissés (also "reconnu réfugié"), APS, ANEF attestations."""

from __future__ import annotations

from common import (
    BLACK,
    BLUE,
    GREY,
    LIGHT,
    RED,
    WHITE,
    Doc,
    marianne,
    num,
    photo,
    qr,
    signature,
    stamp,
    text_width,
)


def recepisse(doc: Doc, p: dict) -> None:
    """The pink three-panel récépissé, photocopied flat (landscape)."""
    c = doc.page(297, 210)
    pink = (0.98, 0.9, 0.92)
    c.rect(6, 6, 291, 204, None, pink)
    for x in (100, 197):
        c.line(x, 6, x, 204, GREY, 0.3)
    # panel 1: authority and identity
    c.text(53, 18, "RÉPUBLIQUE FRANÇAISE", 9, "sansb", BLUE, "c")
    c.text(53, 24, f"PRÉFECTURE {p['pref_de']}", 7.5, "sans", align="c")
    c.text(53, 38, "RÉCÉPISSÉ", 15, "serifb", align="c")
    c.text(53, 45, "DE DEMANDE DE", 9, "serif", align="c")
    c.text(53, 51, "CARTE DE SÉJOUR", 11, "serifb", align="c")
    c.text(53, 61, p["request"], 9.5, "serifi", align="c")
    c.text(12, 80, "N° étranger", 7, "sans", GREY)
    c.text(12, 86, p["agdref"], 11, "mono")
    c.text(12, 98, "N° du récépissé", 7, "sans", GREY)
    c.text(12, 104, p["receipt_no"], 10, "mono")
    c.wrap(
        12,
        124,
        82,
        "Le présent récépissé, accompagné du passeport ou d'un document d'identité, justifie de la "
        "régularité du séjour de son titulaire pendant sa durée de validité.",
        7.5,
        "serifi",
    )
    # panel 2: photo and identity
    photo(c, 108, 16, 138, 56, p["tone"])
    y = 22
    for label, value in (
        ("Nom", p["surname"]),
        ("Prénom(s)", p["given"]),
        ("Né(e) le", num(p["birth"])),
        ("à", p["birthplace"]),
        ("Nationalité", p["nationality"]),
    ):
        c.text(143, y, label, 7, "sans", GREY)
        c.text(143, y + 4.5, value, 9, "sansb")
        y += 10.5
    c.text(106, 76, "Adresse :", 7.5, "sans", GREY)
    c.text(106, 82, p["address"][0], 9, "serif")
    c.text(106, 87, p["address"][1], 9, "serif")
    c.text(106, 102, "Mention :", 7.5, "sans", GREY)
    c.rect(106, 105, 191, 117, BLACK, WHITE, 0.3)
    size = 10.0
    while text_width(p["mention"], size, "sansb") > 80:
        size -= 0.5
    c.text(148.5, 113, p["mention"], size, "sansb", align="c")
    if p.get("work", True):
        c.text(106, 128, "AUTORISE SON TITULAIRE À TRAVAILLER", 8.5, "sansb", RED)
    else:
        c.text(106, 128, "N'AUTORISE PAS SON TITULAIRE À TRAVAILLER", 8.5, "sansb", RED)
    c.text(106, 190, "Signature du titulaire :", 7, "sans", GREY)
    signature(c, 140, 194, 24)
    # panel 3: validity
    c.text(244, 22, "VALIDITÉ", 12, "sansb", align="c")
    c.text(204, 40, "Délivré le", 9, "serif")
    c.text(240, 40, num(p["issue"]), 11, "serifb")
    c.text(204, 52, "Valable jusqu'au", 9, "serif")
    c.text(240, 52, num(p["expiry"]), 12, "serifb")
    c.text(204, 70, f"{p['pref_city']}, le {num(p['issue'])}", 8.5, "serif")
    c.text(204, 76, "Pour le préfet,", 8.5, "serifi")
    stamp(c, 230, 100, 15, ["PRÉFECTURE", p["pref_short"], "SÉJOUR"])
    signature(c, 250, 104, 28)
    c.text(204, 140, "Prorogation", 9, "sansb", GREY)
    c.rect(204, 144, 285, 180, GREY, None, 0.3)
    c.text(208, 152, "du ....................... au .......................", 8, "serif", GREY)


def aps(doc: Doc, p: dict) -> None:
    """An autorisation provisoire de séjour printed on A4 by the prefecture."""
    c = doc.page()
    marianne(c, 15, 14, [f"PRÉFECTURE {p['pref_de']}", "Direction des étrangers", "Section séjour"], 7)
    photo(c, 160, 16, 192, 56, p["tone"])
    c.text(105, 80, "AUTORISATION PROVISOIRE DE SÉJOUR", 15, "sansb", align="c")
    c.text(105, 88, f"({p['basis']})", 9, "sansi", align="c")
    c.rect(15, 96, 195, 160, GREY, None, 0.3)
    y = 106
    for label, value in (
        ("NOM", p["surname"]),
        ("PRÉNOM(S)", p["given"]),
        ("DATE ET LIEU DE NAISSANCE", f"{num(p['birth'])} à {p['birthplace']}"),
        ("NATIONALITÉ", p["nationality"]),
        ("N° ÉTRANGER", p["agdref"]),
        ("ADRESSE", f"{p['address'][0]}, {p['address'][1]}"),
    ):
        c.text(20, y, label, 7.5, "sans", GREY)
        c.text(75, y, value, 10, "sansb")
        y += 9
    c.rect(15, 168, 195, 186, None, LIGHT)
    c.text(20, 179.5, f"Valable du {num(p['issue'])} au {num(p['expiry'])}", 12, "sansb")
    c.text(190, 179.5, p["work_note"], 8.5, "sansi", align="r")
    y = 198
    y = c.wrap(
        15,
        y,
        180,
        "Cette autorisation est délivrée à titre provisoire. Elle ne préjuge pas de la décision qui sera "
        "prise sur une demande ultérieure de titre de séjour et doit être présentée avec un passeport.",
        8.5,
    )
    c.text(120, 222, f"Fait à {p['pref_city']}, le {num(p['issue'])}", 9.5)
    c.text(120, 228, "Le préfet, pour le préfet,", 9, "sansi")
    stamp(c, 135, 250, 14, ["PRÉFECTURE", p["pref_short"], "ÉTRANGERS"])
    signature(c, 152, 254, 30)
    c.text(15, 288, f"APS n° {p['receipt_no']}", 7.5, "mono", GREY)


def anef(doc: Doc, p: dict) -> None:
    """The ANEF attestation de prolongation d'instruction, downloaded as a PDF."""
    c = doc.page()
    marianne(c, 15, 12, [])
    c.text(195, 22, "Administration numérique", 9, "sansb", BLUE, "r")
    c.text(195, 27, "pour les étrangers en France", 9, "sansb", BLUE, "r")
    c.text(195, 34, "ANEF", 8, "sans", GREY, "r")
    c.rect(15, 58, 195, 78, None, (0.91, 0.93, 0.98))
    c.text(105, 66, "ATTESTATION DE PROLONGATION DE L'INSTRUCTION", 12, "sansb", BLUE, "c")
    c.text(105, 73, "d'une demande de titre de séjour", 10.5, "sans", BLUE, "c")
    y = 92
    for label, value in (
        ("Nom", p["surname"]),
        ("Prénom(s)", p["given"]),
        ("Date de naissance", num(p["birth"])),
        ("Nationalité", p["nationality"]),
        ("Numéro étranger", p["agdref"]),
        ("Numéro de demande", p["anef_no"]),
        ("Titre demandé", p["title"]),
        ("Nature de la demande", p["request"]),
    ):
        c.text(20, y, label, 9, "sans", GREY)
        c.text(75, y, value, 10, "sansb")
        y += 8
    qr(c, 160, 90, 30, 29)
    y += 6
    y = c.wrap(
        20,
        y,
        170,
        f"La demande a été déposée en ligne le {num(p['filed'])}. Son instruction se poursuit au-delà de "
        "la date d'expiration du document de séjour détenu. La présente attestation, accompagnée de ce "
        "document, permet de justifier de la régularité du séjour"
        + (" et autorise à travailler" if p.get("work", True) else "")
        + " jusqu'à la date indiquée ci-dessous.",
        9.5,
        "sans",
        1.5,
    )
    c.rect(20, y + 4, 190, y + 26, BLUE, None, 0.5)
    c.text(28, y + 13, "Date de délivrance :", 9.5)
    c.text(75, y + 13, num(p["issue"]), 10.5, "sansb")
    c.text(28, y + 21, "Valable jusqu'au :", 9.5)
    c.text(75, y + 21, num(p["expiry"]), 10.5, "sansb", RED)
    c.text(
        20,
        y + 38,
        f"Préfecture compétente : préfecture {p['pref_lc']}",
        9,
        "sans",
    )
    c.text(20, y + 46, "Authenticité vérifiable en scannant le code ci-dessus.", 8, "sansi", GREY)
    c.line(15, 280, 195, 280, LIGHT)
    c.text(15, 285, f"Document généré le {num(p['issue'])} - {p['anef_no']}", 7, "sans", GREY)
    c.text(195, 285, "1/1", 7, "sans", GREY, "r")

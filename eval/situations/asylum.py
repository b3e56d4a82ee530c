# ruff: noqa: E501
"""Asylum documents: attestations de demande d'asile, OFPRA and CNDA decisions.

Each layout takes a ``Doc`` and a dict ``p`` describing the person and the document.
"""

from __future__ import annotations

from common import (
    BLACK,
    BLUE,
    GREY,
    LIGHT,
    RED,
    STAMP,
    Doc,
    long,
    marianne,
    num,
    photo,
    signature,
    stamp,
)

PROCEDURES = {
    "normale": "PROCÉDURE NORMALE",
    "acceleree": "PROCÉDURE ACCÉLÉRÉE",
    "dublin": "PROCÉDURE DUBLIN",
}


def _civ(p: dict) -> str:
    return "M." if p["sex"] == "M" else "Mme"


def asylum_portrait(doc: Doc, p: dict) -> None:
    """Recent A4 portrait attestation: State block, photo left, identity grid, validity band."""
    c = doc.page()
    marianne(c, 15, 12, [f"PRÉFECTURE {p['pref_de']}", "Guichet unique pour demandeurs d'asile"])
    c.text(195, 20, f"N° étranger : {p['agdref']}", 9, "mono", align="r")
    c.text(105, 72, "ATTESTATION DE DEMANDE D'ASILE", 16, "sansb", align="c")
    c.rect(45, 77, 165, 86, BLACK, (0.93, 0.93, 0.93), 0.3)
    c.text(105, 83.5, PROCEDURES[p["procedure"]], 11, "sansb", align="c")
    sub = "Première délivrance" if p["renewal"] == 0 else f"Renouvellement n° {p['renewal']}"
    c.text(105, 92, sub, 9.5, "sansi", align="c")
    photo(c, 18, 100, 53, 145, p["tone"])
    x, y = 62, 106
    rows = [
        ("Nom", p["surname"]),
        ("Prénom(s)", p["given"]),
        ("Sexe", p["sex"]),
        ("Date de naissance", num(p["birth"])),
        ("Lieu de naissance", p["birthplace"]),
        ("Nationalité", p["nationality"]),
        ("Adresse / domiciliation", p["address"][0]),
        ("", p["address"][1]),
    ]
    for label, value in rows:
        c.text(x, y, label, 8.5, "sans", GREY)
        c.text(x + 45, y, value, 10, "sansb")
        y += 7
    c.line(15, 165, 195, 165, GREY)
    c.text(18, 175, "Date de délivrance :", 10)
    c.text(60, 175, num(p["issue"]), 11, "sansb")
    c.text(105, 175, "Valable jusqu'au :", 10)
    c.text(145, 175, num(p["expiry"]), 12, "sansb", RED)
    c.text(18, 184, f"Date d'enregistrement de la demande : {num(p['registered'])}", 9)
    y = 197
    for para in (
        "Ce document atteste de l'enregistrement d'une demande d'asile. Il permet à son titulaire de "
        "se maintenir sur le territoire français jusqu'à la date indiquée ; il ne constitue pas un titre "
        "de séjour et ne permet pas de franchir les frontières.",
        "Le titulaire doit en solliciter le renouvellement avant son expiration auprès de la préfecture "
        "qui l'a délivré et signaler tout changement d'adresse.",
    ):
        y = c.wrap(18, y, 174, para, 8.5, "sans") + 2
    c.text(125, 232, f"Fait à {p['pref_city']}, le {num(p['issue'])}", 9)
    c.text(125, 238, "Pour le préfet et par délégation,", 8.5, "sansi")
    stamp(c, 140, 258, 13, ["PRÉFECTURE", p["pref_short"], "Service asile"])
    signature(c, 158, 262, 28)
    c.text(18, 270, "Signature du titulaire :", 8, "sans", GREY)
    signature(c, 20, 282, 22)
    c.text(105, 292, f"Réf. GUDA {p['guda']} - page 1/1", 6.5, "mono", GREY, "c")


def asylum_booklet(doc: Doc, p: dict) -> None:
    """Folded landscape card: identity and photo on the left, renewal boxes on the right."""
    c = doc.page(297, 210)
    c.rect(8, 8, 289, 202, GREY, None, 0.4)
    c.line(148.5, 8, 148.5, 202, GREY, 0.3)
    # left panel
    c.rect(8, 8, 148.5, 24, None, (0.9, 0.92, 0.96))
    c.text(78, 15, "RÉPUBLIQUE FRANÇAISE", 9, "sansb", BLUE, "c")
    c.text(78, 21, "MINISTÈRE DE L'INTÉRIEUR", 7.5, "sans", BLUE, "c")
    c.text(78, 34, "ATTESTATION DE DEMANDE D'ASILE", 12.5, "serifb", align="c")
    c.text(78, 41, f"({PROCEDURES[p['procedure']].lower()})", 9.5, "serifi", align="c")
    photo(c, 14, 48, 46, 90, p["tone"])
    y = 53
    for label, value in (
        ("NOM", p["surname"]),
        ("Prénoms", p["given"]),
        ("Né(e) le", num(p["birth"])),
        ("à", p["birthplace"]),
        ("Nationalité", p["nationality"]),
        ("Sexe", p["sex"]),
    ):
        c.text(52, y, label, 7.5, "sans", GREY)
        c.text(75, y, value, 9.5, "serifb")
        y += 7
    c.text(14, 102, f"N° AGDREF : {p['agdref']}", 9, "mono")
    c.text(14, 110, "Adresse déclarée :", 8, "sans", GREY)
    c.text(14, 116, p["address"][0], 9, "serif")
    c.text(14, 121, p["address"][1], 9, "serif")
    c.text(14, 135, f"Délivrée par la préfecture {p['pref_lc']}", 8.5, "serif")
    c.text(14, 141, f"le {num(p['first_issue'])}", 8.5, "serif")
    c.text(14, 147, f"Valable du {num(p['first_issue'])} au {num(p['first_expiry'])}", 9, "serifb")
    c.wrap(
        14, 165, 128, "Ne vaut pas titre de séjour. Ne permet pas de voyager hors de France.", 7.5, "serifi"
    )
    c.text(14, 186, "Signature du titulaire", 7, "sans", GREY)
    signature(c, 16, 196, 24)
    # right panel: renewals
    c.text(218, 18, "RENOUVELLEMENTS", 11, "sansb", align="c")
    boxes = p["renewals"]
    for i in range(4):
        y0 = 24 + i * 44
        c.rect(154, y0, 283, y0 + 40, GREY, None, 0.3)
        c.text(157, y0 + 6, f"{i + 1}", 8, "sansb", GREY)
        if i < len(boxes):
            start, end = boxes[i]
            c.text(165, y0 + 12, f"Renouvelée le {num(start)}", 10, "serif")
            c.text(165, y0 + 21, "jusqu'au", 10, "serif")
            c.text(185, y0 + 21, num(end), 11.5, "serifb")
            stamp(c, 262, y0 + 20, 14, ["PRÉFECTURE", p["pref_short"], num(start)])
            signature(c, 168, y0 + 34, 26)


def asylum_letter(doc: Doc, p: dict) -> None:
    """Dense serif print-out with the person's data inside sentences (Dublin or renewal)."""
    c = doc.page()
    c.text(20, 20, "PRÉFET", 11, "serifb")
    c.text(20, 25.5, p["pref_de"], 9, "serif")
    c.text(20, 34, "Direction des migrations et de l'intégration", 7.5, "serifi", GREY)
    c.text(20, 38, "Bureau de l'asile", 7.5, "serifi", GREY)
    c.text(190, 24, f"Dossier {p['guda']}", 8.5, "mono", align="r")
    photo(c, 158, 32, 188, 72, p["tone"])
    c.text(20, 62, "ATTESTATION DE DEMANDE D'ASILE", 14, "serifb")
    c.text(20, 69, PROCEDURES[p["procedure"]], 10.5, "serifb", RED)
    c.line(20, 80, 190, 80, BLACK, 0.4)
    civ = _civ(p)
    ne = "né" if p["sex"] == "M" else "née"
    y = 92
    text = (
        f"Le préfet {p['pref_lc']} atteste que {civ} {p['surname']} {p['given']}, {ne} le "
        f"{long(p['birth'])} à {p['birthplace']}, de nationalité {p['nat_lc']}, "
        f"identifiant n° {p['agdref']}, a présenté une demande d'asile enregistrée le "
        f"{num(p['registered'])}."
    )
    y = c.wrap(20, y, 170, text, 10.5, "serif", 1.6) + 4
    if p["procedure"] == "dublin":
        text = (
            "L'examen de cette demande est susceptible de relever de la responsabilité d'un autre État "
            "membre (règlement (UE) n° 604/2013). L'intéressé(e) doit se présenter à chaque convocation."
        )
        y = c.wrap(20, y, 170, text, 10.5, "serif", 1.6) + 4
    y = c.wrap(20, y, 170, f"Domiciliation : {p['address'][0]}, {p['address'][1]}.", 10.5, "serif", 1.6) + 6
    c.rect(20, y, 190, y + 26, BLACK, LIGHT, 0.3)
    what = "Première attestation" if p["renewal"] == 0 else f"Attestation renouvelée ({p['renewal']})"
    c.text(25, y + 8, what, 10, "serifi")
    c.text(25, y + 19, f"valable du {num(p['issue'])} au {num(p['expiry'])} inclus", 12.5, "serifb")
    y += 38
    text = (
        "La présente attestation n'est pas un titre de séjour et n'autorise pas à circuler dans les "
        "autres États de l'Union européenne. Tout changement d'adresse doit être déclaré."
    )
    y = c.wrap(20, y, 170, text, 9, "serifi", 1.5)
    c.text(115, 230, f"{p['pref_city']}, le {long(p['issue'])}", 10, "serif")
    c.text(115, 236, "Le chef du bureau de l'asile", 9, "serifi")
    stamp(c, 135, 257, 14, ["PRÉFET", p["pref_short"], "BUREAU ASILE"], STAMP)
    signature(c, 150, 262, 30)
    c.text(20, 262, "Le titulaire", 8.5, "serif", GREY)
    signature(c, 22, 272, 20)
    c.text(105, 290, "1/1", 7, "serif", GREY, "c")


def ofpra_decision(doc: Doc, p: dict) -> None:
    """OFPRA decision letter granting refugee status or subsidiary protection."""
    c = doc.page()
    c.rect(20, 14, 40, 34, None, BLUE)
    c.text(30, 27, "OF", 11, "sansb", (1, 1, 1), "c")
    c.text(44, 21, "OFPRA", 14, "sansb", BLUE)
    c.text(44, 26.5, "Office français de protection", 7.5, "sans", BLUE)
    c.text(44, 30.5, "des réfugiés et apatrides", 7.5, "sans", BLUE)
    c.text(20, 42, "201 rue Carnot - 94136 Fontenay-sous-Bois Cedex", 7, "sans", GREY)
    c.text(190, 24, f"Dossier n° {p['ofpra_no']}", 9.5, "sansb", align="r")
    c.text(190, 30, f"Fontenay-sous-Bois, le {long(p['issue'])}", 9, "sans", align="r")
    c.text(120, 52, f"{_civ(p)} {p['given']} {p['surname']}", 10, "sansb")
    c.text(120, 57, p["address"][0], 9)
    c.text(120, 62, p["address"][1], 9)
    c.text(20, 80, "LETTRE RECOMMANDÉE AVEC AVIS DE RÉCEPTION", 7.5, "sans", GREY)
    refugee = p["protection"] == "refugee"
    title = (
        "DÉCISION D'ADMISSION AU STATUT DE RÉFUGIÉ"
        if refugee
        else "DÉCISION D'OCTROI DE LA PROTECTION SUBSIDIAIRE"
    )
    c.text(105, 95, title, 12.5, "sansb", align="c")
    c.text(105, 102, "Le directeur général de l'Office", 9.5, "sansi", align="c")
    ne = "né" if p["sex"] == "M" else "née"
    y = 116
    for para in (
        f"Vu la demande d'asile présentée le {num(p['registered'])} par {_civ(p)} {p['surname']} {p['given']}, "
        f"{ne} le {num(p['birth'])} à {p['birthplace']}, de nationalité {p['nat_lc']} ;",
        "Vu le code de l'entrée et du séjour des étrangers et du droit d'asile, livre V ;",
        f"Vu l'entretien personnel conduit le {num(p['interview'])} ;",
    ):
        y = c.wrap(20, y, 170, para, 9.5, "sans", 1.5) + 2
    c.text(105, y + 6, "DÉCIDE", 11, "sansb", align="c")
    y += 17
    art = (
        f"Article 1er : La qualité de réfugié est reconnue à {_civ(p)} {p['surname']} {p['given']}."
        if refugee
        else f"Article 1er : Le bénéfice de la protection subsidiaire est accordé à {_civ(p)} "
        f"{p['surname']} {p['given']}."
    )
    y = c.wrap(20, y, 170, art, 10, "sansb", 1.5) + 3
    y = c.wrap(
        20,
        y,
        170,
        "Article 2 : La présente décision sera notifiée à l'intéressé(e) et communiquée au préfet "
        "compétent, en vue de la délivrance d'un document de séjour.",
        9.5,
        "sans",
        1.5,
    )
    if not refugee:
        y = c.wrap(
            20,
            y + 3,
            170,
            "La présente décision peut faire l'objet d'un recours devant la Cour nationale du droit "
            "d'asile en tant qu'elle refuse la qualité de réfugié, dans le délai d'un mois.",
            8.5,
            "sansi",
            1.5,
        )
    c.text(120, 232, "Pour le directeur général", 9, "sansi")
    c.text(120, 237, "et par délégation, l'officier de protection", 9, "sansi")
    signature(c, 128, 252, 30, BLACK)
    c.text(120, 262, p["officer"], 9, "sans")
    c.line(20, 280, 190, 280, LIGHT)
    c.text(105, 285, "www.ofpra.gouv.fr", 7, "sans", GREY, "c")


def cnda_decision(doc: Doc, p: dict) -> None:
    """First and last page of a CNDA judgment annulling an OFPRA refusal."""
    c = doc.page()
    c.text(105, 22, "COUR NATIONALE DU DROIT D'ASILE", 13, "serifb", align="c")
    c.text(105, 34, f"N° {p['cnda_no']}", 11, "serifb", align="c")
    c.text(105, 42, "_______", 9, "serif", align="c")
    c.text(40, 56, f"{_civ(p)} {p['surname'].upper()} {p['given']}", 10.5, "serif")
    c.text(40, 68, f"{p['judge']}", 9.5, "serif")
    c.text(40, 73, "Président", 9, "serifi")
    c.text(40, 86, f"Audience du {long(p['hearing'])}", 9.5, "serif")
    c.text(40, 92, f"Lecture du {long(p['issue'])}", 9.5, "serif")
    c.text(150, 56, "RÉPUBLIQUE FRANÇAISE", 9.5, "serifb", align="c")
    c.text(150, 68, "AU NOM DU PEUPLE FRANÇAIS", 9.5, "serif", align="c")
    c.text(150, 80, "La Cour nationale du droit d'asile", 9.5, "serifi", align="c")
    ne = "né" if p["sex"] == "M" else "née"
    y = 110
    y = c.wrap(
        30,
        y,
        150,
        f"Vu la procédure suivante : par un recours enregistré le {num(p['appeal'])}, "
        f"{_civ(p)} {p['surname']}, {ne} le {num(p['birth'])}, de nationalité "
        f"{p['nat_lc']}, demande à la Cour d'annuler la décision du {num(p['ofpra_refusal'])} "
        "par laquelle le directeur général de l'OFPRA a rejeté sa demande d'asile.",
        10,
        "serif",
        1.6,
    )
    c.text(105, y + 10, "DÉCIDE :", 10.5, "serifb", align="c")
    y += 22
    refugee = p["protection"] == "refugee"
    for art in (
        f"Article 1er : La décision du directeur général de l'OFPRA du {num(p['ofpra_refusal'])} est annulée.",
        f"Article 2 : La qualité de réfugié est reconnue à {_civ(p)} {p['surname']} {p['given']}."
        if refugee
        else f"Article 2 : Le bénéfice de la protection subsidiaire est accordé à {_civ(p)} {p['surname']} "
        f"{p['given']}.",
        f"Article 3 : La présente décision sera notifiée à {_civ(p)} {p['surname']} et au directeur général de l'OFPRA.",
    ):
        y = c.wrap(30, y, 150, art, 10, "serif", 1.6) + 3
    c.text(30, y + 10, f"Lu en audience publique le {long(p['issue'])}.", 9.5, "serifi")
    c.text(130, y + 26, "Le président :", 9.5, "serif")
    c.text(130, y + 32, p["judge"], 9.5, "serif")
    signature(c, 132, y + 44, 28, BLACK)
    c.text(105, 280, "Copie certifiée conforme - Le greffier", 8, "serifi", GREY, "c")
    stamp(c, 105, 262, 12, ["CNDA", "GREFFE"], BLACK)
    c.text(190, 290, "1", 8, "serif", GREY, "r")

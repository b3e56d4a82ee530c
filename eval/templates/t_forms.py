"""The S1106 application form (cerfa 15763*02, three pages) and the European S1 / E-forms."""

from __future__ import annotations

from codes import ascii_upper, dmy
from render import Page, logo

SITU = {"employee": 0, "self-employed": 1, "student": 2, "pensioner": 3, "inactive": 4, "family": 5}


def _head(p: Page, n: int, f: str) -> None:
    logo(p, "marianne", 90, 70, 100, None)
    p.text(90, 160, "RÉPUBLIQUE", 16, f + "-b")
    p.text(90, 180, "FRANÇAISE", 16, f + "-b")
    p.rect((1330, 70, 1564, 150), outline=(0, 0, 0), width=2)
    p.text(1447, 105, "cerfa", 30, f + "-bi" if f == "sans" else f + "-b", align="c")
    p.text(1447, 138, "N° 15763*02", 20, f, align="c")
    p.rect((250, 70, 1300, 150), outline=None, fill=(0, 80, 150) if n == 1 else (230, 236, 244))
    p.text(
        775,
        120,
        "Demande d'ouverture des droits à l'assurance maladie",
        30,
        f + "-b",
        (255, 255, 255) if n == 1 else (0, 60, 120),
        "c",
    )
    p.text(90, 2280, "S1106 - %d/3" % n, 18, f, (80, 80, 80))
    p.text(1564, 2280, "Protection universelle maladie", 18, f, (80, 80, 80), "r")


def _field(
    p: Page, x: float, y: float, label: str, value: str, n: int, hand: bool, f: str, seed: int = 0
) -> float:
    p.text(x, y, label, 22, f)
    if hand:  # one capital letter per comb box, as people fill cerfa forms, in blue ink
        p.boxes(x, y + 14, "", n, 34, color=(150, 160, 190))
        for i, ch in enumerate(value.upper()[:n]):
            dy = 2 * ((i * 7 + seed) % 3 - 1)
            p.text(
                x + i * 34 + 17,
                y + 46 + dy,
                ch,
                27,
                "sans-i" if (i + seed) % 4 else "sans",
                (25, 35, 120),
                "c",
            )
    else:
        p.boxes(x, y + 14, ascii_upper(value)[:n], n, 34, 24, "mono", color=(150, 160, 190))
    return y + 100


def _section(p: Page, y: float, title: str, f: str) -> float:
    p.rect((90, y, 1564, y + 50), outline=None, fill=(0, 80, 150))
    p.text(110, y + 36, title, 24, f + "-b", (255, 255, 255))
    return y + 110


def s1106(d: dict) -> list[Page]:
    per, hand = d["person"], d.get("hand", True)
    f = "sans" if hand else "cond"
    p1, p2, p3 = Page(), Page(), Page()
    _head(p1, 1, f)
    p1.text(
        90,
        240,
        "Protection universelle maladie - Article L. 160-1 du code de la sécurité sociale",
        20,
        f + "-i" if f == "sans" else "cond-i",
    )
    p1.wrap(
        90,
        290,
        1474,
        "Vous résidez en France de manière stable et régulière et vous n'avez pas de droits ouverts à l'assurance "
        "maladie : remplissez ce formulaire et joignez les pièces justificatives demandées.",
        21,
        f,
    )
    y = _section(p1, 400, "VOTRE IDENTITÉ", f)
    y = _field(p1, 90, y, "Vos nom(s)", per.surname, 40, hand, f, 1)
    y = _field(p1, 90, y, "Nom de naissance (nom de famille)", per.surname, 40, hand, f, 2)
    y = _field(p1, 90, y, "Prénom(s)", per.given_str, 40, hand, f, 3)
    p1.text(90, y, "Sexe :", 22, f)
    for i, s in enumerate(["Masculin", "Féminin"]):
        p1.rect((220 + i * 260, y - 24, 250 + i * 260, y + 6), outline=(0, 0, 0), width=2)
        p1.text(260 + i * 260, y, s, 22, f)
        if (per.sex == "M") == (i == 0):
            p1.text(224 + i * 260, y, "X", 28, "sans-b", (20, 30, 120) if hand else (0, 0, 0))
    y += 60
    y = _field(p1, 90, y, "Date de naissance (jj/mm/aaaa)", dmy(per.birth), 10, hand, f, 4)
    y = _field(
        p1,
        90,
        y,
        "Lieu de naissance (commune et pays)",
        per.birthplace.split(",")[0][:30] + " " + d["country_fr"],
        40,
        hand,
        f,
        5,
    )
    y = _field(p1, 90, y, "Nationalité", d["country_fr"], 25, hand, f, 6)
    y = _field(p1, 90, y, "N° de sécurité sociale (si vous en avez un)", "", 15, hand, f, 7)
    y = _section(p1, y, "VOTRE ADRESSE", f)
    y = _field(p1, 90, y, "N°, type et nom de la voie", per.street, 40, hand, f, 8)
    y = _field(p1, 90, y, "Code postal", per.postcode, 5, hand, f, 9)
    _field(p1, 400, y - 100, "Commune", per.city, 30, hand, f, 10)
    _field(
        p1,
        90,
        y,
        "Téléphone",
        "06 %02d %02d %02d %02d" % (d["seed"] % 90, d["seed"] % 77, d["seed"] % 55, d["seed"] % 33),
        14,
        hand,
        f,
        11,
    )

    _head(p2, 2, f)
    y = _section(p2, 240, "VOTRE SITUATION", f)
    opts = [
        "Vous exercez une activité professionnelle salariée en France",
        "Vous exercez une activité non salariée (indépendant)",
        "Vous êtes étudiant(e)",
        "Vous êtes titulaire d'une pension ou d'une rente (formulaire S1)",
        "Vous n'exercez pas d'activité professionnelle",
        "Vous êtes conjoint, concubin ou partenaire d'un assuré",
    ]
    for i, o in enumerate(opts):
        p2.rect((110, y - 26, 142, y + 6), outline=(0, 0, 0), width=2)
        if SITU.get(d["profile"]) == i:
            p2.text(114, y + 2, "X", 30, "sans-b", (20, 30, 120) if hand else (0, 0, 0))
        p2.text(170, y, o, 24, f)
        y += 62
    y = _section(p2, y + 20, "DEPUIS QUAND RÉSIDEZ-VOUS EN FRANCE ?", f)
    y = _field(p2, 90, y, "Date d'arrivée en France (jj/mm/aaaa)", dmy(d["arrival"]), 10, hand, f, 12)
    y = _section(p2, y, "VOS AYANTS DROIT MINEURS", f)
    rows = [["Nom", "Prénom(s)", "Date de naissance", "Lien"], ["", "", "", ""], ["", "", "", ""]]
    y = p2.table(90, y, [420, 420, 330, 304], rows, 22, f, f + "-b", (235, 240, 246), row_h=70)
    y = _section(p2, y + 60, "VOTRE ORGANISME D'ASSURANCE MALADIE PRÉCÉDENT", f)
    p2.wrap(
        90,
        y,
        1474,
        "Si vous étiez assuré(e) dans un autre pays, indiquez le nom de l'organisme et le pays : "
        + ("joint formulaire S1" if d["profile"] == "pensioner" else "néant"),
        22,
        f,
    )

    _head(p3, 3, f)
    y = _section(p3, 240, "PIÈCES JUSTIFICATIVES À JOINDRE", f)
    for t in [
        "une pièce d'identité (passeport, carte nationale d'identité) ou un titre de séjour",
        "un justificatif d'état civil (acte de naissance avec filiation, traduit le cas échéant)",
        "un justificatif de résidence stable (quittances de loyer, factures, attestation d'hébergement)",
        "un relevé d'identité bancaire (RIB) à votre nom",
        "un justificatif de votre situation (bulletin de salaire, certificat de scolarité, formulaire S1...)",
    ]:
        y = p3.wrap(130, y, 1420, "• " + t, 22, f) + 10
    y = _section(p3, y + 40, "ENGAGEMENT ET SIGNATURE", f)
    y = p3.wrap(
        90,
        y,
        1474,
        "Je certifie sur l'honneur l'exactitude des renseignements portés sur ce formulaire. Je m'engage à "
        "signaler tout changement de situation à ma caisse d'assurance maladie.",
        22,
        f,
    )
    p3.text(90, y + 60, "Fait à", 22, f)
    p3.text(700, y + 60, "le", 22, f)
    if hand:
        p3.handwriting(180, y + 58, per.city, 30, seed=3)
        p3.handwriting(740, y + 58, dmy(d["signed"]), 30, seed=4)
    else:
        p3.text(180, y + 60, per.city, 24, "mono")
        p3.text(740, y + 60, dmy(d["signed"]), 24, "mono")
    p3.text(90, y + 140, "Signature", 22, f)
    p3.rect((90, y + 160, 800, y + 400), outline=(0, 0, 0), width=2)
    p3.signature(160, y + 300, 300, seed=d["seed"])
    p3.wrap(
        90,
        2100,
        1474,
        "La loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés s'applique "
        "aux réponses faites sur ce formulaire. Quiconque se rend coupable de fraude ou de fausse déclaration est passible "
        "de pénalités financières et de poursuites pénales.",
        17,
        f,
        (90, 90, 90),
    )
    return [p1, p2, p3]


# ---- S1 / E-forms ---------------------------------------------------------------------------
S1_TEXT = {
    "en": (
        "PORTABLE DOCUMENT S1",
        "CERTIFICATE OF ENTITLEMENT TO SICKNESS AND MATERNITY INSURANCE COVER",
        [
            "Surname(s)",
            "Forename(s)",
            "Date of birth",
            "Personal identification number",
            "Address in the State of residence",
        ],
        "The holder is entitled to sickness benefits in kind in the State of residence as a pensioner.",
        "Date",
        "Institution completing the form",
        "Department for Work and Pensions - Overseas Healthcare Services, Newcastle upon Tyne",
    ),
    "de": (
        "PORTABLES DOKUMENT S1",
        "BESCHEINIGUNG ÜBER DIE EINTRAGUNG FÜR KRANKENVERSICHERUNGSSCHUTZ",
        [
            "Name(n)",
            "Vorname(n)",
            "Geburtsdatum",
            "Persönliche Identifikationsnummer",
            "Anschrift im Wohnstaat",
        ],
        "Der Inhaber hat als Rentner Anspruch auf Sachleistungen bei Krankheit im Wohnstaat.",
        "Datum",
        "Ausfüllender Träger",
        "Deutsche Rentenversicherung / AOK Rheinland - Verbindungsstelle, Düsseldorf",
    ),
    "es": (
        "DOCUMENTO PORTÁTIL S1",
        "INSCRIPCIÓN A EFECTOS DE COBERTURA DEL SEGURO DE ENFERMEDAD",
        [
            "Apellido(s)",
            "Nombre(s)",
            "Fecha de nacimiento",
            "Número de identificación personal",
            "Dirección en el Estado de residencia",
        ],
        "El titular tiene derecho a prestaciones en especie en el Estado de residencia como titular de pensión.",
        "Fecha",
        "Institución que cumplimenta el formulario",
        "Instituto Nacional de la Seguridad Social - Dirección Provincial de Sevilla",
    ),
    "pt": (
        "DOCUMENTO PORTÁTIL S1",
        "INSCRIÇÃO PARA EFEITOS DE COBERTURA DO SEGURO DE DOENÇA",
        [
            "Apelido(s)",
            "Nome(s) próprio(s)",
            "Data de nascimento",
            "Número de identificação pessoal",
            "Endereço no Estado de residência",
        ],
        "O titular tem direito a prestações em espécie no Estado de residência na qualidade de pensionista.",
        "Data",
        "Instituição que preenche o formulário",
        "Instituto da Segurança Social, I.P. - Centro Nacional de Pensões, Lisboa",
    ),
    "it": (
        "DOCUMENTO PORTATILE S1",
        "ISCRIZIONE AI FINI DELLA COPERTURA DELL'ASSICURAZIONE MALATTIA",
        [
            "Cognome/i",
            "Nome/i",
            "Data di nascita",
            "Numero di identificazione personale",
            "Indirizzo nello Stato di residenza",
        ],
        "Il titolare ha diritto alle prestazioni in natura nello Stato di residenza in qualità di titolare di pensione.",
        "Data",
        "Istituzione che compila il modulo",
        "INPS - Direzione Provinciale di Bologna",
    ),
}


def s1_form(d: dict) -> list[Page]:
    per, lang = d["person"], d["lang"]
    t = S1_TEXT[lang]
    p = Page()
    p.background("diag", (236, 240, 248), 30)
    for i in range(12):  # EU star circle
        import math

        a = i * math.pi / 6
        p.ellipse(
            (
                160 + 60 * math.cos(a) - 7,
                150 + 60 * math.sin(a) - 7,
                160 + 60 * math.cos(a) + 7,
                150 + 60 * math.sin(a) + 7,
            ),
            outline=None,
            fill=(250, 200, 0),
        )
    p.text(280, 140, t[0], 36, "sans-b", (0, 50, 140))
    p.wrap(280, 185, 1250, t[1], 22, "sans-b", (0, 50, 140))
    p.text(1560, 130, "S1", 70, "sans-b", (0, 50, 140), "r")
    y = 330
    p.text(90, y, "1. " + ("Holder" if lang == "en" else t[2][0].split("(")[0]), 26, "sans-b")
    vals = [per.surname.upper(), per.given_str, dmy(per.birth), d["pin"], ", ".join(per.address)]
    y += 40
    for i, (lab, val) in enumerate(zip(t[2], vals)):
        p.rect((90, y, 1564, y + 90), outline=(0, 50, 140), width=2)
        p.text(105, y + 28, "1.%d %s" % (i + 1, lab), 18, "sans", (0, 50, 140))
        p.text(120, y + 72, val, 26, "mono-b")
        y += 90
    p.text(90, y + 70, "2.", 26, "sans-b")
    p.rect((140, y + 45, 170, y + 75), outline=(0, 0, 0), width=2)
    p.text(144, y + 72, "X", 26, "sans-b")
    y = p.wrap(190, y + 70, 1370, t[3], 24, "sans")
    p.text(90, y + 60, "6. " + t[5], 26, "sans-b")
    p.rect((90, y + 80, 1564, y + 330), outline=(0, 50, 140), width=2)
    p.wrap(110, y + 130, 1430, t[6], 24, "mono")
    p.text(110, y + 300, "%s: %s" % (t[4], dmy(d["issue"])), 24, "mono")
    p.stamp(1300, y + 210, 100, "SOCIAL SECURITY * %s * " % lang.upper(), ["S1"], (40, 60, 160), 16)
    p.text(
        90,
        2260,
        "Regulation (EC) No 883/2004, Art. 17, 24, 25, 26 - Regulation (EC) No 987/2009, Art. 24",
        18,
        "sans",
        (100, 100, 100),
    )
    return [p]


def e_form(d: dict) -> list[Page]:
    """Old-style E106 / E121 certificate, monochrome, fields with numbered dotted lines."""
    per, code = d["person"], d["eform"]
    p = Page()
    p.text(90, 150, "E %s" % code[1:], 80, "serif-b")
    p.text(400, 120, "EUROPEAN COMMUNITIES - CERTIFICATE", 26, "serif-b")
    p.wrap(
        400,
        160,
        1160,
        (
            "concerning entitlement to sickness and maternity insurance benefits in kind of persons residing in "
            "a country other than the competent country"
        )
        if code == "E106"
        else "for the registration of pensioners and members of their families",
        24,
        "serif-i",
    )
    p.line(90, 260, 1564, 260, (0, 0, 0), 3)
    rows = [
        ("1. Surname", per.surname.upper()),
        ("   Forenames", per.given_str),
        ("   Date of birth", dmy(per.birth)),
        ("   Insurance number", d["pin"]),
        ("2. Address in the country of residence", ", ".join(per.address)),
        ("3. Competent institution", d["institution"]),
        ("4. Entitlement from", dmy(d["issue"])),
    ]
    y = 360
    for lab, val in rows:
        p.text(90, y, lab, 24, "serif")
        p.line(620, y + 6, 1564, y + 6, (0, 0, 0), 1)
        p.text(640, y - 2, val, 25 if len(val) < 48 else 20, "mono")
        y += 80
    p.stamp(1250, y + 200, 110, "COMPETENT INSTITUTION * ", ["E"], (60, 60, 60), 16)
    p.signature(400, y + 220, 260, seed=d["seed"])
    return [p]


TEMPLATES = {
    "s1106_handfilled": ("application_form", "tune", lambda d: s1106({**d, "hand": True})),
    "s1106_typed": ("application_form", "heldout", lambda d: s1106({**d, "hand": False})),
    "s1_en": ("s1_form", "tune", lambda d: s1_form({**d, "lang": "en"})),
    "s1_de": ("s1_form", "tune", lambda d: s1_form({**d, "lang": "de"})),
    "s1_es": ("s1_form", "tune", lambda d: s1_form({**d, "lang": "es"})),
    "e106": ("s1_form", "tune", lambda d: e_form({**d, "eform": "E106"})),
    "s1_pt": ("s1_form", "heldout", lambda d: s1_form({**d, "lang": "pt"})),
    "s1_it": ("s1_form", "heldout", lambda d: s1_form({**d, "lang": "it"})),
    "e121": ("s1_form", "heldout", lambda d: e_form({**d, "eform": "E121"})),
}

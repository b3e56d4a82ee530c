"""blind5 misc: student certificate, URSSAF self-employment proof, employment contract."""

from __future__ import annotations

from codes import long_fr
from render import Page, logo
from x_kit import d, eur, foot, head_band, kv


def student(data):
    s, per = data["school"], data["person"]
    p = Page()
    logo(p, "tri", 90, 70, 110, s["col"])
    p.text(230, 130, s["name"], 32, "sans-b", s["col"])
    p.text(p.w / 2, 330, "CERTIFICAT DE SCOLARITÉ", 40, "serif-b", align="c")
    p.text(p.w / 2, 380, "Année universitaire 2026-2027", 24, align="c")
    y = kv(
        p,
        140,
        500,
        [
            ("Nom", per.surname.upper()),
            ("Prénom(s)", per.given_str),
            ("Né(e) le", d(per.birth)),
            ("N° étudiant", data["student_no"]),
            ("Inscription", data["degree"]),
            ("Régime", "Formation initiale"),
        ],
        26,
        400,
    )
    p.text(140, y + 60, "Fait à %s, le %s" % (s["town"], d(data["issue"])), 26)
    p.text(140, y + 120, "Code de vérification : %s" % data["verif"], 22, "mono")
    p.stamp(p.w - 380, y + 300, 140, "SCOLARITÉ * %s *" % s["town"].upper(), ["SERVICE"], s["col"])
    return [p]


def urssaf(data):
    per = data["person"]
    p = Page()
    y = head_band(p, "Urssaf", "Attestation de vigilance / de situation", (0, 70, 140))
    p.text(90, y + 50, "ATTESTATION DE SITUATION — TRAVAILLEUR INDÉPENDANT", 30, "sans-b")
    y = kv(
        p,
        90,
        y + 150,
        [
            ("Nom, prénom", per.formal),
            ("Adresse", ", ".join(per.address)),
            ("SIREN", data["siren"]),
            ("SIRET", data["siret"]),
            ("Activité (APE)", data["ape"]),
            ("Date de début d'activité", d(data["since"])),
            ("Régime", "Micro-entrepreneur"),
        ],
        26,
        440,
    )
    p.wrap(
        90,
        y + 50,
        p.w - 180,
        "L'Urssaf atteste que le cotisant désigné ci-dessus est immatriculé et à jour de ses obligations déclaratives à la date du %s."
        % long_fr(data["issue"]),
        24,
    )
    p.text(90, y + 230, "Code de sécurité : %s" % data["verif"], 24, "mono-b")
    foot(p, "Vérifiez l'authenticité de ce document sur urssaf.fr")
    return [p]


def contract(data):
    e, per = data["employer"], data["person"]
    pages = []
    p = Page()
    p.text(p.w / 2, 190, "CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", 34, "serif-b", align="c")
    s = (
        "Entre %s, %s, %s, SIRET %s, représentée par %s, ci-après « l'employeur », et %s %s, né(e) le %s à %s, "
        "demeurant %s, ci-après « le salarié », il a été convenu ce qui suit."
        % (
            e["name"],
            e["street"],
            e["town"],
            e["siret"],
            e["boss"],
            "Mme" if per.sex == "F" else "M.",
            per.full,
            d(per.birth),
            per.birthplace,
            ", ".join(per.address),
        )
    )
    y = p.wrap(120, 320, p.w - 240, s, 26, "serif", leading=1.6)
    for t, body in [
        (
            "Article 1 — Engagement",
            "Le salarié est engagé à compter du %s en qualité de %s." % (long_fr(data["since"]), data["job"]),
        ),
        (
            "Article 2 — Rémunération",
            "Rémunération mensuelle brute de %s pour 35 heures hebdomadaires." % eur(data["gross"]),
        ),
        ("Article 3 — Période d'essai", "Deux mois, renouvelable une fois."),
        ("Article 4 — Convention collective", e["ccn"] + "."),
    ]:
        p.text(120, y + 50, t, 26, "sans-b")
        y = p.wrap(120, y + 100, p.w - 240, body, 24, "serif")
    p.text(
        120,
        y + 80,
        "Fait à %s, le %s, en deux exemplaires." % (e["town"].split(" ", 1)[1], d(data["signed"])),
        24,
    )
    p.text(150, y + 170, "L'employeur", 22, "sans-b")
    p.text(950, y + 170, "Le salarié", 22, "sans-b")
    p.signature(150, y + 280, 260, seed=3)
    p.signature(950, y + 280, 260, seed=9)
    pages.append(p)
    return pages


TEMPLATES = {
    "student_x_cert": ("student_certificate", "blind5", student),
    "selfemp_x_urssaf": ("self_employment_proof", "blind5", urssaf),
    "contract_x_cdi": ("employment_contract", "blind5", contract),
}

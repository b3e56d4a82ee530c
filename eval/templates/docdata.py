"""Invented data for each document kind: numbers, companies, landlords, banks, dates."""

from __future__ import annotations

import numpy as np
from cast import COUNTRIES, FR_OTHERS, Person
from codes import add_months, iban_fr, last_day, rib_key

AGENCIES = [
    dict(
        name="Immobilière des Quais",
        street="14 quai Saint-Vincent",
        town="69001 Lyon",
        cpi="CPI 6901 2019 000 041 233",
        col=(20, 70, 130),
        siret="512 884 310 00027",
    ),
    dict(
        name="Cabinet Roussel Gestion",
        street="3 rue de la Paix",
        town="44000 Nantes",
        cpi="CPI 4401 2018 000 033 712",
        col=(120, 40, 40),
        siret="433 120 981 00045",
    ),
    dict(
        name="Foncia-Lac Administration de biens",
        street="88 avenue Jean-Jaurès",
        town="31000 Toulouse",
        cpi="CPI 3101 2020 000 045 118",
        col=(30, 110, 80),
        siret="389 554 201 00033",
    ),
]
SOCIAL = [
    dict(
        name="Habitat Solidaire Métropole",
        seat="1 place de l'Hôtel-de-Ville, 93200 Saint-Denis",
        col=(0, 110, 90),
    ),
    dict(name="Logis Val-de-Seine OPH", seat="20 rue des Écoles, 94400 Vitry-sur-Seine", col=(180, 70, 20)),
]
BANKS = [
    dict(
        name="Banque Coopérative du Rhône",
        code="17515",
        bic="CEPAFRPP751",
        logo="square",
        col=(170, 20, 40),
        branch_name="Agence Lyon Part-Dieu",
    ),
    dict(
        name="Crédit Fluvial",
        code="30004",
        bic="BNPAFRPPXXX",
        logo="circle",
        col=(0, 110, 70),
        branch_name="Agence Nantes Commerce",
    ),
    dict(
        name="Banque Postale des Territoires",
        code="20041",
        bic="PSSTFRPPMAR",
        logo="wave",
        col=(250, 180, 0),
        branch_name="Centre financier de Marseille",
    ),
    dict(
        name="Nuvo Bank",
        code="16798",
        bic="TRZOFR21XXX",
        logo="circle",
        col=(40, 40, 40),
        branch_name="Paris - banque en ligne",
    ),
]
EMPLOYERS = [
    dict(
        name="Boulangerie Artisanale Ferrand SARL",
        street="7 rue du Four",
        town="69003 Lyon",
        siret="801 234 567 00019",
        naf="1071C",
        ccn="Boulangerie-pâtisserie (IDCC 843)",
        boss="Paul Ferrand",
    ),
    dict(
        name="LogiTrans Services SAS",
        street="ZA des Érables, 12 allée B",
        town="93200 Saint-Denis",
        siret="789 456 123 00041",
        naf="5229B",
        ccn="Transports routiers (IDCC 16)",
        boss="Sandrine Vidal",
    ),
    dict(
        name="Clinique Vétérinaire du Parc",
        street="55 boulevard Carnot",
        town="59000 Lille",
        siret="822 019 337 00012",
        naf="7500Z",
        ccn="Cabinets vétérinaires (IDCC 1875)",
        boss="Dr Anne Morel",
    ),
    dict(
        name="Interim Horizon",
        street="2 place Bellecour",
        town="69002 Lyon",
        siret="534 778 902 00066",
        naf="7820Z",
        ccn="Travail temporaire",
        boss="Marc Olivier",
    ),
]
SCHOOLS = [
    dict(name="Université Lumière Rhône", town="Lyon", col=(120, 20, 60)),
    dict(name="École Supérieure de Commerce de l'Atlantique", town="Nantes", col=(20, 60, 120)),
]
JOBS = [
    "Vendeur(se) en boulangerie",
    "Préparateur(rice) de commandes",
    "Assistant(e) vétérinaire",
    "Agent(e) logistique",
]


def num(rng: np.random.Generator, n: int) -> str:
    return "".join(str(int(rng.integers(0, 10))) for _ in range(n))


def alnum(rng: np.random.Generator, n: int) -> str:
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(a[int(rng.integers(0, len(a)))] for _ in range(n))


def identity(per: Person, rng, expired: bool = False, kind: str = "passport") -> dict:
    iso3 = per.iso3
    state = "D" if iso3 == "D" else iso3
    exp_year = 2025 if expired else int(rng.integers(2027, 2035))
    expiry = "%04d-%02d-%02d" % (exp_year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    issue = "%04d-%s" % (exp_year - 10 if kind == "passport" else exp_year - 10, expiry[5:])
    number = (alnum(rng, 2) + num(rng, 7)) if kind == "passport" else alnum(rng, 9)
    return dict(
        person=per,
        state=state,
        number=number,
        issue=issue,
        expiry=expiry,
        nat_label=COUNTRIES[per.country][1].upper() if per.lang == "fr" else iso3,
        authority={"FR": "Préfecture", "FR2": "Préfecture"}.get(per.country, "MINISTRY / MINISTÈRE"),
        home=", ".join(per.address) if per.country.startswith("FR") else per.birthplace,
    )


def permit(per: Person, rng, profile: str, expired: bool = False) -> dict:
    ptype = {
        "student": "ÉTUDIANT",
        "employee": "SALARIÉ",
        "family": "VIE PRIVÉE ET FAMILIALE",
        "self-employed": "ENTREPRENEUR / PROFESSION LIBÉRALE",
    }.get(profile, "VISITEUR")
    exp = (
        "2025-06-30"
        if expired
        else "%04d-%02d-%02d"
        % (int(rng.integers(2027, 2030)), int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    )
    return dict(
        person=per,
        number=alnum(rng, 2) + num(rng, 7),
        issue="%s-%s" % (int(exp[:4]) - 1, exp[5:]),
        expiry=exp,
        permit_type=ptype,
        remark=("VLS-TS " + ptype) if profile == "student" else ptype,
        authority="PRÉFECTURE DU %s" % ["RHÔNE", "NORD", "VAL-DE-MARNE", "GIRONDE"][int(rng.integers(0, 4))],
    )


def birth(per: Person, rng, nofil: bool = False) -> dict:
    return dict(
        person=per,
        number="%s/%d" % (num(rng, 3), int(per.birth[:4])),
        issue="2026-%02d-%02d" % (int(rng.integers(3, 10)), int(rng.integers(1, 28))),
        officer=["Ahmed Bensaïd", "Claire Dumont", "J. Okafor", "M. Rossi", "Ana Ribeiro", "H. Wagner"][
            int(rng.integers(0, 6))
        ],
        nofil=nofil,
        lang=per.lang,
        tr_date="2026-10-%02d" % int(rng.integers(1, 28)),
    )


def rib(per: Person, rng, bank_idx: int, invalid: bool = False, holder_line: str | None = None) -> dict:
    b = BANKS[bank_idx % len(BANKS)]
    branch, account = num(rng, 5), num(rng, 11)
    key = rib_key(b["code"], branch, account)
    iban = iban_fr(b["code"], branch, account, key)
    if invalid:  # one digit of the account changed everywhere: RIB key and IBAN no longer match
        i = 3 + int(rng.integers(0, 6))
        account = account[:i] + str((int(account[i]) + 3) % 10) + account[i + 1 :]
        iban = iban[:4] + b["code"] + branch + account + key
    title = "Mme" if per.sex == "F" else "M."
    return dict(
        bank=b,
        bank_code=b["code"],
        branch=branch,
        account=account,
        key=key,
        iban=iban,
        bic=b["bic"],
        holder_line=holder_line or "%s %s" % (title, per.full),
        address=per.address,
    )


def landlord(rng, k: int) -> dict:
    s, g = FR_OTHERS[k % len(FR_OTHERS)]
    return dict(
        name="%s %s" % (g, s.upper()),
        f=g in ("Sylvie", "Claire", "Monique", "Nathalie"),
        address=["%d rue des Acacias" % (k * 7 % 90 + 3), "69006 LYON"],
        town="Lyon",
    )


def receipt(
    per: Person, rng, ym: str, tenant: str | None = None, title: str | None = None, k: int = 0
) -> dict:
    rent = float(int(rng.integers(45, 95)) * 10)
    paid_next = rng.random() < 0.5
    paid = (
        add_months(ym, 1) + "-0%d" % int(rng.integers(1, 8))
        if paid_next
        else ym + "-0%d" % int(rng.integers(1, 8))
    )
    return dict(
        month=ym,
        tenant=tenant or per.full,
        tenant_title=title or ("Madame" if per.sex == "F" else "Monsieur"),
        address=per.address,
        rent=rent,
        charges=float(int(rng.integers(4, 12)) * 10),
        paid=paid,
        landlord=landlord(rng, k),
        agency=AGENCIES[k % len(AGENCIES)],
        social=SOCIAL[k % len(SOCIAL)],
        ref="L%s" % num(rng, 7),
        lot="B%02d-%03d" % (int(rng.integers(1, 20)), int(rng.integers(1, 300))),
        seed=int(rng.integers(0, 999)),
    )


def bill(per: Person, rng, months: list[str], holder: str | None = None) -> dict:
    last = months[-1]
    inv = add_months(last, 1) + "-%02d" % int(rng.integers(3, 20))
    due = add_months(last, 1) + "-28"
    return dict(
        months=months,
        date=inv,
        due=due,
        holder=holder or per.full,
        title="Mme" if per.sex == "F" else "M.",
        address=per.address,
        amount=float(int(rng.integers(2900, 14000))) / 100,
        ref=num(rng, 10),
        client=num(rng, 9),
        pdl=num(rng, 14),
        region=per.city,
        seed=int(rng.integers(0, 999)),
    )


def subscription_bill(per: Person, rng, ym: str, holder: str | None = None) -> dict:
    """Internet/mobile: billed at the start of the month for that month."""
    d = bill(per, rng, [ym], holder)
    d["date"] = ym + "-%02d" % int(rng.integers(2, 9))
    d["due"] = ym + "-%02d" % int(rng.integers(12, 20))
    return d


def hosting(per: Person, rng, date: str, k: int) -> dict:
    s, g = FR_OTHERS[(k + 3) % len(FR_OTHERS)]
    return dict(
        host=dict(
            name="%s %s" % (g, s.upper()),
            f=g in ("Sylvie", "Claire", "Monique", "Nathalie"),
            birth="19%02d-%02d-%02d"
            % (int(rng.integers(50, 80)), int(rng.integers(1, 13)), int(rng.integers(1, 28))),
            birthplace=["Angers", "Tours", "Limoges", "Metz"][k % 4],
        ),
        address=per.address,
        guest=per.full,
        guest_title="Madame" if per.sex == "F" else "Monsieur",
        guest_f=per.sex == "F",
        guest_birth=per.birth,
        guest_place=per.birthplace,
        since="20%02d-%02d-15" % (int(rng.integers(15, 24)), int(rng.integers(1, 13))),
        date=date,
        town=per.city,
        seed=int(rng.integers(0, 999)),
    )


def payslip(per: Person, rng, ym: str, k: int) -> dict:
    e = EMPLOYERS[k % len(EMPLOYERS)]
    return dict(
        person=per,
        employer=e,
        month=ym,
        paid="%s-%02d" % (ym, last_day(ym)) if k % 2 else add_months(ym, 1) + "-03",
        gross=float(int(rng.integers(1850, 3200))),
        job=JOBS[k % len(JOBS)],
        matricule=num(rng, 5),
        nir="%s %s %s %s %s %s"
        % ("2" if per.sex == "F" else "1", per.birth[2:4], per.birth[5:7], "99", num(rng, 3), num(rng, 3)),
        since="2025-%02d-01" % int(rng.integers(1, 12)),
        mission=num(rng, 8),
        client="Entrepôts du Centre SAS",
    )


def translation_for(bd: dict, orig_title: str) -> dict:
    return {**bd, "orig_title": orig_title}

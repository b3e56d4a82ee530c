"""Application folders: which documents each folder holds, with which defects, and what is expected.

Each half gets the same list of plans (profile + defects + how residence is proven), filled with
people from that half's countries and rendered only with that half's templates.
"""

from __future__ import annotations

import docdata as dd
import numpy as np
from cast import COUNTRIES, make_person
from codes import add_months
from registry import REGISTRY, pick

DATE = "2026-11-15"
WARNINGS = [
    "name_variant",
    "unclassified_document",
    "duplicate_document",
    "name_unconfirmed",
    "reading_uncertain",
]
ORIG_TITLE = {
    "es": "Certificación literal de nacimiento",
    "pt": "Certidão de nascimento",
    "it": "Estratto dell'atto di nascita",
    "de": "Geburtsurkunde",
    "pl": "Odpis skrócony aktu urodzenia",
    "ro": "Certificat de naştere",
    "tr": "Doğum belgesi",
    "vi": "Giấy khai sinh",
    "en": "Birth certificate",
    "nl": "Uittreksel uit het register van geboorten",
    "hr": "Izvadak iz matice rođenih",
    "sq": "Certifikatë lindjeje",
    "ka": "დაბადების მოწმობა / Birth certificate",
    "uk": "Svidotstvo pro narodzhennia",
    "el": "Ληξιαρχική πράξη γέννησης",
    "ar": "Shahadat milad (extrait d'acte de naissance)",
    "ru": "Свидетельство о рождении",
    "hy": "Ծննդյան վկայական",
    "az": "Doğum haqqında şəhadətnamə",
    "cs": "Rodný list",
    "bg": "Удостоверение за раждане",
    "fa": "شهادتنامه تولد (Birth certificate)",
    "sv": "Personbevis",
    "hu": "Születési anyakönyvi kivonat",
    "uz": "Tug'ilganlik haqida guvohnoma",
    "fi": "Ote väestötietojärjestelmästä",
    "sk": "Rodný list",
    "sl": "Izpisek iz matičnega registra rojstev",
    "ko": "기본증명서 (Basic certificate)",
    "mn": "Төрсний гэрчилгээ",
    "da": "Fødsels- og navneattest",
    "lt": "Gimimo įrašo išrašas",
    "et": "Sünnitõend",
    "sr": "Извод из матичне књиге рођених",
    "be": "Пасведчанне аб нараджэнні",
    "kk": "Туу туралы куәлік / Свидетельство о рождении",
    "th": "สูติบัตร (Birth certificate)",
    "no": "Fødselsattest",
    "lv": "Dzimšanas apliecība",
    "bs": "Izvod iz matične knjige rođenih",
    "mk": "Извод од матична книга на родените",
    "so": "Shahaadada Dhalashada",
    "km": "Sombot kamnaeut (acte de naissance, khmer)",
    "is": "Fæðingarvottorð",
    "cnr": "Izvod iz matičnog registra rođenih",
    "ti": "Certificat de naissance (tigrinya / anglais)",
    "my": "Birth certificate (birman / anglais)",
}

# id, profile, nationality constraint, defects, residence mode, expected error codes
PLANS = [
    ("employee_ok", "employee", "eu", [], "receipts", []),
    ("student_ok", "student", "noneu", [], "hosting", []),
    ("inactive_ok", "inactive", "tr", [], "bimonthly", []),
    ("pensioner_ok", "pensioner", "eu", [], "mixed", []),
    ("family_ok", "family", "noneu", [], "lease", []),
    ("selfemp_ok", "self-employed", "fr", [], "bills", []),
    ("employee_ok_pdf", "employee", "noneu", ["id_birth_pdf"], "receipts_pdf", []),
    ("inactive_ok_names", "inactive", "frlang", [], "receipts", []),
    ("gap", "inactive", "any", [], "receipts", ["residence_gap"]),
    ("two_months", "inactive", "eu", [], "mixed", ["residence_insufficient"]),
    ("outdated", "inactive", "noneu", [], "bills", ["residence_outdated"]),
    ("no_rib", "employee", "any", ["no_rib"], "mixed", ["missing_document"]),
    ("no_birth", "student", "any", ["no_birth"], "receipts", ["missing_document"]),
    ("no_translation", "employee", "tr", ["no_translation"], "bills", ["translation_missing"]),
    ("expired_passport", "inactive", "noneu", ["expired"], "receipts", ["document_expired"]),
    ("other_tenant", "student", "any", ["other_tenant"], "bills", ["name_mismatch"]),
    ("bad_iban", "pensioner", "eu", ["bad_iban"], "receipts", ["invalid_iban"]),
    ("no_permit", "employee", "noneu", ["no_permit"], "mixed", ["missing_document"]),
    ("no_filiation", "inactive", "frlang", ["nofil"], "hosting", ["filiation_missing"]),
    (
        "iban_and_short",
        "inactive",
        "any",
        ["bad_iban"],
        "receipts",
        ["invalid_iban", "residence_insufficient"],
    ),
    (
        "no_rib_no_translation",
        "family",
        "tr",
        ["no_rib", "no_translation"],
        "bills",
        ["missing_document", "translation_missing"],
    ),
    ("no_marriage", "family", "eu", ["no_marriage"], "receipts", ["missing_document"]),
    ("no_s1", "pensioner", "eu", ["no_s1"], "bimonthly", ["missing_document"]),
    ("expired_permit", "employee", "noneu", ["permit_expired"], "receipts_pdf", ["document_expired"]),
]
# templates printed from a computer or a website (filed as digital documents)
DIGITAL = {
    "s1106_typed",
    "receipt_app",
    "receipt_manager",
    "s1106_typed_f",
    "receipt_portal",
    "s1106_typed_b",
    "receipt_b_email",
    "s1106_n_online",
    "receipt_n_portal",
    "s1106_z_typed",
    "receipt_z_portal",
    "s1106_y_typed",
    "receipt_y_portal",
    "s1106_x_typed",
    "receipt_x_portal",
    "s1106_w_typed",
    "receipt_w_portal",
    "s1106_v_typed",
    "receipt_v_portal",
    "s1106_u_typed",
    "receipt_u_portal",
}
NORMAL = ["2026-08", "2026-09", "2026-10"]


def months_for(errors: list[str]) -> list[str]:
    if "residence_gap" in errors:
        return ["2026-07", "2026-08", "2026-10"]
    if "residence_insufficient" in errors:
        return ["2026-09", "2026-10"]
    if "residence_outdated" in errors:
        return ["2026-04", "2026-05", "2026-06"]
    return list(NORMAL)


def choose_country(half: str, constraint: str, used: dict) -> str:
    cands = []
    for c, (_, _, eu, lang, h) in COUNTRIES.items():
        if h != half:
            continue
        ok = {
            "eu": eu and not c.startswith("FR"),
            "noneu": not eu,
            "tr": lang != "fr",
            "frlang": lang == "fr" and not c.startswith("FR"),
            "fr": c.startswith("FR"),
            "any": True,
        }[constraint]
        if ok:
            cands.append(c)
    if not cands:  # a half without a French-language foreign country: its French commune layout
        cands = [c for c, v in COUNTRIES.items() if v[4] == half and c.startswith("FR")]
    cands.sort(key=lambda c: (used.get(c, 0), c))
    used[cands[0]] = used.get(cands[0], 0) + 1
    return cands[0]


class Folder:
    def __init__(self, half: str, rng: np.random.Generator, idx: int):
        self.half, self.rng, self.items, self.idx, self.count = half, rng, [], idx, {}

    def pick(self, kind: str) -> str:
        k = self.count.get(kind, 0)
        self.count[kind] = k + 1
        return pick(kind, self.half, self.idx + k)

    def doc(self, kind: str, data: dict, holder, months=(), template: str | None = None) -> dict:
        tid = template or self.pick(kind)
        data = {**data, "seed": int(self.rng.integers(0, 10000))}
        return dict(kind=kind, template=tid, holder=holder, months=list(months), pages=REGISTRY[tid][2](data))

    def add(self, stem: str, *docs: dict, digital: bool = False) -> None:
        self.items.append(dict(stem=stem, docs=list(docs), digital=digital))


def build(plan: tuple, half: str, idx: int, country: str, seed: int) -> tuple[Folder, dict]:
    pid, profile, constraint, defects, mode, errors = plan
    rng = np.random.default_rng(seed)
    per = make_person(country, rng, idx)
    f = Folder(half, rng, idx)
    full = per.full

    # identity
    use_id = per.eu and "expired" not in defects and (country.startswith("FR") or idx % 2 == 0)
    idd = dd.identity(per, rng, expired="expired" in defects, kind="national_id" if use_id else "passport")
    iddoc = f.doc("national_id" if use_id else "passport", idd, full)
    bd = dd.birth(per, rng, nofil="nofil" in defects)
    bdoc = (
        f.doc("birth_certificate", bd, full, template="birth_" + country.lower())
        if "no_birth" not in defects
        else None
    )
    if "id_birth_pdf" in defects and bdoc:
        f.add("scan_identite_naissance", iddoc, bdoc)
    else:
        f.add(
            ["passeport", "IMG_%d" % (4100 + idx), "piece_identite", "scan0001"][idx % 4]
            if not use_id
            else "CNI_recto_verso",
            iddoc,
        )
        if bdoc:
            f.add(
                ["acte_naissance", "Scan_%03d" % (idx * 3), "extrait_naissance", "doc_naissance"][idx % 4],
                bdoc,
            )
    if bdoc and per.lang != "fr" and "no_translation" not in defects:
        f.add("traduction_acte", f.doc("translation", dd.translation_for(bd, ORIG_TITLE[per.lang]), full))
    if not per.eu and "no_permit" not in defects:
        pd = dd.permit(per, rng, profile, expired="permit_expired" in defects)
        kind = "visa" if profile == "student" else "residence_permit"
        f.add("titre_sejour" if kind == "residence_permit" else "visa_long_sejour", f.doc(kind, pd, full))
    if "no_rib" not in defects:
        rd = dd.rib(per, rng, idx, invalid="bad_iban" in defects)
        f.add(["RIB", "rib_banque", "IMG_%d" % (5200 + idx)][idx % 3], f.doc("rib", rd, full), digital=True)
    fd = dict(
        person=per,
        profile=profile,
        country_fr=COUNTRIES[country][1],
        arrival="2026-0%d-1%d" % (1 + idx % 6, idx % 9),
        signed="2026-11-0%d" % (2 + idx % 7),
    )
    af = f.doc("application_form", fd, full)
    f.add("formulaire_S1106", af, digital=af["template"] in DIGITAL)

    # profile-specific proofs
    if profile == "employee":
        p1 = f.doc("payslip", dd.payslip(per, rng, "2026-09", idx), full, ["2026-09"])
        p2 = f.doc(
            "payslip", dd.payslip(per, rng, "2026-10", idx), full, ["2026-10"], template=p1["template"]
        )
        if idx % 3 == 0:
            f.add("bulletins_sept_oct", p1, p2, digital=True)
        elif idx % 3 == 1:
            f.add("bulletin_octobre", p2, digital=True)
            cd = dict(
                person=per,
                employer=dd.EMPLOYERS[idx % 4],
                job=dd.JOBS[idx % 4],
                since="2025-03-01",
                gross=2100.0,
                signed="2025-02-20",
            )
            f.add("contrat_travail", f.doc("employment_contract", cd, full))
        else:
            f.add("paie_09", p1, digital=True)
            f.add("paie_10", p2, digital=True)
    elif profile == "student":
        sd = dict(
            person=per,
            school=dd.SCHOOLS[idx % 2],
            student_no=dd.num(rng, 8),
            degree="Master 1 Économie appliquée",
            issue="2026-09-%02d" % (10 + idx % 15),
            verif=dd.alnum(rng, 12),
        )
        f.add("certificat_scolarite", f.doc("student_certificate", sd, full), digital=True)
    elif profile == "pensioner" and "no_s1" not in defects:
        s1 = dict(
            person=per,
            pin=dd.num(rng, 11),
            issue="2026-0%d-15" % (3 + idx % 6),
            institution="Caisse de pension (État d'origine)",
        )
        f.add("formulaire_S1", f.doc("s1_form", s1, full))
    elif profile == "family" and "no_marriage" not in defects:
        spouse = make_person(
            {
                "tune": "FR",
                "heldout": "FR2",
                "fresh": "FR3",
                "blind2": "FR5",
                "blind3": "FR6",
                "blind4": "FR7",
                "blind5": "FR8",
                "blind6": "FR9",
                "blind7": "FR10",
                "blind8": "FR11",
            }.get(half, "FR4"),
            rng,
            idx + 1,
            sex="F" if per.sex == "M" else "M",
        )
        md = dict(
            person=per,
            spouse=spouse,
            wedding="2024-06-%02d" % (1 + idx % 27),
            town=spouse.city,
            number=dd.num(rng, 4),
            issue="2026-10-%02d" % (1 + idx % 27),
            officer="Claire Dumont",
        )
        f.add("acte_mariage", f.doc("marriage_certificate", md, None))
    elif profile == "self-employed":
        sd = dict(
            person=per,
            siren=" ".join([dd.num(rng, 3)] * 3),
            siret=dd.num(rng, 14),
            ape="7022Z - Conseil pour les affaires",
            since="2024-0%d-01" % (1 + idx % 8),
            issue="2026-10-%02d" % (1 + idx % 27),
            verif=dd.alnum(rng, 14),
        )
        f.add("avis_situation", f.doc("self_employment_proof", sd, full), digital=True)
        f.add(
            "avis_impot_2026",
            f.doc(
                "tax_notice",
                dict(person=per, fiscal=dd.num(rng, 13), ref=dd.alnum(rng, 13), income=24000),
                full,
            ),
            digital=True,
        )

    # residence proofs
    months = months_for(errors)
    residence(f, per, rng, mode, months, idx)
    if "other_tenant" in defects:
        r = dd.receipt(per, rng, months[-1], tenant="Thierry PERRIN", title="Monsieur", k=idx + 5)
        f.add("quittance_%s" % months[-1][5:], f.doc("rent_receipt", r, "Thierry PERRIN", [months[-1]]))

    expected = dict(
        profile=profile,
        date=DATE,
        ready=not errors,
        errors=list(errors),
        warnings_allowed=WARNINGS,
        applicant=dict(surname=per.surname, given_names=per.given_str.split()),
        half=half,
        template=pid,
        description="%s (%s), %s; residence by %s%s"
        % (pid, COUNTRIES[country][1], profile, mode, "; defects: " + ", ".join(errors) if errors else ""),
    )
    return f, expected


def residence(f: Folder, per, rng, mode: str, months: list[str], idx: int) -> None:
    full = per.full
    if mode in ("receipts", "receipts_pdf"):
        tid = f.pick("rent_receipt")
        docs = [
            f.doc("rent_receipt", dd.receipt(per, rng, m, k=idx), full, [m], template=tid) for m in months
        ]
        if mode == "receipts_pdf":
            f.add("quittances_%s_%s" % (months[0][5:], months[-1][5:]), *docs)
        else:
            for m, d in zip(months, docs):
                f.add(
                    ["quittance_", "loyer_", "Scan_quit_"][idx % 3] + m[5:],
                    d,
                    digital=d["template"] in DIGITAL,
                )
    elif mode == "bills":
        tid = f.pick("utility_bill")
        for m in months:
            f.add(
                "facture_%s" % m[5:],
                f.doc("utility_bill", dd.bill(per, rng, [m]), full, [m], template=tid),
                digital=True,
            )
    elif mode == "mixed":
        for m in months[:-1]:
            f.add("quittance_" + m[5:], f.doc("rent_receipt", dd.receipt(per, rng, m, k=idx), full, [m]))
        m = months[-1]
        f.add(
            "facture_" + m[5:], f.doc("utility_bill", dd.bill(per, rng, [m]), full, [m]), digital=idx % 2 == 0
        )
    elif mode == "bimonthly":
        pair = months[:2]
        f.add(
            "facture_bimestrielle", f.doc("utility_bill", dd.bill(per, rng, pair), full, pair), digital=True
        )
        for m in months[2:]:
            f.add("quittance_" + m[5:], f.doc("rent_receipt", dd.receipt(per, rng, m, k=idx), full, [m]))
    elif mode == "hosting":
        tid = {
            "tune": "bill_internet_fibrea",
            "heldout": "bill_mobile_kali",
            "fresh": "bill_box_onda",
            "blind": "bill_b_fibre_azur",
            "blind2": "bill_n_mobile_pulsar",
            "blind3": "bill_z_box",
            "blind4": "bill_y_box",
            "blind5": "bill_x_nebula",
            "blind6": "bill_w_box",
            "blind7": "bill_v_box_kelia",
            "blind8": "bill_u_box_orizo",
        }[f.half]  # subscriptions, billed in the month
        for m in months[:-1]:
            f.add(
                "facture_box_" + m[5:],
                f.doc("utility_bill", dd.subscription_bill(per, rng, m), full, [m], template=tid),
                digital=True,
            )
        hd = dd.hosting(per, rng, months[-1] + "-%02d" % (20 + idx % 8), idx)
        covered = [
            hd["since"][:7]
        ]  # the attestation covers every month from "depuis" to the month it is dated
        while covered[-1] < months[-1]:
            covered.append(add_months(covered[-1], 1))
        f.add("attestation_hebergement", f.doc("hosting_certificate", hd, full, covered))
    elif mode == "lease":
        tid = f.pick("rent_receipt")
        rs = [f.doc("rent_receipt", dd.receipt(per, rng, m, k=idx), full, [m], template=tid) for m in months]
        r0 = dd.receipt(per, rng, months[0], k=idx)
        ld = dict(
            landlord=r0["landlord"],
            tenant=full,
            address=per.address,
            rent=r0["rent"],
            charges=r0["charges"],
            start="2025-%02d-01" % (1 + idx % 12),
            signed="2025-%02d-01" % (1 + idx % 12),
        )
        f.add("bail_et_quittance", f.doc("lease", ld, full), rs[0])
        for m, d in zip(months[1:], rs[1:]):
            f.add("quittance_" + m[5:], d)

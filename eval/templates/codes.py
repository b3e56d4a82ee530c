"""Machine-readable codes: ICAO 9303 MRZ (TD1, TD3, MRV-A), French RIB keys and IBANs, dates."""

from __future__ import annotations

import unicodedata

SPECIAL = {
    "Ä": "AE",
    "Ö": "OE",
    "Ü": "UE",
    "ß": "SS",
    "Å": "AA",
    "Æ": "AE",
    "Ø": "OE",
    "Þ": "TH",
    "Đ": "D",
    "Ł": "L",
    "I": "I",
    "Œ": "OE",
}


def ascii_upper(s: str) -> str:
    out = []
    for ch in s.upper():
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def mrz_name(s: str) -> str:
    """ICAO transliteration of one name part: no accents; space and hyphen become '<', apostrophes vanish."""
    t = ascii_upper(s).replace("'", "").replace("’", "")
    t = "".join(c if c.isalnum() else "<" for c in t)
    while "<<" in t:
        t = t.replace("<<", "<")
    return t.strip("<")


def name_field(surname: str, given: list[str], length: int) -> str:
    f = mrz_name(surname) + "<<" + "<".join(mrz_name(g) for g in given)
    return f[:length].ljust(length, "<")


def _val(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c == "<":
        return 0
    return ord(c) - 55


def check(s: str) -> str:
    w = (7, 3, 1)
    return str(sum(_val(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def yymmdd(iso: str) -> str:
    return iso[2:4] + iso[5:7] + iso[8:10]


def _c3(code: str) -> str:
    return code.ljust(3, "<")[:3]


def td3(
    doc_code: str,
    state: str,
    surname: str,
    given: list[str],
    number: str,
    nat: str,
    birth: str,
    sex: str,
    expiry: str,
    personal: str = "",
) -> list[str]:
    state, nat = _c3(state), _c3(nat)
    l1 = (doc_code + "<")[:2] + state + name_field(surname, given, 39)
    num = number.ljust(9, "<")[:9]
    pers = personal.ljust(14, "<")[:14]
    pcheck = check(pers) if personal else "<"
    b, e = yymmdd(birth), yymmdd(expiry)
    body = num + check(num) + nat + b + check(b) + sex + e + check(e) + pers + pcheck
    comp = num + check(num) + b + check(b) + e + check(e) + pers + pcheck
    l2 = body + check(comp)
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


def td1(
    doc_code: str,
    state: str,
    surname: str,
    given: list[str],
    number: str,
    nat: str,
    birth: str,
    sex: str,
    expiry: str,
    optional: str = "",
) -> list[str]:
    state, nat = _c3(state), _c3(nat)
    num = number.ljust(9, "<")[:9]
    opt1 = optional.ljust(15, "<")[:15]
    l1 = (doc_code + "<")[:2] + state + num + check(num) + opt1
    b, e = yymmdd(birth), yymmdd(expiry)
    l2a = b + check(b) + sex + e + check(e) + nat + "<" * 11
    comp = l1[5:30] + l2a[0:7] + l2a[8:15] + l2a[18:29]
    l2 = l2a + check(comp)
    l3 = name_field(surname, given, 30)
    assert len(l1) == 30 and len(l2) == 30 and len(l3) == 30, (l1, l2, l3)
    return [l1, l2, l3]


def mrva(
    state: str, surname: str, given: list[str], number: str, nat: str, birth: str, sex: str, expiry: str
) -> list[str]:
    """Machine-readable visa, format A (2 x 44)."""
    state, nat = _c3(state), _c3(nat)
    l1 = "V<" + state + name_field(surname, given, 39)
    num = number.ljust(9, "<")[:9]
    b, e = yymmdd(birth), yymmdd(expiry)
    l2 = num + check(num) + nat + b + check(b) + sex + e + check(e) + "<" * 16
    assert len(l1) == 44 and len(l2) == 44
    return [l1, l2]


# ---- French bank details -------------------------------------------------------------------
_LETTERS = {
    c: str(v)
    for v, cs in (
        (1, "AJ"),
        (2, "BKS"),
        (3, "CLT"),
        (4, "DMU"),
        (5, "ENV"),
        (6, "FOW"),
        (7, "GPX"),
        (8, "HQY"),
        (9, "IRZ"),
    )
    for c in cs
}


def rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_LETTERS.get(c, c) for c in account.upper())
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def _num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_fr(bank: str, branch: str, account: str, key: str) -> str:
    bban = bank + branch + account + key
    cd = 98 - _num(bban + "FR00") % 97
    return "FR%02d%s" % (cd, bban)


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    return _num(s[4:] + s[:4]) % 97 == 1


def grouped(iban: str) -> str:
    s = iban.replace(" ", "")
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# ---- dates ---------------------------------------------------------------------------------
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def dmy(iso: str, sep: str = "/") -> str:
    return iso[8:10] + sep + iso[5:7] + sep + iso[0:4]


def long_fr(iso: str) -> str:
    d = int(iso[8:10])
    return "%s %s %s" % ("1er" if d == 1 else d, MOIS[int(iso[5:7]) - 1], iso[:4])


def long_en(iso: str) -> str:
    return "%d %s %s" % (int(iso[8:10]), MONTHS_EN[int(iso[5:7]) - 1], iso[:4])


def last_day(ym: str) -> int:
    y, m = int(ym[:4]), int(ym[5:7])
    return 29 if m == 2 and y % 4 == 0 else DAYS_IN[m - 1]


def add_months(ym: str, k: int) -> str:
    y, m = int(ym[:4]), int(ym[5:7]) - 1 + k
    return "%04d-%02d" % (y + m // 12, m % 12 + 1)


def month_fr(ym: str) -> str:
    return MOIS[int(ym[5:7]) - 1]

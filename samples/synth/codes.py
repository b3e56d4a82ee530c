"""Machine-readable numbers printed on documents: MRZ, IBAN/RIB, SIRET, 2D-Doc, misc ids.

Every check digit here is computed from the published algorithms (ICAO 9303 part 3,
ISO 13616 / ISO 7064 mod 97-10, the French RIB key, Luhn), never copied from a sample.
"""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

import base64
import unicodedata
from datetime import date

MRZ_WEIGHTS = (7, 3, 1)
_TRANSLIT = {
    "Ä": "AE",
    "Ö": "OE",
    "Ü": "UE",
    "ß": "SS",
    "Æ": "AE",
    "Œ": "OE",
    "Ø": "OE",
    "Å": "AA",
    "Þ": "TH",
}


def mrz_value(char: str) -> int:
    """The numeric value of one MRZ character: digits, A=10 … Z=35, filler '<' = 0."""
    if char.isdigit():
        return int(char)
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    if char == "<":
        return 0
    raise ValueError(f"not an MRZ character: {char!r}")


def mrz_check_digit(field: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1 repeated, modulo 10) of a field."""
    total = sum(mrz_value(c) * MRZ_WEIGHTS[i % 3] for i, c in enumerate(field))
    return str(total % 10)


def mrz_transliterate(text: str, german: bool = False) -> str:
    """Upper-case MRZ form of a name part: accents removed, separators become '<'.

    With ``german``, umlauts are written AE/OE/UE as German passports do.
    """
    out = []
    for ch in text.upper():
        if german and ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        if ch in "ßÆŒØÞ":
            out.append(_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if "A" <= base <= "Z":
            out.append(base)
        elif ch in " -":
            out.append("<")
        elif ch == "'":
            continue
    return "".join(out)


def mrz_name(surname: str, given_names: tuple[str, ...], width: int, german: bool = False) -> str:
    """The name field ``SURNAME<<GIVEN<NAMES`` padded (or truncated) to ``width``."""
    primary = mrz_transliterate(surname, german)
    secondary = "<".join(mrz_transliterate(g, german) for g in given_names)
    name = f"{primary}<<{secondary}"
    return name[:width].ljust(width, "<")


def mrz_date(value: date) -> str:
    """YYMMDD."""
    return value.strftime("%y%m%d")


def _pad(value: str, width: int) -> str:
    if len(value) > width:
        raise ValueError(f"{value!r} longer than {width}")
    return value.ljust(width, "<")


def td3(
    doc_code: str,
    issuer: str,
    surname: str,
    given_names: tuple[str, ...],
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    personal: str = "",
    german: bool = False,
) -> tuple[str, str]:
    """The two 44-character lines of a passport (TD3) MRZ."""
    line1 = _pad(doc_code, 2) + _pad(issuer, 3) + mrz_name(surname, given_names, 39, german)
    num = _pad(number, 9)
    opt = _pad(personal, 14)
    parts = [
        num + mrz_check_digit(num),
        _pad(nationality, 3),
        mrz_date(birth) + mrz_check_digit(mrz_date(birth)),
        sex,
        mrz_date(expiry) + mrz_check_digit(mrz_date(expiry)),
        opt + mrz_check_digit(opt),
    ]
    body = "".join(parts)
    composite = body[0:10] + body[13:20] + body[21:43]
    line2 = body + mrz_check_digit(composite)
    assert len(line1) == 44
    assert len(line2) == 44
    return line1, line2


def mrv_a(
    issuer: str,
    surname: str,
    given_names: tuple[str, ...],
    number: str,
    nationality: str,
    birth: date,
    sex: str,
    expiry: date,
    optional: str = "",
) -> tuple[str, str]:
    """The two 44-character lines of a type-A machine-readable visa (MRV-A), no composite digit."""
    line1 = "V<" + _pad(issuer, 3) + mrz_name(surname, given_names, 39)
    num = _pad(number, 9)
    line2 = (
        num
        + mrz_check_digit(num)
        + _pad(nationality, 3)
        + mrz_date(birth)
        + mrz_check_digit(mrz_date(birth))
        + sex
        + mrz_date(expiry)
        + mrz_check_digit(mrz_date(expiry))
        + _pad(optional, 16)
    )
    assert len(line1) == 44
    assert len(line2) == 44
    return line1, line2


def td1(
    doc_code: str,
    issuer: str,
    number: str,
    birth: date,
    sex: str,
    expiry: date,
    nationality: str,
    surname: str,
    given_names: tuple[str, ...],
    optional1: str = "",
    optional2: str = "",
) -> tuple[str, str, str]:
    """The three 30-character lines of an ID-card-size (TD1) MRZ."""
    num = _pad(number, 9)
    line1 = _pad(doc_code, 2) + _pad(issuer, 3) + num + mrz_check_digit(num) + _pad(optional1, 15)
    head = (
        mrz_date(birth)
        + mrz_check_digit(mrz_date(birth))
        + sex
        + mrz_date(expiry)
        + mrz_check_digit(mrz_date(expiry))
        + _pad(nationality, 3)
        + _pad(optional2, 11)
    )
    composite = line1[5:30] + head[0:7] + head[8:15] + head[18:29]
    line2 = head + mrz_check_digit(composite)
    line3 = mrz_name(surname, given_names, 30)
    assert len(line1) == len(line2) == len(line3)
    assert len(line1) == 30
    return line1, line2, line3


def belgian_national_number(birth: date, serial: int) -> str:
    """Belgian national register number: YYMMDD + 3-digit serial + 2-digit mod-97 key."""
    base = birth.strftime("%y%m%d") + f"{serial:03d}"
    prefix = "2" if birth.year >= 2000 else ""
    key = 97 - int(prefix + base) % 97
    return base + f"{key:02d}"


# --- banking -------------------------------------------------------------------------------

#: bank code -> (bank name as printed, BIC). Public identifiers of real French banks.
BANKS: dict[str, tuple[str, str]] = {
    "30006": ("Crédit Agricole", "AGRIFRPP"),
    "30004": ("BNP Paribas", "BNPAFRPP"),
    "30003": ("Société Générale", "SOGEFRPP"),
    "20041": ("La Banque Postale", "PSSTFRPP"),
    "30002": ("LCL - Le Crédit Lyonnais", "CRLYFRPP"),
    "10278": ("Crédit Mutuel", "CMCIFR2A"),
}


def rib_key(bank: str, branch: str, account: str) -> str:
    """The two-digit French RIB key: 97 - ((89*bank + 15*branch + 3*account) mod 97)."""
    letters = {
        c: str(v)
        for v, group in enumerate(("AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"), 1)
        for c in group
    }
    acc = "".join(letters.get(c, c) for c in account.upper())
    value = 89 * int(bank) + 15 * int(branch) + 3 * int(acc)
    return f"{97 - value % 97:02d}"


def iban_check(country: str, bban: str) -> str:
    """ISO 13616 check digits (ISO 7064 mod 97-10) for a BBAN."""
    rearranged = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in rearranged.upper())
    return f"{98 - int(digits) % 97:02d}"


def french_iban(bank: str, branch: str, account: str) -> str:
    """A French IBAN (27 characters, no spaces) with a correct RIB key and check digits."""
    bban = bank + branch + account + rib_key(bank, branch, account)
    return "FR" + iban_check("FR", bban) + bban


def iban_groups(iban: str) -> str:
    """The IBAN in groups of four, as printed."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# --- companies -----------------------------------------------------------------------------


def luhn_valid(number: str) -> bool:
    """Whether a digit string passes the Luhn check."""
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(stem: str) -> str:
    """Append the digit that makes ``stem`` Luhn-valid."""
    for d in "0123456789":
        if luhn_valid(stem + d):
            return stem + d
    raise AssertionError("unreachable")


def siret(seed_digits: str) -> str:
    """A 14-digit SIRET from 12 seed digits: Luhn-valid SIREN + Luhn-valid whole."""
    siren = luhn_complete(seed_digits[:8])
    return luhn_complete(siren + seed_digits[8:12])


def format_siret(value: str) -> str:
    """SIRET as printed: ``123 456 789 00012``."""
    return f"{value[0:3]} {value[3:6]} {value[6:9]} {value[9:14]}"


# --- 2D-Doc --------------------------------------------------------------------------------

GS = "\x1d"  # end of a variable-length field
US = "\x1f"  # start of the signature
EPOCH_2DDOC = date(2000, 1, 1)


def twoddoc_date(value: date) -> str:
    """A 2D-Doc header date: days since 2000-01-01 in 4 upper-case hex digits."""
    return f"{(value - EPOCH_2DDOC).days:04X}"


def twoddoc_message(
    fields: list[tuple[str, str]],
    issued: date,
    signed: date,
    signature: bytes,
    doc_type: str = "01",
    version: str = "03",
    ca: str = "FR05",
    cert: str = "SY01",
) -> str:
    """A C40 2D-Doc message: header, data fields, ``<US>`` and the base32 signature.

    Version 02 headers are 22 characters; version 03 adds the perimeter ``01`` (24).
    ``fields`` are (id, value) pairs; fixed-length ones (24 code postal, 26 pays) get no
    ``<GS>`` terminator, variable-length ones do (except the last, ended by ``<US>``).
    """
    fixed = {"24": 5, "26": 2}
    header = "DC" + version + ca + cert + twoddoc_date(issued) + twoddoc_date(signed) + doc_type
    if version in ("03", "04"):
        header += "01"
    parts: list[str] = []
    for i, (fid, value) in enumerate(fields):
        if fid in fixed:
            if len(value) != fixed[fid]:
                raise ValueError(f"2D-Doc field {fid} must have {fixed[fid]} characters")
            parts.append(fid + value)
        else:
            last = i == len(fields) - 1
            parts.append(fid + value + ("" if last else GS))
    sig = base64.b32encode(signature).decode("ascii").rstrip("=")
    return header + "".join(parts) + US + sig


def twoddoc_text(value: str) -> str:
    """Upper-case A-Z 0-9 and spaces, as 2D-Doc text fields allow."""
    plain = unicodedata.normalize("NFD", value.upper())
    kept = "".join(
        c if ("A" <= c <= "Z" or c.isdigit() or c == " ") else (" " if c in "-'/," else "") for c in plain
    )
    return " ".join(kept.split())

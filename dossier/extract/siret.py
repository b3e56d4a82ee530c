"""SIRET (14 digits) and SIREN (9 digits) numbers of French businesses, checked by Luhn.

A SIRET is the 9-digit SIREN of the company followed by a 5-digit establishment number, often
printed in groups ("123 456 789 00012"). Both carry a Luhn check, with one exception: the
establishments of La Poste (SIREN 356000000) are numbered so that the sum of the 14 digits is
a multiple of 5.

Pure functions on text: arbitrary input never raises.
"""

from __future__ import annotations

import re

LA_POSTE_SIREN = "356000000"
_SPACE = r"[ \u00a0\u202f.]?"
_SIRET = re.compile(rf"(?<![0-9A-Za-z])(\d{{3}}){_SPACE}(\d{{3}}){_SPACE}(\d{{3}}){_SPACE}(\d{{5}})(?![0-9])")
_SIREN = re.compile(rf"(?<![0-9A-Za-z])(\d{{3}}){_SPACE}(\d{{3}}){_SPACE}(\d{{3}})(?!{_SPACE}\d)")
_LABELLED = re.compile(r"SIRE[TN]\s*(?:N\s*[°o.]?\s*)?[:.]?\s*([0-9OIlSB |]{9,20})", re.IGNORECASE)
_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})


def luhn_valid(digits: str) -> bool:
    """Whether a string of ASCII digits passes the Luhn check (empty or non-digits: False)."""
    if not digits or not (digits.isascii() and digits.isdigit()):
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def siret_valid(siret: str) -> bool:
    """Whether ``siret`` is 14 digits with a valid check (La Poste's rule for SIREN 356000000)."""
    if len(siret) != 14 or not (siret.isascii() and siret.isdigit()) or set(siret) == {"0"}:
        return False
    if siret.startswith(LA_POSTE_SIREN) and sum(int(char) for char in siret) % 5 == 0:
        return True
    return luhn_valid(siret)


def siren_valid(siren: str) -> bool:
    """Whether ``siren`` is 9 digits (not all zeros) passing the Luhn check."""
    return len(siren) == 9 and set(siren) != {"0"} and luhn_valid(siren)


def _labelled_sirets(text: str) -> list[str]:
    """Numbers after a SIRET label, where OCR may have read ``0`` as ``O`` and ``1`` as ``l``."""
    found = []
    for match in _LABELLED.finditer(text):
        digits = re.sub(r"\s", "", match.group(1).translate(_TO_DIGIT))
        if siret_valid(digits[:14]):
            found.append(digits[:14])
    return found


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def find_sirets(text: str) -> list[str]:
    """The valid SIRET numbers of a text, in order of appearance, without repeats."""
    plain = ["".join(match.groups()) for match in _SIRET.finditer(text)]
    return _unique([siret for siret in plain if siret_valid(siret)] + _labelled_sirets(text))


def find_sirens(text: str) -> list[str]:
    """The valid 9-digit SIREN numbers of a text (not the first 9 digits of a SIRET)."""
    return _unique(
        [siren for match in _SIREN.finditer(text) if siren_valid(siren := "".join(match.groups()))]
    )

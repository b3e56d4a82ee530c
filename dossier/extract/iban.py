"""IBAN and BIC from the OCR text of a RIB: found, repaired with the check digits, validated.

Validation is schwifty's: the ISO 13616 mod-97 checksum, the country's length and format and,
where schwifty knows it, the national check inside the BBAN (the French RIB key for FR and MC).
OCR confusions are undone from the country's BBAN format: a position that must be a digit
cannot hold ``O``, one that must be a letter cannot hold ``0``; positions that may hold
either (the French account number) are tried both ways until the checksums pass.

Pure functions on text: arbitrary input never raises.
"""

from __future__ import annotations

import itertools
import re
import warnings
from dataclasses import dataclass

from schwifty import BIC, IBAN
from schwifty import exceptions as schwifty_errors
from schwifty.registry import get_iban_spec

_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "|": "1", "S": "5", "B": "8",
                           "Z": "2", "G": "6"})  # fmt: skip
_TO_ALPHA = str.maketrans({"0": "O", "1": "I", "5": "S", "8": "B", "2": "Z", "6": "G"})
_AMBIGUOUS = {"O": "0", "0": "O", "I": "1", "1": "I", "L": "1", "S": "5", "5": "S", "B": "8", "8": "B",
              "Z": "2", "2": "Z", "G": "6", "6": "G", "Q": "0", "D": "0"}  # fmt: skip
_MAX_AMBIGUOUS = 20
_START = re.compile(r"(?<![A-Z0-9])([A-Z]{2})[ \t]?([0-9OQDILSBZG|]{2})(?=[ \t\-.\r\n]?[A-Z0-9|])")
_LABEL = re.compile(r"I\s?B\s?A\s?N", re.IGNORECASE)
_BIC_LABEL = re.compile(r"\b(?:BIC|SWIFT)\b", re.IGNORECASE)
_SEPARATORS = " \t-."


@dataclass(frozen=True)
class IbanResult:
    """An IBAN read on a document, its validity and the bank's BIC.

    ``reason`` says in plain words why ``valid`` is false. ``bic`` is the BIC printed on the
    document, ``bic_from_bank`` the one schwifty's bank registry gives for the IBAN's bank
    code, and ``bic_consistent`` whether their first 8 characters agree (None if either is
    unknown). ``repaired`` is true when OCR confusions were undone to make the checksums pass.
    """

    iban: str
    valid: bool
    reason: str | None
    bic: str | None
    bic_from_bank: str | None
    bic_consistent: bool | None
    country: str
    repaired: bool = False


@dataclass(frozen=True)
class _Candidate:
    iban: str
    reason: str | None
    labelled: bool
    shape_errors: int
    repaired: bool

    def rank(self) -> tuple[bool, bool, int]:
        return (self.reason is None, self.labelled, -self.shape_errors)


def iban_problem(iban: str) -> str | None:
    """Why ``iban`` (compact, upper case) is not a valid IBAN, in plain words; None if it is."""
    country = iban[:2]
    try:
        spec = get_iban_spec(country)
    except schwifty_errors.SchwiftyException:
        return f"unknown IBAN country code {country!r}"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", schwifty_errors.NationalChecksumNotVerified)
            IBAN(iban, validate_bban=True)
    except schwifty_errors.SchwiftyException as error:
        return _explain(error, country, len(iban), spec.iban_length)
    return None


def _explain(error: schwifty_errors.SchwiftyException, country: str, length: int, expected: int) -> str:
    if isinstance(error, schwifty_errors.InvalidLength):
        return f"wrong length for {country}: {length} characters instead of {expected}"
    if isinstance(error, schwifty_errors.InvalidChecksumDigits):
        return "checksum fails (ISO 13616 mod-97)"
    if isinstance(error, schwifty_errors.InvalidBBANChecksum):
        if country in ("FR", "MC"):
            return "French RIB key does not match"
        return f"national check digits of the {country} account number do not match"
    return f"characters do not fit the {country} IBAN format"


def _position_kinds(country: str) -> str | None:
    """One letter per IBAN position after the country code: n digit, a letter, c either."""
    try:
        spec = get_iban_spec(country)
    except schwifty_errors.SchwiftyException:
        return None
    kinds = "nn"
    for count, kind in re.findall(r"(\d+)!?([nac])", spec.bban_spec):
        kinds += kind * int(count)
    return kinds


def _shape_errors(iban: str, kinds: str) -> int:
    """Characters that do not fit their position, plus characters missing or extra."""
    wrong = sum(
        (kind == "n" and not char.isdigit()) or (kind == "a" and not char.isalpha())
        for char, kind in zip(iban[2:], kinds, strict=False)
    )
    return wrong + abs(len(iban) - 2 - len(kinds))


def _fix_kinds(iban: str, kinds: str) -> str:
    chars = [iban[:2]]
    for char, kind in zip(iban[2:], kinds, strict=False):
        if kind == "n":
            chars.append(char.translate(_TO_DIGIT))
        elif kind == "a":
            chars.append(char.translate(_TO_ALPHA))
        else:
            chars.append(char)
    chars.append(iban[2 + len(kinds) :])
    return "".join(chars)


def _try_ambiguous(iban: str, kinds: str) -> str | None:
    """Swap up to two 0/O-like characters of the free positions so that every check passes."""
    options = [
        (index, _AMBIGUOUS[char])
        for index, (char, kind) in enumerate(zip(iban[2:], kinds, strict=False), start=2)
        if kind == "c" and char in _AMBIGUOUS
    ][:_MAX_AMBIGUOUS]
    for count in (1, 2):
        for combo in itertools.combinations(options, count):
            chars = list(iban)
            for index, replacement in combo:
                chars[index] = replacement
            attempt = "".join(chars)
            if iban_problem(attempt) is None:
                return attempt
    return None


def _repair(raw: str, kinds: str) -> tuple[str, bool]:
    """The best reading of a compact candidate, and whether it differs from what was read."""
    fixed = _fix_kinds(raw, kinds)
    if iban_problem(fixed) is not None and len(fixed) == 2 + len(kinds):
        fixed = _try_ambiguous(fixed, kinds) or fixed
    return fixed, fixed != raw


def _collect(text: str, start: int, length: int, separators: str = _SEPARATORS) -> str:
    """Up to ``length`` IBAN characters from ``start``, skipping the spaces and dashes of groups."""
    chars: list[str] = []
    for char in text[start:]:
        if len(chars) >= length:
            break
        if char.isascii() and (char.isalnum() or char == "|"):
            chars.append(char)
        elif char not in separators:
            break
    return "".join(chars)


def _candidate_at(upper: str, start: int, labelled: bool) -> _Candidate | None:
    kinds = _position_kinds(upper[start : start + 2])
    if kinds is None:
        return None
    found = None
    # Groups on one line first; then across line breaks, as PDF text layers often give them.
    for separators in (_SEPARATORS, _SEPARATORS + "\r\n"):
        raw = _collect(upper, start, 2 + len(kinds), separators)
        if len(raw) < 12:
            continue
        iban, repaired = _repair(raw, kinds)
        errors = _shape_errors(iban, kinds)
        if errors > 2 and not labelled:
            continue
        candidate = _Candidate(iban, iban_problem(iban), labelled, errors, repaired)
        if found is None or candidate.rank() > found.rank():
            found = candidate
    return found


# A French RIB's four boxes, in order: bank code, branch code, account number, RIB key.
_RIB_BOXES = re.compile(r"(?<![0-9A-Z])(\d{5})\s+(\d{5})\s+([0-9A-Z]{11})\s+(\d{2})(?![0-9A-Z])")
_LETTER_VALUES = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")


def _rib_key_ok(bank: str, branch: str, account: str, key: str) -> bool:
    number = int(account.translate(_LETTER_VALUES))
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * number) % 97 == int(key)


_BOX_LABELS = (
    (r"CODE\s+BANQUE", r"\d{5}"),
    (r"CODE\s+GUICHET", r"\d{5}"),
    (r"(?:NUM[EÉ]RO\s+DE\s+COMPTE|N°\s*(?:DE\s+)?COMPTE)", r"[0-9A-Z]{11}"),
    (r"CL[EÉ](?:\s+RIB)?", r"\d{2}"),
)


def _labelled_boxes(upper: str) -> tuple[str, str, str, str] | None:
    """The four boxes each read after its own label ("Code banque 30004 Code guichet 39914...")."""
    values = []
    for label, shape in _BOX_LABELS:
        match = re.search(rf"\b{label}\b[\s:.]*?(?<![0-9A-Z])({shape})(?![0-9A-Z])", upper)
        if match is None:
            return None
        values.append(match.group(1))
    return values[0], values[1], values[2], values[3]


def _from_rib_boxes(upper: str) -> list[_Candidate]:
    """IBANs rebuilt from the four boxes of a French RIB whose key checks (the key is the evidence)."""
    found = []
    groups = [match.groups() for match in _RIB_BOXES.finditer(upper)]
    labelled = _labelled_boxes(upper)
    for boxes in [*groups, *([labelled] if labelled else [])]:
        key_ok = _rib_key_ok(*boxes)
        if not key_ok and boxes is not labelled:
            continue  # digits in a row that do not check are no evidence of a RIB
        bban = "".join(boxes)
        digits = "".join(str(int(c, 36)) for c in bban + "FR00")
        iban = f"FR{98 - int(digits) % 97:02d}{bban}"
        # Each box read after its label, the key failing: the RIB itself is wrong.
        reason = iban_problem(iban) if key_ok else "has a RIB key that does not match its account"
        found.append(_Candidate(iban, reason, True, 0, False))
    return found


def _label_starts(upper: str) -> list[int]:
    starts = []
    for match in _LABEL.finditer(upper):
        rest = re.match(r"[\s:.\-]*", upper[match.end() :])
        offset = match.end() + (rest.end() if rest else 0)
        if re.match(r"[A-Z]{2}", upper[offset : offset + 2]):
            starts.append(offset)
    return starts


def _candidates(text: str) -> list[_Candidate]:
    upper = text.upper()
    labelled = set(_label_starts(upper))
    # Without a label, check digits read as two letters are a word's letters ("GILLES" is not
    # GI + 11): an IBAN printed unlabelled has at least one of them read as a digit.
    unlabelled = {m.start() for m in _START.finditer(upper) if any(c.isdigit() for c in m[2])}
    starts = labelled | unlabelled
    found = [_candidate_at(upper, start, start in labelled) for start in sorted(starts)]
    printed = [candidate for candidate in found if candidate is not None]
    # A printed IBAN, even a wrong one, is what the CPAM would copy: the boxes only stand in
    # for an IBAN that is not printed (or not read) at all.
    return printed or _from_rib_boxes(upper)


def _bank_bic(iban: str) -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            bic = IBAN(iban).bic
    except schwifty_errors.SchwiftyException:
        return None
    return str(bic) if bic else None


def _valid_bic(code: str) -> str | None:
    fixed = code[:6].translate(_TO_ALPHA) + code[6:]
    try:
        return str(BIC(fixed).compact)
    except schwifty_errors.SchwiftyException:
        return None


def _bic_after(window: str) -> str | None:
    """A BIC at the start of ``window``, possibly printed in groups ("CRLY FR PP XXX")."""
    tokens = re.findall(r"[A-Z0-9]+", window)[:4]
    joined = ["".join(tokens[:count]) for count in range(len(tokens), 0, -1)]
    for code in joined:
        if len(code) in (8, 11):
            bic = _valid_bic(code)
            if bic:
                return bic
    return None


def find_bic(text: str) -> str | None:
    """The BIC printed after a ``BIC`` or ``SWIFT`` label (8 or 11 characters), if any."""
    upper = text.upper()
    for match in _BIC_LABEL.finditer(upper):
        window = upper[match.end() : match.end() + 40].split("\n")[0]
        window = re.sub(r"^[\s:./\-]*(?:(?:CODE|SWIFT|BIC)\b[\s:./\-]*)*", "", window)
        bic = _bic_after(window)
        if bic:
            return bic
    return None


def find_iban(text: str, *rereads: str) -> IbanResult | None:
    """The IBAN of a document's OCR text, repaired when the checksums allow, with its BIC.

    Candidates follow an ``IBAN`` label or look like a country code and check digits followed
    by groups; the one that validates wins, else the best-looking one with ``valid=False``.
    ``rereads`` are the same pages read by the second engine: their candidates compete, and
    the text's own win ties.
    """
    candidates = [candidate for source in (text, *rereads) for candidate in _candidates(source)]
    if not candidates:
        return None
    best = max(candidates, key=_Candidate.rank)
    bic = find_bic(text) or next((found for source in rereads if (found := find_bic(source))), None)
    bank_bic = _bank_bic(best.iban) if best.reason is None else None
    consistent = None if bic is None or bank_bic is None else bic[:8] == bank_bic[:8]
    return IbanResult(
        iban=best.iban,
        valid=best.reason is None,
        reason=best.reason,
        bic=bic,
        bic_from_bank=bank_bic,
        bic_consistent=consistent,
        country=best.iban[:2],
        repaired=best.repaired,
    )


def mask_iban(iban: str) -> str:
    """The IBAN for a terminal: country and check digits and the last 3 characters, in groups."""
    compact = re.sub(r"\s+", "", iban)
    if len(compact) < 8:
        return compact[:2] + "*" * max(len(compact) - 2, 0)
    masked = compact[:4] + "*" * (len(compact) - 7) + compact[-3:]
    return " ".join(masked[index : index + 4] for index in range(0, len(masked), 4))

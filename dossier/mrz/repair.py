"""Repair the OCR of an MRZ: look-alikes mapped by the field's kind, ambiguous characters by check digits.

Characters that a field cannot hold are mapped to the look-alike it can hold; ambiguous
characters (a document number may hold both ``0`` and ``O``) are swapped only when exactly one
swap makes the check digit pass. The repairs work in place on a grid of characters.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable
from importlib import resources

from dossier.mrz.layout import FILLER, Check, Field, Grid, Layout, Pos, checks_of, passes

# Letters that OCR engines read where the MRZ has "<" (in OCR-B they look alike).
_FILLER_CONFUSABLE = frozenset("KXCL")
# A numeric field cannot hold a letter, an alphabetic field cannot hold a digit.
_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "B": "8",
                           "S": "5", "Z": "2", "G": "6", "T": "7", "A": "4"})  # fmt: skip
_TO_ALPHA = str.maketrans({"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G", "4": "A", "7": "T"})
# In alphanumeric fields both readings are possible: the check digits decide.
_AMBIGUOUS = {
    "O": "0", "0": "O", "Q": "0", "D": "0", "I": "1", "1": "I", "L": "1",
    "B": "8", "8": "B", "S": "5", "5": "S", "Z": "2", "2": "Z", "G": "6", "6": "G",
}  # fmt: skip
_MAX_AMBIGUOUS = 24
# What OCR reads in a long run of fillers; runs this long at the end of a field are fillers.
_TAIL_LOOKALIKES = "KXCLESR"
_NAME_TAIL = 4
_FIELD_TAIL = 5

# Letters OCR reads for another in a state code (PQL for POL, QBR for GBR, OTO for UTO).
_CODE_LOOKALIKES = {"Q": "OG", "O": "QDU", "D": "O", "U": "O", "F": "E", "E": "F", "C": "GO", "G": "CO",
                    "I": "L", "L": "I", "H": "N", "N": "HM", "M": "N", "V": "Y", "Y": "V", "R": "P",
                    "P": "R"}  # fmt: skip
_CODE_FIELDS = ("state", "nationality")

_MANY_SLIPS = 2  # more look-alike letters than this in a failing number: all of them are tried as digits

Swap = tuple[Pos, str]
Combo = tuple[Swap, ...]


def _map_field(grid: Grid, spec: Field, table: dict[int, str]) -> None:
    row = grid[spec.line]
    row[spec.start : spec.end] = list("".join(row[spec.start : spec.end]).translate(table))


def _isolated_fillers(text: str) -> str:
    """Runs of ``K``/``X``/``C``/``L`` between fillers (or a filler and the end) are fillers."""

    def replace(match: re.Match[str]) -> str:
        return FILLER * len(match.group(0))

    return re.sub(r"(?<=<)[KXCL]{1,3}(?=<|$)", replace, text)


def _glued_fillers(original: str, cleaned: str, hint_words: frozenset[str]) -> str:
    """Read ``JOHNK<<<`` as ``JOHN<<<<``, given evidence.

    The evidence is misread fillers right after it, or the name printed elsewhere on the page
    as ``JOHN`` and never as ``JOHNK`` (names do end in K, X, C or L: ERIK, FELIX, MARC, PAUL).
    """

    def replace(match: re.Match[str]) -> str:
        word, extra = match.group(1), match.group(2)
        if word + extra in hint_words:
            return match.group(0)
        after = slice(match.end(), match.end() + 6)
        if word in hint_words or original[after] != cleaned[after]:
            return word + FILLER * len(extra)
        return match.group(0)

    return re.sub(r"([A-Z]{2,})([KXCL])(?=<<)", replace, cleaned)


def _separator(text: str, hint_words: frozenset[str]) -> str:
    """Restore the ``<<`` between surname and given names when its first ``<`` was read as a letter.

    ``JOHNSONX<EMILY<ROSE<<<`` has no separator; the surname printed on the page as
    ``JOHNSON`` says where it was.
    """
    names = text.rstrip(FILLER)
    if FILLER * 2 in names:
        return text
    for match in re.finditer(rf"([A-Z]{{2,}})([{_TAIL_LOOKALIKES}])(?=<[A-Z])", names):
        if match.group(1) in hint_words and match.group(1) + match.group(2) not in hint_words:
            return text[: match.start(2)] + FILLER + text[match.end(2) :]
    return text


def _lone_last_letter(text: str) -> str:
    """A letter alone at the very end of a name field, after a long run of fillers, is one too.

    So is anything after a run of five fillers: names are written from the field's start,
    parted by one or two fillers; the run that closes them runs to the field's end.
    """
    text = re.sub(r"(?<=<{5}).+$", lambda match: FILLER * len(match.group(0)), text)
    return re.sub(r"(?<=<<<)[A-Z]$", FILLER, text)


def _trailing_fillers(text: str, hint_words: frozenset[str], shortest: int) -> str:
    """A field's tail of fillers and filler look-alikes (``<<<<K<KKKKCCE``) read as fillers.

    OCR turns the long run of fillers that closes a name or an empty optional field into a
    mix of ``K``, ``C``, ``E``, ``L``, ``S``, ``X`` and ``R``. Such a tail, right after a
    filler, that reads as noise and is not a word printed on the page, is no name.
    """
    match = re.search(rf"(?<=<)[<{_TAIL_LOOKALIKES}]{{{shortest},}}$", text)
    if match is None:
        return text
    words = [word for word in match.group(0).split(FILLER) if word]
    # Noise, not a name: a letter three times running (no name has one), or letters in bits.
    noisy = any(re.search(r"(.)\1\1", word) for word in words) or len(words) >= 3
    if not noisy or any(word in hint_words for word in words):
        return text
    return text[: match.start()] + FILLER * len(match.group(0))


def _repair_name(grid: Grid, spec: Field, hint_words: frozenset[str]) -> None:
    _map_field(grid, spec, _TO_ALPHA)
    row = grid[spec.line]
    text = "".join(row[spec.start : spec.end])
    cleaned = _isolated_fillers(_trailing_fillers(text, hint_words, _NAME_TAIL))
    cleaned = _separator(_lone_last_letter(cleaned), hint_words)
    row[spec.start : spec.end] = list(_glued_fillers(text, cleaned, hint_words))


def _repair_fillers(grid: Grid, spec: Field) -> None:
    row = grid[spec.line]
    text = "".join(row[spec.start : spec.end])
    if spec.name.startswith("optional"):
        # An empty optional field read as noise from its first column ("KKKKKKKKKKKK<<"), or
        # whose first filler was read as a letter ("K<<<<<<<<<<").
        text = _trailing_fillers(FILLER + text, frozenset(), _FIELD_TAIL)[1:]
        text = re.sub(r"^[KXCL]{1,2}(?=<+$)", lambda m: FILLER * len(m.group(0)), text)
    else:
        text = _trailing_fillers(text, frozenset(), _FIELD_TAIL)
    row[spec.start : spec.end] = list(_isolated_fillers(text))


def _repair_code(grid: Grid, spec: Field) -> None:
    """``PK``, ``VS``, ``CK``: the filler after a passport's, visa's or card's letter read as a letter.

    Not ``VC``: a Schengen short-stay visa's code is that.
    """
    row = grid[spec.line]
    first, second = row[spec.start], row[spec.start + 1]
    if first in "PVC" and second in _TAIL_LOOKALIKES and (first, second) != ("V", "C"):
        row[spec.start + 1] = FILLER


@functools.cache
def known_codes() -> frozenset[str]:
    """The codes an MRZ's state and nationality may hold (``data/mrz_codes.toml``)."""
    text = resources.files("dossier.data").joinpath("mrz_codes.toml").read_text("utf-8")
    return frozenset(tomllib.loads(text)["codes"])


def _repair_state(grid: Grid, spec: Field) -> None:
    """A state code that is no code, one look-alike letter away from exactly one code, is that code."""
    row = grid[spec.line]
    read = "".join(row[spec.start : spec.end])
    codes = known_codes()
    if read.replace(FILLER, "") in codes:
        return
    found = {
        read[:index] + other + read[index + 1 :]
        for index, char in enumerate(read)
        for other in _CODE_LOOKALIKES.get(char, "")
        if (read[:index] + other + read[index + 1 :]).replace(FILLER, "") in codes
    }
    if len(found) == 1:
        row[spec.start : spec.end] = list(found.pop())


def _final_digit_in_place(layout: Layout, grid: Grid) -> None:
    """``…<<<<4<``: a line cut one filler short at its start ends with its check digit one column early."""
    composite = next((check for check in layout.checks if check.name == "composite"), None)
    if composite is None:
        return
    line, column = composite.digit
    row = grid[line]
    if column > 0 and row[column] == FILLER and row[column - 1].isdigit():
        row[column - 1], row[column] = FILLER, row[column - 1]


def repair_kinds(layout: Layout, grid: Grid, hint_words: frozenset[str]) -> None:
    """Map each field's impossible characters to the look-alike its kind can hold."""
    _final_digit_in_place(layout, grid)
    for spec in layout.fields:
        if spec.kind == "digit":
            _map_field(grid, spec, _TO_DIGIT)
        elif spec.kind == "alpha":
            _map_field(grid, spec, _TO_ALPHA)
            if spec.name == "code":
                _repair_code(grid, spec)
            elif spec.name in _CODE_FIELDS:
                _repair_state(grid, spec)
        elif spec.kind == "name":
            _repair_name(grid, spec, hint_words)
        elif spec.kind == "alnum":
            _repair_fillers(grid, spec)
        elif spec.kind == "sex" and grid[spec.line][spec.start] in _FILLER_CONFUSABLE:
            grid[spec.line][spec.start] = FILLER


def _swaps(grid: Grid, positions: list[Pos]) -> list[Swap]:
    swaps = [(pos, _AMBIGUOUS[char]) for pos in positions if (char := grid[pos[0]][pos[1]]) in _AMBIGUOUS]
    return swaps[:_MAX_AMBIGUOUS]


def _fixes(grid: Grid, combos: Iterable[Combo], holds: Callable[[], bool]) -> list[Combo]:
    """The combinations of swaps after which ``holds()``; the grid is left as it was."""
    found: list[Combo] = []
    for combo in combos:
        saved = [(pos, grid[pos[0]][pos[1]]) for pos, _ in combo]
        for (line, index), replacement in combo:
            grid[line][index] = replacement
        if holds():
            found.append(combo)
        for (line, index), original in saved:
            grid[line][index] = original
    return found


def _settle(grid: Grid, positions: list[Pos], holds: Callable[[], bool]) -> None:
    """Swap 0/O-like characters so that ``holds()``, only when the check digit leaves one way.

    A check digit cannot tell every pair of swaps apart (B for 8 at one place can make up
    for 8 for B at another), so: one letter-to-digit swap (document numbers are mostly
    digits); else, past the letters a number starts with, every look-alike letter as its
    digit at once (a band read with three O-for-0 or more, where one swap the other way would
    pass by chance); else one digit-to-letter swap; else two letter-to-digit swaps; and never
    a guess between equally good fixes.
    """
    if holds():
        return
    swaps = _swaps(grid, positions)
    single = _fixes(grid, ((swap,) for swap in swaps), holds)
    chosen = [combo for combo in single if combo[0][1].isdigit()]
    digit_swaps = tuple(swap for swap in swaps if swap[1].isdigit())
    after_prefix = _after_letter_prefix(grid, positions, digit_swaps)
    if not chosen and len(after_prefix) > _MANY_SLIPS:
        chosen = _fixes(grid, [after_prefix], holds)
    chosen = chosen or single
    if not chosen:
        chosen = _fixes(grid, itertools.combinations(digit_swaps, 2), holds)
    if len(chosen) == 1:
        for (line, index), replacement in chosen[0]:
            grid[line][index] = replacement


def _after_letter_prefix(grid: Grid, positions: list[Pos], swaps: tuple[Swap, ...]) -> tuple[Swap, ...]:
    """The swaps past the letters a number starts with (its series: ``L8989OZC3`` keeps its ``L``)."""
    first_digit = next((pos for pos in positions if grid[pos[0]][pos[1]].isdigit()), None)
    if first_digit is None:
        return ()
    return tuple(swap for swap in swaps if swap[0] > first_digit)


def _holds(grid: Grid, check: Check) -> Callable[[], bool]:
    return lambda: passes(grid, check)


def _alnum_positions(layout: Layout) -> set[Pos]:
    return {pos for spec in layout.fields if spec.kind == "alnum" for pos in spec.positions()}


def repair_ambiguous(layout: Layout, grid: Grid) -> None:
    """Use each check digit to settle the 0/O-like characters of the alphanumeric fields it covers.

    Fields with a check digit of their own first; the composite check then settles the
    fields that only it covers (optional data).
    """
    alnum = _alnum_positions(layout)
    checks = checks_of(layout, grid)
    owned: set[Pos] = set()
    for check in checks:
        if check.name != "composite":
            own = [pos for pos in check.positions() if pos in alnum]
            owned.update(own)
            _settle(grid, own, _holds(grid, check))
    for check in checks_of(layout, grid):
        if check.name == "composite":
            rest = [pos for pos in check.positions() if pos in alnum and pos not in owned]
            _settle(grid, rest, _holds(grid, check))


def letters_alike(a: str, b: str) -> bool:
    """Whether OCR reads one of these MRZ letters for the other (``E``/``F``, ``O``/``Q``...)."""
    return b in _CODE_LOOKALIKES.get(a, "") or a in _CODE_LOOKALIKES.get(b, "")

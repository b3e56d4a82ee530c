"""How two spellings of a surname, or of given names, differ: the reasons, or None for another name.

Surnames may differ by accents, separators, particles, one letter (OCR) or a part of a compound
left out; given names also by their order, one left out, or one shortened to an initial.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from dossier.names.normalise import normalize_token, split_words, tables

_SEPARATOR_NAMES = {"-": "hyphen", " ": "space", "'": "apostrophe"}
REASON_SWAPPED = "surname and given names swapped"
REASON_ORDER = "given names in another order"
REASON_EDIT = "one letter differs (OCR or typo)"
REASON_MARRIED = "married name instead of birth name"
REASON_PARTICLE = "surname particle written differently"
REASON_COMPOUND = "part of a compound surname missing"
REASON_INITIAL = "a given name shortened to an initial"
OCR_MIN_LENGTH = 6
_MAX_EDIT_LENGTH = 64
_MAX_PERMUTED = 5


def damerau_levenshtein(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment)."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 1 and min(len(a), len(b)) > 0:
        return abs(len(a) - len(b))
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _one_edit(a: str, b: str) -> bool:
    if max(len(a), len(b)) < OCR_MIN_LENGTH or max(len(a), len(b)) > _MAX_EDIT_LENGTH:
        return False
    return damerau_levenshtein(a, b) == 1


@dataclass(frozen=True)
class Split:
    """A name cut into words as printed, the separators between them, and their normalised tokens."""

    words: tuple[str, ...]
    seps: tuple[str, ...]
    tokens: tuple[str, ...]

    @property
    def joined(self) -> str:
        """The tokens run together: the letters of the name, separators aside."""
        return "".join(self.tokens)


@functools.lru_cache(maxsize=2048)
def split_name(text: str) -> Split:
    """A name (surname or given names) cut into words, cached: comparisons split the same names often."""
    words, seps = split_words(text)
    return Split(words, seps, tuple(normalize_token(w) for w in words))


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _exact_equal(a: str, b: str) -> bool:
    sa, sb = split_name(a), split_name(b)
    return bool(sa.words) and sa.words == sb.words and sa.seps == sb.seps


def _accented(char: str) -> bool:
    return unicodedata.normalize("NFKD", char) != char or char in tables().letters


def _accent_reason(a: Sequence[str], b: Sequence[str]) -> list[str]:
    """Accents that differ between two spellings with the same letters."""
    text_a, text_b = "".join(a), "".join(b)
    if text_a == text_b:
        return []
    count_a = sum(1 for c in text_a if _accented(c))
    count_b = sum(1 for c in text_b if _accented(c))
    if count_a > count_b:
        return ["accents dropped"]
    if count_b > count_a:
        return ["accents added"]
    return ["accents differ"]


def _separator_reasons(a: Split, b: Split) -> list[str]:
    if len(a.seps) == len(b.seps):
        return [
            f"{_SEPARATOR_NAMES[x]} written as a {_SEPARATOR_NAMES[y]}"
            for x, y in zip(a.seps, b.seps, strict=True)
            if x != y
        ]
    verb, longer, shorter = ("left out", a, b) if len(a.seps) > len(b.seps) else ("added", b, a)
    return [
        f"{_SEPARATOR_NAMES[s]} {verb}"
        for s in ("-", " ", "'")
        if longer.seps.count(s) > shorter.seps.count(s)
    ]


def dedupe(items: Sequence[str]) -> list[str]:
    """The items without repeats, in their first order."""
    return list(dict.fromkeys(items))


def _particle_forms(tokens: tuple[str, ...], glued: bool) -> set[str]:
    particles = tables().particles
    forms = set()
    for i in range(len(tokens)):
        if not all(t in particles for t in tokens[:i]):
            break
        forms.add("".join(tokens[i:]))
    core = "".join(t for t in tokens if t not in particles)
    if core:
        forms.add(core)
    if glued:
        pending = list(forms)
        while pending:
            form = pending.pop()
            for particle in particles:
                rest = form[len(particle) :]
                if form.startswith(particle) and len(rest) >= 3 and rest not in forms:
                    forms.add(rest)
                    pending.append(rest)
    return {f for f in forms if len(f) >= 2}


def _has_particles(split: Split) -> bool:
    return len(split.tokens) > 1 and any(t in tables().particles for t in split.tokens)


def _particle_match(a: Split, b: Split) -> bool:
    if not (_has_particles(a) or _has_particles(b)):
        return False
    return bool(_particle_forms(a.tokens, _has_particles(b)) & _particle_forms(b.tokens, _has_particles(a)))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _compound_reasons(a: Split, b: Split) -> list[str] | None:
    particles = tables().particles
    core_a = tuple(t for t in a.tokens if t not in particles)
    core_b = tuple(t for t in b.tokens if t not in particles)
    if not core_a or not core_b or len(core_a) == len(core_b):
        return None
    if len(core_a) > len(core_b) and _contains(core_a, core_b):
        return [REASON_COMPOUND]
    if len(core_b) > len(core_a) and _contains(core_b, core_a):
        return ["an extra part in the surname"]
    return None


def _edit_reasons(a: Split, b: Split) -> list[str] | None:
    if len(a.tokens) == len(b.tokens):
        pairs = list(zip(a.tokens, b.tokens, strict=True))
        if all(x == y or _one_edit(x, y) for x, y in pairs):
            return [REASON_EDIT, *_separator_reasons(a, b)]
        return None
    if _one_edit(a.joined, b.joined):
        return [REASON_EDIT, *_separator_reasons(a, b)]
    return None


def surname_reasons(a: str, b: str) -> list[str] | None:
    """How surname ``b`` differs from ``a``; None when they are not the same surname."""
    if _same_text(a, b) or _exact_equal(a, b):
        return []
    sa, sb = split_name(a), split_name(b)
    if not sa.tokens or not sb.tokens:
        return None
    if sa.joined == sb.joined:
        return dedupe([*_accent_reason(sa.words, sb.words), *_separator_reasons(sa, sb)])
    if _particle_match(sa, sb):
        return [REASON_PARTICLE]
    edits = _edit_reasons(sa, sb)
    if edits is not None:
        return dedupe(edits)
    return _compound_reasons(sa, sb)


def _token_kind(a: str, b: str) -> str | None:
    if a == b:
        return "exact"
    if _one_edit(a, b):
        return "edit"
    if min(len(a), len(b)) == 1 and a[:1] == b[:1]:
        return "initial"
    return None


def _assignments(short: int, long: int) -> Iterator[tuple[int, ...]]:
    if long <= _MAX_PERMUTED:
        yield from itertools.permutations(range(long), short)
    else:
        yield tuple(range(short))


def _given_match_reasons(a: Split, b: Split) -> list[str] | None:
    """Match every given name of the shorter list to one of the longer list; the fewest reasons."""
    a_short = len(a.tokens) <= len(b.tokens)
    short, long = (a, b) if a_short else (b, a)
    best: list[str] | None = None
    for chosen in _assignments(len(short.tokens), len(long.tokens)):
        reasons = _assignment_reasons(short, long, chosen, a_short)
        if reasons is not None and (best is None or len(reasons) < len(best)):
            best = reasons
    return best


def _assignment_reasons(
    short: Split, long: Split, chosen: tuple[int, ...], a_short: bool
) -> list[str] | None:
    kinds = []
    for i, j in enumerate(chosen):
        kind = _token_kind(short.tokens[i], long.tokens[j])
        if kind is None:
            return None
        kinds.append(kind)
    missing = len(long.tokens) - len(short.tokens)
    if missing and (not chosen or chosen[0] != 0):
        return None
    reasons = []
    if list(chosen) != sorted(chosen):
        reasons.append(REASON_ORDER)
    if missing:
        reasons.append(_missing_reason(missing, a_short))
    if "edit" in kinds:
        reasons.append(REASON_EDIT)
    if "initial" in kinds:
        reasons.append(REASON_INITIAL)
    exact_short = [short.words[i] for i, k in enumerate(kinds) if k == "exact"]
    exact_long = [long.words[j] for j, k in zip(chosen, kinds, strict=True) if k == "exact"]
    pair = (exact_short, exact_long) if a_short else (exact_long, exact_short)
    reasons.extend(_accent_reason(*pair))
    return reasons


def _missing_reason(count: int, reference_shorter: bool) -> str:
    if reference_shorter:
        return "an extra given name" if count == 1 else "extra given names"
    return "a given name missing" if count == 1 else "given names missing"


def given_reasons(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """How given names ``b`` differ from ``a``; None when they are not the same person's."""
    text_a, text_b = " ".join(a), " ".join(b)
    if _same_text(text_a, text_b):
        return []
    sa, sb = split_name(text_a), split_name(text_b)
    if not sa.tokens and not sb.tokens:
        return []
    if not sa.tokens or not sb.tokens:
        return ["given names missing" if sa.tokens else "given names added"]
    if _exact_equal(text_a, text_b):
        return []
    if sa.joined == sb.joined:
        return dedupe([*_accent_reason(sa.words, sb.words), *_separator_reasons(sa, sb)])
    reasons = _given_match_reasons(sa, sb)
    return dedupe(reasons) if reasons is not None else None

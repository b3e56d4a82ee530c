"""People's names: read them as printed, normalise them, and tell whether two are the same person.

A name is compared in two parts, surname and given names, never as one fuzzy string: "Jean
MARTIN" and "Martine JEAN" share letters but are two people. Spelling differences that happen
to one person's name across documents (accents dropped, a hyphen written as a space, a given name
left out, one letter misread by OCR, the married name instead of the birth name) make a
``VARIANT``; anything else is ``DIFFERENT``.

The tables (titles, particles, letters Unicode does not decompose) are data in
``dossier/data/names.toml``.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from importlib import resources

# --- Text repair and folding, shared by the extractors -------------------------------------------

_APOSTROPHES = "'’‘ʼ`´′"
_DASHES = "-‐‑‒–—−"
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    f"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
)
_LONE_A_GRAVE = re.compile(r"(?<!\w)Ã(?:[ \t](?=[ \t])|(?=[ \t]))")


def _unmangle(match: re.Match[str]) -> str:
    chunk = match.group()
    try:
        return chunk.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return chunk


def repair_text(text: str) -> str:
    """Undo the usual damage of OCR and encodings: UTF-8 read as Windows-1252 ("Ã©" -> "é"), NFC."""
    fixed = _MOJIBAKE.sub(_unmangle, text)
    fixed = _LONE_A_GRAVE.sub("à", fixed)
    return unicodedata.normalize("NFC", fixed)


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _APOSTROPHES:
        return "'"
    if char in _DASHES:
        return "-"
    mapped = tables().letters.get(char.lower(), "")
    if len(mapped) == 1:
        return mapped
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    if (
        len(decomposed) == 1
        or unicodedata.combining(base)
        or not all(unicodedata.combining(c) for c in decomposed[1:])
    ):
        base = char
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold_text(text: str) -> str:
    """Lower case without accents, one character for one character (offsets stay valid)."""
    return "".join(_fold_char(c) for c in text)


# --- Tables ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameTables:
    """The word lists of ``names.toml``, normalised like tokens."""

    titles: frozenset[str]
    title_joiners: frozenset[str]
    married_markers: frozenset[str]
    birth_markers: frozenset[str]
    particles: frozenset[str]
    letters: Mapping[str, str]


def _words(raw: object) -> frozenset[str]:
    if not isinstance(raw, list):
        return frozenset()
    return frozenset(_basic_normalize(str(w)) for w in raw)


@functools.cache
def tables() -> NameTables:
    """The name tables, loaded once from ``dossier/data/names.toml``."""
    text = resources.files("dossier.data").joinpath("names.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    letters = raw.get("letters", {})
    return NameTables(
        titles=_words(raw.get("titles")),
        title_joiners=_words(raw.get("title_joiners")),
        married_markers=_words(raw.get("married_markers")),
        birth_markers=_words(raw.get("birth_markers")),
        particles=_words(raw.get("particles")),
        letters={str(k): str(v) for k, v in letters.items()} if isinstance(letters, dict) else {},
    )


# --- Tokens ---------------------------------------------------------------------------------------


def _basic_normalize(text: str) -> str:
    """Accents off, upper case, letters only, without the letter table (used to load the tables)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c)).upper()


def _normalize_once(text: str) -> str:
    letters = tables().letters
    mapped = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char):
            continue
        mapped.append(letters.get(char.lower(), char) if len(char.lower()) == 1 else char)
    upper = "".join(mapped).upper()
    return "".join(
        c for c in unicodedata.normalize("NFKD", upper) if c.isalpha() and not unicodedata.combining(c)
    )


@functools.lru_cache(maxsize=8192)
def normalize_token(text: str) -> str:
    """A word as compared: accents off, ø->O, æ->AE, ß->SS and the like, upper case, letters only."""
    result = _normalize_once(text)
    for _ in range(3):
        again = _normalize_once(result)
        if again == result:
            break
        result = again
    return result


_WORD = re.compile(r"[^\s\-'’‘ʼ`´‐‑‒–—−]+")


def _split_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words (lower case, accents kept) and the separator before each word after the first."""
    words: list[str] = []
    seps: list[str] = []
    last_end = -1
    for match in _WORD.finditer(text):
        if not normalize_token(match.group()):
            continue
        if words:
            gap = fold_text(text[last_end : match.start()])
            seps.append("-" if "-" in gap else "'" if "'" in gap else " ")
        words.append(unicodedata.normalize("NFC", match.group()).lower())
        last_end = match.end()
    return tuple(words), tuple(seps)


def name_tokens(name: str) -> tuple[str, ...]:
    """The normalised words of a name, split on spaces, hyphens and apostrophes ("D'ARTAGNAN")."""
    return tuple(normalize_token(w) for w in _split_words(name)[0])


def is_particle(token: str) -> bool:
    """Whether a word is a surname particle (de, du, van, von, da, el, al, bin, ben...)."""
    return normalize_token(token) in tables().particles


# --- Parsed names ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonName:
    """A person's name in two parts.

    ``surname`` is the birth name as printed; ``alt_surnames`` holds a married (usage) name shown
    with "épouse" or "née". ``order_known`` is False when the text did not say which words are
    the surname (all in capitals, or all capitalised, and no comma): the comparison then also
    tries the other readings of the same words.
    """

    surname: str
    given_names: tuple[str, ...] = ()
    alt_surnames: tuple[str, ...] = ()
    order_known: bool = True

    def display(self) -> str:
        """The name as French documents print it: "Hélène Marie NGUYEN-DUPONT"."""
        return " ".join([*self.given_names, self.surname.upper()]).strip()


_NOT_NAME = re.compile(r"[^\w\s'\-,\u0300-\u036f’‘ʼ‐‑–—]|[\d_]")
_FEMININE_MARK = re.compile(r"\(\s*e\s*\)", re.IGNORECASE)
MAX_NAME_WORDS = 12


def _clean_words(text: str) -> list[str]:
    cleaned = _NOT_NAME.sub(" ", _FEMININE_MARK.sub("", text))
    words = []
    for word in cleaned.split():
        stripped = word.strip("-'’‘ʼ‐‑–—")
        if stripped and normalize_token(stripped):
            words.append(stripped)
    return words


def _strip_titles(words: list[str]) -> list[str]:
    """Drop civil titles in front ("M.", "Mme", "M. ou Mme"), never the last word."""
    t = tables()
    i = 0
    while i < len(words) - 1:
        key = normalize_token(words[i])
        joiner = key in t.title_joiners and i > 0 and normalize_token(words[i + 1]) in t.titles
        if key not in t.titles and not joiner:
            break
        i += 1
    rest = words[i:]
    if len(rest) == 1 and normalize_token(rest[0]) in t.titles:
        return []
    return rest


def _is_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(1 for c in letters if c.isupper()) >= 0.75 * len(letters)


def _particle_word(word: str) -> bool:
    return normalize_token(word) in tables().particles


def _upper_runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    runs = []
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _classify(words: list[str]) -> tuple[list[str], list[str], bool]:
    """Split words into (surname, given names, order known) by case: capitals are the surname."""
    if len(words) == 1:
        return words, [], True
    flags = [_is_upper(w) for w in words]
    if any(flags) and not all(flags):
        runs = _upper_runs(flags)
        start, end = max(runs, key=lambda r: (r[1] - r[0], r[0]))
        while start > 1 and _particle_word(words[start - 1]):
            start -= 1
        return words[start:end], words[:start] + words[end:], True
    start = len(words) - 1
    while start > 1 and _particle_word(words[start - 1]):
        start -= 1
    return words[start:], words[:start], False


def _marker_split(words: list[str]) -> tuple[list[str], str, list[str]]:
    """Split "X épouse Y" / "Y née X" into (main words, marker kind, tail words)."""
    t = tables()
    for i in range(1, len(words) - 1):
        key = normalize_token(words[i])
        if key in t.married_markers:
            return words[:i], "married", _cut_marker(words[i + 1 :])
        if key in t.birth_markers:
            return words[:i], "birth", _cut_marker(words[i + 1 :])
    return words, "", []


def _cut_marker(words: list[str]) -> list[str]:
    t = tables()
    for i, word in enumerate(words):
        key = normalize_token(word)
        if i > 0 and (key in t.married_markers or key in t.birth_markers):
            return words[:i]
    return words


def _tail_parts(tail: list[str], main_is_surname_only: bool) -> tuple[list[str], list[str]]:
    """The other surname of a marker and any given names written after it."""
    flags = [_is_upper(w) for w in tail]
    if any(flags) and not all(flags):
        surname = [w for w, f in zip(tail, flags, strict=True) if f]
        given = [w for w, f in zip(tail, flags, strict=True) if not f]
        return surname, given
    if main_is_surname_only and len(tail) > 1:
        return tail[:1], tail[1:]
    return tail, []


def _with_markers(words: list[str], given_part: list[str] | None) -> PersonName | None:
    main, kind, tail = _marker_split(words)
    extra_given: list[str] = []
    other: list[str] = []
    if kind:
        other, extra_given = _tail_parts(tail, given_part is None and len(main) == 1)
    if given_part is not None:
        surname, given, known = main, list(given_part), True
    elif len(main) == 1 and kind:
        surname, given, known = main, [], True
    else:
        surname, given, known = _classify(main)
    given = given + extra_given
    if kind == "birth" and other:
        surname, other = other, surname
    if not surname:
        return None
    alt = (" ".join(other),) if other else ()
    return PersonName(" ".join(surname), tuple(given), alt, known)


def parse_name(text: str) -> PersonName | None:
    """Read a name as written: "SURNAME, Given", "Given SURNAME", "Mme SURNAME Given", "X épouse Y".

    Capitals mark the surname. Without capitals or a comma the given names are taken to come
    first (``order_known`` False). Titles are dropped. None when no name can be read.
    """
    text = repair_text(text)
    if "," in text:
        head, _, rest = text.partition(",")
        surname_words = _strip_titles(_clean_words(head))
        given_words = _strip_titles(_clean_words(rest.replace(",", " ")))
        if surname_words and len(surname_words) + len(given_words) <= MAX_NAME_WORDS:
            return _with_markers(surname_words, given_words)
    words = _strip_titles(_clean_words(text.replace(",", " ")))
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    return _with_markers(words, None)


# --- Comparison -----------------------------------------------------------------------------------


class Verdict(Enum):
    """Whether two names are the same person."""

    SAME = "same"
    VARIANT = "variant"
    DIFFERENT = "different"


@dataclass(frozen=True)
class NameMatch:
    """The verdict of a comparison and, for a variant, what differs, in plain English."""

    verdict: Verdict
    reasons: tuple[str, ...] = ()


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
_MAX_READING_WORDS = 6


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
class _Split:
    words: tuple[str, ...]
    seps: tuple[str, ...]
    tokens: tuple[str, ...]

    @property
    def joined(self) -> str:
        return "".join(self.tokens)


@functools.lru_cache(maxsize=2048)
def _split(text: str) -> _Split:
    words, seps = _split_words(text)
    return _Split(words, seps, tuple(normalize_token(w) for w in words))


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def _exact_equal(a: str, b: str) -> bool:
    sa, sb = _split(a), _split(b)
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


def _separator_reasons(a: _Split, b: _Split) -> list[str]:
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


def _dedupe(items: Sequence[str]) -> list[str]:
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


def _has_particles(split: _Split) -> bool:
    return len(split.tokens) > 1 and any(t in tables().particles for t in split.tokens)


def _particle_match(a: _Split, b: _Split) -> bool:
    if not (_has_particles(a) or _has_particles(b)):
        return False
    return bool(_particle_forms(a.tokens, _has_particles(b)) & _particle_forms(b.tokens, _has_particles(a)))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _compound_reasons(a: _Split, b: _Split) -> list[str] | None:
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


def _edit_reasons(a: _Split, b: _Split) -> list[str] | None:
    if len(a.tokens) == len(b.tokens):
        pairs = list(zip(a.tokens, b.tokens, strict=True))
        if all(x == y or _one_edit(x, y) for x, y in pairs):
            return [REASON_EDIT, *_separator_reasons(a, b)]
        return None
    if _one_edit(a.joined, b.joined):
        return [REASON_EDIT, *_separator_reasons(a, b)]
    return None


def _surname_reasons(a: str, b: str) -> list[str] | None:
    """How surname ``b`` differs from ``a``; None when they are not the same surname."""
    if _same_text(a, b) or _exact_equal(a, b):
        return []
    sa, sb = _split(a), _split(b)
    if not sa.tokens or not sb.tokens:
        return None
    if sa.joined == sb.joined:
        return _dedupe([*_accent_reason(sa.words, sb.words), *_separator_reasons(sa, sb)])
    if _particle_match(sa, sb):
        return [REASON_PARTICLE]
    edits = _edit_reasons(sa, sb)
    if edits is not None:
        return _dedupe(edits)
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


def _given_match_reasons(a: _Split, b: _Split) -> list[str] | None:
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
    short: _Split, long: _Split, chosen: tuple[int, ...], a_short: bool
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


def _given_reasons(a: Sequence[str], b: Sequence[str]) -> list[str] | None:
    """How given names ``b`` differ from ``a``; None when they are not the same person's."""
    text_a, text_b = " ".join(a), " ".join(b)
    if _same_text(text_a, text_b):
        return []
    sa, sb = _split(text_a), _split(text_b)
    if not sa.tokens and not sb.tokens:
        return []
    if not sa.tokens or not sb.tokens:
        return ["given names missing" if sa.tokens else "given names added"]
    if _exact_equal(text_a, text_b):
        return []
    if sa.joined == sb.joined:
        return _dedupe([*_accent_reason(sa.words, sb.words), *_separator_reasons(sa, sb)])
    reasons = _given_match_reasons(sa, sb)
    return _dedupe(reasons) if reasons is not None else None


def _surnames_any(reference: PersonName, other: PersonName) -> list[str] | None:
    direct = _surname_reasons(reference.surname, other.surname)
    if direct is not None:
        return direct
    mine = (reference.surname, *reference.alt_surnames)
    theirs = (other.surname, *other.alt_surnames)
    for x, y in itertools.product(mine, theirs):
        if (x, y) == (reference.surname, other.surname):
            continue
        found = _surname_reasons(x, y)
        if found is not None:
            return [REASON_MARRIED, *found]
    return None


def _direct(reference: PersonName, other: PersonName) -> list[str] | None:
    surname = _surnames_any(reference, other)
    if surname is None:
        return None
    given = _given_reasons(reference.given_names, other.given_names)
    if given is None:
        return None
    return _dedupe([*surname, *given])


def _readings(name: PersonName) -> list[tuple[PersonName, bool]]:
    """The name as parsed, and when the order is unknown every other split of the same words."""
    readings = [(name, True)]
    if name.order_known:
        return readings
    words = [*name.given_names, *name.surname.split()]
    if len(words) > _MAX_READING_WORDS:
        return readings
    for k in range(1, len(words)):
        for surname, given in ((words[:k], words[k:]), (words[k:], words[:k])):
            reading = PersonName(" ".join(surname), tuple(given), name.alt_surnames, False)
            if reading != name:
                readings.append((reading, False))
    return readings


# Another reading of words whose order is unknown may only differ in spelling, order or a given
# name left out: "JEAN MARTIN" read as surname-first must not match "Martine JEAN" by an OCR edit.
_READING_SPELLING = ("accent", "hyphen", "space", "apostrophe")
_READING_REASONS = frozenset(
    {REASON_ORDER, "a given name missing", "given names missing", "an extra given name", "extra given names"}
)


def _reading_allowed(reasons: Sequence[str]) -> bool:
    return all(r in _READING_REASONS or any(w in r for w in _READING_SPELLING) for r in reasons)


def _swapped(reference: PersonName, other: PersonName) -> list[str] | None:
    ref_surname, ref_given = _split(reference.surname), _split(" ".join(reference.given_names))
    oth_surname, oth_given = _split(other.surname), _split(" ".join(other.given_names))
    if not ref_given.tokens or not oth_given.tokens:
        return None
    if ref_surname.joined == oth_given.joined and ref_given.joined == oth_surname.joined:
        return [REASON_SWAPPED]
    return None


def _best_reasons(reference: PersonName, other: PersonName) -> list[str] | None:
    best: list[str] | None = None
    for mine, primary_mine in _readings(reference):
        for theirs, primary_theirs in _readings(other):
            reasons = _direct(mine, theirs)
            if reasons is None:
                continue
            if not (primary_mine and primary_theirs) and not _reading_allowed(reasons):
                continue
            if best is None or len(reasons) < len(best):
                best = reasons
            if not best:
                return best
    return best if best is not None else _swapped(reference, other)


def compare_names(reference: PersonName, other: PersonName) -> NameMatch:
    """Compare ``other`` with the ``reference`` name (the passport's): SAME, VARIANT or DIFFERENT.

    Surname and given names are compared separately. SAME: identical letter for letter, accents
    included, case aside. VARIANT: the same person spelled differently, with the reasons.
    """
    reasons = _best_reasons(reference, other)
    if reasons is None:
        reasons = _best_reasons(other, reference)
    if reasons is None:
        return NameMatch(Verdict.DIFFERENT)
    if not reasons:
        return NameMatch(Verdict.SAME)
    return NameMatch(Verdict.VARIANT, tuple(reasons))


def same_person(a: PersonName, b: PersonName) -> bool:
    """Whether two names are the same person, spelled alike or not."""
    return compare_names(a, b).verdict is not Verdict.DIFFERENT

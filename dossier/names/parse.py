"""Read a person's name as printed: surname and given names, titles dropped, a married name kept."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.names.normalise import normalize_token, repair_text, tables


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

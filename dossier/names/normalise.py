"""Text repair and folding, the name tables, and names cut into normalised words.

``repair_text`` and ``fold_text`` are shared by the extractors. The tables (titles, particles,
letters Unicode does not decompose) are data in ``dossier/data/names.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
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


def split_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
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
    return tuple(normalize_token(w) for w in split_words(name)[0])


def is_particle(token: str) -> bool:
    """Whether a word is a surname particle (de, du, van, von, da, el, al, bin, ben...)."""
    return normalize_token(token) in tables().particles

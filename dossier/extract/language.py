"""The main language of a document's text, by counting frequent function words.

Word lists are data (``dossier/data/stopwords.toml``) for fr, en, de, es, it, pt, nl, pl, ro, tr
and vi; Arabic is recognised by its script. A text with too few recognisable words (a passport's bilingual
labels, a table of figures) gets None rather than a guess.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from dossier.names import fold_text, repair_text

MIN_WORDS = 12  # recognised words; a short civil-status extract has about that many
LEAD_RATIO = 1.5  # the main language must outweigh the next one by half again
_WORD = re.compile(r"[^\W\d_]+")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@functools.cache
def stopwords() -> Mapping[str, frozenset[str]]:
    """The word lists, per ISO 639-1 code, loaded once."""
    text = resources.files("dossier.data").joinpath("stopwords.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    lists = {code: words for code, words in raw.items() if isinstance(words, list)}
    return MappingProxyType(
        {code: frozenset(fold_text(str(w)) for w in words) for code, words in lists.items()}
    )


@functools.cache
def _weights() -> Mapping[str, Mapping[str, float]]:
    """For each word, the share it gives each language that lists it."""
    owners: dict[str, list[str]] = {}
    for code, words in stopwords().items():
        for word in words:
            owners.setdefault(word, []).append(code)
    return MappingProxyType({w: {c: 1 / len(codes) for c in codes} for w, codes in owners.items()})


def language_scores(text: str) -> tuple[dict[str, float], int]:
    """The weighted count of each language's words, and how many words were recognised."""
    weights = _weights()
    scores: dict[str, float] = {}
    recognised = 0
    arabic = 0
    for word in _WORD.findall(fold_text(repair_text(text))):
        if _ARABIC.match(word):
            arabic += 1
            continue
        shares = weights.get(word)
        if shares:
            recognised += 1
            for code, share in shares.items():
                scores[code] = scores.get(code, 0.0) + share
    if arabic:
        scores["ar"] = float(arabic)
        recognised += arabic
    return scores, recognised


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's main language (fr, en, de, es, it, pt, nl, pl, ro, tr, vi, ar), or None.

    None when fewer than a dozen words are recognised, or no language clearly leads (bilingual
    labels alone, "Nom/Surname", "Date of birth", give no answer rather than a coin toss).
    """
    scores, recognised = language_scores(text)
    if recognised < MIN_WORDS or not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < LEAD_RATIO * runner_up:
        return None
    return best


# A run of letters no language writes: one letter thrice, or six consonants in a row. Dotted
# leaders ("Nom ..........") and stamps over text come out of OCR as such runs.
_GARBLE = re.compile(r"([a-z])\1\1|[bcdfghjklmnpqrstvwxz]{6}")
GARBLED_WORDS = 3


def reads_poorly(text: str) -> bool:
    """Whether OCR left enough garbled words that something printed may not have been read."""
    words = (w for w in fold_text(text).split() if len(w) >= 8)
    return sum(1 for w in words if _GARBLE.search(w)) >= GARBLED_WORDS

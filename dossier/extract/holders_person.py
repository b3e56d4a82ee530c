"""A person's name at the start of a fragment of text, or None when it is not credibly a person.

The name is read word by word: titles dropped, particles and markers ("épouse", "née") kept
inside the name, and the name ends at a digit, a comma, a lower-case word or a label. A company,
an address or "néant" gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from dossier.extract.holders_rules import vocabulary
from dossier.names import fold_text, normalize_token, repair_text, tables

MAX_NAME_WORDS = 8
TOKEN = re.compile(r"\n| {3,}|\t|\S+")  # words, line breaks (prose) and column gaps
_EDGE_PUNCTUATION = "\"'“”«»‹›()[]{}<>:;,.*_|/\\!?"
_LEADING_NOISE = frozenset(
    {"surname", "name", "names", "given", "forename", "forenames", "first", "last", "nom", "prenom"}
    | {"prenoms", "usual", "s", "e"}
)
_AFTER_MARKER_STOP = frozenset({"le", "la", "a", "au", "on", "in", "en", "el", "il", "em", "am"})

# OCR reads an accented i ("Luísa") as a slash between two letters: "Lu/sa".
_MISREAD_I = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")


@dataclass(frozen=True)
class Word:
    """A token of text as the name reader sees it: a word, or a line break or column gap."""

    raw: str  # the word as printed, edge punctuation removed
    fold: str  # folded, edge punctuation removed
    key: str  # normalised letters
    ends_clause: bool  # followed by a comma or semicolon
    brk: str = ""  # "line" or "gap" for a line break or a column gap, not a word


def as_word(token: str) -> Word:
    """A token of ``TOKEN`` as a ``Word``: edge punctuation off, folded and normalised twins."""
    if token == "\n":
        return Word("", "", "", False, "line")
    if not token.strip():
        return Word("", "", "", False, "gap")
    core = token.strip(_EDGE_PUNCTUATION + "-'’")
    folded = fold_text(core)
    return Word(core, folded, normalize_token(core), token.rstrip(".)").endswith((",", ";")))


def capitalised(word: str) -> bool:
    """Whether a word starts with a capital, or one of its parts does ("d'Artagnan", "al-Amin")."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    if letters[0].isupper():
        return True
    parts = re.split(r"['’-]", word)
    return len(parts) > 1 and any(p[:1].isupper() for p in parts[1:])


class _Kind(Enum):
    """What a word is to a name being read."""

    TITLE = "title"
    JOINER = "joiner"  # "ou" in "M. ou Mme"
    MARKER = "marker"  # "épouse", "née"
    PARTICLE = "particle"
    NAME = "name"
    STOP = "stop"


def _classify(word: Word, following: Word | None, started: bool, titled: bool) -> _Kind:
    names = tables()
    if not word.key or any(c.isdigit() for c in word.raw):
        return _Kind.STOP
    if not started and word.key in names.titles:
        return _Kind.TITLE
    if not started and titled and word.key in names.title_joiners:
        return _Kind.JOINER
    if started and (word.key in names.married_markers or word.key in names.birth_markers):
        return _Kind.MARKER if _marker_continues(following) else _Kind.STOP
    return _body_kind(word)


def _marker_continues(following: Word | None) -> bool:
    """Whether a marker goes on with a name ("née DURAND"), not a date ("née le 3 mars")."""
    return following is not None and following.fold not in _AFTER_MARKER_STOP and capitalised(following.raw)


def _body_kind(word: Word) -> _Kind:
    if word.key in tables().particles:
        return _Kind.PARTICLE
    if word.fold in vocabulary().stop or word.fold.rstrip(".") in vocabulary().stop:
        return _Kind.STOP
    return _Kind.NAME if capitalised(word.raw) else _Kind.STOP


@dataclass(frozen=True)
class _Candidate:
    words: tuple[Word, ...]
    titled: bool

    @property
    def name_words(self) -> list[Word]:
        names = tables()
        return [w for w in self.words if w.key not in names.particles or w.raw[:1].isupper()]


def _skip_noise(words: list[Word]) -> list[Word]:
    i = 0
    while i < len(words) and (not words[i].key or words[i].fold in _LEADING_NOISE):
        if any(c.isdigit() for c in words[i].raw) and words[i].key:
            break
        i += 1
    return words[i:]


def _collect(words: list[Word], commas_split: bool) -> _Candidate:
    kept: list[Word] = []
    titled = False
    clean_end = True  # the name ended with the fragment, a comma or a digit, not at a word
    for i, word in enumerate(words):
        following = next((w for w in words[i + 1 :] if not w.brk), None)
        if word.brk:
            if kept and not _name_goes_on(word, kept, following):
                break
            continue
        if (titled or len(kept) >= 2) and kept and _organisation_word(word):
            clean_end = False  # "Mme Emily JOHNSON LA BANQUE POSTALE": the bank in the next column
            break
        kind = _classify(word, following, bool(kept), titled)
        if kind is _Kind.STOP:
            clean_end = not word.key or any(c.isdigit() for c in word.raw)
            break
        if kind in (_Kind.TITLE, _Kind.JOINER):
            titled = True
            continue
        kept.append(word)
        if len(kept) >= MAX_NAME_WORDS or (word.ends_clause and not commas_split):
            break
    return _Candidate(tuple(_trim(kept, clean_end)), titled)


def _name_goes_on(brk: Word, kept: list[Word], following: Word | None) -> bool:
    """A column gap ends a name; a line break only while the surname (in capitals) is still to come."""
    if brk.brk == "gap" or following is None:
        return False
    surname_seen = any(len(w.key) > 1 and w.raw.isupper() for w in kept)
    return not surname_seen or (len(following.key) > 1 and following.raw.isupper())


def _trim(kept: list[Word], clean_end: bool) -> list[Word]:
    """Drop a dangling marker, and a dangling particle unless it is a capitalised last word ("LE")."""
    names = tables()
    markers = names.married_markers | names.birth_markers
    while kept:
        last = kept[-1]
        surname_like = clean_end and len(kept) > 1 and last.raw.isupper()
        if last.key in markers or (last.key in names.particles and not surname_like):
            kept.pop()
            continue
        break
    return kept


def _organisation_word(word: Word) -> bool:
    vocab = vocabulary()
    return bool({word.fold.rstrip("."), word.key.lower()} & (vocab.company | vocab.street))


def _credible(candidate: _Candidate, min_words: int) -> bool:
    vocab = vocabulary()
    if not candidate.words:
        return False
    folds = {w.fold.rstrip(".") for w in candidate.words} | {w.key.lower() for w in candidate.words}
    if folds & (vocab.company | vocab.street | vocab.none):
        return False
    names = candidate.name_words
    if not names or all(len(w.key) < 2 for w in names):
        return False
    needed = 1 if candidate.titled else min_words
    return len(names) >= needed


def person_from(fragment: str, *, min_words: int = 2, commas_split: bool = False) -> str | None:
    """The person's name at the start of a fragment ("Mme Hélène NGUYEN, 12 rue..." -> name).

    Titles are dropped; the name ends at a digit, a comma, a lower-case word or a label. None
    when what starts the fragment is not credibly a person: a company, an address, "néant", or
    fewer than ``min_words`` name words without a title.
    """
    words = _skip_noise([as_word(t) for t in TOKEN.findall(repair_text(fragment))])
    candidate = _collect(words, commas_split)
    if not _credible(candidate, min_words):
        return None
    return " ".join(_MISREAD_I.sub("i", w.raw) for w in candidate.words)


def is_empty_value(fragment: str) -> bool:
    """Whether a label's value place holds no word (or the label goes on in another language)."""
    if fragment.lstrip().startswith("/"):
        return True  # the label goes on in another language: "Nom/Surname / Sobrenome"
    words = _skip_noise([as_word(t) for t in TOKEN.findall(fragment)])
    return not words

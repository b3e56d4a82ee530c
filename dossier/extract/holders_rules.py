"""The rules that find a holder, per kind of document, and the word lists they share.

Both are data in ``dossier/data/holders.toml``, loaded once.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from dossier.names import fold_text


@dataclass(frozen=True)
class Vocabulary:
    """Word lists (folded) that tell a person from a company, an address or another label."""

    company: frozenset[str]
    street: frozenset[str]
    stop: frozenset[str]
    none: frozenset[str]
    others: frozenset[str]
    surname_fields: re.Pattern[str]
    given_fields: re.Pattern[str]
    not_after: re.Pattern[str]


@dataclass(frozen=True)
class KindRules:
    """How to find the holder of one kind of document."""

    order: tuple[str, ...]
    labels: tuple[re.Pattern[str], ...]
    phrases: tuple[re.Pattern[str], ...]
    before: tuple[re.Pattern[str], ...]


def _words_of(raw: object) -> frozenset[str]:
    items = raw if isinstance(raw, list) else []
    return frozenset(fold_text(str(w)).strip() for w in items)


def _patterns(raw: object) -> tuple[re.Pattern[str], ...]:
    items = raw if isinstance(raw, list) else []
    return tuple(re.compile(rf"(?<![a-z0-9])(?:{p})(?![a-z0-9])") for p in items)


def _alternation(raw: object) -> re.Pattern[str]:
    items = raw if isinstance(raw, list) else []
    return re.compile(rf"(?<![a-z0-9])(?:{'|'.join(f'(?:{p})' for p in items)})(?![a-z0-9])")


def _not_after(raw: object) -> re.Pattern[str]:
    items = [str(p) for p in raw] if isinstance(raw, list) else []
    return re.compile(rf"\s*(?:{'|'.join(items)})") if items else re.compile(r"(?!)")


@functools.cache
def _data() -> dict[str, object]:
    text = resources.files("dossier.data").joinpath("holders.toml").read_text("utf-8")
    return tomllib.loads(text)


def _table(name: str) -> dict[str, object]:
    table = _data().get(name)
    return table if isinstance(table, dict) else {}


@functools.cache
def vocabulary() -> Vocabulary:
    """The word lists of ``holders.toml``, loaded once."""
    words = _table("vocabulary")
    fields = _table("fields")
    return Vocabulary(
        company=_words_of(words.get("company")),
        street=_words_of(words.get("street")),
        stop=_words_of(words.get("stop")),
        none=_words_of(words.get("none")),
        others=_words_of(words.get("others")),
        surname_fields=_alternation(fields.get("surname")),
        given_fields=_alternation(fields.get("given")),
        not_after=_not_after(fields.get("not_after")),
    )


@functools.cache
def kind_rules(kind: str) -> KindRules | None:
    """The rules of one kind, or None for a kind without a holder (``other``)."""
    raw = _table("kinds").get(kind)
    if not isinstance(raw, dict):
        return None
    if "same_as" in raw:
        return kind_rules(str(raw["same_as"]))
    order = raw.get("order")
    steps = order if isinstance(order, list) else ["labels", "phrases", "pair", "before", "block"]
    return KindRules(
        order=tuple(str(step) for step in steps),
        labels=_patterns(raw.get("labels")),
        phrases=_patterns(raw.get("phrases")),
        before=_patterns(raw.get("before")),
    )

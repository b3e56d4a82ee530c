"""Whose document it is: the holder's name as printed, found by labelled patterns per kind.

The patterns are data (``dossier/data/holders.toml``); this module reads a name after a label
("Locataire : Mme Hélène NGUYEN-DUPONT"), after a phrase ("certifie héberger M. X"), before one
("X, née le"), from separate surname and given-name fields, or from an address block. A label
followed by a company or an address gives nothing: the result is a person or None.

The rules are loaded in ``holders_rules``, a name is read from a fragment in ``holders_person``,
and the text is walked (lines, columns, realignment) with ``holders_text``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from dossier.extract.holders_layout import (
    by_account_name,
    by_block,
    by_lone,
    by_recipient,
)
from dossier.extract.holders_person import (
    MAX_NAME_WORDS,
    TOKEN,
    as_word,
    capitalised,
    is_empty_value,
    person_from,
)
from dossier.extract.holders_rules import KindRules, Vocabulary, kind_rules, vocabulary
from dossier.extract.holders_text import (
    LINE_LIMIT,
    DocText,
    prose,
    realign_columns,
    value_places,
)
from dossier.names import fold_text, normalize_token, tables

__all__ = [
    "LABELLED_STEPS",
    "LINE_LIMIT",
    "MAX_NAME_WORDS",
    "KindRules",
    "Vocabulary",
    "find_holder",
    "find_holder_and_step",
    "find_holders",
    "kind_rules",
    "name_after",
    "pair_in",
    "person_from",
    "prose",
    "realign_columns",
    "vocabulary",
]

_SEEK_TITLE_CHARS = 200
_PARENT_CONTEXT = frozenset({"de", "d", "du", "of", "fils", "fille", "et", "and", "pere", "mere"})
_PAIR_DISTANCE = 400
_SECTION_LINES = 5
_TITLE_AHEAD = re.compile(r"(?<![a-z])(?:m|mme|mlle|melle|monsieur|madame|mademoiselle|mr|mrs|ms)\b\.?\s")


def _first_value(
    doc: DocText, position: int, label_start: int, read: Callable[[str, int], str | None]
) -> str | None:
    """The label's value: ``read`` applied to the first non-empty place it may be."""
    for fragment, start, guess in value_places(doc, position, label_start):
        if is_empty_value(fragment):
            continue
        value = read(fragment, start)
        if value is None and guess:
            continue
        return value
    return None


def _field_value(doc: DocText, label: re.Match[str], *, surname: bool) -> str | None:
    def read(fragment: str, start: int) -> str | None:
        if surname and _starts_with_field(doc, start):
            return None
        return person_from(fragment, min_words=1, commas_split=not surname)

    return _first_value(doc, label.end(), label.start(), read)


def _starts_with_field(doc: DocText, start: int) -> bool:
    vocab = vocabulary()
    rest = doc.folded[start : doc.line_end(start)].lstrip(" \t0-9.():")
    return bool(vocab.given_fields.match(rest) or vocab.surname_fields.match(rest))


def _field_matches(pattern: re.Pattern[str], doc: DocText, start: int, end: int) -> Iterator[re.Match[str]]:
    vocab = vocabulary()
    for match in pattern.finditer(doc.folded, start, end):
        if not vocab.not_after.match(doc.folded, match.end()):
            yield match


_COMBINED_LABEL = re.compile(r"[\s,&]*(?:(?:et|and)\s+)?(?:prenom|given|first|forename|names?\b)")
_COMBINED_TEXT = re.compile(r"(?:nom|surname)\W+(?:(?:et|and)\s+)?(?:prenom|given|first|forename|name)")


def pair_in(text: str) -> str | None:
    """A name from separate surname and given-name fields: "Nom : MARTIN / Prénoms : Jean"."""
    return _pair(DocText.of(text), 0, None)


def _pair(doc: DocText, start: int, end: int | None) -> str | None:
    vocab = vocabulary()
    limit = len(doc.raw) if end is None else end
    for surname_label in _field_matches(vocab.surname_fields, doc, start, limit):
        if _COMBINED_LABEL.match(doc.folded, surname_label.end()):
            continue  # "Nom, prénoms : MARTIN Jean" is one field, read by the labels
        surname = _field_value(doc, surname_label, surname=True)
        if surname is None:
            continue
        given = _given_near(doc, surname_label, start, limit)
        if given is not None:
            return f"{given} {surname.upper()}"
    return None


def _given_near(doc: DocText, surname_label: re.Match[str], start: int, limit: int) -> str | None:
    vocab = vocabulary()
    after_end = min(limit, surname_label.end() + _PAIR_DISTANCE)
    for label in _field_matches(vocab.given_fields, doc, surname_label.end(), after_end):
        value = _field_value(doc, label, surname=False)
        if value is not None:
            return value
    before_start = max(start, surname_label.start() - _PAIR_DISTANCE // 2)
    for label in reversed(list(_field_matches(vocab.given_fields, doc, before_start, surname_label.start()))):
        value = _field_value(doc, label, surname=False)
        if value is not None:
            return value
    return None


def name_after(
    repaired: str, position: int, *, min_words: int = 2, label_start: int | None = None
) -> str | None:
    """The name a label ending at ``position`` introduces, in a text already ``repair_text``-ed.

    On the rest of the line; when the line ends there, on the next line (under the label when
    the lines have columns), or in a section of separate surname and given-name fields below
    ("Père" / "Nom : X" / "Prénoms : Y").
    """
    doc = DocText(repaired, fold_text(repaired))
    return _after_label(doc, position, position if label_start is None else label_start, min_words)


def _after_label(doc: DocText, position: int, label_start: int, min_words: int = 2) -> str | None:
    """The name after a label: same line, else a section of fields, else the next line."""

    def read(fragment: str, start: int) -> str | None:
        if _starts_with_field(doc, start):
            section_end = start
            for _ in range(_SECTION_LINES):
                section_end = doc.line_end(section_end + 1)
            return _pair(doc, start, section_end)
        return person_from(fragment, min_words=min_words)

    return _first_value(doc, position, label_start, read)


def _combined_value(doc: DocText, label: re.Match[str]) -> str | None:
    """After "Nom, prénom(s)": "MARTIN, Jean" -> "Jean MARTIN"; "MARTIN Jean" as printed."""

    def read(fragment: str, start: int) -> str | None:
        head, comma, tail = fragment.partition(",")
        if comma:
            surname = person_from(head, min_words=1)
            given = person_from(tail, min_words=1, commas_split=True)
            if surname and given:
                return f"{given} {surname.upper()}"
        return person_from(fragment)

    return _first_value(doc, label.end(), label.start(), read)


def _by_labels(doc: DocText, rules: KindRules) -> Iterator[str]:
    vocab = vocabulary()
    for pattern in rules.labels:
        for match in pattern.finditer(doc.folded):
            if vocab.not_after.match(doc.folded, match.end()):
                continue
            if _COMBINED_TEXT.search(match.group()):
                name = _combined_value(doc, match)
            else:
                name = _after_label(doc, match.end(), match.start())
            if name:
                yield name


def _by_phrases(doc: DocText, rules: KindRules) -> Iterator[str]:
    for pattern in rules.phrases:
        for match in pattern.finditer(doc.folded):
            name = person_from(prose(doc.raw, match.end()))
            if name is None:
                ahead = _TITLE_AHEAD.search(doc.folded, match.end(), match.end() + _SEEK_TITLE_CHARS)
                if ahead is not None:
                    name = person_from(prose(doc.raw, ahead.start()))
            if name:
                yield name


def _by_before(doc: DocText, rules: KindRules) -> Iterator[str]:
    for pattern in rules.before:
        for match in pattern.finditer(doc.folded):
            line_start = doc.line_start(match.start())
            words = TOKEN.findall(doc.raw[line_start : match.start()])
            run = _trailing_name_run(words)
            while run and as_word(run[0]).key in tables().particles and not run[0][:1].isupper():
                run = run[1:]
            preceding = words[len(words) - len(run) - 1] if len(words) > len(run) else ""
            if run and as_word(preceding).fold not in _PARENT_CONTEXT:
                name = person_from(" ".join(run))
                if name:
                    yield name


def _trailing_name_run(tokens: Sequence[str]) -> list[str]:
    names = tables()
    run: list[str] = []
    for token in reversed(tokens):
        word = as_word(token)
        if run and token.rstrip().endswith((",", ";")):
            break
        fits = word.key and not any(c.isdigit() for c in word.raw) and word.fold not in vocabulary().stop
        if not fits or not (
            capitalised(word.raw)
            or word.key in names.particles
            or word.key in names.married_markers | names.birth_markers
        ):
            break
        run.insert(0, token)
        if word.key in names.titles or len(run) >= MAX_NAME_WORDS:
            break
    return run


def _by_pair(doc: DocText, rules: KindRules) -> Iterator[str]:
    name = _pair(doc, 0, None)
    if name:
        yield name


_Strategy = Callable[[DocText, KindRules], Iterator[str]]
_STRATEGIES: dict[str, _Strategy] = {
    "labels": _by_labels,
    "phrases": _by_phrases,
    "before": _by_before,
    "pair": _by_pair,
    "block": by_block,
    "recipient": by_recipient,
    "account_name": by_account_name,
    "lone": by_lone,
}


#: Steps that read a name where the document says whose it is (a label, a phrase, the fields);
#: the others ("block", "lone") are guesses from the page's layout.
LABELLED_STEPS = frozenset({"pair", "labels", "phrases", "before"})


def _candidates(kind: str, text: str) -> Iterator[tuple[str, str]]:
    rules = kind_rules(kind)
    if rules is None or not text:
        return
    doc = DocText.of(realign_columns(text))
    for step in rules.order:
        strategy = _STRATEGIES.get(step)
        if strategy is not None:
            yield from ((name, step) for name in strategy(doc, rules))


def find_holder_and_step(kind: str, text: str) -> tuple[str, str] | None:
    """The holder's name as printed and the step that read it (see ``LABELLED_STEPS``), or None."""
    return next(_candidates(kind, text), None)


def find_holder(kind: str, text: str) -> str | None:
    """The holder's name as printed ("Hélène NGUYEN-DUPONT"), or None when nothing credible.

    From separate surname and given-name fields the result is "Given Names SURNAME". Titles are
    dropped. For a marriage certificate, the first spouse.
    """
    found = find_holder_and_step(kind, text)
    return found[0] if found else None


def find_holders(kind: str, text: str) -> list[str]:
    """Every distinct person the kind's patterns find, in the order found (both spouses...)."""
    found: dict[str, str] = {}
    for name, _step in _candidates(kind, text):
        found.setdefault(normalize_token(name), name)
    return list(found.values())

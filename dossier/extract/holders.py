"""Whose document it is: the holder's name as printed, found by labelled patterns per kind.

The patterns are data (``dossier/data/holders.toml``); this module reads a name after a label
("Locataire : Mme Hélène NGUYEN-DUPONT"), after a phrase ("certifie héberger M. X"), before one
("X, née le"), from separate surname and given-name fields, or from an address block. A label
followed by a company or an address gives nothing: the result is a person or None.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from importlib import resources

from dossier.names import fold_text, normalize_token, repair_text, tables

MAX_NAME_WORDS = 8
LINE_LIMIT = 240  # a "line" longer than this is cut: OCR text without line breaks stays linear
_SEEK_TITLE_CHARS = 200
_PROSE_CHARS = 160
_LONE_MAX_WORDS = 5
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_PROSE_LEAD = re.compile(r"[\s:;.,\-–—]{0,40}")
_PARENT_CONTEXT = frozenset({"de", "d", "du", "of", "fils", "fille", "et", "and", "pere", "mere"})
_PAIR_DISTANCE = 400
_NEXT_LINES = 2
_SECTION_LINES = 5


# --- Rules ----------------------------------------------------------------------------------------


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


# --- Reading a name from a place in the text ------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    """The repaired text and its folded twin: same length, so offsets carry over."""

    raw: str
    folded: str

    @classmethod
    def of(cls, text: str) -> _Text:
        raw = repair_text(text)
        return cls(raw, fold_text(raw))

    def line_end(self, position: int) -> int:
        """Where the line ends, at most ``LINE_LIMIT`` characters on (text without breaks)."""
        end = self.raw.find("\n", position, position + LINE_LIMIT)
        return min(len(self.raw), position + LINE_LIMIT) if end < 0 else end

    def line_start(self, position: int) -> int:
        """Where the line starts, at most ``LINE_LIMIT`` characters back."""
        floor = max(0, position - LINE_LIMIT)
        return max(floor, self.raw.rfind("\n", floor, position) + 1)


_TOKEN = re.compile(r"\n| {3,}|\t|\S+")  # words, line breaks (prose) and column gaps
_GAP = re.compile(r" {3,}|\t")
_EDGE_PUNCTUATION = "\"'“”«»‹›()[]{}<>:;,.*_|/\\!?"
_LEADING_NOISE = frozenset(
    {"surname", "name", "names", "given", "forename", "forenames", "first", "last", "nom", "prenom"}
    | {"prenoms", "usual", "s", "e"}
)
_TITLE_LINE = re.compile(
    r"^\s*(?:m|mme|mlle|melle|monsieur|madame|mademoiselle|mr|mrs|ms)\b\.?"
    r"(?:\s*(?:ou|et|&|/)\s*(?:m|mme|mlle|madame|monsieur)\b\.?)?\s+\S"
)
_TITLE_AHEAD = re.compile(r"(?<![a-z])(?:m|mme|mlle|melle|monsieur|madame|mademoiselle|mr|mrs|ms)\b\.?\s")
_AFTER_MARKER_STOP = frozenset({"le", "la", "a", "au", "on", "in", "en", "el", "il", "em", "am"})


@dataclass(frozen=True)
class _Word:
    raw: str  # the word as printed, edge punctuation removed
    fold: str  # folded, edge punctuation removed
    key: str  # normalised letters
    ends_clause: bool  # followed by a comma or semicolon
    brk: str = ""  # "line" or "gap" for a line break or a column gap, not a word


def _word(token: str) -> _Word:
    if token == "\n":
        return _Word("", "", "", False, "line")
    if not token.strip():
        return _Word("", "", "", False, "gap")
    core = token.strip(_EDGE_PUNCTUATION + "-'’")
    folded = fold_text(core)
    return _Word(core, folded, normalize_token(core), token.rstrip(".)").endswith((",", ";")))


def _capitalised(word: str) -> bool:
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


def _classify(word: _Word, following: _Word | None, started: bool, titled: bool) -> _Kind:
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


def _marker_continues(following: _Word | None) -> bool:
    """Whether a marker goes on with a name ("née DURAND"), not a date ("née le 3 mars")."""
    return following is not None and following.fold not in _AFTER_MARKER_STOP and _capitalised(following.raw)


def _body_kind(word: _Word) -> _Kind:
    if word.key in tables().particles:
        return _Kind.PARTICLE
    if word.fold in vocabulary().stop or word.fold.rstrip(".") in vocabulary().stop:
        return _Kind.STOP
    return _Kind.NAME if _capitalised(word.raw) else _Kind.STOP


@dataclass(frozen=True)
class _Candidate:
    words: tuple[_Word, ...]
    titled: bool

    @property
    def name_words(self) -> list[_Word]:
        names = tables()
        return [w for w in self.words if w.key not in names.particles or w.raw[:1].isupper()]


def _skip_noise(words: list[_Word]) -> list[_Word]:
    i = 0
    while i < len(words) and (not words[i].key or words[i].fold in _LEADING_NOISE):
        if any(c.isdigit() for c in words[i].raw) and words[i].key:
            break
        i += 1
    return words[i:]


def _collect(words: list[_Word], commas_split: bool) -> _Candidate:
    kept: list[_Word] = []
    titled = False
    clean_end = True  # the name ended with the fragment, a comma or a digit, not at a word
    for i, word in enumerate(words):
        following = next((w for w in words[i + 1 :] if not w.brk), None)
        if word.brk:
            if kept and not _name_goes_on(word, kept, following):
                break
            continue
        if titled and kept and _organisation_word(word):
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


def _name_goes_on(brk: _Word, kept: list[_Word], following: _Word | None) -> bool:
    """A column gap ends a name; a line break only while the surname (in capitals) is still to come."""
    if brk.brk == "gap" or following is None:
        return False
    surname_seen = any(len(w.key) > 1 and w.raw.isupper() for w in kept)
    return not surname_seen or (len(following.key) > 1 and following.raw.isupper())


def _trim(kept: list[_Word], clean_end: bool) -> list[_Word]:
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


def _organisation_word(word: _Word) -> bool:
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
    words = _skip_noise([_word(t) for t in _TOKEN.findall(repair_text(fragment))])
    candidate = _collect(words, commas_split)
    if not _credible(candidate, min_words):
        return None
    return " ".join(w.raw for w in candidate.words)


# --- Strategies -----------------------------------------------------------------------------------


def _columns(line: str) -> list[tuple[int, int]]:
    """The non-blank parts of a line that wide gaps separate (columns run together by OCR)."""
    bounds = [0]
    for gap in _GAP.finditer(line):
        bounds += [gap.start(), gap.end()]
    bounds.append(len(line))
    return [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if line[a:b].strip()]


def _segment(doc: _Text, start: int, end: int, column: int) -> tuple[int, int]:
    """The part of a line under ``column`` when wide gaps split the line into columns."""
    segments = _columns(doc.raw[start:end])
    if len(segments) < 2:
        return start, end
    a, b = min(segments, key=lambda seg: abs(seg[0] - column))
    return start + a, start + b


def _values(doc: _Text, position: int, label_start: int) -> Iterator[tuple[str, int, bool]]:
    """Where a label's value may be: the rest of its line, then the next non-empty lines.

    On the next lines, when gaps split them into columns, only the column under the label.
    Each comes with its start and whether it is only a guess (the rest of the line begins with
    a column gap: it may be another column's text, with the value below the label).
    """
    end = doc.line_end(position)
    yield doc.raw[position:end], position, bool(_GAP.match(doc.raw, position))
    column = label_start - doc.line_start(label_start)
    seen = 0
    while seen < _NEXT_LINES and end < len(doc.raw):
        start = end + 1
        end = doc.line_end(start)
        if doc.raw[start:end].strip():
            seen += 1
            first, last = _segment(doc, start, end, column)
            yield doc.raw[first:last], first, False


def _is_empty_value(fragment: str) -> bool:
    if fragment.lstrip().startswith("/"):
        return True  # the label goes on in another language: "Nom/Surname / Sobrenome"
    words = _skip_noise([_word(t) for t in _TOKEN.findall(fragment)])
    return not words


def _first_value(
    doc: _Text, position: int, label_start: int, read: Callable[[str, int], str | None]
) -> str | None:
    """The label's value: ``read`` applied to the first non-empty place it may be."""
    for fragment, start, guess in _values(doc, position, label_start):
        if _is_empty_value(fragment):
            continue
        value = read(fragment, start)
        if value is None and guess:
            continue
        return value
    return None


def _field_value(doc: _Text, label: re.Match[str], *, surname: bool) -> str | None:
    def read(fragment: str, start: int) -> str | None:
        if surname and _starts_with_field(doc, start):
            return None
        return person_from(fragment, min_words=1, commas_split=not surname)

    return _first_value(doc, label.end(), label.start(), read)


def _starts_with_field(doc: _Text, start: int) -> bool:
    vocab = vocabulary()
    rest = doc.folded[start : doc.line_end(start)].lstrip(" \t0-9.():")
    return bool(vocab.given_fields.match(rest) or vocab.surname_fields.match(rest))


def _field_matches(pattern: re.Pattern[str], doc: _Text, start: int, end: int) -> Iterator[re.Match[str]]:
    vocab = vocabulary()
    for match in pattern.finditer(doc.folded, start, end):
        if not vocab.not_after.match(doc.folded, match.end()):
            yield match


_COMBINED_LABEL = re.compile(r"[\s,&]*(?:(?:et|and)\s+)?(?:prenom|given|first|forename|names?\b)")
_COMBINED_TEXT = re.compile(r"(?:nom|surname)\W+(?:(?:et|and)\s+)?(?:prenom|given|first|forename|name)")


def pair_in(text: str) -> str | None:
    """A name from separate surname and given-name fields: "Nom : MARTIN / Prénoms : Jean"."""
    return _pair(_Text.of(text), 0, None)


def _pair(doc: _Text, start: int, end: int | None) -> str | None:
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


def _given_near(doc: _Text, surname_label: re.Match[str], start: int, limit: int) -> str | None:
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
    doc = _Text(repaired, fold_text(repaired))
    return _after_label(doc, position, position if label_start is None else label_start, min_words)


def _after_label(doc: _Text, position: int, label_start: int, min_words: int = 2) -> str | None:
    """The name after a label: same line, else a section of fields, else the next line."""

    def read(fragment: str, start: int) -> str | None:
        if _starts_with_field(doc, start):
            section_end = start
            for _ in range(_SECTION_LINES):
                section_end = doc.line_end(section_end + 1)
            return _pair(doc, start, section_end)
        return person_from(fragment, min_words=min_words)

    return _first_value(doc, position, label_start, read)


def _combined_value(doc: _Text, label: re.Match[str]) -> str | None:
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


def _by_labels(doc: _Text, rules: KindRules) -> Iterator[str]:
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


def prose(text: str, position: int) -> str:
    """The text from ``position`` (past a colon and blank lines) to the paragraph's end: a name may wrap."""
    lead = _PROSE_LEAD.match(text, position)
    start = lead.end() if lead else position
    chunk = text[start : start + _PROSE_CHARS]
    paragraph_end = _PARAGRAPH_END.search(chunk)
    return chunk[: paragraph_end.start()] if paragraph_end else chunk


def _by_phrases(doc: _Text, rules: KindRules) -> Iterator[str]:
    for pattern in rules.phrases:
        for match in pattern.finditer(doc.folded):
            name = person_from(prose(doc.raw, match.end()))
            if name is None:
                ahead = _TITLE_AHEAD.search(doc.folded, match.end(), match.end() + _SEEK_TITLE_CHARS)
                if ahead is not None:
                    name = person_from(prose(doc.raw, ahead.start()))
            if name:
                yield name


def _by_before(doc: _Text, rules: KindRules) -> Iterator[str]:
    for pattern in rules.before:
        for match in pattern.finditer(doc.folded):
            line_start = doc.line_start(match.start())
            words = _TOKEN.findall(doc.raw[line_start : match.start()])
            run = _trailing_name_run(words)
            while run and _word(run[0]).key in tables().particles and not run[0][:1].isupper():
                run = run[1:]
            preceding = words[len(words) - len(run) - 1] if len(words) > len(run) else ""
            if run and _word(preceding).fold not in _PARENT_CONTEXT:
                name = person_from(" ".join(run))
                if name:
                    yield name


def _trailing_name_run(tokens: Sequence[str]) -> list[str]:
    names = tables()
    run: list[str] = []
    for token in reversed(tokens):
        word = _word(token)
        if run and token.rstrip().endswith((",", ";")):
            break
        fits = word.key and not any(c.isdigit() for c in word.raw) and word.fold not in vocabulary().stop
        if not fits or not (
            _capitalised(word.raw)
            or word.key in names.particles
            or word.key in names.married_markers | names.birth_markers
        ):
            break
        run.insert(0, token)
        if word.key in names.titles or len(run) >= MAX_NAME_WORDS:
            break
    return run


def _mentions_other(line: str) -> bool:
    words = set(re.findall(r"[a-z]+", line))
    return bool(words & vocabulary().others)


def _is_other_label(line: str) -> bool:
    words = re.findall(r"[a-z]+", line)
    return 0 < len(words) <= 3 and bool(set(words) & vocabulary().others)


def _by_block(doc: _Text, rules: KindRules) -> Iterator[str]:
    lines = doc.folded.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        if i > 0 and _is_other_label(lines[i - 1]):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if _mentions_other(following) and re.search(r"denomm|ci-apres|qualite|represent", following):
            continue
        for first, last in _columns(line):
            column = line[first:last]
            if _TITLE_LINE.match(column) and not _mentions_other(column):
                name = person_from(doc.raw[start + first : start + last])
                if name:
                    yield name


def _by_lone(doc: _Text, rules: KindRules) -> Iterator[str]:
    """A line that is nothing but a name in capitals ("EL AMRANI YOUSSEF"): a last resort."""
    for line in doc.raw.split("\n"):
        words = line.split()
        if not 2 <= len(words) <= _LONE_MAX_WORDS:
            continue
        if not all(w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
            continue
        name = person_from(line)
        if name and len(name.split()) == len(words):
            yield name


def _by_pair(doc: _Text, rules: KindRules) -> Iterator[str]:
    name = _pair(doc, 0, None)
    if name:
        yield name


_Strategy = Callable[[_Text, KindRules], Iterator[str]]
_STRATEGIES: dict[str, _Strategy] = {
    "labels": _by_labels,
    "phrases": _by_phrases,
    "before": _by_before,
    "pair": _by_pair,
    "block": _by_block,
    "lone": _by_lone,
}


_LABEL_ONLY = re.compile(r"^\s*[^\W\d_][^:\n]{0,40}:\s*$")
_ASIDE = re.compile(r"^\s*[(\[].*[)\]]?\s*$")
_MIN_LABEL_RUN = 3


def realign_columns(text: str) -> str:
    """Put back together a form whose labels and values OCR read as two separate columns.

    "Nom :" / "Prénom(s) :" / "Sexe :" followed, further down, by "DIOP" / "Aminata" / "féminin"
    becomes "Nom : DIOP" / "Prénom(s) : Aminata" / "Sexe : féminin". Lines in parentheses
    between the values (a date in words) are skipped. Text without such a block is returned as is.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LABEL_ONLY.match(lines[j]):
            j += 1
        if j - i >= _MIN_LABEL_RUN:
            merged = _merge_block(lines, i, j)
            if merged is not None:
                block, i = merged
                out.extend(block)
                continue
        out.extend(lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return "\n".join(out)


def _merge_block(lines: list[str], start: int, end: int) -> tuple[list[str], int] | None:
    """The labels ``lines[start:end]`` joined to the values after them, and where reading resumes."""
    values: list[str] = []
    skipped: list[str] = []
    k = end
    while k < len(lines) and len(values) < end - start:
        line = lines[k].strip()
        if _LABEL_ONLY.match(lines[k]):
            return None
        if not line or _ASIDE.match(line):
            skipped.append(lines[k])
        else:
            values.append(line)
        k += 1
    if len(values) < end - start:
        return None
    merged = [f"{label.rstrip()} {value}" for label, value in zip(lines[start:end], values, strict=True)]
    return merged + skipped, k


def _candidates(kind: str, text: str) -> Iterator[str]:
    rules = kind_rules(kind)
    if rules is None or not text:
        return
    doc = _Text.of(realign_columns(text))
    for step in rules.order:
        strategy = _STRATEGIES.get(step)
        if strategy is not None:
            yield from strategy(doc, rules)


def find_holder(kind: str, text: str) -> str | None:
    """The holder's name as printed ("Hélène NGUYEN-DUPONT"), or None when nothing credible.

    From separate surname and given-name fields the result is "Given Names SURNAME". Titles are
    dropped. For a marriage certificate, the first spouse.
    """
    return next(_candidates(kind, text), None)


def find_holders(kind: str, text: str) -> list[str]:
    """Every distinct person the kind's patterns find, in the order found (both spouses...)."""
    found: dict[str, str] = {}
    for name in _candidates(kind, text):
        found.setdefault(normalize_token(name), name)
    return list(found.values())

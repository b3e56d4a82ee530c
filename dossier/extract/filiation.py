"""Filiation: the parents' names on a birth certificate.

A CPAM needs a birth certificate "avec filiation": one that names the parents. They appear as
"fils de X et de Y", "Père : X" / "Mère : Y", "Father: X", "Name of mother", "padre/madre",
"pai/mãe", "Vater/Mutter", "filho de X e de Y", or in fields ("Nom du père", "Prénoms du
père"). Names are returned cleaned: no title, no ", né le 3 mars 1960 à Lyon, commerçant".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.extract.holders import LINE_LIMIT, name_after, person_from, prose, realign_columns
from dossier.names import fold_text, parse_name, repair_text, same_person

_CHILD_OF = re.compile(
    r"(?<![a-z])(?:fils|fille|enfant|filho|filha|hijo|hija|figlio|figlia|son|daughter|child|sohn|tochter)"
    r"\s+(?:(?:de|du|des|of|di|del|da|do|von|der)(?![a-z])|d')\s*"
)
_AND_OF = re.compile(r"(?<![a-z])(?:et|and|e|y|und)\s+(?:(?:de|du|of|di|da|do|der)(?![a-z])\s*|d'\s*)?")
_LINK = re.compile(r"\s(?:[Ee][Tt]|[Aa][Nn][Dd]|[Uu][Nn][Dd]|e|y)\s")
_SECOND_PARENT_CHARS = 300
_IN_FIELD_LABEL = re.compile(r"(?:nom|noms|prenoms?|name|names|surname)\b[^:\n]{0,20}$")

# "Nom du père : MARTIN" with "Prénoms du père : Jean" -> "Jean MARTIN".
_FIELD_PAIRS = (
    (
        re.compile(r"(?<![a-z])(?:nom\s+(?:de\s+famille\s+)?du\s+pere|father.?s\s+(?:sur|last\s+)name)\s*:?"),
        re.compile(r"(?<![a-z])(?:prenoms?\s+du\s+pere|father.?s\s+(?:given|first|fore)\s*names?)\s*:?"),
    ),
    (
        re.compile(
            r"(?<![a-z])(?:nom\s+(?:de\s+famille\s+)?de\s+la\s+mere|mother.?s\s+(?:sur|last\s+|maiden\s+)name)\s*:?"
        ),
        re.compile(r"(?<![a-z])(?:prenoms?\s+de\s+la\s+mere|mother.?s\s+(?:given|first|fore)\s*names?)\s*:?"),
    ),
)
# Labels followed by a parent's full name; the short words need a colon, a dash or a line end.
_LONG_LABELS = re.compile(
    r"(?<![a-z-])(?:nom\s+et\s+prenoms?\s+du\s+pere|nom\s+et\s+prenoms?\s+de\s+la\s+mere"
    r"|name\s+of\s+(?:the\s+)?(?:father|mother)|(?:father|mother).?s\s+(?:full\s+)?name"
    r"|nome\s+do\s+pai|nome\s+da\s+mae|nombre\s+del\s+padre|nombre\s+de\s+la\s+madre"
    r"|nome\s+del\s+padre|nome\s+della\s+madre|name\s+des\s+vaters|name\s+der\s+mutter"
    r"|ime\s+i\s+prezime\s+(?:oca|majke)|ime\s+(?:oca|majke)|apja\s+neve|anyja\s+neve"
    r"|(?:tevo|motinos)\s+vardas|(?:isan|aidin)\s+nimi)(?![a-z])[ \t]*[:\-]?"
)
# Azerbaijani "Atası"/"Anası" (father/mother; OCR reads the dotless ı as i or t), Turkish
# "Babası"/"Annesi".
_TURKIC = r"atas[iıt]|anas[iıt]|babas[iı]|annes[iı]"
# Father and mother as labels in Nordic, Baltic, Central European, Balkan and Somali acts.
_OTHER_PARENTS = (
    r"otac|majka|oca|majke|fader|moder|far|mor|isa|aiti|ema|tevas|motina|tevs|mate|otec|matka|oce|mati"
    r"|missier|omm|aabbaha|hooyada"
)
_SHORT_LABELS = re.compile(
    r"(?<![a-z-])(?:pere|mere|father|mother|padre|madre|pai|mae|vater|mutter|parent\s*[12]|"
    + _TURKIC
    + r"|"
    + _OTHER_PARENTS
    + r")"
    r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*(?:[:\-]|(?=\n)|$)"
)
# "Vater Heinrich HOFFMANN": a short label opening a line, the name after a space.
_LINE_LABELS = re.compile(
    r"(?m)^[ \t]*(?:pere|mere|father|mother|padre|madre|pai|mae|vater|mutter|" + _TURKIC + r")[ \t]+(?=\S)"
)
MAX_PARENTS = 4
_NAME_LIKE = re.compile(r"(?<![\w'-])[A-ZÀ-Ý][^\W\d_]{2,}")  # a name has a word of three letters


def _end_of(repaired: str, name: str, start: int) -> int:
    last = name.rsplit(maxsplit=1)[-1]
    found = repaired.find(last, start, start + LINE_LIMIT)
    return found + len(last) if found >= 0 else start


def _until_link(fragment: str) -> str:
    """The first parent's part of "X et de Y" (lower-case "e"/"y" only: "GARCIA Y LOPEZ" is a name)."""
    link = _LINK.search(fragment)
    return fragment[: link.start()] if link else fragment


def _name_at(repaired: str, position: int) -> str | None:
    """A parent's name right after "fils de" / "et de": in prose (may wrap), or on the next line."""
    rest = repaired[position : _line_end(repaired, position)]
    if not rest.strip(" \t:.-–—"):
        return name_after(repaired, position, min_words=1)
    return person_from(_until_link(prose(repaired, position)), min_words=1)


def _from_phrases(repaired: str, folded: str) -> Iterator[tuple[int, str]]:
    for match in _CHILD_OF.finditer(folded):
        first = _name_at(repaired, match.end())
        if first is None:
            continue
        yield match.end(), first
        after = _end_of(repaired, first, match.end())
        for link in _AND_OF.finditer(folded, after, after + _SECOND_PARENT_CHARS):
            second = _name_at(repaired, link.end())
            if second is not None:
                yield link.end(), second
                break


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position, position + LINE_LIMIT)
    return min(len(text), position + LINE_LIMIT) if end < 0 else end


def _from_field_pairs(repaired: str, folded: str) -> Iterator[tuple[int, str]]:
    for surname_label, given_label in _FIELD_PAIRS:
        surname_match = surname_label.search(folded)
        if surname_match is None:
            continue
        surname = name_after(repaired, surname_match.end(), min_words=1)
        if surname is None:
            continue
        given_match = given_label.search(folded)
        given = name_after(repaired, given_match.end(), min_words=1) if given_match else None
        yield surname_match.start(), f"{given} {surname.upper()}" if given else surname


def _from_labels(repaired: str, folded: str) -> Iterator[tuple[int, str]]:
    for pattern in (_LONG_LABELS, _SHORT_LABELS, _LINE_LABELS):
        for match in pattern.finditer(folded):
            floor = max(0, match.start() - LINE_LIMIT)
            line_start = max(floor, folded.rfind("\n", floor, match.start()) + 1)
            if _IN_FIELD_LABEL.search(folded, line_start, match.start()):
                continue  # "Nom du père", "Prénoms du père": read as a pair
            name = name_after(repaired, match.end(), min_words=1, label_start=match.start())
            if name is not None:
                yield match.start(), name


def find_parents(text: str) -> list[str]:
    """The parents' names a birth certificate gives, in the order written; [] if none.

    A mother shown with her married name ("Anna MÜLLER geb. SCHMIDT") is given by her birth name.
    """
    repaired = repair_text(realign_columns(text))
    folded = fold_text(repaired)
    found: list[tuple[int, str]] = [
        *_from_phrases(repaired, folded),
        *_from_field_pairs(repaired, folded),
        *_from_labels(repaired, folded),
    ]
    found.sort(key=lambda item: item[0])
    parents: list[str] = []
    for _, printed in found:
        if len(parents) >= MAX_PARENTS:
            break
        name = _birth_name(printed)
        if not _NAME_LIKE.search(name):
            continue  # "VI" read off another script's letters beside an empty field: no name
        if not any(_same(name, kept) for kept in parents):
            parents.append(name)
    return parents


def _birth_name(name: str) -> str:
    """The birth name of "Anna MÜLLER geb. SCHMIDT" or "Anna MÜLLER née SCHMIDT": "Anna SCHMIDT"."""
    parsed = parse_name(name)
    if parsed is None or not parsed.alt_surnames:
        return name
    return " ".join([*parsed.given_names, parsed.surname])


def _same(a: str, b: str) -> bool:
    first, second = parse_name(a), parse_name(b)
    if first is None or second is None:
        return fold_text(a) == fold_text(b)
    return same_person(first, second)


# Words that only an act with filiation uses: the parents named, in the languages acts come in.
_PARENT_WORDS = (
    r"(?<![a-z])(?:pere|mere|fils|fille|father|mother|parents?|son of|daughter|padre|madre|hij[oa] de|pai|mae"
    r"|filh[oa] de|vater|mutter|sohn|tochter|vader|moeder|ojciec|matka|tatal|mama|baba|anne|genitori"
    r"|figli[oa] di|filiation|filiacion|filiacao|otac|majka|roditelj\w*|atesia|amesia|babait|nenes"
    r"|batko|maty|otets|" + _TURKIC + r"|" + _OTHER_PARENTS + r")(?![a-z])"
)
# The father or mother as the one who declared the birth, with no name: no filiation in that.
_DECLARANT = re.compile(r"declaration\s+(?:du|de la|of the)\s+(?:pere|mere|father|mother)")
# After a parent word, on its line or the next, a capitalised word: a name after a label.
_NAME_AFTER = re.compile(
    r"[^\n]{0,40}?(?:\n[^\n]{0,20}?)?(?<![\w'-])"
    r"(?!(?:Nom|Noms|Pr[ée]noms?|Lieu|Date|Sexe|Profession|Domicile|Name|Surname|Place)\b)"
    r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'-]{2,}"
)  # a name of three letters or more after the word, not the next field's label


# The French act's own formula for the parents: "..., de Jean MARTIN, né en 1961, et de Marie
# DURAND, née en 1964, son épouse": no word "père" or "mère" in it.
_PARENTS_FORMULA = re.compile(
    r"\bet de (?:la dame |madame |mme |m\. )?[A-ZÀ-Ý][\w'-]+(?:[ \t]+[A-ZÀ-Ý][\w'-]+)*,?\s+n[ée]e?\b"
    r"|\bson [ée]pouse\b"
)


def mentions_parents(text: str) -> bool:
    """Whether an act names parents somewhere, even where their names could not be parsed."""
    repaired = repair_text(text)
    if _PARENTS_FORMULA.search(repaired):
        return True
    folded = fold_text(repaired)  # same length: offsets carry over
    for match in re.finditer(_PARENT_WORDS, folded):
        if _DECLARANT.search(folded, max(0, match.start() - 20), match.end()):
            continue
        if _NAME_AFTER.match(repaired, match.end()):
            return True
    return False

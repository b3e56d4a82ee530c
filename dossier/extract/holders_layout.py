"""Whose document it is, from the page's layout when no label says: the postal blocks and lines.

An address block that starts with a title ("M. Jean MARTIN"), a recipient block (a name line
right above a street or postcode line), an organisation's name after a RIB's account label, and
as a last resort a line that is nothing but a name in capitals. A block that says whose it is
otherwise (landlord, owner, employer) is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dossier.extract.holders_person import person_from
from dossier.extract.holders_rules import KindRules, vocabulary
from dossier.extract.holders_text import DocText, column_spans
from dossier.names import fold_text

_LONE_MAX_WORDS = 5
_TITLE_LINE = re.compile(
    r"^\s*(?:m|mme|mlle|melle|monsieur|madame|mademoiselle|mr|mrs|ms)\b\.?"
    r"(?:\s*(?:ou|et|&|/)\s*(?:m|mme|mlle|madame|monsieur)\b\.?)?\s+\S"
)


def mentions_other(line: str) -> bool:
    """Whether a (folded) line names someone other than the holder: landlord, owner, employer."""
    words = set(re.findall(r"[a-z]+", line))
    return bool(words & vocabulary().others)


def is_other_label(line: str) -> bool:
    """Whether a (folded) line is a short label of such a person ("Bailleur :")."""
    words = re.findall(r"[a-z]+", line)
    return 0 < len(words) <= 3 and bool(set(words) & vocabulary().others)


def by_block(doc: DocText, rules: KindRules) -> Iterator[str]:
    """An address block: a line, or a column of one, that starts with a title ("M. Jean MARTIN")."""
    lines = doc.folded.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        if i > 0 and is_other_label(lines[i - 1]):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if mentions_other(following) and re.search(r"denomm|ci-apres|qualite|represent", following):
            continue
        for first, last in column_spans(line):
            column = line[first:last]
            if _TITLE_LINE.match(column) and not mentions_other(column):
                name = person_from(doc.raw[start + first : start + last])
                if name:
                    yield name


def by_lone(doc: DocText, rules: KindRules) -> Iterator[str]:
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


_POSTCODE_LINE = re.compile(r"^\s*(?:f-)?\d{5}\s+[a-z]")
_RECIPIENT_WORDS = (2, 5)  # a name line holds two to five words: "de Lattre Alexis", "JOHN DOE"


def _is_address_line(line: str) -> bool:
    """A street line ("35 rue du logiciel libre", "Adresse : 3 rue...") or a postcode line."""
    if _POSTCODE_LINE.match(line):
        return True
    words = re.findall(r"[a-z]+", line)
    return bool(re.search(r"\d", line)) and bool(set(words) & vocabulary().street)


def by_recipient(doc: DocText, rules: KindRules) -> Iterator[str]:
    """A postal recipient block: a line that is nothing but a person's name, above the address.

    A sender's block has the same shape, but names a company (which is no person) or says whose
    it is (landlord, owner): such a block, or one under such a label, is passed over.
    """
    raw_lines, lines = doc.raw.split("\n"), doc.folded.split("\n")
    for i, line in enumerate(lines):
        following = [n for n in lines[i + 1 : i + 3] if n.strip()]
        if not following or not _is_address_line(following[0]):
            continue
        if mentions_other(line) or mentions_other(following[0]) or (i > 0 and is_other_label(lines[i - 1])):
            continue
        words = raw_lines[i].split()
        if not _RECIPIENT_WORDS[0] <= len(words) <= _RECIPIENT_WORDS[1]:
            continue
        name = person_from(raw_lines[i])
        if name and len(name.split()) == len(words):
            yield name


_ACCOUNT_LABEL = re.compile(r"(?:titulaire du compte|intitule du compte|account (?:holder|name))\s*:?\s*")
_ORGANISATION = re.compile(r"^[A-Z][A-Z '’.&/-]{2,80}$")  # capitals, no digits: no IBAN, no address


def by_account_name(doc: DocText, rules: KindRules) -> Iterator[str]:
    """An account held by an organisation: the capitals after the label, up to its address.

    A RIB may be an association's or a public body's; what it says is then no person's name
    but is still whose account it is.
    """
    for label in _ACCOUNT_LABEL.finditer(doc.folded):
        rest = doc.raw[label.end() : label.end() + 300].split("\n")
        lines: list[str] = []
        for line in (part.strip() for part in rest):
            if not line and not lines:
                continue
            folded = fold_text(line)
            first_word = folded.split()[0] if folded.split() else ""
            if not line or _is_address_line(folded) or not _ORGANISATION.match(line):
                break
            if first_word in vocabulary().stop:  # another label ("IBAN", "Domiciliation")
                break
            lines.append(" ".join(line.split()))
        if lines:
            yield " ".join(lines[:2])

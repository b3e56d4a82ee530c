"""Whose each document is, settled once the applicant is known, and judged only on evidence.

The role patterns of ``extract`` read a holder without knowing whom to expect, and on layouts
they were not written for they take the landlord for the tenant or the employer for the
employee. Once the applicant's name is known, it is looked for first on every document; only
when it is absent does the role reading stand. A name that differs is an error (another
person's document) only when it was read where the document says whose it is, is a credible
full name, and is not within OCR's reach of the applicant's; anything less is a warning that
says what to look at.
"""

from __future__ import annotations

import difflib
import re

from dossier.extract.holders import LABELLED_STEPS
from dossier.models import Applicant, Document
from dossier.mrz import without_mrz_lines
from dossier.names import PersonName, damerau_levenshtein, normalize_token, parse_name, same_person
from dossier.names.find import Found, find_person
from dossier.names.icao import fits_mrz, loose_token

#: Kinds whose holder is not the applicant's to match: the spouse's, or nobody's.
HOLDER_EXEMPT_KINDS = frozenset({"marriage_certificate", "family_record_book", "other"})
#: Filled in by the applicant: another name there is a misreading, never another person's form.
SELF_FILLED_KINDS = frozenset({"application_form", "child_attachment_form"})
#: The applicant's name comes from these: they are the reference, not compared with it.
REFERENCE_KINDS = frozenset({"passport", "national_id"})
#: Two names this alike (letters in common, surname and given names apart, 0 to 1) may be one
#: name misread by OCR.
OCR_REACH = 0.75


def anchor_holders(documents: list[Document], applicant: Applicant | None) -> None:
    """Each document on which the applicant's name is printed is the applicant's, as printed there."""
    if applicant is None:
        return
    reference = PersonName(applicant.surname, applicant.given_names)
    for doc in documents:
        if doc.kind in HOLDER_EXEMPT_KINDS or doc.fields.get("duplicate_of"):
            continue
        read = parse_name(doc.holder or "")
        if read is not None and same_person(reference, read) and credible_name(doc.holder or ""):
            # The role reading found the applicant, legibly: OCR slips are set right (on an
            # identity document too: its printed name read a letter off the MRZ's), and a name
            # read in part (one of two surnames, an MRZ's transliteration) is taken whole as
            # the page prints it.
            respelled = find_person(reference, doc.holder or "")
            whole = _fullest(reference, doc)
            if whole is not None and len(whole.printed.split()) >= len((doc.holder or "").split()):
                respelled = whole
            doc.holder = respelled.printed if respelled else doc.holder
            continue
        if doc.kind in REFERENCE_KINDS:
            continue  # its holder is what the reference was read from, not something to look for
        found = _fullest(reference, doc)
        if found is None or is_a_parent(doc, reference):
            continue
        if doc.holder and doc.holder != found.printed:
            doc.fields["holder_by_role"] = doc.holder
        doc.holder = found.printed
        doc.fields["holder_found_by"] = "applicant"


def unanchored(documents: list[Document], applicant: Applicant | None) -> list[Document]:
    """Documents that should name the applicant on which no one's name was read surely.

    Their pages are worth a second reading: the first may have dropped the line that names them
    (handwriting on dotted lines, letters in boxes), leaving no holder, noise, or a guess from
    the layout. A document that names someone else after a label was read well: it is not.
    """
    if applicant is None:
        return []
    reference = PersonName(applicant.surname, applicant.given_names)
    return [
        doc
        for doc in documents
        if doc.kind not in HOLDER_EXEMPT_KINDS | REFERENCE_KINDS
        and not doc.fields.get("duplicate_of")
        and not _is_reference(doc.holder, reference)
        and not is_a_parent(doc, reference)
        and _read_unsurely(doc)
    ]


def _read_unsurely(doc: Document) -> bool:
    holder = doc.holder or ""
    surely = doc.fields.get("holder_found_by") in {*LABELLED_STEPS, "mrz", "translation"}
    return not (surely and credible_name(holder))


def _is_reference(holder: str | None, reference: PersonName) -> bool:
    read = parse_name(holder or "")
    return read is not None and same_person(reference, read)


def _fullest(reference: PersonName, doc: Document) -> Found | None:
    """The applicant's name where the document prints most of it: its first reading, or its second.

    The second reading (comb boxes without their walls, a page the first reading read poorly)
    may hold the given names the first one read as noise, or the name the first read a letter off.
    """
    readings = [without_mrz_lines(doc.text), doc.second_text]
    found = [f for f in (find_person(reference, text) for text in readings if text) if f is not None]
    wanted = {loose_token(w) for part in (reference.surname, *reference.given_names) for w in part.split()}

    def fullness(f: Found) -> tuple[int, int]:
        # More of the name, then more of its words read letter for letter.
        words = re.findall(r"[^\W\d_]+", f.printed)
        return len(words), sum(1 for w in words if loose_token(w) in wanted)

    return max(found, key=fullness, default=None)


def is_a_parent(doc: Document, reference: PersonName) -> bool:
    """A birth certificate that names the applicant as a parent is a child's, not the applicant's.

    No one is their own parent: a "parent" read with the act's own holder's name is the child's
    name taken for a parent's (a reading slip), not a sign that the act is a child's.
    """
    holder = parse_name(doc.holder or "")
    for parent in doc.fields.get("parents") or ():
        name = parse_name(str(parent))
        if name is None or (holder is not None and same_person(holder, name)):
            continue
        if same_person(reference, name):
            return True
    return False


def surely_another_person(doc: Document, holder: PersonName, reference: PersonName) -> bool:
    """Whether a holder that differs from the applicant is surely someone else, not a misreading."""
    if not _read_surely(doc, holder):
        return False
    if _same_words(holder, reference):
        return False  # the same words split, ordered or hyphenated otherwise, fewer, or a slip off
    if fits_mrz(reference, holder) or fits_mrz(holder, reference):
        return False
    return _likeness(holder, reference) < OCR_REACH


def _read_surely(doc: Document, holder: PersonName) -> bool:
    """Whether the holder was read where a document says whose it is, whole and legible.

    Not on a form the applicant filled in by hand (boxes OCR reads poorly), not on an identity
    document whose MRZ was not read (the kind is a guess too), not from the layout alone (an
    address block, a line in capitals) unless addressed with a title and named again, not half a
    name or OCR noise.
    """
    step = doc.fields.get("holder_found_by")
    if doc.kind in SELF_FILLED_KINDS or (doc.kind in REFERENCE_KINDS and step != "mrz"):
        return False
    if step not in {*LABELLED_STEPS, "mrz"} and not addressed_twice(doc, holder):
        return False
    return bool(holder.given_names and holder.surname and credible_name(doc.holder or ""))


_TITLE_BEFORE = re.compile(r"(?i)\b(?:M|Mr|Mme|Mlle|Mrs|Ms|Monsieur|Madame|Mademoiselle)\.?[ \t]+$")
TITLE_REACH = 14  # characters before a name where its title stands ("Madame ", "M. ")


def addressed_twice(doc: Document, holder: PersonName) -> bool:
    """Whether the document is addressed to the person, with a title, and names them once more.

    A landlord's notice is sent to its tenant: "M. PERRIN THIERRY" in the address window, and
    the same name on the payment stub. Read twice, with a title, it is no guess from the layout.
    """
    if doc.fields.get("holder_found_by") != "block":
        return False  # only an address block is where a document names whom it is sent to
    text = doc.text
    first = find_person(holder, text)
    if first is None or not _TITLE_BEFORE.search(text[max(0, first.start - TITLE_REACH) : first.start]):
        return False
    return find_person(holder, text[first.end :]) is not None


def _same_words(holder: PersonName, reference: PersonName) -> bool:
    """Whether two names are made of the same words.

    Exactly, in any order and split otherwise; or, one OCR slip aside, part for part (surname
    with surname, given names with given names; in any part when the holder's surname is not
    marked): "Martine JEAN" is not Jean MARTIN.
    """
    theirs, ours = _words(holder), _words(reference)
    if theirs <= ours or ours <= theirs:
        return True
    if not holder.order_known:
        return _within(theirs, ours) or _within(ours, theirs)
    parts = [
        (_words(PersonName(h, ())), _words(PersonName(r, ())))
        for h, r in (
            (holder.surname, reference.surname),
            (" ".join(holder.given_names), " ".join(reference.given_names)),
        )
    ]
    return all(_within(a, b) or _within(b, a) for a, b in parts)


def _within(few: set[str], many: set[str]) -> bool:
    """Whether every word of ``few`` is one of ``many``, or one OCR slip from one."""
    return all(
        word in many
        or (len(word) >= SLIP_WORD and any(damerau_levenshtein(word, other) == 1 for other in many))
        for word in few
    )


SLIP_WORD = 4  # letters: a shorter word a letter off is another word ("ANA", "INA")


def _words(name: PersonName) -> set[str]:
    parts = (name.surname, *name.given_names)
    return {loose_token(w) for part in parts for w in re.split(r"[\s,'’-]+", part) if loose_token(w)}


NAME_WORDS_AT_MOST = 6  # "Maria de los Angeles GARCIA LOPEZ": more words is a line, not a name
_NOISE = re.compile(r"[^\w\s,.'’-]|\d|(\w)\1\1")


def credible_name(text: str) -> bool:
    """Whether a name reads like a name, not like OCR noise.

    No stray signs or digits, no letter thrice running, no word of one letter but an initial,
    and not more words than a name has.
    """
    words = [w for w in re.split(r"[\s,]+", text) if w]
    if not words or len(words) > NAME_WORDS_AT_MOST or _NOISE.search(text):
        return False
    return all(len(w.strip(".")) > 1 or w.endswith(".") for w in words)


def _likeness(a: PersonName, b: PersonName) -> float:
    """How alike two names are, surname with surname and given names with given names (0 to 1)."""

    def ratio(x: str, y: str) -> float:
        return difflib.SequenceMatcher(None, normalize_token(x), normalize_token(y)).ratio()

    # Part with part: "Martine JEAN" holds the letters of "Jean MARTIN", not the name.
    return (ratio(a.surname, b.surname) + ratio(" ".join(a.given_names), " ".join(b.given_names))) / 2

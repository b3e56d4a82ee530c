"""Who the dossier is for, and which profile applies when the person did not say."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from dossier.checks.mrzname import borne_out
from dossier.errors import UsageError
from dossier.models import COLUMN_GAP, Applicant, Document, Options, Overrides
from dossier.mrz import without_mrz_lines
from dossier.names import PersonName, normalize_token, parse_name, same_person
from dossier.names.icao import loose_token, may_be_cut
from dossier.names.labels import GIVEN_LABEL, NAME_WORDS

# Most telling status proof first: a pensioner may also hold a lease, a student a payslip.
PROFILE_HINTS = (
    ("s1_form", "pensioner"),
    ("student_certificate", "student"),
    ("self_employment_proof", "self-employed"),
    ("payslip", "employee"),
    ("employment_contract", "employee"),
    ("marriage_certificate", "family"),
)
MRZ_SOURCES = ("passport", "national_id")


def choose_profile(options: Options, overrides: Overrides, documents: list[Document]) -> tuple[str, str]:
    """The profile id and where it came from: the option, dossier.toml, or the documents."""
    if options.profile:
        return options.profile, "option"
    if overrides.profile:
        return overrides.profile, "override"
    kinds = {doc.kind for doc in documents}
    for kind, profile in PROFILE_HINTS:
        if kind in kinds:
            return profile, "inferred"
    return "inactive", "inferred"


def choose_applicant(
    options: Options, overrides: Overrides, documents: list[Document]
) -> tuple[Applicant | None, bool]:
    """The reference name and whether its accents are known (an MRZ has none).

    Order: ``--name``, then dossier.toml, then the passport or ID card (its printed name when
    it agrees with the MRZ, else the MRZ), then the holder name most documents agree on.
    """
    nationality = _nationality(documents)
    for given, source in ((options.name, "option"), (overrides.name, "override")):
        if given:
            name = parse_name(given)
            if name is None:
                raise UsageError(f"Cannot read the name {given!r}.", fix='write it as "SURNAME, Given Names"')
            return _applicant(name, source, nationality, overrides), True
    for kind in MRZ_SOURCES:
        from_mrz = _from_mrz(documents, kind)
        if from_mrz is not None:
            name, accents_known = from_mrz
            return _applicant(name, kind, nationality, overrides), accents_known
    consensus = _most_consistent_holder(documents)
    if consensus is None:
        return None, True
    return _applicant(consensus, "documents", nationality, overrides), True


def _applicant(name: PersonName, source: str, nationality: str | None, overrides: Overrides) -> Applicant:
    return Applicant(name.surname, tuple(name.given_names), source, nationality, overrides.address)


_NATIONALITY_CODE = re.compile(r"[A-Z]{3}|D")  # ICAO 9303: three letters; Germany is "D"
_PRINTED_NATIONALITY = re.compile(r"(?i:nationalit[eéy])\b[^\n]{0,40}?\b([A-Z]{3})\b")


def _nationality(documents: list[Document]) -> str | None:
    """The nationality an MRZ gives, when it is a code at all; else the one printed beside its label.

    The nationality is not covered by a check digit: a parsed MRZ is as good as a valid one, but a
    misread band can give no code at all ("ZE"), and a wrong code would ask for a residence permit.
    """
    for kind in MRZ_SOURCES:
        for doc in documents:
            if doc.kind != kind:
                continue
            code = str(doc.fields.get("nationality") or "").replace("<", "")
            if _NATIONALITY_CODE.fullmatch(code):
                return code
            printed = _PRINTED_NATIONALITY.search(doc.text.replace("\n", " "))
            if printed:
                return printed.group(1).upper()
    return None


def _from_mrz(documents: list[Document], kind: str) -> tuple[PersonName, bool] | None:
    """The MRZ's name, which splits surname from given names reliably, spelled as printed.

    An MRZ has no accents and writes hyphens as fillers: each of its words takes the printed
    zone's spelling when the printed word is the same once folded; the accents are then known
    where one is printed.
    """
    for doc in documents:
        if doc.kind != kind or not doc.fields.get("surname"):
            continue
        surname, given = borne_out(
            str(doc.fields["surname"]), [str(g) for g in doc.fields.get("given_names") or ()], documents
        )
        # The printed zone's words: the holder read from it, else (a holder taken from the MRZ)
        # the words printed on the page.
        source = doc.text if doc.fields.get("holder_found_by") == "mrz" else (doc.holder or "")
        printed = NAME_WORDS.findall(without_mrz_lines(source))
        spelled = {loose_token(word): word for word in printed}
        for compound in (w for w in printed if "-" in w):
            spelled[loose_token(compound.replace("-", ""))] = compound
            for part in compound.split("-"):  # MARIE<EVE for Marie-Ève: each part a word
                spelled.setdefault(loose_token(part), part)
        if may_be_cut(PersonName(surname, tuple(given))):
            surname = _completed(surname, spelled)
        if given and may_be_cut(PersonName(surname, tuple(given))):
            # The MRZ cut its last given name: the printed word it begins is the whole of it,
            # and the words printed after it are the given names it cut off altogether.
            given = _uncut(given, surname, without_mrz_lines(doc.text))
            cut = loose_token(given[-1])
            whole = [word for key, word in spelled.items() if key.startswith(cut) and key != cut]
            if cut not in spelled and whole:
                spelled[cut] = whole[0]
                given = [*given[:-1], whole[0]]
        matched = all(loose_token(w) in spelled for w in [*surname.split(), *given])
        if not matched:
            return PersonName(surname, tuple(given)), False
        glued = loose_token(surname.replace(" ", ""))
        surname_text = spelled.get(glued) or " ".join(spelled[loose_token(w)] for w in surname.split())
        given_text = tuple(spelled[loose_token(g)] for g in given)
        # A printed name read without any accent may be one OCR read without its accents: only a
        # printed accent makes them known.
        accented = not all(word.isascii() for word in [surname_text, *given_text])
        return PersonName(surname_text.upper(), given_text), accented
    return None


def _completed(surname: str, spelled: dict[str, str]) -> str:
    """The surname with its last word, cut by the MRZ, as the one printed word that begins with it."""
    *head, last = surname.split()
    key = loose_token(last)
    whole = [word for k, word in spelled.items() if k.startswith(key) and k != key and "-" not in word]
    if key in spelled or len(whole) != 1:
        return surname
    return " ".join([*head, loose_token(whole[0])])


def _uncut(given: list[str], surname: str, text: str) -> list[str]:
    """The given names an MRZ cut, as printed: its words, then those printed after the cut one.

    "MARIE<EV" for "MARIE-ÈVE, JOSÉPHINE": where the page prints the given names (after their
    label, on the line after the surname, or just before the surname on its line), starting with
    the MRZ's words, the last one cut, they go on with the names the MRZ had no room for (up to a
    column's edge, or the surname). Anywhere else a word that starts like the cut one is not a
    given name.
    """
    keys = [normalize_token(g) for g in given]
    for segment, anywhere in _given_name_places(surname, text):
        words = re.findall(r"[^\W\d_]+", segment)
        folded = [normalize_token(w) for w in words]
        for i in range(len(folded) - len(keys) + 1) if anywhere else range(1):
            window = folded[i : i + len(keys)]
            if len(window) == len(keys) and window[:-1] == keys[:-1] and window[-1].startswith(keys[-1]):
                return [*given[:-1], *words[i + len(keys) - 1 :]]
    return given


def _given_name_places(surname: str, text: str) -> Iterator[tuple[str, bool]]:
    """Where a page prints given names, and whether they may start anywhere in the place."""
    lines = text.splitlines()
    wanted = normalize_token(surname.replace(" ", ""))
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        labels = list(GIVEN_LABEL.finditer(line))  # "Prénoms / Given names": after the last
        if labels:
            yield line[labels[-1].end() :].strip().split(COLUMN_GAP)[0], False
            yield following.strip().split(COLUMN_GAP)[0], False
        if wanted and wanted in normalize_token(line):
            if normalize_token(line) == wanted:  # the surname alone: the given names follow
                yield following.strip().split(COLUMN_GAP)[0], False
            else:  # "… Jean-Baptiste Gaël DU PRÉ DE SAINT-MAUR": up to the surname
                first = normalize_token(surname.split(maxsplit=1)[0])
                cut = [
                    m.start() for m in re.finditer(r"[^\W\d_]+", line) if normalize_token(m.group()) == first
                ]
                if cut:
                    yield line[: cut[0]].split(COLUMN_GAP)[-1], True


def settle_spouse(documents: list[Document], applicant: Applicant | None) -> None:
    """A marriage certificate names two people: its holder is the spouse who is the applicant."""
    if applicant is None:
        return
    reference = PersonName(applicant.surname, applicant.given_names)
    for doc in documents:
        for spouse in doc.fields.get("spouses") or ():
            name = parse_name(str(spouse))
            if name is not None and same_person(reference, name):
                doc.holder = str(spouse)
                break


def _most_consistent_holder(documents: list[Document]) -> PersonName | None:
    parsed = [parse_name(doc.holder or "") for doc in documents if doc.kind != "other"]
    # Names whose surname is marked (capitals, a comma) first: the others are guesses.
    names = sorted((n for n in parsed if n), key=lambda n: not n.order_known)
    if not names:
        return None
    votes: Counter[int] = Counter()
    for i, name in enumerate(names):
        votes[i] = sum(1 for other in names if same_person(name, other))
    best, _ = votes.most_common(1)[0]
    return names[best]

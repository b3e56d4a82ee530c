"""Names: parsing as printed, normalisation, and the SAME / VARIANT / DIFFERENT verdicts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.names import (
    PersonName,
    Verdict,
    compare_names,
    damerau_levenshtein,
    fold_text,
    name_tokens,
    normalize_token,
    parse_name,
    repair_text,
    same_person,
)

# --- parse_name -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname", "given", "alt"),
    [
        ("NGUYEN-DUPONT, Hélène Marie", "NGUYEN-DUPONT", ("Hélène", "Marie"), ()),
        ("Hélène Marie NGUYEN-DUPONT", "NGUYEN-DUPONT", ("Hélène", "Marie"), ()),
        ("M. Jean MARTIN", "MARTIN", ("Jean",), ()),
        ("Mme NGUYEN-DUPONT Hélène", "NGUYEN-DUPONT", ("Hélène",), ()),
        ("NGUYEN-DUPONT Hélène", "NGUYEN-DUPONT", ("Hélène",), ()),
        ("HELENE NGUYEN", "NGUYEN", ("HELENE",), ()),
        ("Marie DURAND épouse MARTIN", "DURAND", ("Marie",), ("MARTIN",)),
        ("Marie DURAND ép. MARTIN", "DURAND", ("Marie",), ("MARTIN",)),
        ("Marie MARTIN née DURAND", "DURAND", ("Marie",), ("MARTIN",)),
        ("DURAND épouse MARTIN, Marie", "DURAND", ("Marie",), ()),
        ("Madame Marie DURAND", "DURAND", ("Marie",), ()),
        ("Monsieur et Madame Jean MARTIN", "MARTIN", ("Jean",), ()),
        ("M OU MME MARTIN JEAN", "JEAN", ("MARTIN",), ()),
        ("Jean de LA FONTAINE", "de LA FONTAINE", ("Jean",), ()),
        ("JEAN DE LA FONTAINE", "DE LA FONTAINE", ("JEAN",), ()),
        ("Dr. Jean-Pierre MARTIN", "MARTIN", ("Jean-Pierre",), ()),
        ("Jean P. MARTIN", "MARTIN", ("Jean", "P"), ()),
        ("Hélène NGUYEN-DUPONT (1)", "NGUYEN-DUPONT", ("Hélène",), ()),
        ("HÃ©lÃ¨ne NGUYEN", "NGUYEN", ("Hélène",), ()),
    ],
)
def test_parse_name(text: str, surname: str, given: tuple[str, ...], alt: tuple[str, ...]) -> None:
    name = parse_name(text)
    assert name is not None
    assert name.surname == surname
    assert name.given_names == given
    if alt:
        assert name.alt_surnames == alt


def test_parse_name_married_name_in_comma_form() -> None:
    name = parse_name("DURAND épouse MARTIN, Marie")
    assert name == PersonName("DURAND", ("Marie",), ("MARTIN",))


def test_order_known_only_when_case_or_comma_says_so() -> None:
    assert parse_name("Hélène NGUYEN") == PersonName("NGUYEN", ("Hélène",))
    ambiguous = parse_name("HELENE NGUYEN")
    assert ambiguous is not None
    assert not ambiguous.order_known
    assert parse_name("NGUYEN, HELENE") == PersonName("NGUYEN", ("HELENE",))


@pytest.mark.parametrize("text", ["", "   ", "M.", "Mme", "12345 678", "---", ", ,"])
def test_parse_name_nothing(text: str) -> None:
    assert parse_name(text) is None


def test_display() -> None:
    assert PersonName("Nguyen-Dupont", ("Hélène", "Marie")).display() == "Hélène Marie NGUYEN-DUPONT"
    assert PersonName("MARTIN").display() == "MARTIN"


# --- tokens ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hélène", "HELENE"),
        ("Søren", "SOREN"),
        ("Æsa", "AESA"),
        ("Cœur", "COEUR"),
        ("Straße", "STRASSE"),
        ("Łukasz", "LUKASZ"),
        ("Đorđe", "DORDE"),
        ("Þór", "THOR"),
        ("Yıldız", "YILDIZ"),
        ("O'Brien-2", "OBRIEN"),
        ("ﬁne", "FINE"),
    ],
)
def test_normalize_token(text: str, expected: str) -> None:
    assert normalize_token(text) == expected


def test_name_tokens_split_on_spaces_hyphens_apostrophes() -> None:
    tokens = ("D", "ARTAGNAN", "DE", "LA", "FONTAINE", "DUPRE")
    assert name_tokens("D'ARTAGNAN de la Fontaine-Dupré") == tokens


def test_repair_and_fold() -> None:
    assert repair_text("fÃ©vrier aoÃ»t Ã  Paris") == "février août à Paris"
    assert repair_text("Ã\u00a0 Paris, Ã Lyon") == "à Paris, à Lyon"
    assert repair_text("e\u0301") == "é"
    folded = fold_text("Délivrée l’AN Œ")
    assert folded == "delivree l'an œ"
    assert len(folded) == len("Délivrée l’AN Œ")


def test_damerau_levenshtein() -> None:
    assert damerau_levenshtein("MARTIN", "MARTIN") == 0
    assert damerau_levenshtein("MARTIN", "MRATIN") == 1
    assert damerau_levenshtein("MARTIN", "MARTN") == 1
    assert damerau_levenshtein("MARTIN", "MARTY") == 2
    assert damerau_levenshtein("", "AB") == 2


# --- compare_names --------------------------------------------------------------------------------

S, V, D = Verdict.SAME, Verdict.VARIANT, Verdict.DIFFERENT
PASSPORT = "NGUYEN-DUPONT, Hélène Marie"

PAIRS = [
    # (reference, other, verdict, a reason that must be given)
    (PASSPORT, "Hélène Marie NGUYEN-DUPONT", S, None),
    (PASSPORT, "Mme NGUYEN-DUPONT Hélène Marie", S, None),
    (PASSPORT, "HÉLÈNE MARIE NGUYEN-DUPONT", S, None),
    (PASSPORT, "Helene Marie NGUYEN-DUPONT", V, "accents dropped"),
    (PASSPORT, "HELENE MARIE NGUYEN-DUPONT", V, "accents dropped"),
    (PASSPORT, "Hélène Marie NGUYEN DUPONT", V, "hyphen written as a space"),
    (PASSPORT, "Hélène Marie NGUYENDUPONT", V, "hyphen left out"),
    (PASSPORT, "Marie Hélène NGUYEN-DUPONT", V, "given names in another order"),
    (PASSPORT, "Hélène NGUYEN-DUPONT", V, "a given name missing"),
    (PASSPORT, "Hélène NGUYEN", V, "part of a compound surname missing"),
    (PASSPORT, "Hélène Marie NGUYEN-DUPOMT", V, "one letter differs (OCR or typo)"),
    (PASSPORT, "NGUYEN-DUPONT HELENE", V, "a given name missing"),
    (PASSPORT, "Marie NGUYEN-DUPONT", D, None),
    (PASSPORT, "Marc DUPONT", D, None),
    (PASSPORT, "Van Thanh NGUYEN", D, None),
    ("MARTIN, Jean", "Martine JEAN", D, None),
    ("MARTIN, Jean", "JEAN MARTIN", S, None),
    ("MARTIN, Jean", "MARTIN Jean", S, None),
    ("MARTIN, Jean", "MARTIN JEAN", S, None),
    ("MARTIN, Jean", "Jean, MARTIN", V, "surname and given names swapped"),
    ("MARTIN, Jean", "Jean MARTY", D, None),
    ("MARTIN, Jean", "Jeanne MARTIN", D, None),
    ("MARTIN, Jean", "Pierre MARTIN", D, None),
    ("MARTIN, Jean", "M. MARTIN", V, "given names missing"),
    ("MARTIN, Jean", "MARTINE JEAN", D, None),
    ("MARTIN, Jean", "JEAN MARTINE", V, "one letter differs (OCR or typo)"),
    ("MARTIN, Jean Pierre", "Jean P. MARTIN", V, "a given name shortened to an initial"),
    ("MARTIN, Jean-Pierre", "Jean Pierre MARTIN", V, "hyphen written as a space"),
    ("MARTIN, Jean-Pierre", "Jean MARTIN", V, "a given name missing"),
    ("DE LA FONTAINE, Jean", "Jean DELAFONTAINE", V, None),
    ("DE LA FONTAINE, Jean", "Jean LA FONTAINE", V, "surname particle written differently"),
    ("DELAFONTAINE, Jean", "Jean LA FONTAINE", V, "surname particle written differently"),
    ("DUPONT, Jean", "Jean PONT", D, None),
    ("D'ARTAGNAN, Charles", "Charles DARTAGNAN", V, "apostrophe left out"),
    ("DURAND, Marie", "Marie MARTIN née DURAND", S, None),
    ("MARTIN, Marie", "Marie MARTIN née DURAND", V, "married name instead of birth name"),
    ("MARTIN, Marie", "Marie DURAND épouse MARTIN", V, "married name instead of birth name"),
    ("MARTIN, Marie", "Marie DURAND", D, None),
    ("ØSTERGÅRD, Søren", "Soren OSTERGARD", V, "accents dropped"),
    ("GARCÍA LÓPEZ, José", "José GARCIA LOPEZ", V, "accents dropped"),
    ("GARCÍA LÓPEZ, José", "José GARCÍA", V, "part of a compound surname missing"),
    ("BENALI, Karim", "Fatima BENALI", D, None),
    ("BENALI, Karim", "Karim BENALLI", V, "one letter differs (OCR or typo)"),
    ("LE, Van Thanh", "Van Thanh LE", S, None),
    ("LEE, Anna", "Anna LE", D, None),
]


@pytest.mark.parametrize(("reference", "other", "verdict", "reason"), PAIRS)
def test_compare_names(reference: str, other: str, verdict: Verdict, reason: str | None) -> None:
    ref, oth = parse_name(reference), parse_name(other)
    assert ref is not None
    assert oth is not None
    match = compare_names(ref, oth)
    assert match.verdict is verdict, match
    if reason is not None:
        assert reason in match.reasons
    if verdict is not Verdict.VARIANT:
        assert match.reasons == ()
    assert same_person(ref, oth) is (verdict is not Verdict.DIFFERENT)


def test_at_least_25_pairs() -> None:
    assert len(PAIRS) >= 25


def test_surname_and_given_names_compared_separately() -> None:
    # Tokens overlap entirely, but the surname of one is the given name of the other.
    match = compare_names(PersonName("MARTIN", ("Jean",)), PersonName("JEAN", ("Martine",)))
    assert match.verdict is Verdict.DIFFERENT


def test_accent_reasons_mention_accents_only() -> None:
    match = compare_names(PersonName("NGUYEN", ("Hélène",)), PersonName("NGUYEN", ("Helene",)))
    assert match.reasons == ("accents dropped",)
    match = compare_names(PersonName("NGUYEN", ("Helene",)), PersonName("NGUYEN", ("Hélène",)))
    assert match.reasons == ("accents added",)


def test_mrz_name_against_printed_name() -> None:
    mrz = PersonName("NGUYEN DUPONT", ("HELENE", "MARIE"))
    printed = parse_name("Hélène Marie NGUYEN-DUPONT")
    assert printed is not None
    assert same_person(mrz, printed)


# --- properties -----------------------------------------------------------------------------------

NAME_LETTERS = st.sampled_from(list("abcdeéèfghijklmnoøpqrstuvwxyzABCDEÉFGHIJKLMNOPQRSTUVWXYZ-' "))
name_text = st.text(NAME_LETTERS, min_size=1, max_size=24)
person_names = st.builds(
    PersonName,
    surname=name_text,
    given_names=st.lists(name_text, max_size=3).map(tuple),
    alt_surnames=st.lists(name_text, max_size=1).map(tuple),
    order_known=st.booleans(),
)


@given(person_names)
@settings(deadline=None)
def test_compare_with_itself_is_same(name: PersonName) -> None:
    assert compare_names(name, name).verdict is Verdict.SAME


@given(st.text(max_size=60))
@settings(deadline=None)
def test_parsed_name_with_itself_is_same(text: str) -> None:
    name = parse_name(text)
    if name is not None:
        assert compare_names(name, name).verdict is Verdict.SAME


@given(person_names, person_names)
@settings(deadline=None, max_examples=300)
def test_same_and_different_are_symmetric(a: PersonName, b: PersonName) -> None:
    forward, backward = compare_names(a, b).verdict, compare_names(b, a).verdict
    assert (forward is Verdict.SAME) == (backward is Verdict.SAME)
    assert (forward is Verdict.DIFFERENT) == (backward is Verdict.DIFFERENT)


@given(st.sampled_from([p[0] for p in PAIRS]), st.sampled_from([p[1] for p in PAIRS]))
@settings(deadline=None)
def test_symmetric_on_realistic_names(a: str, b: str) -> None:
    first, second = parse_name(a), parse_name(b)
    assert first is not None
    assert second is not None
    assert same_person(first, second) == same_person(second, first)


@given(st.text())
def test_normalize_token_idempotent(text: str) -> None:
    once = normalize_token(text)
    assert normalize_token(once) == once
    assert once == once.upper() or not once.isascii()


@given(st.text())
def test_parse_name_never_raises(text: str) -> None:
    name = parse_name(text)
    assert name is None or isinstance(name, PersonName)


@given(st.text())
def test_fold_text_keeps_length(text: str) -> None:
    assert len(fold_text(text)) == len(text)

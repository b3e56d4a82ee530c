"""IBAN: validation (mod-97, the French RIB key), finding in OCR text, repair, BIC, masking."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extract.iban import find_bic, find_iban, iban_problem, mask_iban

_RIB_LETTERS = {
    c: str(v)
    for v, letters in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"], 1)
    for c in letters
}


def rib_key(bank: str, branch: str, account: str) -> str:
    """The French RIB key, computed independently of schwifty."""
    digits = "".join(_RIB_LETTERS.get(char, char) for char in account)
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(digits)) % 97:02d}"


def iban_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits."""
    number = int("".join(str(int(char, 36)) for char in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def french_iban(bank: str, branch: str, account: str) -> str:
    bban = bank + branch + account + rib_key(bank, branch, account)
    return "FR" + iban_digits("FR", bban) + bban


def grouped(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


CA = french_iban("30006", "00001", "12345678901")  # a Crédit Agricole bank code


def test_our_helpers_agree_with_a_well_known_example() -> None:
    assert CA == "FR7630006000011234567890189"


def test_a_valid_french_iban_is_found_with_its_bic() -> None:
    result = find_iban(f"RELEVE D'IDENTITE BANCAIRE\nIBAN : {grouped(CA)}\nBIC : AGRIFRPP")
    assert result is not None
    assert result.iban == CA
    assert result.valid
    assert result.reason is None
    assert result.country == "FR"
    assert result.bic == "AGRIFRPP"
    assert result.bic_from_bank == "AGRIFRPPXXX"
    assert result.bic_consistent is True
    assert not result.repaired


def test_a_bic_of_another_bank_is_inconsistent() -> None:
    result = find_iban(f"IBAN {CA} BIC/SWIFT: CRLYFRPP")
    assert result is not None
    assert result.valid
    assert result.bic == "CRLYFRPP"
    assert result.bic_consistent is False


def test_one_digit_changed_fails_the_checksum() -> None:
    corrupted = CA[:10] + ("1" if CA[10] != "1" else "2") + CA[11:]
    result = find_iban(f"IBAN {grouped(corrupted)}")
    assert result is not None
    assert not result.valid
    assert result.reason == "checksum fails (ISO 13616 mod-97)"


def test_a_wrong_rib_key_is_named() -> None:
    bban = "30006" + "00001" + "12345678901" + "00"
    iban = "FR" + iban_digits("FR", bban) + bban
    assert iban_problem(iban) == "French RIB key does not match"
    result = find_iban(f"IBAN: {iban}")
    assert result is not None
    assert not result.valid
    assert result.reason == "French RIB key does not match"


def test_a_short_iban_is_reported_with_its_length() -> None:
    result = find_iban(f"IBAN {grouped(CA[:-1])}")
    assert result is not None
    assert not result.valid
    assert result.reason == "wrong length for FR: 26 characters instead of 27"


def test_other_countries_validate_too() -> None:
    result = find_iban("Code IBAN: DE89 3704 0044 0532 0130 00")
    assert result is not None
    assert result.valid
    assert result.country == "DE"
    assert iban_problem("GB82WEST12345698765432") is None
    assert iban_problem("XX82WEST12345698765432") == "unknown IBAN country code 'XX'"


def test_ocr_confusions_in_digit_positions_are_repaired() -> None:
    noisy = "FR76 3OOO 6OOO OI12 3456 789O I89".replace("I89", "l89")
    result = find_iban(f"Titulaire: M. DUPONT\nIBAN {noisy}\nDomiciliation: AGENCE")
    assert result is not None
    assert result.iban == CA
    assert result.valid
    assert result.repaired


def test_letters_and_digits_of_the_account_number_are_settled_by_the_checksums() -> None:
    iban = french_iban("30004", "00819", "00010123B45")
    assert iban_problem(iban) is None
    result = find_iban(f"IBAN {grouped(iban.replace('B45', '845'))}")
    assert result is not None
    assert result.iban == iban
    assert result.valid
    digits = french_iban("30004", "00819", "00010123845")
    result = find_iban(f"IBAN {grouped(digits.replace('845', 'B45'))}")
    assert result is not None
    assert result.iban == digits
    assert result.valid


def test_the_iban_is_found_without_a_label() -> None:
    result = find_iban(f"Vos coordonnées bancaires {grouped(CA)} Merci")
    assert result is not None
    assert result.iban == CA
    assert result.valid


def test_the_valid_candidate_wins_over_noise() -> None:
    text = f"DE 12 FEVRIER 2024\nRéférence FR12 3456\nIBAN {grouped(CA)}"
    result = find_iban(text)
    assert result is not None
    assert result.iban == CA


def test_no_iban_gives_none() -> None:
    assert find_iban("Quittance de loyer du mois de mars 2025, montant 650,00 EUR") is None
    assert find_iban("") is None


def test_find_bic() -> None:
    assert find_bic("BIC: BNPAFRPPXXX") == "BNPAFRPPXXX"
    assert find_bic("Code BIC  CRLY FRPP") == "CRLYFRPP"
    assert find_bic("SWIFT/BIC : AGR1FRPP") == "AGRIFRPP"
    assert find_bic("pas de code ici") is None


def test_mask_iban() -> None:
    assert mask_iban(CA) == "FR76 **** **** **** **** **** 189"
    assert mask_iban("FR76 3000 6000 0112 3456 7890 189") == "FR76 **** **** **** **** **** 189"
    assert "3000" not in mask_iban(CA)
    assert mask_iban("FR7") == "FR*"


@settings(max_examples=100, deadline=None)
@given(
    bank=st.text(alphabet="0123456789", min_size=5, max_size=5),
    branch=st.text(alphabet="0123456789", min_size=5, max_size=5),
    account=st.text(alphabet="0123456789", min_size=11, max_size=11),
    data=st.data(),
)
def test_random_french_ibans_validate_and_one_changed_digit_never_does(
    bank: str, branch: str, account: str, data: st.DataObject
) -> None:
    iban = french_iban(bank, branch, account)
    result = find_iban(f"IBAN {grouped(iban)}")
    assert result is not None
    assert result.iban == iban
    assert result.valid
    index = data.draw(st.integers(min_value=4, max_value=len(iban) - 1))
    other = data.draw(st.sampled_from([d for d in "0123456789" if d != iban[index]]))
    assert iban_problem(iban[:index] + other + iban[index + 1 :]) is not None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises(text: str) -> None:
    find_iban(text)
    find_bic(text)
    mask_iban(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="FRDEGB0123456789OIlSB IBAN:BIC", max_size=120))
def test_iban_like_text_never_raises(text: str) -> None:
    result = find_iban(text)
    if result is not None:
        assert result.valid == (result.reason is None)


def test_an_iban_in_groups_on_separate_lines_of_a_text_layer_is_read() -> None:
    text = "IBAN (International Bank Account Number)\nFR76\n3000\n6000\n0112\n3456\n7890\n189\nBIC"
    found = find_iban(text)
    assert found is not None
    assert found.iban == "FR7630006000011234567890189"
    assert found.valid


def test_the_four_boxes_of_a_rib_stand_in_for_an_iban_not_printed() -> None:
    text = "Code banque Code guichet N° compte Clé\n30006\n00001\n12345678901\n89\nDomiciliation PARIS"
    found = find_iban(text)
    assert found is not None
    assert found.iban == "FR7630006000011234567890189"
    wrong_key = text.replace("\n89\n", "\n88\n")
    assert find_iban(wrong_key) is None  # a key that does not check is no evidence


def test_rib_boxes_each_after_its_label_are_read_and_a_wrong_key_is_said() -> None:
    text = (
        "Titulaire du compte\nM. Karim BENALI\nCode banque\n30004\nCode guichet\n39914\n"
        "Numéro de compte\n55063838006\nClé RIB\n13\nDomiciliation : Agence"
    )
    found = find_iban(text)
    assert found is not None
    assert found.valid
    assert found.iban == "FR7630004399145506383800613"
    wrong = find_iban(text.replace("\n13\n", "\n14\n"))
    assert wrong is not None
    assert not wrong.valid
    assert wrong.reason is not None and "RIB key" in wrong.reason


@pytest.mark.parametrize("word", ["GILLES", "BOSSE", "DOLBY", "GOLDBERG", "LISBOA"])
def test_a_word_of_digit_lookalikes_is_never_an_iban(word: str) -> None:
    """Two letters that look like digits after two others are a word, not a country and check digits."""
    wrong = "FR76 1751 5238 2000 1234 5678 901"  # its checksum fails: the RIB is wrong
    result = find_iban(f"Titulaire : WEBER {word} IBAN {wrong}\nBIC CCBPFRPPXXX")
    assert result is not None
    assert result.iban == wrong.replace(" ", "") and not result.valid

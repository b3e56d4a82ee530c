"""Reading that holds on documents nobody here wrote: the applicant found as printed, MRZ names,
pages cut by their periods, foreign-national cards, accents drawn apart, MRZs read backwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.classify.pages import classify_page
from dossier.extract.dates import find_period
from dossier.extract.fields import extract_all
from dossier.extract.split import split_by_period
from dossier.models import Document, Page, PageRef, SourceType
from dossier.names import parse_name
from dossier.names.find import find_person
from dossier.names.icao import fits_mrz, mrz_field
from dossier.names.parse import PersonName
from dossier.read.ingest import compose_spacing_accents
from dossier.read.upright import PageRead

TODAY = dt.date(2026, 11, 15)
NAME_WORD = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVYZ", min_size=4, max_size=9)
FILLER = st.lists(
    st.sampled_from(["loyer", "de", "rue", "payé", "le", "12", "Paris", "€", "\n"]), max_size=12
)


def _page(text: str, index: int = 0, name: str = "scan.pdf") -> Page:
    ref = PageRef(Path(name), name, "0" * 64, SourceType.PDF, index, text)
    return Page(ref=ref, text=text, text_source="pdf-text")


@settings(max_examples=80, deadline=None)
@given(NAME_WORD, NAME_WORD, FILLER, FILLER, st.booleans())
def test_a_name_printed_anywhere_is_found_whatever_surrounds_it(
    surname: str, given_name: str, before: list[str], after: list[str], surname_first: bool
) -> None:
    printed = f"{surname} {given_name.title()}" if surname_first else f"{given_name.title()} {surname}"
    text = " ".join([*before, "M.", printed, *after])
    found = find_person(PersonName(surname, (given_name,)), text)
    assert found is not None
    assert sorted(found.printed.upper().split()) == sorted([surname, given_name])


def test_a_parent_sharing_the_surname_is_not_the_person() -> None:
    applicant = PersonName("MACHADO FERREIRA", ("Luísa", "Helena"))
    assert find_person(applicant, "fille de João MACHADO et de Ana FERREIRA") is None
    assert find_person(applicant, "Luisa Helena MACHADO\nFERREIRA, née le") is not None  # over two lines


def test_words_one_letter_from_a_given_name_lose_to_the_name() -> None:
    found = find_person(PersonName("PEETERS", ("Camille",)), "Nom de famille : PEETERS\nPrénom : Camille")
    assert found is not None
    assert found.printed == "PEETERS Camille"


def test_ocr_slips_transliteration_and_mrz_cuts_are_the_same_name() -> None:
    assert find_person(PersonName("SILVA", ("JOAO",)), "Reçu de M. Jodo SILVA") is not None
    assert find_person(PersonName("MUELLER", ("HANS",)), "Herrn Hans Müller") is not None
    cut = PersonName("GONZALEZ RODRIGUEZ", ("JOSE", "MIGUE"))  # 30 characters: the field was full
    assert len(mrz_field(cut)) == 30
    printed = parse_name("José Miguel GONZÁLEZ RODRÍGUEZ")
    assert printed is not None
    assert fits_mrz(cut, printed)
    short = PersonName("DIAZ", ("JOSE", "MIGUE"))  # a short field is not cut: MIGUE is another name
    other = parse_name("José Miguel DIAZ")
    assert other is not None
    assert not fits_mrz(short, other)


@settings(max_examples=60, deadline=None)
@given(NAME_WORD, st.lists(NAME_WORD, min_size=1, max_size=3))
def test_any_name_fits_the_mrz_written_from_it(surname: str, given_names: list[str]) -> None:
    name = PersonName(surname, tuple(given_names))
    field = mrz_field(name)[:30]
    surname_part, _, given_part = field.partition("<<")
    mrz = PersonName(surname_part.replace("<", " "), tuple(w for w in given_part.split("<") if w))
    assert fits_mrz(mrz, name)


def test_spacing_accents_of_a_text_layer_go_back_on_their_letters() -> None:
    assert compose_spacing_accents("F´evrier, re¸cu, `a, T´el´ephone") == "Février, reçu, à, Téléphone"
    assert compose_spacing_accents("l’appartement ´ seul") == "l’appartement ´ seul"
    assert find_period(compose_spacing_accents("P´eriode couverte : F´evrier 2025")) is not None


def test_three_receipts_of_one_layout_in_one_pdf_are_three_documents() -> None:
    pages = [
        _page(f"Quittance de loyer\nLoyer du mois de {m} 2026\nLocataire : M. Karim BENALI", i)
        for i, m in enumerate(("août", "septembre", "octobre"))
    ]
    documents = [Document("scan.pdf", pages, "rent_receipt", 0.9, [])]
    extract_all(documents, TODAY)
    assert [d.page_numbers for d in documents] == [[1], [2], [3]]
    assert [d.months for d in documents] == [["2026-08"], ["2026-09"], ["2026-10"]]


def test_a_bill_page_restating_its_period_joins_the_bill() -> None:
    text = (
        "Facture d'électricité\nPériode de consommation du 01/09/2026 au 31/10/2026\n"
        "Titulaire : M. Karim BENALI"
    )
    first = Document("bill.pdf", [_page(text, 0, "bill.pdf")], "utility_bill", 0.9, [])
    second = Document("bill.pdf", [_page(text + "\nDétail", 1, "bill.pdf")], "utility_bill", 0.9, [])
    assert [d.page_numbers for d in split_by_period([first, second])] == [[1, 2]]


def _check_digit(field: str) -> str:
    values = [int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55 for c in field]
    return str(sum(v * w for v, w in zip(values, [7, 3, 1] * 12, strict=False)) % 10)


def _td1(code: str, state: str, nationality: str) -> str:
    number, birth, expiry = "X12345678", "900101", "300101"
    line1 = f"{code}{state}{number}{_check_digit(number)}".ljust(30, "<")
    line2 = f"{birth}{_check_digit(birth)}M{expiry}{_check_digit(expiry)}{nationality}".ljust(29, "<")
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    return "\n".join((line1, line2 + _check_digit(composite), "BENALI<<KARIM".ljust(30, "<")))


def test_a_card_issued_to_another_states_national_is_a_residence_permit() -> None:
    # The code says "ID" on both: the nationality tells the resident's card from the citizen's.
    assert classify_page(_page(_td1("ID", "NLD", "MAR"))).kind == "residence_permit"
    assert classify_page(_page(_td1("ID", "NLD", "NLD"))).kind == "national_id"


def test_an_mrz_read_backwards_is_told_by_its_fillers() -> None:
    def read(words: list[str]) -> PageRead:
        from PIL import Image

        return PageRead([[(w, 0.0, 0.0, 1.0, 1.0) for w in words]], 50.0, Image.new("L", (4, 4)))

    assert read([">>>>>>>>>>>>2WVS", "9>>>>>>>>>N0288"]).chevrons_backwards
    assert not read(
        ["P<UTOERIKSSON<<ANNA<<<<<<<<<<", "L898902C36UTO7408122F1204159<<<<<<<<"]
    ).chevrons_backwards
    assert not read(["Total >>> 12 €"]).chevrons_backwards


def test_a_word_ocr_misread_by_a_letter_is_written_as_the_reference_spells_it() -> None:
    found = find_person(PersonName("LO RUSSO", ("NICCOLO",)), "Locataire : M. Niccold LO RUSSO")
    assert found is not None
    assert found.printed == "NICCOLO LO RUSSO"
    apostrophe = find_person(PersonName("OCONNOR", ("OLIVER",)), "Tenant: Oliver O'CONNOR, 3 Main St")
    assert apostrophe is not None
    assert apostrophe.printed == "Oliver O'CONNOR"  # the MRZ leaves the apostrophe out: no slip


def test_parents_named_without_being_parsed_are_told_from_a_declaring_father() -> None:
    from dossier.extract.filiation import mentions_parents

    assert mentions_parents(
        "de Jean MARTIN, né en 1961, employé, et de Marie DURAND, née en 1964, son épouse"
    )
    assert mentions_parents("Otac — ime i prezime    Drazen KOVACEVIC")
    assert mentions_parents("fils/fille du comparant et de la dame Marie-Carmel JOSEPH.")
    assert not mentions_parents(
        "Dressé sur la déclaration du père, qui a signé avec nous, H. Wagner, Officier"
    )
    assert not mentions_parents(
        "EXTRAIT D'ACTE DE NAISSANCE\nNom : BARRY\nPrénom : Mariama\nNée le 8 septembre 1989"
    )


def test_a_nationality_that_is_no_code_is_not_taken_from_a_misread_band() -> None:
    from dossier.checks.applicant import choose_applicant
    from dossier.models import Options, Overrides

    passport = Document(
        "p.jpg",
        [_page("Surname / Nom\nKOVACEVIC\nNationality / Nationalité\nHRV", name="p.jpg")],
        "passport",
        0.9,
        [],
        "KOVACEVIC, ZELJKA",
        [],
        {"surname": "KOVACEVIC", "given_names": ["ZELJKA"], "nationality": "ZE"},
    )
    options = Options(scans_dir=Path("."), out_dir=Path("out"))
    applicant, _ = choose_applicant(options, Overrides(), [passport])
    assert applicant is not None
    assert applicant.nationality == "HRV"


def test_a_name_whose_end_ocr_turned_into_signs_is_still_found() -> None:
    found = find_person(PersonName("HOUNGBEDJI", ("Afiavi",)), "LOCATAIRE\nMadame Afiavi HOUNGBED}!  Lot B08")
    assert found is not None and found.printed == "Afiavi HOUNGBEDJI"  # spelled as the name it is
    assert find_person(PersonName("HOUNGBEDJI", ("Afiavi",)), "Madame Afiavi HOUNGBED, 3 rue") is None


def test_a_permits_own_title_outweighs_an_id_card_code_read_from_noise() -> None:
    noise = "IFJUL4TMM2LK48MWL7<<YLL<<<HL4<<WL6<<\nODTLLYMBC9LCFAJ0UL<AIJLLENTLC<<YHL<<"
    page = _page(f"RÉPUBLIQUE FRANÇAISE\nTITRE DE SEJOUR\nNOM\nODHIAMBO\nPrénoms\nFaith\n{noise}")
    assert classify_page(page).kind == "residence_permit"
    assert classify_page(_page(_td1("ID", "NLD", "NLD"))).kind == "national_id"  # a code read in step stays

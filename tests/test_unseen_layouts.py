"""Readings that failed on layouts nobody here wrote: each test is one cause, not one file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dossier.checks.applicant import choose_applicant
from dossier.checks.holders import anchor_holders
from dossier.classify.pages import group_documents, view_of
from dossier.extract import extract_document
from dossier.models import Applicant, Document, Options, Overrides, Page, PageRef, SourceType
from dossier.mrz.parse import check_digit
from dossier.names import PersonName
from dossier.names.find import find_person, ocr_repaired


def _page(text: str, name: str = "scan.pdf", index: int = 0, **readings: str) -> Page:
    ref = PageRef(Path(name), name, f"{index:064d}", SourceType.PDF, index)
    return Page(ref, text, "ocr", **readings)


# --------------------------------------------------------------------------- names as OCR leaves them


def test_a_name_read_in_letter_spaced_pieces_is_found_whole() -> None:
    text = "Nom de naissance    N'GAIKOUMON\nPrénom(s)    FAUS TIN\nDate de naissance 09051998"
    found = find_person(PersonName("N'GAÏKOUMON", ("Faustin",)), text)
    assert found is not None and found.printed == "N'GAIKOUMON FAUSTIN"


def test_words_side_by_side_are_not_joined_into_a_name_that_is_not_there() -> None:
    assert find_person(PersonName("MARTINEZ", ("Ana",)), "Ana MARTIN EZ, 3 rue") is not None  # pieces
    assert find_person(PersonName("MARTIN", ("Ana",)), "Ana MARTIN EZ") is not None  # a whole word stays


def test_a_consonant_with_a_hacek_read_as_an_accented_vowel_still_matches() -> None:
    """OCR reads "Nuša" as "Nuëa": four letters, the accented one standing for any."""
    found = find_person(
        PersonName("ZUPANCIC", ("NUSA", "URSKA")), "Mme Nuëa Urëka ZUPANCIC\n9 place du Marché"
    )
    assert found is not None and found.printed == "NUSA URSKA ZUPANCIC"


def test_given_names_printed_together_far_from_the_surname_are_all_found() -> None:
    text = "Madame Ludmila Katarina\n64 quai de la Loire\n44000 NANTES\nSTEFANIKOVA\nPhilippe BERNARD"
    found = find_person(PersonName("STEFANIKOVA", ("Ludmila", "Katarina")), text)
    assert found is not None and found.printed == "Ludmila Katarina STEFANIKOVA"


def test_a_name_printed_twice_is_one_name() -> None:
    text = "Surname\n|  ANGSTROM\n|  Bjôrn\nM\nCertifié conforme — Bjérn ANGSTROM"
    found = find_person(PersonName("AANGSTROEM", ("BJOERN",)), text)
    assert found is not None and found.printed == "ANGSTROM Bjôrn"


def test_a_sign_read_for_a_letter_in_a_name_is_that_letter() -> None:
    found = find_person(PersonName("CHEN", ("Wei",)), "Vos nom(s)\nCHEN\nPrénom(s)\nWE!\nSexe")
    assert found is not None and found.printed == "CHEN WEI"


@given(st.text(alphabet="AB0123456789!|$ ,.\n", max_size=40))
def test_look_alikes_keep_the_text_s_length_and_every_number(text: str) -> None:
    repaired = ocr_repaired(text)
    assert len(repaired) == len(text)
    for number in re.finditer(r"\d{2,}", text):  # digits beside digits are digits
        assert repaired[number.start() : number.end()] == number.group()


# --------------------------------------------------------------------------- kinds and pages


def test_a_long_title_read_like_one_mrz_line_is_no_mrz() -> None:
    page = _page(
        "OTE VAESTOTIETOJARJESTELMASTA\nIsa    Väinô HAKKINEN", mrz_text="ITEVAESTOTIETOARJESTELMASTA<<<"
    )
    assert view_of(page).mrz == ""
    two = "IDFRAX4RTBPFW46<<<<<<<<<<<<<<<\n8001014F3001017FRA<<<<<<<<<<<6"
    assert view_of(_page("", mrz_text=two)).mrz.count("\n") == 1


def test_a_card_front_without_mrz_joins_its_back_and_takes_its_kind() -> None:
    front = _page(
        "FRANCE\nSurname / Nom\nDURAND\nGiven names / Prénoms\nLéa\nNationality / Nationalité\nFRA",
        "cni.pdf",
        0,
    )
    back = _page(
        "Address / Adresse\n3 rue des Lilas\nIDFRAX4RTBPFW46<<<<<<<<<<<<<<<\n8001014F3001017FRA<<<<<<<<<<<6\n"
        "DURAND<<LEA<<<<<<<<<<<<<<<<<<<",
        "cni.pdf",
        1,
    )
    documents = group_documents([front, back], {})
    assert [(d.kind, len(d.pages)) for d in documents] == [("national_id", 2)]


def test_a_titled_passport_page_stays_a_passport_before_a_permit_in_one_scan() -> None:
    passport = _page("PASSEPORT / PASSPORT\nSurname / Nom\nDURAND\nGiven names / Prénoms\nLéa", "ids.pdf", 0)
    permit = _page(
        "TITRE DE SEJOUR\nIRFRAX4RTBPFW46<<<<<<<<<<<<<<<\n8001014F3001017DZA<<<<<<<<<<<6\n"
        "DURAND<<LEA<<<<<<<<<<<<<<<<<<<",
        "ids.pdf",
        1,
    )
    kinds = [d.kind for d in group_documents([passport, permit], {})]
    assert kinds[0] == "passport" and len(kinds) == 2


# --------------------------------------------------------------------------- the applicant and holders


def _digit(field: str) -> str:
    return str(check_digit(field))


def _card_mrz(name_field: str) -> str:
    number, birth, expiry = "X12345678", "840427", "280615"
    line1 = f"IDFRA{number}{_digit(number)}".ljust(30, "<")
    line2 = f"{birth}{_digit(birth)}F{expiry}{_digit(expiry)}FRA".ljust(29, "<")
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    return "\n".join((line1, line2 + _digit(composite), name_field[:30].ljust(30, "<")))


def test_given_names_the_mrz_had_no_room_for_are_read_after_their_label() -> None:
    printed = (
        "FRANCE\nSurname / Nom\nDE LA TOUR D'AUVERGNE-LAURAGUAIS\nGiven names / Prénoms\n"
        "Marie-Adélaïde Léonie\nSex / Sexe\nF\n"
    )
    card = Document(
        "cni.pdf", [_page(printed + _card_mrz("DE<LA<TOUR<DAUVERGNE<LAURAGUAIS"))], "national_id", 1.0, []
    )
    extract_document(card, dt.date(2026, 11, 15))
    assert card.fields["given_names"] == ["Marie-Adélaïde", "Léonie"]
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), [card])
    assert applicant is not None
    assert applicant.given_names == ("Marie-Adélaïde", "Léonie")
    assert applicant.surname.endswith("LAURAGUAIS")  # the MRZ cut it: LAURAGUAI


def test_the_second_reading_gives_the_name_the_first_read_a_letter_off() -> None:
    form = Document(
        "s1106.pdf",
        [
            _page(
                "Vos nom(s)\nBALOGUIN\nPrénom(s)\nCHUKWUEMERKA",
                second_text="Vos nom(s)\nBALOGUN\nPrénom(s)\nCHUKWUEMEKA",
            )
        ],
        "application_form",
        1.0,
        [],
        holder="CHUKWUEMERKA BALOGUIN",
    )
    anchor_holders([form], Applicant("BALOGUN", ("Chukwuemeka",), "passport", None, None))
    assert form.holder == "BALOGUN CHUKWUEMEKA"


def test_given_names_a_few_lines_below_the_surname_on_a_form_with_long_labels() -> None:
    text = (
        "Nom de famille (nom de naissance)\nSEITKALI\nNom d'usage (facultatif)\n"
        "Prénoms (dans l'ordre de l'état civil)\nAigerim\nDate de naissance"
    )
    found = find_person(PersonName("SEITKALI", ("Aigerim",)), text)
    assert found is not None and found.printed == "SEITKALI Aigerim"


def test_an_email_address_spells_a_name_but_does_not_print_it() -> None:
    text = "Prénoms\nKadri\nTéléphone 06 99 09 26 47    kadri.maegi@courriel.fr"
    assert find_person(PersonName("MAGI", ("Kadri",)), text) is None


def test_the_same_given_name_printed_twice_beside_the_surname_is_one() -> None:
    found = find_person(PersonName("NIKOLIC", ("NIKOLA",)), "Titulaire : Nikola NIKOLIÉ    M. NIKOLA NIKOLIC")
    assert found is not None and found.printed == "NIKOLA NIKOLIC"


def test_an_act_in_another_script_is_the_one_its_translation_numbers() -> None:
    """A Kazakh act read by a Latin OCR is garbage but for its numbers, which the translation copies."""
    from dossier.extract.pairing import adopt_translated_originals, pair_translations

    act = Document(
        "acte.pdf",
        [_page("KA3AKCTAH\nTYY TYPAJIbI KYOJIIK\nI-K3 Ne 2852001\n285 (28.11.2001)")],
        "other",
        0.0,
        [],
    )
    translation = Document(
        "trad.pdf",
        [
            _page(
                "TRADUCTION\nActe de naissance\nNuméro de l'acte 285/2001\nPère Nurlan ZHAKSYBEKOV",
                "trad.pdf",
            )
        ],
        "translation",
        0.9,
        [],
        holder="ZHAKSYBEKOV Daniyar",
    )
    unrelated = Document("x.pdf", [_page("Kvitteringsbon 4711 2026", "x.pdf")], "other", 0.0, [])
    documents = [act, translation, unrelated]
    adopt_translated_originals(documents, dt.date(2026, 11, 15), lambda doc, today: None)
    pair_translations(documents)
    assert act.kind == "birth_certificate" and unrelated.kind == "other"
    assert act.fields["translation"] == "trad.pdf#1" and act.holder == "ZHAKSYBEKOV Daniyar"


def test_a_translation_s_page_that_lists_the_act_s_fields_is_the_translation() -> None:
    text = (
        "Traduction n° 2026-563\nTRADUCTION — ARABE\n"
        "Intitulé original : Shahadat milad (extrait d'acte de naissance)\n"
        "Mention de l'original    Traduction française\n(titre)    Acte / certificat de naissance\n"
        "(rubrique)    Nom de famille : ABDULRAZZAQ\n(rubrique)    Père : Mustafa ABDULRAZZAQ\n"
        "(rubrique)    Mère : Zainab AL-JUBOURI"
    )
    assert group_documents([_page(text, "trad.pdf")], {})[0].kind == "translation"


def test_parents_after_balkan_and_nordic_labels() -> None:
    from dossier.extract.filiation import find_parents

    bosnian = "9. Ime i prezime oca    Emir Begović\n10. Ime i prezime majke\nLejla Dulović\nNaknadni upisi"
    assert find_parents(bosnian) == ["Emir Begović", "Lejla Dulović"]
    assert find_parents("Far: Ole HANSEN\nMor: Kari HANSEN") == ["Ole HANSEN", "Kari HANSEN"]


def test_a_slashed_o_read_as_an_at_sign_is_an_o() -> None:
    found = find_person(
        PersonName("OEDEGAARD", ("KRISTIAN", "MAGNUS")), "Locataire : Kristian Magnus @DEGARD\n3 rue"
    )
    assert found is not None and found.printed == "Kristian Magnus ODEGARD"


def test_a_visa_whose_second_mrz_line_has_no_filler_is_still_an_mrz() -> None:
    page = _page(
        "",
        mrz_cells="VNUSATRAVELER<<HAPPY<<<<<<<<<<<<<<<<<<<<<<<<\n1234567897CAN6612120M1407282B3XLC000FD142955",
    )
    assert view_of(page).mrz.startswith("VNUSATRAVELER")

"""Where the first reading lost the applicant's name: comb boxes, dropped lines, a slipped MRZ letter.

Each case is the kind of failure met on templates nobody here wrote, drawn or typed here: a
form filled letter by letter in boxes whose walls OCR reads as letters, a page whose name line
Tesseract dropped (read again whole by the second engine), an MRZ name whose letters no check
digit covers, an act in a script OCR does not read whose sworn translation names its holder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from dossier.checks.applicant import choose_applicant
from dossier.checks.holders import anchor_holders, is_a_parent, surely_another_person, unanchored
from dossier.extract.again import fill_from_second_reading, without_months
from dossier.extract.boxread import boxed_name_rows, reread_boxes
from dossier.extract.filiation import find_parents
from dossier.extract.pairing import pair_translations
from dossier.extract.rows import rows_text
from dossier.models import Applicant, Document, Options, Overrides, Page, PageRef, SourceType, Word
from dossier.names import PersonName, parse_name
from dossier.names.boxes import WALL_LETTERS, boxed_cost, spells
from dossier.names.find import find_person
from dossier.read.again import read_again
from dossier.read.cache import PageCache
from dossier.read.ocr import OcrSettings
from dossier.read.rapid import TextLine, version

needs_rapidocr = pytest.mark.skipif(not version(), reason="rapidocr is not installed (pip install rapidocr)")
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(text: str, name: str = "scan.pdf", index: int = 0, second: str = "") -> Page:
    ref = PageRef(Path(name), name, "0" * 64, SourceType.PDF, index)
    return Page(ref, text, "ocr", second_text=second)


def _doc(
    kind: str, text: str, holder: str | None = None, name: str = "scan.pdf", **fields: object
) -> Document:
    doc = Document(name, [_page(text, name)], kind, 0.9, [], holder=holder)
    doc.fields.update(fields)
    return doc


# --------------------------------------------------------------------------- comb boxes


@pytest.mark.parametrize(
    ("wanted", "row"),
    [
        ("HASANOVA", "HIAÏSTAIMOIVIATTTTTTITITITIITIITIJ]"),  # walls between letters, N read as M
        ("KONSTANTINOS", "KOÏNISITIAINTH INOISTTTTITIIIIIIII"),  # cut in two words, one letter extra
        ("PAPADAKIS", "PIAÏPIATDIAIRTISTTITTITITTIIIITIIII"),
        ("CERVANTES", "ICIEIRIVIAIMTIEIST"),
        ("WEBER", "MEÏBIEÏRTTTTTTTTITIITITIII"),
    ],
)
def test_a_name_in_comb_boxes_is_spelled_by_its_row(wanted: str, row: str) -> None:
    assert spells(wanted, row.replace("Ï", "I").replace(" ", "").replace("]", ""))


@pytest.mark.parametrize(
    ("wanted", "row"),
    [
        ("MARTIN", "LECONTRATDEBAILESTSIGNE"),
        ("DUPONT", "DUPUISJEAN"),
        ("NOWAK", "NOVAKOWSKIMARTA"),
        ("LUCA", "LUCIA"),
    ],
)
def test_other_words_do_not_spell_the_name(wanted: str, row: str) -> None:
    assert not spells(wanted, row)


@given(st.text(alphabet="ABCDEFGHKMNOPRSUVWXYZ", min_size=4, max_size=14), st.data())
def test_wall_letters_between_the_letters_cost_nothing(wanted: str, data: st.DataObject) -> None:
    walls = st.text(alphabet=sorted(WALL_LETTERS), max_size=3)
    row = "".join(letter + data.draw(walls) for letter in wanted)
    assert boxed_cost(wanted, data.draw(walls) + row) == 0
    assert spells(wanted, row + "IIIITTTTLLLL" * len(wanted))


@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=12),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", max_size=30),
)
def test_the_cost_is_at_most_the_name_length_and_zero_inside_the_row(wanted: str, row: str) -> None:
    assert 0 <= boxed_cost(wanted, row) <= len(wanted)
    assert boxed_cost(wanted, row + wanted + row) == 0


def test_the_applicant_is_found_in_the_boxes_of_a_hand_filled_form() -> None:
    text = (
        "1. VOUS\nNom de naissance\nHIAÏSTAIMOIVIATTTTTTITITITIITIITIJ]\n"
        "Prénom(s)\n(GIUNELT | TT TT TTT)\nSexe"
    )
    found = find_person(PersonName("HASANOVA", ("Gunel",)), text)
    assert found is not None and found.printed == "Gunel HASANOVA"
    assert find_person(PersonName("HASANOVA", ("Leyla",)), text) is None


def test_only_a_page_with_boxes_after_a_name_label_is_read_again() -> None:
    boxed = "Nom de naissance\nHIAÏSTAIMOIVIATTTTTTITITITIITIITIJ]\nPrénom(s)"
    assert boxed_name_rows(boxed)
    assert not boxed_name_rows("Nom : Gunel HASANOVA\nAdresse : 3 rue des Lilas")
    assert not boxed_name_rows("Total | | | 12,00 €\nIIIIIIIIII")  # walls, but no name label near


class _Fake:
    def __init__(self, lines: list[TextLine]) -> None:
        self.lines, self.calls = lines, 0

    def text_lines(self, image: Image.Image, *, upright: bool = True) -> list[TextLine]:
        self.calls += 1
        return self.lines


def _no_first_reading(image: Image.Image) -> str:
    raise AssertionError("a page without comb boxes on its image is not read again by Tesseract")


def test_the_boxes_reread_gives_the_second_engines_text_only_where_boxes_are() -> None:
    fake = _Fake([TextLine("HASANOVA", 10, 10, 100, 30), TextLine("GUNEL", 10, 40, 80, 60)])
    image = Image.new("L", (10, 10), 255)
    assert reread_boxes(image, "Nom : Gunel HASANOVA", _no_first_reading, fake) == "" and fake.calls == 0
    text = reread_boxes(image, "Nom de naissance\n| TT TT TTT TTT TTT |\nPrénom", _no_first_reading, fake)
    assert fake.calls == 1 and "HASANOVA" in text and "GUNEL" in text
    boxed = "Nom de naissance\n| TT TT TTT TTT TTT |\nPrénom"
    assert reread_boxes(image, boxed, _no_first_reading, None) == ""


# --------------------------------------------------------------------------- a second reading of whole pages


def _applicant(surname: str, *given: str) -> Applicant:
    return Applicant(surname, tuple(given), "passport", None, None)


def test_a_document_without_the_applicant_is_anchored_on_its_second_reading() -> None:
    receipt = _doc("rent_receipt", "QUITTANCE DE LOYER\nJe soussigné Thierry PERRIN", holder=None)
    bill = _doc("utility_bill", "Facture\nM. Ilia BELYKH\n12 rue Nationale", holder="Ilia BELYKH")
    applicant = _applicant("BELYKH", "Ilia")
    assert unanchored([receipt, bill], applicant) == [receipt]
    receipt.pages[0].second_text = "déclare avoir reçu de Ilia BELYKH la somme de 560,00 €"
    anchor_holders([receipt], applicant)
    assert receipt.holder == "Ilia BELYKH" and receipt.fields["holder_found_by"] == "applicant"


def test_another_persons_receipt_stays_another_persons_after_the_second_reading() -> None:
    receipt = _doc("rent_receipt", "QUITTANCE\nLocataire : Marc DUBOIS", holder="Marc DUBOIS")
    receipt.pages[0].second_text = "QUITTANCE\nLocataire : Marc DUBOIS"
    anchor_holders([receipt], _applicant("BELYKH", "Ilia"))
    assert receipt.holder == "Marc DUBOIS"


def test_nothing_is_read_again_without_the_second_engine_or_for_text_layers(tmp_path: Path) -> None:
    page = _page("QUITTANCE")
    settings = OcrSettings("5.3.0", second_engine="")
    assert read_again([page], settings, cache=None, jobs=1) == 0
    layer = _page("QUITTANCE")
    layer.text_source = "pdf-text"
    assert read_again([layer], OcrSettings("5.3.0", second_engine="3.0"), cache=None, jobs=1) == 0


def _handwritten_receipt(path: Path) -> Path:
    image = Image.new("L", (1400, 700), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(SANS, 34)
    draw.text((80, 80), "QUITTANCE DE LOYER", font=font, fill=0)
    draw.text((80, 250), "déclare avoir reçu de Ilia BELYKH", font=font, fill=0)
    image.save(path)
    return path


@needs_rapidocr
def test_a_page_is_read_whole_by_the_second_engine_and_the_reading_cached(tmp_path: Path) -> None:
    path = _handwritten_receipt(tmp_path / "quittance.png")
    ref = PageRef(path, path.name, "ab" * 32, SourceType.IMAGE, 0)
    page = Page(ref, "QUITTANCE DE LOYER", "ocr")
    settings = OcrSettings("5.3.0", second_engine=version())
    cache = PageCache(tmp_path / "cache")
    assert read_again([page], settings, cache=cache, jobs=1) == 1
    assert "BELYKH" in page.second_text
    again = Page(ref, "QUITTANCE DE LOYER", "ocr")
    assert read_again([again], settings, cache=cache, jobs=1) == 1 and again.second_text == page.second_text


# --------------------------------------------------------------------------- the MRZ's name borne out


def _card(given: list[str], printed: str, surname: str = "VANDENBROUCKE") -> Document:
    """An ID card whose holder was taken from its MRZ (which no check digit covers)."""
    band = "IDBELAB1234567<<<<<<<<<<<<<<<\n8805127F3106304BEL<<<<<<<<<<<6\n"
    band += surname.replace(" ", "<") + "<<" + "<".join(given)
    holder = " ".join([*given, surname])
    return _doc("national_id", f"{printed}\n{band}", holder, "cni.jpg", surname=surname, given_names=given)


def test_an_mrz_letter_no_document_prints_gives_way_to_the_word_they_print() -> None:
    documents = [
        _card(["AMANDINF", "XYYHLL"], "Nom VANDENBROUCKE Prénoms AMANDINE"),
        _doc("payslip", "Salariée : Amandine VANDENBROUCKE", name="paie.pdf"),
        _doc("rent_receipt", "Locataire : Amandine VANDENBROUCKE", name="q.pdf"),
        _doc("rib", "Titulaire : VANDENBROUCKE AMANDINE", name="rib.pdf"),
    ]
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), documents)
    assert applicant is not None and applicant.surname == "VANDENBROUCKE"
    assert [g.upper() for g in applicant.given_names] == ["AMANDINE"]


def test_an_mrz_name_the_documents_print_is_kept_whole() -> None:
    documents = [
        _card(["MARIA", "JOSE"], "Nom VANDENBROUCKE Prénoms MAFIA JOSÉ"),
        _doc("payslip", "Salariée : Mafia VANDENBROUCKE", name="paie.pdf"),
        _doc("rent_receipt", "Locataire : Mafia José VANDENBROUCKE", name="q.pdf"),
        _doc("rib", "Titulaire : VANDENBROUCKE MARIA", name="rib.pdf"),
    ]
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), documents)
    assert applicant is not None and [g.upper() for g in applicant.given_names] == ["MARIA", "JOSE"]


# --------------------------------------------------------------------------- an act in another script


def test_an_act_whose_holder_was_not_read_takes_its_translations() -> None:
    act = _doc("birth_certificate", "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ\nБелых Илья", None, "acte.jpg", language="ru")
    translation = _doc(
        "translation",
        "Traduction d'un acte de naissance\nNom : BELYKH\nPrénom : Ilia",
        "Ilia BELYKH",
        "trad.pdf",
    )
    pair_translations([act, translation])
    assert act.fields["translation"] == "trad.pdf#1"
    assert act.holder == "Ilia BELYKH" and act.fields["holder_found_by"] == "translation"


def test_an_identity_documents_printed_name_read_a_letter_off_is_spelled_as_the_reference() -> None:
    passport = _doc("passport", "PASSEPORT\nHOUNGBÉDII\nAfiavi", "Afiavi HOUNGBÉDII", "passeport.jpg")
    spouse = _doc("passport", "PASSEPORT\nHOUNGBO\nKossi", "Kossi HOUNGBO", "passeport_conjoint.jpg")
    anchor_holders([passport, spouse], _applicant("HOUNGBEDJI", "AFIAVI"))
    assert passport.holder is not None and set(passport.holder.upper().split()) == {"AFIAVI", "HOUNGBEDJI"}
    assert spouse.holder == "Kossi HOUNGBO"


def test_a_given_name_the_mrz_cut_is_kept_though_no_document_prints_it_so() -> None:
    documents = [
        _card(["MARIE", "LAURE", "INE"], "Nom LEMOINE-FARGE Prénoms Marie-Laure, Inès", "LEMOINE FARGE"),
        _doc("payslip", "Salariée : Marie-Laure LEMOINE-FARGE", name="paie.pdf"),
        _doc("rent_receipt", "Locataire : Marie-Laure LEMOINE-FARGE", name="q.pdf"),
    ]
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), documents)
    assert applicant is not None and [g.upper() for g in applicant.given_names][-1] in ("INE", "INÈS")


def test_an_act_whose_language_was_not_recognised_is_paired_with_the_translation_naming_its_holder() -> None:
    act = _doc(
        "birth_certificate", "SVIDOTSTVO PRO NARODZHENNIA\nBONDARENKO\nDmytro", "Dmytro BONDARENKO", "a.jpg"
    )
    act.fields["language"] = None
    translation = _doc(
        "translation", "Acte de naissance\nPère : Oleksandr BONDARENKO", "Dmytro BONDARENKO", "t.jpg"
    )
    pair_translations([act, translation])
    assert act.fields["translation"] == "t.jpg#1"


def test_a_receipts_month_the_first_reading_dropped_is_read_from_the_second() -> None:
    receipt = _doc("rent_receipt", "QUITTANCE DE LOYER\nFait à Lyon le 04/10/2026", name="q.pdf")
    bill = _doc("utility_bill", "Facture\nPériode du 01/09/2026 au 30/09/2026", name="f.pdf")
    bill.months = ["2026-09"]
    assert without_months([receipt, bill]) == [receipt]
    receipt.pages[0].second_text = "Quittance de loyer\npour la période du 01/09/2026 au 30/09/2026"
    fill_from_second_reading([receipt, bill], dt.date(2026, 11, 15))
    assert receipt.months == ["2026-09"] and receipt.fields["period_start"] == "2026-09-01"
    assert bill.months == ["2026-09"]


# --------------------------------------------------------------------------- whom a notice is sent to

NOTICE = (
    "Habitat Solidaire\n1 place de l'Hôtel-de-Ville\n"
    "            M. PERRIN THIERRY\n            31 chemin des Vignes\n"
    "AVIS D'ÉCHÉANCE VALANT QUITTANCE\nPériode du 01/10/2026 au 31/10/2026\n"
    "TALON À JOINDRE\nContrat L7989591 - PERRIN Thierry - échéance octobre 2026"
)


def test_a_notice_addressed_with_a_title_and_named_on_its_stub_is_surely_the_other_persons() -> None:
    notice = _doc("rent_receipt", NOTICE, "PERRIN THIERRY", holder_found_by="block")
    holder = PersonName("PERRIN", ("Thierry",))
    reference = PersonName("LUKUSA", ("Nathalie",))
    assert surely_another_person(notice, holder, reference)
    once = _doc(
        "rent_receipt", NOTICE.split("TALON", maxsplit=1)[0], "PERRIN THIERRY", holder_found_by="block"
    )
    assert not surely_another_person(once, holder, reference)  # one address block is a guess
    signed = _doc("rent_receipt", NOTICE, "PERRIN THIERRY", holder_found_by="lone")
    assert not surely_another_person(signed, holder, reference)


def test_a_parent_read_with_the_acts_own_holders_name_does_not_make_it_a_childs_act() -> None:
    act = _doc(
        "birth_certificate",
        "Certificate of Birth",
        "Faith Achieng ODHIAMBO",
        parents=["Faith Achieng ODHIAMBO"],
    )
    reference = PersonName("ODHIAMBO", ("FAITH", "ACHIENG"))
    assert not is_a_parent(act, reference)
    child = _doc(
        "birth_certificate", "Certificate of Birth", "Kevin ODHIAMBO", parents=["Faith Achieng ODHIAMBO"]
    )
    assert is_a_parent(child, reference)


def test_a_given_name_misread_by_several_letters_gives_way_to_the_word_printed_beside_the_surname() -> None:
    documents = [
        _card(["PRESSC", "MENGUE"], "Nom NZÉ OBIANG Prénoms PRISCA MENGUE", "NZE OBIANG"),
        _doc("payslip", "Salariée : Prisca Mengue NZÉ OBIANG\nPériode", name="paie.pdf"),
        _doc("rent_receipt", "Locataire : Mme Prisca Mengue NZÉ OBIANG", name="q.pdf"),
        _doc("utility_bill", "Facture\nPRESSE LOCALE\nPériode du 01/09/2026", name="f.pdf"),
    ]
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), documents)
    assert applicant is not None and [g.upper() for g in applicant.given_names] == ["PRISCA", "MENGUE"]


def test_a_text_layer_giving_each_boxed_letter_its_own_line_spells_the_name() -> None:
    boxes = "\n".join("QUINTERO") + "\nPrénom(s)\n" + "\n".join("ANDRES FELIPE") + "\nSexe :"
    text = "VOTRE IDENTITÉ\nNom de naissance\n" + boxes
    found = find_person(PersonName("QUINTERO", ("Andrés", "Felipe")), text)
    assert found is not None and found.printed == "Andrés Felipe QUINTERO"
    assert text[found.start : found.end].replace("\n", "") == "QUINTERO"
    assert find_person(PersonName("QUINTERO", ("Maria",)), text) is None


def test_the_given_names_an_mrz_cut_are_taken_whole_from_the_printed_zone() -> None:
    card = _card(
        ["MARIE", "EV"], "Prénoms / Given names\nMARIE-ÈVE, JOSÉPHINE\nSexe    F", "DE LA TOUR DAUVERGNE"
    )
    card.fields["holder_found_by"] = "mrz"
    card.pages[0].text = "NOM / Surname\nDE LA TOUR D'AUVERGNE\n" + card.pages[0].text
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), [card])
    assert applicant is not None and applicant.surname == "DE LA TOUR D'AUVERGNE"
    assert [g.upper() for g in applicant.given_names] == ["MARIE", "ÈVE", "JOSÉPHINE"]


def test_a_column_forms_rows_give_each_label_its_value() -> None:
    def word(text: str, x: float, y: float) -> Word:
        return Word(text, x, y, x + 8 * len(text), y + 10)

    page = _page("fils / fille de\nprofession\net de\nRoch MABIALA\nenseignant\nMerveille NKOUNKOU")
    page.words = [
        word("fils", 10, 100), word("/", 40, 100), word("fille", 50, 100), word("de", 95, 100),
        word("profession", 10, 120), word("et", 10, 140), word("de", 30, 140),
        word("Roch", 200, 101), word("MABIALA", 245, 101), word("enseignant", 200, 121),
        word("Merveille", 200, 139), word("NKOUNKOU", 285, 139),
    ]  # fmt: skip
    doc = Document("acte.jpg", [page], "birth_certificate", 0.9)
    assert find_parents(doc.text) == []
    assert "fils / fille de    Roch MABIALA" in rows_text(doc)
    assert find_parents(rows_text(doc)) == ["Roch MABIALA", "Merveille NKOUNKOU"]


@pytest.mark.parametrize("given", [["I"], ["G"]])
def test_a_given_name_cut_to_a_letter_is_taken_only_from_after_its_label(given: list[str]) -> None:
    printed = "PRT sic\nPrénoms / Given names\n" + ("INÊS" if given == ["I"] else "GONÇALO MIGUEL")
    card = _card(given, printed, "FERNANDES ALBUQUERQUE DE VASCONCELOS")
    card.fields["holder_found_by"] = "mrz"
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), [card])
    assert applicant is not None
    assert applicant.given_names in (("INÊS",), ("GONÇALO", "MIGUEL"))


@pytest.mark.parametrize(
    ("printed", "reference"),
    [
        (
            "Marie-Eve, Joséphine DE LA TOUR D'AUVERGNE",
            PersonName("DE LA TOUR D'AUVERGNE", ("Marie", "Ève", "Joséphine")),
        ),
        ("LEMOINE-FARGE Marie-Laure, Inès", PersonName("LEMOINE-FARGE", ("Marie", "Laure", "Inès"))),
        ("LOPES DA VEIGA NÉLSON", PersonName("DA VEIGA", ("Nélson", "Lopes"))),
    ],
)
def test_the_same_words_split_or_hyphenated_otherwise_are_never_surely_another_person(
    printed: str, reference: PersonName
) -> None:
    doc = _doc("birth_certificate", printed, printed, holder_found_by="pair")
    holder = parse_name(printed)
    assert holder is not None and not surely_another_person(doc, holder, reference)


def test_an_mrz_letter_never_gives_way_to_an_accented_ocr_reading() -> None:
    documents = [
        _card(["LASZLO", "BENCE"], "Nom KOVÁCS Prénoms Läszlé Bence", "KOVACS"),
        _doc("payslip", "Salarié : Läszlé Bence KOVÁCS", name="paie.pdf"),
        _doc("rent_receipt", "Locataire : M. Läszlé Bence KOVÁCS", name="q.pdf"),
        _doc("rib", "Titulaire : Läszlé Bence KOVÁCS", name="rib.pdf"),
    ]
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), documents)
    assert applicant is not None and applicant.given_names[0].upper() == "LASZLO"


def test_a_given_name_ocr_misread_everywhere_is_kept_not_dropped_as_noise() -> None:
    documents = [
        _card(["MARIA", "DA", "GRACA"], "Nom KIALA Prénoms MARIA DA GRAGA", "KIALA"),
        _doc("payslip", "Salariée : Maria da Graga KIALA", name="paie.pdf"),
        _doc("rent_receipt", "Locataire : Maria da Graga KIALA", name="q.pdf"),
    ]
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), documents)
    assert applicant is not None and [g.upper() for g in applicant.given_names][-1] in ("GRACA", "GRAGA")


def test_a_given_name_whose_accented_vowels_ocr_confused_is_part_of_the_name() -> None:
    found = find_person(PersonName("KOVACS", ("LASZLO", "BENCE")), "Titulaire : M. Lészlé Bence KOVACS")
    assert found is not None and found.printed == "LASZLO Bence KOVACS"
    assert find_person(PersonName("KOVACS", ("LASZLO",)), "Titulaire : M. Lészlé KOVACS") is not None
    assert find_person(PersonName("MARTIN", ("Hélène",)), "Mme Halina MARTIN") is None


@pytest.mark.parametrize(
    "printed",
    [
        "CARTE NATIONALE D'IDENTITÉ\nDU PRÉ DE SAINT-MAUR\nJean-Baptiste Gaël\nM    FRA",
        "Certifié conforme — Jean-Baptiste Gaël DU PRÉ DE SAINT-MAUR",
        "Prénoms / Given names\nJean-Baptiste, Gaël",
    ],
)
def test_given_names_an_mrz_cut_are_read_where_the_page_prints_them_without_a_label(printed: str) -> None:
    card = _card(["JEAN", "BAP"], printed, "DU PRE DE SAINT MAUR")
    card.fields["holder_found_by"] = "mrz"
    applicant, _ = choose_applicant(Options(Path("."), Path("out")), Overrides(), [card])
    assert applicant is not None
    assert [g.upper() for g in applicant.given_names] == ["JEAN", "BAPTISTE", "GAËL"]


def test_a_name_one_ocr_slip_from_the_references_words_is_never_surely_another_person() -> None:
    doc = _doc("passport", "MUTUA WANJIRU", "MUTUA WANJIRU", holder_found_by="pair")
    holder = parse_name("MUTUA WANJIRU")
    assert holder is not None
    assert not surely_another_person(doc, holder, PersonName("MUTUA", ("WANJUIRU",)))
    other = _doc("rent_receipt", "Locataire : Marc DUBOIS", "Marc DUBOIS", holder_found_by="labels")
    marc = parse_name("Marc DUBOIS")
    assert marc is not None and surely_another_person(other, marc, PersonName("MUTUA", ("WANJIRU",)))


def test_an_identity_document_without_its_mrz_never_names_another_person_for_sure() -> None:
    # A Finnish act read as an ID card, its labels "Sukupuoli" and "Etunimet" taken for a name.
    doc = _doc("national_id", "Sukupuoli\nETUNIMET\nPäivi", "Sukupuoli ETUNIMET", holder_found_by="labels")
    holder = parse_name("Sukupuoli ETUNIMET")
    assert holder is not None
    assert not surely_another_person(doc, holder, PersonName("HAKKINEN", ("Paivi",)))


def test_a_missing_act_is_uncertain_when_an_identity_document_without_mrz_may_be_it() -> None:
    from dossier.checks.rules import _translated_but_unrecognised

    translation = _doc("translation", "Traduction d'un acte de naissance", "Päivi HÄKKINEN", "trad.pdf")
    card = _doc("national_id", "Sukupuoli\nETUNIMET\nPäivi", "Sukupuoli ETUNIMET", "acte.png")
    passport = _doc("national_id", "HENKILÖKORTTI", "Päivi HÄKKINEN", "kortti.jpg", mrz_valid=True)
    assert _translated_but_unrecognised([translation, passport, card], ["birth_certificate"])
    card.fields["mrz_valid"] = True  # its MRZ checks: an identity document for sure
    assert not _translated_but_unrecognised([translation, passport, card], ["birth_certificate"])

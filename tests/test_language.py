"""Main language of a document's text, from stopword frequencies."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.extract.language import detect_language, stopwords

PARAGRAPHS = {
    "fr": "Je soussignée Madame Fatima Benali, demeurant au 3 rue des Roses à Lyon, certifie sur l'honneur"
    " héberger à mon domicile mon fils Karim depuis le premier mars. Il est logé à titre gratuit et n'a pas"
    " d'autre adresse. Cette attestation est faite pour servir et valoir ce que de droit.",
    "en": "This is to certify that the person named below was born in the city of"
    " Manchester on the date shown,"
    " and that the particulars of the birth have been registered by the registrar in the presence of the"
    " father and the mother of the child, who have signed the register.",
    "de": "Die Eheschließung wurde vor dem Standesbeamten in der Stadt Berlin geschlossen. Der Ehemann ist am"
    " zehnten Mai geboren und wohnt mit seiner Frau in einer Wohnung, die sich in der Nähe des Bahnhofs"
    " befindet. Die Urkunde wird auf Antrag ausgestellt.",
    "es": "En la ciudad de Madrid, a quince de marzo, ante mí, el encargado del Registro Civil, se procede a"
    " inscribir el nacimiento de la niña que se indica, hija de los padres que constan en esta acta, con los"
    " datos que han sido declarados por el padre.",
    "it": "Nel comune di Roma, il giorno quindici del mese di marzo, è nata la bambina di"
    " cui si tratta, figlia"
    " del padre e della madre che sono stati indicati nel presente atto, come risulta dalla dichiarazione"
    " resa da loro all'ufficiale dello stato civile.",
    "pt": "Certifico que no dia quinze do mês de março, na cidade de Lisboa, nasceu a criança que se indica,"
    " filha do pai e da mãe que constam deste registo, conforme a declaração que foi feita pelo pai perante"
    " o conservador, e que não há outras informações.",
    "nl": "Op de vijftiende maart is in de gemeente Amsterdam een kind geboren van het mannelijk geslacht. De"
    " vader en de moeder hebben de geboorte bij de ambtenaar van de burgerlijke stand aangegeven en de akte"
    " is door hen ondertekend in het bijzijn van twee getuigen.",
    "ar": "شهادة ميلاد صادرة عن مكتب الحالة المدنية في مدينة الجزائر العاصمة بتاريخ اليوم الخامس من شهر مارس"
    " سنة ألف وتسعمائة وتسعين للمولود الذي يحمل الاسم المذكور أعلاه ابن الأب والأم المذكورين في السجل",
}


@pytest.mark.parametrize(("code", "text"), PARAGRAPHS.items())
def test_detect_language(code: str, text: str) -> None:
    assert detect_language(text) == code


def test_ocr_noise_and_broken_accents() -> None:
    text = PARAGRAPHS["fr"].replace("é", "Ã©").replace("à", "a").replace(" ", "  ").upper()
    assert detect_language(text) == "fr"


def test_mixed_text_with_a_clear_majority() -> None:
    text = PARAGRAPHS["fr"] + "\nTranslator's note: the above is the certificate.\n" + PARAGRAPHS["fr"]
    assert detect_language(text) == "fr"
    text = PARAGRAPHS["en"] + " " + PARAGRAPHS["en"] + "\nTraduction certifiée conforme par le traducteur."
    assert detect_language(text) == "en"


def test_bilingual_labels_are_too_little_text() -> None:
    passport = "PASSEPORT PASSPORT Nom/Surname NGUYEN Prénoms/Given names Hélène Date of birth 12 03 1990"
    assert detect_language(passport) is None


@pytest.mark.parametrize(
    "text", ["", "12/09/2026 650,00 €", "le la les", "IBAN FR76 3000 6000 0112 3456 7890 189"]
)
def test_too_little_text(text: str) -> None:
    assert detect_language(text) is None


def test_word_lists_are_loaded() -> None:
    assert {"fr", "en", "de", "es", "it", "pt", "nl"} <= set(stopwords())
    assert "ete" in stopwords()["fr"]


@given(st.text())
def test_never_raises(text: str) -> None:
    assert detect_language(text) in (None, "fr", "en", "de", "es", "it", "pt", "nl", "ar")

"""2D-Doc: the spec's own examples, variable-length fields, dates, signature zone, robustness."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.extract.twoddoc import (
    GS,
    RS,
    US,
    ddmmyyyy,
    field_specs,
    hex_date,
    parse_2ddoc,
    signature_status,
    type_label,
)

SIGNATURE = base64.b32encode(bytes(range(64))).decode().rstrip("=")

# Examples of the ANTS specification (annex of document types), separators written as in it.
DOMICILE = (
    "DC03FR000001123F1636000126FR245700010MLLE/SAMPLE/ANGELA<GS>20<GS>21BAT 2 ETG 3<GS>"
    "227 PLACE DES SPECIMENS<GS>23<GS>25METZ<GS><US>3HJIYP3OAJ4LIZNQXCTZMNQPTT5C2XICTEF4UGJ3NDE2C"
    "WM7HJOEEK4ACIY4CZOO5ZOFG35APDZMZQFEAEBWRZTW4CBPG35JE2FJ4EY"
)
PAYSLIP = (
    "DC03FR00000112511636060110M/EXEMPLE/HENRY<GS>5000000000000000510157,55200934,553123154124F"
    "5515032012581319,24<GS>599894,3<GS><US>FCJYSMOD7KDZON5QGBKV355SCX2MDFOFU743UBYK2F3PR6D7EL6WRUU"
    "IRU5SQKYAY6OOO5NTPIDWJXSCV4X7VXBUHSUH2HVKY5GVXII"
)
TAX_NOTICE = (
    "DC04FR000001FFFF1FB60401FR432,75<GS>44227801234567845202146RETI PATRICK<GS>4A310720224163198"
    "<GS>47300112345678948RETI SOPHIE<GS>490701987765432<US>QHA4A6QOV6AZJEBTIUNR7QOBXINNTMZTD5COQH6"
    "VN24NCZTXA7MYXB6SNSNTWAQRYK3ZFP4ZWBGLTJ6SDSPMURF7YFILKQFIAJY7NTI"
)
RIB = (
    "DC03FR000001FFFF1636030130M EXEMPLE HENRY ET MME SPECIMEN NATACHA<GS>31FR7030002005500000157845"
    "Z02<GS>32CRLYFRPP<GS><US>EQOSLUFV626SM4K7PTNO3PDT7IM736GLXXBJALK4MCSWJM3QIWQ7ASSCV5VNPS5HD2QZP"
    "VTCE76W5WG5MFFFJZWWOIDDLNVT2JX3HLI"
)
IDENTITY = (
    "DC03FR000001092D1636070160NATACHA<GS>62SPECIMEN<GS>65P6607CD12304<GS>67FR68F6CFR<US>EYLJXYH5R3"
    "HYO5YWTMELK7P277KKOK5TTNB26S6UAPDH2KJGT37YXNDEZTGEK2LX3OSRNAXOP4UHFWHNTOU6LTOSBMX2EBCQ36UZ4FA"
)


def control(payload: str) -> str:
    """The payload as a barcode reader returns it: real control characters."""
    return payload.replace("<GS>", GS).replace("<RS>", RS).replace("<US>", US)


def test_proof_of_address_example_of_the_spec() -> None:
    doc = parse_2ddoc(control(DOMICILE))
    assert doc is not None
    assert (doc.version, doc.issuer, doc.certificate_id) == ("03", "FR00", "0001")
    assert doc.issue_date == dt.date(2012, 10, 15)
    assert doc.signature_date == dt.date(2015, 7, 27)
    assert (doc.type_id, doc.perimeter, doc.country) == ("00", "01", None)
    assert doc.type_label == "Justificatif de domicile"
    assert doc.raw_fields == {
        "26": "FR",
        "24": "57000",
        "10": "MLLE/SAMPLE/ANGELA",
        "20": "",
        "21": "BAT 2 ETG 3",
        "22": "7 PLACE DES SPECIMENS",
        "23": "",
        "25": "METZ",
    }
    assert doc.fields["beneficiary"] == "MLLE/SAMPLE/ANGELA"
    assert doc.fields["service_postcode"] == "57000"
    assert doc.fields["service_town"] == "METZ"
    assert doc.holder == "SAMPLE, ANGELA"
    assert doc.message_ok
    assert doc.signature == "unverifiable"
    assert doc.kind_hint == "utility_bill"


def test_written_separators_are_accepted_too() -> None:
    assert parse_2ddoc(DOMICILE) == parse_2ddoc(control(DOMICILE))


def test_payslip_example_fixed_and_variable_fields_and_both_date_formats() -> None:
    doc = parse_2ddoc(control(PAYSLIP))
    assert doc is not None
    assert doc.type_label == "Bulletin de salaire"
    assert doc.raw_fields == {
        "10": "M/EXEMPLE/HENRY",
        "50": "00000000000000",
        "51": "0157,5",
        "52": "00934,5",
        "53": "1231",
        "54": "124F",
        "55": "15032012",
        "58": "1319,24",
        "59": "9894,3",
    }
    # 53/54 are hex day counts, 55 is DDMMYYYY: the spec's own reading of its example.
    assert doc.fields["period_start"] == "2012-10-01"
    assert doc.fields["period_end"] == "2012-10-31"
    assert doc.fields["contract_start_date"] == "2012-03-15"
    assert doc.fields["net_taxable_salary"] == "1319,24"
    assert doc.message_ok
    assert doc.kind_hint == "payslip"


def test_version_04_tax_notice_example() -> None:
    doc = parse_2ddoc(control(TAX_NOTICE))
    assert doc is not None
    assert (doc.version, doc.country, doc.type_id) == ("04", "FR", "04")
    assert doc.issue_date is None  # FFFF
    assert doc.signature_date == dt.date(2022, 3, 24)
    assert doc.fields["tax_shares"] == "2,75"
    assert doc.fields["tax_notice_reference"] == "2278012345678"
    assert doc.fields["income_year"] == "2021"
    assert doc.fields["declarant_1"] == "RETI PATRICK"
    assert doc.fields["collection_date"] == "2022-07-31"
    assert doc.fields["reference_tax_income"] == "63198"
    assert doc.fields["declarant_2_tax_number"] == "0701987765432"
    assert doc.holder == "RETI PATRICK"
    assert doc.message_ok


def test_bank_details_example() -> None:
    doc = parse_2ddoc(control(RIB))
    assert doc is not None
    assert doc.fields == {
        "account_holder": "M EXEMPLE HENRY ET MME SPECIMEN NATACHA",
        "iban": "FR7030002005500000157845Z02",
        "bic": "CRLYFRPP",
    }
    assert doc.kind_hint == "rib"


def test_identity_example_with_a_one_letter_document_type() -> None:
    doc = parse_2ddoc(control(IDENTITY))
    assert doc is not None
    assert doc.issue_date == dt.date(2006, 6, 7)
    assert doc.raw_fields["65"] == "P"
    assert doc.raw_fields["66"] == "07CD12304"
    assert doc.raw_fields["67"] == "FR"
    assert doc.raw_fields["68"] == "F"
    assert doc.raw_fields["6C"] == "FR"
    assert doc.holder == "SPECIMEN, NATACHA"


def test_hand_written_payload_with_variable_fields_gs_rs_and_an_annex() -> None:
    payload = (
        "DC04FR03AB12" + "2000" + "2001" + "01" + "01" + "FR"
        + "12JEANNE" + GS + "13MARTIN" + GS + "22" + "12 RUE DES LILAS" + GS
        + "2475011" + "25PARIS" + GS + "26FR" + "1C01022024" + "18F-2024-0001" + RS
        + "1D" + "84,20" + US + SIGNATURE + GS + "0112345"
    )  # fmt: skip
    doc = parse_2ddoc(payload)
    assert doc is not None
    assert doc.issue_date == dt.date(2000, 1, 1) + dt.timedelta(days=0x2000)
    assert doc.type_label.startswith("Justificatif de domicile - facture")
    assert doc.raw_fields == {
        "12": "JEANNE",
        "13": "MARTIN",
        "22": "12 RUE DES LILAS",
        "24": "75011",
        "25": "PARIS",
        "26": "FR",
        "1C": "01022024",
        "18": "F-2024-0001",
        "1D": "84,20",
    }
    assert doc.fields["contract_effective_date"] == "2024-02-01"
    assert doc.truncated == ("18",)
    assert doc.annex == {"01": "12345"}
    assert doc.holder == "MARTIN, JEANNE"
    assert doc.message_ok
    assert doc.signature == "unverifiable"


def test_a_full_length_variable_value_without_separator_is_cut_at_its_maximum() -> None:
    postcode_town = "25" + "X" * 32 + "26FR"
    payload = "DC03FR03AB1220002001" + "0101" + postcode_town + US + SIGNATURE
    doc = parse_2ddoc(payload)
    assert doc is not None
    assert doc.raw_fields == {"25": "X" * 32, "26": "FR"}


def test_unknown_ids_are_kept_but_the_message_is_not_clean() -> None:
    doc = parse_2ddoc("DC03FR03AB1220002001" + "0101" + "ZZHELLO" + GS + "26FR" + US + SIGNATURE)
    assert doc is not None
    assert doc.raw_fields == {"ZZ": "HELLO", "26": "FR"}
    assert doc.fields["unknown_ZZ"] == "HELLO"
    assert not doc.message_ok


def test_signature_zone() -> None:
    assert signature_status(SIGNATURE) == "unverifiable"
    assert signature_status(None) == "invalid"
    assert signature_status("not base32!") == "invalid"
    assert signature_status("ABC") == "invalid"
    doc = parse_2ddoc("DC03FR03AB1220002001" + "0101" + "26FR")
    assert doc is not None
    assert doc.signature == "invalid"
    doc = parse_2ddoc("DC03FR03AB1220002001" + "0101" + "26FR" + US + "abc$%")
    assert doc is not None
    assert doc.signature == "invalid"


@pytest.mark.parametrize(
    "payload",
    ["", "DC", "DC05FR03AB1220002001", "DC03FR03AB12ZZZZ20010101", "XX03FR03AB1220002001010126FR", "DC03FR0"],
)
def test_what_is_no_2ddoc_gives_none(payload: str) -> None:
    assert parse_2ddoc(payload) is None


def test_dates() -> None:
    assert hex_date("0000") == dt.date(2000, 1, 1)
    assert hex_date("1E6D") == dt.date(2021, 4, 29)
    assert hex_date("FFFF") is None
    assert hex_date("XYZ1") is None
    assert ddmmyyyy("15032012") == dt.date(2012, 3, 15)
    assert ddmmyyyy("31022012") is None
    assert ddmmyyyy("1503201") is None


def test_the_table_is_consistent() -> None:
    specs = field_specs()
    assert len({spec.id for spec in specs.values()}) == len(specs)
    for spec in specs.values():
        assert len(spec.id) == 2
        assert spec.name.isidentifier()
        assert spec.max is None or spec.min <= spec.max
        assert spec.format in ("text", "date", "hexdate")
        if spec.format == "date":
            assert spec.min == spec.max == 8
    assert type_label("06") == "Bulletin de salaire"
    assert type_label("??") == ""


_value = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /-,", max_size=38)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["10", "20", "21", "22", "23", "25", "18", "19"]), _value, min_size=1))
def test_variable_fields_round_trip(values: dict[str, str]) -> None:
    # Values within each field's maximum length, as an issuer must write them.
    values = {ident: value[: field_specs()[ident].max or None] for ident, value in values.items()}
    message = "".join(ident + value + GS for ident, value in values.items())
    doc = parse_2ddoc("DC04FR03AB1220002001" + "0101FR" + "24" + "75011" + message + US + SIGNATURE)
    assert doc is not None
    assert doc.raw_fields == {"24": "75011", **values}
    assert doc.message_ok


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises(text: str) -> None:
    parse_2ddoc(text)
    parse_2ddoc("DC03FR03AB1220002001" + "0101" + text)
    parse_2ddoc("DC04FR03AB1220002001" + "0101FR" + text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789ABCDEFGZ /" + GS + RS + US, max_size=400))
def test_random_messages_never_raise(message: str) -> None:
    doc = parse_2ddoc("DC03FR03AB1220002001" + "0101" + message)
    assert doc is not None
    assert doc.signature in ("unverifiable", "invalid")

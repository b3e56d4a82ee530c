"""A likely cause for each failure, in a few words, so that failures can be grouped.

The causes are read off what dossier produced (the document that holds the truth's first page,
its text, its fields), with dossier's own name comparison; the truth's MRZ values are cut at the
ICAO positions here. They are a diagnosis aid, not a measure, and need no OCR: ``--rescore``
recomputes them from a results file.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workset import Truth  # noqa: E402

from dossier.names import parse_name, same_person  # noqa: E402

TD1_LINES = 3
ISO_DATE_LENGTH = 10


def cause(measure: str, truth: Truth, got: dict[str, Any] | None, today: dt.date) -> str:
    """The likely cause of one failed measure."""
    if got is None or "missing" in got:
        return "no document: " + str((got or {}).get("missing", "not produced"))
    if measure == "kind":
        return _kind(truth, got)
    if measure == "pages":
        return _pages(truth, got)
    prefix = "" if got["kind"] == truth.kind else f"read as {got['kind']}: "
    readers = {"holder": _holder, "mrz": _mrz, "months": _months, "iban": _iban}
    return prefix + readers[measure](truth, got, today)


def _kind(truth: Truth, got: dict[str, Any]) -> str:
    if got["text_chars"] == 0:
        return "OCR read no text"
    if len(got["pages"]) > len(truth.pages):
        return f"merged into the {got['kind']} document of pages {got['pages']}"
    if got["kind"] == "other":
        return "below the classifier's threshold (other)"
    return f"taken for {got['kind']}"


def _pages(truth: Truth, got: dict[str, Any]) -> str:
    holding = [pages for pages, _ in got["file_documents"] if set(pages) & set(truth.pages)]
    if len(holding) > 1:
        return f"split over {len(holding)} documents {holding}"
    return f"merged with a neighbour into pages {got['pages']}"


def _holder(truth: Truth, got: dict[str, Any], today: dt.date) -> str:
    holder = got.get("holder_settled", got["holder"])
    missing = got.get("name_words_not_in_text")
    where = "" if missing is None else " (the name is in the text)" if not missing else " (OCR lost the name)"
    if not holder:
        return "no holder found" + where
    mine, theirs = parse_name(str(holder)), parse_name(truth.holder or "")
    if mine is not None and theirs is not None and same_person(mine, theirs):
        return "misspelt (OCR), same person for dossier.names" + where
    return "another text taken as the name" + where


def _truth_mrz(lines: tuple[str, ...]) -> dict[str, object]:
    """The values of the truth's MRZ, cut at the ICAO 9303 positions (not with dossier's parser)."""
    if len(lines) == TD1_LINES:  # ID card or residence permit: 3 x 30
        one, two, three = lines
        number, birth, expiry, nationality = one[5:14], two[0:6], two[8:14], two[15:18]
        name = three
    else:  # passport (TD3) or visa (MRV-A): 2 x 44
        one, two = lines
        number, birth, expiry, nationality = two[0:9], two[13:19], two[21:27], two[10:13]
        name = one[5:]
    surname, _, given = name.partition("<<")
    return {
        "document_number": number.rstrip("<"),
        "nationality": nationality.rstrip("<"),
        "birth_date": birth,
        "expiry_date": expiry,
        "surname": surname.replace("<", " ").strip(),
        "given_names": [g for g in given.split("<") if g],
    }


def _yymmdd(iso: object) -> str:
    text = str(iso or "")
    return text[2:4] + text[5:7] + text[8:10] if len(text) == ISO_DATE_LENGTH else text


def _mrz(truth: Truth, got: dict[str, Any], today: dt.date) -> str:
    fields = got["fields"]
    if not fields.get("mrz"):
        return "no MRZ read"
    if fields.get("mrz_valid") is not True:
        return "check digits fail"
    want = _truth_mrz(truth.mrz)
    mine = {name: fields.get(name) for name in want}
    mine["birth_date"], mine["expiry_date"] = _yymmdd(mine["birth_date"]), _yymmdd(mine["expiry_date"])
    mine["given_names"] = list(mine["given_names"] or [])
    wrong = [name for name in want if mine[name] != want[name]]
    if wrong:
        return "check digits pass but wrong " + ", ".join(wrong)
    raw = [str(line) for line in fields["mrz"]]
    same_shape = [len(line) for line in raw] == [len(line) for line in truth.mrz]
    fillers_only = same_shape and all(
        w == "<"
        for line, truth_line in zip(raw, truth.mrz, strict=True)
        for r, w in zip(line, truth_line, strict=True)
        if r != w
    )
    if fillers_only:
        return "data right; '<' fillers read as letters in the raw lines"
    return "data right; raw lines differ otherwise (shifted, 0 read as D...)"


def _months(truth: Truth, got: dict[str, Any], today: dt.date) -> str:
    fields = got["fields"]
    start, end = fields.get("period_start"), fields.get("period_end")
    if not start and not end:
        return "no period found"
    if not got["months"]:
        return f"period {start}..{end} gives no month"
    return f"period {start}..{end} gives {got['months']}"


def _iban(truth: Truth, got: dict[str, Any], today: dt.date) -> str:
    fields = got["fields"]
    if not fields.get("iban"):
        return "no IBAN read"
    return "IBAN read as valid" if fields.get("iban_valid") else "IBAN read as invalid"

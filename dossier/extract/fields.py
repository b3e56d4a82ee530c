"""Extract: the facts each document holds, into ``Document.fields`` with the contract's keys.

The readers (MRZ, dates, IBAN, SIRET, names, filiation, language, 2D-Doc) are pure functions
on text in the modules of this package; this module decides which apply to which kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from dossier.extract.dates import (
    EXPIRY_LABELS,
    ISSUE_LABELS,
    find_labeled_date,
    find_period,
    iso,
    months_between,
)
from dossier.extract.filiation import find_parents
from dossier.extract.holders import find_holder_and_step, find_holders
from dossier.extract.iban import find_iban
from dossier.extract.language import detect_language
from dossier.extract.pairing import adopt_translated_originals, mark_duplicates, pair_translations
from dossier.extract.rows import rows_text
from dossier.extract.siret import find_sirets
from dossier.extract.split import split_by_period
from dossier.extract.stay_fields import read_birth_date, read_children, read_domiciliation, read_validity
from dossier.extract.twoddoc import parse_2ddoc
from dossier.models import Document
from dossier.mrz.layout import without_mrz_lines
from dossier.mrz.parse import Mrz, name_support, parse_text, with_names
from dossier.names import PersonName, fold_text, normalize_token, parse_name, same_person
from dossier.names.find import find_person
from dossier.names.icao import fits_mrz, loose_token, may_be_cut
from dossier.names.labels import given_after_label

FILLER_LOOKALIKES = frozenset("KXCLES<")
MIN_NAME_SUPPORT = 0.75  # an MRZ name this unlike every printed word is misread, not a spelling
SINCE_LABELS = (
    "depuis le",
    "depuis",
    "à compter du",
    "a compter du",
    "prend effet le",
    "prise d'effet le",
    "prise d'effet",
    "since",
)


def extract_all(documents: list[Document], today: dt.date) -> None:
    """Fill holder, months and fields of every document, then pair translations and duplicates."""
    documents[:] = split_by_period(documents)
    for doc in documents:
        extract_document(doc, today)
    adopt_translated_originals(documents, today, extract_document)
    pair_translations(documents)
    mark_duplicates(documents)


def extract_document(doc: Document, today: dt.date) -> None:
    """Fill one document's fields from its text, by kind."""
    if doc.kind == "other":
        _kind_from_2ddoc(doc)
    text = doc.text
    doc.fields["language"] = detect_language(text)
    found = find_holder_and_step(doc.kind, text)
    doc.holder, doc.fields["holder_found_by"] = found if found else (None, None)
    if doc.kind in ("marriage_certificate", "family_record_book"):
        doc.fields["spouses"] = find_holders(doc.kind, text)
    for reader in READERS.get(doc.kind, ()):
        reader(doc, text, today)
    twoddoc = _twoddoc(doc)
    if twoddoc:
        doc.fields["twoddoc"] = twoddoc
    doc.fields = {key: value for key, value in doc.fields.items() if value not in (None, "", [])}


def _read_mrz(doc: Document, text: str, today: dt.date) -> None:
    mrz = _best_mrz(doc, today)
    if mrz is None:
        doc.fields["expiry_date"] = iso(find_labeled_date(text, EXPIRY_LABELS))
        return
    surname, given_names = _clean_mrz_name(mrz, text)
    if not given_names:
        surname, given_names = _split_at_misread_fillers(surname, text)
    if not given_names and doc.holder:
        surname, given_names = _split_by_printed_name(surname, doc.holder)
    if not given_names and may_be_cut(PersonName(surname, ())):
        # A surname that fills the name field leaves no room for any given name: they are the
        # words printed after their label.
        given_names = given_after_label(without_mrz_lines(text))
    doc.fields.update(
        surname=surname,
        given_names=given_names,
        nationality=mrz.nationality,
        sex=mrz.sex if mrz.sex in ("M", "F") else None,
        birth_date=iso(mrz.birth_date),
        expiry_date=iso(mrz.expiry_date) or iso(find_labeled_date(text, EXPIRY_LABELS)),
        issue_date=iso(mrz.issue_date),
        document_number=mrz.document_number,
        # False: a number like it is printed but differs (a slip the check digits cannot see).
        document_number_printed=mrz.number_printed,
        mrz=list(mrz.raw_lines),
        mrz_corrected=list(with_names(mrz, surname, given_names)),
        mrz_valid=mrz.valid,
        mrz_format=mrz.format,
    )
    from_mrz = PersonName(surname, tuple(given_names))
    if not surname or (doc.holder and _agrees_with(doc.holder, from_mrz)):
        # The printed name, with any word OCR misread by a letter spelled as the MRZ has it.
        respelled = find_person(from_mrz, doc.holder) if doc.holder else None
        doc.holder = respelled.printed if respelled else doc.holder
        return
    printed_name = parse_name(doc.holder or "")
    if not mrz.valid and doc.fields.get("holder_found_by") in ("pair", "labels") and printed_name:
        # A band whose check digits fail was misread; the name printed in its fields was not.
        doc.fields.update(surname=printed_name.surname, given_names=list(printed_name.given_names))
        return
    seen = find_person(from_mrz, without_mrz_lines(text))
    if seen is not None and may_be_cut(from_mrz):
        doc.holder, doc.fields["holder_found_by"] = _uncut(surname, given_names, seen.printed), "mrz"
        return
    if seen is not None and _spelled_out(seen.printed, from_mrz):
        # Every word of the MRZ's name as the page prints it, with the letters the MRZ could
        # only transliterate: "Björn ÅNGSTRÖM" rather than AANGSTROEM, BJOERN.
        doc.holder, doc.fields["holder_found_by"] = seen.printed, "mrz"
        return
    # The MRZ's spelling wins over a printed name read differently, unless what was read of
    # its name is noise that the printed text does not bear out.
    printed = frozenset(w.upper() for w in re.findall(r"[A-Za-z]{2,}", fold_text(without_mrz_lines(text))))
    if not doc.holder or name_support([*surname.split(), *given_names], printed) >= MIN_NAME_SUPPORT:
        doc.holder = f"{surname}, {' '.join(given_names)}".strip(", ")
        doc.fields["holder_found_by"] = "mrz"


def _best_mrz(doc: Document, today: dt.date) -> Mrz | None:
    candidates = []
    for page in doc.pages:
        # The cell-by-cell reading first: its fixed grid cannot insert or drop a character,
        # where a page read passing its check digits may still hold one (they pass by chance
        # one time in ten a field). Then the page read; then Tesseract's band re-reads, with
        # the page's printed text as the evidence for the name. The second engine's reading,
        # kept only where it passed more check digits or named the page's holder better, first.
        sources = [
            page.mrz_second,
            page.mrz_cells,
            page.text,
            f"{page.text}\n\n{page.mrz_text}" if page.mrz_text else "",
        ]
        for source in sources:
            if source:
                mrz = parse_text(source, today=today, printed_text=page.text)
                if mrz is not None:
                    candidates.append(mrz)
    valid = [m for m in candidates if m.valid]
    return valid[0] if valid else (candidates[0] if candidates else None)


def _uncut(surname: str, given_names: list[str], printed: str) -> str:
    """The MRZ's name with the given names it cut completed from the printed words."""
    words = printed.split()
    whole = [next((w for w in words if loose_token(w).startswith(loose_token(g))), g) for g in given_names]
    return f"{surname}, {' '.join(whole)}"


def _spelled_out(printed: str, from_mrz: PersonName) -> bool:
    """Whether the printed words are the MRZ name's words, each once, transliteration aside."""
    words = [loose_token(w) for w in re.findall(r"[^\W\d_]+", re.sub(r"['’]", "", printed))]
    wanted = [loose_token(w) for part in (from_mrz.surname, *from_mrz.given_names) for w in part.split()]
    return sorted(words) == sorted(wanted)


def _agrees_with(holder: str, from_mrz: PersonName) -> bool:
    """Whether the printed name is the MRZ's, accents and a cut at the field's end aside."""
    printed = parse_name(holder)
    return printed is not None and (same_person(printed, from_mrz) or fits_mrz(from_mrz, printed))


def _clean_mrz_name(mrz: Mrz, text: str) -> tuple[str, list[str]]:
    """The MRZ's name without the fillers OCR misread as letters, using the printed text as evidence.

    Runs of ``<`` are often read as K, X, C, L, E or S: a word made only of those letters is a
    filler unless the page prints it, and a word one letter longer than a printed word (AMINATAX
    beside a printed AMINATA) loses that letter.
    """
    printed = {normalize_token(w) for w in re.findall(r"[^\W\d_]{2,}", without_mrz_lines(text))}
    surname_words = mrz.surname.split()

    def clean(words: list[str]) -> list[str]:
        kept = []
        for index, word in enumerate(words):
            if word in printed or (index == 0 and words is surname_words):
                # The name field starts with the name itself: its first word is never a filler
                # (EL AMRANI, LE GALL), whatever letters it is made of.
                kept.append(word)
            elif word[:-1] in printed and len(word) > 3:
                kept.append(word[:-1])
            elif glued := _glued_words(word, printed):
                kept.extend(glued)
            elif not set(word) <= FILLER_LOOKALIKES:
                kept.append(word)
        return kept

    surname = clean(surname_words)
    given = clean([w for name in mrz.given_names for w in name.split()])
    return " ".join(surname), given


def _split_by_printed_name(surname: str, holder: str) -> tuple[str, list[str]]:
    """``DIOP AMINATA`` with no given names (the ``<<`` read as ``<``), split as printed: DIOP, AMINATA.

    The printed name, given names first ("Aminata DIOP", or "AMINATA DIOP" whose order is
    not told), turned so that it reads as the MRZ's words, says where the given names start.
    """
    printed = parse_name(holder)
    words = surname.split()
    if printed is None:
        return surname, []
    mrz = [normalize_token(w) for w in words]
    head = [normalize_token(w) for w in printed.surname.replace("-", " ").split()]
    tail = [normalize_token(w) for name in printed.given_names for w in name.split()]
    if printed.given_names and mrz == head + tail:
        return " ".join(words[: len(head)]), words[len(head) :]
    seen = tail + head  # as printed, given names first
    cuts = [k for k in range(1, len(seen)) if seen[k:] + seen[:k] == mrz]
    if printed.order_known or len(cuts) != 1:
        return surname, []
    split = len(seen) - cuts[0]
    return " ".join(words[:split]), words[split:]


def _split_at_misread_fillers(surname: str, text: str) -> tuple[str, list[str]]:
    """``SOSA CABRERASK SOFIA``: the ``<<`` after the surname read as letters, so no given names.

    A word that is a printed word followed by one to three filler look-alikes ends the surname
    there; the words after it are the given names.
    """
    printed = {normalize_token(w) for w in re.findall(r"[^\W\d_]{2,}", without_mrz_lines(text))}
    words = surname.split()
    for index, word in enumerate(words[:-1]):
        for cut in range(len(word) - 1, max(1, len(word) - 4), -1):
            head, tail = word[:cut], word[cut:]
            if head in printed and set(tail) <= FILLER_LOOKALIKES and word not in printed:
                return " ".join([*words[:index], head]), words[index + 1 :]
    return surname, []


def _glued_words(word: str, printed: set[str]) -> list[str]:
    """Two printed words joined by a misread filler (``MARCOKGIUSEPPE``, ``LUISASHELENAS``), split."""
    for whole in (word, word[:-1]):
        for cut in range(2, len(whole) - 2):
            if whole[cut] in FILLER_LOOKALIKES and whole[:cut] in printed and whole[cut + 1 :] in printed:
                return [whole[:cut], whole[cut + 1 :]]
    return []


def _read_period(doc: Document, text: str, today: dt.date) -> None:
    period = find_period(text)
    doc.fields["issue_date"] = iso(find_labeled_date(text, ISSUE_LABELS))
    if period is None:
        return
    doc.fields["period_start"] = period.start.isoformat()
    doc.fields["period_end"] = period.end.isoformat()
    doc.months = period.months()


def _read_since(doc: Document, text: str, today: dt.date) -> None:
    """Hosting certificates: residence from a start date to the document's date."""
    start = find_labeled_date(text, SINCE_LABELS)
    issued = find_labeled_date(text, ISSUE_LABELS)
    if issued and start and issued < start:
        issued = None  # a certificate is not written before the stay it attests: another date was read
    doc.fields["issue_date"] = iso(issued)
    if start is None:
        return
    end = min(issued or today, today)
    doc.fields["period_start"] = start.isoformat()
    doc.fields["period_end"] = end.isoformat()
    if start <= end:
        doc.months = months_between(start, end)


def _read_lease(doc: Document, text: str, today: dt.date) -> None:
    """A lease proves where one lives from the month it takes effect; later months need receipts.

    It says nothing of the months after (the tenant may have left), so it covers one month,
    that of its start, once that start has come.
    """
    start = find_labeled_date(text, SINCE_LABELS)
    doc.fields["issue_date"] = iso(find_labeled_date(text, ISSUE_LABELS))
    if start is None:
        return
    doc.fields["period_start"] = start.isoformat()
    if start <= today:
        doc.months = months_between(start, start)


def _read_benefits(doc: Document, text: str, today: dt.date) -> None:
    """An attestation of benefits covers the months it lists, or else the month it was issued."""
    _read_period(doc, text, today)
    issued = doc.fields.get("issue_date")
    if not doc.months and isinstance(issued, str):
        doc.months = [issued[:7]]


def _read_iban(doc: Document, text: str, today: dt.date) -> None:
    # The pages read again by the second engine, where the IBAN failed its checks on them.
    result = find_iban(text, *(page.second_text for page in doc.pages if page.second_text))
    if result is None:
        return
    doc.fields.update(
        iban=result.iban,
        iban_valid=result.valid,
        iban_problem=result.reason,
        bic=result.bic,
        bic_from_bank=result.bic_from_bank,
        bic_consistent=result.bic_consistent,
    )


def _read_siret(doc: Document, text: str, today: dt.date) -> None:
    sirets = find_sirets(text)
    if sirets:
        doc.fields["siret"] = sirets[0]


def _read_parents(doc: Document, text: str, today: dt.date) -> None:
    # A form whose labels and values OCR read as two columns has them side by side in its rows.
    doc.fields["parents"] = find_parents(text) or find_parents(rows_text(doc))


def _kind_from_2ddoc(doc: Document) -> None:
    """A page whose words name no kind but whose 2D-Doc does (a bare or a cropped code) is that kind."""
    for payload in (code for page in doc.pages for code in page.barcodes):
        parsed = parse_2ddoc(payload)
        if parsed is not None and parsed.kind_hint:
            doc.kind, doc.confidence = parsed.kind_hint, max(doc.confidence, 0.8)
            doc.reasons = [f"2D-Doc of type {parsed.type_id} ({parsed.type_label})", *doc.reasons]
            return


def _twoddoc(doc: Document) -> dict[str, Any] | None:
    for page in doc.pages:
        for payload in page.barcodes:
            parsed = parse_2ddoc(payload)
            if parsed is not None:
                return {
                    "type": parsed.type_id,
                    "label": parsed.type_label,
                    "issuer": parsed.issuer,
                    "issue_date": iso(parsed.issue_date),
                    "fields": dict(parsed.fields),
                    "signature": parsed.signature,
                }
    return None


Reader = Callable[[Document, str, dt.date], None]
READERS: dict[str, tuple[Reader, ...]] = {
    "passport": (_read_mrz,),
    "national_id": (_read_mrz,),
    "residence_permit": (_read_mrz,),
    "visa": (_read_mrz,),
    "birth_certificate": (_read_parents, read_birth_date),
    "translation": (_read_parents,),
    "rent_receipt": (_read_period,),
    "utility_bill": (_read_period,),
    "payslip": (_read_period, _read_siret),
    "hosting_certificate": (_read_since,),
    "lease": (_read_lease,),
    "rib": (_read_iban,),
    "self_employment_proof": (_read_siret,),
    "employment_contract": (_read_siret,),
    "asylum_certificate": (read_validity, read_birth_date),
    "permit_receipt": (read_validity, read_birth_date),
    "refugee_certificate": (read_validity,),
    "domiciliation_certificate": (read_domiciliation,),
    "benefits_certificate": (_read_benefits,),
    "family_record_book": (read_children,),
}

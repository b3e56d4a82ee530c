"""Classify: a registry of per-kind scorers over each page, then pages grouped into documents.

The evidence is data (``dossier/data/classify.toml``); each scorer returns its score and the
words or patterns that earned it, so a report can say why a page won.
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from dossier.kinds import TRAVEL_KINDS, kind_info
from dossier.models import Classification, Document, Page
from dossier.mrz import Mrz, parse_text

TITLE_WEIGHT = 4
MAX_TITLES = 2
MAX_KEYWORDS = 5
AGAINST_WEIGHT = 3
HEADER_LINES = 5
FOREIGN_CARD_WEIGHT = 10  # beats a card MRZ's own code (8): see _foreign_national_card
CARD_CODE_REASON = "identity card MRZ (I<, ID)"  # the identity-card code pattern of classify.toml
CARD_CODE_WEIGHT = 8
MIN_CHECKS_OF_A_BAND = 3
CONTINUATION = re.compile(r"\b(page\s*[2-9]\b|[2-9]\s*/\s*[2-9]\b|\(suite\))", re.IGNORECASE)


@dataclass(frozen=True)
class Score:
    """One scorer's verdict on one page."""

    kind: str
    value: float
    reasons: tuple[str, ...]
    title_at_top: bool = False


@dataclass(frozen=True)
class PageView:
    """The forms of a page's text that scorers look at."""

    folded: str  # lower case, no accents, single spaces
    raw: str  # as read
    mrz: str  # MRZ lines, upper case with spaces removed
    header: str  # the first lines, folded: where a document's own title stands


Scorer = Callable[[PageView], Score]
Term = tuple[str, re.Pattern[str]]


@dataclass(frozen=True)
class KeywordScorer:
    """Scores a kind from titles, keywords, patterns and counter-evidence."""

    kind: str
    titles: tuple[Term, ...]
    keywords: tuple[Term, ...]
    against: tuple[Term, ...]
    patterns: tuple[tuple[re.Pattern[str], float, str, str], ...] = field(default=())

    def __call__(self, view: PageView) -> Score:
        """Score one page for this kind, with the evidence."""
        titles = _hits(self.titles, view.folded)[:MAX_TITLES]
        keywords = _hits(self.keywords, view.folded)[:MAX_KEYWORDS]
        against = _hits(self.against, view.folded)
        value = float(TITLE_WEIGHT * len(titles) + len(keywords) - AGAINST_WEIGHT * len(against))
        reasons = [f'title "{t}"' for t in titles] + [f'"{k}"' for k in keywords]
        for pattern, weight, on, why in self.patterns:
            if pattern.search(getattr(view, on)):
                value += weight
                reasons.append(why)
        reasons += [f'but "{a}"' for a in against]
        at_top = bool(_hits(self.titles, view.header)) or any(why.endswith("MRZ") for why in reasons)
        return Score(self.kind, float(value), tuple(reasons), at_top)


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss"}
)


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes unified, runs of spaces collapsed."""
    plain = text.translate(_UNDECOMPOSED).replace("’", "'").replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", plain)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.lower())


def _hits(terms: Sequence[Term], text: str) -> list[str]:
    # The plain substring test first: most terms are absent, and it is many times faster.
    return [label for label, pattern in terms if label in text and pattern.search(text)]


def _term(term: str) -> Term:
    folded = fold(term)
    return folded, re.compile(r"\b" + re.escape(folded) + r"\b")


@functools.cache
def registry() -> tuple[int, tuple[Scorer, ...]]:
    """The minimum winning score and every kind's scorer, built once from the data file."""
    raw = tomllib.loads(resources.files("dossier.data").joinpath("classify.toml").read_text("utf-8"))
    scorers = tuple(_scorer(kind, rules) for kind, rules in raw["kinds"].items())
    return int(raw["min_score"]), scorers


def _scorer(kind: str, rules: dict[str, Any]) -> Scorer:
    return KeywordScorer(
        kind=kind,
        titles=tuple(_term(t) for t in rules.get("titles", [])),
        keywords=tuple(_term(k) for k in rules.get("keywords", [])),
        against=tuple(_term(a) for a in rules.get("against", [])),
        patterns=tuple(
            (re.compile(p["regex"]), float(p["weight"]), str(p["on"]), str(p["why"]))
            for p in rules.get("patterns", [])
        ),
    )


def view_of(page: Page) -> PageView:
    """The page text in the forms scorers need."""
    sources = (page.mrz_second, page.mrz_cells, page.mrz_text, page.text)  # a garbled re-read hides nothing
    mrz = "\n".join(
        line for source in sources for block in source.split("\n\n") for line in _mrz_lines(block)
    )
    lines = [line for line in page.text.splitlines() if line.strip()]
    header = fold("\n".join(lines[:HEADER_LINES]))
    return PageView(folded=fold(page.text), raw=page.text, mrz=mrz, header=header)


_MRZ_SHAPED = re.compile(r"[A-Z0-9<]{28,46}")


def _mrz_lines(block: str) -> list[str]:
    """A block's MRZ-like lines (fillers in them), when it has two MRZ lines: an MRZ is never one line.

    A band re-read of a long title turns its spaces and accented letters into fillers
    ("ITEVA<ESTOTIETOJARJESTELM<ASTA"); alone, that line is no MRZ. A full second line may have no
    filler at all (a visa's), but it has an MRZ's letters and length.
    """
    lines = [line.replace(" ", "") for line in block.splitlines()]
    fillers = [line.upper() for line in lines if line.count("<") >= 2]
    shaped = [line for line in lines if line.count("<") >= 2 or _MRZ_SHAPED.fullmatch(line)]
    return fillers if len(shaped) >= 2 else []


def classify_page(page: Page) -> Classification:
    """The best kind for one page, or ``other`` when no kind has enough evidence."""
    min_score, scorers = registry()
    view = view_of(page)
    mrz = parse_text(view.mrz) if view.mrz else None
    foreign = _foreign_national_card(mrz)
    # Fewer than three check digits passing: chance passes one in ten, two of four now and then.
    garbled = mrz is None or sum(mrz.checks.values()) < MIN_CHECKS_OF_A_BAND
    raw = [scorer(view) for scorer in scorers]
    # A residence permit's own title at the top outweighs an ID card's code read from noise.
    titled_permit = any(score.kind == "residence_permit" and score.title_at_top for score in raw)
    scores = sorted(
        (_with_card_evidence(score, foreign, garbled and titled_permit) for score in raw),
        key=lambda s: s.value,
        reverse=True,
    )
    best, runner_up = scores[0], scores[1]
    if best.value < min_score:
        why = [f"best guess {best.kind} scored {best.value:g} (needs {min_score})", *best.reasons]
        return Classification("other", 0.0, why)
    confidence = 1.0 - math.exp(-(best.value - max(runner_up.value, 0.0) + 1.0) / 4.0)
    return Classification(
        best.kind, round(confidence, 2), list(best.reasons), starts_document=best.title_at_top
    )


def _foreign_national_card(mrz: Mrz | None) -> str | None:
    """Why a card's MRZ shows a residence permit: a card issued by one state to another's national.

    Identity cards are issued to a state's own nationals; a card-sized MRZ (TD1, TD2) whose
    nationality differs from its issuing state is a residence permit, whatever its code says.
    """
    if mrz is None or mrz.format not in ("TD1", "TD2"):
        return None
    # The check digits beside both codes pass: the two lines were read in step.
    if not all(mrz.checks.get(name) for name in ("document_number", "birth_date", "expiry_date")):
        return None
    state, nationality = mrz.issuing_state.strip("<"), mrz.nationality.strip("<")
    if not (state.isalpha() and nationality.isalpha()) or state == nationality:
        return None
    return f"MRZ: a card issued by {state} to a national of {nationality}"


def _with_card_evidence(score: Score, foreign: str | None, garbled: bool) -> Score:
    if garbled and any(reason == CARD_CODE_REASON for reason in score.reasons):
        # A card's code read from lines where no check digit passes is noise: a title beats it.
        reasons = tuple(r for r in score.reasons if r != CARD_CODE_REASON)
        return Score(
            score.kind, score.value - CARD_CODE_WEIGHT, (*reasons, "card MRZ unreadable"), score.title_at_top
        )
    if foreign is None or score.kind != "residence_permit":
        return score
    return Score(score.kind, score.value + FOREIGN_CARD_WEIGHT, (foreign, *score.reasons), True)


def group_documents(pages: list[Page], forced: dict[str, str]) -> list[Document]:
    """Cut each file's pages into documents, in file order.

    A page starts a new document when its kind changes, or when its kind is one-page-per-period
    (receipts, bills, payslips) and it has its own title. An unrecognised page that says it
    continues ("page 2", "suite") joins the document before it.
    """
    documents: list[Document] = []
    for page in pages:
        if page.ref.rel in forced:
            _add_forced(documents, page, forced[page.ref.rel])
            continue
        result = classify_page(page)
        current = documents[-1] if documents and documents[-1].file == page.ref.rel else None
        if current is not None and _other_side(current, result):
            # A card's front, its kind guessed from its words, then its back, whose MRZ says it.
            current.pages.append(page)
            current.kind, current.reasons = result.kind, [*result.reasons, "the MRZ on its other side"]
            continue
        if current is not None and _continues(current, page, result):
            current.pages.append(page)
            continue
        documents.append(Document(page.ref.rel, [page], result.kind, result.confidence, list(result.reasons)))
    return documents


def _other_side(current: Document, result: Classification) -> bool:
    """Whether a page with an identity MRZ is the back of the card before it, read without one.

    The front had neither an MRZ nor a title: a passport page titled as one stays a passport
    when a residence permit follows it in the same scan.
    """
    return (
        len(current.pages) == 1
        and current.kind in TRAVEL_KINDS
        and result.kind in TRAVEL_KINDS - {current.kind}
        and not any("MRZ" in reason or reason.startswith("title ") for reason in current.reasons)
        and any("MRZ" in reason for reason in result.reasons)
    )


def _continues(current: Document, page: Page, result: Classification) -> bool:
    """Whether a page belongs to the document before it in the same file.

    A document's first page carries its title at the top (or an MRZ). A page without one that
    follows a multi-page kind (a form, a lease, an act) is its next page, even when its body
    mentions another kind ("joindre un RIB").
    """
    if current.kind == "other":
        return False
    if result.kind not in (current.kind, "other") and _whole_one_page_document(result):
        return False  # a receipt, bill or payslip after a lease or a form is its own document
    if CONTINUATION.search(page.text) and kind_info(current.kind).multipage:
        return True
    if result.kind == current.kind:
        return kind_info(result.kind).multipage or not result.starts_document
    if current.kind in TRAVEL_KINDS and result.kind != "other":
        # The back of a card reads as the card or as nothing: a page that reads as another
        # kind is the next document, even with its title below a letterhead.
        return False
    return kind_info(current.kind).multipage and not result.starts_document


def _whole_one_page_document(result: Classification) -> bool:
    """A page of a one-page kind (receipt, bill, payslip) that carries that kind's title."""
    titled = any(reason.startswith("title ") for reason in result.reasons)
    return titled and not kind_info(result.kind).multipage


def _add_forced(documents: list[Document], page: Page, kind: str) -> None:
    current = documents[-1] if documents and documents[-1].file == page.ref.rel else None
    if current is not None and current.kind == kind:
        current.pages.append(page)
        return
    reason = "kind set in dossier.toml"
    documents.append(Document(page.ref.rel, [page], kind, 1.0, [reason]))

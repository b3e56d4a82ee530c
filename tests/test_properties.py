"""Arbitrary text never makes a reader or the classifier raise."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.classify.pages import classify_page
from dossier.extract.holders import find_holder
from dossier.kinds import all_kinds
from dossier.models import Page, PageRef, SourceType

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_classifier_never_raises_and_stays_in_bounds(text: str) -> None:
    ref = PageRef(Path("x.pdf"), "x.pdf", "0" * 64, SourceType.PDF, 0, text)
    result = classify_page(Page(ref=ref, text=text, text_source="pdf-text"))
    assert result.kind in all_kinds()
    assert 0.0 <= result.confidence <= 1.0


@settings(max_examples=60, deadline=None)
@given(TEXT, st.sampled_from(sorted(all_kinds())))
def test_holder_reader_never_raises(text: str, kind: str) -> None:
    holder = find_holder(kind, text)
    assert holder is None or isinstance(holder, str)

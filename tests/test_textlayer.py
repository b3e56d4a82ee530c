"""The packet's invisible text layer: searchable, invisible, placed on the words, any text accepted."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.models import Page, PageRef, SourceType, Word
from dossier.packet.textlayer import add_text_layer


def page_of(words: list[Word], skew: float = 0.0) -> Page:
    ref = PageRef(Path("scan.jpg"), "scan.jpg", "0" * 64, SourceType.IMAGE, 0)
    return Page(ref=ref, text="", text_source="ocr", width_pt=595.0, height_pt=842.0, words=words, skew=skew)


def test_words_are_found_where_they_were_read_and_are_invisible() -> None:
    doc = pymupdf.open()
    target = doc.new_page(width=595, height=842)
    add_text_layer(
        target,
        target.rect,
        page_of([Word("QUITTANCE", 100, 100, 220, 118), Word("Hélène", 300, 400, 360, 414)]),
    )
    hit = target.search_for("QUITTANCE")[0]
    assert abs(hit.x0 - 100) < 3 and abs(hit.x1 - 220) < 3 and 95 < hit.y1 < 125
    assert target.search_for("Hélène")
    assert all(span["type"] == 3 for span in target.get_texttrace())  # render mode 3: invisible
    assert not target.get_pixmap(dpi=20).samples.count(b"\x00")  # nothing drawn


def test_a_levelled_scan_gets_its_words_back_where_the_scan_shows_them() -> None:
    doc = pymupdf.open()
    target = doc.new_page(width=595, height=842)
    add_text_layer(target, target.rect, page_of([Word("MARGE", 500, 100, 560, 112)], skew=3.0))
    hit = target.search_for("MARGE")[0]
    # The scan lay 3 degrees clockwise (it was levelled by turning it back): its right side is lower.
    assert hit.y0 > 105


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), max_size=20))
def test_any_text_is_accepted(texts: list[str]) -> None:
    doc = pymupdf.open()
    target = doc.new_page(width=595, height=842)
    words = [Word(text, 10.0 + 25 * i, 50.0, 30.0 + 25 * i, 62.0) for i, text in enumerate(texts)]
    add_text_layer(target, target.rect, page_of(words))
    doc.tobytes()

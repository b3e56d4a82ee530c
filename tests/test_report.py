from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dossier.report.record import mask


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", max_size=40))
def test_mask_shows_at_most_half_and_keeps_length(value: str) -> None:
    masked = mask(value)
    assert len(masked) == len(value)
    assert sum(c != "*" for c in masked) <= len(value) // 2


def test_mask_examples() -> None:
    assert mask("FR7630002004120000123456719") == "FR76" + "*" * 20 + "719"
    assert mask("FZ482913") == "FZ****13"

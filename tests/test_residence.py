from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from dossier.checks.profiles import ResidenceRule
from dossier.checks.residence import is_current, judge, month_index, month_of, subtract_months

KINDS = ("rent_receipt",)
INACTIVE = ResidenceRule(KINDS, months=3, consecutive=True, current_within_months=3)
WORKER = ResidenceRule(KINDS, months=1, consecutive=False, current_within_months=3)
TODAY = dt.date(2026, 11, 15)


def test_three_consecutive_current_months_pass() -> None:
    assert judge({"2026-08", "2026-09", "2026-10"}, INACTIVE, TODAY).ok


def test_a_missing_month_is_a_gap_named_by_month() -> None:
    verdict = judge({"2026-07", "2026-08", "2026-10"}, INACTIVE, TODAY)
    assert verdict.gap and not verdict.insufficient
    assert verdict.missing == ("2026-09",)


def test_two_months_are_insufficient() -> None:
    verdict = judge({"2026-09", "2026-10"}, INACTIVE, TODAY)
    assert verdict.insufficient
    assert verdict.missing == ("2026-08",)


def test_old_proofs_are_outdated() -> None:
    verdict = judge({"2026-03", "2026-04", "2026-05"}, INACTIVE, TODAY)
    assert verdict.outdated


def test_one_current_proof_is_enough_for_a_worker() -> None:
    assert judge({"2026-10"}, WORKER, TODAY).ok
    assert judge({"2026-06"}, WORKER, TODAY).outdated


def test_future_months_do_not_count() -> None:
    assert not judge({"2027-01"}, WORKER, TODAY).ok


def test_current_window_edges() -> None:
    assert is_current("2026-08", TODAY, 3)  # August ends after 15 August
    assert not is_current("2026-07", TODAY, 3)
    assert not is_current("2026-12", TODAY, 3)


def test_subtract_months_clamps_to_month_end() -> None:
    assert subtract_months(dt.date(2026, 5, 31), 3) == dt.date(2026, 2, 28)


@given(st.integers(min_value=2000 * 12, max_value=2100 * 12))
def test_month_index_round_trips(index: int) -> None:
    assert month_index(month_of(index)) == index


@given(st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(0, 24))
def test_subtract_months_goes_back_that_many_months(day: dt.date, months: int) -> None:
    earlier = subtract_months(day, months)
    assert month_index(f"{day:%Y-%m}") - month_index(f"{earlier:%Y-%m}") == months
    assert earlier <= day


@given(
    st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2090, 1, 1)),
    st.sets(st.integers(0, 15), max_size=10),
)
def test_a_run_ending_now_is_ok_iff_it_has_the_last_three_months(today: dt.date, back: set[int]) -> None:
    now = month_index(f"{today:%Y-%m}")
    months = {month_of(now - b) for b in back}
    verdict = judge(months, INACTIVE, today)
    latest = max(back, default=None)
    if verdict.ok:
        latest_covered = min(back)
        assert {latest_covered, latest_covered + 1, latest_covered + 2} <= back
    assert latest is None or verdict.covered

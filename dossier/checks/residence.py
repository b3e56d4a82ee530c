"""Residence months: which calendar months the proofs cover, and what the profile still needs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dossier.checks.profiles import ResidenceRule


def month_index(month: str) -> int:
    """``YYYY-MM`` as a running month number, so consecutive months differ by one."""
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def month_of(index: int) -> str:
    """The inverse of :func:`month_index`."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def subtract_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier, clamped to the end of shorter months."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = _last_day(year, month + 1)
    return dt.date(year, month + 1, min(day.day, last))


def _last_day(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def is_current(month: str, today: dt.date, within_months: int) -> bool:
    """A month is current when it ends after the cut-off and does not start after ``today``."""
    index = month_index(month)
    year, number = divmod(index, 12)
    start = dt.date(year, number + 1, 1)
    end = dt.date(year, number + 1, _last_day(year, number + 1))
    return end >= subtract_months(today, within_months) and start <= today


@dataclass(frozen=True)
class ResidenceVerdict:
    """What the residence proofs show against the profile's rule."""

    covered: tuple[str, ...]
    missing: tuple[str, ...] = ()  # months to add for a complete run
    outdated: bool = False
    insufficient: bool = False
    gap: bool = False

    @property
    def ok(self) -> bool:
        """True when the rule is met."""
        return bool(self.covered) and not (self.outdated or self.insufficient or self.gap)


def judge(months: set[str], rule: ResidenceRule, today: dt.date) -> ResidenceVerdict:
    """Judge the covered months: recent enough, enough of them, and consecutive if required."""
    covered = tuple(sorted(m for m in months if month_index(m) <= month_index(f"{today:%Y-%m}")))
    if not covered:
        return ResidenceVerdict(covered=(), insufficient=True)
    latest = covered[-1]
    if not is_current(latest, today, rule.current_within_months):
        return ResidenceVerdict(covered=covered, outdated=True)
    if rule.months <= 1:
        return ResidenceVerdict(covered=covered)
    if not rule.consecutive:
        short = len(covered) < rule.months
        return ResidenceVerdict(covered=covered, insufficient=short)
    return _judge_run(covered, rule.months)


def _judge_run(covered: tuple[str, ...], needed: int) -> ResidenceVerdict:
    """Needed: a run of ``needed`` consecutive months ending at the latest covered month."""
    latest = month_index(covered[-1])
    window = [month_of(i) for i in range(latest - needed + 1, latest + 1)]
    missing = tuple(m for m in window if m not in covered)
    if not missing:
        return ResidenceVerdict(covered=covered)
    if len(covered) < needed:
        return ResidenceVerdict(covered=covered, missing=missing, insufficient=True)
    return ResidenceVerdict(covered=covered, missing=missing, gap=True)

"""All templates by id: (kind, half, render function). A template belongs to exactly one half."""

from __future__ import annotations

import t_bills
import t_birth
import t_civil
import t_forms
import t_housing
import t_identity
import t_misc
import t_money
from cast import COUNTRIES

REGISTRY: dict[str, tuple] = {}
for mod in (t_identity, t_civil, t_housing, t_bills, t_money, t_forms, t_misc):
    REGISTRY.update(mod.TEMPLATES)
for tid, (kind, _, fn) in t_birth.TEMPLATES.items():
    REGISTRY[tid] = (kind, COUNTRIES[tid[len("birth_") :].upper()][4], fn)


def templates(kind: str, half: str) -> list[str]:
    return sorted(t for t, (k, h, _) in REGISTRY.items() if k == kind and h == half)


def pick(kind: str, half: str, n: int) -> str:
    ts = templates(kind, half)
    if not ts:
        raise KeyError("no %s template in half %s" % (kind, half))
    return ts[n % len(ts)]


def check_split() -> None:
    """Every kind used by the folders must have templates in both halves."""
    kinds = {k for k, _, _ in REGISTRY.values()}
    for k in kinds:
        for h in ("tune", "heldout"):
            if k != "birth_certificate" and not templates(k, h):
                raise SystemExit("kind %s has no template in %s" % (k, h))

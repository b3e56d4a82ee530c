"""All templates by id: (kind, half, render function). A template belongs to exactly one half."""

from __future__ import annotations

import b_bills
import b_birth
import b_birth2
import b_civil
import b_forms
import b_housing
import b_identity
import b_misc
import b_money
import f_bills
import f_birth
import f_birth2
import f_birth_es
import f_civil
import f_forms
import f_housing
import f_identity
import f_misc
import f_money
import n_bills
import n_birth
import n_civil
import n_forms
import n_housing
import n_identity
import n_misc
import n_money
import t_bills
import t_birth
import t_civil
import t_forms
import t_housing
import t_identity
import t_misc
import t_money
import u_bills
import u_birth
import u_civil
import u_forms
import u_housing
import u_identity
import u_misc
import u_money
import v_bills
import v_birth
import v_civil
import v_forms
import v_housing
import v_identity
import v_misc
import v_money
import w_bills
import w_birth
import w_civil
import w_forms
import w_housing
import w_identity
import w_misc
import w_money
import x_bills
import x_birth
import x_civil
import x_forms
import x_housing
import x_identity
import x_misc
import x_money
import y_bills
import y_birth
import y_civil
import y_forms
import y_housing
import y_identity
import y_misc
import y_money
import z_bills
import z_birth
import z_civil
import z_forms
import z_housing
import z_identity
import z_misc
import z_money
from cast import COUNTRIES

REGISTRY: dict[str, tuple] = {}
HALVES = (
    "tune",
    "heldout",
    "fresh",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
)
for mod in (t_identity, t_civil, t_housing, t_bills, t_money, t_forms, t_misc):
    REGISTRY.update(mod.TEMPLATES)
for mod in (
    f_identity,
    f_civil,
    f_housing,
    f_bills,
    f_money,
    f_forms,
    f_misc,  # the "fresh" half
    b_identity,
    b_civil,
    b_housing,
    b_bills,
    b_money,
    b_forms,
    b_misc,  # the "blind" half
    n_identity,
    n_civil,
    n_housing,
    n_bills,
    n_money,
    n_forms,
    n_misc,  # the "blind2" half
    z_identity,
    z_civil,
    z_housing,
    z_bills,
    z_money,
    z_forms,
    z_misc,  # the "blind3" half
    y_identity,
    y_civil,
    y_housing,
    y_bills,
    y_money,
    y_forms,
    y_misc,  # the "blind4" half
    x_identity,
    x_civil,
    x_housing,
    x_bills,
    x_money,
    x_forms,
    x_misc,  # the "blind5" half
    w_identity,
    w_civil,
    w_housing,
    w_bills,
    w_money,
    w_forms,
    w_misc,  # the "blind6" half
    v_identity,
    v_civil,
    v_housing,
    v_bills,
    v_money,
    v_forms,
    v_misc,  # the "blind7" half
    u_identity,
    u_civil,
    u_housing,
    u_bills,
    u_money,
    u_forms,
    u_misc,  # the "blind8" half
):
    for tid in mod.TEMPLATES:
        assert tid not in REGISTRY, "template id %s defined twice" % tid
    REGISTRY.update(mod.TEMPLATES)
for tid, (kind, _, fn) in {
    **t_birth.TEMPLATES,
    **f_birth.TEMPLATES,
    **f_birth2.TEMPLATES,
    **f_birth_es.TEMPLATES,
    **b_birth.TEMPLATES,
    **b_birth2.TEMPLATES,
    **n_birth.TEMPLATES,
    **z_birth.TEMPLATES,
    **y_birth.TEMPLATES,
    **x_birth.TEMPLATES,
    **w_birth.TEMPLATES,
    **v_birth.TEMPLATES,
    **u_birth.TEMPLATES,
}.items():
    REGISTRY[tid] = (kind, COUNTRIES[tid[len("birth_") :].upper()][4], fn)


def templates(kind: str, half: str) -> list[str]:
    return sorted(t for t, (k, h, _) in REGISTRY.items() if k == kind and h == half)


def pick(kind: str, half: str, n: int) -> str:
    ts = templates(kind, half)
    if not ts:
        raise KeyError("no %s template in half %s" % (kind, half))
    return ts[n % len(ts)]


def check_split() -> None:
    """Every kind used by the folders must have templates in every half."""
    kinds = {k for k, _, _ in REGISTRY.values()}
    for k in kinds:
        for h in HALVES:
            if k != "birth_certificate" and not templates(k, h):
                raise SystemExit("kind %s has no template in %s" % (k, h))

"""What the evaluation prints: the per-kind x per-variant table, the Done-when verdicts, the failures."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from scoring import MEASURES, Outcome
from workset import BAD_IBAN_SUFFIX

CLASSIFIED_TARGET = 0.98  # issue 3: share of documents classified right
MIN_SPECS_PER_KIND = 2  # issue 3: every kind present at least twice
HOLDER_TARGET = 0.97  # issue 4: holder names right
MONTHS_TARGET = 0.97  # issue 4: months right on residence proofs and payslips
KIND_WIDTH = 22
WHY_ITEMS = 6


def tally(outcomes: Sequence[Outcome], measure: str) -> tuple[int, int]:
    """(right, applicable) for one measure."""
    judged = [o.checks[measure] for o in outcomes if o.checks.get(measure) is not None]
    return sum(1 for ok in judged if ok), len(judged)


def _cell(right: int, total: int) -> str:
    return f"{right}/{total}" if total else "-"


def _pct(right: int, total: int) -> str:
    return f"{100.0 * right / total:.1f}%" if total else "n/a"


def table(outcomes: Sequence[Outcome], variants: Sequence[str], kinds: Sequence[str]) -> list[str]:
    """Classification right/total per kind and variant, then every measure per variant."""
    widths = [max(len(v), 5) + 1 for v in variants]
    head = "kind".ljust(KIND_WIDTH) + "".join(v.rjust(w) for v, w in zip(variants, widths, strict=True))
    lines = ["Classification right/total, per kind (rows) and capture variant (columns)", head + "   total"]
    by: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by[o.truth.kind, o.truth.variant].append(o)
    present = [k for k in kinds if any(o.truth.kind == k for o in outcomes)]
    for kind in present:
        cells = [_cell(*tally(by[kind, v], "kind")).rjust(w) for v, w in zip(variants, widths, strict=True)]
        row = tally([o for o in outcomes if o.truth.kind == kind], "kind")
        lines.append(kind.ljust(KIND_WIDTH) + "".join(cells) + _cell(*row).rjust(8))
    lines.append("-" * len(head + "   total"))
    for measure in MEASURES:
        cells = []
        for v, w in zip(variants, widths, strict=True):
            cells.append(_cell(*tally([o for o in outcomes if o.truth.variant == v], measure)).rjust(w))
        right, total = tally(outcomes, measure)
        label = f"all: {measure}"
        lines.append(
            label.ljust(KIND_WIDTH)
            + "".join(cells)
            + _cell(right, total).rjust(8)
            + f"  {_pct(right, total)}"
        )
    return lines


def verdicts(outcomes: Sequence[Outcome], contract_kinds: Sequence[str]) -> tuple[list[str], dict[str, Any]]:
    """The Done-when criteria of issues 3 and 4, measured."""
    specs_per_kind = Counter(
        kind for kind, key in {(o.truth.kind, o.truth.key.removesuffix(BAD_IBAN_SUFFIX)) for o in outcomes}
    )
    thin = [k for k in contract_kinds if specs_per_kind[k] < MIN_SPECS_PER_KIND]
    figures = {m: tally(outcomes, m) for m in MEASURES}

    def share(measure: str) -> float:
        right, total = figures[measure]
        return right / total if total else 0.0

    met: dict[str, bool | None] = {
        "classified": share("kind") >= CLASSIFIED_TARGET and not thin,
        "mrz": figures["mrz"][0] == figures["mrz"][1],
        "holder": share("holder") >= HOLDER_TARGET,
        "months": share("months") >= MONTHS_TARGET,
        "iban": figures["iban"][0] == figures["iban"][1],
    }
    for name, measure in {"classified": "kind", "mrz": "mrz", "holder": "holder", "months": "months"}.items():
        if not figures[measure][1]:
            met[name] = None
    if not figures["iban"][1]:
        met["iban"] = None

    def say(ok: bool | None) -> str:
        return "n/a" if ok is None else "MET" if ok else "NOT MET"

    k, m, h, mo, i = (figures[x] for x in ("kind", "mrz", "holder", "months", "iban"))
    per_kind = ", ".join(f"{kind} {specs_per_kind[kind]}" for kind in contract_kinds)
    lines = [
        "Done when",
        f"  issue 3  classified right {_cell(*k)} = {_pct(*k)} (needs >= 98%); "
        f"kinds with < 2 specs: {', '.join(thin) or 'none'} -> {say(met['classified'])}",
        f"           specs per kind: {per_kind}",
        f"  issue 4  MRZ exact and valid {_cell(*m)} = {_pct(*m)} (needs all) -> {say(met['mrz'])}",
        f"           holder right {_cell(*h)} = {_pct(*h)} (needs >= 97%) -> {say(met['holder'])}",
        f"           months right {_cell(*mo)} = {_pct(*mo)} (needs >= 97%) -> {say(met['months'])}",
        f"           IBAN verdict right {_cell(*i)} = {_pct(*i)} (needs all) -> {say(met['iban'])}",
        f"           (grouping: pages right {_cell(*figures['pages'])} = {_pct(*figures['pages'])})",
    ]
    data = {
        "figures": {x: {"right": r, "total": t} for x, (r, t) in figures.items()},
        "specs_per_kind": dict(specs_per_kind),
        "kinds_below_two_specs": thin,
        "met": met,
    }
    return lines, data


def _short(value: object, limit: int = 90) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _detail(o: Outcome, measure: str) -> str:  # noqa: PLR0911 - one message per measure
    t, g = o.truth, o.got or {}
    fields: dict[str, Any] = g.get("fields", {})
    if "missing" in g:
        return f"no document: {g['missing']}"
    if measure == "kind":
        return f"expected {t.kind}, got {g['kind']} (confidence {g['confidence']})"
    if measure == "pages":
        return f"expected pages {list(t.pages)}, got documents {g['file_documents']}"
    if measure == "holder":
        return f"expected {t.holder!r}, got {g.get('holder_settled', g['holder'])!r} (as {g['kind']})"
    if measure == "months":
        period = f"{fields.get('period_start')}..{fields.get('period_end')}"
        return f"expected {list(t.months)}, got {g['months']} (as {g['kind']}; period {period})"
    if measure == "mrz":
        valid = fields.get("mrz_valid")
        return f"expected {list(t.mrz)}, got {fields.get('mrz')} valid={valid} (as {g['kind']})"
    want = "valid" if t.iban_valid else "invalid"
    return (
        f"expected {want} {t.iban}, got iban={fields.get('iban')} iban_valid={fields.get('iban_valid')} "
        f"problem={fields.get('iban_problem')!r} invalid_iban finding={g.get('invalid_iban_finding')} "
        f"(as {g['kind']})"
    )


def failures(outcomes: Sequence[Outcome]) -> list[str]:
    """Every failure, by measure then likely cause: spec, variant, file and pages, expected vs got, why."""
    lines = []
    for measure in MEASURES:
        failed = [o for o in outcomes if o.checks.get(measure) is False]
        if not failed:
            continue
        lines.append(f"{measure} failures ({len(failed)}):")
        by_cause: dict[str, list[Outcome]] = defaultdict(list)
        for o in failed:
            by_cause[o.causes.get(measure, "?")].append(o)
        for reason, group in sorted(by_cause.items(), key=lambda item: (-len(item[1]), item[0])):
            lines.append(f"  cause: {reason} ({len(group)})")
            for o in sorted(group, key=lambda o: (o.truth.kind, o.truth.key, o.truth.variant)):
                lines.extend(_failure_lines(o, measure))
    return lines or ["no failures"]


def _failure_lines(o: Outcome, measure: str) -> list[str]:
    g = o.got or {}
    lines = [
        f"    {o.truth.key} [{o.truth.variant}] {o.truth.file} p.{list(o.truth.pages)}: {_detail(o, measure)}"
    ]
    if "why" in g:
        why = "; ".join(g["why"][:WHY_ITEMS]) or "(no evidence)"
        lines.append(
            f"        why: {why} | text {g['text_chars']} chars, rotation {g['rotation']}, "
            f"{'/'.join(g['text_source'])}: {_short(g['text_start'], 80)}"
        )
    return lines


def cause_tally(outcomes: Sequence[Outcome]) -> list[str]:
    """How many failures each likely cause explains, per measure."""
    lines = ["Failures by likely cause"]
    for measure in MEASURES:
        counts = Counter(o.causes[measure] for o in outcomes if measure in o.causes)
        for reason, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  {measure:<7} {count:>4}  {reason}")
    return lines if len(lines) > 1 else [*lines, "  none"]

"""The ways of proving stable residence (a profile's ``[[residence.ways]]``), each judged on the proofs.

Every way says whether it is met and, when it is not, how many documents are still to add and
which finding and message would ask for them; the check then names the way that was met, or the
shortest way to meet one, preferring a way the person has already started on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from dossier.checks.findings import Context, about, as_date, finding, present
from dossier.checks.messages import date_label, month_label, months_label
from dossier.checks.profiles import ResidenceRule, ResidenceWay
from dossier.checks.residence import is_current, judge, month_index, month_of, subtract_months
from dossier.models import Document, Finding, Severity
from dossier.names import PersonName, parse_name, same_person

#: Documents to add that no addition can reach before the date (a lease that is too recent).
UNREACHABLE = 99


@dataclass(frozen=True)
class Proof:
    """What the ways need of one residence document."""

    kind: str
    file: str
    months: tuple[str, ...]
    start: dt.date | None = None


@dataclass(frozen=True)
class WayOutcome:
    """One way judged: met, or what it still needs and the finding that would ask for it."""

    way: ResidenceWay
    met: bool
    to_add: int = 0
    progress: int = 0  # documents of its kinds already in the folder
    code: str = "residence_insufficient"
    template: str = "residence_insufficient"
    values: dict[str, object] = field(default_factory=dict)
    files: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def judge_ways(proofs: list[Proof], rule: ResidenceRule, today: dt.date) -> list[WayOutcome]:
    """Every way of the rule, in the profile's order."""
    return [JUDGES[way.rule](way, proofs, rule, today) for way in rule.all_ways]


def shortest(outcomes: list[WayOutcome]) -> WayOutcome:
    """The unmet way that is reachable, already started, and needs the fewest documents."""
    order = {id(o): i for i, o in enumerate(outcomes)}
    return min(outcomes, key=lambda o: (o.to_add >= UNREACHABLE, o.progress == 0, o.to_add, order[id(o)]))


def _of(proofs: list[Proof], kinds: tuple[str, ...]) -> list[Proof]:
    return [p for p in proofs if p.kind in kinds]


def _current(proof: Proof, rule: ResidenceRule, today: dt.date) -> bool:
    return any(is_current(m, today, rule.current_within_months) for m in proof.months)


def _base(way: ResidenceWay, rule: ResidenceRule, today: dt.date, proofs: list[Proof]) -> dict[str, object]:
    cutoff = subtract_months(today, rule.current_within_months)
    return {
        "kind": way.kinds[0],
        "within": rule.current_within_months,
        "cutoff": date_label(cutoff),
        "cutoff_fr": date_label(cutoff, "fr"),
        "why": f" ({way.why})" if way.why else "",
        "why_fr": f" ({way.why_fr})" if way.why_fr else "",
        "files": sorted({p.file for p in proofs}),
    }


def _months_way(way: ResidenceWay, proofs: list[Proof], rule: ResidenceRule, today: dt.date) -> WayOutcome:
    mine = _of(proofs, way.kinds)
    needed = way.months if way.rule == "consecutive_months" else 1
    run = ResidenceRule(way.kinds, needed, True, rule.current_within_months)
    verdict = judge({m for p in mine for m in p.months}, run, today)
    if verdict.ok:
        return WayOutcome(way, True, progress=len(mine))
    values = _base(way, rule, today, mine) | {
        "covered": months_label(verdict.covered),
        "count": len(verdict.covered),
        "needed": needed,
        "missing": months_label(verdict.missing),
        "missing_fr": months_label(verdict.missing, "fr"),
    }
    if verdict.outdated or not verdict.covered:
        latest = verdict.covered[-1] if verdict.covered else None
        values |= {
            "latest": month_label(latest) if latest else "none",
            "latest_fr": month_label(latest, "fr") if latest else "aucun",
        }
        code = "residence_outdated"
        to_add = needed  # a run of current months is still to make
    else:
        code = "residence_gap" if verdict.gap else "residence_insufficient"
        to_add = len(verdict.missing)
    files = tuple(sorted({p.file for p in mine}))
    return WayOutcome(way, False, to_add, len(mine), code, code, values, files, verdict.missing)


def _since_way(way: ResidenceWay, proofs: list[Proof], rule: ResidenceRule, today: dt.date) -> WayOutcome:
    """A document in force that took effect ``way.months`` or more ago (a lease, a domiciliation)."""
    cutoff = subtract_months(today, way.months)
    mine = [p for p in _of(proofs, way.kinds) if p.start is not None]
    old = [p for p in mine if p.start is not None and p.start <= cutoff]
    values = _base(way, rule, today, mine)
    if not old:
        to_add = UNREACHABLE if mine else 1 + way.plus_current
        return WayOutcome(way, False, to_add, len(mine), "residence_insufficient", "residence_since", values)
    oldest = min(old, key=lambda p: p.start or today)
    start = oldest.start or cutoff
    values |= {"file": oldest.file, "start": date_label(start), "start_fr": date_label(start, "fr")}
    others = [p for p in proofs if p is not oldest] if way.plus_current else [oldest]
    if any(_current(p, rule, today) for p in others):
        return WayOutcome(way, True, progress=len(mine))
    template = "residence_since_current" if way.plus_current else "residence_since_lapsed"
    return WayOutcome(way, False, 1, len(mine), "residence_outdated", template, values, (oldest.file,))


def _bills_way(way: ResidenceWay, proofs: list[Proof], rule: ResidenceRule, today: dt.date) -> WayOutcome:
    """``way.count`` bills in a row (each period starting where the last ended) covering ``way.months``."""
    bills = sorted((p for p in _of(proofs, way.kinds) if p.months), key=lambda p: max(p.months))
    current = [b for b in bills if _current(b, rule, today)]
    values = _base(way, rule, today, bills)
    if not current:
        latest = max((m for b in bills for m in b.months), default=None)
        values |= {
            "latest": month_label(latest) if latest else "none",
            "latest_fr": month_label(latest, "fr") if latest else "aucun",
        }
        code = "residence_outdated"
        return WayOutcome(way, False, way.count, len(bills), code, code, values)
    chain = [current[-1]]
    for bill in reversed(bills[: bills.index(chain[0])]):
        if _precedes(bill, chain[-1]):
            chain.append(bill)
    covered = sorted({m for b in chain for m in b.months})
    if len(chain) >= way.count and len(covered) >= way.months:
        return WayOutcome(way, True, progress=len(bills))
    first = chain[-1]
    before = month_of(month_index(min(first.months)) - 1)
    values |= {
        "file": first.file,
        "covered": months_label(covered),
        "missing": month_label(before),
        "missing_fr": month_label(before, "fr"),
    }
    to_add = max(way.count - len(chain), 1)
    code = "residence_insufficient"
    return WayOutcome(way, False, to_add, len(bills), code, "residence_bills", values, (first.file,))


def _precedes(bill: Proof, following: Proof) -> bool:
    """Whether ``following`` starts where ``bill`` ends (the same month for mid-month periods)."""
    first, last = month_index(min(bill.months)), month_index(max(bill.months))
    return last + 1 >= month_index(min(following.months)) > first


def _document_way(way: ResidenceWay, proofs: list[Proof], rule: ResidenceRule, today: dt.date) -> WayOutcome:
    """A current document of the way's kinds (a CAF or MSA attestation)."""
    mine = _of(proofs, way.kinds)
    if any(_current(p, rule, today) for p in mine):
        return WayOutcome(way, True, progress=len(mine))
    values = _base(way, rule, today, mine)
    latest = max((m for p in mine for m in p.months), default=None)
    values |= {
        "latest": month_label(latest) if latest else "none",
        "latest_fr": month_label(latest, "fr") if latest else "aucun",
    }
    return WayOutcome(way, False, 1, len(mine), "residence_outdated", "residence_document", values)


JUDGES = {
    "consecutive_months": _months_way,
    "current": _months_way,
    "since": _since_way,
    "bills": _bills_way,
    "document": _document_way,
}


def check_residence(documents: list[Document], ctx: Context) -> list[Finding]:
    """Stable residence: the way it is proved, or the shortest way to prove it."""
    rule = _for_minor(ctx.profile.residence, documents, ctx)
    docs = present(documents, set(rule.kinds) | {k for way in rule.all_ways for k in way.kinds})
    if not present(docs, rule.kinds):
        return [_no_proof(ctx)]
    outcomes = judge_ways([_proof(doc) for doc in docs], rule, ctx.today)
    met = [o for o in outcomes if o.met]
    if met:
        way = met[0].way
        words = {"what": way.what, "what_fr": way.what_fr, "why": "", "why_fr": ""}
        return [finding("residence_proved", Severity.INFO, ctx, kind=way.kinds[0], **words)]
    unread = [doc for doc in present(docs, rule.kinds) if not doc.months]
    best = shortest(outcomes)
    if unread:
        # The months that look missing may be on a proof whose period was not read: not an error.
        return [_months_unread(doc, best.missing, ctx) for doc in unread]
    values = dict(best.values)
    files = values.pop("files", [])
    months = list(best.missing)
    values.pop("months", None)
    return [
        finding(best.code, Severity.ERROR, ctx, template=best.template, files=files, months=months, **values)
    ]


MINOR_WAY = ResidenceWay(
    "minor",
    "current",
    (),
    1,
    1,
    False,
    "a proof of residence from the last 3 months",
    "un justificatif de domicile de moins de 3 mois",
    "minors need not wait 3 months, CSS R111-2",
    "les mineurs n'ont pas à attendre 3 mois, CSS R111-2",
)


def _for_minor(rule: ResidenceRule, documents: list[Document], ctx: Context) -> ResidenceRule:
    """A minor applicant (birth date on their own identity document) needs no 3-month wait."""
    birth = _applicant_birth(documents, ctx)
    if (
        not rule.no_wait_under
        or birth is None
        or birth <= subtract_months(ctx.today, 12 * rule.no_wait_under)
    ):
        return rule
    return replace(rule, ways=(replace(MINOR_WAY, kinds=rule.kinds),))


def _applicant_birth(documents: list[Document], ctx: Context) -> dt.date | None:
    if ctx.applicant is None:
        return None
    reference = PersonName(ctx.applicant.surname, ctx.applicant.given_names)
    for doc in present(documents, ("passport", "national_id", "residence_permit", "asylum_certificate")):
        holder = parse_name(doc.holder or "")
        born = as_date(doc.fields.get("birth_date"))
        if born and holder is not None and same_person(reference, holder):
            return born
    return None


def _proof(doc: Document) -> Proof:
    return Proof(doc.kind, doc.file, tuple(doc.months), as_date(doc.fields.get("period_start")))


def _no_proof(ctx: Context) -> Finding:
    hint = [f"{subtract_months(ctx.today, i):%Y-%m}" for i in range(ctx.profile.residence.months, 0, -1)]
    return finding(
        "missing_document",
        Severity.ERROR,
        ctx,
        template="missing_residence",
        kind=ctx.profile.residence.kinds[0],
        what="proof of residence",
        what_fr="justificatif de domicile",
        months_hint=f" ({months_label(hint)})",
        months_hint_fr=f" ({months_label(hint, 'fr')})",
    )


def _months_unread(doc: Document, missing: tuple[str, ...], ctx: Context) -> Finding:
    wanted = missing or (f"{ctx.today:%Y-%m}",)
    return finding(
        "reading_uncertain",
        Severity.WARNING,
        ctx,
        template="reading_uncertain_months",
        **about(doc),
        months=list(missing),
        wanted=months_label(wanted),
        wanted_fr=months_label(wanted, "fr"),
    )

"""What every check shares: its context, and how a finding and its message are made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dossier.checks.messages import say
from dossier.checks.profiles import Profile
from dossier.kinds import kind_info
from dossier.models import Applicant, Child, Document, Finding, Severity


@dataclass(frozen=True)
class Context:
    """What every check needs to know besides the documents."""

    profile: Profile
    applicant: Applicant | None
    today: dt.date
    lang: str
    accents_known: bool  # False when the reference name came from an MRZ alone
    children: tuple[Child, ...] = ()


Check = Callable[[list[Document], Context], list[Finding]]


def finding(code: str, severity: Severity, ctx: Context, **values: object) -> Finding:
    """A finding with its message in the report's language; ``template`` picks another message."""
    template = str(values.pop("template", code))
    files = values.pop("files", [])
    kind = values.pop("kind", None)
    months = values.pop("months", [])
    return Finding(
        code=code,
        severity=severity,
        message=say(template, ctx.lang, **values),
        files=list(files) if isinstance(files, Iterable) else [],
        kind=kind if isinstance(kind, str) else None,
        months=list(months) if isinstance(months, Iterable) else [],
    )


def about(doc: Document) -> dict[str, object]:
    """The values every per-document message names: the file and the kind in words."""
    info = kind_info(doc.kind)
    return {
        "files": [doc.file],
        "kind": doc.kind,
        "file": doc.file,
        "kind_label": info.label_en,
        "kind_label_fr": info.label_fr.lower(),
    }


def present(documents: list[Document], kinds: Iterable[str]) -> list[Document]:
    """The documents of these kinds, copies left out."""
    wanted = set(kinds)
    return [d for d in documents if d.kind in wanted and not d.fields.get("duplicate_of")]


def as_date(value: object) -> dt.date | None:
    """A date from a field written YYYY-MM-DD (or a date already); None when it is not one."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None

"""The follow-up letter: two months after posting, to the same CPAM, citing what was sent and when.

"If you have not heard anything two months after you sent your application, contact your
caisse." The letter is read back from the ``report.json`` of the build that made the packet: the
applicant, the CPAM and the bordereau's list of enclosed documents as they were sent. It is
written in French (it goes to the CPAM), as a PDF readable by the owner only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from dossier.errors import UsageError
from dossier.packet.letter import french_date
from dossier.report.sheet_pdf import Writer

FOLLOW_UP_AFTER_MONTHS = 2
REPORT_NAME = "report.json"
_TRACKING = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .\-]{3,39}$")


def follow_up_from(sent: dt.date) -> dt.date:
    """The first day a follow-up makes sense: two months after the letter was posted."""
    month = sent.month - 1 + FOLLOW_UP_AFTER_MONTHS
    year, month = sent.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(sent.day, calendar.monthrange(year, month)[1]))


def followup_name(sent: dt.date) -> str:
    """The letter's file name in the output folder."""
    return f"relance-{sent.isoformat()}.pdf"


@functools.cache
def _words() -> dict[str, Any]:
    return tomllib.loads(resources.files("dossier.data").joinpath("followup.toml").read_text("utf-8"))


def write_followup(out_dir: Path, *, sent: dt.date, tracking: str, today: dt.date, force: bool) -> Path:
    """Write the follow-up letter for the build in ``out_dir``; refuses when it is too early."""
    report = read_report(out_dir)
    tracking = " ".join(tracking.split())
    if not _TRACKING.match(tracking):
        raise UsageError(
            f"{tracking!r} does not look like a recommandé number.",
            fix="copy the number on your proof of posting (letters and digits, e.g. 1A 123 456 7890 1)",
        )
    if sent > today:
        raise UsageError(
            f"The date sent, {sent}, is after today ({today}).", fix="give the day you posted it"
        )
    due = follow_up_from(sent)
    if today < due and not force:
        raise UsageError(
            f"You posted your application on {sent}: the CPAM has two months to answer, until {due}.",
            fix=f"wait until {due}, or add --force to write the letter now",
        )
    path = out_dir / followup_name(sent)
    _draw(report, sent=sent, tracking=tracking, today=today, waited=today >= due).save(
        path, _words()["title"]
    )
    return path


def read_report(out_dir: Path) -> dict[str, Any]:
    """The ``report.json`` of a build, or a clear error saying how to make one."""
    path = out_dir / REPORT_NAME
    try:
        report = json.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(
            f"{path} does not exist.", fix="give the output folder of `dossier build` (it holds report.json)"
        ) from exc
    except (OSError, ValueError) as exc:
        raise UsageError(
            f"{path} cannot be read ({exc}).", fix="run `dossier build` again to rewrite it"
        ) from exc
    if not isinstance(report, dict) or "documents" not in report:
        raise UsageError(f"{path} is not a dossier report.", fix="give the output folder of `dossier build`")
    return report


def _draw(report: dict[str, Any], *, sent: dt.date, tracking: str, today: dt.date, waited: bool) -> Writer:
    w = _words()
    writer = Writer()
    for line in _sender(report):
        writer.paragraph(line)
    writer.gap(18)
    for line in _recipient(report, w):
        writer.paragraph(line, x=300.0)
    writer.gap(14)
    writer.paragraph(w["dated"].format(today=french_date(today)), x=300.0)
    writer.gap(18)
    writer.paragraph(w["subject"], face=writer.bold)
    writer.paragraph(w["reference"].format(tracking=tracking, sent=french_date(sent)))
    writer.gap(14)
    writer.paragraph(w["salutation"])
    writer.gap(6)
    writer.paragraph(w["sent"].format(sent=french_date(sent), tracking=tracking))
    enclosed = [f"{entry['number']}. {entry['title']}" for entry in report.get("packet_index") or []]
    for line in enclosed or [w["no_index"]]:
        writer.paragraph("– " + line, x=80.0)
    writer.gap(6)
    writer.paragraph(w["waited"] if waited else w["not_yet"])
    writer.gap(6)
    writer.paragraph(w["request"])
    writer.gap(6)
    writer.paragraph(w["closing"])
    writer.gap(24)
    writer.paragraph(_applicant_name(report), x=300.0)
    return writer


def _applicant_name(report: dict[str, Any]) -> str:
    applicant = report.get("applicant") or {}
    given = " ".join(applicant.get("given_names") or [])
    given = given.title() if given.isupper() else given
    return f"{given} {str(applicant.get('surname') or '').upper()}".strip()


def _sender(report: dict[str, Any]) -> list[str]:
    address = str((report.get("applicant") or {}).get("address") or "")
    lines = [part.strip() for part in re.split(r"[\n,]", address) if part.strip()]
    return [_applicant_name(report), *lines]


def _recipient(report: dict[str, Any], w: dict[str, Any]) -> list[str]:
    cpam = str(report.get("cpam") or "")
    lines = [part.strip() for part in re.split(r"[\n,]", cpam) if part.strip()]
    return lines or list(w["recipient_default"])

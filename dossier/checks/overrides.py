r"""The scans folder's own ``dossier.toml``: what a person tells the tool about their file.

date = 2026-11-15            # the application date ("current" is judged against it)
profile = "inactive"
[applicant]
name = "NGUYEN-DUPONT, Hélène"
address = "12 rue des Lilas\\n69003 Lyon"
cpam = "CPAM du Rhône\\n69907 Lyon Cedex 20"
[files]
"IMG_0042.jpg" = "rent_receipt"   # force a file's kind
[[children]]                      # each minor child attached to the application
name = "NGUYEN-DUPONT, Lina"
birth_date = 2019-04-02
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from dossier.errors import OverrideError
from dossier.kinds import all_kinds
from dossier.models import Child, Overrides
from dossier.read.ingest import OVERRIDE_FILE

TOP_KEYS = {"date", "profile", "applicant", "files", "children"}
CHILD_KEYS = {"name", "birth_date"}
APPLICANT_KEYS = {"name", "address", "cpam"}


def load_overrides(scans_dir: Path) -> Overrides:
    """Read ``dossier.toml`` from the scans folder; an absent file means no overrides."""
    path = scans_dir / OVERRIDE_FILE
    if not path.is_file():
        return Overrides()
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise OverrideError(
            f"{path} cannot be read ({exc}).", fix="check its permissions and encoding"
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise OverrideError(f"{path} is not valid TOML: {exc}.", fix="correct the line it names") from exc
    return _parse(raw, path)


def _parse(raw: dict[str, Any], path: Path) -> Overrides:
    _no_unknown(raw, TOP_KEYS, path, "top level")
    applicant = raw.get("applicant", {})
    files = raw.get("files", {})
    if not isinstance(applicant, dict) or not isinstance(files, dict):
        raise OverrideError(f"{path}: [applicant] and [files] must be tables.", fix="see the README example")
    _no_unknown(applicant, APPLICANT_KEYS, path, "[applicant]")
    bad = {name: kind for name, kind in files.items() if kind not in all_kinds()}
    if bad:
        raise OverrideError(
            f"{path}: unknown kind for {', '.join(f'{k!r} = {v!r}' for k, v in bad.items())}.",
            fix=f"use one of: {', '.join(all_kinds())}",
        )
    return Overrides(
        date=_date(raw.get("date"), path),
        profile=_optional_text(raw.get("profile"), "profile", path),
        name=_optional_text(applicant.get("name"), "applicant.name", path),
        address=_optional_text(applicant.get("address"), "applicant.address", path),
        cpam=_optional_text(applicant.get("cpam"), "applicant.cpam", path),
        kinds={str(name): str(kind) for name, kind in files.items()},
        source=path,
        children=_children(raw.get("children", []), path),
    )


def _children(items: Any, path: Path) -> tuple[Child, ...]:
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise OverrideError(f"{path}: children must be [[children]] tables.", fix="see the README example")
    children = []
    for item in items:
        _no_unknown(item, CHILD_KEYS, path, "[[children]]")
        name = _optional_text(item.get("name"), "children.name", path)
        if name is None:
            raise OverrideError(f"{path}: a [[children]] entry has no name.", fix='e.g. name = "DIALLO, Awa"')
        children.append(Child(name, _date(item.get("birth_date"), path), "dossier.toml"))
    return tuple(children)


def _no_unknown(table: dict[str, Any], allowed: set[str], path: Path, where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise OverrideError(
            f"{path}: unknown key(s) {', '.join(unknown)} at {where}.",
            fix=f"allowed there: {', '.join(sorted(allowed))}",
        )


def _date(value: Any, path: Path) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise OverrideError(
        f"{path}: date must be written YYYY-MM-DD, not {value!r}.", fix="e.g. date = 2026-11-15"
    )


def _optional_text(value: Any, key: str, path: Path) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise OverrideError(f"{path}: {key} must be text in quotes.", fix=f'e.g. {key} = "…"')
    return value.strip() or None

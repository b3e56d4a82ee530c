"""Score `dossier` on independent documents of the kinds of asylum, protection, renewal and children.

They were written by someone who had not read the tool's rules (see README.md).

    .venv/bin/python eval/situations/score.py [--out eval/work/situations] [--dossier-cmd CMD]

Generates the documents, builds them as one folder (profile inactive, date 2026-11-15), and
compares each file's kind, expiry date, start (election of a domiciliation, start of a benefits
period), months of a benefits attestation and the children of a livret or an attachment form
with the truth. Prints every miss and the totals; writes OUT/results.json.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATE = "2026-11-15"


def folded(name: str) -> list[str]:
    """A name's words regardless of case, accents, order and hyphens."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return sorted(w for w in plain.casefold().replace(",", " ").replace("-", " ").split() if w)


def compare(truth: dict[str, Any], got: dict[str, Any] | None) -> dict[str, bool | None]:
    """Each measure: True (right), False (wrong) or None (nothing to measure)."""
    if got is None:
        return {"kind": False}
    fields = got.get("fields", {})
    out: dict[str, bool | None] = {"kind": got["kind"] == truth["kind"]}
    if truth["kind"] in ("asylum_certificate", "permit_receipt") and truth.get("expiry_date"):
        out["expiry"] = fields.get("expiry_date") == truth["expiry_date"]
    if truth["kind"] == "domiciliation_certificate" and truth.get("period_start"):
        out["start"] = fields.get("period_start") == truth["period_start"]
    if truth["kind"] == "benefits_certificate" and truth.get("months"):
        out["months"] = bool(set(got.get("months") or []) & set(truth["months"]))
    if truth["kind"] == "family_record_book" and truth.get("children"):
        want = sorted((tuple(folded(c["name"])), c["birth_date"]) for c in truth["children"])
        read = sorted((tuple(folded(c["name"])), c.get("birth_date")) for c in fields.get("children") or [])
        out["children"] = want == read
    return out


def main() -> int:
    """Generate, build, compare, print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "eval/work/situations")
    parser.add_argument("--dossier-cmd", default=str(ROOT / ".venv/bin/dossier"))
    args = parser.parse_args()
    scans = args.out / "scans"
    shutil.rmtree(args.out, ignore_errors=True)
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--out", str(scans)], check=True)
    (scans / "truth.json").replace(args.out / "truth.json")
    truths = json.loads((args.out / "truth.json").read_text("utf-8"))
    run = args.out / "run"
    command = [*shlex.split(args.dossier_cmd), "build", str(scans), "--profile", "inactive", "--date", DATE]
    subprocess.run([*command, "--out", str(run)], capture_output=True, check=False)
    report = json.loads((run / "report.json").read_text("utf-8"))
    by_file = {doc["file"]: doc for doc in report["documents"]}
    totals: dict[str, list[int]] = {}
    results = []
    for truth in truths:
        got = by_file.get(truth["file"])
        scores = compare(truth, got)
        results.append({"truth": truth, "got": got, "scores": scores})
        for measure, right in scores.items():
            if right is None:
                continue
            totals.setdefault(measure, [0, 0])
            totals[measure][0] += int(right)
            totals[measure][1] += 1
            if not right:
                shown = {
                    k: (got or {}).get("fields", {}).get(k)
                    for k in ("expiry_date", "period_start", "children")
                }
                kind = (got or {}).get("kind")
                print(f"  {truth['file']:<28} {measure:<8} want {truth['kind']}, got {kind} {shown}")
    for measure, (right, count) in totals.items():
        print(f"{measure:<9} {right} / {count}")
    (args.out / "results.json").write_text(
        json.dumps({"totals": totals, "results": results}, indent=1, default=str)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Evaluation: how well dossier reads documents across capture variants (issues 3 and 4).

    .venv/bin/python eval/run.py [--variants clean,scan,...] [--kinds rib,payslip] [--specs luisa]
                                 [--jobs 2] [--no-cache] [--date 2026-11-15] [--rescore]

Every synthetic document (``samples/synth``, the ``other`` kind included, plus every RIB with
one digit of its IBAN changed) is written once per capture variant: synth's eight
(clean scan rot90 rot180 skew3 dpi150 jpeg_heavy photo), ``heic`` (a scan saved as HEIC) and
``text_pdf`` (a text-layer PDF); ``multi`` holds image PDFs of several documents each. dossier's
stages run in-process on each folder; each document is then judged on its kind, its pages
(grouping), its holder, its months (residence proofs, payslips), its MRZ (passport, ID card,
residence permit, visa: same lines as the truth, every check digit passing) and its IBAN verdict
(valid, or invalid with an ``invalid_iban`` finding). The table, the Done-when verdicts and
every failure (grouped by likely cause) are printed; everything is written to
``eval/work/results.json``. The OCR cache is ``eval/work/cache``. ``--rescore`` prints the last
results again, with the failure causes recomputed, without running anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
CACHE = WORK / "cache"
RESULTS = WORK / "results.json"
DEFAULT_DATE = dt.date(2026, 11, 15)
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DOSSIER_CACHE_DIR", str(CACHE))

import causes  # noqa: E402
import scoring  # noqa: E402
import summary  # noqa: E402
import workset  # noqa: E402

from dossier.kinds import all_kinds  # noqa: E402

VARIANTS = (*workset.ALL_VARIANTS, workset.MULTI)


def _list(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--variants", type=_list, default=list(VARIANTS), help="comma list (default: all)")
    parser.add_argument("--kinds", type=_list, default=None, help="comma list of document kinds")
    parser.add_argument("--specs", default=None, help="only specs whose key contains this text")
    parser.add_argument("--jobs", type=int, default=2, help="parallel OCR (and writing) processes")
    parser.add_argument("--no-cache", action="store_true", help="OCR every page again")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=DEFAULT_DATE, help="application date")
    parser.add_argument(
        "--rescore", action="store_true", help="print the last results again, causes recomputed (no OCR)"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.variants) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variants {', '.join(unknown)} (known: {', '.join(VARIANTS)})")
    kinds = set(all_kinds())
    if args.kinds and not set(args.kinds) <= kinds:
        parser.error(f"unknown kinds {', '.join(sorted(set(args.kinds) - kinds))}")
    args.variants = [v for v in VARIANTS if v in args.variants]  # the printed order
    return args


def dossier_state() -> dict[str, Any]:
    """Which dossier was measured: the commit, the uncommitted files, a hash of the package."""

    def git(*cmd: str) -> str:
        done = subprocess.run(["git", *cmd], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.rstrip()

    digest = hashlib.sha256()
    package = ROOT / "dossier"
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in {".py", ".toml"}):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return {
        "commit": git("rev-parse", "HEAD").strip(),
        "uncommitted": git("status", "--porcelain", "--", "dossier").splitlines(),
        "package_sha256": digest.hexdigest(),
    }


def main(argv: list[str] | None = None) -> int:
    """Build the folders, run dossier, score, print and write the results."""
    args = parse_args(argv)
    if args.rescore:
        return rescore()
    started = time.monotonic()
    specs = [
        s
        for s in workset.eval_specs()
        if (not args.kinds or s.kind in args.kinds) and (not args.specs or args.specs in s.key)
    ]
    if not specs:
        print("no spec matches --kinds / --specs", file=sys.stderr)
        return 2
    state = dossier_state()
    work = workset.build(WORK, specs, args.variants, args.jobs)
    runs, info = scoring.run_dossier(work.folders, args.date, args.jobs, None if args.no_cache else CACHE)
    outcomes = scoring.score(work.truths, runs, args.date)
    filtered = bool(args.kinds or args.specs or args.variants != list(VARIANTS))
    verdict_data = report(outcomes, args.variants, args.kinds, filtered)
    info["total_seconds"] = round(time.monotonic() - started, 1)
    print(
        f"\n{len(outcomes)} documents, {info['pages']} pages ({info['ocr_read']} OCR, "
        f"{info['text_layer']} text layer), OCR {info['ocr_seconds']} s, total {info['total_seconds']} s; "
        f"results in {_shown(RESULTS)}"
    )
    results = {
        "command": ["eval/run.py", *(sys.argv[1:] if argv is None else argv)],
        "date": args.date.isoformat(),
        "variants": args.variants,
        "kinds": args.kinds,
        "specs": args.specs,
        "filtered": filtered,
        "dossier": state,
        "run": info,
        "verdicts": verdict_data,
        "unreadable": {v: r.unreadable for v, r in runs.items() if r.unreadable},
        "outcomes": [o.as_dict() for o in outcomes],
    }
    _write_results(results)
    return 0


def report(
    outcomes: list[scoring.Outcome], variants: list[str], kinds: list[str] | None, filtered: bool
) -> dict[str, Any]:
    """Print the table, the Done-when verdicts, the causes and every failure; return the verdicts."""
    contract = list(all_kinds())
    verdict_lines, verdict_data = summary.verdicts(outcomes, [k for k in contract if not kinds or k in kinds])
    if filtered:
        verdict_lines.insert(1, "  (a filtered run: the figures cover the selection only)")
    lines = [
        *summary.table(outcomes, variants, contract),
        "",
        *verdict_lines,
        "",
        *summary.cause_tally(outcomes),
        "",
        *summary.failures(outcomes),
    ]
    print("\n".join(lines))
    return verdict_data


def rescore() -> int:
    """Print the last results again with the causes recomputed (no OCR, the stored checks kept)."""
    try:
        results = json.loads(RESULTS.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        print(f"no readable {_shown(RESULTS)}: {exc}", file=sys.stderr)
        return 2
    today = dt.date.fromisoformat(results["date"])
    outcomes = []
    for item in results["outcomes"]:
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in item["truth"].items()}
        truth = workset.Truth(**values)
        outcome = scoring.Outcome(truth, item["got"], item["checks"])
        outcome.causes = {m: causes.cause(m, truth, outcome.got, today) for m in outcome.failed()}
        outcomes.append(outcome)
    run = results["run"]
    state = results["dossier"]
    command = " ".join(results["command"])
    dirty = len(state["uncommitted"])
    print(
        f"(re-printed from {_shown(RESULTS)} of: {command}; "
        f"dossier {state['commit'][:7]} + {dirty} uncommitted files)\n"
    )
    report(outcomes, results["variants"], results["kinds"], bool(results.get("filtered")))
    print(
        f"\n{len(outcomes)} documents, {run['pages']} pages ({run['ocr_read']} OCR, "
        f"{run['text_layer']} text layer), OCR {run['ocr_seconds']} s, total {run['total_seconds']} s"
    )
    results["outcomes"] = [o.as_dict() for o in outcomes]
    results["causes_recomputed"] = True
    _write_results(results)
    return 0


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _write_results(results: dict[str, Any]) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    tmp = RESULTS.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str), "utf-8")
    tmp.replace(RESULTS)


if __name__ == "__main__":
    sys.exit(main())

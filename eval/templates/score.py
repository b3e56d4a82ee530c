"""Score dossier on the template corpus: ``python eval/templates/score.py --half tune``.

For every folder of ``ROOT/<half>/`` runs ``<dossier-cmd> build <folder>/scans --profile P --date D --out OUT``,
reads ``OUT/report.json`` and compares it with ``<folder>/expected.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import time
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

MONTH_KINDS = {"rent_receipt", "utility_bill", "payslip", "hosting_certificate"}


def norm_words(s: str | None) -> frozenset:
    if not s:
        return frozenset()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    # Letters NFKD does not take apart: folded like the accents, as an MRZ or a keyboard would.
    for letter, plain in (
        ("ß", "ss"),
        ("ł", "l"),
        ("đ", "d"),
        ("ı", "i"),
        ("ø", "o"),
        ("æ", "ae"),
        ("ħ", "h"),
        ("þ", "th"),
        ("ð", "d"),
        ("œ", "oe"),
    ):
        s = s.replace(letter, plain)
    return frozenset(w for w in re.split(r"[^a-z0-9]+", s) if w)


def run_one(folder: Path, out_root: Path, cmd: list[str], ocr_jobs: int, timeout: int) -> dict:
    exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    out = out_root / folder.name
    args = [
        *cmd,
        "build",
        str(folder / "scans"),
        "--profile",
        exp["profile"],
        "--date",
        exp["date"],
        "--out",
        str(out),
        "-j",
        str(ocr_jobs),
    ]
    t = time.time()
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
        rc, err = proc.returncode, proc.stderr[-2000:]
    except subprocess.TimeoutExpired:
        rc, err = -1, "timeout"
    report = None
    if (out / "report.json").exists():
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return judge(folder.name, exp, report, rc, err, time.time() - t)


def judge(name: str, exp: dict, rep: dict | None, rc: int, err: str, secs: float) -> dict:
    res: dict = {
        "folder": name,
        "profile": exp["profile"],
        "expected_ready": exp["ready"],
        "expected_errors": sorted(exp["errors"]),
        "rc": rc,
        "seconds": round(secs, 1),
        "misses": [],
    }
    if rep is None:
        res.update(crashed=True, stderr=err, exact=False, got_ready=None, got_errors=[], docs=[])
        return res
    errors = [f for f in rep.get("findings", []) if f.get("severity") == "error"]
    got_codes = Counter(f["code"] for f in errors)
    exp_codes = Counter(exp["errors"])
    res["got_ready"] = bool(rep.get("ready"))
    res["got_errors"] = sorted(got_codes.elements())
    res["exact"] = res["got_ready"] == exp["ready"] and set(got_codes) == set(exp_codes)
    res["defects_expected"] = sum(exp_codes.values())
    res["defects_found"] = sum(min(n, got_codes.get(c, 0)) for c, n in exp_codes.items())
    res["unexpected_errors"] = [
        {"code": f["code"], "message": f.get("message"), "files": f.get("files")}
        for f in errors
        if f["code"] not in exp_codes
    ]
    if exp["ready"] and not res["got_ready"]:
        res["false_block"] = res["unexpected_errors"]
    a = rep.get("applicant") or {}
    ea = exp["applicant"]
    res["applicant_ok"] = norm_words(a.get("surname")) == norm_words(ea["surname"]) and norm_words(
        " ".join(a.get("given_names") or [])
    ) == norm_words(" ".join(ea["given_names"]))
    by_key = {(d["file"], tuple(d.get("pages") or [])): d for d in rep.get("documents", [])}
    docs = []
    for e in exp["documents"]:
        key = (e["file"], tuple(e["pages"]))
        g = by_key.get(key)
        if g is None:  # same file, overlapping pages (a split the tool drew differently)
            cands = [
                d
                for d in rep.get("documents", [])
                if d["file"] == e["file"] and set(d.get("pages") or []) & set(e["pages"])
            ]
            g = cands[0] if cands else None
        row = {
            "file": e["file"],
            "pages": e["pages"],
            "kind": e["kind"],
            "template": e["template"],
            "capture": e.get("capture"),
            "format": e.get("format"),
            "found": g is not None,
            "pages_exact": g is not None and key in by_key,
        }
        row["got_kind"] = g.get("kind") if g else None
        row["kind_ok"] = row["got_kind"] == e["kind"]
        if e["holder"]:
            row["holder"], row["got_holder"] = e["holder"], g.get("holder") if g else None
            row["holder_ok"] = norm_words(row["holder"]) == norm_words(row["got_holder"])
        if e["kind"] in MONTH_KINDS:
            row["months"], row["got_months"] = sorted(e["months"]), sorted((g or {}).get("months") or [])
            row["months_ok"] = row["months"] == row["got_months"]
        docs.append(row)
        for what in ("kind", "holder", "months"):
            if row.get(what + "_ok") is False:
                res["misses"].append(
                    {
                        "what": what,
                        "file": e["file"],
                        "pages": e["pages"],
                        "expected": row.get(what, e["kind"]),
                        "got": row.get("got_" + what),
                        "template": e["template"],
                    }
                )
    res["docs"] = docs
    return res


def totals(results: list[dict]) -> dict:
    docs = [d for r in results for d in r.get("docs", [])]

    def rate(rows, key):
        rows = [r for r in rows if key in r]
        return {"ok": sum(bool(r[key]) for r in rows), "n": len(rows)}

    complete = [r for r in results if r["expected_ready"]]
    return {
        "folders": len(results),
        "exact": sum(bool(r.get("exact")) for r in results),
        "crashed": sum(bool(r.get("crashed")) for r in results),
        "complete": len(complete),
        "complete_blocked": sum(r.get("got_ready") is False for r in complete),
        "defective_passed": sum(r.get("got_ready") is True for r in results if not r["expected_ready"]),
        "defects_found": sum(r.get("defects_found", 0) for r in results),
        "defects_expected": sum(len(r["expected_errors"]) for r in results),
        "applicant": rate(results, "applicant_ok"),
        "kind": rate(docs, "kind_ok"),
        "holder": rate(docs, "holder_ok"),
        "months": rate(docs, "months_ok"),
        "pages_exact": rate(docs, "pages_exact"),
    }


def rescore(root: Path, half: str, runs: Path) -> dict:
    """The totals of runs already made, judged again (after a change to the scoring itself)."""
    folders = sorted(p for p in (root / half).iterdir() if (p / "expected.json").exists())
    results = []
    for folder in folders:
        exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        report = runs / folder.name / "report.json"
        rep = json.loads(report.read_text(encoding="utf-8")) if report.exists() else None
        results.append(judge(folder.name, exp, rep, 0, "", 0.0))
    return totals(results)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("eval/work/templates"))
    ap.add_argument(
        "--half",
        choices=(
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
        ),
        default="tune",
    )
    ap.add_argument(
        "--dossier-cmd", default=str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "dossier")
    )
    ap.add_argument("--jobs", type=int, default=2, help="folders checked at once")
    ap.add_argument("--ocr-jobs", type=int, default=0, help="-j passed to dossier (default: cores / jobs)")
    ap.add_argument("--only", help="only folders whose name contains this text")
    ap.add_argument("--out", type=Path, help="where reports go (default ROOT/runs/<half>)")
    ap.add_argument("--results", type=Path, help="results JSON (default ROOT/results_<half>.json)")
    ap.add_argument("--timeout", type=int, default=1800)
    a = ap.parse_args(argv)
    half_dir = a.root / a.half
    folders = sorted(
        p for p in half_dir.iterdir() if (p / "expected.json").exists() and (not a.only or a.only in p.name)
    )
    out_root = a.out or a.root / "runs" / a.half
    out_root.mkdir(parents=True, exist_ok=True)
    ocr = a.ocr_jobs or max(1, (os.cpu_count() or 2) // max(1, a.jobs))
    cmd = shlex.split(a.dossier_cmd)
    with ThreadPoolExecutor(max(1, a.jobs)) as ex:
        results = list(ex.map(lambda f: run_one(f, out_root, cmd, ocr, a.timeout), folders))
    for r in results:
        verdict = "CRASH" if r.get("crashed") else ("ok   " if r["exact"] else "WRONG")
        print(
            "%s %-28s ready exp=%-5s got=%-5s errors exp=%s got=%s (%.0fs)"
            % (
                verdict,
                r["folder"],
                r["expected_ready"],
                r.get("got_ready"),
                ",".join(r["expected_errors"]) or "-",
                ",".join(r.get("got_errors", [])) or "-",
                r["seconds"],
            )
        )
        for fb in r.get("false_block") or []:
            print("      blocked by %s: %s %s" % (fb["code"], fb.get("message"), fb.get("files")))
    t = totals(results)
    print("\nTOTALS (%s half, %d folders)" % (a.half, t["folders"]))
    print("  folders exactly right        : %d / %d" % (t["exact"], t["folders"]))
    print("  complete folders blocked     : %d / %d" % (t["complete_blocked"], t["complete"]))
    print("  defective folders passed     : %d / %d" % (t["defective_passed"], t["folders"] - t["complete"]))
    print("  defects found / expected     : %d / %d" % (t["defects_found"], t["defects_expected"]))
    print("  crashed                      : %d" % t["crashed"])
    for k in ("applicant", "kind", "holder", "months", "pages_exact"):
        v = t[k]
        print(
            "  %-29s: %d / %d (%.0f%%)" % (k + " accuracy", v["ok"], v["n"], 100.0 * v["ok"] / max(1, v["n"]))
        )
    print("\nMISSES")
    for r in results:
        for m in r["misses"]:
            print(
                "  %-26s %-32s p%s %-7s expected %r got %r [%s]"
                % (
                    r["folder"],
                    m["file"],
                    ",".join(map(str, m["pages"])),
                    m["what"],
                    m["expected"],
                    m["got"],
                    m["template"],
                )
            )
        for u in r.get("unexpected_errors", []):
            print("  %-26s unexpected error %s: %s" % (r["folder"], u["code"], u.get("message")))
        for c in r["expected_errors"]:
            if c not in r.get("got_errors", []):
                print("  %-26s missed defect %s" % (r["folder"], c))
    res_path = a.results or a.root / ("results_%s.json" % a.half)
    res_path.write_text(
        json.dumps({"half": a.half, "totals": t, "folders": results}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print("\nresults written to %s" % res_path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

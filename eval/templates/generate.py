"""Generate the template evaluation corpus: ``python eval/templates/generate.py --out eval/work/templates``.

Writes ``OUT/tune/<folder>/{scans/,expected.json}`` and ``OUT/heldout/...``. Deterministic: fixed
seeds, no clock. A layout template is used in one half only (see registry.py).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from folders import PLANS, build, choose_country
from output import write_folder
from registry import HALVES, REGISTRY, check_split

SEED_BASE = {
    "tune": 1,
    "heldout": 2,
    "fresh": 3,
    "blind": 4,
    "blind2": 5,
    "blind3": 6,
    "blind4": 7,
    "blind5": 8,
    "blind6": 9,
    "blind7": 10,
    "blind8": 11,
}


def _job(args: tuple) -> dict:
    plan, half, idx, country, seed, folder_dir = args
    folder, expected = build(plan, half, idx, country, seed)
    return write_folder(Path(folder_dir), folder, expected, seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("eval/work/templates"))
    ap.add_argument("--half", choices=HALVES, action="append", help="only this half (repeatable)")
    ap.add_argument("--only", help="only folders whose name contains this text")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    check_split()
    jobs = []
    for half in a.half or HALVES:
        used: dict = {}
        root = a.out / half
        if root.exists() and not a.only:
            shutil.rmtree(root)
        for idx, plan in enumerate(PLANS):
            country = choose_country(half, plan[2], used)
            name = "%02d_%s" % (idx + 1, plan[0])
            if a.only and a.only not in name:
                continue
            seed = SEED_BASE[half] * 100000 + idx * 101
            fdir = root / name
            if fdir.exists():
                shutil.rmtree(fdir)
            jobs.append((plan, half, idx, country, seed, str(fdir)))
    with Pool(max(1, a.jobs)) as pool:
        results = pool.map(_job, jobs, chunksize=1)
    summary: dict = {h: {"folders": 0, "documents": 0, "ready": 0} for h in HALVES}
    done = set(a.half or HALVES)
    used_t: dict = {h: set() for h in HALVES}
    for r in results:
        s = summary[r["half"]]
        s["folders"] += 1
        s["documents"] += len(r["documents"])
        s["ready"] += int(r["ready"])
        used_t[r["half"]].update(d["template"] for d in r["documents"])
    for h in HALVES:
        summary[h]["templates_used"] = sorted(used_t[h])
        for t in used_t[h]:
            assert REGISTRY[t][1] == h, "template %s leaked into %s" % (t, h)
    # also: a template must never serve two halves, whatever was generated this time
    for t, (_, h, _) in REGISTRY.items():
        assert h in HALVES, "template %s has unknown half %s" % (t, h)
    a.out.mkdir(parents=True, exist_ok=True)
    spath = a.out / "summary.json"
    if spath.exists() and not a.only:  # keep the entries of halves not regenerated this time
        old = json.loads(spath.read_text())
        summary = {h: (summary[h] if h in done else old.get(h, summary[h])) for h in HALVES}
    spath.write_text(json.dumps(summary, indent=1) + "\n")
    for h in (h for h in HALVES if h in done):
        s = summary[h]
        print(
            "%-8s %2d folders (%d complete), %3d documents, %d templates"
            % (h, s["folders"], s["ready"], s["documents"], len(s["templates_used"]))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

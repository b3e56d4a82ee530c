"""Benchmark (issue 7): `dossier build` cold and warm against the raw Tesseract bound and OCRmyPDF.

    .venv/bin/python bench/run.py [--sizes 10,30,100] [--runs 3] [--skip-ocrmypdf] [--json FILE]

For each size N, a folder of exactly N pages is made by the sample generator (``folders.py``,
cached in bench/work/folders/), and each run times, on that same folder:

  a   ``dossier build`` cold: empty OCR cache (DOSSIER_CACHE_DIR), empty output folder;
  b   the same command again (warm cache);
  b'  the same again after one new file (one scanned page) was added to the folder;
  c   the raw Tesseract bound: every page dossier OCRs, rendered as dossier renders it and saved
      as PNG before timing, once through the ``tesseract`` CLI (fra+eng, OMP_THREAD_LIMIT=1),
      two processes at a time; c1 is the added page alone, one process (what b' - b should be);
  d   ``ocrmypdf -l fra+eng --jobs 2 --output-type pdf`` on one image PDF of the same PNGs;
  e   the library bound: the same PNGs once through Tesseract loaded in-process (tesserocr, as
      dossier's default engine runs it), two processes that each load the models once.

Printed per row: wall time, time per page, CPU time (user+sys of the whole process tree) and
peak memory (the peak of the summed RSS of the process tree, sampled every 50 ms; beside it
the summed PSS, which counts shared pages once); then the ratios a/c, a/d, b/a, a/e. Figures are
medians over --runs runs (ratios: medians of the per-run ratios). A summary shows time per
page across sizes, and the targets of the issue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import folders
import runners
from measure import Measurement, measure
from report import SizeResult, flatness, table, targets

RUNS_DIR = folders.WORK / "runs"
BUSY_LOAD = 0.5


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes like 10,30,100, not {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive page counts")
    return sizes


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n", 1)[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", type=_sizes, default=[10, 30, 100], help="folder sizes in pages (10,30,100)"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per size; medians are reported (3)")
    parser.add_argument("--skip-ocrmypdf", action="store_true", help="do not time OCRmyPDF (row d)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save every figure as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def one_run(
    work: Path, folder: folders.Folder, images: list[Path], extra: list[Path], pdf: Path | None
) -> dict[str, Measurement]:
    """One run of every row on a fresh hard-link copy of the folder, a fresh cache and output."""
    scans, cache, out = work / "scans", work / "cache", work / "out"
    folders.link_copy(folder.scans, scans)
    row: dict[str, Measurement] = {}
    _, row["a"] = measure(lambda: runners.dossier_build(scans, out, cache))
    _, row["b"] = measure(lambda: runners.dossier_build(scans, out, cache))
    folders.link_file(folder.extra, scans / folder.extra.name)
    _, row["b1"] = measure(lambda: runners.dossier_build(scans, out, cache))
    _, row["c"] = measure(lambda: runners.tesseract_bound(images))
    _, row["c1"] = measure(lambda: runners.tesseract_bound(extra, processes=1))
    _, row["e"] = measure(lambda: runners.library_bound(images))
    if pdf is not None:
        _, row["d"] = measure(lambda: runners.ocrmypdf(pdf, work / "ocrmypdf-out.pdf"))
    return row


def bench_size(pages: int, runs: int, with_ocrmypdf: bool) -> SizeResult:
    """Every run of one folder size; pages and the PDF for c and d are made before any timing."""
    folder = folders.folder(pages)
    work = RUNS_DIR / f"{pages}-pages"
    shutil.rmtree(work, ignore_errors=True)
    images, total = runners.render_ocr_pages(folder.scans, work / "pages")
    if total != folder.pages:
        print(f"  note: dossier sees {total} pages, the generator made {folder.pages}")
    extra, _ = runners.render_ocr_pages(folder.extra.parent, work / "extra-page")
    pdf = runners.pages_pdf(images, work / "pages.pdf") if with_ocrmypdf else None
    result = SizeResult(total, len(images), len(folder.files), folder.summary())
    for number in range(1, runs + 1):
        run_dir = work / f"run-{number}"
        row = one_run(run_dir, folder, images, extra, pdf)
        shutil.rmtree(run_dir)
        result.runs.append(row)
        walls = "  ".join(f"{key} {m.wall_s:.1f}s" for key, m in row.items())
        print(f"  run {number}/{runs}: {walls}", flush=True)
    shutil.rmtree(work)
    return result


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def save_json(path: Path, meta: dict[str, Any], results: dict[int, SizeResult]) -> None:
    """Every figure (raw runs, medians, ratios) and the conditions they were taken in."""
    data = {"meta": meta, "sizes": {str(n): r.to_json() for n, r in sorted(results.items())}}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the tables; 1 when a timed command failed."""
    args = parse_args(argv)
    with_ocrmypdf = not args.skip_ocrmypdf
    try:
        meta: dict[str, Any] = {
            "started": dt.datetime.now().isoformat(timespec="seconds"),
            "cpus": os.cpu_count(),
            "load_at_start": os.getloadavg()[0],
            "runs": args.runs,
            "versions": runners.versions(with_ocrmypdf),
            "ocrmypdf_command": ["ocrmypdf", *runners.OCRMYPDF_ARGS, "in.pdf", "out.pdf"]
            if with_ocrmypdf
            else None,
            "recipe": folders.recipe_hash(),
        }
    except runners.BenchError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    versions = ", ".join(f"{k} {v}" for k, v in meta["versions"].items())
    print(f"{os.cpu_count()} CPUs, load average {_load()}; {versions}")
    if meta["load_at_start"] > BUSY_LOAD:
        print("warning: the machine is busy; the timings below are distorted by other work")
    print("CPU s = user+sys of the process tree; peak MB = peak of its summed RSS (PSS: shared pages once)")
    if with_ocrmypdf:
        print(
            f"d = ocrmypdf {' '.join(runners.OCRMYPDF_ARGS)} (image-only input: no --force-ocr/--skip-text)"
        )
    results: dict[int, SizeResult] = {}
    for pages in args.sizes:
        print(f"\n== {pages} pages ==", flush=True)
        try:
            results[pages] = bench_size(pages, args.runs, with_ocrmypdf)
        except runners.BenchError as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
        print(table(results[pages], args.runs))
        if args.json:
            save_json(args.json, meta, results)  # after each size: a long run keeps what it measured
    print()
    print(flatness(results))
    print()
    print(targets(results))
    meta["load_at_end"] = os.getloadavg()[0]
    print(f"\nload average at the end: {_load()}")
    if args.json:
        save_json(args.json, meta, results)
        print(f"figures saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: cold and warm `dossier build` against the raw Tesseract bound, on the sample scans.

    .venv/bin/python bench/run.py [--runs 3]

The folder is every scan of samples/inactive-complete and samples/employee-complete (their
files differ, so nothing is a duplicate). The raw bound is every page that dossier OCRs,
rendered as dossier renders it, once through the `tesseract` CLI (fra+eng, OMP_THREAD_LIMIT=1,
two processes in parallel). Figures are medians of --runs runs; the wall times are printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.ingest import ingest  # noqa: E402
from dossier.pageimage import load_grey  # noqa: E402

CASES = ("inactive-complete", "employee-complete")


def make_folder(work: Path) -> Path:
    scans = work / "scans"
    scans.mkdir(parents=True)
    for case in CASES:
        for path in sorted((ROOT / "samples" / case / "scans").iterdir()):
            if path.name != "dossier.toml":
                shutil.copy(path, scans / f"{case}-{path.name}")
    return scans


def build(scans: Path, out: Path, cache: Path) -> float:
    env = {**os.environ, "DOSSIER_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    cmd = [str(ROOT / ".venv/bin/dossier"), "build", str(scans), "--out", str(out), "--date", "2026-11-15"]
    subprocess.run(cmd, env=env, capture_output=True, check=False)
    return time.perf_counter() - start


def tesseract_bound(scans: Path, work: Path) -> tuple[float, int]:
    pages = [ref for ref in ingest(scans).pages if not ref.text_layer]
    images = []
    for number, ref in enumerate(pages):
        image, dpi = load_grey(ref)
        path = work / f"page-{number}.png"
        image.save(path, dpi=(round(dpi), round(dpi)))
        images.append(path)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(path: Path) -> None:
        cmd = ["tesseract", str(path), "-", "-l", "fra+eng"]
        subprocess.run(cmd, env=env, capture_output=True, check=False)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(one, images))
    return time.perf_counter() - start, len(images)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        scans = make_folder(work)
        colds, warms, bounds = [], [], []
        for run in range(args.runs):
            cache = work / f"cache-{run}"
            colds.append(build(scans, work / f"out-{run}", cache))
            warms.append(build(scans, work / f"out-{run}", cache))
            bound, ocr_pages = tesseract_bound(scans, work)
            bounds.append(bound)
        total_pages = len(ingest(scans).pages)
    cold, warm, bound = (statistics.median(x) for x in (colds, warms, bounds))
    print(f"folder: {total_pages} pages, {ocr_pages} needing OCR; medians of {args.runs} runs")
    print(f"(a) dossier build, cold cache : {cold:6.1f} s  ({cold / total_pages:.2f} s/page)")
    print(f"(b) dossier build, warm cache : {warm:6.1f} s")
    print(f"(c) raw tesseract bound       : {bound:6.1f} s")
    print(f"a/c = {cold / bound:.2f}   b/a = {warm / cold:.2f}")


if __name__ == "__main__":
    main()

"""Medians, ratios, the per-size tables, the flatness summary and the targets of issue 7."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from measure import Measurement

#: Row key -> label. ``b1`` is the warm run with one file added; ``c1`` that file's page alone
#: through one tesseract process (what adding it should cost), shown on the "+1 file" line.
ROWS = {
    "a": "a  cold",
    "b": "b  warm",
    "b1": "b' warm +1 file",
    "c": "c  tesseract bound",
    "d": "d  ocrmypdf",
    "e": "e  library bound",
}
FIELDS = ("wall_s", "cpu_s", "peak_mb", "peak_pss_mb")


@dataclass
class SizeResult:
    """Every run of one folder size, and what the folder holds."""

    pages: int
    ocr_pages: int
    files: int
    composition: dict[str, int]
    runs: list[dict[str, Measurement]] = field(default_factory=list)

    def denominator(self, row: str) -> int:
        """The pages a row's command handles: the folder's (+1), or only those that need OCR."""
        return {"a": self.pages, "b": self.pages, "b1": self.pages + 1, "c1": 1}.get(row, self.ocr_pages)

    def median(self, row: str, name: str = "wall_s") -> float | None:
        """Median of one figure of one row over the runs, None when the row was not run."""
        values = [getattr(run[row], name) for run in self.runs if row in run]
        return statistics.median(values) if values else None

    def ratio(self, formula: Callable[[dict[str, Measurement]], float]) -> float | None:
        """Median over the runs of a ratio computed within each run (robust to a drifting load)."""
        values = []
        for run in self.runs:
            try:
                values.append(formula(run))
            except (KeyError, ZeroDivisionError):
                continue
        return statistics.median(values) if values else None

    def ratios(self) -> dict[str, float | None]:
        """a/c, a/d, b/a, and what adding one file cost against that file's own OCR."""
        return {
            "a/c": self.ratio(lambda r: r["a"].wall_s / r["c"].wall_s),
            "a/d": self.ratio(lambda r: r["a"].wall_s / r["d"].wall_s),
            "a/e": self.ratio(lambda r: r["a"].wall_s / r["e"].wall_s),
            "b/a": self.ratio(lambda r: r["b"].wall_s / r["a"].wall_s),
            "b'-b": self.ratio(lambda r: r["b1"].wall_s - r["b"].wall_s),
            "(b'-b)/c1": self.ratio(lambda r: (r["b1"].wall_s - r["b"].wall_s) / r["c1"].wall_s),
        }

    def to_json(self) -> dict[str, Any]:
        """Raw runs, medians and ratios, for ``--json``."""
        rows = sorted({row for run in self.runs for row in run})
        return {
            "pages": self.pages,
            "ocr_pages": self.ocr_pages,
            "files": self.files,
            "composition": self.composition,
            "runs": [{row: asdict(m) for row, m in run.items()} for run in self.runs],
            "median": {row: {name: self.median(row, name) for name in FIELDS} for row in rows},
            "ratios": self.ratios(),
        }


def _num(value: float | None, fmt: str, width: int) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:{width}{fmt}}"


def table(size: SizeResult, runs: int) -> str:
    """The readable table of one folder size."""
    text_pages = size.pages - size.ocr_pages
    composition = ", ".join(f"{n} {label}" for label, n in size.composition.items())
    lines = [
        f"{size.pages} pages in {size.files} files ({size.ocr_pages} need OCR, {text_pages} text-layer); "
        f"medians of {runs} run(s)",
        f"  captures: {composition}",
        f"  {'':<20} {'pages':>5} {'wall s':>8} {'s/page':>7} {'CPU s':>8} {'peak MB':>8} {'(PSS MB)':>8}",
    ]
    for row, label in ROWS.items():
        wall = size.median(row)
        if wall is None:
            lines.append(f"  {label:<20} {'skipped':>5}")
            continue
        pages = size.denominator(row)
        lines.append(
            f"  {label:<20} {pages:>5} {wall:8.2f} {wall / pages:7.3f} "
            f"{_num(size.median(row, 'cpu_s'), '.2f', 8)} {_num(size.median(row, 'peak_mb'), '.0f', 8)} "
            f"{_num(size.median(row, 'peak_pss_mb'), '.0f', 8)}"
        )
    ratios = size.ratios()
    lines.append(
        f"  ratios: a/c {_num(ratios['a/c'], '.2f', 0)}   a/d {_num(ratios['a/d'], '.2f', 0)}   "
        f"b/a {_num(ratios['b/a'], '.2f', 0)}   a/e {_num(ratios['a/e'], '.2f', 0)}"
    )
    added, alone, share = ratios["b'-b"], size.median("c1"), ratios["(b'-b)/c1"]
    added_cpu = size.ratio(lambda r: r["b1"].cpu_s - r["b"].cpu_s)
    lines.append(
        f"  +1 file: b' - b = {_num(added, '.2f', 0)} s; its page alone through one tesseract (c1) = "
        f"{_num(alone, '.2f', 0)} s; (b'-b)/c1 = {_num(share, '.2f', 0)}; "
        f"CPU: b' - b = {_num(added_cpu, '.2f', 0)} s, c1 = {_num(size.median('c1', 'cpu_s'), '.2f', 0)} s"
    )
    return "\n".join(lines)


def flatness(results: dict[int, SizeResult]) -> str:
    """Time per page at each size, side by side, to see it stays flat from 10 to 100 pages."""
    lines = [
        "time per page by folder size (wall s / page; c and d per OCR page)",
        f"  {'pages':>5} {'a cold':>8} {'b warm':>8} {'c bound':>8} {'d ocrmypdf':>11} {'a/c':>6}"
        f" {'peak a MB':>10}",
    ]
    for pages, size in sorted(results.items()):

        def per(row: str, size: SizeResult = size) -> float | None:
            wall = size.median(row)
            return None if wall is None else wall / size.denominator(row)

        lines.append(
            f"  {pages:>5} {_num(per('a'), '.3f', 8)} {_num(per('b'), '.3f', 8)} {_num(per('c'), '.3f', 8)} "
            f"{_num(per('d'), '.3f', 11)} {_num(size.ratios()['a/c'], '.2f', 6)} "
            f"{_num(size.median('a', 'peak_mb'), '.0f', 10)}"
        )
    return "\n".join(lines)


def _verdict(value: float | None, ok: bool, shown: str, size: int, results: dict[int, SizeResult]) -> str:
    if size not in results:
        return f"not measured (run with --sizes including {size})"
    if value is None:
        return "not measured"
    return f"{shown}  {'ok' if ok else 'MISSED'}"


def targets(results: dict[int, SizeResult]) -> str:
    """The targets of issue 7, each with the measured value and ok / MISSED."""
    at30, at100 = results.get(30), results.get(100)
    a_c = at30.ratios()["a/c"] if at30 else None
    a_d = at30.ratios()["a/d"] if at30 else None
    warm = at30.median("b") if at30 else None
    added = at30.ratios()["(b'-b)/c1"] if at30 else None
    peaks = [at100.median(row, "peak_mb") for row in ("a", "b", "b1")] if at100 else []
    peak = max((p for p in peaks if p is not None), default=None)
    checks = [
        (
            "cold <= 1.15x the bound, 30 pages",
            a_c,
            a_c is not None and a_c <= 1.15,
            f"a/c = {a_c or 0:.2f}",
            30,
        ),
        ("cold <= 0.7x OCRmyPDF, 30 pages", a_d, a_d is not None and a_d <= 0.7, f"a/d = {a_d or 0:.2f}", 30),
        (
            "warm rebuild <= 2 s, 30 pages",
            warm,
            warm is not None and warm <= 2.0,
            f"b = {warm or 0:.2f} s",
            30,
        ),
        (
            "+1 file costs about its OCR, 30 pages",
            added,
            added is not None and added <= 1.5,
            f"(b'-b)/c1 = {added or 0:.2f} (ok up to 1.5)",
            30,
        ),
        (
            "peak memory <= 600 MB, 100 pages",
            peak,
            peak is not None and peak <= 600,
            f"{peak or 0:.0f} MB",
            100,
        ),
    ]
    lines = ["targets (issue 7)"]
    for label, value, ok, shown, size in checks:
        lines.append(f"  {label:<40} {_verdict(value, ok, shown, size, results)}")
    return "\n".join(lines)

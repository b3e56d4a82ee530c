"""The timed commands: ``dossier build``, the raw Tesseract bound and OCRmyPDF.

Everything a command needs (page images, the input PDF) is made before it is timed; each
function here only starts subprocesses and waits for them, so ``measure.measure`` sees their
whole cost and nothing else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import img2pdf  # noqa: E402

from dossier.read.ingest import ingest  # noqa: E402
from dossier.read.pageimage import load_grey  # noqa: E402
from dossier.read.tools import probe_tesseract  # noqa: E402

VENV_BIN = ROOT / ".venv" / "bin"
LANGUAGES = "fra+eng"
DATE = "2026-11-15"
PROFILE = "inactive"
BOUND_PROCESSES = 2
OCRMYPDF_JOBS = 2


class BenchError(RuntimeError):
    """A timed command failed: the message holds its exit code and standard error."""


def _tool(name: str) -> str:
    local = VENV_BIN / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise BenchError(f"{name} is not installed (for ocrmypdf: .venv/bin/pip install -e '.[bench]')")
    return found


def _check(result: subprocess.CompletedProcess[str], ok: tuple[int, ...], what: str) -> None:
    if result.returncode not in ok:
        raise BenchError(f"{what} exited with {result.returncode}:\n{result.stderr.strip()}")


def dossier_build(scans: Path, out: Path, cache: Path) -> int:
    """``dossier build`` with the OCR cache in ``cache``; returns its exit code (0 or 1, else fails)."""
    env = {**os.environ, "DOSSIER_CACHE_DIR": str(cache)}
    cmd = [_tool("dossier"), "build", str(scans), "--out", str(out), "--date", DATE, "--profile", PROFILE]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    _check(result, (0, 1), "dossier build")  # 1: outputs written with blocking findings
    return result.returncode


def render_ocr_pages(scans: Path, dest: Path) -> tuple[list[Path], int]:
    """Every page dossier would OCR, rendered exactly as dossier renders it, as PNG files.

    Returns the PNG paths and the number of pages of the folder (text-layer pages included).
    """
    dest.mkdir(parents=True, exist_ok=True)
    pages = ingest(scans).pages
    paths = []
    for number, ref in enumerate(p for p in pages if not p.text_layer):
        image, dpi = load_grey(ref)
        path = dest / f"page-{number:03d}.png"
        image.save(path, dpi=(round(dpi), round(dpi)))
        paths.append(path)
    return paths, len(pages)


def pages_pdf(images: list[Path], dest: Path) -> Path:
    """One image-only PDF of the PNG pages (lossless, sized from their dpi), input for OCRmyPDF."""
    dest.write_bytes(bytes(img2pdf.convert([str(p) for p in images])))
    return dest


def tesseract_bound(images: list[Path], processes: int = BOUND_PROCESSES) -> None:
    """Every image once through the ``tesseract`` CLI, ``processes`` at a time, one thread each."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    tesseract = _tool("tesseract")

    def one(path: Path) -> None:
        cmd = [tesseract, str(path), "-", "-l", LANGUAGES]
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        _check(result, (0,), f"tesseract {path.name}")

    with ThreadPoolExecutor(max_workers=processes) as pool:
        list(pool.map(one, images))


def library_bound(images: list[Path], processes: int = BOUND_PROCESSES) -> None:
    """Every image once through Tesseract in-process (tesserocr), ``processes`` workers."""
    tessdata = probe_tesseract().tessdata
    script = Path(__file__).with_name("library_bound.py")
    cmd = [sys.executable, str(script), tessdata, LANGUAGES, str(processes), *map(str, images)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    _check(result, (0,), "library bound")


#: The OCRmyPDF command after the executable; the input is image-only, so neither
#: --force-ocr nor --skip-text is needed; --output-type pdf skips PDF/A (no Ghostscript needed).
OCRMYPDF_ARGS = ("-l", LANGUAGES, "--jobs", str(OCRMYPDF_JOBS), "--output-type", "pdf")


def ocrmypdf(pdf: Path, out: Path) -> None:
    """OCRmyPDF on the image PDF of the OCR pages (it sets Tesseract to one thread per job itself)."""
    cmd = [_tool("ocrmypdf"), *OCRMYPDF_ARGS, str(pdf), str(out)]
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}  # its own policy: 1 per job
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    _check(result, (0,), "ocrmypdf")


def versions(with_ocrmypdf: bool) -> dict[str, str]:
    """Versions of the engines, for the record."""
    out = {"python": sys.version.split()[0]}
    tess = subprocess.run([_tool("tesseract"), "--version"], capture_output=True, text=True, check=False)
    out["tesseract"] = (tess.stdout or tess.stderr).split("\n", 1)[0].strip()
    if with_ocrmypdf:
        ocr = subprocess.run([_tool("ocrmypdf"), "--version"], capture_output=True, text=True, check=False)
        out["ocrmypdf"] = ocr.stdout.strip()
    out["dossier"] = _git("rev-parse", "--short", "HEAD") or "unknown"
    if _git("status", "--porcelain", "--untracked-files=no"):
        out["dossier"] += " + uncommitted changes"
    return out


def _git(*args: str) -> str:
    """A read-only git command's output (no index refresh: others may be committing)."""
    cmd = ["git", "--no-optional-locks", "-C", str(ROOT), *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()

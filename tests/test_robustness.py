"""Bad input through the real CLI: a clear finding or message, the documented exit code, no traceback.

Every build here runs ``dossier`` as a user would (a separate process, or click's runner where
something has to be injected into the process), and the scans folder is compared before and
after, entry by entry: names, modes, modification times, bytes and link targets.

Issue 8's other cases are proven elsewhere: a Tesseract crash or timeout on one page at the
OCR level (test_ocr.py), a build under ``unshare -n`` and a SIGKILL mid-build
(test_safety_e2e.py), no EXIF/GPS in the packet (test_safety_e2e.py), outputs 0600 and masked
IBANs and document numbers for every sample (test_samples_e2e.py), readers that never raise on
arbitrary text (the Hypothesis tests of test_mrz.py, test_dates.py, test_iban.py, test_names.py).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw, ImageFont

from dossier import pipeline
from dossier.cli import main
from dossier.read.engine import CLI
from dossier.read.ocr import BandReader, OcrSettings
from dossier.read.tools import TesseractInfo
from tests.conftest import permission_bits_enforced

DATE = ("--date", "2026-11-15", "--profile", "inactive")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
RECEIPT_LINES = [
    "QUITTANCE DE LOYER",
    "Locataire : Madame Hélène NGUYEN",
    "Période du 1er octobre 2026 au 31 octobre 2026",
    "Loyer mensuel et charges comprises : 700 euros",
    "Fait à Lyon, le 31 octobre 2026, le bailleur",
] * 3


# --- inputs -------------------------------------------------------------------------------------


def _jpeg(size: tuple[int, int] = (800, 1100), shade: int = 200) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", size, shade).save(buffer, "JPEG")
    return buffer.getvalue()


def _png(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", size, 255).save(buffer, "PNG")
    return buffer.getvalue()


def _pdf(text: str) -> bytes:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), text)
    return doc.tobytes()


def _receipt_pdf(month: str) -> bytes:
    return _pdf(f"QUITTANCE DE LOYER pour le mois de {month} 2026, locataire Hélène NGUYEN, bailleur")


def _encrypted_pdf() -> bytes:
    doc = pymupdf.open(stream=_receipt_pdf("septembre"), filetype="pdf")
    return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG claiming any dimensions: the header of a decompression bomb."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", header) + _png_chunk(b"IDAT", zlib.compress(b"\0" * 64))


def _huge_png(side: int = 30000) -> bytes:
    """A complete, valid black-and-white PNG of side x side pixels: ~150 KB on disk, 900 Mpx decoded."""
    row = b"\0" + b"\xff" * ((side + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _png_chunk(b"IHDR", header),
            _png_chunk(b"IDAT", body),
            _png_chunk(b"IEND", b""),
        )
    )


def _receipt_scan(path: Path) -> None:
    """A clean 200-dpi scan of a rent receipt: one OCR pass reads it."""
    font = ImageFont.truetype(FONT, 34)
    image = Image.new("L", (1500, 1600), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(RECEIPT_LINES):
        draw.text((80, 80 + i * 95), line, font=font, fill=0)
    image.save(path, dpi=(200, 200))


# --- running and comparing ----------------------------------------------------------------------


def _dossier(
    *args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = (), cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*prefix, sys.executable, "-m", "dossier", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        check=False,
        timeout=600,
    )


def _entries(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in sorted([*dirnames, *filenames]):
            yield Path(dirpath) / name


def _snapshot(root: Path, *, exclude: str | None = None) -> dict[str, tuple[object, ...]]:
    """Every entry under root: (mode, mtime, content or link target)."""
    state: dict[str, tuple[object, ...]] = {}
    for path in _entries(root):
        rel = path.relative_to(root).as_posix()
        if exclude and (rel == exclude or rel.startswith(f"{exclude}/")):
            continue
        info = path.lstat()
        content: object = None
        if stat.S_ISLNK(info.st_mode):
            content = os.readlink(path)
        elif stat.S_ISREG(info.st_mode):
            try:
                content = path.read_bytes()
            except PermissionError:  # not root: the mode and time still count
                content = "unreadable"
        state[rel] = (stat.filemode(info.st_mode), info.st_mtime_ns, content)
    return state


def _no_traceback(done: subprocess.CompletedProcess[str] | Any) -> None:
    output = done.stdout + (done.stderr or "")
    assert "Traceback" not in output, output
    assert "Warning:" not in output and "warnings.warn" not in output, output


def _report(out: Path) -> dict[str, Any]:
    report: dict[str, Any] = json.loads((out / "report.json").read_text("utf-8"))
    return report


def _unreadable(report: dict[str, Any]) -> dict[str, str]:
    """File -> message of every unreadable_file finding; each names exactly one file."""
    found: dict[str, str] = {}
    for finding in report["findings"]:
        if finding["code"] == "unreadable_file":
            (name,) = finding["files"]
            assert name not in found, f"{name!r} reported twice"
            found[name] = finding["message"]
    return found


def _shown(name: str) -> str:
    """A file name as the terminal shows it: control characters escaped."""
    return "".join(ascii(ch)[1:-1] if ch in "\n\r\t\x1b" else ch for ch in name)


# --- one build over every kind of bad file ------------------------------------------------------

WEIRD_BAD = 'scan 1 pixel é l\'"quote"\nnew-line.png'  # too small, with every awkward character
WEIRD_GOOD = 'reçu d\'"octobre"\n2026.pdf'  # readable, with every awkward character
NOT_UTF8 = b"caf\xe9.png"  # a Latin-1 name, as old zips and Windows shares leave them

# File -> words its finding must hold (the file name itself is always checked too).
BAD_FILES = {
    "empty.jpg": "empty (0 bytes)",
    "truncated.jpg": "damaged or truncated",
    "locked.pdf": "password",
    "damaged.pdf": "no pages",
    "cut.pdf": "damaged PDF",
    "huge.png": "too large",
    "bomb.png": "too large",
    "bomb-just-over.png": "too large",
    "zero.png": "damaged",
    "one-pixel.png": "too small",
    "notes.txt": "not a scan",
    "loop": "symbolic link",
    "self-loop.jpg": "symbolic link",
    "outside.jpg": "symbolic link",
    WEIRD_BAD: "too small",
    "caf\ufffd.png": "not valid text",
}
GOOD_FILES = {"pdf named.jpg": "pdf-text", "image named.pdf": "ocr", WEIRD_GOOD: "pdf-text"}


def _bad_folder(root: Path) -> Path:
    scans = root / "scans"
    scans.mkdir()
    full_pdf = _receipt_pdf("août")
    files = {
        "empty.jpg": b"",
        "truncated.jpg": _jpeg()[:400],
        "locked.pdf": _encrypted_pdf(),
        "damaged.pdf": b"%PDF-1.7\n1 0 obj<<>>garbage" * 3,
        "cut.pdf": full_pdf[: len(full_pdf) // 3],
        "huge.png": _huge_png(30000),
        "bomb.png": _png_header_only(60000, 60000),
        # Over MAX_PIXELS but under twice that, where Pillow only warns.
        "bomb-just-over.png": _png_header_only(11000, 11000),
        "zero.png": _png_header_only(0, 0),
        "one-pixel.png": _png((1, 1)),
        "notes.txt": b"my notes about the application",
        WEIRD_BAD: _png((1, 1)),
        "pdf named.jpg": _receipt_pdf("septembre"),
        "image named.pdf": _jpeg(),
        WEIRD_GOOD: _receipt_pdf("octobre"),
        ".hidden.jpg": _jpeg(),  # hidden files (.DS_Store…) are skipped silently
    }
    for name, data in files.items():
        (scans / name).write_bytes(data)
    with open(os.path.join(os.fsencode(scans), NOT_UTF8), "wb") as handle:
        handle.write(_png((1, 1)))
    (root / "elsewhere.jpg").write_bytes(_jpeg(shade=120))
    (scans / "outside.jpg").symlink_to(root / "elsewhere.jpg")
    (scans / "self-loop.jpg").symlink_to("self-loop.jpg")
    (scans / "loop").symlink_to(scans, target_is_directory=True)
    return scans


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("robust")
    scans = _bad_folder(root)
    # The scans, and the file outside that a link points to.
    before = (_snapshot(scans), (root / "elsewhere.jpg").read_bytes())
    cache = root / "fresh" / "cache"  # does not exist yet: the build creates it
    out = root / "out"
    done = _dossier(
        "build", str(scans), "--out", str(out), "--jobs", "1", *DATE, env={"DOSSIER_CACHE_DIR": str(cache)}
    )
    return {
        "root": root,
        "before": before,
        "after": (_snapshot(scans), (root / "elsewhere.jpg").read_bytes()),
        "done": done,
        "out": out,
        "cache": cache,
    }


def test_bad_files_exit_1_without_traceback_and_the_folder_is_untouched(bad_build: dict[str, Any]) -> None:
    done = bad_build["done"]
    assert done.returncode == 1, done.stderr
    _no_traceback(done)
    assert bad_build["after"] == bad_build["before"]


def test_every_bad_file_has_its_own_finding_naming_it_with_a_fix(bad_build: dict[str, Any]) -> None:
    found = _unreadable(_report(bad_build["out"]))
    assert set(found) == set(BAD_FILES)
    for name, words in BAD_FILES.items():
        assert name in found[name] and words in found[name] and "What to do:" in found[name], found[name]


def test_every_bad_file_is_named_on_the_terminal_one_line_each(bad_build: dict[str, Any]) -> None:
    stdout = bad_build["done"].stdout
    for name in [*BAD_FILES, *GOOD_FILES]:
        assert _shown(name) in stdout, name
    # A newline in a name is shown escaped, never as a line break that would split the name.
    assert WEIRD_BAD not in stdout and WEIRD_GOOD not in stdout
    assert not any(line.startswith(("new-line.png", "2026.pdf")) for line in stdout.splitlines())
    assert "\x1b" not in stdout


def test_misnamed_and_awkwardly_named_files_are_read_by_content(bad_build: dict[str, Any]) -> None:
    report = _report(bad_build["out"])
    sources = {doc["file"]: doc["text_source"] for doc in report["documents"]}
    assert sources == {name: [source] for name, source in GOOD_FILES.items()}
    receipts = {doc["file"]: doc["months"] for doc in report["documents"] if doc["kind"] == "rent_receipt"}
    assert receipts == {"pdf named.jpg": ["2026-09"], WEIRD_GOOD: ["2026-10"]}
    html = (bad_build["out"] / "report.html").read_text("utf-8")
    assert escape(WEIRD_GOOD) in html and WEIRD_GOOD not in html


def test_outputs_and_the_new_cache_folder_are_private(bad_build: dict[str, Any]) -> None:
    out: Path = bad_build["out"]
    report = _report(out)
    assert report["packet"], "a packet is written even when findings block"
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    for path in (out / "report.json", out / "report.html", Path(report["packet"])):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert not list(out.glob(".dossier-tmp-*"))
    cache: Path = bad_build["cache"]
    assert list(cache.rglob("*.json")), "the OCRed page was cached"
    for path in [cache.parent, cache, *cache.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == 0o700 if path.is_dir() else mode & 0o077 == 0, (path, oct(mode))


# --- permissions --------------------------------------------------------------------------------


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "receipt.pdf").write_bytes(_receipt_pdf("octobre"))
    (scans / "secret l'été.jpg").write_bytes(_jpeg())
    (scans / "secret l'été.jpg").chmod(0)
    (scans / "locked folder").mkdir()
    (scans / "locked folder" / "inside.jpg").write_bytes(_jpeg())
    (scans / "locked folder").chmod(0)
    yield scans
    (scans / "locked folder").chmod(0o700)  # so that the temporary folder can be removed


def test_a_file_and_a_folder_without_read_permission_are_named(tmp_path: Path, locked_folder: Path) -> None:
    prefix = permission_bits_enforced(tmp_path / "probe")
    before = _snapshot(locked_folder)
    out = tmp_path / "out"
    done = _dossier("build", str(locked_folder), "--out", str(out), "--no-cache", *DATE, prefix=prefix)
    assert done.returncode == 1, done.stderr
    _no_traceback(done)
    found = _unreadable(_report(out))
    assert set(found) == {"secret l'été.jpg", "locked folder"}
    assert "permission denied" in found["secret l'été.jpg"]
    assert "chmod u+r 'secret l'\"'\"'été.jpg'" in found["secret l'été.jpg"]  # a command that works
    assert "locked folder cannot be read" in found["locked folder"]
    assert "secret l'été.jpg" in done.stdout and "locked folder" in done.stdout
    assert [doc["file"] for doc in _report(out)["documents"]] == ["receipt.pdf"]
    assert _snapshot(locked_folder) == before


# --- many files, no files, no folder ------------------------------------------------------------


def test_500_small_files_each_get_an_entry(tmp_path: Path) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    tiny = _png((1, 1))
    for i in range(250):
        (scans / f"photo {i:03}.png").write_bytes(tiny)
    for i in range(249):
        (scans / f"note {i:03}.txt").write_text(f"note number {i}", encoding="utf-8")
    (scans / "receipt.pdf").write_bytes(_receipt_pdf("octobre"))
    assert len(list(scans.iterdir())) == 500
    before = _snapshot(scans)
    out = tmp_path / "out"
    done = _dossier("build", str(scans), "--out", str(out), "--no-cache", *DATE)
    assert done.returncode == 1, done.stderr
    _no_traceback(done)
    report = _report(out)
    found = _unreadable(report)
    assert len(found) == 499
    assert set(found) | {doc["file"] for doc in report["documents"]} == {p.name for p in scans.iterdir()}
    assert all(name in message for name, message in found.items())
    assert done.stdout.count("[unreadable_file]") == 499
    assert _snapshot(scans) == before


def test_an_empty_folder_builds_a_report_of_what_is_missing(tmp_path: Path) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    out = tmp_path / "out"
    done = _dossier("build", str(scans), "--out", str(out), *DATE)
    assert done.returncode == 1, done.stderr
    _no_traceback(done)
    report = _report(out)
    assert report["documents"] == [] and not report["ready"]
    assert {f["kind"] for f in report["findings"] if f["code"] == "missing_document"} >= {"passport", "rib"}
    assert "Documents:\n  (none)" in done.stdout
    assert list(scans.iterdir()) == []


@pytest.mark.parametrize("command", ["build", "check"])
def test_a_folder_that_does_not_exist_is_named(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "no such folder"
    done = _dossier(command, str(missing), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    _no_traceback(done)
    assert str(missing) in done.stderr and "not a folder" in done.stderr
    assert not missing.exists() and not (tmp_path / "out").exists()


def test_a_file_given_as_the_folder_is_a_usage_error(tmp_path: Path) -> None:
    scan = tmp_path / "passport.jpg"
    scan.write_bytes(_jpeg())
    done = _dossier("build", str(scan), "--out", str(tmp_path / "out"))
    assert done.returncode == 2
    _no_traceback(done)
    assert "passport.jpg" in done.stderr


# --- the output folder and the scans folder -----------------------------------------------------


def test_an_output_folder_inside_the_scans_is_never_read_back(tmp_path: Path) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "receipt.pdf").write_bytes(_receipt_pdf("octobre"))
    (scans / "more.pdf").write_bytes(_receipt_pdf("septembre"))
    before = _snapshot(scans)
    first = _dossier("build", str(scans), "--out", str(scans / "out"), "--no-cache", *DATE)
    assert first.returncode == 1, first.stderr
    assert Path(_report(scans / "out")["packet"]).is_file()
    # Again, the output folder now full of a packet and reports, and spelled relatively this time.
    second = _dossier("build", "scans", "--out", "scans/out", "--no-cache", *DATE, cwd=tmp_path)
    assert second.returncode == 1, second.stderr
    for done in (first, second):
        _no_traceback(done)
        assert "out/" not in done.stdout.split("Packet:")[0]
    report = _report(scans / "out")
    assert sorted(doc["file"] for doc in report["documents"]) == ["more.pdf", "receipt.pdf"]
    assert not any(name.startswith("out") for f in report["findings"] for name in f["files"])
    assert _snapshot(scans, exclude="out") == before


@pytest.mark.parametrize("spelling", ["scans", "scans/", "./scans/../scans"])
def test_the_scans_folder_itself_as_output_is_refused(tmp_path: Path, spelling: str) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "receipt.pdf").write_bytes(_receipt_pdf("octobre"))
    before = _snapshot(scans)
    done = _dossier("build", str(scans), "--out", spelling, cwd=tmp_path)
    assert done.returncode == 2
    _no_traceback(done)
    assert "is the scans folder itself" in done.stderr and "--out" in done.stderr
    assert _snapshot(scans) == before


# --- Tesseract failing on one page --------------------------------------------------------------


def _flaky_tesseract(tmp_path: Path, failure: str) -> Path:
    """A tesseract that does ``failure`` on the first page it is given, then is the real one."""
    real = shutil.which("tesseract")
    if real is None:
        pytest.skip("tesseract is not installed")
    marker = tmp_path / "failed-once"
    script = tmp_path / "bin" / "tesseract"
    script.parent.mkdir()
    script.write_text(
        "#!/bin/sh\n"
        f'case "$1" in --version|--list-langs) exec "{real}" "$@";; esac\n'
        f'if mkdir "{marker}" 2>/dev/null; then {failure}; fi\n'
        f'exec "{real}" "$@"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def _two_receipt_scans(tmp_path: Path) -> Path:
    scans = tmp_path / "scans"
    scans.mkdir()
    for name in ("p1.png", "p2.png"):
        _receipt_scan(scans / name)
    # The two scans must differ, or the second would be a duplicate of the first.
    with Image.open(scans / "p2.png") as image:
        image.rotate(0.5, fillcolor=255).save(scans / "p2.png", dpi=(200, 200))
    return scans


def _one_page_lost(report: dict[str, Any], words: str) -> None:
    failed = _unreadable(report)
    assert len(failed) == 1, failed
    ((name, message),) = failed.items()
    assert f"{name} page 1" in message and words in message, message
    (other,) = {"p1.png", "p2.png"} - {name}
    kinds = {doc["file"]: doc["kind"] for doc in report["documents"]}
    assert kinds[other] == "rent_receipt", report["documents"]


def test_a_tesseract_crash_on_one_page_keeps_the_other_pages(tmp_path: Path) -> None:
    scans = _two_receipt_scans(tmp_path)
    fake = _flaky_tesseract(tmp_path, "kill -SEGV $$")
    before = _snapshot(scans)
    out = tmp_path / "out"
    args = ["build", str(scans), "--out", str(out), "--no-cache", "--jobs", "2", *DATE]
    done = _dossier(*args, env={"DOSSIER_TESSERACT": str(fake)})
    assert done.returncode == 1, done.stderr
    _no_traceback(done)
    _one_page_lost(_report(out), "OCR failed")
    assert _snapshot(scans) == before


def test_a_tesseract_hang_on_one_page_is_stopped_and_the_other_pages_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The page time limit (120 s) is not an option: shorten it inside the CLI's own process.
    scans = _two_receipt_scans(tmp_path)
    fake = _flaky_tesseract(tmp_path, "exec sleep 60")

    probed = OcrSettings.probed

    def short_limit(info: TesseractInfo, band_reader: BandReader | None = None) -> OcrSettings:
        # The program, as DOSSIER_TESSERACT would choose it, with a short limit.
        return replace(probed(info, band_reader), engine=CLI, tesseract_cmd=str(fake), timeout_s=3)

    monkeypatch.setattr(pipeline.OcrSettings, "probed", short_limit)
    before = _snapshot(scans)
    out = tmp_path / "out"
    args = ["build", str(scans), "--out", str(out), "--no-cache", "--jobs", "1", *DATE]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    _no_traceback(result)
    _one_page_lost(_report(out), "took too long")
    assert _snapshot(scans) == before

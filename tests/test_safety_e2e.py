"""Safety through the real CLI: no network needed, a killed build loses nothing, no photo metadata leaks."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import SAMPLES, Built, run_dossier

CASE = SAMPLES / "inactive-complete" / "scans"


def _can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="this machine does not allow network namespaces (unshare -n)")
def test_full_build_without_any_network(tmp_path: Path, cache_dir: Path) -> None:
    out = tmp_path / "out"
    done = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "dossier", "build", str(CASE), "--out", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "DOSSIER_CACHE_DIR": str(cache_dir)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (out / "report.json").exists()


def test_a_killed_build_leaves_the_previous_outputs_intact(tmp_path: Path, cache_dir: Path) -> None:
    out = tmp_path / "out"
    first = run_dossier("build", str(CASE), "--out", str(out))
    assert first.returncode == 0, first.stderr
    finals = sorted(p for p in out.iterdir() if not p.name.startswith("."))
    before = {p.name: p.read_bytes() for p in finals}
    # A stale temporary file, as a previous killed run would leave it.
    (out / ".dossier-tmp-stale.pdf").write_bytes(b"half a packet")
    victim = subprocess.Popen(
        [sys.executable, "-m", "dossier", "build", str(CASE), "--out", str(out), "--no-cache"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    time.sleep(4)  # well into OCR: nothing has been written yet
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    assert {p.name: p.read_bytes() for p in finals} == before
    again = run_dossier("build", str(CASE), "--out", str(out))
    assert again.returncode == 0, again.stderr
    assert not list(out.glob(".dossier-tmp-*"))


def test_no_photo_metadata_reaches_the_packet(built_samples: dict[str, Built]) -> None:
    # employee-complete holds a phone photo carrying GPS coordinates in its EXIF.
    packet = Path(built_samples["employee-complete"].report["packet"])
    with pymupdf.open(packet) as doc:
        assert not any(str(value) for key, value in doc.metadata.items() if key in ("author", "keywords"))
        assert "/work" not in str(doc.metadata) and "/tmp" not in str(doc.metadata)
        for page in doc:
            for image in page.get_images(full=True):
                data = doc.extract_image(image[0])["image"]
                assert b"Exif" not in data and b"GPS" not in data

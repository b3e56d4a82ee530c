"""Shared fixtures: sample folders built once per session, with a private OCR cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def sample_cases() -> list[str]:
    """Every shipped sample folder that has its expected results."""
    return sorted(p.parent.name for p in SAMPLES.glob("*/expected.toml"))


@dataclass
class Built:
    """The outcome of one `dossier build` run on a sample folder."""

    case: str
    exit_code: int
    stdout: str
    stderr: str
    out_dir: Path
    report: dict[str, Any]
    expected: dict[str, Any]


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ocr-cache")
    os.environ["DOSSIER_CACHE_DIR"] = str(path)
    return path


def run_dossier(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would, in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "dossier", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture(scope="session")
def built_samples(cache_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    results: dict[str, Built] = {}
    root = tmp_path_factory.mktemp("built")
    for case in sample_cases():
        out = root / case
        done = run_dossier("build", str(SAMPLES / case / "scans"), "--out", str(out))
        report_path = out / "report.json"
        report = json.loads(report_path.read_text("utf-8")) if report_path.exists() else {}
        expected = tomllib.loads((SAMPLES / case / "expected.toml").read_text("utf-8"))
        results[case] = Built(case, done.returncode, done.stdout, done.stderr, out, report, expected)
    return results


# Without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, root is held to the permission bits like anyone.
DROP_FILE_CAPS = ("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--")


def permission_bits_enforced(probe: Path) -> tuple[str, ...]:
    """A command prefix under which a file of mode 0 cannot be read, even by root; skips if none.

    ``probe`` is a scratch path the check writes and removes.
    """
    if os.geteuid() != 0:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv (util-linux) is missing: root reads any file")
    probe.write_bytes(b"x")
    probe.chmod(0)
    tried = subprocess.run([*DROP_FILE_CAPS, "cat", str(probe)], capture_output=True, check=False)
    probe.unlink()
    if tried.returncode == 0:
        pytest.skip("running as root and dropping CAP_DAC_OVERRIDE did not take effect here")
    return DROP_FILE_CAPS

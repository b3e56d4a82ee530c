"""Writing outputs so that a killed run never leaves a half-written file at a final path.

Every output is written to a hidden temporary file beside its destination, flushed to disk,
made owner-only, then renamed over the destination in one step. Temporary files left by a
run that was killed are removed by the next run.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from dossier.errors import OutputError

TEMP_PREFIX = ".dossier-tmp-"


@contextlib.contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """A temporary path to write; renamed to ``dest`` (mode 0600) only if the block succeeds."""
    fd, name = tempfile.mkstemp(dir=dest.parent, prefix=TEMP_PREFIX, suffix=dest.suffix)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.chmod(0o600)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def write_private_atomically(dest: Path, data: bytes) -> None:
    """Write bytes to ``dest`` atomically, readable by the owner only."""
    try:
        with atomic_path(dest) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        raise OutputError(f"Cannot write {dest}: {exc.strerror}.", fix="choose another --out folder") from exc


def prepare_out_dir(out_dir: Path) -> None:
    """Create the output folder (owner-only) and remove temporary files of killed runs."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        for stale in out_dir.glob(f"{TEMP_PREFIX}*"):
            stale.unlink(missing_ok=True)
    except OSError as exc:
        raise OutputError(
            f"Cannot use the output folder {out_dir}: {exc.strerror}.", fix="choose another --out folder"
        ) from exc

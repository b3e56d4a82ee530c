"""A private, content-addressed cache of page readings, so a rebuild costs no OCR.

Keys combine the file's content hash, the page index and every engine setting that changes
the text; values are small JSON files. The folder is created with mode 0700 because the cached
text is as sensitive as the documents themselves.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

CACHE_FORMAT = 3  # bump when the cached structure changes


def default_cache_dir() -> Path:
    """Where the cache lives: ``$DOSSIER_CACHE_DIR`` or the user's cache directory."""
    override = os.environ.get("DOSSIER_CACHE_DIR")
    return Path(override) if override else Path(user_cache_dir("dossier")) / "pages"


class PageCache:
    """JSON readings keyed by content hash; silently misses on any damaged entry."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def key(self, sha256: str, index: int, settings: str) -> str:
        """The cache key of one page read with the given engine settings."""
        material = f"{CACHE_FORMAT}\0{sha256}\0{index}\0{settings}"
        return hashlib.sha256(material.encode()).hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored reading, or None when absent or unreadable."""
        try:
            value = json.loads(self._path(key).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store a reading atomically; a cache that cannot be written is only a slower run."""
        self._write(self._path(key), json.dumps(value, ensure_ascii=False).encode("utf-8"))

    def has(self, key: str) -> bool:
        """Whether a reading is stored under ``key``."""
        return self._path(key).is_file()

    def get_bytes(self, key: str) -> bytes | None:
        """Stored bytes (a page image prepared for the packet), or None."""
        try:
            return self._path(key, ".bin").read_bytes()
        except OSError:
            return None

    def put_bytes(self, key: str, data: bytes) -> None:
        """Store bytes atomically under ``key``."""
        self._write(self._path(key, ".bin"), data)

    def _write(self, path: Path, data: bytes) -> None:
        try:
            _make_private_dir(path.parent)
            self.root.chmod(0o700)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except OSError:
            return

    def clear(self) -> int:
        """Delete every cached reading; returns how many there were."""
        if not self.root.exists():
            return 0
        count = sum(1 for _ in self.root.rglob("*.json")) + sum(1 for _ in self.root.rglob("*.bin"))
        shutil.rmtree(self.root)
        return count

    def _path(self, key: str, suffix: str = ".json") -> Path:
        return self.root / key[:2] / f"{key}{suffix}"


def _make_private_dir(path: Path) -> None:
    for folder in reversed([path, *path.parents]):
        if folder.exists():
            continue
        folder.mkdir(mode=0o700)
    path.chmod(0o700)

"""Wall time, CPU time and peak memory of the processes the benchmark starts.

CPU time is user + sys of every finished descendant (``RUSAGE_CHILDREN``, before and after:
a descendant's time reaches us when its parent has waited for it, which process pools and
``subprocess`` do). Peak memory is the largest *sum* of the resident set sizes of all our
descendants, sampled from ``/proc`` every 50 ms: a process pool's ``ru_maxrss`` is only its
largest process. The benchmark process itself is not counted. The peak of the summed PSS
(proportional set size: a page shared by k processes counts 1/k in each) is kept too: summed
RSS counts the libraries and the forked pages that pool workers share once per process, so it
overstates what the tree really holds. 1 MB here is 2**20 bytes.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")
MB = 2**20
INTERVAL_S = 0.05
PSS_EVERY = 10  # samples between two PSS readings


@dataclass(frozen=True)
class Measurement:
    """What one timed action cost."""

    wall_s: float
    cpu_s: float
    peak_mb: float
    peak_pss_mb: float


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (of every one of its threads), from /proc/PID/task/*/children."""
    found: list[int] = []
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found.extend(int(word) for word in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def _children_by_scan() -> dict[int, list[int]]:
    """Parent -> children of every process, from /proc/*/stat (when the children files are absent)."""
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


HAVE_CHILDREN_FILES = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists()


def descendants(root: int) -> list[int]:
    """Every process below ``root`` (not ``root`` itself), breadth first."""
    tree = None if HAVE_CHILDREN_FILES else _children_by_scan()
    out: list[int] = []
    queue = [root]
    while queue:
        pid = queue.pop()
        kids = _children(pid) if tree is None else tree.get(pid, [])
        out.extend(kids)
        queue.extend(kids)
    return out


def rss_bytes(pid: int) -> int:
    """Resident set size of one process, 0 if it has gone."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    """Proportional set size of one process (from smaps_rollup), 0 if it has gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


class TreeSampler:
    """Samples the summed RSS and PSS of our descendants in a background thread; keeps the peaks."""

    def __init__(self, interval_s: float = INTERVAL_S) -> None:
        self.interval_s = interval_s
        self.peak_bytes = 0
        self.peak_pss_bytes = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="rss-sampler", daemon=True)

    def sample(self) -> None:
        """Take one sample now (PSS only every ``PSS_EVERY`` samples)."""
        pids = descendants(os.getpid())
        self.peak_bytes = max(self.peak_bytes, sum(rss_bytes(pid) for pid in pids))
        # Reading smaps_rollup walks the process's whole memory map under its lock: done every
        # 50 ms it slowed a 2-second build by more than a second, so PSS is sampled sparsely.
        if self.samples % PSS_EVERY == 0:
            self.peak_pss_bytes = max(self.peak_pss_bytes, sum(pss_bytes(pid) for pid in pids))
        self.samples += 1

    def _loop(self) -> None:
        while not self._stop.wait(self.interval_s):
            self.sample()

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(action: Callable[[], T]) -> tuple[T, Measurement]:
    """Run ``action`` (which starts and waits for subprocesses) and measure what they cost."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    with TreeSampler() as sampler:
        result = action()
    wall = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    return result, Measurement(wall, cpu, sampler.peak_bytes / MB, sampler.peak_pss_bytes / MB)

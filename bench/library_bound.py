"""Every page image once through Tesseract loaded in-process (tesserocr), two processes, one thread each.

The counterpart of the raw ``tesseract`` bound for dossier's default engine: the same reads,
without starting the program and loading its models for every page. Run as a script by
``runners.library_bound`` so that its whole cost is measured.

    python bench/library_bound.py TESSDATA LANGUAGES PROCESSES PAGE.png ...
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any

os.environ["OMP_THREAD_LIMIT"] = "1"

import tesserocr
from PIL import Image

_api: Any = None


def _start(tessdata: str, languages: str) -> None:
    global _api  # noqa: PLW0603  (one engine per worker process, kept between pages)
    _api = tesserocr.PyTessBaseAPI(path=tessdata, lang=languages, psm=3)


def _read(path: str) -> int:
    image = Image.open(path).convert("L")
    _api.SetImageBytes(image.tobytes(), image.width, image.height, 1, image.width)
    _api.SetSourceResolution(round(image.info.get("dpi", (300, 300))[0]))
    return len(_api.GetTSVText(0))


def main(argv: list[str]) -> int:
    tessdata, languages, processes, *pages = argv
    with ProcessPoolExecutor(int(processes), initializer=_start, initargs=(tessdata, languages)) as pool:
        list(pool.map(_read, pages))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

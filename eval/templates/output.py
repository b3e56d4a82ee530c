"""Writing a folder: file formats and capture variants spread over the documents; expected.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "samples" / "synth"))
from captures import capture, photo  # noqa: E402
from pdftext import text_pdf_bytes  # noqa: E402
from writers import heic_bytes, image_pdf_bytes, jpeg_bytes, phone_jpeg_bytes, png_bytes, tiff_bytes  # noqa: E402

SINGLE_DIGITAL = ["pdf_text", "pdf_text", "pdf_text", "pdf_image", "jpg", "png"]
SINGLE_PAPER = ["jpg", "jpg", "png", "pdf_image", "heic", "tiff", "phone", "jpg", "pdf_image"]
MULTI = ["pdf_image", "pdf_image", "tiff", "pdf_text"]
VARIANTS_FOR = {
    "jpg": ["scan", "photo", "skew3", "rot90", "jpeg_heavy", "clean", "dpi150", "photo", "rot180"],
    "png": ["scan", "rot90", "rot180", "skew3", "dpi150", "clean"],
    "pdf_image": ["scan", "skew3", "rot180", "dpi150", "jpeg_heavy", "clean", "scan"],
    "tiff": ["scan", "clean", "dpi150", "skew3"],
    "heic": ["photo", "clean"],
    "phone": ["photo"],
}
EXT = {
    "jpg": ".jpg",
    "png": ".png",
    "pdf_image": ".pdf",
    "pdf_text": ".pdf",
    "tiff": ".tif",
    "heic": ".heic",
    "phone": ".jpg",
}


def _capture(im, variant: str, rng: np.random.Generator):
    if variant == "photo" and im.width > im.height:
        return photo(im, rng, size=(2000, 1500))
    return capture(im, variant, rng)


def write_item(scans: Path, item: dict, rng: np.random.Generator, taken: set) -> tuple[str, list[dict]]:
    pages = [pg for doc in item["docs"] for pg in doc["pages"]]
    if len(pages) > 1:
        fmt = MULTI[int(rng.integers(0, len(MULTI)))]
        if fmt == "pdf_text" and not item["digital"]:
            fmt = "pdf_image"
    else:
        pool = SINGLE_DIGITAL if item["digital"] else SINGLE_PAPER
        fmt = pool[int(rng.integers(0, len(pool)))]
    name = item["stem"] + EXT[fmt]
    k = 2
    while name in taken:
        name = "%s_%d%s" % (item["stem"], k, EXT[fmt])
        k += 1
    taken.add(name)
    if fmt == "pdf_text":
        data = text_pdf_bytes(pages)
        variants = ["digital"] * len(pages)
    else:
        pool = VARIANTS_FOR[fmt]
        variants = [pool[int(rng.integers(0, len(pool)))] for _ in pages]
        if (
            fmt in ("pdf_image", "tiff") and len(pages) > 1
        ):  # one scanning session: same settings for every page
            variants = [variants[0] if variants[0] not in ("rot90",) else "scan"] * len(pages)
        ims = [_capture(pg.finish(), v, rng) for pg, v in zip(pages, variants)]
        if fmt == "jpg":
            data = jpeg_bytes(ims[0], int(rng.integers(55, 88)))
        elif fmt == "png":
            data = png_bytes(ims[0])
        elif fmt == "pdf_image":
            data = image_pdf_bytes(ims, int(rng.integers(50, 80)))
        elif fmt == "tiff":
            data = tiff_bytes(ims, bw=bool(rng.random() < 0.6))
        elif fmt == "heic":
            data = heic_bytes(ims[0])
        else:
            data = phone_jpeg_bytes(ims[0], (45, 45, 12.5), (4, 50, 31.2))
    (scans / name).write_bytes(data)
    out, n = [], 1
    for doc in item["docs"]:
        np_ = len(doc["pages"])
        out.append(
            dict(
                file=name,
                pages=list(range(n, n + np_)),
                kind=doc["kind"],
                holder=doc["holder"],
                months=doc["months"],
                template=doc["template"],
                format=fmt,
                capture=variants[n - 1],
            )
        )
        n += np_
    return name, out


def write_folder(folder_dir: Path, folder, expected: dict, seed: int) -> dict:
    scans = folder_dir / "scans"
    scans.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed + 7777)
    taken: set = set()
    docs: list[dict] = []
    for item in folder.items:
        _, entries = write_item(scans, item, rng, taken)
        docs.extend(entries)
    expected = {**expected, "documents": docs}
    (folder_dir / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return expected

"""How a page reaches the tool: scanner and phone-camera degradations of a clean page image.

``capture(image, variant, rng)`` takes an upright clean page (as ``render_document`` gives)
and returns what a scanner or a phone would produce. Every random choice comes from ``rng``.
"""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageFilter

VARIANTS: tuple[str, ...] = ("clean", "scan", "rot90", "rot180", "skew3", "dpi150", "jpeg_heavy", "photo")


def _dpi(image: Image.Image) -> float:
    return float(image.info.get("dpi", (200, 200))[0])


def _with_dpi(image: Image.Image, dpi: float) -> Image.Image:
    image.info["dpi"] = (round(dpi), round(dpi))
    return image


def scan(image: Image.Image, rng: np.random.Generator, angle: float | None = None) -> Image.Image:
    """A flatbed grey scan: small skew, optical blur, sensor noise, specks, background clean-up."""
    dpi = _dpi(image)
    if angle is None:
        angle = float(rng.uniform(0.25, 1.0) * rng.choice([-1.0, 1.0]))
    grey = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    grey = grey.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(grey, dtype=np.float32)
    h, w = a.shape
    a = 18.0 + a * (232.0 / 255.0)  # ink never pure black, paper ~250
    # automatic background removal, as scanner drivers do: bare paper becomes pure white
    paper = a > 243.0
    a += rng.normal(0.0, 2.5, a.shape).astype(np.float32)
    a[paper] = 255.0
    # dust specks
    for _ in range(int(rng.integers(8, 25))):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        r = int(rng.integers(1, 3))
        a[max(0, y - r) : y + r, max(0, x - r) : x + r] -= float(rng.uniform(60, 140))
    # lid shadow along the top edge
    edge = int(rng.integers(4, 10))
    a[:edge, :] -= np.linspace(70, 10, edge, dtype=np.float32)[:, None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    return _with_dpi(out, dpi)


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for ``Image.transform(PERSPECTIVE)`` mapping output points ``dst`` to input ``src``."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return [float(c) for c in sol]


def _table(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A wooden-table-like background (RGB float array)."""
    w, h = size
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    grain = np.sin(xx / float(rng.uniform(7, 13)) + 3 * np.sin(yy / float(rng.uniform(140, 260)))) * 10
    base = np.array([128.0, 92.0, 62.0], dtype=np.float32) + rng.uniform(-12, 12, 3).astype(np.float32)
    table: np.ndarray = base[None, None, :] + grain[:, :, None]
    return table


def photo(image: Image.Image, rng: np.random.Generator, size: tuple[int, int] = (1500, 2000)) -> Image.Image:
    """A phone photo of the page lying on a table: perspective, uneven light, background, noise."""
    page = image.convert("RGB")
    pw, ph = page.size
    w, h = size
    margin_x, margin_y = w * 0.07, h * 0.05

    def jitter(v: float) -> float:
        return float(v + rng.uniform(-1, 1) * w * 0.03)

    dst = [
        (jitter(margin_x), jitter(margin_y)),
        (jitter(w - margin_x), jitter(margin_y + h * 0.02)),
        (jitter(w - margin_x * 0.6), jitter(h - margin_y)),
        (jitter(margin_x * 1.4), jitter(h - margin_y * 0.8)),
    ]
    src = [(0.0, 0.0), (float(pw), 0.0), (float(pw), float(ph)), (0.0, float(ph))]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform(
        size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    m = np.asarray(mask, dtype=np.float32)[:, :, None] / 255.0
    a = np.asarray(warped, dtype=np.float32) * m + _table(size, rng) * (1 - m)
    # uneven lighting: a warm lamp from one side and a soft shadow of the phone
    yy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    cx, cy = float(rng.uniform(0.1, 0.9)), float(rng.uniform(0.0, 0.4))
    light = 1.03 - 0.32 * np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    shadow = 1 - 0.18 * np.exp(-(((xx - 0.7) / 0.25) ** 2 + ((yy - 0.9) / 0.2) ** 2))
    a = a * (light * shadow)[:, :, None]
    a *= np.array([1.02, 1.0, 0.93], dtype=np.float32)  # warm white balance
    a += rng.normal(0.0, 4.0, a.shape).astype(np.float32)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    return _with_dpi(out, 72)


def jpeg_roundtrip(image: Image.Image, quality: int) -> Image.Image:
    """Decode(encode(image)) at a JPEG quality, to bake compression artefacts in."""
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    out = Image.open(buf)
    out.load()
    return _with_dpi(out, _dpi(image))


def _rotated(image: Image.Image, rng: np.random.Generator, how: Image.Transpose) -> Image.Image:
    return _with_dpi(scan(image, rng).transpose(how), _dpi(image))


def _dpi150(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    scanned = scan(image, rng)
    f = 150.0 / _dpi(image)
    small = scanned.resize((round(scanned.width * f), round(scanned.height * f)), Image.Resampling.LANCZOS)
    return _with_dpi(small, 150)


_CAPTURES: dict[str, Callable[[Image.Image, np.random.Generator], Image.Image]] = {
    "clean": lambda image, rng: image.copy(),
    "scan": scan,
    "rot90": lambda image, rng: _rotated(image, rng, Image.Transpose.ROTATE_90),
    "rot180": lambda image, rng: _rotated(image, rng, Image.Transpose.ROTATE_180),
    "skew3": lambda image, rng: scan(image, rng, angle=3.0 * float(rng.choice([-1.0, 1.0]))),
    "dpi150": _dpi150,
    "jpeg_heavy": lambda image, rng: jpeg_roundtrip(scan(image, rng), 12),
    "photo": photo,
}


def capture(image: Image.Image, variant: str, rng: np.random.Generator) -> Image.Image:
    """One page as captured. Variants: ``VARIANTS``; all but ``clean`` and ``photo`` give grey images.

    ``rot90`` turns the scan a quarter turn counter-clockwise (text reads bottom to top),
    ``skew3`` tilts it 3 degrees, ``dpi150`` resamples it to 150 dpi, ``jpeg_heavy`` bakes in
    quality-12 JPEG artefacts, ``photo`` returns an RGB phone picture with background.
    """
    if variant not in _CAPTURES:
        raise ValueError(f"unknown capture variant {variant!r} (expected one of {', '.join(VARIANTS)})")
    return _CAPTURES[variant](image, rng)

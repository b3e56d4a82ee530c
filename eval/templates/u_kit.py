"""blind8 helpers: money, rectangular stamps, simulated scripts, MRZ lines, ruled paper, QR-like codes."""

from __future__ import annotations

import math

import numpy as np
from codes import dmy, long_fr, month_fr
from render import BLACK, Page

# ICAO 9303 Part 3 transliterations not covered by codes.SPECIAL (Icelandic eth)
_EXTRA = {"ð": "d", "Ð": "D"}


def icao_ready(s: str) -> str:
    return "".join(_EXTRA.get(c, c) for c in s)


def eur(v: float) -> str:
    s = "%.2f" % v
    ent, dec = s.split(".")
    out = ""
    while len(ent) > 3:
        out = " " + ent[-3:] + out
        ent = ent[:-3]
    return ent + out + "," + dec + " €"


def period(ym: str) -> str:
    from codes import last_day

    return "du 01/%s/%s au %02d/%s/%s" % (ym[5:7], ym[:4], last_day(ym), ym[5:7], ym[:4])


def month_label(ym: str) -> str:
    return "%s %s" % (month_fr(ym), ym[:4])


def rstamp(p: Page, x: float, y: float, lines: list[str], color=(150, 30, 40), size: int = 22) -> None:
    """A rectangular rubber stamp (drawn as vector text in a double frame)."""
    w = max(p.width(s, size, "sans-b") for s in lines) + 40
    h = len(lines) * size * 1.35 + 24
    p.rect((x, y, x + w, y + h), outline=color, width=4)
    p.rect((x + 7, y + 7, x + w - 7, y + h - 7), outline=color, width=1)
    yy = y + 12 + size
    for s in lines:
        p.text(x + w / 2, yy, s, size, "sans-b", color, align="c")
        yy += size * 1.35


def script(
    p: Page, x: float, y: float, width: float, kind: str, size: int = 26, seed: int = 0, rtl_align=False
) -> None:
    """Script-like shapes where no font exists: 'ar' (Arabic), 'ti' (Ethiopic), 'my' (Burmese)."""
    p.vector = False
    rng = np.random.default_rng(seed + int(width) + int(y))
    d, col = p.d, (20, 20, 20)
    if kind == "ar":
        cx = x + width
        while cx > x + size:
            wl = float(rng.uniform(1.5, 4.5)) * size
            x0 = max(x, cx - wl)
            d.line((x0, y, cx, y), fill=col, width=max(2, size // 10))
            k = x0 + size * 0.4
            while k < cx - size * 0.3:
                h = size * float(rng.choice([0.3, 0.5, 0.9]))
                d.line((k, y, k, y - h), fill=col, width=max(2, size // 10))
                if rng.random() < 0.3:
                    d.ellipse((k - 3, y + 6, k + 3, y + 12), fill=col)
                if rng.random() < 0.25:
                    d.arc(
                        (k - size * 0.3, y - size * 0.2, k + size * 0.3, y + size * 0.5),
                        0,
                        180,
                        fill=col,
                        width=2,
                    )
                k += float(rng.uniform(0.35, 0.7)) * size
            cx = x0 - size * 0.5
    elif kind == "ti":
        cx = x
        while cx < x + width - size:
            for _ in range(int(rng.integers(2, 6))):
                g = size * 0.7
                d.line((cx, y, cx, y - g), fill=col, width=2)
                d.line((cx, y - g, cx + g * 0.6, y - g), fill=col, width=2)
                if rng.random() < 0.6:
                    d.line((cx + g * 0.6, y - g, cx + g * 0.6, y), fill=col, width=2)
                if rng.random() < 0.5:
                    d.line((cx + g * 0.6, y - g * 0.4, cx + g * 0.85, y - g * 0.4), fill=col, width=2)
                cx += size * 0.85
            cx += size * 0.5
    else:  # my: round letters
        cx = x
        while cx < x + width - size:
            for _ in range(int(rng.integers(2, 5))):
                r = size * 0.32
                d.arc((cx, y - 2 * r, cx + 2 * r, y), int(rng.choice([0, 30, 200])), 330, fill=col, width=2)
                if rng.random() < 0.3:
                    d.arc((cx, y - 3.2 * r, cx + 2 * r, y - 1.6 * r), 200, 340, fill=col, width=2)
                cx += 2 * r + 4
            cx += size * 0.45


def ruled(p: Page, top: float, step: float = 62, color=(170, 200, 230), margin: float | None = None) -> None:
    y = top
    while y < p.h - 80:
        p.line(0, y, p.w, y, color, 1)
        y += step
    if margin:
        p.line(margin, 0, margin, p.h, (230, 150, 150), 2)


def qr(p: Page, x: float, y: float, s: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 25
    c = s / n
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8):
                continue
            if rng.random() < 0.45:
                p.rect((x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c), outline=None, fill=BLACK)
    for fx, fy in ((x, y), (x + (n - 7) * c, y), (x, y + (n - 7) * c)):
        p.rect((fx, fy, fx + 7 * c, fy + 7 * c), outline=None, fill=BLACK)
        p.rect((fx + c, fy + c, fx + 6 * c, fy + 6 * c), outline=None, fill=(255, 255, 255))
        p.rect((fx + 2 * c, fy + 2 * c, fx + 5 * c, fy + 5 * c), outline=None, fill=BLACK)


def mrz_block(p: Page, x: float, y: float, lines: list[str], width: float) -> float:
    n = len(lines[0])
    size = 10
    while p.width("M" * n, size + 1, "ocrb") < width:
        size += 1
    for ln in lines:
        p.text(x, y, ln, size, "ocrb")
        y += size * 1.5
    return y


def guilloche(p: Page, box, color=(200, 215, 235), seed: int = 0) -> None:
    p.vector = False
    x0, y0, x1, y1 = box
    for k in range(14):
        pts = [
            (xx, y0 + (y1 - y0) * (0.1 + 0.8 * k / 13) + 14 * math.sin(xx / 37 + k + seed))
            for xx in range(int(x0), int(x1), 8)
        ]
        p.d.line(pts, fill=color, width=1)


def sigline(p: Page, x: float, y: float, label: str, seed: int, size: int = 20) -> None:
    p.text(x, y, label, size, "sans-i", (80, 80, 80))
    p.signature(x + 20, y + 80, 240, seed=seed)


__all__ = ["dmy", "long_fr", "month_fr"]

"""blind5 helpers: shared drawing bits for the x_* layouts (written fresh)."""

from __future__ import annotations

from codes import dmy
from render import Page

INK = (25, 35, 120)


def eur(v: float) -> str:
    s = "%.2f" % v
    a, b = s.split(".")
    if len(a) > 3:
        a = a[:-3] + " " + a[-3:]
    return a + "," + b + " €"


def head_band(p: Page, title: str, sub: str = "", col=(30, 60, 110)) -> float:
    p.rect((0, 0, p.w, 150), outline=None, fill=col)
    p.text(90, 95, title, 46, "sans-b", (255, 255, 255))
    if sub:
        p.text(p.w - 90, 95, sub, 24, "sans", (230, 230, 230), align="r")
    return 230


def kv(
    p: Page, x: float, y: float, rows: list[tuple[str, str]], size: int = 26, lw: float = 420, f="sans-b"
) -> float:
    for k, v in rows:
        p.text(x, y, k, size, "sans", (70, 70, 70))
        p.text(x + lw, y, v, size, f)
        y += size * 1.7
    return y


def kv2(
    p: Page, x: float, y: float, rows: list[tuple[str, str, str]], size: int = 24, lw: float = 520
) -> float:
    """Bilingual label (local / French or English) and value."""
    for a, b, v in rows:
        p.text(x, y, a, size, "sans-b", (40, 40, 40))
        p.text(x, y + size * 1.1, b, int(size * 0.75), "sans-i", (100, 100, 100))
        p.text(x + lw, y + size * 0.4, v, size + 2, "serif-b")
        p.line(x + lw, y + size * 0.7, p.w - x, y + size * 0.7, (170, 170, 170), 1)
        y += size * 2.5
    return y


def foot(p: Page, s: str) -> None:
    p.line(90, p.h - 130, p.w - 90, p.h - 130, (150, 150, 150), 1)
    p.text(p.w / 2, p.h - 90, s, 18, "sans", (110, 110, 110), align="c")


def d(iso: str) -> str:
    return dmy(iso)


def mrz(p: Page, x: float, y: float, lines: list[str], size: int = 40) -> None:
    for i, ln in enumerate(lines):
        p.text(x, y + i * size * 1.35, ln, size, "ocrb", spacing=size * 0.04)

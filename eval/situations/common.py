# ruff: noqa: D102, D103, PLR0917
"""Drawing canvas (image or text-layer PDF), page ornaments, French dates and file output.

Coordinates are millimetres from the top-left corner; ``y`` of a text is its baseline.
The same layout code draws on a Pillow image (200 dpi, later degraded as a scan or a photo)
or on a PyMuPDF page (a "downloaded" PDF with a real text layer).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "sans": "DejaVuSans.ttf",
    "sansb": "DejaVuSans-Bold.ttf",
    "sansi": "DejaVuSans-Oblique.ttf",
    "cond": "DejaVuSansCondensed.ttf",
    "condb": "DejaVuSansCondensed-Bold.ttf",
    "serif": "DejaVuSerif.ttf",
    "serifb": "DejaVuSerif-Bold.ttf",
    "serifi": "DejaVuSerif-Italic.ttf",
    "mono": "DejaVuSansMono.ttf",
    "hand": "DejaVuSerifCondensed-Italic.ttf",
}
BLACK = (0.0, 0.0, 0.0)
GREY = (0.45, 0.45, 0.45)
LIGHT = (0.88, 0.88, 0.88)
BLUE = (0.0, 0.14, 0.58)
RED = (0.88, 0.1, 0.15)
INK = (0.08, 0.16, 0.55)
STAMP = (0.32, 0.22, 0.62)
WHITE = (1.0, 1.0, 1.0)
DPI = 200
PX = DPI / 25.4
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]

_measure: dict[str, pymupdf.Font] = {}


def _font(name: str) -> pymupdf.Font:
    if name not in _measure:
        _measure[name] = pymupdf.Font(fontfile=str(FONT_DIR / FONTS[name]))
    return _measure[name]


def text_width(s: str, size: float, font: str = "sans") -> float:
    """Width in mm of ``s`` at ``size`` points."""
    return float(_font(font).text_length(s, fontsize=size)) * 25.4 / 72


# ---------------------------------------------------------------- dates


def num(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def long(d: dt.date) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {d.year}"


def month_name(ym: str) -> str:
    y, m = ym.split("-")
    return f"{MONTHS[int(m) - 1]} {y}"


# ---------------------------------------------------------------- canvas


class Canvas:
    """One page, drawn either on a Pillow image or on a PyMuPDF page."""

    def __init__(self, w: float, h: float, page: pymupdf.Page | None, seed: int) -> None:
        self.w, self.h = w, h
        self.page = page
        self.rng = np.random.default_rng(seed)
        self.image: Image.Image | None = None
        if page is None:
            self.image = Image.new("RGB", (round(w * PX), round(h * PX)), "white")
            self.image.info["dpi"] = (DPI, DPI)
            self.draw = ImageDraw.Draw(self.image)
            self._pil: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
        else:
            for name, file in FONTS.items():
                page.insert_font(fontname=name, fontfile=str(FONT_DIR / file))

    @staticmethod
    def _rgb(c: tuple[float, float, float]) -> tuple[int, int, int]:
        return (round(c[0] * 255), round(c[1] * 255), round(c[2] * 255))

    def _pf(self, font: str, size: float) -> ImageFont.FreeTypeFont:
        key = (font, round(size * DPI / 72))
        if key not in self._pil:
            self._pil[key] = ImageFont.truetype(str(FONT_DIR / FONTS[font]), key[1])
        return self._pil[key]

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 9,
        font: str = "sans",
        color: tuple[float, float, float] = BLACK,
        align: str = "l",
    ) -> float:
        """Draw one line; returns its width in mm. ``align`` is l, c or r around ``x``."""
        width = text_width(s, size, font)
        if align == "c":
            x -= width / 2
        elif align == "r":
            x -= width
        if self.page is not None:
            self.page.insert_text(
                (x * 72 / 25.4, y * 72 / 25.4), s, fontsize=size, fontname=font, color=color
            )
        else:
            self.draw.text((x * PX, y * PX), s, font=self._pf(font, size), fill=self._rgb(color), anchor="ls")
        return width

    def hand(
        self, x: float, y: float, s: str, size: float = 11, color: tuple[float, float, float] = INK
    ) -> None:
        """Handwriting-like text: word by word with a wandering baseline and size."""
        for word in s.split(" "):
            dy = float(self.rng.normal(0, 0.35))
            sz = size * float(self.rng.uniform(0.94, 1.07))
            w = self.text(x, y + dy, word, sz, "hand", color)
            x += w + text_width(" ", sz, "hand") * float(self.rng.uniform(0.9, 1.6))

    def wrap(
        self,
        x: float,
        y: float,
        w: float,
        s: str,
        size: float = 9,
        font: str = "sans",
        leading: float = 1.4,
        color: tuple[float, float, float] = BLACK,
    ) -> float:
        """A paragraph wrapped to ``w`` mm; returns the baseline after it."""
        line = ""
        step = size * leading * 25.4 / 72
        for word in s.split():
            trial = f"{line} {word}".strip()
            if line and text_width(trial, size, font) > w:
                self.text(x, y, line, size, font, color)
                y += step
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size, font, color)
            y += step
        return y

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        color: tuple[float, float, float] | None = BLACK,
        fill: tuple[float, float, float] | None = None,
        width: float = 0.25,
    ) -> None:
        if self.page is not None:
            r = pymupdf.Rect(x0 * 72 / 25.4, y0 * 72 / 25.4, x1 * 72 / 25.4, y1 * 72 / 25.4)
            self.page.draw_rect(r, color=color, fill=fill, width=width * 72 / 25.4)
        else:
            self.draw.rectangle(
                (x0 * PX, y0 * PX, x1 * PX, y1 * PX),
                outline=None if color is None else self._rgb(color),
                fill=None if fill is None else self._rgb(fill),
                width=max(1, round(width * PX)) if color is not None else 0,
            )

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        color: tuple[float, float, float] = BLACK,
        width=0.25,
    ) -> None:
        self.polyline([(x0, y0), (x1, y1)], color, width)

    def polyline(
        self, pts: list[tuple[float, float]], color: tuple[float, float, float] = BLACK, width: float = 0.25
    ) -> None:
        if self.page is not None:
            self.page.draw_polyline(
                [(x * 72 / 25.4, y * 72 / 25.4) for x, y in pts], color=color, width=width * 2.83
            )
        else:
            self.draw.line(
                [(x * PX, y * PX) for x, y in pts], fill=self._rgb(color), width=max(1, round(width * PX))
            )

    def polygon(self, pts: list[tuple[float, float]], fill: tuple[float, float, float]) -> None:
        if self.page is not None:
            self.page.draw_polyline(
                [(x * 72 / 25.4, y * 72 / 25.4) for x, y in pts], color=None, fill=fill, closePath=True
            )
        else:
            self.draw.polygon([(x * PX, y * PX) for x, y in pts], fill=self._rgb(fill))

    def ellipse(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        color: tuple[float, float, float] | None = BLACK,
        fill: tuple[float, float, float] | None = None,
        width: float = 0.3,
    ) -> None:
        if self.page is not None:
            r = pymupdf.Rect(x0 * 72 / 25.4, y0 * 72 / 25.4, x1 * 72 / 25.4, y1 * 72 / 25.4)
            self.page.draw_oval(r, color=color, fill=fill, width=width * 2.83)
        else:
            self.draw.ellipse(
                (x0 * PX, y0 * PX, x1 * PX, y1 * PX),
                outline=None if color is None else self._rgb(color),
                fill=None if fill is None else self._rgb(fill),
                width=max(1, round(width * PX)) if color is not None else 0,
            )


class Doc:
    """A document of one or more pages, rendered as images or as one PDF."""

    def __init__(self, pdf: bool, seed: int) -> None:
        self.pdf = pymupdf.open() if pdf else None
        self.seed = seed
        self.pages: list[Canvas] = []

    def page(self, w: float = 210, h: float = 297) -> Canvas:
        p = None if self.pdf is None else self.pdf.new_page(width=w * 72 / 25.4, height=h * 72 / 25.4)
        c = Canvas(w, h, p, self.seed * 31 + len(self.pages))
        self.pages.append(c)
        return c


# ---------------------------------------------------------------- ornaments


def marianne(c: Canvas, x: float, y: float, lines: list[str], size: float = 7.5) -> float:
    """The State's block: tricolour flag, RÉPUBLIQUE FRANÇAISE, motto, then ``lines`` (bold)."""
    c.rect(x, y, x + 4, y + 5, None, BLUE)
    c.rect(x + 4, y, x + 8, y + 5, LIGHT, WHITE, 0.1)
    c.rect(x + 8, y, x + 12, y + 5, None, RED)
    y += 9
    c.text(x, y, "RÉPUBLIQUE", size + 1, "sansb")
    c.text(x, y + 4, "FRANÇAISE", size + 1, "sansb")
    c.text(x, y + 8, "Liberté", size - 1.5, "sansi")
    c.text(x, y + 11, "Égalité", size - 1.5, "sansi")
    c.text(x, y + 14, "Fraternité", size - 1.5, "sansi")
    y += 21
    for ln in lines:
        c.text(x, y, ln, size, "sansb")
        y += size * 0.45
    return y


def photo(c: Canvas, x0: float, y0: float, x1: float, y1: float, tone: float = 0.5) -> None:
    """An identity photo: plain background, head and shoulders in greys."""
    bg = (0.86, 0.87, 0.9)
    c.rect(x0, y0, x1, y1, GREY, bg, 0.2)
    w, h = x1 - x0, y1 - y0
    skin = (0.35 + tone * 0.4, 0.28 + tone * 0.38, 0.22 + tone * 0.36)
    cloth = (0.2, 0.22, 0.3)
    cx = x0 + w / 2
    yc = y0 + h * 0.97
    arc = [
        (cx + w * 0.44 * float(np.cos(t)), yc + h * 0.26 * float(np.sin(t)))
        for t in np.linspace(np.pi, 2 * np.pi, 24)
    ]
    c.polygon([(cx - w * 0.44, y1), *arc, (cx + w * 0.44, y1)], cloth)
    c.rect(cx - w * 0.1, y0 + h * 0.55, cx + w * 0.1, y0 + h * 0.78, None, skin)
    c.ellipse(cx - w * 0.22, y0 + h * 0.16, cx + w * 0.22, y0 + h * 0.66, None, skin)
    c.ellipse(cx - w * 0.23, y0 + h * 0.12, cx + w * 0.23, y0 + h * 0.34, None, (0.12, 0.1, 0.1))
    c.rect(x0, y0, x1, y1, GREY, None, 0.2)


def stamp(c: Canvas, cx: float, cy: float, r: float, lines: list[str], color=STAMP) -> None:
    """A round rubber stamp with a few centred lines."""
    c.ellipse(cx - r, cy - r, cx + r, cy + r, color, None, 0.5)
    c.ellipse(cx - r + 1.3, cy - r + 1.3, cx + r - 1.3, cy + r - 1.3, color, None, 0.25)
    y = cy - (len(lines) - 1) * 1.9 + 1
    for ln in lines:
        c.text(cx, y, ln, 6, "condb", color, "c")
        y += 3.8


def signature(c: Canvas, x: float, y: float, w: float = 30, color=INK) -> None:
    """A scribbled signature."""
    pts = []
    n = 40
    a = float(c.rng.uniform(1.5, 3.5))
    f1, f2 = float(c.rng.uniform(12, 28)), float(c.rng.uniform(5, 13))
    amp, rise = float(c.rng.uniform(2.5, 5)), float(c.rng.uniform(-2, 5))
    for i in range(n):
        t = i / (n - 1)
        pts.append(
            (
                x + t * w + float(np.sin(t * f1) * 2.2),
                y - float(np.sin(t * f2 + a) * amp) - float(c.rng.normal(0, 0.3)) - t * rise,
            )
        )
    c.polyline(pts, color, 0.45)
    c.line(x + w * 0.1, y + 2, x + w * 0.9, y + 0.5, color, 0.35)


def qr(c: Canvas, x: float, y: float, size: float = 24, n: int = 25) -> None:
    """A QR-code-like matrix with its three finder squares."""
    cell = size / n
    bits = c.rng.integers(0, 2, (n, n))
    for i in range(n):
        for j in range(n):
            if bits[i, j]:
                c.rect(x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell, None, BLACK)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        x0, y0 = x + fx * cell, y + fy * cell
        c.rect(x0, y0, x0 + 7 * cell, y0 + 7 * cell, None, WHITE)
        c.rect(x0 + cell / 2, y0 + cell / 2, x0 + 6.5 * cell, y0 + 6.5 * cell, BLACK, None, cell)
        c.rect(x0 + 2 * cell, y0 + 2 * cell, x0 + 5 * cell, y0 + 5 * cell, None, BLACK)

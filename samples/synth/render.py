"""Vector page drawing (pymupdf) in millimetres, rasterising, and deterministic PDF bytes.

Every document is drawn once as PDF vector pages; a "scan" is that page rasterised at the
wanted dpi, a "text PDF" is the same page saved with its text layer.
"""

# Drawing calls and document factories take their coordinates / printed fields positionally, in the
# order they appear on the page, like the ICAO and 2D-Doc field lists they mirror.
# ruff: noqa: PLR0917

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Sequence

import numpy as np
import pymupdf
from PIL import Image

MM = 72.0 / 25.4
A4 = (210.0, 297.0)
BLACK = (0.0, 0.0, 0.0)
GREY = (0.45, 0.45, 0.45)
LIGHT = (0.85, 0.85, 0.85)
INK = (0.08, 0.16, 0.55)  # ballpoint blue, for hand-filled values
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONT_FILES = {
    "sans": DEJAVU + "DejaVuSans.ttf",
    "sansb": DEJAVU + "DejaVuSans-Bold.ttf",
    "sansi": DEJAVU + "DejaVuSans-Oblique.ttf",
    "sansc": DEJAVU + "DejaVuSansCondensed.ttf",
    "sanscb": DEJAVU + "DejaVuSansCondensed-Bold.ttf",
    "serif": DEJAVU + "DejaVuSerif.ttf",
    "serifb": DEJAVU + "DejaVuSerif-Bold.ttf",
    "serifi": DEJAVU + "DejaVuSerif-Italic.ttf",
    "mono": DEJAVU + "DejaVuSansMono.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
}
FIXED_PDF_DATE = "D:20261101090000+01'00'"

Color = tuple[float, float, float]


@functools.cache
def font(name: str) -> pymupdf.Font:
    """The pymupdf Font object for one of ``FONT_FILES`` (for measuring)."""
    return pymupdf.Font(fontfile=FONT_FILES[name])


def text_width(text: str, size: float, fontname: str = "sans") -> float:
    """Width of ``text`` in mm at ``size`` points."""
    return float(font(fontname).text_length(text, fontsize=size)) / MM


def wrap(text: str, width_mm: float, size: float, fontname: str = "sans") -> list[str]:
    """Greedy word wrap of one paragraph into lines no wider than ``width_mm``."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, size, fontname) > width_mm:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


class Sheet:
    """One PDF page with drawing helpers in millimetres (origin top-left, y = baseline)."""

    def __init__(self, doc: pymupdf.Document, size: tuple[float, float] = A4) -> None:
        self.page = doc.new_page(width=size[0] * MM, height=size[1] * MM)
        self.width, self.height = size
        self._fonts: set[str] = set()

    def _font(self, name: str) -> str:
        if name not in self._fonts:
            self.page.insert_font(fontname=name, fontfile=FONT_FILES[name])
            self._fonts.add(name)
        return name

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10,
        fontname: str = "sans",
        color: Color = BLACK,
        align: str = "left",
        scale_x: float = 1.0,
    ) -> float:
        """Write one line with its baseline at ``y``; return its width in mm."""
        w = text_width(text, size, fontname) * scale_x
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        point = pymupdf.Point(x * MM, y * MM)
        morph = None
        if scale_x != 1.0:
            morph = (point, pymupdf.Matrix(scale_x, 1.0))
        self.page.insert_text(
            point, text, fontsize=size, fontname=self._font(fontname), color=color, morph=morph
        )
        return w

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 10,
        fontname: str = "sans",
        leading: float = 1.35,
        color: Color = BLACK,
    ) -> float:
        """A wrapped paragraph from baseline ``y``; return the y just below it."""
        step = size * leading / MM
        for line in wrap(text, width, size, fontname):
            self.text(x, y, line, size, fontname, color)
            y += step
        return y + step * 0.35

    def lines(
        self,
        x: float,
        y: float,
        lines: Iterable[str],
        size: float = 10,
        fontname: str = "sans",
        leading: float = 1.3,
        color: Color = BLACK,
        align: str = "left",
    ) -> float:
        """Several unwrapped lines; return the y below them."""
        step = size * leading / MM
        for line in lines:
            self.text(x, y, line, size, fontname, color, align)
            y += step
        return y

    def label_value(
        self,
        x: float,
        y: float,
        label: str,
        value: str,
        size: float = 10,
        label_font: str = "sans",
        value_font: str = "sansb",
        gap: float = 2.0,
        color: Color = BLACK,
    ) -> float:
        """``Label : value`` on one line; return the x after the value."""
        w = self.text(x, y, label, size, label_font, GREY if label_font == "sans" else BLACK)
        w2 = self.text(x + w + gap, y, value, size, value_font, color)
        return x + w + gap + w2

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        width: float = 0.3,
        radius: float | None = None,
    ) -> None:
        """A rectangle (top-left x, y; size w, h in mm), optionally rounded."""
        r = pymupdf.Rect(x * MM, y * MM, (x + w) * MM, (y + h) * MM)
        rad = None if radius is None else min(0.5, radius / min(w, h))
        self.page.draw_rect(r, color=stroke, fill=fill, width=width * MM, radius=rad)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, color: Color = BLACK, width: float = 0.3
    ) -> None:
        """A straight line."""
        self.page.draw_line((x1 * MM, y1 * MM), (x2 * MM, y2 * MM), color=color, width=width * MM)

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        width: float = 0.3,
    ) -> None:
        """A circle centred on (cx, cy)."""
        self.page.draw_circle((cx * MM, cy * MM), r * MM, color=stroke, fill=fill, width=width * MM)

    def poly(
        self,
        points: Sequence[tuple[float, float]],
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        width: float = 0.3,
        closed: bool = True,
    ) -> None:
        """A polygon or polyline through ``points`` (mm)."""
        pts = [pymupdf.Point(px * MM, py * MM) for px, py in points]
        if closed:
            pts.append(pts[0])
        self.page.draw_polyline(pts, color=stroke, fill=fill, width=width * MM, closePath=closed)

    def image(self, x: float, y: float, w: float, h: float, picture: Image.Image) -> None:
        """Place a PIL image (PNG-encoded, lossless) in the box."""
        buf = io.BytesIO()
        picture.save(buf, format="PNG")
        r = pymupdf.Rect(x * MM, y * MM, (x + w) * MM, (y + h) * MM)
        self.page.insert_image(r, stream=buf.getvalue(), keep_proportion=False)

    def signature(self, x: float, y: float, w: float, h: float, seed: int, color: Color = INK) -> None:
        """A hand-written-looking squiggle inside the box, repeatable for a seed."""
        rng = np.random.default_rng(seed)
        shape = self.page.new_shape()
        n = 5
        px = np.linspace(x, x + w, n + 1)
        py = y + h * (0.25 + 0.5 * rng.random(n + 1))
        for i in range(n):
            c1 = (px[i] + w * 0.08, y + h * rng.random())
            c2 = (px[i + 1] - w * 0.12, y + h * rng.random())
            shape.draw_bezier(
                (px[i] * MM, py[i] * MM),
                (c1[0] * MM, c1[1] * MM),
                (c2[0] * MM, c2[1] * MM),
                (px[i + 1] * MM, py[i + 1] * MM),
            )
        shape.draw_line(((x + w * 0.1) * MM, (y + h * 0.95) * MM), ((x + w * 0.9) * MM, (y + h * 0.85) * MM))
        shape.finish(color=color, width=0.45 * MM, closePath=False)
        shape.commit()

    def stamp(
        self, cx: float, cy: float, r: float, lines: Sequence[str], color: Color = (0.2, 0.3, 0.6)
    ) -> None:
        """A round rubber stamp with a few short centred lines."""
        self.circle(cx, cy, r, stroke=color, width=0.6)
        self.circle(cx, cy, r - 1.6, stroke=color, width=0.3)
        size = 6.5
        step = size * 1.2 / MM
        y = cy - step * (len(lines) - 1) / 2 + size / MM / 3
        for line in lines:
            self.text(cx, y, line, size, "sanscb", color, align="center")
            y += step

    def photo(self, x: float, y: float, w: float, h: float, tone: float = 0.78) -> None:
        """An identity-photo placeholder: grey background, head and shoulders."""
        self.rect(x, y, w, h, stroke=GREY, fill=(tone, tone, tone), width=0.2)
        dark = (tone - 0.35, tone - 0.35, tone - 0.33)
        r = pymupdf.Rect((x + w * 0.3) * MM, (y + h * 0.16) * MM, (x + w * 0.7) * MM, (y + h * 0.6) * MM)
        self.page.draw_oval(r, color=None, fill=dark)
        shoulders = [
            (x + w * 0.08, y + h),
            (x + w * 0.14, y + h * 0.8),
            (x + w * 0.34, y + h * 0.66),
            (x + w * 0.66, y + h * 0.66),
            (x + w * 0.86, y + h * 0.8),
            (x + w * 0.92, y + h),
        ]
        self.poly(shoulders, stroke=None, fill=dark)

    def guilloche(self, x: float, y: float, w: float, h: float, color: Color, seed: int, n: int = 9) -> None:
        """Faint security-print waves across a card."""
        rng = np.random.default_rng(seed)
        xs = np.linspace(x, x + w, 90)
        for i in range(n):
            phase = rng.random() * 6.28
            amp = h * (0.03 + 0.05 * rng.random())
            base = y + h * (i + 0.5) / n
            ys = base + amp * np.sin(xs / w * 6.28 * (2 + i % 3) + phase)
            self.poly(
                list(zip(xs.tolist(), ys.tolist(), strict=True)), stroke=color, width=0.12, closed=False
            )

    def logo(self, x: float, y: float, size: float, style: int, color: Color, initials: str = "") -> None:
        """A simple shape logo (style 0-3) with optional initials."""
        s = size
        if style == 0:
            self.circle(x + s / 2, y + s / 2, s / 2, stroke=None, fill=color)
        elif style == 1:
            self.poly([(x, y + s), (x + s / 2, y), (x + s, y + s)], stroke=None, fill=color)
        elif style == 2:
            self.rect(x, y, s, s, stroke=None, fill=color, radius=s * 0.2)
        else:
            self.poly(
                [(x, y + s * 0.5), (x + s * 0.5, y), (x + s, y + s * 0.5), (x + s * 0.5, y + s)],
                stroke=None,
                fill=color,
            )
        if initials:
            self.text(x + s / 2, y + s * 0.64, initials, s * MM * 0.36, "sansb", (1, 1, 1), align="center")

    def boxes(
        self, x: float, y: float, chars: str, cell: float = 5.0, size: float = 11, color: Color = INK
    ) -> float:
        """A comb of cells (cerfa style) filled one character per cell; return the x after it."""
        for i, ch in enumerate(chars):
            self.rect(x + i * cell, y - cell * 0.8, cell, cell, stroke=GREY, width=0.2)
            if ch.strip():
                self.text(x + i * cell + cell / 2, y, ch, size, "sans", color, align="center")
        return x + len(chars) * cell

    def checkbox(self, x: float, y: float, label: str, checked: bool, size: float = 10) -> None:
        """A small square with an X when ``checked`` and a label to its right."""
        self.rect(x, y - 3.2, 3.6, 3.6, stroke=BLACK, width=0.25)
        if checked:
            self.line(x + 0.5, y - 2.7, x + 3.1, y - 0.1, INK, 0.5)
            self.line(x + 3.1, y - 2.7, x + 0.5, y - 0.1, INK, 0.5)
        self.text(x + 5.5, y, label, size)


def rasterize(doc: pymupdf.Document, dpi: int = 200) -> list[Image.Image]:
    """Render every page to an RGB PIL image at ``dpi``."""
    images = []
    for number in range(doc.page_count):
        page = doc[number]
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB, alpha=False)
        images.append(Image.frombytes("RGB", (pix.width, pix.height), pix.samples))
    return images


def pdf_bytes(doc: pymupdf.Document, title: str, author: str = "", producer: str = "") -> bytes:
    """Save with fixed metadata and subset fonts: the same bytes on every run."""
    doc.set_metadata(
        {
            "title": title,
            "author": author,
            "subject": "",
            "keywords": "",
            "creator": producer or "synth",
            "producer": producer or "synth",
            "creationDate": FIXED_PDF_DATE,
            "modDate": FIXED_PDF_DATE,
        }
    )
    doc.subset_fonts()
    return bytes(doc.tobytes(garbage=4, deflate=True, clean=True, use_objstms=True, no_new_id=True))

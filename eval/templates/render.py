"""Drawing helpers shared by the templates: a page that records what it draws.

A ``Page`` draws on a PIL image (200 dpi by default) and also keeps a list of vector
operations, so the same page can be written as a text-layer PDF with pymupdf
(``text_pdf_bytes``). Text positions are baselines (PIL anchor "ls").
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

DV = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": DV + "DejaVuSans.ttf",
    "sans-b": DV + "DejaVuSans-Bold.ttf",
    "sans-i": DV + "DejaVuSans-Oblique.ttf",
    "sans-bi": DV + "DejaVuSans-BoldOblique.ttf",
    "light": DV + "DejaVuSans-ExtraLight.ttf",
    "cond": DV + "DejaVuSansCondensed.ttf",
    "cond-b": DV + "DejaVuSansCondensed-Bold.ttf",
    "cond-i": DV + "DejaVuSansCondensed-Oblique.ttf",
    "serif": DV + "DejaVuSerif.ttf",
    "serif-b": DV + "DejaVuSerif-Bold.ttf",
    "serif-i": DV + "DejaVuSerif-Italic.ttf",
    "serif-bi": DV + "DejaVuSerif-BoldItalic.ttf",
    "scond": DV + "DejaVuSerifCondensed.ttf",
    "scond-b": DV + "DejaVuSerifCondensed-Bold.ttf",
    "scond-i": DV + "DejaVuSerifCondensed-Italic.ttf",
    "mono": DV + "DejaVuSansMono.ttf",
    "mono-b": DV + "DejaVuSansMono-Bold.ttf",
    "ocrb": "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    # Noto Sans Thai (SIL OFL 1.1, see fonts/OFL-NotoSansThai.txt), kept in the repository
    "thai": str(Path(__file__).resolve().parent / "fonts" / "NotoSansThai.ttf"),
}
A4 = (1654, 2339)  # 210 x 297 mm at 200 dpi
BLACK = (0, 0, 0)
GREY = (110, 110, 110)


@lru_cache(maxsize=512)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[name], size)


def mm(v: float, dpi: int = 200) -> int:
    return round(v * dpi / 25.4)


class Page:
    def __init__(self, size: tuple[int, int] = A4, bg=(255, 255, 255), dpi: int = 200):
        self.size = size
        self.dpi = dpi
        self.bg = bg
        self.img = Image.new("RGB", size, bg)
        self.d = ImageDraw.Draw(self.img)
        self.ops: list[tuple] = []
        self.vector = True  # False once something not replayable is drawn (then PDFs embed the image)

    @property
    def w(self) -> int:
        return self.size[0]

    @property
    def h(self) -> int:
        return self.size[1]

    # ---- primitives -------------------------------------------------------------------
    def width(self, s: str, size: int, f: str = "sans") -> float:
        return font(f, size).getlength(s)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: int = 26,
        f: str = "sans",
        color=BLACK,
        align: str = "l",
        spacing: float = 0.0,
    ) -> float:
        """Text with its baseline at y; align l/c/r relative to x. Returns the right edge."""
        if not s:
            return x
        fo = font(f, size)
        if spacing:
            widths = [fo.getlength(c) + spacing for c in s]
            total = sum(widths) - spacing
        else:
            total = fo.getlength(s)
        if align == "c":
            x -= total / 2
        elif align == "r":
            x -= total
        if spacing:
            cx = x
            for c, wd in zip(s, widths):
                self.d.text((cx, y), c, font=fo, fill=color, anchor="ls")
                self.ops.append(("text", cx, y, c, f, size, color))
                cx += wd
        else:
            self.d.text((x, y), s, font=fo, fill=color, anchor="ls")
            self.ops.append(("text", x, y, s, f, size, color))
        return x + total

    def rect(self, box, outline=BLACK, fill=None, width: int = 2) -> None:
        x0, y0, x1, y1 = box
        self.d.rectangle((x0, y0, x1, y1), outline=outline, fill=fill, width=width if outline else 0)
        self.ops.append(("rect", x0, y0, x1, y1, outline, fill, width))

    def line(self, x0, y0, x1, y1, color=BLACK, width: int = 2) -> None:
        self.d.line((x0, y0, x1, y1), fill=color, width=width)
        self.ops.append(("line", x0, y0, x1, y1, color, width))

    def ellipse(self, box, outline=BLACK, fill=None, width: int = 2) -> None:
        self.d.ellipse(box, outline=outline, fill=fill, width=width if outline else 0)
        self.ops.append(("oval", *box, outline, fill, width))

    def poly(self, pts, fill=None, outline=None) -> None:
        self.d.polygon(pts, fill=fill, outline=outline)
        self.ops.append(("poly", tuple(pts), fill, outline))

    # ---- composites -------------------------------------------------------------------
    def wrap(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: int = 26,
        f: str = "sans",
        color=BLACK,
        leading: float = 1.45,
    ) -> float:
        """Wrapped paragraph starting with baseline y; returns the baseline after the last line."""
        fo = font(f, size)
        line = ""
        for word in s.split():
            cand = (line + " " + word).strip()
            if fo.getlength(cand) > width and line:
                self.text(x, y, line, size, f, color)
                y += size * leading
                line = word
            else:
                line = cand
        if line:
            self.text(x, y, line, size, f, color)
            y += size * leading
        return y

    def lines(
        self,
        x: float,
        y: float,
        rows: list[str],
        size: int = 26,
        f: str = "sans",
        color=BLACK,
        leading: float = 1.45,
        align: str = "l",
    ) -> float:
        for r in rows:
            self.text(x, y, r, size, f, color, align=align)
            y += size * leading
        return y

    def label_value(
        self, x, y, label, value, size=26, lf="sans", vf="sans-b", gap=12, color=BLACK, lcolor=None
    ) -> float:
        e = self.text(x, y, label, size, lf, lcolor or color)
        return self.text(e + gap, y, value, size, vf, color)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: int = 22,
        f: str = "sans",
        hf: str = "sans-b",
        head_fill=(225, 225, 225),
        row_h: float | None = None,
        border=BLACK,
        aligns: str | None = None,
        grid: bool = True,
        zebra=None,
    ) -> float:
        """A table; first row is the header. Returns y below the table."""
        rh = row_h or size * 1.9
        tot = sum(widths)
        for i, row in enumerate(rows):
            top = y + i * rh
            fill = head_fill if i == 0 else (zebra if zebra and i % 2 == 0 else None)
            if fill:
                self.rect((x, top, x + tot, top + rh), outline=None, fill=fill)
            cx = x
            for j, cell in enumerate(row):
                a = (aligns or "l" * len(widths))[j]
                tx = cx + 8 if a == "l" else (cx + widths[j] - 8 if a == "r" else cx + widths[j] / 2)
                self.text(tx, top + rh * 0.68, cell, size, hf if i == 0 else f, align=a)
                cx += widths[j]
            if grid:
                self.line(x, top, x + tot, top, border, 1)
        bottom = y + len(rows) * rh
        if grid:
            self.line(x, bottom, x + tot, bottom, border, 1)
            cx = x
            for wd in [0, *widths]:
                cx += wd
                self.line(cx, y, cx, bottom, border, 1)
        return bottom

    def boxes(
        self,
        x: float,
        y: float,
        s: str,
        n: int,
        cell: float = 34,
        size: int = 24,
        f: str = "mono",
        color=BLACK,
    ) -> float:
        """Comb boxes as on cerfa forms, one character each."""
        for i in range(n):
            self.rect((x + i * cell, y, x + (i + 1) * cell, y + cell * 1.15), outline=color, width=1)
            if i < len(s):
                self.text(x + i * cell + cell / 2, y + cell * 0.9, s[i], size, f, align="c")
        return x + n * cell

    def photo(self, box, tint=(200, 200, 205)) -> None:
        """An identity photo placeholder: background, head and shoulders."""
        x0, y0, x1, y1 = box
        self.rect(box, outline=(90, 90, 90), fill=tint, width=1)
        w, h = x1 - x0, y1 - y0
        cx = x0 + w / 2
        top = y0 + h * 0.62
        pts = [
            (cx + w * 0.42 * math.cos(math.pi * k / 24), y1 - (y1 - top) * math.sin(math.pi * k / 24))
            for k in range(25)
        ]
        self.poly(pts, fill=(70, 70, 80))
        self.ellipse(
            (cx - w * 0.22, y0 + h * 0.16, cx + w * 0.22, y0 + h * 0.62), outline=None, fill=(120, 105, 95)
        )
        self.rect((x0, y0, x1, y1), outline=(90, 90, 90), width=1)

    def stamp(
        self,
        cx: float,
        cy: float,
        r: float,
        ring: str,
        middle: list[str],
        color=(40, 60, 170),
        size: int = 20,
    ) -> None:
        """A round rubber stamp: two rings, text around the ring, lines in the middle."""
        self.vector = False
        st = Image.new("RGBA", self.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(st)
        c = (*color, 190)
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=c, width=5)
        d.ellipse((cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72), outline=c, width=3)
        fo = font("sans-b", size)
        n = max(len(ring), 1)
        for i, ch in enumerate(ring):
            ang = -math.pi * 0.95 + (1.9 * math.pi) * i / n
            px, py = cx + r * 0.86 * math.cos(ang), cy + r * 0.86 * math.sin(ang)
            tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((size, size), ch, font=fo, fill=c, anchor="mm")
            tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
            st.alpha_composite(tile, (int(px - size), int(py - size)))
        yy = cy - (len(middle) - 1) * size * 0.6
        for m in middle:
            d.text((cx, yy), m, font=font("sans-b", int(size * 0.9)), fill=c, anchor="mm")
            yy += size * 1.2
        self.img.paste(st, (0, 0), st)

    def signature(self, x: float, y: float, w: float = 260, color=(20, 30, 110), seed: int = 1) -> None:
        """A scribbled signature (a smooth random curve)."""
        pts = []
        for i in range(60):
            t = i / 59
            pts.append(
                (
                    x + w * t + 18 * math.sin(t * 19 + seed),
                    y - 30 * math.sin(t * 7 + seed * 0.7) * math.cos(t * 3 + seed) - 10 * math.sin(t * 23),
                )
            )
        self.d.line(pts, fill=color, width=3, joint="curve")
        self.ops.append(("polyline", tuple(pts), color, 3))

    def handwriting(
        self, x: float, y: float, s: str, size: int = 30, color=(25, 35, 120), seed: int = 0
    ) -> float:
        """Hand-filled text: italic, slightly wobbling baseline, blue ink."""
        cx = x
        for i, word in enumerate(s.split(" ")):
            dy = 3 * math.sin(seed + i * 1.7)
            cx = (
                self.text(cx, y + dy, word, size, "sans-i" if (seed + i) % 3 else "serif-i", color)
                + size * 0.33
            )
        return cx

    def background(self, kind: str, color=(235, 240, 250), step: int = 24) -> None:
        """Security-paper style backgrounds: guilloche waves, diagonal lines or dots."""
        self.vector = False
        if kind == "waves":
            for k in range(0, self.h, step):
                pts = [(x, k + 10 * math.sin(x / 45 + k / 70)) for x in range(0, self.w + 20, 20)]
                self.d.line(pts, fill=color, width=2)
        elif kind == "diag":
            for k in range(-self.h, self.w, step):
                self.d.line((k, 0, k + self.h, self.h), fill=color, width=2)
        elif kind == "dots":
            for yy in range(0, self.h, step):
                for xx in range((yy // step) % 2 * step // 2, self.w, step):
                    self.d.ellipse((xx, yy, xx + 4, yy + 4), fill=color)
        elif kind == "rosette":
            cx, cy = self.w / 2, self.h / 2
            for k in range(0, 360, 4):
                a = math.radians(k)
                pts = [
                    (cx + (r * 1.0) * math.cos(a + r / 90), cy + r * math.sin(a + r / 90))
                    for r in range(0, int(max(self.w, self.h) * 0.7), 12)
                ]
                self.d.line(pts, fill=color, width=1)

    def paste(self, im: Image.Image, xy: tuple[int, int]) -> None:
        self.vector = False
        self.img.paste(im, xy)

    def finish(self) -> Image.Image:
        im = self.img.copy()
        im.info["dpi"] = (self.dpi, self.dpi)
        return im


# ---- logos drawn as shapes ----------------------------------------------------------------
def logo(p: Page, kind: str, x: float, y: float, s: float, color, color2=(255, 255, 255)) -> None:
    if kind == "circle":
        p.ellipse((x, y, x + s, y + s), outline=None, fill=color)
        p.ellipse((x + s * 0.25, y + s * 0.25, x + s * 0.75, y + s * 0.75), outline=None, fill=color2)
    elif kind == "square":
        p.rect((x, y, x + s, y + s), outline=None, fill=color)
        p.rect((x + s * 0.3, y + s * 0.3, x + s * 0.7, y + s * 0.7), outline=None, fill=color2)
    elif kind == "house":
        p.poly([(x, y + s * 0.45), (x + s / 2, y), (x + s, y + s * 0.45)], fill=color)
        p.rect((x + s * 0.15, y + s * 0.45, x + s * 0.85, y + s), outline=None, fill=color)
        p.rect((x + s * 0.42, y + s * 0.65, x + s * 0.58, y + s), outline=None, fill=color2)
    elif kind == "bolt":
        p.ellipse((x, y, x + s, y + s), outline=None, fill=color)
        p.poly(
            [
                (x + s * 0.55, y + s * 0.1),
                (x + s * 0.3, y + s * 0.55),
                (x + s * 0.5, y + s * 0.55),
                (x + s * 0.42, y + s * 0.9),
                (x + s * 0.72, y + s * 0.42),
                (x + s * 0.52, y + s * 0.42),
            ],
            fill=color2,
        )
    elif kind == "drop":
        p.poly([(x + s / 2, y), (x + s * 0.85, y + s * 0.6), (x + s * 0.15, y + s * 0.6)], fill=color)
        p.ellipse((x + s * 0.15, y + s * 0.3, x + s * 0.85, y + s), outline=None, fill=color)
    elif kind == "wave":
        for i in range(3):
            p.rect(
                (x, y + i * s / 3, x + s, y + i * s / 3 + s / 5),
                outline=None,
                fill=color if i != 1 else color2,
            )
        p.rect((x, y, x + s, y + s), outline=color, width=3)
    elif kind == "tri":
        p.poly([(x, y + s), (x + s / 2, y), (x + s, y + s)], fill=color)
        p.poly([(x + s * 0.3, y + s), (x + s / 2, y + s * 0.55), (x + s * 0.7, y + s)], fill=color2)
    elif kind == "marianne":
        p.rect((x, y, x + s * 0.33, y + s * 0.6), outline=None, fill=(0, 35, 149))
        p.rect((x + s * 0.33, y, x + s * 0.66, y + s * 0.6), outline=None, fill=(235, 235, 235))
        p.rect((x + s * 0.66, y, x + s, y + s * 0.6), outline=None, fill=(237, 41, 57))
    elif kind == "flag3":  # three horizontal bands, color / color2 / color
        for i, c in enumerate((color, color2, color)):
            p.rect((x, y + i * s * 0.2, x + s, y + (i + 1) * s * 0.2), outline=None, fill=c)

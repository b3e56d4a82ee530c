"""Small drawing and wording helpers shared by the blind2 layouts (n_*.py)."""

from __future__ import annotations

import math

from codes import MOIS, dmy, last_day
from PIL import Image, ImageDraw
from render import Page, font

INK = (25, 35, 120)


def eur(x: float, sym: str = " €") -> str:
    """1 234,56 €"""
    s = "%.2f" % x
    whole, dec = s.split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return " ".join(groups) + "," + dec + sym


def month_year(ym: str, cap: bool = False) -> str:
    m = MOIS[int(ym[5:7]) - 1]
    return "%s %s" % (m.capitalize() if cap else m, ym[:4])


def period(ym: str, sep: str = "/") -> tuple[str, str]:
    """First and last day of a month as dd/mm/yyyy."""
    return dmy(ym + "-01", sep), dmy("%s-%02d" % (ym, last_day(ym)), sep)


def title_of(sex: str, short: bool = True) -> str:
    if short:
        return "Mme" if sex == "F" else "M."
    return "Madame" if sex == "F" else "Monsieur"


def split_full(full: str) -> tuple[str, str]:
    """'Given Names SURNAME PART' -> (given, SURNAME) using the upper-case words at the end."""
    words = full.split()
    i = len(words)
    while i > 1 and words[i - 1].upper() == words[i - 1] and any(c.isalpha() for c in words[i - 1]):
        i -= 1
    return " ".join(words[:i]), " ".join(words[i:])


def surname_first(full: str) -> str:
    g, s = split_full(full)
    return "%s %s" % (s, g)


def hand(
    p: Page, x: float, y: float, s: str, size: int = 34, color=INK, seed: int = 0, f: str = "serif-i"
) -> float:
    """Handwriting-like text: every letter slightly rotated and shifted (raster), invisible text kept."""
    p.vector = False
    fo = font(f, size)
    layer = Image.new("RGBA", p.size, (0, 0, 0, 0))
    cx = x
    for i, ch in enumerate(s):
        wob = math.sin(seed * 1.3 + i * 0.9)
        ang = 6 * math.sin(seed + i * 2.1)
        adv = fo.getlength(ch) * (0.96 + 0.05 * wob)
        if ch != " ":
            tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((size * 0.5, size * 1.3), ch, font=fo, fill=(*color, 235), anchor="ls")
            tile = tile.rotate(ang, resample=Image.Resampling.BICUBIC, center=(size * 0.5, size * 1.3))
            layer.alpha_composite(tile, (int(cx - size * 0.5), int(y - size * 1.3 + 2.5 * wob)))
        cx += adv
    p.img.paste(layer, (0, 0), layer)
    p.ops.append(("text", x, y, s, f, size, color))
    return cx


def box_stamp(
    p: Page, x: float, y: float, lines: list[str], color=(160, 30, 40), size: int = 24, angle: float = -8
) -> None:
    """A rectangular rubber stamp, slightly rotated and patchy."""
    p.vector = False
    fo = font("sans-b", size)
    w = int(max(fo.getlength(s) for s in lines) + size * 1.6)
    h = int(len(lines) * size * 1.35 + size * 1.0)
    tile = Image.new("RGBA", (w + 20, h + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    c = (*color, 200)
    d.rectangle((10, 10, w + 10, h + 10), outline=c, width=4)
    d.rectangle((17, 17, w + 3, h + 3), outline=c, width=1)
    yy = 10 + size * 1.25
    for s in lines:
        d.text((10 + w / 2, yy), s, font=fo, fill=c, anchor="ms")
        yy += size * 1.35
    for k in range(0, w, 7):  # worn ink
        d.line((k, (k * 37) % (h + 20), k + 3, (k * 37) % (h + 20) + 2), fill=(0, 0, 0, 0), width=2)
    tile = tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    p.img.paste(tile, (int(x), int(y)), tile)
    yy = y + size * 1.6
    for s in lines:
        p.ops.append(("text", x + 20, yy, s, "sans-b", size, color))
        yy += size * 1.35


def diagonal(p: Page, s: str, size: int = 120, color=(235, 235, 235), angle: float = 35) -> None:
    """A faint diagonal watermark across the page."""
    p.vector = False
    fo = font("sans-b", size)
    w = int(fo.getlength(s)) + 40
    tile = Image.new("RGBA", (w, size * 2), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((20, size * 1.4), s, font=fo, fill=(*color, 255), anchor="ls")
    tile = tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    base = Image.new("RGB", p.size, p.bg)
    base.paste(tile, ((p.w - tile.width) // 2, (p.h - tile.height) // 2), tile)
    # the watermark goes under everything drawn so far: blend by darkest pixel
    from PIL import ImageChops

    p.img = ImageChops.darker(p.img, base)
    p.d = ImageDraw.Draw(p.img)


def footer(p: Page, left: str, page: int, pages: int, size: int = 17, y: float | None = None) -> None:
    yy = y or p.h - 70
    p.line(90, yy - 30, p.w - 90, yy - 30, (150, 150, 150), 1)
    p.text(90, yy, left, size, "sans", (90, 90, 90))
    p.text(p.w - 90, yy, "Page %d/%d" % (page, pages), size, "sans", (90, 90, 90), align="r")


def dotted(p: Page, x0: float, x1: float, y: float, color=(120, 120, 120)) -> None:
    for x in range(int(x0), int(x1), 9):
        p.line(x, y, x + 3, y, color, 1)

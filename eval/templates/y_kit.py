"""blind4: shared drawing helpers (stamps, QR-like codes, ruled paper, amounts, MRZ, headers)."""

from __future__ import annotations

import math

import numpy as np
from codes import dmy
from PIL import Image, ImageDraw
from render import GREY, Page, font

INK = (25, 35, 120)


def rng_of(d: dict, k: int = 0) -> np.random.Generator:
    return np.random.default_rng(int(d.get("seed", 0)) * 7 + k)


def eur(v: float) -> str:
    s = "%.2f" % v
    ent, dec = s.split(".")
    grp = ""
    while len(ent) > 3:
        grp = "\u202f" + ent[-3:] + grp
        ent = ent[:-3]
    return (ent + grp).replace("\u202f", " ") + "," + dec + " €"


def title(per) -> str:
    return "Madame" if per.sex == "F" else "Monsieur"


def born_word(per) -> str:
    return "née" if per.sex == "F" else "né"


def rect_stamp(p: Page, x: float, y: float, lines: list[str], color=(150, 30, 40), size: int = 22, angle=-4):
    """A rectangular rubber stamp, slightly rotated, semi-transparent."""
    p.vector = False
    fo = font("sans-b", size)
    w = int(max(fo.getlength(s) for s in lines) + 40)
    h = int(len(lines) * size * 1.35 + 30)
    tile = Image.new("RGBA", (w + 10, h + 10), (0, 0, 0, 0))
    dr = ImageDraw.Draw(tile)
    c = (*color, 185)
    dr.rectangle((4, 4, w, h), outline=c, width=4)
    dr.rectangle((10, 10, w - 6, h - 6), outline=c, width=1)
    yy = 18 + size
    for s in lines:
        dr.text((w / 2 + 2, yy), s, font=fo, fill=c, anchor="ms")
        yy += size * 1.35
    tile = tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    p.img.paste(tile, (int(x), int(y)), tile)
    for i, s in enumerate(lines):  # the text layer keeps the words (invisible when rasterised)
        p.ops.append(("text", x + 20, y + 18 + size + i * size * 1.35, s, "sans-b", size, color))


def qr(p: Page, x: float, y: float, s: float, seed: int) -> None:
    """A QR-like square code (decorative, not decodable)."""
    r = np.random.default_rng(seed)
    n = 25
    c = s / n
    p.rect((x, y, x + s, y + s), outline=None, fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            if r.random() < 0.48:
                p.rect((x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c), outline=None, fill=(0, 0, 0))
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        p.rect((x + ox * c, y + oy * c, x + (ox + 7) * c, y + (oy + 7) * c), outline=None, fill=(0, 0, 0))
        p.rect(
            (x + (ox + 1) * c, y + (oy + 1) * c, x + (ox + 6) * c, y + (oy + 6) * c),
            outline=None,
            fill=(255, 255, 255),
        )
        p.rect(
            (x + (ox + 2) * c, y + (oy + 2) * c, x + (ox + 5) * c, y + (oy + 5) * c),
            outline=None,
            fill=(0, 0, 0),
        )


def barcode(p: Page, x: float, y: float, w: float, h: float, seed: int) -> None:
    r = np.random.default_rng(seed)
    cx = x
    while cx < x + w:
        bw = int(r.integers(1, 4)) * 2
        if r.random() < 0.55:
            p.rect((cx, y, cx + bw, y + h), outline=None, fill=(0, 0, 0))
        cx += bw


def ruled(p: Page, top: int = 220, step: int = 62, color=(170, 195, 225), margin: int | None = 190) -> None:
    """Ruled paper (pad of a receipt book or letter pad)."""
    for yy in range(top, p.h - 80, step):
        p.line(0, yy, p.w, yy, color, 1)
    if margin:
        p.line(margin, 0, margin, p.h, (230, 150, 150), 2)


def mrz(p: Page, x: float, y: float, lines: list[str], size: int = 40, leading: float = 1.35) -> float:
    for ln in lines:
        p.text(x, y, ln, size, "ocrb")
        y += size * leading
    return y


def marianne_block(p: Page, x: float, y: float, lines: list[str], s: float = 70) -> float:
    """The French administration block: tricolour mark, RÉPUBLIQUE FRANÇAISE, motto, body name."""
    p.rect((x, y, x + s * 0.34, y + s * 0.5), outline=None, fill=(0, 35, 149))
    p.rect((x + s * 0.34, y, x + s * 0.66, y + s * 0.5), outline=None, fill=(240, 240, 240))
    p.rect((x + s * 0.66, y, x + s, y + s * 0.5), outline=None, fill=(225, 0, 15))
    yy = y + s * 0.5 + 30
    p.text(x, yy, "RÉPUBLIQUE", 24, "sans-b")
    p.text(x, yy + 28, "FRANÇAISE", 24, "sans-b")
    p.text(x, yy + 54, "Liberté", 17, "serif-i")
    p.text(x, yy + 74, "Égalité", 17, "serif-i")
    p.text(x, yy + 94, "Fraternité", 17, "serif-i")
    yy += 135
    for ln in lines:
        p.text(x, yy, ln, 21, "sans-b")
        yy += 26
    return yy


def footer(p: Page, s: str, size: int = 15) -> None:
    p.line(80, p.h - 110, p.w - 80, p.h - 110, GREY, 1)
    p.wrap(80, p.h - 80, p.w - 160, s, size, "sans", GREY, 1.3)


def hand_lines(p: Page, x: float, y: float, rows: list[str], size: int = 32, step: float = 62, seed: int = 0):
    for i, r in enumerate(rows):
        p.handwriting(x, y + i * step, r, size, seed=seed + i)
    return y + len(rows) * step


def hand_wrap(p: Page, x: float, y: float, width: float, s: str, size=32, step=62, seed=0) -> float:
    fo = font("sans-i", size)
    line, rows = "", []
    for w in s.split():
        cand = (line + " " + w).strip()
        if fo.getlength(cand) * 1.05 > width and line:
            rows.append(line)
            line = w
        else:
            line = cand
    if line:
        rows.append(line)
    return hand_lines(p, x, y, rows, size, step, seed)


def dotted_field(
    p: Page, x: float, y: float, label: str, value: str, end: float, size=24, hand=False, seed=0
):
    """A printed label followed by a dotted line, the value typed or hand-written on it."""
    e = p.text(x, y, label, size, "sans")
    xx = e + 8
    while xx < end:
        p.text(xx, y, ".", size, "sans", GREY)
        xx += size * 0.45
    if hand:
        p.handwriting(e + 16, y - 4, value, int(size * 1.2), seed=seed)
    else:
        p.text(e + 16, y - 3, value, size, "mono-b")


def guilloche(p: Page, box, color=(215, 228, 215), n: int = 14) -> None:
    p.vector = False
    x0, y0, x1, y1 = box
    for k in range(n):
        pts = [
            (xx, y0 + (y1 - y0) * (k + 0.5) / n + 9 * math.sin(xx / 23 + k) + 5 * math.cos(xx / 7 + k * 2))
            for xx in range(int(x0), int(x1), 6)
        ]
        p.d.line(pts, fill=color, width=1)


def d(iso: str) -> str:
    return dmy(iso)


def mrz_fit(p: Page, x: float, y_bottom: float, w: float, lines: list[str], leading: float = 1.3) -> None:
    """MRZ lines sized to fill width w, the last baseline at y_bottom."""
    size = int(40 * w / font("ocrb", 40).getlength(lines[0]))
    y = y_bottom - (len(lines) - 1) * size * leading
    mrz(p, x, y, lines, size, leading)

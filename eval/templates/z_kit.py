"""blind3: shared drawing helpers (stamps, codes, paper, hand-writing, amounts, small print)."""

from __future__ import annotations

import math

import numpy as np
from codes import MOIS, dmy
from PIL import Image, ImageDraw
from render import A4, Page, font

INK = (28, 40, 125)  # ballpoint blue
DARK = (35, 35, 35)
MID = (95, 95, 95)
LIGHT = (150, 150, 150)


def eur(v: float, sign: bool = True) -> str:
    """French amount: 1 234,56 €."""
    s = "%.2f" % abs(v)
    ent, dec = s.split(".")
    groups = []
    while ent:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    out = ("-" if v < 0 else "") + " ".join(groups) + "," + dec
    return out + (" €" if sign else "")


def period(months: list[str]) -> tuple[str, str]:
    """First and last day of a list of consecutive months (ISO)."""
    from codes import last_day

    return months[0] + "-01", "%s-%02d" % (months[-1], last_day(months[-1]))


def month_label(ym: str, cap: bool = True) -> str:
    m = MOIS[int(ym[5:7]) - 1]
    return "%s %s" % (m.capitalize() if cap else m, ym[:4])


def d(iso: str) -> str:
    return dmy(iso)


def rng_of(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed + 6000)


def small_print(p: Page, y: float, rows: list[str], size: int = 15, color=MID, x: float = 110) -> float:
    for r in rows:
        y = p.wrap(x, y, p.w - 2 * x, r, size, "cond", color, 1.35)
    return y


def rect_stamp(
    p: Page, cx: float, cy: float, rows: list[str], color=(150, 30, 40), size: int = 22, angle: float = -6
) -> None:
    """A rectangular rubber stamp, slightly rotated, semi-transparent."""
    p.vector = False
    fo = font("sans-b", size)
    wmax = max(fo.getlength(r) for r in rows) + 40
    h = len(rows) * size * 1.35 + 26
    tile = Image.new("RGBA", (int(wmax) + 10, int(h) + 10), (0, 0, 0, 0))
    dr = ImageDraw.Draw(tile)
    c = (*color, 175)
    dr.rectangle((4, 4, wmax + 4, h + 4), outline=c, width=4)
    yy = 18 + size
    for r in rows:
        dr.text((wmax / 2 + 4, yy), r, font=fo, fill=c, anchor="ms")
        yy += size * 1.35
    tile = tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    p.img.paste(tile, (int(cx - tile.width / 2), int(cy - tile.height / 2)), tile)


def qr(p: Page, x: float, y: float, size: float, seed: int) -> None:
    """A QR-code-like square: three finder patterns and random modules."""
    n = 25
    c = size / n
    r = np.random.default_rng(seed)
    p.rect((x - c, y - c, x + size + c, y + size + c), outline=None, fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8):
                continue
            if r.random() < 0.48:
                p.rect((x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c), outline=None, fill=(0, 0, 0))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        x0, y0 = x + fx * c, y + fy * c
        p.rect((x0, y0, x0 + 7 * c, y0 + 7 * c), outline=None, fill=(0, 0, 0))
        p.rect((x0 + c, y0 + c, x0 + 6 * c, y0 + 6 * c), outline=None, fill=(255, 255, 255))
        p.rect((x0 + 2 * c, y0 + 2 * c, x0 + 5 * c, y0 + 5 * c), outline=None, fill=(0, 0, 0))


def barcode(p: Page, x: float, y: float, w: float, h: float, seed: int) -> None:
    r = np.random.default_rng(seed)
    cx = x
    while cx < x + w:
        bw = float(r.choice([2, 2, 3, 4, 6]))
        if r.random() < 0.55:
            p.rect((cx, y, cx + bw, y + h), outline=None, fill=(0, 0, 0))
        cx += bw + float(r.choice([2, 3, 4]))


def lined_paper(p: Page, top: int = 190, step: int = 62, margin: int = 190) -> None:
    """School-pad paper: pale blue rules and a red margin line."""
    for yy in range(top, p.h - 60, step):
        p.line(0, yy, p.w, yy, (175, 200, 230), 2)
    p.line(margin, 0, margin, p.h, (225, 120, 120), 2)


def seyes(p: Page) -> None:
    """French 'Seyès' grid paper (large squares with fine ruling)."""
    for yy in range(160, p.h - 40, 20):
        p.line(0, yy, p.w, yy, (200, 215, 240) if (yy - 160) % 80 else (150, 175, 225), 1)
    for xx in range(250, p.w, 80):
        p.line(xx, 0, xx, p.h, (200, 215, 240), 1)
    p.line(230, 0, 230, p.h, (230, 120, 150), 2)


def hand_para(
    p: Page, x: float, y: float, width: float, s: str, size: int = 34, leading: float = 62, seed: int = 0
) -> float:
    """Hand-written paragraph: words laid out with the wobbling ink of Page.handwriting."""
    fo = font("sans-i", size)
    line: list[str] = []
    k = seed
    for word in s.split():
        cand = " ".join([*line, word])
        if fo.getlength(cand) * 1.05 > width and line:
            p.handwriting(x, y, " ".join(line), size, INK, k)
            y += leading
            k += 3
            line = [word]
        else:
            line.append(word)
    if line:
        p.handwriting(x, y, " ".join(line), size, INK, k)
        y += leading
    return y


def watermark(p: Page, s: str, color=(238, 238, 242), size: int = 120, angle: float = 30) -> None:
    p.vector = False
    tile = Image.new("RGBA", (int(font("sans-b", size).getlength(s)) + 40, size + 60), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((20, size + 10), s, font=font("sans-b", size), fill=(*color, 255), anchor="ls")
    tile = tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    p.img.paste(tile, (int(p.w / 2 - tile.width / 2), int(p.h / 2 - tile.height / 2)), tile)


def guilloche(p: Page, box, color=(225, 232, 222), step: int = 14, seed: int = 0) -> None:
    """Fine interlaced sine waves inside a box (security printing)."""
    p.vector = False
    x0, y0, x1, y1 = (int(v) for v in box)
    for k in range(y0, y1, step):
        pts = [(x, k + 9 * math.sin(x / 31 + k / 47 + seed)) for x in range(x0, x1 + 8, 8)]
        p.d.line(pts, fill=color, width=1)
        pts = [(x, k + 9 * math.cos(x / 23 + k / 53 + seed)) for x in range(x0, x1 + 8, 8)]
        p.d.line(pts, fill=color, width=1)


def mrz(p: Page, x: float, y: float, lines: list[str], size: int = 40, step: float | None = None) -> None:
    """MRZ lines in OCR-B, monospace spacing."""
    for ln in lines:
        p.text(x, y, ln, size, "ocrb", (10, 10, 10))
        y += step or size * 1.45


def field(
    p: Page, x: float, y: float, label: str, value: str, ls: int = 17, vs: int = 26, lf="sans", vf="sans-b"
) -> None:
    """A small label above its value (identity documents, forms)."""
    p.text(x, y, label, ls, lf, MID)
    p.text(x, y + vs + 8, value, vs, vf, (15, 15, 15))


def emblem(p: Page, cx: float, cy: float, r: float, color=(60, 60, 60)) -> None:
    """A generic state emblem: a shield in a laurel-like ring."""
    for k in range(14):
        a = math.pi * (0.15 + 0.7 * k / 13)
        for sgn in (-1, 1):
            ex = cx + sgn * r * math.cos(a)
            ey = cy + r * math.sin(a) - r * 0.3
            p.ellipse((ex - r * 0.09, ey - r * 0.05, ex + r * 0.09, ey + r * 0.05), outline=color, width=2)
    p.poly(
        [
            (cx - r * 0.45, cy - r * 0.6),
            (cx + r * 0.45, cy - r * 0.6),
            (cx + r * 0.45, cy),
            (cx, cy + r * 0.55),
            (cx - r * 0.45, cy),
        ],
        outline=color,
    )
    p.line(cx, cy - r * 0.6, cx, cy + r * 0.5, color, 2)
    p.line(cx - r * 0.45, cy - r * 0.2, cx + r * 0.45, cy - r * 0.2, color, 2)


def page_footer(p: Page, left: str, n: int, tot: int, size: int = 16) -> None:
    p.line(110, p.h - 120, p.w - 110, p.h - 120, LIGHT, 1)
    p.text(110, p.h - 88, left, size, "sans", MID)
    p.text(p.w - 110, p.h - 88, "Page %d/%d" % (n, tot), size, "sans", MID, align="r")


def new(bg=(255, 255, 255), size=A4, dpi: int = 200) -> Page:
    return Page(size, bg=bg, dpi=dpi)


def paste_small(p: Page, sub: Page, x: int, y: int, scale: float = 1.0, shadow: bool = False) -> None:
    """Place a smaller rendered page (a card, a stub) onto a page, e.g. a photocopy of a card on A4."""
    im = sub.finish()
    if scale != 1.0:
        im = im.resize((int(im.width * scale), int(im.height * scale)), Image.Resampling.LANCZOS)
    if shadow:
        p.rect((x + 6, y + 6, x + im.width + 6, y + im.height + 6), outline=None, fill=(200, 200, 200))
    p.paste(im, (x, y))
    for op in sub.ops:  # keep the text readable in a text-layer PDF (as invisible text)
        if op[0] == "text":
            _, tx, ty, s, f, size, color = op
            p.ops.append(("text", x + tx * scale, y + ty * scale, s, f, max(1, int(size * scale)), color))


# ---- per-country wording shared by identity documents and birth certificates ---------------
STATE_NAME = {
    "FR6": ("RÉPUBLIQUE FRANÇAISE", ""),
    "AT": ("REPUBLIK ÖSTERREICH", "REPUBLIC OF AUSTRIA"),
    "CZ": ("ČESKÁ REPUBLIKA", "CZECH REPUBLIC"),
    "BG": ("РЕПУБЛИКА БЪЛГАРИЯ", "REPUBLIC OF BULGARIA"),
    "CG": ("RÉPUBLIQUE DU CONGO", "REPUBLIC OF CONGO"),
    "GH": ("REPUBLIC OF GHANA", ""),
    "ET": ("FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA", ""),
    "AF": ("افغانستان", "AFGHANISTAN"),
    "SY": ("الجمهورية العربية السورية", "SYRIAN ARAB REPUBLIC"),
    "LB": ("الجمهورية اللبنانية", "RÉPUBLIQUE LIBANAISE"),
    "CU": ("REPÚBLICA DE CUBA", ""),
    "AR": ("REPÚBLICA ARGENTINA", "MERCOSUR"),
}
# script forms of the invented names (certificates in Cyrillic, Arabic or Persian print these)
SCRIPT = {
    # Bulgarian
    "Dimitar": "Димитър",
    "Kaloyan": "Калоян",
    "Desislava": "Десислава",
    "Tsvetelina": "Цветелина",
    "Petrov": "Петров",
    "Petrova": "Петрова",
    "Georgiev": "Георгиев",
    "Georgieva": "Георгиева",
    "Stoyanov": "Стоянов",
    "Stoyanova": "Стоянова",
    "Hadzhiivanov": "Хаджииванов",
    "Hadzhiivanova": "Хаджииванова",
    "Sofia": "София",
    "Plovdiv": "Пловдив",
    "Varna": "Варна",
    # Persian (Dari)
    "Ahmad": "احمد",
    "Shah": "شاه",
    "Farid": "فرید",
    "Zahra": "زهرا",
    "Mursal": "مرسل",
    "Ahmadzai": "احمدزی",
    "Popal": "پوپل",
    "Hashimi": "هاشمی",
    "Karimi": "کریمی",
    "Kabul": "کابل",
    "Herat": "هرات",
    "Mazar-i-Sharif": "مزار شریف",
    # Arabic (Syria, Lebanon)
    "Mohammad": "محمد",
    "Khair": "خير",
    "Rami": "رامي",
    "Lama": "لمى",
    "Rasha": "رشا",
    "Al-Hamwi": "الحموي",
    "Kassab": "قصاب",
    "Haddad": "حداد",
    "Al Khatib": "الخطيب",
    "Damascus": "دمشق",
    "Aleppo": "حلب",
    "Homs": "حمص",
    "Georges": "جورج",
    "Ziad": "زياد",
    "Michel": "ميشال",
    "Nadine": "نادين",
    "Rita": "ريتا",
    "Maria": "ماريا",
    "Khoury": "خوري",
    "Abi Nader": "أبي نادر",
    "Salameh": "سلامة",
    "El Hage": "الحاج",
    "Beyrouth": "بيروت",
    "Zahlé": "زحلة",
    "Tripoli": "طرابلس",
}


def script(s: str) -> str:
    """A name in its own script, word by word where needed (falls back to the Latin form)."""
    if s in SCRIPT:
        return SCRIPT[s]
    return " ".join(SCRIPT.get(w, w) for w in s.split(" "))


def national_no(per, seed: int) -> str:
    """Personal numbers printed on Czech (rodné číslo) and Bulgarian (EGN) documents."""
    r = np.random.default_rng(seed + 11)
    y, m, dd_ = per.birth[2:4], int(per.birth[5:7]), per.birth[8:10]
    if per.country == "CZ":
        mm_ = m + (50 if per.sex == "F" else 0)
        return "%s%02d%s/%04d" % (y, mm_, dd_, int(r.integers(0, 10000)))
    if per.country == "BG":
        mm_ = m + (40 if int(per.birth[:4]) >= 2000 else 0)
        return "%s%02d%s%04d" % (y, mm_, dd_, int(r.integers(0, 10000)))
    return ""

"""blind6 helpers: stamps, codes, papers, hand-written lines, names in native scripts, personal numbers."""

from __future__ import annotations

import math

import numpy as np
from codes import check, long_fr, month_fr
from PIL import Image, ImageDraw
from render import Page, font

INK = (22, 38, 120)
NAVY = (16, 42, 92)


def eur(v: float, sym: str = " €") -> str:
    s = "%.2f" % v
    ent, dec = s.split(".")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    return "\u202f".join(groups).replace("\u202f", " ") + "," + dec + sym


def month_year(ym: str) -> str:
    return "%s %s" % (month_fr(ym), ym[:4])


def fr_long(iso: str) -> str:
    return long_fr(iso)


def rng_of(data: dict) -> np.random.Generator:
    return np.random.default_rng(int(data.get("seed", 0)) + 606)


def box_stamp(
    p: Page,
    x: float,
    y: float,
    lines: list[str],
    color=(150, 30, 40),
    size: int = 22,
    angle=-4,
    f: str = "sans-b",
):
    """A rectangular rubber stamp, slightly rotated."""
    p.vector = False
    fo = font(f, size)
    w = int(max(fo.getlength(s) for s in lines) + 40)
    h = int(len(lines) * size * 1.35 + 26)
    tile = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    c = (*color, 185)
    d.rectangle((2, 2, w - 3, h - 3), outline=c, width=4)
    yy = 14 + size
    for s in lines:
        d.text((w / 2, yy), s, font=fo, fill=c, anchor="ms")
        yy += size * 1.35
    tile = tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    p.img.paste(tile, (int(x), int(y)), tile)


def oval_stamp(p: Page, cx, cy, rx, ry, top: str, mid: list[str], color=(40, 70, 160), size: int = 18):
    """An oval stamp with the text on the top half of the ring and lines in the middle."""
    p.vector = False
    st = Image.new("RGBA", p.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(st)
    c = (*color, 180)
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=c, width=4)
    d.ellipse((cx - rx * 0.78, cy - ry * 0.7, cx + rx * 0.78, cy + ry * 0.7), outline=c, width=2)
    fo = font("sans-b", size)
    n = max(len(top), 1)
    for i, ch in enumerate(top):
        ang = math.pi + math.pi * (i + 0.5) / n
        px, py = cx + rx * 0.89 * math.cos(ang), cy + ry * 0.86 * math.sin(ang)
        tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((size, size), ch, font=fo, fill=c, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
        st.alpha_composite(tile, (int(px - size), int(py - size)))
    yy = cy - (len(mid) - 1) * size * 0.65
    for m in mid:
        d.text((cx, yy), m, font=font("sans-b", int(size * 0.95)), fill=c, anchor="mm")
        yy += size * 1.3
    p.img.paste(st, (0, 0), st)


def qr(p: Page, x: float, y: float, s: float, seed: int, color=(0, 0, 0)) -> None:
    """A QR-like square code (three finder squares and random modules)."""
    n = 25
    c = s / n
    r = np.random.default_rng(seed)
    p.rect((x - 4, y - 4, x + s + 4, y + s + 4), outline=None, fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8):
                continue
            if r.random() < 0.47:
                p.rect((x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c), outline=None, fill=color)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * c, y + fy * c
        p.rect((X, Y, X + 7 * c, Y + 7 * c), outline=None, fill=color)
        p.rect((X + c, Y + c, X + 6 * c, Y + 6 * c), outline=None, fill=(255, 255, 255))
        p.rect((X + 2 * c, Y + 2 * c, X + 5 * c, Y + 5 * c), outline=None, fill=color)


def barcode(p: Page, x: float, y: float, w: float, h: float, seed: int) -> None:
    r = np.random.default_rng(seed)
    cx = x
    while cx < x + w:
        bw = float(r.choice([2, 3, 5]))
        if r.random() < 0.55:
            p.rect((cx, y, cx + bw, y + h), outline=None, fill=(0, 0, 0))
        cx += bw + 2


def mrz(p: Page, x: float, y: float, lines: list[str], size: int = 40, lead: float = 1.45) -> float:
    for ln in lines:
        p.text(x, y, ln, size, "ocrb", spacing=size * 0.05)
        y += size * lead
    return y


def ruled(p: Page, top: float, step: float = 62, margin: float | None = 170, color=(170, 200, 230)) -> None:
    for yy in range(int(top), p.h - 80, int(step)):
        p.line(0, yy, p.w, yy, color, 1)
    if margin:
        p.line(margin, 0, margin, p.h, (230, 150, 160), 2)


def hand(p: Page, x: float, y: float, s: str, size: int = 34, seed: int = 0, color=INK) -> float:
    return p.handwriting(x, y, s, size, color, seed)


def dotted(p: Page, x0: float, x1: float, y: float, color=(120, 120, 120)) -> None:
    xx = x0
    while xx < x1:
        p.line(xx, y, xx + 3, y, color, 2)
        xx += 10


def guilloche(p: Page, box, color=(225, 232, 245), seed: int = 0) -> None:
    p.vector = False
    x0, y0, x1, y1 = box
    for k in range(0, int(y1 - y0), 14):
        pts = [
            (xx, y0 + k + 7 * math.sin(xx / 31 + k / 23 + seed) + 4 * math.sin(xx / 9))
            for xx in range(int(x0), int(x1), 8)
        ]
        p.d.line(pts, fill=color, width=1)


def footer(p: Page, s: str, page_no: str = "", size: int = 17) -> None:
    p.line(90, p.h - 120, p.w - 90, p.h - 120, (150, 150, 150), 1)
    p.text(90, p.h - 90, s, size, "sans", (90, 90, 90))
    if page_no:
        p.text(p.w - 90, p.h - 90, page_no, size, "sans", (90, 90, 90), align="r")


def fold_shadow(p: Page, y: float) -> None:
    """A faint fold line across the sheet (letters folded in three)."""
    p.vector = False
    for k in range(6):
        p.d.line((0, y + k, p.w, y + k), fill=(236 - k * 2, 236 - k * 2, 236 - k * 2), width=1)


# ---- native scripts ---------------------------------------------------------------------
_SR = {
    "lj": "љ",
    "nj": "њ",
    "dž": "џ",
    "Lj": "Љ",
    "Nj": "Њ",
    "Dž": "Џ",
}
_SR1 = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
        "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
    )
)


def sr_cyr(s: str) -> str:
    """Serbian Latin -> Cyrillic (one letter per letter, with the digraphs lj, nj, dž)."""
    out, i = [], 0
    while i < len(s):
        two = s[i : i + 2]
        if two in _SR:
            out.append(_SR[two])
            i += 2
            continue
        out.append(_SR1.get(s[i], s[i]))
        i += 1
    return "".join(out)


NATIVE = {
    # Belarusian (passport Latin -> Cyrillic as the civil register writes it)
    "Aliaksandr": "Аляксандр",
    "Siarhei": "Сяргей",
    "Katsiaryna": "Кацярына",
    "Volha": "Вольга",
    "Kavaliou": "Кавалёў",
    "Kavaliova": "Кавалёва",
    "Lukashevich": "Лукашэвіч",
    "Dubrouski": "Дуброўскі",
    "Dubrouskaya": "Дуброўская",
    "Haurylenka": "Гаўрыленка",
    # Kazakh
    "Nurlan": "Нұрлан",
    "Daniyar": "Данияр",
    "Aigerim": "Әйгерім",
    "Madina": "Мадина",
    "Abenov": "Әбенов",
    "Abenova": "Әбенова",
    "Nurpeisov": "Нұрпейісов",
    "Nurpeisova": "Нұрпейісова",
    "Seitkali": "Сейітқали",
    "Zhaksybekov": "Жақсыбеков",
    "Zhaksybekova": "Жақсыбекова",
    # Sudanese Arabic
    "Mohamed": "محمد",
    "Osman": "عثمان",
    "Abdelrahman": "عبد الرحمن",
    "Fatima": "فاطمة",
    "Elsir": "السر",
    "Amna": "آمنة",
    "Elhassan": "الحسن",
    "Abdelrahim": "عبد الرحيم",
    "Babiker": "بابكر",
    "Elamin": "الأمين",
    "Ahmed": "أحمد",
    "Khartoum": "الخرطوم",
    "Omdurman": "أم درمان",
    "Wad Madani": "ود مدني",
    "Port Sudan": "بورتسودان",
    # Thai
    "Somchai": "สมชาย",
    "Thanawat": "ธนวัฒน์",
    "Siriporn": "ศิริพร",
    "Kanokwan": "กนกวรรณ",
    "Srisuk": "ศรีสุข",
    "Wongsawat": "วงศ์สวัสดิ์",
    "Rattanakorn": "รัตนากร",
    "Boonma": "บุญมา",
    "Bangkok": "กรุงเทพมหานคร",
    "Chiang Mai": "เชียงใหม่",
    "Khon Kaen": "ขอนแก่น",
    "Hat Yai": "หาดใหญ่",
    # Belarusian / Kazakh towns
    "Minsk": "Мінск",
    "Hrodna": "Гродна",
    "Viciebsk": "Віцебск",
    "Homiel": "Гомель",
    "Almaty": "Алматы",
    "Astana": "Астана",
    "Shymkent": "Шымкент",
    "Karaganda": "Қарағанды",
}


def native(s: str, country: str = "") -> str:
    """Each word (or known phrase) in the script the country's register uses."""
    if country == "RS":
        return sr_cyr(s)
    if s in NATIVE:
        return NATIVE[s]
    return " ".join(NATIVE.get(w, w) for w in s.split(" "))


# ---- personal numbers ---------------------------------------------------------------------
def baltic_code(sex: str, birth: str, tail: str) -> str:
    """Lithuanian asmens kodas / Estonian isikukood: G YYMMDD SSS C (weights 1..9,1 then 3..9,1..3)."""
    g = ("3" if sex == "M" else "4") if birth[:2] == "19" else ("5" if sex == "M" else "6")
    s = g + birth[2:4] + birth[5:7] + birth[8:10] + tail[:3]
    w1, w2 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(int(a) * b for a, b in zip(s, w1)) % 11
    if c == 10:
        c = sum(int(a) * b for a, b in zip(s, w2)) % 11
        c = 0 if c == 10 else c
    return s + str(c)


def jmbg(sex: str, birth: str, region: str, tail: str) -> str:
    """Serbian JMBG: DDMMYYY RR BBB K (mod 11)."""
    b = int(tail[:3]) % 500 + (0 if sex == "M" else 500)
    s = birth[8:10] + birth[5:7] + birth[1:4] + region + "%03d" % b
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    m = 11 - sum(int(a) * c for a, c in zip(s, w)) % 11
    return s + str(0 if m > 9 else m)


def cpr(sex: str, birth: str, tail: str) -> str:
    """Danish CPR: DDMMYY-SSSS, last digit odd for men, even for women."""
    last = int(tail[3]) // 2 * 2 + (1 if sex == "M" else 0)
    return birth[8:10] + birth[5:7] + birth[2:4] + "-" + tail[:3] + str(last)


def iin(sex: str, birth: str, tail: str) -> str:
    """Kazakh IIN: YYMMDD + century/sex digit + 4 digits + check."""
    g = ("3" if sex == "M" else "4") if birth[:2] == "19" else ("5" if sex == "M" else "6")
    s = birth[2:4] + birth[5:7] + birth[8:10] + g + tail[:4]
    c = sum(int(a) * (i + 1) for i, a in enumerate(s)) % 11
    if c == 10:
        c = sum(int(a) * ((i + 2) % 11 + (1 if i + 2 >= 11 else 0)) for i, a in enumerate(s)) % 11 % 10
    return s + str(c)


def thai_id(tail: str) -> str:
    s = "1" + tail[:11].ljust(11, "0")
    c = (11 - sum(int(a) * (13 - i) for i, a in enumerate(s)) % 11) % 10
    x = s + str(c)
    return "%s %s %s %s %s" % (x[0], x[1:5], x[5:10], x[10:12], x[12])


def doc_check(s: str) -> str:
    return check(s)

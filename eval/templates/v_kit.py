"""blind7 helpers: stamps, codes, paper, scripts (Macedonian Cyrillic, Arabic, simulated Khmer), MRZ."""

from __future__ import annotations

import math

import codes
import numpy as np
from PIL import Image, ImageDraw
from render import BLACK, Page, font

INK = (22, 32, 115)
RED = (175, 30, 35)
NAVY = (18, 40, 92)


def rng(data: dict, k: int = 0) -> np.random.Generator:
    return np.random.default_rng(int(data.get("seed", 0)) * 31 + k)


def eur(v: float, sign: str = " €") -> str:
    s = "%.2f" % v
    ent, dec = s.split(".")
    out = ""
    while len(ent) > 3:
        out = " " + ent[-3:] + out
        ent = ent[:-3]
    return ent + out + "," + dec + sign


def title_of(per) -> str:
    return "Madame" if per.sex == "F" else "Monsieur"


def surname_first(per) -> bool:
    return per.country in ("KH",)


def printed_name(per, upper_given: bool = False) -> str:
    """The name as a document of the person's country prints it."""
    g = per.given_str.upper() if upper_given else per.given_str
    if surname_first(per):
        return "%s %s" % (per.surname.upper(), g)
    return "%s %s" % (g, per.surname.upper())


def mrz_safe(s: str) -> str:
    return s.replace("Ħ", "H").replace("ħ", "h")


def mrz_td3(per, number: str, expiry: str, code: str = "P", state: str | None = None) -> list[str]:
    return codes.td3(
        code,
        state or per.iso3,
        mrz_safe(per.surname),
        [mrz_safe(g) for g in per.given],
        number,
        per.iso3,
        per.birth,
        per.sex,
        expiry,
    )


def mrz_td1(per, code: str, state: str, number: str, expiry: str, optional: str = "") -> list[str]:
    return codes.td1(
        code,
        state,
        mrz_safe(per.surname),
        [mrz_safe(g) for g in per.given],
        number,
        per.iso3,
        per.birth,
        per.sex,
        expiry,
        optional,
    )


def draw_mrz(p: Page, x: float, y: float, lines: list[str], width: float, color=BLACK) -> float:
    """MRZ lines in OCR-B, the character pitch fitted to the given width."""
    n = len(lines[0])
    size = int(width / n * (1.55 if n > 40 else 1.4))
    pitch = width / n
    for ln in lines:
        cw = font("ocrb", size).getlength("M")
        p.text(x, y, ln, size, "ocrb", color, spacing=pitch - cw)
        y += size * 1.35
    return y


def rect_stamp(
    p: Page, x: float, y: float, lines: list[str], color=(120, 30, 110), size: int = 22, angle: float = -6
) -> None:
    """A rectangular rubber stamp (double frame), rotated, partly transparent."""
    p.vector = False
    fo = [
        font("sans-b" if i == 0 else "sans", size if i == 0 else int(size * 0.85)) for i in range(len(lines))
    ]
    w = int(max(f.getlength(t) for f, t in zip(fo, lines)) + size * 1.6)
    h = int(len(lines) * size * 1.3 + size * 1.1)
    tile = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    c = (*color, 175)
    d.rectangle((2, 2, w - 3, h - 3), outline=c, width=4)
    d.rectangle((9, 9, w - 10, h - 10), outline=c, width=1)
    yy = size * 0.55 + size
    for f, t in zip(fo, lines):
        d.text((w / 2, yy), t, font=f, fill=c, anchor="ms")
        yy += size * 1.3
    tile = tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    p.img.paste(tile, (int(x), int(y)), tile)
    for i, t in enumerate(lines):  # keep the words in the text layer
        p.ops.append(("text", x + size, y + size * 1.5 + i * size * 1.3, t, "sans", int(size * 0.85), color))


def qr(p: Page, x: float, y: float, s: float, seed: int) -> None:
    r = np.random.default_rng(seed)
    n = 25
    c = s / n
    m = r.random((n, n)) < 0.5
    for i in range(n):
        for j in range(n):
            fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if fin:
                a, b = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = m[i, j]
            if on:
                p.rect((x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c), outline=None, fill=BLACK)


def barcode(p: Page, x: float, y: float, w: float, h: float, seed: int) -> None:
    r = np.random.default_rng(seed)
    cx = x
    while cx < x + w:
        bw = int(r.integers(1, 4)) * 2
        p.rect((cx, y, cx + bw, y + h), outline=None, fill=BLACK)
        cx += bw + int(r.integers(1, 4)) * 2


def ruled(p: Page, top: float, step: float = 62, color=(170, 195, 225), margin: float = 170) -> None:
    y = top
    while y < p.h - 80:
        p.line(0, y, p.w, y, color, 1)
        y += step
    p.line(margin, 0, margin, p.h, (230, 150, 150), 2)


def hand(p: Page, x: float, y: float, s: str, size: int = 32, seed: int = 0, color=INK) -> float:
    return p.handwriting(x, y, s, size, color, seed)


def dotted(p: Page, x0: float, x1: float, y: float, color=(120, 120, 120)) -> None:
    x = x0
    while x < x1:
        p.line(x, y, x + 3, y, color, 1)
        x += 9


def guilloche(p: Page, box, color=(225, 232, 240), k: int = 7) -> None:
    p.vector = False
    x0, y0, x1, y1 = box
    for j in range(0, int(y1 - y0), 18):
        pts = [
            (x, y0 + j + 7 * math.sin(x / 37.0 + j / 11.0 + k) * math.cos(x / 91.0))
            for x in range(int(x0), int(x1), 8)
        ]
        if len(pts) > 1:
            p.d.line(pts, fill=color, width=1)


# ---- scripts ---------------------------------------------------------------------------------
_MK = [
    ("dzh", "џ"),
    ("dž", "џ"),
    ("gj", "ѓ"),
    ("kj", "ќ"),
    ("lj", "љ"),
    ("nj", "њ"),
    ("zh", "ж"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("dz", "ѕ"),
]
_MK1 = dict(zip("abvgdezijklmnoprstufhc", "абвгдезијклмнопрстуфхц"))


def mk_cyr(s: str) -> str:
    out, i, low = [], 0, s.lower()
    while i < len(s):
        for lat, cyr in _MK:
            if low.startswith(lat, i):
                ch = cyr
                i += len(lat)
                break
        else:
            ch = _MK1.get(low[i], s[i])
            i += 1
        out.append(ch.upper() if s[i - 1].isupper() and ch.isalpha() else ch)
    return "".join(out)


AR = {
    "Mustafa": "مصطفى",
    "Ali": "علي",
    "Hussein": "حسين",
    "Zainab": "زينب",
    "Noor": "نور",
    "Fatima": "فاطمة",
    "Al-Jubouri": "الجبوري",
    "Kadhim": "كاظم",
    "Al-Saadi": "الساعدي",
    "Abdulrazzaq": "عبد الرزاق",
    "Baghdad": "بغداد",
    "Basra": "البصرة",
    "Mosul": "الموصل",
}


def arabic(s: str) -> str:
    return " ".join(AR.get(w, w) for w in s.split())


def khmer_like(p: Page, x: float, y: float, n: int, size: int = 28, color=BLACK, seed: int = 0) -> float:
    """Khmer-looking script drawn as shapes (no Khmer font is available to the renderer):
    rounded consonant bodies with hooks, subscripts and vowel signs. Returns the right edge."""
    p.vector = False
    r = np.random.default_rng(seed)
    w = size * 0.62
    cx = x
    for i in range(n):
        if r.random() < 0.12 and i:
            cx += size * 0.35  # word gap
            continue
        top, bot = y - size * 0.62, y
        kind = int(r.integers(0, 4))
        if kind == 0:
            p.d.arc((cx, top, cx + w, bot), 180, 360, fill=color, width=2)
            p.d.line((cx, top + size * 0.31, cx, bot), fill=color, width=2)
            p.d.line((cx + w, top + size * 0.31, cx + w, bot), fill=color, width=2)
        elif kind == 1:
            p.d.arc((cx, top, cx + w, bot), 0, 300, fill=color, width=2)
            p.d.line((cx + w * 0.5, top, cx + w * 0.5, top - size * 0.15), fill=color, width=2)
        elif kind == 2:
            p.d.line((cx, top + size * 0.1, cx, bot), fill=color, width=2)
            p.d.arc((cx, bot - w, cx + w, bot + w * 0.2), 180, 360, fill=color, width=2)
            p.d.line((cx + w, bot - w * 0.4, cx + w, top + size * 0.1), fill=color, width=2)
        else:
            p.d.ellipse((cx, bot - w * 0.8, cx + w * 0.8, bot), outline=color, width=2)
            p.d.line((cx + w * 0.8, bot - w * 0.4, cx + w, top), fill=color, width=2)
        p.d.line((cx - 1, top, cx + w * 0.35, top), fill=color, width=2)  # the "hair" serif
        if r.random() < 0.3:
            p.d.arc((cx + w * 0.1, bot + 2, cx + w * 0.9, bot + size * 0.28), 0, 180, fill=color, width=2)
        if r.random() < 0.25:
            p.d.arc((cx + w * 0.2, top - size * 0.32, cx + w, top - 2), 180, 360, fill=color, width=2)
        cx += w + size * 0.14
    return cx


NATIVE = {  # (word "passport", word "birth certificate"), in each country's language
    "NO": ("PASS", "Fødselsattest"),
    "LV": ("PASE", "Dzimšanas apliecība"),
    "MT": ("PASSAPORT", "Ċertifikat tat-Twelid"),
    "BA": ("PASOŠ / PUTOVNICA", "Izvod iz matične knjige rođenih"),
    "MK": ("ПАСОШ", "Извод од матичната книга на родените"),
    "IQ": ("جواز سفر", "شهادة ميلاد"),
    "SO": ("BAASABOOR", "Shahaadada Dhalashada"),
    "ZA": ("PASSPORT", "Birth certificate"),
    "SL": ("PASSPORT", "Certificate of birth"),
    "CL": ("PASAPORTE", "Certificado de nacimiento"),
    "KH": ("", ""),
}
STATE = {
    "NO": "KONGERIKET NORGE / KINGDOM OF NORWAY",
    "LV": "LATVIJAS REPUBLIKA / REPUBLIC OF LATVIA",
    "MT": "REPUBBLIKA TA' MALTA / REPUBLIC OF MALTA",
    "BA": "BOSNA I HERCEGOVINA / BOSNIA AND HERZEGOVINA",
    "MK": "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА / REPUBLIC OF NORTH MACEDONIA",
    "IQ": "جمهورية العراق / REPUBLIC OF IRAQ",
    "SO": "JAMHUURIYADDA FEDERAALKA SOOMAALIYA / FEDERAL REPUBLIC OF SOMALIA",
    "ZA": "REPUBLIC OF SOUTH AFRICA",
    "SL": "REPUBLIC OF SIERRA LEONE",
    "CL": "REPÚBLICA DE CHILE",
    "KH": "KINGDOM OF CAMBODIA",
}


def state_name(per) -> str:
    if per.country.startswith("FR"):
        return "RÉPUBLIQUE FRANÇAISE"
    return STATE.get(per.country, per.iso3)


def page_footer(p: Page, s: str, size: int = 17, color=(110, 110, 110)) -> None:
    p.line(90, p.h - 120, p.w - 90, p.h - 120, (180, 180, 180), 1)
    p.text(p.w / 2, p.h - 85, s, size, "sans", color, align="c")

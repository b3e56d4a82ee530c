"""Layout engines for civil-status records (birth and marriage certificates).

Each engine draws one page from a country configuration (see t_birth.py): ``prose`` (a
narrative act, as French "copie intégrale" or Italian/Spanish literal copies), ``fields``
(labelled lines with dotted leaders, as extracts), ``grid`` (numbered boxes, as anglophone
certificates and registry forms) and ``register`` (a column table, as the UK entry of birth).
"""

from __future__ import annotations

from codes import MOIS, MONTHS_EN, dmy, long_en, long_fr
from render import Page, logo

MES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
MESI = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
MONATE = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
UNITS = [
    "",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
TENS = [
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "soixante",
    "quatre-vingt",
    "quatre-vingt",
]


def fr_words(n: int) -> str:
    if n < 20:
        return UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        if t in (7, 9):
            u += 10
        sep = "-et-" if u in (1, 11) and t not in (8, 9) else "-"
        base = TENS[t] + ("s" if t == 8 and u == 0 else "")
        return base + (sep + UNITS[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ("cent" if h == 1 else UNITS[h] + " cent") + (" " + fr_words(r) if r else "")
    th, r = divmod(n, 1000)
    return ("mil" if th == 1 else UNITS[th] + " mille") + (" " + fr_words(r) if r else "")


def fr_date_words(iso: str) -> str:
    d = int(iso[8:10])
    return "%s %s %s" % (
        "premier" if d == 1 else fr_words(d),
        MOIS[int(iso[5:7]) - 1],
        fr_words(int(iso[:4])),
    )


def fmt_date(iso: str, lang: str) -> str:
    d, m, y = int(iso[8:10]), int(iso[5:7]), iso[:4]
    return {
        "fr": long_fr(iso),
        "en": long_en(iso),
        "es": "%d de %s de %s" % (d, MES[m - 1], y),
        "pt": "%d de %s de %s" % (d, MESES_PT[m - 1], y),
        "it": "%d %s %s" % (d, MESI[m - 1], y),
        "de": "%d. %s %s" % (d, MONATE[m - 1], y),
        "vi": "ngày %02d tháng %02d năm %s" % (d, m, y),
        "us": "%s %d, %s" % (MONTHS_EN[m - 1], d, y),
        "num": dmy(iso),
        "dot": dmy(iso, "."),
    }[lang]


def _style(p: Page, st: dict) -> None:
    if st.get("bg"):
        p.background(st["bg"], st.get("bgcol", (232, 236, 244)), st.get("bgstep", 26))
    if st.get("border"):
        c = st.get("col", (0, 0, 0))
        p.rect((60, 60, p.w - 60, p.h - 60), outline=c, width=st["border"])
        if st["border"] > 4:
            p.rect((80, 80, p.w - 80, p.h - 80), outline=c, width=2)


def header(p: Page, cfg: dict, y: float = 170) -> float:
    st = cfg["style"]
    f, col = st.get("font", "serif"), st.get("col", (0, 0, 0))
    if st.get("logo"):
        logo(p, st["logo"], p.w / 2 - 55, y - 60, 110, col, st.get("logo2", (255, 255, 255)))
        y += 90
    if st.get("head_left"):
        y0 = y
        for ln in cfg["header"]:
            p.text(140, y0, ln, 24, f + "-b" if ln.isupper() else f, col)
            y0 += 36
        y = y0 + 40
    else:
        for ln in cfg["header"]:
            p.text(p.w / 2, y, ln, 26, f + "-b" if ln.isupper() else f, col, "c")
            y += 40
        y += 30
    p.text(p.w / 2, y + 30, cfg["title"], st.get("title_size", 40), f + "-b", col, "c")
    y += 70
    if cfg.get("subtitle"):
        p.text(p.w / 2, y + 10, cfg["subtitle"], 26, f + "-i" if f != "cond" else "cond-i", col, "c")
        y += 50
    return y + 60


def footer(p: Page, cfg: dict, d: dict, y: float) -> None:
    st = cfg["style"]
    f = st.get("font", "serif")
    y = max(y + 40, 1750)
    for ln in cfg["closing"](d):
        y = p.wrap(140, y, p.w - 280, ln, 24, f)
    p.text(
        p.w - 560,
        y + 50,
        cfg.get("officer_label", "L'Officier de l'état civil"),
        24,
        f + "-i" if f != "cond" else "cond-i",
    )
    p.text(p.w - 560, y + 90, d["officer"], 24, f)
    p.signature(p.w - 520, y + 170, 240, seed=d["seed"])
    if st.get("stamp"):
        ring, mid = st["stamp"]
        p.stamp(420, y + 140, 125, ring, mid, st.get("stampcol", (40, 60, 170)))


def prose(d: dict, cfg: dict) -> list[Page]:
    p = Page()
    _style(p, cfg["style"])
    y = header(p, cfg)
    f = cfg["style"].get("font", "serif")
    if cfg.get("margin"):  # left margin column with the act number, as in French registers
        p.line(420, y - 20, 420, 1700, (120, 120, 120), 1)
        mx = p.lines(110, y + 10, cfg["margin"](d), 22, f)
        x0 = 450
        del mx
    else:
        x0 = 140
    y = p.wrap(x0, y + 10, p.w - x0 - 140, cfg["body"](d), cfg["style"].get("size", 27), f, leading=1.6)
    for extra in cfg.get("mentions", lambda d: [])(d):
        y = p.wrap(x0, y + 25, p.w - x0 - 140, extra, 23, f + "-i" if f != "cond" else "cond-i")
    footer(p, cfg, d, y)
    return [p]


def fields(d: dict, cfg: dict) -> list[Page]:
    p = Page()
    _style(p, cfg["style"])
    y = header(p, cfg)
    f = cfg["style"].get("font", "serif")
    lab_w = cfg["style"].get("lab_w", 560)
    for lab, val in cfg["fields"](d):
        if lab is None:  # section heading
            p.text(140, y, val, 26, f + "-b", cfg["style"].get("col", (0, 0, 0)))
            y += 52
            continue
        p.text(140, y, lab, 24, f)
        end = 140 + p.width(lab, 24, f) + 10
        dots = "." * max(0, int((140 + lab_w - end) / p.width(".", 24, f)))
        p.text(end, y, dots, 24, f, (120, 120, 120))
        vy = y
        for part in _split(p, val, p.w - 200 - (140 + lab_w), 26, f + "-b"):
            p.text(150 + lab_w, vy, part, 26, f + "-b")
            vy += 38
        y = max(y + 54, vy + 16)
    footer(p, cfg, d, y)
    return [p]


def _split(p: Page, s: str, width: float, size: int, f: str) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        cand = (cur + " " + w).strip()
        if p.width(cand, size, f) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = cand
    return out + ([cur] if cur else [])


def grid(d: dict, cfg: dict) -> list[Page]:
    p = Page()
    _style(p, cfg["style"])
    y = header(p, cfg)
    f = cfg["style"].get("font", "sans")
    col = cfg["style"].get("col", (0, 0, 0))
    x0, x1 = 120, p.w - 120
    for row in cfg["grid"](d):
        if isinstance(row, str):
            p.rect((x0, y, x1, y + 46), outline=col, fill=cfg["style"].get("band", (220, 226, 236)), width=2)
            p.text(x0 + 14, y + 33, row, 22, f + "-b", col)
            y += 46
            continue
        wcell = (x1 - x0) / len(row)
        for j, (lab, val) in enumerate(row):
            cx = x0 + j * wcell
            p.rect((cx, y, cx + wcell, y + 100), outline=col, width=2)
            p.text(cx + 10, y + 26, lab, 17, f, col)
            size = 26 if p.width(val, 26, f + "-b") < wcell - 24 else 20
            p.text(cx + 14, y + 76, val, size, cfg["style"].get("vfont", f + "-b"))
        y += 100
    footer(p, cfg, d, y + 20)
    return [p]


def register(d: dict, cfg: dict) -> list[Page]:
    """Landscape-ish register entry with narrow columns (UK certified copy)."""
    p = Page((2339, 1654))
    _style(p, cfg["style"])
    f = cfg["style"].get("font", "serif")
    col = cfg["style"].get("col", (0, 0, 0))
    y = 110
    for ln in cfg["header"]:
        p.text(p.w / 2, y, ln, 30, f + "-b", col, "c")
        y += 44
    p.text(p.w / 2, y + 20, cfg["title"], 38, f + "-b", col, "c")
    y += 90
    heads, vals, widths = cfg["register"](d)
    x = 120
    for h, v, w in zip(heads, vals, widths):
        p.rect((x, y, x + w, y + 150), outline=col, width=2)
        p.rect((x, y + 150, x + w, y + 520), outline=col, width=2)
        yy = y + 32
        for part in _split(p, h, w - 16, 18, f):
            p.text(x + 8, yy, part, 18, f, col)
            yy += 24
        yy = y + 200
        for part in _split(p, v, w - 16, 24, "serif-i"):
            p.handwriting(x + 10, yy, part, 24, seed=len(part))
            yy += 38
        x += w
    y += 580
    for ln in cfg["closing"](d):
        y = p.wrap(120, y, p.w - 240, ln, 24, f)
    p.stamp(p.w - 350, y + 170, 130, cfg["style"]["stamp"][0], cfg["style"]["stamp"][1], (150, 40, 60))
    p.signature(p.w - 900, y + 150, 260, seed=d["seed"])
    return [p]


def render(d: dict, cfg: dict) -> list[Page]:
    return {"prose": prose, "fields": fields, "grid": grid, "register": register}[cfg["engine"]](d, cfg)


def parents(d: dict) -> bool:
    return not d.get("nofil")


def name_of(t: tuple[str, str]) -> str:
    return "%s %s" % (t[0], t[1].upper())


def words_or_num(iso: str) -> str:
    return "%s (%s)" % (fr_date_words(iso), dmy(iso))

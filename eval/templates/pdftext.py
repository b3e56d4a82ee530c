"""Text-layer PDFs: a Page's recorded vector operations replayed with pymupdf."""

from __future__ import annotations

import io

import pymupdf as fitz
from render import FONTS, Page


def text_pdf_bytes(pages: list[Page]) -> bytes:
    """A PDF with a real text layer: the pages' recorded vector operations replayed in pymupdf.
    Pages holding raster-only drawing (stamps, backgrounds) get their image underneath.
    """
    doc = fitz.open()
    for p in pages:
        k = 72.0 / p.dpi
        pg = doc.new_page(width=p.w * k, height=p.h * k)
        if not p.vector:
            buf = io.BytesIO()
            p.img.convert("RGB").save(buf, format="JPEG", quality=70)
            pg.insert_image(pg.rect, stream=buf.getvalue())
        names: dict[str, str] = {}

        def rgb(c):
            return None if c is None else tuple(v / 255 for v in c[:3])

        for op in p.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, f, size, color = op
                if f not in names:
                    names[f] = "F%d" % len(names)
                    pg.insert_font(fontname=names[f], fontfile=FONTS[f])
                pg.insert_text(
                    (x * k, y * k),
                    s,
                    fontsize=size * k,
                    fontname=names[f],
                    color=rgb(color),
                    render_mode=3 if not p.vector else 0,
                )
            elif p.vector and kind == "rect":
                _, x0, y0, x1, y1, oc, fc, wd = op
                pg.draw_rect(
                    fitz.Rect(x0 * k, y0 * k, x1 * k, y1 * k),
                    color=rgb(oc),
                    fill=rgb(fc),
                    width=wd * k if oc else 0,
                )
            elif p.vector and kind == "line":
                _, x0, y0, x1, y1, c, wd = op
                pg.draw_line((x0 * k, y0 * k), (x1 * k, y1 * k), color=rgb(c), width=wd * k)
            elif p.vector and kind == "oval":
                _, x0, y0, x1, y1, oc, fc, wd = op
                pg.draw_oval(
                    fitz.Rect(x0 * k, y0 * k, x1 * k, y1 * k),
                    color=rgb(oc),
                    fill=rgb(fc),
                    width=wd * k if oc else 0,
                )
            elif p.vector and kind == "poly":
                _, pts, fc, oc = op
                pg.draw_polyline(
                    [(a * k, b * k) for a, b in pts] + [(pts[0][0] * k, pts[0][1] * k)],
                    color=rgb(oc),
                    fill=rgb(fc),
                    width=0,
                )
            elif p.vector and kind == "polyline":
                _, pts, c, wd = op
                pg.draw_polyline([(a * k, b * k) for a, b in pts], color=rgb(c), width=wd * k)
    out = doc.tobytes(garbage=3, deflate=True, no_new_id=True)
    doc.close()
    return out

"""The form sheet as a section of report.html (the same values as form-sheet.pdf)."""

from __future__ import annotations

from html import escape

from dossier.report.form_sheet import FormSheet, SheetLine


def sheet_section(sheet: FormSheet, heading: str) -> str:
    """A section with one table per part of the form, the disagreements and the usual mistakes."""
    parts = []
    for part in sheet.parts:
        rows = "".join(
            f'<tr><th scope="row">{escape(line.label)}</th><td>{_value(line, sheet)}</td></tr>'
            for line in part.lines
        )
        parts.append(f'<h3>{escape(part.title)}</h3><table class="sheet">{rows}</table>')
    notes = "".join(f'<p class="warning">⚠ {escape(note)}</p>' for note in sheet.notes)
    traps = "".join(f"<li>{escape(trap)}</li>" for trap in sheet.traps)
    return (
        f'<section aria-labelledby="sheet"><h2 id="sheet">{escape(heading)}</h2>'
        f"<p>{escape(sheet.intro)}</p>{''.join(parts)}{notes}"
        f"<h3>{escape(sheet.traps_title)}</h3><ul>{traps}</ul></section>"
    )


def _value(line: SheetLine, sheet: FormSheet) -> str:
    if line.value is None:
        return f"<em>{escape(sheet.by_hand)}</em>"
    source = line.source
    origin = f' <span class="muted">({escape(sheet.from_word)} {escape(source)})</span>' if source else ""
    return f"<strong>{escape(line.value)}</strong>{origin}"

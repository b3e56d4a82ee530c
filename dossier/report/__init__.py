"""Report: the dossier in; ``report.json``, ``report.html`` and the terminal summary out.

``record`` builds the contract's JSON and the masked terminal lines; ``html`` the page with
thumbnails and next steps; ``form_sheet`` what to write on the S1106 (``sheet_pdf`` draws it);
``followup`` the letter to send the CPAM two months after posting.
"""

from dossier.report.followup import write_followup
from dossier.report.form_sheet import compose_sheet
from dossier.report.html import write_html
from dossier.report.record import render_terminal, to_json, write_json
from dossier.report.sheet_pdf import write_sheet_pdf

__all__ = [
    "compose_sheet",
    "render_terminal",
    "to_json",
    "write_followup",
    "write_html",
    "write_json",
    "write_sheet_pdf",
]

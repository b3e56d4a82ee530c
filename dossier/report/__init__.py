"""Report: the dossier in; ``report.json``, ``report.html`` and the terminal summary out.

``record`` builds the contract's JSON and the masked terminal lines; ``html`` the page with
thumbnails and next steps.
"""

from dossier.report.html import write_html
from dossier.report.record import render_terminal, to_json, write_json

__all__ = ["render_terminal", "to_json", "write_html", "write_json"]

"""Classify: pages in; documents out, each of one kind, with a score and the terms that made it.

Every page is scored against every kind's vocabulary (``data/classify.toml``); consecutive
pages of one file that continue a document are grouped into it (``pages``).
"""

from dossier.classify.pages import classify_page, group_documents

__all__ = ["classify_page", "group_documents"]

"""Given names where a page prints them: after their label ("Prénoms", "Given names", "Vornamen")."""

from __future__ import annotations

import re

from dossier.models import COLUMN_GAP

NAME_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
MAX_GIVEN_NAMES = 4

GIVEN_LABEL = re.compile(
    r"(?i)\b(?:pr[ée]noms?|given\s+names?|forenames?|first\s+names?|vornamen?|nombres?|nomes?|nomi|imiona?|prenumele)\b"
    r"[^\n]*?(?:[:/]\s*|\s{2,}|$)"
)


def given_after_label(text: str) -> list[str]:
    """The given names printed after their label, on its line or the next: [] when none reads as names."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        labels = list(GIVEN_LABEL.finditer(line))
        if not labels:
            continue
        following = lines[i + 1] if i + 1 < len(lines) else ""
        for place in (line[labels[-1].end() :], following):
            words = NAME_WORDS.findall(place.strip().split(COLUMN_GAP)[0])
            if 0 < len(words) <= MAX_GIVEN_NAMES and all(
                w[0].isupper() and not GIVEN_LABEL.match(w) for w in words
            ):
                return words
    return []

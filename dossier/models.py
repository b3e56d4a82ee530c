"""The small typed records that flow between the stages of the pipeline.

Each stage is a plain function that takes some of these and returns others; nothing here
does any work beyond trivial derived properties.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

# How OCR text marks a wide horizontal gap inside a line (two columns run together).
COLUMN_GAP = "    "


class Severity(StrEnum):
    """How bad a finding is; an ``error`` blocks the dossier."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class SourceType(StrEnum):
    """What a scanned file is, decided from its content (never its extension)."""

    PDF = "pdf"
    IMAGE = "image"


@dataclass(frozen=True)
class SourceFile:
    """One readable input file of the scans folder."""

    path: Path
    rel: str
    mime: str
    type: SourceType
    sha256: str
    page_count: int


@dataclass(frozen=True)
class PageRef:
    """Where one page comes from: enough for a worker process to load it on its own."""

    path: Path
    rel: str
    sha256: str
    type: SourceType
    index: int  # 0-based page or frame index inside the file
    text_layer: str = ""  # the PDF's own text, when it has a real one

    @property
    def number(self) -> int:
        """The 1-based page number used in reports."""
        return self.index + 1


@dataclass(frozen=True)
class Word:
    """One recognised word and its box, in points of the upright page (for the text layer)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class Page:
    """A page with its text, as read from a PDF text layer or by OCR."""

    ref: PageRef
    text: str
    text_source: str  # "pdf-text" or "ocr"
    rotation: int = 0  # clockwise degrees that make the page upright
    width_pt: float = 0.0
    height_pt: float = 0.0
    words: list[Word] = field(default_factory=list)
    mrz_text: str = ""  # Tesseract's restricted-alphabet re-reads of the MRZ band, if any
    mrz_cells: str = ""  # the MRZ band read cell by cell against OCR-B glyphs, if the page has one
    mrz_second: str = ""  # the MRZ read by the second engine, where it read better than the first
    second_text: str = ""  # the page read by the second engine, where a checked field failed on it
    barcodes: list[str] = field(default_factory=list)  # decoded 2D-Doc / DataMatrix payloads
    ocr_error: str = ""  # set when the page could not be read
    thumbnail: str = ""  # a small upright JPEG data: URI for the HTML report, made when read
    skew: float = 0.0  # degrees (counter-clockwise) the scan was levelled by before it was read

    @property
    def label(self) -> str:
        """``file.pdf p.2`` style label for messages."""
        return f"{self.ref.rel} p.{self.ref.number}"


@dataclass
class Classification:
    """The winning kind of a page, its confidence and the evidence that decided."""

    kind: str
    confidence: float
    reasons: list[str] = field(default_factory=list)
    forced: bool = False
    starts_document: bool = True  # its title stands at the top of the page


@dataclass
class Document:
    """One document: consecutive pages of one file that belong together."""

    file: str
    pages: list[Page]
    kind: str
    confidence: float
    reasons: list[str] = field(default_factory=list)
    holder: str | None = None
    months: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def page_numbers(self) -> list[int]:
        """1-based page numbers in the source file."""
        return [page.ref.number for page in self.pages]

    @property
    def text(self) -> str:
        """All the document's text, page after page."""
        return "\n\f\n".join(page.text for page in self.pages)

    @property
    def second_text(self) -> str:
        """The second engine's reading of the pages it read again, page after page ("" if none)."""
        return "\n".join(page.second_text for page in self.pages if page.second_text)


@dataclass
class Finding:
    """Something missing or wrong, said in plain words with what to do."""

    code: str
    severity: Severity
    message: str
    files: list[str] = field(default_factory=list)
    kind: str | None = None
    months: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Applicant:
    """The person the dossier is for, and where that name came from."""

    surname: str
    given_names: tuple[str, ...]
    source: str
    nationality: str | None = None
    address: str | None = None

    @property
    def display_name(self) -> str:
        """``Given Names SURNAME``, the way French letters write it."""
        given = " ".join(self.given_names)
        # Passports print given names in capitals; a letter writes them as words.
        if given.isupper():
            given = given.title()
        return f"{given} {self.surname.upper()}".strip()


@dataclass(frozen=True)
class Overrides:
    """What a person wrote in the scans folder's ``dossier.toml``."""

    date: dt.date | None = None
    profile: str | None = None
    name: str | None = None
    address: str | None = None
    cpam: str | None = None
    kinds: dict[str, str] = field(default_factory=dict)  # relative file -> forced kind
    source: Path | None = None
    children: tuple[Child, ...] = ()


@dataclass(frozen=True)
class Child:
    """A minor child attached to the application, and where the tool learned of them."""

    name: str
    birth_date: dt.date | None = None
    source: str = "dossier.toml"  # or the file that names the child


@dataclass(frozen=True)
class Options:
    """Everything a build needs besides the scans folder."""

    scans_dir: Path
    out_dir: Path
    date: dt.date | None = None
    profile: str | None = None
    name: str | None = None
    lang: str = "en"
    jobs: int = 0
    use_cache: bool = True
    write_packet: bool = True
    watermark: str | None = ""  # "" = default text, None = no watermark
    duplex: bool = False
    cpam: str | None = None
    profile_file: Path | None = None
    progress: bool = False


@dataclass
class Dossier:
    """The whole result of a run, which the report and the packet are made from."""

    date: dt.date
    profile: str
    profile_source: str  # "option", "override" or "inferred"
    applicant: Applicant | None
    documents: list[Document]
    findings: list[Finding]
    overrides: Overrides
    packet: Path | None = None
    packet_pages: int = 0
    packet_sheets: int = 0
    packet_weight_g: float = 0.0
    packet_postage_step_g: int | None = None
    packet_index: list[dict[str, Any]] = field(default_factory=list)  # number, title, first/last page
    cpam: str | None = None  # the CPAM written to (option or dossier.toml), for the follow-up letter
    form_sheet: Path | None = None
    children: tuple[Child, ...] = ()

    @property
    def ready(self) -> bool:
        """True when no finding blocks the application."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

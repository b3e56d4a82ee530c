"""The description of one document to draw: ``DocSpec``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from .people import Person


def stable_seed(*parts: object) -> int:
    """A 63-bit seed from text parts (sha256, never Python's salted ``hash``)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


@dataclass
class DocSpec:
    """One document: kind, holder, dates and kind-specific fields.

    ``key`` names the document uniquely (seeds, file names). ``fields`` carries the inputs a
    builder needs and the derived truths tests and the evaluation read back: ``holder``
    (the name as printed), ``months`` (YYYY-MM, residence proofs and payslips), ``mrz``
    (list of lines), ``iban``, ``bic``, ``siret``, ``language``, ``parents``, ``twoddoc``.
    """

    key: str
    kind: str
    person: Person
    issued: date
    variant: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    dpi: int = 200

    @property
    def seed(self) -> int:
        """The seed every random choice of this document derives from."""
        return stable_seed("doc", self.key)

    def rng(self, salt: str = "") -> np.random.Generator:
        """A numpy generator for this document (and an optional salt)."""
        return np.random.default_rng(stable_seed("doc", self.key, salt))

    @property
    def holder(self) -> str:
        """The holder's name as printed on the document."""
        return str(self.fields.get("holder", self.person.full))

    @property
    def months(self) -> list[str]:
        """Calendar months covered (residence proofs, payslips), else empty."""
        return list(self.fields.get("months", []))

    def digits(self, n: int, salt: str = "") -> str:
        """``n`` repeatable pseudo-random digits for reference numbers."""
        rng = self.rng("digits" + salt)
        return "".join(str(int(d)) for d in rng.integers(0, 10, n))


@dataclass(frozen=True)
class FileSpec:
    """One file of a scans folder: its documents (catalog names, in page order) and how it was made."""

    name: str
    docs: tuple[str, ...]
    fmt: str = "jpeg"
    variant: str = "scan"
    quality: int = 60
    listed: bool = True  # appears in expected.toml [[documents]] (not for unreadable files)


@dataclass(frozen=True)
class Case:
    """One scans folder and what the tool must conclude about it."""

    name: str
    profile: str
    person: str
    files: tuple[FileSpec, ...]
    findings: tuple[str, ...] = ()
    ready: bool = True
    about: str = ""


def one_doc_file(
    name: str, doc: str, fmt: str = "jpeg", variant: str = "scan", quality: int = 60
) -> FileSpec:
    return FileSpec(name, (doc,), fmt, variant, quality)

"""Whether the packet already on disk is what this run would write, so a rebuild can keep it.

A packet is a pure function of the dossier (documents, readings, findings, date), the options
that shape it, and the code and fonts that draw it: the same inputs give the same bytes. A run
records, in the private cache, a digest of those inputs beside the digest of the file it
wrote; the next run with the same inputs finds the same file, bit for bit, and leaves it. Any
change (a page, a finding, an option, this package's code, a font, a library) makes another
digest, and the packet is drawn again; so does a packet edited or replaced since.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from pathlib import Path

import img2pdf
import PIL
import pymupdf

from dossier import __version__
from dossier.checks.profiles import profiles_dir
from dossier.models import Dossier, Options
from dossier.packet.typeset import FONT_DIR
from dossier.read.cache import PageCache

RECIPE = "packet-on-disk|1"
CODE_SUFFIXES = frozenset({".py", ".toml", ".json", ".txt"})


def inputs_digest(dossier: Dossier, options: Options, watermark: str | None) -> str:
    """The digest of everything the packet's bytes depend on."""
    shaping = dataclasses.replace(options, jobs=0, progress=False, use_cache=True)
    material = repr(
        (
            dossier.date,
            dossier.profile,
            dossier.profile_source,
            dossier.applicant,
            dossier.documents,
            dossier.findings,
            dossier.overrides,
            shaping,
            watermark,
        )
    )
    return hashlib.sha256(f"{_code_digest()}\0{material}".encode()).hexdigest()


def unchanged(store: PageCache, dest: Path, inputs: str) -> bool:
    """Whether ``dest`` is the packet last written there from these very inputs."""
    record = store.get(_record_key(store, dest))
    if record is None or record.get("inputs") != inputs:
        return False
    try:
        on_disk = hashlib.sha256(dest.read_bytes()).hexdigest()
    except OSError:
        return False
    return on_disk == record.get("packet")


def remember(store: PageCache, dest: Path, inputs: str, data: bytes) -> None:
    """Record that ``dest`` now holds ``data``, made from ``inputs``."""
    store.put(_record_key(store, dest), {"inputs": inputs, "packet": hashlib.sha256(data).hexdigest()})


def _record_key(store: PageCache, dest: Path) -> str:
    where = hashlib.sha256(str(dest.resolve()).encode()).hexdigest()
    return store.key(where, 0, RECIPE)


@functools.cache
def _code_digest() -> str:
    """The package's sources and data, the profiles, the fonts and the libraries' versions."""
    digest = hashlib.sha256(
        f"{__version__}|{pymupdf.VersionBind}|{PIL.__version__}|{img2pdf.__version__}".encode()
    )
    for folder in (Path(__file__).resolve().parent.parent, profiles_dir()):
        for path in sorted(folder.rglob("*")):
            if path.suffix in CODE_SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    for font in sorted(FONT_DIR.glob("*.ttf")) if FONT_DIR.is_dir() else []:
        stat = font.stat()
        digest.update(f"{font.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()

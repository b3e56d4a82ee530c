from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from dossier.read.ingest import ingest
from tests.conftest import permission_bits_enforced


def _jpeg(size: tuple[int, int] = (800, 1100)) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", size, 200).save(buffer, "JPEG")
    return buffer.getvalue()


def _pdf(text: str = "QUITTANCE DE LOYER pour le mois de septembre 2026, locataire Hélène NGUYEN") -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text)
    return doc.tobytes()


def _encrypted_pdf() -> bytes:
    doc = pymupdf.open(stream=_pdf(), filetype="pdf")
    return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _tree_digest(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mode)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "empty.jpg").write_bytes(b"")
    (scans / "truncated.jpg").write_bytes(_jpeg()[:400])
    (scans / "pdf named.jpg").write_bytes(_pdf())
    (scans / "image named.pdf").write_bytes(_jpeg())
    (scans / "locked.pdf").write_bytes(_encrypted_pdf())
    (scans / "damaged.pdf").write_bytes(b"%PDF-1.7\n1 0 obj<<>>garbage" * 3)
    (scans / "tiny.png").write_bytes(_png((1, 1)))
    (scans / "letter.docx").write_bytes(_docx())
    (scans / "notes.txt").write_text("my notes", encoding="utf-8")
    (scans / 'été l\'"quote"\nnewline.jpg').write_bytes(_jpeg((700, 990)))
    (scans / ".hidden.jpg").write_bytes(_jpeg())
    (scans / "link-outside.jpg").symlink_to(tmp_path / "elsewhere.jpg")
    (tmp_path / "elsewhere.jpg").write_bytes(_jpeg())
    (scans / "loop").symlink_to(scans, target_is_directory=True)
    return scans


def _png(size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", size, 255).save(buffer, "PNG")
    return buffer.getvalue()


def test_every_bad_file_is_named_with_a_fix_and_nothing_changes(bad_folder: Path) -> None:
    before = _tree_digest(bad_folder)
    result = ingest(bad_folder)
    unreadable = {err.rel: err for err in result.unreadable}
    assert set(unreadable) == {
        "empty.jpg",
        "truncated.jpg",
        "locked.pdf",
        "damaged.pdf",
        "tiny.png",
        "letter.docx",
        "notes.txt",
        "link-outside.jpg",
        "loop",
    }
    assert "password" in unreadable["locked.pdf"].message
    assert "PDF" in unreadable["letter.docx"].fix
    assert all(err.fix for err in unreadable.values())
    readable = {f.rel for f in result.files}
    assert readable == {"pdf named.jpg", "image named.pdf", 'été l\'"quote"\nnewline.jpg'}
    kinds = {f.rel: f.type.value for f in result.files}
    assert kinds["pdf named.jpg"] == "pdf"
    assert kinds["image named.pdf"] == "image"
    assert _tree_digest(bad_folder) == before


def test_text_layer_is_kept_and_duplicates_detected(tmp_path: Path) -> None:
    data = _pdf()
    (tmp_path / "a.pdf").write_bytes(data)
    (tmp_path / "b.pdf").write_bytes(data)
    result = ingest(tmp_path)
    assert [p.rel for p in result.pages] == ["a.pdf"]
    assert "QUITTANCE" in result.pages[0].text_layer
    assert result.duplicates == [("b.pdf", "a.pdf")]


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG that claims huge dimensions: the shape of a decompression bomb."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bomb.png").write_bytes(_png_header_only(30000, 30000))
    result = ingest(tmp_path)
    assert [err.rel for err in result.unreadable] == ["bomb.png"]
    assert "too large" in result.unreadable[0].message


def test_output_folder_inside_scans_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(_jpeg())
    out = tmp_path / "out"
    out.mkdir()
    (out / "packet.pdf").write_bytes(_pdf())
    result = ingest(tmp_path, skip=(out,))
    assert [f.rel for f in result.files] == ["a.jpg"]


def test_unreadable_permission(tmp_path: Path) -> None:
    # Run in a process held to the permission bits (as root: without CAP_DAC_OVERRIDE).
    prefix = permission_bits_enforced(tmp_path / "probe")
    scans = tmp_path / "scans"
    scans.mkdir()
    path = scans / "secret.jpg"
    path.write_bytes(_jpeg())
    path.chmod(0)
    code = "import sys; from pathlib import Path; from dossier.read.ingest import ingest\n"
    code += "for err in ingest(Path(sys.argv[1])).unreadable: print(err.rel, '|', err.message, '|', err.fix)"
    done = subprocess.run([*prefix, sys.executable, "-c", code, str(scans)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "secret.jpg | secret.jpg cannot be read (permission denied). | run `chmod u+r secret.jpg`"
    ]


def test_multi_page_tiff(tmp_path: Path) -> None:
    frames = [Image.new("L", (800, 1100), shade) for shade in (255, 200, 150)]
    frames[0].save(tmp_path / "scan.tiff", save_all=True, append_images=frames[1:])
    result = ingest(tmp_path)
    assert [p.number for p in result.pages] == [1, 2, 3]


@pytest.mark.parametrize("damage", ["cut", "flipped byte"])
def test_damaged_png_is_caught_without_decoding(tmp_path: Path, damage: str) -> None:
    """A PNG is checked by its chunk checksums: a cut file or one changed byte are both refused."""
    data = bytearray(_png((800, 1000)))
    if damage == "cut":
        data = data[: len(data) // 2]
    else:
        data[len(data) // 2] ^= 0xFF
    (tmp_path / "scan.png").write_bytes(bytes(data))
    result = ingest(tmp_path)
    assert [err.rel for err in result.unreadable] == ["scan.png"]
    assert result.pages == []

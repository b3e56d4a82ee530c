"""report.html: self-contained, escaped, masked, one thumbnail per page, never crashes on a lost page."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest
from PIL import Image, ImageDraw

from dossier.models import (
    Applicant,
    Document,
    Dossier,
    Finding,
    Overrides,
    Page,
    PageRef,
    Severity,
    SourceType,
)
from dossier.report.html import mask_value, render_html, write_html
from dossier.report.record import to_json

ROOT = Path(__file__).resolve().parent.parent
IBAN = "FR7630006000011234567890189"
PASSPORT_NUMBER = "19AB123456"
IMG_RE = re.compile(r'<img src="data:image/jpeg;base64,([A-Za-z0-9+/=]+)" width="(\d+)" height="(\d+)" alt="')


def _image(path: Path, size: tuple[int, int], title: str, turned: int = 0) -> Path:
    """A JPEG with a dark band at its top; ``turned``: degrees it was scanned turned anticlockwise."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, size[0] - 10, 60), fill="navy")
    draw.text((20, 80), title, fill="black")
    image.rotate(turned, expand=True).save(path, "JPEG", quality=80)
    return path


def _pdf(path: Path, titles: list[str]) -> Path:
    with pymupdf.open() as doc:
        for title in titles:
            page = doc.new_page(width=595, height=842)
            page.insert_text((72, 100), title, fontsize=20)
        doc.save(path)
    return path


def _page(path: Path, scans: Path, kind: SourceType, index: int = 0, rotation: int = 0) -> Page:
    ref = PageRef(path=path, rel=path.relative_to(scans).as_posix(), sha256="0" * 64, type=kind, index=index)
    return Page(ref=ref, text="", text_source="ocr", rotation=rotation)


def make_dossier(scans: Path) -> Dossier:
    """Four documents, five pages: a passport photo, a 2-page PDF of receipts, a sideways RIB
    scan, and a bill whose file has since been deleted (placeholder expected)."""
    scans.mkdir(parents=True, exist_ok=True)
    passport = _image(scans / "passport.jpg", (600, 420), "PASSPORT")
    receipts = _pdf(scans / "receipts.pdf", ["Quittance de loyer septembre", "Quittance de loyer octobre"])
    rib = _image(scans / "rib.jpg", (300, 400), "RIB (scanned sideways)", turned=90)
    bill = _image(scans / "bill.jpg", (300, 400), "deleted after the run")
    bill_page = _page(bill, scans, SourceType.IMAGE)
    bill.unlink()
    documents = [
        Document(
            file="passport.jpg",
            pages=[_page(passport, scans, SourceType.IMAGE)],
            kind="passport",
            confidence=0.97,
            reasons=["MRZ found", "word PASSEPORT"],
            holder="Hélène NGUYEN-DUPONT",
            fields={
                "document_number": PASSPORT_NUMBER,
                "expiry_date": "2030-01-31",
                "mrz_valid": True,
                "mrz": [f"P<FRANGUYEN<DUPONT<<HELENE{PASSPORT_NUMBER}"],
                "nationality": "FRA",
            },
        ),
        Document(
            file="receipts.pdf",
            pages=[_page(receipts, scans, SourceType.PDF, i) for i in range(2)],
            kind="rent_receipt",
            confidence=0.88,
            reasons=["word quittance"],
            holder="<script>alert('x')</script>",
            months=["2026-09", "2026-10"],
        ),
        Document(
            file="rib.jpg",
            pages=[_page(rib, scans, SourceType.IMAGE, rotation=90)],
            kind="rib",
            confidence=0.9,
            holder="Helene NGUYEN DUPONT",
            fields={"iban": IBAN, "bic": "PSSTFRPPXXX", "iban_valid": True},
        ),
        Document(
            file="bill.jpg",
            pages=[bill_page],
            kind="utility_bill",
            confidence=0.75,
            holder="Hélène NGUYEN-DUPONT",
            months=["2026-11"],
            fields={"language": "fr", "period_start": "2026-11-01", "period_end": "2026-11-30"},
        ),
    ]
    findings = [
        Finding(
            "residence_gap",
            Severity.ERROR,
            "No proof of residence for November 2026. Add it.",
            files=["receipts.pdf"],
            kind="rent_receipt",
            months=["2026-11"],
        ),
        Finding(
            "name_variant",
            Severity.WARNING,
            'rib.jpg: the name is written "Helene NGUYEN DUPONT".',
            files=["rib.jpg"],
            kind="rib",
        ),
        Finding(
            "unreadable_file",
            Severity.ERROR,
            "broken.pdf is encrypted. What to do: remove the password.",
            files=["broken.pdf"],
        ),
        Finding(
            "missing_document",
            Severity.ERROR,
            "No birth certificate was found. Add a scan of it.",
            kind="birth_certificate",
        ),
    ]
    applicant = Applicant("NGUYEN-DUPONT", ("Hélène",), "passport", "FRA")
    dossier = Dossier(
        dt.date(2026, 11, 15), "inactive", "inferred", applicant, documents, findings, Overrides()
    )
    dossier.packet = scans.parent / "out" / "PUMa-NGUYEN-DUPONT-2026-11-15.pdf"
    dossier.packet_pages, dossier.packet_sheets, dossier.packet_weight_g = 9, 9, 48.6
    return dossier


@pytest.fixture
def built(tmp_path: Path) -> tuple[Dossier, str, Path]:
    dossier = make_dossier(tmp_path / "scans")
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    write_html(dossier, to_json(dossier, tmp_path / "scans"), out)
    return dossier, out.read_text("utf-8"), out


def test_written_private_and_atomically(built: tuple[Dossier, str, Path]) -> None:
    _, _, out = built
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["report.html"]


def test_one_jpeg_thumbnail_per_loadable_page_and_a_placeholder(built: tuple[Dossier, str, Path]) -> None:
    dossier, text, _ = built
    total = sum(len(doc.pages) for doc in dossier.documents)
    images = IMG_RE.findall(text)
    assert len(images) == total - 1 == text.count("<img ")
    assert text.count('class="nopreview"') == 1
    assert "no preview" in text
    for data, width, height in images:
        with Image.open(io.BytesIO(base64.b64decode(data))) as thumb:
            assert thumb.format == "JPEG"
            assert thumb.size == (int(width), int(height))
            assert thumb.width <= 180


def test_thumbnail_is_upright(built: tuple[Dossier, str, Path]) -> None:
    _, text, _ = built
    rib = next(m for m in IMG_RE.finditer(text) if "rib.jpg" in text[m.end() : m.end() + 80])
    width, height = int(rib.group(2)), int(rib.group(3))
    assert height > width  # a portrait page scanned sideways (400x300), turned back by 90°


def test_self_contained_no_network(built: tuple[Dossier, str, Path]) -> None:
    _, text, _ = built
    assert "http://" not in text
    assert "https://" not in text
    assert "<script" not in text.lower()
    assert "<link" not in text.lower()
    assert "url(" not in text
    assert "@import" not in text
    assert "//" not in re.sub(r"data:[^\"]+", "", text)


def test_sensitive_values_masked(built: tuple[Dossier, str, Path]) -> None:
    _, text, _ = built
    assert IBAN not in text
    assert IBAN[4:-3] not in text
    assert PASSPORT_NUMBER not in text
    assert "P&lt;FRA" not in text
    assert mask_value(IBAN) in text
    assert mask_value(IBAN).startswith("FR76")
    assert mask_value(IBAN).endswith("189")
    assert mask_value(PASSPORT_NUMBER) == "19AB•••456"
    assert mask_value("FR76 3000 6000") == "FR76•••••000"
    assert mask_value("ABC") == "•••"


def test_findings_header_and_escaping(built: tuple[Dossier, str, Path]) -> None:
    dossier, text, _ = built
    for finding in dossier.findings:
        assert finding.message.replace('"', "&quot;") in text
    assert "NOT READY" in text
    assert "inferred" in text
    assert "15 November 2026" in text
    assert "3 error(s), 1 warning(s)" in text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    assert 'href="#doc-2"' in text
    assert 'id="doc-2"' in text
    assert 'href="#unreadable"' in text
    assert text.index("No proof of residence") < text.index("rib.jpg: the name")
    assert "September 2026 and October 2026" in text
    assert "lettre recommandée avec accusé de réception" in text
    assert "PUMa-NGUYEN-DUPONT-2026-11-15.pdf" in text
    assert "about 49 g" in text
    assert '<html lang="en">' in text


def test_french(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path / "scans")
    text = render_html(dossier, to_json(dossier, tmp_path / "scans"), lang="fr")
    assert '<html lang="fr">' in text
    assert "PAS PRÊT" in text
    assert "Quittance de loyer" in text
    assert "septembre 2026 et octobre 2026" in text
    assert "Étapes suivantes" in text


def test_ready_and_empty(tmp_path: Path) -> None:
    dossier = Dossier(dt.date(2026, 1, 2), "employee", "option", None, [], [], Overrides())
    text = render_html(dossier, to_json(dossier, tmp_path))
    assert "READY" in text
    assert "NOT READY" not in text
    assert "No document was recognised" in text
    assert "No packet was written" in text
    assert "not found" in text


@pytest.mark.skipif(
    not (shutil.which("chromium") or Path("/usr/bin/chromium").exists()),
    reason="Chromium is not installed (apt-get install chromium)",
)
def test_screenshot(built: tuple[Dossier, str, Path], tmp_path: Path) -> None:
    _, _, out = built
    png = tmp_path / "shot.png"
    script = ROOT / "scripts" / "screenshot_report.py"
    done = subprocess.run(
        [sys.executable, str(script), str(out), str(png)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    with Image.open(png) as shot:
        assert shot.size == (1280, 2400)
        colours = shot.convert("RGB").getcolors(maxcolors=1_000_000)
        assert colours is not None
        assert len(colours) > 50


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("garbage.pdf", b"%PDF-1.7 not really", SourceType.PDF),
        ("garbage.jpg", b"\xff\xd8\xff not really", SourceType.IMAGE),
        ("empty.png", b"", SourceType.IMAGE),
    ],
)
def test_damaged_page_gives_no_thumbnail(tmp_path: Path, name: str, content: bytes, kind: SourceType) -> None:
    from dossier.report.html import page_thumbnail

    (tmp_path / name).write_bytes(content)
    assert page_thumbnail(_page(tmp_path / name, tmp_path, kind)) is None


def test_screenshot_script_says_how_to_install_chromium(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "screenshot_report", ROOT / "scripts" / "screenshot_report.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module.shutil, "which", lambda _name: None)
    assert module.main([str(tmp_path / "report.html"), str(tmp_path / "shot.png")]) == 3
    assert "apt-get install chromium" in capsys.readouterr().err

"""Screenshot report.html with headless Chromium, to look at the layout.

Usage: python scripts/screenshot_report.py REPORT_HTML OUT_PNG [--width 1280] [--height 2400]

Chromium runs with a throw-away profile and no background networking; the report itself loads
nothing from the network. Exit codes: 0 done, 2 usage error, 3 Chromium missing, 4 Chromium failed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
TIMEOUT_S = 120


def find_chromium() -> str | None:
    """The Chromium executable: /usr/bin/chromium, else the first candidate on PATH."""
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_command(chromium: str, html: Path, out: Path, profile: Path, size: tuple[int, int]) -> list[str]:
    """The command line that screenshots ``html`` into ``out``."""
    return [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--screenshot={out}",
        f"--window-size={size[0]},{size[1]}",
        html.resolve().as_uri(),
    ]


def screenshot(html: Path, out: Path, size: tuple[int, int] = (1280, 2400)) -> int:
    """Take the screenshot; returns the exit code and prints what went wrong, if anything."""
    chromium = find_chromium()
    if chromium is None:
        print("Chromium is not installed: apt-get install chromium", file=sys.stderr)
        return 3
    if not html.is_file():
        print(f"{html} is not a file.", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="dossier-chromium-") as profile:
        command = chromium_command(chromium, html, out.resolve(), Path(profile), size)
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            print(f"Chromium took more than {TIMEOUT_S} s.", file=sys.stderr)
            return 4
    if done.returncode != 0 or not out.is_file():
        print(f"Chromium failed (exit {done.returncode}):\n{done.stderr[-2000:]}", file=sys.stderr)
        return 4
    print(out)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the arguments and take the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("report_html", type=Path)
    parser.add_argument("out_png", type=Path)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args(argv)
    return screenshot(args.report_html, args.out_png, (args.width, args.height))


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate every sample dossier deterministically: ``python samples/generate.py [--out samples]``.

Each case becomes ``OUT/<case>/scans/`` (the scans and a ``dossier.toml``) and
``OUT/<case>/expected.toml``. Running it twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from synth import CASES, build_case  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write the case folders into")
    parser.add_argument("--case", action="append", choices=CASES, help="only this case (repeatable)")
    parser.add_argument("--digest", action="store_true", help="print the sha256 of every written file")
    args = parser.parse_args(argv)
    total = 0
    for name in args.case or CASES:
        paths = build_case(name, args.out / name)
        size = sum(p.stat().st_size for p in paths)
        total += size
        print(f"{name}: {len(paths)} files, {size / 1024:.0f} KiB")
        if args.digest:
            for p in paths:
                print(f"  {hashlib.sha256(p.read_bytes()).hexdigest()}  {p.relative_to(args.out)}")
    print(f"total {total / 1024 / 1024:.2f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Set-up for dossier on Debian/Ubuntu: system packages, a virtual environment, the project.
# Idempotent: a second run checks and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng libmagic1
                 fonts-dejavu-core fonts-ocr-b poppler-utils)
VENV=.venv
STAMP="$VENV/.setup-stamp"

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing system packages. Install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 3
  fi
fi

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "dossier needs Python 3.11 or newer; $("$PYTHON" --version) found. Set PYTHON=/path/to/python3.11." >&2
  exit 3
fi
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"

want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$want" ]; then
  echo "Installing dossier and its Python dependencies into $VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[test]"
  echo "$want" > "$STAMP"
fi

# Byte-code for the project's own modules: an editable install leaves none, and where
# PYTHONDONTWRITEBYTECODE is set every run would compile them again (0.15 s a run).
"$VENV/bin/python" -m compileall -q dossier >/dev/null

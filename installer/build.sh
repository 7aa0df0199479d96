#!/usr/bin/env bash
# Build the Linux bundle: dist/shelter-desktop/ (one folder; run dist/shelter-desktop/shelter-desktop).
# Usage: installer/build.sh [PYTHON]   (default: .venv/bin/python, which needs `pip install .[installer]`;
#        `make installer` does that first). Then runs installer/smoke_test.sh on the result.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${1:-$ROOT/.venv/bin/python}"
cd "$ROOT"
"$PY" -m PyInstaller --version > /dev/null 2>&1 \
  || { echo "build: PyInstaller is missing; run: $PY -m pip install '.[installer]'" >&2; exit 2; }

# The compiled translation must be current: the bundle ships resources/translations/*.qm.
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    echo "build: $qm is older than $ts; run: make translations-compile" >&2
  fi
done

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" installer/shelter_desktop.spec
end=$(date +%s)

# The desktop entry and icon beside the bundle, for a menu entry (see installer/README.md).
cp installer/shelter-desktop.desktop resources/icons/shelter-desktop.png dist/shelter-desktop/
echo "build: dist/shelter-desktop/ in $((end - start)) s, $(du -sh dist/shelter-desktop | cut -f1)"

installer/smoke_test.sh "$ROOT/dist/shelter-desktop"

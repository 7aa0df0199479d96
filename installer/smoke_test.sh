#!/usr/bin/env bash
# Smoke test of the built Linux bundle (dist/shelter-desktop/), as CI would run it:
#   1. keyring inside the bundle: the OS credential store backends (Secret Service, Windows
#      Credential Manager, ...) are bundled and registered, not only keyring's "fail" backend;
#      every library's metadata (About dialog), every resource file and migration are there;
#   2. demo --residents 50 into a fresh data folder, then `check` (exit 0);
#   3. an anonymized summary as PDF in Khmer (reportlab + uharfbuzz shaping) and as XLSX;
#   4. the GUI starts offscreen and shows its first window (SHELTER_QUIT_AFTER_SHOWN=1), exit 0;
#   5. when gnome-keyring-daemon and dbus-run-session exist: the same with a real Secret
#      Service, where the bundle must choose it, keep the database key in it and unlock with it.
# Usage: installer/smoke_test.sh [BUNDLE_DIR] [--bench]
#   --bench  also time the first window, bundle vs sources (median of 3 each).
# Nothing here is personal data: the demo residents are synthetic.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$ROOT/dist/shelter-desktop"
BENCH=0
for arg in "$@"; do
  case "$arg" in
    --bench) BENCH=1 ;;
    *) BUNDLE="$arg" ;;
  esac
done
APP="$BUNDLE/shelter-desktop"
[ -x "$APP" ] || { echo "smoke: no bundle at $APP (run make installer first)" >&2; exit 2; }

unset PYTHON_KEYRING_BACKEND SHELTER_DATA_DIR SHELTER_RECOVERY_KEY SHELTER_QUIT_AFTER_SHOWN
export QT_QPA_PLATFORM=offscreen SHELTER_PASSWORD=demo-password
WORK="$(mktemp -d "${TMPDIR:-/tmp}/shelter-smoke.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }

expect_line() {  # expect_line FILE REGEX WHAT
  grep -Eq "$2" "$1" || { cat "$1" >&2; fail "$3"; }
}

# 1. keyring backends in the bundle ------------------------------------------------------------
step "keyring backends inside the bundle"
SHELTER_BUNDLE_DIAGNOSTICS=1 "$APP" > "$WORK/keyring.txt" || fail "keyring diagnostic exited non-zero"
sed 's/^/  /' "$WORK/keyring.txt"
expect_line "$WORK/keyring.txt" '^frozen: True$' "the bundle does not run frozen"
expect_line "$WORK/keyring.txt" '^entry points: .*SecretService' "keyring's entry points (dist-info) are not in the bundle"
expect_line "$WORK/keyring.txt" '^entry points: .*Windows' "keyring's Windows entry point is not in the bundle"
expect_line "$WORK/keyring.txt" '^known classes: .*keyring\.backends\.SecretService\.Keyring' "keyring did not register the Secret Service backend"
expect_line "$WORK/keyring.txt" '^known classes: .*keyring\.backends\.Windows\.WinVaultKeyring' "keyring did not register the Windows backend"
for module in SecretService Windows libsecret macOS chainer fail null; do
  expect_line "$WORK/keyring.txt" "^importable: keyring\.backends\.$module\$" "keyring.backends.$module is not in the bundle"
done
step "library metadata (versions and licences in the About dialog)"
expect_line "$WORK/keyring.txt" '^version: shelter-desktop ' "the application's metadata is not in the bundle"
expect_line "$WORK/keyring.txt" '^version: (pyside6-essentials|PySide6_Essentials) ' "PySide6's metadata is not in the bundle"
if grep -q '^no metadata: ' "$WORK/keyring.txt"; then
  grep '^no metadata: ' "$WORK/keyring.txt" >&2; fail "library metadata is missing from the bundle"
fi

# 1a. data files: every file under resources/ is in the bundle at its package path ---------------
step "resources (fonts, translations, templates, help, icons), stylesheet and migrations"
INTERNAL="$BUNDLE/_internal/shelter_desktop"
if [ -d "$ROOT/resources" ]; then
  while IFS= read -r file; do
    [ -f "$INTERNAL/resources/$file" ] || fail "resources/$file is not in the bundle"
  done < <(cd "$ROOT/resources" && find . -type f ! -name '*.py' ! -name '*.pyc' ! -name '*.ts' \
             ! -path '*__pycache__*' | sed 's|^\./||')
  for migration in "$ROOT"/db/versions/*.py; do
    [ -f "$INTERNAL/db/versions/$(basename "$migration")" ] || fail "migration $(basename "$migration") is not in the bundle"
  done
fi
for file in forms/app.qss db/env.py db/script.py.mako resources/translations/shelter_km.qm; do
  [ -f "$INTERNAL/$file" ] || fail "$file is not in the bundle"
done

# 1b. every shared library finds its dependencies (the spec trims unused Qt parts) --------------
if command -v ldd > /dev/null; then
  step "shared libraries resolve"
  missing="$(find "$BUNDLE" -name '*.so*' -type f -exec ldd {} + 2> /dev/null | grep 'not found' | sort -u || true)"
  [ -z "$missing" ] || { echo "$missing" >&2; fail "a library in the bundle misses a dependency"; }
fi

# 2. demo + check --------------------------------------------------------------------------------
step "demo --residents 50"
"$APP" --data-dir "$WORK/data" demo --residents 50 > "$WORK/demo.out" 2> "$WORK/demo.err" \
  || { cat "$WORK/demo.err" >&2; fail "demo exited non-zero"; }
SHELTER_RECOVERY_KEY="$(sed -n 's/^Recovery key: //p' "$WORK/demo.out")"
[ -n "$SHELTER_RECOVERY_KEY" ] || fail "demo printed no recovery key"
export SHELTER_RECOVERY_KEY
step "check"
"$APP" --data-dir "$WORK/data" check || fail "check exited non-zero"

# 3. PDF in Khmer and XLSX ----------------------------------------------------------------------
step "export-summary as PDF (Khmer) and XLSX"
year="$(date +%Y)"
"$APP" --data-dir "$WORK/data" export-summary --year "$year" --format pdf --language km \
  --user dataofficer -o "$WORK/summary.pdf" > /dev/null || fail "PDF summary exited non-zero"
head -c 5 "$WORK/summary.pdf" | grep -q '%PDF-' || fail "the summary is not a PDF"
"$APP" --data-dir "$WORK/data" export-summary --year "$year" --format xlsx \
  --user dataofficer -o "$WORK/summary.xlsx" > /dev/null || fail "XLSX summary exited non-zero"
head -c 2 "$WORK/summary.xlsx" | grep -q 'PK' || fail "the summary is not an XLSX workbook"

# 4. the GUI ---------------------------------------------------------------------------------------
step "GUI to the first window (offscreen)"
SHELTER_QUIT_AFTER_SHOWN=1 "$APP" --data-dir "$WORK/data" > "$WORK/gui.out" 2> "$WORK/gui.err" \
  || { cat "$WORK/gui.err" >&2; fail "the GUI exited non-zero"; }
expect_line "$WORK/gui.out" '^shown$' "the GUI showed no window"

# 5. a real Secret Service --------------------------------------------------------------------------
if command -v gnome-keyring-daemon > /dev/null && command -v dbus-run-session > /dev/null; then
  step "with a real Secret Service (gnome-keyring in a private D-Bus session)"
  mkdir -p "$WORK/home/run" && chmod 700 "$WORK/home/run"
  cat > "$WORK/secret.sh" <<'INNER'
set -eu
printf 'smoke' | gnome-keyring-daemon --unlock --components=secrets > /dev/null
SHELTER_BUNDLE_DIAGNOSTICS=1 "$APP" > "$WORK/keyring2.txt"
grep -q '^chosen: keyring\.backends\.SecretService\.Keyring$' "$WORK/keyring2.txt" \
  || { cat "$WORK/keyring2.txt" >&2; echo "the bundle did not choose the Secret Service" >&2; exit 1; }
unset SHELTER_RECOVERY_KEY
"$APP" --data-dir "$WORK/data2" demo --residents 5 > "$WORK/demo2.out"
grep -q "stored in this computer's credential store" "$WORK/demo2.out" \
  || { echo "the database key was not kept in the Secret Service" >&2; exit 1; }
"$APP" --data-dir "$WORK/data2" check  # unlocks with the key from the Secret Service
SHELTER_QUIT_AFTER_SHOWN=1 "$APP" --data-dir "$WORK/data2" > "$WORK/gui2.out"
grep -q '^shown$' "$WORK/gui2.out" || { echo "the GUI showed no window" >&2; exit 1; }
INNER
  HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/share" XDG_RUNTIME_DIR="$WORK/home/run" \
    APP="$APP" WORK="$WORK" dbus-run-session -- bash "$WORK/secret.sh" 2> "$WORK/secret.err" \
    || { grep -v -e 'dbus' "$WORK/secret.err" >&2 || true; fail "the bundle cannot use a real Secret Service"; }
  sed 's/^/  /' "$WORK/keyring2.txt" | grep -E 'chosen|viable'
else
  step "skipped the real Secret Service run: gnome-keyring-daemon or dbus-run-session missing"
fi

# optional: startup time, bundle vs sources ---------------------------------------------------------
if [ "$BENCH" = 1 ]; then
  PY="$ROOT/.venv/bin/python"
  [ -x "$PY" ] || PY=python3
  step "startup to the first window, median of 3"
  "$PY" "$ROOT/installer/measure_startup.py" --label "bundle " --data-dir "$WORK/data" -- "$APP"
  if [ -x "$ROOT/.venv/bin/shelter-desktop" ]; then
    "$PY" "$ROOT/installer/measure_startup.py" --label "sources" --data-dir "$WORK/data" \
      -- "$ROOT/.venv/bin/shelter-desktop"
  fi
  du -sh "$BUNDLE" | awk '{print "smoke: bundle size " $1}'
fi

echo "smoke: passed"

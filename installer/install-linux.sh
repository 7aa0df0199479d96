#!/usr/bin/env bash
# Install the built bundle for the current user, without root:
#   ~/.local/opt/shelter-desktop/        the bundle (replaced on every install)
#   ~/.local/bin/shelter-desktop         the command line
#   ~/.local/share/applications/shelter-desktop.desktop and the icon: the menu entry
# Usage: installer/install-linux.sh [BUNDLE_DIR]   (default: dist/shelter-desktop)
#        installer/install-linux.sh --uninstall
# The shelter's data is NOT here: it stays in the user data folder
# (~/.local/share/ShelterDesktop, or SHELTER_DATA_DIR / --data-dir) and neither installing nor
# uninstalling ever touches it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/shelter-desktop"
BIN="$HOME/.local/bin/shelter-desktop"
DESKTOP="$PREFIX/applications/shelter-desktop.desktop"
ICON="$PREFIX/icons/hicolor/256x256/apps/shelter-desktop.png"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$OPT"
  rm -f "$BIN" "$DESKTOP" "$ICON"
  echo "Shelter Desktop removed. The data folder was not touched."
  exit 0
fi

BUNDLE="${1:-$ROOT/dist/shelter-desktop}"
[ -x "$BUNDLE/shelter-desktop" ] || { echo "install: no bundle in $BUNDLE" >&2; exit 2; }
rm -rf "$OPT.new"
mkdir -p "$(dirname "$OPT")" "$(dirname "$BIN")" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
cp -a "$BUNDLE" "$OPT.new"
rm -rf "$OPT"
mv "$OPT.new" "$OPT"
ln -sf "$OPT/shelter-desktop" "$BIN"
cp "$ROOT/resources/icons/shelter-desktop.png" "$ICON"
sed -e "s|^Exec=.*|Exec=\"$OPT/shelter-desktop\"|" -e "s|^TryExec=.*|TryExec=$OPT/shelter-desktop|" \
  "$ROOT/installer/shelter-desktop.desktop" > "$DESKTOP"
echo "Shelter Desktop installed: menu entry 'Shelter Desktop', command $BIN"

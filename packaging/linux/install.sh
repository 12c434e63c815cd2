#!/bin/sh
# Adds Boundary to the applications menu of the person who runs it (no root needed).
# Run it from the unpacked folder: ./install.sh   (./install.sh --remove takes it out again)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$data/applications/boundary.desktop"
icon="$data/icons/hicolor/256x256/apps/boundary.png"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "Boundary was removed from the applications menu (this folder and your profile stay)."
  exit 0
fi
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/boundary.png" "$icon"
# Exec names the program by its full path, quoted and escaped as the Desktop Entry spec says.
program=$(printf '%s' "$here/boundary-app" \
  | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
{ grep -v '^Exec=' "$here/boundary.desktop"; printf 'Exec="%s"\n' "$program"; } > "$entry"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$data/applications" || true
fi
printf "Boundary is in the applications menu. Start it from there, or run %s/boundary-app.\n" "$here"

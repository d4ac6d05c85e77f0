#!/usr/bin/env bash
# Install the built Madoguchi folder for the current user, or remove it again.
#   ./install-linux.sh              copy this folder to ~/.local/opt/madoguchi, add the
#                                   menu entry, the icon and ~/.local/bin/madoguchi{,-cli}
#   ./install-linux.sh --uninstall  remove those again
# The records (~/.local/share/Madoguchi) are never touched, by either.
# Run it from the built folder: dist/madoguchi/install-linux.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/madoguchi"
bin="$HOME/.local/bin"
entry="$share/applications/madoguchi.desktop"
icons="$share/icons/hicolor"
sizes=(16 32 48 64 128 256)

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$share/applications" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$bin/madoguchi" "$bin/madoguchi-cli" "$entry" "$icons/scalable/apps/madoguchi.svg"
    for n in "${sizes[@]}"; do rm -f "$icons/${n}x${n}/apps/madoguchi.png"; done
    rm -rf "$target"
    refresh
    echo "Madoguchi removed; your records in $share/Madoguchi are kept."
    exit 0
fi

[ -x "$here/madoguchi" ] || { echo "run this from the built folder (dist/madoguchi)" >&2; exit 1; }
if [ "$here" != "$target" ]; then
    rm -rf "$target"
    mkdir -p "$(dirname "$target")"
    cp -a "$here" "$target"
fi
mkdir -p "$bin" "$share/applications" "$icons/scalable/apps"
ln -sf "$target/madoguchi" "$bin/madoguchi"
ln -sf "$target/madoguchi-cli" "$bin/madoguchi-cli"
for n in "${sizes[@]}"; do
    mkdir -p "$icons/${n}x${n}/apps"
    cp "$target/icons/madoguchi-$n.png" "$icons/${n}x${n}/apps/madoguchi.png"
done
cp "$target/icons/madoguchi.svg" "$icons/scalable/apps/madoguchi.svg"
sed "s|^Exec=.*|Exec=\"$target/madoguchi\"|" "$target/madoguchi.desktop" >"$entry"
refresh
echo "Madoguchi installed in $target; start it from the menu (Office) or with: madoguchi"

#!/usr/bin/env bash
# Makes codesign a desktop app for the current user (no root): a menu entry, the icon, and
# .codesign files that open in codesign on double-click.
#   packaging/install-desktop.sh              install (again: it is safe to repeat)
#   packaging/install-desktop.sh --uninstall  remove what it installed
# Everything goes under ${XDG_DATA_HOME:-~/.local/share}. The menu entry runs the repository's
# .venv/bin/codesign (made by packaging/setup.sh) if there is one, else the codesign on PATH;
# CODESIGN_EXEC=/path/to/codesign chooses another (e.g. a PyInstaller bundle's).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

say() { printf 'install-desktop: %s\n' "$*" >&2; }

mode=install
case "${1:-}" in
  "") ;;
  --uninstall) mode=uninstall ;;
  -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) say "unknown option '$1' (use --uninstall or nothing)"; exit 2 ;;
esac

data="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop_id=codesign.desktop
metainfo_name=io.codesign.codesign.metainfo.xml
apps="$data/applications"
mime_packages="$data/mime/packages"
icons="$data/icons/hicolor"
metainfo="$data/metainfo"

# Each installed icon, relative to the hicolor folder.
icon_files=()
while IFS= read -r -d '' file; do
  icon_files+=("${file#"$here/icons/hicolor/"}")
done < <(find "$here/icons/hicolor" -type f \( -name '*.png' -o -name '*.svg' \) -print0 | sort -z)

refresh() {
  # Caches are a convenience: desktops that lack a tool simply re-read the folders.
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ]; then
    update-mime-database "$data/mime" >/dev/null 2>&1 || say "update-mime-database failed (ignored)"
  fi
  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$apps" ]; then
    update-desktop-database -q "$apps" >/dev/null 2>&1 || say "update-desktop-database failed (ignored)"
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$icons" ]; then
    gtk-update-icon-cache -q -t -f "$icons" >/dev/null 2>&1 || say "gtk-update-icon-cache failed (ignored)"
  fi
}

if [ "$mode" = uninstall ]; then
  rm -f "$apps/$desktop_id" "$mime_packages/codesign.xml" "$metainfo/$metainfo_name"
  for icon in "${icon_files[@]}"; do
    rm -f "$icons/$icon"
  done
  refresh
  say "removed codesign's desktop entry, file type and icons from $data"
  exit 0
fi

if [ -n "${CODESIGN_EXEC:-}" ]; then
  exe="$CODESIGN_EXEC"
elif [ -x "$root/.venv/bin/codesign" ]; then
  exe="$root/.venv/bin/codesign"
elif exe="$(command -v codesign 2>/dev/null)"; then
  :
else
  say "no codesign to launch: run packaging/setup.sh first (or put codesign on PATH, or set CODESIGN_EXEC)"
  exit 1
fi
case "$exe" in
  /*) ;;
  *) exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")" ;;
esac
[ -x "$exe" ] || { say "$exe is not an executable"; exit 1; }
# Desktop-entry Exec quoting: a path with anything but letters, digits and _ . / + - goes in
# double quotes with \ " ` $ escaped, and those backslashes are doubled again because Exec is
# also a string value; a % is written %%.
quoted="${exe//%/%%}"
if [[ "$exe" =~ [^A-Za-z0-9_./+-] ]]; then
  quoted="$(printf '%s' "$quoted" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')"
  quoted="\"$quoted\""
fi
tryexec="$(printf '%s' "$exe" | sed -e 's/\\/\\\\/g')"

mkdir -p "$apps" "$mime_packages" "$metainfo"
# Written to a temporary file, then installed over the old one: repeat runs just overwrite.
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    "Exec=codesign "*) printf 'Exec=%s %s\n' "$quoted" "${line#"Exec=codesign "}" ;;
    "TryExec=codesign") printf 'TryExec=%s\n' "$tryexec" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$here/codesign.desktop" >"$tmp"
install -m 644 "$tmp" "$apps/$desktop_id"
install -m 644 "$here/codesign-mime.xml" "$mime_packages/codesign.xml"
install -m 644 "$here/$metainfo_name" "$metainfo/$metainfo_name"
for icon in "${icon_files[@]}"; do
  install -D -m 644 "$here/icons/hicolor/$icon" "$icons/$icon"
done
refresh
say "installed codesign for $(id -un) under $data; the menu entry runs $exe"

#!/usr/bin/env bash
# Sets up codesign on Debian or Ubuntu: the system libraries Qt needs, then a virtual
# environment in .venv with codesign installed.
#   packaging/setup.sh          the app
#   packaging/setup.sh --test   the app and everything the tests need
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

say() { printf 'setup: %s\n' "$*" >&2; }

# Qt's xcb platform plugin, EGL/GL, fonts and D-Bus; venv support for Debian's Python.
qt_packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
             libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0)

python=""
for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate; break
  fi
done
[ -n "$python" ] || { say "codesign needs Python 3.11 or newer; install it (apt-get install python3) and run this again."; exit 1; }

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${qt_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    missing+=("python${version}-venv")
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  say "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $python"
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
say "installing codesign${extras} into .venv"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"

# The translations: Qt Linguist sources (.ts, in git) compiled to the .qm files the app loads.
# Without them the app still runs, in English.
for ts in resources/translations/codesign_*.ts; do
  [ -e "$ts" ] || continue
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm" \
    || say "could not compile $ts; the app will show English texts"
done
say "ready: .venv/bin/codesign"

#!/usr/bin/env bash
# Builds a stand-alone codesign with PyInstaller (a folder: dist/codesign/codesign runs without
# Python installed), then smoke-tests it: --version, import the demo, export it as PDF.
#   packaging/build-bundle.sh            uses .venv (made by packaging/setup.sh)
#   VENV=/path/to/venv packaging/build-bundle.sh
# Options (the test suite's tests/packaging/test_bundle.py builds with them, into a temporary folder):
#   --dist DIR     put the bundle in DIR/codesign instead of dist/codesign
#   --work DIR     PyInstaller's scratch folder instead of build/pyinstaller
#   --no-smoke     build only; skip the smoke test
#   --no-clean     keep PyInstaller's cache from an earlier build (a fresh --work DIR has nothing to clean)
# The build runs on, and for, the platform it is on; PyInstaller does not cross-compile.
set -euo pipefail
caller="$(pwd)"
cd "$(dirname "$0")/.."
root="$(pwd)"

say() { printf 'build-bundle: %s\n' "$*" >&2; }
usage() { sed -n '2,/^# The build runs/s/^# \{0,1\}//p' "$0" >&2; }
absolute() { case $1 in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$caller" "$1" ;; esac; }

dist="$root/dist"
workpath="$root/build/pyinstaller"
smoke=1
clean=(--clean)
while [ $# -gt 0 ]; do
  case $1 in
    --dist|--work)
      [ $# -ge 2 ] && [ -n "$2" ] || { say "$1 needs a folder"; exit 2; }
      if [ "$1" = --dist ]; then dist="$(absolute "$2")"; else workpath="$(absolute "$2")"; fi
      shift 2 ;;
    --no-smoke) smoke=0; shift ;;
    --no-clean) clean=(); shift ;;
    -h|--help) usage; exit 0 ;;
    *) say "unknown option: $1"; usage; exit 2 ;;
  esac
done

venv="${VENV:-.venv}"
python="$venv/bin/python"
[ -x "$python" ] || { say "no Python at $python: run packaging/setup.sh first (or set VENV)"; exit 1; }
"$python" -c 'import codesign' 2>/dev/null || { say "codesign is not installed in $venv: run packaging/setup.sh"; exit 1; }
if ! "$python" -c 'import PyInstaller' 2>/dev/null; then
  say "installing PyInstaller into $venv"
  "$python" -m pip install -q --disable-pip-version-check pyinstaller
fi

# The bundle takes resources/ as it is; the German UI needs the .qm files setup.sh compiles.
for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  [ -e "${ts%.ts}.qm" ] || say "warning: ${ts%.ts}.qm is missing (run packaging/setup.sh): the bundle will lack that language"
done

start=$(date +%s)
say "building $dist/codesign with PyInstaller $("$python" -c 'import PyInstaller; print(PyInstaller.__version__)')"
"$python" -m PyInstaller --noconfirm "${clean[@]}" --log-level WARN \
  --distpath "$dist" --workpath "$workpath" packaging/codesign.spec
say "built in $(( $(date +%s) - start )) s; $(du -sh "$dist/codesign" | cut -f1) in $dist/codesign"
if [ "$smoke" -eq 0 ]; then
  echo "build-bundle: BUILT ($dist/codesign; no smoke test)"
  exit 0
fi

# Smoke test: the bundle alone, with no source tree or venv on its path.
bundle="$dist/codesign/codesign"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
check() {
  local what=$1; shift
  if (cd "$work" && env -u PYTHONPATH -u VIRTUAL_ENV "$@") >"$work/out.txt" 2>&1; then
    say "ok: $what"
  else
    say "FAILED: $what"; sed 's/^/    /' "$work/out.txt" >&2; failed=1
  fi
}
check "--version" "$bundle" --version
grep -q "codesign $("$python" -c 'import codesign; print(codesign.__version__)')" "$work/out.txt" \
  || { say "FAILED: --version printed $(cat "$work/out.txt")"; failed=1; }
check "import the demo" "$bundle" import "$root/resources/demo/open-account.en.json" -o "$work/demo.codesign"
check "check it" "$bundle" check "$work/demo.codesign"
check "export PDF" "$bundle" export "$work/demo.codesign" --format pdf -o "$work/demo.pdf"
if [ -s "$work/demo.pdf" ] && head -c 5 "$work/demo.pdf" | grep -q '%PDF-'; then
  say "ok: the PDF is $(wc -c <"$work/demo.pdf") bytes"
else
  say "FAILED: no PDF was written"; failed=1
fi
check "export PNG (Qt, headless)" env QT_QPA_PLATFORM=offscreen "$bundle" export "$work/demo.codesign" --format png --journey 1 -o "$work/demo.png"

if [ "$failed" -eq 0 ]; then
  echo "build-bundle: PASS ($dist/codesign)"
else
  echo "build-bundle: FAIL"
  exit 1
fi

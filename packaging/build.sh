#!/usr/bin/env bash
# Build the Linux app folder dist/dvc/ with PyInstaller (recipe: packaging/dvc.spec).
#
#   bash packaging/build.sh          build dist/dvc/ (the executable is dist/dvc/dvc)
#   bash packaging/build.sh --zip    also pack it as dist/dvc-linux-x86_64.zip
#
# Uses .venv (scripts/setup.sh makes it, and is run here if it is missing)
# and installs dvc's "package" extra (PyInstaller) into it. The Japanese font
# IPAexGothic (fonts-ipaexfont-gothic) is copied into the bundle; binutils
# gives PyInstaller objdump and strip.
set -euo pipefail
cd "$(dirname "$0")/.."

make_zip=0
for arg in "$@"; do
  case "$arg" in
    --zip) make_zip=1 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# A machine without .venv gets what scripts/setup.sh installs (Qt's libraries, the font, .venv).
[ -x .venv/bin/python ] || bash scripts/setup.sh --no-run
if ! command -v objdump >/dev/null; then
  echo "== apt: installing binutils (PyInstaller needs objdump, and strip for smaller libraries)"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends binutils
fi
if [ -z "${DVC_BUNDLE_FONT:-}" ] && [ ! -f /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ]; then
  echo "no Japanese font to bundle: apt-get install fonts-ipaexfont-gothic, or set DVC_BUNDLE_FONT" >&2
  exit 1
fi

PY=.venv/bin/python
echo "== pip: installing dvc with PyInstaller"
"$PY" -m pip install -q -e ".[package]"

echo "== PyInstaller"
start=$(date +%s)
"$PY" -m PyInstaller packaging/dvc.spec --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller
seconds=$(( $(date +%s) - start ))

echo "== smoke test: the bundled dvc starts and speaks Japanese"
QT_QPA_PLATFORM=offscreen DVC_LANG=ja dist/dvc/dvc --help | head -1

echo "dist/dvc: $(du -sm dist/dvc | cut -f1) MB, built in ${seconds} s"
if [ "$make_zip" -eq 1 ]; then
  rm -f dist/dvc-linux-x86_64.zip
  "$PY" -c "import shutil; shutil.make_archive('dist/dvc-linux-x86_64', 'zip', 'dist', 'dvc')"
  echo "dist/dvc-linux-x86_64.zip: $(du -sm dist/dvc-linux-x86_64.zip | cut -f1) MB"
fi

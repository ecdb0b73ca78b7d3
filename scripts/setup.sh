#!/usr/bin/env bash
# Set up dvc on a Debian/Ubuntu machine and open it on the drill database.
#
#   bash scripts/setup.sh            install everything, then open the app (drill database)
#   bash scripts/setup.sh --no-run   install only (CI does this)
#
# Installs Qt's runtime libraries, a Japanese font, xvfb and poppler (for the
# tests), creates .venv and installs dvc with its test tools into it.
set -euo pipefail
cd "$(dirname "$0")/.."

run_app=1
for arg in "$@"; do
  case "$arg" in
    --no-run) run_app=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

APT_PACKAGES=(
  python3 python3-venv python3-pip
  # Qt's runtime libraries (offscreen and on a real screen)
  libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libx11-6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  # Japanese font for the screens and for the PDFs dvc embeds it in
  fonts-ipaexfont-gothic
  # tests: a virtual screen, PDF to PNG, a real desktop keyring for the database key (Secret Service)
  xvfb xauth poppler-utils poppler-data gnome-keyring dbus
  # tests: 7-Zip opens dvc's encrypted zips as a council's own PC would (AES-256)
  p7zip-full
  # printing: libcups hands PDFs to the print queues; the print tests run a private cupsd (tests/printing)
  libcups2 cups-daemon cups-client
  # tests: a network namespace of their own for LAN discovery (ip; unshare is util-linux)
  iproute2
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "== apt: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  "$PYTHON" -m venv .venv
fi
echo "== pip: installing dvc and its test tools"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"

if [ "$run_app" -eq 1 ]; then
  # The council's real database when this laptop has one, the drill otherwise.
  app=(.venv/bin/dvc)
  if .venv/bin/python -c "from dvc.folders.paths import default_db_path as p; raise SystemExit(0 if p().exists() else 1)"; then
    echo "== opening dvc"
  else
    echo "== opening dvc on the drill database (no real database on this laptop yet)"
    app+=(--drill)
  fi
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "   (no screen found: running on a virtual screen with xvfb-run)"
    exec xvfb-run -a "${app[@]}"
  fi
  exec "${app[@]}"
fi

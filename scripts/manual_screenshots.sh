#!/usr/bin/env bash
# Regenerate the manual's screenshots (manual/images/, manual/images/en/); see scripts/manual_screenshots.py.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/manual_screenshots.py "$@"

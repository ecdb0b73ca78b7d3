#!/usr/bin/env bash
# Run dvc's checks: the layer contract, the translation files, then the tests.
#   bash scripts/test.sh            the default suite
#   bash scripts/test.sh -m slow    the slow suite (crash trials etc.)
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
PY=.venv/bin/python
[ -x "$PY" ] || { echo "no .venv: run bash scripts/setup.sh first" >&2; exit 1; }

echo "== layers (import-linter)"
.venv/bin/lint-imports || exit 1
echo "== translations"
"$PY" -m dvc.i18n.build --check || exit 1
echo "== tests"
"$PY" -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$rc"

#!/usr/bin/env bash
# Build Quotebook as a one-folder app with PyInstaller and smoke-test it, on
# Linux or macOS (Windows: see packaging/README.md).
#
#     packaging/build.sh            # build into dist/Quotebook and smoke-test it
#     packaging/build.sh --no-smoke # build only
#
# PyInstaller is a build tool, not a dependency of Quotebook: it goes into a
# throwaway environment (build/pyinstaller-venv, reused by later builds) with
# Quotebook itself, installed from this tree as a reporter's pip would.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=build/pyinstaller-venv
SMOKE=1
[[ "${1:-}" == "--no-smoke" ]] && SMOKE=0

started=$(date +%s)
if [[ ! -x "$VENV/bin/python" ]]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --disable-pip-version-check -q -r packaging/requirements.txt .

"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/quotebook.spec
built=$(date +%s)

echo "built dist/Quotebook in $((built - started)) s: $(du -sh dist/Quotebook | cut -f1)" \
    "($(du -sm dist/Quotebook | cut -f1) MiB, $(find dist/Quotebook -type f | wc -l) files)"

if [[ "$SMOKE" == 1 ]]; then
    "$PYTHON" packaging/smoke_test.py --window dist/Quotebook/Quotebook -- dist/Quotebook/quotebook-cli
fi

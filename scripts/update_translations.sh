#!/usr/bin/env bash
# Refresh resources/i18n/*.ts from the sources (strings in tr() and QT_TRANSLATE_NOOP).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'desktop/*.py' | grep -v '^desktop/core/demo_words.py$')
.venv/bin/pyside6-lupdate "${sources[@]}" -no-obsolete -ts resources/i18n/madoguchi_ja.ts

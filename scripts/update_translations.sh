#!/usr/bin/env bash
# Refresh resources/i18n/*.ts from the sources (strings in tr() and QT_TRANSLATE_NOOP).
# English is the source language; its catalogue holds only the plural forms
# ("1 firm", "2 firms" for "%n firm(s)").
set -euo pipefail
cd "$(dirname "$0")/.."
# Every source file, tracked or new: a module added but not yet committed still counts.
mapfile -t sources < <(find desktop -name '*.py' ! -name demo_words.py | sort)
.venv/bin/pyside6-lupdate "${sources[@]}" -no-obsolete -ts resources/i18n/madoguchi_ja.ts
.venv/bin/pyside6-lupdate "${sources[@]}" -no-obsolete -pluralonly -source-language en \
    -target-language en -ts resources/i18n/madoguchi_en.ts

#!/usr/bin/env bash
# The full test suite (benchmarks and the installer build are opt-in markers).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || scripts/setup-venv.sh
set +e
.venv/bin/python -m pytest -n 2 --dist loadfile "$@"
status=$?
set -e
# pytest exits 5 when it collected nothing: that is a failure here, never a pass.
if [ "$status" -eq 5 ]; then
    echo "no tests ran" >&2
    exit 1
fi
exit "$status"

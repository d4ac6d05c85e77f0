#!/usr/bin/env bash
# Set up (once) and start Madoguchi on its embedded SQLite database.
#   scripts/run.sh           start on the database in your user data folder
#   scripts/run.sh --demo    first load demo data into it (only when it holds no firms)
# Any other arguments are passed to madoguchi (e.g. --db PATH, --lang ja).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/madoguchi ] || scripts/setup-venv.sh
args=()
demo=0
for arg in "$@"; do
    if [ "$arg" = "--demo" ]; then demo=1; else args+=("$arg"); fi
done
if [ "$demo" = 1 ]; then
    .venv/bin/madoguchi "${args[@]}" demo || true
fi
exec .venv/bin/madoguchi "${args[@]}"

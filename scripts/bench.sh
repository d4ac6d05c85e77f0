#!/usr/bin/env bash
# The benchmarks: a synthetic counter of 20,000 firms and 200,000 consultations (built
# once into tests/bench/.cache), each action against its floor measured in the same run.
# Prints the table and writes tests/bench/results/latest.json. Extra arguments go to
# pytest, e.g. --bench-strict (fail on a missed target) or -k search.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || scripts/setup-venv.sh
exec .venv/bin/python -m pytest tests/bench -m bench -p no:xdist -p no:randomly -q "$@"

"""Session fixtures for the benchmarks and the report at the end of the run.

Run with ``scripts/bench.sh`` (or ``python -m pytest tests/bench -m bench``). The
counter is built once into the cache folder and copied for the session; every
benchmark adds its rows to one collector, printed as a table at the end and written
to ``tests/bench/results/latest.json``. A missed target is reported, not failed,
unless ``--bench-strict`` is given.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.bench import counter as counters
from tests.bench.harness import RESULTS_DIR, ROOT, Result, Results

_RESULTS = Results()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("bench", "benchmarks")
    group.addoption(
        "--bench-strict",
        action="store_true",
        default=False,
        help="fail the run when a benchmark misses its target",
    )
    group.addoption(
        "--bench-runs",
        type=int,
        default=7,
        help="timed runs per cheap action (default 7; slow actions use fewer, at least 3)",
    )


def _git(*args: str) -> str:
    try:
        out = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


@pytest.fixture(scope="session")
def bench_results() -> Results:
    _RESULTS.context["code"] = {
        "commit": _git("rev-parse", "--short", "HEAD"),
        "changed_files": len(_git("status", "--porcelain").splitlines()),
    }
    _RESULTS.context["load_average_at_start"] = _load()
    return _RESULTS


@pytest.fixture(scope="session")
def check(request: pytest.FixtureRequest) -> Callable[[Result], None]:
    """Fails the benchmark on a missed target under ``--bench-strict``; else only reports."""
    strict = bool(request.config.getoption("--bench-strict"))

    def check_result(result: Result) -> None:
        if strict and result.passed is False:
            pytest.fail(f"{result.action}: missed {result.target.text}", pytrace=False)

    return check_result


@pytest.fixture(scope="session")
def runs(request: pytest.FixtureRequest) -> int:
    return max(5, int(request.config.getoption("--bench-runs")))


@pytest.fixture(scope="session")
def counter() -> counters.Counter:
    built = counters.large_counter()
    _RESULTS.context["counter"] = {
        "firms": counters.FIRMS,
        "consultations": counters.CONSULTATIONS,
        "seed": counters.SEED,
        "data_end": built.end.isoformat(),
        "cache_file": built.path.name,
        "built_seconds": built.built_seconds,
    }
    return built


@pytest.fixture(scope="session")
def data_end(counter: counters.Counter) -> date:
    return counter.end


@pytest.fixture(scope="session")
def counter_path(counter: counters.Counter, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's private copy of the cached counter."""
    return counters.working_copy(counter, tmp_path_factory.mktemp("counter"))


@pytest.fixture(scope="session")
def bench_engine(counter_path: Path) -> Iterator[object]:
    """The app's own engine on the session copy, opened the way the app opens it."""
    from db.migrate import open_database

    engine = open_database(counter_path).engine
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def raw(counter_path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection on the same file: the floor for list and search."""
    con = sqlite3.connect(counter_path)
    yield con
    con.close()


@pytest.fixture(autouse=True)
def _sequential(request: pytest.FixtureRequest) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER") and request.node.get_closest_marker("bench"):
        pytest.skip("benchmarks run sequentially: do not use -n")


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _RESULTS.items:
        return
    _RESULTS.context["load_average_at_end"] = _load()
    out = RESULTS_DIR / "latest.json"
    _RESULTS.write_json(out)
    terminalreporter.section("benchmarks")
    terminalreporter.write_line(_RESULTS.table())
    missed = _RESULTS.missed()
    terminalreporter.write_line("")
    terminalreporter.write_line(
        f"{len(_RESULTS.items)} measurements, {len(missed)} missed target(s); "
        f"written to {out.relative_to(ROOT)}"
    )
    terminalreporter.write_line(
        f"load average at start {_RESULTS.context.get('load_average_at_start')}, "
        f"at end {_RESULTS.context['load_average_at_end']} "
        f"(other work on the machine makes the figures noisy)"
    )

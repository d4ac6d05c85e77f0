"""Cold start: the app to a shown, populated main window, against a bare PySide6 window.

Both are started the same way (a fresh interpreter, offscreen, a new data folder each
time) and timed from spawning the process to its "ready" line; the operating system's
file cache is warm after the untimed first start, as on a laptop used every day. The
same processes give the peak memory (``ru_maxrss``) of opening the app on the counter.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bench.harness import (
    MEMORY,
    START,
    ChildRun,
    Result,
    Results,
    child_env,
    median,
    run_child,
)

BARE = Path(__file__).with_name("bare_window.py")


def _start(argv: list[str], ready: str) -> ChildRun:
    with tempfile.TemporaryDirectory(prefix="madoguchi-home-") as home:
        return run_child(argv, env=child_env(Path(home)), ready=ready)


@pytest.mark.bench
def test_cold_start(
    counter_path: Path, bench_results: Results, runs: int, check: Callable[[Result], None]
) -> None:
    app_argv = [sys.executable, "-m", "desktop", "--db", str(counter_path), "--exit-when-ready"]
    bare_argv = [sys.executable, str(BARE)]
    n = max(5, min(runs, 7))
    app: list[ChildRun] = []
    bare: list[ChildRun] = []
    bare_sa: list[ChildRun] = []
    bare_models: list[ChildRun] = []
    for i in range(n + 1):  # the first of each warms the file cache and is not counted
        a = _start(app_argv, "ready in")
        b = _start(bare_argv, "ready")
        c = _start([*bare_argv, "--with-sqlalchemy"], "ready")
        d = _start([*bare_argv, "--with-models"], "ready")
        if i:
            app.append(a)
            bare.append(b)
            bare_sa.append(c)
            bare_models.append(d)
    listed = re.search(r"\((\d+) firms listed\)", app[0].line)
    assert listed and int(listed.group(1)) > 0, app[0].line
    inside = [float(re.search(r"ready in ([\d.]+) s", r.line).group(1)) for r in app]  # type: ignore[union-attr]
    start = bench_results.add(
        Result(
            group="start",
            action="cold start to populated main window",
            unit="s",
            value=median([r.seconds_to_line for r in app]),
            floor=median([r.seconds_to_line for r in bare]),
            floor_what="bare QMainWindow",
            target=START,
            runs=[r.seconds_to_line for r in app],
            floor_runs=[r.seconds_to_line for r in bare],
            details={
                "firms_listed": int(listed.group(1)),
                "self_reported_median_s": median(inside),
                "bare_window_with_sqlalchemy_median_s": median(
                    [r.seconds_to_line for r in bare_sa]
                ),
                "bare_window_with_sqlmodel_and_schema_median_s": median(
                    [r.seconds_to_line for r in bare_models]
                ),
                "note": "self-reported time starts at the import of desktop.__main__",
            },
        )
    )
    memory = bench_results.add(
        Result(
            group="memory",
            action="peak memory: app open (exit-when-ready)",
            unit="MB",
            value=median([r.maxrss_mb for r in app]),
            floor=median([r.maxrss_mb for r in bare]),
            floor_what="bare QMainWindow",
            target=MEMORY,
            runs=[r.maxrss_mb for r in app],
            floor_runs=[r.maxrss_mb for r in bare],
        )
    )
    check(start)
    check(memory)

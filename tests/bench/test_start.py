"""Cold start: the app to a shown, populated main window, against a bare PySide6 window.

Both are started the same way (a fresh interpreter, offscreen, one data folder for
the run) and timed from spawning the process to its "ready" line; the operating
system's file cache and the data folder are warm after the untimed first start, as on
a laptop used every day. The
app's modules are compiled to bytecode first, as an installed copy's are (pip and the
bundle compile at install; the bare window's PySide6 is compiled too). The "loaded"
line, when every view is in place and every action available, is reported beside it.
The same processes give the peak memory (``ru_maxrss``) of opening the app.
"""

from __future__ import annotations

import compileall
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bench.harness import (
    MEMORY,
    ROOT,
    START,
    ChildRun,
    Result,
    Results,
    child_env,
    median,
    run_child,
)

BARE = Path(__file__).with_name("bare_window.py")
SOURCES = ("desktop", "db")


def compile_sources() -> None:
    """Bytecode for the app's modules (Python reads it even under PYTHONDONTWRITEBYTECODE)."""
    for name in SOURCES:
        assert compileall.compile_dir(str(ROOT / name), quiet=1), name


def _seconds(run: ChildRun, word: str) -> float:
    for line in run.output:
        found = re.match(rf"{word} in ([\d.]+) s", line)
        if found:
            return float(found.group(1))
    raise AssertionError(f"no {word!r} line in {run.output!r}")


def _start(argv: list[str], ready: str, home: Path) -> ChildRun:
    return run_child(argv, env=child_env(home), ready=ready)


@pytest.mark.bench
def test_cold_start(
    counter_path: Path,
    bench_results: Results,
    runs: int,
    check: Callable[[Result], None],
    tmp_path: Path,
) -> None:
    compile_sources()
    home = tmp_path / "home"  # one data folder for every start, as on a laptop used daily
    app_argv = [sys.executable, "-m", "desktop", "--db", str(counter_path), "--exit-when-ready"]
    bare_argv = [sys.executable, str(BARE)]
    n = max(5, min(runs, 7))
    app: list[ChildRun] = []
    bare: list[ChildRun] = []
    bare_sa: list[ChildRun] = []
    bare_models: list[ChildRun] = []
    bare_list: list[ChildRun] = []
    for i in range(n + 1):  # the first of each warms the file cache and is not counted
        a = _start(app_argv, "ready in", home)
        b = _start(bare_argv, "ready", home)
        c = _start([*bare_argv, "--with-sqlalchemy"], "ready", home)
        d = _start([*bare_argv, "--with-models"], "ready", home)
        e = _start([*bare_argv, "--with-list", str(counter_path)], "ready", home)
        if i:
            app.append(a)
            bare.append(b)
            bare_sa.append(c)
            bare_models.append(d)
            bare_list.append(e)
    listed = re.search(r"\((\d+) firms listed\)", app[0].line)
    assert listed and int(listed.group(1)) > 0, app[0].line
    inside = [_seconds(r, "ready") for r in app]
    loaded = [_seconds(r, "loaded") for r in app]
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
                "self_reported_loaded_median_s": median(loaded),
                "bare_window_with_sqlalchemy_median_s": median(
                    [r.seconds_to_line for r in bare_sa]
                ),
                "bare_window_with_sqlmodel_and_schema_median_s": median(
                    [r.seconds_to_line for r in bare_models]
                ),
                "bare_window_with_a_list_of_200_firms_median_s": median(
                    [r.seconds_to_line for r in bare_list]
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

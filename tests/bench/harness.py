"""Measuring helpers for the benchmarks: timings, floors, SQL capture, child processes.

Every action is timed next to its floor (the least work that could answer it, measured
in the same run on the same machine); the result keeps the median of several runs of
each, their ratio and the target the action is judged against.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"
ROOT = BENCH_DIR.parent.parent


@dataclass(frozen=True)
class Target:
    """What an action is judged against: an absolute limit and/or a ratio to its floor."""

    text: str
    max_value: float | None = None  # seconds, or MB for memory
    max_ratio: float | None = None

    def passed(self, value: float, ratio: float | None) -> bool | None:
        checks: list[bool] = []
        if self.max_value is not None:
            checks.append(value <= self.max_value)
        if self.max_ratio is not None and ratio is not None:
            checks.append(ratio <= self.max_ratio)
        return all(checks) if checks else None


START = Target("≤1.5× floor", max_ratio=1.5)
LIST = Target("<50 ms, ≤3× floor", max_value=0.050, max_ratio=3.0)
EXPORT = Target("≤1.3× floor", max_ratio=1.3)
MEMORY = Target("<300 MB", max_value=300.0)
REPORT_ONLY = Target("report")


@dataclass
class Result:
    group: str
    action: str
    unit: str  # "s" or "MB"
    value: float  # median
    floor: float | None
    floor_what: str
    target: Target
    runs: list[float] = field(default_factory=list)
    floor_runs: list[float] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    @property
    def passed(self) -> bool | None:
        return self.target.passed(self.value, self.ratio)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["target"] = self.target.text
        data["ratio"] = self.ratio
        data["passed"] = self.passed
        return data


class Results:
    """Collects the session's results and writes the table and the JSON file."""

    def __init__(self) -> None:
        self.items: list[Result] = []
        self.context: dict[str, Any] = {}

    def add(self, result: Result) -> Result:
        self.items.append(result)
        return result

    def missed(self) -> list[Result]:
        return [r for r in self.items if r.passed is False]

    def table(self) -> str:
        return format_table(self.items)

    def write_json(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": machine_info(),
            "context": self.context,
            "results": [r.as_json() for r in self.items],
        }
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")


def machine_info() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "sqlite": sqlite3.sqlite_version,
    }


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value < 1.0:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


GROUPS = ("start", "firm list", "consultation list", "search", "screens", "exports", "memory")


def format_table(items: Sequence[Result]) -> str:
    """A Markdown table: action, median, floor, ratio, target, pass/fail."""
    order = {g: n for n, g in enumerate(GROUPS)}
    items = sorted(items, key=lambda r: order.get(r.group, len(GROUPS)))
    lines = [
        "| action | median | floor | ratio | target | result |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for r in items:
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}×"
        verdict = {True: "pass", False: "**MISS**", None: "—"}[r.passed]
        floor = fmt_value(r.floor, r.unit)
        if r.floor is not None and r.floor_what:
            floor = f"{floor} ({r.floor_what})"
        lines.append(
            f"| {r.action} | {fmt_value(r.value, r.unit)} | {floor} | {ratio} | "
            f"{r.target.text} | {verdict} |"
        )
    return "\n".join(lines)


# --- timing --------------------------------------------------------------------------


def time_runs(
    fn: Callable[[], object],
    *,
    runs: int = 7,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
) -> list[float]:
    """Wall-clock seconds of ``runs`` calls of ``fn`` (after ``warmup`` untimed calls).

    ``setup`` runs before every call, untimed. The garbage collector is left on (the
    app runs with it) but a collection is done before each call, outside the timing.
    """
    out: list[float] = []
    for n in range(warmup + runs):
        if setup is not None:
            setup()
        gc.collect()
        t0 = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - t0
        if n >= warmup:
            out.append(elapsed)
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def compare(
    results: Results,
    *,
    group: str,
    action: str,
    run: Callable[[], object],
    floor: Callable[[], object] | None,
    floor_what: str,
    target: Target,
    runs: int = 7,
    warmup: int = 1,
    setup: Callable[[], object] | None = None,
    floor_setup: Callable[[], object] | None = None,
    details: dict[str, Any] | None = None,
) -> Result:
    """Time ``run`` and its ``floor`` alternately run by run, so drift hits both alike."""
    action_runs: list[float] = []
    floor_runs: list[float] = []
    for n in range(warmup + runs):
        action_runs.extend(time_runs(run, runs=1, warmup=0, setup=setup))
        if floor is not None:
            floor_runs.extend(time_runs(floor, runs=1, warmup=0, setup=floor_setup))
        if n < warmup:
            action_runs.pop()
            if floor is not None:
                floor_runs.pop()
    return results.add(
        Result(
            group=group,
            action=action,
            unit="s",
            value=median(action_runs),
            floor=median(floor_runs) if floor_runs else None,
            floor_what=floor_what,
            target=target,
            runs=action_runs,
            floor_runs=floor_runs,
            details=details or {},
        )
    )


# --- capturing the SQL an action runs, to replay it on plain sqlite3 ----------------------


@dataclass
class CapturedSql:
    statements: list[tuple[str, Any]] = field(default_factory=list)

    def selects(self) -> list[tuple[str, Any]]:
        return [
            (sql, params)
            for sql, params in self.statements
            if sql.lstrip().upper().startswith(("SELECT", "WITH"))
        ]


@contextmanager
def capture_sql(engine: Engine) -> Iterator[CapturedSql]:
    """Record every statement ``engine`` sends to the driver while the block runs."""
    captured = CapturedSql()

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        captured.statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield captured
    finally:
        event.remove(engine, "before_cursor_execute", before)


def replay(con: sqlite3.Connection, statements: Sequence[tuple[str, Any]]) -> int:
    """Run ``statements`` on plain sqlite3, reading every row; returns the rows read."""
    n = 0
    for sql, params in statements:
        n += len(con.execute(sql, params if params is not None else ()).fetchall())
    return n


# --- child processes --------------------------------------------------------------------


@dataclass(frozen=True)
class ChildRun:
    seconds_to_line: float  # from spawning to the first line of output
    seconds_total: float
    maxrss_mb: float
    line: str
    returncode: int
    output: tuple[str, ...] = ()


SPAWN = BENCH_DIR / "spawn.py"


def run_child(
    argv: Sequence[str],
    *,
    env: dict[str, str],
    ready: str = "",
    cwd: Path = ROOT,
    timeout: float = 600,
) -> ChildRun:
    """Run ``argv`` through the launcher; time it from its spawn to its first output line
    starting with ``ready`` and to its exit, and read its peak resident memory."""
    with tempfile.TemporaryDirectory(prefix="madoguchi-spawn-") as folder:
        report = Path(folder) / "report.json"
        errors = Path(folder) / "stderr.txt"
        with errors.open("w") as err:
            proc = subprocess.Popen(
                [sys.executable, str(SPAWN), str(report), *argv],
                stdout=subprocess.PIPE,
                stderr=err,
                env=env,
                cwd=cwd,
                text=True,
            )
            assert proc.stdout is not None
            line, t_line, seen = "", None, []
            for raw in proc.stdout:
                seen.append(raw)
                if t_line is None and raw.startswith(ready):
                    t_line = time.monotonic()
                    line = raw.strip()
            t_end = time.monotonic()
            try:
                code = proc.wait(timeout=timeout)
            finally:
                proc.stdout.close()
        if code != 0 or t_line is None or not report.exists():
            raise RuntimeError(
                f"{argv!r} exited with {code}:\n{''.join(seen)}\n{errors.read_text()}"
            )
        facts = json.loads(report.read_text())
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    scale = 1 if sys.platform == "darwin" else 1024
    spawned = float(facts["spawned"])
    return ChildRun(
        t_line - spawned,
        t_end - spawned,
        facts["maxrss"] * scale / 2**20,
        line,
        code,
        tuple(raw.strip() for raw in seen),
    )


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MADOGUCHI_DB"}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "MADOGUCHI_HOME": str(home),
            "PYTHONPATH": str(ROOT),
        }
    )
    env.update(extra)
    return env

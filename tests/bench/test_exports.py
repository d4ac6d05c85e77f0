"""Workbooks and PDF on the large counter, against bare openpyxl on the same cells.

The floor of a workbook export is the least work that could produce it: the export's
own SELECTs (captured while it runs) replayed on plain ``sqlite3``, then openpyxl's
write-only mode writing the very cells the export wrote (same sheets, same rows and
columns, no styles). The consolidation floor reads the same 47 inputs and writes the
same output cells with bare openpyxl.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from tests.bench import counter as counters
from tests.bench.harness import (
    EXPORT,
    MEMORY,
    REPORT_ONLY,
    Result,
    Results,
    capture_sql,
    child_env,
    compare,
    median,
    replay,
    run_child,
)
from tests.bench.test_screens import TIMELINE_TARGET, firm_near

Sheets = list[tuple[str, list[tuple[Any, ...]]]]


def read_cells(path: Path) -> Sheets:
    """Every sheet's rows of values, as written."""
    wb = load_workbook(path, read_only=True)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb.worksheets]
    finally:
        wb.close()


def bare_write(sheets: Sheets, out: Path) -> None:
    wb = Workbook(write_only=True)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(out)


def cell_count(sheets: Sheets) -> int:
    return sum(len(row) for _, rows in sheets for row in rows)


def busiest_month(raw: sqlite3.Connection) -> tuple[str, int]:
    month, n = raw.execute(
        "SELECT substr(started_at, 1, 7) AS m, count(*) FROM consultation"
        " WHERE deleted_at IS NULL GROUP BY m ORDER BY 2 DESC, 1 LIMIT 1"
    ).fetchone()
    return str(month), int(n)


def busiest_fiscal_year(raw: sqlite3.Connection) -> tuple[int, int]:
    fy, n = raw.execute(
        "SELECT CAST(substr(started_at, 1, 4) AS INTEGER)"
        " - (CAST(substr(started_at, 6, 2) AS INTEGER) < 4) AS fy, count(*)"
        " FROM consultation WHERE deleted_at IS NULL GROUP BY fy ORDER BY 2 DESC, 1 LIMIT 1"
    ).fetchone()
    return int(fy), int(n)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _export_vs_bare(
    results: Results,
    *,
    action: str,
    export: Callable[[Path], object],
    engine: Any,
    raw: sqlite3.Connection,
    out_dir: Path,
    runs: int,
    setup: Callable[[], object] | None = None,
) -> Result:
    first = out_dir / "first.xlsx"
    if setup is not None:
        setup()
    with capture_sql(engine) as sql:
        export(first)
    statements = sql.selects()
    sheets = read_cells(first)
    bare = out_dir / "bare.xlsx"

    def floor() -> None:
        replay(raw, statements)
        bare_write(sheets, bare)

    return compare(
        results,
        group="exports",
        action=action,
        run=lambda: export(out_dir / "run.xlsx"),
        setup=setup,
        floor=floor,
        floor_what="its SELECTs raw + bare openpyxl",
        target=EXPORT,
        runs=runs,
        warmup=0,
        details={
            "cells": cell_count(sheets),
            "sheets": {name: len(rows) for name, rows in sheets},
            "selects": len(statements),
        },
    )


@pytest.mark.bench
def test_monthly_export(
    bench_engine: Any,
    raw: sqlite3.Connection,
    out_dir: Path,
    bench_results: Results,
    check: Callable[[Result], None],
) -> None:
    from desktop.exports.excel import export_monthly

    month, n = busiest_month(raw)

    def reopen_month() -> None:
        # Each run is the month's first close: forget the previous run's record.
        raw.execute("DELETE FROM month_close WHERE period = ?", (month,))
        raw.commit()

    result = _export_vs_bare(
        bench_results,
        action=f"monthly HQ workbook, busiest month {month} ({n:,} rows, closes the month)",
        export=lambda out: export_monthly(bench_engine, month, out, close_month=True),
        engine=bench_engine,
        raw=raw,
        out_dir=out_dir,
        runs=5,
        setup=reopen_month,
    )
    reopen_month()
    check(result)


@pytest.mark.bench
def test_fiscal_year_export(
    bench_engine: Any,
    raw: sqlite3.Connection,
    out_dir: Path,
    bench_results: Results,
    check: Callable[[Result], None],
) -> None:
    from desktop.exports.excel import export_fiscal_year

    fy, n = busiest_fiscal_year(raw)
    check(
        _export_vs_bare(
            bench_results,
            action=f"fiscal-year workbook, busiest FY{fy} ({n:,} consultations)",
            export=lambda out: export_fiscal_year(bench_engine, fy, out),
            engine=bench_engine,
            raw=raw,
            out_dir=out_dir,
            runs=5,
        )
    )


@pytest.mark.bench
def test_firm_pdf(
    bench_engine: Any,
    raw: sqlite3.Connection,
    out_dir: Path,
    bench_results: Results,
    check: Callable[[Result], None],
) -> None:
    from desktop.exports.pdf import firm_report

    firm_id, n = firm_near(raw, TIMELINE_TARGET)
    with capture_sql(bench_engine) as sql:
        firm_report(bench_engine, firm_id, out_dir / "first.pdf", lang="ja")
    statements = sql.selects()
    check(
        compare(
            bench_results,
            group="exports",
            action=f"firm PDF ({n} consultations)",
            run=lambda: firm_report(bench_engine, firm_id, out_dir / "run.pdf", lang="ja"),
            floor=lambda: replay(raw, statements),
            floor_what=f"its {len(statements)} SELECTs, raw",
            target=REPORT_ONLY,
            runs=5,
            details={"pages_bytes": (out_dir / "first.pdf").stat().st_size},
        )
    )


@pytest.mark.bench
def test_hq_consolidation(
    data_end: date,
    out_dir: Path,
    bench_results: Results,
    check: Callable[[Result], None],
) -> None:
    from desktop.exports.hq import consolidate

    paths, month, built = counters.hq_workbooks(data_end)
    bench_results.context["hq_workbooks"] = {
        "count": len(paths),
        "month": month,
        "built_seconds": built,
    }
    first = consolidate(paths, out_dir / "first.xlsx")
    assert first.ok and len(first.accepted) == 47, first.rejected
    output = read_cells(out_dir / "first.xlsx")
    bare = out_dir / "bare.xlsx"

    def floor() -> None:
        for path in paths:
            wb = load_workbook(path, read_only=True)
            for ws in wb.worksheets:
                for _row in ws.iter_rows(values_only=True):
                    pass
            wb.close()
        bare_write(output, bare)

    check(
        compare(
            bench_results,
            group="exports",
            action=f"HQ consolidation of 47 monthly workbooks ({first.rows:,} rows)",
            run=lambda: consolidate(paths, out_dir / "run.xlsx"),
            floor=floor,
            floor_what="bare openpyxl read all + write",
            target=EXPORT,
            runs=5,
            warmup=0,
            details={"rows": first.rows, "warnings": len(first.warnings)},
        )
    )


# --- peak memory ------------------------------------------------------------------------

BASELINE = "import openpyxl, sqlalchemy, sqlite3; print('ready')"


@pytest.mark.bench
@pytest.mark.parametrize("what", ["fy", "monthly"])
def test_export_memory(
    what: str,
    counter_path: Path,
    raw: sqlite3.Connection,
    bench_results: Results,
    check: Callable[[Result], None],
) -> None:
    with tempfile.TemporaryDirectory(prefix="madoguchi-home-") as home:
        out = Path(home) / f"{what}.xlsx"
        if what == "fy":
            fy, _ = busiest_fiscal_year(raw)
            args = ["export", "fy", "--fy", str(fy), "--out", str(out)]
            action = f"peak memory: fiscal-year export FY{fy} (CLI)"
        else:
            month, _ = busiest_month(raw)
            args = ["export", "monthly", "--month", month, "--out", str(out), "--draft"]
            action = f"peak memory: monthly export {month} (CLI, draft)"
        env = child_env(Path(home))
        argv = [sys.executable, "-m", "desktop", "--db", str(counter_path), *args]
        app = [run_child(argv, env=env) for _ in range(3)]
        base = [run_child([sys.executable, "-c", BASELINE], env=env) for _ in range(3)]
    check(
        bench_results.add(
            Result(
                group="memory",
                action=action,
                unit="MB",
                value=median([r.maxrss_mb for r in app]),
                floor=median([r.maxrss_mb for r in base]),
                floor_what="python + openpyxl + sqlalchemy",
                target=MEMORY,
                runs=[r.maxrss_mb for r in app],
                floor_runs=[r.maxrss_mb for r in base],
                details={"seconds": median([r.seconds_total for r in app])},
            )
        )
    )

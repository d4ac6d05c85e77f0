"""Opening a busy firm and building the dashboard, on the large counter.

Neither has a floor in the quality bars; each is shown next to the time its own SQL
takes on plain ``sqlite3`` (the statements are captured while the action runs and
replayed), so the table says how much of the time is the database and how much is
the code around it.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from tests.bench.harness import REPORT_ONLY, Result, Results, capture_sql, compare, replay

TIMELINE_TARGET = 200


def firm_near(raw: sqlite3.Connection, consultations: int) -> tuple[uuid.UUID, int]:
    """The firm whose number of consultations is closest to ``consultations``."""
    firm_id, n = raw.execute(
        "SELECT firm_id, count(*) AS n FROM consultation WHERE deleted_at IS NULL"
        " AND firm_id IS NOT NULL GROUP BY firm_id ORDER BY abs(n - ?), firm_id LIMIT 1",
        (consultations,),
    ).fetchone()
    return uuid.UUID(hex=firm_id), int(n)


@pytest.mark.bench
def test_open_firm(
    qapp: Any,
    bench_engine: Any,
    raw: sqlite3.Connection,
    bench_results: Results,
    runs: int,
    check: Callable[[Result], None],
) -> None:
    from desktop.core import settings
    from desktop.core.playbooks import load_default_library
    from desktop.ui.firm_dialog import FirmDialog

    firm_id, n = firm_near(raw, TIMELINE_TARGET)
    library = load_default_library()  # the main window loads it once
    prefecture = settings.get(bench_engine, settings.PREFECTURE)

    def open_firm() -> None:
        dialog = FirmDialog(
            bench_engine,
            "ja",
            firm_id=firm_id,
            default_prefecture=prefecture,
            library=library,
        )
        dialog.show()
        qapp.processEvents()
        assert dialog.timeline.table.rowCount() >= n
        opened.append(dialog)

    def close_last() -> None:
        while opened:
            dialog = opened.pop()
            dialog.dirty = False
            dialog.close()
            dialog.deleteLater()
        qapp.processEvents()

    opened: list[Any] = []
    with capture_sql(bench_engine) as sql:
        open_firm()
    close_last()
    statements = sql.selects()
    check(
        compare(
            bench_results,
            group="screens",
            action=f"open a firm ({n} consultations): dialog shown, timeline filled",
            run=open_firm,
            setup=close_last,
            floor=lambda: replay(raw, statements),
            floor_what=f"its {len(statements)} SELECTs, raw",
            target=REPORT_ONLY,
            runs=runs,
            details={"firm_id": firm_id.hex, "consultations": n},
        )
    )
    close_last()


@pytest.mark.bench
def test_dashboard(
    bench_engine: Any,
    raw: sqlite3.Connection,
    data_end: date,
    bench_results: Results,
    runs: int,
    check: Callable[[Result], None],
) -> None:
    from desktop.core import dashboard

    with capture_sql(bench_engine) as sql:
        board = dashboard.build(bench_engine, today=data_end)
    assert board.this_month > 0
    statements = sql.selects()
    check(
        compare(
            bench_results,
            group="screens",
            action=f"dashboard build (month of {data_end:%Y-%m})",
            run=lambda: dashboard.build(bench_engine, today=data_end),
            floor=lambda: replay(raw, statements),
            floor_what=f"its {len(statements)} SELECTs, raw",
            target=REPORT_ONLY,
            runs=runs,
        )
    )

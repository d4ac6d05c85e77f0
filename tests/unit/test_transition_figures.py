"""One figure for "developing → challenger", wherever it is shown.

The dashboard tile (and the firms it opens), the monthly summary that feeds the report
and the HQ workbook, and the fiscal-year workbook must all give the same number, on a
real migrated database, and that number counts firms: a firm that moves up, falls back
and moves up again in the month is one firm, even though its history shows two moves.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.engine import Engine

from desktop.core import dashboard, settings
from desktop.core.assessment import (
    count_transition_firms,
    record_assessment,
    transition_firms,
)
from desktop.core.calendar import fiscal_year_bounds
from desktop.core.reporting import Period, summary
from desktop.core.settings import CounterSetup
from desktop.exports.excel import export_fiscal_year, export_monthly
from tests.unit.export_fixtures import seed_counter
from tests.unit.test_assessment import CHALLENGER_A2, DEVELOPING_B1, make_firm

KEY = ("transition", "developing_to_challenger", "")
MONTH = Period.month("2026-10")
FY = 2026

# The answers of test_assessment: B1 (subcontracting for fixed customers), then A2.
DEVELOPING, CHALLENGER = DEVELOPING_B1, CHALLENGER_A2


@pytest.fixture
def movers(engine: Engine) -> dict[str, uuid.UUID]:
    settings.apply_setup(
        engine, CounterSetup("愛知県知財総合支援窓口", "23", "山田 太郎", language="ja")
    )
    zigzag = make_firm(engine, "行きつ戻りつ製作所", prefecture_code="23")
    once = make_firm(engine, "一度きり工業", prefecture_code="23")
    for answers, day in [
        (DEVELOPING, date(2026, 10, 1)),
        (CHALLENGER, date(2026, 10, 8)),
        (DEVELOPING, date(2026, 10, 15)),
        (CHALLENGER, date(2026, 10, 22)),
    ]:
        record_assessment(engine, zigzag, answers, assessed_on=day)
    record_assessment(engine, once, DEVELOPING, assessed_on=date(2026, 9, 10))
    record_assessment(engine, once, CHALLENGER, assessed_on=date(2026, 10, 12))
    return {"zigzag": zigzag, "once": once}


def summary_rows(path: Path) -> list[dict[str, Any]]:
    wb = load_workbook(path, read_only=True)
    try:
        rows = list(wb["summary"].iter_rows(values_only=True))
    finally:
        wb.close()
    keys = rows[0]
    return [dict(zip(keys, r, strict=True)) for r in rows[2:]]


def transition_row(path: Path) -> dict[str, Any]:
    (row,) = [r for r in summary_rows(path) if (r["section"], r["item"]) == KEY[:2]]
    return row


def test_dashboard_report_and_workbooks_count_the_same_firms(
    engine: Engine, movers: dict[str, uuid.UUID], tmp_path: Path
) -> None:
    # Three moves in October, by two firms: each move counts its firm on its own day.
    with engine.connect() as conn:
        on_the_day = {
            day: transition_firms(conn, date(2026, 10, day), date(2026, 10, day + 1))
            for day in (8, 12, 22)
        }
        definition = count_transition_firms(conn, MONTH.start, MONTH.end)
        firms = transition_firms(conn, MONTH.start, MONTH.end)
    assert on_the_day == {8: [movers["zigzag"]], 12: [movers["once"]], 22: [movers["zigzag"]]}
    assert definition == 2
    assert sorted(firms) == sorted(movers.values())

    # The dashboard's year holds only October's moves, so its figure is the month's.
    board = dashboard.build(engine, date(2026, 10, 31))
    drill_down = dashboard.transitions_in(engine, *fiscal_year_bounds(board.fiscal_year))
    report = {f.key: f.value for f in summary(engine, MONTH)}[KEY]

    monthly = tmp_path / "hq-2026-10.xlsx"
    export_monthly(engine, MONTH, monthly)
    in_workbook = transition_row(monthly)

    yearly = tmp_path / "fy-2026.xlsx"
    export_fiscal_year(engine, FY, yearly)
    in_year = transition_row(yearly)

    figures = {
        "dashboard": board.transitions,
        "dashboard drill-down": len(drill_down),
        "report": report,
        "HQ workbook": in_workbook["value"],
        "fiscal-year workbook, October": in_year["2026-10"],
        "fiscal-year workbook, year": in_year["fy_total"],
    }
    assert figures == dict.fromkeys(figures, definition)
    assert sorted(drill_down) == sorted(firms)
    # The label HQ reads next to the number says what it counts.
    assert in_workbook["label"].endswith("（企業数）")


def test_the_dashboards_year_equals_the_fiscal_year_report(engine: Engine) -> None:
    """Outcomes on the home view and in the year's report come from the same definitions.

    The export data set holds what gets counted wrongly: a deleted assessment, a deleted
    milestone and a deleted firm with a milestone and a move of its own.
    """
    seed_counter(engine)
    board = dashboard.build(engine, date(2027, 3, 31))
    span = fiscal_year_bounds(board.fiscal_year)
    year = {f.key: f.value for f in summary(engine, Period.fiscal_year(FY))}
    assert board.transitions == year[KEY] == len(dashboard.transitions_in(engine, *span)) == 1
    assert board.filed == year[("ip", "filed", "total")] == 2
    assert board.registered == year[("ip", "registered", "total")] == 2
    assert board.filed_firms == len(dashboard.milestone_firms(engine, "filed", *span)) == 2
    assert board.registered_firms == len(dashboard.milestone_firms(engine, "registered", *span))

"""The consultation list and the dashboard read the era setting once per refresh, and the
list's channel and topics columns show a row whole in either language at the default size."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from desktop.core import consultation_queries as cq
from desktop.core import firms, settings
from desktop.core.calendar import add_months, month_start
from desktop.ui.consultation_model import (
    COL_CHANNEL,
    COL_DATE,
    COL_FOLLOWUP,
    COL_SUMMARY,
    COL_TOPICS,
)
from tests.sql_log import statements
from tests.ui.test_era_display import consult, era_on
from tests.ui.waits import counted


def era_reads(engine: sa.Engine) -> AbstractContextManager[list[str]]:
    """Each read of the era setting on ``engine`` inside the block."""
    return statements(engine, lambda _statement, params: settings.ERA_DISPLAY.key in str(params))


@pytest.fixture
def listing(qtbot, set_up_engine: sa.Engine):  # type: ignore[no-untyped-def]
    from desktop.ui.consultation_list import ConsultationList

    view = ConsultationList(set_up_engine, "ja")
    qtbot.addWidget(view)
    return view


def test_a_refresh_after_settings_reads_the_era_once(qtbot, set_up_engine, listing) -> None:  # type: ignore[no-untyped-def]
    listing.show_query(cq.ConsultationQuery(start=date(2026, 11, 2), end=date(2026, 11, 16)))
    counted(qtbot, listing)
    era_on(set_up_engine)
    with era_reads(set_up_engine) as reads:
        listing.apply_filter()  # what the main window does after Settings
    counted(qtbot, listing)
    assert listing.chip.text() == "令和8年11月2日 to 令和8年11月15日"
    assert listing.period.itemText(5).startswith("令和")
    assert len(reads) == 1  # rows, periods, date columns and chip from the same reading


def test_the_dashboard_reads_the_era_once_per_painting(qtbot, set_up_engine) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dashboard_view import DashboardView

    era_on(set_up_engine)
    board = DashboardView(set_up_engine, "ja")
    qtbot.addWidget(board)
    board.refresh(wait=True)
    with era_reads(set_up_engine) as reads:
        board.show_board(board.board)
    assert "令和" in board.status.text() and "令和" in board.month_button.text()
    assert len(reads) == 1


def test_a_width_set_by_hand_stays_until_the_setting_changes(qtbot, set_up_engine, listing) -> None:  # type: ignore[no-untyped-def]
    table = listing.view
    listing.apply_filter()
    counted(qtbot, listing)
    fitted = table.columnWidth(COL_DATE)
    table.setColumnWidth(COL_DATE, fitted + 40)
    listing.apply_filter()
    counted(qtbot, listing)
    assert table.columnWidth(COL_DATE) == fitted + 40

    era_on(set_up_engine)
    listing.apply_filter()
    counted(qtbot, listing)
    assert fitted < table.columnWidth(COL_DATE) != fitted + 40  # the era dates, fitted


def test_a_span_named_in_the_periods_is_shown_there_not_in_the_chip(qtbot, listing) -> None:  # type: ignore[no-untyped-def]
    this_month = month_start(date.today())
    listing.show_query(cq.ConsultationQuery(start=this_month, end=add_months(this_month, 1)))
    assert listing.period.currentIndex() == 1  # this month
    assert listing.chip.isHidden()

    listing.show_query(cq.ConsultationQuery(start=date(2026, 11, 2), end=date(2026, 11, 16)))
    assert listing.period.currentIndex() == 0
    assert listing.chip.text() == "2026-11-02 to 2026-11-15"
    listing.period.setCurrentIndex(1)  # a period chosen replaces the span
    assert listing.chip.isHidden()
    assert (listing.query().start, listing.query().end) == (this_month, add_months(this_month, 1))


@pytest.mark.parametrize(
    ("lang", "era", "cell"),
    [
        ("en", False, "Trademark, Trade secret / know-how"),
        ("ja", False, "商標、営業秘密・ノウハウ"),
        ("ja", True, "商標、営業秘密・ノウハウ"),  # the widest dates too
    ],
)
def test_two_topics_show_whole_and_every_column_at_the_default_size(
    qtbot, qapp, set_up_engine: sa.Engine, qsettings, lang: str, era: bool, cell: str
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.windows import first_window

    engine = set_up_engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    consult(
        engine,
        firm_id,
        channel="seminar",  # the widest channel name in either language
        topics=("trademark", "trade_secret"),
        started_at=datetime(2026, 11, 21, 10, 30),
        followup_on=date(2026, 12, 28),
        followup_action="願書の確認",
    )
    if era:
        era_on(engine)
    with first_window(qtbot, qapp, engine, qsettings, lang) as window:
        window.tabs.setCurrentWidget(window.consultations)
        listing = window.consultations
        listing.apply_filter()
        counted(qtbot, listing)
        table, header = listing.view, listing.view.horizontalHeader()
        assert listing.model.index(0, COL_TOPICS).data() == cell
        for column in (COL_CHANNEL, COL_TOPICS):
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
        right = header.sectionViewportPosition(COL_FOLLOWUP) + header.sectionSize(COL_FOLLOWUP)
        assert right <= table.viewport().width(), (right, table.viewport().width())
        assert header.sectionSize(COL_SUMMARY) >= table.columnWidth(COL_TOPICS)  # room left

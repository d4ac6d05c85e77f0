"""The consultation list model in a real view: pages as it scrolls, text made once per row."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.core import consultation_queries as cq
from desktop.core import demo, settings
from desktop.core.reference import reference
from desktop.ui.consultation_model import (
    COL_CHANNEL,
    COL_DATE,
    COL_FIRM,
    COL_FOLLOWUP,
    COL_TOPICS,
    ConsultationModel,
)
from desktop.ui.tables import IdRole
from tests.ui.test_firm_list_model import shown

CONSULTATIONS = 450  # more than two pages


@pytest.fixture
def counter(engine: sa.Engine) -> sa.Engine:
    demo.generate(
        engine,
        size=demo.DemoSize(firms=60, consultations=CONSULTATIONS),
        end=date(2026, 10, 31),
    )
    return engine


def text(model: ConsultationModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_opens_on_one_page_and_reads_the_rest_as_it_scrolls(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    model = ConsultationModel(counter, "ja")
    view = shown(qtbot, model)
    model.set_query(cq.ConsultationQuery())
    assert model.rowCount() == cq.PAGE_SIZE < CONSULTATIONS
    assert model.total() == CONSULTATIONS
    for _ in range(5):  # each drag to the bottom asks for the next page
        view.scrollToBottom()
        QApplication.processEvents()
    assert model.rowCount() == CONSULTATIONS
    assert not model.canFetchMore()
    ids = [model.data(model.index(r, 0), IdRole) for r in range(model.rowCount())]
    assert len(set(ids)) == CONSULTATIONS  # no page read twice, none skipped
    starts = [model.rows[r].started_at for r in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)


def test_cells_show_the_row_in_the_interface_language(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    ref = reference()
    for lang in ("ja", "en"):
        model = ConsultationModel(counter, lang)
        model.set_query(cq.ConsultationQuery())
        several = next(r for r, row in enumerate(model.rows) if len(row.topics) > 1)
        for r in (0, 1, several, cq.PAGE_SIZE - 1):
            row = model.rows[r]
            assert text(model, r, COL_DATE) == f"{row.started_at:%Y-%m-%d %H:%M}"
            assert text(model, r, COL_FIRM) == (row.firm_name or "(no firm)")
            assert text(model, r, COL_CHANNEL) == ref.channels.label(row.channel, lang)
            topics = [ref.topics.label(t, lang) for t in row.topics]
            assert text(model, r, COL_TOPICS) == ("、" if lang == "ja" else ", ").join(topics)


def test_a_refresh_drops_the_text_made_before_it(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    model = ConsultationModel(counter, "ja")
    shown(qtbot, model)
    model.set_query(cq.ConsultationQuery())
    followed = next(r for r, row in enumerate(model.rows) if row.followup_on is not None)
    row = model.rows[followed]
    assert text(model, followed, COL_DATE).startswith(f"{row.started_at:%Y-%m-%d}")
    assert text(model, followed, COL_FOLLOWUP).endswith(row.followup_on.isoformat())

    settings.set_value(counter, settings.ERA_DISPLAY, True)
    model.refresh()
    assert text(model, followed, COL_DATE).startswith("令和")
    assert text(model, followed, COL_FOLLOWUP).removeprefix("✓ ").startswith("令和")


def test_follow_ups_are_coloured_by_whether_they_are_done(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    model = ConsultationModel(counter, "en")
    model.set_query(cq.ConsultationQuery())
    colours = {
        row.followup_done: model.data(model.index(r, COL_FOLLOWUP), Qt.ItemDataRole.ForegroundRole)
        for r, row in enumerate(model.rows)
        if row.followup_on is not None
    }
    assert colours[True] == QColor("#2e7d32")
    assert colours[False] == QColor("#b26a00")
    plain = next(r for r, row in enumerate(model.rows) if row.followup_on is None)
    assert model.data(model.index(plain, COL_FOLLOWUP), Qt.ItemDataRole.ForegroundRole) is None


def test_the_timeline_lists_topics_as_the_consultation_list_does(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.timeline_view import TimelineView

    model = ConsultationModel(counter, "en")
    model.set_query(cq.ConsultationQuery())
    row = next(r for r in model.rows if len(r.topics) > 1 and r.firm_id is not None)
    for lang in ("ja", "en"):
        timeline = TimelineView(counter, lang)
        qtbot.addWidget(timeline)
        timeline.set_firm(row.firm_id)
        texts = [timeline.table.item(r, 1).text() for r in range(timeline.table.rowCount())]
        topics = ("、" if lang == "ja" else ", ").join(
            reference().topics.label(t, lang) for t in row.topics
        )
        assert any(topics in t for t in texts), (lang, topics)


def test_a_long_topic_list_leaves_the_details_room(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.timeline_view import WHAT_WIDTH, TimelineView

    model = ConsultationModel(counter, "ja")
    model.set_query(cq.ConsultationQuery())
    row = max((r for r in model.rows if r.firm_id is not None), key=lambda r: len(r.topics))
    timeline = TimelineView(counter, "ja")
    qtbot.addWidget(timeline)
    timeline.resize(760, 600)
    timeline.show()
    timeline.set_firm(row.firm_id)
    table = timeline.table
    assert table.sizeHintForColumn(1) > WHAT_WIDTH  # a description wider than the cap
    assert table.columnWidth(1) == WHAT_WIDTH
    assert table.columnWidth(2) >= 760 - table.columnWidth(0) - WHAT_WIDTH - 60
    cell = table.item(0, 2)
    assert cell.toolTip() == cell.text() != ""  # the elided details, in full


def test_a_known_row_reads_as_a_consultant_would_write_it(qtbot, set_up_engine) -> None:  # type: ignore[no-untyped-def]
    """Written out, not looked up: a label gone missing must not pass as itself. Topics
    read in the form's order (trademarks before trade secrets) in the list and the
    firm's timeline alike, whatever order they were stored in."""
    from desktop.core import firms
    from desktop.ui.timeline_view import TimelineView
    from tests.ui.test_era_display import consult

    firm_id = firms.create_firm(set_up_engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    consult(
        set_up_engine,
        firm_id,
        started_at=datetime(2026, 11, 21, 9, 5),
        channel="site_visit",
        topics=("trade_secret", "trademark"),
    )
    for lang, channel, topics in (
        ("ja", "訪問支援", "商標、営業秘密・ノウハウ"),
        ("en", "Site visit", "Trademark, Trade secret / know-how"),
    ):
        model = ConsultationModel(set_up_engine, lang)
        model.set_query(cq.ConsultationQuery())
        cells = [text(model, 0, column) for column in (COL_DATE, COL_CHANNEL, COL_TOPICS)]
        assert cells == ["2026-11-21 09:05", channel, topics]
        tip = model.data(model.index(0, COL_TOPICS), Qt.ItemDataRole.ToolTipRole)
        assert tip == topics  # whole, where a narrow column cuts it
        timeline = TimelineView(set_up_engine, lang)
        qtbot.addWidget(timeline)
        timeline.set_firm(firm_id)
        assert topics in timeline.table.item(0, 1).text()

"""The firm list model in a real view: it reads the pages it paints and nothing more."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

from desktop.core import demo, firms
from desktop.core.firms import FirmInput, FirmQuery
from desktop.ui.firm_model import COL_EMPLOYEES, COL_NAME, PAGE, FirmTableModel
from desktop.ui.tables import IdRole
from tests import sql_log


@pytest.fixture
def big(engine: sa.Engine) -> sa.Engine:
    demo.generate(engine, size=demo.DemoSize(firms=450, consultations=450), end=date(2026, 10, 31))
    return engine


@pytest.fixture
def statements(big: sa.Engine) -> Iterator[list[str]]:
    with sql_log.statements(big) as seen:
        yield seen


def shown(qtbot, model: QAbstractItemModel) -> QTableView:  # type: ignore[no-untyped-def]
    """``model`` in a table view on screen, as a list shows it."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def paint(view: QTableView) -> None:
    """What the event loop does after a change: lay out the rows, then paint them."""
    QApplication.processEvents()
    view.viewport().repaint()


def page_reads(seen: list[str]) -> int:
    return sum("LIMIT" in s and "OFFSET" in s for s in seen)


def test_open_and_jump_to_the_end_read_two_pages(qtbot, big, statements) -> None:  # type: ignore[no-untyped-def]
    model = FirmTableModel(firms.reads(big), "ja")
    view = shown(qtbot, model)
    model.set_query(FirmQuery())
    paint(view)
    keys = firms.find_firm_keys(big, FirmQuery())
    assert model.rowCount() == len(keys) > 2 * PAGE
    assert page_reads(statements) == 1
    first = view.indexAt(view.viewport().rect().topLeft())
    assert first.row() == 0 and first.data(IdRole) == uuid.UUID(hex=keys[0])

    view.scrollToBottom()
    paint(view)
    assert page_reads(statements) == 2  # the last page only, not the ones between
    last = model.index(model.rowCount() - 1, COL_NAME)
    rows = firms.fetch_firm_rows(big, [keys[-1]])
    assert last.data() == rows[uuid.UUID(hex=keys[-1])].name
    assert view.visualRect(last).intersects(view.viewport().rect())


def test_every_line_matches_the_register(qtbot, big) -> None:  # type: ignore[no-untyped-def]
    model = FirmTableModel(firms.reads(big), "en")
    model.set_query(FirmQuery(sort="employees", descending=True))
    keys = firms.find_firm_keys(big, model.query)
    rows = firms.fetch_firm_rows(big, keys)
    for row, key in enumerate(keys):
        line = rows[uuid.UUID(hex=key)]
        assert model.index(row, COL_NAME).data() == line.name
        expected = "" if line.employees is None else f"{line.employees:,}"
        assert model.index(row, COL_EMPLOYEES).data() == expected
    assert model.index(len(keys), COL_NAME).data() is None


def test_edit_shows_after_a_refresh_and_row_of_finds_unread_pages(qtbot, big) -> None:  # type: ignore[no-untyped-def]
    model = FirmTableModel(firms.reads(big), "ja")
    model.set_query(FirmQuery())
    keys = firms.find_firm_keys(big, FirmQuery())
    target = uuid.UUID(hex=keys[3])
    assert model.index(3, COL_NAME).data() != "改名後の会社"
    data = firms.firm_input(firms.get_firm(big, target))
    firms.update_firm(big, target, FirmInput(**{**data.__dict__, "name": "改名後の会社"}))
    model.refresh()  # what the register does after a firm is saved
    assert model.index(3, COL_NAME).data() == "改名後の会社"

    far = uuid.UUID(hex=keys[-2])  # on a page never painted
    assert model.row_of(far) == len(keys) - 2
    assert model.row_of(uuid.uuid4()) == -1


def test_sort_by_a_column_reorders_in_sql(qtbot, big) -> None:  # type: ignore[no-untyped-def]
    model = FirmTableModel(firms.reads(big), "ja")
    view = shown(qtbot, model)
    view.setSortingEnabled(True)
    model.set_query(FirmQuery())
    view.sortByColumn(COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
    keys = firms.find_firm_keys(big, FirmQuery(sort="employees", descending=True))
    assert [model.index(r, 0).data(IdRole).hex for r in range(len(keys))] == keys


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier]
)
def test_home_and_end_go_to_the_first_and_last_firm_without_scrolling_sideways(
    qtbot, big, modifier
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.tables import record_table

    model = FirmTableModel(firms.reads(big), "ja")
    view = record_table(model, "firmTable")
    qtbot.addWidget(view)
    view.resize(500, 400)  # narrower than the columns: a sideways scroll would show
    view.show()
    qtbot.waitExposed(view)
    model.set_query(FirmQuery())
    view.setFocus()
    view.setCurrentIndex(model.index(5, COL_NAME))
    keys = firms.find_firm_keys(big, FirmQuery())

    qtbot.keyClick(view, Qt.Key.Key_End, modifier)
    paint(view)
    assert view.currentIndex().row() == len(keys) - 1
    assert view.currentIndex().column() == COL_NAME
    assert view.horizontalScrollBar().value() == 0  # the names stay in sight
    assert view.selectionModel().isRowSelected(len(keys) - 1)

    qtbot.keyClick(view, Qt.Key.Key_Home, modifier)
    paint(view)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (0, COL_NAME)
    assert view.horizontalScrollBar().value() == 0


def test_down_from_the_search_box_goes_to_the_first_firm(qtbot, big) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.firm_register import FirmRegister
    from tests.ui.typing import activate

    register = FirmRegister(firms.reads(big), "ja")
    qtbot.addWidget(register)
    register.show()
    activate(qtbot, register)
    register.apply_filter()
    register.focus_search()
    qtbot.keyClick(register.search, Qt.Key.Key_Down)
    assert register.view.hasFocus()
    assert register.view.selectionModel().isRowSelected(0)
    assert register.current_id() == register.model.firm_id(0)


def test_firms_in_the_trash_are_greyed(qtbot, big) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    gone = uuid.UUID(hex=firms.find_firm_keys(big, FirmQuery())[0])
    firms.delete_firm(big, gone, actor="test")
    model = FirmTableModel(firms.reads(big), "ja")
    model.set_query(FirmQuery(deleted=True))
    assert model.firm_id(0) == gone
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) == QColor("#888888")
    model.set_query(FirmQuery())
    assert model.index(0, COL_NAME).data(Qt.ItemDataRole.ForegroundRole) is None

"""The firm list's order: read in the order the user left, from the first screen on;
sorting on a click on a title from the moment the window is loaded.

The first screen does not let the view sort (that would build the ``Qt`` namespace's
enums, see ``desktop.ui.plain_qt``), so the order the list was left in is kept in the
settings beside the header's state and read back before the first page.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, QSettings, Qt

from desktop.core import firms, startup
from desktop.core.firms import FirmInput
from desktop.ui.firm_model import COL_EMPLOYEES, COL_INDUSTRY, COL_KANA, COL_NAME, COL_SIZE
from desktop.ui.main_window import FIRM_HEADER_KEY, FIRM_ORDER_KEY, MainWindow

# name, reading, employees: by reading あ..え, by headcount descending う, い, え, あ
FIRMS = [("甲商店", "あ", 3), ("乙工業", "い", 40), ("丙製作所", "う", 120), ("丁食品", "え", 9)]
BY_READING = ["甲商店", "乙工業", "丙製作所", "丁食品"]
BY_HEADCOUNT = ["丙製作所", "乙工業", "丁食品", "甲商店"]


@pytest.fixture
def counter(set_up_engine: sa.Engine, db_path: Path) -> Path:
    for name, kana, employees in FIRMS:
        firms.create_firm(
            set_up_engine,
            FirmInput(name=name, name_kana=kana, prefecture_code="15", employees=employees),
        )
    set_up_engine.dispose()
    return db_path


@pytest.fixture
def opened(counter: Path) -> Iterator[startup.OpenedDatabase]:
    database = startup.open_for_window(startup.check_file(counter))
    yield database
    database.engine.dispose()


def names(window: MainWindow) -> list[str]:
    model = window.register.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def first_screen(qtbot, counter: Path, qsettings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as ``run_gui`` draws it first: on the checked file, not loaded."""
    screen = startup.first_screen(startup.check_file(counter))
    assert screen is not None
    window = MainWindow(None, "en", qsettings, reads=screen.reads)
    qtbot.addWidget(window)
    window.destroyed.connect(screen.reads.close)
    window.show()
    window.register.apply_filter()
    qtbot.waitExposed(window)
    return window


def left_sorted_by_headcount(qtbot, opened: startup.OpenedDatabase, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(opened.engine, "en", qsettings)
    qtbot.addWidget(window)
    window.show()
    window.register.apply_filter()
    window.register.view.sortByColumn(COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
    assert names(window) == BY_HEADCOUNT
    assert window.close()


def arrow(window: MainWindow) -> tuple[bool, int, Qt.SortOrder]:
    header = window.register.view.horizontalHeader()
    return header.isSortIndicatorShown(), header.sortIndicatorSection(), header.sortIndicatorOrder()


def click_title(qtbot, window: MainWindow, column: int) -> None:  # type: ignore[no-untyped-def]
    header = window.register.view.horizontalHeader()
    title = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)


def test_a_first_start_lists_by_reading_and_sorts_once_loaded(  # type: ignore[no-untyped-def]
    qtbot, counter: Path, opened: startup.OpenedDatabase, qsettings: QSettings
) -> None:
    window = first_screen(qtbot, counter, qsettings)
    assert names(window) == BY_READING
    assert not window.register.view.isSortingEnabled()
    assert not window.register.view.horizontalHeader().isSortIndicatorShown()

    window.attach(opened.engine)
    assert window.register.view.isSortingEnabled()
    assert arrow(window) == (True, COL_KANA, Qt.SortOrder.AscendingOrder)
    assert names(window) == BY_READING
    click_title(qtbot, window, COL_EMPLOYEES)
    header = window.register.view.horizontalHeader()
    assert header.sortIndicatorSection() == COL_EMPLOYEES
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names(window) == (BY_HEADCOUNT if descending else BY_HEADCOUNT[::-1])


def test_the_order_left_is_the_first_screens(  # type: ignore[no-untyped-def]
    qtbot, counter: Path, opened: startup.OpenedDatabase, qsettings: QSettings
) -> None:
    left_sorted_by_headcount(qtbot, opened, qsettings)
    assert qsettings.value(FIRM_ORDER_KEY) == "-employees"

    window = first_screen(qtbot, counter, qsettings)
    assert names(window) == BY_HEADCOUNT  # the first page is read in it
    assert arrow(window) == (True, COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
    resets: list[None] = []
    window.register.model.modelReset.connect(lambda: resets.append(None))
    window.attach(opened.engine)
    assert window.register.view.isSortingEnabled()
    assert arrow(window) == (True, COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
    assert names(window) == BY_HEADCOUNT
    assert resets == []  # the same order: nothing read again


def test_a_saved_header_without_an_order_has_its_arrow_followed_once_loaded(  # type: ignore[no-untyped-def]
    qtbot, counter: Path, opened: startup.OpenedDatabase, qsettings: QSettings
) -> None:
    """As left by a version that kept no order: the header's arrow is the truth."""
    left_sorted_by_headcount(qtbot, opened, qsettings)
    qsettings.remove(FIRM_ORDER_KEY)
    assert qsettings.value(FIRM_HEADER_KEY) is not None

    window = first_screen(qtbot, counter, qsettings)
    assert names(window) == BY_READING
    window.attach(opened.engine)
    assert arrow(window) == (True, COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
    assert names(window) == BY_HEADCOUNT


@pytest.mark.parametrize("column", [COL_INDUSTRY, COL_SIZE])
def test_a_click_on_a_column_that_does_not_sort_leaves_the_arrow_on_the_order(  # type: ignore[no-untyped-def]
    qtbot, opened: startup.OpenedDatabase, qsettings: QSettings, column: int
) -> None:
    window = MainWindow(opened.engine, "en", qsettings)
    qtbot.addWidget(window)
    window.show()
    window.register.apply_filter()
    click_title(qtbot, window, COL_EMPLOYEES)
    order = window.register.view.horizontalHeader().sortIndicatorOrder()
    listed = names(window)
    assert listed in (BY_HEADCOUNT, BY_HEADCOUNT[::-1])

    click_title(qtbot, window, column)
    assert arrow(window) == (True, COL_EMPLOYEES, order)
    assert names(window) == listed
    click_title(qtbot, window, COL_NAME)  # the columns that sort still do
    assert arrow(window)[1] == COL_NAME
    assert names(window) in (sorted(listed), sorted(listed, reverse=True))


def test_a_saved_arrow_on_a_column_that_does_not_sort_goes_to_the_order(  # type: ignore[no-untyped-def]
    qtbot, counter: Path, opened: startup.OpenedDatabase, qsettings: QSettings
) -> None:
    """As left by versions whose arrow could stay on such a column."""
    left_sorted_by_headcount(qtbot, opened, qsettings)
    window = MainWindow(opened.engine, "en", qsettings)  # a header with the arrow moved
    qtbot.addWidget(window)
    window.show()
    header = window.register.view.horizontalHeader()
    header.sortIndicatorChanged.disconnect()
    header.setSortIndicator(COL_SIZE, Qt.SortOrder.AscendingOrder)
    assert window.close()
    assert qsettings.value(FIRM_ORDER_KEY) == "-employees"

    again = first_screen(qtbot, counter, qsettings)
    assert arrow(again)[1] == COL_SIZE  # the first screen shows the header as saved
    again.attach(opened.engine)
    assert arrow(again) == (True, COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
    assert names(again) == BY_HEADCOUNT


@pytest.mark.parametrize("saved", ["-password", "", "employees; DROP TABLE firm", 7, "--name"])
def test_an_order_that_is_no_column_is_ignored(  # type: ignore[no-untyped-def]
    qtbot, counter: Path, qsettings: QSettings, saved: object
) -> None:
    qsettings.setValue(FIRM_ORDER_KEY, saved)
    window = first_screen(qtbot, counter, qsettings)
    assert names(window) == BY_READING
    assert window.register.model.query.sort == "name_kana"

"""The firm list's column widths come back as the user left them, unless the program's
own layout of the list has changed since they were saved."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QSettings

from desktop.ui.firm_model import COL_EMPLOYEES, COL_NAME
from desktop.ui.main_window import FIRM_HEADER_KEY, MainWindow


def window(qtbot, engine: sa.Engine, qsettings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(engine, "en", qsettings)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_widths_left_by_the_user_come_back(qtbot, set_up_engine, qsettings) -> None:  # type: ignore[no-untyped-def]
    first = window(qtbot, set_up_engine, qsettings)
    first.register.view.setColumnWidth(COL_NAME, 333)
    assert first.close()
    again = window(qtbot, set_up_engine, qsettings)
    assert again.register.view.columnWidth(COL_NAME) == 333


def test_widths_saved_by_an_older_layout_are_not_put_back(qtbot, set_up_engine, qsettings) -> None:  # type: ignore[no-untyped-def]
    first = window(qtbot, set_up_engine, qsettings)
    header = first.register.view.horizontalHeader()
    default = header.sectionSize(COL_EMPLOYEES)
    header.resizeSection(COL_EMPLOYEES, default + 150)  # as an older layout had it
    qsettings.setValue("main/firmHeader", header.saveState())
    qsettings.remove(FIRM_HEADER_KEY)

    again = window(qtbot, set_up_engine, qsettings)
    assert again.register.view.columnWidth(COL_EMPLOYEES) == default
    assert again.close()
    assert qsettings.value("main/firmHeader") is None  # the old key is gone
    assert qsettings.value(FIRM_HEADER_KEY) is not None

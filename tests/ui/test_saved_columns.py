"""The firm list's column widths come back as the user left them, unless the program's
own layout of the list has changed since they were saved."""

from __future__ import annotations

from pathlib import Path

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


def test_keys_older_versions_left_go_on_close(qtbot, set_up_engine, qsettings) -> None:  # type: ignore[no-untyped-def]
    stale = ["main/firmHeader", "main/firmHeader-v2", "main/firmSort"]
    assert FIRM_HEADER_KEY not in stale
    first = window(qtbot, set_up_engine, qsettings)
    first.register.view.setColumnWidth(COL_NAME, 333)
    assert first.close()
    for key in stale:
        qsettings.setValue(key, "-employees" if key.endswith("Sort") else b"\x00\xff")
    qsettings.sync()

    again = window(qtbot, set_up_engine, qsettings)
    assert again.close()
    written = QSettings(qsettings.fileName(), QSettings.Format.IniFormat)
    assert [key for key in stale if written.contains(key)] == []
    assert written.contains(FIRM_HEADER_KEY)
    assert again.register.view.columnWidth(COL_NAME) == 333  # the current key still read
    text = Path(qsettings.fileName()).read_text(encoding="utf-8")
    assert "firmSort" not in text and "firmHeader-v2" not in text

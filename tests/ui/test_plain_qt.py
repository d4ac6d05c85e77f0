"""The first screen's plain ints are the values of the Qt enums they stand for, and the
properties they are written through take them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.ui import plain_qt
from desktop.ui.tables import IdRole


@pytest.mark.parametrize(
    ("value", "enum"),
    [
        (plain_qt.DISPLAY_ROLE, Qt.ItemDataRole.DisplayRole),
        (plain_qt.TOOLTIP_ROLE, Qt.ItemDataRole.ToolTipRole),
        (plain_qt.TEXT_ALIGNMENT_ROLE, Qt.ItemDataRole.TextAlignmentRole),
        (plain_qt.FOREGROUND_ROLE, Qt.ItemDataRole.ForegroundRole),
        (plain_qt.USER_ROLE, Qt.ItemDataRole.UserRole),
        (plain_qt.ALIGN_RIGHT_VCENTER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        (plain_qt.ALIGN_CENTER, Qt.AlignmentFlag.AlignCenter),
        (plain_qt.TOOL_BUTTON_TEXT_ONLY, Qt.ToolButtonStyle.ToolButtonTextOnly),
        (plain_qt.WIDGET_SHORTCUT, Qt.ShortcutContext.WidgetShortcut),
    ],
)
def test_each_value_is_its_enums(value: int, enum: object) -> None:
    assert value == enum.value  # type: ignore[attr-defined]


def test_the_record_id_role_is_the_first_after_the_users() -> None:
    assert IdRole == Qt.ItemDataRole.UserRole.value + 1


def test_the_properties_written_with_them_take_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    label, action, toolbar = QLabel("…"), QAction(window), window.addToolBar("Main")
    assert label.setProperty("alignment", plain_qt.ALIGN_CENTER)
    assert action.setProperty("shortcutContext", plain_qt.WIDGET_SHORTCUT)
    assert toolbar.setProperty("toolButtonStyle", plain_qt.TOOL_BUTTON_TEXT_ONLY)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly

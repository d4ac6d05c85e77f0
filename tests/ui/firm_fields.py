"""The firm form's fields as a user leaves them, and the message each row shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.ui.firm_form import FirmForm


def leave(qtbot, field: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    """Tab out of ``field``, as a user moving on does; the focus must really go."""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not field


def shown(form: FirmForm, key: str) -> str:
    """The message under the field ``key``, or "" while none is shown."""
    row = form.rows[key]
    return "" if row.message.isHidden() else row.message.text()

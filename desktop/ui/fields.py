"""Form building blocks: an input with its message shown right under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.text import Message
from desktop.ui.i18n import render

ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 1px solid #b00020;"


class FieldRow(QWidget):
    """An input widget and a message label beneath it, hidden while the field is fine."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        self.setFocusProxy(editor)

    def show_error(self, message: Message | None) -> None:
        if message is None:
            self.message.clear()
            self.message.hide()
            self.editor.setStyleSheet("")
            self.editor.setAccessibleDescription("")
            return
        text = render(message)
        self.message.setText(text)
        self.message.show()
        self.editor.setStyleSheet(INVALID_STYLE)
        self.editor.setAccessibleDescription(text)

    def error_text(self) -> str:
        return self.message.text() if self.message.isVisible() or self.message.text() else ""


def add_row(form: QFormLayout, label: str, row: FieldRow) -> None:
    caption = QLabel(label)
    caption.setBuddy(row.editor)
    form.addRow(caption, row)


class FieldDateTimeEdit(QDateTimeEdit):
    """A date-time field where Tab leaves the field instead of walking its sections.

    Sections are still reachable with the arrow keys and by typing; a form that is
    filled with the keyboard needs Tab to mean "next field".
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class FieldDateEdit(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

"""Form building blocks: an input with its message shown right under it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import Message
from desktop.ui.i18n import render

ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 1px solid #b00020;"


class FieldRow(QWidget):
    """An input widget and a message label beneath it, hidden while the field is fine."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._check: Callable[[], Message | None] | None = None
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

    def check_when_left(self, check: Callable[[], Message | None]) -> None:
        """Show ``check()``'s message when the user leaves the field; a change clears it.

        ``check`` is the form's own validation (the one saving uses) narrowed to this
        field, so the rules live in one place. A line edit is checked on
        ``editingFinished`` (focus out or Enter) and a text box on focus out, once the
        user has typed in them: a required field merely passed over is left to saving.
        A combo box is checked as soon as another entry is chosen.
        """
        self._check = check
        editor = self.editor
        if isinstance(editor, QLineEdit):
            editor.editingFinished.connect(self._left)
            editor.textChanged.connect(self.clear_error)
        elif isinstance(editor, QPlainTextEdit):
            editor.installEventFilter(self)
            editor.textChanged.connect(self.clear_error)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self.check_now)

    def _left(self) -> None:
        """A line or text editor left: checked if something was typed in it."""
        editor = self.editor
        typed = (
            editor.isModified()
            if isinstance(editor, QLineEdit)
            else editor.document().isModified()  # the QPlainTextEdit's focus-out
        )
        if typed:
            self.check_now()

    def check_now(self) -> None:
        if self._check is not None:
            self.show_error(self._check())

    def clear_error(self) -> None:
        if not self.message.isHidden() or self.message.text():
            self.show_error(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self._left()
        return super().eventFilter(watched, event)


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


class ColumnLayout(QLayout):
    """Widgets (check boxes, say) in reading order, in as many equal columns as fit.

    The columns follow the width the layout is given, up to ``max_columns``: a long
    label in one language makes fewer, wider columns instead of a form wider than its
    window. The height follows the columns (``heightForWidth``).
    """

    def __init__(self, parent: QWidget | None = None, max_columns: int = 3) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.max_columns = max(1, max_columns)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout -------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._size(self.columns_for(width)).height()

    def sizeHint(self) -> QSize:
        return self._size(self.max_columns)

    def minimumSize(self) -> QSize:
        # As narrow as one column; the height is the least any width gives; the height
        # at the width given comes from heightForWidth, which forms and scroll areas ask.
        return QSize(self._size(1).width(), self._size(self.max_columns).height())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        area = self.contentsRect()
        columns = self.columns_for(rect.width())
        gap, line = self._spacing()
        cell = self._cell()
        width = (area.width() - (columns - 1) * gap) // columns
        for n, item in enumerate(self._items):
            row, column = divmod(n, columns)
            x = area.x() + column * (width + gap)
            y = area.y() + row * (cell.height() + line)
            item.setGeometry(QRect(x, y, width, cell.height()))

    # --- columns -------------------------------------------------------------------------
    def columns_for(self, width: int) -> int:
        margins = self.contentsMargins()
        width -= margins.left() + margins.right()
        cell = self._cell().width()
        gap, _ = self._spacing()
        fitting = (width + gap) // (cell + gap) if cell + gap > 0 else self.max_columns
        return max(1, min(self.max_columns, fitting, len(self._items) or 1))

    def _cell(self) -> QSize:
        hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
        return QSize(
            max((h.width() for h in hints), default=0), max((h.height() for h in hints), default=0)
        )

    def _spacing(self) -> tuple[int, int]:
        horizontal = vertical = self.spacing()
        parent = self.parentWidget()
        if horizontal < 0 and parent is not None:
            style = parent.style()
            horizontal = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
            vertical = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        return max(0, horizontal), max(0, vertical)

    def _size(self, columns: int) -> QSize:
        cell = self._cell()
        gap, line = self._spacing()
        rows = -(-len(self._items) // columns)
        margins = self.contentsMargins()
        return QSize(
            columns * cell.width() + (columns - 1) * gap + margins.left() + margins.right(),
            rows * cell.height() + max(0, rows - 1) * line + margins.top() + margins.bottom(),
        )


def fit_columns(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    """Columns of a table of editors that fit its width instead of running off its side.

    The other columns take the width of their header and editors; the ``stretch``
    columns (a text column, a long choice) share what is left and their editors show
    what fits. Call it again after adding a row: Qt does not measure cell widgets by
    itself.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        if column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.resizeColumnToContents(column)

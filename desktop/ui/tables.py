"""Shared set-up of the record lists: one look and one behaviour for every table."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
)

from desktop.ui.plain_qt import USER_ROLE

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

# What Qt hands a model or a delegate as an item's index.
Index = QModelIndex | QPersistentModelIndex

# The record's id (a UUID) on every cell of its row, whichever list it is in.
IdRole = USER_ROLE + 1

CHIP_STYLE = "background: #e8f0f8; padding: 2px 6px; border-radius: 4px;"


Cursor = QAbstractItemView.CursorAction
TO_THE_ENDS = (Cursor.MoveHome, Cursor.MoveEnd)


class RecordTable(QTableView):
    """A table of records, one per row: Home and End, with Ctrl or without, go to the
    first and last row and stay in the column the cursor is in. The last row is the
    last record where the model knows them all (the firm list); a list read page by
    page as it scrolls (the consultations) ends, for End, at the last row read so far.

    Qt takes Ctrl+End to the last cell, which scrolls a wide list sideways to its last
    column and hides the names, and plain Home and End along the row, which means
    nothing when the whole row is the selection.
    """

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        from PySide6.QtCore import Qt  # not at import: the firm list is on the first screen

        if cursorAction not in TO_THE_ENDS:
            return super().moveCursor(cursorAction, modifiers)
        index = super().moveCursor(cursorAction, Qt.KeyboardModifier.ControlModifier)
        if index.isValid():
            current = self.currentIndex()
            return index.siblingAtColumn(current.column() if current.isValid() else 0)
        return index


def record_table(model: QAbstractItemModel, object_name: str) -> QTableView:
    """A read-only, single-row-selection table over ``model``."""
    view = RecordTable()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


@cache
def colour(name: str) -> QColor:
    """A text colour for list cells, made once, when first shown (not at start-up)."""
    from PySide6.QtGui import QColor

    return QColor(name)


def filter_chip(clear_text: str) -> tuple[QLabel, QPushButton]:
    """A label naming a filter that came from elsewhere, and the button that drops it."""
    chip = QLabel()
    chip.setObjectName("filterChip")
    chip.setStyleSheet(CHIP_STYLE)
    clear = QPushButton(clear_text)
    chip.hide()
    clear.hide()
    return chip, clear


class EmptyNote(QLabel):
    """What a list says over its empty grid ("No firm matches “x”."), so that a search
    with no hits does not look like a list still loading or a blank window.

    Made when a list is first empty, not with the list: the firm list is on the start-up
    path. It sits in a layout of the list's viewport (below the headers), which keeps it
    the viewport's size without any Python in the list's event path; clicks go through
    it to the list.
    """

    def __init__(self, view: QAbstractScrollArea) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QVBoxLayout

        viewport = view.viewport()
        super().__init__(viewport)
        self.setObjectName("emptyNote")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(True)
        self.setMargin(24)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        layout = QVBoxLayout(viewport)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)

    def say(self, text: str) -> None:
        """Show ``text`` over the list; an empty text hides the note."""
        self.setText(text)
        self.setVisible(bool(text))

"""A record's history: who changed which fields, from what to what."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import history
from desktop.core.date_words import date_words
from desktop.core.text import Message
from desktop.ui.i18n import render


class HistoryDialog(QDialog):
    def __init__(
        self,
        engine: Engine,
        entity: str,
        entity_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 460)
        entries = history.entries(engine, entity, entity_id, date_words(engine, lang))
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        rows: list[list[str]] = []
        for entry in entries:
            head = [entry.when, entry.who, render(entry.action)]
            for change in entry.changes or [history.Change("", "", "")]:
                field = change.field
                label = render(field) if isinstance(field, Message) else field
                rows.append([*head, label, change.before, change.after])
                head = ["", "", ""]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value if c >= 4 else "")  # a long summary, read in full
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):  # before and after share what is left; long text elides
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Records loaded in bulk (the demo data) have no history: say so, not a bare grid.
        self.empty = QLabel(self.tr("No change to this record has been recorded yet."))
        self.empty.setObjectName("historyEmpty")
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

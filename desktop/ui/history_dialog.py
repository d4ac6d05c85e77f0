"""A record's history: who changed which fields, from what to what."""

from __future__ import annotations

import uuid
from datetime import UTC

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from sqlalchemy.engine import Engine

from desktop.core import audit

HIDDEN_FIELDS = {"confidential_notes"}


class HistoryDialog(QDialog):
    def __init__(self, engine: Engine, entity: str, entity_id: uuid.UUID, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.resize(820, 420)
        entries = audit.history(engine, entity, entity_id)
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
        actions = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Moved to trash"),
            "restore": self.tr("Restored"),
            "purge": self.tr("Deleted for good"),
        }
        rows: list[list[str]] = []
        for entry in entries:
            local = entry.at.replace(tzinfo=UTC).astimezone()
            head = [local.strftime("%Y-%m-%d %H:%M"), entry.actor, actions[entry.action]]
            fields = sorted(entry.changes.items()) or [("", [None, None])]
            for name, (old, new) in fields:
                if name in HIDDEN_FIELDS:
                    old, new = ("…" if old else ""), ("…" if new else "")
                rows.append([*head, name, _text(old), _text(new)])
                head = ["", "", ""]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)

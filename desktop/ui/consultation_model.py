"""The consultation list model: pages of rows fetched as the view scrolls.

Rows arrive newest first, a page at a time (keyset paging in SQL), through Qt's
canFetchMore/fetchMore, so the list opens at once on a 200,000-consultation counter
and scrolling only ever reads the next page.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.engine import Engine

from desktop.core import consultation_queries as cq
from desktop.core import settings
from desktop.core.calendar import format_date
from desktop.core.reference import reference

IdRole = Qt.ItemDataRole.UserRole + 1
FirmIdRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = [
    QT_TRANSLATE_NOOP("ConsultationModel", "Date"),
    QT_TRANSLATE_NOOP("ConsultationModel", "Firm"),
    QT_TRANSLATE_NOOP("ConsultationModel", "Channel"),
    QT_TRANSLATE_NOOP("ConsultationModel", "Topics"),
    QT_TRANSLATE_NOOP("ConsultationModel", "Consultants"),
    QT_TRANSLATE_NOOP("ConsultationModel", "Summary"),
    QT_TRANSLATE_NOOP("ConsultationModel", "Follow-up"),
]
COL_DATE, COL_FIRM, COL_CHANNEL, COL_TOPICS, COL_STAFF, COL_SUMMARY, COL_FOLLOWUP = range(7)

Index = QModelIndex | QPersistentModelIndex


class ConsultationModel(QAbstractTableModel):
    def __init__(self, engine: Engine, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        self.query = cq.ConsultationQuery()
        self.rows: list[cq.ConsultationRow] = []
        self.exhausted = True
        self.era = False
        self.ref = reference()

    def set_query(self, query: cq.ConsultationQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        self.era = bool(settings.get(self.engine, settings.ERA_DISPLAY))
        self.beginResetModel()
        self.rows = cq.fetch_page(self.engine, self.query)
        self.exhausted = len(self.rows) < cq.PAGE_SIZE
        self.endResetModel()

    def total(self) -> int:
        return cq.count(self.engine, self.query)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.exhausted or not self.rows:
            return
        last = self.rows[-1]
        page = cq.fetch_page(self.engine, self.query, after=(last.started_at, last.id))
        self.exhausted = len(page) < cq.PAGE_SIZE
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ConsultationModel", COLUMNS[section])
        return None

    def consultation_id(self, row: int) -> uuid.UUID:
        return self.rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == IdRole:
            return row.id
        if role == FirmIdRole:
            return row.firm_id
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_FOLLOWUP and row.followup_on:
            return QBrush(QColor("#2e7d32" if row.followup_done else "#b26a00"))
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SUMMARY:
            return row.excerpt
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_DATE:
            day = format_date(row.started_at.date(), era=self.era, lang=self.lang)
            return f"{day} {row.started_at:%H:%M}"
        if col == COL_FIRM:
            return row.firm_name or QCoreApplication.translate("ConsultationModel", "(no firm)")
        if col == COL_CHANNEL:
            return self.ref.channels.label(row.channel, self.lang)
        if col == COL_TOPICS:
            return "、".join(self.ref.topics.label(t, self.lang) for t in row.topics)
        if col == COL_STAFF:
            return "、".join(row.consultants)
        if col == COL_SUMMARY:
            return row.excerpt
        if col == COL_FOLLOWUP:
            if row.followup_on is None:
                return ""
            mark = "✓ " if row.followup_done else ""
            return f"{mark}{row.followup_on.isoformat()}"
        return None

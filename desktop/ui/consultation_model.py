"""The consultation list model: pages of rows fetched as the view scrolls.

Rows arrive newest first, a page at a time (keyset paging in SQL), through Qt's
canFetchMore/fetchMore, so the list opens at once on a 200,000-consultation counter
and scrolling only ever reads the next page. A row's cells are turned into text the
first time the row is painted and kept, so repainting is a tuple lookup.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from sqlalchemy.engine import Engine

from desktop.core import consultation_queries as cq
from desktop.core.date_words import DateWords, date_words
from desktop.core.reference import reference
from desktop.core.text import list_separator
from desktop.ui.tables import IdRole, Index, colour

FirmIdRole = IdRole + 1
DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOLLOWUP_DONE, FOLLOWUP_DUE = "#2e7d32", "#b26a00"  # green, amber

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


# A moment whose date is as wide as any the list shows, to size the date columns by:
# two digits in every part, era year too (令和10年12月28日 20:08, 2028-12-28 20:08).
WIDEST_MOMENT = datetime(2028, 12, 28, 20, 8)


class ConsultationModel(QAbstractTableModel):
    def __init__(self, engine: Engine, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        self.query = cq.ConsultationQuery()
        self.rows: list[cq.ConsultationRow] = []
        self._texts: list[tuple[str, ...] | None] = []  # per row, made when first painted
        self.exhausted = True
        self.dates = DateWords(era=False, lang=lang)  # read again at each refresh
        self.ref = reference()

    def set_query(self, query: cq.ConsultationQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        self.dates = date_words(self.engine, self.lang)  # Settings may have changed it
        self.beginResetModel()
        self.rows = cq.fetch_page(self.engine, self.query)
        self._texts = [None] * len(self.rows)
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
            self._texts.extend([None] * len(page))
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return QCoreApplication.translate("ConsultationModel", COLUMNS[section])
        return None

    def consultation_id(self, row: int) -> uuid.UUID:
        return self.rows[row].id

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:  # first: the view asks for it most, for every cell painted
            r = index.row()
            if r < 0:
                return None
            texts = self._texts[r]
            if texts is None:
                texts = self._texts[r] = self._cells(self.rows[r])
            return texts[index.column()]
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == IdRole:
            return row.id
        if role == FirmIdRole:
            return row.firm_id
        col = index.column()
        if role == FOREGROUND and col == COL_FOLLOWUP and row.followup_on:
            return colour(FOLLOWUP_DONE if row.followup_done else FOLLOWUP_DUE)
        if role == TOOLTIP and col == COL_SUMMARY:
            return row.excerpt
        if role == TOOLTIP and col in (COL_TOPICS, COL_STAFF):  # whole, where the cell cuts
            return self.data(index)
        return None

    @staticmethod
    def widest_dates(dates: DateWords) -> dict[int, str]:
        """The widest text of each date column in ``dates``' words, to size it by."""
        return {
            COL_DATE: dates.moment(WIDEST_MOMENT),
            COL_FOLLOWUP: _followup(WIDEST_MOMENT.date(), True, dates),
        }

    def _cells(self, row: cq.ConsultationRow) -> tuple[str, ...]:
        lang = self.lang
        comma = list_separator(lang)
        return (
            self.dates.moment(row.started_at),
            row.firm_name or QCoreApplication.translate("ConsultationModel", "(no firm)"),
            self.ref.channels.label(row.channel, lang),
            comma.join(self.ref.topics.label(t, lang) for t in row.topics),
            comma.join(row.consultants),
            row.excerpt,
            _followup(row.followup_on, row.followup_done, self.dates),
        )


def _followup(day: date | None, done: bool, dates: DateWords) -> str:
    if day is None:
        return ""
    return ("✓ " if done else "") + dates.date(day)

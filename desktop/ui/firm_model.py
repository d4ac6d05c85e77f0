"""The firm list: a table model over ids that fetches rows as they come into view.

The model holds the ordered ids of the matching firms (sorted and filtered in SQL) and
a cache of the rows seen so far, fetched a page at a time; 20,000 firms cost one id
query, not 20,000 objects.
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

from desktop.core import firms
from desktop.core.firms import FirmQuery, FirmRow
from desktop.core.reference import reference
from desktop.core.sme import SIZE_LABELS, sme_status

IdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2

PAGE = 200

# (header, sort key in SQL or None)
COLUMNS: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("FirmTableModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Reading"), "name_kana"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Corporate Number"), "corporate_number"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Prefecture"), "prefecture"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "City"), "city"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Industry"), None),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Employees"), "employees"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Size"), None),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Type/stage"), None),
]
(
    COL_NAME,
    COL_KANA,
    COL_NUMBER,
    COL_PREF,
    COL_CITY,
    COL_INDUSTRY,
    COL_EMPLOYEES,
    COL_SIZE,
    COL_CELL,
) = range(len(COLUMNS))

Index = QModelIndex | QPersistentModelIndex


class FirmTableModel(QAbstractTableModel):
    def __init__(self, engine: Engine, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._lang = lang
        self._ids: list[str] = []  # stored form (hex): cheaper than 20,000 UUID objects
        self._rows: dict[str, FirmRow] = {}
        self._query = FirmQuery()
        self._active = False
        self._ref = reference()

    # --- querying ---------------------------------------------------------------------
    @property
    def query(self) -> FirmQuery:
        return self._query

    def set_query(self, query: FirmQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Re-run the id query; rows are fetched again as they are shown."""
        self._active = True
        self.beginResetModel()
        self._ids = firms.find_firm_keys(self._engine, self._query)
        self._rows.clear()
        self.endResetModel()

    def invalidate(self, firm_id: uuid.UUID) -> None:
        """Forget a cached row after an edit, so it is read again when painted."""
        self._rows.pop(firm_id.hex, None)
        if firm_id.hex in self._ids:
            row = self._ids.index(firm_id.hex)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def firm_id(self, row: int) -> uuid.UUID:
        return uuid.UUID(hex=self._ids[row])

    def row_of(self, firm_id: uuid.UUID) -> int:
        try:
            return self._ids.index(firm_id.hex)
        except ValueError:
            return -1

    def _row(self, row: int) -> FirmRow | None:
        firm_id = self._ids[row]
        cached = self._rows.get(firm_id)
        if cached is None:
            start = (row // PAGE) * PAGE
            page = self._ids[start : start + PAGE]
            fetched = firms.fetch_firm_rows(self._engine, page)
            self._rows.update((key.hex, row) for key, row in fetched.items())
            cached = self._rows.get(firm_id)
        return cached

    # --- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == IdRole:
            return uuid.UUID(hex=self._ids[index.row()])
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            SortKeyRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == COL_EMPLOYEES:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#888888")) if row.deleted else None
        return self._display(row, col, sort_key=role == SortKeyRole)

    def _display(self, row: FirmRow, col: int, *, sort_key: bool) -> Any:
        lang = self._lang
        if col == COL_NAME:
            return row.name
        if col == COL_KANA:
            return row.name_kana
        if col == COL_NUMBER:
            return row.corporate_number
        if col == COL_PREF:
            return (
                row.prefecture_code
                if sort_key
                else self._ref.prefectures.label(row.prefecture_code, lang)
            )
        if col == COL_CITY:
            return row.city
        if col == COL_INDUSTRY:
            if row.industry is None:
                return ""
            return f"{row.industry} {self._ref.industries.label(row.industry, lang)}"
        if col == COL_EMPLOYEES:
            if sort_key:
                return row.employees if row.employees is not None else -1
            return "" if row.employees is None else f"{row.employees:,}"
        if col == COL_SIZE:
            status = sme_status(self._ref, row.industry, row.capital_yen, row.employees)
            if sort_key:
                return status.size_class
            return QCoreApplication.translate("SizeClass", SIZE_LABELS[status.size_class])
        if col == COL_CELL:
            return row.cell
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._query = FirmQuery(**{**self._query.__dict__, "sort": key, "descending": descending})
        if self._active:  # before the first query (the view's initial sort) only remember
            self.refresh()

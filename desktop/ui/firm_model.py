"""The firm list: a table model that reads only the pages the view shows.

Opening the list costs one count and one page of lines, whatever the size of the
register; a page is read when a row in it is first painted, and each line's cells are
turned into text once, when its page arrives, so painting is a tuple lookup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
)

from desktop.core import firm_list
from desktop.core.firm_list import FirmQuery, FirmRow, Reads
from desktop.core.reference import reference
from desktop.core.sme import SIZE_LABELS, sme_status
from desktop.ui.plain_qt import (
    ALIGN_RIGHT_VCENTER,
    DISPLAY_ROLE,
    FOREGROUND_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
)
from desktop.ui.tables import IdRole, Index, colour

if TYPE_CHECKING:
    import uuid

    from PySide6.QtCore import Qt

# A page holds the lines of a tall window (about 40 at 24 pixels each): the first screen
# reads one page, and a page costs about 2 ms to read on a 20,000-firm register where one
# of 200 lines took 5, a wait the start and every scroll onto a new page pay.
PAGE = 50

# (header, sort key in SQL or None)
COLUMNS: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("FirmTableModel", "Name"), "name"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Reading"), "name_kana"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Corporate Number"), "corporate_number"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Prefecture"), "prefecture"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "City"), "city"),
    (QT_TRANSLATE_NOOP("FirmTableModel", "Industry"), None),
    # In Japanese the header names the unit (人); the numbers stay bare and right-aligned.
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
SORT_KEYS = [key for _title, key in COLUMNS]  # by column; None: the column does not sort

DISPLAY, ALIGN, FOREGROUND, TOOLTIP = (
    DISPLAY_ROLE,
    TEXT_ALIGNMENT_ROLE,
    FOREGROUND_ROLE,
    TOOLTIP_ROLE,
)
# Columns whose text may be cut at their width (an English industry's name, a long firm
# name): hovering over a cell shows the whole of it.
LONG_TEXT = frozenset({COL_NAME, COL_KANA, COL_CITY, COL_INDUSTRY})


class Line(NamedTuple):
    """A firm as the list shows it: each column's text, ready made (the SQL sorts)."""

    key: str  # the id as stored (FirmRow.key): a UUID is made only when one is asked for
    deleted: bool
    text: tuple[str, ...]


def _uuid(key: str) -> uuid.UUID:
    from uuid import UUID  # not at import: see FirmRow

    return UUID(hex=key)


DELETED = "#888888"  # a firm in the trash, greyed
RIGHT = ALIGN_RIGHT_VCENTER


class FirmTableModel(QAbstractTableModel):
    def __init__(self, reads: Reads, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._reads = reads
        self._lang = lang
        self._count = 0
        self._pages: dict[int, list[Line]] = {}
        self._query = FirmQuery()
        self._active = False
        self._ref = reference()
        self._size_text = {
            size: QCoreApplication.translate("SizeClass", label)
            for size, label in SIZE_LABELS.items()
        }

    # --- querying ---------------------------------------------------------------------
    @property
    def query(self) -> FirmQuery:
        return self._query

    def set_reads(self, reads: Reads) -> None:
        """Read from now on through ``reads`` (the same records: no line changes)."""
        self._reads = reads

    def set_query(self, query: FirmQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Count the matches again; pages are read again as they are shown."""
        self._active = True
        self.beginResetModel()
        with self._reads() as conn:
            self._count = firm_list.count(conn, self._query)
        self._pages.clear()
        self.endResetModel()

    def firm_id(self, row: int) -> uuid.UUID:
        line = self._line(row)
        if line is None:
            raise IndexError(row)
        return _uuid(line.key)

    def row_of(self, firm_id: uuid.UUID) -> int:
        for number, page in self._pages.items():
            for offset, line in enumerate(page):
                if line.key == firm_id.hex:
                    return number * PAGE + offset
        with self._reads() as conn:
            found = firm_list.position(conn, self._query, firm_id)
        return -1 if found is None else found

    def _line(self, row: int) -> Line | None:
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            with self._reads() as conn:
                rows = firm_list.page(conn, self._query, number * PAGE, PAGE)
            page = self._pages[number] = [self._make_line(r) for r in rows]
        return page[offset] if offset < len(page) else None

    def _make_line(self, row: FirmRow) -> Line:
        lang, ref = self._lang, self._ref
        size = sme_status(ref, row.industry, row.capital_yen, row.employees).size_class
        industry = (
            ""
            if row.industry is None
            else f"{row.industry} {ref.industries.label(row.industry, lang)}"
        )
        text = (
            row.name,
            row.name_kana,
            row.corporate_number,
            ref.prefectures.label(row.prefecture_code, lang),
            row.city,
            industry,
            "" if row.employees is None else f"{row.employees:,}",
            self._size_text[size],
            row.cell,
        )
        return Line(row.key, row.deleted, text)

    # --- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def header_labels(self) -> list[str]:
        """The columns' titles, in the interface's language.

        Shown by a header model of their own (``FirmRegister``), not by ``headerData``:
        PySide hands an override of it the orientation as an enum of the ``Qt``
        namespace, and building that namespace would delay the first screen (see
        ``desktop.ui.plain_qt``).
        """
        return [self.tr(title) for title, _key in COLUMNS]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:  # first: the view asks for it most, for every cell painted
            line = self._line(index.row())
            return None if line is None else line.text[index.column()]
        if role == ALIGN:
            return RIGHT if index.column() == COL_EMPLOYEES else None
        if role == TOOLTIP:
            if index.column() not in LONG_TEXT:
                return None
            line = self._line(index.row())
            return None if line is None else line.text[index.column()] or None
        if role not in (IdRole, FOREGROUND) or not index.isValid():
            return None
        line = self._line(index.row())
        if line is None:
            return None
        if role == IdRole:
            return _uuid(line.key)
        return colour(DELETED) if line.deleted else None

    def sort(self, column: int, order: Qt.SortOrder | None = None) -> None:
        """Qt's sort: by ``column``'s SQL key, ascending unless ``order`` says otherwise."""
        from PySide6.QtCore import Qt  # built by now: the order came as one of its enums

        key = COLUMNS[column][1]
        if key is not None:
            self.sort_by(key, descending=order == Qt.SortOrder.DescendingOrder)

    def sort_by(self, key: str, *, descending: bool = False) -> None:
        """Read the lines in the order of ``key``: at once if shown, else when first shown.

        The same order again reads nothing (enabling the view's sorting asks for the
        order the list already has).
        """
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}")
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        self._query = self._query._replace(sort=key, descending=descending)
        if self._active:  # before the first query only remember
            self.refresh()

    def sort_column(self) -> int:
        """The column whose key the lines are read in."""
        return SORT_KEYS.index(self._query.sort)

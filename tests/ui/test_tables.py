"""The numbers the first screen uses instead of naming ``Qt`` enums, and column names."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.ui import tables


def test_the_first_screens_numbers_are_qts() -> None:
    role = Qt.ItemDataRole
    assert role.DisplayRole.value == tables.DISPLAY
    assert role.TextAlignmentRole.value == tables.TEXT_ALIGNMENT
    assert role.ForegroundRole.value == tables.FOREGROUND
    assert role.UserRole.value == tables.USER_ROLE
    align = Qt.AlignmentFlag
    assert (align.AlignRight | align.AlignVCenter).value == tables.RIGHT


class Rows(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role: int = tables.DISPLAY) -> object:
        return f"{index.row()}-{index.column()}" if role == tables.DISPLAY else None


def test_named_columns_show_their_names_and_the_view_still_sorts_its_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    sorted_by: list[tuple[int, Qt.SortOrder]] = []

    class Sortable(Rows):
        def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
            sorted_by.append((column, order))

    rows = Sortable()
    view = tables.record_table(rows, "rows")
    qtbot.addWidget(view)
    tables.name_columns(view, ["名称", "読み"])
    view.setColumnWidth(0, 150)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    names = header.model()
    assert names is not rows and view.model() is rows
    shown = [names.headerData(n, Qt.Orientation.Horizontal) for n in range(header.count())]
    assert shown == ["名称", "読み"]
    assert header.sectionSize(0) == 150
    assert view.indexAt(view.visualRect(rows.index(2, 1)).center()).data() == "2-1"

    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert sorted_by[-1] == (1, Qt.SortOrder.DescendingOrder)  # the rows' model sorts

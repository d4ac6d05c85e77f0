"""The firm register view: search as you type, filter, sort, open, delete, restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.firm_list import CELLS, FirmQuery, Reads
from desktop.core.reference import reference
from desktop.ui.firm_model import (
    COL_EMPLOYEES,
    COL_INDUSTRY,
    COL_KANA,
    COL_NAME,
    COL_NUMBER,
    COL_PREF,
    COL_SIZE,
    SORT_KEYS,
    FirmTableModel,
)
from desktop.ui.plain_qt import WIDGET_SHORTCUT
from desktop.ui.tables import EmptyNote, IdRole, filter_chip, record_table

if TYPE_CHECKING:
    import uuid

SEARCH_DELAY_MS = 120
# Raised whenever the default columns or widths below change: a header saved by an
# older layout (widths, order, hidden columns) is then not put back over them.
HEADER_LAYOUT = 3


class FirmRegister(QWidget):
    open_requested = Signal(object)  # firm id
    count_changed = Signal(int)

    def __init__(self, reads: Reads, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FirmTableModel(reads, lang, self)

        self.search = QLineEdit()
        self.search.setObjectName("firmSearch")
        self.search.setPlaceholderText(
            self.tr("Find a firm: name, reading, Corporate Number or city (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.prefecture = QComboBox()
        self.prefecture.addItem(self.tr("All prefectures"), None)
        for label in reference().prefectures:
            self.prefecture.addItem(label.get(lang), label.code)
        self.cell = QComboBox()
        self.cell.setObjectName("cellFilter")
        self.cell.addItem(self.tr("All types and stages"), None)
        for code in CELLS:
            self.cell.addItem(code, code)
        self.cell.addItem(self.tr("Not assessed"), "none")
        self.cell.setToolTip(
            self.tr(
                "A = IP use challenger type, B = developing type; 1 awareness, "
                "2 IP strategy, 3 IP practice"
            )
        )
        self.trash = QCheckBox(self.tr("Show &trash"))
        self.count = QLabel()
        self.empty_note: EmptyNote | None = None  # made when a search first finds nothing
        self.only_ids: tuple[uuid.UUID, ...] | None = None
        self.chip, self.clear_chip = filter_chip(self.tr("Show all"))
        self.clear_chip.clicked.connect(self.clear_selection_filter)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.prefecture)
        bar.addWidget(self.cell)
        bar.addWidget(self.trash)
        bar.addWidget(self.chip)
        bar.addWidget(self.clear_chip)
        bar.addWidget(self.count)

        self.view = record_table(self.model, "firmTable")
        # The titles from a model of their own: see FirmTableModel.header_labels. The
        # view's columns are the header's sections, and it sorts its own model.
        header = self.view.horizontalHeader()
        self.titles = QStandardItemModel(0, self.model.columnCount(), self)
        self.titles.setHorizontalHeaderLabels(self.model.header_labels())
        header.setModel(self.titles)
        header.setStretchLastSection(True)
        # At the default window size every column shows, beside a vertical scroll bar too.
        self.view.setColumnWidth(COL_NAME, 200)
        self.view.setColumnWidth(COL_KANA, 150)
        self.view.setColumnWidth(COL_NUMBER, 125)
        self.view.setColumnWidth(COL_PREF, max(80, header.sectionSizeHint(COL_PREF)))  # 鹿児島県
        # Wide enough for the English labels ("E Manufacturing", "Small enterprise").
        self.view.setColumnWidth(COL_INDUSTRY, 170)
        self.view.setColumnWidth(COL_SIZE, 130)
        # The header with its unit and the sort arrow ("従業員数（人） ▼"), and no wider:
        # at the default window size the type/stage column must still show. The arrow
        # counts only while shown, and it is shown once sorting is (enable_sorting).
        header.setSortIndicatorShown(True)
        self.view.setColumnWidth(COL_EMPLOYEES, header.sectionSizeHint(COL_EMPLOYEES))
        header.setSortIndicatorShown(False)
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(self.current_id()))
        self.view.activated.connect(lambda index: self.open_requested.emit(self.current_id()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._enter_in_search)
        self.prefecture.currentIndexChanged.connect(self.apply_filter)
        self.cell.currentIndexChanged.connect(self.apply_filter)
        self.trash.toggled.connect(self.apply_filter)
        self.model.modelReset.connect(self._update_count)
        # An action, not an event filter: a filter sees every event the box gets, from
        # its first paint on, each one a call into Python.
        down = QAction(self.search)
        down.setShortcuts([QKeySequence("Down")])  # setShortcut would build Qt's enums
        down.setProperty("shortcutContext", WIDGET_SHORTCUT)  # see desktop.ui.plain_qt
        down.triggered.connect(self._down_from_search)
        self.search.addActions([down])  # addAction(down) would look at QIcon overloads first

    def saved_order(self) -> str:
        """The list's order for the settings: its SQL key, "-" first when descending."""
        query = self.model.query
        return f"{'-' if query.descending else ''}{query.sort}"

    def restore_order(self, saved: object) -> None:
        """Read the lines in an order :meth:`saved_order` gave; anything else is ignored."""
        text = saved if isinstance(saved, str) else ""
        key = text.removeprefix("-")
        if key in SORT_KEYS:
            self.model.sort_by(key, descending=text.startswith("-"))

    def enable_sorting(self) -> None:
        """Sort on a click on a column's title, from now on.

        Not at once: enabling it makes Qt ask the model for an order, as an enum of the
        ``Qt`` namespace, which the first screen must not build (see
        ``desktop.ui.plain_qt``); the main window calls this once it is loaded. Until
        then the lines are read in the model's order, and the title shows it when a
        saved header state put the sort arrow back; otherwise, or when that arrow is on a
        column that does not sort, it is shown now. From then on the arrow goes back to
        the order if a click puts it on such a column.
        """
        if self.view.isSortingEnabled():
            return
        header = self.view.horizontalHeader()
        # Else the saved header's arrow rules, unless it is on a column that does not sort.
        if not header.isSortIndicatorShown() or not self._sorts(header.sortIndicatorSection()):
            self._show_order()
        self.view.setSortingEnabled(True)  # sorts by the arrow: the same order reads nothing
        header.sortIndicatorChanged.connect(self._arrow_moved)

    @staticmethod
    def _sorts(column: int) -> bool:
        return 0 <= column < len(SORT_KEYS) and SORT_KEYS[column] is not None

    def _show_order(self) -> None:
        """The title's arrow on the column, and in the direction, the lines are read in."""
        from PySide6.QtCore import Qt

        descending = self.model.query.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(self.model.sort_column(), order)

    def _arrow_moved(self, column: int, _order: object) -> None:
        """A click on the title of a column that does not sort (industry, size, type and
        stage) leaves the order as it was: the arrow goes back to say so."""
        if not self._sorts(column):
            self._show_order()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
            return
        super().keyPressEvent(event)

    def _down_from_search(self) -> None:
        """Down in the search box moves to the first match, to open it with Enter."""
        if self.model.rowCount() > 0:
            self.view.setFocus()
            self.view.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _enter_in_search(self) -> None:
        """Enter in the search box opens the first match: a firm in two keystrokes."""
        if self._timer.isActive():
            self._timer.stop()
            self.apply_filter()
        if self.model.rowCount() > 0:
            self.view.selectRow(0)
            self.open_requested.emit(self.model.firm_id(0))

    def apply_filter(self) -> None:
        query = self.model.query
        self.model.set_query(
            FirmQuery(
                text=self.search.text(),
                prefecture_code=self.prefecture.currentData(),
                cell=self.cell.currentData(),
                only_ids=self.only_ids,
                deleted=self.trash.isChecked(),
                sort=query.sort,
                descending=query.descending,
            )
        )

    def show_selection(self, spec: dict[str, object], caption: str) -> None:
        """Show the firms behind a figure: a cell, or a given set of firms."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.trash.blockSignals(True)
        self.trash.setChecked(False)
        self.trash.blockSignals(False)
        ids = spec.get("ids")
        self.only_ids = tuple(ids) if isinstance(ids, list | tuple) else None
        self.cell.blockSignals(True)
        self.cell.setCurrentIndex(max(0, self.cell.findData(spec.get("cell"))))
        self.cell.blockSignals(False)
        self.chip.setText(caption)
        self.chip.setVisible(self.only_ids is not None)
        self.clear_chip.setVisible(self.only_ids is not None)
        self.apply_filter()

    def clear_selection_filter(self) -> None:
        self.only_ids = None
        self.chip.hide()
        self.clear_chip.hide()
        self.apply_filter()

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        keep = keep or self.current_id()
        self.model.refresh()
        if keep is not None:
            row = self.model.row_of(keep)
            if row >= 0:
                self.view.selectRow(row)

    def current_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _update_count(self) -> None:
        n = self.model.rowCount()
        text = (
            self.tr("%n firm(s) in the trash", "", n)
            if self.trash.isChecked()
            else self.tr("%n firm(s)", "", n)
        )
        self.count.setText(text)
        said = self._nothing_found() if n == 0 else ""
        if said and self.empty_note is None:
            self.empty_note = EmptyNote(self.view)
        if self.empty_note is not None:
            self.empty_note.say(said)
        self.count_changed.emit(n)

    def _nothing_found(self) -> str:
        """Why the list is empty: the words searched for, and the filters that are on."""
        query = self.model.query
        text = query.text.strip()
        filters = [
            combo.currentText()
            for combo in (self.prefecture, self.cell)
            if combo.currentData() is not None
        ]
        if query.only_ids is not None and self.chip.text():
            filters.append(self.chip.text())  # the firms behind a figure
        if query.deleted:
            if text:
                said = self.tr("No firm in the trash matches “{text}”.").format(text=text)
            elif filters:
                said = self.tr("No firm in the trash matches the filters.")
            else:
                said = self.tr("The trash is empty.")
        elif text:
            said = self.tr("No firm matches “{text}”.").format(text=text)
        elif filters:
            said = self.tr("No firm matches the filters.")
        else:  # an empty register: say how firms get into it
            return self.tr(
                "No firms yet. Press Ctrl+N to register one, or use File › Import firms… "
                "to bring in a spreadsheet."
            )
        if filters:
            said += "\n" + self.tr("Filters on: {filters}").format(filters=" · ".join(filters))
        return said

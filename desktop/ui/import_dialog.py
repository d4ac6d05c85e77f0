"""Importing a list of firms: choose the file, check the columns, see every problem, import.

The steps follow what a consultant does with a list someone mailed them: open it, see
that the columns were understood (a preview of the first rows under each column's
chosen field), check it, read what is wrong row by row, and then either import it all
or save the problems as a CSV to send back. Reading, checking and importing run on a
worker with progress and a Stop button; the worker gets plain data, never a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import imports
from desktop.core.errors import MadoguchiError
from desktop.core.import_mapping import FIELDS, guess_mapping
from desktop.core.imports import (
    CancelFn,
    Existing,
    ImportCheck,
    ImportResult,
    ProgressFn,
    Table,
)
from desktop.ui.i18n import render
from desktop.ui.workers import Task

PREVIEW_ROWS = 20
MAX_SHOWN_ISSUES = 1000
ERROR_COLOR = QColor("#b00020")


class ImportDialog(QDialog):
    """File → mapping with preview → check → problems or import."""

    imported = Signal(int)

    def __init__(
        self,
        engine: Engine,
        *,
        default_prefecture: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.default_prefecture = default_prefecture or None
        self.table_data: Table | None = None
        self.check: ImportCheck | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self._close_when_idle = False
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import firms"))

        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("An Excel workbook (.xlsx) or a CSV file"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_info = QLabel("")
        self.file_info.setWordWrap(True)

        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        self.skip_existing = QCheckBox(
            self.tr("Leave out firms that are registered already (same number or name)")
        )
        self.skip_existing.toggled.connect(self._mapping_changed)

        self.issues = QTableWidget(0, 4)
        self.issues.setObjectName("importIssues")
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem"), self.tr("Value in the file")]
        )
        self.issues.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues.verticalHeader().setVisible(False)
        self.issues.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR.name()}")

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.cancel_work)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.clicked.connect(self.run_check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.run_import)
        self.report_button = QPushButton(self.tr("Save &report…"))
        self.report_button.clicked.connect(self.save_report)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.choose_button)
        mapping_box = QWidget()
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addWidget(
            QLabel(self.tr("Choose what each column is; the first rows are shown below it."))
        )
        mapping_layout.addWidget(self.preview, 1)
        mapping_layout.addWidget(self.skip_existing)
        issues_box = QWidget()
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.setContentsMargins(0, 0, 0, 0)
        issues_layout.addWidget(self.summary)
        issues_layout.addWidget(self.issues, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(issues_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(0)
        for button in (self.check_button, self.import_button, self.report_button):
            buttons.addWidget(button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_info)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(980, 680)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _update_buttons(self) -> None:
        busy = self.busy
        loaded = self.table_data is not None
        checked_ok = self.check is not None and self.check.ok and bool(self.check.to_create)
        self.choose_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy and loaded)
        self.import_button.setEnabled(not busy and checked_ok and self.result is None)
        self.report_button.setEnabled(
            not busy and self.check is not None and bool(self.check.issues)
        )
        self.skip_existing.setEnabled(not busy and loaded)
        for combo in self.combos:
            combo.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)

    def _start(self, task: Task, done: Callable[[Any], None]) -> Task:
        self.error.setText("")
        self.task = task
        self.progress.setRange(0, 0)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(done)
        task.signals.failed.connect(self._failed)
        self._update_buttons()
        return task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.task = None
        self._update_buttons()
        if self._close_when_idle:
            super().reject()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        if isinstance(exc, MadoguchiError):  # cancelled, a full disk, a locked file, …
            self.error.setText(render(exc.message))
        else:
            self.error.setText(self.tr("Something went wrong: {error}").format(error=exc))
        self._idle()

    def cancel_work(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def reject(self) -> None:
        if self.busy:  # stop first; the worker reports, then the dialog closes
            self._close_when_idle = True
            self.cancel_work()
            return
        super().reject()

    # --- step 1: the file ------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import firms"),
            "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> Task:
        self.path.setText(str(path))
        self.table_data = self.check = self.result = None
        self._show_issues()
        self.file_info.setText(self.tr("Reading…"))
        task = Task(_read, path, with_progress=True)
        return self._start(task, self._loaded)

    def _loaded(self, table: Table) -> None:
        self.table_data = table
        self.file_info.setText(
            self.tr(
                "%n row(s) below the header in row {header} ({encoding}).", "", len(table.rows)
            ).format(header=table.header_row, encoding=table.encoding)
        )
        self._fill_preview(table, guess_mapping(table.headers))
        self._idle()

    def _fill_preview(self, table: Table, mapping: dict[int, str]) -> None:
        columns = len(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(columns)
        self.preview.setRowCount(len(shown) + 1)
        self.preview.setHorizontalHeaderLabels([table.column_name(i) for i in range(columns)])
        self.preview.setVerticalHeaderLabels(
            [self.tr("Import as"), *(str(n) for n in table.row_numbers[:PREVIEW_ROWS])]
        )
        self.combos = []
        for index in range(columns):
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for spec in FIELDS:
                combo.addItem(render(spec.label), spec.key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index)), 0))
            combo.currentIndexChanged.connect(lambda _i, column=index: self._column_changed(column))
            self.preview.setCellWidget(0, index, combo)
            self.combos.append(combo)
        for row, cells in enumerate(shown, start=1):
            for index, text in enumerate(cells):
                self.preview.setItem(row, index, QTableWidgetItem(text[:200]))
        self.preview.resizeColumnsToContents()

    def mapping(self) -> dict[int, str]:
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }

    def set_mapping(self, column: int, key: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def _column_changed(self, column: int) -> None:
        """A field belongs to one column: choosing it here takes it from the other one."""
        key = self.combos[column].currentData()
        if key is not None:
            for index, combo in enumerate(self.combos):
                if index != column and combo.currentData() == key:
                    combo.setCurrentIndex(0)
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        if self.check is not None and self.result is None:
            self.check = None  # a check of another mapping proves nothing about this one
            self._show_issues()
        self._update_buttons()

    # --- step 2: check ----------------------------------------------------------------------

    def run_check(self) -> Task | None:
        if self.table_data is None:
            return None
        self.summary.setText(self.tr("Checking…"))
        task = Task(
            _check,
            self.engine,
            self.table_data,
            self.mapping(),
            self.default_prefecture,
            "skip" if self.skip_existing.isChecked() else "report",
            with_progress=True,
        )
        return self._start(task, self._checked)

    def _checked(self, check: ImportCheck) -> None:
        self.check = check
        self._show_issues()
        self._idle()

    def _show_issues(self) -> None:
        check = self.check
        everything = check.issues if check is not None else []
        items = everything[:MAX_SHOWN_ISSUES]  # a table of 100,000 items would freeze the window
        self.issues.setRowCount(len(items))
        for row, issue in enumerate(items):
            severity = render(imports.SEVERITY_LABELS[issue.severity])
            cells = (
                str(issue.row) if issue.row else "",
                issue.column,
                f"{severity}: {render(issue.message)}",
                issue.value[:200],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if issue.severity == "error":
                    item.setForeground(ERROR_COLOR)
                self.issues.setItem(row, column, item)
        if check is None:
            self.summary.setText("")
            return
        text = render(check.summary())
        if len(everything) > len(items):
            text += " " + self.tr("The first {shown} are listed; save the report for all.").format(
                shown=len(items)
            )
        if not check.ok:
            text += "\n" + render(imports.ImportRejected(check).message)
        self.summary.setText(text)

    # --- step 3: import or report ----------------------------------------------------------

    def run_import(self) -> Task | None:
        if self.check is None or not self.check.ok:
            return None
        self.summary.setText(self.tr("Making a backup, then importing…"))
        task = Task(_import, self.engine, self.check, with_progress=True)
        return self._start(task, self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        text = self.tr("Imported %n firm(s).", "", result.created)
        if result.skipped:
            text += " " + self.tr("{count} left out.").format(count=result.skipped)
        if result.backup is not None:
            text += " " + self.tr("The database was backed up first to {path}.").format(
                path=result.backup
            )
        self.summary.setText(text)
        self._idle()
        self.imported.emit(result.created)

    def save_report(self, path: Path | None = None) -> Path | None:
        """Write the problems as CSV (UTF-8 with BOM, so Excel shows Japanese correctly)."""
        if self.check is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save report"),
                str(Path(self.path.text()).with_name(Path(self.path.text()).stem + "_errors.csv")),
                self.tr("CSV (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            written = imports.write_issue_report(
                self.check, path, translate=QCoreApplication.translate
            )
        except MadoguchiError as exc:
            self.error.setText(render(exc.message))
            return None
        self.file_info.setText(self.tr("Report saved to {path}.").format(path=written))
        return written


# --- worker functions: plain data in, plain data out ------------------------------------------


def _read(
    path: Path, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
) -> Table:
    return imports.read_table(path, cancel=cancelled)


def _check(
    engine: Engine,
    table: Table,
    mapping: dict[int, str],
    default_prefecture: str | None,
    existing: Existing,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportCheck:
    return imports.check_import(
        engine,
        table,
        mapping,
        default_prefecture=default_prefecture,
        existing=existing,
        progress=progress,
        cancel=cancelled,
    )


def _import(
    engine: Engine,
    check: ImportCheck,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> ImportResult:
    return imports.import_firms(engine, check, progress=progress, cancel=cancelled)

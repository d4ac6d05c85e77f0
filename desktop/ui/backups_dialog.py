"""The backups dialog: every copy of the database, taking one, restoring one.

It lists every copy with its date, kind and size, takes one on demand,
and restores one: the current file is kept aside, and since the open app holds the
file, the restore happens at the next start (the dialog says so and offers to quit).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import backups
from desktop.core.backups import BackupFile
from desktop.core.errors import MadoguchiError
from desktop.ui.i18n import error_text, render
from desktop.ui.session import when_text
from desktop.ui.workers import Task

TITLE = "Madoguchi"


def _size(size: int) -> str:
    """In MB and GB as Windows Explorer shows file sizes (1024-based), not MiB."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupsDialog(QDialog):
    """Every copy of the database; back up now; restore one at the next start."""

    restart_requested = Signal()

    COLUMNS = 4

    def __init__(self, db_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_file = Path(db_file)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.items: list[BackupFile] = []
        self.task: Task | None = None

        self.intro = QLabel(
            self.tr(
                "A copy is made at the first start of each day, before every update and "
                "before every import. Copies are kept in {folder}."
            ).format(folder=backups.backups_dir(self.db_file))
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.pending = QLabel("")
        self.pending.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.cancel_restore_button = QPushButton(self.tr("&Cancel the restore"))
        self.cancel_restore_button.clicked.connect(self.cancel_restore)
        self.folder_button = QPushButton(self.tr("Open &folder"))
        self.folder_button.clicked.connect(self.open_folder)
        row = QHBoxLayout()
        for button in (
            self.backup_button,
            self.restore_button,
            self.cancel_restore_button,
            self.folder_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.pending)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self.items = backups.list_backups(self.db_file)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (
                when_text(item.taken_at),
                render(backups.kind_label(item.kind)),
                _size(item.size),
                item.path.name,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        pending = backups.pending_restore(self.db_file)
        self.pending.setText(
            self.tr("{name} will be restored when Madoguchi next starts.").format(name=pending.name)
            if pending is not None
            else ""
        )
        self._update_buttons()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self.task is not None
        chosen = self.selected()
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(
            not busy and chosen is not None and chosen.kind != backups.DAMAGED
        )
        self.cancel_restore_button.setVisible(backups.pending_restore(self.db_file) is not None)

    def back_up_now(self) -> Task:
        self.status.setText(self.tr("Backing up…"))
        self.task = Task(backups.take_backup, self.db_file, backups.MANUAL)
        self.task.signals.finished.connect(self._backed_up)
        self.task.signals.failed.connect(self._failed)
        self._update_buttons()
        return self.task.start()

    def _backed_up(self, path: Path) -> None:
        self.task = None
        self.status.setText(self.tr("Backed up to {path}.").format(path=path))
        self.refresh()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.task = None
        detail = error_text(exc)
        self.status.setText(detail)
        self._update_buttons()

    def restore_selected(self) -> bool:
        """Schedule the chosen copy for the next start, after the user confirms."""
        chosen = self.selected()
        if chosen is None:
            return False
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Restore the copy made on {date}?\n\nRecords entered after it will not be in "
                "the database; the current file is kept aside, not deleted, and can be "
                "restored in turn.\n\nRestoring needs a restart: Madoguchi closes now and "
                "restores the copy when you start it again."
            ).format(date=when_text(chosen.taken_at)),
            buttons,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            backups.schedule_restore(self.db_file, chosen.path)
        except MadoguchiError as exc:
            self.status.setText(render(exc.message))
            return False
        self.refresh()
        self.restart_requested.emit()
        self.accept()
        parent = self.parentWidget()
        if parent is not None:
            parent.close()
        return True

    def cancel_restore(self) -> None:
        backups.cancel_pending_restore(self.db_file)
        self.refresh()

    def open_folder(self) -> None:
        folder = backups.backups_dir(self.db_file)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def reject(self) -> None:
        if self.task is not None:
            return  # a copy is being written; it finishes in a moment
        super().reject()

"""Backups in the GUI: opening the database safely at start, the daily copy, the list.

``open_session`` is what ``run_gui`` calls before anything else touches the database:
it takes the single-writer lock (a second window gets a clear message and stops), runs
the check, and when the file is damaged offers the newest good backup. The daily copy
then runs on a worker after the window is shown, so a large counter's first start of
the day is not held up by it.

The backups dialog lists every copy with its date, kind and size, takes one on demand,
and restores one: the current file is kept aside, and since the open app holds the
file, the restore happens at the next start (the dialog says so and offers to quit).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
from sqlalchemy.engine import Engine

from desktop.core import backups, startup
from desktop.core.backups import BackupFile
from desktop.core.errors import MadoguchiError
from desktop.core.startup import AlreadyOpenError, DamagedDatabaseError, DatabaseLock
from desktop.ui.i18n import render
from desktop.ui.workers import Task

TITLE = "Madoguchi"


def _when(moment: object) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)


# --- opening at start ---------------------------------------------------------------------


@dataclass
class DatabaseSession:
    """The open database of one GUI run, with the lock that makes this run its only writer."""

    opened: startup.OpenedDatabase
    lock: DatabaseLock | None

    @property
    def engine(self) -> Engine:
        return self.opened.engine

    @property
    def db_file(self) -> Path | None:
        return self.opened.db_file

    def start_daily_backup(self, parent: QWidget) -> Task | None:
        """Copy the file on a worker if this is the day's first open; warn if that fails."""
        db_file = self.db_file
        if db_file is None or not self.opened.daily_backup_due:
            return None

        def failed(exc: BaseException, _trace: str) -> None:
            detail = render(exc.message) if isinstance(exc, MadoguchiError) else str(exc)
            QMessageBox.warning(
                parent,
                TITLE,
                QCoreApplication.translate(
                    "Startup",
                    "Today's backup could not be made:\n{error}\n\nYour records are saved as "
                    "usual; Madoguchi tries again at the next start.",
                ).format(error=detail),
            )

        task = Task(backups.take_daily_backup, db_file)
        task.signals.failed.connect(failed)
        return task.start()

    def close(self) -> None:
        """Wait for background copies, close every connection, then let others in."""
        QThreadPool.globalInstance().waitForDone()
        self.opened.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _ask(text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(None, TITLE, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _cannot_open(target: str, error: str) -> None:
    QMessageBox.critical(
        None,
        TITLE,
        QCoreApplication.translate(
            "Startup", "The database could not be opened:\n{target}\n\n{error}"
        ).format(target=target, error=error),
    )


def _offer_recovery(error: DamagedDatabaseError, db_file: Path) -> bool:
    """Ask whether to restore the newest good backup (or start empty); True to try again."""
    if error.backup is not None:
        question = QCoreApplication.translate(
            "Startup",
            "{problem}\n\nThe newest good backup was made on {date}. Restore it now? "
            "Records entered after that are not in it. The damaged file stays, unchanged, "
            "where it was moved.",
        ).format(problem=render(error.message), date=_when(error.backup.taken_at))
        if not _ask(question):
            return False
        try:
            backups.restore_backup(db_file, error.backup.path)
        except MadoguchiError as exc:
            _cannot_open(str(db_file), render(exc.message))
            return False
        return True
    question = QCoreApplication.translate(
        "Startup",
        "{problem}\n\nNo good backup was found. Start with a new, empty database? The "
        "damaged file stays, unchanged, where it was moved.",
    ).format(problem=render(error.message))
    return _ask(question)


def open_session(target: str, lang: str | None = None) -> DatabaseSession | None:
    """Lock, check and open ``target`` for this GUI run, asking the user where needed.

    Returns None when the app should stop (another window has the database, the user
    declined a restore, or the file cannot be opened), after saying why.
    """
    from desktop.ui.i18n import choose_language, install_translators

    app = QApplication.instance()
    early = install_translators(app, choose_language(lang, None)) if app is not None else []
    lock: DatabaseLock | None = None
    try:
        db_file = backups.database_file(target)
        if db_file is not None:
            try:
                lock = startup.acquire_lock(db_file)
            except AlreadyOpenError as exc:
                QMessageBox.warning(None, TITLE, render(exc.message))
                return None
            except MadoguchiError as exc:
                _cannot_open(target, render(exc.message))
                return None
        opened = _open_with(target, lock, db_file)
        if opened is None:
            if lock is not None:
                lock.release()
            return None
        if opened.restored is not None:
            QMessageBox.information(
                None,
                TITLE,
                QCoreApplication.translate("Startup", "The backup {backup} was restored.").format(
                    backup=opened.restored.backup.name
                )
                + (
                    "\n"
                    + QCoreApplication.translate(
                        "Startup", "The file it replaced is kept as {aside}."
                    ).format(aside=opened.restored.aside)
                    if opened.restored.aside is not None
                    else ""
                ),
            )
        return DatabaseSession(opened, lock)
    finally:
        if app is not None:
            for translator in early:
                app.removeTranslator(translator)


def _open_with(
    target: str, lock: DatabaseLock | None, db_file: Path | None
) -> startup.OpenedDatabase | None:
    while True:
        try:
            return startup.open_checked(target, lock=lock)
        except DamagedDatabaseError as exc:
            if db_file is None or not _offer_recovery(exc, db_file):
                return None
        except MadoguchiError as exc:
            _cannot_open(target, render(exc.message))
            return None
        except Exception as exc:  # the user must see why, whatever it is
            _cannot_open(target, str(exc))
            return None


# --- the dialog ------------------------------------------------------------------------------


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
                _when(item.taken_at),
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
        detail = render(exc.message) if isinstance(exc, MadoguchiError) else str(exc)
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
            ).format(date=_when(chosen.taken_at)),
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

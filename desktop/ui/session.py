"""Opening the database for the window: one writer, a checked file, a way back.

``open_session`` is what ``run_gui`` calls before anything else touches the database:
it takes the single-writer lock (a second window gets a clear message and stops), runs
the check, and when the file is damaged offers the newest good backup. None of that
needs SQLAlchemy; the engine is opened after (``DatabaseSession.open``, or ``open_file``
on a worker while the first screen is up). The check of most starts reads a few pages
and is done at once; a thorough check, a restore and an upgrade run on a worker while
a box says so when they take a while (``desktop.ui.busy``). The daily copy
then runs on a worker after the window is shown, so a large counter's first start of
the day is not held up by it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core import backups, startup
from desktop.core.errors import MadoguchiError
from desktop.core.startup import AlreadyOpenError, DamagedDatabaseError, DatabaseLock
from desktop.ui.i18n import error_text, render
from desktop.ui.workers import Task

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

TITLE = "Madoguchi"


def when_text(moment: object) -> str:
    """A backup's time as the dialogs show it."""
    return f"{moment:%Y-%m-%d %H:%M}"


# --- opening at start ---------------------------------------------------------------------


class DatabaseSession:
    """The database of one GUI run, with the lock that makes this run its only writer.

    Checked at once; its engine comes with :meth:`open` (or :meth:`opened_with`).
    """

    def __init__(
        self, checked: startup.CheckedFile, lock: DatabaseLock | None, lang: str | None = None
    ) -> None:
        self.checked = checked
        self.lock = lock
        self.lang = lang  # asked for on the command line; the stored one is not read yet
        self.opened: startup.OpenedDatabase | None = None

    @property
    def db_file(self) -> Path | None:
        return self.checked.db_file

    def open(self) -> Engine | None:
        """Open the engine (upgrading the file if due), or say why not and return None."""
        from desktop.ui.busy import wait_for

        with _early_language(self.lang):
            label = (
                QCoreApplication.translate("Startup", "Opening the database…")
                if self.checked.current
                else QCoreApplication.translate(
                    "Startup",
                    "Updating the database for this version of Madoguchi. A copy of it was "
                    "made first…",
                )
            )
            try:
                return self.opened_with(wait_for(label, self._open_file))
            except Exception as exc:  # the user must see why, whatever it is
                cannot_open(str(self.checked.target), exc)
        return None

    def _open_file(self) -> startup.OpenedDatabase:
        self.make_durable()
        return startup.open_file(self.checked)

    def open_for_window(self) -> startup.OpenedDatabase:
        """``startup.open_for_window``, for a worker while the first screen is up."""
        self.make_durable()
        return startup.open_for_window(self.checked)

    def make_durable(self) -> None:
        """The lock on the disk before the engine may write (``DatabaseLock.make_durable``)."""
        if self.lock is not None:
            self.lock.make_durable()

    def opened_with(self, opened: startup.OpenedDatabase) -> Engine:
        """Keep an engine opened elsewhere (on a worker) as this session's."""
        self.opened = opened
        return opened.engine

    def start_daily_backup(self, parent: QWidget) -> Task | None:
        """Copy the file on a worker if this is the day's first open; warn if that fails."""
        db_file = self.db_file
        if db_file is None or not self.checked.daily_backup_due:
            return None

        def failed(exc: BaseException, _trace: str) -> None:
            from PySide6.QtWidgets import QMessageBox

            detail = error_text(exc)
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
        if self.opened is not None:
            self.opened.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def box_icon(*, read: bool = True) -> None:
    """A box shown before the window carries the app's icon too (set after its paint);
    one a person reads (not a busy box, which closes itself) is read with Python's
    collector running (``desktop.ui.app.resume_collector``)."""
    from desktop.ui.app import resume_collector, set_icon

    if read:
        resume_collector()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        set_icon(app)


def _ask(text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box_icon()
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(None, TITLE, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def cannot_open(target: str, error: BaseException, parent: QWidget | None = None) -> None:
    """Say why ``target`` cannot be opened: our errors in the user's language, others as is."""
    from PySide6.QtWidgets import QMessageBox

    box_icon()
    detail = error_text(error)
    QMessageBox.critical(
        parent,
        TITLE,
        QCoreApplication.translate(
            "Startup", "The database could not be opened:\n{target}\n\n{error}"
        ).format(target=target, error=detail),
    )


def _offer_recovery(error: DamagedDatabaseError, db_file: Path) -> bool:
    """Ask whether to restore the newest good backup (or start empty); True to try again."""
    if error.backup is not None:
        question = QCoreApplication.translate(
            "Startup",
            "{problem}\n\nThe newest good backup was made on {date}. Restore it now? "
            "Records entered after that are not in it. The damaged file stays, unchanged, "
            "where it was moved.",
        ).format(problem=render(error.message), date=when_text(error.backup.taken_at))
        if not _ask(question):
            return False
        try:
            backups.restore_backup(db_file, error.backup.path)
        except MadoguchiError as exc:
            cannot_open(str(db_file), exc)
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
    with _early_language(lang):
        return _open_session(target, lang)


@contextmanager
def _early_language(lang: str | None) -> Iterator[None]:
    """Messages before the counter's settings are read: in the language asked for, or
    the system's."""
    from desktop.ui.i18n import choose_language, install_translators

    app = QApplication.instance()
    early = install_translators(app, choose_language(lang, None)) if app is not None else []
    try:
        yield
    finally:
        if app is not None:
            for translator in early:
                app.removeTranslator(translator)


def _open_session(target: str, lang: str | None) -> DatabaseSession | None:
    lock: DatabaseLock | None = None
    db_file = backups.database_file(target)
    if db_file is not None:
        try:
            # On the disk later, before anything changes the file: make_durable.
            lock = startup.acquire_lock(db_file, durable=False)
        except AlreadyOpenError as exc:
            from PySide6.QtWidgets import QMessageBox

            box_icon()
            QMessageBox.warning(None, TITLE, render(exc.message))
            return None
        except MadoguchiError as exc:
            cannot_open(target, exc)
            return None
    checked = _check_with(target, lock, db_file)
    if checked is None:
        if lock is not None:
            lock.release()
        return None
    if checked.restored is not None:
        from PySide6.QtWidgets import QMessageBox

        box_icon()
        QMessageBox.information(
            None,
            TITLE,
            QCoreApplication.translate("Startup", "The backup {backup} was restored.").format(
                backup=checked.restored.backup.name
            )
            + (
                "\n"
                + QCoreApplication.translate(
                    "Startup", "The file it replaced is kept as {aside}."
                ).format(aside=checked.restored.aside)
                if checked.restored.aside is not None
                else ""
            ),
        )
    return DatabaseSession(checked, lock, lang)


def _check_with(
    target: str, lock: DatabaseLock | None, db_file: Path | None
) -> startup.CheckedFile | None:
    while True:
        try:
            checked = startup.check_quickly(target, lock=lock)  # most starts: at once
            if checked is not None:
                return checked
            from desktop.ui.busy import wait_for

            label = QCoreApplication.translate("Startup", "Checking the database…")
            return wait_for(label, lambda: startup.check_file(target, lock=lock))
        except DamagedDatabaseError as exc:
            if db_file is None or not _offer_recovery(exc, db_file):
                return None
        except Exception as exc:  # the user must see why, whatever it is
            cannot_open(target, exc)
            return None

"""Starting the GUI: application object, language, database, first run, main window."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import data_dir
from desktop.resources import resource_path

if TYPE_CHECKING:
    from desktop.ui.session import DatabaseSession


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Madoguchi")
    app.setOrganizationName("Madoguchi")
    app.setDesktopFileName("madoguchi")
    icon = resource_path("icons", "madoguchi.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def ui_settings() -> QSettings:
    """Per-machine UI state (window geometry), kept beside the data, never in the records."""
    path = data_dir() / "ui-state.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def run_gui(
    target: str,
    *,
    lang: str | None = None,
    exit_when_ready: bool = False,
    process_start: float | None = None,
) -> int:
    app = make_application()
    # --- data safety: single writer, checked file, offer of a backup (desktop.ui.session) ---
    from desktop.ui.session import open_session

    session = open_session(target, lang)
    if session is None:
        return 1
    try:
        return _run_session(
            app,
            session,
            target,
            lang=lang,
            exit_when_ready=exit_when_ready,
            process_start=process_start,
        )
    finally:
        session.close()


def _run_session(
    app: QApplication,
    session: DatabaseSession,
    target: str,
    *,
    lang: str | None,
    exit_when_ready: bool,
    process_start: float | None,
) -> int:
    # --- end data safety ---
    from desktop.core import demo, settings
    from desktop.ui.i18n import choose_language, install_translators

    engine = session.engine
    try:
        stored_lang = settings.get(engine, settings.LANGUAGE)
    except Exception as exc:  # the user must see why, whatever it is
        QMessageBox.critical(
            None,
            "Madoguchi",
            QApplication.translate(
                "Startup", "The database could not be opened:\n{target}\n\n{error}"
            ).format(target=target, error=exc),
        )
        return 1
    chosen = choose_language(lang, stored_lang)
    translators = install_translators(app, chosen)

    if not settings.is_set_up(engine) and not exit_when_ready:  # a smoke test answers nothing
        from desktop.ui.setup_dialogs import FirstRunDialog

        first = FirstRunDialog(engine, chosen)
        if not first.exec():
            return 0
        new_lang = settings.get(engine, settings.LANGUAGE)
        if new_lang and new_lang != chosen and lang is None:
            chosen = new_lang
            for translator in translators:
                app.removeTranslator(translator)
            translators = install_translators(app, chosen)
        if first.demo.isChecked():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.generate(
                    engine, home_prefecture=settings.get(engine, settings.PREFECTURE) or "13"
                )
            finally:
                QApplication.restoreOverrideCursor()

    from desktop.ui.main_window import MainWindow

    window = MainWindow(engine, chosen, ui_settings())
    window.show()
    window.register.apply_filter()
    window.dashboard.refresh()
    if exit_when_ready:

        def report() -> None:
            rows = window.register.model.rowCount()
            if rows:  # the list reads its first page when painted: make sure it has
                window.register.model.index(0, 0).data()
            elapsed = time.perf_counter() - (process_start or 0.0)
            print(f"ready in {elapsed:.3f} s ({rows} firms listed)", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    else:
        QTimer.singleShot(0, window.offer_drafts)
    session.start_daily_backup(window)  # data safety: the day's first copy, on a worker
    code = app.exec()
    engine.dispose()
    return int(code)

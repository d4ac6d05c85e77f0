"""Starting the GUI: application object, language, database, first run, main window."""

from __future__ import annotations

import gc
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.paths import data_dir
from desktop.resources import resource_path
from desktop.ui.workers import Task, after_first_paint

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import Engine

    from desktop.core.startup import FirstScreen, OpenedDatabase
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import DatabaseSession


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    # Qt 6 scales by the exact factor (PassThrough rounding) unless told otherwise.
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Madoguchi")
    app.setOrganizationName("Madoguchi")
    app.setDesktopFileName("madoguchi")
    return app


def set_icon(app: QApplication) -> None:
    """The app's icon, for every window from now on.

    Loading the SVG (and Qt's SVG plug-in) is not worth delaying the first look at the
    window, so the run paths set it after the main window's first paint, and a box shown
    before any window sets it first. Set once.
    """
    from PySide6.QtGui import QIcon

    if not app.windowIcon().isNull():
        return
    icon = resource_path("icons", "madoguchi.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def resume_collector() -> None:
    """Let Python's cycle collector run again, from now on over new objects only.

    ``desktop.__main__`` pauses it before the GUI's imports. Starting creates some
    100,000 objects that live as long as the program (modules, classes, Qt's wrappers,
    the ORM's mappers) and little garbage, and the collector, run every 700 new
    objects, went over them some 200 times: 70 to 90 ms of a start, 7 of them before
    the first paint. Once the window is loaded, or before a box shown ahead of it (a
    person may read it for minutes), what exists is frozen, so that later collections
    skip it, and collecting resumes. Does nothing when it was not paused.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


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

    try:
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
    finally:
        resume_collector()  # whatever way the start ended


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
    from desktop.core import startup

    def elapsed() -> float:
        return time.perf_counter() - (process_start or 0.0)

    first = startup.first_screen(session.checked)
    if first is not None and first.facts.set_up:
        return _run_drawn_first(app, session, first, lang, exit_when_ready, elapsed)
    if first is not None:
        first.reads.close()
    engine = session.open()
    if engine is None:
        return 1
    window = _window_on_engine(app, engine, target, lang=lang, ask=not exit_when_ready)
    if isinstance(window, int):
        return window
    window.show()
    window.register.apply_filter()
    after_first_paint(lambda: set_icon(app))
    if exit_when_ready:
        after_first_paint(lambda: _report_ready(window, elapsed, app, loaded=True))
    else:
        QTimer.singleShot(0, window, window.offer_drafts)
    after_first_paint(resume_collector)  # loaded: the window had the engine from the start
    session.start_daily_backup(window)  # data safety: the day's first copy, on a worker
    return int(app.exec())


def _run_drawn_first(
    app: QApplication,
    session: DatabaseSession,
    first: FirstScreen,
    lang: str | None,
    exit_when_ready: bool,
    elapsed: Callable[[], float],
) -> int:
    """Draw the window from the checked file, then load the rest on a worker.

    The window with its firm list is on screen before SQLAlchemy is imported; the lock
    is written through to the disk, the engine opened and the modules the views need
    imported on a worker; the views are put in place on the GUI thread when that is done.
    """
    from desktop.ui.i18n import choose_language, install_translators
    from desktop.ui.main_window import MainWindow, window_title
    from desktop.ui.session import cannot_open

    facts = first.facts
    chosen = choose_language(lang, facts.language)
    install_translators(app, chosen)
    window = MainWindow(
        None,
        chosen,
        ui_settings(),
        reads=first.reads,
        title=window_title(facts.counter_name, facts.consultant_name),
    )
    window.show()
    window.register.apply_filter()
    if exit_when_ready:  # before the day's backup, whose worker would compete with it
        after_first_paint(lambda: _report_ready(window, elapsed, app, loaded=False))
    after_first_paint(lambda: set_icon(app))
    # data safety: the day's copy needs the checked file only; on a worker, after the paint
    after_first_paint(lambda: session.start_daily_backup(window))
    exit_code = 0
    running = True  # a report queued after the event loop ended is for no one

    def loaded(opened: object) -> None:
        if not running:
            return
        if not exit_when_ready:  # unsaved forms come back first, then what was asked for
            window.when_loaded("drafts", window.offer_drafts, first=True)
        try:
            window.attach(session.opened_with(opened))  # type: ignore[arg-type]
        except Exception as exc:  # the user must see why, whatever it is
            failed(exc, "")
            return
        resume_collector()
        first.reads.close()
        if exit_when_ready:
            print(f"loaded in {elapsed():.3f} s", flush=True)
            app.quit()

    def failed(exc: BaseException, _trace: str) -> None:
        nonlocal exit_code
        if not running:
            return
        cannot_open(str(session.checked.target), exc, window)
        exit_code = 1
        window.close()
        app.quit()

    # Kept by the worker itself too: a window closed while loading never sees `loaded`,
    # and its engine must still be closed with the session.
    done: list[object] = []

    def open_and_keep() -> OpenedDatabase:
        opened = session.open_for_window()
        done.append(opened)
        return opened

    task = Task(open_and_keep)
    task.signals.finished.connect(loaded)
    task.signals.failed.connect(failed)
    after_first_paint(task.start)
    result = int(app.exec())
    running = False
    if session.opened is None:
        QThreadPool.globalInstance().waitForDone()
        if done:
            session.opened_with(done[0])  # type: ignore[arg-type]
    first.reads.close()
    return exit_code or result


def _report_ready(
    window: MainWindow, elapsed: Callable[[], float], app: QApplication, *, loaded: bool
) -> None:
    rows = window.register.model.rowCount()
    if rows:  # read when painted; where a window system paints later, read it now
        window.register.model.index(0, 0).data()
    print(f"ready in {elapsed():.3f} s ({rows} firms listed)", flush=True)
    if loaded:
        print(f"loaded in {elapsed():.3f} s", flush=True)
        app.quit()


def _window_on_engine(
    app: QApplication, engine: Engine, target: str, *, lang: str | None, ask: bool
) -> MainWindow | int:
    """The window on an open engine: language, the first-run questions, demo records.

    An exit code instead when the app should stop (0: the first-run questions declined).
    """
    from desktop.core import demo, settings
    from desktop.ui.i18n import choose_language, install_translators
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import cannot_open

    try:
        stored_lang = settings.get(engine, settings.LANGUAGE)
    except Exception as exc:  # the user must see why, whatever it is
        cannot_open(target, exc)
        return 1
    chosen = choose_language(lang, stored_lang)
    translators = install_translators(app, chosen)

    if not settings.is_set_up(engine) and ask:  # a smoke test answers nothing
        from desktop.ui.session import box_icon
        from desktop.ui.setup_dialogs import FirstRunDialog

        box_icon()  # the questions come before the window
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
            from PySide6.QtCore import Qt

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.generate(
                    engine, home_prefecture=settings.get(engine, settings.PREFECTURE) or "13"
                )
            finally:
                QApplication.restoreOverrideCursor()
    return MainWindow(engine, chosen, ui_settings())

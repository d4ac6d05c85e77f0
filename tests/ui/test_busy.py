"""Slow work before the window runs on a worker, with a box that says what it is."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop.ui import busy
from desktop.ui.busy import wait_for


def busy_boxes() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.objectName() == "busyBox" and w.isVisible()
    ]


def test_quick_work_returns_its_result_without_a_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    on: list[str] = []
    assert wait_for("Checking…", lambda: on.append(threading.current_thread().name) or 42) == 42
    assert on and on[0] != threading.main_thread().name  # done on a worker
    made = [w for w in QApplication.topLevelWidgets() if w.objectName() == "busyBox"]
    assert made == []  # not even made and closed again


def test_slow_work_shows_the_box_until_it_is_done(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(busy, "SHOW_AFTER_MS", 20)
    release = threading.Event()
    seen: list[str] = []

    def look() -> None:  # on the GUI thread, while the work waits
        boxes = busy_boxes()
        if not boxes:
            QTimer.singleShot(10, look)
            return
        seen.append(boxes[0].labelText())
        release.set()

    QTimer.singleShot(0, look)
    assert wait_for("Updating the database…", lambda: release.wait(10) and "done") == "done"
    assert seen == ["Updating the database…"]
    qtbot.waitUntil(lambda: busy_boxes() == [])


def test_a_failure_is_raised_where_the_work_was_asked_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    def fails() -> None:
        raise PermissionError("read-only folder")

    with pytest.raises(PermissionError, match="read-only folder"):
        wait_for("Checking…", fails)


def test_an_old_database_is_checked_and_upgraded_off_the_gui_thread(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.core import startup
    from desktop.ui.session import open_session
    from tests.unit.test_health import counter_file

    on_gui_thread: dict[str, bool] = {}

    def noting(name: str):  # type: ignore[no-untyped-def]
        real = getattr(startup, name)

        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            on_gui_thread[name] = threading.current_thread() is threading.main_thread()
            return real(*args, **kwargs)

        monkeypatch.setattr(startup, name, run)

    noting("check_file")
    noting("open_file")
    path = counter_file(tmp_path / "counter.sqlite3", firms=5, consultations=20, revision="0006")
    session = open_session(str(path), "en")
    assert session is not None and not session.checked.current
    assert session.checked.migration_backup is not None  # the copy came first
    try:
        engine = session.open()
        assert engine is not None
        with engine.connect() as conn:  # the engine opened on the worker serves this thread
            assert conn.execute(sa.text("SELECT count(*) FROM firm")).scalar_one() == 5
        assert session.opened is not None and session.opened.upgraded_from == "0006"
        assert on_gui_thread == {"check_file": False, "open_file": False}
    finally:
        session.close()


def test_the_lock_goes_to_the_disk_before_the_engine_opens(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A current file: the window's start leaves the lock's write-through to the worker
    that opens the engine, and that worker does it first."""
    from desktop.core import startup
    from desktop.ui.session import open_session
    from tests.unit.test_health import counter_file

    path = counter_file(tmp_path / "counter.sqlite3", firms=2, consultations=0)
    durable_at_open: list[bool] = []
    real = startup.open_file

    def open_file(checked):  # type: ignore[no-untyped-def]
        durable_at_open.append(session.lock.durable)
        return real(checked)

    monkeypatch.setattr(startup, "open_file", open_file)
    session = open_session(str(path), "en")
    assert session is not None and session.checked.current
    try:
        assert session.lock is not None and not session.lock.durable
        assert session.open() is not None
        assert durable_at_open == [True]
    finally:
        session.close()


def test_a_start_with_nothing_slow_to_do_is_checked_at_once(
    qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """No worker and no box for the light check; the day's first start, due a thorough
    check, still has both."""
    from desktop.core import backups
    from desktop.ui import busy
    from desktop.ui.session import open_session
    from tests.unit.test_health import counter_file

    path = counter_file(tmp_path / "counter.sqlite3", firms=2, consultations=0)
    waited: list[str] = []
    real = busy.wait_for

    def wait_for(label, work):  # type: ignore[no-untyped-def]
        waited.append(label)
        return real(label, work)

    monkeypatch.setattr(busy, "wait_for", wait_for)
    for expected_check, expected_waits in (("full", ["Checking the database…"]), ("light", [])):
        session = open_session(str(path), "en")
        assert session is not None
        session.close()
        assert (session.checked.check, waited) == (expected_check, expected_waits)
        waited.clear()
        backups.take_daily_backup(path)  # the day's copy: the next start owes no thorough check

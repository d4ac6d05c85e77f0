"""The backups dialog, and what a person sees when the app starts on a risky database."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import backups
from desktop.core.startup import acquire_lock
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.session import open_session
from tests.e2e.cli import gui_script
from tests.firms import make_firm
from tests.ui.boxes import Questions
from tests.unit.test_backup import count_firms, read_only, sha
from tests.unit.test_startup import corrupt_middle, fill

NOW = datetime(2026, 11, 21, 10, 0)
NO = QMessageBox.StandardButton.No


# --- the dialog --------------------------------------------------------------------------------


def test_backups_are_listed_with_date_kind_and_size(
    qtbot, set_up_engine: sa.Engine, db_path: Path
) -> None:
    backups.take_backup(db_path, backups.DAILY, now=NOW - timedelta(days=1))
    backups.take_backup(db_path, backups.PRE_IMPORT, now=NOW)
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())
    ]
    assert [r[:2] for r in rows] == [
        ["2026-11-21 10:00", "Before an import"],
        ["2026-11-20 10:00", "Daily"],
    ]
    assert all(r[2].endswith(("kB", "KB", "MB", "GB")) and "iB" not in r[2] for r in rows)
    assert rows[0][3] == "counter_20261121-100000_pre-import.sqlite3"
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet


def test_back_up_now_runs_on_a_worker(qtbot, set_up_engine: sa.Engine, db_path: Path) -> None:
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    assert not dialog.backup_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Made by hand"
    assert dialog.status.text().startswith("Backed up to ")


def test_restore_asks_says_a_restart_is_needed_and_keeps_the_current_file(
    qtbot, set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_firm(set_up_engine, "before")
    backups.take_backup(db_path, backups.DAILY, now=NOW - timedelta(days=1))
    make_firm(set_up_engine, "after")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = BackupsDialog(db_path, window)
    dialog.table.selectRow(0)

    boxes = Questions(monkeypatch, NO, notices=True)
    assert not dialog.restore_selected()
    assert backups.pending_restore(db_path) is None and window.isVisible()

    boxes.reply = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.restart_requested):
        assert dialog.restore_selected()
    question = boxes.asked[-1]
    assert question.startswith("Restore the copy made on 2026-11-20 10:00?")
    assert "Restoring needs a restart" in question and "kept aside" in question
    assert backups.pending_restore(db_path) is not None
    assert not window.isVisible()  # the app closes to let the restore happen

    set_up_engine.dispose()
    from desktop.core.startup import check_file, open_file

    opened = open_file(check_file(db_path))
    assert count_firms(db_path) == 1
    assert opened.restored is not None and count_firms(opened.restored.aside) == 2
    opened.engine.dispose()


# --- starting the app ------------------------------------------------------------------------
#
# ``open_session`` is what ``run_gui`` runs first; it is tested in this process. ``run_gui``
# itself is run in a child process: once ``QApplication.exec()`` has returned, Qt treats
# the application as closing and later tests could no longer activate their windows.


def test_a_second_instance_gets_a_clear_message_and_stops(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Questions(monkeypatch, notices=True)
    with acquire_lock(db_path):
        assert open_session(str(db_path), "en") is None
    assert boxes.kinds() == ["warning"]
    assert boxes.seen[0][1].startswith("Madoguchi already has this database open on this computer")


def test_a_damaged_database_is_replaced_by_the_newest_good_backup_on_request(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(set_up_engine, 300)
    backups.take_backup(db_path, backups.DAILY, now=datetime.now() - timedelta(days=1))
    set_up_engine.dispose()
    corrupt_middle(db_path)
    damaged = sha(db_path)
    boxes = Questions(monkeypatch, notices=True)

    session = open_session(str(db_path), "en")

    assert session is not None
    session.close()
    assert boxes.kinds() == ["question"]
    text = boxes.seen[0][1]
    assert text.startswith("The database file is damaged. It has been moved aside, unchanged")
    assert "The newest good backup was made on" in text and "Restore it now?" in text
    assert count_firms(db_path) == 300
    aside = [b for b in backups.list_backups(db_path) if b.kind == backups.DAMAGED]
    assert len(aside) == 1 and sha(aside[0].path) == damaged
    assert not Path(f"{db_path}.lock").exists()  # released at the end of the session


def test_declining_the_restore_stops_and_leaves_the_damaged_file_aside(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(set_up_engine, 300)
    backups.take_backup(db_path, backups.DAILY, now=datetime.now() - timedelta(days=1))
    set_up_engine.dispose()
    corrupt_middle(db_path)
    boxes = Questions(monkeypatch, NO, notices=True)
    assert open_session(str(db_path), "en") is None
    assert boxes.kinds() == ["question"]
    assert not db_path.exists() and not Path(f"{db_path}.lock").exists()
    assert [b.kind for b in backups.list_backups(db_path)] == [backups.DAMAGED, backups.DAILY]


def test_a_read_only_database_is_explained_at_start(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_engine.dispose()
    boxes = Questions(monkeypatch, notices=True)
    with read_only(db_path):
        assert open_session(str(db_path), "en") is None
    assert boxes.kinds() == ["critical"]
    text = boxes.seen[0][1]
    assert text.startswith(f"The database could not be opened:\n{db_path}\n\n")
    assert "Madoguchi may not write to" in text and "read-only" in text


def test_a_scheduled_restore_is_reported_and_the_daily_copy_runs_on_a_worker(
    qtbot, set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_firm(set_up_engine, "A")
    backup = backups.take_backup(db_path, now=datetime.now() - timedelta(days=1))
    make_firm(set_up_engine, "B")
    backups.schedule_restore(db_path, backup)
    set_up_engine.dispose()
    boxes = Questions(monkeypatch, notices=True)
    session = open_session(str(db_path), "en")
    assert session is not None
    assert boxes.kinds() == ["information"]
    assert boxes.seen[0][1].startswith(f"The backup {backup.name} was restored.")
    assert "The file it replaced is kept as" in boxes.seen[0][1]
    parent = QWidget()
    qtbot.addWidget(parent)
    task = session.start_daily_backup(parent)
    assert task is not None
    qtbot.waitSignal(task.signals.finished, timeout=10000).wait()
    session.close()
    assert count_firms(db_path) == 1
    assert backups.DAILY in [b.kind for b in backups.list_backups(db_path)]


DRIVER = """
import sys
from PySide6.QtWidgets import QMessageBox
from desktop.core.startup import acquire_lock

def show(kind):
    def box(parent, title, text, *args):
        print(kind + ": " + text, flush=True)
        return QMessageBox.StandardButton.No
    return box

for kind in ("question", "warning", "critical", "information"):
    setattr(QMessageBox, kind, show(kind))
from desktop.ui.app import run_gui
sys.exit(run_gui(sys.argv[1], lang="en", exit_when_ready=True))
"""


def run_app(db_path: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return gui_script(DRIVER, db_path, home=home)


def test_run_gui_starts_once_a_second_instance_stops_with_a_message(
    set_up_engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    set_up_engine.dispose()
    first = run_app(db_path, tmp_path / "home")
    assert first.returncode == 0, first.stderr
    assert "ready in" in first.stdout and "warning" not in first.stdout
    assert "loaded in" in first.stdout
    assert [b.kind for b in backups.list_backups(db_path)] == [backups.DAILY]
    assert not Path(f"{db_path}.lock").exists()
    with acquire_lock(db_path):
        second = run_app(db_path, tmp_path / "home")
    assert second.returncode == 1
    assert second.stdout.startswith(
        "warning: Madoguchi already has this database open on this computer"
    )


def test_run_gui_upgrades_an_old_file_before_its_window(db_path: Path, tmp_path: Path) -> None:
    from db.migrate import current_revision, head_revision, open_database

    open_database(db_path, revision="0006").engine.dispose()
    run = run_app(db_path, tmp_path / "home")
    assert run.returncode == 0, run.stderr
    ready, loaded = run.stdout.splitlines()
    assert ready.startswith("ready in") and ready.endswith("(0 firms listed)")
    assert loaded.startswith("loaded in")
    assert [b.kind for b in backups.list_backups(db_path)] == [backups.PRE_MIGRATION]
    engine = open_database(db_path).engine
    assert current_revision(engine) == head_revision()
    engine.dispose()
    assert not Path(f"{db_path}.lock").exists()

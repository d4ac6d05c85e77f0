"""The backups dialog, and what a person sees when the app starts on a risky database."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import backups
from desktop.core.startup import acquire_lock
from desktop.ui.app import run_gui
from desktop.ui.backups_dialog import BackupsDialog
from tests.unit.test_backup import add_firm, count_firms, read_only, sha
from tests.unit.test_startup import corrupt_middle, fill

NOW = datetime(2026, 11, 21, 10, 0)


class Boxes:
    """Records message boxes and answers questions, instead of showing them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> None:
        self.seen: list[tuple[str, str]] = []
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No

        def record(kind: str, reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
            def box(_parent: object, _title: str, text: str, *args: object) -> object:
                self.seen.append((kind, text))
                return reply

            return box

        monkeypatch.setattr(QMessageBox, "question", record("question", yes if answer else no))
        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, record(kind, QMessageBox.StandardButton.Ok))

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.seen]


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
    assert all(r[2].endswith(("KiB", "MiB", "kB", "MB")) for r in rows)
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
    add_firm(set_up_engine, "before")
    backups.take_backup(db_path, backups.DAILY, now=NOW - timedelta(days=1))
    add_firm(set_up_engine, "after")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    dialog = BackupsDialog(db_path, window)
    dialog.table.selectRow(0)

    boxes = Boxes(monkeypatch, answer=False)
    assert not dialog.restore_selected()
    assert backups.pending_restore(db_path) is None and window.isVisible()

    boxes = Boxes(monkeypatch, answer=True)
    with qtbot.waitSignal(dialog.restart_requested):
        assert dialog.restore_selected()
    question = boxes.seen[0][1]
    assert question.startswith("Restore the copy made on 2026-11-20 10:00?")
    assert "Restoring needs a restart" in question and "kept aside" in question
    assert backups.pending_restore(db_path) is not None
    assert not window.isVisible()  # the app closes to let the restore happen

    set_up_engine.dispose()
    from desktop.core.startup import open_checked

    opened = open_checked(db_path)
    assert count_firms(db_path) == 1
    assert opened.restored is not None and count_firms(opened.restored.aside) == 2
    opened.engine.dispose()


# --- starting the app ------------------------------------------------------------------------


def test_a_second_instance_gets_a_clear_message_and_stops(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = Boxes(monkeypatch)
    with acquire_lock(db_path):
        assert run_gui(str(db_path), lang="en", exit_when_ready=True) == 1
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
    boxes = Boxes(monkeypatch, answer=True)

    assert run_gui(str(db_path), lang="en", exit_when_ready=True) == 0

    assert boxes.kinds() == ["question"]
    text = boxes.seen[0][1]
    assert text.startswith("The database file is damaged. It has been moved aside, unchanged")
    assert "The newest good backup was made on" in text and "Restore it now?" in text
    assert count_firms(db_path) == 300
    aside = [b for b in backups.list_backups(db_path) if b.kind == backups.DAMAGED]
    assert len(aside) == 1 and sha(aside[0].path) == damaged
    assert not Path(f"{db_path}.lock").exists()  # released at exit


def test_declining_the_restore_stops_and_leaves_the_damaged_file_aside(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(set_up_engine, 300)
    backups.take_backup(db_path, backups.DAILY, now=datetime.now() - timedelta(days=1))
    set_up_engine.dispose()
    corrupt_middle(db_path)
    boxes = Boxes(monkeypatch, answer=False)
    assert run_gui(str(db_path), lang="en", exit_when_ready=True) == 1
    assert boxes.kinds() == ["question"]
    assert not db_path.exists()
    assert [b.kind for b in backups.list_backups(db_path)] == [backups.DAMAGED, backups.DAILY]


def test_a_read_only_database_is_explained_at_start(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_engine.dispose()
    boxes = Boxes(monkeypatch)
    with read_only(db_path):
        assert run_gui(str(db_path), lang="en", exit_when_ready=True) == 1
    assert boxes.kinds() == ["critical"]
    text = boxes.seen[0][1]
    assert text.startswith(f"The database could not be opened:\n{db_path}\n\n")
    assert "Madoguchi may not write to" in text and "read-only" in text


def test_a_normal_start_takes_the_daily_backup(
    set_up_engine: sa.Engine, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_up_engine.dispose()
    boxes = Boxes(monkeypatch)
    assert run_gui(str(db_path), lang="en", exit_when_ready=True) == 0
    assert boxes.seen == []
    assert [b.kind for b in backups.list_backups(db_path)] == [backups.DAILY]
    assert run_gui(str(db_path), lang="en", exit_when_ready=True) == 0
    assert len(backups.list_backups(db_path)) == 1  # once a day

"""An unfinished consultation survives the app process being killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.migrate import open_database
from desktop.core import drafts, settings
from desktop.core.settings import CounterSetup

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_draft_survives_sigkill_and_is_offered_back(tmp_path: Path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "counter.sqlite3"
    engine = open_database(db).engine
    settings.apply_setup(engine, CounterSetup("窓口", "15", "佐藤 花子"))
    engine.dispose()

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "e2e" / "draft_driver.py"), str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=tmp_path,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.strip() == "DRAFT-SAVED"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    # Next start: the draft is there and the window offers it back.
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow
    from tests.ui.boxes import Questions

    engine = open_database(db).engine
    [left] = drafts.list_drafts(engine, "consultation")
    assert "production history" in left.payload["input"]["summary"]
    Questions(monkeypatch)
    window = MainWindow(
        engine, "en", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    [form] = window.offer_drafts()
    assert form.summary.toPlainText() == "GI application: production history since 1970"
    assert form.topic_boxes["gi"].isChecked()
    assert form.dirty
    form.save()
    assert drafts.list_drafts(engine, "consultation") == []

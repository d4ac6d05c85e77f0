"""Esc and the window's close button during an export do what Cancel does.

A consultant who presses Esc while a workbook is being written expects the export to
stop, not the dialog to vanish while its worker goes on writing (and, for a monthly
workbook, records the month as sent). The export runs for real on a migrated database
in ``tmp_path``; it is only held at its first progress report, inside the write, so the
key reaches the dialog while the worker is certainly still busy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core import demo, month_close
from desktop.exports.common import ExportCancelled
from desktop.exports.jobs import run_export
from desktop.ui.export_dialog import FY_XLSX, MONTHLY_XLSX, ExportDialog
from desktop.ui.i18n import render
from tests.ui.typing import activate


class HeldExport:
    """The real export, held on its worker at its first progress report until released.

    The first report of a monthly workbook comes from inside its write, after the first
    row: what the user does meanwhile happens while the worker is certainly running.
    """

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()

    def __call__(self, *args: Any, progress: Callable[[int, int], None], **kwargs: Any) -> Path:
        def report(done: int, total: int) -> None:
            progress(done, total)
            if not self.reached.is_set():
                self.reached.set()
                self.release.wait(timeout=60)  # a failed test must not strand the worker

        return run_export(*args, progress=report, **kwargs)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch, set_up_engine: sa.Engine) -> Iterator[HeldExport]:
    holder = HeldExport()
    monkeypatch.setattr("desktop.ui.export_dialog.run_export", holder)
    yield holder
    # Whatever the test found, the worker ends before the database is closed under it.
    holder.release.set()
    assert QThreadPool.globalInstance().waitForDone(60000)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def shown_dialog(qtbot, engine: sa.Engine, qsettings: QSettings, folder: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(engine, "en", qsettings)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    activate(qtbot, dialog)
    return dialog


def press_escape(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    """Esc goes to the focused widget, as typed; the dialog gets it when that ignores it."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)


def close_window(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.close()  # the close event the title bar's button sends


def click_cancel(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    "leave", [press_escape, close_window, click_cancel], ids=["escape", "close", "cancel"]
)
def test_leaving_during_an_export_cancels_it_and_the_dialog_stays(  # type: ignore[no-untyped-def]
    qtbot,
    set_up_engine: sa.Engine,
    qsettings: QSettings,
    out: Path,
    held: HeldExport,
    leave: Callable[..., None],
) -> None:
    demo.generate(set_up_engine, size=demo.DemoSize(firms=20, consultations=200))
    dialog = shown_dialog(qtbot, set_up_engine, qsettings, out)
    dialog.kinds[MONTHLY_XLSX].setChecked(True)
    month = dialog.month.currentData()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.reached.is_set, timeout=30000)
    task = dialog.task
    assert task is not None

    leave(qtbot, dialog)
    assert dialog.isVisible(), "the dialog went while its worker was still writing"
    assert task.cancelled() and dialog.status.text() == "Cancelling…"
    assert not dialog.cancel_button.isHidden()

    with qtbot.waitSignal(task.signals.failed, timeout=30000):
        held.release.set()
    assert dialog.task is None and dialog.result_path is None
    assert dialog.status.text() == render(ExportCancelled().message)
    # Nothing half-written and nothing recorded: no workbook, no temporary file beside it.
    assert list(out.iterdir()) == []
    assert month_close.last_sent(set_up_engine, month) is None
    assert dialog.isVisible() and dialog.export_button.isEnabled()

    # With nothing running any more, Esc closes as it always did.
    press_escape(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_escape_before_an_export_closes_the_dialog(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine: sa.Engine, qsettings: QSettings, out: Path
) -> None:
    dialog = shown_dialog(qtbot, set_up_engine, qsettings, out)
    press_escape(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("leave", [press_escape, close_window], ids=["escape", "close"])
def test_after_an_export_escape_and_close_close_the_dialog(  # type: ignore[no-untyped-def]
    qtbot,
    set_up_engine: sa.Engine,
    qsettings: QSettings,
    out: Path,
    leave: Callable[..., None],
) -> None:
    dialog = shown_dialog(qtbot, set_up_engine, qsettings, out)
    dialog.kinds[FY_XLSX].setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    leave(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_path.exists()

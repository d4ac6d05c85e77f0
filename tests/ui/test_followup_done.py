"""Marking a follow-up done says which one it was, and can be undone.

Ctrl+D on the Follow-ups view closes the selected follow-up (who and when recorded by
desktop.core); a line above the list names the firm and the due date, with an Undo
button, and Ctrl+Z in the view reopens it through ``consultations.reopen_followup``.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import sqlalchemy as sa
from PySide6.QtCore import Qt

from desktop.core import firms
from desktop.ui.main_window import FOLLOWUPS
from tests.audit_trail import audit_entries
from tests.ui.followups import states
from tests.ui.test_shortcuts import CTRL, with_followup
from tests.ui.typing import activate


def actions(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.table.item(r, 3).text() for r in range(view.table.rowCount())]


def test_ctrl_d_names_what_it_marked_done_and_ctrl_z_reopens_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15")
    )
    due = date.today() - timedelta(days=2)
    overdue = with_followup(engine, firm_id, due, "出願書類の確認")
    later = with_followup(engine, firm_id, date.today() + timedelta(days=5), "見積の連絡")
    view = main_window.followups
    main_window.tabs.setCurrentIndex(FOLLOWUPS)
    activate(qtbot, main_window)
    assert view.done_line.isHidden()  # nothing said before anything is done

    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    # Done as before, with who and when ...
    done_at, done_by = states(engine)[overdue]
    assert done_at is not None and done_by == "佐藤 花子"
    # ... and said: which firm, which due date, and the way back.
    assert not view.done_line.isHidden()
    message = view.done_message.text()
    assert "株式会社燕精工" in message and due.isoformat() in message
    assert message.startswith("Marked done")
    assert not view.undo_button.isHidden() and view.undo_button.text() == "&Undo"

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: view.table.rowCount() == 2)
    assert states(engine) == {overdue: (None, ""), later: (None, "")}
    assert actions(view) == ["出願書類の確認", "見積の連絡"]
    assert view.current() is not None and view.current().consultation_id == overdue
    assert view.done_message.text().startswith("Reopened")
    assert "株式会社燕精工" in view.done_message.text()
    assert view.undo_button.isHidden()
    assert view.summary.text() == "1 overdue, 0 due today"
    last = audit_entries(engine, overdue)[-1]
    assert json.loads(last.changes)["followup_done_at"][1] is None
    assert last.actor == "佐藤 花子"

    # Once undone, Ctrl+Z has nothing more to undo; Ctrl+D on the reselected row works again.
    before = (states(engine), view.done_message.text(), len(audit_entries(engine, overdue)))
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert (states(engine), view.done_message.text(), len(audit_entries(engine, overdue))) == before
    qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert states(engine)[overdue][0] is not None


def test_the_undo_button_reopens_only_the_last_one_marked_done(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    first = with_followup(engine, firm_id, date.today(), "願書の確認")
    second = with_followup(engine, firm_id, date.today() + timedelta(days=3), "見積の連絡")
    view = main_window.followups
    main_window.tabs.setCurrentIndex(FOLLOWUPS)
    activate(qtbot, main_window)
    for _ in range(2):
        view.table.selectRow(0)
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 0
    assert (date.today() + timedelta(days=3)).isoformat() in view.done_message.text()

    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert actions(view) == ["見積の連絡"]
    assert states(engine)[second][0] is None and states(engine)[first][0] is not None
    assert view.undo_button.isHidden()


def test_the_undo_line_goes_when_the_list_is_read_again(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """After a refresh (another filter, an edit elsewhere) the list may no longer hold what
    the line names: Ctrl+Z must not reopen it unseen."""
    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    overdue = with_followup(engine, firm_id, date.today() - timedelta(days=2), "出願書類の確認")
    view = main_window.followups
    main_window.tabs.setCurrentIndex(FOLLOWUPS)
    activate(qtbot, main_window)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: view.table.rowCount() == 0)
    assert not view.done_line.isHidden()

    view.show_done.setChecked(True)  # read again
    assert view.done_line.isHidden()
    done = states(engine)[overdue]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert states(engine)[overdue] == done and done[0] is not None

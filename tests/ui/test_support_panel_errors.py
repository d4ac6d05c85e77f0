"""The support panel when the core refuses a change made from it, and when it does not.

A refusal is shown in a warning box on the panel, titled after the action; the panel
keeps what it showed and the firm dialog is not told of a change. The records are
changed behind the panel's back, as another window on the same file would.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import Session, select

from db.models import PlaybookRun, PlaybookStepState
from desktop.core import firms, playbook_runs
from tests.ui.boxes import Questions
from tests.ui.test_era_display import consult
from tests.ui.typing import activate, type_text


class Boxes(Questions):
    """``Questions``, keeping each box's parent and title as well."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *args: Any, **kwargs: Any) -> None:
        self.shown: list[tuple[str, object, str, str]] = []
        super().__init__(monkeypatch, *args, **kwargs)

    def _show(self, kind: str, parent: object, title: str, text: str, *args: object) -> Any:
        self.shown.append((kind, parent, title, text))
        return super()._show(kind, parent, title, text, *args)


@pytest.fixture
def firm_id(set_up_engine: sa.Engine) -> uuid.UUID:
    return firms.create_firm(
        set_up_engine, firms.FirmInput(name="加茂織物", prefecture_code="15", industry="E")
    )


@pytest.fixture
def panel(qtbot, set_up_engine: sa.Engine, library, firm_id: uuid.UUID):  # type: ignore[no-untyped-def]
    from desktop.ui.support_panel import SupportPanel

    widget = SupportPanel(set_up_engine, "en", library)
    qtbot.addWidget(widget)
    widget.set_firm(firm_id)
    widget.recommended.setCurrentRow(0)
    return widget


def emitted(panel) -> list[bool]:  # type: ignore[no-untyped-def]
    seen: list[bool] = []
    panel.changed.connect(lambda: seen.append(True))
    return seen


def first_step(panel) -> tuple[uuid.UUID, str]:  # type: ignore[no-untyped-def]
    child = panel.runs.topLevelItem(0).child(0)
    return child.data(0, Qt.ItemDataRole.UserRole + 1), child.data(0, Qt.ItemDataRole.UserRole + 2)


def test_starting_a_playbook_already_followed(
    panel, set_up_engine, library, firm_id, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    key = panel.selected_playbook()
    assert key is not None
    playbook_runs.start_run(set_up_engine, library, firm_id, key)
    boxes = Boxes(monkeypatch, notices=True)
    changes = emitted(panel)

    assert panel.start_selected() is None
    assert boxes.shown == [
        ("warning", panel, "Start playbook", "The firm already follows this playbook.")
    ]
    assert changes == []
    assert panel.runs.topLevelItemCount() == 0  # as it was: not read again
    assert len(playbook_runs.list_runs(set_up_engine, firm_id)) == 1


def test_a_step_of_a_playbook_stopped_elsewhere(qtbot, panel, set_up_engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert panel.start_selected() is not None
    run_id, key = first_step(panel)
    playbook_runs.abandon_run(set_up_engine, run_id)
    panel.select_step(run_id, key)
    type_text(qtbot, panel.note, "社長と面談")
    boxes = Boxes(monkeypatch, notices=True)
    changes = emitted(panel)

    qtbot.mouseClick(panel.state_buttons["done"], Qt.MouseButton.LeftButton)
    assert boxes.shown == [
        (
            "warning",
            panel,
            "Playbook step",
            "This playbook is no longer followed; start it again to go on.",
        )
    ]
    assert changes == []
    assert panel.note.text() == "社長と面談"  # kept, to be used once it is followed again
    assert panel.runs.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 3) == "active"
    run = playbook_runs.get_run(set_up_engine, run_id)
    assert [s.state for s in run.steps if s.key == key] == ["todo"]


def test_stopping_a_run_gone_from_the_file(panel, set_up_engine, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert panel.start_selected() is not None
    run_id, key = first_step(panel)
    with Session(set_up_engine) as session:  # no part of the app removes a run
        for step in session.exec(
            select(PlaybookStepState).where(PlaybookStepState.run_id == run_id)
        ):
            session.delete(step)
        session.flush()
        session.delete(session.get(PlaybookRun, run_id))
        session.commit()
    panel.select_step(run_id, key)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes, notices=True)
    changes = emitted(panel)

    assert panel.stop_selected_run() is False
    assert [(kind, parent, title) for kind, parent, title, _ in boxes.shown] == [
        ("question", panel, "Stop following"),
        ("warning", panel, "Stop following"),
    ]
    assert boxes.shown[1][3] == "No such playbook run."
    assert changes == []
    assert panel.runs.topLevelItemCount() == 1


def test_each_change_is_shown_before_the_dialog_hears_of_it(
    qtbot, panel, set_up_engine, firm_id, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    consultation_id = consult(set_up_engine, firm_id)
    panel.refresh()
    panel.recommended.setCurrentRow(0)
    runs_seen: list[int] = []
    panel.changed.connect(lambda: runs_seen.append(panel.runs.topLevelItemCount()))

    run_id = panel.start_selected()
    assert run_id is not None and runs_seen == [1]

    _, key = first_step(panel)
    panel.select_step(run_id, key)
    panel.consultation.setCurrentIndex(1)
    assert panel.consultation.currentData() == consultation_id
    type_text(qtbot, panel.note, "社長と面談")
    qtbot.mouseClick(panel.state_buttons["done"], Qt.MouseButton.LeftButton)
    assert runs_seen == [1, 1]
    assert panel.note.text() == ""
    assert panel.consultation.currentData() == consultation_id  # the runs only are read again
    assert panel.runs.currentItem().data(0, Qt.ItemDataRole.UserRole + 2) == key
    assert panel.runs.currentItem().text(1) == "Done"

    Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    assert panel.stop_selected_run() is True
    assert runs_seen == [1, 1, 1]
    assert panel.runs.topLevelItem(0).text(1).startswith("Abandoned")


def test_a_playbook_started_has_its_first_step_ready_for_the_buttons(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    activate(qtbot, panel)
    panel.start_button.setFocus()
    run_id = panel.start_selected()
    assert run_id is not None
    first = panel.runs.topLevelItem(0).child(0)
    assert panel.runs.currentItem() is first
    assert first.text(0).startswith("▶ ")
    assert panel.runs.hasFocus()  # the arrow keys and the buttons act on it at once
    enabled = {state for state, button in panel.state_buttons.items() if button.isEnabled()}
    assert enabled == {"doing", "done", "skipped"}  # a to-do step cannot go back to to-do


def test_the_button_for_a_steps_own_state_is_off(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    run_id = panel.start_selected()
    _, key = first_step(panel)
    qtbot.mouseClick(panel.state_buttons["done"], Qt.MouseButton.LeftButton)
    assert panel.runs.currentItem().data(0, Qt.ItemDataRole.UserRole + 2) == key
    enabled = {state for state, button in panel.state_buttons.items() if button.isEnabled()}
    assert enabled == {"doing", "skipped", "todo"}
    panel.select_step(
        run_id, panel.runs.topLevelItem(0).child(1).data(0, Qt.ItemDataRole.UserRole + 2)
    )
    assert panel.state_buttons["done"].isEnabled() and not panel.state_buttons["todo"].isEnabled()


def test_each_recommendation_shows_why_under_its_title(panel) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.hanging_delegate import HangingIndentDelegate

    assert isinstance(panel.recommended.itemDelegate(), HangingIndentDelegate)
    title, reasons = panel.recommended.item(0).text().split("\n")
    assert title and reasons and not reasons[0].isspace()  # the indent is drawn, not typed

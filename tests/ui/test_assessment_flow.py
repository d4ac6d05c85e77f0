"""Through the assessment wizard to a recommended playbook with two steps done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton, QWizard

from desktop.core import assessment, firms, playbook_runs
from tests.ui.boxes import Questions
from tests.ui.test_assessment_answers import SUBCONTRACTOR
from tests.ui.test_era_display import consult
from tests.ui.typing import type_text
from tests.unit.test_assessment import CHALLENGER_A3

USER = Qt.ItemDataRole.UserRole


def test_wizard_to_recommended_playbook_with_two_steps_done(
    qtbot, main_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    firm_id = firms.create_firm(
        engine,
        firms.FirmInput(
            name="三条金属工業", prefecture_code="15", industry="E", subcontract_share=80
        ),
    )
    dialog = main_window.open_firm(firm_id)
    panel = dialog.support
    assert "Not assessed" in panel.cell.text()

    from desktop.ui.assessment_wizard import AssessmentWizard

    wizard = AssessmentWizard(engine, firm_id, parent=dialog)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.questions
    # A subcontractor: no rights, no own products, fixed customers, 80 % subcontract work.
    for key in SUBCONTRACTOR:
        page.findChild(QRadioButton, key).setChecked(True)
    page.percent.setValue(80)
    wizard.next()
    result = wizard.result_page
    assert result.result is not None and result.result.cell == "B1"
    assert "B1" in result.cell.text()
    assert result.reasons.text().count("・") >= 2

    # An override without a reason is refused, with the message on the page.
    result.override.setChecked(True)
    result.override_stage.setCurrentIndex(result.override_stage.findData(2))
    wizard.accept()
    assert wizard.isVisible() and result.reason_error.text()
    assert assessment.history(engine, firm_id) == []
    result.override.setChecked(False)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    [record] = assessment.history(engine, firm_id)
    assert record.cell == "B1"

    panel.refresh()
    assert panel.cell.text().startswith("B1")
    assert panel.recommended.item(0).data(Qt.ItemDataRole.UserRole) == "ip_awareness"
    panel.recommended.setCurrentRow(0)
    run_id = panel.start_selected()
    assert run_id is not None
    run = playbook_runs.ordered(playbook_runs.get_run(engine, run_id), main_window.library)
    first, second = run.steps[0].key, run.steps[1].key

    panel.select_step(run_id, first)
    type_text(qtbot, panel.note, "社長と面談し知財の基礎を説明")
    qtbot.mouseClick(panel.state_buttons["done"], Qt.MouseButton.LeftButton)
    panel.select_step(run_id, second)
    qtbot.mouseClick(panel.state_buttons["done"], Qt.MouseButton.LeftButton)

    run = playbook_runs.ordered(playbook_runs.get_run(engine, run_id), main_window.library)
    assert [s.state for s in run.steps[:2]] == ["done", "done"]
    assert run.steps[0].note == "社長と面談し知財の基礎を説明"
    assert run.done == 2 and run.next_step.key == run.steps[2].key
    top = panel.runs.topLevelItem(0)
    assert "2/" in top.text(1)
    assert "▶" in top.child(2).text(0)
    # Follow-ups lists the run's next step, and opens the firm from it.
    view = main_window.followups
    view.refresh()
    assert view.steps_table.rowCount() == 1
    library = main_window.library
    step_title = library.get("ip_awareness").step(run.steps[2].key).title.get("en")
    assert view.steps_table.item(0, 0).text() == "三条金属工業"
    assert view.steps_table.item(0, 2).text().startswith(step_title)
    assert view.steps_table.item(0, 3).text() == f"2/{len(run.steps)}"
    opened = []
    view.open_firm.connect(opened.append)
    view._open_step_firm(view.steps_table.model().index(0, 0))
    assert opened == [firm_id]
    # The timeline shows the steps, in words.
    dialog.timeline.refresh()
    texts = [
        dialog.timeline.table.item(r, 1).text() for r in range(dialog.timeline.table.rowCount())
    ]
    assert sum("Playbook" in t for t in texts) == 2
    assert any(t.startswith("Assessment: B1") for t in texts)


def test_firm_list_shows_and_filters_by_cell(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    engine = main_window.engine
    a = firms.create_firm(
        engine, firms.FirmInput(name="甲", name_kana="コウ", prefecture_code="15")
    )
    firms.create_firm(engine, firms.FirmInput(name="乙", name_kana="オツ", prefecture_code="15"))
    answers = CHALLENGER_A3
    assessment.record_assessment(engine, a, answers, assessed_on=date(2026, 10, 1))
    register = main_window.register
    register.refresh()
    from desktop.ui.firm_model import COL_CELL

    cells = {
        register.model.index(r, 0).data(): register.model.index(r, COL_CELL).data()
        for r in range(register.model.rowCount())
    }
    assert cells == {"甲": "A3", "乙": ""}
    register.cell.setCurrentIndex(register.cell.findData("A3"))
    assert register.model.rowCount() == 1
    register.cell.setCurrentIndex(register.cell.findData("none"))
    assert [register.model.index(0, 0).data()] == ["乙"] and register.model.rowCount() == 1


def test_library_viewer_switches_language(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.playbook_library import PlaybookLibraryDialog

    dialog = PlaybookLibraryDialog(main_window.library, "en", "gi_registration", main_window)
    qtbot.addWidget(dialog)
    assert "geographical indication" in dialog.text.toPlainText()
    assert "Based on" in dialog.text.toPlainText() and "出典" not in dialog.text.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert "地理的表示" in dialog.text.toPlainText()
    assert dialog.list.count() == len(main_window.library.playbooks) >= 16
    # Each source is named in the reader's language, the heading as printed beneath it.
    book = main_window.library.get("gi_registration")
    section = book.citations[0].resolve(main_window.library.index)
    text = dialog.text.toPlainText()
    assert f"{section.title.get('ja')}\n原文の見出し: {section.heading}" in text
    assert "出典" in text and "Based on" not in text


def test_stop_following_a_playbook_after_asking(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="加茂織物", prefecture_code="15", industry="E")
    )
    dialog = main_window.open_firm(firm_id)
    panel = dialog.support
    panel.recommended.setCurrentRow(0)
    run_id = panel.start_selected()
    assert run_id is not None
    key = panel.runs.topLevelItem(0).child(0).data(0, Qt.ItemDataRole.UserRole + 2)
    panel.select_step(run_id, key)
    assert panel.stop_button.isEnabled()

    questions = Questions(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert playbook_runs.get_run(engine, run_id).state == "active"  # "No" changes nothing

    questions.reply = QMessageBox.StandardButton.Yes
    panel.select_step(run_id, key)
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 2 and "steps done so far are kept" in questions.asked[1]
    assert playbook_runs.get_run(engine, run_id).state == "abandoned"
    top = panel.runs.topLevelItem(0)
    assert top.text(1).startswith("Abandoned")
    panel.select_step(run_id, key)
    assert not panel.stop_button.isEnabled()
    assert not any(button.isEnabled() for button in panel.state_buttons.values())
    panel.recommended.setCurrentRow(0)  # and it can be followed again
    assert panel.start_selected() not in (None, run_id)


def test_the_step_selected_stays_selected_as_the_window_shows_each_change(
    qtbot, main_window
) -> None:  # type: ignore[no-untyped-def]
    """The main window has every open firm read again after a change, the panel's own
    changes included; the consultant's place in the list survives that."""
    engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="燕洋食器", prefecture_code="15", industry="E")
    )
    consult(engine, firm_id, topics=("trademark", "trade_secret", "patent"))
    panel = main_window.open_firm(firm_id).support
    assert panel.recommended.count() >= 3
    panel.recommended.setCurrentRow(0)
    chosen = panel.selected_playbook()
    run_id = panel.start_selected()
    assert run_id is not None
    first = panel.runs.currentItem()
    assert first is not None and first.text(0).startswith("▶ ")
    key = first.data(0, USER + 2)

    qtbot.mouseClick(panel.state_buttons["done"], Qt.MouseButton.LeftButton)
    current = panel.runs.currentItem()
    assert current.data(0, USER + 2) == key
    assert current.text(1) == "Done"
    assert not panel.state_buttons["done"].isEnabled() and panel.state_buttons["todo"].isEnabled()

    main_window._records_changed()  # a change made elsewhere: the panel is read again
    assert panel.runs.currentItem().data(0, USER + 2) == key
    listed = [panel.recommended.item(n).data(USER) for n in range(panel.recommended.count())]
    assert chosen not in listed  # started: no longer recommended

    panel.recommended.setCurrentRow(panel.recommended.count() - 1)
    later = panel.selected_playbook()
    main_window._records_changed()
    assert panel.selected_playbook() == later  # not back to the first

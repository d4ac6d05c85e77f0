"""Logging a consultation from a firm with the keyboard alone, and where it shows up."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from desktop.core import consultation_queries as cq
from desktop.core import consultations, firms
from tests.audit_trail import audit_entries
from tests.ui.boxes import Questions
from tests.ui.test_era_display import consult
from tests.ui.typing import activate, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def today_at(hour: int) -> datetime:
    return datetime.combine(date.today(), time(hour))


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_log_a_consultation_from_a_firm_with_the_keyboard(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(
        engine,
        firms.FirmInput(name="株式会社燕精工", name_kana="ツバメセイコウ", prefecture_code="15"),
    )
    dialog = main_window.open_firm(firm_id)
    activate(qtbot, dialog)
    press(qtbot, Qt.Key.Key_N, CTRL)  # Ctrl+N on a firm: a consultation for it
    [form] = main_window.consultation_forms.values()
    activate(qtbot, form)
    assert form.firm.firm_id == firm_id
    assert QApplication.focusWidget() is form.started_at

    # Tab to the topics: when, duration, channel, firm, consultants, then the topic boxes.
    wanted = {"patent", "trade_secret", "overseas"}
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
    ticked = set()
    while isinstance(QApplication.focusWidget(), QCheckBox):
        box = QApplication.focusWidget()
        code = box.objectName().removeprefix("topic_")
        if code in wanted:
            press(qtbot, Qt.Key.Key_Space)
            ticked.add(code)
        press(qtbot, Qt.Key.Key_Tab)
    assert ticked == wanted
    assert QApplication.focusWidget() is form.summary
    type_text(qtbot, form.summary, "金型の冷却構造の特許出願と海外展開について相談。")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.confidential
    type_text(qtbot, form.confidential, "資金繰りの話あり")

    press(qtbot, Qt.Key.Key_R, CTRL)  # Add referral: focus lands on the partner kind
    assert form.referrals.rowCount() == 1
    partner = QApplication.focusWidget()
    while partner.currentData() != "jetro":
        qtbot.keyClick(partner, Qt.Key.Key_Down)

    press(qtbot, Qt.Key.Key_U, CTRL)  # Follow-up: ticks the box, focus on the action
    assert form.followup.isChecked()
    assert QApplication.focusWidget() is form.followup_action
    type_text(qtbot, form.followup_action, "出願書類の確認")

    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not form.isVisible()
    [row] = cq.fetch_page(engine, cq.ConsultationQuery())
    detail = consultations.get_consultation(engine, row.id)
    assert set(detail.data.topics) == wanted
    assert [r.partner_kind for r in detail.data.referrals] == ["jetro"]
    assert detail.data.followup_on == date.today() + timedelta(days=14)
    assert detail.data.confidential_notes == "資金繰りの話あり"
    assert detail.data.consultant_ids  # the current user, by default

    # It shows on the firm's timeline, in the list and among the follow-ups.
    assert dialog.timeline.table.rowCount() == 1
    assert "特許" in dialog.timeline.table.item(0, 2).text()
    main_window.tabs.setCurrentWidget(main_window.consultations)
    assert main_window.consultations.model.rowCount() == 1
    qtbot.waitUntil(lambda: main_window.consultations.count.text() == "1 consultation")
    main_window.tabs.setCurrentWidget(main_window.followups)
    view = main_window.followups
    assert view.table.rowCount() == 1
    assert view.table.item(0, 3).text() == "出願書類の確認"

    # Marking it done records when and by whom.
    view.table.selectRow(0)
    activate(qtbot, main_window)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert view.table.rowCount() == 0
    [done] = cq.followups(engine, today=date.today(), include_done=True, horizon_days=60)
    assert done.done_by == "佐藤 花子" and done.done_at is not None
    entries = audit_entries(engine, row.id)
    assert "followup_done_at" in json.loads(entries[-1].changes)


def test_esc_asks_before_discarding(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    form = main_window.new_consultation(None)
    activate(qtbot, form)
    type_text(qtbot, form.summary, "途中まで")
    questions = Questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    press(qtbot, Qt.Key.Key_Escape)
    assert questions.asked and form.isVisible()
    questions.reply = QMessageBox.StandardButton.Discard
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert cq.count(main_window.engine, cq.ConsultationQuery()) == 0


def test_invalid_form_shows_messages_and_saves_nothing(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    form = main_window.new_consultation(None)
    activate(qtbot, form)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert form.isVisible()
    assert form.rows["topics"].message.text()
    assert cq.count(main_window.engine, cq.ConsultationQuery()) == 0


def test_global_search_opens_the_record(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    from desktop.ui.search_dialog import SearchDialog

    dialog = SearchDialog(engine, "en", main_window)
    opened = []
    dialog.open_firm.connect(opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.edit, "商標")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_changes_are_recorded_under_whoever_i_am_now_and_reach_home(  # type: ignore[no-untyped-def]
    qtbot, main_window, monkeypatch
) -> None:
    """Switching "I am" in Settings applies to the next change, and a delete in the list
    updates Home and the follow-ups like a save does."""
    from desktop.core import consultants, settings

    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    suzuki = consultants.add_consultant(engine, "鈴木 一郎")
    cid = consult(
        engine,
        firm_id,
        started_at=today_at(10),
        consultant_ids=(suzuki,),
        summary="商標の相談",
        followup_on=date.today() + timedelta(days=3),
        followup_action="願書の確認",
    )
    main_window.tabs.setCurrentWidget(main_window.consultations)
    main_window.consultations.apply_filter()
    qtbot.waitUntil(lambda: main_window.consultations.model.rowCount() == 1)
    main_window.dashboard.refresh(wait=True)
    assert main_window.dashboard.board.this_month == 1
    main_window.tabs.setCurrentWidget(main_window.followups)
    assert main_window.followups.table.rowCount() == 1

    settings.set_value(engine, settings.CURRENT_CONSULTANT, str(suzuki))  # as Settings does
    main_window.tabs.setCurrentWidget(main_window.consultations)
    main_window.consultations.view.selectRow(0)
    Questions(monkeypatch)
    main_window.consultations.delete_selected()

    last = audit_entries(engine, cid)[-1]
    assert (last.action, last.actor) == ("delete", "鈴木 一郎")
    assert main_window.followups.table.rowCount() == 0
    qtbot.waitUntil(lambda: main_window.dashboard.board.this_month == 0)


def test_a_restored_draft_of_a_record_is_that_records_form(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Opening the record again raises the restored form instead of a second editor."""
    import uuid

    from desktop.core import drafts

    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    cid = consult(engine, firm_id, started_at=datetime(2026, 10, 14, 10, 0), summary="商標の相談")
    data = consultations.get_consultation(engine, cid).data
    edited = {
        "input": {**data.to_json(), "summary": "商標の相談（追記）"},
        "consultation_id": str(cid),
    }
    drafts.save_draft(engine, uuid.uuid4(), "consultation", edited, ref_id=cid)
    Questions(monkeypatch)

    [restored] = main_window.offer_drafts()
    assert restored.summary.toPlainText() == "商標の相談（追記）"
    assert main_window.open_consultation(cid) is restored
    assert list(main_window.consultation_forms.values()) == [restored]


def test_a_firm_renamed_on_its_page_is_renamed_in_the_consultation_list(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="旧名商店", prefecture_code="15"))
    consult(engine, firm_id, started_at=today_at(9), channel="phone", summary="屋号の相談")
    main_window.tabs.setCurrentWidget(main_window.consultations)
    main_window.consultations.apply_filter()
    model = main_window.consultations.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 1).data() == "旧名商店"

    dialog = main_window.open_firm(firm_id)
    activate(qtbot, dialog)
    dialog.form.name.setFocus()
    dialog.form.name.selectAll()
    type_text(qtbot, dialog.form.name, "新名商店")
    qtbot.keyClick(dialog.form.name, Qt.Key.Key_S, CTRL)  # Ctrl+S saves the firm page
    assert firms.get_firm(engine, firm_id).name == "新名商店"
    assert model.index(0, 1).data() == "新名商店"
    dialog.close()


def test_a_form_closed_with_its_close_button_opens_again(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The title bar's close button ends the form as Esc does: the window lets it go, so
    opening the same record again shows a form (it used to raise the closed one, hidden)."""
    from PySide6.QtWidgets import QMessageBox

    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    cid = consult(engine, firm_id, started_at=today_at(9), channel="phone", summary="屋号の相談")
    form = main_window.open_consultation(cid)
    assert form.close()  # nothing changed: closes without asking
    assert main_window.consultation_forms == {}
    again = main_window.open_consultation(cid)
    assert again is not form and again.isVisible()
    assert again.summary.toPlainText() == "屋号の相談"

    # With something typed it asks first; Cancel keeps the form open and tracked.
    activate(qtbot, again)
    type_text(qtbot, again.summary, "（追記）")
    questions = Questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not again.close()
    assert questions.asked == ["Discard what you typed in this consultation?"]
    assert again.isVisible() and main_window.consultation_forms == {cid: again}
    questions.reply = QMessageBox.StandardButton.Discard
    assert again.close()
    assert main_window.consultation_forms == {}
    assert consultations.get_consultation(engine, cid).data.summary == "屋号の相談"

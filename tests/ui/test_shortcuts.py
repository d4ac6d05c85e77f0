"""The main window's keyboard shortcuts, pressed as keys on a loaded window.

With them, the two keys of what the window opens and shows: Ctrl+M in a consultation
form (an IP milestone) and Ctrl+D on the follow-ups view (mark done). Each test
presses the real key sequence on the active window and looks at what it opened.
Ctrl+K, Ctrl+E and Ctrl+B open modal dialogs (``exec``): a timer looks at the dialog
while its event loop runs and always closes it, so a failing check cannot leave the
run waiting on a dialog nobody answers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.core import consultation_queries as cq
from desktop.core import firms, ip_assets
from desktop.core.calendar import add_months
from desktop.ui.main_window import FIRMS, FOLLOWUPS
from tests.ui.followups import states
from tests.ui.test_era_display import consult
from tests.ui.typing import activate, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ANIMATED_CLICK_MS = 400  # a button's shortcut clicks it after Qt's 100 ms press animation


def press_for_modal(
    qtbot,  # type: ignore[no-untyped-def]
    window: QWidget,
    key: Qt.Key,
    look: Callable[[QDialog], None],
) -> QDialog:
    """Press Ctrl+``key`` on ``window``; ``look`` at the modal dialog it opens, then close it.

    Returns the dialog. Fails when no modal dialog came up, and re-raises whatever
    ``look`` raised, once the dialog is closed.
    """
    seen: list[QDialog | None] = []
    errors: list[BaseException] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)  # type: ignore[arg-type]
        if dialog is None:
            return
        try:
            look(dialog)  # type: ignore[arg-type]
        except BaseException as exc:  # re-raised below, after the dialog is closed
            errors.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, inspect)
    qtbot.keyClick(window, key, CTRL)  # returns when the dialog's event loop ends
    qtbot.waitUntil(lambda: bool(seen))  # the key opened nothing: the timer fires now
    if errors:
        raise errors[0]
    [dialog] = seen
    assert dialog is not None, "the shortcut opened no modal dialog"
    assert not dialog.isVisible()
    return dialog


def with_followup(engine: sa.Engine, firm_id: uuid.UUID, due: date, action: str) -> uuid.UUID:
    return consult(  # type: ignore[return-value]
        engine,
        firm_id,
        started_at=datetime.combine(due - timedelta(days=14), time(10)),
        topics=("patent",),
        summary="金型の冷却構造について特許出願の相談",
        followup_on=due,
        followup_action=action,
    )


def test_ctrl_k_opens_the_search_and_enter_opens_the_consultation_found(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.consultation_form import ConsultationForm
    from desktop.ui.hanging_delegate import HangingIndentDelegate
    from desktop.ui.search_dialog import SearchDialog

    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15")
    )
    firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    cid = with_followup(engine, firm_id, date.today() + timedelta(days=7), "出願書類の確認")
    assert main_window.is_loaded

    def search(dialog: QDialog) -> None:
        assert isinstance(dialog, SearchDialog)
        assert dialog.parent() is main_window and dialog.windowTitle() == "Search"
        qtbot.waitUntil(dialog.edit.hasFocus)  # typing goes straight into the box
        type_text(qtbot, dialog.edit, "冷却構造")  # only in the consultation's summary
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        head, around = dialog.results.item(0).text().split("\n")
        assert head.startswith("[Consultation] ") and head.endswith(" 株式会社燕精工")
        assert "冷却構造" in around  # the text around the word found, under it
        # Drawn whole, wrapped under what was found (desktop.ui.hanging_delegate).
        assert isinstance(dialog.results.itemDelegate(), HangingIndentDelegate)
        assert dialog.results.horizontalScrollBar().maximum() == 0
        assert dialog.hint.text() == "0 firms, 1 consultation — Enter opens"
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted

    press_for_modal(qtbot, main_window, Qt.Key.Key_K, search)
    form = main_window.consultation_forms[cid]
    assert isinstance(form, ConsultationForm) and form.isVisible()
    assert form.consultation_id == cid and form.firm.firm_id == firm_id
    assert form.summary.toPlainText() == "金型の冷却構造について特許出願の相談"
    form.close()


def test_ctrl_k_and_enter_on_a_firm_opens_its_page(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine: sa.Engine = main_window.engine
    wanted = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    firms.create_firm(engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15"))

    def search(dialog: QDialog) -> None:
        type_text(qtbot, dialog.edit, "商標")  # two characters: the vocabulary path
        qtbot.waitUntil(lambda: dialog.results.count() == 1)
        assert dialog.results.item(0).text() == "[Firm] 商標堂"  # no detail: one line
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    press_for_modal(qtbot, main_window, Qt.Key.Key_K, search)
    assert list(main_window.firm_dialogs) == [wanted]
    page = main_window.firm_dialogs[wanted]
    assert page.isVisible() and page.form.name.text() == "商標堂"
    page.close()


def test_ctrl_l_opens_a_new_consultation_form_anywhere(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.consultation_form import ConsultationForm

    engine: sa.Engine = main_window.engine
    firms.create_firm(engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15"))
    main_window.register.refresh()
    main_window.register.view.selectRow(0)  # a firm selected: Ctrl+L still asks for one
    for tab in (FIRMS, FOLLOWUPS):
        main_window.tabs.setCurrentIndex(tab)
        activate(qtbot, main_window)
        qtbot.keyClick(main_window, Qt.Key.Key_L, CTRL)
        [form] = main_window.consultation_forms.values()
        assert isinstance(form, ConsultationForm)
        activate(qtbot, form)
        assert form.parent() is main_window
        assert form.consultation_id is None and form.firm.firm_id is None
        assert form.windowTitle() == "New consultation"
        assert QApplication.focusWidget() is form.started_at  # ready to type the date
        assert not form.dirty
        assert form.close()  # nothing typed: closes without asking
        assert main_window.consultation_forms == {}


def test_ctrl_m_in_the_form_records_an_ip_milestone_of_the_firm(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15")
    )
    asset_id = ip_assets.add_asset(
        engine, firm_id, ip_assets.AssetInput(kind="patent", title="金型の冷却構造")
    )
    main_window.register.refresh()

    # Ctrl+L with no firm named: no asset to attach a milestone to, so Ctrl+M adds nothing.
    activate(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_L, CTRL)
    [blank] = main_window.consultation_forms.values()
    activate(qtbot, blank)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL)
    assert blank.milestones.rowCount() == 0
    assert not blank.milestone_box.isEnabled()
    assert blank.add_milestone_button.toolTip() == "The firm has no IP assets on record yet."
    assert blank.close()

    # Enter on the firm, Ctrl+N on its page, Ctrl+M in the form: a row for its patent.
    activate(qtbot, main_window)
    main_window.register.view.setFocus()
    main_window.register.view.selectRow(0)
    qtbot.keyClick(main_window.register.view, Qt.Key.Key_Return)
    page = main_window.firm_dialogs[firm_id]
    activate(qtbot, page)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    [form] = main_window.consultation_forms.values()
    activate(qtbot, form)
    assert form.firm.firm_id == firm_id and form.milestone_box.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, CTRL)
    assert form.milestones.rowCount() == 1
    asset_box = form.milestones.cellWidget(0, 0)
    status_box = form.milestones.cellWidget(0, 1)
    assert asset_box.currentData() == asset_id
    assert asset_box.currentText() == "Patent: 金型の冷却構造"
    assert status_box.currentData() == "filed"
    assert form.dirty

    form.topic_boxes["patent"].setChecked(True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, CTRL)
    assert not form.isVisible()
    [row] = cq.fetch_page(engine, cq.ConsultationQuery())
    history = [(m.status, m.consultation_id) for m in ip_assets.milestones(engine, asset_id)]
    assert history == [("idea", None), ("filed", row.id)]  # registered, then filed here
    assert ip_assets.milestones(engine, asset_id)[-1].happened_on == date.today()
    page.close()


def test_ctrl_d_marks_the_selected_follow_up_done_only_on_the_follow_ups_view(  # type: ignore[no-untyped-def]
    qtbot, main_window
) -> None:
    engine: sa.Engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15")
    )
    overdue = with_followup(engine, firm_id, date.today() - timedelta(days=2), "出願書類の確認")
    later = with_followup(engine, firm_id, date.today() + timedelta(days=5), "見積の連絡")
    view = main_window.followups

    # Ctrl+D clicks the view's "Mark done" button, which Qt animates for a moment first:
    # what it does is seen a little later, and what it does not do, after that moment.
    # On another view the key does nothing: the button it belongs to is not shown.
    main_window.tabs.setCurrentIndex(FIRMS)
    activate(qtbot, main_window)
    with qtbot.assertNotEmitted(view.done_button.clicked, wait=ANIMATED_CLICK_MS):
        qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    assert states(engine) == {overdue: (None, ""), later: (None, "")}

    qtbot.keyClick(main_window, Qt.Key.Key_4, CTRL)
    assert main_window.tabs.currentWidget() is view
    assert [view.table.item(r, 3).text() for r in range(2)] == ["出願書類の確認", "見積の連絡"]
    assert view.table.item(0, 1).text() == "Overdue"
    assert view.summary.text() == "1 overdue, 0 due today"
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)

    assert view.table.item(0, 3).text() == "見積の連絡"
    assert view.summary.text() == "0 overdue, 0 due today"
    done_at, done_by = states(engine)[overdue]
    assert done_at is not None and done_by == "佐藤 花子"
    assert states(engine)[later] == (None, "")
    # Ctrl+D again marks the next one.
    view.table.selectRow(0)
    qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: view.table.rowCount() == 0)
    assert states(engine)[later][0] is not None
    # On a row already done (shown with "Include completed") it changes nothing.
    view.show_done.setChecked(True)
    assert view.table.rowCount() == 2
    before = states(engine)
    view.table.selectRow(0)
    with qtbot.waitSignal(view.done_button.clicked):  # the button is clicked, after its slot
        qtbot.keyClick(main_window, Qt.Key.Key_D, CTRL)
    assert states(engine) == before


def test_ctrl_e_opens_the_export_for_the_whole_counter(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.export_dialog import FIRM_PDF, FY_XLSX, MONTHLY_PDF, MONTHLY_XLSX, ExportDialog

    last_month = add_months(date.today().replace(day=1), -1).strftime("%Y-%m")

    def export(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.parent() is main_window and dialog.windowTitle() == "Export"
        assert dialog.firm_id is None and FIRM_PDF not in dialog.kinds
        assert list(dialog.kinds) == [MONTHLY_XLSX, FY_XLSX, MONTHLY_PDF]
        assert dialog.kinds[MONTHLY_XLSX].isChecked()
        assert dialog.kinds[MONTHLY_XLSX].text() == "Monthly workbook for headquarters (Excel)"
        assert dialog.month.currentData() == last_month  # the month a counter closes
        assert dialog.language.currentData() == "en"
        assert not dialog.draft.isChecked()  # exporting records the month as sent
        assert dialog.export_button.isEnabled() and dialog.task is None

    press_for_modal(qtbot, main_window, Qt.Key.Key_E, export)


def test_ctrl_b_opens_the_playbook_library(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.playbook_library import PlaybookLibraryDialog

    library = main_window.library
    titles = [p.title.get("en") for p in library.playbooks]

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, PlaybookLibraryDialog)
        assert dialog.parent() is main_window and dialog.windowTitle() == "Playbook library"
        assert dialog.language.currentData() == "en"
        assert [dialog.list.item(n).text() for n in range(dialog.list.count())] == titles
        assert dialog.list.currentRow() == 0
        assert titles[0] in dialog.text.toPlainText()  # the first playbook, shown
        assert dialog.problems.isHidden()  # no broken local playbook

    assert len(titles) >= 16
    press_for_modal(qtbot, main_window, Qt.Key.Key_B, read)


def test_every_key_of_the_window_names_one_action(main_window) -> None:  # type: ignore[no-untyped-def]
    """No key is taken twice: Qt would then do neither and only report it as ambiguous."""
    from PySide6.QtGui import QAction

    keys: dict[str, list[str]] = {}
    for action in main_window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys.setdefault(sequence.toString(), []).append(action.text())
    keys.setdefault("Ctrl+D", []).append(main_window.followups.done_button.text())
    twice = {key: names for key, names in keys.items() if key and len(names) > 1}
    assert twice == {}
    for key in ("Ctrl+N", "Ctrl+L", "Ctrl+K", "Ctrl+E", "Ctrl+B", "Ctrl+F", "Ctrl+Q", "Ctrl+D"):
        assert key in keys, key


def test_standard_keys_keep_every_binding_of_the_platform(main_window) -> None:  # type: ignore[no-untyped-def]
    """Find is Ctrl+F and the Find key, Delete is also Ctrl+D on some desktops: an action
    given a standard key answers to all of them, not only the first."""
    std = QKeySequence.StandardKey
    for action, key in (
        (main_window.find_action, std.Find),
        (main_window.new_firm_action, std.New),
    ):
        assert action.shortcuts() == QKeySequence.keyBindings(key)
    assert len(QKeySequence.keyBindings(std.Find)) > 1  # so the check above means something

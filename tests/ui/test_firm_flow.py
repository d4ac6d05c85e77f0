"""From first run to a firm in the list, driven through the real widgets."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlmodel import Session, select

from db.models import Firm
from desktop.core import consultants, firms, settings
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialogs import FirstRunDialog
from tests.ui.boxes import Questions
from tests.ui.typing import activate, type_text


def live_firms(engine: sa.Engine) -> list[Firm]:
    with Session(engine) as s:
        return list(s.exec(select(Firm).where(Firm.deleted_at.is_(None))))  # type: ignore[union-attr]


def test_first_run_then_create_a_firm_then_reject_a_bad_number(
    qtbot, engine: sa.Engine, qsettings: QSettings
) -> None:
    # First run: the dialog refuses to continue until the required fields are there.
    first = FirstRunDialog(engine, "en")
    qtbot.addWidget(first)
    first.show()
    ok = first.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert first.isVisible()
    assert first.form.rows["counter_name"].message.text()
    assert not settings.is_set_up(engine)
    type_text(qtbot, first.form.counter_name, "新潟県知財総合支援窓口")
    first.form.prefecture.setCurrentIndex(first.form.prefecture.findData("15"))
    type_text(qtbot, first.form.consultant, "佐藤 花子")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not first.isVisible()
    assert settings.is_set_up(engine)
    assert consultants.current_consultant(engine).name == "佐藤 花子"

    window = MainWindow(engine, "en", qsettings)
    qtbot.addWidget(window)
    window.show()
    window.register.apply_filter()
    activate(qtbot, window)
    assert window.register.model.rowCount() == 0

    # New firm with Ctrl+N, typed in, saved with Ctrl+S.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(iter(window.firm_dialogs.values()))
    activate(qtbot, dialog)
    form = dialog.form
    assert form.prefecture.currentData() == "15"  # the counter's prefecture by default
    type_text(qtbot, form.name, "株式会社燕精工")
    type_text(qtbot, form.name_kana, "ツバメセイコウ")
    type_text(qtbot, form.corporate_number, "7000012050002")
    type_text(qtbot, form.city, "燕市")
    type_text(qtbot, form.employees, "45")
    type_text(qtbot, form.capital, "3000万")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.firm_id is not None
    assert not dialog.dirty
    saved = live_firms(engine)
    assert [(f.name, f.capital_yen, f.created_at is not None) for f in saved] == [
        ("株式会社燕精工", 30_000_000, True)
    ]
    assert window.register.model.rowCount() == 1
    assert window.register.model.index(0, 0).data() == "株式会社燕精工"

    # A second firm with a wrong check digit: message at the field, nothing saved.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    second = next(d for d in window.firm_dialogs.values() if d is not dialog)
    activate(qtbot, second)
    type_text(qtbot, second.form.name, "合同会社三条金属")
    type_text(qtbot, second.form.corporate_number, "7000012050003")
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = second.form.rows["corporate_number"]
    assert "check digit" in row.message.text()
    assert not row.message.isHidden()
    assert second.firm_id is None
    assert len(live_firms(engine)) == 1
    assert window.register.model.rowCount() == 1

    # Correcting the field clears the message and saves.
    second.form.corporate_number.clear()
    qtbot.keyClick(second, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert row.message.isHidden()
    assert len(live_firms(engine)) == 2
    assert window.register.model.rowCount() == 2


def test_search_as_you_type_and_enter_opens_the_first_match(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    for name, kana in [("特許商事株式会社", "トッキョショウジ"), ("商標堂", "ショウヒョウドウ")]:
        firms.create_firm(engine, firms.FirmInput(name=name, name_kana=kana, prefecture_code="15"))
    main_window.register.refresh()
    assert main_window.register.model.rowCount() == 2
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.register.search.hasFocus()
    type_text(qtbot, main_window.register.search, "商標")
    qtbot.waitUntil(lambda: main_window.register.model.rowCount() == 1)
    qtbot.keyClick(main_window.register.search, Qt.Key.Key_Return)
    dialogs = list(main_window.firm_dialogs.values())
    assert len(dialogs) == 1 and dialogs[0].form.name.text() == "商標堂"


def test_delete_and_restore_from_the_trash(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="旭精工", prefecture_code="15"))
    main_window.register.refresh()
    main_window.register.view.selectRow(0)
    Questions(monkeypatch)
    main_window.delete_current()
    assert main_window.register.model.rowCount() == 0
    main_window.register.trash.setChecked(True)
    assert main_window.register.model.rowCount() == 1
    main_window.register.view.selectRow(0)
    main_window.restore_current()
    main_window.register.trash.setChecked(False)
    assert main_window.register.model.firm_id(0) == firm_id


def test_window_geometry_is_remembered(qtbot, set_up_engine, qsettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(set_up_engine, "en", qsettings)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    window.close()
    again = MainWindow(set_up_engine, "en", qsettings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_asset_added_on_the_firm_page(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.core import ip_assets
    from desktop.ui.asset_dialogs import AssetDialog

    engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    dialog = main_window.open_firm(firm_id)
    assert dialog.assets.add_button.isEnabled()
    asset_dialog = AssetDialog(engine, "en", firm_id)
    qtbot.addWidget(asset_dialog)
    asset_dialog.kind.setCurrentIndex(asset_dialog.kind.findData("patent"))
    type_text(qtbot, asset_dialog.title, "金型の冷却構造")
    asset_dialog.status.setCurrentIndex(asset_dialog.status.findData("filed"))
    type_text(qtbot, asset_dialog.filed_on, "2026/10/1")
    asset_dialog.save()
    assert asset_dialog.result() == 1
    dialog.assets.reload()
    assert dialog.assets.table.rowCount() == 1
    [asset] = ip_assets.list_assets(engine, firm_id)
    assert asset.status == "filed"
    assert [m.status for m in ip_assets.milestones(engine, asset.id)] == ["filed"]


def test_ctrl_1_to_4_open_the_views_their_menu_items_name(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    views = [
        main_window.dashboard,
        main_window.register,
        main_window.consultations,
        main_window.followups,
    ]
    for n, view in enumerate(views, start=1):
        qtbot.keyClick(
            main_window, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier
        )
        assert main_window.tabs.currentWidget() is view
        assert main_window.view_actions[n - 1].shortcut().toString() == f"Ctrl+{n}"
        label = main_window.view_actions[n - 1].text().replace("&", "")
        assert label == main_window.tabs.tabText(main_window.tabs.indexOf(view)).replace("&", "")

"""A Corporate Number another firm holds is flagged as the user leaves the field.

The message is the one saving gives, names the other firm, and goes as soon as the
value changes; the firm being edited never conflicts with its own number, also once a
new firm has just been saved.
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from desktop.ui.firm_dialog import FirmDialog
from tests.firms import make_firm
from tests.ui.boxes import Questions
from tests.ui.firm_fields import leave, shown
from tests.ui.typing import activate, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
TOYO = "7000012050002"
SANJO = "5100001000001"
FREE = "9234567890123"
NUMBER = "corporate_number"  # the field whose message these tests read


def open_dialog(qtbot, engine: sa.Engine, firm_id: uuid.UUID | None = None) -> FirmDialog:  # type: ignore[no-untyped-def]
    dialog = FirmDialog(engine, "en", firm_id=firm_id, default_prefecture="15")
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """What was typed is thrown away when the dialogs close at the end."""
    Questions(monkeypatch, QMessageBox.StandardButton.Discard)


def retype(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, text)


def test_another_firms_number_is_flagged_when_the_field_is_left(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine: sa.Engine
) -> None:
    make_firm(set_up_engine, "株式会社東洋精工", TOYO)
    dialog = open_dialog(qtbot, set_up_engine)
    field = dialog.form.corporate_number
    type_text(qtbot, field, TOYO)
    assert shown(dialog.form, NUMBER) == ""  # not while typing
    leave(qtbot, field)
    message = shown(dialog.form, NUMBER)
    assert message == "Another firm already has this Corporate Number: 株式会社東洋精工."
    assert field.accessibleDescription() == message

    # Saving refuses with the very same message.
    type_text(qtbot, dialog.form.name, "合同会社三条金属")
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.firm_id is None
    assert shown(dialog.form, NUMBER) == message

    # The first keystroke that changes the value takes the message away.
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert shown(dialog.form, NUMBER) == ""
    assert field.styleSheet() == ""
    # A number wrong on its own gets its own message, not the other firm's.
    type_text(qtbot, field, "3")
    leave(qtbot, field)
    assert "check digit" in shown(dialog.form, NUMBER)
    # A free number is fine.
    retype(qtbot, field, FREE)
    leave(qtbot, field)
    assert shown(dialog.form, NUMBER) == ""


def test_editing_a_firm_flags_another_firms_number_but_not_its_own(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine: sa.Engine
) -> None:
    own = make_firm(set_up_engine, "株式会社東洋精工", TOYO)
    make_firm(set_up_engine, "合同会社三条金属", SANJO)
    dialog = open_dialog(qtbot, set_up_engine, own)
    field = dialog.form.corporate_number
    assert field.text() == TOYO

    retype(qtbot, field, SANJO)
    leave(qtbot, field)
    assert shown(dialog.form, NUMBER) == (
        "Another firm already has this Corporate Number: 合同会社三条金属."
    )

    retype(qtbot, field, TOYO)
    assert shown(dialog.form, NUMBER) == ""
    leave(qtbot, field)
    assert shown(dialog.form, NUMBER) == ""


def test_a_new_firm_once_saved_keeps_its_number_without_conflict(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine: sa.Engine
) -> None:
    make_firm(set_up_engine, "株式会社東洋精工", TOYO)
    dialog = open_dialog(qtbot, set_up_engine)
    form = dialog.form
    type_text(qtbot, form.name, "合同会社三条金属")
    type_text(qtbot, form.corporate_number, TOYO)
    leave(qtbot, form.corporate_number)
    assert "株式会社東洋精工" in shown(form, NUMBER)

    retype(qtbot, form.corporate_number, SANJO)
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    assert dialog.firm_id is not None

    # The number it was just saved with is its own, not another firm's.
    retype(qtbot, form.corporate_number, SANJO)
    leave(qtbot, form.corporate_number)
    assert shown(form, NUMBER) == ""
    retype(qtbot, form.corporate_number, TOYO)
    leave(qtbot, form.corporate_number)
    assert "株式会社東洋精工" in shown(form, NUMBER)

"""The firm form checks a field when the user leaves it, and its title is translatable.

A wrong value is flagged as the user leaves the field, with the message saving would
give (the same core validation gives both); the message goes as soon as the value
changes. Saving still checks every field.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.ui.firm_dialog import FirmDialog
from desktop.ui.firm_form import FirmForm
from scripts.build_translations import lrelease
from tests.ui.boxes import Questions
from tests.ui.firm_fields import leave, shown
from tests.ui.typing import activate, type_text

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier

# field, a wrong value, a word of its message, a right value
WRONG = [
    ("corporate_number", "7000012050003", "check digit", "7000012050002"),
    ("postal_code", "9591234", "123-4567", "959-1234"),
    ("phone", "1234", "phone number", "0256-12-3456"),
    ("email", "info.example.jp", "e-mail", "info@example.jp"),
    ("founded_year", "2999", "future", "1968"),
]


@pytest.fixture
def new_firm(qtbot, main_window, monkeypatch: pytest.MonkeyPatch) -> FirmDialog:  # type: ignore[no-untyped-def]
    """The new-firm dialog as Ctrl+N opens it; what was typed is discarded at the end."""
    Questions(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(main_window, Qt.Key.Key_N, CTRL)
    dialog = next(iter(main_window.firm_dialogs.values()))
    activate(qtbot, dialog)
    return dialog


def editor(form: FirmForm, key: str) -> QLineEdit:
    widget = form.rows[key].editor
    assert isinstance(widget, QLineEdit)
    return widget


@pytest.mark.parametrize(("key", "wrong", "word", "right"), WRONG, ids=[w[0] for w in WRONG])
def test_a_wrong_value_is_flagged_when_the_field_is_left(  # type: ignore[no-untyped-def]
    qtbot, new_firm: FirmDialog, key: str, wrong: str, word: str, right: str
) -> None:
    form = new_firm.form
    field = editor(form, key)
    type_text(qtbot, field, wrong)
    assert shown(form, key) == ""  # not while typing
    leave(qtbot, field)
    message = shown(form, key)
    assert word in message
    assert form.rows[key].editor.accessibleDescription() == message

    # Saving gives the very same message, and still finds the empty name too.
    qtbot.keyClick(new_firm, Qt.Key.Key_S, CTRL)
    assert new_firm.firm_id is None
    assert shown(form, key) == message
    assert shown(form, "name") != ""

    # The message goes with the first keystroke that changes the value...
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert shown(form, key) == ""
    assert field.styleSheet() == ""
    # ...comes back if what is left is still wrong...
    leave(qtbot, field)
    assert shown(form, key) != ""
    # ...and stays away once the value is right.
    field.selectAll()
    type_text(qtbot, field, right)
    assert shown(form, key) == ""
    leave(qtbot, field)
    assert shown(form, key) == ""


def test_numbers_are_read_as_saving_reads_them(qtbot, new_firm: FirmDialog) -> None:  # type: ignore[no-untyped-def]
    form = new_firm.form
    type_text(qtbot, form.capital, "three million")
    leave(qtbot, form.capital)
    message = shown(form, "capital_yen")
    assert message
    qtbot.keyClick(new_firm, Qt.Key.Key_S, CTRL)
    assert shown(form, "capital_yen") == message
    form.capital.clear()  # cleared by the program, not typed: the message goes too
    assert shown(form, "capital_yen") == ""


def test_a_field_passed_over_is_left_to_saving(qtbot, new_firm: FirmDialog) -> None:  # type: ignore[no-untyped-def]
    form = new_firm.form
    assert QApplication.focusWidget() is form.name
    leave(qtbot, form.name)  # the required name, empty, merely passed over
    assert shown(form, "name") == ""
    qtbot.keyClick(new_firm, Qt.Key.Key_S, CTRL)
    assert shown(form, "name") != ""
    assert QApplication.focusWidget() is form.name
    type_text(qtbot, form.name, "Tsubame Seiko")
    assert shown(form, "name") == ""


def test_choosing_a_prefecture_clears_its_message(qtbot, new_firm: FirmDialog) -> None:  # type: ignore[no-untyped-def]
    form = new_firm.form
    type_text(qtbot, form.name, "Tsubame Seiko")
    form.prefecture.setCurrentIndex(0)  # "(choose)"
    qtbot.keyClick(new_firm, Qt.Key.Key_S, CTRL)
    assert shown(form, "prefecture_code") != ""
    form.prefecture.setCurrentIndex(form.prefecture.findData("15"))
    assert shown(form, "prefecture_code") == ""


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return found or "pyside6-lupdate"


def test_the_whole_title_is_translatable(qtbot, tmp_path: Path, set_up_engine) -> None:  # type: ignore[no-untyped-def]
    """lupdate cannot see tr() inside an f-string: the title must be one pattern it finds.

    The dialog's strings as lupdate collects them are "translated" to «source» and the
    title must come out of the catalogue whole.
    """
    ts, qm = tmp_path / "firm_dialog.ts", tmp_path / "firm_dialog.qm"
    subprocess.run(
        [_lupdate(), str(ROOT / "desktop" / "ui" / "firm_dialog.py"), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        translation.text = f"«{message.findtext('source')}»"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        dialog = FirmDialog(set_up_engine, "en", default_prefecture="15")
        qtbot.addWidget(dialog)
        title = dialog.windowTitle()
    finally:
        app.removeTranslator(translator)
    assert title == "««New firm» — Firm»"

"""The export dialog's traps: a folder that is not there, keys that go nowhere, a Cancel
button after the work is done.

Each test drives the dialog as a user would (typing, Alt keys, a real export to a real
folder) on a migrated database in ``tmp_path``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from desktop.ui.export_dialog import FY_XLSX, ExportDialog
from tests.ui.typing import activate

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own; Qt and pathlib both read HOME on POSIX."""
    folder = tmp_path / "user"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))  # no user-dirs.dirs
    return folder


def dialog_for(qtbot, engine: sa.Engine, qsettings: QSettings) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(engine, "en", qsettings)
    qtbot.addWidget(dialog)
    return dialog


def shown_buttons(dialog: ExportDialog) -> list[str]:
    return [b.text() for b in dialog.buttons.buttons() if not b.isHidden()]


def test_without_a_documents_folder_the_default_is_home(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine, qsettings, home: Path
) -> None:
    dialog = dialog_for(qtbot, set_up_engine, qsettings)
    assert dialog.folder.text() == str(home)
    assert dialog.export_button.isEnabled() and dialog.folder_note.isHidden()


def test_documents_is_the_default_when_it_exists_and_a_vanished_folder_is_not(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine, qsettings, home: Path
) -> None:
    (home / "Documents").mkdir()
    qsettings.setValue("export/folder", str(home / "usb-stick"))  # used last, gone now
    dialog = dialog_for(qtbot, set_up_engine, qsettings)
    assert dialog.folder.text() == str(home / "Documents")
    assert dialog.export_button.isEnabled()


def test_a_missing_folder_is_flagged_as_it_is_typed_and_export_waits(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine, qsettings, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, set_up_engine, qsettings)
    activate(qtbot, dialog)
    dialog.folder.setFocus()
    dialog.folder.selectAll()
    qtbot.keyClicks(dialog.folder, str(tmp_path / "nowhere"))
    # At once, before Export is pressed: Export is greyed, and why is said under the field.
    assert not dialog.export_button.isEnabled()
    assert not dialog.folder_note.isHidden()
    assert "does not exist" in dialog.folder_note.text()
    assert "nowhere" in dialog.folder_note.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not export either
    assert dialog.task is None and dialog.isVisible()

    dialog.folder.clear()  # an empty field is no folder (Path("") would be the cwd)
    assert not dialog.export_button.isEnabled() and dialog.folder_note.text()

    (tmp_path / "nowhere").mkdir()  # made in a file manager meanwhile
    dialog.folder.setText(str(tmp_path / "nowhere"))
    assert dialog.export_button.isEnabled() and dialog.folder_note.isHidden()


def test_the_folder_labels_key_goes_to_the_folder_field(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine, qsettings
) -> None:
    dialog = dialog_for(qtbot, set_up_engine, qsettings)
    activate(qtbot, dialog)
    dialog.month.setFocus()
    label = dialog.form.labelForField(dialog.folder.parentWidget())
    assert isinstance(label, QLabel)
    key = QKeySequence.mnemonic(label.text())
    assert not key.isEmpty()
    qtbot.keyClick(dialog, key[0].key(), ALT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.folder, timeout=1000)


def test_no_two_labels_or_buttons_share_an_alt_key(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine, qsettings
) -> None:
    """Open folder, shown after an export, counts too: a shared key does neither."""
    dialog = dialog_for(qtbot, set_up_engine, qsettings)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    keys = {t: QKeySequence.mnemonic(t).toString() for t in texts if "&" in t.replace("&&", "")}
    assert keys and len(set(keys.values())) == len(keys), sorted(keys.items(), key=lambda kv: kv[1])
    assert "&" in dialog.open_button.text() and "&" in dialog.folder_label.text()


def test_after_an_export_the_dialog_offers_close_not_cancel(  # type: ignore[no-untyped-def]
    qtbot, set_up_engine, qsettings, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, set_up_engine, qsettings)
    assert "Cancel" in shown_buttons(dialog) and "Close" not in shown_buttons(dialog)
    dialog.kinds[FY_XLSX].setChecked(True)
    dialog.folder.setText(str(tmp_path))
    activate(qtbot, dialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    assert dialog.result_path.exists()

    shown = shown_buttons(dialog)
    assert "Cancel" not in shown and "Close" in shown
    assert dialog.close_button.text() == "Close" and dialog.close_button.isDefault()
    assert not dialog.export_button.isDefault()  # Enter would export (send) it again
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

"""The export dialog runs the export on a worker, shows progress and remembers the folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings

from desktop.core import demo, firms
from desktop.ui.export_dialog import FIRM_PDF, FY_XLSX, ExportDialog


def test_monthly_workbook_from_the_dialog(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    demo.generate(engine, size=demo.DemoSize(firms=20, consultations=200))
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    out = tmp_path / "out"
    out.mkdir()
    dialog = ExportDialog(engine, "en", qsettings, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(out))
    month = dialog.month.currentData()
    with qtbot.waitSignal(dialog.progress.valueChanged, timeout=20000):
        dialog.start()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    assert dialog.result_path.exists() and not dialog.open_button.isHidden()
    wb = load_workbook(dialog.result_path, read_only=True)
    assert "meta" in wb.sheetnames
    assert qsettings.value("export/folder") == str(out)
    # The next dialog starts in the same folder and warns that the month was sent.
    again = ExportDialog(engine, "en", qsettings, parent=main_window)
    qtbot.addWidget(again)
    assert again.folder.text() == str(out)
    again.month.setCurrentIndex(again.month.findData(month))
    assert again.sent_note.text() and "revision 2" in again.sent_note.text()

    again.kinds[FY_XLSX].setChecked(True)
    assert not again.form.isRowVisible(again.month)  # type: ignore[arg-type]
    assert again.form.isRowVisible(again.fy)


def test_firm_pdf_and_a_missing_folder(qtbot, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15")
    )
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(engine, "ja", qsettings, firm_id=firm_id, firm_name="株式会社燕精工")
    qtbot.addWidget(dialog)
    assert dialog.kind() == FIRM_PDF
    dialog.folder.setText(str(tmp_path / "nowhere"))
    dialog.start()
    assert dialog.task is None and "nowhere" in dialog.status.text()
    dialog.folder.setText(str(tmp_path))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    assert dialog.result_path.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_confidential_notes_box_says_all_it_says(
    qtbot, main_window, qapp, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """The box fits its words; ticked, a line of its own warns that the file stays inside."""
    from desktop.ui.i18n import install_translators

    firm_id = firms.create_firm(
        main_window.engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15")
    )
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    installed = install_translators(qapp, lang) if lang == "ja" else []
    try:
        dialog = ExportDialog(
            main_window.engine, lang, qsettings, firm_id=firm_id, firm_name="株式会社燕精工"
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.internal.width() >= dialog.internal.sizeHint().width()
    assert not dialog.form.isRowVisible(dialog.internal_note)  # type: ignore[arg-type]
    dialog.internal.setChecked(True)
    assert dialog.form.isRowVisible(dialog.internal_note)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: dialog.internal_note.isVisible())
    note = dialog.internal_note
    assert note.text() and note.width() >= note.sizeHint().width()
    assert note.height() >= note.sizeHint().height()
    dialog.internal.setChecked(False)
    assert not dialog.form.isRowVisible(dialog.internal_note)  # type: ignore[arg-type]

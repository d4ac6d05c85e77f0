"""The import dialog driven as a consultant would: file, mapping, check, problems, import."""

from __future__ import annotations

import csv
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import Session, select

from db.models import Firm
from desktop.core import backups
from desktop.ui.import_dialog import ImportDialog
from tests.unit.test_import import row, write_csv


def live(engine: sa.Engine) -> list[Firm]:
    with Session(engine) as s:
        return list(s.exec(select(Firm)))


def make_dialog(qtbot, engine: sa.Engine) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(engine, default_prefecture="15")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_idle(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


def test_bad_rows_are_listed_nothing_is_written_and_the_report_is_saved(
    qtbot, set_up_engine: sa.Engine, tmp_path: Path
) -> None:
    rows = [row(i) for i in range(1, 51)]
    rows[2][3] = "123"
    rows[10][4] = "火星"
    rows[30][9] = "many"
    dialog = make_dialog(qtbot, set_up_engine)
    dialog.load_file(write_csv(tmp_path / "list.csv", rows, "cp932"))
    wait_idle(qtbot, dialog)

    assert "50 rows below the header in row 3 (cp932)" in dialog.file_info.text()
    assert [c.currentData() for c in dialog.combos[:4]] == [
        None,
        "name",
        "name_kana",
        "corporate_number",
    ]
    assert dialog.combos[1].currentText() == "Name"
    assert dialog.preview.verticalHeaderItem(1).text() == "4"  # the spreadsheet's row
    assert dialog.preview.item(1, 1).text() == "株式会社テスト001"
    assert not dialog.import_button.isEnabled()

    dialog.run_check()
    wait_idle(qtbot, dialog)
    shown = [
        tuple(dialog.issues.item(r, c).text() for c in range(3))
        for r in range(dialog.issues.rowCount())
    ]
    assert shown == [
        ("6", "法人番号", "Error: A Corporate Number has exactly 13 digits."),
        ("14", "都道府県", "Error: Unknown prefecture."),
        ("34", "従業員数", "Error: Enter a whole number."),
    ]
    assert "Nothing was imported: 3 row(s) have errors" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.report_button.isEnabled()
    assert live(set_up_engine) == []

    report = dialog.save_report(tmp_path / "errors.csv")
    assert report is not None
    with report.open(encoding="utf-8-sig", newline="") as fh:
        assert [line[0] for line in csv.reader(fh)] == ["Row", "6", "14", "34"]


def test_a_good_file_is_imported_after_a_mapping_change(
    qtbot, set_up_engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, set_up_engine)
    dialog.load_file(write_csv(tmp_path / "list.csv", [row(i) for i in range(1, 21)]))
    wait_idle(qtbot, dialog)
    dialog.run_check()
    wait_idle(qtbot, dialog)
    assert dialog.import_button.isEnabled()

    dialog.set_mapping(0, "notes")  # the "No." column goes to the notes …
    assert dialog.combos[12].currentData() is None  # … and 備考 gives the field up
    assert dialog.check is None and not dialog.import_button.isEnabled()  # check again
    dialog.run_check()
    wait_idle(qtbot, dialog)
    assert dialog.issues.rowCount() == 0
    assert "20 ready to import" in dialog.summary.text()

    with qtbot.waitSignal(dialog.imported, timeout=15000) as signal:
        dialog.run_import()
    wait_idle(qtbot, dialog)
    assert signal.args == [20]
    firms = live(set_up_engine)
    assert len(firms) == 20 and {f.notes for f in firms} == {str(i) for i in range(1, 21)}
    assert "Imported 20 firms." in dialog.summary.text()
    assert "backed up first" in dialog.summary.text()
    assert [b.kind for b in backups.list_backups(db_path)] == [backups.PRE_IMPORT]
    assert not dialog.import_button.isEnabled()  # once is enough


def test_stop_during_the_check_and_close_while_busy(
    qtbot, set_up_engine: sa.Engine, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, set_up_engine)
    dialog.load_file(write_csv(tmp_path / "big.csv", [row(i) for i in range(1, 3001)]))
    wait_idle(qtbot, dialog)
    dialog.run_check()
    assert dialog.stop_button.isVisible() and not dialog.check_button.isEnabled()
    dialog.cancel_work()
    wait_idle(qtbot, dialog)
    assert dialog.error.text() == "Import cancelled; nothing was saved."
    assert dialog.check is None

    dialog.run_check()
    dialog.reject()  # closing while busy stops the work, then closes
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert live(set_up_engine) == []


def test_a_file_that_cannot_be_read_is_explained_in_the_dialog(
    qtbot, set_up_engine: sa.Engine, tmp_path: Path
) -> None:
    bad = tmp_path / "list.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog = make_dialog(qtbot, set_up_engine)
    dialog.load_file(bad)
    wait_idle(qtbot, dialog)
    assert dialog.error.text().startswith("This is not an Excel workbook (.xlsx) it can read")
    assert not dialog.check_button.isEnabled()


def test_the_file_menu_offers_import_and_backups(main_window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in main_window.file_menu.actions()]
    assert "&Import firms…" in texts and "&Backups…" in texts

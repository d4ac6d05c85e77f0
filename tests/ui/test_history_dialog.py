"""The history of a firm opened from the list, read as a consultant reads it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableWidget

from desktop.core import firms


def test_history_from_the_firm_list_reads_in_words_not_keys(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="燕精工", prefecture_code="15", capital_yen=30_000_000)
    )
    firms.update_firm(
        engine, firm_id, firms.FirmInput(name="燕精工", prefecture_code="13"), actor="鈴木 一郎"
    )
    main_window.tabs.setCurrentWidget(main_window.register)
    main_window.register.refresh()
    main_window.register.view.selectRow(0)
    seen: list[list[list[str]]] = []
    headers_hidden: list[bool] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        try:  # closed whatever happens: a modal left open would hang the run
            table = dialog.findChild(QTableWidget, "historyTable")
            seen.append(
                [
                    [table.item(r, c).text() for c in range(table.columnCount())]
                    for r in range(table.rowCount())
                ]
            )
            headers_hidden.append(table.verticalHeader().isHidden())
        finally:
            dialog.reject()

    QTimer.singleShot(0, read_and_close)
    main_window.history_action.trigger()

    assert headers_hidden == [True]  # no row numbers to mistake for anything
    [rows] = seen
    who = rows[0][1]
    assert [row[2:] for row in rows] == [
        ["Changed", "Prefecture", "Niigata", "Tokyo"],
        ["", "Capital (yen)", "30,000,000", ""],
        ["Created", "Kind of client", "", "Company"],
        ["", "Name", "", "燕精工"],
        ["", "Prefecture", "", "Niigata"],
        ["", "Capital (yen)", "", "30,000,000"],
    ]
    assert who == "鈴木 一郎" and rows[1][:2] == ["", ""]


def test_a_firms_history_lists_fields_in_the_order_of_its_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.history import FIRM_ORDER
    from desktop.ui.firm_form import FirmForm

    form = FirmForm("en")
    qtbot.addWidget(form)
    assert list(form.rows) == list(FIRM_ORDER)


def test_a_record_without_history_says_so(qtbot, set_up_engine) -> None:  # type: ignore[no-untyped-def]
    import uuid

    from desktop.ui.history_dialog import HistoryDialog

    dialog = HistoryDialog(set_up_engine, "firm", uuid.uuid4(), lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert dialog.empty.text() == "No change to this record has been recorded yet."

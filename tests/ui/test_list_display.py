"""What the firm list and the consultation list show: units, empty results, the firm
filter's hint, and date columns wide enough for the dates they hold."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from desktop.core import firms, settings
from desktop.ui.consultation_model import COL_DATE, COL_FOLLOWUP
from desktop.ui.firm_model import COL_EMPLOYEES, COL_INDUSTRY
from tests.ui.test_era_display import consult, era_on
from tests.ui.waits import counted


def covers_the_rows(note: QLabel, view: QAbstractScrollArea) -> bool:
    """The note lies over the list's rows: all of its viewport, below the headers."""
    return note.parent() is view.viewport() and note.geometry() == view.viewport().rect()


@pytest.fixture
def register(qtbot, set_up_engine: sa.Engine):  # type: ignore[no-untyped-def]
    from desktop.ui.firm_register import FirmRegister

    engine = set_up_engine
    firms.create_firm(
        engine,
        firms.FirmInput(name="燕精工", prefecture_code="15", employees=12, capital_yen=3_000_000),
    )
    firms.create_firm(engine, firms.FirmInput(name="浪速工業", prefecture_code="27", industry="G"))
    view = FirmRegister(firms.reads(engine), "en")
    qtbot.addWidget(view)
    view.resize(1100, 400)
    view.show()
    qtbot.waitExposed(view)
    view.apply_filter()
    return view


def search(register, text: str) -> None:  # type: ignore[no-untyped-def]
    register.search.setText(text)
    register.apply_filter()  # at once, rather than when typing pauses


def note_of(widget) -> QLabel | None:  # type: ignore[no-untyped-def]
    return widget.findChild(QLabel, "emptyNote")


# --- the firm list -------------------------------------------------------------------
def test_the_employees_header_names_its_unit_and_the_numbers_stay_right(register) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.catalogue import translator

    model, header = register.model, register.view.horizontalHeader()
    english = header.model().headerData(COL_EMPLOYEES, Qt.Orientation.Horizontal)  # shown
    assert english == "Employees"  # people, as the word says
    assert translator("ja")("FirmTableModel", english) == "従業員数（人）"  # type: ignore[misc]
    register.enable_sorting()  # as the window does once loaded: the arrow is shown
    assert header.sectionSize(COL_EMPLOYEES) >= header.sectionSizeHint(COL_EMPLOYEES)  # not cut
    search(register, "燕精工")
    cell = model.index(0, COL_EMPLOYEES)
    assert cell.data() == "12"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) == int(right)


def test_a_cell_cut_at_its_width_shows_its_whole_text_on_hover(register) -> None:  # type: ignore[no-untyped-def]
    search(register, "浪速工業")
    cell = register.model.index(0, COL_INDUSTRY)
    text = cell.data()
    assert text == "G Information and communications"
    width = register.view.fontMetrics().horizontalAdvance(text)
    assert width > register.view.columnWidth(COL_INDUSTRY)  # cut where the list shows it
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == text
    assert register.model.index(0, COL_EMPLOYEES).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_search_without_hits_says_so_over_the_grid(register) -> None:  # type: ignore[no-untyped-def]
    assert note_of(register) is None  # a list with firms makes no note at all
    search(register, "xyz")
    note = note_of(register)
    assert note is not None and note.isVisible()
    assert note.text() == "No firm matches “xyz”."
    assert covers_the_rows(note, register.view)  # below the headers

    register.prefecture.setCurrentIndex(register.prefecture.findData("15"))
    assert note.text() == "No firm matches “xyz”.\nFilters on: Niigata"
    search(register, "")
    register.prefecture.setCurrentIndex(register.prefecture.findData("01"))
    assert register.model.rowCount() == 0
    assert note.text() == "No firm matches the filters.\nFilters on: Hokkaido"

    register.prefecture.setCurrentIndex(0)
    assert register.model.rowCount() == 2
    assert not note.isVisible()


def test_an_empty_trash_says_so(register) -> None:  # type: ignore[no-untyped-def]
    register.trash.setChecked(True)
    note = note_of(register)
    assert note is not None and note.isVisible()
    assert note.text() == "The trash is empty."
    search(register, "燕")
    assert note.text() == "No firm in the trash matches “燕”."


def test_an_empty_register_says_how_firms_get_into_it(qtbot, set_up_engine) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.firm_register import FirmRegister

    register = FirmRegister(firms.reads(set_up_engine), "en")  # a counter with no firm yet
    qtbot.addWidget(register)
    register.resize(900, 300)
    register.show()
    qtbot.waitExposed(register)
    register.apply_filter()
    note = note_of(register)
    assert note is not None and note.isVisible()
    assert note.text() == (
        "No firms yet. Press Ctrl+N to register one, or use File › Import firms… "
        "to bring in a spreadsheet."
    )
    firms.create_firm(set_up_engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    register.refresh()
    assert register.model.rowCount() == 1
    assert not note.isVisible()


def test_the_note_follows_the_grid_when_the_list_is_resized(qtbot, register) -> None:  # type: ignore[no-untyped-def]
    search(register, "xyz")
    note = note_of(register)
    assert note is not None
    register.resize(700, 300)
    qtbot.waitUntil(lambda: covers_the_rows(note, register.view))
    assert note.width() < 700


def test_a_note_said_before_the_list_is_shown_lies_over_its_grid(qtbot, set_up_engine) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.firm_register import FirmRegister

    register = FirmRegister(firms.reads(set_up_engine), "en")  # a tab not yet shown
    qtbot.addWidget(register)
    search(register, "xyz")
    register.resize(900, 300)
    register.show()
    qtbot.waitExposed(register)
    note = note_of(register)
    assert note is not None and note.isVisible()
    qtbot.waitUntil(lambda: covers_the_rows(note, register.view))


# --- the consultation list -----------------------------------------------------------
@pytest.fixture
def consultations_list(qtbot, set_up_engine: sa.Engine):  # type: ignore[no-untyped-def]
    """A consultation list in Japanese over one consultation with a follow-up."""
    engine = set_up_engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    consult(
        engine,
        firm_id,
        started_at=datetime(2026, 11, 21, 10, 30),
        followup_on=date(2026, 12, 28),
        followup_action="願書の確認",
    )
    return lambda: shown_list(qtbot, engine)


def shown_list(qtbot, engine: sa.Engine):  # type: ignore[no-untyped-def]
    from desktop.ui.consultation_list import ConsultationList

    view = ConsultationList(engine, "ja")
    qtbot.addWidget(view)
    view.resize(1200, 400)
    view.show()
    qtbot.waitExposed(view)
    refresh(qtbot, view)
    return view


def refresh(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    view.apply_filter()
    counted(qtbot, view)


def assert_dates_fit(view) -> None:  # type: ignore[no-untyped-def]
    table = view.view
    for column in (COL_DATE, COL_FOLLOWUP):
        text = view.model.index(0, column).data()
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), (column, text)
        assert table.columnWidth(column) > table.fontMetrics().horizontalAdvance(text)


def test_the_firm_filter_has_a_hint_of_its_own(set_up_engine, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.consultation_list import ConsultationList
    from desktop.ui.firm_picker import FirmPicker

    view = ConsultationList(set_up_engine, "en")
    qtbot.addWidget(view)
    assert view.firm.edit.placeholderText() == "All firms"
    assert view.firm.clear_button.toolTip() == "All firms"
    form_field = FirmPicker(set_up_engine, "en")  # the consultation form's keeps its hint
    qtbot.addWidget(form_field)
    assert "anonymous" in form_field.edit.placeholderText()


def test_the_firm_filter_hint_is_translated(set_up_engine, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The filter's words are the list's, in the list's context of the catalogue."""
    from desktop.ui.consultation_list import ConsultationList
    from desktop.ui.firm_picker import FirmPicker
    from desktop.ui.i18n import install_translators

    locale = QLocale()
    installed = install_translators(qapp, "ja")
    try:
        view = ConsultationList(set_up_engine, "ja")
        form_field = FirmPicker(set_up_engine, "ja")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    qtbot.addWidget(view)
    qtbot.addWidget(form_field)
    assert view.firm.edit.placeholderText() == "すべての事業者"
    assert view.firm.clear_button.toolTip() == "すべての事業者"
    assert form_field.edit.placeholderText().startswith("事業者名を入力して検索")
    assert form_field.clear_button.toolTip() == "事業者なし"


def test_era_dates_fit_their_columns(qtbot, set_up_engine, consultations_list) -> None:  # type: ignore[no-untyped-def]
    era_on(set_up_engine)
    view = consultations_list()
    assert view.model.index(0, COL_DATE).data() == "令和8年11月21日 10:30"
    assert view.model.index(0, COL_FOLLOWUP).data() == "令和8年12月28日"
    assert_dates_fit(view)


def test_the_date_columns_follow_a_change_of_the_era_setting(
    qtbot, set_up_engine, consultations_list
) -> None:  # type: ignore[no-untyped-def]
    view = consultations_list()
    assert view.model.index(0, COL_DATE).data() == "2026-11-21 10:30"
    assert_dates_fit(view)
    iso = view.view.columnWidth(COL_DATE)

    era_on(set_up_engine)
    refresh(qtbot, view)  # as the main window does after Settings
    assert view.model.index(0, COL_DATE).data() == "令和8年11月21日 10:30"
    assert_dates_fit(view)
    assert view.view.columnWidth(COL_DATE) > iso

    settings.set_value(set_up_engine, settings.ERA_DISPLAY, False)
    refresh(qtbot, view)
    assert view.view.columnWidth(COL_DATE) == iso


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_firm_column_shows_at_the_default_window_size(
    qtbot, qapp, set_up_engine: sa.Engine, qsettings, lang: str
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.firm_model import COL_CELL
    from tests.ui.windows import first_window

    for n in range(40):  # more than a screenful: the vertical scroll bar takes its room
        firms.create_firm(set_up_engine, firms.FirmInput(name=f"燕精工{n}", prefecture_code="46"))
    with first_window(qtbot, qapp, set_up_engine, qsettings, lang) as window:
        window.tabs.setCurrentWidget(window.register)
        window.register.apply_filter()
        view = window.register.view
        header = view.horizontalHeader()
        qtbot.waitUntil(view.verticalScrollBar().isVisible)
        assert header.sectionSize(COL_CELL) >= header.sectionSizeHint(COL_CELL)
        assert header.length() <= view.viewport().width(), (header.length(), view.viewport())
        assert not view.horizontalScrollBar().isVisible()


def test_long_firm_names_end_in_an_ellipsis(register) -> None:  # type: ignore[no-untyped-def]
    assert register.view.textElideMode() == Qt.TextElideMode.ElideRight  # Qt's default

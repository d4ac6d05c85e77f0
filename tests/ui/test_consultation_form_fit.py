"""The consultation form fits its dialog in Japanese and in English.

At the default size nothing scrolls sideways: the topic check boxes take as many
columns as fit, the referral table's columns fit the table, and the follow-up note
shows its whole placeholder. A field a shortcut moves the focus to is scrolled into
view.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QTableWidget, QWidget

from desktop.core import firms
from desktop.ui.consultation_form import ConsultationForm
from desktop.ui.i18n import install_translators
from tests.ui.boxes import Questions
from tests.ui.typing import activate

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(params=["ja", "en"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The interface language, with its catalogues installed as the program does."""
    locale = QLocale()
    installed = install_translators(qapp, request.param) if request.param == "ja" else []
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def form(qtbot, set_up_engine: sa.Engine, lang: str, monkeypatch) -> ConsultationForm:  # type: ignore[no-untyped-def]
    """A new consultation for a firm, at its default size; discarded at the end."""
    Questions(monkeypatch, QMessageBox.StandardButton.Discard)
    firm_id = firms.create_firm(
        set_up_engine, firms.FirmInput(name="株式会社燕精工", prefecture_code="15")
    )
    dialog = ConsultationForm(set_up_engine, lang, firm_id=firm_id)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    QCoreApplication.processEvents()
    assert dialog.width() == 760  # the default size
    return dialog


def scroll_area(form: ConsultationForm) -> QScrollArea:
    area = form.findChild(QScrollArea)
    assert area is not None
    return area


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def test_nothing_scrolls_sideways_at_the_default_size(form: ConsultationForm) -> None:
    area = scroll_area(form)
    assert area.horizontalScrollBar().maximum() == 0
    assert not area.horizontalScrollBar().isVisible()
    viewport = area.viewport().rect()
    for code, box in form.topic_boxes.items():
        assert viewport.contains(rect_in(box, area.viewport())), code
        assert box.width() >= box.sizeHint().width(), code  # its whole label


def test_the_referral_columns_fit_after_ctrl_r(qtbot, form: ConsultationForm) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(form, Qt.Key.Key_R, CTRL)
    QCoreApplication.processEvents()
    table: QTableWidget = form.referrals
    assert table.rowCount() == 1
    assert scroll_area(form).horizontalScrollBar().maximum() == 0
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    for column in range(table.columnCount()):
        # Every header whole; the direction and the status show their choice whole.
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    for column in (2, 3):
        cell = table.cellWidget(0, column)
        assert cell.width() >= cell.sizeHint().width(), column


def test_ctrl_u_scrolls_to_the_follow_up_note(qtbot, form: ConsultationForm) -> None:  # type: ignore[no-untyped-def]
    area = scroll_area(form)
    assert area.verticalScrollBar().value() == 0
    qtbot.keyClick(form, Qt.Key.Key_U, CTRL)
    QCoreApplication.processEvents()
    note = form.followup_action
    assert form.followup.isChecked()
    assert QApplication.focusWidget() is note
    assert area.viewport().rect().contains(rect_in(note, area.viewport()))
    placeholder = note.fontMetrics().horizontalAdvance(note.placeholderText())
    assert note.width() >= placeholder + 2 * 2 + 2  # the text margins and the frame

"""Search everything (Ctrl+K) says when it lists only the first hits, and when it finds none."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.core import firms
from tests.ui.test_era_display import consult
from tests.ui.test_list_display import covers_the_rows
from tests.ui.typing import type_text

MANY_FIRMS, MANY_CONSULTATIONS, EXACTLY = 33, 35, 30


@pytest.fixture
def counter(set_up_engine: sa.Engine) -> sa.Engine:
    """33 firms named 特許…, 35 consultations about 特許 and exactly 30 about 意匠."""
    engine = set_up_engine
    for n in range(MANY_FIRMS):
        firms.create_firm(engine, firms.FirmInput(name=f"特許商事{n}", prefecture_code="15"))
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    start = datetime(2026, 11, 21, 10, 30)
    for n in range(MANY_CONSULTATIONS):
        consult(engine, firm_id, started_at=start - timedelta(days=n), summary=f"特許の相談 {n}")
    for n in range(EXACTLY):
        consult(engine, firm_id, started_at=start - timedelta(days=n), summary=f"意匠の相談 {n}")
    return engine


def search_dialog(qtbot, engine: sa.Engine):  # type: ignore[no-untyped-def]
    from desktop.ui.search_dialog import SearchDialog

    dialog = SearchDialog(engine, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def listed_kinds(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    items = (dialog.results.item(n) for n in range(dialog.results.count()))
    return [item.data(Qt.ItemDataRole.UserRole)[0] for item in items]


def test_more_hits_than_listed_are_counted_and_said(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    dialog = search_dialog(qtbot, counter)
    dialog.edit.setText("特許")
    dialog.run()
    kinds = listed_kinds(dialog)
    assert kinds.count("firm") == 30 and kinds.count("consultation") == 30
    # At once: that the list is the first hits and there are more; then how many.
    assert "the first 30" in dialog.hint.text()
    assert "refine the search" in dialog.hint.text()
    qtbot.waitUntil(lambda: "30 of 35 consultation" in dialog.hint.text())
    hint = dialog.hint.text()
    assert "30 of 33 firm" in hint
    assert "refine the search to see the rest" in hint
    assert "the first" not in hint


def test_a_search_that_lists_everything_says_only_the_counts(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    dialog = search_dialog(qtbot, counter)
    dialog.edit.setText("意匠")
    dialog.run()
    assert dialog.results.count() == EXACTLY  # exactly as many as the list holds: no more
    assert dialog.hint.text() == "0 firms, 30 consultations — Enter opens"


def test_a_count_for_text_typed_over_is_not_shown(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    dialog = search_dialog(qtbot, counter)
    counted: list[str] = []
    take = dialog._counted
    dialog._counted = lambda result: (counted.append(result[0]), take(result))  # type: ignore[method-assign]
    dialog.edit.setText("特許")
    dialog.run()
    dialog.edit.setText("意匠")
    dialog.run()
    qtbot.waitUntil(lambda: "特許" in counted, timeout=10000)  # the late count has arrived
    assert dialog.hint.text() == "0 firms, 30 consultations — Enter opens"


def test_no_hits_says_so_over_the_list(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    dialog = search_dialog(qtbot, counter)
    type_text(qtbot, dialog.edit, "商標")  # as typed: the search runs when typing pauses
    note = dialog.findChild(QLabel, "emptyNote")
    assert note is not None
    qtbot.waitUntil(note.isVisible)
    assert note.text() == "No firm or consultation contains “商標”."
    assert dialog.results.count() == 0
    assert dialog.hint.text() == ""
    assert covers_the_rows(note, dialog.results)  # over the list

    dialog.edit.setText("燕")
    dialog.run()
    assert not note.isVisible()
    assert dialog.results.count() == 1

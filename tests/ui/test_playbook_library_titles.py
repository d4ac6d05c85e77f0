"""The playbook library's list shows every title whole, wrapped to the list's width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_title_shows_whole(qtbot, main_window, lang: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.playbook_library import PlaybookLibraryDialog

    dialog = PlaybookLibraryDialog(main_window.library, lang, None, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.list
    width = view.viewport().width()
    metrics = view.fontMetrics()
    assert view.horizontalScrollBar().maximum() == 0  # nothing hidden to the right
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        assert rect.right() < width, item.text()
        if lang == "ja":  # no spaces to wrap at: each title fits on its line
            assert metrics.horizontalAdvance(item.text()) <= rect.width(), item.text()
            continue
        # A title longer than a line takes as many lines as it needs.
        wrap = int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(0, 0, width, 10_000, wrap, item.text()).height()
        assert rect.height() >= needed, (item.text(), rect.height(), needed)

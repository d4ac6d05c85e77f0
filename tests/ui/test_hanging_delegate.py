"""Items drawn with a hanging indent (``desktop.ui.hanging_delegate``), read off the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.ui.hanging_delegate import MARGIN, indent_for, use_hanging_indent

TEXT = (
    "知財への気づき：自社の強みを見直す\n"
    "最近の相談：営業秘密（5件）、最近の相談：特許（5件）、事業者の類型に合致：発展途上型"
)


def listed(qtbot, width: int) -> QListWidget:  # type: ignore[no-untyped-def]
    view = QListWidget()
    qtbot.addWidget(view)
    use_hanging_indent(view)
    view.addItem(QListWidgetItem(TEXT))
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def inked(image: QImage, xs: range, ys: range, paper: QColor) -> bool:
    """Whether any pixel in the box differs from the list's background."""
    return any(image.pixelColor(x, y) != paper for y in ys for x in xs)


def test_every_line_after_the_first_keeps_the_indent(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = listed(qtbot, 260)
    rect = view.visualItemRect(view.item(0))
    metrics = QFontMetrics(view.font())
    line = metrics.lineSpacing()
    assert rect.height() >= 3 * line  # the title, and the reasons wrapped over two lines or more
    image = view.viewport().grab().toImage()
    paper = image.pixelColor(rect.right() - 1, rect.bottom() - 1)
    left = range(rect.left() + MARGIN, rect.left() + MARGIN + indent_for(metrics) - 1)
    body = range(rect.left() + MARGIN + indent_for(metrics), rect.right() - MARGIN)
    title = range(rect.top() + MARGIN, rect.top() + MARGIN + line)
    below = range(rect.top() + MARGIN + line + 1, rect.bottom() - MARGIN)
    assert inked(image, left, title, paper)  # the title starts at the edge
    assert not inked(image, left, below, paper)  # nothing below it does
    for n in range(2):  # the reasons' first two lines are drawn, indented
        start = rect.top() + MARGIN + (n + 1) * line
        assert inked(image, body, range(start, start + line), paper)


def test_a_narrower_list_wraps_instead_of_scrolling_sideways(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = listed(qtbot, 600)
    wide = view.visualItemRect(view.item(0)).height()
    view.resize(220, 300)
    qtbot.waitUntil(lambda: view.visualItemRect(view.item(0)).height() > wide)
    assert view.horizontalScrollBar().maximum() == 0
    assert view.visualItemRect(view.item(0)).right() <= view.viewport().width()
    assert view.indexAt(QPoint(5, 5)).row() == 0

"""List items whose first line stands out and whose other lines sit indented under it.

A recommended playbook is its title, then why it is recommended; a search hit is what
was found, then the text around the word. As plain text with word wrap, the second
part's own wrapped lines start back at the left edge and read like the next item; as
one unwrapped line, the list scrolls sideways. Drawn here with a hanging indent, every
line after the first keeps the indent, however the width wraps it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.ui.tables import Index

MARGIN = 4  # around the text, as the style's own item margin
WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


def indent_for(metrics: QFontMetrics) -> int:
    """The hanging indent: a line's height, about a character and a half of any script
    (an advance measured on a Japanese space would be the interface font's, which may
    have no such glyph)."""
    return metrics.height()


def _blocks(text: str) -> tuple[str, str]:
    head, _, rest = text.partition("\n")
    return head, rest


def _wrapped_height(metrics: QFontMetrics, width: int, text: str) -> int:
    return metrics.boundingRect(QRect(0, 0, max(width, 1), 10**6), WRAP, text).height()


def _height(metrics: QFontMetrics, width: int, head: str, rest: str) -> int:
    height = _wrapped_height(metrics, width, head)
    if rest:
        height += _wrapped_height(metrics, width - indent_for(metrics), rest)
    return height


class HangingIndentDelegate(QStyledItemDelegate):
    """Draws an item's text: its first line flush left, the rest indented, all wrapped
    to the view's width. Put on a list with :func:`use_hanging_indent`."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        return self._view.viewport().width() - 2 * MARGIN

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        head, rest = _blocks(str(index.data() or ""))
        metrics = QFontMetrics(option.font)
        width = self._text_width()
        return QSize(width + 2 * MARGIN, _height(metrics, width, head, rest) + 2 * MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        head, rest = _blocks(str(index.data() or ""))  # item.text has its breaks replaced
        item.text = ""  # the style draws the background, the selection and the focus only
        style = item.widget.style() if item.widget is not None else self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        box = item.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        metrics = QFontMetrics(item.font)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(role))
        painter.drawText(box, WRAP, head)
        if rest:
            top = _wrapped_height(metrics, box.width(), head)  # as sizeHint measured it
            below = box.adjusted(indent_for(metrics), top, 0, 0)
            painter.drawText(below, WRAP, rest)
        painter.restore()


def use_hanging_indent(view: QListView) -> HangingIndentDelegate:
    """Draw ``view``'s items with a hanging indent, laid out again as its width changes."""
    delegate = HangingIndentDelegate(view)
    view.setItemDelegate(delegate)
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return delegate

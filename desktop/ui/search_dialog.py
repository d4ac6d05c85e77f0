"""Global search (Ctrl+K): firms and consultation text, results while typing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout
from sqlalchemy.engine import Engine

from desktop.core import consultation_queries as cq
from desktop.core import settings
from desktop.core.calendar import format_date


class SearchDialog(QDialog):
    open_firm = Signal(object)
    open_consultation = Signal(object)

    def __init__(self, engine: Engine, lang: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        # The dialog is modal: the setting cannot change while it is open.
        self.era = bool(settings.get(engine, settings.ERA_DISPLAY))
        self.setWindowTitle(self.tr("Search"))
        self.resize(720, 480)
        self.edit = QLineEdit()
        self.edit.setObjectName("globalSearch")
        self.edit.setPlaceholderText(
            self.tr("Search firms and consultations — any part of a word, e.g. 商標")
        )
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.run)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            obj is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def run(self) -> None:
        hits = cq.search_all(self.engine, self.edit.text(), limit=30)
        self.results.clear()
        for hit in hits:
            if hit.kind == "firm":
                text = self.tr("[Firm] {name}　{detail}").format(name=hit.title, detail=hit.detail)
            else:
                when = ""
                if hit.when is not None:
                    when = format_date(hit.when.date(), era=self.era, lang=self.lang)
                text = self.tr("[Consultation] {date} {name}　{detail}").format(
                    date=when, name=hit.title, detail=hit.detail
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        firms = sum(1 for h in hits if h.kind == "firm")
        self.hint.setText(
            self.tr("{firms}, {consultations} — Enter opens").format(
                firms=self.tr("%n firm(s)", "", firms),
                consultations=self.tr("%n consultation(s)", "", len(hits) - firms),
            )
            if self.edit.text().strip()
            else ""
        )

    def open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run()
        item = self.results.currentItem()
        if item is None:
            return
        kind, ref_id = item.data(Qt.ItemDataRole.UserRole)
        if kind == "firm":
            self.open_firm.emit(ref_id)
        else:
            self.open_consultation.emit(ref_id)
        self.accept()

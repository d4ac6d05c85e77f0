"""Choosing a firm by typing part of its name, reading, number or city."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget
from sqlalchemy.engine import Engine

from desktop.core import firms
from desktop.core.reference import reference

SUGGESTIONS = 20


class FirmPicker(QWidget):
    firm_changed = Signal(object)  # uuid or None

    def __init__(
        self,
        engine: Engine,
        lang: str,
        parent: QWidget | None = None,
        *,
        empty_text: str | None = None,
    ) -> None:
        """``empty_text`` says what an empty picker means where it stands (a filter's
        "All firms"), as the hint in the field and on the button that empties it; the
        caller translates it, in its own context. Without it, the form's wording.
        """
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        self.firm_id: uuid.UUID | None = None
        self._name = ""
        self._choices: dict[str, uuid.UUID] = {}
        self.edit = QLineEdit()
        self.edit.setObjectName("firmPicker")
        self.edit.setPlaceholderText(
            empty_text or self.tr("Type to find a firm (optional for anonymous visits)")
        )
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._chosen)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(empty_text or self.tr("No firm"))
        self.clear_button.clicked.connect(lambda: self.set_firm(None, notify=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._suggest)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.edit.editingFinished.connect(self._settle)

    def firm_name(self) -> str:
        return self._name

    def set_firm(self, firm_id: uuid.UUID | None, *, notify: bool = False) -> None:
        self.firm_id = firm_id
        self._name = firms.get_firm(self.engine, firm_id).name if firm_id else ""
        self.edit.setText(self._name)
        if notify:
            self.firm_changed.emit(firm_id)

    def _suggest(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        rows = firms.firm_page(self.engine, firms.FirmQuery(text=text), 0, SUGGESTIONS)
        ref = reference()
        self._choices = {}
        for row in rows:
            where = f"{ref.prefectures.label(row.prefecture_code, self.lang)}{row.city}"
            self._choices[f"{row.name}（{where}）"] = row.id
        self.model.setStringList(list(self._choices))
        self.completer.complete()

    def _chosen(self, text: str) -> None:
        firm_id = self._choices.get(text)
        if firm_id is not None:
            self.set_firm(firm_id)
            self.firm_changed.emit(firm_id)

    def _settle(self) -> None:
        """Leaving the field with text that names no chosen firm keeps the last choice."""
        if self.edit.text().strip() == "" and self.firm_id is not None:
            self.set_firm(None, notify=True)
        elif self.edit.text() != self._name and not self.completer.popup().isVisible():
            self.edit.setText(self._name)

"""The firm page: profile and IP assets, saved with Ctrl+S, closed with Esc."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import firms
from desktop.core.errors import ValidationError
from desktop.ui.asset_dialogs import AssetPanel
from desktop.ui.firm_form import FirmForm, blank_input


class FirmDialog(QDialog):
    saved = Signal(object)  # firm id

    def __init__(
        self,
        engine: Engine,
        lang: str,
        *,
        firm_id: uuid.UUID | None = None,
        default_prefecture: str = "",
        actor: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.lang, self.actor = engine, lang, actor
        self.firm_id = firm_id
        self.dirty = False
        self.setObjectName("firmDialog")
        self.resize(720, 760)

        self.form = FirmForm(lang)
        self.assets = AssetPanel(engine, lang, actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Pro&file"))
        self.tabs.addTab(self.assets, self.tr("IP a&ssets"))
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)

        if firm_id is None:
            self.form.set_input(blank_input(default_prefecture))
        else:
            self.form.set_input(firms.firm_input(firms.get_firm(engine, firm_id)))
        self.assets.set_firm(firm_id)
        self.form.changed.connect(self._mark_dirty)
        self._update_title()
        self.form.name.setFocus()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.status.clear()
        self._update_title()

    def _update_title(self) -> None:
        name = self.form.name.text().strip() or self.tr("New firm")
        self.setWindowTitle(f"{'*' if self.dirty else ''}{name} — {self.tr('Firm')}")

    def save(self) -> bool:
        data, errors = self.form.read()
        if data is not None:
            try:
                if self.firm_id is None:
                    self.firm_id = firms.create_firm(self.engine, data, actor=self.actor)
                    self.assets.set_firm(self.firm_id)
                else:
                    firms.update_firm(self.engine, self.firm_id, data, actor=self.actor)
            except ValidationError as exc:
                errors = exc.errors
            else:
                self.form.show_errors({})
                self.dirty = False
                self.status.setText(self.tr("Saved."))
                self._update_title()
                self.saved.emit(self.firm_id)
                return True
        self.tabs.setCurrentWidget(self.form)
        self.form.show_errors(errors)
        self.status.setText(self.tr("Not saved: please correct the fields marked in red."))
        return False

    def reject(self) -> None:  # Esc
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this firm before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        event.accept()
        self.done(QDialog.DialogCode.Accepted if self.firm_id else QDialog.DialogCode.Rejected)

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
from desktop.core.playbooks import Library, load_default_library
from desktop.core.text import Message
from desktop.ui.asset_dialogs import AssetPanel
from desktop.ui.firm_form import FirmForm, blank_input
from desktop.ui.history_dialog import HistoryDialog
from desktop.ui.support_panel import SupportPanel
from desktop.ui.timeline_view import TimelineView


class FirmDialog(QDialog):
    saved = Signal(object)  # firm id
    new_consultation = Signal(object)  # firm id
    open_consultation = Signal(object)  # consultation id

    def __init__(
        self,
        engine: Engine,
        lang: str,
        *,
        firm_id: uuid.UUID | None = None,
        default_prefecture: str = "",
        library: Library | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        self.firm_id = firm_id
        self.dirty = False
        self.setObjectName("firmDialog")
        self.resize(720, 760)

        self.form = FirmForm(lang, number_owner=self._number_owner)
        self.assets = AssetPanel(engine, lang)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Pro&file"))
        self.tabs.addTab(self.assets, self.tr("IP a&ssets"))
        self.library = library or load_default_library()
        self.support = SupportPanel(engine, lang, self.library)
        self.tabs.addTab(self.support, self.tr("S&upport"))
        self.timeline = TimelineView(engine, lang, self.library)
        self.timeline.open_consultation.connect(self.open_consultation)
        self.tabs.addTab(self.timeline, self.tr("&Timeline"))
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.consult_button = self.buttons.addButton(
            self.tr("New &consultation (Ctrl+N)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.consult_button.clicked.connect(self.request_consultation)
        self.history_button = self.buttons.addButton(
            self.tr("&History…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.history_button.clicked.connect(self.show_history)
        self.report_button = self.buttons.addButton(
            self.tr("Support record (&PDF)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.clicked.connect(self.export_record)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.request_consultation)

        if firm_id is None:
            self.form.set_input(blank_input(default_prefecture))
        else:
            self.form.set_input(firms.firm_input(firms.get_firm(engine, firm_id)))
        self.assets.set_firm(firm_id)
        self.timeline.set_firm(firm_id)
        self.support.set_firm(firm_id)
        self.assets.changed.connect(self.timeline.refresh)
        self.assets.changed.connect(self.support.refresh)
        self.support.changed.connect(self.timeline.refresh)
        self.support.changed.connect(lambda: self.saved.emit(self.firm_id))
        self._update_buttons()
        self.form.changed.connect(self._mark_dirty)
        self._update_title()
        self.form.name.setFocus()

    def _number_owner(self, number: str) -> Message | None:
        """Read at each check, not when the form is built: once a new firm is saved,
        its own number must stop counting as another firm's."""
        return firms.corporate_number_owner(self.engine, number, exclude=self.firm_id)

    def _update_buttons(self) -> None:
        saved = self.firm_id is not None
        self.consult_button.setEnabled(saved)
        self.history_button.setEnabled(saved)
        self.report_button.setEnabled(saved)

    def request_consultation(self) -> None:
        """Ctrl+N on a firm logs a consultation for it (saving the firm first if needed)."""
        if self.firm_id is None and not self.save():
            return
        self.new_consultation.emit(self.firm_id)

    def export_record(self) -> None:
        if self.firm_id is None:
            return
        from desktop.ui.app import ui_settings
        from desktop.ui.export_dialog import ExportDialog

        ExportDialog(
            self.engine,
            self.lang,
            ui_settings(),
            firm_id=self.firm_id,
            firm_name=self.form.name.text(),
            parent=self,
        ).exec()

    def show_history(self) -> None:
        if self.firm_id is not None:
            HistoryDialog(self.engine, "firm", self.firm_id, self, lang=self.lang).exec()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.status.clear()
        self._update_title()

    def _update_title(self) -> None:
        name = self.form.name.text().strip() or self.tr("New firm")
        # One translatable pattern, not tr() inside an f-string: lupdate cannot see that.
        title = self.tr("{name} — Firm").format(name=name)
        self.setWindowTitle(("*" if self.dirty else "") + title)

    def save(self) -> bool:
        data, errors = self.form.read()
        if data is not None:
            try:
                if self.firm_id is None:
                    self.firm_id = firms.create_firm(self.engine, data)
                    self.assets.set_firm(self.firm_id)
                    self.timeline.set_firm(self.firm_id)
                    self.support.set_firm(self.firm_id)
                    self._update_buttons()
                else:
                    firms.update_firm(self.engine, self.firm_id, data)
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

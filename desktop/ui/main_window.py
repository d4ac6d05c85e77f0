"""The main window: composes the views and owns the menus; the work is done elsewhere."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget
from sqlalchemy.engine import Engine

from desktop import __version__
from desktop.core import consultants, firms, settings
from desktop.core.errors import MadoguchiError
from desktop.ui.firm_dialog import FirmDialog
from desktop.ui.firm_register import FirmRegister
from desktop.ui.i18n import render
from desktop.ui.setup_dialogs import SettingsDialog


class MainWindow(QMainWindow):
    ready = Signal()

    def __init__(
        self, engine: Engine, lang: str, qsettings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.engine, self.lang, self.qsettings = engine, lang, qsettings
        self.setObjectName("mainWindow")
        self.firm_dialogs: dict[uuid.UUID | None, FirmDialog] = {}
        self.register = FirmRegister(engine, lang, self)
        self.register.open_requested.connect(self.open_firm)
        self.setCentralWidget(self.register)
        self._build_actions()
        self._update_title()
        self.resize(1200, 760)
        geometry = qsettings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = qsettings.value("main/state")
        if state is not None:
            self.restoreState(state)
        header_state = qsettings.value("main/firmHeader")
        if header_state is not None:
            self.register.view.horizontalHeader().restoreState(header_state)

    # --- actions -----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_firm_action = self._action(self.tr("&New firm…"), self.new_firm, std.New)
        self.open_action = self._action(self.tr("&Open firm"), self.open_current, "Return")
        self.open_action.setShortcutContext(self.open_action.shortcutContext().WidgetShortcut)
        self.delete_action = self._action(
            self.tr("Move to &trash"), self.delete_current, std.Delete
        )
        self.delete_action.setShortcutContext(self.delete_action.shortcutContext().WidgetShortcut)
        self.register.view.addAction(self.delete_action)
        self.restore_action = self._action(self.tr("&Restore from trash"), self.restore_current)
        self.find_action = self._action(self.tr("&Find firm"), self.register.focus_search, std.Find)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.about_action = self._action(self.tr("&About Madoguchi"), self.about)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_firm_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        firm_menu = menu.addMenu(self.tr("F&irm"))
        firm_menu.addAction(self.find_action)
        firm_menu.addAction(self.open_action)
        firm_menu.addSeparator()
        firm_menu.addAction(self.delete_action)
        firm_menu.addAction(self.restore_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_firm_action)
        toolbar.addAction(self.find_action)
        self.register.trash.toggled.connect(self._trash_mode)
        self._trash_mode(False)

    def _trash_mode(self, on: bool) -> None:
        self.delete_action.setEnabled(not on)
        self.restore_action.setEnabled(on)

    def _update_title(self) -> None:
        counter = settings.get(self.engine, settings.COUNTER_NAME) or "Madoguchi"
        me = consultants.current_consultant(self.engine)
        who = f" — {me.name}" if me else ""
        self.setWindowTitle(f"{counter}{who} — Madoguchi")

    def actor(self) -> str:
        me = consultants.current_consultant(self.engine)
        return me.name if me else ""

    # --- firm actions -------------------------------------------------------------------
    def new_firm(self) -> FirmDialog:
        return self._show_firm(None)

    def open_current(self) -> None:
        firm_id = self.register.current_id()
        if firm_id is not None:
            self.open_firm(firm_id)

    def open_firm(self, firm_id: uuid.UUID | None) -> FirmDialog | None:
        if firm_id is None:
            return None
        return self._show_firm(firm_id)

    def _show_firm(self, firm_id: uuid.UUID | None) -> FirmDialog:
        existing = self.firm_dialogs.get(firm_id) if firm_id else None
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = FirmDialog(
            self.engine,
            self.lang,
            firm_id=firm_id,
            default_prefecture=settings.get(self.engine, settings.PREFECTURE),
            actor=self.actor(),
            parent=self,
        )
        key = firm_id or uuid.uuid4()
        self.firm_dialogs[key] = dialog
        dialog.saved.connect(self._firm_saved)
        dialog.finished.connect(lambda _result, k=key: self.firm_dialogs.pop(k, None))
        dialog.show()
        return dialog

    def _firm_saved(self, firm_id: uuid.UUID) -> None:
        self.register.model.invalidate(firm_id)
        self.register.refresh(keep=firm_id)

    def delete_current(self) -> None:
        firm_id = self.register.current_id()
        if firm_id is None:
            return
        firm = firms.get_firm(self.engine, firm_id)
        answer = QMessageBox.question(
            self,
            self.tr("Move to trash"),
            self.tr(
                "Move “{name}” to the trash? Its consultations and IP stay with it, "
                "and it can be restored from the trash."
            ).format(name=firm.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            firms.delete_firm(self.engine, firm_id, actor=self.actor())
            self.register.refresh()

    def restore_current(self) -> None:
        firm_id = self.register.current_id()
        if firm_id is None:
            return
        try:
            firms.restore_firm(self.engine, firm_id, actor=self.actor())
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Restore"), render(exc.message))
            return
        self.register.refresh()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.engine, self.lang, self)
        if dialog.exec():
            self._update_title()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Madoguchi"),
            self.tr(
                "Madoguchi {version}\n\nRecords, playbooks and reports for the consultants "
                "of the prefectural IP support counters."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        for dialog in list(self.firm_dialogs.values()):
            if not dialog.close():
                event.ignore()
                return
        self.qsettings.setValue("main/geometry", self.saveGeometry())
        self.qsettings.setValue("main/state", self.saveState())
        self.qsettings.setValue(
            "main/firmHeader", self.register.view.horizontalHeader().saveState()
        )
        self.qsettings.sync()
        super().closeEvent(event)

"""The main window: composes the views and owns the menus; the work is done elsewhere.

It can be drawn before the store's full machinery is loaded: given only ``reads`` (a
plain ``sqlite3`` connection to the checked file), it shows the firm list at once,
with the other views waiting and the actions that change records greyed out, until
:meth:`MainWindow.attach` gives it the engine. Importing SQLAlchemy and the views takes
several times longer than drawing the window; a consultant can already look for a
firm meanwhile.

Dialog classes (QMessageBox and the rest) are imported where a dialog is shown: the
first screen needs none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from desktop import __version__
from desktop.core.errors import MadoguchiError
from desktop.core.firm_list import Reads
from desktop.ui.firm_register import HEADER_LAYOUT, FirmRegister
from desktop.ui.i18n import render
from desktop.ui.plain_qt import ALIGN_CENTER, TOOL_BUTTON_TEXT_ONLY, WIDGET_SHORTCUT

if TYPE_CHECKING:  # uuid too: imported where an id is made (see desktop.core.firm_list)
    import uuid
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent
    from sqlalchemy.engine import Engine

    from desktop.core import drafts
    from desktop.core.playbooks import Library
    from desktop.ui.consultation_form import ConsultationForm
    from desktop.ui.consultation_list import ConsultationList
    from desktop.ui.dashboard_view import DashboardView
    from desktop.ui.firm_dialog import FirmDialog
    from desktop.ui.followups_view import FollowUpsView

HOME, FIRMS, CONSULTATIONS, FOLLOWUPS = range(4)
DEFAULT_TAB = FIRMS  # a firm is two keystrokes away from the first screen
FIRM_HEADER_KEY = f"main/firmHeader-v{HEADER_LAYOUT}"
# The firm list's order, beside its header's state (which has the sort arrow): the
# first page is read in it before the header's order can be asked for (FirmRegister).
FIRM_ORDER_KEY = "main/firmOrder"
# Keys older versions left that nothing reads now, dropped on close so that the settings
# file does not carry them for ever: the firm list's header from before layouts were
# numbered (from 2) and from each older layout, and its sort order as once written.
STALE_KEYS = (
    "main/firmHeader",
    *(f"main/firmHeader-v{layout}" for layout in range(2, HEADER_LAYOUT)),
    "main/firmSort",
)


def window_title(counter: str, consultant: str | None) -> str:
    who = f" — {consultant}" if consultant else ""
    return f"{counter or 'Madoguchi'}{who} — Madoguchi"


class MainWindow(QMainWindow):
    loaded = Signal()  # every view is in place and every action available

    def __init__(
        self,
        engine: Engine | None,
        lang: str,
        qsettings: QSettings,
        parent: QWidget | None = None,
        *,
        library: Library | None = None,
        reads: Reads | None = None,
        title: str = "Madoguchi",
    ) -> None:
        super().__init__(parent)
        if engine is None and reads is None:
            raise ValueError("a window needs an engine, or reads to show until it has one")
        self.engine: Engine | None = None
        self.lang, self.qsettings = lang, qsettings
        self._library = library  # read when first needed: parsing it is not part of start
        # What was asked for while loading, in order, done once loaded (each thing once).
        self._pending: dict[object, Callable[[], object]] = {}
        self.setObjectName("mainWindow")
        self.firm_dialogs: dict[uuid.UUID, FirmDialog] = {}
        self.consultation_forms: dict[uuid.UUID, ConsultationForm] = {}
        if reads is None:
            from desktop.core import firms

            reads = firms.reads(engine)  # type: ignore[arg-type]
        self.register = FirmRegister(reads, lang, self)
        self.register.open_requested.connect(self.open_firm)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tab_names = (
            self.tr("Home"),
            self.tr("Firms"),
            self.tr("Consultations"),
            self.tr("Follow-ups"),
        )
        for index, name in enumerate(self.tab_names):
            self.tabs.addTab(self.register if index == FIRMS else self._waiting(), name)
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self.setWindowTitle(title)
        self.resize(1200, 760)
        geometry = qsettings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = qsettings.value("main/state")
        if state is not None:
            self.restoreState(state)
        header_state = qsettings.value(FIRM_HEADER_KEY)
        if header_state is not None:
            self.register.view.horizontalHeader().restoreState(header_state)
        self.register.restore_order(qsettings.value(FIRM_ORDER_KEY))
        tab = qsettings.value("main/tab", DEFAULT_TAB)
        self.tabs.setCurrentIndex(int(tab) if str(tab).isdigit() else DEFAULT_TAB)
        self.tabs.currentChanged.connect(self._tab_changed)
        if engine is not None:
            self.attach(engine)

    def _waiting(self) -> QLabel:
        label = QLabel(self.tr("Loading…"))
        label.setProperty("alignment", ALIGN_CENTER)  # see desktop.ui.plain_qt
        label.setEnabled(False)
        return label

    @property
    def is_loaded(self) -> bool:
        return self.engine is not None

    def attach(self, engine: Engine) -> None:
        """Put every view in place on ``engine`` and make every action available.

        The views are built first: if one cannot be (it reads the database), the
        exception leaves the window as it was, still waiting, for the caller to report.
        """
        from desktop.core import firms
        from desktop.ui.consultation_list import ConsultationList
        from desktop.ui.dashboard_view import DashboardView
        from desktop.ui.followups_view import FollowUpsView

        lang = self.lang
        title = self._title_on(engine)
        consultations = ConsultationList(engine, lang, self)
        followups = FollowUpsView(engine, lang, self, library=lambda: self.library)
        dashboard = DashboardView(engine, lang, self)
        self.engine = engine
        self.consultations: ConsultationList = consultations
        self.followups: FollowUpsView = followups
        self.dashboard: DashboardView = dashboard
        self.register.model.set_reads(firms.reads(engine))
        self.consultations.open_requested.connect(self.open_consultation)
        self.consultations.changed.connect(lambda: self._records_changed(self.consultations))
        self.followups.open_firm.connect(self.open_firm)
        self.followups.open_requested.connect(self.open_consultation)
        self.followups.changed.connect(lambda: self._records_changed(self.followups))
        self.dashboard.open_consultations.connect(self.show_consultations)
        self.dashboard.open_firms.connect(self.show_firms)
        self.dashboard.open_followups.connect(lambda: self.tabs.setCurrentWidget(self.followups))
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        for index, view in (
            (HOME, self.dashboard),
            (CONSULTATIONS, self.consultations),
            (FOLLOWUPS, self.followups),
        ):
            waiting = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, self.tab_names[index])
            waiting.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        for action in self.record_actions:
            action.setEnabled(True)
        self._trash_mode(self.register.trash.isChecked())
        self.register.enable_sorting()
        self.setWindowTitle(title)
        self._tab_changed(current)
        self.loaded.emit()
        QTimer.singleShot(0, self, self._run_pending)  # after this returns

    def when_loaded(self, key: object, work: Callable[[], object], *, first: bool = False) -> bool:
        """Keep ``work`` for when the window is loaded, unless it is; True when kept.

        Each ``key`` is kept once; ``first`` puts it before what was asked for already.
        """
        if self.is_loaded:
            return False
        if first:
            self._pending = {key: work, **self._pending}
        else:
            self._pending.setdefault(key, work)
        return True

    def _run_pending(self) -> None:
        """One after another: a modal box (the search) holds the next until it is closed."""
        pending, self._pending = self._pending, {}
        for work in pending.values():
            work()

    def _waits_for_loading(self, key: str, work: Callable[[], object]) -> Callable[[], None]:
        """A slot for an action asked for from the first second: done now or once loaded."""

        def slot() -> None:
            if not self.when_loaded(key, work):
                work()

        return slot

    # --- actions -----------------------------------------------------------------------
    def _action(  # type: ignore[no-untyped-def]
        self, text: str, slot, shortcut: QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(self)  # QAction(text, self) would make PySide build QIcon's enums
        action.setText(text)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding of the platform (Delete, Ctrl+D)
        elif shortcut is not None:  # setShortcut would build Qt's enums (plain_qt)
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        # Asked for while loading, these three are done as soon as it is over.
        self.new_firm_action = self._action(
            self.tr("&New firm…"), self._waits_for_loading("new firm", self.new_firm), std.New
        )
        self.new_consultation_action = self._action(
            self.tr("&Log a consultation…"),
            self._waits_for_loading("new consultation", lambda: self.new_consultation(None)),
            "Ctrl+L",
        )
        self.search_action = self._action(
            self.tr("&Search everything…"),
            self._waits_for_loading("search", self.global_search),
            "Ctrl+K",
        )
        self.open_action = self._action(self.tr("&Open firm"), self.open_current, "Return")
        self.open_action.setProperty("shortcutContext", WIDGET_SHORTCUT)
        self.delete_action = self._action(
            self.tr("Move to &trash"), self.delete_current, std.Delete
        )
        self.delete_action.setProperty("shortcutContext", WIDGET_SHORTCUT)
        self.register.view.addAction(self.delete_action)
        self.restore_action = self._action(self.tr("&Restore from trash"), self.restore_current)
        self.history_action = self._action(self.tr("&History…"), self.show_history)
        self.find_action = self._action(self.tr("&Find firm"), self.find_firm, std.Find)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.import_action = self._action(self.tr("&Import firms…"), self.import_firms)
        self.export_action = self._action(
            self.tr("&Export for headquarters / reports…"), self.export, "Ctrl+E"
        )
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.about_action = self._action(self.tr("&About Madoguchi"), self.about)
        self.library_action = self._action(
            self.tr("&Playbook library…"), self.show_library, "Ctrl+B"
        )
        self.view_actions = []
        names = (
            self.tr("&Home"),
            self.tr("&Firms"),
            self.tr("&Consultations"),
            self.tr("F&ollow-ups"),
        )
        for n, name in enumerate(names):
            action = self._action(
                name, lambda _=False, i=n: self.tabs.setCurrentIndex(i), f"Ctrl+{n + 1}"
            )
            self.view_actions.append(action)
        # What needs the engine waits for it, greyed (the views and Find work from the start).
        self.record_actions = [
            self.delete_action,
            self.restore_action,
            self.history_action,
            self.settings_action,
            self.import_action,
            self.export_action,
            self.backups_action,
            self.library_action,
        ]
        for action in self.record_actions:
            action.setEnabled(False)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_firm_action)
        file_menu.addAction(self.new_consultation_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.open_action)
        edit_menu.addAction(self.history_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.restore_action)
        view_menu = menu.addMenu(self.tr("&View"))
        for action in self.view_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.library_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_ONLY)
        toolbar.addAction(self.new_firm_action)
        toolbar.addAction(self.new_consultation_action)
        toolbar.addAction(self.search_action)
        self.register.trash.toggled.connect(self._trash_mode)

    def _trash_mode(self, on: bool) -> None:
        if self.is_loaded:
            self.delete_action.setEnabled(not on)
            self.restore_action.setEnabled(on)

    def _tab_changed(self, index: int) -> None:
        if not self.is_loaded:
            return
        widget = self.tabs.widget(index)
        if widget is self.dashboard and self.dashboard.board is None:
            self.dashboard.refresh()
        elif widget is self.consultations and self.consultations.model.rowCount() == 0:
            self.consultations.apply_filter()
        elif widget is self.followups:
            self.followups.refresh()

    @property
    def library(self) -> Library:
        if self._library is None:
            from desktop.core.playbooks import load_default_library

            self._library = load_default_library()
        return self._library

    @staticmethod
    def _title_on(engine: Engine) -> str:
        from desktop.core import consultants, settings

        me = consultants.current_consultant(engine)
        return window_title(settings.get(engine, settings.COUNTER_NAME), me.name if me else None)

    def _update_title(self) -> None:
        self.setWindowTitle(self._title_on(self.engine))  # type: ignore[arg-type]

    def find_firm(self) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.focus_search()

    # --- firms -------------------------------------------------------------------------
    def new_firm(self) -> FirmDialog:
        return self._show_firm(None)

    def open_current(self) -> None:
        firm_id = self.register.current_id()
        if firm_id is not None:
            self.open_firm(firm_id)

    def open_firm(self, firm_id: uuid.UUID | None) -> FirmDialog | None:
        if firm_id is None:
            return None
        if self.when_loaded(firm_id, lambda: self.open_firm(firm_id)):
            return None
        return self._show_firm(firm_id)

    def _show_firm(self, firm_id: uuid.UUID | None) -> FirmDialog:
        from desktop.core import settings
        from desktop.ui.firm_dialog import FirmDialog

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
            library=self.library,
            parent=self,
        )
        import uuid

        key = firm_id or uuid.uuid4()
        self.firm_dialogs[key] = dialog
        dialog.saved.connect(self._firm_saved)
        dialog.new_consultation.connect(self.new_consultation)
        dialog.open_consultation.connect(self.open_consultation)
        dialog.finished.connect(lambda _result, k=key: self.firm_dialogs.pop(k, None))
        dialog.show()
        return dialog

    def _firm_saved(self, firm_id: uuid.UUID) -> None:
        self.register.refresh(keep=firm_id)
        self._records_changed(self.register)  # the firm's name shows in the other views

    def delete_current(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core import firms

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
            firms.delete_firm(self.engine, firm_id)
            self.register.refresh()
            self._records_changed(self.register)

    def restore_current(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core import firms

        firm_id = self.register.current_id()
        if firm_id is None:
            return
        try:
            firms.restore_firm(self.engine, firm_id)
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Restore"), render(exc.message))
            return
        self.register.refresh()
        self._records_changed(self.register)

    def show_history(self) -> None:
        from desktop.ui.history_dialog import HistoryDialog

        widget = self.tabs.currentWidget()
        if widget is self.register and self.register.current_id():
            entity, record = "firm", self.register.current_id()
        elif widget is self.consultations and self.consultations.current_id():
            entity, record = "consultation", self.consultations.current_id()
        else:
            return
        HistoryDialog(self.engine, entity, record, self, lang=self.lang).exec()  # type: ignore[arg-type]

    # --- consultations -----------------------------------------------------------------
    def new_consultation(
        self, firm_id: uuid.UUID | None, draft: drafts.DraftView | None = None
    ) -> ConsultationForm:
        import uuid

        from desktop.ui.consultation_form import ConsultationForm

        consultation_id = None
        if draft is not None and draft.payload.get("consultation_id"):
            consultation_id = uuid.UUID(draft.payload["consultation_id"])
        form = ConsultationForm(
            self.engine,
            self.lang,
            consultation_id=consultation_id,
            firm_id=firm_id,
            draft=draft,
            parent=self,
        )
        # A restored draft of an existing record is that record's form: key it so.
        return self._track(form, consultation_id or uuid.uuid4())

    def open_consultation(self, consultation_id: uuid.UUID) -> ConsultationForm:
        from desktop.ui.consultation_form import ConsultationForm

        existing = self.consultation_forms.get(consultation_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        form = ConsultationForm(
            self.engine,
            self.lang,
            consultation_id=consultation_id,
            parent=self,
        )
        return self._track(form, consultation_id)

    def _track(self, form: ConsultationForm, key: uuid.UUID) -> ConsultationForm:
        """Open forms by consultation id, so opening a record raises its form, never a twin."""
        self.consultation_forms[key] = form
        form.saved.connect(lambda cid, f=form: self._form_saved(f, cid))
        form.finished.connect(lambda _result, f=form: self._forget_form(f))
        form.show()
        return form

    def _form_saved(self, form: ConsultationForm, consultation_id: uuid.UUID) -> None:
        self._forget_form(form)
        self.consultation_forms[consultation_id] = form  # a new record now has its id
        self._records_changed()

    def _forget_form(self, form: ConsultationForm) -> None:
        for key, open_form in list(self.consultation_forms.items()):
            if open_form is form:
                del self.consultation_forms[key]

    def _records_changed(self, source: QWidget | None = None) -> None:
        """After a change, every open view shows the new state (``source`` already does)."""
        if source is not self.consultations and (
            self.consultations.model.rowCount() or self.tabs.currentWidget() is self.consultations
        ):
            self.consultations.apply_filter()
        if source is not self.followups:
            self.followups.refresh()
        self.dashboard.records_changed()
        for dialog in self.firm_dialogs.values():
            dialog.timeline.refresh()
            dialog.assets.reload()
            dialog.support.refresh()

    def offer_drafts(self) -> list[ConsultationForm]:
        """Forms left open by a crash come back, if the user wants them."""
        from desktop.core import drafts
        from desktop.ui.consultation_form import DRAFT_KIND

        found = drafts.list_drafts(self.engine, DRAFT_KIND)
        if not found:
            return []
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Restore unsaved work"),
            self.tr(
                "%n consultation form(s) were not saved when Madoguchi last closed. "
                "Open them again?",
                "",
                len(found),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            for draft in found:
                drafts.discard_draft(self.engine, draft.id)
            return []
        import uuid

        forms = []
        for draft in found:
            firm = draft.payload.get("input", {}).get("firm_id")
            forms.append(self.new_consultation(uuid.UUID(firm) if firm else None, draft))
        return forms

    def show_consultations(self, query: object) -> None:
        self.tabs.setCurrentWidget(self.consultations)
        self.consultations.show_query(query)  # type: ignore[arg-type]

    def show_firms(self, spec: dict[str, object], caption: str) -> None:
        self.tabs.setCurrentWidget(self.register)
        self.register.show_selection(spec, caption)

    def export(self) -> None:
        from desktop.ui.export_dialog import ExportDialog

        ExportDialog(self.engine, self.lang, self.qsettings, parent=self).exec()

    def show_library(self) -> None:
        from desktop.ui.playbook_library import PlaybookLibraryDialog

        PlaybookLibraryDialog(self.library, self.lang, parent=self).exec()

    def global_search(self) -> None:
        from desktop.ui.search_dialog import SearchDialog

        dialog = SearchDialog(self.engine, self.lang, self)
        dialog.open_firm.connect(self.open_firm)
        dialog.open_consultation.connect(self.open_consultation)
        dialog.exec()

    # --- import and backups -------------------------------------------------------------
    def import_firms(self) -> None:
        from desktop.core import settings
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(
            self.engine,
            default_prefecture=settings.get(self.engine, settings.PREFECTURE),
            parent=self,
        )
        dialog.imported.connect(lambda _count: self.register.refresh())
        dialog.exec()

    def show_backups(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.backups import database_file
        from desktop.ui.backups_dialog import BackupsDialog

        path = database_file(self.engine)
        if path is None:
            QMessageBox.information(
                self, self.tr("Backups"), self.tr("This database is on a server; back it up there.")
            )
            return
        BackupsDialog(path, self).exec()

    # --- settings and closing ---------------------------------------------------------
    def open_settings(self) -> None:
        from desktop.ui.setup_dialogs import SettingsDialog

        dialog = SettingsDialog(self.engine, self.lang, self)
        if dialog.exec():
            self._update_title()
            self._records_changed()  # the era display may have changed how dates read

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Madoguchi"),
            self.tr(
                "Madoguchi {version}\n\nRecords, playbooks and reports for the consultants "
                "of the prefectural IP support counters."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        windows = [*self.firm_dialogs.values(), *self.consultation_forms.values()]
        for window in windows:
            if not window.close():
                event.ignore()
                return
        self.qsettings.setValue("main/geometry", self.saveGeometry())
        self.qsettings.setValue("main/state", self.saveState())
        for key in STALE_KEYS:
            self.qsettings.remove(key)
        self.qsettings.setValue(FIRM_HEADER_KEY, self.register.view.horizontalHeader().saveState())
        self.qsettings.setValue(FIRM_ORDER_KEY, self.register.saved_order())
        self.qsettings.setValue("main/tab", self.tabs.currentIndex())
        self.qsettings.sync()
        super().closeEvent(event)

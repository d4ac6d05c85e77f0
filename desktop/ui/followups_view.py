"""Follow-ups: what is due, what is overdue, and marking them done."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import consultants, consultations, playbook_runs, settings
from desktop.core import consultation_queries as cq
from desktop.core.calendar import format_date, local_day
from desktop.core.playbooks import Library
from desktop.ui.tables import colour

STATE_COLOURS = {"overdue": "#ffebee", "today": "#fff8e1", "upcoming": "", "done": "#f1f8e9"}


class FollowUpsView(QWidget):
    open_requested = Signal(object)  # consultation id
    open_firm = Signal(object)  # firm id
    changed = Signal()

    def __init__(
        self,
        engine: Engine,
        lang: str,
        parent: QWidget | None = None,
        *,
        library: Callable[[], Library] | None = None,
    ):
        super().__init__(parent)
        self._library_of = library
        self.engine, self.lang = engine, lang
        self.items: list[cq.FollowUp] = []
        self.mine = QCheckBox(self.tr("Only &mine"))
        self.show_done = QCheckBox(self.tr("Include &completed"))
        self.summary = QLabel()
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.setShortcut("Ctrl+D")
        self.done_button.clicked.connect(self.mark_done)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.mine)
        bar.addWidget(self.show_done)
        bar.addWidget(self.done_button)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("followupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("State"), self.tr("Firm"), self.tr("Action"), self.tr("Done")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 2)
        self.steps: list[playbook_runs.NextStep] = []
        self.steps_table = QTableWidget(0, 4)
        self.steps_table.setObjectName("nextStepsTable")
        self.steps_table.setHorizontalHeaderLabels(
            [self.tr("Firm"), self.tr("Playbook"), self.tr("Next step"), self.tr("Progress")]
        )
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table.verticalHeader().hide()
        self.steps_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.steps_table.doubleClicked.connect(self._open_step_firm)
        layout.addWidget(QLabel(self.tr("Next steps of the playbooks under way")))
        layout.addWidget(self.steps_table, 1)
        self.mine.toggled.connect(self.refresh)
        self.show_done.toggled.connect(self.refresh)

    def state_label(self, state: str) -> str:
        return {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Due today"),
            "upcoming": self.tr("Upcoming"),
            "done": self.tr("Done"),
        }[state]

    def refresh(self) -> None:
        today = date.today()
        era = bool(settings.get(self.engine, settings.ERA_DISPLAY))
        me = consultants.current_consultant(self.engine)
        self.items = cq.followups(
            self.engine,
            today=today,
            include_done=self.show_done.isChecked(),
            consultant_id=me.id if (me and self.mine.isChecked()) else None,
        )
        self.table.setRowCount(len(self.items))
        counts = {"overdue": 0, "today": 0}
        for row, item in enumerate(self.items):
            state = item.state(today)
            if state in counts:
                counts[state] += 1
            done = ""
            if item.done_at is not None:
                done_day = format_date(local_day(item.done_at), era=era, lang=self.lang)
                done = f"{done_day} {item.done_by}".strip()
            values = [
                format_date(item.due, era=era, lang=self.lang),
                self.state_label(state),
                item.firm_name or "—",
                item.action,
                done,
            ]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.consultation_id)
                if STATE_COLOURS[state]:
                    cell.setBackground(colour(STATE_COLOURS[state]))
                if state == "overdue" and col == 1:
                    cell.setForeground(colour("#b71c1c"))
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fill_steps()
        self.summary.setText(self.tr("{overdue} overdue, {today} due today").format(**counts))

    @property
    def library(self) -> Library | None:
        """The playbooks, asked of the window when the steps are shown (not at start)."""
        return self._library_of() if self._library_of else None

    def _fill_steps(self) -> None:
        library = self.library
        self.steps = playbook_runs.next_steps(self.engine, library)
        self.steps_table.setRowCount(len(self.steps))
        for row, item in enumerate(self.steps):
            playbook = library.get(item.playbook_key) if library else None
            step = playbook.step(item.step_key) if playbook else None
            state = self.tr(" (in progress)") if item.state == "doing" else ""
            values = [
                item.firm_name,
                playbook.title.get(self.lang) if playbook else item.playbook_key,
                (step.title.get(self.lang) if step else item.step_key) + state,
                f"{item.done}/{item.total}",
            ]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, item.firm_id)
                self.steps_table.setItem(row, col, cell)
        self.steps_table.resizeColumnsToContents()
        self.steps_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _open_step_firm(self, index) -> None:  # type: ignore[no-untyped-def]
        firm_id = index.data(Qt.ItemDataRole.UserRole)
        if firm_id is not None:
            self.open_firm.emit(firm_id)

    def current(self) -> cq.FollowUp | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def mark_done(self) -> None:
        item = self.current()
        if item is None or item.done_at is not None:
            return
        me = consultants.current_consultant(self.engine)
        consultations.mark_followup_done(self.engine, item.consultation_id, me.id if me else None)
        self.refresh()
        self.changed.emit()

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        cid: uuid.UUID | None = index.data(Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.open_requested.emit(cid)

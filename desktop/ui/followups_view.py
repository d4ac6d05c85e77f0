"""Follow-ups: what is due, what is overdue, and marking them done.

Marking one done (Ctrl+D) says which one it was on a line above the list, with an Undo
button (Alt+U, or Ctrl+Z in the view) that reopens it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
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

from desktop.core import consultants, consultations, playbook_runs
from desktop.core import consultation_queries as cq
from desktop.core.date_words import DateWords, date_words
from desktop.core.errors import MadoguchiError
from desktop.core.playbooks import Library
from desktop.ui.i18n import error_text
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
        self.dates = DateWords(era=False, lang=lang)  # as the items were shown: read at refresh
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
        # What the last Mark done did, and the way back.
        self.last_done: cq.FollowUp | None = None
        self.done_message = QLabel()
        self.done_message.setObjectName("followupDoneMessage")
        self.done_message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(
            self.tr("Reopen the follow-up just marked done ({key})").format(
                key=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.undo_button.clicked.connect(self.undo_done)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_done)
        self.undo_shortcut.setEnabled(False)
        self.done_line = QFrame()
        self.done_line.setObjectName("followupDoneLine")
        self.done_line.setFrameShape(QFrame.Shape.StyledPanel)
        self.done_line.setStyleSheet("#followupDoneLine { background: #f1f8e9; }")
        done_row = QHBoxLayout(self.done_line)
        done_row.setContentsMargins(6, 2, 6, 2)
        done_row.addWidget(self.done_message, 1)
        done_row.addWidget(self.undo_button)
        self.done_line.hide()
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
        layout.addWidget(self.done_line)
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
        # What the list showed changes under the line: its Undo would act on a record
        # that may have changed since (a mark done says so again after refreshing).
        self.last_done = None
        self.done_line.hide()
        self.undo_shortcut.setEnabled(False)
        today = date.today()
        self.dates = date_words(self.engine, self.lang)
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
                done_day = self.dates.local_date(item.done_at)
                done = f"{done_day} {item.done_by}".strip()
            values = [
                self.dates.date(item.due),
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

    def _described(self, item: cq.FollowUp) -> dict[str, str]:
        return {"firm": item.firm_name or "—", "due": self.dates.date(item.due)}

    def _say(self, text: str, *, undo: bool) -> None:
        self.done_message.setText(text)
        self.undo_button.setVisible(undo)
        self.undo_shortcut.setEnabled(undo)
        self.done_line.show()

    def mark_done(self) -> None:
        item = self.current()
        if item is None or item.done_at is not None:
            return
        me = consultants.current_consultant(self.engine)
        try:
            consultations.mark_followup_done(
                self.engine, item.consultation_id, me.id if me else None
            )
        except MadoguchiError as exc:
            self.refresh()
            self._say(error_text(exc), undo=False)
            return
        self.refresh()
        self.last_done = item
        self._say(
            self.tr("Marked done: {firm}, due {due}.").format(**self._described(item)), undo=True
        )
        self.changed.emit()

    def undo_done(self) -> None:
        """Reopen the follow-up the last Mark done closed, and select it again."""
        item = self.last_done
        if item is None:
            return
        try:
            consultations.reopen_followup(self.engine, item.consultation_id)
        except MadoguchiError as exc:
            self.refresh()
            self._say(error_text(exc), undo=False)
            return
        self.refresh()
        for row, shown in enumerate(self.items):
            if shown.consultation_id == item.consultation_id:
                self.table.selectRow(row)
                self.table.setFocus()  # Ctrl+D marks it done again
                break
        self._say(
            self.tr("Reopened: {firm}, due {due}.").format(**self._described(item)), undo=False
        )
        self.changed.emit()

    def _open(self, index) -> None:  # type: ignore[no-untyped-def]
        cid: uuid.UUID | None = index.data(Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.open_requested.emit(cid)

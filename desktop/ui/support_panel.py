"""The firm's support: its classification (A1–B3), recommended playbooks and runs."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import assessment, playbook_runs
from desktop.core import consultation_queries as cq
from desktop.core.date_words import DateWords, date_words
from desktop.core.errors import MadoguchiError
from desktop.core.playbooks import Library
from desktop.ui.hanging_delegate import use_hanging_indent
from desktop.ui.i18n import render

RunRole = Qt.ItemDataRole.UserRole + 1
StepRole = Qt.ItemDataRole.UserRole + 2
RunStateRole = Qt.ItemDataRole.UserRole + 3
StepStateRole = Qt.ItemDataRole.UserRole + 4
NextStepRole = Qt.ItemDataRole.UserRole + 5  # on a run: the key of its step marked ▶


class SupportPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        engine: Engine,
        lang: str,
        library: Library,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.lang, self.library = engine, lang, library
        self.firm_id: uuid.UUID | None = None
        self.dates = DateWords(era=False, lang=lang)

        self.cell = QLabel()
        self.cell.setObjectName("currentCell")
        self.cell.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.cell.setWordWrap(True)
        self.assess_button = QPushButton(self.tr("&Assess…"))
        self.assess_button.clicked.connect(self.assess)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #444;")
        head = QHBoxLayout()
        head.addWidget(self.cell, 1)
        head.addWidget(self.assess_button)

        self.recommended = QListWidget()
        self.recommended.setObjectName("recommendedPlaybooks")
        use_hanging_indent(self.recommended)  # each title, and why, under it
        self.start_button = QPushButton(self.tr("&Start playbook"))
        self.start_button.clicked.connect(self.start_selected)
        self.read_button = QPushButton(self.tr("&Read…"))
        self.read_button.clicked.connect(self.read_selected)
        rec_box = QGroupBox(self.tr("Recommended playbooks"))
        rec_layout = QVBoxLayout(rec_box)
        rec_layout.addWidget(self.recommended)
        rec_buttons = QHBoxLayout()
        rec_buttons.addWidget(self.start_button)
        rec_buttons.addWidget(self.read_button)
        rec_buttons.addStretch()
        rec_layout.addLayout(rec_buttons)

        self.runs = QTreeWidget()
        self.runs.setObjectName("playbookRuns")
        self.runs.setColumnCount(4)
        self.runs.setHeaderLabels(
            [self.tr("Playbook / step"), self.tr("State"), self.tr("Date"), self.tr("Note")]
        )
        self.runs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs.setColumnWidth(0, 360)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the step (optional)"))
        self.consultation = QComboBox()
        self.state_buttons: dict[str, QPushButton] = {}
        step_bar = QHBoxLayout()
        for state, text in (
            ("doing", self.tr("In progress")),
            ("done", self.tr("Done")),
            ("skipped", self.tr("Skip")),
            ("todo", self.tr("Back to to-do")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"step_{state}")
            button.clicked.connect(lambda _=False, s=state: self.set_selected_step(s))
            self.state_buttons[state] = button
            step_bar.addWidget(button)
        step_bar.addStretch()
        self.stop_button = QPushButton(self.tr("Stop &following…"))
        self.stop_button.setObjectName("stopRun")
        self.stop_button.setToolTip(
            self.tr("Stop following this playbook for the firm; its steps are kept")
        )
        self.stop_button.clicked.connect(self.stop_selected_run)
        step_bar.addWidget(self.stop_button)
        runs_box = QGroupBox(self.tr("Playbooks followed"))
        runs_layout = QVBoxLayout(runs_box)
        runs_layout.addWidget(self.runs)
        runs_layout.addWidget(self.note)
        link_row = QHBoxLayout()
        link_row.addWidget(QLabel(self.tr("Happened in:")))
        link_row.addWidget(self.consultation, 1)
        runs_layout.addLayout(link_row)
        runs_layout.addLayout(step_bar)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.history)
        layout.addWidget(rec_box, 1)  # the two lists share the height
        layout.addWidget(runs_box, 1)
        self.runs.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.set_firm(None)

    # --- state ---------------------------------------------------------------------------
    def set_firm(self, firm_id: uuid.UUID | None) -> None:
        self.firm_id = firm_id
        self.setEnabled(firm_id is not None)
        self.refresh()

    def refresh(self) -> None:
        self.dates = date_words(self.engine, self.lang)
        self._show_assessment()
        self._show_recommendations()
        self._show_runs()
        self._fill_consultations()
        self._update_buttons()

    def day_text(self, day: date) -> str:
        return self.dates.date(day)

    def _show_assessment(self) -> None:
        tr = QCoreApplication.translate
        latest = assessment.latest(self.engine, self.firm_id) if self.firm_id else None
        if latest is None:
            self.cell.setText(self.tr("Not assessed yet"))
            self.history.clear()
            return
        self.cell.setText(
            f"{latest.cell}　{tr('Assessment', assessment.TYPE_LABELS[latest.sme_type])} / "
            f"{tr('Assessment', assessment.STAGE_LABELS[latest.stage])}"
        )
        lines = []
        for record in assessment.history(self.engine, self.firm_id)[:5]:
            line = f"{self.day_text(record.assessed_on)}  {record.cell}"
            if record.overridden:
                line += " " + self.tr("(changed from {cell}: {reason})").format(
                    cell=record.computed_cell, reason=record.override_reason or ""
                )
            lines.append(line)
        self.history.setText(self.tr("Assessments: ") + " ／ ".join(lines))

    def _show_recommendations(self) -> None:
        chosen = self.selected_playbook()  # kept when the list is read again, if still in it
        self.recommended.clear()
        if self.firm_id is None:
            return
        for rec in playbook_runs.recommendations_for(self.engine, self.library, self.firm_id):
            reasons = ("、" if self.lang == "ja" else "; ").join(render(r) for r in rec.reasons)
            item = QListWidgetItem(f"{rec.playbook.title.get(self.lang)}\n{reasons}")
            item.setData(Qt.ItemDataRole.UserRole, rec.playbook.key)
            self.recommended.addItem(item)
            if rec.playbook.key == chosen:
                self.recommended.setCurrentItem(item)
        if self.recommended.count() and self.recommended.currentItem() is None:
            self.recommended.setCurrentRow(0)

    def state_label(self, state: str) -> str:
        return {
            "todo": self.tr("To do"),
            "doing": self.tr("In progress"),
            "done": self.tr("Done"),
            "skipped": self.tr("Skipped"),
            "active": self.tr("Active"),
            "finished": self.tr("Finished"),
            "abandoned": self.tr("Abandoned"),
        }.get(state, state)

    def _show_runs(self) -> None:
        # Read again after every change, this panel's own too (the main window refreshes
        # each open firm): the step or run selected stays selected, for the next button.
        current = self.runs.currentItem()
        kept = (current.data(0, RunRole), current.data(0, StepRole)) if current else None
        self.runs.clear()
        if self.firm_id is None:
            return
        for run in playbook_runs.list_runs(self.engine, self.firm_id, self.library):
            playbook = self.library.get(run.playbook_key)
            title = playbook.title.get(self.lang) if playbook else run.playbook_key
            progress = self.tr("{done}/{total} steps").format(done=run.done, total=len(run.steps))
            top = QTreeWidgetItem(
                [
                    title,
                    f"{self.state_label(run.state)} · {progress}",
                    self.day_text(run.started_on),
                    "",
                ]
            )
            top.setData(0, RunRole, run.id)
            top.setData(0, RunStateRole, run.state)
            next_key = run.next_step.key if run.next_step else None
            top.setData(0, NextStepRole, next_key)
            self.runs.addTopLevelItem(top)
            for step in run.steps:
                spec = playbook.step(step.key) if playbook else None
                name = spec.title.get(self.lang) if spec else step.key
                marker = "▶ " if step.key == next_key else ""
                child = QTreeWidgetItem(
                    [
                        marker + name,
                        self.state_label(step.state),
                        self.day_text(step.happened_on) if step.happened_on else "",
                        step.note,
                    ]
                )
                child.setData(0, RunRole, run.id)
                child.setData(0, StepRole, step.key)
                child.setData(0, RunStateRole, run.state)
                child.setData(0, StepStateRole, step.state)
                if spec is not None:
                    child.setToolTip(0, spec.guidance.get(self.lang))
                top.addChild(child)
            top.setExpanded(run.state == "active")
        for column in (1, 2):  # state with progress, and the date, each read whole
            self.runs.resizeColumnToContents(column)
        if kept is not None:
            self.select_step(*kept)

    def _fill_consultations(self) -> None:
        self.consultation.clear()
        self.consultation.addItem(self.tr("(not linked to a consultation)"), None)
        if self.firm_id is None:
            return
        query = cq.ConsultationQuery(firm_id=self.firm_id)
        for row in cq.fetch_page(self.engine, query, limit=30):
            day = self.day_text(row.started_at.date())
            self.consultation.addItem(f"{day} {row.excerpt[:40]}", row.id)

    def _update_buttons(self) -> None:
        item = self.runs.currentItem()
        run_state = item.data(0, RunStateRole) if item is not None else None
        is_step = item is not None and item.data(0, StepRole) is not None
        step_state = item.data(0, StepStateRole) if is_step else None
        for state, button in self.state_buttons.items():  # a stopped run's steps stay put
            button.setEnabled(is_step and run_state != "abandoned" and state != step_state)
        self.stop_button.setEnabled(run_state == "active")
        self.start_button.setEnabled(self.recommended.count() > 0)

    # --- actions -------------------------------------------------------------------------
    def assess(self) -> None:
        if self.firm_id is None:
            return
        from desktop.ui.assessment_wizard import AssessmentWizard

        wizard = AssessmentWizard(self.engine, self.firm_id, parent=self)
        if wizard.exec():
            self.refresh()
            self.changed.emit()

    def selected_playbook(self) -> str | None:
        item = self.recommended.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def start_selected(self) -> uuid.UUID | None:
        key = self.selected_playbook()
        if key is None or self.firm_id is None:
            return None
        try:
            run_id = playbook_runs.start_run(self.engine, self.library, self.firm_id, key)
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Start playbook"), render(exc.message))
            return None
        self.refresh()
        self._select_next_step(run_id)  # the buttons are ready for the first step
        self.changed.emit()
        return run_id

    def _select_next_step(self, run_id: uuid.UUID) -> None:
        for n in range(self.runs.topLevelItemCount()):
            top = self.runs.topLevelItem(n)
            if top.data(0, RunRole) == run_id and top.data(0, NextStepRole) is not None:
                self.select_step(run_id, top.data(0, NextStepRole))
                self.runs.setFocus()
                return

    def read_selected(self) -> None:
        from desktop.ui.playbook_library import PlaybookLibraryDialog

        PlaybookLibraryDialog(self.library, self.lang, self.selected_playbook(), self).exec()

    def select_step(self, run_id: uuid.UUID, step_key: str | None) -> None:
        """Select a run's step, or the run itself when ``step_key`` is None."""
        for n in range(self.runs.topLevelItemCount()):
            top = self.runs.topLevelItem(n)
            if step_key is None and top.data(0, RunRole) == run_id:
                self.runs.setCurrentItem(top)
                return
            for c in range(top.childCount()):
                child = top.child(c)
                if child.data(0, RunRole) == run_id and child.data(0, StepRole) == step_key:
                    self.runs.setCurrentItem(child)
                    return

    def stop_selected_run(self) -> bool:
        """Stop following the selected playbook, after asking; True if it was stopped."""
        item = self.runs.currentItem()
        if item is None or item.data(0, RunStateRole) != "active":
            return False
        while item.parent() is not None:
            item = item.parent()
        answer = QMessageBox.question(
            self,
            self.tr("Stop following"),
            self.tr(
                "Stop following “{playbook}” for this firm? The steps done so far are kept, "
                "and the playbook can be started again later."
            ).format(playbook=item.text(0)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        run_id = item.data(0, RunRole)
        try:
            playbook_runs.abandon_run(self.engine, run_id)
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Stop following"), render(exc.message))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def set_selected_step(self, state: str) -> None:
        item = self.runs.currentItem()
        if item is None or item.data(0, StepRole) is None:
            return
        run_id, step_key = item.data(0, RunRole), item.data(0, StepRole)
        try:
            playbook_runs.set_step(
                self.engine,
                run_id,
                step_key,
                state,
                happened_on=date.today() if state != "todo" else None,
                note=self.note.text().strip(),
                consultation_id=self.consultation.currentData(),
            )
        except MadoguchiError as exc:
            QMessageBox.warning(self, self.tr("Playbook step"), render(exc.message))
            return
        self.note.clear()
        self._show_runs()  # keeps the step selected
        self.changed.emit()

"""A firm's timeline: consultations, IP milestones, assessments and playbook steps."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import consultation_queries as cq
from desktop.core.date_words import date_words
from desktop.core.playbooks import Library
from desktop.core.reference import reference
from desktop.core.text import list_separator

WHAT_WIDTH = 320  # at most, in pixels: the details column gets the rest


class TimelineView(QWidget):
    open_consultation = Signal(object)

    def __init__(
        self,
        engine: Engine,
        lang: str,
        library: Library | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.lang, self.library = engine, lang, library
        self.firm_id: uuid.UUID | None = None
        self.entries: list[cq.TimelineEntry] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("timelineTable")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Details")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def set_firm(self, firm_id: uuid.UUID | None) -> None:
        self.firm_id = firm_id
        self.refresh()

    def describe(self, entry: cq.TimelineEntry) -> str:
        ref = reference()
        parts = entry.codes  # by kind, as TimelineEntry says
        if entry.kind == "consultation":
            channel = ref.channels.label(parts[0], self.lang)
            labels = (ref.topics.label(t, self.lang) for t in entry.topics)
            topics = list_separator(self.lang).join(labels)
            return self.tr("Consultation ({channel}): {topics}").format(
                channel=channel, topics=topics
            )
        if entry.kind == "milestone":
            return self.tr("IP ({kind}): {status}").format(
                kind=ref.ip_kinds.label(parts[0], self.lang),
                status=ref.ip_statuses.label(parts[1], self.lang),
            )
        if entry.kind == "assessment":
            cell = ("A" if parts[0] == "challenger" else "B") + parts[1]
            return self.tr("Assessment: {cell}").format(cell=cell)
        playbook = self.library.get(parts[0]) if self.library else None
        step = playbook.step(parts[1]) if playbook else None
        states = {
            "todo": self.tr("to do"),
            "doing": self.tr("in progress"),
            "done": self.tr("done"),
            "skipped": self.tr("skipped"),
        }
        return self.tr("Playbook “{playbook}”: {step} ({state})").format(
            playbook=playbook.title.get(self.lang) if playbook else parts[0],
            step=step.title.get(self.lang) if step else parts[1],
            state=states.get(parts[2], parts[2]),
        )

    def refresh(self) -> None:
        self.entries = cq.timeline(self.engine, self.firm_id) if self.firm_id else []
        dates = date_words(self.engine, self.lang)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            # A consultation has its time of day; the other events are days.
            when = (
                dates.moment(entry.when)
                if entry.kind == "consultation"
                else dates.date(entry.when.date())
            )
            for col, value in enumerate((when, self.describe(entry), entry.detail)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.ref_id))
                if col:  # what an elided cell says in full
                    item.setToolTip(value)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        # A consultation on five topics must not squeeze what was said into a sliver.
        header.resizeSection(1, min(header.sectionSize(1), WHAT_WIDTH))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _activated(self, index) -> None:  # type: ignore[no-untyped-def]
        data = index.data(Qt.ItemDataRole.UserRole)
        if data and data[0] == "consultation":
            self.open_consultation.emit(data[1])

"""The consultation form: log a consultation in under a minute, with the keyboard alone.

Tab moves through the fields in reading order, Space ticks topics and consultants,
Ctrl+S saves, Esc asks before discarding. Every change is written to a draft a
moment later, so a crash loses at most the last keystrokes.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import consultants, consultations, drafts, ip_assets
from desktop.core.consultations import ConsultationInput, MilestoneInput, ReferralInput
from desktop.core.errors import ValidationError
from desktop.core.reference import reference
from desktop.core.text import Message
from desktop.ui.fields import (
    ColumnLayout,
    FieldDateEdit,
    FieldDateTimeEdit,
    FieldRow,
    add_row,
    fit_columns,
)
from desktop.ui.firm_picker import FirmPicker

DRAFT_KIND = "consultation"
DRAFT_DELAY_MS = 700
CONFIDENTIAL_STYLE = "background: #fff4f4; border: 1px solid #c62828;"
# The columns that give way so that a table fits the form: the partner (its longest
# choices run to 60 characters) and the organisation typed in; the IP asset.
REFERRAL_STRETCH = (0, 1)
MILESTONE_STRETCH = (0,)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _placeholder_width(edit: QLineEdit) -> int:
    """The width at which ``edit`` shows its whole placeholder (as ``QLineEdit.sizeHint``
    measures its usual width, with the placeholder for the text)."""
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    # QLineEdit's own inner margin is 2 px a side.
    inner = QSize(text + 2 * 2 + margins.left() + margins.right(), edit.fontMetrics().height())
    style = edit.style()
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
    return style.sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, inner, edit).width()


class ConsultationForm(QDialog):
    saved = Signal(object)  # consultation id

    def __init__(
        self,
        engine: Engine,
        lang: str,
        *,
        consultation_id: uuid.UUID | None = None,
        firm_id: uuid.UUID | None = None,
        draft: drafts.DraftView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        self.consultation_id = consultation_id
        self.draft_id = draft.id if draft else uuid.uuid4()
        self.dirty = False
        self._loading = True
        self.setObjectName("consultationForm")
        self.resize(760, 900)
        ref = reference()
        self.rows: dict[str, FieldRow] = {}

        self.started_at = FieldDateTimeEdit(QDateTime.currentDateTime())
        self.started_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.started_at.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setRange(0, 1440)
        self.duration.setSingleStep(15)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" min"))
        self.channel = QComboBox()
        for label in ref.channels:
            self.channel.addItem(label.get(lang), label.code)
        self.firm = FirmPicker(engine, lang)

        self.staff = QListWidget()
        self.staff.setMaximumHeight(90)
        me = consultants.current_consultant(engine)
        for person in consultants.list_consultants(engine):
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = me is not None and person.id == me.id
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.staff.addItem(item)

        self.topic_boxes: dict[str, QCheckBox] = {}
        for label in ref.topics:
            box = QCheckBox(label.get(lang))
            box.setObjectName(f"topic_{label.code}")
            self.topic_boxes[label.code] = box
        # As many columns as the width allows (three in Japanese, fewer for longer labels).
        self.topics = QWidget()
        self.topic_layout = ColumnLayout(self.topics, max_columns=3)
        for box in self.topic_boxes.values():
            self.topic_layout.addWidget(box)

        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was asked, what was advised"))
        self.summary.setMinimumHeight(90)
        self.confidential = QPlainTextEdit()
        self.confidential.setTabChangesFocus(True)
        self.confidential.setObjectName("confidentialNotes")
        self.confidential.setStyleSheet(CONFIDENTIAL_STYLE)
        self.confidential.setMaximumHeight(70)
        self.confidential_note = QLabel(
            self.tr("Confidential: stays on this computer. Never in any export, report or search.")
        )
        self.confidential_note.setStyleSheet("color: #c62828; font-weight: bold;")
        self.confidential_note.setWordWrap(True)
        confidential_box = QWidget()
        cl = QVBoxLayout(confidential_box)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.confidential_note)
        cl.addWidget(self.confidential)
        self.outcome = QLineEdit()
        self.outcome.setMaxLength(2000)
        self.expert = QComboBox()
        for label in ref.expert_kinds:
            self.expert.addItem(label.get(lang), label.code)

        self.referrals = QTableWidget(0, 4)
        self.referrals.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Organisation"), self.tr("Direction"), self.tr("Status")]
        )
        fit_columns(self.referrals, stretch=REFERRAL_STRETCH)
        self.referrals.verticalHeader().hide()
        self.referrals.setMaximumHeight(110)
        self.add_referral_button = QPushButton(self.tr("Add referral (Ctrl+R)"))
        self.add_referral_button.clicked.connect(lambda: self.add_referral())
        self.remove_referral_button = QPushButton(self.tr("Remove"))
        self.remove_referral_button.clicked.connect(self._remove_referral)
        referral_box = QWidget()
        rl = QVBoxLayout(referral_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.referrals)
        rb = QHBoxLayout()
        rb.addWidget(self.add_referral_button)
        rb.addWidget(self.remove_referral_button)
        rb.addStretch()
        rl.addLayout(rb)

        self.followup = QCheckBox(self.tr("Follow-up on (Ctrl+U)"))
        self.followup_on = FieldDateEdit(QDate.currentDate().addDays(14))
        self.followup_on.setDisplayFormat("yyyy-MM-dd")
        self.followup_on.setCalendarPopup(True)
        self.followup_on.setEnabled(False)
        self.followup_action = QLineEdit()
        self.followup_action.setPlaceholderText(self.tr("What to do, e.g. call about the filing"))
        self.followup_action.setMinimumWidth(_placeholder_width(self.followup_action))
        self.followup_action.setEnabled(False)
        self.followup.toggled.connect(self.followup_on.setEnabled)
        self.followup.toggled.connect(self.followup_action.setEnabled)
        # The date beside the box, the action beneath them at the field's full width.
        followup_box = QWidget()
        fl = QVBoxLayout(followup_box)
        fl.setContentsMargins(0, 0, 0, 0)
        when = QHBoxLayout()
        when.addWidget(self.followup)
        when.addWidget(self.followup_on)
        when.addStretch()
        fl.addLayout(when)
        fl.addWidget(self.followup_action)

        self.milestones = QTableWidget(0, 3)
        self.milestones.setHorizontalHeaderLabels(
            [self.tr("IP asset"), self.tr("Milestone"), self.tr("Date")]
        )
        fit_columns(self.milestones, stretch=MILESTONE_STRETCH)
        self.milestones.verticalHeader().hide()
        self.milestones.setMaximumHeight(90)
        self.add_milestone_button = QPushButton(self.tr("Record an IP milestone (Ctrl+M)"))
        self.add_milestone_button.clicked.connect(lambda: self.add_milestone())
        milestone_box = QWidget()
        ml = QVBoxLayout(milestone_box)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.milestones)
        ml.addWidget(self.add_milestone_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.milestone_box = milestone_box

        form = QFormLayout()
        for key, caption, editor in [
            ("started_at", self.tr("&When"), self.started_at),
            ("duration_min", self.tr("&Duration"), self.duration),
            ("channel", self.tr("C&hannel"), self.channel),
            ("firm_id", self.tr("F&irm"), self.firm),
            ("consultant_ids", self.tr("Co&nsultants"), self.staff),
            ("topics", self.tr("&Topics"), self.topics),
            ("summary", self.tr("&Summary"), self.summary),
            ("confidential_notes", self.tr("Confidential notes"), confidential_box),
            ("outcome", self.tr("&Outcome"), self.outcome),
            ("expert_kind", self.tr("&Expert involved"), self.expert),
            ("referrals", self.tr("Referrals"), referral_box),
            ("followup_on", self.tr("Follow-up"), followup_box),
            ("milestones", self.tr("IP milestones"), milestone_box),
        ]:
            self.rows[key] = FieldRow(editor)
            add_row(form, caption, self.rows[key])
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.scroll = scroll
        self.status = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=lambda: self.add_referral())
        QShortcut(QKeySequence("Ctrl+U"), self, activated=self._toggle_followup)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=lambda: self.add_milestone())
        self._set_tab_order(list(self.topic_boxes.values()))

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        if consultation_id is not None:
            detail = consultations.get_consultation(engine, consultation_id)
            self.load(detail.data)
        elif firm_id is not None:
            self.firm.set_firm(firm_id)
        if draft is not None:
            self.load(ConsultationInput.from_json(draft.payload["input"]))
            self.dirty = True
        self._refresh_assets()
        self.firm.firm_changed.connect(lambda _id: self._refresh_assets())
        self._connect_changes()
        self._loading = False
        self._update_title()
        self.started_at.setFocus()

    # --- building ----------------------------------------------------------------------
    def _set_tab_order(self, topic_boxes: list[QCheckBox]) -> None:
        chain: list[QWidget] = [
            self.started_at,
            self.duration,
            self.channel,
            self.firm.edit,
            self.staff,
            *topic_boxes,
            self.summary,
            self.confidential,
            self.outcome,
            self.expert,
            self.referrals,
            self.add_referral_button,
            self.remove_referral_button,
            self.followup,
            self.followup_on,
            self.followup_action,
            self.add_milestone_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_changes(self) -> None:
        for signal in (
            self.started_at.dateTimeChanged,
            self.duration.valueChanged,
            self.channel.currentIndexChanged,
            self.firm.firm_changed,
            self.staff.itemChanged,
            self.summary.textChanged,
            self.confidential.textChanged,
            self.outcome.textEdited,
            self.expert.currentIndexChanged,
            self.followup.toggled,
            self.followup_on.dateChanged,
            self.followup_action.textEdited,
        ):
            signal.connect(self._changed)
        for box in self.topic_boxes.values():
            box.toggled.connect(self._changed)

    def _focus(self, widget: QWidget) -> None:
        """Focus moved by the form (Ctrl+R, Ctrl+U, a wrong field) is scrolled into view;
        Tab already does that itself."""
        widget.setFocus()
        self.scroll.ensureWidgetVisible(widget)

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.status.clear()
        self._update_title()
        self._draft_timer.start()

    def _update_title(self) -> None:
        title = self.tr("Consultation") if self.consultation_id else self.tr("New consultation")
        firm = self.firm.firm_name()
        self.setWindowTitle(f"{'*' if self.dirty else ''}{title}{' — ' + firm if firm else ''}")

    def add_referral(self, referral: ReferralInput | None = None) -> None:
        ref = reference()
        row = self.referrals.rowCount()
        self.referrals.insertRow(row)
        partner = QComboBox()
        for label in ref.partners:
            partner.addItem(label.get(self.lang), label.code)
        organisation = QLineEdit()
        organisation.setMaxLength(200)
        direction = QComboBox()
        for label in ref.referral_directions:
            direction.addItem(label.get(self.lang), label.code)
        status = QComboBox()
        for label in ref.referral_statuses:
            status.addItem(label.get(self.lang), label.code)
        if referral is not None:
            partner.setCurrentIndex(max(0, partner.findData(referral.partner_kind)))
            organisation.setText(referral.organisation)
            direction.setCurrentIndex(max(0, direction.findData(referral.direction)))
            status.setCurrentIndex(max(0, status.findData(referral.status)))
        for col, widget in enumerate((partner, organisation, direction, status)):
            self.referrals.setCellWidget(row, col, widget)
        for combo in (partner, direction, status):
            combo.currentIndexChanged.connect(self._changed)
        organisation.textEdited.connect(self._changed)
        fit_columns(self.referrals, stretch=REFERRAL_STRETCH)
        self._changed()
        if referral is None:
            self._focus(partner)

    def _toggle_followup(self) -> None:
        self.followup.toggle()
        if self.followup.isChecked():
            self._focus(self.followup_action)

    def _remove_referral(self) -> None:
        row = self.referrals.currentRow()
        if row < 0:
            row = self.referrals.rowCount() - 1
        if row >= 0:
            self.referrals.removeRow(row)
            self._changed()

    def _refresh_assets(self) -> None:
        firm_id = self.firm.firm_id
        self.assets = ip_assets.list_assets(self.engine, firm_id) if firm_id else []
        self.milestone_box.setEnabled(bool(self.assets))
        self.add_milestone_button.setToolTip(
            "" if self.assets else self.tr("The firm has no IP assets on record yet.")
        )

    def add_milestone(self, milestone: MilestoneInput | None = None) -> None:
        if not self.assets:
            return
        ref = reference()
        row = self.milestones.rowCount()
        self.milestones.insertRow(row)
        asset = QComboBox()
        for a in self.assets:
            asset.addItem(f"{ref.ip_kinds.label(a.kind, self.lang)}: {a.title}", a.id)
        status = QComboBox()
        for code in consultations.MILESTONE_STATUSES:
            status.addItem(ref.ip_statuses.label(code, self.lang), code)
        when = FieldDateEdit(self.started_at.date())
        when.setDisplayFormat("yyyy-MM-dd")
        if milestone is not None:
            asset.setCurrentIndex(max(0, asset.findData(milestone.asset_id)))
            status.setCurrentIndex(max(0, status.findData(milestone.status)))
            when.setDate(_qdate(milestone.happened_on))
        for col, widget in enumerate((asset, status, when)):
            self.milestones.setCellWidget(row, col, widget)
        fit_columns(self.milestones, stretch=MILESTONE_STRETCH)
        self._changed()

    # --- values ------------------------------------------------------------------------
    def load(self, data: ConsultationInput) -> None:
        loading, self._loading = self._loading, True
        dt = data.started_at
        self.started_at.setDateTime(
            QDateTime(QDate(dt.year, dt.month, dt.day), QTime(dt.hour, dt.minute))
        )
        self.duration.setValue(data.duration_min)
        self.channel.setCurrentIndex(max(0, self.channel.findData(data.channel)))
        self.firm.set_firm(data.firm_id)
        wanted = set(data.consultant_ids)
        for n in range(self.staff.count()):
            item = self.staff.item(n)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for code, box in self.topic_boxes.items():
            box.setChecked(code in data.topics)
        self.summary.setPlainText(data.summary)
        self.confidential.setPlainText(data.confidential_notes)
        self.outcome.setText(data.outcome)
        self.expert.setCurrentIndex(max(0, self.expert.findData(data.expert_kind)))
        self.referrals.setRowCount(0)
        for referral in data.referrals:
            self.add_referral(referral)
        self.followup.setChecked(data.followup_on is not None)
        if data.followup_on is not None:
            self.followup_on.setDate(_qdate(data.followup_on))
        self.followup_action.setText(data.followup_action)
        self._refresh_assets()
        self.milestones.setRowCount(0)
        for milestone in data.milestones:
            self.add_milestone(milestone)
        self._loading = loading

    def read(self) -> ConsultationInput:
        qdt = self.started_at.dateTime()
        d, t = qdt.date(), qdt.time()
        staff = tuple(
            self.staff.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.staff.count())
            if self.staff.item(n).checkState() == Qt.CheckState.Checked
        )
        referrals = []
        for row in range(self.referrals.rowCount()):
            partner, organisation, direction, status = (
                self.referrals.cellWidget(row, c) for c in range(4)
            )
            referrals.append(
                ReferralInput(
                    partner_kind=partner.currentData(),  # type: ignore[attr-defined]
                    organisation=organisation.text().strip(),  # type: ignore[attr-defined]
                    direction=direction.currentData(),  # type: ignore[attr-defined]
                    status=status.currentData(),  # type: ignore[attr-defined]
                )
            )
        milestones = []
        for row in range(self.milestones.rowCount()):
            asset, status, when = (self.milestones.cellWidget(row, c) for c in range(3))
            milestones.append(
                MilestoneInput(
                    asset.currentData(),  # type: ignore[attr-defined]
                    status.currentData(),  # type: ignore[attr-defined]
                    _pydate(when.date()),  # type: ignore[attr-defined]
                )
            )
        follow = self.followup.isChecked()
        return ConsultationInput(
            started_at=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            channel=self.channel.currentData(),
            topics=tuple(code for code, box in self.topic_boxes.items() if box.isChecked()),
            consultant_ids=staff,
            firm_id=self.firm.firm_id,
            duration_min=self.duration.value(),
            summary=self.summary.toPlainText(),
            confidential_notes=self.confidential.toPlainText(),
            outcome=self.outcome.text(),
            expert_kind=self.expert.currentData(),
            referrals=tuple(referrals),
            followup_on=_pydate(self.followup_on.date()) if follow else None,
            followup_action=self.followup_action.text() if follow else "",
            milestones=tuple(milestones),
        )

    def show_errors(self, errors: dict[str, Message]) -> None:
        for key, row in self.rows.items():
            row.show_error(errors.get(key))
        for key in self.rows:
            if key in errors:
                self._focus(self.rows[key].editor)
                break

    # --- drafts, saving, closing ---------------------------------------------------------
    def save_draft(self) -> None:
        if not self.dirty:
            return
        payload = {
            "input": self.read().to_json(),
            "consultation_id": str(self.consultation_id) if self.consultation_id else None,
        }
        drafts.save_draft(
            self.engine, self.draft_id, DRAFT_KIND, payload, ref_id=self.consultation_id
        )

    def save(self) -> bool:
        data = self.read()
        try:
            if self.consultation_id is None:
                self.consultation_id = consultations.create_consultation(self.engine, data)
            else:
                consultations.update_consultation(self.engine, self.consultation_id, data)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            self.status.setText(self.tr("Not saved: please correct the fields marked in red."))
            return False
        self._draft_timer.stop()
        drafts.discard_draft(self.engine, self.draft_id)
        self.show_errors({})
        self.milestones.setRowCount(0)
        self.dirty = False
        self.saved.emit(self.consultation_id)
        self.accept()
        return True

    def reject(self) -> None:  # Esc and Cancel
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Discard consultation"),
                self.tr("Discard what you typed in this consultation?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._draft_timer.stop()
        drafts.discard_draft(self.engine, self.draft_id)
        self.dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The close button does what Esc does: it asks first when something was typed,
        # and it ends the dialog, so the window forgets this form (``finished``) and
        # opening the record again shows a form instead of raising a hidden one.
        if self.isVisible():
            self.reject()
        if self.dirty:
            event.ignore()
            return
        event.accept()

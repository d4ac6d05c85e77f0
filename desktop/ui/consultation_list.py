"""The consultation list: filter by period, topic, channel, consultant, firm and text."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import consultants, consultations
from desktop.core import consultation_queries as cq
from desktop.core.calendar import last_day
from desktop.core.date_words import date_words
from desktop.core.reference import reference
from desktop.core.text import list_separator
from desktop.ui.consultation_model import (
    COL_CHANNEL,
    COL_FIRM,
    COL_SUMMARY,
    COL_TOPICS,
    ConsultationModel,
)
from desktop.ui.firm_picker import FirmPicker
from desktop.ui.periods import period_combo, relabel_periods
from desktop.ui.tables import IdRole, filter_chip, record_table
from desktop.ui.workers import run_task

SLACK = 6  # pixels to spare: a digit of another date, say, may be a little wider
# The most the topics column takes, in pixels: at the default window size (1200 wide) the
# summary keeps a quarter of the list and the follow-up column still shows.
TOPICS_MAX = 240


class ConsultationList(QWidget):
    open_requested = Signal(object)  # consultation id
    changed = Signal()  # a consultation was deleted, restored or purged here

    def __init__(self, engine: Engine, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        ref = reference()
        self.model = ConsultationModel(engine, lang, self)
        self._today = date.today()  # the day the periods were counted from
        # The words the periods are named in and the date columns fit; the model reads
        # them again at each refresh, and a difference means the setting changed.
        self._dates = date_words(engine, lang)
        self.period = period_combo(self._today, self._dates)
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), None)
        for label in ref.topics:
            self.topic.addItem(label.get(lang), label.code)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("All channels"), None)
        for label in ref.channels:
            self.channel.addItem(label.get(lang), label.code)
        self.consultant = QComboBox()
        self.consultant.addItem(self.tr("All consultants"), None)
        for person in consultants.list_consultants(engine, include_inactive=True):
            self.consultant.addItem(person.name, person.id)
        # A filter, not the form's field: left empty, it lists every firm's consultations.
        self.firm = FirmPicker(engine, lang, empty_text=self.tr("All firms"))
        self.text = QLineEdit()
        self.text.setObjectName("consultationSearch")
        self.text.setPlaceholderText(self.tr("Text in summary, outcome or follow-up"))
        self.text.setClearButtonEnabled(True)
        self.trash = QCheckBox(self.tr("Show &trash"))
        self.chip, self.clear_chip = filter_chip(self.tr("Clear"))
        self.clear_chip.clicked.connect(self.clear_custom)
        self.count = QLabel()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.purge_button = QPushButton(self.tr("Delete for &good…"))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        for button, slot in (
            (self.restore_button, self.restore_selected),
            (self.purge_button, self.purge_selected),
            (self.delete_button, self.delete_selected),
        ):
            button.clicked.connect(slot)

        top = QHBoxLayout()
        for combo in (self.period, self.topic, self.channel, self.consultant):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            top.addWidget(combo, 1)
        top.addWidget(self.text, 2)
        second = QHBoxLayout()
        second.addWidget(self.firm, 1)
        second.addWidget(self.chip)
        second.addWidget(self.clear_chip)
        second.addWidget(self.trash)
        second.addWidget(self.delete_button)
        second.addWidget(self.restore_button)
        second.addWidget(self.purge_button)
        second.addWidget(self.count)

        self.view = record_table(self.model, "consultationTable")
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(
            COL_SUMMARY, QHeaderView.ResizeMode.Stretch
        )
        self.view.setColumnWidth(COL_FIRM, 210)
        self._fit_label_columns()
        self._fit_date_columns()
        self.model.modelReset.connect(self._dates_read)
        self.view.activated.connect(self._open_index)
        self.view.doubleClicked.connect(self._open_index)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.view)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(self._timer.start)
        for combo in (self.topic, self.channel, self.consultant):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.firm.firm_changed.connect(lambda _id: self.apply_filter())
        self.trash.toggled.connect(self.apply_filter)
        self._custom: cq.ConsultationQuery | None = None
        self._counting: cq.ConsultationQuery | None = None
        self.period.currentIndexChanged.connect(self._period_changed)
        self._trash_buttons()

    def _dates_read(self) -> None:
        """The model has read the era setting again: where it changed, name the periods
        and fit the date columns anew. A width the user has set stays until then."""
        if self.model.dates == self._dates:
            return
        self._dates = self.model.dates
        relabel_periods(self.period, self._today, self._dates)
        self._fit_date_columns()

    def _cell_width(self, text: str) -> int:
        """The width a cell needs to show ``text`` whole: its margins, the grid line."""
        view = self.view
        focus = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
        return view.fontMetrics().horizontalAdvance(text) + 2 * (focus + 1) + 1 + SLACK

    def _fit_date_columns(self) -> None:
        """Make the date and follow-up columns as wide as their dates are written now
        (令和10年12月28日 is half again as wide as 2028-12-28)."""
        header = self.view.horizontalHeader()
        for column, text in self.model.widest_dates(self._dates).items():
            width = max(self._cell_width(text), header.sectionSizeHint(column))
            self.view.setColumnWidth(column, width)

    def _fit_label_columns(self) -> None:
        """The channel column as wide as its widest name; the topics column with room for
        the longest topic name and an ordinary one (of median width), up to TOPICS_MAX.

        Most consultations are on one or two topics; English names are about twice as
        wide as Japanese ones, so a width fixed for one language cuts or wastes the other.
        """
        ref, header = reference(), self.view.horizontalHeader()
        by_width = sorted(
            (label.get(self.lang) for label in ref.topics),
            key=self.view.fontMetrics().horizontalAdvance,
        )
        two = list_separator(self.lang).join((by_width[-1], by_width[len(by_width) // 2]))
        widths = {
            COL_CHANNEL: max(self._cell_width(label.get(self.lang)) for label in ref.channels),
            COL_TOPICS: min(self._cell_width(two), TOPICS_MAX),
        }
        for column, width in widths.items():
            self.view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def show_query(self, query: cq.ConsultationQuery) -> None:
        """Show exactly the consultations of ``query`` (click-through from a figure)."""
        widgets = (self.period, self.topic, self.channel, self.consultant, self.text, self.trash)
        for widget in widgets:
            widget.blockSignals(True)
        self.period.setCurrentIndex(0)
        for n in range(self.period.count()):
            if self.period.itemData(n) == (query.start, query.end):
                self.period.setCurrentIndex(n)
        self.topic.setCurrentIndex(max(0, self.topic.findData(query.topic)))
        self.channel.setCurrentIndex(max(0, self.channel.findData(query.channel)))
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(query.consultant_id)))
        self.text.setText(query.text)
        self.trash.setChecked(query.deleted)
        for widget in widgets:
            widget.blockSignals(False)
        self.firm.set_firm(query.firm_id)
        self._custom = query
        self.apply_filter()  # names what the query adds to the filters, in the chip

    def _custom_span(self) -> bool:
        """Whether the click-through's dates are a span no period in the combo names
        (choosing a period drops them, so the combo still shows where it was put)."""
        query = self._custom
        if query is None or not (query.start or query.end):
            return False
        return self.period.currentData() != (query.start, query.end)

    def _show_chip(self) -> None:
        """Name what a click-through added to the filters, its dates in the words the list
        shows dates in (after a change of settings they may read differently)."""
        query = self._custom
        if query is None:
            self.chip.hide()
            self.clear_chip.hide()
            return
        notes = []
        if self._custom_span():
            start, end = (
                self._dates.date(day) if day else "…"
                for day in (query.start, query.end and last_day(query.end))
            )
            notes.append(self.tr("{start} to {end}").format(start=start, end=end))
        if query.expert:
            notes.append(self.tr("with an expert"))
        partners = reference().partners
        if query.with_referral_to:
            partner = partners.label(query.with_referral_to, self.lang)
            notes.append(self.tr("referred to {partner}").format(partner=partner))
        if query.with_referral_from:
            partner = partners.label(query.with_referral_from, self.lang)
            notes.append(self.tr("referred by {partner}").format(partner=partner))
        self.chip.setText(" · ".join(notes))
        self.chip.setVisible(bool(notes))
        self.clear_chip.setVisible(bool(notes))

    def query(self) -> cq.ConsultationQuery:
        start, end = self.period.currentData() or (None, None)
        custom = self._custom
        expert, to, from_ = False, None, None
        if custom is not None:
            if (start, end) == (None, None):
                start, end = custom.start, custom.end
            expert, to, from_ = custom.expert, custom.with_referral_to, custom.with_referral_from
        return cq.ConsultationQuery(
            start=start,
            end=end,
            topic=self.topic.currentData(),
            channel=self.channel.currentData(),
            consultant_id=self.consultant.currentData(),
            firm_id=self.firm.firm_id,
            text=self.text.text(),
            deleted=self.trash.isChecked(),
            with_referral_to=to,
            with_referral_from=from_,
            expert=expert,
        )

    def apply_filter(self) -> None:
        """Show the first page now; count the whole slice on a worker (a text filter over
        200,000 consultations takes longer to count than to show)."""
        query = self.query()
        self.model.set_query(query)  # reads the era setting, which may have changed
        self._show_chip()
        self.count.setText(self.tr("counting…"))
        self._counting = query
        run_task(cq.count, self.engine, query, on_done=lambda n, q=query: self._counted(q, n))
        self._trash_buttons()

    def _counted(self, query: cq.ConsultationQuery, total: int) -> None:
        if query == self._counting:  # a newer filter has not replaced it meanwhile
            self.count.setText(self.tr("%n consultation(s)", "", total))

    def clear_custom(self) -> None:
        self._custom = None
        self.apply_filter()

    def _period_changed(self) -> None:
        """Choosing a period replaces a date span that came from a figure."""
        if self._custom is not None and (self._custom.start or self._custom.end):
            self._custom = None
        self.apply_filter()

    def _trash_buttons(self) -> None:
        trash = self.trash.isChecked()
        self.restore_button.setVisible(trash)
        self.purge_button.setVisible(trash)
        self.delete_button.setVisible(not trash)

    def current_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _open_index(self, index) -> None:  # type: ignore[no-untyped-def]
        if index.isValid() and not self.trash.isChecked():
            self.open_requested.emit(index.data(IdRole))

    def delete_selected(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move to trash"),
            self.tr("Move this consultation to the trash? It can be restored from there."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            consultations.delete_consultation(self.engine, cid)
            self.apply_filter()
            self.changed.emit()

    def restore_selected(self) -> None:
        cid = self.current_id()
        if cid is not None:
            consultations.restore_consultation(self.engine, cid)
            self.apply_filter()
            self.changed.emit()

    def purge_selected(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete this consultation for good? This cannot be undone; the history "
                "keeps a record that it was deleted."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            consultations.purge_consultation(self.engine, cid)
            self.apply_filter()
            self.changed.emit()

"""Global search (Ctrl+K): firms and consultation text, results while typing.

The box lists the first hits of each kind; when more match, it says how many (counted
on a worker) and that a narrower search shows the rest, and a search that finds nothing
says so over the empty list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout
from sqlalchemy.engine import Engine

from desktop.core import consultation_queries as cq
from desktop.core.date_words import date_words
from desktop.ui.hanging_delegate import use_hanging_indent
from desktop.ui.tables import EmptyNote
from desktop.ui.workers import run_task

SHOWN = 30  # hits of each kind listed
FIRM, CONSULTATION = cq.FIRM_HIT, cq.CONSULTATION_HIT


class SearchDialog(QDialog):
    open_firm = Signal(object)
    open_consultation = Signal(object)

    def __init__(self, engine: Engine, lang: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        # The dialog is modal: the setting cannot change while it is open.
        self.dates = date_words(engine, lang)
        self.setWindowTitle(self.tr("Search"))
        self.resize(720, 480)
        self.edit = QLineEdit()
        self.edit.setObjectName("globalSearch")
        self.edit.setPlaceholderText(
            self.tr("Search firms and consultations — any part of a word, e.g. 商標")
        )
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        use_hanging_indent(self.results)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.empty_note = EmptyNote(self.results)
        self._searched = ""  # the text whose hits are listed
        self._listed = {FIRM: 0, CONSULTATION: 0}  # how many of each kind
        self._more: frozenset[str] = frozenset()  # the kinds with more hits than listed
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.run)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            obj is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def run(self) -> None:
        text = self.edit.text()
        hits = cq.search_all(self.engine, text, limit=SHOWN + 1)  # one more tells of more
        by_kind = {kind: [h for h in hits if h.kind == kind] for kind in (FIRM, CONSULTATION)}
        self._searched = text
        self._listed = {kind: min(len(found), SHOWN) for kind, found in by_kind.items()}
        self._more = frozenset(kind for kind, found in by_kind.items() if len(found) > SHOWN)
        self.results.clear()
        for hit in by_kind[FIRM][:SHOWN] + by_kind[CONSULTATION][:SHOWN]:
            if hit.kind == FIRM:
                head = self.tr("[Firm] {name}").format(name=hit.title)
            else:
                when = ""
                if hit.when is not None:
                    when = self.dates.date(hit.when.date())
                head = self.tr("[Consultation] {date} {name}").format(date=when, name=hit.title)
            # What was found, and under it the text around the word, wrapped in full.
            item = QListWidgetItem(f"{head}\n{hit.detail}" if hit.detail else head)
            item.setData(Qt.ItemDataRole.UserRole, (hit.kind, hit.id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        asked = text.strip()
        self.empty_note.say(
            self.tr("No firm or consultation contains “{text}”.").format(text=asked)
            if asked and not hits
            else ""
        )
        self._say_listed({})
        if self._more:
            run_task(cq.count_hits, self.engine, text, self._more, on_done=self._counted)

    def _counted(self, result: tuple[str, dict[str, int]]) -> None:
        text, totals = result
        if text == self._searched:  # no newer search has replaced the list meanwhile
            self._say_listed(totals)

    def _say_listed(self, totals: dict[str, int]) -> None:
        """How many of each kind are listed; where more matched, how many (once counted,
        from ``totals``) and that a narrower search shows the rest."""
        listed = self._listed
        if not self._searched.strip() or not any(listed.values()):
            self.hint.setText("")  # nothing asked, or the note over the list says why
            return
        if FIRM not in self._more:
            firms_said = self.tr("%n firm(s)", "", listed[FIRM])
        elif FIRM in totals:
            firms_said = self.tr("{listed} of %n firm(s)", "", totals[FIRM]).format(
                listed=listed[FIRM]
            )
        else:
            firms_said = self.tr("the first %n firm(s)", "", listed[FIRM])
        if CONSULTATION not in self._more:
            consultations_said = self.tr("%n consultation(s)", "", listed[CONSULTATION])
        elif CONSULTATION in totals:
            consultations_said = self.tr(
                "{listed} of %n consultation(s)", "", totals[CONSULTATION]
            ).format(listed=listed[CONSULTATION])
        else:
            consultations_said = self.tr("the first %n consultation(s)", "", listed[CONSULTATION])
        if self._more:
            hint = self.tr(
                "{firms}, {consultations} shown — refine the search to see the rest; Enter opens"
            )
        else:
            hint = self.tr("{firms}, {consultations} — Enter opens")
        self.hint.setText(hint.format(firms=firms_said, consultations=consultations_said))

    def open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run()
        item = self.results.currentItem()
        if item is None:
            return
        kind, ref_id = item.data(Qt.ItemDataRole.UserRole)
        if kind == "firm":
            self.open_firm.emit(ref_id)
        else:
            self.open_consultation.emit(ref_id)
        self.accept()

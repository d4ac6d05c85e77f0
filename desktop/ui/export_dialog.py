"""Exports from the window: the HQ workbooks and the PDF reports.

The work runs on a worker with a progress bar and a Cancel button; when it is done the
dialog offers to open the folder and its Cancel button becomes Close. The last folder used
is remembered on this machine. A folder that is not there is flagged as soon as it is
typed, and Export waits for one that is.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import settings
from desktop.core.calendar import add_months, fiscal_year
from desktop.core.date_words import date_words
from desktop.core.errors import MadoguchiError
from desktop.exports.jobs import FIRM_PDF, FY_XLSX, MONTHLY_PDF, MONTHLY_XLSX, run_export
from desktop.ui.i18n import render
from desktop.ui.workers import Task


class ExportDialog(QDialog):
    def __init__(
        self,
        engine: Engine,
        lang: str,
        qsettings: QSettings,
        *,
        firm_id: uuid.UUID | None = None,
        firm_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.lang, self.qsettings = engine, lang, qsettings
        self.firm_id = firm_id
        self.task: Task | None = None
        self.result_path: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        today = date.today()

        self.kinds: dict[str, QRadioButton] = {}
        choices = (
            [(FIRM_PDF, self.tr("Support record of {firm} (PDF)").format(firm=firm_name))]
            if firm_id
            else [
                (MONTHLY_XLSX, self.tr("Monthly workbook for headquarters (Excel)")),
                (FY_XLSX, self.tr("Fiscal-year workbook (Excel)")),
                (MONTHLY_PDF, self.tr("Monthly summary with charts (PDF)")),
            ]
        )
        kind_box = QVBoxLayout()
        for key, text in choices:
            button = QRadioButton(text)
            button.setObjectName(f"kind_{key}")
            self.kinds[key] = button
            kind_box.addWidget(button)
        next(iter(self.kinds.values())).setChecked(True)

        self.month = QComboBox()
        self.month.setObjectName("exportMonth")
        last_month = add_months(today.replace(day=1), -1)
        # The dialog is modal: the setting cannot change while it is open.
        self.dates = date_words(engine, lang)
        for n in range(-1, 24):
            start = add_months(last_month, -n)
            self.month.addItem(self.dates.month(start), f"{start:%Y-%m}")
        self.month.setCurrentIndex(1)  # last month: the one a counter closes
        self.fy = QSpinBox()
        self.fy.setRange(2000, 2100)
        self.fy.setValue(fiscal_year(today))
        self.language = QComboBox()
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "ja" else 1)
        self.draft = QCheckBox(self.tr("Draft: do not record the month as sent"))
        self.internal = QCheckBox(self.tr("Include confidential notes (internal copy)"))
        self.internal.setObjectName("exportInternal")
        # Said once it matters, on a line of its own: a check box cuts off what it cannot fit.
        self.internal_note = QLabel(self.tr("Keep this PDF inside the counter: never send it on."))
        self.internal_note.setObjectName("exportInternalNote")
        self.internal_note.setStyleSheet("color: #b71c1c;")
        self.internal.toggled.connect(self._update)
        self.folder = QLineEdit(self._default_folder())
        self.folder.setObjectName("exportFolder")
        self.folder_label = QLabel(self.tr("Fol&der"))
        self.folder_label.setBuddy(self.folder)  # Alt+D goes to the field, not its row
        self.folder_note = QLabel()
        self.folder_note.setObjectName("exportFolderNote")
        self.folder_note.setWordWrap(True)
        self.folder_note.setStyleSheet("color: #b71c1c;")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.sent_note = QLabel()
        self.sent_note.setWordWrap(True)
        self.sent_note.setStyleSheet("color: #8a5a00;")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("What"), self._wrap(kind_box))
        form.addRow(self.tr("&Month"), self.month)
        form.addRow(self.tr("&Fiscal year"), self.fy)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.draft)
        form.addRow("", self.internal)
        form.addRow("", self.internal_note)
        form.addRow(self.folder_label, self._wrap(folder_row))
        form.addRow("", self.folder_note)
        self.form = form

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # After an export there is nothing left to cancel: the same place says Close.
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.open_button = self.buttons.addButton(
            self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sent_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.month.currentIndexChanged.connect(self._update)
        for button in self.kinds.values():
            button.toggled.connect(self._update)
        self.folder.textChanged.connect(self._check_folder)
        self._update()
        self._check_folder()

    @staticmethod
    def _wrap(layout: QVBoxLayout | QHBoxLayout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    def _default_folder(self) -> str:
        """The folder used last if it is still there, else Documents if it exists, else home."""
        stored = self.qsettings.value("export/folder")
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        for candidate in (str(stored) if stored else "", docs):
            if candidate and Path(candidate).expanduser().is_dir():
                return candidate
        return str(Path.home())

    def folder_path(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def folder_problem(self) -> str:
        """Why nothing can be exported to the folder typed, or "" when it can."""
        if not self.folder.text().strip():
            return self.tr("Choose a folder to export to.")
        folder = self.folder_path()
        if not folder.is_dir():
            return self.tr("The folder does not exist: {folder}").format(folder=folder)
        return ""

    def _check_folder(self) -> None:
        problem = self.folder_problem()
        self.folder_note.setText(problem)
        self._set_row_visible(self.folder_note, bool(problem))
        self.export_button.setEnabled(self.task is None and not problem)

    def changeEvent(self, event: QEvent) -> None:
        # A folder made in a file manager meanwhile counts when the user comes back.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._check_folder()
        super().changeEvent(event)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def kind(self) -> str:
        return next(key for key, button in self.kinds.items() if button.isChecked())

    def _set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(widget, visible)

    def _update(self) -> None:
        kind = self.kind()
        self._set_row_visible(self.month, kind in (MONTHLY_XLSX, MONTHLY_PDF))
        self._set_row_visible(self.fy, kind == FY_XLSX)
        self._set_row_visible(self.language, kind in (MONTHLY_PDF, FIRM_PDF))
        self._set_row_visible(self.draft, kind == MONTHLY_XLSX)
        self._set_row_visible(self.internal, kind == FIRM_PDF)
        self._set_row_visible(self.internal_note, kind == FIRM_PDF and self.internal.isChecked())
        note = ""
        if kind == MONTHLY_XLSX:
            from desktop.core import month_close

            sent = month_close.last_sent(self.engine, self.month.currentData())
            if sent is not None:
                sent_on = self.dates.local_date(sent.sent_at)
                note = self.tr(
                    "{month} was sent on {date}. This workbook will be revision {rev} and list "
                    "every change since then on its amendments sheet."
                ).format(month=self.month.currentText(), date=sent_on, rev=sent.revision + 1)
        self.sent_note.setText(note)
        self.sent_note.setVisible(bool(note))

    def options(self) -> dict[str, Any]:
        return {
            "month": self.month.currentData(),
            "fy": self.fy.value(),
            "lang": self.language.currentData(),
            "draft": self.draft.isChecked(),
            "internal": self.internal.isChecked(),
            "firm_id": self.firm_id,
        }

    def target(self) -> Path:
        kind, options = self.kind(), self.options()
        pref = settings.get(self.engine, settings.PREFECTURE) or "00"
        names = {
            MONTHLY_XLSX: f"madoguchi_{pref}_{options['month']}.xlsx",
            FY_XLSX: f"madoguchi_{pref}_FY{options['fy']}.xlsx",
            MONTHLY_PDF: f"madoguchi_{pref}_{options['month']}_summary.pdf",
            FIRM_PDF: f"madoguchi_firm_{str(self.firm_id)[:8]}"
            f"{'_internal' if options['internal'] else ''}.pdf",
        }
        return self.folder_path() / names[kind]

    def start(self) -> None:
        problem = self.folder_problem()
        if problem:
            self.status.setText(problem)
            self._check_folder()
            return
        folder = self.folder_path()
        self.qsettings.setValue("export/folder", str(folder))
        target = self.target()
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.export_button.setDefault(True)
        self.open_button.hide()
        self.close_button.hide()
        self.cancel_button.show()
        self.status.setText(self.tr("Exporting…"))
        self.task = Task(
            run_export, self.kind(), self.engine, target, self.options(), with_progress=True
        )
        self.task.signals.progress.connect(self._progress)
        self.task.signals.finished.connect(self._finished)
        self.task.signals.failed.connect(self._failed)
        self.task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _finished(self, path: Path) -> None:
        self.task = None
        self.result_path = Path(path)
        self.progress.setValue(100)
        self.open_button.show()
        self.cancel_button.hide()
        self.close_button.show()
        # Enter now closes: pressed again, Export would send the month a second time.
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._check_folder()
        self.status.setText(self.tr("Saved: {path}").format(path=self.result_path))
        self._update()

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.task = None
        self.progress.hide()
        self._check_folder()
        if isinstance(exc, MadoguchiError):
            self.status.setText(render(exc.message))
        else:
            self.status.setText(self.tr("The export failed: {error}").format(error=exc))

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        """Esc and the window's close button come here (QDialog.closeEvent calls reject
        and keeps the window when it is still shown), so during a run they do what
        Cancel does.

        Closing on them would leave the job running unseen: a monthly workbook would
        still be saved and the month recorded as sent. Cancelling instead lets the
        exporter stop inside its atomic write, so no file is left, and the dialog stays
        to say how the job ended.
        """
        if self.task is not None:
            self._cancel()
            return
        super().reject()

    def open_folder(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path.parent)))

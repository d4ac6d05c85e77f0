"""A firm's IP assets: the list on the firm page and the dialog to edit one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import ip_assets
from desktop.core.date_words import date_words
from desktop.core.errors import ValidationError
from desktop.core.ip_assets import AssetInput, AssetView
from desktop.core.parsing import parse_date
from desktop.core.reference import reference
from desktop.core.text import Message
from desktop.ui.fields import FieldRow, add_row


class AssetDialog(QDialog):
    def __init__(
        self,
        engine: Engine,
        lang: str,
        firm_id: uuid.UUID,
        asset: AssetView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.firm_id, self.asset = engine, firm_id, asset
        self.setWindowTitle(self.tr("IP asset") if asset else self.tr("New IP asset"))
        ref = reference()
        self.kind = QComboBox()
        for label in ref.ip_kinds:
            self.kind.addItem(label.get(lang), label.code)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.status = QComboBox()
        for label in ref.ip_statuses:
            self.status.addItem(label.get(lang), label.code)
        self.office = QLineEdit("JPO")
        self.country = QLineEdit("JP")
        self.country.setMaxLength(2)
        self.number = QLineEdit()
        self.filed_on = QLineEdit()
        self.registered_on = QLineEdit()
        self.ended_on = QLineEdit()
        for edit in (self.filed_on, self.registered_on, self.ended_on):
            edit.setPlaceholderText("2026-04-01")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        for key, caption, editor in [
            ("kind", self.tr("Kind"), self.kind),
            ("title", self.tr("Title"), self.title),
            ("status", self.tr("Status"), self.status),
            ("office", self.tr("Office"), self.office),
            ("country", self.tr("Country"), self.country),
            ("number", self.tr("Application / registration number"), self.number),
            ("filed_on", self.tr("Filed on"), self.filed_on),
            ("registered_on", self.tr("Registered on"), self.registered_on),
            ("ended_on", self.tr("Lapsed / abandoned on"), self.ended_on),
            ("notes", self.tr("Notes"), self.notes),
        ]:
            self.rows[key] = FieldRow(editor)
            add_row(form, caption, self.rows[key])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        if asset:
            self._load(asset)

    def _load(self, asset: AssetView) -> None:
        self.kind.setCurrentIndex(self.kind.findData(asset.kind))
        self.title.setText(asset.title)
        self.status.setCurrentIndex(self.status.findData(asset.status))
        self.office.setText(asset.office)
        self.country.setText(asset.country)
        self.number.setText(asset.number)
        for edit, value in (
            (self.filed_on, asset.filed_on),
            (self.registered_on, asset.registered_on),
            (self.ended_on, asset.ended_on),
        ):
            edit.setText(value.isoformat() if value else "")
        self.notes.setPlainText(asset.notes)

    def read(self) -> tuple[AssetInput | None, dict[str, Message]]:
        errors: dict[str, Message] = {}
        dates = {}
        for key, edit in (
            ("filed_on", self.filed_on),
            ("registered_on", self.registered_on),
            ("ended_on", self.ended_on),
        ):
            value, error = parse_date(edit.text())
            dates[key] = value
            if error:
                errors[key] = error
        data = AssetInput(
            kind=self.kind.currentData(),
            title=self.title.text().strip(),
            status=self.status.currentData(),
            office=self.office.text().strip(),
            country=self.country.text().strip().upper(),
            number=self.number.text().strip(),
            notes=self.notes.toPlainText(),
            **dates,
        )
        for key, message in ip_assets.validate_asset(data).items():
            errors.setdefault(key, message)
        return (None if errors else data), errors

    def save(self) -> None:
        data, errors = self.read()
        if data is not None:
            try:
                if self.asset is None:
                    ip_assets.add_asset(self.engine, self.firm_id, data)
                else:
                    ip_assets.update_asset(self.engine, self.asset.id, data)
            except ValidationError as exc:
                errors = exc.errors
            else:
                self.accept()
                return
        for key, row in self.rows.items():
            row.show_error(errors.get(key))


class AssetPanel(QWidget):
    """The IP assets of one firm, with add, edit and delete."""

    changed = Signal()

    def __init__(self, engine: Engine, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine, self.lang = engine, lang
        self.firm_id: uuid.UUID | None = None
        self.assets: list[AssetView] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Number"),
                self.tr("Filed / registered"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.edit_selected)
        self.hint = QLabel(self.tr("Save the firm first; then its IP assets can be added here."))
        self.add_button = QPushButton(self.tr("&Add IP asset…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.set_firm(None)

    def set_firm(self, firm_id: uuid.UUID | None) -> None:
        self.firm_id = firm_id
        enabled = firm_id is not None
        self.hint.setVisible(not enabled)
        for widget in (self.table, self.add_button, self.edit_button, self.delete_button):
            widget.setEnabled(enabled)
        self.reload()

    def reload(self) -> None:
        ref = reference()
        self.assets = ip_assets.list_assets(self.engine, self.firm_id) if self.firm_id else []
        words = date_words(self.engine, self.lang)
        self.table.setRowCount(len(self.assets))
        for row, asset in enumerate(self.assets):
            dates = " / ".join(
                words.date(d) for d in (asset.filed_on, asset.registered_on) if d is not None
            )
            values = [
                ref.ip_kinds.label(asset.kind, self.lang),
                asset.title,
                ref.ip_statuses.label(asset.status, self.lang),
                asset.number,
                dates,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, asset.id)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _selected(self) -> AssetView | None:
        row = self.table.currentRow()
        return self.assets[row] if 0 <= row < len(self.assets) else None

    def add(self) -> None:
        if self.firm_id is None:
            return
        dialog = AssetDialog(self.engine, self.lang, self.firm_id, parent=self)
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def edit_selected(self) -> None:
        asset = self._selected()
        if asset is None or self.firm_id is None:
            return
        dialog = AssetDialog(self.engine, self.lang, self.firm_id, asset, parent=self)
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def delete_selected(self) -> None:
        asset = self._selected()
        if asset is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete IP asset"),
            self.tr("Move “{title}” to the trash?").format(title=asset.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            ip_assets.delete_asset(self.engine, asset.id)
            self.reload()
            self.changed.emit()

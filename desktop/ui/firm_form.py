"""The firm form: every field of a firm, with its message at the field.

A field is checked when the user leaves it, by the same validation saving uses, and
its message goes as soon as its value changes. The Corporate Number is also looked up
among the other firms, through a function the dialog passes in: the form has no
database. Saving validates everything first; while any field is wrong nothing is
written and the first wrong field takes the focus.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import firms
from desktop.core.firms import FirmInput
from desktop.core.parsing import format_yen, parse_int, parse_yen
from desktop.core.reference import reference
from desktop.core.sme import SIZE_LABELS
from desktop.core.text import Message
from desktop.ui.fields import FieldRow, add_row


def _line(placeholder: str = "", max_length: int = 0) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    if max_length:
        edit.setMaxLength(max_length)
    edit.setClearButtonEnabled(False)
    return edit


class FirmForm(QWidget):
    """Edits one ``FirmInput``; knows nothing about saving."""

    changed = Signal()

    def __init__(
        self,
        lang: str,
        parent: QWidget | None = None,
        *,
        number_owner: Callable[[str], Message | None] | None = None,
    ) -> None:
        """``number_owner(number)`` is the message saving would give because another
        firm holds ``number``; without it a duplicate is found only on save."""
        super().__init__(parent)
        self.lang = lang
        self._number_owner = number_owner
        ref = reference()
        self.rows: dict[str, FieldRow] = {}

        self.kind = QComboBox()
        for label in ref.firm_kinds:
            self.kind.addItem(label.get(lang), label.code)
        self.name = _line(self.tr("e.g. 株式会社東洋精工"), 200)
        self.name_kana = _line(self.tr("Reading in katakana, e.g. トウヨウセイコウ"), 200)
        self.corporate_number = _line(self.tr("13 digits; leave empty for a sole proprietor"), 20)
        self.prefecture = QComboBox()
        self.prefecture.addItem(self.tr("(choose)"), "")
        for label in ref.prefectures:
            self.prefecture.addItem(f"{label.code} {label.get(lang)}", label.code)
        self.city = _line(self.tr("e.g. 燕市"), 100)
        self.postal_code = _line("123-4567", 10)
        self.address = _line("", 300)
        self.industry = QComboBox()
        self.industry.addItem(self.tr("(unknown)"), None)
        for label in ref.industries:
            self.industry.addItem(f"{label.code} {label.get(lang)}", label.code)
        self.employees = _line(self.tr("regular employees"), 12)
        self.capital = _line(self.tr("yen, e.g. 30000000 or 3000万"), 20)
        self.founded_year = _line(self.tr("e.g. 1968"), 6)
        self.contact_name = _line("", 100)
        self.phone = _line("03-1234-5678", 30)
        self.email = _line("info@example.jp", 200)
        self.main_products = _line("", 1000)
        self.subcontract = _line(self.tr("% of sales, 0–100"), 5)
        self.overseas = _line(self.tr("e.g. 台湾, 米国"), 300)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)
        self.size_label = QLabel()
        self.size_label.setObjectName("sizeClass")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fields = [
            ("kind", self.tr("Kind of client"), self.kind),
            ("name", self.tr("&Name"), self.name),
            ("name_kana", self.tr("&Reading (kana)"), self.name_kana),
            ("corporate_number", self.tr("&Corporate Number"), self.corporate_number),
            ("prefecture_code", self.tr("&Prefecture"), self.prefecture),
            ("city", self.tr("City"), self.city),
            ("postal_code", self.tr("Postal code"), self.postal_code),
            ("address", self.tr("Address"), self.address),
            ("industry", self.tr("&Industry (JSIC)"), self.industry),
            ("employees", self.tr("&Employees"), self.employees),
            ("capital_yen", self.tr("Capital"), self.capital),
            ("founded_year", self.tr("Founded (year)"), self.founded_year),
            ("contact_name", self.tr("Contact person"), self.contact_name),
            ("phone", self.tr("Phone"), self.phone),
            ("email", self.tr("E-mail"), self.email),
            ("main_products", self.tr("Main products"), self.main_products),
            ("subcontract_share", self.tr("Subcontract share (%)"), self.subcontract),
            ("overseas_markets", self.tr("Overseas markets"), self.overseas),
            ("notes", self.tr("Notes"), self.notes),
        ]
        for key, caption, editor in fields:
            row = FieldRow(editor)
            self.rows[key] = row
            add_row(form, caption, row)
            row.check_when_left(lambda key=key: self.error_of(key))
        form.addRow(self.tr("SME status"), self.size_label)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self._edited)
        for combo in (self.kind, self.prefecture, self.industry):
            combo.currentIndexChanged.connect(self._edited)
        self.notes.textChanged.connect(self.changed)
        self._update_size()

    def _edited(self) -> None:
        self._update_size()
        self.changed.emit()

    # --- values ------------------------------------------------------------------------
    def set_input(self, data: FirmInput) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.name.setText(data.name)
        self.name_kana.setText(data.name_kana)
        self.corporate_number.setText(data.corporate_number)
        self.prefecture.setCurrentIndex(max(0, self.prefecture.findData(data.prefecture_code)))
        self.city.setText(data.city)
        self.postal_code.setText(data.postal_code)
        self.address.setText(data.address)
        index = self.industry.findData(data.industry) if data.industry else 0
        self.industry.setCurrentIndex(max(0, index))
        self.employees.setText("" if data.employees is None else str(data.employees))
        self.capital.setText(format_yen(data.capital_yen))
        self.founded_year.setText("" if data.founded_year is None else str(data.founded_year))
        self.contact_name.setText(data.contact_name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.main_products.setText(data.main_products)
        self.subcontract.setText(
            "" if data.subcontract_share is None else str(data.subcontract_share)
        )
        self.overseas.setText(data.overseas_markets)
        self.notes.setPlainText(data.notes)
        self.show_errors({})
        self._update_size()

    def read(self) -> tuple[FirmInput | None, dict[str, Message]]:
        """The form as a ``FirmInput``, or the messages of the fields that cannot be read."""
        data, errors = self._gather()
        return (None if errors else data), errors

    def _gather(self) -> tuple[FirmInput, dict[str, Message]]:
        """What the form holds and its messages, the input kept even while a field is
        wrong: one field's check must not wait for the others to be right."""
        errors: dict[str, Message] = {}
        employees, e = parse_int(self.employees.text(), unit="人")
        if e:
            errors["employees"] = e
        capital, e = parse_yen(self.capital.text())
        if e:
            errors["capital_yen"] = e
        founded, e = parse_int(self.founded_year.text(), unit="年")
        if e:
            errors["founded_year"] = e
        subcontract, e = parse_int(self.subcontract.text().rstrip("%％"))
        if e:
            errors["subcontract_share"] = e
        data = FirmInput(
            kind=self.kind.currentData() or "company",
            name=self.name.text(),
            name_kana=self.name_kana.text(),
            corporate_number=self.corporate_number.text(),
            prefecture_code=self.prefecture.currentData() or "",
            city=self.city.text(),
            postal_code=self.postal_code.text(),
            address=self.address.text(),
            industry=self.industry.currentData(),
            employees=employees,
            capital_yen=capital,
            founded_year=founded,
            contact_name=self.contact_name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            main_products=self.main_products.text(),
            subcontract_share=subcontract,
            overseas_markets=self.overseas.text(),
            notes=self.notes.toPlainText(),
        ).normalized()
        for field, message in firms.validate(data, today=date.today()).items():
            errors.setdefault(field, message)
        return data, errors

    def error_of(self, key: str) -> Message | None:
        """The message saving would give for field ``key`` as the form stands."""
        data, errors = self._gather()
        if key in errors:
            return errors[key]
        if key == "corporate_number" and self._number_owner is not None:
            return self._number_owner(data.corporate_number)
        return None

    def show_errors(self, errors: dict[str, Message]) -> None:
        for key, row in self.rows.items():
            row.show_error(errors.get(key))
        for key in self.rows:
            if key in errors:
                self.rows[key].editor.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def _update_size(self) -> None:
        employees, _ = parse_int(self.employees.text(), unit="人")
        capital, _ = parse_yen(self.capital.text())
        preview = FirmInput(
            name="-",
            prefecture_code="13",
            industry=self.industry.currentData(),
            employees=employees,
            capital_yen=capital,
        )
        status = firms.sme_of(preview)
        from PySide6.QtCore import QCoreApplication

        self.size_label.setText(
            QCoreApplication.translate("SizeClass", SIZE_LABELS[status.size_class])
        )


def blank_input(prefecture_code: str) -> FirmInput:
    return FirmInput(name="", prefecture_code=prefecture_code)


FirmId = uuid.UUID

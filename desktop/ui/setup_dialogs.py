"""First run and counter settings: which counter this is and who is using it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from desktop.core import consultants, settings
from desktop.core.dashboard import KPI_LABELS
from desktop.core.errors import ValidationError
from desktop.core.reference import reference
from desktop.core.settings import CounterSetup
from desktop.core.text import Message
from desktop.ui.fields import FieldRow, add_row
from desktop.ui.i18n import render


def prefecture_combo(lang: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", "")
    for label in reference().prefectures:
        combo.addItem(f"{label.code} {label.get(lang)}", label.code)
    return combo


def language_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("CounterForm", "Follow the system"), "")
    combo.addItem("日本語", "ja")
    combo.addItem("English", "en")
    return combo


# The counter's form, wherever it is shown: wide enough for a prefecture's counter name
# (新潟県知財総合支援窓口) and the longest prefecture in the list.
FORM_WIDTH = 480


class CounterForm(QWidget):
    """The fields shared by the first-run dialog and the settings dialog."""

    def __init__(self, lang: str, *, ask_consultant: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.counter_name = QLineEdit()
        self.counter_name.setPlaceholderText(self.tr("e.g. 新潟県知財総合支援窓口"))
        self.prefecture = prefecture_combo(lang)
        self.consultant = QLineEdit()
        self.consultant.setPlaceholderText(self.tr("e.g. 佐藤 花子"))
        self.language = language_combo()
        self.rows = {
            "counter_name": FieldRow(self.counter_name),
            "prefecture_code": FieldRow(self.prefecture),
            "consultant_name": FieldRow(self.consultant),
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("&Counter name"), self.rows["counter_name"])
        add_row(form, self.tr("&Prefecture"), self.rows["prefecture_code"])
        if ask_consultant:
            add_row(form, self.tr("&Your name"), self.rows["consultant_name"])
        form.addRow(self.tr("&Language"), self.language)

    def setup(self) -> CounterSetup:
        return CounterSetup(
            counter_name=self.counter_name.text(),
            prefecture_code=self.prefecture.currentData() or "",
            consultant_name=self.consultant.text(),
            language=self.language.currentData() or "",
        )

    def show_errors(self, errors: dict[str, Message]) -> None:
        for key, row in self.rows.items():
            row.show_error(errors.get(key))


class FirstRunDialog(QDialog):
    """Asked once, on a new database."""

    def __init__(self, engine: Engine, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Welcome to Madoguchi"))
        intro = QLabel(
            self.tr(
                "Madoguchi keeps your counter's firms, consultations and reports on this "
                "computer. Tell it which counter this is and who you are."
            )
        )
        intro.setWordWrap(True)
        self.form = CounterForm(lang, ask_consultant=True)
        self.demo = QCheckBox(self.tr("Load &demo data (invented firms, to try things out)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.demo)
        layout.addWidget(buttons)
        self.setMinimumWidth(FORM_WIDTH)

    def accept(self) -> None:
        try:
            settings.apply_setup(self.engine, self.form.setup())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        super().accept()


class SettingsDialog(QDialog):
    """Counter name, prefecture, language, and the counter's consultants."""

    def __init__(self, engine: Engine, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.setWindowTitle(self.tr("Settings"))
        self.form = CounterForm(lang, ask_consultant=False)
        self.form.counter_name.setText(settings.get(engine, settings.COUNTER_NAME))
        index = self.form.prefecture.findData(settings.get(engine, settings.PREFECTURE))
        self.form.prefecture.setCurrentIndex(max(0, index))
        index = self.form.language.findData(settings.get(engine, settings.LANGUAGE))
        self.form.language.setCurrentIndex(max(0, index))
        self.era = QCheckBox(self.tr("Show dates with the Japanese era (e.g. 令和8年度)"))
        self.era.setChecked(bool(settings.get(engine, settings.ERA_DISPLAY)))
        self.language_note = QLabel(self.tr("A new language applies from the next start."))
        self.language_note.setStyleSheet("color: #555;")

        staff = QGroupBox(self.tr("Consultants"))
        self.staff_list = QListWidget()
        self.current = QComboBox()
        add = QPushButton(self.tr("&Add consultant…"))
        add.clicked.connect(self.add_consultant)
        self.toggle = QPushButton(self.tr("Mark as left or &back"))
        self.toggle.clicked.connect(self.toggle_active)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.toggle)
        row.addStretch()
        staff_layout = QFormLayout(staff)
        staff_layout.addRow(self.staff_list)
        staff_layout.addRow(row)
        staff_layout.addRow(self.tr("&I am"), self.current)

        targets = QGroupBox(self.tr("KPI targets for the fiscal year (0 = none)"))
        target_layout = QFormLayout(targets)
        stored = settings.get(engine, settings.KPI_TARGETS) or {}
        self.targets: dict[str, QSpinBox] = {}
        for key, label in KPI_LABELS.items():
            spin = QSpinBox()
            spin.setRange(0, 1_000_000)
            spin.setGroupSeparatorShown(True)
            spin.setValue(int(stored.get(key, 0) or 0))
            spin.setObjectName(f"target_{key}")
            self.targets[key] = spin
            target_layout.addRow(render(label), spin)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.language_note)
        layout.addWidget(self.era)
        layout.addWidget(targets)
        layout.addWidget(staff)
        layout.addWidget(buttons)
        self.setMinimumWidth(FORM_WIDTH)
        self.reload_staff()

    def reload_staff(self) -> None:
        current = consultants.current_consultant(self.engine)
        self.staff_list.clear()
        self.current.clear()
        for person in consultants.list_consultants(self.engine, include_inactive=True):
            text = (
                person.name if person.active else self.tr("{name} (left)").format(name=person.name)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.active)
            self.staff_list.addItem(item)
            if person.active:
                self.current.addItem(person.name, person.id)
        if current is not None:
            self.current.setCurrentIndex(max(0, self.current.findData(current.id)))

    def add_consultant(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add consultant"), self.tr("Name:"))
        if not ok:
            return
        try:
            consultants.add_consultant(self.engine, name)
        except ValidationError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Add consultant"), render(exc.message))
            return
        self.reload_staff()

    def toggle_active(self) -> None:
        item = self.staff_list.currentItem()
        if item is None:
            return
        active = bool(item.data(Qt.ItemDataRole.UserRole + 1))
        consultants.set_active(self.engine, item.data(Qt.ItemDataRole.UserRole), not active)
        self.reload_staff()

    def accept(self) -> None:
        setup = self.form.setup()
        errors = settings.validate_setup(
            CounterSetup(setup.counter_name, setup.prefecture_code, "-", setup.language)
        )
        if errors:
            self.form.show_errors(errors)
            return
        settings.set_value(self.engine, settings.COUNTER_NAME, setup.counter_name.strip())
        settings.set_value(self.engine, settings.PREFECTURE, setup.prefecture_code)
        settings.set_value(self.engine, settings.LANGUAGE, setup.language)
        settings.set_value(self.engine, settings.ERA_DISPLAY, self.era.isChecked())
        settings.set_value(
            self.engine,
            settings.KPI_TARGETS,
            {key: spin.value() for key, spin in self.targets.items() if spin.value() > 0},
        )
        if self.current.currentData() is not None:
            settings.set_value(
                self.engine, settings.CURRENT_CONSULTANT, str(self.current.currentData())
            )
        super().accept()

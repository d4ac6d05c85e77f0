"""The assessment wizard: the plan's questions, a result with its reasons, an override.

Built from ``assessment.QUESTIONS``, so the questions, their order and their answers
live in one place with the rules that read them.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy.engine import Engine

from desktop.core import assessment, consultants, firms
from desktop.core.assessment import QUESTIONS, Answers, Classification
from desktop.core.errors import ValidationError
from desktop.ui.i18n import render


def tr_assessment(text: str) -> str:
    return QCoreApplication.translate("Assessment", text)


class QuestionsPage(QWizardPage):
    def __init__(self, firm_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Questions about {firm}").format(firm=firm_name))
        self.setSubTitle(
            self.tr(
                "Based on the SME types of the IP Strategic Program 2017 (part II.2 (i)). "
                "Answer every question to see the result."
            )
        )
        self.groups: dict[str, QButtonGroup] = {}
        self.percent: QSpinBox | None = None
        layout = QVBoxLayout(self)
        for question in QUESTIONS:
            box = QGroupBox(tr_assessment(question.text))
            box.setObjectName(f"q_{question.key}")
            layout.addWidget(box)
            inner = QVBoxLayout(box)
            if question.kind == "percent":
                spin = QSpinBox()
                spin.setRange(0, 100)
                spin.setSuffix(" %")
                spin.setObjectName(f"a_{question.key}")
                self.percent = spin
                inner.addWidget(spin)
                continue
            group = QButtonGroup(self)
            group.buttonToggled.connect(self.completeChanged)
            self.groups[question.key] = group
            row = QWidget()
            row_layout = QVBoxLayout(row) if question.kind == "choice" else QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            for n, choice in enumerate(question.choices):
                button = QRadioButton(tr_assessment(choice.label))
                button.setObjectName(f"a_{question.key}_{choice.value}")
                button.setProperty("value", choice.value)
                group.addButton(button, n)
                row_layout.addWidget(button)
            if question.kind != "choice":
                row_layout.addStretch()
            inner.addWidget(row)
        layout.addStretch()

    def isComplete(self) -> bool:
        """Every question answered: no answer is given for the consultant.

        A preset answer is one nobody chose, and a single preset "holds rights" or
        "expanding overseas" is enough to make a firm a challenger.
        """
        return all(group.checkedButton() is not None for group in self.groups.values())

    def answers(self) -> Answers:
        values: dict[str, object] = {}
        for key, group in self.groups.items():
            checked = group.checkedButton()
            values[key] = checked.property("value") if checked else None
        values["subcontract_share"] = self.percent.value() if self.percent else 0
        return Answers.from_dict(values)

    def set_answers(self, answers: Answers) -> None:
        data = answers.to_dict()
        for key, group in self.groups.items():
            for button in group.buttons():
                if button.property("value") == data[key]:
                    button.setChecked(True)
        if self.percent is not None:
            self.percent.setValue(int(data["subcontract_share"]))


class ResultPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Result"))
        self.cell = QLabel()
        self.cell.setObjectName("resultCell")
        self.cell.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setObjectName("resultReasons")
        self.override = QCheckBox(self.tr("&Change the result (a written reason is required)"))
        self.override_type = QComboBox()
        for code, label in assessment.TYPE_LABELS.items():
            self.override_type.addItem(tr_assessment(label), code)
        self.override_stage = QComboBox()
        for stage, label in assessment.STAGE_LABELS.items():
            self.override_stage.addItem(tr_assessment(label), stage)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(70)
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.override_type)
        form.addRow(self.tr("Stage"), self.override_stage)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.reason_error)
        self.override_box = QWidget()
        self.override_box.setLayout(form)
        self.override_box.setEnabled(False)
        self.override.toggled.connect(self.override_box.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cell)
        layout.addWidget(QLabel(self.tr("Why:")))
        layout.addWidget(self.reasons)
        layout.addSpacing(12)
        layout.addWidget(self.override)
        layout.addWidget(self.override_box)
        layout.addStretch()
        self.result: Classification | None = None

    def show_result(self, result: Classification) -> None:
        self.result = result
        self.cell.setText(
            f"{result.cell}　{tr_assessment(assessment.TYPE_LABELS[result.sme_type])} / "
            f"{tr_assessment(assessment.STAGE_LABELS[result.stage])}"
        )
        self.reasons.setText("\n".join(f"・{render(r)}" for r in result.reasons))
        self.override_type.setCurrentIndex(self.override_type.findData(result.sme_type))
        self.override_stage.setCurrentIndex(self.override_stage.findData(result.stage))


class AssessmentWizard(QWizard):
    """Ask, classify, confirm or override, and store the assessment."""

    def __init__(
        self,
        engine: Engine,
        firm_id: uuid.UUID,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.firm_id = engine, firm_id
        self.today = today or date.today()
        self.saved_id: uuid.UUID | None = None
        firm = firms.get_firm(engine, firm_id)
        self.setWindowTitle(self.tr("Assess {firm}").format(firm=firm.name))
        self.setObjectName("assessmentWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(760, 820)
        self.questions = QuestionsPage(firm.name)
        self.result_page = ResultPage()
        self.addPage(self.questions)
        self.addPage(self.result_page)
        previous = assessment.latest(engine, firm_id)
        if previous is not None:
            self.questions.set_answers(previous.answers)
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.result_page:
            self.result_page.show_result(assessment.classify(self.questions.answers()))

    def accept(self) -> None:
        page = self.result_page
        override = page.override.isChecked()
        me = consultants.current_consultant(self.engine)
        try:
            record = assessment.record_assessment(
                self.engine,
                self.firm_id,
                self.questions.answers(),
                assessed_on=self.today,
                consultant_id=me.id if me else None,
                override_type=page.override_type.currentData() if override else None,
                override_stage=page.override_stage.currentData() if override else None,
                override_reason=page.reason.toPlainText() if override else None,
            )
        except ValidationError as exc:
            page.reason_error.setText("\n".join(render(m) for m in exc.errors.values()))
            return
        self.saved_id = record.id
        super().accept()

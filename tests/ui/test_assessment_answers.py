"""The assessment wizard gives no answer the consultant did not choose."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QRadioButton, QWizard

from desktop.core import assessment, firms
from desktop.ui.assessment_wizard import AssessmentWizard
from tests.unit.test_assessment import CHALLENGER_A3

# A subcontractor: no rights, no own products, fixed customers (cell B1).
SUBCONTRACTOR = (
    "a_rights_none",
    "a_own_products_False",
    "a_expansion_none",
    "a_ip_awareness_False",
    "a_ip_owner_False",
    "a_fixed_customers_True",
    "a_knowhow_managed_False",
)


def test_a_first_assessment_starts_blank_and_waits_for_every_answer(qtbot, engine) -> None:  # type: ignore[no-untyped-def]
    firm_id = firms.create_firm(engine, firms.FirmInput(name="白紙工業", prefecture_code="13"))
    wizard = AssessmentWizard(engine, firm_id)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.questions
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert [b.objectName() for b in page.findChildren(QRadioButton) if b.isChecked()] == []
    assert not next_button.isEnabled()
    *first, last = SUBCONTRACTOR
    for key in first:
        page.findChild(QRadioButton, key).setChecked(True)
        assert not next_button.isEnabled()  # one question is still open
    page.findChild(QRadioButton, last).setChecked(True)
    assert next_button.isEnabled()

    wizard.next()
    assert wizard.result_page.result is not None
    assert wizard.result_page.result.cell == "B1"


def test_a_new_assessment_starts_from_the_last_answers(qtbot, engine) -> None:  # type: ignore[no-untyped-def]
    firm_id = firms.create_firm(engine, firms.FirmInput(name="再判定商事", prefecture_code="13"))
    assessment.record_assessment(engine, firm_id, CHALLENGER_A3, assessed_on=date(2026, 4, 1))
    wizard = AssessmentWizard(engine, firm_id)
    qtbot.addWidget(wizard)
    wizard.show()

    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.questions.answers() == CHALLENGER_A3

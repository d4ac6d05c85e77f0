"""Demo firms: what a firm's assessment says about its IP is what its records show.

The demo is the first counter a new user sees. A firm assessed as holding rights whose IP
tab is empty, or one that "manages its know-how as a secret" with no trade secret on
record, makes the assessment look made up, so each answer that the records can confirm is
checked against them here: read back through the product's own functions from a real
database file, never from the generator's internals.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.core import assessment, demo, firms, ip_assets
from desktop.core.assessment import AssessmentRecord, Expansion, Rights
from desktop.core.assessment_rules import cell_of, classify
from desktop.core.firm_list import CELLS
from desktop.core.ip_assets import STATUS_ORDER, AssetView
from desktop.core.recommendations import RIGHT_KINDS

SIZE = demo.DemoSize(firms=120, consultations=100)
END = date(2026, 10, 31)


@pytest.fixture(params=[2026, 11], ids=["seed2026", "seed11"])
def counter(request: pytest.FixtureRequest, engine: Engine) -> Engine:
    demo.generate(engine, size=SIZE, seed=request.param, end=END)
    return engine


def assessed(engine: Engine) -> dict[uuid.UUID, tuple[AssessmentRecord, list[AssetView]]]:
    """Each assessed firm's latest assessment and live IP assets, as the firm's tabs show them."""
    with engine.connect() as conn:
        ids = conn.execute(
            sa.text("SELECT DISTINCT firm_id FROM assessment WHERE deleted_at IS NULL")
        ).scalars()
        firm_ids = [uuid.UUID(str(i)) for i in ids]
    found = {}
    for firm_id in firm_ids:
        record = assessment.latest(engine, firm_id)
        assert record is not None
        found[firm_id] = (record, ip_assets.list_assets(engine, firm_id))
    return found


def rights_problem(record: AssessmentRecord, assets: list[AssetView]) -> str | None:
    """Why the rights answer contradicts the assets (None if it does not).

    Rights are the registrable kinds; trade secrets and copyright are not filed anywhere.
    "Holds" needs a right registered by the day of the assessment; "pursuing" one in
    preparation or pending and none held that day; "neither" no right from preparation on.
    """
    day = record.assessed_on
    rights = [a for a in assets if a.kind in RIGHT_KINDS]
    held = [
        a
        for a in rights
        if a.status in ("registered", "lapsed")
        and (a.registered_on is None or a.registered_on <= day)
        and (a.ended_on is None or a.ended_on > day)
    ]
    answer = record.answers.rights
    if answer is Rights.HOLDS:
        if not any(
            a.status == "registered" and a.registered_on is not None and a.registered_on <= day
            for a in rights
        ):
            return "holds rights, but no right was registered by the assessment"
    elif answer is Rights.PURSUING:
        sought = [
            a
            for a in rights
            if a.status in ("preparing", "filed")
            or (a.status == "registered" and a.registered_on and a.registered_on > day)
        ]
        if not sought:
            return "seeks rights, but no right is in preparation or pending"
        if held:
            return "seeks rights, but already held one on the day of the assessment"
    elif any(STATUS_ORDER[a.status] >= STATUS_ORDER["preparing"] for a in rights):
        return "neither holds nor seeks rights, but a right is past the idea stage"
    return None


def test_the_rights_answer_agrees_with_the_ip_assets(counter: Engine) -> None:
    found = assessed(counter)
    answers = Counter(record.answers.rights for record, _ in found.values())
    assert set(answers) == set(Rights), answers  # every answer is put to the test
    cells = Counter(cell_of(record.sme_type, record.stage) for record, _ in found.values())
    assert set(cells) == set(CELLS), cells  # and firms of every cell, A1 and B3 included
    problems = {
        str(firm_id): problem
        for firm_id, (record, assets) in found.items()
        if (problem := rights_problem(record, assets))
    }
    assert problems == {}


def test_every_assessment_is_what_the_rules_give_for_its_answers(counter: Engine) -> None:
    """Earlier assessments too: the history is what a transition is counted from."""
    problems = {}
    for firm_id in assessed(counter):
        for record in assessment.history(counter, firm_id):
            result = classify(record.answers)
            stored = (record.computed_type, record.computed_stage, record.sme_type, record.stage)
            if stored != (result.sme_type, result.stage) * 2:
                problems[str(record.id)] = (stored, result.cell)
    assert problems == {}


def test_managed_know_how_is_a_trade_secret_under_management(counter: Engine) -> None:
    # A trade secret "registered" is one under management (see recommendations).
    found = assessed(counter)
    assert any(record.answers.knowhow_managed for record, _ in found.values())
    problems = {
        str(firm_id): record.answers.knowhow_managed
        for firm_id, (record, assets) in found.items()
        if record.answers.knowhow_managed
        != any(a.kind == "trade_secret" and a.status == "registered" for a in assets)
    }
    assert problems == {}


def test_the_firm_record_agrees_with_the_answers(counter: Engine) -> None:
    found = assessed(counter)
    problems = {}
    for firm_id, (record, _) in found.items():
        firm = firms.get_firm(counter, firm_id)
        answers = record.answers
        if firm.subcontract_share is not None and firm.subcontract_share != (
            answers.subcontract_share
        ):
            problems[str(firm_id)] = "subcontract share"
        if answers.expansion is Expansion.OVERSEAS and not firm.overseas_markets.strip():
            problems[str(firm_id)] = "expanding overseas, no overseas market on record"
    assert problems == {}


def test_demo_data_can_be_added_again_after_a_demo_of_no_firms(engine: Engine) -> None:
    """The draw follows the firm count, which a demo of no firms leaves unchanged: its
    consultants' ids came round again and the second demo failed on the first's."""
    empty = demo.DemoSize(firms=0, consultations=0)
    for _ in range(2):
        demo.generate(engine, size=empty, end=date(2026, 10, 31))
    made = demo.generate(
        engine, size=demo.DemoSize(firms=5, consultations=10), end=date(2026, 10, 31)
    )
    assert made.firms == 5
    with engine.connect() as conn:
        consultants = conn.exec_driver_sql("SELECT count(*) FROM consultant").scalar_one()
    assert consultants == 3 * made.consultants  # each demo adds its own

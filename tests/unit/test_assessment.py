"""The assessment rules against the plan's portraits, and their storage on a real database."""

from __future__ import annotations

import dataclasses
import itertools
import json
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from db.clock import utcnow
from db.migrate import open_database
from db.models import Assessment, AuditEntry, Consultant, Firm
from desktop.core import dashboard, firm_list, firms
from desktop.core.assessment import (
    QUESTIONS,
    SUBCONTRACT_LINE,
    Answers,
    Expansion,
    Rights,
    cell_of,
    classify,
    count_transition_firms,
    history,
    latest,
    record_assessment,
    transition_firms,
)
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.firm_list import FirmQuery

# A firm with nothing going for it yet: the plan's developing type in the awareness stage.
BASE = Answers(
    rights=Rights.NONE,
    own_products=False,
    expansion=Expansion.NONE,
    ip_awareness=False,
    ip_owner=False,
    subcontract_share=0,
    fixed_customers=False,
    knowhow_managed=False,
)


def answers(**changes: Any) -> Answers:
    return dataclasses.replace(BASE, **changes)


CHALLENGER_A2 = answers(rights=Rights.HOLDS, own_products=True, ip_awareness=True)
DEVELOPING_B1 = answers(subcontract_share=80, fixed_customers=True)
# Everything going for it: rights, own products, overseas, an IP owner, managed know-how.
CHALLENGER_A3 = dataclasses.replace(
    CHALLENGER_A2, expansion=Expansion.OVERSEAS, ip_owner=True, knowhow_managed=True
)


def make_firm(engine: Engine, name: str = "Kanda Seiki", prefecture_code: str = "13") -> uuid.UUID:
    with Session(engine) as session:
        firm = Firm(name=name, prefecture_code=prefecture_code)
        session.add(firm)
        session.commit()
        return firm.id


def soft_delete(engine: Engine, model: type[Any], row_id: uuid.UUID) -> None:
    with Session(engine) as session:
        row = session.get(model, row_id)
        row.deleted_at = utcnow()
        session.add(row)
        session.commit()


def count_rows(engine: Engine, model: type[Any]) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def texts(reasons: list[Any]) -> str:
    return " | ".join(m.render() for m in reasons)


# --- questionnaire and answers ------------------------------------------------------------


def test_every_question_is_an_answer_field_and_every_field_is_asked() -> None:
    assert [q.key for q in QUESTIONS] == [f.name for f in dataclasses.fields(Answers)]
    for q in QUESTIONS:
        assert q.kind in {"choice", "yes_no", "percent"}
        assert q.text.strip()
        if q.kind == "choice":
            # Every listed choice is accepted by Answers, so a form can never offer a dead end.
            for choice in q.choices:
                dataclasses.replace(BASE, **{q.key: choice.value})


def test_answers_accept_the_stored_strings() -> None:
    a = answers(rights="holds", expansion="overseas")
    assert a.rights is Rights.HOLDS
    assert a.expansion is Expansion.OVERSEAS


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("rights", "maybe"),
        ("expansion", "moon"),
        ("own_products", "yes"),
        ("ip_awareness", 1),
        ("ip_owner", None),
        ("fixed_customers", "no"),
        ("knowhow_managed", 0),
        ("subcontract_share", -1),
        ("subcontract_share", 101),
        ("subcontract_share", 50.5),
        ("subcontract_share", True),
        ("subcontract_share", "50"),
    ],
)
def test_impossible_answers_are_refused_at_their_field(field: str, value: Any) -> None:
    with pytest.raises(ValidationError) as err:
        answers(**{field: value})
    assert set(err.value.errors) == {field}


def test_all_bad_fields_are_reported_at_once() -> None:
    with pytest.raises(ValidationError) as err:
        answers(rights="x", subcontract_share=200, ip_owner="y")
    assert set(err.value.errors) == {"rights", "subcontract_share", "ip_owner"}


def test_answers_round_trip_through_their_stored_form() -> None:
    a = answers(rights=Rights.PURSUING, expansion=Expansion.DOMESTIC, subcontract_share=35)
    data = json.loads(json.dumps(a.to_dict()))
    assert data["version"] == 1
    assert Answers.from_dict(data) == a


def test_stored_answers_missing_a_question_are_refused_by_name() -> None:
    data = BASE.to_dict()
    del data["knowhow_managed"]
    with pytest.raises(ValidationError) as err:
        Answers.from_dict(data)
    assert set(err.value.errors) == {"knowhow_managed"}


# --- type ---------------------------------------------------------------------------------


def test_holding_rights_and_expanding_overseas_is_a_challenger() -> None:
    result = classify(answers(rights=Rights.HOLDS, expansion=Expansion.OVERSEAS))
    assert result.sme_type == "challenger"
    assert "overseas" in texts(result.reasons)
    assert "challenger" in texts(result.reasons)


def test_subcontractor_with_fixed_customers_and_no_ip_is_developing_at_awareness() -> None:
    result = classify(DEVELOPING_B1)
    assert (result.sme_type, result.stage, result.cell) == ("developing", 1, "B1")
    rendered = texts(result.reasons)
    assert "no IP rights" in rendered
    assert "80%" in rendered
    assert "awareness (stage 1)" in rendered


def test_seeking_rights_for_own_products_is_a_challenger() -> None:
    assert classify(answers(rights=Rights.PURSUING, own_products=True)).sme_type == "challenger"


def test_opening_new_channels_at_home_counts_as_using_rights() -> None:
    result = classify(answers(rights=Rights.PURSUING, expansion=Expansion.DOMESTIC))
    assert result.sme_type == "challenger"
    assert "new sales channels" in texts(result.reasons)


def test_without_rights_even_an_expanding_product_maker_is_developing() -> None:
    # The plan's challenger consciously acquires rights; using IP without any is not enough.
    result = classify(answers(own_products=True, expansion=Expansion.OVERSEAS))
    assert result.sme_type == "developing"
    assert "Without rights" in texts(result.reasons)


def test_rights_not_used_in_own_products_or_expansion_leave_a_firm_developing() -> None:
    result = classify(answers(rights=Rights.HOLDS))
    assert result.sme_type == "developing"
    rendered = texts(result.reasons)
    assert "no products of its own" in rendered
    assert "present sales channels" in rendered


@pytest.mark.parametrize(
    ("share", "expected"),
    [
        (0, "challenger"),
        (SUBCONTRACT_LINE - 1, "challenger"),
        (SUBCONTRACT_LINE, "developing"),
        (SUBCONTRACT_LINE + 1, "developing"),
        (100, "developing"),
    ],
)
def test_subcontract_line_at_half_of_sales(share: int, expected: str) -> None:
    # At 50 % or more of sales done to a fixed set of customers' orders, the firm sits in
    # the subcontractor position the plan describes and its own products are a side line.
    a = answers(
        rights=Rights.HOLDS, own_products=True, fixed_customers=True, subcontract_share=share
    )
    assert SUBCONTRACT_LINE == 50
    assert classify(a).sme_type == expected


def test_subcontract_share_alone_does_not_tie_a_firm_with_varied_customers() -> None:
    a = answers(rights=Rights.HOLDS, own_products=True, subcontract_share=80)
    assert classify(a).sme_type == "challenger"


def test_fixed_customers_alone_do_not_tie_a_firm_that_mostly_sells_its_own_products() -> None:
    a = answers(rights=Rights.HOLDS, own_products=True, fixed_customers=True)
    assert classify(a).sme_type == "challenger"


def test_tied_firm_is_told_why_its_products_do_not_count() -> None:
    a = answers(rights=Rights.HOLDS, own_products=True, fixed_customers=True, subcontract_share=70)
    result = classify(a)
    assert result.sme_type == "developing"
    tied = [m for m in result.reasons if "side line" in m.text]
    assert tied and tied[0].params == {"share": 70, "line": 50}


def test_expanding_breaks_the_subcontract_tie() -> None:
    a = answers(
        rights=Rights.HOLDS,
        fixed_customers=True,
        subcontract_share=90,
        expansion=Expansion.DOMESTIC,
    )
    assert classify(a).sme_type == "challenger"


# --- stage --------------------------------------------------------------------------------


@pytest.mark.parametrize("change", [{"ip_awareness": True}, {"ip_owner": True}])
def test_awareness_or_an_ip_owner_moves_stage_one_to_two(change: dict[str, bool]) -> None:
    assert classify(BASE).stage == 1
    assert classify(answers(**change)).stage == 2


def test_held_rights_with_managed_knowhow_reach_ip_practice() -> None:
    result = classify(
        answers(rights=Rights.HOLDS, knowhow_managed=True, ip_owner=True, own_products=True)
    )
    assert (result.stage, result.cell) == (3, "A3")
    assert "stage 3" in texts(result.reasons)


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"rights": Rights.PURSUING, "knowhow_managed": True}, "no registered rights"),
        ({"rights": Rights.HOLDS, "knowhow_managed": False}, "know-how is not yet managed"),
    ],
)
def test_practice_needs_both_rights_and_knowhow(change: dict[str, Any], missing: str) -> None:
    result = classify(answers(ip_awareness=True, **change))
    assert result.stage == 2
    assert missing in texts(result.reasons)


def test_practice_without_anyone_caring_about_ip_starts_at_awareness() -> None:
    result = classify(answers(rights=Rights.HOLDS, knowhow_managed=True, own_products=True))
    assert (result.sme_type, result.stage, result.cell) == ("challenger", 1, "A1")


@pytest.mark.parametrize(
    ("a", "cell"),
    [
        (answers(rights=Rights.HOLDS, own_products=True), "A1"),
        (CHALLENGER_A2, "A2"),
        (dataclasses.replace(CHALLENGER_A2, knowhow_managed=True), "A3"),
        (DEVELOPING_B1, "B1"),
        (dataclasses.replace(DEVELOPING_B1, ip_awareness=True), "B2"),
        (
            dataclasses.replace(
                DEVELOPING_B1, ip_owner=True, rights=Rights.HOLDS, knowhow_managed=True
            ),
            "B3",
        ),
    ],
)
def test_every_cell_of_the_matrix_is_reachable(a: Answers, cell: str) -> None:
    assert classify(a).cell == cell


# --- properties ---------------------------------------------------------------------------

valid_answers = st.builds(
    Answers,
    rights=st.sampled_from(Rights),
    own_products=st.booleans(),
    expansion=st.sampled_from(Expansion),
    ip_awareness=st.booleans(),
    ip_owner=st.booleans(),
    subcontract_share=st.integers(0, 100),
    fixed_customers=st.booleans(),
    knowhow_managed=st.booleans(),
)


@given(valid_answers)
def test_classify_always_answers_with_reasons(a: Answers) -> None:
    result = classify(a)
    assert result.sme_type in {"challenger", "developing"}
    assert result.stage in {1, 2, 3}
    assert result.cell == cell_of(result.sme_type, result.stage)
    assert result.reasons
    for message in result.reasons:
        assert message.context == "Assessment"
        assert message.render().strip()
        assert "{" not in message.render()


@given(valid_answers)
def test_more_ip_work_never_moves_a_firm_back(a: Answers) -> None:
    before = classify(a)
    better = dataclasses.replace(
        a, ip_awareness=True, ip_owner=True, knowhow_managed=True, rights=Rights.HOLDS
    )
    after = classify(better)
    assert after.stage >= before.stage
    assert not (before.sme_type == "challenger" and after.sme_type == "developing")


@given(st.one_of(st.integers(max_value=-1), st.integers(min_value=101)))
def test_any_share_outside_0_to_100_is_a_validation_error(share: int) -> None:
    with pytest.raises(ValidationError) as err:
        answers(subcontract_share=share)
    assert set(err.value.errors) == {"subcontract_share"}


junk = st.one_of(st.none(), st.text(max_size=5), st.floats(), st.lists(st.integers(), max_size=2))


@given(st.sampled_from([f.name for f in dataclasses.fields(Answers)]), junk)
def test_junk_in_any_field_is_a_validation_error_at_that_field(field: str, value: Any) -> None:
    try:
        answers(**{field: value})
    except ValidationError as err:
        assert set(err.errors) == {field}
    else:  # only a stored string of a listed choice may pass
        assert field in {"rights", "expansion"} and isinstance(value, str)


# --- recording ----------------------------------------------------------------------------


def test_record_stores_computed_and_final_values_with_an_audit_entry(engine: Engine) -> None:
    firm_id = make_firm(engine)
    rec = record_assessment(
        engine, firm_id, CHALLENGER_A2, assessed_on=date(2026, 5, 1), actor="Sato"
    )
    assert (rec.computed_type, rec.computed_stage, rec.sme_type, rec.stage) == (
        "challenger",
        2,
        "challenger",
        2,
    )
    assert rec.cell == rec.computed_cell == "A2"
    assert not rec.overridden
    assert rec.answers == CHALLENGER_A2
    assert rec.reasons == classify(CHALLENGER_A2).reasons
    with Session(engine) as session:
        audit = session.exec(select(AuditEntry)).one()
    assert (audit.entity, audit.entity_id, audit.action, audit.actor) == (
        "assessment",
        rec.id,
        "create",
        "Sato",
    )
    changes = json.loads(audit.changes)
    assert changes["sme_type"] == [None, "challenger"]
    assert changes["assessed_on"] == [None, "2026-05-01"]
    assert changes["answers"][1]["rights"] == "holds"


def test_record_keeps_the_consultant(engine: Engine) -> None:
    firm_id = make_firm(engine)
    with Session(engine) as session:
        consultant = Consultant(name="Suzuki")
        session.add(consultant)
        session.commit()
        consultant_id = consultant.id
    rec = record_assessment(
        engine, firm_id, BASE, assessed_on=date(2026, 5, 1), consultant_id=consultant_id
    )
    assert rec.consultant_id == consultant_id


@pytest.mark.parametrize("reason", [None, "", "   \n\t"])
def test_override_without_a_reason_writes_nothing(engine: Engine, reason: str | None) -> None:
    firm_id = make_firm(engine)
    with pytest.raises(ValidationError) as err:
        record_assessment(
            engine,
            firm_id,
            DEVELOPING_B1,
            assessed_on=date(2026, 5, 1),
            override_type="challenger",
            override_reason=reason,
        )
    assert "override_reason" in err.value.errors
    assert count_rows(engine, Assessment) == 0
    assert count_rows(engine, AuditEntry) == 0


def test_stage_override_alone_also_needs_a_reason(engine: Engine) -> None:
    firm_id = make_firm(engine)
    with pytest.raises(ValidationError) as err:
        record_assessment(engine, firm_id, BASE, assessed_on=date(2026, 5, 1), override_stage=2)
    assert set(err.value.errors) == {"override_reason"}


def test_override_with_a_reason_keeps_both_results(engine: Engine) -> None:
    firm_id = make_firm(engine)
    rec = record_assessment(
        engine,
        firm_id,
        DEVELOPING_B1,
        assessed_on=date(2026, 5, 1),
        override_type="challenger",
        override_stage=2,
        override_reason="  Filed its first patent last week; the form predates it.  ",
    )
    assert (rec.computed_cell, rec.cell) == ("B1", "A2")
    assert rec.overridden
    assert rec.override_reason == "Filed its first patent last week; the form predates it."


def test_override_equal_to_the_computed_result_needs_no_reason(engine: Engine) -> None:
    firm_id = make_firm(engine)
    rec = record_assessment(
        engine,
        firm_id,
        DEVELOPING_B1,
        assessed_on=date(2026, 5, 1),
        override_type="developing",
        override_stage=1,
    )
    assert not rec.overridden
    assert rec.override_reason is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"override_type": "pioneer", "override_reason": "x"}, "override_type"),
        ({"override_stage": 4, "override_reason": "x"}, "override_stage"),
        ({"override_stage": True, "override_reason": "x"}, "override_stage"),
    ],
)
def test_impossible_overrides_are_refused(
    engine: Engine, kwargs: dict[str, Any], field: str
) -> None:
    firm_id = make_firm(engine)
    with pytest.raises(ValidationError) as err:
        record_assessment(engine, firm_id, BASE, assessed_on=date(2026, 5, 1), **kwargs)
    assert field in err.value.errors
    assert count_rows(engine, Assessment) == 0


def test_unknown_or_deleted_firm_is_not_found(engine: Engine) -> None:
    with pytest.raises(NotFoundError):
        record_assessment(engine, uuid.uuid4(), BASE, assessed_on=date(2026, 5, 1))
    firm_id = make_firm(engine)
    soft_delete(engine, Firm, firm_id)
    with pytest.raises(NotFoundError):
        record_assessment(engine, firm_id, BASE, assessed_on=date(2026, 5, 1))
    assert count_rows(engine, Assessment) == 0
    assert count_rows(engine, AuditEntry) == 0


def test_unknown_consultant_is_not_found(engine: Engine) -> None:
    firm_id = make_firm(engine)
    with pytest.raises(NotFoundError):
        record_assessment(
            engine, firm_id, BASE, assessed_on=date(2026, 5, 1), consultant_id=uuid.uuid4()
        )
    assert count_rows(engine, Assessment) == 0


# --- history ------------------------------------------------------------------------------


def test_history_keeps_every_assessment_newest_first(engine: Engine) -> None:
    firm_id = make_firm(engine)
    other = make_firm(engine, "Other")
    for day in (date(2026, 6, 1), date(2026, 4, 10), date(2026, 9, 30)):
        record_assessment(engine, firm_id, BASE, assessed_on=day)
    record_assessment(engine, other, BASE, assessed_on=date(2026, 12, 1))
    rows = history(engine, firm_id)
    assert [r.assessed_on for r in rows] == [date(2026, 9, 30), date(2026, 6, 1), date(2026, 4, 10)]
    assert latest(engine, firm_id) == rows[0]


def test_history_leaves_out_deleted_assessments(engine: Engine) -> None:
    firm_id = make_firm(engine)
    first = record_assessment(engine, firm_id, BASE, assessed_on=date(2026, 4, 1))
    second = record_assessment(engine, firm_id, CHALLENGER_A2, assessed_on=date(2026, 5, 1))
    soft_delete(engine, Assessment, second.id)
    assert [r.id for r in history(engine, firm_id)] == [first.id]
    latest_rec = latest(engine, firm_id)
    assert latest_rec is not None and latest_rec.id == first.id


def test_two_assessments_on_one_day_the_later_entry_is_latest(engine: Engine) -> None:
    firm_id = make_firm(engine)
    record_assessment(engine, firm_id, BASE, assessed_on=date(2026, 5, 1))
    second = record_assessment(engine, firm_id, CHALLENGER_A2, assessed_on=date(2026, 5, 1))
    latest_rec = latest(engine, firm_id)
    assert latest_rec is not None and latest_rec.id == second.id


def test_a_firm_never_assessed_has_no_latest(engine: Engine) -> None:
    firm_id = make_firm(engine)
    assert latest(engine, firm_id) is None
    assert history(engine, firm_id) == []


# --- transitions --------------------------------------------------------------------------


def record(engine: Engine, firm_id: uuid.UUID, a: Answers, day: date) -> Any:
    return record_assessment(engine, firm_id, a, assessed_on=day)


def count_firms_moved(engine: Engine, start: date, end: date) -> int:
    """The figure, checked against the list of firms it stands for."""
    with engine.connect() as conn:
        n = count_transition_firms(conn, start, end)
        assert n == len(transition_firms(conn, start, end))
        return n


def firms_moved_on(engine: Engine, day: date) -> list[uuid.UUID]:
    """The firms counted on one day: a move is dated by the assessment that shows it."""
    with engine.connect() as conn:
        return transition_firms(conn, day, day + timedelta(days=1))


def test_developing_to_challenger_counts_once_and_challenger_to_challenger_never(
    engine: Engine,
) -> None:
    mover = make_firm(engine, "Mover")
    steady = make_firm(engine, "Steady")
    record(engine, mover, DEVELOPING_B1, date(2026, 3, 20))
    record(engine, mover, CHALLENGER_A2, date(2026, 4, 15))
    record(engine, mover, CHALLENGER_A2, date(2026, 5, 15))
    record(engine, steady, CHALLENGER_A2, date(2026, 4, 1))
    record(engine, steady, CHALLENGER_A2, date(2026, 4, 20))

    # Dated by the first challenger assessment, though the developing one is older
    # than the period.
    with engine.connect() as conn:
        assert transition_firms(conn, date(2026, 4, 1), date(2027, 4, 1)) == [mover]
    assert firms_moved_on(engine, date(2026, 4, 15)) == [mover]
    assert count_firms_moved(engine, date(2026, 4, 1), date(2026, 4, 15)) == 0
    assert count_firms_moved(engine, date(2026, 4, 16), date(2027, 4, 1)) == 0
    assert count_firms_moved(engine, date(2026, 4, 1), date(2027, 4, 1)) == 1


def test_transition_window_is_half_open_on_the_later_assessment_date(engine: Engine) -> None:
    firm_id = make_firm(engine)
    record(engine, firm_id, DEVELOPING_B1, date(2026, 4, 10))
    record(engine, firm_id, CHALLENGER_A2, date(2026, 5, 1))
    may, june = date(2026, 5, 1), date(2026, 6, 1)
    assert count_firms_moved(engine, may, june) == 1
    assert count_firms_moved(engine, date(2026, 4, 1), may) == 0
    assert count_firms_moved(engine, june, date(2026, 7, 1)) == 0
    assert count_firms_moved(engine, date(2026, 5, 2), june) == 0


def test_challenger_to_developing_is_no_transition(engine: Engine) -> None:
    firm_id = make_firm(engine)
    record(engine, firm_id, CHALLENGER_A2, date(2026, 4, 10))
    record(engine, firm_id, DEVELOPING_B1, date(2026, 5, 1))
    assert count_firms_moved(engine, date(2026, 1, 1), date(2027, 1, 1)) == 0


def test_a_firm_that_moves_up_twice_is_two_moves_but_one_firm(engine: Engine) -> None:
    firm_id = make_firm(engine)
    for a, day in [
        (DEVELOPING_B1, date(2026, 4, 1)),
        (CHALLENGER_A2, date(2026, 5, 1)),
        (DEVELOPING_B1, date(2026, 6, 1)),
        (CHALLENGER_A2, date(2026, 7, 1)),
    ]:
        record(engine, firm_id, a, day)
    # Counted in each period it moved in, once in a period that holds both moves.
    assert firms_moved_on(engine, date(2026, 5, 1)) == [firm_id]
    assert firms_moved_on(engine, date(2026, 7, 1)) == [firm_id]
    assert count_firms_moved(engine, date(2026, 5, 2), date(2026, 7, 1)) == 0
    assert count_firms_moved(engine, date(2026, 4, 1), date(2026, 8, 1)) == 1
    with engine.connect() as conn:
        assert transition_firms(conn, date(2026, 4, 1), date(2026, 8, 1)) == [firm_id]


def test_transitions_follow_the_consultants_final_type(engine: Engine) -> None:
    firm_id = make_firm(engine)
    record(engine, firm_id, DEVELOPING_B1, date(2026, 4, 1))
    record_assessment(
        engine,
        firm_id,
        DEVELOPING_B1,
        assessed_on=date(2026, 5, 1),
        override_type="challenger",
        override_reason="Signed an overseas licence with its new design right.",
    )
    assert count_firms_moved(engine, date(2026, 4, 1), date(2026, 6, 1)) == 1


def test_deleted_assessments_and_firms_do_not_count(engine: Engine) -> None:
    firm_id = make_firm(engine)
    record(engine, firm_id, DEVELOPING_B1, date(2026, 4, 1))
    mistaken = record(engine, firm_id, CHALLENGER_A2, date(2026, 5, 1))
    record(engine, firm_id, CHALLENGER_A2, date(2026, 6, 1))
    soft_delete(engine, Assessment, mistaken.id)
    # With the May record withdrawn, the move shows on the June assessment.
    assert count_firms_moved(engine, date(2026, 4, 1), date(2026, 6, 1)) == 0
    assert firms_moved_on(engine, date(2026, 6, 1)) == [firm_id]
    soft_delete(engine, Firm, firm_id)
    assert count_firms_moved(engine, date(2026, 4, 1), date(2026, 7, 1)) == 0


@settings(max_examples=25, deadline=None)  # each example migrates a fresh database
@given(st.lists(st.booleans(), min_size=0, max_size=6))
def test_sql_counts_match_a_plain_python_count(tmp_path_factory: Any, seq: list[bool]) -> None:
    eng = open_database(tmp_path_factory.mktemp("prop") / "counter.db").engine
    try:
        firm_id = make_firm(eng)
        for i, is_challenger in enumerate(seq):
            a = CHALLENGER_A2 if is_challenger else DEVELOPING_B1
            record(eng, firm_id, a, date(2026, 4, 1 + i))
        # A move on the day of each assessment whose previous one was developing.
        moved = [0, *(int(cur and not prev) for prev, cur in itertools.pairwise(seq))][: len(seq)]
        window = (date(2026, 1, 1), date(2027, 1, 1))
        assert count_firms_moved(eng, *window) == min(sum(moved), 1)
        days = [date(2026, 4, 1 + i) for i in range(len(seq))]
        assert [count_firms_moved(eng, d, d + timedelta(days=1)) for d in days] == moved
    finally:
        eng.dispose()


# --- a firm's current cell ----------------------------------------------------------------


def rewrite(engine: Engine, row_id: uuid.UUID, new_id: uuid.UUID, entered: datetime) -> None:
    """Give an assessment a chosen id and entry time, so ties are decided as intended."""
    with Session(engine) as session:
        row = session.get(Assessment, row_id)
        row.id, row.created_at = new_id, entered
        session.add(row)
        session.commit()


def test_the_current_cell_is_the_latest_live_assessments_wherever_it_is_read(
    engine: Engine, db_path: Path
) -> None:
    grown = make_firm(engine, "Grown")
    never = make_firm(engine, "Never assessed")
    withdrawn = make_firm(engine, "Withdrawn")
    same_day = make_firm(engine, "Same day")
    tied = make_firm(engine, "Tied")
    closed = make_firm(engine, "Closed")
    record(engine, grown, DEVELOPING_B1, date(2026, 4, 1))
    record(engine, grown, CHALLENGER_A3, date(2026, 6, 1))
    record(engine, grown, CHALLENGER_A2, date(2026, 5, 1))  # entered late, dated earlier
    record(engine, withdrawn, DEVELOPING_B1, date(2026, 4, 1))
    gone = record(engine, withdrawn, CHALLENGER_A2, date(2026, 5, 1))
    soft_delete(engine, Assessment, gone.id)
    # One day, two entries: the one entered later counts, though written first and with
    # the smaller id, so neither the id nor the order of the rows can stand in for it.
    later = record(engine, same_day, DEVELOPING_B1, date(2026, 5, 1))
    earlier = record(engine, same_day, CHALLENGER_A2, date(2026, 5, 1))
    rewrite(engine, later.id, uuid.UUID(int=1), datetime(2026, 5, 1, 9, 30))
    rewrite(engine, earlier.id, uuid.UUID(int=2**128 - 1), datetime(2026, 5, 1, 9, 0))
    # Entered at the same instant too: the larger id counts, here the row written first.
    larger = record(engine, tied, CHALLENGER_A2, date(2026, 5, 1))
    smaller = record(engine, tied, DEVELOPING_B1, date(2026, 5, 1))
    rewrite(engine, larger.id, uuid.UUID(int=2**128 - 2), datetime(2026, 5, 1, 9, 0))
    rewrite(engine, smaller.id, uuid.UUID(int=2), datetime(2026, 5, 1, 9, 0))
    record(engine, closed, CHALLENGER_A3, date(2026, 4, 1))
    soft_delete(engine, Firm, closed)
    live = {grown: "A3", never: "", withdrawn: "B1", same_day: "B1", tied: "A2"}

    file_reads = firm_list.FileReads(db_path)  # the first screen's reads, before the engine
    try:
        for reads in (firms.reads(engine), file_reads):
            with reads() as conn:
                shown = firm_list.page(conn, FirmQuery(), 0, 100)
                assert {line.id: line.cell for line in shown} == live
                assert firm_list.rows_by_id(conn, [closed])[closed].cell == "A3"
                for cell in (*firm_list.CELLS, "none"):
                    query = FirmQuery(cell=cell)
                    listed = {uuid.UUID(hex=key) for key in firm_list.keys(conn, query)}
                    assert listed == {f for f, c in live.items() if (c or "none") == cell}
                    assert firm_list.count(conn, query) == len(listed)
                in_trash = firm_list.keys(conn, FirmQuery(cell="A3", deleted=True))
                assert in_trash == [closed.hex]
    finally:
        file_reads.close()
    assert dashboard.build(engine).matrix == {"A3": 1, "B1": 2, "A2": 1}


def test_not_assessed_lists_firms_with_no_live_assessment(engine: Engine, db_path: Path) -> None:
    never = make_firm(engine, "Never assessed")
    withdrawn = make_firm(engine, "Only assessment deleted")
    assessed = make_firm(engine, "Assessed")
    soft_delete(engine, Assessment, record(engine, withdrawn, CHALLENGER_A2, date(2026, 5, 1)).id)
    record(engine, assessed, DEVELOPING_B1, date(2026, 5, 1))

    file_reads = firm_list.FileReads(db_path)
    try:
        for reads in (firms.reads(engine), file_reads):
            with reads() as conn:
                query = FirmQuery(cell="none")
                listed = {uuid.UUID(hex=key) for key in firm_list.keys(conn, query)}
                assert listed == {never, withdrawn}
                assert firm_list.count(conn, query) == 2
    finally:
        file_reads.close()

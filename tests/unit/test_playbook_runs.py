"""Following a playbook: steps move, progress and next step, recommendations from records."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from desktop.core import consultants, consultations, firms, ip_assets, playbook_runs
from desktop.core.consultations import ConsultationInput
from desktop.core.errors import ValidationError


def test_run_moves_to_finished(engine: sa.Engine, library) -> None:  # type: ignore[no-untyped-def]
    firm = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    run_id = playbook_runs.start_run(
        engine, library, firm, "trade_secret", started_on=date(2026, 10, 1)
    )
    run = playbook_runs.ordered(playbook_runs.get_run(engine, run_id), library)
    keys = [s.key for s in library.get("trade_secret").steps]
    assert [s.key for s in run.steps] == keys
    assert run.next_step.key == keys[0] and run.done == 0
    run = playbook_runs.set_step(engine, run_id, keys[0], "doing", happened_on=date(2026, 10, 2))
    assert playbook_runs.ordered(run, library).next_step.key == keys[0]
    for key in keys[:-1]:
        run = playbook_runs.set_step(engine, run_id, key, "done", happened_on=date(2026, 10, 5))
    assert run.state == "active" and run.done == len(keys) - 1
    [pending] = playbook_runs.next_steps(engine, library)
    assert (pending.step_key, pending.done, pending.total) == (keys[-1], len(keys) - 1, len(keys))
    run = playbook_runs.set_step(engine, run_id, keys[-1], "skipped", note="不要")
    assert run.state == "finished" and run.next_step is None
    assert playbook_runs.next_steps(engine, library) == []
    with pytest.raises(ValidationError):
        playbook_runs.set_step(engine, run_id, keys[0], "finished")


def test_one_active_run_per_playbook(engine: sa.Engine, library) -> None:  # type: ignore[no-untyped-def]
    firm = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    playbook_runs.start_run(engine, library, firm, "ip_awareness")
    with pytest.raises(ValidationError):
        playbook_runs.start_run(engine, library, firm, "ip_awareness")


def test_a_stopped_run_keeps_its_steps_and_can_be_started_again(engine: sa.Engine, library) -> None:  # type: ignore[no-untyped-def]
    firm = firms.create_firm(engine, firms.FirmInput(name="弥彦商店", prefecture_code="15"))
    run_id = playbook_runs.start_run(engine, library, firm, "trade_secret")
    first = library.get("trade_secret").steps[0].key
    playbook_runs.set_step(engine, run_id, first, "done", note="規程を確認")
    playbook_runs.abandon_run(engine, run_id, actor="佐藤 花子")
    run = playbook_runs.get_run(engine, run_id)
    assert run.state == "abandoned" and run.finished_on == date.today()
    assert [(s.state, s.note) for s in run.steps if s.key == first] == [("done", "規程を確認")]
    with pytest.raises(ValidationError) as refused:
        playbook_runs.set_step(engine, run_id, first, "todo")
    assert "no longer followed" in refused.value.errors["state"].text
    assert playbook_runs.get_run(engine, run_id).state == "abandoned"
    assert playbook_runs.next_steps(engine, library) == []  # nothing due from a stopped run
    again = playbook_runs.start_run(engine, library, firm, "trade_secret")
    assert again != run_id and playbook_runs.get_run(engine, again).state == "active"


def test_step_linked_to_a_consultation_of_the_same_firm(engine: sa.Engine, library) -> None:  # type: ignore[no-untyped-def]
    firm = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    other = firms.create_firm(engine, firms.FirmInput(name="三条金属", prefecture_code="15"))
    me = consultants.add_consultant(engine, "佐藤")
    cid = consultations.create_consultation(
        engine,
        ConsultationInput(
            started_at=datetime(2026, 10, 3, 10),
            channel="counter",
            topics=("trade_secret",),
            consultant_ids=(me,),
            firm_id=other,
        ),
    )
    run_id = playbook_runs.start_run(engine, library, firm, "trade_secret")
    key = library.get("trade_secret").steps[0].key
    with pytest.raises(ValidationError):
        playbook_runs.set_step(engine, run_id, key, "done", consultation_id=cid)


def test_recommendations_read_the_records(engine: sa.Engine, library) -> None:  # type: ignore[no-untyped-def]
    firm = firms.create_firm(
        engine,
        firms.FirmInput(
            name="みかん生産者協議会", kind="association", industry="A", prefecture_code="30"
        ),
    )
    me = consultants.add_consultant(engine, "佐藤")
    for _ in range(3):
        consultations.create_consultation(
            engine,
            ConsultationInput(
                started_at=datetime.now().replace(microsecond=0),
                channel="counter",
                topics=("gi",),
                consultant_ids=(me,),
                firm_id=firm,
            ),
        )
    ip_assets.add_asset(engine, firm, ip_assets.AssetInput(kind="gi", title="有田みかん"))
    profile = playbook_runs.firm_profile(engine, firm)
    assert profile.recent_topics["gi"] == 3 and profile.firm_kind == "association"
    ranked = playbook_runs.recommendations_for(engine, library, firm)
    assert ranked[0].playbook.key == "gi_registration"
    assert all(r.reasons for r in ranked)
    playbook_runs.start_run(engine, library, firm, "gi_registration")
    assert "gi_registration" not in [
        r.playbook.key for r in playbook_runs.recommendations_for(engine, library, firm)
    ]


def test_the_printed_record_counts_steps_as_the_panel_does(engine: sa.Engine, library) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.firm_record import firm_record

    firm = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    run_id = playbook_runs.start_run(
        engine, library, firm, "trade_secret", started_on=date(2026, 10, 1)
    )
    keys = [s.key for s in library.get("trade_secret").steps]
    playbook_runs.set_step(engine, run_id, keys[0], "done", happened_on=date(2026, 10, 2))
    playbook_runs.set_step(engine, run_id, keys[1], "skipped", note="不要")
    playbook_runs.set_step(engine, run_id, keys[2], "doing", happened_on=date(2026, 10, 3))
    panel = playbook_runs.get_run(engine, run_id)
    [printed] = firm_record(engine, firm).playbooks
    assert panel.done == printed.done == 2

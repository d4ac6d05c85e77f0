"""A firm following a playbook: start a run, move its steps, see what comes next.

A run copies the playbook's step keys when it starts, so later edits to a playbook
never rewrite the history of a run already under way. Steps move todo → doing →
done or skipped, each with a date, a note and optionally the consultation where it
happened; when every step is done or skipped the run is finished.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.clock import utcnow
from db.models import (
    Assessment,
    Consultation,
    ConsultationTopic,
    Firm,
    IpAsset,
    PlaybookRun,
    PlaybookStepState,
)
from desktop.core import audit
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.playbooks import Library
from desktop.core.recommendations import FirmProfile, HeldIp, Recommendation, recommend
from desktop.core.text import QT_TRANSLATE_NOOP, Message

CTX = "PlaybookRuns"
STATES = ("todo", "doing", "done", "skipped")
CLOSED = {"done", "skipped"}


def _msg(text: str, **params: object) -> Message:
    return Message(CTX, text, dict(params))


@dataclass(frozen=True)
class StepView:
    key: str
    state: str
    happened_on: date | None
    note: str
    consultation_id: uuid.UUID | None


@dataclass(frozen=True)
class RunView:
    id: uuid.UUID
    firm_id: uuid.UUID
    playbook_key: str
    started_on: date
    state: str
    finished_on: date | None
    steps: tuple[StepView, ...]

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.state in CLOSED)

    @property
    def next_step(self) -> StepView | None:
        """The step in progress, else the first one still to do."""
        doing = next((s for s in self.steps if s.state == "doing"), None)
        return doing or next((s for s in self.steps if s.state == "todo"), None)


def start_run(
    engine: Engine,
    library: Library,
    firm_id: uuid.UUID,
    playbook_key: str,
    *,
    started_on: date | None = None,
    actor: str | None = None,
) -> uuid.UUID:
    playbook = library.get(playbook_key)
    if playbook is None:
        raise NotFoundError(_msg(QT_TRANSLATE_NOOP("PlaybookRuns", "No such playbook.")))
    with Session(engine) as session:
        firm = session.get(Firm, firm_id)
        if firm is None or firm.deleted_at is not None:
            raise NotFoundError(_msg(QT_TRANSLATE_NOOP("PlaybookRuns", "No such firm.")))
        running = session.exec(
            select(PlaybookRun).where(
                PlaybookRun.firm_id == firm_id,
                PlaybookRun.playbook_key == playbook_key,
                PlaybookRun.state == "active",
                col(PlaybookRun.deleted_at).is_(None),
            )
        ).first()
        if running is not None:
            raise ValidationError(
                {
                    "playbook_key": _msg(
                        QT_TRANSLATE_NOOP("PlaybookRuns", "The firm already follows this playbook.")
                    )
                }
            )
        run = PlaybookRun(
            firm_id=firm_id, playbook_key=playbook_key, started_on=started_on or date.today()
        )
        session.add(run)
        session.flush()
        for step in playbook.steps:
            session.add(PlaybookStepState(run_id=run.id, step_key=step.key))
        audit.record(
            session,
            entity="playbook_run",
            entity_id=run.id,
            action="create",
            changes={"playbook_key": [None, playbook_key], "firm_id": [None, str(firm_id)]},
            actor=actor,
        )
        session.commit()
        return run.id


def set_step(
    engine: Engine,
    run_id: uuid.UUID,
    step_key: str,
    state: str,
    *,
    happened_on: date | None = None,
    note: str = "",
    consultation_id: uuid.UUID | None = None,
    actor: str | None = None,
) -> RunView:
    if state not in STATES:
        raise ValidationError(
            {"state": _msg(QT_TRANSLATE_NOOP("PlaybookRuns", "Unknown step state."))}
        )
    if len(note) > 5000:
        raise ValidationError(
            {"note": _msg(QT_TRANSLATE_NOOP("PlaybookRuns", "The note is too long."))}
        )
    with Session(engine) as session:
        run = session.get(PlaybookRun, run_id)
        if run is None or run.deleted_at is not None:
            raise NotFoundError(_msg(QT_TRANSLATE_NOOP("PlaybookRuns", "No such playbook run.")))
        if run.state == "abandoned":
            raise ValidationError(
                {
                    "state": _msg(
                        QT_TRANSLATE_NOOP(
                            "PlaybookRuns",
                            "This playbook is no longer followed; start it again to go on.",
                        )
                    )
                }
            )
        step = session.exec(
            select(PlaybookStepState).where(
                PlaybookStepState.run_id == run_id, PlaybookStepState.step_key == step_key
            )
        ).first()
        if step is None:
            raise NotFoundError(
                _msg(QT_TRANSLATE_NOOP("PlaybookRuns", "No such step in this run."))
            )
        if consultation_id is not None:
            consultation = session.get(Consultation, consultation_id)
            if consultation is None or consultation.firm_id != run.firm_id:
                raise ValidationError(
                    {
                        "consultation_id": _msg(
                            QT_TRANSLATE_NOOP(
                                "PlaybookRuns", "The consultation is not this firm's."
                            )
                        )
                    }
                )
        when = happened_on or (date.today() if state != "todo" else None)
        if when is not None and when < run.started_on - timedelta(days=366):
            raise ValidationError(
                {
                    "happened_on": _msg(
                        QT_TRANSLATE_NOOP(
                            "PlaybookRuns",
                            "The date is more than a year before the playbook was started.",
                        )
                    )
                }
            )
        before = {"state": step.state, "happened_on": step.happened_on, "note": step.note}
        step.state = state
        step.happened_on = when
        step.note = note
        step.consultation_id = consultation_id
        step.updated_at = utcnow()
        audit.record(
            session,
            entity="playbook_step",
            entity_id=step.id,
            action="update",
            changes=audit.diff(before, {"state": state, "happened_on": when, "note": note}),
            actor=actor,
        )
        session.flush()
        states = session.exec(
            select(PlaybookStepState.state).where(PlaybookStepState.run_id == run_id)
        ).all()
        if all(s in CLOSED for s in states):
            run.state, run.finished_on = "finished", when or date.today()
        elif run.state == "finished":
            run.state, run.finished_on = "active", None
        run.updated_at = utcnow()
        session.commit()
    return get_run(engine, run_id)


def abandon_run(engine: Engine, run_id: uuid.UUID, *, actor: str | None = None) -> None:
    with Session(engine) as session:
        run = session.get(PlaybookRun, run_id)
        if run is None:
            raise NotFoundError(_msg(QT_TRANSLATE_NOOP("PlaybookRuns", "No such playbook run.")))
        if run.state == "active":
            run.state, run.finished_on = "abandoned", date.today()
            run.updated_at = utcnow()
            audit.record(
                session,
                entity="playbook_run",
                entity_id=run_id,
                action="update",
                changes={"state": ["active", "abandoned"]},
                actor=actor,
            )
            session.commit()


def _view(session: Session, run: PlaybookRun) -> RunView:
    rows = session.exec(select(PlaybookStepState).where(PlaybookStepState.run_id == run.id)).all()
    return RunView(
        id=run.id,
        firm_id=run.firm_id,
        playbook_key=run.playbook_key,
        started_on=run.started_on,
        state=run.state,
        finished_on=run.finished_on,
        steps=tuple(
            StepView(s.step_key, s.state, s.happened_on, s.note, s.consultation_id) for s in rows
        ),
    )


def get_run(engine: Engine, run_id: uuid.UUID) -> RunView:
    with Session(engine) as session:
        run = session.get(PlaybookRun, run_id)
        if run is None:
            raise NotFoundError(_msg(QT_TRANSLATE_NOOP("PlaybookRuns", "No such playbook run.")))
        return _view(session, run)


def ordered(view: RunView, library: Library) -> RunView:
    """The run's steps in the playbook's order (unknown keys, from an older edition, last)."""
    playbook = library.get(view.playbook_key)
    order = {s.key: n for n, s in enumerate(playbook.steps)} if playbook else {}
    steps = tuple(sorted(view.steps, key=lambda s: (order.get(s.key, 10**6), s.key)))
    return RunView(
        view.id,
        view.firm_id,
        view.playbook_key,
        view.started_on,
        view.state,
        view.finished_on,
        steps,
    )


def list_runs(engine: Engine, firm_id: uuid.UUID, library: Library | None = None) -> list[RunView]:
    with Session(engine) as session:
        runs = session.exec(
            select(PlaybookRun)
            .where(PlaybookRun.firm_id == firm_id, col(PlaybookRun.deleted_at).is_(None))
            .order_by(col(PlaybookRun.started_on).desc(), col(PlaybookRun.created_at).desc())
        ).all()
        views = [_view(session, r) for r in runs]
    return [ordered(v, library) for v in views] if library else views


# --- recommendations for a firm ----------------------------------------------------------


def firm_profile(engine: Engine, firm_id: uuid.UUID, *, today: date | None = None) -> FirmProfile:
    """What the recommendations need, read from the firm's records (last 12 months of topics)."""
    since = (today or date.today()) - timedelta(days=365)
    with Session(engine) as session:
        firm = session.get(Firm, firm_id)
        if firm is None:
            raise NotFoundError(_msg(QT_TRANSLATE_NOOP("PlaybookRuns", "No such firm.")))
        latest = session.exec(
            select(Assessment)
            .where(Assessment.firm_id == firm_id, col(Assessment.deleted_at).is_(None))
            .order_by(col(Assessment.assessed_on).desc(), col(Assessment.created_at).desc())
        ).first()
        assets = session.exec(
            select(IpAsset).where(IpAsset.firm_id == firm_id, col(IpAsset.deleted_at).is_(None))
        ).all()
        topics = session.exec(
            select(ConsultationTopic.topic)
            .join(Consultation, Consultation.id == ConsultationTopic.consultation_id)  # type: ignore[arg-type]
            .where(
                Consultation.firm_id == firm_id,
                col(Consultation.deleted_at).is_(None),
                Consultation.started_at >= since,
            )
        ).all()
        return FirmProfile(
            sme_type=latest.sme_type if latest else None,
            stage=latest.stage if latest else None,
            firm_kind=firm.kind,
            ip_assets=tuple(HeldIp(a.kind, a.status) for a in assets),
            recent_topics=Counter(topics),
            has_overseas_markets=bool(firm.overseas_markets.strip()),
            industry=firm.industry,
            subcontract_share=firm.subcontract_share,
        )


def recommendations_for(
    engine: Engine, library: Library, firm_id: uuid.UUID, *, limit: int = 5
) -> list[Recommendation]:
    running = {r.playbook_key for r in list_runs(engine, firm_id) if r.state == "active"}
    return recommend(library, firm_profile(engine, firm_id), limit, exclude=running)


@dataclass(frozen=True)
class NextStep:
    firm_id: uuid.UUID
    firm_name: str
    run_id: uuid.UUID
    playbook_key: str
    step_key: str
    state: str
    done: int
    total: int


def next_steps(engine: Engine, library: Library | None = None) -> list[NextStep]:
    """Every active run's next step (the one in progress, else the first to do), by firm."""
    with Session(engine) as session:
        rows = session.exec(
            select(PlaybookRun, Firm.name)
            .join(Firm, Firm.id == PlaybookRun.firm_id)  # type: ignore[arg-type]
            .where(
                PlaybookRun.state == "active",
                col(PlaybookRun.deleted_at).is_(None),
                col(Firm.deleted_at).is_(None),
            )
            .order_by(Firm.name_kana, Firm.name, PlaybookRun.started_on)
        ).all()
        views = [(_view(session, run), name) for run, name in rows]
    out = []
    for view, name in views:
        run = ordered(view, library) if library else view
        step = run.next_step
        if step is not None:
            out.append(
                NextStep(
                    run.firm_id,
                    name,
                    run.id,
                    run.playbook_key,
                    step.key,
                    step.state,
                    run.done,
                    len(run.steps),
                )
            )
    return out

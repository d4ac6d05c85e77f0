"""A firm's support record: profile, classification, IP, consultations, playbooks, next steps.

Read in one place for the PDF report and any other view of a firm's whole history.
Confidential notes are read only for an internal copy, when the caller asks for it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from db.enums import in_topic_order
from desktop.core.errors import NotFoundError
from desktop.core.playbook_runs import CLOSED
from desktop.core.reference import reference
from desktop.core.reporting import CC, CN, CT, IA, IM, PR, PS, A, C, F, R, matrix_cell
from desktop.core.sme import sme_status
from desktop.core.text import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class AssessmentView:
    assessed_on: date
    sme_type: str
    stage: int
    computed_type: str
    computed_stage: int
    reasons: list[Any]
    override_reason: str | None

    @property
    def cell(self) -> str:
        return matrix_cell(self.sme_type, self.stage)


@dataclass(frozen=True)
class MilestoneView:
    status: str
    happened_on: date
    note: str


@dataclass(frozen=True)
class IpView:
    kind: str
    title: str
    office: str
    country: str
    number: str
    status: str
    filed_on: date | None
    registered_on: date | None
    milestones: list[MilestoneView]


@dataclass(frozen=True)
class ReferralView:
    partner_kind: str
    organisation: str
    direction: str
    status: str


@dataclass(frozen=True)
class ConsultationView:
    id: str
    started_at: datetime
    duration_min: int
    channel: str
    topics: list[str]
    consultants: list[str]
    summary: str
    outcome: str
    expert_kind: str
    referrals: list[ReferralView]
    followup_on: date | None
    followup_action: str
    followup_done: bool
    confidential_notes: str | None = None


@dataclass(frozen=True)
class StepView:
    step_key: str
    state: str
    happened_on: date | None
    note: str


@dataclass(frozen=True)
class PlaybookView:
    playbook_key: str
    state: str
    started_on: date
    finished_on: date | None
    steps: list[StepView]

    @property
    def done(self) -> int:
        """Steps closed, done or skipped: the count the support panel shows."""
        return sum(1 for s in self.steps if s.state in CLOSED)


@dataclass(frozen=True)
class NextStep:
    """Something to do for the firm: an open follow-up or an unfinished playbook step."""

    kind: str  # "followup" | "step"
    due: date | None
    text: str
    playbook_key: str = ""


@dataclass(frozen=True)
class FirmRecord:
    profile: dict[str, Any]
    size_class: str
    assessments: list[AssessmentView]
    ip: list[IpView]
    consultations: list[ConsultationView]
    playbooks: list[PlaybookView]
    next_steps: list[NextStep] = field(default_factory=list)

    @property
    def latest_assessment(self) -> AssessmentView | None:
        return self.assessments[0] if self.assessments else None


PROFILE_COLUMNS = (
    "id",
    "kind",
    "name",
    "name_kana",
    "corporate_number",
    "prefecture_code",
    "city",
    "address",
    "postal_code",
    "industry",
    "employees",
    "capital_yen",
    "founded_year",
    "contact_name",
    "main_products",
    "subcontract_share",
    "overseas_markets",
)


def _json_list(raw: str) -> list[Any]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return [raw]
    if isinstance(value, list):
        return value
    return [value]


def firm_record(engine: Engine, firm_id: uuid.UUID, *, internal: bool = False) -> FirmRecord:
    """Everything a firm's support record shows, newest first.

    Confidential notes are selected only when ``internal`` is set: a copy made for the
    firm or anyone outside the counter cannot leak what was never read.
    """
    with engine.connect() as conn:
        prof = (
            conn.execute(
                sa.select(*(F.c[name] for name in PROFILE_COLUMNS)).where(
                    F.c.id == firm_id, F.c.deleted_at.is_(None)
                )
            )
            .mappings()
            .one_or_none()
        )
        if prof is None:
            raise NotFoundError(
                Message(
                    "Reporting",
                    QT_TRANSLATE_NOOP("Reporting", "No such firm: {id}"),
                    {"id": str(firm_id)},
                )
            )
        profile = dict(prof)
        size = sme_status(
            reference(), profile["industry"], profile["capital_yen"], profile["employees"]
        ).size_class
        assessments = [
            AssessmentView(
                assessed_on=r.assessed_on,
                sme_type=r.sme_type,
                stage=int(r.stage),
                computed_type=r.computed_type,
                computed_stage=int(r.computed_stage),
                reasons=_json_list(r.reasons),
                override_reason=r.override_reason,
            )
            for r in conn.execute(
                sa.select(A)
                .where(A.c.firm_id == firm_id, A.c.deleted_at.is_(None))
                .order_by(A.c.assessed_on.desc(), A.c.created_at.desc())
            )
        ]
        milestones: dict[Any, list[MilestoneView]] = {}
        for r in conn.execute(
            sa.select(IM.c.asset_id, IM.c.status, IM.c.happened_on, IM.c.note)
            .join(IA, IA.c.id == IM.c.asset_id)
            .where(IA.c.firm_id == firm_id, IM.c.deleted_at.is_(None))
            .order_by(IM.c.happened_on, IM.c.created_at)
        ):
            milestones.setdefault(r.asset_id, []).append(
                MilestoneView(r.status, r.happened_on, r.note)
            )
        ip = [
            IpView(
                kind=r.kind,
                title=r.title,
                office=r.office,
                country=r.country,
                number=r.number,
                status=r.status,
                filed_on=r.filed_on,
                registered_on=r.registered_on,
                milestones=milestones.get(r.id, []),
            )
            for r in conn.execute(
                sa.select(IA)
                .where(IA.c.firm_id == firm_id, IA.c.deleted_at.is_(None))
                .order_by(IA.c.kind, IA.c.title)
            )
        ]
        consultations = _firm_consultations(conn, firm_id, internal=internal)
        playbooks = _firm_playbooks(conn, firm_id)
    return FirmRecord(
        profile=profile,
        size_class=str(size),
        assessments=assessments,
        ip=ip,
        consultations=consultations,
        playbooks=playbooks,
        next_steps=_next_steps(consultations, playbooks),
    )


def _firm_consultations(
    conn: Connection, firm_id: uuid.UUID, *, internal: bool
) -> list[ConsultationView]:
    cols = [
        C.c.id,
        C.c.started_at,
        C.c.duration_min,
        C.c.channel,
        C.c.summary,
        C.c.outcome,
        C.c.expert_kind,
        C.c.followup_on,
        C.c.followup_action,
        C.c.followup_done_at,
    ]
    if internal:
        cols.append(C.c.confidential_notes)
    rows = conn.execute(
        sa.select(*cols)
        .where(C.c.firm_id == firm_id, C.c.deleted_at.is_(None))
        .order_by(C.c.started_at.desc(), C.c.id)
    ).all()
    ids = [r.id for r in rows]
    topics: dict[Any, list[str]] = {}
    people: dict[Any, list[str]] = {}
    refs: dict[Any, list[ReferralView]] = {}
    if ids:
        for cid, topic in conn.execute(
            sa.select(CT.c.consultation_id, CT.c.topic).where(CT.c.consultation_id.in_(ids))
        ):
            topics.setdefault(cid, []).append(topic)
        for cid, name in conn.execute(
            sa.select(CC.c.consultation_id, CN.c.name)
            .join(CN, CN.c.id == CC.c.consultant_id)
            .where(CC.c.consultation_id.in_(ids))
            .order_by(CN.c.name)
        ):
            people.setdefault(cid, []).append(name)
        for r in conn.execute(
            sa.select(R)
            .where(R.c.consultation_id.in_(ids), R.c.deleted_at.is_(None))
            .order_by(R.c.created_at)
        ):
            refs.setdefault(r.consultation_id, []).append(
                ReferralView(r.partner_kind, r.organisation, r.direction, r.status)
            )
    return [
        ConsultationView(
            id=str(r.id),
            started_at=r.started_at,
            duration_min=int(r.duration_min),
            channel=r.channel,
            topics=list(in_topic_order(topics.get(r.id, []))),
            consultants=people.get(r.id, []),
            summary=r.summary,
            outcome=r.outcome,
            expert_kind=r.expert_kind,
            referrals=refs.get(r.id, []),
            followup_on=r.followup_on,
            followup_action=r.followup_action,
            followup_done=r.followup_done_at is not None,
            confidential_notes=r.confidential_notes if internal else None,
        )
        for r in rows
    ]


def _firm_playbooks(conn: Connection, firm_id: uuid.UUID) -> list[PlaybookView]:
    runs = conn.execute(
        sa.select(PR)
        .where(PR.c.firm_id == firm_id, PR.c.deleted_at.is_(None))
        .order_by(PR.c.started_on.desc(), PR.c.created_at.desc())
    ).all()
    steps: dict[Any, list[StepView]] = {}
    if runs:
        for r in conn.execute(
            sa.select(PS)
            .where(PS.c.run_id.in_([run.id for run in runs]), PS.c.deleted_at.is_(None))
            .order_by(PS.c.created_at, PS.c.step_key)
        ):
            steps.setdefault(r.run_id, []).append(
                StepView(r.step_key, r.state, r.happened_on, r.note)
            )
    return [
        PlaybookView(
            run.playbook_key, run.state, run.started_on, run.finished_on, steps.get(run.id, [])
        )
        for run in runs
    ]


def _next_steps(
    consultations: list[ConsultationView], playbooks: list[PlaybookView]
) -> list[NextStep]:
    out = [
        NextStep("followup", c.followup_on, c.followup_action)
        for c in consultations
        if c.followup_on is not None and not c.followup_done
    ]
    out.sort(key=lambda s: s.due or date.max)
    for run in playbooks:
        if run.state != "active":
            continue
        out.extend(
            NextStep("step", None, s.step_key, run.playbook_key)
            for s in run.steps
            if s.state in ("todo", "doing")
        )
    return out


def find_firm_id(engine: Engine, text: str) -> uuid.UUID:
    """A live firm by its id or its 13-digit Corporate Number."""
    value = text.strip()
    with engine.connect() as conn:
        if len(value) == 13 and value.isdigit():
            found = conn.execute(
                sa.select(F.c.id).where(F.c.corporate_number == value, F.c.deleted_at.is_(None))
            ).scalar_one_or_none()
        else:
            try:
                fid = uuid.UUID(value)
            except ValueError:
                found = None
            else:
                found = conn.execute(
                    sa.select(F.c.id).where(F.c.id == fid, F.c.deleted_at.is_(None))
                ).scalar_one_or_none()
    if found is None:
        raise NotFoundError(
            Message(
                "Reporting", QT_TRANSLATE_NOOP("Reporting", "No such firm: {id}"), {"id": value}
            )
        )
    return found

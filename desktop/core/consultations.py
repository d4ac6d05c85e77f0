"""The consultation log: record, edit, delete and restore consultations.

A consultation carries its topics, consultants and referrals; they are saved together
in one transaction with the audit entry, so a half-written consultation never exists.
An IP milestone recorded in a consultation (an application filed, a right registered)
moves the asset's status and links the milestone to the consultation.

Confidential notes are stored here and shown on this machine only: nothing under
``desktop/exports`` reads them, and search does not index them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.clock import utcnow
from db.models import (
    Consultant,
    Consultation,
    ConsultationConsultant,
    ConsultationTopic,
    Firm,
    IpAsset,
    IpMilestone,
    Referral,
)
from desktop.core import audit
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.reference import reference
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.core.validation import check_length, check_no_control

CTX = "Consultations"
ENTITY = "consultation"
MILESTONE_STATUSES = ("filed", "registered", "lapsed", "abandoned")


def _msg(text: str, **params: Any) -> Message:
    return Message(CTX, text, params)


@dataclass(frozen=True)
class ReferralInput:
    partner_kind: str
    organisation: str = ""
    direction: str = "to"
    status: str = "suggested"
    note: str = ""


@dataclass(frozen=True)
class MilestoneInput:
    """An IP asset of the firm reached ``status`` on ``happened_on`` in this consultation."""

    asset_id: uuid.UUID
    status: str
    happened_on: date


@dataclass(frozen=True)
class ConsultationInput:
    started_at: datetime
    channel: str
    topics: tuple[str, ...]
    consultant_ids: tuple[uuid.UUID, ...]
    firm_id: uuid.UUID | None = None
    duration_min: int = 30
    summary: str = ""
    confidential_notes: str = ""
    outcome: str = ""
    expert_kind: str = "none"
    referrals: tuple[ReferralInput, ...] = ()
    followup_on: date | None = None
    followup_action: str = ""
    milestones: tuple[MilestoneInput, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """A plain form of the input (for drafts and audit)."""
        data = asdict(self)
        data["started_at"] = self.started_at.isoformat(timespec="minutes")
        data["firm_id"] = str(self.firm_id) if self.firm_id else None
        data["consultant_ids"] = [str(c) for c in self.consultant_ids]
        data["topics"] = list(self.topics)
        data["followup_on"] = self.followup_on.isoformat() if self.followup_on else None
        data["referrals"] = [asdict(r) for r in self.referrals]
        data["milestones"] = [
            {
                "asset_id": str(m.asset_id),
                "status": m.status,
                "happened_on": m.happened_on.isoformat(),
            }
            for m in self.milestones
        ]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConsultationInput:
        return cls(
            started_at=datetime.fromisoformat(data["started_at"]),
            channel=data["channel"],
            topics=tuple(data.get("topics", ())),
            consultant_ids=tuple(uuid.UUID(c) for c in data.get("consultant_ids", ())),
            firm_id=uuid.UUID(data["firm_id"]) if data.get("firm_id") else None,
            duration_min=int(data.get("duration_min", 30)),
            summary=data.get("summary", ""),
            confidential_notes=data.get("confidential_notes", ""),
            outcome=data.get("outcome", ""),
            expert_kind=data.get("expert_kind", "none"),
            referrals=tuple(ReferralInput(**r) for r in data.get("referrals", ())),
            followup_on=date.fromisoformat(data["followup_on"])
            if data.get("followup_on")
            else None,
            followup_action=data.get("followup_action", ""),
            milestones=tuple(
                MilestoneInput(
                    uuid.UUID(m["asset_id"]), m["status"], date.fromisoformat(m["happened_on"])
                )
                for m in data.get("milestones", ())
            ),
        )


def validate(data: ConsultationInput, *, now: datetime | None = None) -> dict[str, Message]:
    ref = reference()
    now = now or datetime.now()
    errors: dict[str, Message] = {}
    if data.started_at > now + timedelta(days=1):
        errors["started_at"] = _msg(
            QT_TRANSLATE_NOOP(
                "Consultations", "A consultation cannot be more than a day in the future."
            )
        )
    if data.started_at.year < 2000:
        errors["started_at"] = _msg(QT_TRANSLATE_NOOP("Consultations", "The date is too early."))
    if not 0 <= data.duration_min <= 1440:
        errors["duration_min"] = _msg(
            QT_TRANSLATE_NOOP("Consultations", "Between 0 and 1440 minutes.")
        )
    if data.channel not in ref.channels:
        errors["channel"] = _msg(
            QT_TRANSLATE_NOOP("Consultations", "Choose how the consultation took place.")
        )
    if not data.topics:
        errors["topics"] = _msg(QT_TRANSLATE_NOOP("Consultations", "Choose at least one topic."))
    elif any(t not in ref.topics for t in data.topics):
        errors["topics"] = _msg(QT_TRANSLATE_NOOP("Consultations", "Unknown topic."))
    if not data.consultant_ids:
        errors["consultant_ids"] = _msg(
            QT_TRANSLATE_NOOP("Consultations", "Choose at least one consultant.")
        )
    if data.expert_kind not in ref.expert_kinds:
        errors["expert_kind"] = _msg(QT_TRANSLATE_NOOP("Consultations", "Unknown kind of expert."))
    for name, limit in (
        ("summary", 20000),
        ("confidential_notes", 20000),
        ("outcome", 2000),
        ("followup_action", 500),
    ):
        value = getattr(data, name)
        message = check_length(value, limit)
        if name in {"outcome", "followup_action"}:
            message = message or check_no_control(value)
        if message:
            errors[name] = message
    if data.followup_on is not None and data.followup_on < data.started_at.date():
        errors["followup_on"] = _msg(
            QT_TRANSLATE_NOOP("Consultations", "The follow-up cannot be before the consultation.")
        )
    if data.followup_action.strip() and data.followup_on is None:
        errors["followup_on"] = _msg(
            QT_TRANSLATE_NOOP("Consultations", "Give the follow-up a date.")
        )
    for referral in data.referrals:
        if (
            referral.partner_kind not in ref.partners
            or referral.direction not in ref.referral_directions
            or referral.status not in ref.referral_statuses
        ):
            errors["referrals"] = _msg(
                QT_TRANSLATE_NOOP("Consultations", "A referral is incomplete.")
            )
        elif check_length(referral.organisation, 200) or check_no_control(referral.organisation):
            errors["referrals"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Consultations", "A referral's organisation name is too long or invalid."
                )
            )
    for milestone in data.milestones:
        if milestone.status not in MILESTONE_STATUSES:
            errors["milestones"] = _msg(QT_TRANSLATE_NOOP("Consultations", "Unknown IP milestone."))
        if data.firm_id is None:
            errors["milestones"] = _msg(
                QT_TRANSLATE_NOOP(
                    "Consultations", "IP milestones need the consultation to name a firm."
                )
            )
    return errors


# --- writing -------------------------------------------------------------------------


def _values(session: Session, c: Consultation) -> dict[str, Any]:
    """The audited form of a consultation, including its linked rows."""
    topics = sorted(
        session.exec(
            select(ConsultationTopic.topic).where(ConsultationTopic.consultation_id == c.id)
        ).all()
    )
    staff = sorted(
        str(x)
        for x in session.exec(
            select(ConsultationConsultant.consultant_id).where(
                ConsultationConsultant.consultation_id == c.id
            )
        ).all()
    )
    referrals = [
        f"{r.direction}:{r.partner_kind}:{r.organisation}:{r.status}"
        for r in session.exec(
            select(Referral)
            .where(Referral.consultation_id == c.id, col(Referral.deleted_at).is_(None))
            .order_by(Referral.partner_kind, Referral.organisation)
        ).all()
    ]
    return {
        "firm_id": str(c.firm_id) if c.firm_id else None,
        "started_at": c.started_at.isoformat(timespec="minutes"),
        "duration_min": c.duration_min,
        "channel": c.channel,
        "topics": topics,
        "consultants": staff,
        "summary": c.summary,
        "confidential_notes": c.confidential_notes,
        "outcome": c.outcome,
        "expert_kind": c.expert_kind,
        "referrals": referrals,
        "followup_on": c.followup_on.isoformat() if c.followup_on else None,
        "followup_action": c.followup_action,
    }


def _check_links(session: Session, data: ConsultationInput) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if data.firm_id is not None:
        firm = session.get(Firm, data.firm_id)
        if firm is None or firm.deleted_at is not None:
            errors["firm_id"] = _msg(QT_TRANSLATE_NOOP("Consultations", "The firm does not exist."))
    for cid in data.consultant_ids:
        if session.get(Consultant, cid) is None:
            errors["consultant_ids"] = _msg(
                QT_TRANSLATE_NOOP("Consultations", "Unknown consultant.")
            )
    for milestone in data.milestones:
        asset = session.get(IpAsset, milestone.asset_id)
        if asset is None or asset.firm_id != data.firm_id or asset.deleted_at is not None:
            errors["milestones"] = _msg(
                QT_TRANSLATE_NOOP("Consultations", "The IP asset does not belong to this firm.")
            )
    return errors


def _write_links(session: Session, consultation_id: uuid.UUID, data: ConsultationInput) -> None:
    session.exec(  # type: ignore[call-overload]
        sa.delete(ConsultationTopic).where(
            ConsultationTopic.consultation_id == consultation_id  # type: ignore[arg-type]
        )
    )
    session.exec(  # type: ignore[call-overload]
        sa.delete(ConsultationConsultant).where(
            ConsultationConsultant.consultation_id == consultation_id  # type: ignore[arg-type]
        )
    )
    for topic in dict.fromkeys(data.topics):
        session.add(ConsultationTopic(consultation_id=consultation_id, topic=topic))
    for cid in dict.fromkeys(data.consultant_ids):
        session.add(ConsultationConsultant(consultation_id=consultation_id, consultant_id=cid))
    now = utcnow()
    existing = session.exec(
        select(Referral).where(
            Referral.consultation_id == consultation_id, col(Referral.deleted_at).is_(None)
        )
    ).all()
    for old in existing:
        old.deleted_at = old.updated_at = now
    for referral in data.referrals:
        session.add(Referral(consultation_id=consultation_id, **asdict(referral)))


def _write_milestones(
    session: Session, consultation_id: uuid.UUID, data: ConsultationInput, actor: str | None
) -> None:
    for milestone in data.milestones:
        asset = session.get(IpAsset, milestone.asset_id)
        assert asset is not None
        before = asset.status
        asset.status = milestone.status
        if milestone.status == "filed" and asset.filed_on is None:
            asset.filed_on = milestone.happened_on
        if milestone.status == "registered" and asset.registered_on is None:
            asset.registered_on = milestone.happened_on
        if milestone.status in {"lapsed", "abandoned"} and asset.ended_on is None:
            asset.ended_on = milestone.happened_on
        asset.updated_at = utcnow()
        session.add(
            IpMilestone(
                asset_id=asset.id,
                status=milestone.status,
                happened_on=milestone.happened_on,
                consultation_id=consultation_id,
            )
        )
        audit.record(
            session,
            entity="ip_asset",
            entity_id=asset.id,
            action="update",
            changes={"status": [before, milestone.status]},
            actor=actor,
        )


def _columns(data: ConsultationInput) -> dict[str, Any]:
    return {
        "firm_id": data.firm_id,
        "started_at": data.started_at.replace(second=0, microsecond=0),
        "duration_min": data.duration_min,
        "channel": data.channel,
        "summary": data.summary,
        "confidential_notes": data.confidential_notes,
        "outcome": data.outcome.strip(),
        "expert_kind": data.expert_kind,
        "followup_on": data.followup_on,
        "followup_action": data.followup_action.strip(),
    }


def create_consultation(
    engine: Engine, data: ConsultationInput, *, actor: str | None = None
) -> uuid.UUID:
    errors = validate(data)
    with Session(engine) as session:
        errors = {**_check_links(session, data), **errors}
        if errors:
            raise ValidationError(errors)
        consultation = Consultation(**_columns(data))
        session.add(consultation)
        session.flush()
        _write_links(session, consultation.id, data)
        _write_milestones(session, consultation.id, data, actor)
        session.flush()
        audit.record(
            session,
            entity=ENTITY,
            entity_id=consultation.id,
            action="create",
            changes=audit.diff({}, _values(session, consultation)),
            actor=actor,
        )
        session.commit()
        return consultation.id


def update_consultation(
    engine: Engine, consultation_id: uuid.UUID, data: ConsultationInput, *, actor: str | None = None
) -> bool:
    errors = validate(data)
    with Session(engine) as session:
        consultation = _get(session, consultation_id)
        errors = {**_check_links(session, data), **errors}
        if errors:
            raise ValidationError(errors)
        before = _values(session, consultation)
        for key, value in _columns(data).items():
            setattr(consultation, key, value)
        _write_links(session, consultation_id, data)
        _write_milestones(session, consultation_id, data, actor)
        session.flush()
        changes = audit.diff(before, _values(session, consultation))
        if not changes and not data.milestones:
            session.rollback()
            return False
        consultation.updated_at = utcnow()
        audit.record(
            session,
            entity=ENTITY,
            entity_id=consultation_id,
            action="update",
            changes=changes,
            actor=actor,
        )
        session.commit()
        return True


def _get(session: Session, consultation_id: uuid.UUID) -> Consultation:
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFoundError(_msg(QT_TRANSLATE_NOOP("Consultations", "No such consultation.")))
    return consultation


def delete_consultation(
    engine: Engine, consultation_id: uuid.UUID, *, actor: str | None = None
) -> None:
    with Session(engine) as session:
        consultation = _get(session, consultation_id)
        if consultation.deleted_at is None:
            consultation.deleted_at = consultation.updated_at = utcnow()
            audit.record(
                session, entity=ENTITY, entity_id=consultation_id, action="delete", actor=actor
            )
            session.commit()


def restore_consultation(
    engine: Engine, consultation_id: uuid.UUID, *, actor: str | None = None
) -> None:
    with Session(engine) as session:
        consultation = _get(session, consultation_id)
        if consultation.deleted_at is not None:
            consultation.deleted_at = None
            consultation.updated_at = utcnow()
            audit.record(
                session, entity=ENTITY, entity_id=consultation_id, action="restore", actor=actor
            )
            session.commit()


def purge_consultation(
    engine: Engine, consultation_id: uuid.UUID, *, actor: str | None = None
) -> None:
    """Remove a consultation from the trash for good; only trashed ones can be purged."""
    with Session(engine) as session:
        consultation = _get(session, consultation_id)
        if consultation.deleted_at is None:
            raise ValidationError(
                {
                    "deleted_at": _msg(
                        QT_TRANSLATE_NOOP(
                            "Consultations", "Only consultations in the trash can be purged."
                        )
                    )
                }
            )
        values = _values(session, consultation)
        values.pop("confidential_notes", None)
        for model in (ConsultationTopic, ConsultationConsultant, Referral):
            session.exec(sa.delete(model).where(model.consultation_id == consultation_id))  # type: ignore[call-overload, attr-defined]
        session.exec(  # type: ignore[call-overload]
            sa.update(IpMilestone)
            .where(IpMilestone.consultation_id == consultation_id)  # type: ignore[arg-type]
            .values(consultation_id=None)
        )
        session.delete(consultation)
        audit.record(
            session,
            entity=ENTITY,
            entity_id=consultation_id,
            action="purge",
            changes={k: [v, None] for k, v in values.items()},
            actor=actor,
        )
        session.commit()


# --- reading -------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsultationDetail:
    id: uuid.UUID
    data: ConsultationInput
    deleted: bool
    followup_done_at: datetime | None
    followup_done_by: uuid.UUID | None


def get_consultation(engine: Engine, consultation_id: uuid.UUID) -> ConsultationDetail:
    with Session(engine) as session:
        c = _get(session, consultation_id)
        topics = tuple(
            sorted(
                session.exec(
                    select(ConsultationTopic.topic).where(ConsultationTopic.consultation_id == c.id)
                ).all(),
                key=reference().topics.codes().index,
            )
        )
        staff = tuple(
            session.exec(
                select(ConsultationConsultant.consultant_id).where(
                    ConsultationConsultant.consultation_id == c.id
                )
            ).all()
        )
        referrals = tuple(
            ReferralInput(r.partner_kind, r.organisation, r.direction, r.status, r.note)
            for r in session.exec(
                select(Referral)
                .where(Referral.consultation_id == c.id, col(Referral.deleted_at).is_(None))
                .order_by(Referral.created_at)
            ).all()
        )
        data = ConsultationInput(
            started_at=c.started_at,
            channel=c.channel,
            topics=topics,
            consultant_ids=staff,
            firm_id=c.firm_id,
            duration_min=c.duration_min,
            summary=c.summary,
            confidential_notes=c.confidential_notes,
            outcome=c.outcome,
            expert_kind=c.expert_kind,
            referrals=referrals,
            followup_on=c.followup_on,
            followup_action=c.followup_action,
        )
        return ConsultationDetail(
            c.id, data, c.deleted_at is not None, c.followup_done_at, c.followup_done_by
        )


def _followup_done(c: Consultation) -> dict[str, Any]:
    """Both fields, so marking done and reopening log the same pair in the same form."""
    return {"followup_done_at": c.followup_done_at, "followup_done_by": c.followup_done_by}


def mark_followup_done(
    engine: Engine,
    consultation_id: uuid.UUID,
    consultant_id: uuid.UUID | None,
    *,
    actor: str | None = None,
) -> None:
    """Record when and by whom a follow-up was done."""
    with Session(engine) as session:
        c = _get(session, consultation_id)
        if c.followup_on is None:
            raise ValidationError(
                {
                    "followup_on": _msg(
                        QT_TRANSLATE_NOOP("Consultations", "This consultation has no follow-up.")
                    )
                }
            )
        if c.followup_done_at is not None:
            return
        before = _followup_done(c)
        c.followup_done_at = utcnow()
        c.followup_done_by = consultant_id
        c.updated_at = c.followup_done_at
        audit.record(
            session,
            entity=ENTITY,
            entity_id=consultation_id,
            action="update",
            changes=audit.diff(before, _followup_done(c)),
            actor=actor,
        )
        session.commit()


def reopen_followup(
    engine: Engine, consultation_id: uuid.UUID, *, actor: str | None = None
) -> None:
    with Session(engine) as session:
        c = _get(session, consultation_id)
        if c.followup_done_at is None:
            return
        before = _followup_done(c)
        c.followup_done_at = None
        c.followup_done_by = None
        c.updated_at = utcnow()
        audit.record(
            session,
            entity=ENTITY,
            entity_id=consultation_id,
            action="update",
            changes=audit.diff(before, _followup_done(c)),
            actor=actor,
        )
        session.commit()


def audit_json(changes: str) -> dict[str, Any]:
    return json.loads(changes)

"""A firm's IP assets and their milestones.

Moving an asset to a new status (filed, registered, …) records a milestone with its
date and, when it happened in a consultation, a link to it: filed applications and
registered rights are the counter's outcomes, counted in the monthly reports.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.clock import utcnow
from db.models import Firm, IpAsset, IpMilestone
from desktop.core import audit
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.reference import reference
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.core.validation import CTX, check_length, check_no_control, check_required

ENTITY = "ip_asset"
# Where a status sits on the way from idea to right; lapsed/abandoned end any path.
STATUS_ORDER = {"idea": 0, "preparing": 1, "filed": 2, "registered": 3, "lapsed": 4, "abandoned": 4}


@dataclass(frozen=True)
class AssetInput:
    kind: str
    title: str
    status: str = "idea"
    office: str = "JPO"
    country: str = "JP"
    number: str = ""
    filed_on: date | None = None
    registered_on: date | None = None
    ended_on: date | None = None
    notes: str = ""


def validate_asset(data: AssetInput) -> dict[str, Message]:
    ref = reference()
    errors: dict[str, Message] = {}
    message = check_required(data.title) or check_length(data.title, 300)
    message = message or check_no_control(data.title)
    if message:
        errors["title"] = message
    if data.kind not in ref.ip_kinds:
        errors["kind"] = Message(CTX, QT_TRANSLATE_NOOP("Validation", "Choose a kind of IP."))
    if data.status not in ref.ip_statuses:
        errors["status"] = Message(CTX, QT_TRANSLATE_NOOP("Validation", "Choose a status."))
    if data.filed_on and data.registered_on and data.registered_on < data.filed_on:
        errors["registered_on"] = Message(
            CTX, QT_TRANSLATE_NOOP("Validation", "Registration cannot come before filing.")
        )
    if len(data.country) != 2 or not data.country.isalpha():
        errors["country"] = Message(
            CTX, QT_TRANSLATE_NOOP("Validation", "Use a two-letter country code, e.g. JP.")
        )
    for field in ("office", "number"):
        message = check_length(getattr(data, field), 50) or check_no_control(getattr(data, field))
        if message:
            errors[field] = message
    return errors


def _milestone_date(data: AssetInput, today: date) -> date:
    if data.status == "filed" and data.filed_on:
        return data.filed_on
    if data.status == "registered" and data.registered_on:
        return data.registered_on
    if data.status in {"lapsed", "abandoned"} and data.ended_on:
        return data.ended_on
    return today


def _add_milestone(
    session: Session,
    asset_id: uuid.UUID,
    data: AssetInput,
    consultation_id: uuid.UUID | None,
    today: date | None,
) -> None:
    session.add(
        IpMilestone(
            asset_id=asset_id,
            status=data.status,
            happened_on=_milestone_date(data, today or date.today()),
            consultation_id=consultation_id,
        )
    )


def _values(asset: IpAsset) -> dict[str, Any]:
    return {k: getattr(asset, k) for k in AssetInput.__dataclass_fields__}


def add_asset(
    engine: Engine,
    firm_id: uuid.UUID,
    data: AssetInput,
    *,
    consultation_id: uuid.UUID | None = None,
    actor: str | None = None,
    today: date | None = None,
) -> uuid.UUID:
    errors = validate_asset(data)
    if errors:
        raise ValidationError(errors)
    with Session(engine) as session:
        if session.get(Firm, firm_id) is None:
            raise NotFoundError(Message("Firms", QT_TRANSLATE_NOOP("Firms", "No such firm.")))
        asset = IpAsset(firm_id=firm_id, **asdict(data))
        session.add(asset)
        session.flush()
        _add_milestone(session, asset.id, data, consultation_id, today)
        audit.record(
            session,
            entity=ENTITY,
            entity_id=asset.id,
            action="create",
            changes=audit.diff({}, _values(asset)),
            actor=actor,
        )
        session.commit()
        return asset.id


def update_asset(
    engine: Engine,
    asset_id: uuid.UUID,
    data: AssetInput,
    *,
    consultation_id: uuid.UUID | None = None,
    actor: str | None = None,
    today: date | None = None,
) -> None:
    errors = validate_asset(data)
    if errors:
        raise ValidationError(errors)
    with Session(engine) as session:
        asset = session.get(IpAsset, asset_id)
        if asset is None:
            raise NotFoundError(Message("Firms", QT_TRANSLATE_NOOP("Firms", "No such IP asset.")))
        before = _values(asset)
        for key, value in asdict(data).items():
            setattr(asset, key, value)
        changes = audit.diff(before, _values(asset))
        if not changes:
            return
        if before["status"] != data.status:
            _add_milestone(session, asset.id, data, consultation_id, today)
        asset.updated_at = utcnow()
        audit.record(
            session,
            entity=ENTITY,
            entity_id=asset_id,
            action="update",
            changes=changes,
            actor=actor,
        )
        session.commit()


def delete_asset(engine: Engine, asset_id: uuid.UUID, *, actor: str | None = None) -> None:
    with Session(engine) as session:
        asset = session.get(IpAsset, asset_id)
        if asset is None or asset.deleted_at is not None:
            return
        asset.deleted_at = asset.updated_at = utcnow()
        audit.record(session, entity=ENTITY, entity_id=asset_id, action="delete", actor=actor)
        session.commit()


@dataclass(frozen=True)
class AssetView:
    id: uuid.UUID
    kind: str
    title: str
    status: str
    office: str
    country: str
    number: str
    filed_on: date | None
    registered_on: date | None
    ended_on: date | None
    notes: str

    def as_input(self) -> AssetInput:
        values = asdict(self)
        values.pop("id")
        return AssetInput(**values)


def list_assets(engine: Engine, firm_id: uuid.UUID) -> list[AssetView]:
    with Session(engine) as session:
        rows = session.exec(
            select(IpAsset)
            .where(IpAsset.firm_id == firm_id, col(IpAsset.deleted_at).is_(None))
            .order_by(IpAsset.kind, IpAsset.title)
        ).all()
        return [AssetView(id=r.id, **_values(r)) for r in rows]


@dataclass(frozen=True)
class MilestoneView:
    asset_id: uuid.UUID
    status: str
    happened_on: date
    consultation_id: uuid.UUID | None


def milestones(engine: Engine, asset_id: uuid.UUID) -> list[MilestoneView]:
    with Session(engine) as session:
        rows = session.exec(
            select(IpMilestone)
            .where(IpMilestone.asset_id == asset_id, col(IpMilestone.deleted_at).is_(None))
            .order_by(IpMilestone.happened_on, IpMilestone.created_at)
        ).all()
        return [MilestoneView(r.asset_id, r.status, r.happened_on, r.consultation_id) for r in rows]


def counted_milestones(statuses: Iterable[str], start: date, end: date) -> sa.Subquery:
    """The milestones that count as outcomes dated in [start, end): status, kind, firm_id.

    One definition for every figure and list built on milestones (the dashboard's tiles
    and the firms they open, the reports, the HQ workbook), so they cannot drift apart.
    A milestone counts only while it, its asset and its firm are live: a record withdrawn
    or a firm in the trash must drop out of every figure at once, not of some of them.
    """
    m, a, f = IpMilestone.__table__, IpAsset.__table__, Firm.__table__
    return (
        sa.select(m.c.status, a.c.kind, a.c.firm_id)
        .join(a, a.c.id == m.c.asset_id)
        .join(f, f.c.id == a.c.firm_id)
        .where(
            m.c.deleted_at.is_(None),
            a.c.deleted_at.is_(None),
            f.c.deleted_at.is_(None),
            m.c.status.in_(tuple(statuses)),
            m.c.happened_on >= start,
            m.c.happened_on < end,
        )
        .subquery("counted_milestone")
    )

"""The audit log: every change, who made it, and each field's old and new value.

Written in the same transaction as the change it describes, so the log and the data
can never disagree.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.models import AuditEntry, Consultant, Setting
from desktop.core.options import CURRENT_CONSULTANT, consultant_id


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields whose value changed, as ``{field: [old, new]}``."""
    return {
        key: [_plain(before.get(key)), _plain(after.get(key))]
        for key in after
        if before.get(key) != after.get(key)
    }


def current_consultant(session: Session) -> Consultant | None:
    """The consultant Settings names, read in the caller's session.

    Kept here rather than in :mod:`desktop.core.consultants` because that module records
    its own changes through this one, and the audit log must read the setting the same
    way the views do. A setting that cannot be read names nobody: it must not stop a
    change saving or a screen opening.
    """
    row = session.get(Setting, CURRENT_CONSULTANT.key)
    me_id = None
    with contextlib.suppress(ValueError):
        me_id = consultant_id(None if row is None else row.value)
    return None if me_id is None else session.get(Consultant, me_id)


def actor_name(session: Session, actor: str | None) -> str:
    """Who a change is recorded under: ``actor`` when given, otherwise the consultant
    Settings names at this moment (the same for the whole transaction).

    Read where the change is written, so that every screen and command records the
    consultant current when it saves, not when it was opened, and none can forget to.
    """
    if actor is not None:
        return actor
    if "actor" not in session.info:
        me = current_consultant(session)
        session.info["actor"] = me.name if me is not None else ""
    return str(session.info["actor"])


def record(
    session: Session,
    *,
    entity: str,
    entity_id: uuid.UUID,
    action: str,
    changes: dict[str, list[Any]] | None = None,
    actor: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            entity=entity,
            entity_id=entity_id,
            action=action,
            actor=actor_name(session, actor),
            changes=json.dumps(changes or {}, ensure_ascii=False, sort_keys=True),
        )
    )


@dataclass(frozen=True)
class AuditView:
    at: datetime
    actor: str
    action: str
    changes: dict[str, list[Any]]


def history(engine: Engine, entity: str, entity_id: uuid.UUID) -> list[AuditView]:
    """A record's changes, newest first."""
    with Session(engine) as session:
        rows = session.exec(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
            .order_by(col(AuditEntry.at).desc())
        ).all()
        return [AuditView(r.at, r.actor, r.action, json.loads(r.changes)) for r in rows]

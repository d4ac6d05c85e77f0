"""What the audit log holds about a record: who changed it, how, and when."""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlmodel import Session, select

from db.models import AuditEntry
from desktop.core import audit


def audit_entries(engine: sa.Engine, entity_id: object) -> list[AuditEntry]:
    """Every row of the audit table about ``entity_id``, oldest first, read straight from
    the table rather than through the history the app shows."""
    with Session(engine) as s:
        return list(
            s.exec(
                select(AuditEntry).where(AuditEntry.entity_id == entity_id).order_by(AuditEntry.at)
            )
        )


def newest_change(engine: sa.Engine, entity: str, entity_id: uuid.UUID) -> audit.AuditView:
    """The latest change to a record, as the history the app shows gives it."""
    return audit.history(engine, entity, entity_id)[0]

"""The counter's staff, who log consultations and own follow-ups."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.clock import utcnow
from db.models import Consultant
from desktop.core import audit
from desktop.core.errors import NotFoundError, ValidationError
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.core.validation import (
    check_email,
    check_length,
    check_no_control,
    check_required,
)


@dataclass(frozen=True)
class ConsultantView:
    id: uuid.UUID
    name: str
    name_kana: str
    email: str
    active: bool


def _view(c: Consultant) -> ConsultantView:
    return ConsultantView(c.id, c.name, c.name_kana, c.email, c.active)


def list_consultants(engine: Engine, *, include_inactive: bool = False) -> list[ConsultantView]:
    with Session(engine) as session:
        stmt = select(Consultant).where(col(Consultant.deleted_at).is_(None))
        if not include_inactive:
            stmt = stmt.where(Consultant.active == True)  # noqa: E712
        return [
            _view(c) for c in session.exec(stmt.order_by(Consultant.name_kana, Consultant.name))
        ]


def _validate(name: str, email: str) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    message = check_required(name) or check_length(name, 100) or check_no_control(name)
    if message:
        errors["name"] = message
    message = check_email(email)
    if message:
        errors["email"] = message
    return errors


def add_consultant(
    engine: Engine, name: str, *, name_kana: str = "", email: str = "", actor: str | None = None
) -> uuid.UUID:
    name, email = name.strip(), email.strip()
    errors = _validate(name, email)
    if errors:
        raise ValidationError(errors)
    with Session(engine) as session:
        consultant = Consultant(name=name, name_kana=name_kana.strip(), email=email)
        session.add(consultant)
        audit.record(
            session,
            entity="consultant",
            entity_id=consultant.id,
            action="create",
            changes={"name": [None, name]},
            actor=actor,
        )
        session.commit()
        return consultant.id


def set_active(
    engine: Engine, consultant_id: uuid.UUID, active: bool, *, actor: str | None = None
) -> None:
    with Session(engine) as session:
        consultant = session.get(Consultant, consultant_id)
        if consultant is None:
            raise NotFoundError(
                Message("Consultants", QT_TRANSLATE_NOOP("Consultants", "No such consultant."))
            )
        if consultant.active != active:
            audit.record(
                session,
                entity="consultant",
                entity_id=consultant_id,
                action="update",
                changes={"active": [consultant.active, active]},
                actor=actor,
            )
            consultant.active = active
            consultant.updated_at = utcnow()
            session.commit()


def current_consultant(engine: Engine) -> ConsultantView | None:
    with Session(engine) as session:
        consultant = audit.current_consultant(session)
        return _view(consultant) if consultant else None

"""Counter settings: a typed registry with defaults in one place, stored in SQLite.

Window geometry and other per-machine UI state live in QSettings; what describes the
counter (its name, prefecture, the current consultant, KPI targets, the language)
lives with the records, so a backup carries it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.clock import utcnow
from db.models import Consultant, Setting
from desktop.core.errors import ValidationError
from desktop.core.options import (  # re-exported: callers use one module
    COUNTER_NAME,
    CURRENT_CONSULTANT,
    LANGUAGE,
    PREFECTURE,
    SETUP_DONE,
    Option,
    decode,
)
from desktop.core.options import ERA_DISPLAY as ERA_DISPLAY
from desktop.core.options import KPI_TARGETS as KPI_TARGETS
from desktop.core.reference import reference
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.core.validation import check_length, check_required


def get(engine: Engine, option: Option) -> Any:
    with Session(engine) as session:
        row = session.get(Setting, option.key)
        return decode(option, None if row is None else row.value)


def put(session: Session, option: Option, value: Any) -> None:
    row = session.get(Setting, option.key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=option.key, value=text))
    else:
        row.value = text
        row.updated_at = utcnow()


def set_value(engine: Engine, option: Option, value: Any) -> None:
    with Session(engine) as session:
        put(session, option, value)
        session.commit()


@dataclass(frozen=True)
class CounterSetup:
    """The first-run answers: which counter this is and who is using it."""

    counter_name: str
    prefecture_code: str
    consultant_name: str
    language: str = ""


def validate_setup(setup: CounterSetup) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    for field in ("counter_name", "consultant_name"):
        value = getattr(setup, field)
        message = check_required(value) or check_length(value, 100)
        if message:
            errors[field] = message
    if setup.prefecture_code not in reference().prefectures:
        errors["prefecture_code"] = Message(
            "Validation", QT_TRANSLATE_NOOP("Validation", "Choose a prefecture.")
        )
    return errors


def apply_setup(engine: Engine, setup: CounterSetup) -> uuid.UUID:
    """Save the counter's identity and create (or reuse) the current consultant."""
    errors = validate_setup(setup)
    if errors:
        raise ValidationError(errors)
    with Session(engine) as session:
        from sqlmodel import select

        name = setup.consultant_name.strip()
        consultant = session.exec(
            select(Consultant).where(Consultant.name == name, Consultant.deleted_at.is_(None))  # type: ignore[union-attr]
        ).first()
        if consultant is None:
            consultant = Consultant(name=name)
            session.add(consultant)
        put(session, COUNTER_NAME, setup.counter_name.strip())
        put(session, PREFECTURE, setup.prefecture_code)
        put(session, CURRENT_CONSULTANT, str(consultant.id))
        put(session, LANGUAGE, setup.language)
        put(session, SETUP_DONE, True)
        session.commit()
        return consultant.id


def is_set_up(engine: Engine) -> bool:
    return bool(get(engine, SETUP_DONE))

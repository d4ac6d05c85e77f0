"""Drafts: an open form's content, saved as the user types.

A form writes its draft a moment after each change; saving or deliberately
discarding the form deletes it. Whatever is left at the next start was interrupted
(a crash, a power cut, a killed process) and is offered back.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.clock import utcnow
from db.models import Draft


@dataclass(frozen=True)
class DraftView:
    id: uuid.UUID
    kind: str
    ref_id: uuid.UUID | None
    payload: dict[str, Any]
    updated_at: datetime


def save_draft(
    engine: Engine,
    draft_id: uuid.UUID,
    kind: str,
    payload: dict[str, Any],
    *,
    ref_id: uuid.UUID | None = None,
) -> None:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with Session(engine) as session:
        draft = session.get(Draft, draft_id)
        if draft is None:
            session.add(Draft(id=draft_id, kind=kind, ref_id=ref_id, payload=text))
        else:
            draft.payload = text
            draft.ref_id = ref_id
            draft.updated_at = utcnow()
        session.commit()


def discard_draft(engine: Engine, draft_id: uuid.UUID) -> None:
    with Session(engine) as session:
        draft = session.get(Draft, draft_id)
        if draft is not None:
            session.delete(draft)
            session.commit()


def list_drafts(engine: Engine, kind: str | None = None) -> list[DraftView]:
    with Session(engine) as session:
        stmt = select(Draft).order_by(col(Draft.updated_at).desc())
        if kind is not None:
            stmt = stmt.where(Draft.kind == kind)
        out = []
        for d in session.exec(stmt):
            try:
                payload = json.loads(d.payload)
            except ValueError:
                continue
            out.append(DraftView(d.id, d.kind, d.ref_id, payload, d.updated_at))
        return out

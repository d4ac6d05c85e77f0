"""Follow-ups as the database holds them, to check what a view or a key did to them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa

from desktop.core import consultation_queries as cq


def states(engine: sa.Engine) -> dict[uuid.UUID, tuple[datetime | None, str]]:
    """The follow-ups the view lists (due within its horizon), open and done, by
    consultation id: when and by whom each was marked done, ``(None, "")`` while open."""
    every = cq.followups(engine, today=date.today(), include_done=True)
    return {f.consultation_id: (f.done_at, f.done_by) for f in every}

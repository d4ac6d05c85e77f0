from __future__ import annotations

import uuid

import sqlalchemy as sa

from desktop.core import drafts


def test_save_update_list_discard(engine: sa.Engine) -> None:
    draft_id = uuid.uuid4()
    drafts.save_draft(engine, draft_id, "consultation", {"summary": "特"})
    drafts.save_draft(engine, draft_id, "consultation", {"summary": "特許"})
    [found] = drafts.list_drafts(engine, "consultation")
    assert found.payload == {"summary": "特許"} and found.id == draft_id
    drafts.discard_draft(engine, draft_id)
    assert drafts.list_drafts(engine) == []

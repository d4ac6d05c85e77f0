"""Indexes for counting: month figures, KPIs and open follow-ups without reading rows.

A consultation row carries its free text, so counting by month, channel or expert
through the plain date index reads every row of the period. A covering index over the
counted columns answers those queries from the index alone; a partial index keeps the
open follow-ups (a small set) apart from the done ones.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consultation") as batch:
        batch.create_index(
            "ix_consultation_facts",
            ["started_at", "deleted_at", "channel", "expert_kind", "firm_id", "id"],
        )
        batch.create_index(
            "ix_consultation_open_followup",
            ["followup_on"],
            sqlite_where=sa.text("deleted_at IS NULL AND followup_done_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND followup_done_at IS NULL"),
        )
    with op.batch_alter_table("referral") as batch:
        batch.create_index(
            "ix_referral_partner", ["partner_kind", "consultation_id", "direction", "deleted_at"]
        )


def downgrade() -> None:
    with op.batch_alter_table("referral") as batch:
        batch.drop_index("ix_referral_partner")
    with op.batch_alter_table("consultation") as batch:
        batch.drop_index("ix_consultation_open_followup")
        batch.drop_index("ix_consultation_facts")

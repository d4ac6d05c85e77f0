"""Month close: every HQ workbook sent, with a snapshot of the rows it carried.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "month_close",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("data_sha256", sa.String(length=64), nullable=False),
        sa.Column("layout_version", sa.String(length=10), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.String(), nullable=False),
        sa.CheckConstraint("length(period) = 7", name="ck_month_close_period"),
        sa.CheckConstraint("revision >= 1", name="ck_month_close_revision"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("month_close", schema=None) as batch_op:
        batch_op.create_index("ix_month_close_period", ["period", "revision"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("month_close", schema=None) as batch_op:
        batch_op.drop_index("ix_month_close_period")
    op.drop_table("month_close")

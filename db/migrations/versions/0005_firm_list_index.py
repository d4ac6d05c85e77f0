"""An index in the firm list's default order, so listing 20,000 firms needs no sort.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("firm") as batch:
        batch.create_index("ix_firm_live_kana", ["deleted_at", "name_kana", "name", "id"])


def downgrade() -> None:
    with op.batch_alter_table("firm") as batch:
        batch.drop_index("ix_firm_live_kana")

"""An index for each order the firm list offers, so any page of it is read without a sort.

The list reads one page at a time (LIMIT/OFFSET); without an index in the chosen order,
every page would sort all 20,000 firms again.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# name -> columns; the same as db.models.Firm's table arguments
INDEXES: dict[str, list[str]] = {
    "ix_firm_live_name": ["deleted_at", "name", "id"],
    "ix_firm_live_number": ["deleted_at", "corporate_number", "id"],
    "ix_firm_live_prefecture": ["deleted_at", "prefecture_code", "name_kana", "id"],
    "ix_firm_live_city": ["deleted_at", "city", "name_kana", "id"],
    "ix_firm_live_updated": ["deleted_at", "updated_at", "id"],
    "ix_firm_live_employees": ["deleted_at", "employees", "id"],
}


def upgrade() -> None:
    with op.batch_alter_table("firm") as batch:
        for name, columns in INDEXES.items():
            batch.create_index(name, columns)


def downgrade() -> None:
    with op.batch_alter_table("firm") as batch:
        for name in INDEXES:
            batch.drop_index(name)

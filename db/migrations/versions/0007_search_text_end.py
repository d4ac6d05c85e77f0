"""Two spaces after the last field of the indexed text, so every character starts a trigram.

One- and two-character words are looked up through the index's vocabulary: the trigrams
that begin with the word. A character at the very end of a row's text began no trigram
with one trailing space; with two it does. The triggers are replaced and both indexes
rebuilt from their tables.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FIRM_BODY = (
    "' ' || {row}.name || ' ' || {row}.name_kana || ' ' || coalesce({row}.corporate_number, '')"
    " || ' ' || {row}.city || ' ' || {row}.main_products || '{end}'"
)
CONSULTATION_BODY = (
    "' ' || {row}.summary || ' ' || {row}.outcome || ' ' || {row}.followup_action || '{end}'"
)


def _statements(end: str) -> list[str]:
    firm = FIRM_BODY.format(row="NEW", end=end)
    consultation = CONSULTATION_BODY.format(row="NEW", end=end)
    return [
        "DROP TRIGGER IF EXISTS firm_fts_ai",
        "DROP TRIGGER IF EXISTS firm_fts_au",
        "DROP TRIGGER IF EXISTS consultation_fts_ai",
        "DROP TRIGGER IF EXISTS consultation_fts_au",
        f"""CREATE TRIGGER firm_fts_ai AFTER INSERT ON firm BEGIN
            INSERT INTO firm_fts(rowid, body) VALUES (NEW.rowid, {firm});
        END""",
        f"""CREATE TRIGGER firm_fts_au AFTER UPDATE OF name, name_kana, corporate_number, city,
            main_products ON firm BEGIN
            DELETE FROM firm_fts WHERE rowid = OLD.rowid;
            INSERT INTO firm_fts(rowid, body) VALUES (NEW.rowid, {firm});
        END""",
        f"""CREATE TRIGGER consultation_fts_ai AFTER INSERT ON consultation BEGIN
            INSERT INTO consultation_fts(rowid, body) VALUES (NEW.rowid, {consultation});
        END""",
        f"""CREATE TRIGGER consultation_fts_au AFTER UPDATE OF summary, outcome, followup_action
            ON consultation BEGIN
            DELETE FROM consultation_fts WHERE rowid = OLD.rowid;
            INSERT INTO consultation_fts(rowid, body) VALUES (NEW.rowid, {consultation});
        END""",
        "DELETE FROM firm_fts",
        "INSERT INTO firm_fts(rowid, body) SELECT rowid, "
        + FIRM_BODY.format(row="firm", end=end)
        + " FROM firm",
        "DELETE FROM consultation_fts",
        "INSERT INTO consultation_fts(rowid, body) SELECT rowid, "
        + CONSULTATION_BODY.format(row="consultation", end=end)
        + " FROM consultation",
    ]


def upgrade() -> None:
    for statement in _statements("  "):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(" "):
        op.execute(statement)

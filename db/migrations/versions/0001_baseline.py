"""Baseline: every table of the domain model, and the full-text index.

Revision ID: 0001
Revises:
Create Date: 2026-11-21 05:36:15.836953
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The full-text index is SQLite's FTS5 with the trigram tokenizer (Japanese has no
# spaces). Each table's FTS rows share the base row's rowid, so triggers update them by
# key; ``db.search.rebuild`` repopulates them after anything that renumbers rowids.
FTS_SQL = [
    "CREATE VIRTUAL TABLE firm_fts USING fts5(body, tokenize='trigram')",
    "CREATE VIRTUAL TABLE consultation_fts USING fts5(body, tokenize='trigram')",
    "CREATE VIRTUAL TABLE firm_fts_vocab USING fts5vocab(firm_fts, 'row')",
    "CREATE VIRTUAL TABLE consultation_fts_vocab USING fts5vocab(consultation_fts, 'row')",
    """CREATE TRIGGER firm_fts_ai AFTER INSERT ON firm BEGIN
        INSERT INTO firm_fts(rowid, body) VALUES (NEW.rowid,
          ' ' || NEW.name || ' ' || NEW.name_kana || ' ' || coalesce(NEW.corporate_number, '')
          || ' ' || NEW.city || ' ' || NEW.main_products || ' ');
    END""",
    """CREATE TRIGGER firm_fts_au AFTER UPDATE OF name, name_kana, corporate_number, city,
        main_products ON firm BEGIN
        DELETE FROM firm_fts WHERE rowid = OLD.rowid;
        INSERT INTO firm_fts(rowid, body) VALUES (NEW.rowid,
          ' ' || NEW.name || ' ' || NEW.name_kana || ' ' || coalesce(NEW.corporate_number, '')
          || ' ' || NEW.city || ' ' || NEW.main_products || ' ');
    END""",
    """CREATE TRIGGER firm_fts_ad AFTER DELETE ON firm BEGIN
        DELETE FROM firm_fts WHERE rowid = OLD.rowid;
    END""",
    """CREATE TRIGGER consultation_fts_ai AFTER INSERT ON consultation BEGIN
        INSERT INTO consultation_fts(rowid, body) VALUES (NEW.rowid,
          ' ' || NEW.summary || ' ' || NEW.outcome || ' ' || NEW.followup_action || ' ');
    END""",
    """CREATE TRIGGER consultation_fts_au AFTER UPDATE OF summary, outcome, followup_action
        ON consultation BEGIN
        DELETE FROM consultation_fts WHERE rowid = OLD.rowid;
        INSERT INTO consultation_fts(rowid, body) VALUES (NEW.rowid,
          ' ' || NEW.summary || ' ' || NEW.outcome || ' ' || NEW.followup_action || ' ');
    END""",
    """CREATE TRIGGER consultation_fts_ad AFTER DELETE ON consultation BEGIN
        DELETE FROM consultation_fts WHERE rowid = OLD.rowid;
    END""",
]

FTS_DROP = [
    "DROP TRIGGER IF EXISTS firm_fts_ai",
    "DROP TRIGGER IF EXISTS firm_fts_au",
    "DROP TRIGGER IF EXISTS firm_fts_ad",
    "DROP TRIGGER IF EXISTS consultation_fts_ai",
    "DROP TRIGGER IF EXISTS consultation_fts_au",
    "DROP TRIGGER IF EXISTS consultation_fts_ad",
    "DROP TABLE IF EXISTS firm_fts_vocab",
    "DROP TABLE IF EXISTS consultation_fts_vocab",
    "DROP TABLE IF EXISTS firm_fts",
    "DROP TABLE IF EXISTS consultation_fts",
]


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("changes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "action IN ('create', 'update', 'delete', 'restore', 'purge')", name="ck_audit_action"
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "consultant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_kana", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_consultant_name"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "firm",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_kana", sa.String(length=200), nullable=False),
        sa.Column("corporate_number", sa.String(length=13), nullable=True),
        sa.Column("prefecture_code", sa.String(length=2), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("postal_code", sa.String(length=8), nullable=False),
        sa.Column("industry", sa.String(length=1), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("capital_yen", sa.Integer(), nullable=True),
        sa.Column("founded_year", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("main_products", sa.String(length=1000), nullable=False),
        sa.Column("subcontract_share", sa.Integer(), nullable=True),
        sa.Column("overseas_markets", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "corporate_number IS NULL OR (length(corporate_number) = 13 AND corporate_number NOT GLOB '*[^0-9]*')",
            name="ck_firm_corporate_number",
        ),
        sa.CheckConstraint(
            "industry IS NULL OR industry IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T')",
            name="ck_firm_industry",
        ),
        sa.CheckConstraint(
            "kind IN ('company', 'sole_proprietor', 'association')", name="ck_firm_kind"
        ),
        sa.CheckConstraint(
            "prefecture_code IN ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47')",
            name="ck_firm_prefecture",
        ),
        sa.CheckConstraint("capital_yen IS NULL OR capital_yen >= 0", name="ck_firm_capital"),
        sa.CheckConstraint("employees IS NULL OR employees >= 0", name="ck_firm_employees"),
        sa.CheckConstraint(
            "founded_year IS NULL OR founded_year BETWEEN 1600 AND 2200", name="ck_firm_founded"
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_firm_name"),
        sa.CheckConstraint(
            "subcontract_share IS NULL OR (subcontract_share BETWEEN 0 AND 100)",
            name="ck_firm_subcontract",
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("firm", schema=None) as batch_op:
        batch_op.create_index("ix_firm_deleted", ["deleted_at"], unique=False)
        batch_op.create_index("ix_firm_name_kana", ["name_kana"], unique=False)
        batch_op.create_index("ix_firm_prefecture", ["prefecture_code"], unique=False)
        batch_op.create_index(
            "uq_firm_corporate_number_live",
            ["corporate_number"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL AND corporate_number IS NOT NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND corporate_number IS NOT NULL"),
        )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "assessment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("firm_id", sa.Uuid(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("consultant_id", sa.Uuid(), nullable=True),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("reasons", sa.String(), nullable=False),
        sa.Column("computed_type", sa.String(length=12), nullable=False),
        sa.Column("computed_stage", sa.Integer(), nullable=False),
        sa.Column("sme_type", sa.String(length=12), nullable=False),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("override_reason", sa.String(), nullable=True),
        sa.CheckConstraint(
            "(sme_type = computed_type AND stage = computed_stage) OR length(trim(coalesce(override_reason, ''))) > 0",
            name="ck_assessment_override_reason",
        ),
        sa.CheckConstraint(
            "computed_type IN ('challenger', 'developing')", name="ck_assessment_computed_type"
        ),
        sa.CheckConstraint("sme_type IN ('challenger', 'developing')", name="ck_assessment_type"),
        sa.CheckConstraint("computed_stage IN (1, 2, 3)", name="ck_assessment_computed_stage"),
        sa.CheckConstraint("stage IN (1, 2, 3)", name="ck_assessment_stage"),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["firm_id"],
            ["firm.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_firm_date", ["firm_id", "assessed_on"], unique=False)

    op.create_table(
        "association_member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("association_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("association_id <> member_id", name="ck_member_not_self"),
        sa.ForeignKeyConstraint(
            ["association_id"],
            ["firm.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["firm.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("association_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_association_member_association_id"), ["association_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_association_member_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            "uq_association_member_live",
            ["association_id", "member_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "consultation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("firm_id", sa.Uuid(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.Column("confidential_notes", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("expert_kind", sa.String(length=20), nullable=False),
        sa.Column("followup_on", sa.Date(), nullable=True),
        sa.Column("followup_action", sa.String(length=500), nullable=False),
        sa.Column("followup_done_at", sa.DateTime(), nullable=True),
        sa.Column("followup_done_by", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "channel IN ('counter', 'site_visit', 'phone', 'online', 'email', 'seminar')",
            name="ck_consultation_channel",
        ),
        sa.CheckConstraint(
            "expert_kind IN ('none', 'patent_attorney', 'lawyer', 'other_expert')",
            name="ck_consultation_expert",
        ),
        sa.CheckConstraint("duration_min BETWEEN 0 AND 1440", name="ck_consultation_duration"),
        sa.ForeignKeyConstraint(
            ["firm_id"],
            ["firm.id"],
        ),
        sa.ForeignKeyConstraint(
            ["followup_done_by"],
            ["consultant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consultation_firm_started", ["firm_id", "started_at"], unique=False
        )
        batch_op.create_index("ix_consultation_followup", ["followup_on"], unique=False)
        batch_op.create_index("ix_consultation_started", ["started_at"], unique=False)

    op.create_table(
        "ip_asset",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("firm_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("office", sa.String(length=50), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("number", sa.String(length=50), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('patent', 'utility_model', 'design', 'trademark', 'regional_trademark', 'gi', 'plant_variety', 'trade_secret', 'copyright')",
            name="ck_ip_asset_kind",
        ),
        sa.CheckConstraint(
            "status IN ('idea', 'preparing', 'filed', 'registered', 'lapsed', 'abandoned')",
            name="ck_ip_asset_status",
        ),
        sa.CheckConstraint("length(trim(title)) > 0", name="ck_ip_asset_title"),
        sa.ForeignKeyConstraint(
            ["firm_id"],
            ["firm.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ip_asset", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ip_asset_firm_id"), ["firm_id"], unique=False)

    op.create_table(
        "playbook_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("firm_id", sa.Uuid(), nullable=False),
        sa.Column("playbook_key", sa.String(length=100), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("finished_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "state IN ('active', 'finished', 'abandoned')", name="ck_playbook_run_state"
        ),
        sa.ForeignKeyConstraint(
            ["firm_id"],
            ["firm.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("playbook_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_playbook_run_firm_id"), ["firm_id"], unique=False)

    op.create_table(
        "consultation_consultant",
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("consultant_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
        ),
        sa.PrimaryKeyConstraint("consultation_id", "consultant_id"),
    )
    with op.batch_alter_table("consultation_consultant", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consultation_consultant_consultant", ["consultant_id"], unique=False
        )

    op.create_table(
        "consultation_topic",
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("topic", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            "topic IN ('patent', 'utility_model', 'design', 'trademark', 'regional_trademark', 'gi', 'plant_variety', 'trade_secret', 'copyright', 'overseas', 'dispute', 'licensing', 'financing', 'standardization', 'academia', 'ai_data', 'other')",
            name="ck_consultation_topic",
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
        ),
        sa.PrimaryKeyConstraint("consultation_id", "topic"),
    )
    with op.batch_alter_table("consultation_topic", schema=None) as batch_op:
        batch_op.create_index("ix_consultation_topic_topic", ["topic"], unique=False)

    op.create_table(
        "ip_milestone",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("asset_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.CheckConstraint(
            "status IN ('idea', 'preparing', 'filed', 'registered', 'lapsed', 'abandoned')",
            name="ck_ip_milestone_status",
        ),
        sa.ForeignKeyConstraint(
            ["asset_id"],
            ["ip_asset.id"],
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ip_milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ip_milestone_asset_id"), ["asset_id"], unique=False)

    op.create_table(
        "playbook_step",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("step_key", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("consultation_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "state IN ('todo', 'doing', 'done', 'skipped')", name="ck_playbook_step_state"
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["playbook_run.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("run_id", "step_key", name="uq_playbook_step"),
    )
    with op.batch_alter_table("playbook_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_playbook_step_run_id"), ["run_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("partner_kind", sa.String(length=30), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("direction", sa.String(length=4), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.CheckConstraint("direction IN ('to', 'from')", name="ck_referral_direction"),
        sa.CheckConstraint(
            "partner_kind IN ('yorozu', 'jetro', 'patent_attorney', 'lawyer', 'inpit', 'maff_gi', 'nta', 'financial', 'chamber', 'prefectural_support', 'university', 'jsa', 'other')",
            name="ck_referral_partner",
        ),
        sa.CheckConstraint(
            "status IN ('suggested', 'contacted', 'done')", name="ck_referral_status"
        ),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_consultation_id"), ["consultation_id"], unique=False
        )

    if _is_sqlite():
        for statement in FTS_SQL:
            op.execute(statement)


def downgrade() -> None:
    if _is_sqlite():
        for statement in FTS_DROP:
            op.execute(statement)

    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_consultation_id"))

    op.drop_table("referral")
    with op.batch_alter_table("playbook_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_playbook_step_run_id"))

    op.drop_table("playbook_step")
    with op.batch_alter_table("ip_milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ip_milestone_asset_id"))

    op.drop_table("ip_milestone")
    with op.batch_alter_table("consultation_topic", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_topic_topic")

    op.drop_table("consultation_topic")
    with op.batch_alter_table("consultation_consultant", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_consultant_consultant")

    op.drop_table("consultation_consultant")
    with op.batch_alter_table("playbook_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_playbook_run_firm_id"))

    op.drop_table("playbook_run")
    with op.batch_alter_table("ip_asset", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ip_asset_firm_id"))

    op.drop_table("ip_asset")
    with op.batch_alter_table("consultation", schema=None) as batch_op:
        batch_op.drop_index("ix_consultation_started")
        batch_op.drop_index("ix_consultation_followup")
        batch_op.drop_index("ix_consultation_firm_started")

    op.drop_table("consultation")
    with op.batch_alter_table("association_member", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_association_member_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_association_member_member_id"))
        batch_op.drop_index(batch_op.f("ix_association_member_association_id"))

    op.drop_table("association_member")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_firm_date")

    op.drop_table("assessment")
    op.drop_table("setting")
    with op.batch_alter_table("firm", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_firm_corporate_number_live",
            sqlite_where=sa.text("deleted_at IS NULL AND corporate_number IS NOT NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND corporate_number IS NOT NULL"),
        )
        batch_op.drop_index("ix_firm_prefecture")
        batch_op.drop_index("ix_firm_name_kana")
        batch_op.drop_index("ix_firm_deleted")

    op.drop_table("firm")
    op.drop_table("consultant")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity")

    op.drop_table("audit_log")

"""The tables of a counter's database.

Every record row has a UUID key, UTC ``created_at``/``updated_at`` and a soft-delete
``deleted_at``, so that two laptops can later merge their records and a delete never
destroys anything. Link tables (topics, consultants of a consultation) are keyed by the
pair they link, which merges just as well.

Timestamps named ``*_at`` are UTC; ``Consultation.started_at`` is the wall-clock time at
the counter (JST), because months and fiscal years are counted in local time.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.clock import utcnow
from db.enums import (
    CHANNELS,
    EXPERT_KINDS,
    FIRM_KINDS,
    INDUSTRIES,
    IP_KINDS,
    IP_STATUSES,
    PARTNER_KINDS,
    PREFECTURE_CODES,
    REFERRAL_DIRECTIONS,
    REFERRAL_STATUSES,
    RUN_STATES,
    SME_TYPES,
    STAGES,
    STEP_STATES,
    TOPICS,
    sql_in,
)

LIVE = sa.text("deleted_at IS NULL")


class Record(SQLModel):
    """Columns shared by every record table."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, nullable=False, sa_type=sa.DateTime)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False, sa_type=sa.DateTime)
    deleted_at: datetime | None = Field(default=None, nullable=True, sa_type=sa.DateTime)


def _check(expr: str, name: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(expr, name=name)


class Setting(SQLModel, table=True):
    """Counter-wide settings (counter name, prefecture, current consultant, targets)."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(nullable=False)  # JSON
    updated_at: datetime = Field(default_factory=utcnow, nullable=False, sa_type=sa.DateTime)


class Consultant(Record, table=True):
    __tablename__ = "consultant"
    __table_args__ = (_check("length(trim(name)) > 0", "ck_consultant_name"),)
    name: str = Field(nullable=False, max_length=100)
    name_kana: str = Field(default="", nullable=False, max_length=100)
    email: str = Field(default="", nullable=False, max_length=200)
    active: bool = Field(default=True, nullable=False)


class Firm(Record, table=True):
    """A client of the counter: a company, a sole proprietor or an association."""

    __tablename__ = "firm"
    __table_args__ = (
        _check(sql_in("kind", FIRM_KINDS), "ck_firm_kind"),
        _check("length(trim(name)) > 0", "ck_firm_name"),
        _check(sql_in("prefecture_code", PREFECTURE_CODES), "ck_firm_prefecture"),
        _check(
            f"industry IS NULL OR {sql_in('industry', INDUSTRIES)}",
            "ck_firm_industry",
        ),
        _check(
            "corporate_number IS NULL OR (length(corporate_number) = 13"
            " AND corporate_number NOT GLOB '*[^0-9]*')",
            "ck_firm_corporate_number",
        ),
        _check("employees IS NULL OR employees >= 0", "ck_firm_employees"),
        _check("capital_yen IS NULL OR capital_yen >= 0", "ck_firm_capital"),
        _check(
            "subcontract_share IS NULL OR (subcontract_share BETWEEN 0 AND 100)",
            "ck_firm_subcontract",
        ),
        _check("founded_year IS NULL OR founded_year BETWEEN 1600 AND 2200", "ck_firm_founded"),
        sa.Index(
            "uq_firm_corporate_number_live",
            "corporate_number",
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL AND corporate_number IS NOT NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND corporate_number IS NOT NULL"),
        ),
        sa.Index("ix_firm_name_kana", "name_kana"),
        sa.Index("ix_firm_prefecture", "prefecture_code"),
        sa.Index("ix_firm_deleted", "deleted_at"),
        sa.Index("ix_firm_live_kana", "deleted_at", "name_kana", "name", "id"),
        # one per order of the firm list (revision 0006)
        sa.Index("ix_firm_live_name", "deleted_at", "name", "id"),
        sa.Index("ix_firm_live_number", "deleted_at", "corporate_number", "id"),
        sa.Index("ix_firm_live_prefecture", "deleted_at", "prefecture_code", "name_kana", "id"),
        sa.Index("ix_firm_live_city", "deleted_at", "city", "name_kana", "id"),
        sa.Index("ix_firm_live_updated", "deleted_at", "updated_at", "id"),
        sa.Index("ix_firm_live_employees", "deleted_at", "employees", "id"),
    )
    kind: str = Field(default="company", nullable=False, max_length=20)
    name: str = Field(nullable=False, max_length=200)
    name_kana: str = Field(default="", nullable=False, max_length=200)
    corporate_number: str | None = Field(default=None, max_length=13)
    prefecture_code: str = Field(nullable=False, max_length=2)
    city: str = Field(default="", nullable=False, max_length=100)
    address: str = Field(default="", nullable=False, max_length=300)
    postal_code: str = Field(default="", nullable=False, max_length=8)
    industry: str | None = Field(default=None, max_length=1)
    employees: int | None = Field(default=None)
    capital_yen: int | None = Field(default=None)
    founded_year: int | None = Field(default=None)
    contact_name: str = Field(default="", nullable=False, max_length=100)
    phone: str = Field(default="", nullable=False, max_length=30)
    email: str = Field(default="", nullable=False, max_length=200)
    main_products: str = Field(default="", nullable=False, max_length=1000)
    subcontract_share: int | None = Field(default=None)
    overseas_markets: str = Field(default="", nullable=False, max_length=300)
    notes: str = Field(default="", nullable=False)


class AssociationMember(Record, table=True):
    """A member firm of an association (cooperative, producer group, chamber)."""

    __tablename__ = "association_member"
    __table_args__ = (
        _check("association_id <> member_id", "ck_member_not_self"),
        sa.Index(
            "uq_association_member_live",
            "association_id",
            "member_id",
            unique=True,
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        ),
    )
    association_id: uuid.UUID = Field(foreign_key="firm.id", nullable=False, index=True)
    member_id: uuid.UUID = Field(foreign_key="firm.id", nullable=False, index=True)


class IpAsset(Record, table=True):
    __tablename__ = "ip_asset"
    __table_args__ = (
        _check(sql_in("kind", IP_KINDS), "ck_ip_asset_kind"),
        _check(sql_in("status", IP_STATUSES), "ck_ip_asset_status"),
        _check("length(trim(title)) > 0", "ck_ip_asset_title"),
    )
    firm_id: uuid.UUID = Field(foreign_key="firm.id", nullable=False, index=True)
    kind: str = Field(nullable=False, max_length=30)
    title: str = Field(nullable=False, max_length=300)
    office: str = Field(default="JPO", nullable=False, max_length=50)
    country: str = Field(default="JP", nullable=False, max_length=2)
    number: str = Field(default="", nullable=False, max_length=50)
    status: str = Field(default="idea", nullable=False, max_length=20)
    filed_on: date | None = Field(default=None)
    registered_on: date | None = Field(default=None)
    ended_on: date | None = Field(default=None)
    notes: str = Field(default="", nullable=False)


class Consultation(Record, table=True):
    __tablename__ = "consultation"
    __table_args__ = (
        _check(sql_in("channel", CHANNELS), "ck_consultation_channel"),
        _check(sql_in("expert_kind", EXPERT_KINDS), "ck_consultation_expert"),
        _check("duration_min BETWEEN 0 AND 1440", "ck_consultation_duration"),
        sa.Index("ix_consultation_started", "started_at"),
        sa.Index("ix_consultation_firm_started", "firm_id", "started_at"),
        sa.Index("ix_consultation_followup", "followup_on"),
        sa.Index(
            "ix_consultation_facts",
            "started_at",
            "deleted_at",
            "channel",
            "expert_kind",
            "firm_id",
            "id",
        ),
        sa.Index(
            "ix_consultation_open_followup",
            "followup_on",
            sqlite_where=sa.text("deleted_at IS NULL AND followup_done_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL AND followup_done_at IS NULL"),
        ),
    )
    firm_id: uuid.UUID | None = Field(default=None, foreign_key="firm.id")
    started_at: datetime = Field(nullable=False, sa_type=sa.DateTime)
    duration_min: int = Field(default=30, nullable=False)
    channel: str = Field(default="counter", nullable=False, max_length=20)
    summary: str = Field(default="", nullable=False)
    confidential_notes: str = Field(default="", nullable=False)
    outcome: str = Field(default="", nullable=False)
    expert_kind: str = Field(default="none", nullable=False, max_length=20)
    followup_on: date | None = Field(default=None)
    followup_action: str = Field(default="", nullable=False, max_length=500)
    followup_done_at: datetime | None = Field(default=None, sa_type=sa.DateTime)
    followup_done_by: uuid.UUID | None = Field(default=None, foreign_key="consultant.id")


class ConsultationTopic(SQLModel, table=True):
    __tablename__ = "consultation_topic"
    __table_args__ = (
        _check(sql_in("topic", TOPICS), "ck_consultation_topic"),
        sa.Index("ix_consultation_topic_topic", "topic"),
    )
    consultation_id: uuid.UUID = Field(foreign_key="consultation.id", primary_key=True)
    topic: str = Field(primary_key=True, max_length=30)


class ConsultationConsultant(SQLModel, table=True):
    __tablename__ = "consultation_consultant"
    __table_args__ = (sa.Index("ix_consultation_consultant_consultant", "consultant_id"),)
    consultation_id: uuid.UUID = Field(foreign_key="consultation.id", primary_key=True)
    consultant_id: uuid.UUID = Field(foreign_key="consultant.id", primary_key=True)


class Referral(Record, table=True):
    __tablename__ = "referral"
    __table_args__ = (
        _check(sql_in("partner_kind", PARTNER_KINDS), "ck_referral_partner"),
        _check(sql_in("direction", REFERRAL_DIRECTIONS), "ck_referral_direction"),
        _check(sql_in("status", REFERRAL_STATUSES), "ck_referral_status"),
        sa.Index(
            "ix_referral_partner", "partner_kind", "consultation_id", "direction", "deleted_at"
        ),
    )
    consultation_id: uuid.UUID = Field(foreign_key="consultation.id", nullable=False, index=True)
    partner_kind: str = Field(nullable=False, max_length=30)
    organisation: str = Field(default="", nullable=False, max_length=200)
    direction: str = Field(default="to", nullable=False, max_length=4)
    status: str = Field(default="suggested", nullable=False, max_length=20)
    note: str = Field(default="", nullable=False)


class IpMilestone(Record, table=True):
    """A status change of an IP asset: the counter's outcomes (filed, registered)."""

    __tablename__ = "ip_milestone"
    __table_args__ = (_check(sql_in("status", IP_STATUSES), "ck_ip_milestone_status"),)
    asset_id: uuid.UUID = Field(foreign_key="ip_asset.id", nullable=False, index=True)
    status: str = Field(nullable=False, max_length=20)
    happened_on: date = Field(nullable=False)
    consultation_id: uuid.UUID | None = Field(default=None, foreign_key="consultation.id")
    note: str = Field(default="", nullable=False)


class Assessment(Record, table=True):
    """One classification of a firm; every one is kept, so transitions can be counted."""

    __tablename__ = "assessment"
    __table_args__ = (
        _check(sql_in("computed_type", SME_TYPES), "ck_assessment_computed_type"),
        _check(sql_in("sme_type", SME_TYPES), "ck_assessment_type"),
        _check(sql_in("computed_stage", STAGES), "ck_assessment_computed_stage"),
        _check(sql_in("stage", STAGES), "ck_assessment_stage"),
        _check(
            "(sme_type = computed_type AND stage = computed_stage)"
            " OR length(trim(coalesce(override_reason, ''))) > 0",
            "ck_assessment_override_reason",
        ),
        sa.Index("ix_assessment_firm_date", "firm_id", "assessed_on"),
    )
    firm_id: uuid.UUID = Field(foreign_key="firm.id", nullable=False)
    assessed_on: date = Field(nullable=False)
    consultant_id: uuid.UUID | None = Field(default=None, foreign_key="consultant.id")
    answers: str = Field(default="{}", nullable=False)  # JSON
    reasons: str = Field(default="[]", nullable=False)  # JSON
    computed_type: str = Field(nullable=False, max_length=12)
    computed_stage: int = Field(nullable=False)
    sme_type: str = Field(nullable=False, max_length=12)
    stage: int = Field(nullable=False)
    override_reason: str | None = Field(default=None)


class PlaybookRun(Record, table=True):
    __tablename__ = "playbook_run"
    __table_args__ = (_check(sql_in("state", RUN_STATES), "ck_playbook_run_state"),)
    firm_id: uuid.UUID = Field(foreign_key="firm.id", nullable=False, index=True)
    playbook_key: str = Field(nullable=False, max_length=100)
    started_on: date = Field(nullable=False)
    state: str = Field(default="active", nullable=False, max_length=12)
    finished_on: date | None = Field(default=None)


class PlaybookStepState(Record, table=True):
    __tablename__ = "playbook_step"
    __table_args__ = (
        _check(sql_in("state", STEP_STATES), "ck_playbook_step_state"),
        sa.UniqueConstraint("run_id", "step_key", name="uq_playbook_step"),
    )
    run_id: uuid.UUID = Field(foreign_key="playbook_run.id", nullable=False, index=True)
    step_key: str = Field(nullable=False, max_length=100)
    state: str = Field(default="todo", nullable=False, max_length=10)
    happened_on: date | None = Field(default=None)
    note: str = Field(default="", nullable=False)
    consultation_id: uuid.UUID | None = Field(default=None, foreign_key="consultation.id")


class AuditEntry(SQLModel, table=True):
    """Append-only: who changed which fields of which record, with old and new values."""

    __tablename__ = "audit_log"
    __table_args__ = (
        _check(
            sql_in("action", ("create", "update", "delete", "restore", "purge")),
            "ck_audit_action",
        ),
        sa.Index("ix_audit_entity", "entity", "entity_id"),
    )
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = Field(default_factory=utcnow, nullable=False, sa_type=sa.DateTime)
    actor: str = Field(default="", nullable=False, max_length=100)
    entity: str = Field(nullable=False, max_length=40)
    entity_id: uuid.UUID = Field(nullable=False)
    action: str = Field(nullable=False, max_length=10)
    changes: str = Field(default="{}", nullable=False)  # JSON {field: [old, new]}


class Draft(SQLModel, table=True):
    """An unfinished form, saved as the user types so a crash loses nothing.

    ``ref_id`` is the record being edited (None for a new one); ``payload`` is the form's
    JSON. A draft is deleted when its form is saved or deliberately discarded.
    """

    __tablename__ = "draft"
    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    kind: str = Field(nullable=False, max_length=40)
    ref_id: uuid.UUID | None = Field(default=None)
    payload: str = Field(nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, nullable=False, sa_type=sa.DateTime)


# --- month close (exports) ---


class MonthClose(Record, table=True):
    """One HQ workbook sent for a month; the snapshot is what HQ holds for that month.

    Every send is kept. The newest live row of a period is the baseline the next export
    of that period is compared with, so a later edit reaches HQ as an amendment instead
    of silently replacing figures HQ has already counted.
    """

    __tablename__ = "month_close"
    __table_args__ = (
        _check("length(period) = 7", "ck_month_close_period"),
        _check("revision >= 1", "ck_month_close_revision"),
        sa.Index("ix_month_close_period", "period", "revision"),
    )
    period: str = Field(nullable=False, max_length=7)
    revision: int = Field(default=1, nullable=False)
    sent_at: datetime = Field(default_factory=utcnow, nullable=False, sa_type=sa.DateTime)
    file_sha256: str = Field(nullable=False, max_length=64)
    data_sha256: str = Field(nullable=False, max_length=64)
    layout_version: str = Field(nullable=False, max_length=10)
    row_count: int = Field(default=0, nullable=False)
    snapshot: str = Field(default="{}", nullable=False)  # JSON {"fields": [...], "rows": {...}}

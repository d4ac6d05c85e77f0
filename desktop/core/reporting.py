"""The queries every export and report is fed by: plain rows and figures, no widgets, no files.

A month is counted in local wall-clock time (``Consultation.started_at`` is JST), a fiscal
year runs April to March and is named by its starting year. Each figure is one SQL
aggregate, so the numbers in a workbook, a PDF and a test's own query can only agree.

Liveness: a consultation counts when it is itself live (the firm it is linked to is
informational); milestones, steps and assessments count only when they and the records
they belong to (asset, run, firm) are live. Confidential notes are never selected by the
HQ queries; the firm record selects them only when asked for an internal copy.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from db.enums import (
    CHANNELS,
    EXPERT_KINDS,
    IP_KINDS,
    PARTNER_KINDS,
    REFERRAL_DIRECTIONS,
    TOPICS,
)
from db.models import (
    Assessment,
    Consultant,
    Consultation,
    ConsultationConsultant,
    ConsultationTopic,
    Firm,
    IpAsset,
    IpMilestone,
    PlaybookRun,
    PlaybookStepState,
    Referral,
)
from desktop.core.assessment import count_transition_firms
from desktop.core.assessment_rules import CHALLENGER, DEVELOPING, cell_of
from desktop.core.errors import ValidationError
from desktop.core.firm_list import CELLS as MATRIX_CELLS  # re-exported for the exports
from desktop.core.ip_assets import counted_milestones
from desktop.core.reference import reference
from desktop.core.sme import sme_status
from desktop.core.text import QT_TRANSLATE_NOOP, Message

C = Consultation.__table__
CT = ConsultationTopic.__table__
CC = ConsultationConsultant.__table__
CN = Consultant.__table__
F = Firm.__table__
A = Assessment.__table__
R = Referral.__table__
IA = IpAsset.__table__
IM = IpMilestone.__table__
PR = PlaybookRun.__table__
PS = PlaybookStepState.__table__

LIST_SEP = ";"

# The consultation columns HQ receives, in sheet order. Nothing else of a consultation
# (summary, confidential notes) is ever part of an HQ row.
CONSULTATION_FIELDS: tuple[str, ...] = (
    "consultation_id",
    "date",
    "time",
    "duration_min",
    "channel",
    "topics",
    "firm_id",
    "corporate_number",
    "firm_name",
    "firm_kind",
    "prefecture_code",
    "industry",
    "size_class",
    "sme_type",
    "stage",
    "matrix_cell",
    "consultants",
    "referrals",
    "expert_kind",
    "outcome",
    "followup_on",
    "followup_action",
)


# --- periods ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A half-open span of local days: ``start`` inclusive, ``end`` exclusive."""

    start: date
    end: date
    label: str

    @classmethod
    def month(cls, text: str) -> Period:
        try:
            year_s, month_s = text.strip().split("-")
            year, month = int(year_s), int(month_s)
            if len(year_s) != 4 or len(month_s) != 2 or not 1 <= month <= 12:
                raise ValueError(text)
        except ValueError:
            raise ValidationError(
                {"month": Message("Reporting", QT_TRANSLATE_NOOP("Reporting", "Use YYYY-MM."))}
            ) from None
        return cls.of_month(year, month)

    @classmethod
    def of_month(cls, year: int, month: int) -> Period:
        start = date(year, month, 1)
        end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return cls(start, end, f"{year:04d}-{month:02d}")

    @classmethod
    def fiscal_year(cls, fy: int) -> Period:
        if not 1900 <= fy <= 2200:
            raise ValidationError(
                {
                    "fy": Message(
                        "Reporting", QT_TRANSLATE_NOOP("Reporting", "Use a year such as 2026.")
                    )
                }
            )
        return cls(date(fy, 4, 1), date(fy + 1, 4, 1), f"FY{fy}")

    @property
    def start_dt(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def end_dt(self) -> datetime:
        return datetime.combine(self.end, time())

    def months(self) -> list[Period]:
        out: list[Period] = []
        year, month = self.start.year, self.start.month
        while date(year, month, 1) < self.end:
            out.append(Period.of_month(year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


# --- counter settings -----------------------------------------------------------------


@dataclass(frozen=True)
class CounterInfo:
    name: str
    prefecture_code: str


def counter_info(engine: Engine) -> CounterInfo:
    from desktop.core import settings

    name = settings.get(engine, settings.COUNTER_NAME)
    pref = settings.get(engine, settings.PREFECTURE)
    return CounterInfo(name=str(name or ""), prefecture_code=str(pref or ""))


# --- consultation rows ----------------------------------------------------------------


def _in_period(period: Period) -> sa.ColumnElement[bool]:
    return sa.and_(
        C.c.deleted_at.is_(None),
        C.c.started_at >= period.start_dt,
        C.c.started_at < period.end_dt,
    )


def _latest_assessment_id(firm_col: Any, before: Any) -> Any:
    """The id of a firm's newest live assessment dated before ``before`` (correlated)."""
    a = A.alias("latest_a")
    return (
        sa.select(a.c.id)
        .where(a.c.firm_id == firm_col, a.c.deleted_at.is_(None), a.c.assessed_on <= before)
        .order_by(a.c.assessed_on.desc(), a.c.created_at.desc(), a.c.id.desc())
        .limit(1)
        .correlate_except(a)
        .scalar_subquery()
    )


def _sorted_list(raw: str | None) -> str:
    if not raw:
        return ""
    return LIST_SEP.join(sorted(set(raw.split(LIST_SEP))))


def matrix_cell(sme_type: str | None, stage: int | None) -> str:
    """The cell (A1…B3) of a stored type and stage; blank for a firm not assessed."""
    if sme_type not in (CHALLENGER, DEVELOPING) or stage is None:
        return ""
    return cell_of(sme_type, stage)


def count_consultations(engine: Engine, period: Period) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count()).select_from(C).where(_in_period(period))
            ).scalar_one()
        )


def consultation_rows(engine: Engine, period: Period) -> Iterator[dict[str, Any]]:
    """One dict per live consultation of ``period``, keyed by ``CONSULTATION_FIELDS``.

    Streams from the database, so a large month never sits in memory twice. List cells
    (topics, consultants, referrals) are sorted, so the same data always gives the same
    row and the same checksum.
    """
    in_period = _in_period(period)
    topics = (
        sa.select(
            CT.c.consultation_id.label("cid"),
            sa.func.aggregate_strings(CT.c.topic, LIST_SEP).label("topics"),
        )
        .join(C, C.c.id == CT.c.consultation_id)
        .where(in_period)
        .group_by(CT.c.consultation_id)
        .subquery()
    )
    people = (
        sa.select(
            CC.c.consultation_id.label("cid"),
            sa.func.aggregate_strings(CN.c.name, LIST_SEP).label("names"),
        )
        .join(C, C.c.id == CC.c.consultation_id)
        .join(CN, CN.c.id == CC.c.consultant_id)
        .where(in_period)
        .group_by(CC.c.consultation_id)
        .subquery()
    )
    referral_text = R.c.partner_kind + ":" + R.c.direction + ":" + R.c.status
    refs = (
        sa.select(
            R.c.consultation_id.label("cid"),
            sa.func.aggregate_strings(referral_text, LIST_SEP).label("refs"),
        )
        .join(C, C.c.id == R.c.consultation_id)
        .where(in_period, R.c.deleted_at.is_(None))
        .group_by(R.c.consultation_id)
        .subquery()
    )
    latest = _latest_assessment_id(C.c.firm_id, C.c.started_at)
    query = (
        sa.select(
            C.c.id,
            C.c.started_at,
            C.c.duration_min,
            C.c.channel,
            C.c.expert_kind,
            C.c.outcome,
            C.c.followup_on,
            C.c.followup_action,
            F.c.id.label("firm_id"),
            F.c.corporate_number,
            F.c.name.label("firm_name"),
            F.c.kind.label("firm_kind"),
            F.c.prefecture_code,
            F.c.industry,
            F.c.capital_yen,
            F.c.employees,
            A.c.sme_type,
            A.c.stage,
            topics.c.topics,
            people.c.names,
            refs.c.refs,
        )
        .select_from(C)
        .outerjoin(F, F.c.id == C.c.firm_id)
        .outerjoin(A, A.c.id == latest)
        .outerjoin(topics, topics.c.cid == C.c.id)
        .outerjoin(people, people.c.cid == C.c.id)
        .outerjoin(refs, refs.c.cid == C.c.id)
        .where(in_period)
        .order_by(C.c.started_at, C.c.id)
    )
    ref = reference()
    sizes: dict[tuple[Any, Any, Any], str] = {}
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=2000).execute(query)
        # Unpacked by position: looking each column up by name on the Row cost more
        # than the rest of the loop, on every row of a month.
        for (
            cid,
            started,
            duration_min,
            channel,
            expert_kind,
            outcome,
            followup_on,
            followup_action,
            firm_id,
            corporate_number,
            firm_name,
            firm_kind,
            prefecture_code,
            industry,
            capital_yen,
            employees,
            sme_type,
            stage,
            topic_list,
            names,
            referrals,
        ) in result:
            size = ""
            if firm_id is not None:
                key = (industry, capital_yen, employees)
                if key not in sizes:
                    sizes[key] = str(sme_status(ref, *key).size_class)
                size = sizes[key]
            yield {
                "consultation_id": str(cid),
                "date": started.date(),
                "time": time(started.hour, started.minute),
                "duration_min": int(duration_min),
                "channel": channel,
                "topics": _sorted_list(topic_list),
                "firm_id": str(firm_id) if firm_id is not None else "",
                "corporate_number": corporate_number or "",
                "firm_name": firm_name or "",
                "firm_kind": firm_kind or "",
                "prefecture_code": prefecture_code or "",
                "industry": industry or "",
                "size_class": size,
                "sme_type": sme_type or "",
                "stage": int(stage) if stage is not None else None,
                "matrix_cell": matrix_cell(sme_type, stage),
                "consultants": _sorted_list(names),
                "referrals": _sorted_list(referrals),
                "expert_kind": expert_kind,
                "outcome": outcome or "",
                "followup_on": followup_on,
                "followup_action": followup_action or "",
            }


def consultation_months(engine: Engine, ids: list[str]) -> dict[str, tuple[str, bool]]:
    """Where consultations are now: id → (period 'YYYY-MM', deleted?). Missing ids are absent.

    Amendments use it to say why a row left a sent month (deleted, or moved to another).
    """
    out: dict[str, tuple[str, bool]] = {}
    chunk = 500
    with engine.connect() as conn:
        for i in range(0, len(ids), chunk):
            part = [uuid.UUID(x) for x in ids[i : i + chunk]]
            rows = conn.execute(
                sa.select(C.c.id, C.c.started_at, C.c.deleted_at).where(C.c.id.in_(part))
            )
            for cid, started, deleted in rows:
                out[str(cid)] = (f"{started.year:04d}-{started.month:02d}", deleted is not None)
    return out


# --- summary figures ------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One summary number: ``section``/``item``/``sub_item`` are stable machine keys."""

    section: str
    item: str
    sub_item: str
    value: int

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.section, self.item, self.sub_item)


KPI_ITEMS = (
    "consultations",
    "site_visits",
    "expert_consultations",
    "referrals_to_yorozu",
    "referrals_from_yorozu",
    "firms_served",
)


def _kpis(conn: Connection, period: Period) -> list[Figure]:
    in_period = _in_period(period)
    row = conn.execute(
        sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(sa.case((C.c.channel == "site_visit", 1), else_=0)), 0),
            sa.func.coalesce(sa.func.sum(sa.case((C.c.expert_kind != "none", 1), else_=0)), 0),
            sa.func.count(sa.distinct(C.c.firm_id)),
        ).where(in_period)
    ).one()
    # Like the other KPIs, consultations: one that referred a firm to two Yorozu centres
    # counts once here (the referral section counts both), as the home view's card does.
    yorozu = dict(
        conn.execute(
            sa.select(R.c.direction, sa.func.count(sa.distinct(R.c.consultation_id)))
            .join(C, C.c.id == R.c.consultation_id)
            .where(in_period, R.c.deleted_at.is_(None), R.c.partner_kind == "yorozu")
            .group_by(R.c.direction)
        ).all()
    )
    values = {
        "consultations": row[0],
        "site_visits": row[1],
        "expert_consultations": row[2],
        "referrals_to_yorozu": yorozu.get("to", 0),
        "referrals_from_yorozu": yorozu.get("from", 0),
        "firms_served": row[3],
    }
    return [Figure("kpi", k, "", int(values[k])) for k in KPI_ITEMS]


def _referral_counts(conn: Connection, period: Period) -> dict[tuple[str, str], int]:
    rows = conn.execute(
        sa.select(R.c.partner_kind, R.c.direction, sa.func.count())
        .join(C, C.c.id == R.c.consultation_id)
        .where(_in_period(period), R.c.deleted_at.is_(None))
        .group_by(R.c.partner_kind, R.c.direction)
    )
    return {(p, d): int(n) for p, d, n in rows}


def _channels(conn: Connection, period: Period) -> list[Figure]:
    rows = dict(
        conn.execute(
            sa.select(C.c.channel, sa.func.count()).where(_in_period(period)).group_by(C.c.channel)
        ).all()
    )
    return [Figure("channel", ch, "", int(rows.get(ch, 0))) for ch in CHANNELS]


def _topic_channel(conn: Connection, period: Period) -> list[Figure]:
    rows = conn.execute(
        sa.select(CT.c.topic, C.c.channel, sa.func.count())
        .join(C, C.c.id == CT.c.consultation_id)
        .where(_in_period(period))
        .group_by(CT.c.topic, C.c.channel)
    )
    counts = {(t, ch): int(n) for t, ch, n in rows}
    out: list[Figure] = []
    for topic in TOPICS:
        out.append(
            Figure("topic", topic, "total", sum(counts.get((topic, ch), 0) for ch in CHANNELS))
        )
        out.extend(Figure("topic", topic, ch, counts.get((topic, ch), 0)) for ch in CHANNELS)
    return out


def _experts(conn: Connection, period: Period) -> list[Figure]:
    rows = dict(
        conn.execute(
            sa.select(C.c.expert_kind, sa.func.count())
            .where(_in_period(period))
            .group_by(C.c.expert_kind)
        ).all()
    )
    return [Figure("expert", k, "", int(rows.get(k, 0))) for k in EXPERT_KINDS if k != "none"]


def _referrals(conn: Connection, period: Period) -> list[Figure]:
    counts = _referral_counts(conn, period)
    return [
        Figure("referral", p, d, counts.get((p, d), 0))
        for p in PARTNER_KINDS
        for d in REFERRAL_DIRECTIONS
    ]


def _type_stage(conn: Connection, period: Period) -> list[Figure]:
    """Firms consulted in the period, by their newest live assessment as of its last day."""
    firms = (
        sa.select(C.c.firm_id.label("fid"))
        .where(_in_period(period), C.c.firm_id.is_not(None))
        .distinct()
        .subquery()
    )
    latest = (
        sa.select(A.c.id)
        .where(
            A.c.firm_id == firms.c.fid,
            A.c.deleted_at.is_(None),
            A.c.assessed_on < period.end,
        )
        .order_by(A.c.assessed_on.desc(), A.c.created_at.desc(), A.c.id.desc())
        .limit(1)
        .correlate(firms)
        .scalar_subquery()
    )
    rows = conn.execute(
        sa.select(A.c.sme_type, A.c.stage, sa.func.count())
        .select_from(firms)
        .outerjoin(A, A.c.id == latest)
        .group_by(A.c.sme_type, A.c.stage)
    )
    counts = {matrix_cell(t, s) or "unassessed": int(n) for t, s, n in rows}
    cells = (*MATRIX_CELLS, "unassessed")
    return [Figure("type_stage", cell, "firms", counts.get(cell, 0)) for cell in cells]


def _firms(conn: Connection, period: Period) -> list[Figure]:
    """Firms seen in the period, split by whether they had any earlier consultation.

    Asked per firm seen ("is there one before the period?") through the (firm, date)
    index, rather than by grouping the whole table to find each firm's first visit.
    """
    seen = (
        sa.select(C.c.firm_id.label("fid"))
        .where(_in_period(period), C.c.firm_id.is_not(None))
        .distinct()
        .subquery()
    )
    earlier = sa.exists(
        sa.select(1).where(
            C.c.firm_id == seen.c.fid,
            C.c.deleted_at.is_(None),
            C.c.started_at < period.start_dt,
        )
    )
    row = conn.execute(
        sa.select(
            sa.func.count(),
            sa.func.coalesce(sa.func.sum(sa.case((earlier, 1), else_=0)), 0),
        ).select_from(seen)
    ).one()
    total, returning = int(row[0]), int(row[1])
    row = (total - returning, returning)
    no_firm = conn.execute(
        sa.select(sa.func.count()).where(_in_period(period), C.c.firm_id.is_(None))
    ).scalar_one()
    return [
        Figure("firms", "new", "", int(row[0])),
        Figure("firms", "returning", "", int(row[1])),
        Figure("firms", "no_firm", "", int(no_firm)),
    ]


def _ip_outcomes(conn: Connection, period: Period) -> list[Figure]:
    m = counted_milestones(("filed", "registered"), period.start, period.end)
    rows = conn.execute(
        sa.select(m.c.status, m.c.kind, sa.func.count()).group_by(m.c.status, m.c.kind)
    )
    counts = {(s, k): int(n) for s, k, n in rows}
    out: list[Figure] = []
    for status in ("filed", "registered"):
        out.append(Figure("ip", status, "total", sum(counts.get((status, k), 0) for k in IP_KINDS)))
        out.extend(Figure("ip", status, k, counts.get((status, k), 0)) for k in IP_KINDS)
    return out


def _transitions(conn: Connection, period: Period) -> list[Figure]:
    """Firms that moved from developing to challenger in the period, each counted once."""
    n = count_transition_firms(conn, period.start, period.end)
    return [Figure("transition", "developing_to_challenger", "", n)]


def _playbook_steps(conn: Connection, period: Period) -> list[Figure]:
    rows = conn.execute(
        sa.select(PR.c.playbook_key, sa.func.count())
        .join(PR, PR.c.id == PS.c.run_id)
        .join(F, F.c.id == PR.c.firm_id)
        .where(
            PS.c.deleted_at.is_(None),
            PR.c.deleted_at.is_(None),
            F.c.deleted_at.is_(None),
            PS.c.state == "done",
            PS.c.happened_on >= period.start,
            PS.c.happened_on < period.end,
        )
        .group_by(PR.c.playbook_key)
        .order_by(PR.c.playbook_key)
    ).all()
    total = sum(int(n) for _, n in rows)
    out = [Figure("playbook", "steps_done", "total", total)]
    out.extend(Figure("playbook", "steps_done", key, int(n)) for key, n in rows)
    return out


SECTIONS = (
    "kpi",
    "channel",
    "topic",
    "expert",
    "referral",
    "type_stage",
    "firms",
    "ip",
    "transition",
    "playbook",
)


def summary(engine: Engine, period: Period) -> list[Figure]:
    """Every summary figure of ``period``, the counter's KPIs first, in a stable order."""
    with engine.connect() as conn:
        return [
            *_kpis(conn, period),
            *_channels(conn, period),
            *_topic_channel(conn, period),
            *_experts(conn, period),
            *_referrals(conn, period),
            *_type_stage(conn, period),
            *_firms(conn, period),
            *_ip_outcomes(conn, period),
            *_transitions(conn, period),
            *_playbook_steps(conn, period),
        ]


def monthly_consultation_counts(engine: Engine, fy: int) -> list[tuple[str, int]]:
    """Consultations per month of fiscal year ``fy``, in one query (April first)."""
    months = Period.fiscal_year(fy).months()
    cols = [
        sa.func.coalesce(
            sa.func.sum(
                sa.case(
                    (sa.and_(C.c.started_at >= m.start_dt, C.c.started_at < m.end_dt), 1),
                    else_=0,
                )
            ),
            0,
        )
        for m in months
    ]
    with engine.connect() as conn:
        row = conn.execute(sa.select(*cols).where(_in_period(Period.fiscal_year(fy)))).one()
    return [(m.label, int(v)) for m, v in zip(months, row, strict=True)]

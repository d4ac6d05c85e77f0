"""The counter's month at a glance: every figure aggregated in SQL, each with its filter.

Every figure carries the query that lists the records behind it, so the dashboard can
open exactly those records when the number (or its bar) is clicked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from desktop.core import settings
from desktop.core.assessment import count_transition_firms, transition_firms
from desktop.core.calendar import (
    add_months,
    fiscal_year_bounds,
    fiscal_year_start,
    month_start,
)
from desktop.core.consultation_queries import ConsultationQuery
from desktop.core.firm_list import CURRENT_CELL_SQL
from desktop.core.ip_assets import counted_milestones
from desktop.core.text import QT_TRANSLATE_NOOP, Message

# The counter's KPIs as HQ counts them (docs/hq-workbook.md, kpi), each with its name on the
# home view and in Settings' targets; "yorozu" (referrals to Yorozu) keeps its stored key.
KPI_LABELS: dict[str, Message] = {
    "consultations": Message("Kpi", QT_TRANSLATE_NOOP("Kpi", "Consultations")),
    "site_visits": Message("Kpi", QT_TRANSLATE_NOOP("Kpi", "Site visits")),
    "expert": Message("Kpi", QT_TRANSLATE_NOOP("Kpi", "Expert consultations")),
    "yorozu": Message("Kpi", QT_TRANSLATE_NOOP("Kpi", "Referrals to Yorozu")),
    "yorozu_from": Message("Kpi", QT_TRANSLATE_NOOP("Kpi", "Referrals from Yorozu")),
}
KPI_KEYS = tuple(KPI_LABELS)
MILESTONE_TILES = ("filed", "registered")


@dataclass(frozen=True)
class Kpi:
    key: str
    value: int
    target: int | None
    query: ConsultationQuery


@dataclass(frozen=True)
class MonthBar:
    start: date
    this_year: int
    last_year: int


@dataclass
class Dashboard:
    today: date
    month: date
    fiscal_year: int
    this_month: int = 0  # so far: up to and including today
    same_days_last_year: int = 0  # the same month a year ago, up to the same day
    months: list[MonthBar] = field(default_factory=list)
    topics: list[tuple[str, int]] = field(default_factory=list)
    matrix: dict[str, int] = field(default_factory=dict)
    unassessed: int = 0
    followups_overdue: int = 0
    followups_due: int = 0  # due today or within the week
    filed: int = 0  # applications (milestones), the figure HQ counts
    registered: int = 0
    filed_firms: int = 0  # the firms behind them, the list a click opens
    registered_firms: int = 0
    transitions: int = 0  # firms that moved from developing to challenger, each once
    kpis: list[Kpi] = field(default_factory=list)

    def month_query(self) -> ConsultationQuery:
        return ConsultationQuery(start=self.month, end=add_months(self.month, 1))

    def fy_query(self, **extra: Any) -> ConsultationQuery:
        start, end = fiscal_year_bounds(self.fiscal_year)
        return ConsultationQuery(start=start, end=end, **extra)


def _count(conn: Connection, sql: str, **params: Any) -> int:
    return int(conn.execute(sa.text(sql), params).scalar_one() or 0)


LIVE = "c.deleted_at IS NULL"


def same_days_a_year_ago(today: date) -> tuple[date, date]:
    """The span a month so far is fairly compared with: the same month a year earlier,
    from its first day up to the same day (the whole month once this one is over).

    Set against the whole of last year's month, a month half gone always looks down.
    """
    start, next_month = add_months(today, -12), add_months(today, -11)
    if today + timedelta(days=1) == add_months(today, 1):  # the last day of this month
        return start, next_month
    return start, min(start + timedelta(days=today.day), next_month)


def build(engine: Engine, today: date | None = None) -> Dashboard:
    today = today or date.today()
    month = month_start(today)
    fy_start, fy_end = fiscal_year_bounds(fiscal_year_start(today).year)
    board = Dashboard(today=today, month=month, fiscal_year=fy_start.year)
    span = {"fy_start": fy_start.isoformat(), "fy_end": fy_end.isoformat()}
    with engine.connect() as conn:
        per_month = dict(
            conn.execute(
                sa.text(
                    "SELECT substr(c.started_at, 1, 7), count(*) FROM consultation c"
                    f" WHERE {LIVE} AND c.started_at >= :start AND c.started_at < :end"
                    " GROUP BY 1"
                ),
                {"start": add_months(fy_start, -12).isoformat(), "end": fy_end.isoformat()},
            ).all()
        )
        for n in range(12):
            start = add_months(fy_start, n)
            board.months.append(
                MonthBar(
                    start,
                    per_month.get(start.strftime("%Y-%m"), 0),
                    per_month.get(add_months(start, -12).strftime("%Y-%m"), 0),
                )
            )
        board.this_month = per_month.get(month.strftime("%Y-%m"), 0)
        year_ago, year_ago_end = same_days_a_year_ago(today)
        board.same_days_last_year = _count(
            conn,
            f"SELECT count(*) FROM consultation c WHERE {LIVE} AND c.started_at >= :start"
            " AND c.started_at < :end",
            start=year_ago.isoformat(),
            end=year_ago_end.isoformat(),
        )
        board.topics = [
            (str(topic), int(n))
            for topic, n in conn.execute(
                sa.text(
                    "SELECT t.topic, count(*) FROM consultation_topic t JOIN consultation c"
                    f" ON c.id = t.consultation_id WHERE {LIVE} AND c.started_at >= :fy_start"
                    " AND c.started_at < :fy_end GROUP BY t.topic ORDER BY 2 DESC, 1"
                ),
                span,
            ).all()
        ]
        # One pass over the firms: a firm with no live assessment has no cell (NULL).
        for cell, n in conn.execute(
            sa.text(
                f"SELECT cell, count(*) FROM (SELECT {CURRENT_CELL_SQL} AS cell FROM firm"
                " WHERE firm.deleted_at IS NULL) AS latest GROUP BY cell"
            )
        ).all():
            if cell is None:
                board.unassessed = int(n)
            else:
                board.matrix[str(cell)] = int(n)
        board.followups_overdue = _count(
            conn,
            f"SELECT count(*) FROM consultation c WHERE {LIVE} AND c.followup_on < :today"
            " AND c.followup_done_at IS NULL",
            today=today.isoformat(),
        )
        board.followups_due = _count(
            conn,
            f"SELECT count(*) FROM consultation c WHERE {LIVE} AND c.followup_on >= :today"
            " AND c.followup_on <= :week AND c.followup_done_at IS NULL",
            today=today.isoformat(),
            week=(today + timedelta(days=7)).isoformat(),
        )
        m = counted_milestones(MILESTONE_TILES, fy_start, fy_end)
        for status, milestones, firms in conn.execute(
            sa.select(
                m.c.status, sa.func.count(), sa.func.count(sa.distinct(m.c.firm_id))
            ).group_by(m.c.status)
        ).all():
            setattr(board, status, int(milestones))
            setattr(board, f"{status}_firms", int(firms))
        board.transitions = count_transition_firms(conn, fy_start, fy_end)
        fy_query = board.fy_query
        values = {
            "consultations": fy_query(),
            "site_visits": fy_query(channel="site_visit"),
            "expert": fy_query(expert=True),
            "yorozu": fy_query(with_referral_to="yorozu"),
            "yorozu_from": fy_query(with_referral_from="yorozu"),
        }
    from desktop.core import consultation_queries

    targets = settings.get(engine, settings.KPI_TARGETS) or {}
    for key in KPI_KEYS:
        query = values[key]
        board.kpis.append(
            Kpi(key, consultation_queries.count(engine, query), _target(targets, key), query)
        )
    return board


def _target(targets: dict[str, Any], key: str) -> int | None:
    value = targets.get(key)
    return int(value) if isinstance(value, int) and value > 0 else None


def milestone_firms(engine: Engine, status: str, start: date, end: date) -> list[uuid.UUID]:
    """The firms behind a milestone tile, each once: what a click on it opens."""
    m = counted_milestones((status,), start, end)
    with engine.connect() as conn:
        return list(conn.execute(sa.select(m.c.firm_id).distinct().order_by(m.c.firm_id)).scalars())


def transitions_in(engine: Engine, start: date, end: date) -> list[uuid.UUID]:
    """The firms behind the transitions tile, each once, as the tile counts them."""
    with engine.connect() as conn:
        return transition_firms(conn, start, end)

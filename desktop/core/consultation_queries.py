"""Reading the consultation log: pages of the list, follow-ups, a firm's timeline, search.

The list is read a page at a time with keyset paging on (started_at, id), newest first,
so the 200,000th row costs what the first does; filters and sorting stay in SQL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from db import search
from db.driver import DriverConnection
from db.enums import in_topic_order
from desktop.core import firm_list

PAGE_SIZE = 200  # a screenful is ~30 rows; a smaller page opens and scrolls sooner
EXCERPT = 120


@dataclass(frozen=True)
class ConsultationQuery:
    start: date | None = None  # inclusive, local date
    end: date | None = None  # exclusive
    topic: str | None = None
    channel: str | None = None
    consultant_id: uuid.UUID | None = None
    firm_id: uuid.UUID | None = None
    text: str = ""
    deleted: bool = False
    with_referral_to: str | None = None  # partner kind the counter referred the firm to
    with_referral_from: str | None = None  # partner kind that referred the firm here
    expert: bool = False


@dataclass(frozen=True)
class ConsultationRow:
    id: uuid.UUID
    started_at: datetime
    firm_id: uuid.UUID | None
    firm_name: str
    channel: str
    topics: tuple[str, ...]
    consultants: tuple[str, ...]
    excerpt: str
    duration_min: int
    followup_on: date | None
    followup_done: bool
    expert_kind: str


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def _where(
    conn: Connection, query: ConsultationQuery, *, in_order: bool = False
) -> tuple[str, dict[str, Any]]:
    """The list's filter as SQL; ``in_order`` for a page read in the list's order."""
    condition, params = search.text_condition(
        DriverConnection(conn), "consultation", query.text, in_order=in_order
    )
    parts = [
        condition,
        "consultation.deleted_at IS NOT NULL"
        if query.deleted
        else "consultation.deleted_at IS NULL",
    ]
    if query.start is not None:
        parts.append("consultation.started_at >= :start")
        params["start"] = query.start.isoformat()
    if query.end is not None:
        parts.append("consultation.started_at < :end")
        params["end"] = query.end.isoformat()
    if query.channel:
        parts.append("consultation.channel = :channel")
        params["channel"] = query.channel
    if query.firm_id is not None:
        parts.append("consultation.firm_id = :firm")
        params["firm"] = query.firm_id.hex
    if query.topic:
        parts.append(
            "consultation.id IN (SELECT consultation_id FROM consultation_topic"
            " WHERE topic = :topic)"
        )
        params["topic"] = query.topic
    if query.consultant_id is not None:
        parts.append(
            "consultation.id IN (SELECT consultation_id FROM consultation_consultant"
            " WHERE consultant_id = :consultant)"
        )
        params["consultant"] = query.consultant_id.hex
    for direction, partner in (("to", query.with_referral_to), ("from", query.with_referral_from)):
        if partner:
            parts.append(
                "EXISTS (SELECT 1 FROM referral r WHERE r.consultation_id = consultation.id"
                f" AND r.deleted_at IS NULL AND r.partner_kind = :partner_{direction}"
                f" AND r.direction = '{direction}')"
            )
            params[f"partner_{direction}"] = partner
    if query.expert:
        parts.append("consultation.expert_kind <> 'none'")
    return " AND ".join(parts), params


def count(engine: Engine, query: ConsultationQuery) -> int:
    with engine.connect() as conn:
        where, params = _where(conn, query)
        return int(
            conn.execute(
                sa.text(f"SELECT count(*) FROM consultation WHERE {where}"), params
            ).scalar_one()
        )


def fetch_page(
    engine: Engine,
    query: ConsultationQuery,
    after: tuple[datetime, uuid.UUID] | None = None,
    limit: int = PAGE_SIZE,
) -> list[ConsultationRow]:
    """The next ``limit`` rows, newest first, after the row keyed ``after``."""
    with engine.connect() as conn:
        where, params = _where(conn, query, in_order=True)
        if after is not None:
            where += (
                " AND (consultation.started_at < :after_at OR (consultation.started_at = :after_at"
                " AND consultation.id < :after_id))"
            )
            params["after_at"] = after[0].strftime("%Y-%m-%d %H:%M:%S.%f")
            params["after_id"] = after[1].hex
        params["limit"] = limit
        params["excerpt"] = EXCERPT
        rows = conn.execute(sa.text(f"{PAGE_SQL} WHERE {where} {PAGE_ORDER}"), params).all()
    return [_row(r) for r in rows]


# One statement per page: the row, its firm's name, and its topics and consultants
# gathered by correlated subqueries (each an index lookup) rather than separate queries.
PAGE_SQL = (
    "SELECT consultation.id, consultation.started_at, consultation.firm_id,"
    " coalesce((SELECT name FROM firm WHERE firm.id = consultation.firm_id), ''),"
    " consultation.channel, substr(consultation.summary, 1, :excerpt),"
    " consultation.duration_min, consultation.followup_on,"
    " consultation.followup_done_at IS NOT NULL, consultation.expert_kind,"
    " (SELECT group_concat(topic, ',') FROM consultation_topic t"
    "  WHERE t.consultation_id = consultation.id),"
    # names may hold commas ("Smith, John"); the unit separator never passes validation
    " (SELECT group_concat(name, char(31)) FROM (SELECT p.name AS name"
    "  FROM consultation_consultant s"
    "  JOIN consultant p ON p.id = s.consultant_id WHERE s.consultation_id = consultation.id"
    "  ORDER BY p.name))"
    " FROM consultation"
)
PAGE_ORDER = "ORDER BY consultation.started_at DESC, consultation.id DESC LIMIT :limit"


def _row(r: Any) -> ConsultationRow:
    return ConsultationRow(
        id=uuid.UUID(hex=r[0]),
        started_at=_dt(r[1]),
        firm_id=_uuid(r[2]),
        firm_name=r[3],
        channel=r[4],
        topics=in_topic_order(r[10].split(",")) if r[10] else (),
        consultants=tuple(r[11].split("\x1f")) if r[11] else (),
        excerpt=" ".join(str(r[5]).split()),
        duration_min=int(r[6]),
        followup_on=date.fromisoformat(r[7]) if r[7] else None,
        followup_done=bool(r[8]),
        expert_kind=r[9],
    )


def _dt(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


# --- follow-ups ----------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    consultation_id: uuid.UUID
    firm_id: uuid.UUID | None
    firm_name: str
    due: date
    action: str
    started_at: datetime
    done_at: datetime | None
    done_by: str

    def state(self, today: date) -> str:
        if self.done_at is not None:
            return "done"
        if self.due < today:
            return "overdue"
        if self.due == today:
            return "today"
        return "upcoming"


def followups(
    engine: Engine,
    *,
    today: date,
    horizon_days: int = 30,
    include_done: bool = False,
    consultant_id: uuid.UUID | None = None,
) -> list[FollowUp]:
    """Open follow-ups due up to ``horizon_days`` ahead (overdue ones first), and done ones."""
    params: dict[str, Any] = {"until": (today + timedelta(days=horizon_days)).isoformat()}
    where = [
        "c.deleted_at IS NULL",
        "c.followup_on IS NOT NULL",
        "c.followup_on <= :until",
    ]
    if not include_done:
        where.append("c.followup_done_at IS NULL")
    if consultant_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM consultation_consultant s WHERE s.consultation_id = c.id"
            " AND s.consultant_id = :consultant)"
        )
        params["consultant"] = consultant_id.hex
    sql = (
        "SELECT c.id, c.firm_id, coalesce(f.name, ''), c.followup_on, c.followup_action,"
        " c.started_at, c.followup_done_at, coalesce(p.name, '')"
        " FROM consultation c LEFT JOIN firm f ON f.id = c.firm_id"
        " LEFT JOIN consultant p ON p.id = c.followup_done_by"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY c.followup_done_at IS NOT NULL, c.followup_on, c.started_at"
    )
    with engine.connect() as conn:
        return [
            FollowUp(
                consultation_id=uuid.UUID(hex=r[0]),
                firm_id=_uuid(r[1]),
                firm_name=r[2],
                due=date.fromisoformat(r[3]),
                action=r[4],
                started_at=_dt(r[5]),
                done_at=_dt(r[6]) if r[6] else None,
                done_by=r[7],
            )
            for r in conn.execute(sa.text(sql), params)
        ]


# --- a firm's timeline ---------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    kind: str  # consultation | milestone | assessment | playbook_step
    ref_id: uuid.UUID
    # Codes the UI turns into words, by kind: (channel,); (IP kind, status); (type,
    # stage); (playbook, step, state).
    codes: tuple[str, ...]
    detail: str
    topics: tuple[str, ...] = ()  # a consultation's, in the form's order


# Each kind of event as (id, when, codes, detail), in the order ties on time are listed;
# the codes come packed in one column, joined by "|" (a consultation's topics after the
# channel, joined by ",").
_TIMELINE_SQL: tuple[tuple[str, str], ...] = (
    (
        "consultation",
        "SELECT c.id, c.started_at, c.channel || '|' || coalesce((SELECT group_concat(topic, ',')"
        " FROM consultation_topic t WHERE t.consultation_id = c.id), ''), substr(c.summary, 1, 200)"
        " FROM consultation c WHERE c.firm_id = :firm AND c.deleted_at IS NULL"
        " ORDER BY c.started_at DESC LIMIT :limit",
    ),
    (
        "milestone",
        "SELECT m.id, m.happened_on, a.kind || '|' || m.status, a.title FROM ip_milestone m"
        " JOIN ip_asset a ON a.id = m.asset_id WHERE a.firm_id = :firm"
        " AND m.deleted_at IS NULL AND a.deleted_at IS NULL",
    ),
    (
        "assessment",
        "SELECT id, assessed_on, sme_type || '|' || stage, coalesce(override_reason, '')"
        " FROM assessment WHERE firm_id = :firm AND deleted_at IS NULL",
    ),
    (
        "playbook_step",
        "SELECT s.id, s.happened_on, r.playbook_key || '|' || s.step_key || '|' || s.state, s.note"
        " FROM playbook_step s JOIN playbook_run r ON r.id = s.run_id"
        " WHERE r.firm_id = :firm AND s.deleted_at IS NULL AND r.deleted_at IS NULL"
        " AND s.happened_on IS NOT NULL",
    ),
)


def timeline(engine: Engine, firm_id: uuid.UUID, *, limit: int = 1000) -> list[TimelineEntry]:
    """Everything that happened with a firm, newest first (at most ``limit`` consultations).

    A consultation's summary is cut to one line for the list; the rest is shown as kept.
    """
    params = {"firm": firm_id.hex, "limit": limit}
    entries: list[TimelineEntry] = []
    with engine.connect() as conn:
        for kind, sql in _TIMELINE_SQL:
            for ref, when, packed, detail in conn.execute(sa.text(sql), params):
                codes = tuple(str(packed).split("|"))
                topics: tuple[str, ...] = ()
                if kind == "consultation":
                    codes, topics = codes[:1], in_topic_order(filter(None, codes[1].split(",")))
                    detail = " ".join(str(detail).split())
                entries.append(
                    TimelineEntry(_dt(when), kind, uuid.UUID(hex=ref), codes, detail, topics)
                )
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


# --- global search -------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    kind: str  # firm | consultation
    id: uuid.UUID
    title: str
    detail: str
    when: datetime | None = None


FIRM_HIT, CONSULTATION_HIT = "firm", "consultation"  # SearchHit.kind
EXCERPT = 80  # characters of a consultation's text shown beside it in a search


def count_hits(engine: Engine, text: str, kinds: frozenset[str]) -> tuple[str, dict[str, int]]:
    """How many live firms and consultations :func:`search_all` would find for ``text``, for
    each kind in ``kinds``, counted without being read; ``text`` comes back with them, so a
    count that arrives after the words were changed can be told apart."""
    totals: dict[str, int] = {}
    if FIRM_HIT in kinds:
        with engine.connect() as conn:
            query = firm_list.FirmQuery(text=text)
            totals[FIRM_HIT] = firm_list.count(DriverConnection(conn), query)
    if CONSULTATION_HIT in kinds:
        totals[CONSULTATION_HIT] = count(engine, ConsultationQuery(text=text))
    return text, totals


def search_all(engine: Engine, text: str, *, limit: int = 50) -> list[SearchHit]:
    """Firms, then consultations (newest first) whose text contains ``text``.

    Confidential notes are not indexed, so they can never surface here.
    """
    if not search.normalize_query(text):
        return []
    with engine.connect() as conn:
        return _firm_hits(conn, text, limit) + _consultation_hits(conn, text, limit)


def _firm_hits(conn: Connection, text: str, limit: int) -> list[SearchHit]:
    condition, params = search.text_condition(DriverConnection(conn), "firm", text, in_order=True)
    if condition == search.NOTHING:  # no indexed text holds the word: no row to read
        return []
    rows = conn.execute(
        sa.text(
            "SELECT firm.id, firm.name, firm.name_kana, firm.city FROM firm"
            f" WHERE {condition} AND firm.deleted_at IS NULL"
            " ORDER BY firm.name_kana LIMIT :limit"
        ),
        {**params, "limit": limit},
    )
    return [SearchHit(FIRM_HIT, uuid.UUID(hex=r[0]), r[1], f"{r[2]} {r[3]}".strip()) for r in rows]


def _consultation_hits(conn: Connection, text: str, limit: int) -> list[SearchHit]:
    condition, params = search.text_condition(
        DriverConnection(conn), "consultation", text, in_order=True
    )
    if condition == search.NOTHING:
        return []
    rows = conn.execute(
        sa.text(
            "SELECT consultation.id, coalesce(f.name, ''), consultation.started_at,"
            f" {search.BODY_SQL['consultation']}"  # the very text the index matched
            " FROM consultation LEFT JOIN firm f ON f.id = consultation.firm_id"
            f" WHERE {condition} AND consultation.deleted_at IS NULL"
            " ORDER BY consultation.started_at DESC LIMIT :limit"
        ),
        {**params, "limit": limit},
    )
    return [
        SearchHit(
            CONSULTATION_HIT,
            uuid.UUID(hex=r[0]),
            r[1],
            excerpt(r[3], text),
            _dt(r[2]),
        )
        for r in rows
    ]


def excerpt(text: str, query: str, width: int = EXCERPT) -> str:
    """``width`` characters of ``text`` around the first place that holds ``query``, so
    that a hit shows why it was found (the word may be deep in a long summary, or in the
    outcome); the start of ``text`` when it does not hold the query as typed. Runs of
    white space read as one space."""
    flat = " ".join(text.split())
    at = flat.lower().find(search.normalize_query(query))
    lead = width // 10  # a few words before it, so that the word stays in view
    start = max(0, min(at - lead, len(flat) - width)) if at > 0 else 0
    end = start + width
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")

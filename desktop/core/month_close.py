"""Closing a month: what was sent to HQ, and what has changed since.

Exporting a month's HQ workbook records a ``MonthClose`` row with a snapshot of every
consultation row the workbook carried. The next export of that month compares the
current rows with the newest snapshot and lists each difference as an amendment
(added, changed field by field, removed), so HQ is never handed a silent rewrite of
figures it has already counted.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from db.clock import utcnow
from db.models import MonthClose
from desktop.core.reporting import CONSULTATION_FIELDS, Period, consultation_months

MC = MonthClose.__table__

JsonValue = str | int | None

CHANGE_ORDER = {"added": 0, "changed": 1, "removed": 2}


@dataclass(frozen=True)
class SentMonth:
    id: uuid.UUID
    period: str
    revision: int
    sent_at: datetime
    file_sha256: str
    data_sha256: str
    layout_version: str
    row_count: int


@dataclass(frozen=True)
class Snapshot:
    """The consultation rows of one sent workbook: id → values in ``fields`` order."""

    fields: tuple[str, ...]
    rows: dict[str, list[JsonValue]]

    def to_json(self) -> str:
        return json.dumps(
            {"fields": list(self.fields), "rows": self.rows},
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        data = json.loads(text or "{}")
        return cls(tuple(data.get("fields", ())), dict(data.get("rows", {})))


@dataclass(frozen=True)
class Amendment:
    """One difference between the last sent version of a month and now.

    ``change`` is ``added``, ``changed`` (one row per field) or ``removed``; for a
    removal ``detail`` says why: ``deleted``, ``moved:YYYY-MM`` or ``missing``.
    """

    consultation_id: str
    change: str
    field: str = ""
    old: str = ""
    new: str = ""
    detail: str = ""


def snapshot_value(value: Any) -> JsonValue:
    """The JSON form of a cell value, also what an amendment shows as text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


class SnapshotBuilder:
    """Collects rows while an export streams them, without holding the rows twice."""

    def __init__(self, fields: tuple[str, ...] = CONSULTATION_FIELDS) -> None:
        self.fields = fields
        self.rows: dict[str, list[JsonValue]] = {}

    def add(self, row: Mapping[str, Any]) -> None:
        key = str(row["consultation_id"])
        self.rows[key] = [snapshot_value(row[f]) for f in self.fields[1:]]

    def add_values(self, key: str, values: list[JsonValue]) -> None:
        """A row already in snapshot form: ``snapshot_value`` of each field after the id.

        The workbook writer converts every cell once for the sheet, the checksum and the
        snapshot together, and hands the snapshot's share here.
        """
        self.rows[key] = values

    def build(self) -> Snapshot:
        return Snapshot(self.fields, self.rows)


def _text(value: JsonValue) -> str:
    return "" if value is None else str(value)


def diff_snapshots(old: Snapshot, new: Snapshot) -> list[Amendment]:
    """Added, changed and removed rows between two snapshots (no reasons for removals).

    Only fields both snapshots know are compared, so a layout that gained a column does
    not report every row as changed.
    """
    old_idx = {f: i for i, f in enumerate(old.fields[1:])}
    new_idx = {f: i for i, f in enumerate(new.fields[1:])}
    common = [f for f in new.fields[1:] if f in old_idx]
    out: list[Amendment] = []
    for cid, values in new.rows.items():
        before = old.rows.get(cid)
        if before is None:
            out.append(Amendment(cid, "added"))
            continue
        for f in common:
            a, b = before[old_idx[f]], values[new_idx[f]]
            if a != b:
                out.append(Amendment(cid, "changed", f, _text(a), _text(b)))
    out.extend(Amendment(cid, "removed") for cid in old.rows if cid not in new.rows)
    field_order = {f: i for i, f in enumerate(new.fields)}
    out.sort(key=lambda a: (CHANGE_ORDER[a.change], a.consultation_id, field_order.get(a.field, 0)))
    return out


def amendments(engine: Engine, period: Period, old: Snapshot, new: Snapshot) -> list[Amendment]:
    """``diff_snapshots`` plus why each removed row left the month."""
    diff = diff_snapshots(old, new)
    removed = [a.consultation_id for a in diff if a.change == "removed"]
    where = consultation_months(engine, removed) if removed else {}
    out = []
    for a in diff:
        if a.change != "removed":
            out.append(a)
            continue
        found = where.get(a.consultation_id)
        if found is None:
            detail = "missing"
        elif found[1]:
            detail = "deleted"
        elif found[0] != period.label:
            detail = f"moved:{found[0]}"
        else:
            detail = "missing"
        out.append(Amendment(a.consultation_id, "removed", detail=detail))
    return out


def _sent(row: Any) -> SentMonth:
    return SentMonth(
        id=row.id,
        period=row.period,
        revision=int(row.revision),
        sent_at=row.sent_at,
        file_sha256=row.file_sha256,
        data_sha256=row.data_sha256,
        layout_version=row.layout_version,
        row_count=int(row.row_count),
    )


_SENT_COLS = (
    MC.c.id,
    MC.c.period,
    MC.c.revision,
    MC.c.sent_at,
    MC.c.file_sha256,
    MC.c.data_sha256,
    MC.c.layout_version,
    MC.c.row_count,
)


def last_sent(engine: Engine, period: str) -> SentMonth | None:
    """The newest live send of ``period`` ('YYYY-MM'), or None if it was never sent."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(*_SENT_COLS)
            .where(MC.c.period == period, MC.c.deleted_at.is_(None))
            .order_by(MC.c.revision.desc(), MC.c.sent_at.desc())
            .limit(1)
        ).one_or_none()
    return _sent(row) if row is not None else None


def sent_history(engine: Engine, period: str | None = None) -> list[SentMonth]:
    """Every live send, newest first; of one period when ``period`` is given."""
    query = sa.select(*_SENT_COLS).where(MC.c.deleted_at.is_(None))
    if period is not None:
        query = query.where(MC.c.period == period)
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(MC.c.period.desc(), MC.c.revision.desc())).all()
    return [_sent(r) for r in rows]


def is_sent(engine: Engine, when: date | datetime | str) -> bool:
    """Whether the month of ``when`` was already sent: edits to it become amendments."""
    period = when if isinstance(when, str) else f"{when.year:04d}-{when.month:02d}"
    return last_sent(engine, period) is not None


def load_snapshot(engine: Engine, close_id: uuid.UUID) -> Snapshot:
    with engine.connect() as conn:
        raw = conn.execute(sa.select(MC.c.snapshot).where(MC.c.id == close_id)).scalar_one()
    return Snapshot.from_json(raw)


def record_sent(
    engine: Engine,
    period: str,
    *,
    file_sha256: str,
    data_sha256: str,
    layout_version: str,
    snapshot: Snapshot,
    sent_at: datetime | None = None,
) -> SentMonth:
    """Record that ``period`` went to HQ; the revision follows the newest live send."""
    now = utcnow()
    with engine.begin() as conn:
        previous = conn.execute(
            sa.select(sa.func.max(MC.c.revision)).where(
                MC.c.period == period, MC.c.deleted_at.is_(None)
            )
        ).scalar_one()
        revision = int(previous or 0) + 1
        new_id = uuid.uuid4()
        conn.execute(
            MC.insert().values(
                id=new_id,
                created_at=now,
                updated_at=now,
                period=period,
                revision=revision,
                sent_at=sent_at or now,
                file_sha256=file_sha256,
                data_sha256=data_sha256,
                layout_version=layout_version,
                row_count=len(snapshot.rows),
                snapshot=snapshot.to_json(),
            )
        )
    found = last_sent(engine, period)
    assert found is not None and found.id == new_id
    return found


def snapshot_of(rows: Iterable[Mapping[str, Any]]) -> Snapshot:
    builder = SnapshotBuilder()
    for row in rows:
        builder.add(row)
    return builder.build()

"""Closing a month: a sent month's later edits reach HQ as amendments, never silently."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlmodel import Session

from db.clock import utcnow
from db.models import Consultation, ConsultationTopic, Firm, MonthClose
from desktop.core.month_close import (
    Amendment,
    Snapshot,
    diff_snapshots,
    is_sent,
    last_sent,
    load_snapshot,
    sent_history,
)
from desktop.exports.excel import export_monthly
from desktop.exports.hq import validate_workbook
from tests.unit.export_fixtures import MONTH, Seeded


def rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    wb = load_workbook(path)
    try:
        return [tuple(r) for r in wb[sheet].iter_rows(min_row=3, values_only=True)]
    finally:
        wb.close()


def meta(path: Path) -> dict[str, Any]:
    return {r[0]: r[1] for r in rows(path, "meta")}


def test_export_records_the_month_as_sent(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    assert not is_sent(engine, MONTH)
    out = tmp_path / "m.xlsx"
    result = export_monthly(engine, MONTH, out)
    sent = last_sent(engine, MONTH)
    assert sent is not None and result.recorded
    assert sent.revision == 1 and sent.row_count == 9
    assert sent.file_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert sent.data_sha256 == meta(out)["data_sha256"]
    assert sent.layout_version == meta(out)["layout_version"]
    assert abs((utcnow() - sent.sent_at).total_seconds()) < 60
    assert is_sent(engine, datetime(2026, 10, 31, 23, 0))
    assert not is_sent(engine, "2026-11")
    snap = load_snapshot(engine, sent.id)
    assert set(snap.rows) == {r[0] for r in rows(out, "consultations")}
    with Session(engine) as s:
        raw = s.get(MonthClose, sent.id)
        assert raw is not None
        for secret in seeded.secrets:
            assert secret not in raw.snapshot


def test_edits_after_sending_arrive_as_amendments(
    engine: Any, seeded: Seeded, tmp_path: Path
) -> None:
    first = tmp_path / "first.xlsx"
    export_monthly(engine, MONTH, first)
    ids = {k: str(v) for k, v in seeded.consultations.items()}
    with Session(engine) as s:
        c = s.get(Consultation, seeded.consultations["m_oct1"])
        assert c is not None
        c.duration_min = 75
        c.outcome = "特許出願を完了"
        gone = s.get(Consultation, seeded.consultations["s_oct"])
        assert gone is not None
        gone.deleted_at = utcnow()
        moved = s.get(Consultation, seeded.consultations["s_last"])
        assert moved is not None
        moved.started_at = datetime(2026, 11, 1, 9, 0)
        firm = s.get(Firm, seeded.firms["owari"])
        assert firm is not None
        firm.name = "尾張みかん生産者組合"
        late = Consultation(started_at=datetime(2026, 10, 30, 10, 0), channel="phone")
        s.add(late)
        s.flush()
        s.add(ConsultationTopic(consultation_id=late.id, topic="trademark"))
        s.commit()
        late_id = str(late.id)

    second = tmp_path / "second.xlsx"
    result = export_monthly(engine, MONTH, second)
    assert result.revision == 2 and result.recorded
    assert validate_workbook(second) == []
    m = meta(second)
    assert m["revision"] == 2
    assert m["amends_data_sha256"] == meta(first)["data_sha256"]
    assert m["amends_sent_at"].endswith("Z")
    found = {
        (r[0], r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or "")
        for r in rows(second, "amendments")
    }
    assert (ids["m_oct1"], "changed", "duration_min", "60", "75", "") in found
    assert (
        ids["m_oct1"],
        "changed",
        "outcome",
        "-30%のコスト削減見込み",
        "特許出願を完了",
        "",
    ) in found
    assert (ids["s_oct"], "removed", "", "", "", "deleted") in found
    assert (ids["s_last"], "removed", "", "", "", "moved:2026-11") in found
    assert (late_id, "added", "", "", "", "") in found
    renamed = {r for r in found if r[2] == "firm_name"}
    assert {(r[0], r[3], r[4]) for r in renamed} == {
        (ids["o_oct1"], "尾張みかん生産者協同組合", "尾張みかん生産者組合"),
        (ids["o_oct2"], "尾張みかん生産者協同組合", "尾張みかん生産者組合"),
    }
    assert len(found) == m["rows_amendments"] == 7
    # The full current month is in the file; the amendments say what moved.
    current = {r[0] for r in rows(second, "consultations")}
    assert late_id in current and ids["s_oct"] not in current

    third = tmp_path / "third.xlsx"
    assert export_monthly(engine, MONTH, third).amendments == 0
    assert meta(third)["revision"] == 3
    assert [s.revision for s in sent_history(engine, MONTH)] == [3, 2, 1]


def test_a_draft_records_nothing_and_hq_refuses_it(
    engine: Any, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "draft.xlsx"
    result = export_monthly(engine, MONTH, out, close_month=False)
    assert not result.recorded and result.status == "draft"
    assert last_sent(engine, MONTH) is None
    assert meta(out)["status"] == "draft"
    assert [p.code for p in validate_workbook(out)] == ["draft"]


def test_diff_compares_only_fields_both_snapshots_know() -> None:
    old = Snapshot(("consultation_id", "a", "b"), {"1": ["x", 1], "2": ["y", 2]})
    new = Snapshot(("consultation_id", "a", "b", "c"), {"1": ["x", 5, "new"], "3": ["z", 3, None]})
    assert diff_snapshots(old, new) == [
        Amendment("3", "added"),
        Amendment("1", "changed", "b", "1", "5"),
        Amendment("2", "removed"),
    ]
    assert Snapshot.from_json(new.to_json()) == new
    assert json.loads(new.to_json())["fields"] == ["consultation_id", "a", "b", "c"]

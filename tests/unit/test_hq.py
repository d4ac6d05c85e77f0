"""HQ side: validate workbooks as files and merge the valid ones nationally."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlmodel import Session

from db.migrate import open_database
from db.models import Consultation, ConsultationTopic, Referral, Setting
from desktop.exports.excel import export_monthly
from desktop.exports.hq import consolidate, validate_workbook
from tests.unit.export_fixtures import MONTH, Seeded


@pytest.fixture
def good(engine: Any, seeded: Seeded, tmp_path: Path) -> Path:
    out = tmp_path / "aichi-2026-10.xlsx"
    export_monthly(engine, MONTH, out)
    return out


def tokyo_workbook(tmp_path: Path) -> Path:
    """A second counter with its own database: Tokyo, two consultations in October."""
    engine = open_database(tmp_path / "tokyo.db").engine
    with Session(engine) as s:
        s.add(Setting(key="counter_name", value=json.dumps("東京都知財総合支援窓口")))
        s.add(Setting(key="prefecture_code", value=json.dumps("13")))
        for day, channel in ((6, "counter"), (7, "site_visit")):
            c = Consultation(started_at=datetime(2026, 10, day, 10, 0), channel=channel)
            s.add(c)
            s.flush()
            s.add(ConsultationTopic(consultation_id=c.id, topic="trademark"))
            s.add(Referral(consultation_id=c.id, partner_kind="yorozu", direction="from"))
        s.commit()
    out = tmp_path / "tokyo-2026-10.xlsx"
    export_monthly(engine, MONTH, out)
    engine.dispose()
    return out


def edited(src: Path, dst: Path, change: Any) -> Path:
    wb = load_workbook(src)
    change(wb)
    wb.save(dst)
    wb.close()
    return dst


def codes(path: Path) -> list[str]:
    return [p.code for p in validate_workbook(path)]


def test_a_fresh_workbook_validates(good: Path) -> None:
    assert validate_workbook(good) == []


def test_a_copy_resaved_unchanged_still_validates(good: Path, tmp_path: Path) -> None:
    assert codes(edited(good, tmp_path / "resaved.xlsx", lambda wb: None)) == []


def test_data_edited_after_export_fails_the_checksum(good: Path, tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        wb["consultations"]["D3"] = 61

    problems = validate_workbook(edited(good, tmp_path / "t.xlsx", change))
    assert [p.code for p in problems] == ["checksum"]
    assert "Checksum mismatch" in str(problems[0])


def test_a_missing_sheet_is_named(good: Path, tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        del wb["summary"]

    problems = validate_workbook(edited(good, tmp_path / "s.xlsx", change))
    assert [p.code for p in problems] == ["missing_sheet"]
    assert "'summary'" in str(problems[0])


def test_another_layout_version_is_refused(good: Path, tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["meta"]
        for row in ws.iter_rows(min_row=3):
            if row[0].value == "layout_version":
                row[1].value = "2.0"

    problems = validate_workbook(edited(good, tmp_path / "v.xlsx", change))
    assert [p.code for p in problems] == ["layout_version"]
    assert "'2.0'" in str(problems[0])


def test_types_duplicates_and_formulas_are_reported(good: Path, tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["consultations"]
        ws["B3"] = "2026/10/01"  # a date typed as text
        ws["D4"] = 45.5  # minutes must be whole
        ws["A5"] = ws["A4"].value  # the same consultation twice
        ws["T6"] = "=1+1"  # a real formula

    found = codes(edited(good, tmp_path / "x.xlsx", change))
    assert {"type", "duplicate", "formula", "checksum"} <= set(found)
    assert found.count("type") == 2


def test_row_counts_must_match_meta(good: Path, tmp_path: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["consultations"]
        ws.delete_rows(ws.max_row)

    assert {"row_count", "checksum"} <= set(codes(edited(good, tmp_path / "r.xlsx", change)))


def test_not_a_workbook(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("hello", encoding="utf-8")
    assert codes(junk) == ["unreadable"]


def test_consolidate_merges_the_valid_and_rejects_the_rest(good: Path, tmp_path: Path) -> None:
    tokyo = tokyo_workbook(tmp_path)

    def tamper(wb: Any) -> None:
        wb["consultations"]["D3"] = 999

    def drop(wb: Any) -> None:
        del wb["amendments"]

    def version(wb: Any) -> None:
        for row in wb["meta"].iter_rows(min_row=3):
            if row[0].value == "layout_version":
                row[1].value = "0.9"

    bad = [
        edited(good, tmp_path / "tampered.xlsx", tamper),
        edited(good, tmp_path / "no-amendments.xlsx", drop),
        edited(good, tmp_path / "old-layout.xlsx", version),
    ]
    out = tmp_path / "national.xlsx"
    result = consolidate([good, tokyo, *bad], out)
    assert not result.ok
    assert sorted(i.prefecture_code for i in result.accepted) == ["13", "23"]
    assert {p.name: [x.code for x in v] for p, v in result.rejected.items()} == {
        "tampered.xlsx": ["checksum"],
        "no-amendments.xlsx": ["missing_sheet"],
        "old-layout.xlsx": ["layout_version"],
    }
    assert result.rows == 9 + 2

    wb = load_workbook(out)
    assert wb.sheetnames == ["meta", "sources", "kpi", "consultations", "summary", "amendments"]
    cons = list(wb["consultations"].iter_rows(min_row=3, values_only=True))
    assert len(cons) == 11
    assert [r[0] for r in cons] == ["13"] * 2 + ["23"] * 9  # by month, then prefecture
    assert all(r[1] == MONTH for r in cons)
    kpi = {(r[0], r[1]): r[3:] for r in wb["kpi"].iter_rows(min_row=3, values_only=True)}
    assert kpi[("23", MONTH)][0] == 9 and kpi[("13", MONTH)][0] == 2
    assert kpi[("00", MONTH)][0] == 11  # national total
    assert kpi[("00", MONTH)][4] == 1 + 2  # referrals from Yorozu
    sources = {r[0]: r for r in wb["sources"].iter_rows(min_row=3, values_only=True)}
    assert sources["tampered.xlsx"][1] == "rejected" and "Checksum" in sources["tampered.xlsx"][8]
    assert sources["tokyo-2026-10.xlsx"][1] == "accepted"
    summary = list(wb["summary"].iter_rows(min_row=3, values_only=True))
    assert {r[0] for r in summary} == {"13", "23"}
    meta = {r[0]: r[1] for r in wb["meta"].iter_rows(min_row=3, values_only=True)}
    assert meta["sources_accepted"] == 2 and meta["sources_rejected"] == 3
    wb.close()


def test_a_newer_revision_supersedes_the_older(
    engine: Any, seeded: Seeded, good: Path, tmp_path: Path
) -> None:
    keep = tmp_path / "rev1.xlsx"
    shutil.copy(good, keep)
    newer = tmp_path / "rev2.xlsx"
    export_monthly(engine, MONTH, newer)
    result = consolidate([newer, keep], tmp_path / "n.xlsx")
    assert [i.path.name for i in result.accepted] == ["rev2.xlsx"]
    assert [p.code for p in result.rejected[keep]] == ["superseded"]


def test_the_same_file_named_twice_is_one_submission(good: Path, tmp_path: Path) -> None:
    import os

    out = tmp_path / "national.xlsx"
    relative = Path(os.path.relpath(good))
    result = consolidate([good, relative, good], out)
    assert result.ok and result.rejected == {}
    assert [i.prefecture_code for i in result.accepted] == ["23"] and result.rows == 9

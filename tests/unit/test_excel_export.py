"""The HQ monthly workbook and the fiscal-year workbook, read back from real files.

Every summary figure is checked against a count computed here, independently, with
plain SQL and Python over the SQLite file, so a wrong join or a forgotten soft delete
in the exporter cannot agree with itself.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import zipfile
from collections import Counter, defaultdict
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desktop.core.month_close import last_sent
from desktop.exports.common import ExportCancelled
from desktop.exports.excel import export_fiscal_year, export_monthly
from desktop.exports.layout import CONSULTATION_COLUMNS, LAYOUT_VERSION
from tests.unit.export_fixtures import (
    COUNTER_NAME,
    FORMULA_FIRM,
    FORMULA_TEXTS,
    MONTH,
    PREFECTURE,
    Seeded,
)

START, END = "2026-10-01", "2026-11-01"


@pytest.fixture
def workbook(engine: Any, seeded: Seeded, tmp_path: Path) -> Path:
    out = tmp_path / "hq-2026-10.xlsx"
    export_monthly(engine, MONTH, out)
    return out


def sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    wb = load_workbook(path)
    try:
        return [tuple(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()


def hexid(value: str) -> str:
    return value.replace("-", "")


# --- an independent oracle ----------------------------------------------------------------


def expected_figures(
    db: Path, start: str = START, end: str = END
) -> dict[tuple[str, str, str], int]:
    con = sqlite3.connect(db)
    try:
        return _oracle(con, start, end)
    finally:
        con.close()


def _oracle(con: sqlite3.Connection, start: str, end: str) -> dict[tuple[str, str, str], int]:
    exp: Counter[tuple[str, str, str]] = Counter()
    cons = con.execute(
        "SELECT id, firm_id, channel, expert_kind FROM consultation"
        " WHERE deleted_at IS NULL AND started_at >= ? AND started_at < ?",
        (start, end),
    ).fetchall()
    ids = {c[0] for c in cons}
    exp[("kpi", "consultations", "")] = len(cons)
    exp[("kpi", "site_visits", "")] = sum(1 for c in cons if c[2] == "site_visit")
    exp[("kpi", "expert_consultations", "")] = sum(1 for c in cons if c[3] != "none")
    exp[("kpi", "firms_served", "")] = len({c[1] for c in cons if c[1]})
    for c in cons:
        exp[("channel", c[2], "")] += 1
        if c[3] != "none":
            exp[("expert", c[3], "")] += 1
    channel_of = {c[0]: c[2] for c in cons}
    for cid, topic in con.execute("SELECT consultation_id, topic FROM consultation_topic"):
        if cid in ids:
            exp[("topic", topic, channel_of[cid])] += 1
            exp[("topic", topic, "total")] += 1
    yorozu: set[tuple[str, str]] = set()  # the KPI counts consultations, not referrals
    for cid, partner, direction in con.execute(
        "SELECT consultation_id, partner_kind, direction FROM referral WHERE deleted_at IS NULL"
    ):
        if cid in ids:
            exp[("referral", partner, direction)] += 1
            if partner == "yorozu":
                yorozu.add((cid, direction))
    for _cid, direction in yorozu:
        exp[("kpi", f"referrals_{direction}_yorozu", "")] += 1

    firms = {c[1] for c in cons if c[1]}
    assessments = defaultdict(list)
    for firm_id, on, created, kind, stage in con.execute(
        "SELECT firm_id, assessed_on, created_at, sme_type, stage FROM assessment"
        " WHERE deleted_at IS NULL"
    ):
        assessments[firm_id].append((on, created, kind, stage))
    for firm_id in firms:
        before = sorted(a for a in assessments[firm_id] if a[0] < end)
        cell = (
            (("A" if before[-1][2] == "challenger" else "B") + str(before[-1][3]))
            if before
            else "unassessed"
        )
        exp[("type_stage", cell, "firms")] += 1

    first: dict[str, str] = {}
    for firm_id, started in con.execute(
        "SELECT firm_id, started_at FROM consultation"
        " WHERE deleted_at IS NULL AND firm_id IS NOT NULL"
    ):
        first[firm_id] = min(first.get(firm_id, started), started)
    for firm_id in firms:
        exp[("firms", "new" if first[firm_id] >= start else "returning", "")] += 1
    exp[("firms", "no_firm", "")] = sum(1 for c in cons if c[1] is None)

    for status, kind in con.execute(
        "SELECT m.status, a.kind FROM ip_milestone m JOIN ip_asset a ON a.id = m.asset_id"
        " JOIN firm f ON f.id = a.firm_id WHERE m.deleted_at IS NULL AND a.deleted_at IS NULL"
        " AND f.deleted_at IS NULL AND m.status IN ('filed', 'registered')"
        " AND m.happened_on >= ? AND m.happened_on < ?",
        (start, end),
    ):
        exp[("ip", status, kind)] += 1
        exp[("ip", status, "total")] += 1

    live_firms = {r[0] for r in con.execute("SELECT id FROM firm WHERE deleted_at IS NULL")}
    movers = set()
    for firm_id, rows in assessments.items():
        if firm_id not in live_firms:
            continue
        ordered = sorted(rows)
        for prev, cur in itertools.pairwise(ordered):
            if prev[2] == "developing" and cur[2] == "challenger" and start <= cur[0] < end:
                movers.add(firm_id)
    exp[("transition", "developing_to_challenger", "")] = len(movers)

    for key, n in con.execute(
        "SELECT r.playbook_key, count(*) FROM playbook_step s"
        " JOIN playbook_run r ON r.id = s.run_id"
        " JOIN firm f ON f.id = r.firm_id WHERE s.deleted_at IS NULL AND r.deleted_at IS NULL"
        " AND f.deleted_at IS NULL AND s.state = 'done' AND s.happened_on >= ?"
        " AND s.happened_on < ? GROUP BY r.playbook_key",
        (start, end),
    ):
        exp[("playbook", "steps_done", key)] = n
        exp[("playbook", "steps_done", "total")] += n
    return {k: v for k, v in exp.items() if v}


def workbook_figures(path: Path) -> dict[tuple[str, str, str], int]:
    rows = sheet_rows(path, "summary")
    assert rows[0] == ("section", "item", "sub_item", "value", "label")
    return {(r[0], r[1], r[2] or ""): r[3] for r in rows[2:]}


# --- tests -------------------------------------------------------------------------------


def test_every_summary_figure_equals_an_independent_count(workbook: Path, db_path: Path) -> None:
    got = workbook_figures(workbook)
    expected = expected_figures(db_path)
    nonzero = {k: v for k, v in got.items() if v}
    assert nonzero == expected
    assert all(isinstance(v, int) for v in got.values())
    # The data set is built so that every kind of figure is exercised, and the
    # counter's KPIs lead the sheet.
    assert expected[("kpi", "consultations", "")] == 9
    assert expected[("transition", "developing_to_challenger", "")] == 1
    assert expected[("firms", "new", "")] == 3 and expected[("firms", "returning", "")] == 2
    assert expected[("kpi", "referrals_to_yorozu", "")] == 2
    assert expected[("referral", "yorozu", "to")] == 3  # one consultation names two centres
    assert expected[("kpi", "referrals_from_yorozu", "")] == 1
    assert expected[("ip", "filed", "total")] == 2
    assert expected[("playbook", "steps_done", "total")] == 3
    first = [r[1] for r in sheet_rows(workbook, "summary")[2:7]]
    assert first == [
        "consultations",
        "site_visits",
        "expert_consultations",
        "referrals_to_yorozu",
        "referrals_from_yorozu",
    ]


def test_consultation_rows_are_typed_and_complete(
    workbook: Path, db_path: Path, seeded: Seeded
) -> None:
    rows = sheet_rows(workbook, "consultations")
    assert list(rows[0]) == [c.key for c in CONSULTATION_COLUMNS]
    assert rows[1][0] == "相談ID" and rows[1][1] == "相談日"
    data = rows[2:]
    con = sqlite3.connect(db_path)
    live = {
        r[0]
        for r in con.execute(
            "SELECT id FROM consultation WHERE deleted_at IS NULL"
            " AND started_at >= ? AND started_at < ?",
            (START, END),
        )
    }
    con.close()
    assert {hexid(r[0]) for r in data} == live
    assert len(data) == len(live) == 9
    keys = [c.key for c in CONSULTATION_COLUMNS]
    for row in data:
        rec = dict(zip(keys, row, strict=True))
        assert isinstance(rec["date"], datetime) and rec["date"].time() == time()
        assert date(2026, 10, 1) <= rec["date"].date() <= date(2026, 10, 31)
        assert isinstance(rec["time"], time)
        assert isinstance(rec["duration_min"], int)
        assert rec["stage"] is None or isinstance(rec["stage"], int)
        assert rec["followup_on"] is None or isinstance(rec["followup_on"], datetime)
    by_id = {hexid(r[0]): dict(zip(keys, r, strict=True)) for r in data}
    last = by_id[hexid(str(seeded.consultations["s_last"]))]
    assert last["time"] == time(23, 30) and last["date"].day == 31
    assert hexid(str(seeded.consultations["m_nov"])) not in by_id
    assert hexid(str(seeded.consultations["r_gone"])) not in by_id
    first = by_id[hexid(str(seeded.consultations["m_oct1"]))]
    assert first["matrix_cell"] == "B1"  # assessed developing before, challenger later
    later = by_id[hexid(str(seeded.consultations["m_oct2"]))]
    assert (later["sme_type"], later["stage"], later["matrix_cell"]) == ("challenger", 2, "A2")
    assert first["topics"] == "patent;trade_secret"
    assert first["referrals"] == "yorozu:to:done"
    assert later["consultants"] == "佐藤 花子;山田 太郎"
    assert first["size_class"] == "sme" and first["corporate_number"] == "5180001002345"
    anon = by_id[hexid(str(seeded.consultations["anon_oct"]))]
    assert anon["outcome"] == "\t参加者 12名\n次回は1月 "  # CR folded, control char dropped
    assert anon["firm_id"] is None and anon["matrix_cell"] is None


def test_sheet_settings_for_people_and_printers(workbook: Path) -> None:
    wb = load_workbook(workbook)
    assert wb.sheetnames == ["meta", "consultations", "summary", "amendments", "codes"]
    for name in wb.sheetnames:
        ws = wb[name]
        assert ws.freeze_panes == "A3"
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A2:")
        assert ws.print_title_rows == "$1:$2"
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    cons = wb["consultations"]
    assert cons.auto_filter.ref == "A2:V11"
    assert cons.column_dimensions["I"].width >= 20  # firm name is readable
    wb.close()


def test_meta_sheet(workbook: Path) -> None:
    meta = {r[0]: r[1] for r in sheet_rows(workbook, "meta")[2:]}
    assert meta["layout_version"] == LAYOUT_VERSION
    assert meta["counter_name"] == COUNTER_NAME
    assert meta["prefecture_code"] == PREFECTURE
    assert meta["period"] == MONTH
    assert meta["status"] == "final" and meta["revision"] == 1
    assert meta["rows_consultations"] == 9
    assert meta["rows_summary"] == len(sheet_rows(workbook, "summary")) - 2
    assert meta["rows_amendments"] == 0
    assert meta["generated_at"].endswith("Z")
    assert meta["data_sha256"] == documented_checksum(workbook)


def _canon(v: Any) -> str:
    """The rule as docs/hq-workbook.md states it, written out again on purpose."""
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == time() else v.isoformat(sep=" ")
    if isinstance(v, time):
        return v.strftime("%H:%M:%S")
    return str(v)


def documented_checksum(path: Path) -> str:
    wb = load_workbook(path, read_only=True)
    digest = hashlib.sha256()
    for name in ("consultations", "summary", "amendments"):
        ws = wb[name]
        width = len(next(ws.iter_rows(min_row=1, max_row=1, values_only=True)))
        digest.update(f"{name}\x1d".encode())
        for row in ws.iter_rows(min_row=3, max_col=width, values_only=True):
            if all(v is None for v in row):
                continue
            digest.update(("\x1f".join(_canon(v) for v in row) + "\x1e").encode())
    wb.close()
    return digest.hexdigest()


def test_confidential_notes_never_reach_the_file(workbook: Path, seeded: Seeded) -> None:
    assert seeded.secrets
    with zipfile.ZipFile(workbook) as z:
        blob = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    for secret in seeded.secrets:
        assert secret not in blob
    assert "の相談概要" not in blob  # summaries stay at the counter too
    assert "株式会社三河精工" in blob  # (the check reads the right text at all)


def test_formula_looking_text_is_stored_as_text(workbook: Path) -> None:
    with zipfile.ZipFile(workbook) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        xml = {n: z.read(n).decode("utf-8") for n in sheets}
    for name, text in xml.items():
        assert "<f>" not in text and "<f " not in text, name
    rows = sheet_rows(workbook, "consultations")
    values = {v for r in rows[2:] for v in r if isinstance(v, str)}
    assert FORMULA_FIRM in values
    for text in FORMULA_TEXTS[:3]:
        assert text in values
    wb = load_workbook(workbook)
    cells = [c for r in wb["consultations"].iter_rows(min_row=3) for c in r]
    risky = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert len(risky) >= 4
    assert all(c.data_type == "s" for c in risky)
    assert all(c.quotePrefix for c in risky)
    wb.close()


def test_progress_and_cancel(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_monthly(
        engine,
        MONTH,
        tmp_path / "a.xlsx",
        close_month=False,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(d <= t for d, t in seen)

    out = tmp_path / "b.xlsx"
    with pytest.raises(ExportCancelled):
        export_monthly(engine, MONTH, out, cancel=lambda: True)
    assert not out.exists()
    assert list(tmp_path.glob(".b.xlsx*")) == []
    assert last_sent(engine, MONTH) is None


def test_fiscal_year_workbook_has_a_column_per_month(
    engine: Any, seeded: Seeded, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "fy2026.xlsx"
    export_fiscal_year(engine, 2026, out)
    rows = sheet_rows(out, "summary")
    months = [f"2026-{m:02d}" for m in range(4, 13)] + [f"2027-{m:02d}" for m in range(1, 4)]
    assert list(rows[0]) == ["section", "item", "sub_item", "label", *months, "fy_total"]
    assert rows[1][4] == "4月" and rows[1][15] == "3月"
    table = {(r[0], r[1], r[2] or ""): r[4:] for r in rows[2:]}
    for i, m in enumerate(months):
        y, mo = int(m[:4]), int(m[5:])
        end = f"{y + (mo == 12):04d}-{mo % 12 + 1:02d}-01"
        expected = expected_figures(db_path, f"{m}-01", end)
        column = {k: v[i] for k, v in table.items() if v[i]}
        assert column == expected, m
    year = expected_figures(db_path, "2026-04-01", "2027-04-01")
    assert {k: v[-1] for k, v in table.items() if v[-1]} == year
    assert table[("kpi", "consultations", "")][1] == 1  # May
    assert table[("kpi", "consultations", "")][-1] == 13
    meta = {r[0]: r[1] for r in sheet_rows(out, "meta")[2:]}
    assert meta["workbook_kind"] == "fiscal_year" and meta["period"] == "FY2026"


def test_a_bad_month_is_refused(engine: Any, tmp_path: Path) -> None:
    from desktop.core.errors import ValidationError

    with pytest.raises(ValidationError):
        export_monthly(engine, "2026-13", tmp_path / "x.xlsx")


def test_every_header_fits_its_column_beside_the_filter_button(
    engine: Any, seeded: Seeded, tmp_path: Path
) -> None:
    from desktop.exports.excel import FILTER_BUTTON, text_width

    out = export_monthly(engine, MONTH, tmp_path / "m.xlsx", close_month=False).path
    workbook = load_workbook(out)  # not read-only: column widths are read from the sheet
    checked = 0
    for sheet in workbook.worksheets:
        for cell in sheet[2]:
            if cell.value is None:
                continue
            width = sheet.column_dimensions[cell.column_letter].width
            assert width >= text_width(str(cell.value)) + FILTER_BUTTON, (sheet.title, cell.value)
            key = sheet.cell(1, cell.column).value
            assert width > text_width(str(key)), (sheet.title, key)
            checked += 1
    assert checked > 30 and text_width("都道府県コード") == 14

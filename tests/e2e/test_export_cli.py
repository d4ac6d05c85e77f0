"""The export, report and HQ commands as a user runs them: real processes, real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from db.migrate import open_database
from tests.e2e.cli import madoguchi
from tests.pdf_text import page_texts
from tests.unit.export_fixtures import MONTH, seed_counter

pytestmark = pytest.mark.slow


@pytest.fixture
def counter_db(tmp_path: Path) -> Path:
    path = tmp_path / "counter.db"
    engine = open_database(path).engine
    seed_counter(engine)
    engine.dispose()
    return path


def test_monthly_export_then_hq_validate_and_consolidate(counter_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "aichi-2026-10.xlsx"
    done = madoguchi("--db", counter_db, "export", "monthly", "--month", MONTH, "--out", out)
    assert done.returncode == 0, done.stderr
    assert "revision 1" in done.stdout and "9 consultation(s)" in done.stdout
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["meta", "consultations", "summary", "amendments", "codes"]
    wb.close()

    ok = madoguchi("hq", "validate", out)
    assert ok.returncode == 0 and ok.stdout.startswith("OK")

    tampered = tmp_path / "tampered.xlsx"
    wb = load_workbook(out)
    wb["consultations"]["D3"] = 1
    wb.save(tampered)
    bad = madoguchi("hq", "validate", tampered)
    assert bad.returncode == 1
    assert "INVALID" in bad.stdout and "Checksum mismatch" in bad.stdout

    national = tmp_path / "national.xlsx"
    merged = madoguchi("hq", "consolidate", out, tampered, "--out", national)
    assert merged.returncode == 1  # written, but one file was rejected
    assert "ACCEPTED" in merged.stdout and "REJECTED" in merged.stdout
    assert national.exists()

    again = madoguchi("--db", counter_db, "export", "monthly", "--month", MONTH, "--out", out)
    assert again.returncode == 0 and "revision 2" in again.stdout


def test_fiscal_year_and_pdf_reports(counter_db: Path, tmp_path: Path) -> None:
    fy = tmp_path / "fy.xlsx"
    done = madoguchi("--db", counter_db, "export", "fy", "--fy", "2026", "--out", fy)
    assert done.returncode == 0, done.stderr
    assert fy.exists()

    firm_pdf = tmp_path / "firm.pdf"
    done = madoguchi(
        "--db", counter_db, "report", "firm", "5180001002345", "--out", firm_pdf, "--lang", "en"
    )
    assert done.returncode == 0, done.stderr
    assert "株式会社三河精工" in page_texts(firm_pdf)[0]

    month_pdf = tmp_path / "month.pdf"
    done = madoguchi("--db", counter_db, "report", "monthly", "--month", MONTH, "--out", month_pdf)
    assert done.returncode == 0, done.stderr
    assert "月次支援実績" in page_texts(month_pdf)[0]


def test_bad_input_gets_a_clear_message(counter_db: Path, tmp_path: Path) -> None:
    done = madoguchi(
        "--db", counter_db, "export", "monthly", "--month", "2026-13", "--out", tmp_path / "x.xlsx"
    )
    assert done.returncode == 2 and "YYYY-MM" in done.stderr
    done = madoguchi("--db", counter_db, "report", "firm", "nobody", "--out", tmp_path / "x.pdf")
    assert done.returncode == 1 and "No such firm" in done.stderr

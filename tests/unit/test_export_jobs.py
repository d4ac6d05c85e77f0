"""The export dialog's one call, headless: each kind makes its file, a typo makes none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.exports.jobs import FIRM_PDF, FY_XLSX, KINDS, MONTHLY_PDF, MONTHLY_XLSX, run_export
from tests.pdf_text import page_texts
from tests.unit.export_fixtures import FY, MONTH, Seeded
from tests.unit.test_excel_export import sheet_rows


def meta(path: Path) -> dict[str, Any]:
    return {row[0]: row[1] for row in sheet_rows(path, "meta")[2:]}


def test_each_kind_makes_its_own_file(engine: Any, seeded: Seeded, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    firm_id = seeded.firms["mikawa"]
    options = {"month": MONTH, "draft": True, "fy": FY, "lang": "en", "internal": False}
    made = {
        kind: run_export(
            kind,
            engine,
            tmp_path / f"{kind}.{'pdf' if kind.endswith('pdf') else 'xlsx'}",
            {**options, "firm_id": firm_id},
            progress=lambda done, total: calls.append((done, total)),
            cancelled=lambda: False,
        )
        for kind in KINDS
    }
    assert meta(made[MONTHLY_XLSX])["period"] == MONTH
    assert meta(made[MONTHLY_XLSX])["status"] == "draft"  # a draft leaves the month open
    assert meta(made[FY_XLSX])["period"] == f"FY{FY}"
    assert "Support record" in "".join(page_texts(made[FIRM_PDF]))
    assert "Monthly support summary October 2026" in "".join(page_texts(made[MONTHLY_PDF]))
    assert calls, "the progress hook was never called"


def test_an_unknown_kind_is_refused_and_writes_nothing(engine: Any, tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(ValueError, match="firm-pdf"):
        run_export("firm-pdf", engine, target, {"lang": "en"})
    assert not target.exists()

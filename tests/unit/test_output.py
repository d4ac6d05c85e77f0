"""Files others open: written whole or not at all, with text that never runs as a formula.

The import's error report (CSV) and the HQ workbook (.xlsx) share one guard, so a cell
that one of them shows as typed, the other does too.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import Workbook, load_workbook

from desktop.core.backups import StorageError
from desktop.core.import_mapping import guess_mapping
from desktop.core.imports import check_import, read_table, write_issue_report
from desktop.core.output import FORMULA_TRIGGERS, atomic_output, inert, looks_like_formula
from desktop.exports.excel import SheetWriter
from desktop.exports.layout import Column

RISKY = [
    *(start + "1+1" for start in FORMULA_TRIGGERS),
    '=HYPERLINK("http://example.invalid","開く")',
    "\r\n=1+1",
]
PLAIN = ["株式会社テスト", "1+1", "a=b", "3000万", "１２人です"]


def test_only_a_formula_start_is_quoted() -> None:
    assert [inert(text) for text in RISKY] == ["'" + text for text in RISKY]
    assert [inert(text) for text in PLAIN] == PLAIN
    assert not any(looks_like_formula(text) for text in [*PLAIN, ""])


def test_the_report_and_the_workbook_guard_the_same_cells(
    engine: sa.Engine, tmp_path: Path
) -> None:
    # The import's report echoes each refused cell of a real file …
    source = tmp_path / "list.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["事業者名", "都道府県", "従業員数"])
        writer.writerows([f"会社{i}", "15", text] for i, text in enumerate(RISKY + PLAIN))
    table = read_table(source)
    check = check_import(engine, table, guess_mapping(table.headers))
    assert [issue.value for issue in check.issues] == RISKY + PLAIN  # each refused
    report = write_issue_report(check, tmp_path / "errors.csv")
    with report.open(encoding="utf-8-sig", newline="") as fh:
        echoed = [line[4] for line in list(csv.reader(fh))[1:]]
    assert echoed == ["'" + text for text in RISKY] + PLAIN

    # … and the HQ workbook writes the same texts as quote-prefixed string cells.
    wb = Workbook(write_only=True)
    sheet = SheetWriter(wb, "texts", [Column("text", title="テキスト")])
    for text in RISKY + PLAIN:
        sheet.append([text])
    sheet.close()
    wb.save(tmp_path / "texts.xlsx")
    cells = [row[0] for row in load_workbook(tmp_path / "texts.xlsx")["texts"].iter_rows(min_row=3)]
    assert all(cell.data_type == "s" for cell in cells)
    assert [cell.quotePrefix for cell in cells] == [True] * len(RISKY) + [False] * len(PLAIN)


def test_a_file_appears_only_when_it_is_complete(tmp_path: Path) -> None:
    out = tmp_path / "new folder" / "report.csv"
    with atomic_output(out) as tmp:
        tmp.write_text("done", encoding="utf-8")
        assert not out.exists()
    assert out.read_text(encoding="utf-8") == "done"
    with pytest.raises(RuntimeError), atomic_output(out) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("cancelled")
    assert out.read_text(encoding="utf-8") == "done"  # the old file, untouched
    assert list(out.parent.iterdir()) == [out]  # and no temporary file left behind


def test_a_report_that_cannot_be_written_leaves_nothing(engine: sa.Engine, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("事業者名,都道府県,従業員数\n会社,15,=1+1\n", encoding="utf-8")
    table = read_table(source)
    check = check_import(engine, table, guess_mapping(table.headers))
    taken = tmp_path / "errors.csv"
    taken.mkdir()  # a folder where the report should go
    before = sorted(tmp_path.iterdir())
    with pytest.raises(StorageError):
        write_issue_report(check, taken)
    assert sorted(tmp_path.iterdir()) == before

"""``SheetWriter.append``: the cell rules of the HQ workbook, checked on real files.

``append`` converts text, empty values and whole numbers inline, for speed, and leaves
everything else to ``_any_value``. The inline rules must give exactly what ``_any_value``
would, and what lands in the file must read back as the value the checksum was taken of:
HQ recomputes the checksum from the cells it reads, so a cell that reads back differently
from what was hashed makes a sound workbook look tampered with.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell

from desktop.core.month_close import SnapshotBuilder
from desktop.core.output import FORMULA_TRIGGERS
from desktop.exports import excel
from desktop.exports.excel import DATE_FORMAT, TIME_FORMAT, SheetWriter
from desktop.exports.layout import EXCEL_MAX_TEXT, Column, RowHasher

SHEET = "data"
KINDS = ("str", "int", "date", "time")


class RecordingHasher(RowHasher):
    """A real hasher that also keeps each row's checksum texts, to compare cell by cell."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[list[str]] = []

    def canonical_row(self, texts: Sequence[str]) -> None:
        self.texts.append(list(texts))
        super().canonical_row(texts)


def write(
    tmp_path: Path, columns: Sequence[Column], rows: Sequence[Sequence[Any]]
) -> tuple[Any, str]:
    """The sheet as openpyxl reads it back from a saved file, and the writer's checksum."""
    wb = Workbook(write_only=True)
    hasher = RowHasher()
    sheet = SheetWriter(wb, SHEET, columns, hasher=hasher)
    for row in rows:
        sheet.append(row)
    sheet.close()
    path = tmp_path / "sheet.xlsx"
    wb.save(path)
    return load_workbook(path)[SHEET], hasher.hexdigest()


def data_cells(ws: Any, width: int) -> list[list[Any]]:
    return [list(row) for row in ws.iter_rows(min_row=3, max_col=width)]


def checksum_of_file(ws: Any, width: int) -> str:
    """What HQ computes: the checksum of the values as read from the file."""
    hasher = RowHasher()
    hasher.sheet(SHEET)
    for row in ws.iter_rows(min_row=3, max_col=width, values_only=True):
        hasher.row(list(row))
    return hasher.hexdigest()


def test_formula_looking_text_is_stored_as_quoted_text(tmp_path: Path) -> None:
    risky = [
        *(trigger + "SUM(A1:A9)" for trigger in FORMULA_TRIGGERS),
        '=HYPERLINK("http://example.invalid","開く")',
        "-1",  # a negative number typed as text is still text, shown as typed
    ]
    ws, _ = write(tmp_path, [Column("text")], [[text] for text in risky])
    cells = [row[0] for row in data_cells(ws, 1)]
    assert [cell.data_type for cell in cells] == ["s"] * len(risky)
    assert all(cell.quotePrefix for cell in cells)
    # the text itself is kept; only a carriage return becomes a line feed, as XML reads it
    assert [cell.value for cell in cells] == [text.replace("\r", "\n") for text in risky]


def test_the_formula_check_looks_at_the_cleaned_text(tmp_path: Path) -> None:
    """A control character that cleaning removes must not smuggle a formula past the check."""
    ws, _ = write(tmp_path, [Column("text")], [["\x00=1+1"], ["\x01\x02+A1"], ["\r\n=1"]])
    cells = [row[0] for row in data_cells(ws, 1)]
    assert [cell.value for cell in cells] == ["=1+1", "+A1", "\n=1"]
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)


def test_text_that_only_contains_formula_characters_is_plain(tmp_path: Path) -> None:
    plain = [" =1+1", "a=b", "1+1", "x@example.invalid", "株式会社テスト", "3000万"]
    ws, _ = write(tmp_path, [Column("text")], [[text] for text in plain])
    cells = [row[0] for row in data_cells(ws, 1)]
    assert [cell.value for cell in cells] == plain
    assert [cell.data_type for cell in cells] == ["s"] * len(plain)
    assert not any(cell.quotePrefix for cell in cells)


def test_empty_text_none_and_text_that_cleans_to_nothing_leave_the_cell_empty(
    tmp_path: Path,
) -> None:
    columns = [Column("id"), Column("text"), Column("n", "int"), Column("d", "date")]
    rows = [["a", "", None, None], ["b", None, None, ""], ["c", "\x00\x01", None, None]]
    ws, digest = write(tmp_path, columns, rows)
    assert [[cell.value for cell in row] for row in data_cells(ws, 4)] == [
        ["a", None, None, None],
        ["b", None, None, None],
        ["c", None, None, None],
    ]
    assert digest == checksum_of_file(ws, 4)


def test_text_is_cleaned_the_way_it_reads_back(tmp_path: Path) -> None:
    long = "長" * (EXCEL_MAX_TEXT + 10)
    rows = [["a\x00b\x0bc"], ["一行目\r\n二行目\r三行目"], [long]]
    ws, digest = write(tmp_path, [Column("text")], rows)
    values = [row[0].value for row in data_cells(ws, 1)]
    assert values == ["abc", "一行目\n二行目\n三行目", "長" * EXCEL_MAX_TEXT]
    assert digest == checksum_of_file(ws, 1)


def test_numbers_are_numbers(tmp_path: Path) -> None:
    columns = [Column("id"), Column("n", "int")]
    rows = [["zero", 0], ["some", 42], ["negative", -7], ["large", 10**12], ["yes", True]]
    ws, _ = write(tmp_path, columns, rows)
    cells = [row[1] for row in data_cells(ws, 2)]
    assert [cell.value for cell in cells] == [0, 42, -7, 10**12, 1]
    assert [cell.data_type for cell in cells] == ["n"] * len(rows)
    assert not any(cell.quotePrefix for cell in cells)  # -7 is a number, not risky text


def test_a_decimal_is_kept_as_its_exact_text(tmp_path: Path) -> None:
    """Never through a float: 1.50 must not become 1.5, nor 0.1 become 0.1000000000000000055."""
    ws, digest = write(tmp_path, [Column("amount")], [[Decimal("1.50")], [Decimal("0.1")]])
    cells = [row[0] for row in data_cells(ws, 1)]
    assert [(cell.value, cell.data_type) for cell in cells] == [("1.50", "s"), ("0.1", "s")]
    assert digest == checksum_of_file(ws, 1)


def test_dates_and_times_are_styled_cells_in_their_own_columns(tmp_path: Path) -> None:
    columns = [Column("id"), Column("d", "date"), Column("t", "time"), Column("text")]
    day, moment = date(2025, 4, 1), time(9, 30)
    ws, digest = write(tmp_path, columns, [["a", day, moment, day], ["b", day, moment, moment]])
    rows = data_cells(ws, 4)
    for row in rows:
        assert row[1].value == datetime(2025, 4, 1) and row[1].number_format == DATE_FORMAT
        assert row[1].is_date
        assert row[2].value == moment and row[2].number_format == TIME_FORMAT
    # outside a date or time column, a date or time is written as its text
    assert [(rows[0][3].value, rows[0][3].data_type)] == [("2025-04-01", "s")]
    assert [(rows[1][3].value, rows[1][3].data_type)] == [("09:30:00", "s")]
    assert digest == checksum_of_file(ws, 4)


def test_a_datetime_in_a_date_column_keeps_its_time(tmp_path: Path) -> None:
    ws, _ = write(tmp_path, [Column("d", "date")], [[datetime(2025, 4, 1, 13, 45)]])
    cell = data_cells(ws, 1)[0][0]
    assert cell.value == datetime(2025, 4, 1, 13, 45) and cell.number_format == DATE_FORMAT


def test_one_shared_date_cell_serves_every_row_and_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The styled cell kept per distinct date is handed to openpyxl again and again,
    also twice in one row, and past the cache's limit each value gets a cell of its own."""
    monkeypatch.setattr(excel, "STYLED_CACHE_LIMIT", 2)
    days = [date(2025, 4, d) for d in (1, 2, 3, 1, 3, 2, 4)]
    columns = [Column("id"), Column("d", "date"), Column("again", "date"), Column("n", "int")]
    rows = [[str(i), day, day, i] for i, day in enumerate(days)]
    ws, digest = write(tmp_path, columns, rows)
    read = [[cell.value for cell in row] for row in data_cells(ws, 4)]
    expected_days = [datetime(day.year, day.month, day.day) for day in days]
    assert read == [[str(i), d, d, i] for i, d in enumerate(expected_days)]
    assert all(row[3].number_format == "General" for row in data_cells(ws, 4))  # no style leak
    assert digest == checksum_of_file(ws, 4)


def test_values_past_the_last_column_are_left_out(tmp_path: Path) -> None:
    ws, digest = write(tmp_path, [Column("a"), Column("b")], [["1", "2", "=SUM(A1)", 9]])
    assert ws.max_column == 2
    assert [cell.value for cell in data_cells(ws, 2)[0]] == ["1", "2"]
    assert digest == checksum_of_file(ws, 2)


def test_a_mixed_sheet_reads_back_to_its_checksum(tmp_path: Path) -> None:
    """The layout's kinds with the values they hold, hashed once on writing, once on reading."""
    columns = [
        Column("id"),
        Column("text"),
        Column("n", "int"),
        Column("d", "date"),
        Column("t", "time"),
    ]
    rows = [
        ["1", "=1+1", 0, date(2025, 4, 1), time(9, 30)],
        ["2", "\r\n@x", -5, date(2025, 4, 1), time(23, 59, 59, 700000)],
        ["3", "", None, None, None],
        ["4", "普通の文字", 10**9, date(2024, 2, 29), time(0, 0)],
    ]
    ws, digest = write(tmp_path, columns, rows)
    assert digest == checksum_of_file(ws, len(columns))


def describe(cell: Any) -> tuple[Any, ...]:
    """What openpyxl will write for a value that ``append`` hands over."""
    if isinstance(cell, Cell):
        return ("cell", cell.value, cell.data_type, cell.quotePrefix, cell.number_format)
    return ("value", type(cell), cell)


EDGE_VALUES: list[Any] = [
    None,
    "",
    "text",
    "\x00",
    "a\x00b",
    "x\r\ny",
    *(trigger + "1" for trigger in FORMULA_TRIGGERS),
    "\x00=1",
    " =1",
    "長" * (EXCEL_MAX_TEXT + 1),
    0,
    7,
    -3,
    True,
    False,
    2.0,
    1.5,
    Decimal("1.50"),
    date(2025, 4, 1),
    datetime(2025, 4, 1),
    datetime(2025, 4, 1, 9, 30, 15, 250000),
    time(9, 30),
    time(9, 30, 40, 600000),
]


@pytest.mark.parametrize("kind", KINDS)
def test_the_inline_rules_give_what_any_value_gives(kind: str, tmp_path: Path) -> None:
    """Cell, checksum text and snapshot value, for every value in every kind of column."""
    wb = Workbook(write_only=True)
    hasher = RecordingHasher()
    snapshot = SnapshotBuilder(("id", "value"))
    sheet = SheetWriter(
        wb, SHEET, [Column("id"), Column("value", kind)], hasher=hasher, snapshot=snapshot
    )
    handed: list[list[Any]] = []
    write_row = sheet.ws.append

    def record(row: list[Any]) -> None:
        handed.append(list(row))
        write_row(row)

    sheet.ws.append = record  # type: ignore[method-assign]
    for number, value in enumerate(EDGE_VALUES):
        sheet.append([str(number), value])
    sheet.close()
    wb.save(tmp_path / "edge.xlsx")  # what was handed over is also a file openpyxl accepts
    for number, value in enumerate(EDGE_VALUES):
        cell, text, snapped = sheet._any_value(value, kind)
        assert describe(handed[number][1]) == describe(cell), repr(value)
        assert hasher.texts[number][1] == text, repr(value)
        assert snapshot.rows[str(number)] == [snapped], repr(value)

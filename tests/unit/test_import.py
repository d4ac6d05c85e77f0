"""Importing firms: mapping, encodings, all-or-nothing, duplicates, reports, failing storage."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import Workbook
from sqlmodel import Session, select

from db.engine import make_engine
from db.models import AuditEntry, Firm
from desktop.core import backups, firms
from desktop.core.backups import StorageError
from desktop.core.calendar import ERAS, era_of
from desktop.core.catalogue import translator
from desktop.core.firms import FirmInput
from desktop.core.import_mapping import (
    MappingError,
    apply_overrides,
    field_for_header,
    guess_mapping,
    parse_year,
)
from desktop.core.imports import (
    ImportCancelled,
    ImportFileError,
    ImportRejected,
    check_import,
    import_firms,
    read_table,
    write_issue_report,
)
from desktop.core.validation import MAX_EMPLOYEES, MAX_YEN
from tests.unit.export_fixtures import corporate_number
from tests.unit.test_backup import read_only

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 10, 0)
HEADERS = [
    "No.",
    "事業者名",
    "フリガナ",
    "法人番号",
    "都道府県",
    "市区町村",
    "郵便番号",
    "電話番号",
    "業種",
    "従業員数",
    "資本金",
    "設立年",
    "備考",
]


def number(i: int) -> str:
    return corporate_number(f"{150000000000 + i:012d}")


def row(i: int) -> list[str]:
    return [
        str(i),
        f"株式会社テスト{i:03d}",
        f"テスト{i:03d}",
        number(i),
        "新潟県",
        "燕市",
        "959-1200",
        "0256-00-0000",
        "E",
        f"{10 + i}人",
        "3000万",
        "1978",
        "",
    ]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["事業者一覧（令和8年度）"])
        writer.writerow([])
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return path


def live_firms(engine: sa.Engine) -> list[Firm]:
    with Session(engine) as s:
        return list(s.exec(select(Firm).where(Firm.deleted_at.is_(None))))  # type: ignore[union-attr]


def audit_count(engine: sa.Engine) -> int:
    with Session(engine) as s:
        return len(s.exec(select(AuditEntry)).all())


def check_file(engine: sa.Engine, path: Path, **kw: object):  # type: ignore[no-untyped-def]
    table = read_table(path)
    return check_import(engine, table, guess_mapping(table.headers), today=TODAY, **kw)  # type: ignore[arg-type]


# --- mapping ----------------------------------------------------------------------------


def test_mapping_is_guessed_from_japanese_and_english_headers() -> None:
    assert guess_mapping(HEADERS) == {
        1: "name",
        2: "name_kana",
        3: "corporate_number",
        4: "prefecture",
        5: "city",
        6: "postal_code",
        7: "phone",
        8: "industry",
        9: "employees",
        10: "capital_yen",
        11: "founded_year",
        12: "notes",
    }
    english = ["Company Name", "Kana", "Corporate Number", "Prefecture", "City", "ZIP", "TEL"]
    assert list(guess_mapping(english).values()) == [
        "name",
        "name_kana",
        "corporate_number",
        "prefecture",
        "city",
        "postal_code",
        "phone",
    ]
    assert field_for_header("会社名（フリガナ）") == "name_kana"
    assert field_for_header("資本金（千円）") == "capital_yen"
    assert field_for_header("ＴＥＬ") == "phone"  # full-width
    assert field_for_header("名称") == "name" and field_for_header("No.") is None
    assert guess_mapping(["会社名", "名称"]) == {0: "name"}  # first column wins


def test_mapping_overrides() -> None:
    mapping = guess_mapping(HEADERS)
    changed = apply_overrides(mapping, ["備考=main_products", "D=-", "1=notes"], HEADERS)
    assert changed[12] == "main_products" and 3 not in changed and changed[0] == "notes"
    with pytest.raises(MappingError, match="No column"):
        apply_overrides(mapping, ["住所=address"], HEADERS)
    with pytest.raises(MappingError, match="Unknown field"):
        apply_overrides(mapping, ["備考=memo"], HEADERS)


def test_years_as_japanese_offices_write_them() -> None:
    assert parse_year("昭和53年") == (1978, None)
    assert parse_year("S53") == (1978, None)
    assert parse_year("令和元年") == (2019, None)
    assert parse_year("１９７８年") == (1978, None)
    assert parse_year("1978/04/01") == (1978, None)
    assert parse_year("1978年4月") == (1978, None)
    year, message = parse_year("2019-02-30")  # an impossible date is not a year
    assert year is None and message is not None
    assert message.render() == "There is no such date."
    assert parse_year("1978.5") == (1978, None)  # May 1978, as résumés write it
    assert parse_year("昭和")[1] is not None


# Years written in an era, by the calendar year they are; the boundary years are written
# in both eras, since an era changed within them.
ERA_YEARS = {
    2019: ("平成31年", "H31", "令和元年", "R1"),  # 令和 from 1 May 2019
    2020: ("令和2年", "ｒ２年"),
    1989: ("昭和64年", "S64", "平成元年", "H1"),  # 平成 from 8 January 1989
    1990: ("平成2年",),
    1926: ("大正15年", "昭和元年"),
    1912: ("明治45年", "大正元年"),
    1868: ("明治元年",),
}


@pytest.mark.parametrize(
    ("text", "year"), [(text, year) for year, texts in ERA_YEARS.items() for text in texts]
)
def test_era_years_across_the_boundaries(text: str, year: int) -> None:
    assert parse_year(text) == (year, None)


def test_the_import_reads_every_era_the_calendar_knows() -> None:
    for start, name, initial in ERAS:
        assert parse_year(f"{name}元年") == (start.year, None)
        assert parse_year(f"{initial}2") == (start.year + 1, None)
        assert era_of(date(start.year + 1, 12, 31)) == (name, 2)


def test_era_years_import_from_a_file(engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "eras.csv"
    years = {"平成31年": 2019, "令和元年": 2019, "H1": 1989, "昭和64年": 1989, "R8": 2026}
    lines = [f"会社{i},15,{text}" for i, text in enumerate([*years, "R9"])]
    path.write_text("\n".join(["会社名,都道府県,設立年", *lines]) + "\n", encoding="utf-8")
    check = check_file(engine, path)
    # 令和9年 is 2027, after TODAY: refused by the form's rule, so nothing is imported.
    assert [(i.row, i.column, i.message.render()) for i in check.issues] == [
        (7, "設立年", "The founding year cannot be in the future.")
    ]
    with pytest.raises(ImportRejected):
        import_firms(engine, check, now=NOW)
    assert live_firms(engine) == []
    path.write_text("\n".join(["会社名,都道府県,設立年", *lines[:-1]]) + "\n", encoding="utf-8")
    check = check_file(engine, path)
    assert check.ok
    import_firms(engine, check, now=NOW)
    stored = {f.name: f.founded_year for f in live_firms(engine)}
    assert stored == {f"会社{i}": year for i, year in enumerate(years.values())}


# --- reading ----------------------------------------------------------------------------


def test_header_row_found_below_a_title_and_rows_keep_their_numbers(tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "list.csv", [row(1), row(2)]))
    assert table.header_row == 3 and table.headers[1] == "事業者名"
    assert table.row_numbers == (4, 5)
    assert table.encoding == "utf-8-sig"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp932"])
def test_csv_encodings_japanese_excel_writes(
    engine: sa.Engine, tmp_path: Path, encoding: str
) -> None:
    rows = [row(1), row(2)]
    rows[0][1] = "髙橋製作所①"  # characters only cp932 (not plain Shift_JIS) has
    path = write_csv(tmp_path / f"{encoding}.csv", rows, encoding)
    table = read_table(path)
    assert table.encoding == encoding
    check = check_import(engine, table, guess_mapping(table.headers), today=TODAY)
    assert check.ok, [i.message.render() for i in check.issues]
    import_firms(engine, check, now=NOW)
    assert {f.name for f in live_firms(engine)} == {"髙橋製作所①", "株式会社テスト002"}


def test_tab_separated_utf16_text(engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    lines = ["\t".join(HEADERS), "\t".join(row(1))]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    table = read_table(path)
    assert table.encoding == "utf-16" and table.headers[1] == "事業者名"
    assert check_import(engine, table, guess_mapping(table.headers), today=TODAY).ok


def test_xlsx_with_numbers_dates_and_units_reads_back(engine: sa.Engine, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["取引先一覧"])
    ws.append(["会社名", "法人番号", "都道府県", "郵便番号", "従業員数", "資本金（千円）", "設立"])
    ws.append(["株式会社燕精工", int(number(1)), 15, 9591200, 45, 30000, datetime(1978, 4, 1)])
    ws.append(["有限会社三条", None, "Niigata", "〒955-0000", "12名", "300万円", "S53"])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.encoding == "xlsx" and table.header_row == 2 and table.row_numbers == (3, 4)
    check = check_import(engine, table, guess_mapping(table.headers), today=TODAY)
    assert check.ok, [(i.row, i.message.render()) for i in check.issues]
    import_firms(engine, check, now=NOW)
    by_name = {f.name: f for f in live_firms(engine)}
    first = by_name["株式会社燕精工"]
    assert first.corporate_number == number(1) and first.prefecture_code == "15"
    assert first.postal_code == "959-1200" and first.capital_yen == 30_000_000
    assert first.employees == 45 and first.founded_year == 1978
    second = by_name["有限会社三条"]
    assert second.corporate_number is None and second.postal_code == "955-0000"
    assert second.employees == 12 and second.capital_yen == 3_000_000
    assert second.founded_year == 1978


def test_files_that_are_not_tables_are_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read_table(fake)
    with pytest.raises(ImportFileError, match="Choose an Excel workbook"):
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(b"%PDF-1.4")
        read_table(pdf)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n\r\n")
    with pytest.raises(ImportFileError, match="no rows"):
        read_table(empty)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"name\n" + bytes([0x82, 0xFF, 0xFE]) + b"\n")
    with pytest.raises(ImportFileError, match="encoding"):
        read_table(latin)


# --- all or nothing ------------------------------------------------------------------------


def test_three_bad_rows_among_fifty_reject_the_whole_file(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    rows = [row(i) for i in range(1, 51)]
    rows[6][3] = rows[6][3][:-1] + str((int(rows[6][3][-1]) + 1) % 10)  # check digit off
    rows[22][9] = "たくさん"  # not a number
    rows[40][11] = "2019-02-30"  # no such day
    path = write_csv(tmp_path / "fifty.csv", rows)

    check = check_file(engine, path)

    # Data starts at row 4 of the file (title, blank, header above it).
    assert [(i.row, i.column, i.severity) for i in check.issues] == [
        (10, "法人番号", "error"),
        (26, "従業員数", "error"),
        (44, "設立年", "error"),
    ]
    messages = [i.message.render() for i in check.issues]
    assert messages == [
        "The check digit does not match: please check the Corporate Number.",
        "Enter a whole number.",
        "There is no such date.",
    ]
    assert check.error_rows == 3 and not check.ok
    with pytest.raises(ImportRejected) as caught:
        import_firms(engine, check, now=NOW)
    assert caught.value.message.render().startswith("Nothing was imported: 3 row(s) have errors")
    assert live_firms(engine) == [] and audit_count(engine) == 0
    assert backups.list_backups(db_path) == []  # a rejected import is not worth a backup

    report = write_issue_report(check, tmp_path / "errors.csv")
    with report.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == ["Row", "Column", "Severity", "Problem", "Value in the file"]
    assert [line[0] for line in lines[1:]] == ["10", "26", "44"]
    assert lines[2][4] == "たくさん"


def test_a_good_file_is_written_in_one_go_after_a_backup(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    firms.create_firm(engine, FirmInput(name="既存の会社", prefecture_code="15"))
    check = check_file(engine, write_csv(tmp_path / "ok.csv", [row(i) for i in range(1, 51)]))
    assert check.ok and len(check.to_create) == 50
    dry = import_firms(engine, check, dry_run=True, now=NOW)
    assert dry.created == 0 and len(live_firms(engine)) == 1 and dry.backup is None
    result = import_firms(engine, check, now=NOW, actor="佐藤 花子")
    assert result.created == 50 and len(live_firms(engine)) == 51
    assert result.backup is not None and "_pre-import" in result.backup.name
    conn = sqlite3.connect(result.backup)
    assert conn.execute("SELECT count(*) FROM firm").fetchone()[0] == 1  # the state before
    conn.close()
    assert audit_count(engine) == 51
    found = firms.find_firm_ids(engine, firms.FirmQuery(text="テスト050"))
    assert len(found) == 1  # the search index saw them


def test_duplicates_against_the_register_and_inside_the_file(
    engine: sa.Engine, tmp_path: Path
) -> None:
    firms.create_firm(
        engine, FirmInput(name="株式会社燕精工", prefecture_code="15", corporate_number=number(1))
    )
    firms.create_firm(engine, FirmInput(name="山田商店", prefecture_code="15"))
    rows = [row(i) for i in range(1, 6)]
    rows[0][1] = "燕精工（旧社名）"  # same number as the registered firm → error
    rows[1][1], rows[1][3] = "山田　商店", ""  # same name (full-width space) → warning
    rows[3][3] = rows[2][3]  # same number twice in the file → error on the later row
    rows[4][1] = rows[2][1]  # same name as another row, different number → not a duplicate
    rows.append(row(7))
    rows[-1][1], rows[-1][3] = rows[1][1], ""  # same name twice, no numbers → warning
    check = check_file(engine, write_csv(tmp_path / "dups.csv", rows))
    found = [(i.row, i.field, i.severity, i.message.render()) for i in check.issues]
    assert found == [
        (4, "corporate_number", "error", "Already registered with this number: 株式会社燕精工."),
        (
            5,
            "name",
            "warning",
            "A firm with this name is registered already; this row adds another. "
            "Check that it is a different firm.",
        ),
        (7, "corporate_number", "error", "Row 6 of the file has the same number."),
        (
            9,
            "name",
            "warning",
            "A firm with this name is registered already; this row adds another. "
            "Check that it is a different firm.",
        ),
        (9, "name", "warning", "Row 5 of the file has the same name."),
    ]

    skipping = check_file(engine, write_csv(tmp_path / "dups.csv", rows), existing="skip")
    assert [(i.row, i.severity) for i in skipping.issues] == [
        (4, "skipped"),
        (5, "skipped"),
        (7, "error"),
        (9, "skipped"),
    ]


def test_skip_mode_imports_only_what_is_new(engine: sa.Engine, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [row(i) for i in range(1, 4)])
    import_firms(engine, check_file(engine, path), now=NOW)
    path = write_csv(tmp_path / "list.csv", [row(i) for i in range(1, 6)])
    check = check_file(engine, path, existing="skip")
    assert check.ok and len(check.skipped) == 3 and len(check.to_create) == 2
    assert import_firms(engine, check, now=NOW).created == 2
    assert len(live_firms(engine)) == 5


def test_prefecture_from_the_counter_when_the_list_has_none(
    engine: sa.Engine, tmp_path: Path
) -> None:
    path = tmp_path / "no-pref.csv"
    path.write_text("会社名,市区町村\n株式会社燕精工,燕市\n", encoding="utf-8")
    table = read_table(path)
    without = check_import(engine, table, guess_mapping(table.headers), today=TODAY)
    assert [i.message.render() for i in without.issues] == [
        "No prefecture: map a column to Prefecture or set the counter's prefecture."
    ]
    with_default = check_import(
        engine, table, guess_mapping(table.headers), default_prefecture="15", today=TODAY
    )
    assert with_default.ok and with_default.plans[0].data.prefecture_code == "15"


def test_prefecture_names_codes_and_english(engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "prefs.csv"
    values = [
        "13",
        "1",
        "東京都",
        "北海道",
        "大阪",
        "Kyoto",
        "niigata-ken",
        "Tokyo Prefecture",
        "火星",
    ]
    path.write_text(
        "会社名,都道府県\n" + "".join(f"会社{i},{v}\n" for i, v in enumerate(values)),
        encoding="utf-8",
    )
    check = check_file(engine, path)
    codes = [p.data.prefecture_code for p in check.plans]
    assert codes == ["13", "01", "13", "01", "27", "26", "15", "13"]
    assert [(i.row, i.message.render()) for i in check.issues] == [(10, "Unknown prefecture.")]


def test_a_cell_excel_shortened_is_explained(engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "sci.csv"
    path.write_text("会社名,法人番号,都道府県\nA社,7.00001E+12,15\nB社,7.000012050002E+12,15\n")
    check = check_file(engine, path)
    assert [i.row for i in check.issues] == [2]
    assert "shortened this number to 7.00001E+12" in check.issues[0].message.render()
    assert check.plans[0].data.corporate_number == "7000012050002"


# --- numbers: the firm form's limits ---------------------------------------------------------

LIMIT_HEADERS = ["事業者名", "都道府県", "従業員数", "資本金", "下請比率", "設立年"]


def form_errors(**values: object) -> dict[str, object]:
    """What the firm form says about these numbers (the form saves through ``validate``)."""
    data = FirmInput(name="x", prefecture_code="15", **values)  # type: ignore[arg-type]
    return dict(firms.validate(data, today=TODAY))


def write_plain_csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([headers, *rows])
    return path


def test_numbers_up_to_the_forms_limits_import_and_one_more_is_refused(
    engine: sa.Engine, tmp_path: Path
) -> None:
    largest = ["上限株式会社", "15", str(MAX_EMPLOYEES), str(MAX_YEN), "100", str(TODAY.year)]
    smallest = ["下限株式会社", "15", "0", "0", "0", "1600"]
    limits = {"employees": MAX_EMPLOYEES, "capital_yen": MAX_YEN, "subcontract_share": 100}
    assert form_errors(**limits, founded_year=TODAY.year) == {}  # the form accepts them
    over = [
        ("従業員数", "employees", MAX_EMPLOYEES + 1),
        ("資本金", "capital_yen", MAX_YEN + 1),
        ("下請比率", "subcontract_share", 101),
        ("設立年", "founded_year", TODAY.year + 1),
        ("設立年", "founded_year", 1599),
    ]
    rows = [largest, smallest]
    for i, (header, _key, value) in enumerate(over):
        cells = list(largest)
        cells[0], cells[LIMIT_HEADERS.index(header)] = f"超過{i}株式会社", str(value)
        rows.append(cells)
    path = write_plain_csv(tmp_path / "limits.csv", LIMIT_HEADERS, rows)

    check = check_file(engine, path)

    # Row 1 is the header: the two rows at the limits pass, each row past one is refused
    # at that column with the form's own message (and so the form's translation).
    assert [(i.row, i.column, i.severity, i.value) for i in check.issues] == [
        (4 + i, header, "error", str(value)) for i, (header, _key, value) in enumerate(over)
    ]
    for issue, (_header, key, value) in zip(check.issues, over, strict=True):
        assert issue.message == form_errors(**{key: value})[key]
    assert check.issues[1].message.render() == "Too large: at most 10,000,000,000,000,000."
    assert check.issues[1].message.render(translator("ja")) == (
        "10,000,000,000,000,000 以下で入力してください。"
    )
    with pytest.raises(ImportRejected):
        import_firms(engine, check, now=NOW)
    assert live_firms(engine) == [] and audit_count(engine) == 0

    path = write_plain_csv(tmp_path / "limits.csv", LIMIT_HEADERS, rows[:2])
    check = check_file(engine, path)
    assert check.ok, [i.message.render() for i in check.issues]
    import_firms(engine, check, now=NOW)
    stored = {f.name: f for f in live_firms(engine)}
    top = stored["上限株式会社"]
    assert (top.employees, top.capital_yen, top.subcontract_share, top.founded_year) == (
        MAX_EMPLOYEES,
        MAX_YEN,
        100,
        TODAY.year,
    )
    low = stored["下限株式会社"]
    assert (low.employees, low.capital_yen, low.subcontract_share, low.founded_year) == (
        0,
        0,
        0,
        1600,
    )


@pytest.mark.parametrize(
    ("header", "at_limit", "past_limit"),
    [
        # A spreadsheet keeps 15 significant digits and writes 10^16 as 1E+16; the next
        # number above it that it can hold is 10^16 + 10.
        ("資本金", float(MAX_YEN), float(MAX_YEN + 10)),
        ("資本金", "100000000億円", str(MAX_YEN + 1)),
        ("資本金（千円）", MAX_YEN // 1000, MAX_YEN // 1000 + 1),
    ],
)
def test_capital_at_the_limit_in_a_workbook(
    engine: sa.Engine, tmp_path: Path, header: str, at_limit: object, past_limit: object
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["会社名", "都道府県", header])
    ws.append(["上限株式会社", 15, at_limit])
    ws.append(["超過株式会社", 15, past_limit])
    path = tmp_path / "capital.xlsx"
    wb.save(path)

    check = check_file(engine, path)

    assert [(i.row, i.column, i.message) for i in check.issues] == [
        (3, header, form_errors(capital_yen=MAX_YEN + 1)["capital_yen"])
    ]
    with pytest.raises(ImportRejected):
        import_firms(engine, check, now=NOW)
    assert live_firms(engine) == [] and audit_count(engine) == 0
    ws.delete_rows(3)
    wb.save(path)
    check = check_file(engine, path)
    assert check.ok, [i.message.render() for i in check.issues]
    import_firms(engine, check, now=NOW)
    assert [f.capital_yen for f in live_firms(engine)] == [MAX_YEN]


# --- failing storage ------------------------------------------------------------------------


def test_disk_full_during_the_import_writes_nothing(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    check = check_file(engine, write_csv(tmp_path / "big.csv", [row(i) for i in range(1, 301)]))
    assert check.ok
    pages = sqlite3.connect(db_path).execute("PRAGMA page_count").fetchone()[0]
    small = make_engine(db_path)
    sa.event.listen(
        small,
        "connect",
        lambda conn, _r: conn.execute(f"PRAGMA max_page_count = {pages + 3}"),
    )
    try:
        with pytest.raises(StorageError) as caught:
            import_firms(small, check, now=NOW)
    finally:
        small.dispose()
    assert caught.value.kind == "full"
    assert caught.value.message.render() == (
        "The disk is full, so nothing was saved. Free some space and try again."
    )
    assert live_firms(engine) == [] and audit_count(engine) == 0
    assert sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_read_only_database_writes_nothing(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    check = check_file(engine, write_csv(tmp_path / "ok.csv", [row(1), row(2)]))
    ro = sa.create_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    try:
        with pytest.raises(StorageError) as caught:
            import_firms(ro, check, now=NOW)
    finally:
        ro.dispose()
    assert caught.value.kind == "readonly"
    assert "read-only" in caught.value.message.render()
    assert live_firms(engine) == []


def test_a_read_only_file_on_disk_writes_nothing(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    check = check_file(engine, write_csv(tmp_path / "ok.csv", [row(1), row(2)]))
    engine.dispose()
    with read_only(db_path):
        again = make_engine(db_path)
        try:
            with pytest.raises(StorageError) as caught:
                import_firms(again, check, backup=False, now=NOW)
        finally:
            again.dispose()
    assert caught.value.kind == "readonly"
    assert caught.value.message.render().startswith(f"Madoguchi may not write to {db_path}")
    assert live_firms(engine) == []


def test_a_locked_database_says_busy_and_writes_nothing(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    check = check_file(engine, write_csv(tmp_path / "ok.csv", [row(1), row(2)]))
    impatient = make_engine(db_path)
    sa.event.listen(
        impatient, "connect", lambda conn, _r: conn.execute("PRAGMA busy_timeout = 200")
    )
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as caught:
            import_firms(impatient, check, now=NOW)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        impatient.dispose()
    assert caught.value.kind == "locked"
    assert caught.value.message.render().startswith(
        "The database is busy: another program is writing to it. Nothing was saved."
    )
    assert live_firms(engine) == []


def test_cancel_during_the_write_leaves_nothing(engine: sa.Engine, tmp_path: Path) -> None:
    check = check_file(engine, write_csv(tmp_path / "big.csv", [row(i) for i in range(1, 1201)]))
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(ImportCancelled):
        import_firms(engine, check, cancel=cancel, now=NOW)
    assert live_firms(engine) == [] and audit_count(engine) == 0

"""Hostile input: each value is refused with a message, or kept exactly and exported inert.

Control characters, megabyte strings, emoji, SQL fragments, spreadsheet formulas,
impossible dates and wrong types go through the firm register, the importer (CSV and
.xlsx) and the HQ monthly workbook. Nothing may crash, nothing may be half-written,
nothing may be changed silently, and no text may come out of a workbook as a formula.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlmodel import Session, select

from db.migrate import open_database
from db.models import Consultation, Firm
from desktop.core import firms
from desktop.core.errors import ValidationError
from desktop.core.firms import FirmInput
from desktop.core.import_mapping import guess_mapping
from desktop.core.imports import ImportFileError, check_import, import_firms, read_table
from desktop.core.settings import CounterSetup, apply_setup

TODAY = date(2026, 11, 21)
MEGABYTE = "漢" * 1_000_000
SQL = "'); DROP TABLE firm;--"
FORMULAS = ('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-1+1", "=1+1")
FIXED = (
    SQL,
    *FORMULAS,
    "\x00\x07\x1b[31m",
    "tab\there",
    "😀🏯👨‍👩‍👧 絵文字",
    "\u202eright-to-left",
    "\ufeffBOM",
    "2026-02-30",
    "１２３４５",
    "   ",
    "",
    "Robert'); DELETE FROM audit_log; --",
)
hostile_text = st.one_of(
    st.sampled_from(FIXED),
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x20), max_size=5),
)
big_text = st.one_of(hostile_text, st.just(MEGABYTE))
hostile_number = st.one_of(
    st.sampled_from(("-1", "1.5", "1e3", "9" * 20, "１２", "12人", "abc", "NaN", "∞", "")),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    hostile_text,
)


@pytest.fixture(scope="module")
def shared_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    """One database for every example: hostile rows accumulate, as in a real register."""
    engine = open_database(tmp_path_factory.mktemp("hostile") / "counter.sqlite3").engine
    apply_setup(
        engine, CounterSetup(counter_name="窓口", prefecture_code="15", consultant_name="某")
    )
    yield engine
    engine.dispose()


def firm_count(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM firm")).scalar_one())


def assert_intact(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA integrity_check")).scalar_one() == "ok"
        # all or nothing: every firm that exists was recorded in the history, no other
        created = conn.execute(
            sa.text("SELECT count(*) FROM audit_log WHERE entity = 'firm' AND action = 'create'")
        ).scalar_one()
        assert created == conn.execute(sa.text("SELECT count(*) FROM firm")).scalar_one()


# --- the register ---------------------------------------------------------------------------


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=big_text,
    kana=hostile_text,
    city=hostile_text,
    notes=big_text,
    products=hostile_text,
    number=st.one_of(hostile_text, st.just("7000012050002")),
)
def test_create_firm_refuses_with_messages_or_keeps_text_exactly(
    shared_engine: sa.Engine,
    name: str,
    kana: str,
    city: str,
    notes: str,
    products: str,
    number: str,
) -> None:
    data = FirmInput(
        name=name,
        name_kana=kana,
        city=city,
        notes=notes,
        main_products=products,
        corporate_number=number,
        prefecture_code="15",
    )
    before = firm_count(shared_engine)
    try:
        firm_id = firms.create_firm(shared_engine, data)
    except ValidationError as exc:
        assert exc.errors and all(m.render().strip() for m in exc.errors.values())
        assert firm_count(shared_engine) == before  # nothing half-saved
        return
    stored = firms.get_firm(shared_engine, firm_id)
    expected = data.normalized()
    assert (stored.name, stored.name_kana, stored.city, stored.notes, stored.main_products) == (
        expected.name,
        expected.name_kana,
        expected.city,
        expected.notes,
        expected.main_products,
    )
    assert_intact(shared_engine)


# Text with no control characters: what a user can paste into a field. Each case puts one
# such text in one field of an otherwise valid firm, so it must be saved, and read back
# exactly as typed (trimmed at the ends, as every field but the notes is).
pasteable = st.one_of(
    st.sampled_from([t for t in FIXED if t.strip() and "\x00" not in t]),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=60),
).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    field=st.sampled_from(("name", "name_kana", "city", "main_products", "notes")), text=pasteable
)
def test_pasted_text_is_saved_exactly(shared_engine: sa.Engine, field: str, text: str) -> None:
    values = {"name": "株式会社試験", "prefecture_code": "15", field: text}
    firm_id = firms.create_firm(shared_engine, FirmInput(**values))  # type: ignore[arg-type]
    stored = getattr(firms.get_firm(shared_engine, firm_id), field)
    assert stored == (text if field == "notes" else text.strip())
    assert_intact(shared_engine)


@pytest.mark.parametrize(
    "wrong",
    [
        {"employees": "12"},
        {"founded_year": "1978"},
        {"name": 123},
        {"prefecture_code": None},
        {"industry": 5},
        {"subcontract_share": 10**30},
    ],
)
def test_wrong_types_never_reach_the_database(shared_engine: sa.Engine, wrong: dict) -> None:
    before = firm_count(shared_engine)
    with pytest.raises((ValidationError, TypeError, AttributeError)):
        firms.create_firm(
            shared_engine, FirmInput(**{"name": "x", "prefecture_code": "15", **wrong})
        )
    assert firm_count(shared_engine) == before


def test_an_amount_beyond_64_bits_gets_a_message(shared_engine: sa.Engine) -> None:
    with pytest.raises(ValidationError) as info:
        firms.create_firm(
            shared_engine, FirmInput(name="x", prefecture_code="15", capital_yen=10**30)
        )
    assert "capital_yen" in info.value.errors


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("employees", "12"),
        ("capital_yen", 1.5),
        ("founded_year", True),
        ("name", 42),
        ("employees", 10**8),
    ],
)
def test_wrong_types_and_sizes_get_a_message(
    shared_engine: sa.Engine, field: str, value: object
) -> None:
    values: dict[str, object] = {"name": "x", "prefecture_code": "15", field: value}
    with pytest.raises(ValidationError) as info:
        firms.create_firm(shared_engine, FirmInput(**values))  # type: ignore[arg-type]
    assert field in info.value.errors


# --- the importer ---------------------------------------------------------------------------

hostile_row = st.fixed_dictionaries(
    {
        "事業者名": big_text,
        "フリガナ": hostile_text,
        "法人番号": st.one_of(hostile_text, st.just("7000012050002"), st.just("7.00001E+12")),
        "都道府県": st.one_of(hostile_text, st.sampled_from(("13", "新潟県", "Tokyo", "99"))),
        "郵便番号": st.one_of(hostile_text, st.just("9591200")),
        "従業員数": hostile_number,
        "資本金": hostile_number,
        "設立年": st.one_of(hostile_number, st.sampled_from(("2019-02-30", "昭和99年", "R1"))),
        "備考": big_text,
    }
)


def _check_outcome(engine: sa.Engine, path: Path) -> None:
    before = firm_count(engine)
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert exc.message.render().strip()
        return
    check = check_import(engine, table, guess_mapping(table.headers), today=TODAY)
    for issue in check.issues:
        assert issue.message.render().strip() and issue.row >= 0
    if not check.ok:
        with pytest.raises(Exception, match="Nothing was imported"):
            import_firms(engine, check, backup=False)
        assert firm_count(engine) == before
        return
    result = import_firms(engine, check, backup=False)
    assert firm_count(engine) == before + result.created
    with Session(engine) as session:
        for plan, firm_id in zip(check.to_create, result.firm_ids, strict=True):
            stored = session.get(Firm, firm_id)
            assert stored is not None
            assert stored.name == plan.data.name and stored.notes == plan.data.notes
    assert_intact(engine)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=st.lists(hostile_row, min_size=1, max_size=4))
def test_hostile_csv_is_refused_row_by_row_or_imported_exactly(
    shared_engine: sa.Engine, tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    _check_outcome(shared_engine, path)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=st.lists(hostile_row, min_size=1, max_size=3))
def test_hostile_xlsx_is_refused_row_by_row_or_imported_exactly(
    shared_engine: sa.Engine, tmp_path: Path, rows: list[dict[str, str]]
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(list(rows[0]))
    for values in rows:
        # A workbook cannot hold XML-illegal characters, so Excel never sends them.
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v)[:32767] for v in values.values()])
    path = tmp_path / f"{uuid.uuid4().hex}.xlsx"
    wb.save(path)
    _check_outcome(shared_engine, path)


def test_wrong_types_in_workbook_cells_get_messages(
    shared_engine: sa.Engine, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["会社名", "都道府県", "従業員数", "資本金", "設立年"])
    ws.append([True, 15, datetime(2026, 1, 1), time(9, 30), "昭和"])
    ws.append(["ok", 15.0, 12.0, 3.5e7, datetime(1978, 4, 1)])
    ws.append(["big", 15, 10**16, "9" * 20, "2019-02-30"])
    path = tmp_path / "types.xlsx"
    wb.save(path)
    table = read_table(path)
    check = check_import(shared_engine, table, guess_mapping(table.headers), today=TODAY)
    found = {(i.row, i.column): i.message.render() for i in check.issues}
    assert found == {
        (2, "従業員数"): "Enter a whole number.",
        (2, "資本金"): "Enter an amount in yen, e.g. 30000000 or 3000万.",
        (2, "設立年"): "Enter a year, e.g. 1978 or 昭和53年.",
        (4, "従業員数"): "Enter a whole number.",  # more than 15 digits
        (4, "資本金"): "Too large: at most 10,000,000,000,000,000.",  # the form's limit
        (4, "設立年"): "There is no such date.",
    }
    assert [p.data.name for p in check.plans] == ["ok"]
    assert table.rows[0][0] == "TRUE"  # a boolean cell is read as text, never as a number
    assert check.plans[0].data.capital_yen == 35_000_000


def test_sql_fragments_are_only_text(shared_engine: sa.Engine, tmp_path: Path) -> None:
    path = tmp_path / "sql.csv"
    path.write_text(f'会社名,都道府県,備考\n"{SQL}",15,"{SQL}"\n', encoding="utf-8")
    table = read_table(path)
    check = check_import(shared_engine, table, guess_mapping(table.headers), today=TODAY)
    assert check.ok
    result = import_firms(shared_engine, check, backup=False)
    stored = firms.get_firm(shared_engine, result.firm_ids[0])
    assert stored.name == SQL and stored.notes == SQL
    assert_intact(shared_engine)


# --- the HQ workbook -------------------------------------------------------------------------


def test_hostile_text_is_exported_as_inert_strings(tmp_path: Path) -> None:
    from desktop.exports.excel import export_monthly

    engine = open_database(tmp_path / "export.sqlite3").engine
    apply_setup(
        engine, CounterSetup(counter_name="窓口", prefecture_code="15", consultant_name="某")
    )
    texts = [*FORMULAS, SQL, "😀🏯 絵文字", "a\tb", "=" + "x" * 100]
    firm_ids = [firms.create_firm(engine, FirmInput(name=t, prefecture_code="15")) for t in texts]
    with Session(engine) as session:
        for i, (firm_id, text) in enumerate(zip(firm_ids, texts, strict=True)):
            session.add(
                Consultation(
                    firm_id=firm_id,
                    started_at=datetime(2026, 10, 1 + i, 10, 0),
                    outcome=text + "\x07" + MEGABYTE[: 40_000 if i == 0 else 10],
                    followup_action=text,
                )
            )
        session.commit()
    out = tmp_path / "hq.xlsx"
    export_monthly(engine, "2026-10", out, close_month=False)
    engine.dispose()

    wb = load_workbook(out)  # not read-only: formula cells would show as data_type "f"
    ws = wb["consultations"]
    keys = [c.value for c in ws[1]]
    names, formulas = [], []
    for cells in ws.iter_rows(min_row=3):
        for cell in cells:
            if cell.data_type == "f" or (isinstance(cell.value, str) and cell.data_type != "s"):
                formulas.append(cell.coordinate)
        names.append(cells[keys.index("firm_name")].value)
    assert formulas == []
    assert sorted(names) == sorted(texts)  # kept exactly, shown as typed
    with Session(engine) as session:
        assert len(session.exec(select(Firm)).all()) == len(texts)

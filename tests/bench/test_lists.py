"""Lists and search on the large counter, each against the raw SQL that answers it.

The models are driven the way a view drives them: ``data()`` for the display role of
every column of every row shown. The floors are plain ``sqlite3`` on the same file:
one SELECT of the same columns (the firm's type/stage cell as a correlated subquery),
keyset paging for the consultation list, ``instr`` scans for one or two characters
and FTS5 ``MATCH`` for three or more.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from tests.bench.harness import LIST, Result, Results, compare, median

DISPLAY = Qt.ItemDataRole.DisplayRole
PAGE_FIRMS = 200  # the firm model's fetch page (desktop.ui.firm_model.PAGE)

FIRM_COLUMNS_SQL = (
    "SELECT f.id, f.name, f.name_kana, f.corporate_number, f.prefecture_code, f.city,"
    " f.industry, f.employees, f.capital_yen, f.kind, f.deleted_at,"
    " (SELECT a.sme_type || a.stage FROM assessment a WHERE a.firm_id = f.id"
    "  AND a.deleted_at IS NULL ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC"
    "  LIMIT 1)"
    " FROM firm f WHERE f.deleted_at IS NULL"
)
FIRM_ORDER = " ORDER BY f.name_kana, f.name, f.id"

CONSULTATION_COLUMNS_SQL = (
    "SELECT c.id, c.started_at, c.firm_id, coalesce(f.name, ''), c.channel,"
    " substr(c.summary, 1, 120), c.duration_min, c.followup_on,"
    " c.followup_done_at IS NOT NULL, c.expert_kind,"
    " (SELECT group_concat(t.topic, ',') FROM consultation_topic t"
    "  WHERE t.consultation_id = c.id),"
    " (SELECT group_concat(p.name, ',') FROM consultation_consultant s"
    "  JOIN consultant p ON p.id = s.consultant_id WHERE s.consultation_id = c.id)"
    " FROM consultation c LEFT JOIN firm f ON f.id = c.firm_id WHERE c.deleted_at IS NULL"
)
CONSULTATION_ORDER = " ORDER BY c.started_at DESC, c.id DESC"
CONSULTATION_PAGE = 500  # desktop.core.consultation_queries.PAGE_SIZE

FIRM_TEXT = ("name", "name_kana", "corporate_number", "city", "main_products")
CONSULTATION_TEXT = ("summary", "outcome", "followup_action")
SEARCH_LIMIT = 30  # what the search dialog asks search_all for

FIRM_QUERIES = ("精", "精工", "精工株式", "鯨鮪")
CONSULTATION_QUERIES = ("特", "特許", "特許出願", "鯨鮪")


def touch(model: QAbstractItemModel, rows: range) -> int:
    """Ask for every cell's display text, as a view painting these rows would."""
    columns = model.columnCount()
    index, data = model.index, model.data
    n = 0
    for row in rows:
        for col in range(columns):
            data(index(row, col), DISPLAY)
            n += 1
    return n


def raw_all(con: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    return con.execute(sql, params).fetchall()


def text_condition(alias: str, columns: Sequence[str], text: str) -> tuple[str, list[str]]:
    """The plain SQL for "contains ``text``": instr for 1-2 characters, FTS5 for more."""
    table = "firm" if alias == "f" else "consultation"
    if len(text) >= 3:
        return (
            f"{alias}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)",
            ['"' + text + '"'],
        )
    parts = [f"instr({alias}.{c}, ?) > 0" for c in columns]
    return "(" + " OR ".join(parts) + ")", [text] * len(columns)


# --- firm list ------------------------------------------------------------------------


@pytest.mark.bench
def test_firm_list(
    qapp: Any,
    bench_engine: Any,
    raw: sqlite3.Connection,
    bench_results: Results,
    runs: int,
    check: Callable[[Result], None],
) -> None:
    from desktop.core.firms import FirmQuery
    from desktop.ui.firm_model import PAGE, FirmTableModel

    assert PAGE == PAGE_FIRMS
    model = FirmTableModel(bench_engine, "ja")
    model.set_query(FirmQuery())
    total = model.rowCount()
    assert total > 19_000

    def open_list() -> None:
        model.set_query(FirmQuery())
        touch(model, range(min(PAGE, model.rowCount())))

    def open_floor() -> None:
        raw.execute("SELECT count(*) FROM firm WHERE deleted_at IS NULL").fetchone()
        raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER + f" LIMIT {PAGE}")

    check(
        compare(
            bench_results,
            group="firm list",
            action=f"firm list open ({total:,} firms, first page)",
            run=open_list,
            floor=open_floor,
            floor_what="count + first page SELECT",
            target=LIST,
            runs=runs,
        )
    )

    page_times: list[float] = []

    def scroll() -> None:
        for start in range(0, total, PAGE):
            t0 = time.perf_counter()
            touch(model, range(start, min(start + PAGE, total)))
            page_times.append(time.perf_counter() - t0)

    def scroll_floor() -> None:
        raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER)

    check(
        compare(
            bench_results,
            group="firm list",
            action="firm list scroll to the end (every row)",
            run=scroll,
            setup=lambda: model.set_query(FirmQuery()),
            floor=scroll_floor,
            floor_what="one SELECT of all rows",
            target=LIST,
            runs=max(5, runs // 2),
        )
    )

    floor_pages: list[float] = []

    def keyset_pages() -> None:
        rows = raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER + f" LIMIT {PAGE}")
        while len(rows) == PAGE:
            last = rows[-1]
            t0 = time.perf_counter()
            rows = raw_all(
                raw,
                FIRM_COLUMNS_SQL
                + " AND (f.name_kana, f.name, f.id) > (?, ?, ?)"
                + FIRM_ORDER
                + f" LIMIT {PAGE}",
                (last[2], last[1], last[0]),
            )
            floor_pages.append(time.perf_counter() - t0)

    keyset_pages()
    keyset_pages()
    result = bench_results.add(
        Result(
            group="firm list",
            action=f"firm list one page while scrolling ({PAGE} rows)",
            unit="s",
            value=median(page_times),
            floor=median(floor_pages),
            floor_what="keyset page SELECT",
            target=LIST,
            details={"slowest_page_s": max(page_times), "pages_timed": len(page_times)},
        )
    )
    check(result)


# --- consultation list ------------------------------------------------------------------


@pytest.mark.bench
def test_consultation_list(
    qapp: Any,
    bench_engine: Any,
    raw: sqlite3.Connection,
    bench_results: Results,
    runs: int,
    check: Callable[[Result], None],
) -> None:
    from desktop.core import consultation_queries as cq
    from desktop.ui.consultation_model import ConsultationModel

    assert cq.PAGE_SIZE == CONSULTATION_PAGE
    model = ConsultationModel(bench_engine, "ja")

    def open_list() -> None:
        # What the list does on open: the first page, the total for the caption, the rows.
        model.set_query(cq.ConsultationQuery())
        model.total()
        touch(model, range(model.rowCount()))

    def open_floor() -> None:
        raw.execute("SELECT count(*) FROM consultation WHERE deleted_at IS NULL").fetchone()
        raw_all(raw, CONSULTATION_COLUMNS_SQL + CONSULTATION_ORDER + f" LIMIT {CONSULTATION_PAGE}")

    check(
        compare(
            bench_results,
            group="consultation list",
            action="consultation list open (count + first page)",
            run=open_list,
            floor=open_floor,
            floor_what="count + first page SELECT",
            target=LIST,
            runs=runs,
        )
    )

    def scroll() -> None:
        for _ in range(10):
            first = model.rowCount()
            model.fetchMore()
            touch(model, range(first, model.rowCount()))
        assert model.rowCount() == 11 * CONSULTATION_PAGE

    first_page = CONSULTATION_COLUMNS_SQL + CONSULTATION_ORDER + f" LIMIT {CONSULTATION_PAGE}"
    next_page = (
        CONSULTATION_COLUMNS_SQL
        + " AND (c.started_at < ? OR (c.started_at = ? AND c.id < ?))"
        + CONSULTATION_ORDER
        + f" LIMIT {CONSULTATION_PAGE}"
    )
    state: dict[str, list[Any]] = {}

    def scroll_floor() -> None:
        rows = state["rows"]
        for _ in range(10):
            last = rows[-1]
            rows = raw_all(raw, next_page, (last[1], last[1], last[0]))

    check(
        compare(
            bench_results,
            group="consultation list",
            action="consultation list scroll 10 pages (5,000 rows)",
            run=scroll,
            setup=lambda: model.set_query(cq.ConsultationQuery()),
            floor=scroll_floor,
            floor_setup=lambda: state.update(rows=raw_all(raw, first_page)),
            floor_what="10 keyset page SELECTs",
            target=LIST,
            runs=runs,
        )
    )


# --- search -----------------------------------------------------------------------------


@pytest.mark.bench
@pytest.mark.parametrize("text", FIRM_QUERIES)
def test_search_firms(
    text: str,
    bench_engine: Any,
    raw: sqlite3.Connection,
    bench_results: Results,
    runs: int,
    check: Callable[[Result], None],
) -> None:
    from desktop.core.firms import FirmQuery, find_firm_ids

    query = FirmQuery(text=text)
    found = len(find_firm_ids(bench_engine, query))
    cond, params = text_condition("f", FIRM_TEXT, text)
    sql = f"SELECT f.id FROM firm f WHERE f.deleted_at IS NULL AND {cond}" + FIRM_ORDER
    assert len(raw_all(raw, sql, params)) == found
    how = "FTS MATCH" if len(text) >= 3 else "instr scan"
    check(
        compare(
            bench_results,
            group="search",
            action=f"firm search “{text}” ({len(text)} ch, {found:,} found)",
            run=lambda: find_firm_ids(bench_engine, query),
            floor=lambda: raw_all(raw, sql, params),
            floor_what=how,
            target=LIST,
            runs=runs,
            details={"found": found},
        )
    )


@pytest.mark.bench
@pytest.mark.parametrize("text", CONSULTATION_QUERIES)
def test_search_all(
    text: str,
    bench_engine: Any,
    raw: sqlite3.Connection,
    bench_results: Results,
    runs: int,
    check: Callable[[Result], None],
) -> None:
    from desktop.core.consultation_queries import search_all

    hits = search_all(bench_engine, text, limit=SEARCH_LIMIT)
    firm_cond, firm_params = text_condition("f", FIRM_TEXT, text)
    firm_sql = (
        "SELECT f.id, f.name, f.name_kana, f.city FROM firm f"
        f" WHERE f.deleted_at IS NULL AND {firm_cond} ORDER BY f.name_kana LIMIT ?"
    )
    cons_cond, cons_params = text_condition("c", CONSULTATION_TEXT, text)
    cons_sql = (
        "SELECT c.id, coalesce(f.name, ''), c.started_at, substr(c.summary, 1, 160)"
        " FROM consultation c LEFT JOIN firm f ON f.id = c.firm_id"
        f" WHERE c.deleted_at IS NULL AND {cons_cond} ORDER BY c.started_at DESC LIMIT ?"
    )

    def floor() -> int:
        return len(raw_all(raw, firm_sql, [*firm_params, SEARCH_LIMIT])) + len(
            raw_all(raw, cons_sql, [*cons_params, SEARCH_LIMIT])
        )

    assert floor() == len(hits)
    how = "FTS MATCH" if len(text) >= 3 else "instr scan"
    check(
        compare(
            bench_results,
            group="search",
            action=f"search_all “{text}” ({len(text)} ch, {len(hits)} hits)",
            run=lambda: search_all(bench_engine, text, limit=SEARCH_LIMIT),
            floor=floor,
            floor_what=how,
            target=LIST,
            runs=runs,
            details={"hits": len(hits)},
        )
    )

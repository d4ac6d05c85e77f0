"""Lists and search on the large counter, each against the raw SQL that answers it.

A list action is measured as the user sees it: the app's model in a real table view
of a laptop-sized window, the event loop run and the viewport painted. Its floor is
the raw SQL (plain ``sqlite3`` on the same file) that fetches those rows, shown by the
same view through a plain model that only hands the fetched tuples back. Painting is
Qt's and costs the same for any model; what the ratio exposes is ours: SQLAlchemy,
the model's bookkeeping and turning values into text.

Search is timed at the core call against the statements that answer it: FTS5
``MATCH`` for three or more characters and, for one or two, the vocabulary lookup that
decides between the index and an ``instr`` scan, then that.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from tests.bench.harness import LIST, REPORT_ONLY, Result, Results, compare, median

DISPLAY = Qt.ItemDataRole.DisplayRole
PAGE_FIRMS = 50  # the firm model's fetch page (desktop.ui.firm_model.PAGE)
WINDOW = (1280, 720)  # the list area of a laptop screen

FIRM_COLUMNS_SQL = (
    "SELECT f.id, f.name, f.name_kana, f.corporate_number, f.prefecture_code, f.city,"
    " f.industry, f.employees, f.capital_yen, f.kind, f.deleted_at,"
    " (SELECT a.sme_type || a.stage FROM assessment a WHERE a.firm_id = f.id"
    "  AND a.deleted_at IS NULL ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC"
    "  LIMIT 1)"
    " FROM firm f WHERE f.deleted_at IS NULL"
)
FIRM_ORDER = " ORDER BY f.name_kana, f.name, f.id"
FIRM_ORDER_BACK = " ORDER BY f.name_kana DESC, f.name DESC, f.id DESC"

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
CONSULTATION_PAGE = 200  # desktop.core.consultation_queries.PAGE_SIZE

FIRM_TEXT = ("name", "name_kana", "corporate_number", "city", "main_products")
CONSULTATION_TEXT = ("summary", "outcome", "followup_action")
SEARCH_LIMIT = 30  # what the search dialog asks search_all for

FIRM_QUERIES = ("精", "精工", "精工株式", "鯨鮪")
CONSULTATION_QUERIES = ("特", "特許", "特許出願", "鯨鮪")

Index = QModelIndex | QPersistentModelIndex


class PlainModel(QAbstractTableModel):
    """The least a model can do: hand back fetched tuples, with no conversion at all."""

    def __init__(self, columns: int) -> None:
        super().__init__()
        self.columns = columns
        self.count = 0
        self.offset = 0
        self.rows: list[tuple[Any, ...]] = []

    def show(self, count: int, offset: int, rows: list[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.count, self.offset, self.rows = count, offset, rows
        self.endResetModel()

    def append(self, rows: list[tuple[Any, ...]]) -> None:
        first = self.count
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.count += len(rows)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        row = index.row() - self.offset
        return self.rows[row][index.column()] if 0 <= row < len(self.rows) else None


def table_view(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.resize(*WINDOW)
    view.show()
    paint(view)
    return view


def paint(view: QTableView) -> None:
    """What the event loop does after a change: lay the rows out, then paint them."""
    QApplication.processEvents()
    view.viewport().repaint()


def raw_all(con: sqlite3.Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    return con.execute(sql, params).fetchall()


def visible_rows(view: QTableView) -> int:
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    return (bottom if bottom >= 0 else view.model().rowCount() - 1) - top + 1


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
    from desktop.core import firms
    from desktop.core.firms import FirmQuery
    from desktop.ui.firm_model import COLUMNS, PAGE, FirmTableModel

    assert PAGE == PAGE_FIRMS
    model = FirmTableModel(firms.reads(bench_engine), "ja")
    view = table_view(model)
    plain = PlainModel(len(COLUMNS))
    plain_view = table_view(plain)

    def open_list() -> None:
        model.set_query(FirmQuery())
        view.scrollToTop()
        paint(view)

    def open_floor() -> None:
        count = raw.execute("SELECT count(*) FROM firm WHERE deleted_at IS NULL").fetchone()[0]
        plain.show(count, 0, raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER + f" LIMIT {PAGE}"))
        plain_view.scrollToTop()
        paint(plain_view)

    open_list()
    total, shown = model.rowCount(), visible_rows(view)
    assert total > 19_000 and shown > 10
    check(
        compare(
            bench_results,
            group="firm list",
            action=f"firm list open ({total:,} firms; {shown} rows painted)",
            run=open_list,
            floor=open_floor,
            floor_what="count + first page SELECT, painted",
            target=LIST,
            runs=runs,
        )
    )

    def jump_to_end() -> None:
        view.scrollToBottom()
        paint(view)
        assert view.rowAt(view.viewport().height() - 1) in (total - 1, -1)

    def end_floor() -> None:
        rows = raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER_BACK + f" LIMIT {PAGE}")
        rows.reverse()
        plain.show(total, total - len(rows), rows)
        plain_view.scrollToBottom()
        paint(plain_view)

    check(
        compare(
            bench_results,
            group="firm list",
            action="firm list jump to the end (scrolled to the bottom, last rows painted)",
            run=jump_to_end,
            setup=open_list,
            floor=end_floor,
            floor_setup=open_floor,
            floor_what="last page SELECT, painted",
            target=LIST,
            runs=runs,
        )
    )

    # Page Down screen by screen through the first 3,000 firms: most steps only paint;
    # every ~200 rows a step reads and prepares a page. Those steps are the ones judged.
    reading: list[float] = []
    painting: list[float] = []

    def page_down_through(limit: int) -> None:
        open_list()
        bar = view.verticalScrollBar()
        while view.rowAt(0) < limit:
            pages_before = len(model._pages)  # which steps read a page
            t0 = time.perf_counter()
            bar.setValue(bar.value() + bar.pageStep())
            paint(view)
            elapsed = time.perf_counter() - t0
            (reading if len(model._pages) > pages_before else painting).append(elapsed)

    page_down_through(3_000)
    reading.clear()
    painting.clear()
    for _ in range(3):
        page_down_through(3_000)

    plain_steps: list[float] = []
    all_rows = raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER + " LIMIT 3500")
    plain.show(total, 0, all_rows)
    plain_view.scrollToTop()
    paint(plain_view)
    bar = plain_view.verticalScrollBar()
    while plain_view.rowAt(0) < 3_000:
        t0 = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        paint(plain_view)
        plain_steps.append(time.perf_counter() - t0)

    keyset: list[float] = []
    rows = raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER + f" LIMIT {PAGE}")
    for _ in range(15):
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
        keyset.append(time.perf_counter() - t0)

    result = bench_results.add(
        Result(
            group="firm list",
            action=f"firm list Page Down onto an unread page ({PAGE} rows read)",
            unit="s",
            value=median(reading),
            floor=median(plain_steps) + median(keyset),
            floor_what="keyset page SELECT + a plain Page Down",
            target=LIST,
            runs=reading,
            floor_runs=plain_steps,
            details={
                "steps_reading_a_page": len(reading),
                "slowest_reading_step_s": max(reading),
                "steps_only_painting": len(painting),
                "median_painting_step_s": median(painting),
                "median_plain_step_s": median(plain_steps),
                "median_keyset_select_s": median(keyset),
            },
        )
    )
    check(result)

    # Throughput, reported only: every cell of every firm asked for, as no view does.
    def every_cell() -> None:
        model.set_query(FirmQuery())
        index, data = model.index, model.data
        for row in range(total):
            for col in range(len(COLUMNS)):
                data(index(row, col), DISPLAY)

    compare(
        bench_results,
        group="firm list",
        action=f"firm list every cell of all {total:,} rows (no view does this)",
        run=every_cell,
        floor=lambda: raw_all(raw, FIRM_COLUMNS_SQL + FIRM_ORDER),
        floor_what="one SELECT of all rows",
        target=REPORT_ONLY,
        runs=3,
    )


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
    from desktop.ui.consultation_model import COLUMNS, ConsultationModel

    assert cq.PAGE_SIZE == CONSULTATION_PAGE
    model = ConsultationModel(bench_engine, "ja")
    view = table_view(model)
    plain = PlainModel(len(COLUMNS))
    plain_view = table_view(plain)
    first_page = CONSULTATION_COLUMNS_SQL + CONSULTATION_ORDER + f" LIMIT {CONSULTATION_PAGE}"
    next_page = (
        CONSULTATION_COLUMNS_SQL
        + " AND (c.started_at < ? OR (c.started_at = ? AND c.id < ?))"
        + CONSULTATION_ORDER
        + f" LIMIT {CONSULTATION_PAGE}"
    )

    def open_list() -> None:
        # What the list does on open: the first page, the total for the caption, painted.
        model.set_query(cq.ConsultationQuery())
        model.total()
        view.scrollToTop()
        paint(view)

    def open_floor() -> None:
        raw.execute("SELECT count(*) FROM consultation WHERE deleted_at IS NULL").fetchone()
        rows = raw_all(raw, first_page)
        plain.show(len(rows), 0, rows)
        plain_view.scrollToTop()
        paint(plain_view)

    check(
        compare(
            bench_results,
            group="consultation list",
            action="consultation list open (count + first page, painted)",
            run=open_list,
            floor=open_floor,
            floor_what="count + first page SELECT, painted",
            target=LIST,
            runs=runs,
        )
    )

    # Dragging the scroll bar to the bottom, ten times in a row: each time the view asks
    # the model for the next page and paints the new end of the list. Each drag is one
    # action for the user, so each is timed; the median drag is judged.
    steps: list[float] = []
    floor_steps: list[float] = []

    def scroll() -> None:
        open_list()
        for _ in range(10):
            t0 = time.perf_counter()
            view.scrollToBottom()
            paint(view)
            steps.append(time.perf_counter() - t0)
        assert model.rowCount() == 11 * CONSULTATION_PAGE

    def scroll_floor() -> None:
        open_floor()
        for _ in range(10):
            t0 = time.perf_counter()
            last = plain.rows[-1]
            plain.append(raw_all(raw, next_page, (last[1], last[1], last[0])))
            plain_view.scrollToBottom()
            paint(plain_view)
            floor_steps.append(time.perf_counter() - t0)

    scroll()
    scroll_floor()
    steps.clear()
    floor_steps.clear()
    for _ in range(max(3, runs // 2)):
        scroll()
        scroll_floor()
    result = bench_results.add(
        Result(
            group="consultation list",
            action=f"consultation list scroll to the bottom, next page of {CONSULTATION_PAGE}"
            " read and painted (10 in a row)",
            unit="s",
            value=median(steps),
            floor=median(floor_steps),
            floor_what="keyset page SELECT, painted",
            target=LIST,
            runs=steps,
            floor_runs=floor_steps,
            details={"slowest_step_s": max(steps), "slowest_floor_step_s": max(floor_steps)},
        )
    )
    check(result)


def text_condition(
    con: sqlite3.Connection,
    alias: str,
    columns: Sequence[str],
    text: str,
    *,
    in_order: bool = False,
) -> tuple[str, list[str]]:
    """The plain SQL for "contains ``text``", chosen the way db.search chooses.

    Three or more characters: FTS5 MATCH, tested row by row in the query's order when
    a page is read (``in_order``) and more than INDEX_ROWS rows match. One or two: the
    trigrams starting with the word from the vocabulary table, then none (no row), an
    OR of them through the index (few rows), or an ``instr`` scan of the columns (many
    rows).
    """
    from db.search import INDEX_ROWS, INDEX_TERMS, LAST_CHAR

    table = "firm" if alias == "f" else "consultation"
    match = f"{alias}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"
    if len(text) >= 3:
        quoted = '"' + text + '"'
        if in_order:
            (many,) = con.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH ?"
                " LIMIT ?)",
                (quoted, INDEX_ROWS + 1),
            ).fetchone()
            if many > INDEX_ROWS:
                return "+" + match, [quoted]
        return match, [quoted]
    terms: list[str] = []
    rows = 0
    cursor = con.execute(
        f"SELECT term, doc FROM {table}_fts_vocab WHERE term >= ? AND term <= ?",
        (text, text + LAST_CHAR),
    )
    for term, doc in cursor:
        terms.append(term)
        rows += doc
        if rows > INDEX_ROWS or len(terms) > INDEX_TERMS:
            break
    cursor.close()
    if not terms:
        return "0", []
    if rows <= INDEX_ROWS and len(terms) <= INDEX_TERMS:
        return match, [" OR ".join('"' + t + '"' for t in terms)]
    parts = [f"instr({alias}.{c}, ?) > 0" for c in columns]
    return "(" + " OR ".join(parts) + ")", [text] * len(columns)


def short_word_path_of(condition: str, text: str) -> str:
    """How the floor answered, for the table: which of the ways above it took."""
    if len(text) >= 3:
        return "FTS MATCH" + (", rows in order" if condition.startswith("+") else "")
    if condition == "0":
        return "vocabulary: no trigram"
    return "vocabulary + " + ("index OR" if "MATCH" in condition else "instr scan")


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

    def floor() -> list[Any]:
        cond, params = text_condition(raw, "f", FIRM_TEXT, text)
        sql = f"SELECT f.id FROM firm f WHERE f.deleted_at IS NULL AND {cond}" + FIRM_ORDER
        return raw_all(raw, sql, params)

    assert len(floor()) == found
    cond, _params = text_condition(raw, "f", FIRM_TEXT, text)
    how = short_word_path_of(cond, text)
    check(
        compare(
            bench_results,
            group="search",
            action=f"firm search “{text}” ({len(text)} ch, {found:,} found)",
            run=lambda: find_firm_ids(bench_engine, query),
            floor=floor,
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

    def floor() -> int:
        # A word in no vocabulary cannot match: the least work reads no row for it.
        found = 0
        firm_cond, firm_params = text_condition(raw, "f", FIRM_TEXT, text, in_order=True)
        if firm_cond != "0":
            firm_sql = (
                "SELECT f.id, f.name, f.name_kana, f.city FROM firm f"
                f" WHERE f.deleted_at IS NULL AND {firm_cond} ORDER BY f.name_kana LIMIT ?"
            )
            found += len(raw_all(raw, firm_sql, [*firm_params, SEARCH_LIMIT]))
        cons_cond, cons_params = text_condition(raw, "c", CONSULTATION_TEXT, text, in_order=True)
        if cons_cond != "0":
            cons_sql = (
                "SELECT c.id, coalesce(f.name, ''), c.started_at, substr(c.summary, 1, 160)"
                " FROM consultation c LEFT JOIN firm f ON f.id = c.firm_id"
                f" WHERE c.deleted_at IS NULL AND {cons_cond} ORDER BY c.started_at DESC LIMIT ?"
            )
            found += len(raw_all(raw, cons_sql, [*cons_params, SEARCH_LIMIT]))
        return found

    assert floor() == len(hits)
    cond, _params = text_condition(raw, "c", CONSULTATION_TEXT, text, in_order=True)
    how = short_word_path_of(cond, text)
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

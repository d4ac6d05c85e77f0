"""The firm list's queries, on a plain DB-API connection.

Written as SQL over a DB-API connection rather than through SQLAlchemy so the same
queries serve two moments: the window's first screen, drawn from a ``sqlite3``
connection before SQLAlchemy is even imported (it takes longer to import than the
window takes to appear), and every later read through the engine's connections
(:func:`desktop.core.firms.reads`). The SQL is the same in both, so the first page
and every page after it agree.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from db import search
from db.engine import connect_for_reading

if TYPE_CHECKING:
    import uuid

# Opens a DB-API connection for a few reads, and puts it back after.
Reads = Callable[[], AbstractContextManager[Any]]


SORT_COLUMNS: dict[str, str] = {
    "name_kana": "firm.name_kana, firm.name",
    "name": "firm.name",
    "corporate_number": "firm.corporate_number",
    "prefecture": "firm.prefecture_code, firm.name_kana",
    "city": "firm.city, firm.name_kana",
    "updated": "firm.updated_at",
    "employees": "firm.employees",
}

# A firm's current cell: that of its latest live assessment, ties on the date going to
# the later entry; NULL for a firm never assessed. The one definition of it: the firm
# list shows it and filters by it, and the dashboard counts it. It is a correlated
# subquery on the row named ``firm`` in the enclosing query, so each firm's cell is one
# look-up through the (firm, date) index, whether for a page of firms or for all.
CURRENT_CELL_SQL = (
    "(SELECT CASE a.sme_type WHEN 'challenger' THEN 'A' ELSE 'B' END"
    " || CAST(a.stage AS VARCHAR(1)) FROM assessment a"
    " WHERE a.firm_id = firm.id AND a.deleted_at IS NULL"
    " ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1)"
)

# The plan's matrix, in the order the filters, the dashboard and the reports show it.
CELLS = ("A1", "A2", "A3", "B1", "B2", "B3")


class FirmQuery(NamedTuple):
    text: str = ""
    prefecture_code: str | None = None
    industry: str | None = None
    kind: str | None = None
    cell: str | None = None  # "A1".."B3", or "none" for firms never assessed
    only_ids: tuple[uuid.UUID, ...] | None = None  # a given set (click-through from figures)
    deleted: bool = False
    sort: str = "name_kana"
    descending: bool = False


class FirmRow(NamedTuple):
    """One line of the firm list (a tuple: the list builds one per firm shown).

    It keeps the id as stored, and makes a ``UUID`` of it when asked: the window's first
    screen reads these lines, and importing ``uuid`` there (with ``platform``, which it
    imports on Linux) was work the start did for ids nobody had asked for.
    """

    key: str  # the id as stored: 32 hex digits
    name: str
    name_kana: str
    corporate_number: str
    prefecture_code: str
    city: str
    industry: str | None
    employees: int | None
    capital_yen: int | None
    kind: str
    deleted: bool
    cell: str = ""

    @property
    def id(self) -> uuid.UUID:
        from uuid import UUID

        return UUID(hex=self.key)


ROW_COLUMNS = (
    "SELECT firm.id, firm.name, firm.name_kana, coalesce(firm.corporate_number, ''),"
    " firm.prefecture_code, firm.city, firm.industry, firm.employees, firm.capital_yen,"
    f" firm.kind, firm.deleted_at IS NOT NULL, {CURRENT_CELL_SQL}"
)


def _firm_row(r: Any) -> FirmRow:
    return FirmRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        bool(r[10]),
        r[11] or "",
    )


def _all(conn: Any, sql: str, params: dict[str, Any]) -> list[Any]:
    cursor = conn.cursor()
    try:
        cursor.execute(sql, params)
        return cursor.fetchall()
    finally:
        cursor.close()


def keys(conn: Any, query: FirmQuery) -> list[str]:
    """The matching firms' ids as stored (32 hex digits), in display order."""
    params: dict[str, Any] = {}
    sql = f"SELECT firm.id FROM firm WHERE {where(conn, query, params)} ORDER BY {order(query)}"
    return [str(r[0]) for r in _all(conn, sql, params)]


def count(conn: Any, query: FirmQuery) -> int:
    """How many firms match: the list's row count, without reading their ids."""
    params: dict[str, Any] = {}
    rows = _all(conn, f"SELECT count(*) FROM firm WHERE {where(conn, query, params)}", params)
    return int(rows[0][0])


def page(conn: Any, query: FirmQuery, offset: int, limit: int) -> list[FirmRow]:
    """Lines ``offset`` to ``offset + limit`` of the list, in display order.

    The list asks for the page under the view only, so opening 20,000 firms reads one
    count and one page; the ORDER BY is the same as :func:`keys`, so the pages and the
    ids agree.
    """
    params: dict[str, Any] = {"limit": limit, "offset": offset}
    by = order(query)
    # Choose the page by id first: sorting whole rows would compute every firm's cell.
    sql = (
        f"{ROW_COLUMNS} FROM (SELECT firm.id AS key FROM firm"
        f" WHERE {where(conn, query, params, in_order=True)} ORDER BY {by}"
        " LIMIT :limit OFFSET :offset) AS page"
        f" JOIN firm ON firm.id = page.key ORDER BY {by}"
    )
    return [_firm_row(r) for r in _all(conn, sql, params)]


def position(conn: Any, query: FirmQuery, firm_id: uuid.UUID) -> int | None:
    """The line of ``firm_id`` in the list for ``query``, or None when it is not there."""
    try:
        return keys(conn, query).index(firm_id.hex)
    except ValueError:
        return None


def rows_by_id(conn: Any, ids: list[uuid.UUID] | list[str]) -> dict[uuid.UUID, FirmRow]:
    """The list lines of ``ids``, keyed by id (one plain SELECT)."""
    if not ids:
        return {}
    params = {f"k{n}": i if isinstance(i, str) else i.hex for n, i in enumerate(ids)}
    marks = ", ".join(f":{name}" for name in params)
    sql = f"{ROW_COLUMNS} FROM firm WHERE firm.id IN ({marks})"
    return {line.id: line for line in map(_firm_row, _all(conn, sql, params))}


def where(conn: Any, query: FirmQuery, params: dict[str, Any], *, in_order: bool = False) -> str:
    """The firm list's filter as SQL over ``firm``, adding its parameters to ``params``;
    ``in_order`` for a page read in the list's order."""
    condition, text_params = search.text_condition(conn, "firm", query.text, in_order=in_order)
    params.update(text_params)
    parts = [
        condition,
        "firm.deleted_at IS NOT NULL" if query.deleted else "firm.deleted_at IS NULL",
    ]
    if query.prefecture_code:
        parts.append("firm.prefecture_code = :pref")
        params["pref"] = query.prefecture_code
    if query.industry:
        parts.append("firm.industry = :industry")
        params["industry"] = query.industry
    if query.kind:
        parts.append("firm.kind = :kind")
        params["kind"] = query.kind
    if query.cell:
        parts.append(_cell_condition(query.cell, params))
    if query.only_ids is not None:
        marks = [f":only{n}" for n in range(len(query.only_ids))]
        parts.append(f"firm.id IN ({', '.join(marks)})" if marks else "0=1")
        params.update({f"only{n}": i.hex for n, i in enumerate(query.only_ids)})
    return " AND ".join(parts)


def order(query: FirmQuery) -> str:
    if query.sort not in SORT_COLUMNS:
        raise ValueError(f"unknown sort key {query.sort!r}")
    direction = " DESC" if query.descending else ""  # the id too: one index scans both ways
    parts = [*SORT_COLUMNS[query.sort].split(", "), "firm.id"]
    return ", ".join(part + direction for part in parts)


def _cell_condition(cell: str, params: dict[str, Any]) -> str:
    if cell == "none":
        return f"{CURRENT_CELL_SQL} IS NULL"
    if cell not in CELLS:
        raise ValueError(f"unknown cell {cell!r}")
    params["cell"] = cell
    return f"{CURRENT_CELL_SQL} = :cell"


class FileReads:
    """Reads from a SQLite file over one ``sqlite3`` connection that cannot write.

    What the first screen lists from while SQLAlchemy loads; the window then moves to
    the engine's connections and closes this one.
    """

    def __init__(self, path: Path) -> None:
        self._conn: sqlite3.Connection | None = connect_for_reading(path)

    @contextlib.contextmanager
    def __call__(self) -> Iterator[sqlite3.Connection]:
        if self._conn is None:
            raise RuntimeError("these reads are closed")
        yield self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

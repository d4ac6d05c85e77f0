"""A SQLAlchemy connection seen as a DB-API connection, for SQL written once for both.

Some reads (the firm list, the search index's vocabulary) are plain SQL run on a
DB-API connection, so the window's first screen can run them on ``sqlite3`` before
SQLAlchemy is imported. Once the engine is open the same SQL goes through this view of
its connection: statements still pass through SQLAlchemy's driver-SQL path, so the
engine's events (logging, the benchmarks' statement capture) see every one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, CursorResult


class DriverConnection:
    """``cursor()`` over a SQLAlchemy ``Connection``; nothing else of DB-API is needed."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def cursor(self) -> DriverCursor:
        return DriverCursor(self._conn)


class DriverCursor:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._result: CursorResult[Any] | None = None

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> DriverCursor:
        self.close()
        # As sqlite3 takes them: a mapping for named marks, any sequence for "?" (a list
        # too, which SQLAlchemy would read as many rows).
        bound = params if isinstance(params, Mapping) else tuple(params)
        self._result = self._conn.exec_driver_sql(sql, bound)  # type: ignore[arg-type]
        return self

    def _open(self) -> CursorResult[Any]:
        if self._result is None:
            raise RuntimeError("execute() first")
        return self._result

    def fetchone(self) -> Any:
        return self._open().fetchone()

    def fetchall(self) -> list[Any]:
        return list(self._open().fetchall())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._open())

    def close(self) -> None:
        if self._result is not None:
            self._result.close()
            self._result = None

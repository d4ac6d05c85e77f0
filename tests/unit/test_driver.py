"""The SQLAlchemy connection seen through DB-API: the same answers as sqlite3 itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from db.driver import DriverConnection
from db.engine import make_engine

QUERIES = [
    ("SELECT ?, ?", (1, "二")),
    ("SELECT ?, ?", [1, "二"]),  # a list: one row of parameters, as sqlite3 reads it
    ("SELECT :a || :b", {"a": "知", "b": "財"}),
    ("SELECT 1", ()),
]


@pytest.fixture
def both(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "d.sqlite3"
    engine = make_engine(path)
    plain = sqlite3.connect(path)
    with engine.connect() as conn:
        yield DriverConnection(conn), plain
    plain.close()
    engine.dispose()


@pytest.mark.parametrize(("sql", "params"), QUERIES)
def test_parameters_are_read_as_sqlite3_reads_them(both, sql: str, params: object) -> None:  # type: ignore[no-untyped-def]
    driver, plain = both
    expected = [tuple(r) for r in plain.cursor().execute(sql, params).fetchall()]
    cursor = driver.cursor()
    assert [tuple(r) for r in cursor.execute(sql, params).fetchall()] == expected
    assert [tuple(r) for r in cursor.execute(sql, params)] == expected
    first = cursor.execute(sql, params).fetchone()
    assert first is not None and tuple(first) == expected[0]
    cursor.close()


def test_statements_pass_through_the_engine_events(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "e.sqlite3")
    seen: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    with engine.connect() as conn:
        DriverConnection(conn).cursor().execute("SELECT ?", (7,)).fetchall()
    engine.dispose()
    assert seen == ["SELECT ?"]

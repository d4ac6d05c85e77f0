"""The firm list's pages: read by LIMIT/OFFSET, they must add up to the full ordered list.

The list model never reads all ids; it counts and then reads the page under the view.
If the page query and the id query ever disagreed on order or ties, lines would repeat
or go missing while scrolling, so every sort key is checked in both directions, with
ties, NULLs, filters and search text.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.core import demo, firm_list, firms
from desktop.core.firm_list import SORT_COLUMNS
from desktop.core.firms import FirmInput, FirmQuery

PAGE = 37  # an odd size, so pages end in the middle of runs of equal keys


@pytest.fixture
def filled(engine: sa.Engine) -> sa.Engine:
    demo.generate(engine, size=demo.DemoSize(firms=120, consultations=300), end=date(2026, 10, 31))
    # Ties on every sort key, and NULLs where the columns allow them.
    for n in range(6):
        firms.create_firm(
            engine,
            FirmInput(
                name="同名商店", name_kana="ドウメイショウテン", prefecture_code="15", city="燕市"
            ),
        )
        if n % 2:
            firms.delete_firm(engine, firms.find_firm_ids(engine, FirmQuery(text="同名商店"))[0])
    return engine


def paged(engine: sa.Engine, query: FirmQuery) -> list[str]:
    keys: list[str] = []
    offset = 0
    while True:
        page = firms.firm_page(engine, query, offset, PAGE)
        keys += [line.id.hex for line in page]
        if len(page) < PAGE:
            return keys
        offset += PAGE


QUERIES = [
    FirmQuery(sort=key, descending=descending)
    for key in SORT_COLUMNS
    for descending in (False, True)
] + [
    FirmQuery(deleted=True),
    FirmQuery(text="同名"),
    FirmQuery(text="商"),
    FirmQuery(text="株式会社", sort="city", descending=True),
    FirmQuery(prefecture_code="15", sort="employees"),
    FirmQuery(cell="none", sort="updated"),
]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_pages_add_up_to_the_ordered_list(filled: sa.Engine, query: FirmQuery) -> None:
    keys = firms.find_firm_keys(filled, query)
    assert keys, "the query should match something, or the test proves nothing"
    assert paged(filled, query) == keys
    with firms.reads(filled)() as conn:
        assert firm_list.count(conn, query) == len(keys)


def test_a_page_carries_the_list_columns(filled: sa.Engine) -> None:
    query = FirmQuery(sort="employees", descending=True)
    keys = firms.find_firm_keys(filled, query)
    page = firms.firm_page(filled, query, 40, 10)
    by_id = firms.fetch_firm_rows(filled, keys[40:50])
    assert page == [by_id[uuid.UUID(hex=key)] for key in keys[40:50]]
    employees = [line.employees for line in page]
    assert employees == sorted(employees, key=lambda e: -1 if e is None else e, reverse=True)


def test_position_is_the_line_in_the_ordered_list(filled: sa.Engine) -> None:
    query = FirmQuery(sort="city")
    keys = firms.find_firm_keys(filled, query)
    same_name = set(firms.find_firm_keys(filled, FirmQuery(text="同名")))
    other = next(key for key in keys if key not in same_name)
    with firms.reads(filled)() as conn:
        for row in (0, 57, len(keys) - 1):
            assert firm_list.position(conn, query, uuid.UUID(hex=keys[row])) == row
        assert firm_list.position(conn, FirmQuery(text="同名"), uuid.UUID(hex=other)) is None
        assert firm_list.position(conn, query, uuid.uuid4()) is None


def test_unknown_sort_key_is_refused(engine: sa.Engine) -> None:
    with pytest.raises(ValueError, match="unknown sort key"):
        firms.firm_page(engine, FirmQuery(sort="capital; DROP TABLE firm"), 0, 10)


def test_file_reads_list_what_the_engine_lists_and_cannot_write(
    filled: sa.Engine, tmp_path: Path
) -> None:
    odd = tmp_path / "窓口 #1 50%" / "counter.sqlite3"  # what a URI must quote
    odd.parent.mkdir()
    with sqlite3.connect(filled.url.database or "") as source, sqlite3.connect(odd) as copy:
        source.backup(copy)  # with what is still in the WAL
    reads = firm_list.FileReads(odd)
    try:
        with reads() as conn:
            assert firm_list.count(conn, FirmQuery()) == len(
                firms.find_firm_keys(filled, FirmQuery())
            )
            with pytest.raises(sqlite3.OperationalError):
                conn.execute("DELETE FROM firm")
    finally:
        reads.close()


def test_file_reads_of_a_file_gone_since_the_check_fail_and_create_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "counter"
    folder.mkdir()
    with pytest.raises(sqlite3.OperationalError):
        firm_list.FileReads(folder / "counter.sqlite3")
    assert list(folder.iterdir()) == []

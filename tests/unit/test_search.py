"""Search returns exactly the rows containing the query, for every query length.

Each case is checked against a brute-force substring test in Python over the same
rows, so short (1–2 character) Japanese queries, which a trigram index cannot look up
directly, are held to the same answer as long ones.
"""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import search
from desktop.core import firms
from desktop.core.firms import FirmInput

NAMES = [
    ("特許商事株式会社", "トッキョショウジ", "千代田区"),
    ("商標堂", "ショウヒョウドウ", "大田区"),
    ("株式会社旭精工", "アサヒセイコウ", "燕市"),
    ("旭", "アサヒ", "旭川市"),
    ("Kizuna Design合同会社", "キズナデザイン", "福岡市"),
    ("ABC Trading", "エービーシー", "横浜市"),
    ("特", "トク", "津市"),
]


@pytest.fixture
def seeded(engine: sa.Engine) -> dict[uuid.UUID, str]:
    texts = {}
    for name, kana, city in NAMES:
        firm_id = firms.create_firm(
            engine, FirmInput(name=name, name_kana=kana, city=city, prefecture_code="13")
        )
        # The indexed text, field by field: name, reading, Corporate Number (empty here),
        # city, main products (empty), each followed by a space.
        texts[firm_id] = f" {name} {kana}  {city}  ".lower()
    return texts


def expected(texts: dict[uuid.UUID, str], query: str) -> set[uuid.UUID]:
    q = search.normalize_query(query)
    return {k for k, v in texts.items() if q in v}


@pytest.mark.parametrize(
    "query",
    [
        "特",
        "旭",
        "a",
        "特許",
        "商標",
        "旭精",
        "ab",
        "AB",
        "特許商",
        "精工",
        "旭精工",
        "kizuna",
        "DESIGN",
        "アサヒ",
        "ヒ",
        "市",
        "zz",
        "燕",
        "燕市",
        "ショウ",
        "'",
        '"',
        "%",
        "_",
        "*",
        "特 商",
    ],
)
def test_firm_search_matches_substring_semantics(
    engine: sa.Engine, seeded: dict[uuid.UUID, str], query: str
) -> None:
    found = set(firms.find_firm_ids(engine, firms.FirmQuery(text=query)))
    assert found == expected(seeded, query)


def test_two_character_word_is_found(engine: sa.Engine, seeded: dict[uuid.UUID, str]) -> None:
    assert len(firms.find_firm_ids(engine, firms.FirmQuery(text="商標"))) == 1
    assert len(firms.find_firm_ids(engine, firms.FirmQuery(text="特許"))) == 1


def test_deleted_firms_are_not_found(engine: sa.Engine, seeded: dict[uuid.UUID, str]) -> None:
    target = next(k for k, v in seeded.items() if v.startswith(" 商標堂"))
    firms.delete_firm(engine, target)
    assert firms.find_firm_ids(engine, firms.FirmQuery(text="商標")) == []


def test_edit_updates_the_index(engine: sa.Engine, seeded: dict[uuid.UUID, str]) -> None:
    target = next(k for k, v in seeded.items() if v.startswith(" 商標堂"))
    firm = firms.get_firm(engine, target)
    data = firms.firm_input(firm)
    firms.update_firm(engine, target, FirmInput(**{**data.__dict__, "name": "意匠堂"}))
    assert firms.find_firm_ids(engine, firms.FirmQuery(text="商標")) == []
    assert firms.find_firm_ids(engine, firms.FirmQuery(text="意匠")) == [target]


def test_rebuild_restores_a_consistent_index(
    engine: sa.Engine, seeded: dict[uuid.UUID, str]
) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM firm_fts")
        assert not search.index_is_consistent(conn)
        search.rebuild(conn)
        assert search.index_is_consistent(conn)
    assert set(firms.find_firm_ids(engine, firms.FirmQuery(text="特許"))) == expected(
        seeded, "特許"
    )


ALPHABET = "特許商標旭精工アサヒabcAB市 "


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=4))
def test_any_query_matches_brute_force(
    engine: sa.Engine, seeded: dict[uuid.UUID, str], query: str
) -> None:
    found = set(firms.find_firm_ids(engine, firms.FirmQuery(text=query)))
    assert found == expected(seeded, query)

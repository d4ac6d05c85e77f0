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
from db.driver import DriverConnection
from desktop.core import firms
from desktop.core.firms import FirmInput
from tests.sql_log import statements

# name, reading, city, main products (the last field: its last character ends the text)
NAMES = [
    ("特許商事株式会社", "トッキョショウジ", "千代田区", ""),
    ("商標堂", "ショウヒョウドウ", "大田区", "和菓子"),
    ("株式会社旭精工", "アサヒセイコウ", "燕市", "洋食器 鯨"),
    ("旭", "アサヒ", "旭川市", "A"),
    ("Kizuna Design合同会社", "キズナデザイン", "福岡市", ""),
    ("ABC Trading", "エービーシー", "横浜市", "鋳物"),
    ("特", "トク", "津市", "精"),
    ("ＡＢＣ商会", "エービーシーショウカイ", "港区", "École"),
]


@pytest.fixture(params=["index", "scan"])
def short_words(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Short words go through the index when they are rare, row by row when common.

    Both ways must give the same answer, so every search test runs once each way.
    """
    if request.param == "scan":
        monkeypatch.setattr(search, "INDEX_ROWS", 0)
    return str(request.param)


@pytest.fixture
def seeded(engine: sa.Engine, short_words: str) -> dict[uuid.UUID, str]:
    texts = {}
    for name, kana, city, products in NAMES:
        firm_id = firms.create_firm(
            engine,
            FirmInput(
                name=name, name_kana=kana, city=city, main_products=products, prefecture_code="13"
            ),
        )
        # The indexed text, field by field: name, reading, Corporate Number (empty here),
        # city, main products, each after a space, and two spaces at the end.
        texts[firm_id] = f" {name} {kana}  {city} {products}  ".lower()
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
        "鯨",
        "器 鯨",
        "子",
        "精",
        "ａｂ",
        "ＡＢ",
        "Ａ",
        "éc",
        "ÉC",
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


ALPHABET = "特許商標旭精工アサヒabcABａＡｂé市鯨子 "


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=4))
def test_any_query_matches_brute_force(
    engine: sa.Engine, seeded: dict[uuid.UUID, str], query: str
) -> None:
    found = set(firms.find_firm_ids(engine, firms.FirmQuery(text=query)))
    assert found == expected(seeded, query)


def test_a_short_word_found_nowhere_reads_no_row(engine: sa.Engine, seeded: dict) -> None:  # type: ignore[type-arg]
    with engine.connect() as conn:
        assert search.text_condition(DriverConnection(conn), "firm", "鯨肉"[:2]) == (
            search.NOTHING,
            {},
        )
        condition, _params = search.text_condition(DriverConnection(conn), "firm", "鯨")
    assert condition != search.NOTHING


def test_search_all_reads_only_the_vocabulary_for_a_word_found_nowhere(
    engine: sa.Engine,
    seeded: dict,  # type: ignore[type-arg]
) -> None:
    from desktop.core import consultation_queries as cq

    with statements(engine) as nowhere:
        assert cq.search_all(engine, "鯨肉") == []
    assert len(nowhere) == 2 and all("_fts_vocab" in sql for sql in nowhere), nowhere
    with statements(engine) as firms_only:  # a firm's word, in no consultation
        hits = cq.search_all(engine, "鯨")
    assert hits and {hit.kind for hit in hits} == {cq.FIRM_HIT}
    read = [sql for sql in firms_only if "_fts_vocab" not in sql]
    assert len(read) == 1 and "FROM firm" in read[0], read


def test_a_rare_short_word_is_looked_up_through_the_index(
    engine: sa.Engine,
    seeded: dict,
    short_words: str,  # type: ignore[type-arg]
) -> None:
    with engine.connect() as conn:
        condition, params = search.text_condition(DriverConnection(conn), "firm", "旭")
    if short_words == "index":
        assert "MATCH" in condition and params["fts_q"].count(" OR ") >= 1
    else:
        assert "instr" in condition


def test_a_long_word_in_many_rows_is_read_in_the_pages_order(
    engine: sa.Engine,
    seeded: dict,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[type-arg]
) -> None:
    """A page of a word most rows hold tests rows in the page's order; the rows are the
    same as through the index, and a count still goes through the index."""
    word = "株式会"
    with engine.connect() as conn:
        monkeypatch.setattr(search, "INDEX_ROWS", 100)
        few, _ = search.text_condition(DriverConnection(conn), "firm", word, in_order=True)
        monkeypatch.setattr(search, "INDEX_ROWS", 1)  # two of the firms are "many"
        many, _ = search.text_condition(DriverConnection(conn), "firm", word, in_order=True)
        counted, _ = search.text_condition(DriverConnection(conn), "firm", word)
    assert not few.startswith("+") and many.startswith("+") and not counted.startswith("+")
    query = firms.FirmQuery(text=word)
    with statements(engine, lambda sql, _p: "+firm.rowid" in sql) as in_order:
        page = [row.id for row in firms.firm_page(engine, query, 0, 50)]
    assert in_order, "the page was not read in its order"
    assert page == firms.find_firm_ids(engine, query)
    assert set(page) == expected(seeded, word) and len(page) == 2


def test_search_all_finds_the_same_whichever_way_a_word_is_read(
    engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from desktop.core import consultation_queries as cq
    from desktop.core import demo

    demo.generate(engine, size=demo.DemoSize(firms=60, consultations=400), end=date(2026, 10, 31))
    text = "特許出願"  # in 28 of these 400 consultations' text
    query = cq.ConsultationQuery(text=text)
    through_the_index = cq.search_all(engine, text, limit=20), cq.fetch_page(engine, query)
    monkeypatch.setattr(search, "INDEX_ROWS", 10)
    with statements(engine, lambda sql, _p: "+consultation.rowid" in sql) as in_order:
        row_by_row = cq.search_all(engine, text, limit=20), cq.fetch_page(engine, query)
    assert len(in_order) == 2  # the search's page and the list's
    assert row_by_row == through_the_index
    assert len(row_by_row[0]) == 20 and len(row_by_row[1]) == 28


@pytest.mark.parametrize("text", ["商", "特許", "株式会社", "鯨鮪"])
def test_hit_counts_are_the_number_of_hits_search_all_finds(engine: sa.Engine, text: str) -> None:
    from datetime import date

    from desktop.core import consultation_queries as cq
    from desktop.core import demo

    demo.generate(engine, size=demo.DemoSize(firms=60, consultations=400), end=date(2026, 10, 31))
    hits = cq.search_all(engine, text, limit=10_000)
    kinds = frozenset({cq.FIRM_HIT, cq.CONSULTATION_HIT})
    said, totals = cq.count_hits(engine, text, kinds)
    assert said == text
    assert totals == {kind: sum(h.kind == kind for h in hits) for kind in kinds}
    assert cq.count_hits(engine, text, frozenset({cq.FIRM_HIT}))[1].keys() == {cq.FIRM_HIT}

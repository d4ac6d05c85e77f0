"""Full-text search over firms and consultation text, for queries of any length.

The index is FTS5 with the trigram tokenizer, which finds any substring of three or
more characters through the index. Japanese words are often shorter (商標 and 特許 are
two characters), and a trigram index cannot match those directly. It can still find
them: every place a one- or two-character word occurs starts some trigram (the indexed
text ends in two spaces, so even the last character of the last field does), and the
index's vocabulary table lists its trigrams in order. The trigrams that begin with the
word are one range of that list, and rows holding one of them are the rows holding the
word.

So a short word is first looked up in the vocabulary. No trigram: nothing matches,
answered without touching a row. A few rows: they are fetched through the index, an OR
of those trigrams. Many rows (a common word such as 特許): the rows are tested one by
one in the caller's order, which stops as soon as a page is full.

A longer word is matched through the index. When the caller reads a page in its own
order and the word is in many rows (特許出願 in a large counter's consultations), the
rows are likewise read in that order and each tested against the matches, instead of
every matching row being fetched to be sorted for one page.
"""

from __future__ import annotations

from itertools import product
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

Indexed = Literal["firm", "consultation"]

# What the index holds for each row: the fields, a space before each and two after the
# last (revision 0007). The triggers build the same text.
BODY_SQL: dict[Indexed, str] = {
    "firm": "(' ' || firm.name || ' ' || firm.name_kana || ' ' || coalesce(firm.corporate_number,"
    " '') || ' ' || firm.city || ' ' || firm.main_products || '  ')",
    "consultation": "(' ' || consultation.summary || ' ' || consultation.outcome || ' ' ||"
    " consultation.followup_action || '  ')",
}

REBUILD_SQL: dict[Indexed, list[str]] = {
    name: [
        f"DELETE FROM {name}_fts",
        f"INSERT INTO {name}_fts(rowid, body) SELECT {name}.rowid, {body} FROM {name}",
    ]
    for name, body in BODY_SQL.items()
}

# A short word found in more rows than this is tested row by row in the caller's order
# (a page fills at once); fewer rows are fetched through the index. Either answers the
# same; this only picks the faster.
INDEX_ROWS = 2_000
INDEX_TERMS = 200  # trigrams in one OR query, at most
LAST_CHAR = "\U0010ffff"
# The condition for a word no indexed text holds (a short word with no trigram in the
# index): no row can match, so a caller may leave its query out.
NOTHING = "0=1"


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def normalize_query(text: str) -> str:
    return " ".join(text.split()).lower()


def text_condition(
    conn: Any, table: Indexed, query: str, *, in_order: bool = False
) -> tuple[str, dict[str, str]]:
    """A SQL condition selecting the rows of ``table`` whose indexed text contains ``query``.

    Returns ``("1=1", {})`` for an empty query. The condition is meant to be ANDed into
    a query over the base table (which applies soft delete, sorting and paging). A one-
    or two-character query reads the index's vocabulary on ``conn``, a DB-API
    connection (``Connection.connection`` under SQLAlchemy, or a plain ``sqlite3`` one
    while the window's first screen is drawn), to choose how. ``in_order`` says the
    caller reads one page in its ORDER BY (not a count, not every row): a longer word
    found in many rows is then tested row by row in that order.
    """
    q = normalize_query(query)
    if not q:
        return "1=1", {}
    fts = f"{table}_fts"
    if len(q) >= 3:
        match = f"{table}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :fts_q)"
        if in_order and _in_many_rows(conn, fts, _quote(q)):
            # SQLite: the unary plus keeps rowid from choosing the plan, so the caller's
            # order does, and the page fills after a few hundred rows.
            match = "+" + match
        return match, {"fts_q": _quote(q)}
    terms: list[str] = []
    rows = 0
    found = conn.cursor()
    try:
        found.execute(
            f"SELECT term, doc FROM {fts}_vocab WHERE term >= ? AND term <= ?",
            (q, q + LAST_CHAR),
        )
        for term, doc in found:  # read only as far as needed to choose
            terms.append(term)
            rows += doc
            if rows > INDEX_ROWS or len(terms) > INDEX_TERMS:
                break
    finally:
        found.close()
    if not terms:
        return NOTHING, {}
    if rows <= INDEX_ROWS and len(terms) <= INDEX_TERMS:
        match = " OR ".join(_quote(term) for term in terms)
        return f"{table}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :fts_q)", {
            "fts_q": match
        }
    return _scan(table, q)


def _in_many_rows(conn: Any, fts: str, match: str) -> bool:
    """More than ``INDEX_ROWS`` rows match, counted no further than that."""
    found = conn.cursor()
    try:
        found.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT ?)",
            (match, INDEX_ROWS + 1),
        )
        return bool(found.fetchone()[0] > INDEX_ROWS)
    finally:
        found.close()


def _scan(table: Indexed, q: str) -> tuple[str, dict[str, str]]:
    """Test each row's text, folding case as the index does (SQLite's lower() is ASCII-only)."""
    body = BODY_SQL[table]
    if q.lower() == q.upper():  # nothing to fold (kana, kanji, digits): the cheapest test
        return f"instr({body}, :fts_q) > 0", {"fts_q": q}
    if q.isascii():
        return f"instr(lower({body}), :fts_q) > 0", {"fts_q": q}
    # Full-width or accented letters (ＡＢＣ商事, École): every case spelling of the word.
    spellings = sorted({"".join(p) for p in product(*({c.lower(), c.upper()} for c in q))})
    tests = " OR ".join(f"instr({body}, :fts_q{n}) > 0" for n in range(len(spellings)))
    return f"({tests})", {f"fts_q{n}": word for n, word in enumerate(spellings)}


def rebuild(conn: Connection, table: Indexed | None = None) -> None:
    """Repopulate the index from the base tables (after VACUUM renumbers rowids)."""
    import sqlalchemy as sa

    for name in (table,) if table else ("firm", "consultation"):
        for statement in REBUILD_SQL[name]:
            conn.execute(sa.text(statement))


def index_is_consistent(conn: Connection) -> bool:
    """Whether each base table and its index hold the same rows."""
    import sqlalchemy as sa

    for name in ("firm", "consultation"):
        missing = conn.execute(
            sa.text(
                f"SELECT count(*) FROM {name} WHERE rowid NOT IN (SELECT rowid FROM {name}_fts)"
            )
        ).scalar_one()
        extra = conn.execute(
            sa.text(
                f"SELECT count(*) FROM {name}_fts WHERE rowid NOT IN (SELECT rowid FROM {name})"
            )
        ).scalar_one()
        if missing or extra:
            return False
    return True

"""Full-text search over firms and consultation text, for queries of any length.

The index is FTS5 with the trigram tokenizer, which finds any substring of three or
more characters through the index. Japanese words are often shorter (商標 and 特許 are
two characters), and a trigram index cannot look those up: a one- or two-character
query is answered by testing each row's indexed text instead. The caller's ORDER BY and
LIMIT then stop the scan as soon as a page is full, so common short words (the usual
case) come back at once and a rare one costs one pass over the table.
"""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

Indexed = Literal["firm", "consultation"]

BODY_SQL: dict[Indexed, str] = {
    "firm": "(' ' || firm.name || ' ' || firm.name_kana || ' ' || coalesce(firm.corporate_number,"
    " '') || ' ' || firm.city || ' ' || firm.main_products || ' ')",
    "consultation": "(' ' || consultation.summary || ' ' || consultation.outcome || ' ' ||"
    " consultation.followup_action || ' ')",
}

REBUILD_SQL: dict[Indexed, list[str]] = {
    "firm": [
        "DELETE FROM firm_fts",
        "INSERT INTO firm_fts(rowid, body) SELECT rowid, ' ' || name || ' ' || name_kana"
        " || ' ' || coalesce(corporate_number, '') || ' ' || city || ' ' || main_products"
        " || ' ' FROM firm",
    ],
    "consultation": [
        "DELETE FROM consultation_fts",
        "INSERT INTO consultation_fts(rowid, body) SELECT rowid, ' ' || summary || ' '"
        " || outcome || ' ' || followup_action || ' ' FROM consultation",
    ],
}


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def normalize_query(text: str) -> str:
    return " ".join(text.split()).lower()


def text_condition(table: Indexed, query: str) -> tuple[str, dict[str, str]]:
    """A SQL condition selecting the rows of ``table`` whose indexed text contains ``query``.

    Returns ``("1=1", {})`` for an empty query. The condition is meant to be ANDed into
    a query over the base table (which applies soft delete, sorting and paging).
    """
    q = normalize_query(query)
    if not q:
        return "1=1", {}
    fts = f"{table}_fts"
    if len(q) >= 3:
        return (
            f"{table}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :fts_q)",
            {"fts_q": _quote(q)},
        )
    body = BODY_SQL[table]
    if q == q.upper():  # nothing to fold: skip lower() and its cost on every row
        return f"instr({body}, :fts_q) > 0", {"fts_q": q}
    return f"instr(lower({body}), :fts_q) > 0", {"fts_q": q}


def rebuild(conn: Connection, table: Indexed | None = None) -> None:
    """Repopulate the index from the base tables (after VACUUM renumbers rowids)."""
    for name in (table,) if table else ("firm", "consultation"):
        for statement in REBUILD_SQL[name]:
            conn.execute(sa.text(statement))


def index_is_consistent(conn: Connection) -> bool:
    """Whether each base table and its index hold the same rows."""
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

"""The SQL a block of code runs on an engine, for tests that count reads."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import sqlalchemy as sa


@contextmanager
def statements(
    engine: sa.Engine, where: Callable[[str, object], bool] | None = None
) -> Iterator[list[str]]:
    """Each statement run on ``engine`` inside the block (those ``where(statement,
    parameters)`` accepts, if given), in order."""
    seen: list[str] = []

    def note(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if where is None or where(statement, parameters):
            seen.append(statement)

    sa.event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        sa.event.remove(engine, "before_cursor_execute", note)

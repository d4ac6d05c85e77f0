"""Engine factory: a path or a SQLAlchemy URL in, a configured engine out.

SQLite gets the pragmas that make a laptop's file safe (WAL, foreign keys, full sync),
and a new file is created readable by its owner only: the records are about firms
that trusted the counter with their plans.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote

if TYPE_CHECKING:  # SQLAlchemy is loaded when an engine is made, not when paths are read
    from sqlalchemy.engine import Engine

SQLITE_BUSY_TIMEOUT_MS = 5000


def sqlite_file_uri(path: PurePath, mode: Literal["ro", "rw"]) -> str:
    """A SQLite URI that opens the existing file ``path`` read-only or read-write.

    Either mode refuses to create a missing file, which a plain path would do. Built by
    hand: ``Path.as_uri()`` puts a network share's server in the URI's authority
    (``file://server/share/…``), which SQLite refuses; here the share keeps its two
    slashes inside an empty authority (``file:////server/share/…``), a drive letter
    gets the slash before it that SQLite drops (``file:/C:/…``), and what a URI may
    not hold ("?", "#", "%", spaces) is quoted.
    """
    text = (path if path.is_absolute() else Path(path).absolute()).as_posix()
    if text.startswith("//"):
        text = "//" + text
    elif not text.startswith("/"):
        text = "/" + text
    return f"file:{quote(text, safe='/:')}?mode={mode}"


def database_url(target: str | os.PathLike[str]) -> str:
    """A URL for ``target``, which is either a URL already or a file path."""
    import sqlalchemy as sa

    text = os.fspath(target)
    if "://" in text:
        return text
    path = str(Path(text).expanduser().resolve())
    # URL.create quotes what a path may hold and a URL may not ("?", "#", "%").
    return sa.engine.URL.create("sqlite", database=path).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other back ends and memory databases."""
    import sqlalchemy as sa

    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def plain_file(target: str | os.PathLike[str]) -> Path | None:
    """The file a plain path names, or None for a URL.

    Needs no SQLAlchemy: the window's first screen reads a plain file before it is
    loaded. A URL (even a ``sqlite://`` one) is left to :func:`sqlite_path`.
    """
    text = os.fspath(target)
    if "://" in text or not text or text == ":memory:":
        return None
    return Path(text).expanduser().resolve()


def ensure_private_file(path: Path) -> None:
    """Create ``path`` with mode 0600 if it does not exist yet (POSIX)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(target: str | os.PathLike[str], *, echo: bool = False) -> Engine:
    """An engine on ``target`` (a file path or URL), with the safety pragmas applied."""
    import sqlalchemy as sa

    url = database_url(target)
    path = sqlite_path(url)
    if path is not None:
        ensure_private_file(path)
        engine = sa.create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False},
        )
        sa.event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return sa.create_engine(url, echo=echo)


def connect_for_reading(path: PurePath) -> sqlite3.Connection:
    """A ``sqlite3`` connection to the existing file ``path`` that cannot write to it.

    Plain ``sqlite3``, so the window's first screen can read before SQLAlchemy is
    loaded; :func:`make_reading_engine` makes its connections here too, so a check and
    the first screen read a file the same way. By URI, so a file removed since it was
    checked is an error, not a new empty file; ``query_only`` refuses writes; the
    journal mode is left alone, as switching a file to WAL rewrites its header.
    """
    conn = sqlite3.connect(
        sqlite_file_uri(path, "rw"),
        uri=True,
        timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    try:
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def make_reading_engine(target: str | os.PathLike[str]) -> Engine:
    """An engine that reads ``target`` as it is, for checking a file without changing it.

    Unlike :func:`make_engine` it never creates the file and leaves the journal mode
    alone (switching a file to WAL rewrites its header), and every SQLite connection is
    query-only. A server database gets a plain engine: keeping to reads is the caller's.
    """
    import sqlalchemy as sa

    url = database_url(target)
    path = sqlite_path(url)
    if path is None:
        return sa.create_engine(url)
    return sa.create_engine(url, creator=lambda: connect_for_reading(path))

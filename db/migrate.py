"""Opening a database: apply pending Alembic revisions.

``desktop.core.startup`` copies an existing file into the rotated backups first, when
there is something to apply, so a failed upgrade can always be undone.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from db.engine import database_url, make_engine, sqlite_file_uri

if TYPE_CHECKING:  # neither is needed to compare a file's revision with HEAD
    from alembic.config import Config
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision under migrations/versions. Opening a current database compares
# against this constant, so the everyday start never loads Alembic; a test keeps it
# equal to what Alembic itself reports as head.
HEAD = "0007"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return HEAD


def script_head() -> str | None:
    """The head as Alembic computes it from the revision files."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def file_revision(path: Path) -> str | None:
    """The revision of a SQLite file, read without SQLAlchemy and without writing to it.

    None for a file without Alembic's table, and for one that cannot be read this way:
    either way, opening it is what will tell.
    """
    try:
        conn = sqlite3.connect(sqlite_file_uri(path, "ro"), uri=True)
    except sqlite3.Error:  # a folder, a file this user may not read
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def is_newer(revision: str | None) -> bool:
    """Whether ``revision`` comes after this version's head: the file was written by a
    newer Madoguchi, and no revision here can open it. Revisions are numbered in order."""
    return revision is not None and revision.isdigit() and int(revision) > int(HEAD)


def current_revision(engine: Engine) -> str | None:
    """The database's revision, read straight from Alembic's version table."""
    import sqlalchemy as sa

    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


class OpenResult(NamedTuple):
    engine: Engine
    upgraded_from: str | None


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


class NewerSchemaError(RuntimeError):
    """The database was written by a newer Madoguchi: upgrading it would fail half way,
    and downgrading would lose what the newer version keeps. Nothing is changed."""

    def __init__(self, revision: str) -> None:
        super().__init__(f"schema {revision} is newer than this version's {HEAD}")
        self.revision = revision


def open_database(target: str | os.PathLike[str], *, revision: str = "head") -> OpenResult:
    """Open (creating if needed) the database at ``target`` and bring it to ``revision``.

    Copying an existing file aside before an upgrade is the caller's part: the app and
    the commands go through ``desktop.core.startup``, which keeps that copy with the
    rotated backups, where the backups dialog and ``madoguchi backup`` find it.
    """
    url = database_url(target)
    engine = make_engine(url)
    before = current_revision(engine)
    if is_newer(before):
        engine.dispose()
        raise NewerSchemaError(str(before))
    wanted = head_revision() if revision == "head" else revision
    if before != wanted:
        upgrade(engine, revision)
    return OpenResult(engine=engine, upgraded_from=before if before != wanted else None)

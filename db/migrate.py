"""Opening a database: copy the file aside, then apply pending Alembic revisions.

The copy is taken only when there is something to apply, with the old revision and a
timestamp in its name, so a failed upgrade can always be undone by hand.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.clock import utcnow
from db.engine import database_url, make_engine, sqlite_path

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


def current_revision(engine: Engine) -> str | None:
    """The database's revision, read straight from Alembic's version table."""
    import sqlalchemy as sa

    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class OpenResult:
    engine: Engine
    upgraded_from: str | None
    backup: Path | None


def copy_aside(path: Path, label: str) -> Path:
    """A consistent copy of a live SQLite file next to it, via the online backup API."""
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.name}.{label}.{stamp}.bak")
    src = sqlite3.connect(path)
    try:
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_database(
    target: str | os.PathLike[str], *, revision: str = "head", backup: bool = True
) -> OpenResult:
    """Open (creating if needed) the database at ``target`` and bring it to ``revision``.

    ``backup=False`` is for callers that have already copied the file aside themselves
    (the app's startup keeps its copies with the rotated backups).
    """
    url = database_url(target)
    path = sqlite_path(url)
    existed = path is not None and path.exists() and path.stat().st_size > 0
    engine = make_engine(url)
    before = current_revision(engine)
    wanted = head_revision() if revision == "head" else revision
    copy = None
    if before != wanted:
        if backup and existed and path is not None:
            copy = copy_aside(path, f"pre-migration-{before or 'empty'}")
        upgrade(engine, revision)
    return OpenResult(
        engine=engine, upgraded_from=before if before != wanted else None, backup=copy
    )

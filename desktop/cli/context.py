"""What every subcommand gets: the resolved database target and a lazily opened engine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # every command module imports this one to build the parser: stay light
    from sqlalchemy.engine import Engine

    from desktop.core.startup import DatabaseLock

EXIT_IN_USE = 3  # the exit status of any command refused because the database is open
EXIT_NO_DATABASE = 2  # the exit status of a command given a database file that is not there


class DatabaseInUse(Exception):
    """Another Madoguchi holds the database; ``desktop.__main__`` reports it, exit 3."""


class NoDatabase(Exception):
    """The command needs an existing file; ``desktop.__main__`` reports it, exit 2.

    Opening a missing file would create an empty database: a mistyped ``--db`` would
    then list no firms, or export an empty month for headquarters, and exit 0.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"no database at {path} (check --db; starting Madoguchi, 'madoguchi demo' "
            "or 'madoguchi import' makes a new one)"
        )


@dataclass
class CliContext:
    db_target: str
    out: TextIO
    err: TextIO
    command: str = ""  # named in the lock, for a window refused while this runs
    creates: bool = False  # the command may make a new database (demo, import)
    _engine: Engine | None = field(default=None, repr=False)
    _lock: DatabaseLock | None = field(default=None, repr=False)  # held while writing

    @property
    def engine(self) -> Engine:
        """The database, opened on first use.

        A new file, or one behind the schema, is created or upgraded (after a backup)
        under the single-writer lock: the one :meth:`writing` holds, or one taken for
        the upgrade alone. Raises ``DatabaseInUse`` while another Madoguchi holds the
        lock of a file that needs the upgrade, and ``NoDatabase`` for a missing file
        unless the command ``creates`` one.
        """
        if self._engine is None:
            from desktop.core.startup import AlreadyOpenError, open_for_command

            if not self.creates:
                self.existing_file()

            try:
                opened = open_for_command(self.db_target, lock=self._lock, command=self.command)
            except AlreadyOpenError as exc:
                raise DatabaseInUse(exc.message.render()) from exc
            self._engine = opened.engine
        return self._engine

    def db_path(self) -> Path | None:
        from db.engine import database_url, sqlite_path

        return sqlite_path(database_url(self.db_target))

    def existing_file(self) -> Path | None:
        """The SQLite file, which must exist (``NoDatabase``); None for a server."""
        path = self.db_path()
        if path is not None and not path.exists():
            raise NoDatabase(path)
        return path

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the database's single-writer lock while a command writes.

        The app and the writing commands share one lock, so a script cannot record a
        month as sent, or fill in demo data, under an open window.
        """
        from desktop.core.startup import AlreadyOpenError, acquire_lock

        path = self.db_path() if self.creates else self.existing_file()
        if path is None:
            yield
            return
        try:
            lock = acquire_lock(path, command=self.command)
        except AlreadyOpenError as exc:
            raise DatabaseInUse(exc.message.render()) from exc
        self._lock = lock
        try:
            with lock:
                yield
        finally:
            self._lock = None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

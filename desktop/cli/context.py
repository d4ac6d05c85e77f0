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


class DatabaseInUse(Exception):
    """Another Madoguchi holds the database; ``desktop.__main__`` reports it, exit 3."""


@dataclass
class CliContext:
    db_target: str
    out: TextIO
    err: TextIO
    command: str = ""  # named in the lock, for a window refused while this runs
    _engine: Engine | None = field(default=None, repr=False)
    _lock: DatabaseLock | None = field(default=None, repr=False)  # held while writing

    @property
    def engine(self) -> Engine:
        """The database, opened on first use.

        A new file, or one behind the schema, is created or upgraded (after a backup)
        under the single-writer lock: the one :meth:`writing` holds, or one taken for
        the upgrade alone. Raises ``DatabaseInUse`` while another Madoguchi holds the
        lock of a file that needs the upgrade.
        """
        if self._engine is None:
            from desktop.core.startup import AlreadyOpenError, open_for_command

            try:
                opened = open_for_command(self.db_target, lock=self._lock, command=self.command)
            except AlreadyOpenError as exc:
                raise DatabaseInUse(exc.message.render()) from exc
            self._engine = opened.engine
        return self._engine

    def db_path(self) -> Path | None:
        from db.engine import database_url, sqlite_path

        return sqlite_path(database_url(self.db_target))

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the database's single-writer lock while a command writes.

        The app and the writing commands share one lock, so a script cannot record a
        month as sent, or fill in demo data, under an open window.
        """
        from desktop.core.startup import AlreadyOpenError, acquire_lock

        path = self.db_path()
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

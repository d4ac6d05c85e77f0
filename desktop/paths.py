"""Where Madoguchi keeps its files; resolved once in ``main`` and passed down.

Order: ``--db`` on the command line, then ``$MADOGUCHI_DB``, then the user data folder
(``$MADOGUCHI_HOME`` overrides the folder, which keeps tests and demos out of the real one).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Madoguchi"
DB_FILENAME = "madoguchi.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("MADOGUCHI_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_db_target(cli_value: str | None) -> str:
    if cli_value:
        return cli_value
    env = os.environ.get("MADOGUCHI_DB")
    if env:
        return env
    return str(data_dir() / DB_FILENAME)


def local_playbooks_dir() -> Path:
    return data_dir() / "playbooks"


def backups_dir_for(db_file: Path) -> Path:
    return db_file.parent / "backups"

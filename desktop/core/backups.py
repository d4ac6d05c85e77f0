"""When backups are taken, how long they are kept, and how one is put back.

Policy: a copy at the first open of each day, one before every schema upgrade and one
before every real import, all in the ``backups`` folder beside the database. Those
automatic copies rotate (the newest of each of the last 7 days, 4 weeks and 12 months,
plus everything from the last 24 hours); copies a person asked for, and files moved
aside by a restore or because they were damaged, are never deleted by the app.

Restoring never overwrites: the current file is renamed aside first and listed with
the backups, so a restore can itself be undone. A running app holds its database open,
so the GUI schedules a restore for its next start instead of doing it under its own feet.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from db import backup as store
from db.backup import BackupFailed, BackupFile, Rotation
from db.engine import database_url, plain_file, sqlite_path
from desktop.core.errors import MadoguchiError
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.paths import backups_dir_for

if TYPE_CHECKING:  # the start-up checks run before SQLAlchemy is loaded
    from sqlalchemy.engine import Engine

CTX = "Backups"
STORAGE_CTX = "Storage"

DAILY = "daily"
MANUAL = "manual"
PRE_MIGRATION = "pre-migration"
PRE_IMPORT = "pre-import"
REPLACED = "replaced"
DAMAGED = "damaged"

AUTOMATIC_KINDS = (DAILY, PRE_MIGRATION, PRE_IMPORT)
ROTATION = Rotation(daily=7, weekly=4, monthly=12)
PENDING_SUFFIX = ".restore-pending"

KIND_LABELS: dict[str, Message] = {
    DAILY: Message(CTX, QT_TRANSLATE_NOOP("Backups", "Daily")),
    MANUAL: Message(CTX, QT_TRANSLATE_NOOP("Backups", "Made by hand")),
    PRE_MIGRATION: Message(CTX, QT_TRANSLATE_NOOP("Backups", "Before an update")),
    PRE_IMPORT: Message(CTX, QT_TRANSLATE_NOOP("Backups", "Before an import")),
    REPLACED: Message(CTX, QT_TRANSLATE_NOOP("Backups", "Replaced by a restore")),
    DAMAGED: Message(CTX, QT_TRANSLATE_NOOP("Backups", "Damaged, moved aside")),
}


def kind_label(kind: str) -> Message:
    return KIND_LABELS.get(kind, Message(CTX, "{kind}", {"kind": kind}))


# --- what a person is told when storage fails ------------------------------------------


class StorageError(MadoguchiError):
    """Reading or writing a file failed; ``kind`` is ``full``, ``readonly``, ``locked``, …"""

    def __init__(self, message: Message, kind: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path


def storage_message(kind: str, path: Path | None = None, detail: str = "") -> Message:
    """What happened, that nothing was half-saved, and what to do: one sentence per failure."""
    where = {"path": str(path) if path is not None else ""}
    if kind == "full":
        return Message(
            STORAGE_CTX,
            QT_TRANSLATE_NOOP(
                "Storage",
                "The disk is full, so nothing was saved. Free some space and try again.",
            ),
        )
    if kind == "readonly":
        return Message(
            STORAGE_CTX,
            QT_TRANSLATE_NOOP(
                "Storage",
                "Madoguchi may not write to {path}: the file or its folder is read-only. "
                "Nothing was saved. Check the permissions, or copy the file to a folder "
                "you can write to.",
            ),
            where,
        )
    if kind == "locked":
        return Message(
            STORAGE_CTX,
            QT_TRANSLATE_NOOP(
                "Storage",
                "The database is busy: another program is writing to it. Nothing was saved. "
                "Close the other program or wait a moment, then try again.",
            ),
        )
    if kind == "damaged":
        return Message(
            STORAGE_CTX, QT_TRANSLATE_NOOP("Storage", "The file {path} is damaged."), where
        )
    if kind == "missing":
        return Message(
            STORAGE_CTX, QT_TRANSLATE_NOOP("Storage", "The file {path} does not exist."), where
        )
    return Message(
        STORAGE_CTX,
        QT_TRANSLATE_NOOP("Storage", "Reading or writing {path} failed: {error}"),
        {**where, "error": detail},
    )


def storage_error(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """A ``StorageError`` for a SQLite, SQLAlchemy or OS failure; None for anything else."""
    kind = store.failure_kind(exc)
    if kind is None:
        return None
    if isinstance(exc, BackupFailed) and exc.path is not None:
        path = exc.path
    detail = str(getattr(exc, "orig", None) or exc)
    return StorageError(storage_message(kind, path, detail), kind, path)


def _raise_storage(exc: BaseException, path: Path | None) -> NoReturn:
    error = storage_error(exc, path)
    if error is None:
        raise exc
    raise error from exc


# --- taking and listing ----------------------------------------------------------------


def local_now() -> datetime:
    """Backups are named and rotated by the counter's wall clock: a day is the consultant's day."""
    return datetime.now().replace(microsecond=0)


def database_file(target: str | os.PathLike[str] | Engine) -> Path | None:
    """The SQLite file behind a target or an engine; None for a server database."""
    if not isinstance(target, str | os.PathLike):
        return sqlite_path(target.url.render_as_string(hide_password=False))
    return plain_file(target) or sqlite_path(database_url(target))


def backups_dir(db_file: Path) -> Path:
    return backups_dir_for(Path(db_file))


def list_backups(db_file: Path) -> list[BackupFile]:
    """Every copy of ``db_file`` in its backups folder, newest first."""
    return store.list_backups(backups_dir(db_file), Path(db_file))


def take_backup(
    db_file: Path,
    kind: str = MANUAL,
    *,
    now: datetime | None = None,
    to: Path | None = None,
) -> Path:
    """Copy the database (safe while it is in use) to the backups folder or to ``to``.

    ``to`` may be a folder (the usual name is used inside it) or a new file name; an
    existing file is never replaced.
    """
    db_file = Path(db_file)
    now = now or local_now()
    if to is None:
        dest = store.free_name(backups_dir(db_file), db_file, kind, now)
    elif Path(to).is_dir():
        dest = store.free_name(Path(to), db_file, kind, now)
    else:
        dest = Path(to)
        if dest.exists():
            raise StorageError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP("Backups", "{path} already exists; choose a new file name."),
                    {"path": str(dest)},
                ),
                "exists",
                dest,
            )
    try:
        return store.copy_database(db_file, dest)
    except BackupFailed as exc:
        _raise_storage(exc, dest if exc.kind != "missing" else db_file)


def rotate(db_file: Path, *, now: datetime | None = None) -> list[Path]:
    """Remove the automatic backups the rotation no longer keeps."""
    return store.prune(list_backups(db_file), ROTATION, now or local_now(), AUTOMATIC_KINDS)


def daily_backup_due(db_file: Path, *, now: datetime | None = None) -> bool:
    """No copy of today's starting state exists yet (a pre-update copy counts as one)."""
    today = (now or local_now()).date()
    return not any(
        b.kind in (DAILY, PRE_MIGRATION) and b.taken_at.date() == today
        for b in list_backups(db_file)
    )


def take_daily_backup(db_file: Path, *, now: datetime | None = None) -> Path | None:
    """The first open of the day copies the file and prunes old copies; later opens do nothing."""
    now = now or local_now()
    if not Path(db_file).exists() or not daily_backup_due(db_file, now=now):
        return None
    path = take_backup(db_file, DAILY, now=now)
    rotate(db_file, now=now)
    return path


def take_automatic_backup(db_file: Path, kind: str, *, now: datetime | None = None) -> Path:
    now = now or local_now()
    path = take_backup(db_file, kind, now=now)
    rotate(db_file, now=now)
    return path


def newest_good_backup(db_file: Path, *, exclude: tuple[Path, ...] = ()) -> BackupFile | None:
    """The newest copy that passes a full check; damaged and replaced files are never offered."""
    for candidate in list_backups(db_file):
        if candidate.kind in (DAMAGED, REPLACED) or candidate.path in exclude:
            continue
        with contextlib.suppress(BackupFailed):
            if store.check_integrity(candidate.path, full=True).ok:
                return candidate
    return None


# --- restoring -------------------------------------------------------------------------


class RestoreResult(NamedTuple):
    backup: Path
    aside: Path | None


def _check_backup(backup: Path) -> None:
    try:
        result = store.check_integrity(backup, full=True)
    except BackupFailed as exc:
        _raise_storage(exc, backup)
    if not result.ok:
        raise StorageError(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Backups", "The backup {path} is damaged and cannot be restored."
                ),
                {"path": str(backup)},
            ),
            "damaged",
            backup,
        )


def move_aside(db_file: Path, kind: str, *, now: datetime | None = None) -> Path:
    """Rename the database (with its -wal) into the backups folder under a new name."""
    db_file = Path(db_file)
    dest = store.free_name(backups_dir(db_file), db_file, kind, now or local_now())
    try:
        return store.move_aside(db_file, dest)
    except BackupFailed as exc:
        _raise_storage(exc, db_file)


def restore_backup(db_file: Path, backup: Path, *, now: datetime | None = None) -> RestoreResult:
    """Put ``backup`` in place of the database; the current file is kept aside, not overwritten.

    The caller holds the database lock and has no connection open. If writing the copy
    fails (a full disk), the current file is moved back, so the database is never gone.
    """
    db_file, backup = Path(db_file), Path(backup)
    _check_backup(backup)
    aside = None
    if db_file.exists() or store.companions(db_file):
        aside = move_aside(db_file, REPLACED, now=now)
    try:
        store.restore_copy(backup, db_file)
    except BackupFailed as exc:
        if aside is not None:
            store.move_aside(aside, db_file)
        _raise_storage(exc, db_file)
    return RestoreResult(backup=backup, aside=aside)


def pending_restore_file(db_file: Path) -> Path:
    return Path(f"{db_file}{PENDING_SUFFIX}")


def schedule_restore(db_file: Path, backup: Path) -> None:
    """Ask the next start to restore ``backup`` (checked now, so a bad choice is refused now)."""
    import json  # here, not at import: a window's start does without it (desktop.core.options)

    backup = Path(backup)
    _check_backup(backup)
    marker = pending_restore_file(Path(db_file))
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(json.dumps({"backup": str(backup.resolve())}), encoding="utf-8")
    os.replace(tmp, marker)


def pending_restore(db_file: Path) -> Path | None:
    import json

    marker = pending_restore_file(Path(db_file))
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    value = data.get("backup") if isinstance(data, dict) else None
    return Path(value) if isinstance(value, str) else None


def cancel_pending_restore(db_file: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        pending_restore_file(Path(db_file)).unlink()


def apply_pending_restore(db_file: Path, *, now: datetime | None = None) -> RestoreResult | None:
    """Carry out a restore asked for in the last session; the request is used up either way."""
    backup = pending_restore(db_file)
    if backup is None:
        cancel_pending_restore(db_file)
        return None
    try:
        return restore_backup(db_file, backup, now=now)
    finally:
        cancel_pending_restore(db_file)

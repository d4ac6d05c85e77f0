"""Opening the database for a working session: one writer, a checked file, a way back.

SQLite itself is safe with several connections, but two copies of the app on one file
(two windows, or the app and an import from the command line) would each cache and
save stale records. A lock file beside the database says who has it open; a lock left
by a process that no longer exists (a crash, a power cut) is recovered, and that
recovery is itself a reason to check the file thoroughly.

Checking costs a read of the whole file (``PRAGMA quick_check``: about a second for
the largest counters when not cached), so it runs at the first open of each day (when
the daily backup is due and should not copy a damaged file), after a crash and after a
restore; other opens check the header, the length and the schema, which is instant. A
damaged file is renamed aside untouched and the newest good backup is offered.

Qt-free: the GUI and the command line open databases the same way.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from db import backup as store
from db.backup import BackupFailed, BackupFile
from db.migrate import NewerSchemaError, file_revision, head_revision, is_newer, open_database
from desktop.core import backups
from desktop.core.backups import RestoreResult, StorageError, storage_error, storage_message
from desktop.core.calendar import local_time
from desktop.core.errors import MadoguchiError
from desktop.core.firm_list import FileReads
from desktop.core.options import FirstScreenSettings, read_first_screen
from desktop.core.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:  # the lock and the checks run before SQLAlchemy is loaded
    from sqlalchemy.engine import Engine

CTX = "Startup"
LOCK_SUFFIX = ".lock"
# A lock file with no readable content is being written; after this long it is debris.
UNREADABLE_LOCK_GRACE = timedelta(seconds=10)
BREAK_GUARD_GRACE = timedelta(seconds=30)
# How long a command that must upgrade a database waits for another holder of the lock
# (a window opening it, another command) to finish the upgrade itself.
COMMAND_UPGRADE_WAIT = 10.0
LOCK_RETRY_INTERVAL = 0.1


# --- the single-writer lock --------------------------------------------------------------


def json_object(fields: dict[str, str | int]) -> str:
    """A flat JSON object of strings and integers, in ASCII as ``json.dumps`` writes it,
    without importing ``json``.

    A window writes its lock before its first screen, which does without ``json``
    (see ``desktop.core.options.decode``).
    """

    def char(c: str) -> str:
        if " " <= c <= "~":
            return "\\" + c if c in '"\\' else c
        code = ord(c)
        if code > 0xFFFF:  # a surrogate pair, as JSON writes it
            code -= 0x10000
            return f"\\u{0xD800 | code >> 10:04x}\\u{0xDC00 | code & 0x3FF:04x}"
        return f"\\u{code:04x}"

    def value(item: str | int) -> str:
        return str(item) if isinstance(item, int) else '"' + "".join(map(char, item)) + '"'

    return "{" + ", ".join(f"{value(k)}: {value(v)}" for k, v in fields.items()) + "}"


class LockInfo(NamedTuple):
    """Who holds a database: enough to tell a person where, and to tell a dead holder."""

    pid: int
    host: str
    since: datetime  # UTC
    token: str
    boot: str = ""
    command: str = ""  # the command holding it ("import", …); empty for a window

    def to_json(self) -> str:
        return json_object(
            {
                "app": "madoguchi",
                "pid": self.pid,
                "host": self.host,
                "since": self.since.replace(microsecond=0).isoformat() + "Z",
                "token": self.token,
                "boot": self.boot,
                "command": self.command,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        import json  # only when a lock is found: see json_object

        try:
            data = json.loads(text)
            return cls(
                pid=int(data["pid"]),
                host=str(data["host"]),
                since=datetime.fromisoformat(str(data["since"]).removesuffix("Z")),
                token=str(data["token"]),
                boot=str(data.get("boot", "")),
                command=str(data.get("command", "")),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def since_local(self) -> str:
        return local_time(self.since).strftime("%Y-%m-%d %H:%M")


def this_host() -> str:
    """The computer's name, as ``platform.node()`` (and ``socket.gethostname()``) give it.

    Read from ``os.uname`` where there is one, as ``platform`` does: importing
    ``platform`` compiles regular expressions a window's start has no use for, and the
    start takes this lock. Windows has no ``os.uname`` and asks ``platform``.
    """
    if hasattr(os, "uname"):
        return os.uname().nodename or "localhost"
    import platform

    return platform.node() or "localhost"


def boot_marker() -> str:
    """Something that changes at every boot, so a lock from before a reboot is known dead.

    After a power cut the old pid may belong to an unrelated process by now; comparing
    pids alone would then keep the database locked for good.
    """
    with contextlib.suppress(OSError):
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    if sys.platform == "win32":
        import ctypes

        uptime = ctypes.windll.kernel32.GetTickCount64()  # type: ignore[attr-defined]
        return f"t{round((time.time() - uptime / 1000) / 120)}"
    return ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this computer (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class AlreadyOpenError(MadoguchiError):
    """Another live Madoguchi holds the database."""

    def __init__(self, holder: LockInfo | None, lock_file: Path) -> None:
        self.holder = holder
        self.lock_file = lock_file
        if holder is None:
            message = Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "Another Madoguchi is opening this database right now. "
                    "Wait a moment and try again.",
                ),
            )
        elif holder.host == this_host() and holder.command:
            message = Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "The Madoguchi command “{command}” is working on this database on this "
                    "computer (since {since}, process {pid}). Wait for it to finish and try "
                    "again.",
                ),
                {"command": holder.command, "since": holder.since_local(), "pid": holder.pid},
            )
        elif holder.host == this_host():
            message = Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "Madoguchi already has this database open on this computer "
                    "(since {since}, process {pid}). Switch to that window, or close it "
                    "and try again.",
                ),
                {"since": holder.since_local(), "pid": holder.pid},
            )
        else:
            message = Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "This database is open in Madoguchi on the computer “{host}” (since "
                    "{since}). Close it there first. If that computer stopped without "
                    "closing Madoguchi, delete {lock} and try again.",
                ),
                {"host": holder.host, "since": holder.since_local(), "lock": str(lock_file)},
            )
        super().__init__(message)


def lock_file_for(db_file: Path) -> Path:
    return Path(f"{db_file}{LOCK_SUFFIX}")


class DatabaseLock:
    """Held while a session may write; release it (or use ``with``) when the session ends."""

    def __init__(
        self, path: Path, info: LockInfo, recovered: LockInfo | None, *, durable: bool = True
    ) -> None:
        self.path = path
        self.info = info
        self.recovered = recovered  # the dead holder whose lock was taken over, if any
        self._held = True
        self._durable = durable

    @property
    def held(self) -> bool:
        return self._held

    @property
    def durable(self) -> bool:
        """Whether the lock file is on the disk, so that it outlives a power cut."""
        return self._durable

    def make_durable(self) -> None:
        """Write the lock file through to the disk, if :func:`acquire_lock` left that.

        Called before anything can change the database: a lock that a power cut can take
        with it lets the next start skip the thorough check it then owes the file.
        Raises ``StorageError``.
        """
        if self._durable or not self._held:
            return
        try:
            fd = os.open(self.path, os.O_WRONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise _storage(exc, self.path.parent) from exc
        self._durable = True

    def release(self) -> None:
        """Remove the lock file if it is still ours (never another process's)."""
        if not self._held:
            return
        self._held = False
        try:
            current = LockInfo.from_json(self.path.read_text(encoding="utf-8"))
        except OSError:
            return
        if current is not None and current.token == self.info.token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _read_lock(path: Path) -> tuple[bytes, LockInfo | None] | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    return raw, LockInfo.from_json(raw.decode("utf-8", "replace"))


def _is_dead(holder: LockInfo) -> bool:
    if holder.host != this_host():
        return False  # no way to ask another computer; a person decides
    current_boot = boot_marker()
    if holder.boot and current_boot and holder.boot != current_boot:
        return True
    return not pid_alive(holder.pid)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _age(path: Path, now: datetime) -> timedelta:
    try:
        mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
    except FileNotFoundError:
        return timedelta(0)
    return now - mtime


def _break_lock(path: Path, expected: bytes) -> None:
    """Remove a dead holder's lock, unless it changed meanwhile (someone else recovered it).

    A second, short-lived guard file makes read-compare-delete a single step between
    processes that recover the same stale lock at the same moment.
    """
    guard = Path(f"{path}.break")
    for _ in range(50):
        try:
            fd = os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            if _age(guard, _utcnow()) > BREAK_GUARD_GRACE:
                with contextlib.suppress(FileNotFoundError):
                    guard.unlink()
            else:
                time.sleep(0.02)
            continue
        os.close(fd)
        try:
            with contextlib.suppress(FileNotFoundError):
                if path.read_bytes() == expected:
                    path.unlink()
        finally:
            with contextlib.suppress(FileNotFoundError):
                guard.unlink()
        return


def acquire_lock(
    db_file: Path, *, now: datetime | None = None, command: str = "", durable: bool = True
) -> DatabaseLock:
    """Take the database for this process, or raise ``AlreadyOpenError`` naming the holder.

    The lock file is created with ``O_EXCL`` (atomic on local disks and SMB shares) and
    holds pid, computer, time, a random token and the ``command`` taking it, if one does
    (so that a window refused names a command to wait for, not a window to switch to).
    Other processes see it at once; ``durable=False`` leaves writing it through to the
    disk (a millisecond or more on a laptop's disk) to ``DatabaseLock.make_durable``,
    which the window does on a worker after its first paint, before the engine opens.
    Raises ``StorageError`` when the folder cannot be written.
    """
    db_file = Path(db_file)
    lock = lock_file_for(db_file)
    recovered: LockInfo | None = None
    waits = 0
    for _ in range(100):
        moment = now or _utcnow()
        token = os.urandom(16).hex()  # as uuid4().hex was, without importing uuid
        info = LockInfo(os.getpid(), this_host(), moment, token, boot_marker(), command)
        try:
            lock.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            found = _read_lock(lock)
            if found is None:
                continue  # released meanwhile
            raw, holder = found
            if holder is None:
                if _age(lock, _utcnow()) < UNREADABLE_LOCK_GRACE:
                    waits += 1
                    if waits > 20:  # still being written after a second: someone is opening
                        break
                    time.sleep(0.05)
                    continue
                _break_lock(lock, raw)
                continue
            if _is_dead(holder):
                recovered = holder
                _break_lock(lock, raw)
                continue
            raise AlreadyOpenError(holder, lock) from None
        except OSError as exc:
            raise _storage(exc, lock.parent) from exc
        try:
            os.write(fd, info.to_json().encode("utf-8"))
            if durable:
                os.fsync(fd)
        except OSError as exc:
            os.close(fd)
            with contextlib.suppress(FileNotFoundError):
                lock.unlink()
            raise _storage(exc, lock.parent) from exc
        os.close(fd)
        return DatabaseLock(lock, info, recovered, durable=durable)
    raise AlreadyOpenError(None, lock)


def _storage(exc: BaseException, path: Path | None) -> StorageError:
    error = storage_error(exc, path)
    return error or StorageError(storage_message("other", path, str(exc)), "other", path)


# --- opening -----------------------------------------------------------------------------


class DamagedDatabaseError(MadoguchiError):
    """The file failed its check; it has been moved aside and ``backup`` is the best way back."""

    def __init__(self, aside: Path, problems: tuple[str, ...], backup: BackupFile | None) -> None:
        self.aside = aside
        self.problems = problems
        self.backup = backup
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "The database file is damaged. It has been moved aside, unchanged, to {aside}.",
                ),
                {"aside": str(aside)},
            )
        )


class OpenedDatabase(NamedTuple):
    engine: Engine
    db_file: Path | None
    check: str  # "full", "light" or "none" (a new file, or not SQLite)
    upgraded_from: str | None
    migration_backup: Path | None
    restored: RestoreResult | None
    daily_backup_due: bool


def _integrity(path: Path, *, full: bool) -> store.Integrity:
    """The file's check; what keeps it from being read (no permission, …) as a StorageError."""
    try:
        return store.check_integrity(path, full=full)
    except BackupFailed as exc:
        raise _storage(exc, path) from exc


class NewerDatabaseError(MadoguchiError):
    """The file was written by a newer Madoguchi: refused before any copy or change."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Startup",
                    "{path} was written by a newer version of Madoguchi (schema {revision}; "
                    "this version knows up to {head}). Open it with that version or a later "
                    "one; this version leaves it as it is.",
                ),
                {"path": str(path), "revision": revision, "head": head_revision()},
            )
        )


def _upgrade_due(path: Path) -> bool:
    """Whether an existing file is behind the schema this version writes.

    Raises ``NewerDatabaseError`` for a file ahead of it: backing it up and "upgrading"
    would copy it at every start and then fail.
    """
    revision = file_revision(path)
    if is_newer(revision):
        raise NewerDatabaseError(path, revision)
    return revision != head_revision()


def _has_content(path: Path) -> bool:
    """An existing, non-empty file: SQLite treats an empty file as a new database."""
    return path.exists() and path.stat().st_size > 0


def _check_writable(path: Path) -> None:
    for candidate in (path, path.parent):
        if candidate.exists() and not os.access(candidate, os.W_OK):
            raise StorageError(storage_message("readonly", candidate), "readonly", candidate)


class CheckedFile(NamedTuple):
    """A database checked, and backed up if an upgrade is due, but not opened yet.

    ``current`` says the file is at the head revision, so nothing will change it on
    opening: the window may read its first screen from it while the engine loads.
    """

    target: str | os.PathLike[str]
    db_file: Path | None
    check: str  # "full", "light" or "none" (a new file, or not SQLite)
    migration_backup: Path | None
    restored: RestoreResult | None
    daily_backup_due: bool
    current: bool


def _before_changes(lock: DatabaseLock | None) -> None:
    if lock is not None:
        lock.make_durable()


def check_file(
    target: str | os.PathLike[str],
    *,
    lock: DatabaseLock | None = None,
    full_check: bool | None = None,
    now: datetime | None = None,
) -> CheckedFile:
    """Check, and back up when an upgrade is due; everything before opening the engine.

    A restore scheduled in the last session is carried out first. ``full_check`` forces
    or skips the thorough check; by default it runs when the daily backup is due, after
    a crash (``lock.recovered``) and after a restore. Raises ``DamagedDatabaseError``
    (the file is already moved aside), ``StorageError`` or ``MadoguchiError``. Needs
    only the standard library.
    """
    checked = _check_file(target, lock, full_check, now, quick_only=False)
    assert checked is not None  # only a quick check stops short
    return checked


def check_quickly(
    target: str | os.PathLike[str], *, lock: DatabaseLock | None = None
) -> CheckedFile | None:
    """:func:`check_file` when all it has to do is quick, else None before doing any of it.

    A restore, the thorough check and the copy before an upgrade take seconds on a
    large counter's file, and the window does them on a worker with a box
    (``desktop.ui.session``); every other start is checked at once, without a thread.
    """
    return _check_file(target, lock, None, None, quick_only=True)


def _check_file(
    target: str | os.PathLike[str],
    lock: DatabaseLock | None,
    full_check: bool | None,
    now: datetime | None,
    *,
    quick_only: bool,
) -> CheckedFile | None:
    now = now or backups.local_now()
    path = backups.database_file(target)
    if path is None:
        return CheckedFile(target, None, "none", None, None, False, False)
    restored = None
    if backups.pending_restore_file(path).exists():
        if quick_only:
            return None
        _before_changes(lock)
        restored = backups.apply_pending_restore(path, now=now)
    exists = _has_content(path)
    daily_due = exists and backups.daily_backup_due(path, now=now)
    check = "none"
    if exists:
        _check_writable(path)
        if full_check is None:
            crashed = lock is not None and lock.recovered is not None
            full_check = daily_due or crashed or restored is not None
        if full_check and quick_only:
            return None
        check = "full" if full_check else "light"
        integrity = _integrity(path, full=full_check)
        if not integrity.ok:
            _before_changes(lock)
            aside = backups.move_aside(path, backups.DAMAGED, now=now)
            raise DamagedDatabaseError(aside, integrity.problems, backups.newest_good_backup(path))
    migration_backup = None
    current = exists and not _upgrade_due(path)
    if exists and not current:
        if quick_only:
            return None
        _before_changes(lock)
        migration_backup = backups.take_automatic_backup(path, backups.PRE_MIGRATION, now=now)
        daily_due = False
    return CheckedFile(target, path, check, migration_backup, restored, daily_due, current)


def open_file(checked: CheckedFile) -> OpenedDatabase:
    """Open (and upgrade) a checked database: this is where SQLAlchemy is loaded."""
    path = checked.db_file
    try:
        result = open_database(checked.target)
    except NewerSchemaError as exc:  # a server database, which the file check cannot read
        raise NewerDatabaseError(Path(str(checked.target)), exc.revision) from exc
    except Exception as exc:
        error = storage_error(exc, path) if path is not None else None
        if error is None:
            raise
        raise error from exc
    return OpenedDatabase(
        engine=result.engine,
        db_file=path,
        check=checked.check,
        upgraded_from=result.upgraded_from,
        migration_backup=checked.migration_backup,
        restored=checked.restored,
        daily_backup_due=checked.daily_backup_due,
    )


def _opening_writes(path: Path) -> bool:
    """Whether opening ``path`` changes it: a new (or empty) file, or one behind the schema."""
    return not _has_content(path) or _upgrade_due(path)


def open_for_command(
    target: str | os.PathLike[str],
    *,
    lock: DatabaseLock | None = None,
    wait: float | None = None,
    command: str = "",
) -> OpenedDatabase:
    """Open for a command: the window's single-writer lock and backup around an upgrade.

    A file already at the current schema is opened as it is, without the lock: reading
    beside an open window is allowed. A new file, or one that needs an upgrade, is
    created or upgraded (after the same backup the window takes) only under the lock
    that the window and the writing commands take: ``lock`` when the caller holds it
    already, otherwise it is taken here and released once the upgrade is done. So a
    command never upgrades a database that a window has open, and two commands never
    upgrade one file at once. While another process holds the lock, this waits up to
    ``wait`` seconds (``COMMAND_UPGRADE_WAIT`` by default) for it to finish the
    upgrade itself, then raises ``AlreadyOpenError`` naming the holder.

    Without the window's other checks (the day's thorough check, a scheduled restore):
    a command is short and often run by a script, and the window makes them at its
    next start.
    """
    path = backups.database_file(target)
    if path is None or not _opening_writes(path):
        return _opened_for_command(target, path, None)
    if lock is not None and lock.held:
        return _upgrade_for_command(target, path)
    deadline = time.monotonic() + (COMMAND_UPGRADE_WAIT if wait is None else wait)
    while True:
        try:
            taken = acquire_lock(path, command=command)
        except AlreadyOpenError:
            if not _opening_writes(path):  # its holder did the upgrade meanwhile
                return _opened_for_command(target, path, None)
            if time.monotonic() >= deadline:
                raise
            time.sleep(LOCK_RETRY_INTERVAL)
            continue
        with taken:
            return _upgrade_for_command(target, path)


def _upgrade_for_command(target: str | os.PathLike[str], path: Path) -> OpenedDatabase:
    """Back up and open (upgrading) ``path``; the caller holds its lock.

    A file that is not a readable database (not SQLite, cut short) is said to be damaged
    before anything is copied or written; it stays as it is, for ``check`` and the window.
    """
    backup = None
    if _has_content(path) and _upgrade_due(path):
        if not _integrity(path, full=False).ok:
            raise StorageError(storage_message("damaged", path), "damaged", path)
        backup = backups.take_automatic_backup(path, backups.PRE_MIGRATION)
    return _opened_for_command(target, path, backup)


def _opened_for_command(
    target: str | os.PathLike[str], path: Path | None, backup: Path | None
) -> OpenedDatabase:
    """Opened as the window opens a checked file, without the window's checks."""
    return open_file(CheckedFile(target, path, "none", backup, None, False, current=False))


# --- the first screen, drawn before the engine exists ---------------------------------------


class FirstScreen(NamedTuple):
    """Reads from a checked file for the window's first screen, and its settings."""

    facts: FirstScreenSettings
    reads: FileReads


def first_screen(checked: CheckedFile) -> FirstScreen | None:
    """Reads for drawing the window before the engine is open, when that is safe.

    Only a SQLite file already at the head revision qualifies: opening it will change
    nothing. Anything else (a new file, an upgrade due, a server, a file that cannot be
    read this way) returns None, and the window waits for the engine as it always may.
    """
    if checked.db_file is None or not checked.current:
        return None
    reads: FileReads | None = None
    try:
        reads = FileReads(checked.db_file)
        with reads() as conn:
            facts = read_first_screen(conn)
    except Exception:  # anything odd: the engine path opens the file and says what is wrong
        if reads is not None:
            reads.close()
        return None
    return FirstScreen(facts, reads)


# What the views import from the core: imported with the engine, off the GUI thread.
VIEW_MODULES = (
    "desktop.core.consultants",
    "desktop.core.consultation_queries",
    "desktop.core.consultations",
    "desktop.core.dashboard",
    "desktop.core.drafts",
    "desktop.core.firms",
    "desktop.core.playbook_runs",
    "desktop.core.playbooks",
    "desktop.core.settings",
)


def open_for_window(checked: CheckedFile) -> OpenedDatabase:
    """:func:`open_file`, then the modules the views need, so the GUI thread need not.

    Runs on a worker while the first screen is up: importing SQLAlchemy, SQLModel and
    the tables takes several times longer than drawing the window.
    """
    opened = open_file(checked)
    try:
        for name in VIEW_MODULES:
            importlib.import_module(name)
    except BaseException:
        opened.engine.dispose()
        raise
    return opened

"""Copies of a live SQLite file: taking them, naming them, pruning them, putting one back.

Copies go through SQLite's online backup API, never a plain file copy: a file copied
while another connection writes, or without its ``-wal`` beside it, can be torn, while
the backup API reads one committed snapshot and lets writers carry on (WAL). A copy is
written under a temporary name, checked, synced, and only then given its final name, so
a name in the backups folder always means a complete, readable file.

Nothing here deletes or overwrites a database somebody had: a file being replaced is
renamed aside with its ``-wal`` under a new name, and a new file only ever takes a name
nobody holds. Pruning removes backups only, and only those the caller calls automatic.

This module knows files and SQLite; what to tell a person is decided in ``desktop.core``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal, NamedTuple, TypeVar

from db.engine import SQLITE_BUSY_TIMEOUT_MS, sqlite_file_uri

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".sqlite3"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
STAMP_FORMAT = "%Y%m%d-%H%M%S"

_KIND = r"[a-z][a-z-]*"
_STAMP = r"\d{8}-\d{6}"

T = TypeVar("T")

Failure = Literal["full", "readonly", "locked", "damaged", "missing", "other"]


class BackupFailed(Exception):
    """A copy could not be made or checked; ``kind`` says why, for the caller to explain."""

    def __init__(self, kind: Failure, detail: str, path: Path | None = None) -> None:
        super().__init__(detail)
        self.kind: Failure = kind
        self.path = path


# SQLite primary result codes (sqlite3.h); Python reports extended codes, whose low byte
# is the primary one.
_SQLITE_FAILURES: dict[int, Failure] = {
    3: "readonly",  # SQLITE_PERM
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "readonly",  # SQLITE_READONLY
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "readonly",  # SQLITE_CANTOPEN: in practice a folder we may not write to
    26: "damaged",  # SQLITE_NOTADB
}
_OS_FAILURES: dict[int, Failure] = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EACCES: "readonly",
    errno.EPERM: "readonly",
    errno.EROFS: "readonly",
    errno.ENOENT: "missing",
}


def failure_kind(exc: BaseException) -> Failure | None:
    """Why a storage operation failed, from SQLite's or the OS's own code; None if not storage.

    Codes, not message texts, decide: message texts differ between SQLite builds.
    SQLAlchemy's wrappers are looked through via their ``orig`` attribute.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, BackupFailed):
            return current.kind
        if isinstance(current, sqlite3.Error):
            code = getattr(current, "sqlite_errorcode", None)
            if isinstance(code, int):
                return _SQLITE_FAILURES.get(code & 0xFF, "other")
            return "other"
        if isinstance(current, OSError) and current.errno is not None:
            return _OS_FAILURES.get(current.errno, "other")
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else current.__cause__
    return None


def _fail(exc: BaseException, path: Path | None) -> BackupFailed:
    return BackupFailed(failure_kind(exc) or "other", str(exc), path)


# --- names ---------------------------------------------------------------------------


class BackupFile(NamedTuple):
    path: Path
    taken_at: datetime
    kind: str
    size: int


def backup_name(db_file: Path, kind: str, taken_at: datetime, seq: int = 0) -> str:
    """``<stem>_<YYYYmmdd-HHMMSS>[-n]_<kind>.sqlite3``: sorts by time, readable in a folder."""
    if not re.fullmatch(_KIND, kind):
        raise ValueError(f"bad backup kind {kind!r}")
    stamp = taken_at.strftime(STAMP_FORMAT) + (f"-{seq}" if seq else "")
    return f"{db_file.stem}_{stamp}_{kind}{BACKUP_SUFFIX}"


def parse_backup_name(db_file: Path, name: str) -> tuple[datetime, str] | None:
    pattern = rf"{re.escape(db_file.stem)}_({_STAMP})(?:-\d+)?_({_KIND}){re.escape(BACKUP_SUFFIX)}"
    match = re.fullmatch(pattern, name)
    if match is None:
        return None
    stamp = match.group(1)  # YYYYmmdd-HHMMSS, digits checked by the pattern
    try:  # read by hand: strptime's first call costs more than the window's first page
        taken_at = datetime(
            int(stamp[0:4]),
            int(stamp[4:6]),
            int(stamp[6:8]),
            int(stamp[9:11]),
            int(stamp[11:13]),
            int(stamp[13:15]),
        )
    except ValueError:
        return None
    return taken_at, match.group(2)


def list_backups(folder: Path, db_file: Path) -> list[BackupFile]:
    """The backups of ``db_file`` in ``folder``, newest first."""
    found: list[BackupFile] = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return []
    for entry in entries:
        parsed = parse_backup_name(db_file, entry.name)
        if parsed is None or not entry.is_file():
            continue
        with contextlib.suppress(FileNotFoundError):
            found.append(BackupFile(Path(entry.path), parsed[0], parsed[1], entry.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def free_name(folder: Path, db_file: Path, kind: str, taken_at: datetime) -> Path:
    """A backup path in ``folder`` that no file holds yet (a counter breaks same-second ties)."""
    for seq in range(1000):
        candidate = folder / backup_name(db_file, kind, taken_at, seq)
        if not candidate.exists() and not any(
            Path(f"{candidate}{s}").exists() for s in COMPANION_SUFFIXES
        ):
            return candidate
    raise BackupFailed("other", "no free backup name", folder)


# --- copying ---------------------------------------------------------------------------


def _fsync_path(path: Path, *, directory: bool = False) -> None:
    if directory and os.name == "nt":
        return  # Windows cannot open a folder for syncing; NTFS journals the rename
    fd = os.open(path, os.O_RDONLY if directory else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(tmp: Path, final: Path) -> None:
    """Give ``tmp`` the name ``final``, failing rather than replacing an existing file."""
    if os.name == "nt":
        os.rename(tmp, final)  # refuses an existing target on Windows
        return
    try:
        os.link(tmp, final)  # refuses an existing target; atomic
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        if final.exists():  # a file system without hard links (FAT): check, then rename
            raise FileExistsError(errno.EEXIST, "file exists", str(final)) from exc
        os.rename(tmp, final)
        return
    tmp.unlink()


def _connect_source(source: Path) -> sqlite3.Connection:
    if not source.is_file():
        raise BackupFailed("missing", f"no such file: {source}", source)
    conn = sqlite3.connect(source, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    return conn


def copy_database(
    source: Path,
    dest: Path,
    *,
    prepare: Callable[[sqlite3.Connection], None] | None = None,
) -> Path:
    """A consistent, self-contained, checked copy of ``source`` at ``dest`` (a new name).

    The copy is in rollback-journal mode, so it is one file that can be moved, mailed or
    opened read-only on its own. ``prepare`` may set pragmas on the copy's connection
    before any page is written (tests use it to make the disk look full). Raises
    ``BackupFailed``; on any failure no file is left at ``dest`` or beside it.
    """
    source, dest = Path(source), Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail(exc, dest.parent) from exc
    if dest.exists():
        raise BackupFailed("other", f"will not overwrite {dest}", dest)
    tmp = dest.with_name(f".{dest.name}.{os.urandom(4).hex()}.part")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        src = _connect_source(source)
        try:
            dst = sqlite3.connect(tmp)
            try:
                if prepare is not None:
                    prepare(dst)
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE").fetchall()
                rows = [r[0] for r in dst.execute("PRAGMA quick_check").fetchall()]
                if rows != ["ok"]:
                    raise BackupFailed("damaged", "; ".join(map(str, rows[:5])), source)
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_path(tmp)
        _place(tmp, dest)
        _fsync_path(dest.parent, directory=True)
    except BackupFailed:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise _fail(exc, dest) from exc
    finally:
        for leftover in (tmp, *(Path(f"{tmp}{s}") for s in COMPANION_SUFFIXES)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return dest


# --- checking --------------------------------------------------------------------------


class Integrity(NamedTuple):
    ok: bool
    problems: tuple[str, ...] = ()


def _header_problems(path: Path) -> list[str]:
    size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return ["not a SQLite database (bad header)"]
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return [f"impossible page size {page_size}"]
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    changes = int.from_bytes(header[24:28], "big")
    wal = Path(f"{path}-wal")
    # A checkpoint cut short by a crash writes page 1 before the file grows; its -wal
    # still holds the rest, so with a non-empty -wal a short file is not damage.
    pending = wal.exists() and wal.stat().st_size > 0
    if pages and valid_for == changes and not pending and size < pages * page_size:
        return [f"the file is shorter than its header says ({size} < {pages * page_size} bytes)"]
    return []


def check_integrity(path: Path, *, full: bool = True) -> Integrity:
    """Whether ``path`` is a readable SQLite database, without writing to it.

    ``full`` runs ``PRAGMA quick_check`` (reads every page: about a second for a large
    counter's file when it is not cached). Otherwise only the header, the file length
    and the schema are read, which finds truncated and overwritten-header files at once.
    Raises ``BackupFailed`` when the file cannot be read at all for reasons other than
    damage (missing, no permission), so a caller never mistakes those for damage.
    """
    path = Path(path)
    try:
        problems = _header_problems(path)
    except OSError as exc:
        raise _fail(exc, path) from exc
    if problems:
        return Integrity(False, tuple(problems))
    try:
        conn = sqlite3.connect(sqlite_file_uri(path, "ro"), uri=True)
    except sqlite3.Error as exc:
        raise _fail(exc, path) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if full:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                return Integrity(False, tuple(rows[:20]))
    except sqlite3.Error as exc:
        if failure_kind(exc) == "damaged":
            return Integrity(False, (str(exc),))
        raise _fail(exc, path) from exc
    finally:
        conn.close()
    return Integrity(True)


# --- moving aside and putting back -------------------------------------------------------


def companions(db_file: Path) -> list[Path]:
    return [Path(f"{db_file}{s}") for s in COMPANION_SUFFIXES if Path(f"{db_file}{s}").exists()]


def move_aside(db_file: Path, dest: Path) -> Path:
    """Rename ``db_file`` and its ``-wal``/``-shm``/``-journal`` to ``dest`` (+ suffix).

    A rename keeps every byte as it was (nothing opens the file, nothing checkpoints),
    and the pair ``dest`` + ``dest-wal`` opens in SQLite exactly as the original would.
    The main file moves last, so a failure half-way leaves the original name usable.
    """
    db_file, dest = Path(db_file), Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists() or any(Path(f"{dest}{s}").exists() for s in COMPANION_SUFFIXES):
            raise BackupFailed("other", f"will not overwrite {dest}", dest)
        for companion in companions(db_file):
            suffix = companion.name[len(db_file.name) :]
            os.rename(companion, Path(f"{dest}{suffix}"))
        os.rename(db_file, dest)
        _fsync_path(dest.parent, directory=True)
        _fsync_path(db_file.parent, directory=True)
    except BackupFailed:
        raise
    except OSError as exc:
        raise _fail(exc, db_file) from exc
    return dest


def restore_copy(backup: Path, db_file: Path) -> None:
    """Write a copy of ``backup`` as ``db_file``, which must not exist (move it aside first)."""
    if Path(db_file).exists() or companions(Path(db_file)):
        raise BackupFailed("other", f"will not overwrite {db_file}", Path(db_file))
    copy_database(backup, db_file)


# --- pruning ---------------------------------------------------------------------------


class Rotation(NamedTuple):
    """How many to keep: the newest per day, per ISO week and per month, plus everything recent."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    within: timedelta = timedelta(days=1)


def select_to_keep(
    items: Sequence[tuple[datetime, T]], rotation: Rotation, now: datetime
) -> set[T]:
    """The items a rotation keeps.

    For each period (day, ISO week, month) the newest item of each of the last *n*
    periods that have one is kept, as in most backup tools: a laptop left shut for a
    week does not lose its older copies. Everything taken within ``rotation.within`` of
    ``now`` (or dated in the future, as after a clock change) is kept too, so several
    imports on one day can each still be undone.
    """
    ordered = sorted(items, key=lambda pair: pair[0], reverse=True)
    keep: set[T] = {item for taken, item in ordered if taken >= now - rotation.within}
    buckets: list[tuple[int, Callable[[datetime], object]]] = [
        (rotation.daily, lambda t: t.date()),
        (rotation.weekly, lambda t: tuple(t.isocalendar())[:2]),
        (rotation.monthly, lambda t: (t.year, t.month)),
    ]
    for limit, key_of in buckets:
        seen: set[object] = set()
        for taken, item in ordered:
            key = key_of(taken)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(key)
            keep.add(item)
    return keep


def prune(
    backups: Iterable[BackupFile], rotation: Rotation, now: datetime, kinds: Iterable[str]
) -> list[Path]:
    """Delete the backups of ``kinds`` that the rotation does not keep; returns what went."""
    wanted = set(kinds)
    candidates = [b for b in backups if b.kind in wanted]
    keep = select_to_keep([(b.taken_at, b.path) for b in candidates], rotation, now)
    removed: list[Path] = []
    for backup in candidates:
        if backup.path in keep:
            continue
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed

"""Backups on real SQLite files: rotation, copies under load, restore, and failing disks."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from db import backup as store
from db.backup import BackupFailed, Rotation, select_to_keep
from db.migrate import open_database
from desktop.core import backups, firms
from desktop.core.backups import StorageError
from desktop.core.firms import FirmInput
from tests.firms import make_firm

NOW = datetime(2026, 11, 21, 10, 0)  # a Saturday


# --- helpers shared with the other safety tests ---------------------------------------


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_firms(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM firm").fetchone()[0])
    finally:
        conn.close()


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()


def _writable(path: Path) -> bool:
    try:
        if path.is_dir():
            probe = path / f".probe-{uuid.uuid4().hex}"
            probe.write_bytes(b"")
            probe.unlink()
        else:
            with path.open("r+b"):
                pass
    except OSError:
        return False
    return True


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Make ``path`` unwritable for this process; yields the technique that worked.

    ``chmod`` does not stop root, so as root the immutable attribute is used instead;
    only when neither works (root without ``chattr``) is the test skipped.
    """
    mode = path.stat().st_mode
    technique = ""
    try:
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
        if not _writable(path):
            technique = "chmod"
        else:
            os.chmod(path, mode)
            chattr = shutil.which("chattr")
            if chattr and subprocess.run([chattr, "+i", str(path)], check=False).returncode == 0:
                technique = "chattr"
            if not technique or _writable(path):
                pytest.skip("cannot make a path read-only here (root without chattr)")
        yield technique
    finally:
        if technique == "chattr":
            subprocess.run(["chattr", "-i", str(path)], check=False)
        os.chmod(path, mode)


# --- rotation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("counter_20261121-093015_daily.sqlite3", (datetime(2026, 11, 21, 9, 30, 15), "daily")),
        ("counter_20260229-000000_daily.sqlite3", None),  # 2026 is not a leap year
        ("counter_20261301-000000_daily.sqlite3", None),
        ("counter_20261121-246000_daily.sqlite3", None),
        (
            "counter_20261121-093015-2_pre-migration.sqlite3",
            (datetime(2026, 11, 21, 9, 30, 15), "pre-migration"),
        ),
        ("other_20261121-093015_daily.sqlite3", None),
        ("counter_2026112-093015_daily.sqlite3", None),
    ],
)
def test_backup_names_are_read_back_or_refused(
    name: str, expected: tuple[datetime, str] | None
) -> None:
    assert store.parse_backup_name(Path("counter.sqlite3"), name) == expected
    if expected is not None:
        assert store.backup_name(Path("counter.sqlite3"), expected[1], expected[0]) in (
            name,
            name.replace("-2_", "_"),
        )


def test_rotation_keeps_seven_days_four_weeks_twelve_months_and_the_last_day() -> None:
    days = [NOW.replace(hour=9) - timedelta(days=n) for n in range(400)]
    extra_today = NOW - timedelta(hours=3)  # two imports this morning: both kept
    items = [(t, t) for t in [*days, extra_today]]
    kept = select_to_keep(items, Rotation(daily=7, weekly=4, monthly=12), NOW)
    expected_days = [
        *(f"2026-11-{d:02d}" for d in range(15, 22)),  # 7 daily: 15th (Sun) … 21st
        "2026-11-08",
        "2026-11-01",  # weekly: the Sundays closing the two weeks before
        "2026-10-31",
        "2026-09-30",
        "2026-08-31",
        "2026-07-31",
        "2026-06-30",
        "2026-05-31",
        "2026-04-30",
        "2026-03-31",
        "2026-02-28",
        "2026-01-31",
        "2025-12-31",  # monthly: month ends, 12 months counting November
    ]
    assert sorted(t.date().isoformat() for t in kept if t != extra_today) == sorted(expected_days)
    assert extra_today in kept
    assert len(kept) == len(expected_days) + 1


def test_rotation_counts_days_that_have_backups_not_calendar_days() -> None:
    # A laptop left shut for three weeks keeps its last copies from before the break.
    before_break = [NOW - timedelta(days=30 + n) for n in range(10)]
    kept = select_to_keep([(t, t) for t in before_break], Rotation(daily=7), NOW)
    assert set(before_break[:7]) <= kept


def test_rotate_prunes_only_automatic_copies_in_the_folder(
    engine: sa.Engine, db_path: Path
) -> None:
    make_firm(engine, "株式会社燕精工")
    first = backups.take_backup(db_path, backups.DAILY, now=NOW - timedelta(days=300))
    folder = backups.backups_dir(db_path)
    for n in range(1, 40):  # cheap copies of a real backup under names of other days
        for kind in (backups.DAILY, backups.PRE_IMPORT):
            when = NOW - timedelta(days=n, hours=kind == backups.PRE_IMPORT)
            shutil.copyfile(first, folder / store.backup_name(db_path, kind, when))
    manual = backups.take_backup(db_path, backups.MANUAL, now=NOW - timedelta(days=200))
    replaced = folder / store.backup_name(db_path, backups.REPLACED, NOW - timedelta(days=100))
    shutil.copyfile(first, replaced)

    removed = backups.rotate(db_path, now=NOW)

    left = {b.path for b in backups.list_backups(db_path)}
    assert manual in left and replaced in left and first in left  # first: oldest month kept
    assert removed and not (set(removed) & left)
    automatic = [b for b in backups.list_backups(db_path) if b.kind in backups.AUTOMATIC_KINDS]
    # One per day for 7 days, plus week and month representatives.
    per_day = {b.taken_at.date() for b in automatic}
    assert len(automatic) == len(per_day)
    assert len(automatic) <= 7 + 4 + 12
    assert Rotation(daily=7, weekly=4, monthly=12) == backups.ROTATION  # what the README says
    assert {(NOW - timedelta(days=n)).date() for n in range(1, 8)} <= per_day  # the last 7 days


# --- taking a copy ------------------------------------------------------------------------


def test_backup_is_a_standalone_checked_copy(engine: sa.Engine, db_path: Path) -> None:
    make_firm(engine, "株式会社燕精工")
    path = backups.take_backup(db_path, now=NOW)
    assert path.parent == db_path.parent / "backups"
    assert path.name == "counter_20261121-100000_manual.sqlite3"
    assert integrity(path) == ["ok"]
    assert count_firms(path) == 1
    assert not Path(f"{path}-wal").exists()  # one file: it can be moved or mailed
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    again = backups.take_backup(db_path, now=NOW)  # same second: a new name, not a clash
    assert again != path and again.exists()


def test_backup_while_another_connection_writes(engine: sa.Engine, db_path: Path) -> None:
    """Every copy is one committed state, even with a writer committing throughout."""
    make_firm(engine, "seed")
    stop, started = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        conn = sqlite3.connect(db_path, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        try:
            n = 0
            while not stop.is_set():
                with conn:  # one transaction of ten firms
                    for _ in range(10):
                        n += 1
                        conn.execute(
                            "INSERT INTO firm (id, created_at, updated_at, kind, name, name_kana,"
                            " prefecture_code, city, address, postal_code, contact_name, phone,"
                            " email, main_products, overseas_markets, notes)"
                            " VALUES (?, '2026-01-01', '2026-01-01', 'company', ?, '', '15',"
                            " '', '', '', '', '', '', '', '', '')",
                            (uuid.uuid4().hex, f"firm {n}"),
                        )
                started.set()
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    assert started.wait(10)
    try:
        copies = [backups.take_backup(db_path, now=NOW + timedelta(seconds=i)) for i in range(5)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    counts = [count_firms(c) for c in copies]
    assert all(integrity(c) == ["ok"] for c in copies)
    assert all((n - 1) % 10 == 0 for n in counts), counts  # whole transactions only
    assert counts == sorted(counts) and counts[-1] > 1, counts
    assert count_firms(db_path) >= counts[-1]


def test_disk_full_during_a_copy_says_so_and_leaves_nothing(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    for n in range(30):
        make_firm(engine, f"株式会社テスト{n}")
    dest = tmp_path / "out" / "copy.sqlite3"
    with pytest.raises(BackupFailed) as caught:
        store.copy_database(db_path, dest, prepare=lambda c: c.execute("PRAGMA max_page_count = 5"))
    assert caught.value.kind == "full"
    error = backups.storage_error(caught.value)
    assert isinstance(error, StorageError)
    assert error.message.render() == (
        "The disk is full, so nothing was saved. Free some space and try again."
    )
    assert list(dest.parent.iterdir()) == []  # no partial copy under any name


def test_backup_into_a_read_only_folder_says_so(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    make_firm(engine, "株式会社燕精工")
    folder = tmp_path / "usb"
    folder.mkdir()
    with read_only(folder), pytest.raises(StorageError) as caught:
        backups.take_backup(db_path, to=folder)
    assert caught.value.kind == "readonly"
    text = caught.value.message.render()
    assert text.startswith("Madoguchi may not write to ") and "read-only" in text
    assert "Nothing was saved" in text
    assert list(folder.iterdir()) == []


def test_backup_to_an_existing_file_is_refused(
    engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "precious.sqlite3"
    target.write_bytes(b"do not overwrite")
    with pytest.raises(StorageError) as caught:
        backups.take_backup(db_path, to=target)
    assert "already exists" in caught.value.message.render()
    assert target.read_bytes() == b"do not overwrite"


def test_backup_of_a_locked_database_still_works(engine: sa.Engine, db_path: Path) -> None:
    """WAL lets the copy read while another connection holds the write lock."""
    make_firm(engine, "株式会社燕精工")
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE firm SET city = 'uncommitted'")
    try:
        path = backups.take_backup(db_path, now=NOW)
    finally:
        holder.rollback()
        holder.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT city FROM firm").fetchall() == [("",)]
    conn.close()


# --- restoring ----------------------------------------------------------------------------


def test_restore_keeps_the_current_file_aside(engine: sa.Engine, db_path: Path) -> None:
    make_firm(engine, "before the backup")
    backup = backups.take_backup(db_path, now=NOW - timedelta(hours=2))
    make_firm(engine, "after the backup")
    engine.dispose()
    current = {p.name: sha(p) for p in [db_path, *store.companions(db_path)]}
    backup_sha = sha(backup)

    result = backups.restore_backup(db_path, backup, now=NOW)

    assert count_firms(db_path) == 1
    assert result.aside is not None and result.aside.parent == backup.parent
    assert "_replaced" in result.aside.name
    # The replaced file is the very same bytes (with its -wal), never rewritten.
    moved = {
        p.name.replace(result.aside.name, db_path.name): sha(p)
        for p in [result.aside, *store.companions(result.aside)]
    }
    assert moved == current
    assert count_firms(result.aside) == 2
    assert sha(backup) == backup_sha  # the backup stays as it was, for another time
    listed = {b.path: b.kind for b in backups.list_backups(db_path)}
    assert listed[result.aside] == backups.REPLACED


def test_a_damaged_backup_is_not_restored(engine: sa.Engine, db_path: Path) -> None:
    make_firm(engine, "株式会社燕精工")
    backup = backups.take_backup(db_path, now=NOW)
    with backup.open("r+b") as fh:
        fh.write(b"garbage!" * 20)
    engine.dispose()
    before = sha(db_path)
    with pytest.raises(StorageError) as caught:
        backups.restore_backup(db_path, backup, now=NOW)
    assert "is damaged and cannot be restored" in caught.value.message.render()
    assert sha(db_path) == before
    assert backups.newest_good_backup(db_path) is None


def test_scheduled_restore_runs_once(engine: sa.Engine, db_path: Path) -> None:
    make_firm(engine, "A")
    backup = backups.take_backup(db_path, now=NOW)
    make_firm(engine, "B")
    engine.dispose()
    backups.schedule_restore(db_path, backup)
    assert backups.pending_restore(db_path) == backup.resolve()
    result = backups.apply_pending_restore(db_path, now=NOW)
    assert result is not None and result.aside is not None
    assert count_firms(db_path) == 1
    assert backups.pending_restore(db_path) is None
    assert backups.apply_pending_restore(db_path, now=NOW) is None


def test_daily_backup_once_a_day(engine: sa.Engine, db_path: Path) -> None:
    make_firm(engine, "A")
    first = backups.take_daily_backup(db_path, now=NOW)
    assert first is not None
    assert backups.take_daily_backup(db_path, now=NOW + timedelta(hours=5)) is None
    assert backups.take_daily_backup(db_path, now=NOW + timedelta(days=1)) is not None


def test_failure_kinds_come_from_codes(tmp_path: Path) -> None:
    assert store.failure_kind(OSError(28, "No space left on device")) == "full"
    assert store.failure_kind(PermissionError(13, "Permission denied")) == "readonly"
    assert store.failure_kind(ValueError("not storage")) is None
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"hello" * 100)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(bad).execute("SELECT * FROM sqlite_master").fetchall()
    assert store.failure_kind(caught.value) == "damaged"


def test_integrity_check_reads_without_writing(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    open_database(path).engine.dispose()
    before = sha(path)
    assert store.check_integrity(path, full=True).ok
    assert store.check_integrity(path, full=False).ok
    assert sha(path) == before
    truncated = tmp_path / "t.sqlite3"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    result = store.check_integrity(truncated, full=False)
    assert not result.ok and "shorter" in result.problems[0]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (r"\\server\share\窓口\db.sqlite3", "file:////server/share/%E7%AA%93%E5%8F%A3/db.sqlite3"),
        (r"C:\Users\a b\x#1.sqlite3", "file:/C:/Users/a%20b/x%231.sqlite3"),
    ],
)
def test_a_windows_path_makes_a_uri_sqlite_takes(path: str, uri: str) -> None:
    """A share's server must not land in the URI's authority, which SQLite refuses."""
    from pathlib import PureWindowsPath

    from db.engine import sqlite_file_uri

    assert sqlite_file_uri(PureWindowsPath(path), "ro") == uri + "?mode=ro"


def test_a_file_whose_name_a_uri_must_quote_is_checked_and_read_as_it_is(tmp_path: Path) -> None:
    from db.engine import make_reading_engine

    path = tmp_path / "窓口 #1 ?100%.sqlite3"
    engine = open_database(path).engine
    firms.create_firm(engine, FirmInput(name="一番商店", prefecture_code="15"))
    engine.dispose()
    before = path.read_bytes()
    assert store.check_integrity(path, full=True).ok
    reading = make_reading_engine(path)
    try:
        with reading.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM firm").scalar_one() == "一番商店"
    finally:
        reading.dispose()
    assert path.read_bytes() == before
    with pytest.raises(BackupFailed):  # never created by a check
        store.check_integrity(tmp_path / "missing.sqlite3")

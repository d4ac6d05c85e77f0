"""Opening for a session: the single-writer lock, damaged files, read-only files, upgrades."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from db import backup as store
from db.migrate import current_revision, head_revision, open_database
from desktop.core import backups, startup
from desktop.core.backups import StorageError
from desktop.core.startup import (
    AlreadyOpenError,
    DamagedDatabaseError,
    LockInfo,
    acquire_lock,
    check_file,
    lock_file_for,
    open_file,
)
from tests.unit.test_backup import count_firms, read_only, sha
from tests.unit.test_health import counter_file

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 21, 10, 0)


def fill(engine: sa.Engine, n: int) -> None:
    """``n`` firms in one transaction: enough pages that damage lands inside a table."""
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO firm (id, created_at, updated_at, kind, name, name_kana,"
                " prefecture_code, city, address, postal_code, contact_name, phone, email,"
                " main_products, overseas_markets, notes) VALUES (:id, '2026-01-01',"
                " '2026-01-01', 'company', :name, 'カナ', '15', '燕市', '', '', '', '', '',"
                " :products, '', '')"
            ),
            [
                {"id": uuid.uuid4().hex, "name": f"株式会社テスト{i}", "products": "金属加工" * 20}
                for i in range(n)
            ],
        )


def write_lock(db_path: Path, **fields: object) -> Path:
    info = {
        "app": "madoguchi",
        "pid": os.getpid(),
        "host": startup.this_host(),
        "since": "2026-11-21T01:00:00Z",
        "token": "someone-else",
        "boot": startup.boot_marker(),
        **fields,
    }
    lock = lock_file_for(db_path)
    lock.write_text(json.dumps(info), encoding="utf-8")
    return lock


def dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


# --- the lock ----------------------------------------------------------------------------


def test_a_second_writer_is_refused_with_a_clear_message(db_path: Path) -> None:
    with acquire_lock(db_path) as lock:
        info = json.loads(lock.path.read_text(encoding="utf-8"))
        assert info["pid"] == os.getpid() and info["host"] == startup.this_host()
        with pytest.raises(AlreadyOpenError) as caught:
            acquire_lock(db_path)
        text = caught.value.message.render()
        assert text.startswith("Madoguchi already has this database open on this computer")
        assert f"process {os.getpid()}" in text
    assert not lock_file_for(db_path).exists()
    acquire_lock(db_path).release()  # free again


def test_the_lock_names_this_computer_as_platform_does_with_a_fresh_token(
    db_path: Path,
) -> None:
    """A lock written by a version that asked ``platform`` is still known as this
    computer's, and two locks never share a token."""
    import platform

    assert startup.this_host() == (platform.node() or "localhost")
    with acquire_lock(db_path) as first:
        token = first.info.token
    with acquire_lock(db_path) as second:
        assert second.info.token != token
    assert len(token) == 32 and int(token, 16) >= 0


def test_the_lock_is_json_as_json_reads_it_whatever_the_names() -> None:
    fields: dict[str, str | int] = {
        "pid": 4321,
        "host": "窓口-PC 😀",
        'quote"back\\slash': "tab\tnew\nline\x00\x7f~",
        "alone": "\udc80",  # a byte the file system's name could not decode
    }
    text = startup.json_object(fields)
    assert json.loads(text) == fields
    assert text.isascii() and text == json.dumps(fields).replace("\\n", "\\u000a").replace(
        "\\t", "\\u0009"
    )


class Fsyncs:
    """The files written through to the disk (os.fsync), by name."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        real = os.fsync

        def fsync(fd: int) -> None:
            self.names.append(Path(os.readlink(f"/proc/self/fd/{fd}")).name)
            real(fd)

        monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names open files by /proc")
def test_a_lock_taken_for_later_is_seen_at_once_and_on_the_disk_when_asked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fsyncs = Fsyncs(monkeypatch)
    lock = acquire_lock(db_path, durable=False)
    assert not lock.durable and fsyncs.names == []
    with pytest.raises(AlreadyOpenError):  # another process sees it without the disk
        acquire_lock(db_path)
    lock.make_durable()
    lock.make_durable()  # once is enough
    assert lock.durable and fsyncs.names == [lock.path.name]
    lock.release()
    with acquire_lock(db_path):  # by default, on the disk before it is handed over
        assert fsyncs.names == [lock.path.name] * 2


def test_the_check_puts_the_lock_on_the_disk_before_it_changes_anything(
    engine: sa.Engine, db_path: Path
) -> None:
    fill(engine, 3)
    engine.dispose()
    with acquire_lock(db_path, durable=False) as lock:
        check_file(db_path, lock=lock, full_check=False, now=NOW)
        assert not lock.durable  # a light check reads only
    backup = backups.take_backup(db_path, now=NOW - timedelta(days=1))
    backups.schedule_restore(db_path, backup)
    with acquire_lock(db_path, durable=False) as lock:
        assert check_file(db_path, lock=lock, now=NOW).restored is not None
        assert lock.durable
    with db_path.open("r+b") as fh:
        fh.write(b"this is not a database header")
    with acquire_lock(db_path, durable=False) as lock:
        with pytest.raises(DamagedDatabaseError):
            check_file(db_path, lock=lock, now=NOW)
        assert lock.durable
    old = db_path.with_name("old.sqlite3")
    open_database(old, revision="0001").engine.dispose()
    with acquire_lock(old, durable=False) as lock:
        assert check_file(old, lock=lock, now=NOW).migration_backup is not None
        assert lock.durable


def test_a_window_refused_by_a_running_command_is_told_to_wait_for_it(db_path: Path) -> None:
    import io

    from desktop.cli.context import CliContext

    ctx = CliContext(str(db_path), io.StringIO(), io.StringIO(), command="import", creates=True)
    with ctx.writing(), pytest.raises(AlreadyOpenError) as caught:
        acquire_lock(db_path)  # as the window takes it
    text = caught.value.message.render()
    assert text.startswith("The Madoguchi command “import” is working on this database")
    assert "Wait for it to finish" in text and "Switch to that window" not in text
    assert f"process {os.getpid()}" in text


def test_a_killed_holder_leaves_a_stale_lock_that_is_recovered(db_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from desktop.core.startup import acquire_lock\n"
        f"lock = acquire_lock(Path({str(db_path)!r}))\n"
        "print('locked', flush=True); sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyOpenError) as caught:
            acquire_lock(db_path)
        assert caught.value.holder is not None and caught.value.holder.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    assert lock_file_for(db_path).exists()  # a crash leaves the file behind
    with acquire_lock(db_path) as lock:
        assert lock.recovered is not None and lock.recovered.pid == holder.pid


def test_a_lock_of_a_process_that_does_not_exist_is_recovered(db_path: Path) -> None:
    write_lock(db_path, pid=dead_pid())
    lock = acquire_lock(db_path)
    assert lock.recovered is not None and lock.recovered.token == "someone-else"
    assert LockInfo.from_json(lock.path.read_text()).token == lock.info.token  # type: ignore[union-attr]
    lock.release()


def test_a_lock_from_before_a_reboot_is_recovered_even_if_its_pid_is_reused(db_path: Path) -> None:
    if not startup.boot_marker():
        pytest.skip("no boot marker on this system")
    write_lock(db_path, pid=os.getppid(), boot="another-boot")  # a live pid, but old boot
    with acquire_lock(db_path) as lock:
        assert lock.recovered is not None


def test_a_lock_held_on_another_computer_is_respected(db_path: Path) -> None:
    lock_file = write_lock(db_path, host="counter-pc-2", pid=dead_pid())
    with pytest.raises(AlreadyOpenError) as caught:
        acquire_lock(db_path)
    text = caught.value.message.render()
    assert "on the computer “counter-pc-2”" in text and str(lock_file) in text
    assert lock_file.exists()


def test_an_unreadable_lock_is_waited_for_then_cleared_when_old(db_path: Path) -> None:
    lock_file = lock_file_for(db_path)
    lock_file.write_bytes(b"")  # being written by someone right now
    started = time.monotonic()
    with pytest.raises(AlreadyOpenError) as caught:
        acquire_lock(db_path)
    assert time.monotonic() - started < 3
    assert "opening this database right now" in caught.value.message.render()
    old = time.time() - 3600
    os.utime(lock_file, (old, old))  # debris of a crash during creation
    acquire_lock(db_path).release()


def test_release_never_removes_another_process_lock(db_path: Path) -> None:
    lock = acquire_lock(db_path)
    lock.path.unlink()
    other = write_lock(db_path, token="theirs")
    lock.release()
    assert other.exists()


def test_no_lock_in_a_read_only_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    with read_only(folder), pytest.raises(StorageError) as caught:
        acquire_lock(folder / "counter.sqlite3")
    assert caught.value.kind == "readonly"
    assert "read-only" in caught.value.message.render()


# --- opening -----------------------------------------------------------------------------


def corrupt_middle(path: Path, seed: int = 7) -> None:
    size = path.stat().st_size
    page = 4096
    offset = (size // 2) // page * page
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(random.Random(seed).randbytes(page))


def test_a_damaged_file_is_moved_aside_untouched_and_the_newest_good_backup_offered(
    engine: sa.Engine, db_path: Path
) -> None:
    fill(engine, 400)
    good = backups.take_backup(db_path, backups.DAILY, now=NOW - timedelta(days=2))
    newer = backups.take_backup(db_path, backups.DAILY, now=NOW - timedelta(days=1))
    corrupt_middle(newer)  # the newest copy is bad too: it must be passed over
    engine.dispose()
    corrupt_middle(db_path)
    assert not store.check_integrity(db_path, full=True).ok
    damaged_bytes = sha(db_path)

    with pytest.raises(DamagedDatabaseError) as caught:
        open_file(check_file(db_path, now=NOW))

    error = caught.value
    assert not db_path.exists()
    assert sha(error.aside) == damaged_bytes  # moved, never rewritten
    assert error.aside.parent == backups.backups_dir(db_path) and "_damaged" in error.aside.name
    assert error.backup is not None and error.backup.path == good
    assert str(error.aside) in error.message.render()
    assert error.message.render().startswith("The database file is damaged.")

    restored = backups.restore_backup(db_path, error.backup.path, now=NOW)
    assert restored.aside is None  # nothing was there to keep: the damaged file is aside
    opened = open_file(check_file(db_path, now=NOW))
    assert count_firms(db_path) == 400
    opened.engine.dispose()


def test_a_damaged_file_with_no_good_backup_offers_none(engine: sa.Engine, db_path: Path) -> None:
    fill(engine, 400)
    engine.dispose()
    with db_path.open("r+b") as fh:
        fh.write(b"this is not a database header")
    with pytest.raises(DamagedDatabaseError) as caught:
        open_file(check_file(db_path, full_check=False, now=NOW))  # even the quick check sees it
    assert caught.value.backup is None
    assert caught.value.aside.read_bytes().startswith(b"this is not a database header")


def test_the_thorough_check_runs_once_a_day_after_a_crash_and_after_a_restore(
    engine: sa.Engine, db_path: Path
) -> None:
    engine.dispose()
    first = open_file(check_file(db_path, now=NOW))
    assert first.check == "full" and first.daily_backup_due
    first.engine.dispose()
    backups.take_daily_backup(db_path, now=NOW)
    later = open_file(check_file(db_path, now=NOW + timedelta(hours=1)))
    assert later.check == "light" and not later.daily_backup_due
    later.engine.dispose()
    write_lock(db_path, pid=dead_pid())
    with acquire_lock(db_path) as lock:
        after_crash = open_file(check_file(db_path, lock=lock, now=NOW + timedelta(hours=2)))
        assert after_crash.check == "full"
        after_crash.engine.dispose()


def test_a_pending_restore_is_carried_out_at_the_next_open(
    engine: sa.Engine, db_path: Path
) -> None:
    fill(engine, 3)
    backup = backups.take_backup(db_path, now=NOW - timedelta(days=1))
    fill(engine, 2)
    backups.schedule_restore(db_path, backup)
    engine.dispose()
    opened = open_file(check_file(db_path, now=NOW))
    assert opened.restored is not None and opened.restored.aside is not None
    assert opened.check == "full"
    assert count_firms(db_path) == 3 and count_firms(opened.restored.aside) == 5
    opened.engine.dispose()


def test_an_upgrade_is_preceded_by_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path, revision="0001").engine.dispose()
    opened = open_file(check_file(path, now=NOW))
    assert opened.migration_backup is not None
    assert opened.upgraded_from == "0001"
    assert current_revision(opened.engine) == head_revision()
    copy_engine = sa.create_engine(f"sqlite:///{opened.migration_backup}")
    assert current_revision(copy_engine) == "0001"
    copy_engine.dispose()
    assert not opened.daily_backup_due  # the pre-update copy is today's copy
    opened.engine.dispose()


def test_a_read_only_database_file_is_reported_before_anything_is_written(
    engine: sa.Engine, db_path: Path
) -> None:
    fill(engine, 3)
    engine.dispose()
    before = sha(db_path)
    with read_only(db_path), pytest.raises(StorageError) as caught:
        open_file(check_file(db_path, now=NOW))
    assert caught.value.kind == "readonly"
    assert caught.value.message.render().startswith(f"Madoguchi may not write to {db_path}")
    assert sha(db_path) == before
    assert backups.list_backups(db_path) == []


def test_a_new_database_needs_no_check(tmp_path: Path) -> None:
    opened = open_file(check_file(tmp_path / "new.sqlite3", now=NOW))
    assert opened.check == "none" and opened.migration_backup is None
    opened.engine.dispose()


def test_lock_info_round_trips() -> None:
    info = LockInfo(12, "pc", datetime(2026, 1, 2, 3, 4, 5), "tok", "boot")
    assert LockInfo.from_json(info.to_json()) == info
    command = info._replace(command="export")
    assert LockInfo.from_json(command.to_json()) == command
    older = json.loads(info.to_json())
    del older["command"]  # written before locks named their command: a window's
    assert LockInfo.from_json(json.dumps(older)) == info
    assert LockInfo.from_json("{not json") is None
    assert LockInfo.from_json(json.dumps({"pid": "x"})) is None
    assert info.since.tzinfo is None


# --- the first screen, read before the engine is opened ---------------------------------------


def set_up_counter(path: Path, firms_wanted: int = 0) -> sa.Engine:
    from desktop.core import firms as firm_records
    from desktop.core.settings import CounterSetup, apply_setup

    engine = open_database(path).engine
    apply_setup(
        engine,
        CounterSetup(
            counter_name="新潟県知財総合支援窓口",
            prefecture_code="15",
            consultant_name="佐藤 花子",
            language="ja",
        ),
    )
    for n in range(firms_wanted):
        firm_records.create_firm(
            engine, firm_records.FirmInput(name=f"株式会社テスト{n:03d}", prefecture_code="15")
        )
    return engine


def test_the_first_screen_reads_settings_and_firms_as_the_engine_would(tmp_path: Path) -> None:
    from desktop.core import firm_list, firms, settings

    path = tmp_path / "counter.sqlite3"
    engine = set_up_counter(path, firms_wanted=30)
    query = firms.FirmQuery(text="テスト01")
    expected_page = firms.firm_page(engine, query, 0, 200)
    engine.dispose()

    checked = startup.check_file(path, now=NOW)
    assert checked.current and checked.check in ("full", "light")
    first = startup.first_screen(checked)
    assert first is not None
    try:
        assert first.facts.language == "ja" and first.facts.set_up
        assert first.facts.counter_name == "新潟県知財総合支援窓口"
        assert first.facts.consultant_name == "佐藤 花子"
        with first.reads() as conn:
            assert firm_list.count(conn, query) == len(expected_page) == 10
            assert firm_list.page(conn, query, 0, 200) == expected_page
            with pytest.raises(sqlite3.OperationalError):  # these reads cannot write
                conn.execute("DELETE FROM firm")
    finally:
        first.reads.close()
    engine = open_database(path).engine
    assert settings.get(engine, settings.COUNTER_NAME) == first.facts.counter_name
    with firms.reads(engine)() as conn:
        assert firm_list.count(conn, firms.FirmQuery()) == 30
    engine.dispose()


def test_no_first_screen_for_a_new_file_an_upgrade_or_a_server(tmp_path: Path) -> None:
    new = startup.check_file(tmp_path / "new.sqlite3", now=NOW)
    assert not new.current and startup.first_screen(new) is None

    old = tmp_path / "old.sqlite3"
    open_database(old, revision="0006").engine.dispose()
    due = startup.check_file(old, now=NOW)
    assert not due.current and due.migration_backup is not None
    assert startup.first_screen(due) is None

    server = startup.check_file("postgresql://counter.example/madoguchi", now=NOW)
    assert server.db_file is None and startup.first_screen(server) is None


def test_opening_for_the_window_upgrades_after_the_check_took_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(path, revision="0006").engine.dispose()
    checked = startup.check_file(path, now=NOW)
    opened = startup.open_for_window(checked)
    try:
        assert opened.upgraded_from == "0006"
        assert current_revision(opened.engine) == head_revision()
        assert opened.migration_backup == checked.migration_backup
        assert [b.kind for b in backups.list_backups(path)] == [backups.PRE_MIGRATION]
        assert not list(tmp_path.glob("*.bak"))  # no second copy beside the file
    finally:
        opened.engine.dispose()


# --- opening for a command -----------------------------------------------------------------


def old_counter(path: Path, firms: int = 20, consultations: int = 0) -> Path:
    """A demo counter whose schema is one revision behind, as a newer version finds it."""
    return counter_file(path, firms=firms, consultations=consultations, revision="0006")


def untouched(path: Path, before: str) -> None:
    """Not a byte of ``path`` changed, no backup taken, nothing waiting to be written."""
    assert sha(path) == before
    assert backups.list_backups(path) == []
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_command_does_not_upgrade_a_database_the_window_holds(tmp_path: Path) -> None:
    path = old_counter(tmp_path / "old.sqlite3")
    before = sha(path)
    with acquire_lock(path):  # this test process plays the open window
        with pytest.raises(AlreadyOpenError) as caught:
            startup.open_for_command(path, wait=0.3)
        assert caught.value.holder is not None and caught.value.holder.pid == os.getpid()
        assert caught.value.message.render().startswith(
            "Madoguchi already has this database open on this computer"
        )
        untouched(path, before)
        assert count_firms(path) == 20
    opened = startup.open_for_command(path)  # the window closed: the command may upgrade
    try:
        assert opened.upgraded_from == "0006" and current_revision(opened.engine) == head_revision()
        assert [b.kind for b in backups.list_backups(path)] == [backups.PRE_MIGRATION]
        assert not lock_file_for(path).exists()  # taken for the upgrade, then let go
    finally:
        opened.engine.dispose()


def test_a_command_waits_while_the_window_upgrades_then_reads(tmp_path: Path) -> None:
    """The window takes the lock, then upgrades on a worker: a command asked meanwhile
    waits for that upgrade instead of running its own, and needs no lock to read."""
    import threading

    path = old_counter(tmp_path / "old.sqlite3")
    results: list[object] = []
    with acquire_lock(path) as window_lock:
        refused = threading.Event()  # the command has met the window's lock
        take = startup.acquire_lock

        def acquire(*args: object, **kwargs: object) -> object:
            try:
                return take(*args, **kwargs)  # type: ignore[arg-type]
            except AlreadyOpenError:
                refused.set()
                raise

        command = threading.Thread(
            target=lambda: results.append(startup.open_for_command(path, wait=20))
        )
        startup.acquire_lock = acquire  # type: ignore[assignment]
        try:
            command.start()
            assert refused.wait(20)  # the command is waiting for the lock
        finally:
            startup.acquire_lock = take
        assert results == []
        opened = startup.open_file(startup.check_file(path, lock=window_lock, now=NOW))
        command.join(30)
        assert not command.is_alive()
        [mine] = results
        try:
            assert opened.upgraded_from == "0006"
            assert mine.upgraded_from is None and mine.migration_backup is None  # type: ignore[attr-defined]
            assert current_revision(mine.engine) == head_revision()  # type: ignore[attr-defined]
            assert [b.kind for b in backups.list_backups(path)] == [backups.PRE_MIGRATION]
            assert window_lock.held and lock_file_for(path).exists()  # still the window's
        finally:
            mine.engine.dispose()  # type: ignore[attr-defined]
            opened.engine.dispose()


def test_a_command_holding_the_lock_upgrades_without_taking_it_twice(tmp_path: Path) -> None:
    path = old_counter(tmp_path / "old.sqlite3")
    with acquire_lock(path) as lock:  # as ``CliContext.writing`` holds it
        opened = startup.open_for_command(path, lock=lock, wait=0)
        try:
            assert opened.upgraded_from == "0006" and opened.migration_backup is not None
        finally:
            opened.engine.dispose()
        assert lock.held and LockInfo.from_json(lock.path.read_text()).token == lock.info.token  # type: ignore[union-attr]


def test_a_current_database_is_read_beside_the_window_without_waiting(
    engine: sa.Engine, db_path: Path
) -> None:
    fill(engine, 3)
    engine.dispose()
    before = sha(db_path)
    with acquire_lock(db_path):
        # wait=0: a command that tried the window's lock would be refused at once
        opened = startup.open_for_command(db_path, wait=0)
        try:
            assert opened.upgraded_from is None and opened.migration_backup is None
        finally:
            opened.engine.dispose()
    assert sha(db_path) == before


def test_a_new_database_is_created_under_the_lock_too(tmp_path: Path) -> None:
    path = tmp_path / "new" / "counter.sqlite3"
    with acquire_lock(path):  # a window creating it right now
        with pytest.raises(AlreadyOpenError):
            startup.open_for_command(path, wait=0.2)
        assert not path.exists()
    opened = startup.open_for_command(path)
    try:
        assert current_revision(opened.engine) == head_revision()
        assert not lock_file_for(path).exists()
    finally:
        opened.engine.dispose()

"""A command on a database behind the schema upgrades it only under the single-writer lock.

The app takes the lock before it checks and upgrades a file; these tests hold it from
the test process, as the open app would, and run the real commands against a real
file one revision behind.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db.migrate import file_revision, head_revision
from desktop.core import backups, startup
from desktop.core.startup import acquire_lock
from tests.e2e.cli import ROOT, cli, madoguchi
from tests.unit.test_backup import count_firms, sha
from tests.unit.test_health import counter_file
from tests.unit.test_startup import old_counter

FIRMS, CONSULTATIONS = 60, 600
MONTH = "2026-10"

# The real command, which also adds a line to the file named first each time it finds
# the lock held by another process (and so must wait for it).
REFUSALS_NOTED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.__main__ import main
    from desktop.core import startup

    refusals = Path(sys.argv[1])
    taking = startup.acquire_lock

    def acquire_lock(*args, **kwargs):
        try:
            return taking(*args, **kwargs)
        except startup.AlreadyOpenError:
            with refusals.open("a", encoding="utf-8") as noted:
                noted.write("refused\\n")
            raise

    startup.acquire_lock = acquire_lock
    sys.exit(main(sys.argv[2:]))
    """
)


def wait_for(
    condition: Callable[[], bool], process: subprocess.Popen[str], timeout: float = 60.0
) -> None:
    """Return once ``condition`` holds; fail if ``process`` ends or ``timeout`` passes first."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"still waiting after {timeout} s"
        time.sleep(0.01)


def refusals(path: Path) -> int:
    """How many times the command has found the lock held, as noted by ``REFUSALS_NOTED``."""
    try:
        return path.read_text(encoding="utf-8").count("\n")
    except FileNotFoundError:
        return 0


def test_no_command_upgrades_a_database_the_app_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = old_counter(tmp_path / "counter.sqlite3", firms=FIRMS, consultations=CONSULTATIONS)
    monkeypatch.setattr(startup, "COMMAND_UPGRADE_WAIT", 0.3)  # how long it waits: not 10 s
    before = sha(db)
    commands = [
        ("firms",),
        ("search", "特許"),
        ("export", "monthly", "--month", MONTH, "--draft", "--out", tmp_path / "m.xlsx"),
        ("export", "fy", "--fy", "2026", "--out", tmp_path / "fy.xlsx"),
        ("report", "monthly", "--month", MONTH, "--out", tmp_path / "m.pdf"),
        ("import", "firms", tmp_path / "none.csv", "--dry-run"),
        ("demo", "--force", "--firms", "1", "--consultations", "1"),
    ]
    (tmp_path / "none.csv").write_text("事業者名\n株式会社見本\n", encoding="utf-8")
    with acquire_lock(db):  # this test process plays the open app
        for args in commands:
            done = cli("--db", db, *args)
            assert done.returncode == 3, (args, done.stdout, done.stderr)
            assert (
                "error: Madoguchi already has this database open on this computer" in done.stderr
            ), (args, done.stderr)
            assert done.stdout == "", args
        assert sha(db) == before  # not upgraded, not a byte written
        assert backups.list_backups(db) == []
        assert not (tmp_path / "m.xlsx").exists() and not (tmp_path / "m.pdf").exists()
    assert file_revision(db) == "0006" and count_firms(db) == FIRMS

    listed = cli("--db", db, "firms", "--limit", "100")  # the app closed: it may upgrade
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.splitlines()) == FIRMS and listed.stderr == f"{FIRMS} firm(s)\n"
    assert file_revision(db) == head_revision()
    assert [b.kind for b in backups.list_backups(db)] == [backups.PRE_MIGRATION]
    assert not startup.lock_file_for(db).exists()


@pytest.mark.slow
def test_a_command_waits_while_the_app_upgrades_then_reads_beside_it(tmp_path: Path) -> None:
    db = old_counter(tmp_path / "counter.sqlite3", firms=FIRMS, consultations=CONSULTATIONS)
    noted = tmp_path / "refusals.txt"
    command = ["--db", str(db), "firms", "--limit", "100"]
    with acquire_lock(db) as app_lock:
        waiting = subprocess.Popen(
            [sys.executable, "-c", REFUSALS_NOTED, str(noted), *command],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        try:
            # The command has found the file behind and the lock taken, and has tried
            # again since: it waits rather than giving up or upgrading.
            wait_for(lambda: refusals(noted) >= 2, waiting)
            assert waiting.poll() is None, waiting.communicate()
            assert file_revision(db) == "0006" and backups.list_backups(db) == []
            # What the app does at start: check (and back up), then upgrade.
            opened = startup.open_file(startup.check_file(db, lock=app_lock))
            opened.engine.dispose()
            out, err = waiting.communicate(timeout=60)
        finally:
            if waiting.poll() is None:
                waiting.kill()
                waiting.wait(10)
        assert waiting.returncode == 0, err
        assert len(out.splitlines()) == FIRMS and err == f"{FIRMS} firm(s)\n"
        assert app_lock.held and startup.lock_file_for(db).exists()  # still the app's
    assert [b.kind for b in backups.list_backups(db)] == [backups.PRE_MIGRATION]  # one copy
    assert file_revision(db) == head_revision()


@pytest.mark.slow
def test_commands_started_together_on_an_old_file_upgrade_it_once(tmp_path: Path) -> None:
    """Without the lock each process backed up and upgraded on its own: the migration ran
    more than once, each left its own copy, and on a larger file a later upgrade found the
    version already moved (or the copy's name taken) and stopped with a traceback."""
    db = old_counter(tmp_path / "counter.sqlite3", firms=300, consultations=3000)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    commands = [("firms", "--limit", "1"), ("search", "特許", "--limit", "1"), ("firms", "燕")]
    running = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop", "--db", str(db), *args],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for args in commands
    ]
    results = [(p.communicate(timeout=120), p.returncode) for p in running]
    for (_out, err), code in results:
        assert code == 0, err
        assert "Traceback" not in err
    assert [b.kind for b in backups.list_backups(db)] == [backups.PRE_MIGRATION]
    assert file_revision(db) == head_revision()
    checked = madoguchi("--db", db, "check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout


def test_a_command_on_a_file_from_a_newer_madoguchi_says_so_and_copies_nothing(
    tmp_path: Path,
) -> None:
    db = counter_file(tmp_path / "counter.sqlite3", firms=3, consultations=10)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    for _ in range(2):
        done = cli("--db", db, "firms")
        assert done.returncode == 1
        assert "written by a newer version of Madoguchi (schema 0099" in done.stderr
        assert "Traceback" not in done.stderr
    assert backups.list_backups(db) == [] and file_revision(db) == "0099"

"""``check_database`` on real files: healthy, not SQLite at all, damaged in the middle, cut short.

The check reads a file as it is: whatever it finds, the file keeps every byte, and no
``-wal`` or ``-shm`` is left beside it.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from db.migrate import head_revision, open_database
from desktop.core import backups, demo
from desktop.core.health import check_database, shell_command

PAGE = 4096
FIRMS, CONSULTATIONS = 40, 300


def counter_file(
    path: Path,
    *,
    firms: int = FIRMS,
    consultations: int = CONSULTATIONS,
    revision: str = "head",
) -> Path:
    """A database at ``revision`` holding a small demo counter (a few hundred pages)."""
    engine = open_database(path, revision=revision).engine
    try:
        demo.generate(
            engine,
            size=demo.DemoSize(firms=firms, consultations=consultations),
            end=date(2026, 10, 31),
        )
    finally:
        engine.dispose()
    return path


def random_file(path: Path, size: int = 20_000) -> Path:
    path.write_bytes(random.Random(7).randbytes(size))
    return path


def damage_middle(path: Path, pages: int = 8) -> None:
    """Overwrite whole pages in the middle of the file, as a bad sector or a torn copy would."""
    total = path.stat().st_size // PAGE
    assert total > 4 * pages, "the file is too small to damage in the middle"
    with path.open("r+b") as fh:
        fh.seek((total // 2) * PAGE)
        fh.write(random.Random(11).randbytes(pages * PAGE))


def truncate_half(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate((path.stat().st_size // PAGE // 2) * PAGE)


def snapshot(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and every name beside it: what a check must leave as it found it."""
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def counter(tmp_path: Path) -> Path:
    return counter_file(tmp_path / "counter.sqlite3")


def healthy_lines(db: Path) -> list[str]:
    """The report on a healthy counter made by ``counter_file``, line by line."""
    return [
        f"database: {db}",
        "integrity: ok (integrity_check)",
        "foreign keys: ok",
        f"schema: {head_revision()} (this version needs {head_revision()})",
        "search index: ok",
        f"records: {FIRMS} firms, {CONSULTATIONS} consultations",
        "result: ok",
    ]


def test_a_healthy_counter_passes(counter: Path) -> None:
    before = snapshot(counter)
    report = check_database(counter)
    assert report.ok
    assert report.lines() == healthy_lines(counter)
    assert snapshot(counter) == before


def test_a_file_that_is_not_sqlite_is_named_so_and_left_alone(tmp_path: Path) -> None:
    junk = random_file(tmp_path / "counter.sqlite3")
    before = snapshot(junk)
    report = check_database(junk)
    assert not report.ok
    assert report.lines() == [
        f"database: {junk}",
        "PROBLEM: not a SQLite database (bad header)",
        f"no good backup of this file was found in {tmp_path / 'backups'}",
        "result: 1 problem(s)",
    ]
    assert snapshot(junk) == before


def test_damage_in_the_middle_is_found_and_the_newest_good_backup_named(counter: Path) -> None:
    copy = backups.take_backup(counter, backups.MANUAL)
    damage_middle(counter)
    before = snapshot(counter)

    report = check_database(counter)

    assert not report.ok
    assert report.problems[0].startswith("the database file is damaged"), report.problems
    assert not any("Traceback" in line for line in report.lines())
    taken = backups.list_backups(counter)[0].taken_at
    assert report.advice == [
        f"the newest good backup is {copy.name} ({taken:%Y-%m-%d %H:%M}); "
        "to put it in place, keeping this file aside, run: "
        f"madoguchi --db {counter} restore {copy.name}"
    ]
    assert report.lines()[-1] == f"result: {len(report.problems)} problem(s)"
    assert snapshot(counter) == before  # the damaged file is evidence: not a byte changed


def test_a_file_cut_short_is_found_from_its_header(counter: Path) -> None:
    size = counter.stat().st_size
    truncate_half(counter)
    before = snapshot(counter)
    report = check_database(counter)
    assert report.problems == [
        "the database file is damaged: the file is shorter than its header says "
        f"({counter.stat().st_size} < {size} bytes)"
    ]
    assert snapshot(counter) == before


def test_the_check_leaves_the_journal_mode_and_an_empty_file_as_they_were(
    tmp_path: Path,
) -> None:
    """Opening through the app's engine switches a file to WAL, which rewrites its header."""
    plain = tmp_path / "other-tool.sqlite3"
    conn = sqlite3.connect(plain)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("CREATE TABLE note (text TEXT)")
    conn.commit()
    conn.close()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    before = snapshot(plain)

    report = check_database(plain)
    assert report.problems == ["this is not a Madoguchi database (no schema version)"]
    assert snapshot(plain) == before
    assert check_database(empty).problems == ["not a SQLite database (bad header)"]
    assert empty.stat().st_size == 0


def test_a_folder_is_unreadable_not_damaged(tmp_path: Path) -> None:
    report = check_database(tmp_path)
    [problem] = report.problems
    assert problem.startswith("cannot read the database: ") and report.advice == []


@pytest.mark.parametrize(
    ("windows", "expected"),
    [
        (False, "madoguchi --db '/home/yamada/My Counter/counter.sqlite3' restore b.sqlite3"),
        (True, 'madoguchi --db "C:\\Users\\Yamada\\My Counter\\counter.sqlite3" restore b.sqlite3'),
    ],
)
def test_the_restore_command_is_quoted_for_the_users_shell(windows: bool, expected: str) -> None:
    folder = "C:\\Users\\Yamada\\My Counter" if windows else "/home/yamada/My Counter"
    sep = "\\" if windows else "/"
    args = ["madoguchi", "--db", f"{folder}{sep}counter.sqlite3", "restore", "b.sqlite3"]
    assert shell_command(args, windows=windows) == expected


def test_a_database_from_a_newer_madoguchi_is_not_called_behind(counter: Path) -> None:
    """The app refuses such a file; check must not advise opening it to upgrade."""
    from tests.unit.test_migrations import as_if_newer

    report = check_database(as_if_newer(counter))
    assert any("written by a newer version of Madoguchi" in p for p in report.problems)
    assert not any("upgrades it" in p for p in report.problems)

"""``madoguchi check`` on a healthy, a foreign and a damaged file, as a user runs it.

Through ``desktop.__main__.main`` (the real parser and command, in this process) and as a
real process: the exit status, the lines printed, nothing on stderr (no traceback),
and the file left exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from desktop.core import backups
from tests.e2e.cli import cli, madoguchi
from tests.unit.test_health import (
    counter_file,
    damage_middle,
    healthy_lines,
    random_file,
    snapshot,
    truncate_half,
)


class Broken(NamedTuple):
    """Broken databases beside the counter's file, each in its own way."""

    cut: Path  # a copy cut short, half its pages gone
    damaged: Path  # a copy with pages overwritten in the middle
    junk: Path  # not a SQLite file at all


@pytest.fixture
def counter(tmp_path: Path) -> Path:
    return counter_file(tmp_path / "counter.sqlite3")


@pytest.fixture
def broken(counter: Path) -> Broken:
    cut = counter.with_name("cut.sqlite3")
    cut.write_bytes(counter.read_bytes())
    truncate_half(cut)
    damaged = counter.with_name("damaged.sqlite3")
    damaged.write_bytes(counter.read_bytes())
    damage_middle(damaged)
    return Broken(cut, damaged, random_file(counter.with_name("junk.sqlite3")))


def test_check_passes_a_healthy_database(counter: Path) -> None:
    before = snapshot(counter)
    done = cli("--db", counter, "check")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == healthy_lines(counter)
    assert snapshot(counter) == before


def test_check_names_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    junk = random_file(tmp_path / "counter.sqlite3")
    before = snapshot(junk)
    done = cli("--db", junk, "check")
    assert (done.returncode, done.stderr) == (1, "")
    assert done.stdout.splitlines() == [
        f"database: {junk}",
        "PROBLEM: not a SQLite database (bad header)",
        f"no good backup of this file was found in {tmp_path / 'backups'}",
        "result: 1 problem(s)",
    ]
    assert snapshot(junk) == before


def test_check_finds_damage_then_the_restore_it_names_brings_the_records_back(
    counter: Path,
) -> None:
    copy = Path(cli("--db", counter, "backup").stdout.strip())
    damage_middle(counter)
    before = snapshot(counter)

    done = cli("--db", counter, "check")

    assert (done.returncode, done.stderr) == (1, "")
    lines = done.stdout.splitlines()
    assert lines[0] == f"database: {counter}"
    assert lines[1].startswith("PROBLEM: the database file is damaged"), lines
    taken = backups.list_backups(counter)[0].taken_at
    assert lines[-2:] == [
        f"the newest good backup is {copy.name} ({taken:%Y-%m-%d %H:%M}); "
        "to put it in place, keeping this file aside, run: "
        f"madoguchi --db {counter} restore {copy.name}",
        f"result: {sum(line.startswith('PROBLEM: ') for line in lines)} problem(s)",
    ]
    assert snapshot(counter) == before

    restored = cli("--db", counter, "restore", copy.name)  # as the advice says
    assert restored.returncode == 0, restored.stderr
    again = cli("--db", counter, "check")
    assert again.returncode == 0 and again.stdout.splitlines() == healthy_lines(counter)
    [aside] = [b for b in backups.list_backups(counter) if b.kind == backups.REPLACED]
    assert aside.path.read_bytes() == before[0]  # the damaged file, kept as it was


@pytest.mark.slow
def test_check_as_a_real_process_on_damaged_and_foreign_files(
    counter: Path, broken: Broken, tmp_path: Path
) -> None:
    ok = madoguchi("--db", counter, "check", cwd=tmp_path)
    assert (ok.returncode, ok.stderr) == (0, "")
    assert ok.stdout.splitlines() == healthy_lines(counter)
    for path, problem in (
        (broken.cut, "PROBLEM: the database file is damaged: the file is shorter than its header"),
        (broken.damaged, "PROBLEM: the database file is damaged"),
        (broken.junk, "PROBLEM: not a SQLite database (bad header)"),
    ):
        before = snapshot(path)
        done = madoguchi("--db", path, "check", cwd=tmp_path)
        assert done.returncode == 1, done.stdout
        assert done.stderr == "", done.stderr  # no traceback, no warning
        assert done.stdout.splitlines()[1].startswith(problem), done.stdout
        assert done.stdout == cli("--db", path, "check").stdout  # the same in-process
        assert snapshot(path) == before


def test_other_commands_on_a_broken_file_say_so_instead_of_a_traceback(
    broken: Broken, tmp_path: Path
) -> None:
    """Not SQLite, cut short (both found before a pre-upgrade copy is tried) or damaged
    in the middle (found by the query that reads there): one line, exit 1."""
    for path, args in (
        (broken.junk, ("firms",)),
        (broken.cut, ("firms",)),
        (broken.junk, ("report", "monthly", "--month", "2026-10", "--out", tmp_path / "m.pdf")),
        (broken.damaged, ("search", "特許")),
        (broken.damaged, ("export", "fy", "--fy", "2026", "--out", tmp_path / "fy.xlsx")),
    ):
        before = path.read_bytes()
        done = cli("--db", path, *args)
        assert (done.returncode, done.stdout) == (1, ""), (path.name, args, done.stderr)
        assert done.stderr == f"error: The file {path} is damaged.\n", (path.name, args)
        assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()  # no copy of a broken file was attempted
    assert not (tmp_path / "m.pdf").exists() and not (tmp_path / "fy.xlsx").exists()

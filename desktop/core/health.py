"""Checking a database without changing it: integrity, foreign keys, schema, index.

A SQLite file is read as it is. Its header comes first, so a file that is not SQLite,
or is cut short, is named at once without SQLite opening it; then a query-only
connection that leaves the journal mode alone (switching to WAL would rewrite the
header) runs the checks. A damaged file stays where it is, untouched: the report names
the newest good backup and the command that puts it in place.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from db import backup as store
from db import search
from db.engine import database_url, make_reading_engine, sqlite_path
from db.migrate import current_revision, head_revision, is_newer
from desktop.core import backups

MAX_INTEGRITY_LINES = 20


@dataclass
class HealthReport:
    target: str
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)  # what to do about the problems

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"database: {self.target}", *self.facts]
        out += [f"PROBLEM: {p}" for p in self.problems]
        out += self.advice
        out.append("result: ok" if self.ok else f"result: {len(self.problems)} problem(s)")
        return out


def shell_command(args: list[str], *, windows: bool = os.name == "nt") -> str:
    """``args`` as a line to paste into the shell the user has: cmd.exe or sh.

    A path with spaces is quoted as that shell expects; sh quoting ('…') is taken
    literally by cmd.exe and would name a file that does not exist.
    """
    return subprocess.list2cmdline(args) if windows else shlex.join(args)


def _way_back(report: HealthReport, path: Path) -> None:
    """Say which backup to restore, as ``madoguchi restore`` takes it."""
    good = backups.newest_good_backup(path)
    if good is None:
        report.advice.append(
            f"no good backup of this file was found in {backups.backups_dir(path)}"
        )
        return
    command = shell_command(["madoguchi", "--db", report.target, "restore", good.path.name])
    report.advice.append(
        f"the newest good backup is {good.path.name} ({good.taken_at:%Y-%m-%d %H:%M}); "
        f"to put it in place, keeping this file aside, run: {command}"
    )


def _file_opens(report: HealthReport, path: Path) -> bool:
    """The header, the length and the schema, read without SQLite writing anything."""
    try:
        integrity = store.check_integrity(path, full=False)
    except store.BackupFailed as exc:  # a folder, no permission: not damage
        report.problems.append(f"cannot read the database: {exc}")
        return False
    if integrity.ok:
        return True
    report.problems.extend(
        problem
        if problem.startswith("not a SQLite")
        else f"the database file is damaged: {problem}"
        for problem in integrity.problems
    )
    _way_back(report, path)
    return False


def _integrity_lines(rows: list[str]) -> list[str]:
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and line != "*** in database main ***"][
        :MAX_INTEGRITY_LINES
    ]


def check_database(target: str | os.PathLike[str], *, quick: bool = False) -> HealthReport:
    url = database_url(target)
    report = HealthReport(target=str(target))
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            report.problems.append("the database file does not exist")
            return report
        if not _file_opens(report, path):
            return report
    engine = make_reading_engine(url)
    try:
        with engine.connect() as conn:
            if path is not None:
                pragma = "quick_check" if quick else "integrity_check"
                rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
                if rows != ["ok"]:
                    report.problems.append("the database file is damaged")
                    report.problems.extend(f"integrity: {r}" for r in _integrity_lines(rows))
                    _way_back(report, path)
                    return report  # what follows would only read the damage again
                report.facts.append(f"integrity: ok ({pragma})")
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if fk:
                    report.problems.append(f"foreign keys: {len(fk)} broken reference(s)")
                else:
                    report.facts.append("foreign keys: ok")
        revision = current_revision(engine)
        head = head_revision()
        report.facts.append(f"schema: {revision or 'none'} (this version needs {head})")
        if is_newer(revision):
            report.problems.append(
                "the database was written by a newer version of Madoguchi: open it with "
                "that version or a later one; this version leaves it as it is"
            )
        elif revision != head:
            report.problems.append(
                "the schema is not current: opening the database in the app upgrades it"
                if revision
                else "this is not a Madoguchi database (no schema version)"
            )
        elif path is not None:
            with engine.connect() as conn:
                if search.index_is_consistent(conn):
                    report.facts.append("search index: ok")
                else:
                    report.problems.append("search index: out of step with the records")
                firms = conn.execute(sa.text("SELECT count(*) FROM firm")).scalar_one()
                consultations = conn.execute(
                    sa.text("SELECT count(*) FROM consultation")
                ).scalar_one()
                report.facts.append(f"records: {firms} firms, {consultations} consultations")
    except sa.exc.DatabaseError as exc:
        detail = exc.orig or exc
        if path is not None and store.failure_kind(exc) == "damaged":
            report.problems.append(f"the database file is damaged: {detail}")
            _way_back(report, path)
        else:
            report.problems.append(f"cannot read the database: {detail}")
    finally:
        engine.dispose()
    return report

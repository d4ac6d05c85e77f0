"""Checking a database without changing it: integrity, foreign keys, schema, index."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import sqlalchemy as sa

from db import search
from db.engine import database_url, make_engine, sqlite_path
from db.migrate import current_revision, head_revision


@dataclass
class HealthReport:
    target: str
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"database: {self.target}", *self.facts]
        out += [f"PROBLEM: {p}" for p in self.problems]
        out.append("result: ok" if self.ok else f"result: {len(self.problems)} problem(s)")
        return out


def check_database(target: str | os.PathLike[str], *, quick: bool = False) -> HealthReport:
    url = database_url(target)
    report = HealthReport(target=str(target))
    path = sqlite_path(url)
    if path is not None and not path.exists():
        report.problems.append("the database file does not exist")
        return report
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if path is not None:
                pragma = "quick_check" if quick else "integrity_check"
                rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()]
                if rows != ["ok"]:
                    report.problems.extend(f"integrity: {r}" for r in rows[:20])
                else:
                    report.facts.append(f"integrity: ok ({pragma})")
                fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if fk:
                    report.problems.append(f"foreign keys: {len(fk)} broken reference(s)")
                else:
                    report.facts.append("foreign keys: ok")
        revision = current_revision(engine)
        head = head_revision()
        report.facts.append(f"schema: {revision or 'none'} (this version needs {head})")
        if revision != head:
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
        report.problems.append(f"cannot read the database: {exc.orig or exc}")
    finally:
        engine.dispose()
    return report

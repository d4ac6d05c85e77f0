"""Schema changes only through Alembic: empty to head, and old databases with data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import db.models  # noqa: F401
from db.engine import make_engine
from db.migrate import current_revision, head_revision, open_database, script_head, upgrade


def test_head_constant_matches_the_revision_files() -> None:
    assert script_head() == head_revision()


def test_empty_to_head(tmp_path: Path) -> None:
    result = open_database(tmp_path / "new.db")
    assert current_revision(result.engine) == head_revision()
    assert result.backup is None  # nothing to protect in a brand-new file


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "a.db").engine
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "include_object": lambda obj, name, type_, *a: (
                    not (type_ == "table" and name and "_fts" in name)
                )
            },
        )
        diff = compare_metadata(ctx, SQLModel.metadata)
    assert diff == []


def test_upgrade_keeps_data_and_copies_the_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO firm (id, created_at, updated_at, kind, name, name_kana,"
            " corporate_number, prefecture_code, city, address, postal_code, contact_name,"
            " phone, email, main_products, overseas_markets, notes) VALUES ("
            "'0123456789abcdef0123456789abcdef', '2025-01-01', '2025-01-01', 'company',"
            " '株式会社旭精工', 'アサヒセイコウ', '7000012050002', '15', '燕市', '', '', '', '',"
            " '', '金型', '', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO consultation (id, created_at, updated_at, firm_id, started_at,"
            " duration_min, channel, summary, confidential_notes, outcome, expert_kind,"
            " followup_action) VALUES ('fedcba9876543210fedcba9876543210', '2025-01-01',"
            " '2025-01-01', '0123456789abcdef0123456789abcdef', '2025-01-10 10:00:00', 30,"
            " 'counter', '商標の相談', '秘', '', 'none', '')"
        )
    engine.dispose()

    result = open_database(path)
    assert result.upgraded_from == "0001"
    assert current_revision(result.engine) == head_revision()
    with result.engine.connect() as conn:
        name = conn.execute(sa.text("SELECT name FROM firm")).scalar_one()
        summary = conn.execute(sa.text("SELECT summary FROM consultation")).scalar_one()
        hits = conn.execute(
            sa.text("SELECT count(*) FROM firm_fts WHERE firm_fts MATCH '\"旭精工\"'")
        ).scalar_one()
    assert (name, summary, hits) == ("株式会社旭精工", "商標の相談", 1)
    assert result.backup is not None and result.backup.exists()
    copy = sqlite3.connect(result.backup)
    try:
        assert copy.execute("SELECT name FROM firm").fetchone()[0] == "株式会社旭精工"
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        copy.close()


def test_reopening_a_current_database_takes_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    open_database(path).engine.dispose()
    again = open_database(path)
    assert again.backup is None and again.upgraded_from is None


def test_new_file_is_private(tmp_path: Path) -> None:
    import os
    import stat

    path = tmp_path / "p.db"
    open_database(path).engine.dispose()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_pragmas(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2

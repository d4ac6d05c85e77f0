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
from db.migrate import (
    current_revision,
    file_revision,
    head_revision,
    open_database,
    script_head,
    upgrade,
)
from desktop.core import backups
from desktop.core.startup import open_for_command


def test_head_constant_matches_the_revision_files() -> None:
    assert script_head() == head_revision()


def test_revisions_are_numbered_in_order() -> None:
    """What is_newer relies on to tell a file from a newer Madoguchi."""
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    ids = [
        r.revision
        for r in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()
    ]
    assert ids == sorted(ids, reverse=True) and all(i.isdigit() for i in ids)
    assert [f"{n:04d}" for n in range(int(head_revision()), 0, -1)] == ids


def as_if_newer(path: Path) -> Path:
    """Mark the database at ``path`` as written by a later version (schema 0099)."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    return path


def newer_file(path: Path) -> Path:
    """A database at ``path`` as a later version of Madoguchi leaves it."""
    open_database(path).engine.dispose()
    return as_if_newer(path)


def test_a_file_from_a_newer_madoguchi_is_refused_before_any_copy(tmp_path: Path) -> None:
    from desktop.core import startup

    path = newer_file(tmp_path / "counter.sqlite3")
    before = path.read_bytes()
    for _ in range(2):
        try:
            startup.check_file(path)
        except startup.NewerDatabaseError as exc:
            assert "written by a newer version of Madoguchi (schema 0099" in exc.message.render()
        else:
            raise AssertionError("a newer file was taken for one to upgrade")
    assert not (tmp_path / "backups").exists() and path.read_bytes() == before
    assert file_revision(tmp_path) is None  # a folder: unreadable this way, not an error


def test_opening_a_newer_database_changes_nothing(tmp_path: Path) -> None:
    """The refusal lives where every opening passes (a server database has no file for
    the start-up check to read), not only in the app's file check."""
    from db.migrate import NewerSchemaError

    path = newer_file(tmp_path / "counter.sqlite3")
    before = path.read_bytes()
    try:
        open_database(path)
    except NewerSchemaError as exc:
        assert exc.revision == "0099"
    else:
        raise AssertionError("a newer database was opened")
    assert path.read_bytes() == before


def test_empty_to_head(tmp_path: Path) -> None:
    result = open_for_command(tmp_path / "new.db")
    assert current_revision(result.engine) == head_revision()
    assert result.migration_backup is None  # nothing to protect in a brand-new file
    result.engine.dispose()


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


def insert_old_rows(engine: sa.Engine, *, products: str = "金型", action: str = "") -> None:
    """One firm and one consultation written as raw SQL, as an old schema would hold them."""
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO firm (id, created_at, updated_at, kind, name, name_kana,"
            " corporate_number, prefecture_code, city, address, postal_code, contact_name,"
            " phone, email, main_products, overseas_markets, notes) VALUES ("
            "'0123456789abcdef0123456789abcdef', '2025-01-01', '2025-01-01', 'company',"
            " '株式会社旭精工', 'アサヒセイコウ', '7000012050002', '15', '燕市', '', '', '', '',"
            " '', ?, '', '')",
            (products,),
        )
        conn.exec_driver_sql(
            "INSERT INTO consultation (id, created_at, updated_at, firm_id, started_at,"
            " duration_min, channel, summary, confidential_notes, outcome, expert_kind,"
            " followup_action) VALUES ('fedcba9876543210fedcba9876543210', '2025-01-01',"
            " '2025-01-01', '0123456789abcdef0123456789abcdef', '2025-01-10 10:00:00', 30,"
            " 'counter', '商標の相談', '秘', '', 'none', ?)",
            (action,),
        )


def test_upgrade_keeps_data_after_a_backup_with_the_others(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    insert_old_rows(engine)
    engine.dispose()

    result = open_for_command(path)
    assert result.upgraded_from == "0001"
    assert current_revision(result.engine) == head_revision()
    with result.engine.connect() as conn:
        name = conn.execute(sa.text("SELECT name FROM firm")).scalar_one()
        summary = conn.execute(sa.text("SELECT summary FROM consultation")).scalar_one()
        hits = conn.execute(
            sa.text("SELECT count(*) FROM firm_fts WHERE firm_fts MATCH '\"旭精工\"'")
        ).scalar_one()
    assert (name, summary, hits) == ("株式会社旭精工", "商標の相談", 1)
    assert [b.path for b in backups.list_backups(path)] == [result.migration_backup]
    assert result.migration_backup is not None
    copy = sqlite3.connect(result.migration_backup)
    try:
        assert copy.execute("SELECT name FROM firm").fetchone()[0] == "株式会社旭精工"
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        copy.close()


def test_upgrade_rebuilds_the_search_text_so_last_characters_are_found(tmp_path: Path) -> None:
    """0007: rows indexed by 0006's triggers are re-indexed with the two-space ending."""
    from desktop.core import consultation_queries, firms

    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0006")
    insert_old_rows(engine, products="洋食器 鯨", action="出願を検討")
    with engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT body FROM firm_fts").scalar_one()
    engine.dispose()
    assert before.endswith("鯨 ")

    result = open_database(path)
    assert result.upgraded_from == "0006"
    engine = result.engine
    assert [h.title for h in consultation_queries.search_all(engine, "鯨")] == ["株式会社旭精工"]
    assert [h.kind for h in consultation_queries.search_all(engine, "討")] == ["consultation"]
    assert len(firms.find_firm_ids(engine, firms.FirmQuery(text="鯨"))) == 1
    # The new triggers write the same ending.
    firms.create_firm(
        engine,
        firms.FirmInput(
            name="鯨屋", name_kana="クジラヤ", prefecture_code="15", main_products="鮪"
        ),
    )
    assert len(firms.find_firm_ids(engine, firms.FirmQuery(text="鮪"))) == 1


def test_reopening_a_current_database_takes_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    open_for_command(path).engine.dispose()
    again = open_for_command(path)
    assert again.migration_backup is None and again.upgraded_from is None
    assert backups.list_backups(path) == []
    again.engine.dispose()


def test_a_files_revision_is_read_without_writing_to_it(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    open_database(old, revision="0006").engine.dispose()
    current = tmp_path / "current.sqlite3"
    open_database(current).engine.dispose()
    other = tmp_path / "notes.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE note (text TEXT)").connection.close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)

    files = (old, current, other, junk)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    assert file_revision(old) == "0006"
    assert file_revision(current) == head_revision()
    assert file_revision(other) is None  # no Alembic table: a file of something else
    assert file_revision(junk) is None  # unreadable this way: opening it will say why
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before


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

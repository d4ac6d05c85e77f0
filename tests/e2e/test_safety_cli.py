"""Import, backup and restore as a user runs them: real processes on real files."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from db.migrate import open_database
from desktop.core.startup import acquire_lock
from tests.e2e.cli import cli, madoguchi
from tests.unit.test_import import row, write_csv

pytestmark = pytest.mark.slow


def firm_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM firm").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "counter.sqlite3"
    open_database(path).engine.dispose()
    return path


def test_import_rejects_a_file_with_bad_rows_and_writes_the_report(
    db: Path, tmp_path: Path
) -> None:
    rows = [row(i) for i in range(1, 51)]
    rows[4][4] = "火星"  # no such prefecture
    rows[19][1] = ""  # no name
    rows[29][6] = "1234567890"  # not a postal code
    source = write_csv(tmp_path / "list.csv", rows, "cp932")
    report = tmp_path / "errors.csv"

    done = madoguchi("--db", db, "import", "firms", source, "--errors", report)

    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "8\t都道府県\terror\tUnknown prefecture.",
        "23\t事業者名\terror\tRequired.",
        "33\t郵便番号\terror\tWrite the postal code as 123-4567.",
    ]
    assert "Nothing was imported: 3 row(s) have errors" in done.stderr
    assert "(cp932)" in done.stderr and "事業者名 → name (Name)" in done.stderr
    with report.open(encoding="utf-8-sig", newline="") as fh:
        assert [line[0] for line in csv.reader(fh)] == ["Row", "8", "23", "33"]
    assert firm_count(db) == 0
    assert not (tmp_path / "backups").exists()


def test_dry_run_then_import_with_a_mapping_override(db: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "list.csv", [row(i) for i in range(1, 11)])
    dry = cli("--db", db, "import", "firms", source, "--dry-run", "--mapping", "備考=-")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout == "dry run: 10 firm(s) would be imported\n"
    assert "備考 → -" in dry.stderr
    assert firm_count(db) == 0

    done = cli("--db", db, "import", "firms", source, "--mapping", "No.=notes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("imported 10 firm(s), left out 0\nbackup before the import: ")
    backup = Path(done.stdout.splitlines()[1].split(": ", 1)[1])
    assert backup.exists() and "_pre-import" in backup.name
    assert firm_count(db) == 10
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT notes FROM firm ORDER BY name LIMIT 1").fetchone() == ("1",)
    conn.close()

    again = cli("--db", db, "import", "firms", source)
    assert again.returncode == 1
    assert "Already registered with this number" in again.stdout
    skipped = cli("--db", db, "import", "firms", source, "--skip-existing")
    assert skipped.returncode == 0 and "left out 10" in skipped.stdout


def test_an_import_is_recorded_under_the_consultant_settings_name(db: Path, tmp_path: Path) -> None:
    from desktop.core import settings
    from desktop.core.settings import CounterSetup

    opened = open_database(db)
    settings.apply_setup(
        opened.engine, CounterSetup("新潟県知財総合支援窓口", "15", "佐藤 花子", "ja")
    )
    opened.engine.dispose()
    source = write_csv(tmp_path / "list.csv", [row(1), row(2)])
    assert cli("--db", db, "import", "firms", source).returncode == 0
    conn = sqlite3.connect(db)
    try:
        who = conn.execute(
            "SELECT action, actor, count(*) FROM audit_log WHERE entity = 'firm'"
            " GROUP BY action, actor"
        ).fetchall()
    finally:
        conn.close()
    assert who == [("create", "佐藤 花子", 2)]


def test_bad_mapping_or_file_exits_2(db: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "list.csv", [row(1)])
    bad = cli("--db", db, "import", "firms", source, "--mapping", "備考=memo")
    assert bad.returncode == 2 and "Unknown field “memo”" in bad.stderr
    missing = cli("--db", db, "import", "firms", tmp_path / "nope.csv")
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_backup_list_and_restore_keep_the_current_file_aside(db: Path, tmp_path: Path) -> None:
    cli("--db", db, "import", "firms", write_csv(tmp_path / "a.csv", [row(1), row(2)]))
    made = cli("--db", db, "backup")
    assert made.returncode == 0, made.stderr
    copy = Path(made.stdout.strip())
    assert copy.parent == tmp_path / "backups" and copy.name.endswith("_manual.sqlite3")
    elsewhere = cli("--db", db, "backup", "--to", tmp_path / "usb-copy.sqlite3")
    assert elsewhere.returncode == 0 and firm_count(tmp_path / "usb-copy.sqlite3") == 2
    refused = cli("--db", db, "backup", "--to", tmp_path / "usb-copy.sqlite3")
    assert refused.returncode == 1 and "already exists" in refused.stderr

    cli("--db", db, "import", "firms", write_csv(tmp_path / "b.csv", [row(3)]))
    assert firm_count(db) == 3

    listed = cli("--db", db, "backups")
    assert listed.returncode == 0 and copy.name in listed.stdout and "\tmanual\t" in listed.stdout

    restored = cli("--db", db, "restore", copy.name)
    assert restored.returncode == 0, restored.stderr
    assert firm_count(db) == 2
    aside = Path(restored.stdout.splitlines()[1].removeprefix("the previous file is kept as "))
    assert firm_count(aside) == 3 and "_replaced" in aside.name
    assert "\treplaced\t" in cli("--db", db, "backups").stdout
    assert cli("--db", db, "check").returncode == 0


def test_restore_and_import_refuse_while_the_app_has_the_database(db: Path, tmp_path: Path) -> None:
    copy = Path(cli("--db", db, "backup").stdout.strip())
    source = write_csv(tmp_path / "a.csv", [row(1)])
    month = "2026-03"
    with acquire_lock(db):  # this test process plays the open app
        restore = madoguchi("--db", db, "restore", copy)
        imported = madoguchi("--db", db, "import", "firms", source)
        demo = madoguchi("--db", db, "demo", "--force")
        sent = madoguchi(
            "--db", db, "export", "monthly", "--month", month, "--out", tmp_path / "m.xlsx"
        )
        draft = madoguchi(
            "--db",
            db,
            "export",
            "monthly",
            "--month",
            month,
            "--draft",
            "--out",
            tmp_path / "d.xlsx",
        )
    # A preview records nothing, so it is allowed beside the open app.
    assert draft.returncode == 0, draft.stderr
    assert (tmp_path / "d.xlsx").exists() and not (tmp_path / "m.xlsx").exists()
    for done in (restore, imported, demo, sent):
        assert done.returncode == 3, done.stderr
        assert "Madoguchi already has this database open on this computer" in done.stderr
    assert firm_count(db) == 0
    assert cli("--db", db, "import", "firms", source).returncode == 0


def test_a_command_on_an_old_file_backs_it_up_with_the_others_before_upgrading(
    tmp_path: Path,
) -> None:
    from db.migrate import current_revision, head_revision
    from desktop.core import backups

    db = tmp_path / "old.sqlite3"
    open_database(db, revision="0006").engine.dispose()
    out = tmp_path / "m.xlsx"
    done = madoguchi("--db", db, "export", "monthly", "--month", "2026-10", "--draft", "--out", out)
    assert done.returncode == 0, done.stderr
    kept = backups.list_backups(db)
    assert [b.kind for b in kept] == [backups.PRE_MIGRATION]
    assert not list(tmp_path.glob("*.bak"))  # nothing left beside the file
    copy = sqlite3.connect(kept[0].path)  # the copy is the file as it was
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
    finally:
        copy.close()
    engine = open_database(db).engine
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_a_deleted_database_is_restored_from_its_backups(db: Path, tmp_path: Path) -> None:
    cli("--db", db, "import", "firms", write_csv(tmp_path / "a.csv", [row(1), row(2)]))
    copy = Path(cli("--db", db, "backup").stdout.strip())
    for path in tmp_path.glob(f"{db.name}*"):  # the file, its WAL and lock: all gone
        path.unlink()

    assert cli("--db", db, "firms").returncode == 2  # nothing made in its place
    listed = cli("--db", db, "backups")  # what to restore is found without the file
    assert listed.returncode == 0, listed.stderr
    assert copy.name in listed.stdout and not db.exists()
    restored = cli("--db", db, "restore", copy.name)

    assert restored.returncode == 0, restored.stderr
    assert restored.stdout == f"restored {copy}\n"  # and no file was there to keep aside
    assert firm_count(db) == 2

"""The command line, run as a real process: demo, check, firms, search."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import madoguchi  # the test's own data folder comes from conftest


def test_version_and_help(tmp_path: Path) -> None:
    assert madoguchi("--version", cwd=tmp_path).stdout.startswith("madoguchi ")
    usage = madoguchi("--help", cwd=tmp_path).stdout
    for command in ("demo", "check", "firms", "search"):
        assert command in usage


def test_demo_check_firms_search(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    made = madoguchi(
        "--db",
        db,
        "demo",
        "--firms",
        "120",
        "--consultations",
        "900",
        "--until",
        "2026-11-20",
        cwd=tmp_path,
    )
    assert made.returncode == 0, made.stderr
    assert "120 firms, 900 consultations" in made.stdout
    again = madoguchi("--db", db, "demo", cwd=tmp_path)
    assert again.returncode == 1 and "--force" in again.stderr

    check = madoguchi("--db", db, "check", cwd=tmp_path)
    assert check.returncode == 0, check.stdout
    assert "result: ok" in check.stdout

    listed = madoguchi("--db", db, "firms", "株式会社", cwd=tmp_path)
    assert listed.returncode == 0 and "株式会社" in listed.stdout

    found = madoguchi("--db", db, "search", "特許", cwd=tmp_path)
    assert found.returncode == 0
    lines = [line.split("\t") for line in found.stdout.splitlines()]
    assert lines and all(parts[0] in {"firm", "consultation"} for parts in lines)
    assert any("特許" in parts[4] for parts in lines if parts[0] == "consultation")
    for note in ("資金繰り", "外部秘", "後継者", "取扱注意"):  # demo confidential notes
        assert note not in found.stdout
        assert madoguchi("--db", db, "search", note, cwd=tmp_path).stdout == ""


def test_demo_is_deterministic(tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        db = str(tmp_path / f"{name}.sqlite3")
        madoguchi(
            "--db",
            db,
            "demo",
            "--firms",
            "30",
            "--consultations",
            "100",
            "--until",
            "2026-11-20",
            cwd=tmp_path,
        )
        outputs.append(madoguchi("--db", db, "firms", cwd=tmp_path).stdout)
    strip = [[line.split("\t", 1)[1] for line in out.splitlines()] for out in outputs]
    assert strip[0] == strip[1] and len(strip[0]) == 30


def test_check_fails_on_a_missing_or_foreign_file(tmp_path: Path) -> None:
    assert madoguchi("--db", str(tmp_path / "none.db"), "check", cwd=tmp_path).returncode == 1
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    result = madoguchi("--db", str(junk), "check", cwd=tmp_path)
    assert result.returncode == 1 and "PROBLEM" in result.stdout


def test_writing_commands_respect_the_single_writer_lock(tmp_path: Path) -> None:
    from desktop.core.startup import acquire_lock

    db = tmp_path / "locked.sqlite3"
    assert (
        madoguchi(
            "--db", str(db), "demo", "--firms", "5", "--consultations", "10", cwd=tmp_path
        ).returncode
        == 0
    )
    with acquire_lock(db):
        refused = madoguchi("--db", str(db), "demo", "--force", cwd=tmp_path)
        assert refused.returncode == 3 and "already" in refused.stderr
        month = madoguchi(
            "--db",
            str(db),
            "export",
            "monthly",
            "--month",
            "2026-10",
            "--out",
            str(tmp_path / "m.xlsx"),
            cwd=tmp_path,
        )
        assert month.returncode != 0 and not (tmp_path / "m.xlsx").exists()
    again = madoguchi(
        "--db", str(db), "demo", "--force", "--firms", "5", "--consultations", "10", cwd=tmp_path
    )
    assert again.returncode == 0


def test_a_mistyped_database_is_refused_not_created(tmp_path: Path) -> None:
    """A wrong --db once made an empty database and exported an empty month, exit 0."""
    from tests.e2e.cli import cli
    from tests.e2e.test_safety_cli import row, write_csv

    missing = tmp_path / "typo" / "counter.sqlite3"
    out = tmp_path / "out"
    out.mkdir()
    for command in (
        ["firms", "株式会社"],
        ["search", "特許"],
        ["export", "monthly", "--month", "2026-10", "--out", out / "m.xlsx", "--draft"],
        ["export", "monthly", "--month", "2026-10", "--out", out / "m.xlsx"],
        ["export", "fy", "--fy", "2026", "--out", out / "fy.xlsx"],
        ["report", "monthly", "--month", "2026-10", "--out", out / "m.pdf"],
        ["backup"],
    ):
        done = cli("--db", missing, *command)
        assert (done.returncode, done.stdout) == (2, ""), command
        assert done.stderr.startswith(f"error: no database at {missing} "), done.stderr
    # A dry run writes nothing, not even a new database.
    source = write_csv(out / "list.csv", [row(1)])
    dry = cli("--db", missing, "import", "firms", source, "--dry-run")
    assert dry.returncode == 2 and f"error: no database at {missing} " in dry.stderr
    assert not missing.parent.exists() and sorted(p.name for p in out.iterdir()) == ["list.csv"]

    made = cli("--db", missing, "demo", "--firms", "3", "--consultations", "5")
    assert made.returncode == 0 and missing.exists()  # demo and import may start one

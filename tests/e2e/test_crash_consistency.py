"""A process killed in the middle of a large import leaves all of it or none of it.

The import runs as a real ``madoguchi import firms`` process and is killed with SIGKILL
(no handler runs, no file is closed) at different moments after it starts writing. The
database must then pass ``PRAGMA integrity_check``, hold either none or every one of the
file's firms (with their audit entries and search index rows), and open again normally:
the dead process's lock is recovered.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from db import search
from db.migrate import open_database
from desktop.core.startup import acquire_lock, lock_file_for
from tests.unit.test_import import row, write_csv

ROOT = Path(__file__).resolve().parents[2]
ROWS = 4000
BASELINE = 25

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        firms = conn.execute("SELECT count(*) FROM firm").fetchone()[0]
        audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    return int(firms), int(audit)


def test_sigkill_mid_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    db = tmp_path / "counter.sqlite3"
    engine = open_database(db).engine
    with engine.begin() as conn:
        for i in range(BASELINE):  # firms from before, which must survive every crash
            conn.execute(
                sa.text(
                    "INSERT INTO firm (id, created_at, updated_at, kind, name, name_kana,"
                    " prefecture_code, city, address, postal_code, contact_name, phone, email,"
                    " main_products, overseas_markets, notes) VALUES (:id, '2026-01-01',"
                    " '2026-01-01', 'company', :name, '', '15', '', '', '', '', '', '', '', '',"
                    " '')"
                ),
                {"id": f"{i:032x}", "name": f"既存{i}"},
            )
    engine.dispose()
    source = write_csv(tmp_path / "big.csv", [row(i) for i in range(1, ROWS + 1)])

    outcomes: list[str] = []
    for delay in (0.0, 0.02, 0.1, 0.25, None):
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--db", str(db), "import", "firms", str(source)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        assert process.stderr is not None
        writing = False
        for line in process.stderr:
            if line.startswith("writing"):
                writing = True
                break
        if delay is not None and writing:
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        firms, audit = counts(db)
        if firms == BASELINE:
            assert audit == 0
            outcomes.append("none")
        else:
            assert (firms, audit) == (BASELINE + ROWS, ROWS)
            outcomes.append("all")
        engine = sa.create_engine(f"sqlite:///{db}")
        with engine.connect() as conn:
            assert search.index_is_consistent(conn)
        engine.dispose()
        if outcomes[-1] == "all":
            break
        assert process.returncode == -signal.SIGKILL
        assert lock_file_for(db).exists()  # the killed process could not clean up
        with acquire_lock(db) as lock:  # … and the next one recovers it
            assert lock.recovered is not None and lock.recovered.pid == process.pid

    assert outcomes[0] == "none"  # killed inside the transaction: nothing of it remains
    assert outcomes[-1] == "all"  # left to finish: all of it

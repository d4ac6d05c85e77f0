"""The synthetic counter the benchmarks run on, built once and kept in a cache folder.

The large counter (20,000 firms, 200,000 consultations) is the demo generator's output
for a fixed seed and end date. Its file name carries the schema head, a hash of the
core's code and the shipped data (the generator and the rules it classifies by), the
size, the seed and the end date, so a cached file is reused exactly while all five
match; a schema change, a change there or another size builds a new one (about 50 s).

HQ consolidation needs 47 small monthly workbooks, one per prefecture; they come from
47 small demo counters (distinct seeds, so no consultation appears twice) and are
cached the same way, keyed by the schema head, the generator and the workbook layout
version.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tests.bench.harness import BENCH_DIR

SEED = 2026
FIRMS = 20_000
CONSULTATIONS = 200_000
HOME_PREFECTURE = "13"
COUNTER_NAME = "ベンチマーク知財総合支援窓口"
CONSULTANT = "佐藤 花子"

# 47 small counters for the HQ consolidation: a month of about 200 consultations each.
SMALL_FIRMS = 150
SMALL_CONSULTATIONS = 2_400
SMALL_MONTHS = 12


def data_end(today: date | None = None) -> date:
    """The last day of the previous month: the demo's data ends with a closed month."""
    today = today or date.today()
    return today.replace(day=1) - timedelta(days=1)


def cache_dir() -> Path:
    folder = Path(os.environ.get("MADOGUCHI_BENCH_CACHE") or BENCH_DIR / ".cache")
    folder.mkdir(parents=True, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n")
    return folder


@dataclass(frozen=True)
class Counter:
    path: Path
    end: date
    built_seconds: float | None  # None when reused from the cache


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fill(
    path: Path,
    *,
    firms: int,
    consultations: int,
    months: int,
    seed: int,
    end: date,
    prefecture: str,
    name: str,
) -> None:
    from db.migrate import open_database
    from desktop.core import demo, settings
    from desktop.core.settings import CounterSetup

    engine = open_database(path).engine
    try:
        demo.generate(
            engine,
            size=demo.DemoSize(firms=firms, consultations=consultations, months=months),
            seed=seed,
            end=end,
            home_prefecture=prefecture,
        )
        settings.apply_setup(
            engine,
            CounterSetup(
                counter_name=name,
                prefecture_code=prefecture,
                consultant_name=CONSULTANT,
                language="ja",
            ),
        )
    finally:
        engine.dispose()
    _checkpoint(path)


def generator_version() -> str:
    """A short hash of what the demo's output depends on: the core's code (the generator,
    the classification rules, the recommendations) and the shipped reference data and
    playbooks."""
    import hashlib

    import desktop.core
    from desktop.resources import resource_path

    core = Path(str(desktop.core.__file__)).parent
    files = [*sorted(core.glob("*.py")), *sorted(resource_path().rglob("*.toml"))]
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:10]


def large_counter(end: date | None = None) -> Counter:
    """The cached 20,000-firm, 200,000-consultation counter, built if missing."""
    from db.migrate import head_revision

    end = end or data_end()
    name = (
        f"counter-{head_revision()}-gen{generator_version()}-f{FIRMS}-c{CONSULTATIONS}"
        f"-seed{SEED}-{end:%Y%m%d}.sqlite3"
    )
    path = cache_dir() / name
    if path.exists():
        return Counter(path, end, None)
    partial = path.with_name(path.name + ".partial")
    _discard(partial)
    t0 = time.perf_counter()
    _fill(
        partial,
        firms=FIRMS,
        consultations=CONSULTATIONS,
        months=24,
        seed=SEED,
        end=end,
        prefecture=HOME_PREFECTURE,
        name=COUNTER_NAME,
    )
    os.replace(partial, path)
    _discard(partial)
    return Counter(path, end, time.perf_counter() - t0)


def working_copy(counter: Counter, folder: Path) -> Path:
    """A private copy for one session, so nothing a benchmark writes reaches the cache."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "counter.sqlite3"
    shutil.copyfile(counter.path, target)
    return target


def hq_workbooks(end: date | None = None) -> tuple[list[Path], str, float | None]:
    """47 small final monthly workbooks of the month ending ``end``, one per prefecture."""
    from db.enums import PREFECTURE_CODES
    from db.migrate import head_revision
    from desktop.exports.excel import export_monthly
    from desktop.exports.layout import LAYOUT_VERSION

    end = end or data_end()
    month = f"{end:%Y-%m}"
    key = f"{head_revision()}-gen{generator_version()}-layout{LAYOUT_VERSION}"
    folder = cache_dir() / f"hq-{key}-{month}"
    paths = [folder / f"{code}-{month}.xlsx" for code in PREFECTURE_CODES]
    if all(p.exists() for p in paths):
        return paths, month, None
    t0 = time.perf_counter()
    shutil.rmtree(folder, ignore_errors=True)
    scratch = folder / "db"
    scratch.mkdir(parents=True)
    for n, (code, out) in enumerate(zip(PREFECTURE_CODES, paths, strict=True)):
        db = scratch / f"{code}.sqlite3"
        _fill(
            db,
            firms=SMALL_FIRMS,
            consultations=SMALL_CONSULTATIONS,
            months=SMALL_MONTHS,
            seed=SEED + 1 + n,
            end=end,
            prefecture=code,
            name=f"知財総合支援窓口 {code}",
        )
        from db.migrate import open_database

        engine = open_database(db).engine
        try:
            export_monthly(engine, month, out, close_month=True)
        finally:
            engine.dispose()
    shutil.rmtree(scratch)
    return paths, month, time.perf_counter() - t0

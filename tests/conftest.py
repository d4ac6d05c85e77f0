"""Test configuration shared by every suite.

Qt runs offscreen and in a fixed locale, set here rather than by hand, so a plain
``pytest`` behaves the same on a laptop and in CI. Each test gets its own migrated
SQLite file under ``tmp_path`` and its own data folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANG"] = "en_US.UTF-8"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("MADOGUCHI_DB", None)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test out of the real user data folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MADOGUCHI_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "counter.sqlite3"


@pytest.fixture
def engine(db_path: Path) -> Iterator[object]:
    from db.migrate import open_database

    result = open_database(db_path)
    yield result.engine
    result.engine.dispose()


@pytest.fixture(scope="session")
def library() -> object:
    """The playbooks shipped with the app, and only those: a module- or session-wide
    fixture is made before the per-test data folder exists, so the local playbooks
    folder must not be read here."""
    from desktop.core.playbooks import load_library
    from desktop.resources import resource_path

    loaded = load_library(resource_path("playbooks"))
    assert loaded.problems == ()
    return loaded

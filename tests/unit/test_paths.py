"""Where the app keeps its files: the order of the overrides is a promise to users and tests.

``--db`` beats ``$MADOGUCHI_DB``, which beats the data folder; ``$MADOGUCHI_HOME`` moves the
data folder. The shared test setup sets ``MADOGUCHI_HOME``, so each test here states the
environment it relies on, and the platform default is redirected into ``tmp_path``.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import platformdirs
import pytest

from desktop import paths


class PlatformDefault(NamedTuple):
    folder: Path
    calls: list[tuple[object, object]]


@pytest.fixture
def platform_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> PlatformDefault:
    """No override set, and the platform's user data folder stood in for by ``tmp_path``."""
    stand_in = PlatformDefault(tmp_path / "platform" / "Madoguchi", [])

    def user_data_dir(appname: str | None = None, appauthor: object = None) -> str:
        stand_in.calls.append((appname, appauthor))
        return str(stand_in.folder)

    monkeypatch.delenv("MADOGUCHI_HOME", raising=False)
    monkeypatch.delenv("MADOGUCHI_DB", raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)
    return stand_in


def test_madoguchi_home_is_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "elsewhere"
    monkeypatch.setenv("MADOGUCHI_HOME", str(home))
    assert paths.data_dir() == home


def test_madoguchi_home_expands_a_leading_tilde(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # what expanduser reads on Windows
    monkeypatch.setenv("MADOGUCHI_HOME", "~/madoguchi-demo")
    assert paths.data_dir() == tmp_path / "madoguchi-demo"


def test_without_madoguchi_home_the_platform_folder_is_used(
    platform_default: PlatformDefault,
) -> None:
    assert paths.data_dir() == platform_default.folder
    # named after the app alone, with no company folder above it on Windows
    assert platform_default.calls == [("Madoguchi", False)]


def test_an_empty_madoguchi_home_counts_as_unset(
    platform_default: PlatformDefault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MADOGUCHI_HOME", "")
    assert paths.data_dir() == platform_default.folder


def test_the_command_line_database_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MADOGUCHI_DB", "from-environment.sqlite3")
    assert paths.resolve_db_target("from-command-line.sqlite3") == "from-command-line.sqlite3"


def test_the_command_line_value_is_passed_on_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """A URL or a relative name is for the database layer to interpret, not this module."""
    monkeypatch.delenv("MADOGUCHI_DB", raising=False)
    for given in ("sqlite:///counter.sqlite3", "relative/counter.sqlite3", "~/c.sqlite3"):
        assert paths.resolve_db_target(given) == given


def test_madoguchi_db_comes_second(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MADOGUCHI_DB", "from-environment.sqlite3")
    assert paths.resolve_db_target(None) == "from-environment.sqlite3"
    assert paths.resolve_db_target("") == "from-environment.sqlite3"  # an empty --db is unset


def test_the_default_database_is_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home-override"
    monkeypatch.setenv("MADOGUCHI_HOME", str(home))
    monkeypatch.setenv("MADOGUCHI_DB", "")  # empty: as if unset
    # a literal name: renaming the file would leave every existing database behind
    assert paths.resolve_db_target(None) == str(home / "madoguchi.sqlite3")


def test_the_default_database_follows_the_platform_folder(
    platform_default: PlatformDefault,
) -> None:
    assert paths.resolve_db_target(None) == str(platform_default.folder / "madoguchi.sqlite3")


def test_local_playbooks_live_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MADOGUCHI_HOME", str(tmp_path / "a"))
    assert paths.local_playbooks_dir() == tmp_path / "a" / "playbooks"
    monkeypatch.setenv("MADOGUCHI_HOME", str(tmp_path / "b"))
    assert paths.local_playbooks_dir() == tmp_path / "b" / "playbooks"  # read each time


def test_local_playbooks_do_not_follow_madoguchi_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database may live on a share; a counter's playbooks stay in its data folder."""
    monkeypatch.setenv("MADOGUCHI_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("MADOGUCHI_DB", str(tmp_path / "share" / "counter.sqlite3"))
    assert paths.local_playbooks_dir() == tmp_path / "home" / "playbooks"


def test_backups_sit_beside_the_database(tmp_path: Path) -> None:
    db_file = tmp_path / "share" / "counter.sqlite3"
    assert paths.backups_dir_for(db_file) == tmp_path / "share" / "backups"
    assert paths.backups_dir_for(Path("counter.sqlite3")) == Path("backups")


def test_backups_ignore_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MADOGUCHI_HOME", str(tmp_path / "home"))
    db_file = tmp_path / "elsewhere" / "counter.sqlite3"
    assert paths.backups_dir_for(db_file) == tmp_path / "elsewhere" / "backups"


def test_nothing_is_created_by_asking(platform_default: PlatformDefault, tmp_path: Path) -> None:
    """Resolving paths must not make folders: main decides when and where to create them."""
    before = sorted(tmp_path.rglob("*"))
    paths.data_dir()
    paths.resolve_db_target(None)
    paths.local_playbooks_dir()
    paths.backups_dir_for(platform_default.folder / "madoguchi.sqlite3")
    assert sorted(tmp_path.rglob("*")) == before
    assert not platform_default.folder.exists()

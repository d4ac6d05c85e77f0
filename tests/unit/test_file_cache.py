"""The fingerprint that the reference cache and the playbook library trust to skip parsing.

A fingerprint that stays the same after an edit would serve stale data; one that changes
when nothing did would only cost a parse, but would show that the check is not stable.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.file_cache import fingerprint


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "folder"
    folder.mkdir(parents=True)
    (folder / "a.toml").write_text('a = "1"\n', encoding="utf-8")
    (folder / "b.toml").write_text('b = "2"\n', encoding="utf-8")
    (folder / "notes.txt").write_text("not read\n", encoding="utf-8")
    return folder


def test_an_untouched_folder_gives_the_same_fingerprint(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    first = fingerprint(folder, pattern="*.toml")
    assert fingerprint(folder, pattern="*.toml") == first
    assert [Path(path).name for path, _, _ in first] == ["a.toml", "b.toml"]  # in name order
    assert hash(first) == hash(fingerprint(folder, pattern="*.toml"))  # usable as a dict key


def test_a_changed_file_changes_the_fingerprint(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    before = fingerprint(folder, pattern="*.toml")
    (folder / "a.toml").write_text('a = "10"\n', encoding="utf-8")
    assert fingerprint(folder, pattern="*.toml") != before


def test_a_same_size_edit_is_seen_by_its_modification_time(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    file = folder / "a.toml"
    before = fingerprint(file)
    stat = file.stat()
    file.write_text('a = "9"\n', encoding="utf-8")  # same length as before
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    after = fingerprint(file)
    assert after[0][1] == before[0][1] and after != before


def test_an_added_or_removed_file_changes_the_fingerprint(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    before = fingerprint(folder, pattern="*.toml")
    (folder / "c.toml").write_text('c = "3"\n', encoding="utf-8")
    added = fingerprint(folder, pattern="*.toml")
    assert added != before
    (folder / "a.toml").unlink()
    removed = fingerprint(folder, pattern="*.toml")
    assert removed not in (before, added)
    assert [Path(path).name for path, _, _ in removed] == ["b.toml", "c.toml"]


def test_only_files_matching_the_pattern_count(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    before = fingerprint(folder, pattern="*.toml")
    (folder / "notes.txt").write_text("edited, and longer than before\n", encoding="utf-8")
    assert fingerprint(folder, pattern="*.toml") == before
    assert fingerprint(folder) != before  # the default pattern takes every file


def test_a_missing_path_is_recorded_not_raised(tmp_path: Path) -> None:
    missing_folder, missing_file = tmp_path / "not-yet", tmp_path / "gone.toml"
    assert fingerprint(missing_folder, missing_file) == (
        (str(missing_folder), None, None),
        (str(missing_file), None, None),
    )
    missing_folder.mkdir()
    (missing_folder / "new.toml").write_text("x = 1\n", encoding="utf-8")
    assert fingerprint(missing_folder)[0][1] is not None  # creating it is a change


def test_the_same_files_in_another_place_are_another_fingerprint(tmp_path: Path) -> None:
    """Two data folders (two MADOGUCHI_HOME values) must never share a cached library."""
    one = _folder(tmp_path / "one")
    other = _folder(tmp_path / "other")
    for name in ("a.toml", "b.toml"):  # same names, sizes and times: only the place differs
        stat = (one / name).stat()
        os.utime(other / name, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert fingerprint(one, pattern="*.toml") != fingerprint(other, pattern="*.toml")


def test_files_and_folders_mix_in_the_order_given(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    single = tmp_path / "plan.toml"
    single.write_text("p = 1\n", encoding="utf-8")
    found = fingerprint(folder, single, pattern="*.toml")
    assert [Path(path).name for path, _, _ in found] == ["a.toml", "b.toml", "plan.toml"]
    assert found[-1] == (str(single), single.stat().st_size, single.stat().st_mtime_ns)

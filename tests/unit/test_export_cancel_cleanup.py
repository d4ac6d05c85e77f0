"""A workbook cancelled half way leaves nothing behind: no file, no open sheet writer.

openpyxl's write-only sheets stream into temporary files; a cancel used to leave them
to the garbage collector, which raised in a finalizer and kept the files until exit.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet import _writer as sheet_files

from desktop.exports.common import ExportCancelled
from desktop.exports.excel import export_monthly
from tests.unit.export_fixtures import MONTH, Seeded


def cancel_on_call(n: int) -> Callable[[], bool]:
    """A cancel hook that says yes from its ``n``-th question on."""
    asked = 0

    def cancel() -> bool:
        nonlocal asked
        asked += 1
        return asked >= n

    return cancel


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What finalizers raise while the test runs, collected instead of printed."""
    seen: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(repr(u.exc_value)))
    yield seen


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The temporary files openpyxl's sheet writers make during the test."""
    paths: list[Path] = []
    making = sheet_files.create_temporary_file

    def create_temporary_file(suffix: str = "") -> str:
        path = making(suffix)
        paths.append(Path(path))
        return path

    monkeypatch.setattr(sheet_files, "create_temporary_file", create_temporary_file)
    return paths


def test_a_monthly_workbook_cancelled_while_writing_rows(
    engine: Any, seeded: Seeded, tmp_path: Path, unraisable: list[str], made: list[Path]
) -> None:
    out = tmp_path / "out" / "m.xlsx"
    out.parent.mkdir()
    with pytest.raises(ExportCancelled):
        # The first question comes before the file is opened, the second among the rows.
        export_monthly(engine, MONTH, out, close_month=False, cancel=cancel_on_call(2))
    assert made  # it did get as far as the sheets
    gc.collect()
    assert unraisable == []
    assert [path for path in made if path.exists()] == []
    assert list(out.parent.iterdir()) == []

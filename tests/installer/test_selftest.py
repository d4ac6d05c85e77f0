"""``madoguchi check --selftest``, run in-process: every step passes on a good install,
a broken step fails the run with a non-zero exit, and nothing of the caller's is touched.

The same self-test run from the frozen bundle is in ``test_bundle.py`` (opt-in).
"""

from __future__ import annotations

import importlib.util
import os
import struct
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from desktop.__main__ import main
from desktop.cli import selftest

ROOT = Path(__file__).resolve().parents[2]
STEPS = [
    "resources",
    "database",
    "demo data",
    "search",
    "workbook",
    "workbook read",
    "firm PDF",
    "monthly PDF",
]


def test_every_step_passes_and_the_callers_data_folder_is_left_alone(
    _isolated_home: Path,
) -> None:
    lines: list[str] = []
    report = selftest.run_selftest(today=date(2026, 5, 14), report=lines.append)

    assert report.ok, "\n".join(report.lines())
    assert [s.name for s in report.steps] == STEPS
    assert all(s.status == selftest.PASS for s in report.steps)
    assert lines == report.lines()
    assert lines[0].endswith("self-test (source)")
    assert any("2026-04: " in line for line in lines)  # the last complete month
    assert lines[-1].startswith("self-test: ok, 8 steps")
    assert os.environ["MADOGUCHI_HOME"] == str(_isolated_home)
    assert not any(_isolated_home.iterdir())


def test_check_selftest_prints_each_step_and_exits_zero(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    untouched = tmp_path / "not-created.sqlite3"
    code = main(["--db", str(untouched), "check", "--selftest"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.count("PASS  ") == len(STEPS)
    assert "self-test: ok" in out
    assert not untouched.exists()


def test_a_failing_step_fails_the_run_and_skips_what_needs_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.exports.excel

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(desktop.exports.excel, "export_monthly", broken)
    code = main(["check", "--selftest"])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL  workbook" in out and "OSError: disk full" in out
    assert "SKIP  workbook read" in out and "needs workbook" in out
    assert "PASS  firm PDF" in out  # independent steps still run
    assert "self-test: FAILED, 1 failed and 1 skipped of 8 steps" in out


def test_check_without_the_flag_still_checks_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--db", str(tmp_path / "missing.sqlite3"), "check"]) == 1
    out = capsys.readouterr().out
    assert "the database file does not exist" in out and "self-test" not in out


@pytest.mark.parametrize(
    ("today", "month", "last_day"),
    [
        (date(2026, 1, 1), "2025-12", date(2025, 12, 31)),
        (date(2026, 3, 31), "2026-02", date(2026, 2, 28)),
        (date(2028, 3, 15), "2028-02", date(2028, 2, 29)),
    ],
)
def test_the_month_exported_is_the_last_complete_one(
    today: date, month: str, last_day: date
) -> None:
    assert selftest.previous_month(today) == (month, last_day)


def test_pdf_check_rejects_a_truncated_file(tmp_path: Path) -> None:
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(b"%PDF-1.4\n" + b"0" * 5000)
    with pytest.raises(selftest.StepFailed, match="%%EOF"):
        selftest.check_pdf(truncated)
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_bytes(b"PK\x03\x04")
    with pytest.raises(selftest.StepFailed, match="%PDF-"):
        selftest.check_pdf(not_pdf)


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "installer_build", ROOT / "installer" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_icon_file_lists_every_size_as_png() -> None:
    build = _build_script()
    images = {16: b"\x89PNG-16", 48: b"\x89PNG-48", 256: b"\x89PNG-256"}
    data = build.ico_file(images)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 3)
    for n, size in enumerate(sorted(images)):
        width, height, _c, _r, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n
        )
        assert (width, height) == ((size, size) if size < 256 else (0, 0))
        assert (planes, bpp) == (1, 32)
        assert data[offset : offset + length] == images[size]


def test_the_version_is_read_from_its_one_place() -> None:
    from desktop.version import __version__

    assert _build_script().version() == __version__

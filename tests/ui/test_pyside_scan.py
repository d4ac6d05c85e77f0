"""PySide's check of each imported module, read from bytes (``desktop.ui.pyside_scan``)."""

from __future__ import annotations

import linecache
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
import sqlalchemy as sa

from desktop.ui import pyside_scan
from tests.e2e.cli import gui_lines


@pytest.fixture
def check() -> Iterator[ModuleType]:
    """PySide's feature module with the cheaper check in place, as the GUI has it."""
    feature = sys.modules[pyside_scan.FEATURE_MODULE]
    before = getattr(feature, pyside_scan.CHECK)
    pyside_scan.read_bytes_instead()
    yield feature
    setattr(feature, pyside_scan.CHECK, before)


# PySide's own check, asked about a built-in module, goes through a deprecated importlib call.
@pytest.mark.filterwarnings("ignore:BuiltinImporter.module_repr:DeprecationWarning")
def test_it_gives_pysides_own_answer_for_every_module_loaded(check: ModuleType) -> None:
    ours = getattr(check, pyside_scan.CHECK)
    original = ours.original
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {m.__name__: (ours(m), original(m)) for m in modules}
    assert {name for name, (a, b) in answers.items() if a != b} == set()
    # Both answers occur, and modules without a source file are among those asked.
    assert answers["desktop.ui.pyside_scan"] == (True, True)
    assert answers["desktop.core.text"] == (False, False)
    assert answers["sys"] == (False, False)


def test_it_is_put_in_once(check: ModuleType) -> None:
    assert pyside_scan.read_bytes_instead() is False
    assert not hasattr(getattr(check, pyside_scan.CHECK).original, "original")


def test_a_module_imported_after_it_is_asked_about_without_keeping_its_lines(
    check: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "scan_probe_qt.py").write_text("# drawn with PySide6\nVALUE = 1\n")
    (tmp_path / "scan_probe_plain.py").write_text("# 日本語のコメント\nVALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("scan_probe_qt", "scan_probe_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    import scan_probe_plain  # noqa: F401
    import scan_probe_qt  # noqa: F401

    assert check.pyside_feature_dict["scan_probe_qt"] == 0  # PySide's "uses PySide"
    assert check.pyside_feature_dict["scan_probe_plain"] == -1  # PySide's "ignore it"
    kept = {Path(name).name for name in linecache.cache}
    assert {"scan_probe_qt.py", "scan_probe_plain.py"} & kept == set()


START = textwrap.dedent(
    """
    import linecache
    import sys
    from desktop import __main__ as entry
    from desktop.ui import app as gui  # to watch the start: the entry point imports it later
    from desktop.ui.pyside_scan import read_bytes_instead  # noqa: F401  (as the entry point)

    reporting = gui._report_ready
    before = set(linecache.cache)

    def kept():  # files, not the code SQLAlchemy generates (which it puts there itself)
        return sorted(n for n in set(linecache.cache) - before if not n.startswith("<"))

    def report(window, *args, **kwargs):
        print("at ready, sources kept:", kept())
        return reporting(window, *args, **kwargs)

    gui._report_ready = report
    code = entry.main(["--db", sys.argv[1], "--lang", "en", "--exit-when-ready"])
    print("exit:", code)
    print("after, sources kept:", kept())
    print("SQLAlchemy imported:", "sqlalchemy.orm" in sys.modules)
    """
)


def test_the_app_start_reads_no_module_source_into_memory(
    set_up_engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    """Before, each of the ~50 modules imported after Qt on the way to the first screen,
    and each of the ~600 on the way to loaded, left its lines in ``linecache``."""
    set_up_engine.dispose()
    assert gui_lines(START, db_path, home=tmp_path / "home") == [
        "at ready, sources kept: []",
        "exit: 0",
        "after, sources kept: []",
        "SQLAlchemy imported: True",
    ]

"""The layer rule: ``db`` and ``desktop.core``/``desktop.exports`` never import Qt.

Checked two ways: statically (every import statement in those packages) and at run
time (importing every module there leaves PySide6 unloaded in a fresh interpreter).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = [ROOT / "db", ROOT / "desktop" / "core", ROOT / "desktop" / "exports"]
FORBIDDEN = ("PySide6", "shiboken6", "desktop.ui")


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules() -> list[Path]:
    return [p for folder in QT_FREE if folder.exists() for p in folder.rglob("*.py")]


def test_no_qt_imports_below_the_ui() -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(n for n in imported_names(p) if n.startswith(FORBIDDEN))
        for p in modules()
    }
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}


def test_db_does_not_import_desktop() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "db").rglob("*.py")
        if any(n == "desktop" or n.startswith("desktop.") for n in imported_names(p))
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    names = []
    for path in modules():
        if "migrations" in path.parts:
            continue
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(names) > 10

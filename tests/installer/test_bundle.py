"""The frozen bundle, built and run for real (opt-in: ``pytest -m installer``).

Builds ``dist/madoguchi`` with ``installer/build.py`` (installing PyInstaller from the
``build`` extra when it is missing), then runs the frozen programs from outside the
source tree: ``madoguchi-cli check --selftest``, the demo and check commands, and the
windowed ``madoguchi --exit-when-ready`` on Qt's offscreen platform.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "madoguchi"
EXE = ".exe" if sys.platform.startswith("win") else ""
GUI = BUNDLE / f"madoguchi{EXE}"
CLI = BUNDLE / f"madoguchi-cli{EXE}"

pytestmark = pytest.mark.installer


def _build_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(project["project"]["optional-dependencies"]["build"])


@pytest.fixture(scope="module")
def bundle() -> Iterator[str]:
    """Build once for the module; yields the build script's output."""
    if importlib.util.find_spec("PyInstaller") is None:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", *_build_requirements()],
            check=True,
            timeout=600,
        )
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert GUI.is_file() and CLI.is_file()
    print(next(line for line in done.stdout.splitlines() if line.startswith("bundle: ")))
    yield done.stdout


def frozen(program: Path, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "MADOGUCHI_HOME": str(cwd / "home"), **env}
    environ.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(program), *args],
        cwd=cwd,  # outside the source tree: the bundle must carry everything
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def test_the_build_reports_size_and_time(bundle: str) -> None:
    assert re.search(r"^bundle: .*\d+\.\d MiB in \d+ files$", bundle, re.MULTILINE)
    assert re.search(r"^build time: \d+\.\d s$", bundle, re.MULTILINE)


def test_frozen_selftest_passes(bundle: str, tmp_path: Path) -> None:
    done = frozen(CLI, "check", "--selftest", cwd=tmp_path)
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test (frozen bundle)" in done.stdout
    assert done.stdout.count("PASS  ") == 8
    assert "self-test: ok" in done.stdout


def test_frozen_app_starts_on_a_demo_database(bundle: str, tmp_path: Path) -> None:
    db = str(tmp_path / "counter.sqlite3")
    made = frozen(CLI, "--db", db, "demo", "--firms", "60", "--consultations", "600", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    checked = frozen(CLI, "--db", db, "check", cwd=tmp_path)
    assert checked.returncode == 0 and "result: ok" in checked.stdout, checked.stdout

    for lang in ("ja", "en"):
        started = frozen(
            GUI,
            "--db",
            db,
            "--lang",
            lang,
            "--exit-when-ready",
            cwd=tmp_path,
            QT_QPA_PLATFORM="offscreen",
        )
        assert started.returncode == 0, started.stdout + started.stderr
        ready = re.search(r"ready in (\d+\.\d+) s \((\d+) firms listed\)", started.stdout)
        assert ready, started.stdout + started.stderr
        assert int(ready.group(2)) == 60
        print(f"--lang {lang}: {ready.group(0)}")


def test_frozen_version_matches_the_source(bundle: str, tmp_path: Path) -> None:
    from desktop.version import __version__

    done = frozen(CLI, "--version", cwd=tmp_path)
    assert done.stdout.strip() == f"madoguchi {__version__}"


def test_the_bundle_holds_what_the_app_needs_and_no_unused_qt(bundle: str) -> None:
    internal = BUNDLE / "_internal"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    for needed in (
        "resources/i18n/madoguchi_ja.qm",
        "resources/icons/madoguchi.svg",
        "resources/reference/prefectures.toml",
        "resources/playbooks/trade_secret.toml",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
        "db/migrations/versions/0001_baseline.py",
    ):
        assert needed in files, needed
    assert not [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
    unused = re.compile(r"Qt6?(WebEngine|Quick|Qml|3D|Multimedia|Pdf|Network|Designer)", re.I)
    assert not [f for f in files if unused.search(f)]
    qt_translations = [f for f in files if "/translations/" in f and f.endswith(".qm")]
    assert qt_translations and all(f.endswith("_ja.qm") for f in qt_translations)
    for excluded in ("pytest", "pypdf", "hypothesis", "tkinter"):
        assert not any(f.split("/")[0] == excluded for f in files), excluded

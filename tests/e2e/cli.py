"""Running Madoguchi as a real process, the way scripts, HQ tools and a double-click do."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(
    argv: Sequence[str | Path], *, env: dict[str, str] | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    """``argv`` with this environment plus ``env``, its UTF-8 output captured."""
    return subprocess.run(
        list(map(str, argv)),
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def madoguchi(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "desktop", *args], cwd=cwd)


def gui_script(code: str, *args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Python ``code`` in a fresh interpreter, offscreen, with its own data folder.

    For what must start from nothing (what gets imported, ``run_gui``'s event loop,
    which Qt will not run twice in one process).
    """
    env = {"MADOGUCHI_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return run([sys.executable, "-c", code, *args], env=env)


def gui_lines(code: str, *args: str | Path, home: Path) -> list[str]:
    """:func:`gui_script`, which must succeed: the lines ``code`` printed, less the
    timings ``run_gui`` prints when ready and loaded."""
    done = gui_script(code, *args, home=home)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if not line.startswith(("ready", "loaded"))]


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The same command in this process: the real parser and commands, without the
    interpreter's start-up, for the tests that run many commands."""
    from desktop.__main__ import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())

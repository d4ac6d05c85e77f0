"""PySide's look at every module imported after it, made cheap.

For its ``__feature__`` switches (``snake_case``, ``true_property``), PySide asks of
each module imported once it is loaded whether the module's source mentions
``PySide6``, and reads that source with ``inspect.getsource``: through ``linecache``,
which decodes the file into lines and keeps them for the rest of the run. Madoguchi
imports some 50 modules after Qt before its first window is drawn, and some 600
(SQLAlchemy, the other views) before it is loaded. On the benchmarks' counter, reading
them cost about 5 ms before the first screen and 40 ms before loaded, and their lines,
kept, were 25 MB of the 147 MB the process peaked at.

:func:`read_bytes_instead` puts in a check that gives the same answer from the file's
bytes, read once and let go. A built-in module gets PySide's answer (no) without
asking; one with a file that is not a readable ``.py`` (compiled only, in a bundle) is
asked of PySide's own check, as before. Only the answer's source
changes: ``"PySide6" in text`` and ``b"PySide6" in bytes`` agree for any encoding
Python reads source in that keeps ASCII as ASCII (UTF-8 and the Latin ones).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (loads shiboken, which puts in PySide's import hook)

FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"
NEEDLE = b"PySide6"


def _uses_pyside(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not path:
            return False  # built in: PySide's check finds no file and says no too
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return NEEDLE in source.read()
            except OSError:
                pass  # not where it says (a bundle): PySide's check decides, as before
        return original(module)

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def read_bytes_instead() -> bool:
    """Put the cheaper check in place; False when PySide has no such check (any more)
    or it is in place already. Called before the GUI's imports; the sooner, the more
    modules it saves a read of."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if original is None or hasattr(original, "original"):
        return False
    setattr(feature, CHECK, _uses_pyside(original))
    return True

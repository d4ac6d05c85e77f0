"""Writing files that other programs open: all at once, and with text that stays text.

Used by the exporters (workbooks, PDF) and by the import's error report alike, so a
file is never seen half-written and a spreadsheet never runs a cell as a formula.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

# What a spreadsheet may read as the start of a formula (or that hides one behind
# white space): a cell starting so is shown as typed, never evaluated.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def inert(text: str) -> str:
    """Text a spreadsheet shows as typed: a leading formula character gets a quote before it.

    For CSV, where a cell has no type: a value echoed from someone's file, such as
    =HYPERLINK(…), must not become a live formula when the file is opened in Excel.
    """
    return "'" + text if looks_like_formula(text) else text


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temporary path next to ``out``, moved into place only when the block succeeds.

    A cancelled or failed write therefore never leaves a half-written file that could
    be mistaken for a finished one.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # A random suffix from os.urandom, not uuid: this module is imported on the way to
    # the window's first screen (for the reference cache), which does without uuid.
    tmp = out.with_name(f".{out.name}.{os.urandom(4).hex()}.part")
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()

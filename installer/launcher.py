"""Entry point of the frozen programs (``madoguchi`` and ``madoguchi-cli``).

The same ``desktop.__main__.main`` as the ``madoguchi`` console script. A windowed
program on Windows has no standard streams; they are pointed at the null device so that
a headless command started from it does not fail on writing its output.
"""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _ensure_streams()
    from desktop.__main__ import main

    sys.exit(main())

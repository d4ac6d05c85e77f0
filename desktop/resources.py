"""Finding shipped files (reference data, playbooks, translations, icons).

One helper for every resource, so the same code works from a source checkout, an
installed package and a frozen bundle (where PyInstaller unpacks data under
``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)

"""Telling whether something built from files is still current, without reading the files.

The reference data and the playbook library are parsed from TOML once and kept (on disk or
in memory); both decide whether the kept copy is still good by the same fingerprint, so a
file that is edited, added or removed is noticed the same way everywhere.
"""

from __future__ import annotations

from pathlib import Path

# (path, size in bytes, modification time in ns); size and time are None for a missing path.
Stamp = tuple[str, int | None, int | None]


def fingerprint(*paths: Path, pattern: str = "*") -> tuple[Stamp, ...]:
    """Path, size and modification time of each file, or of each ``pattern`` file of a folder.

    A folder stands for the files in it at this moment, in name order, so adding or removing
    one changes the result. A missing path is recorded rather than raised: a folder not yet
    created is normal, and whoever reads the file reports it better than a bare ``stat`` would.
    The size is kept beside the time because some file systems store coarse times, and an edit
    within the same tick usually changes the size.
    """
    stamps: list[Stamp] = []
    for path in paths:
        files = sorted(path.glob(pattern)) if path.is_dir() else [path]
        for file in files:
            try:
                stat = file.stat()
            except OSError:
                stamps.append((str(file), None, None))
                continue
            stamps.append((str(file), stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)

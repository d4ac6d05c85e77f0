"""What every exporter shares: progress and cancel hooks, and a file's checksum.

Files are written atomically with ``desktop.core.output.atomic_output``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import MadoguchiError
from desktop.core.text import QT_TRANSLATE_NOOP, Message

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


class ExportCancelled(MadoguchiError):
    """The user cancelled; no output file was left behind."""

    def __init__(self) -> None:
        super().__init__(Message("Export", QT_TRANSLATE_NOOP("Export", "Export cancelled.")))


class Ticker:
    """Reports progress and honours cancel every ``every`` units, not on every row."""

    def __init__(
        self,
        total: int,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        every: int | None = None,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._every = every or max(1, min(500, self.total // 100))
        self._next = 0

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ExportCancelled()

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.done >= self._next:
            self._next = self.done + self._every
            self.check()
            if self._progress is not None:
                self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

"""Long work before the window exists, done on a worker while a small box says what it is.

Checking a large database thoroughly, copying it before an upgrade and upgrading it
can take seconds on a laptop's disk. Done on the GUI thread with nothing on screen, a
consultant sees no sign of the program and starts it again (which the lock then
refuses). Quick work shows nothing: the box appears only when the work is still
running after ``SHOW_AFTER_MS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, QTimer

from desktop.ui.workers import Task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")

SHOW_AFTER_MS = 600


def wait_for(label: str, work: Callable[[], T]) -> T:
    """``work()`` on a worker; its result, or its exception raised here."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    shown: list[QProgressDialog] = []

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException, _trace: str) -> None:
        outcome["error"] = exc
        loop.quit()

    def show() -> None:  # built only when needed: most starts never get here
        from PySide6.QtCore import Qt  # likewise (desktop.ui.plain_qt)
        from PySide6.QtWidgets import QProgressDialog

        from desktop.ui.session import box_icon

        box_icon(read=False)
        box = QProgressDialog(label, "", 0, 0)  # no maximum: a busy bar
        box.setObjectName("busyBox")
        box.setWindowTitle("Madoguchi")
        box.setCancelButton(None)  # an upgrade half done must not be walked away from
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setMinimumDuration(0)
        box.show()
        shown.append(box)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show)
    task = Task(work)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    timer.start(SHOW_AFTER_MS)
    task.start()
    loop.exec()  # the worker's signals arrive through this loop, never before it runs
    timer.stop()
    for box in shown:
        box.close()
        box.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]

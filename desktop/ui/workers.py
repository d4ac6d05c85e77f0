"""Running core work off the GUI thread, one pattern for all long work.

A ``Task`` wraps a plain function of ``desktop.core`` (or ``desktop.exports``); it runs
on the global thread pool and reports through signals, delivered on the GUI thread. The
function never sees a widget: it gets a ``progress(done, total)`` callback and a
``cancelled()`` check when it asks for them, and its result or exception comes back.
A task keeps its own Python reference until it has reported, so callers need not.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

_RUNNING: set[Task] = set()
_LOCK = threading.Lock()


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback


class Task(QRunnable):
    def __init__(
        self,
        fn: Callable[..., Any],
        *args: Any,
        with_progress: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.with_progress = with_progress
        self.signals = TaskSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            kwargs = dict(self.kwargs)
            if self.with_progress:
                kwargs["progress"] = self.signals.progress.emit
                kwargs["cancelled"] = self.cancelled
            result = self.fn(*self.args, **kwargs)
        except Exception as exc:  # reported to the GUI thread, which decides what to show
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            with _LOCK:
                _RUNNING.discard(self)

    def start(self, pool: QThreadPool | None = None) -> Task:
        with _LOCK:
            _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(self)
        return self


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    **kwargs: Any,
) -> Task:
    task = Task(fn, *args, **kwargs)
    if on_done is not None:
        task.signals.finished.connect(on_done)
    if on_error is not None:
        task.signals.failed.connect(on_error)
    return task.start()


def after_first_paint(callback: Callable[[], None]) -> None:
    """Run ``callback`` on the GUI thread once the windows just shown are painted.

    Work started on a worker competes with the GUI thread for the interpreter; started
    after the first paint, it cannot slow the first look at the window. A zero timer
    set from a zero timer fires after the events already queued; a shown window's first
    paint is among them offscreen and on X11 (tested for the first). Where a window
    system sends it later, the callback merely runs before it: nothing waits on a paint.
    """
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, callback))

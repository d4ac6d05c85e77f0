"""The Qt binding must not lose references at each signal: a long session emits millions.

PySide6 6.12.0 drops one reference to ``True`` at every ``Signal.emit`` from Python; a
session that runs a few thousand tasks then dies with "bool_dealloc". This fails on such
a binding long before the crash would.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

EMITS = 5000


class Emitter(QObject):
    number = Signal(int)
    anything = Signal(object)
    pair = Signal(object, str)


def test_emitting_signals_keeps_true_and_false_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = Emitter()
    got: list[object] = []
    emitter.number.connect(got.append)
    emitter.anything.connect(got.append)
    emitter.pair.connect(lambda value, text: got.append(value))

    def emit(times: int) -> None:
        before = sys.getrefcount(True), sys.getrefcount(False)
        for n in range(times):
            emitter.number.emit(n)
            emitter.anything.emit(n % 2 == 0)
            emitter.pair.emit(None, "x")
        after = sys.getrefcount(True), sys.getrefcount(False)
        assert after[0] >= before[0] and after[1] >= before[1], (before, after)

    emit(50)  # a leaking binding fails here, before it could free True and abort the run
    emit(EMITS)
    assert len(got) == 3 * (50 + EMITS)
    assert sum(value is True for value in got) == 50 // 2 + EMITS // 2

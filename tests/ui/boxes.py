"""Message boxes answered in tests, without a box on screen."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtWidgets import QMessageBox

NOTICES = ("warning", "critical", "information")


class Questions:
    """``QMessageBox.question`` answers ``reply`` (change it between questions) and
    keeps the texts it was asked, in order, in ``asked``.

    With ``notices``, warnings, errors and information boxes are answered OK as well;
    without, they still fail the test (``tests/ui/conftest.py``). Every box answered is
    kept in ``seen`` as ``(kind, text)``, in order.
    """

    def __init__(
        self,
        monkeypatch: Any,
        reply: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
        *,
        notices: bool = False,
    ) -> None:
        self.reply = reply
        self.seen: list[tuple[str, str]] = []
        for kind in ("question", *(NOTICES if notices else ())):
            monkeypatch.setattr(QMessageBox, kind, partial(self._show, kind))

    def _show(self, kind: str, parent: object, title: str, text: str, *args: object) -> Any:
        self.seen.append((kind, text))
        return self.reply if kind == "question" else QMessageBox.StandardButton.Ok

    @property
    def asked(self) -> list[str]:
        return [text for kind, text in self.seen if kind == "question"]

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.seen]

"""Message boxes answered in tests, without a box on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox


class Questions:
    """``QMessageBox.question`` answers ``reply`` (change it between questions) and
    keeps the texts it was asked, in order, in ``asked``."""

    def __init__(self, monkeypatch: Any, reply: QMessageBox.StandardButton) -> None:
        self.reply = reply
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self._ask)

    def _ask(self, parent: object, title: str, text: str, *args: object) -> Any:
        self.asked.append(text)
        return self.reply

"""Errors the core raises for the UI and CLI to show.

A ``ValidationError`` carries one message per field, so a form can put each message at
its field and the CLI can list them; nothing is written while one is raised.
"""

from __future__ import annotations

from desktop.core.text import Message


class MadoguchiError(Exception):
    """Base of the errors a user may see; ``message`` is translatable."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


class ValidationError(MadoguchiError):
    def __init__(self, errors: dict[str, Message]) -> None:
        self.errors = dict(errors)
        first = next(iter(self.errors.values()))
        super().__init__(first)

    def __str__(self) -> str:
        return "; ".join(f"{k}: {v.render()}" for k, v in self.errors.items())


class NotFoundError(MadoguchiError):
    pass


class ConflictError(MadoguchiError):
    """The change would break a rule that involves other records (a duplicate, a link)."""

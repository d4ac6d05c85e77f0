"""Marking user-visible text in Qt-free code.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; ``pyside6-lupdate``
finds the calls by name and puts the strings into ``resources/i18n/*.ts``. The UI
translates a message with ``QCoreApplication.translate(context, text)`` and the CLI
prints it through the same catalogue when one is loaded, English otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

EMPTY: Mapping[str, Any] = MappingProxyType({})

# The interface and report languages; every text shipped under resources/ has both.
LANGUAGES = ("ja", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


def list_separator(lang: str) -> str:
    """Between the items of a list in running text: 、 in Japanese, a comma in English."""
    return "、" if lang == "ja" else ", "


class Message(NamedTuple):
    """A translatable message with named parameters, rendered late in the caller's language."""

    context: str
    text: str
    params: Mapping[str, Any] = EMPTY

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        template = translate(self.context, self.text) if translate else self.text
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.params)

    def __str__(self) -> str:
        return self.render()

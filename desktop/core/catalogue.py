"""The interface catalogue read without Qt, for files made outside the window.

A firm's support record printed from the command line or the export dialog shows
the assessment's reasons, which are stored as messages (``text.Message``) and
translated through the same catalogue as the window's. Qt's compiled ``.qm`` needs
Qt to read; the ``.ts`` it is compiled from is plain XML, read here once per language.
Messages with plural forms are left out: none is printed this way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from xml.etree import ElementTree

from desktop.resources import resource_path

Translate = Callable[[str, str], str]


@cache
def _table(lang: str) -> dict[tuple[str, str], str]:
    path = resource_path("i18n", f"madoguchi_{lang}.ts")
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") == "unfinished":
                continue
            if translation.text:  # plural forms keep theirs in <numerusform>: left out
                table[(name, source)] = translation.text
    return table


def translator(lang: str) -> Translate | None:
    """``translate(context, text)`` for ``lang``; None for English, the source language."""
    if lang == "en":
        return None
    table = _table(lang)
    return lambda context, text: table.get((context, text), text)

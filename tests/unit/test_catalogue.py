"""The catalogue read without Qt gives what the window's Qt catalogue gives."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop.core.catalogue import translator
from desktop.resources import resource_path

SAMPLES = [
    ("Assessment", "IP use challenger type"),
    (
        "Assessment",
        "{share}% of its sales is subcontract work for the same customers (the line is {line}%).",
    ),
    ("Startup", "The backup {backup} was restored."),
]


def test_english_is_the_source_language() -> None:
    assert translator("en") is None


def test_japanese_matches_the_compiled_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    qt = QTranslator()
    assert qt.load(str(resource_path("i18n", "madoguchi_ja.qm")))
    translate = translator("ja")
    assert translate is not None
    for context, text in SAMPLES:
        expected = qt.translate(context, text)
        assert expected and expected != text, (context, text)
        assert translate(context, text) == expected
    assert translate("Assessment", "no such text") == "no such text"

"""The main window as a user first sees it, in either language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow


@contextmanager
def first_window(
    qtbot, qapp: QApplication, engine: sa.Engine, qsettings: QSettings, lang: str
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window shown at its default size (no geometry saved) in ``lang``, with that
    language's catalogue installed as the program does; English's is there for every test."""
    installed = install_translators(qapp, lang) if lang != "en" else []
    try:
        window = MainWindow(engine, lang, qsettings)
        qtbot.addWidget(window)
        window.show()
        assert window.size().width() == 1200  # the default
        yield window
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)

"""Fixtures for widget tests: a migrated database and a freshly built main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings

from desktop.core import settings
from desktop.core.settings import CounterSetup


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Widgets are tested in English as the app shows it: with its catalogue's plurals."""
    from desktop.ui.i18n import install_translators

    installed = install_translators(qapp, "en")
    assert installed, "run scripts/build_translations.py (setup does)"
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def set_up_engine(engine: sa.Engine) -> sa.Engine:
    settings.apply_setup(
        engine,
        CounterSetup(
            counter_name="新潟県知財総合支援窓口",
            prefecture_code="15",
            consultant_name="佐藤 花子",
            language="en",
        ),
    )
    return engine


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, set_up_engine: sa.Engine, qsettings: QSettings) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow
    from tests.ui.typing import activate

    window = MainWindow(set_up_engine, "en", qsettings)
    qtbot.addWidget(window)
    window.show()
    window.register.apply_filter()
    activate(qtbot, window)
    yield window


class UnexpectedDialog(AssertionError):
    pass


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody answers would hang the run; fail the test instead.

    Tests that expect a question patch the method themselves after this fixture.
    """
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args: object, **kwargs: object) -> None:
        raise UnexpectedDialog(f"unexpected message box: {args[1:3]!r}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)

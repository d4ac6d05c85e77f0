"""The counter's own settings show a prefecture's counter name whole, as the first-run
questions do."""

from __future__ import annotations

import pytest

from desktop.core import settings
from desktop.ui.setup_dialogs import FirstRunDialog, SettingsDialog

NAME = "鹿児島県知財総合支援窓口（奄美サテライト）"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_counter_name_shows_whole_in_settings(qtbot, set_up_engine, qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.i18n import install_translators

    settings.set_value(set_up_engine, settings.COUNTER_NAME, NAME)
    installed = install_translators(qapp, lang) if lang == "ja" else []
    try:
        dialogs = [SettingsDialog(set_up_engine, lang), FirstRunDialog(set_up_engine, lang)]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.form.counter_name.setText(NAME)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.form.counter_name
        assert field.width() > field.fontMetrics().horizontalAdvance(NAME), type(dialog).__name__

"""The playbooks a firm follows show their state, progress and date whole."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.core import firms, playbook_runs


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_state_and_date_columns_fit_their_text(
    qtbot, set_up_engine: sa.Engine, library, qapp, lang: str
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.i18n import install_translators
    from desktop.ui.support_panel import SupportPanel

    firm_id = firms.create_firm(
        set_up_engine, firms.FirmInput(name="加茂織物", prefecture_code="15", industry="E")
    )
    for key in [book.key for book in library.playbooks][:2]:
        playbook_runs.start_run(set_up_engine, library, firm_id, key)
    installed = install_translators(qapp, lang) if lang == "ja" else []
    try:
        panel = SupportPanel(set_up_engine, lang, library)
        qtbot.addWidget(panel)
        panel.set_firm(firm_id)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.runs
    metrics = tree.fontMetrics()
    items = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    items += [top.child(n) for top in items for n in range(top.childCount())]
    assert len(items) > 2
    for column in (1, 2):
        for item in items:
            text = item.text(column)
            assert metrics.horizontalAdvance(text) <= tree.columnWidth(column), (column, text)

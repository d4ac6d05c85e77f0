"""The firm picker on the consultation form: typing part of a firm offers it."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.core import firms
from desktop.ui.firm_picker import SUGGESTIONS, FirmPicker
from tests.ui.typing import type_text


def test_typing_offers_matching_firms_in_list_order_and_choosing_sets_the_firm(  # type: ignore[no-untyped-def]
    qtbot, engine: sa.Engine
) -> None:
    for n in range(SUGGESTIONS + 5):
        firms.create_firm(
            engine,
            firms.FirmInput(
                name=f"株式会社精工{n:02d}",
                name_kana=f"セイコウ{n:02d}",
                prefecture_code="15",
                city="燕市",
            ),
        )
    other = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="13"))
    picker = FirmPicker(engine, "ja")
    qtbot.addWidget(picker)
    picker.show()
    type_text(qtbot, picker.edit, "精工")
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0)
    offered = picker.model.stringList()
    assert offered == [f"株式会社精工{n:02d}（新潟県燕市）" for n in range(SUGGESTIONS)]

    picker.completer.popup().hide()
    picker.edit.clear()
    type_text(qtbot, picker.edit, "商標")
    qtbot.waitUntil(lambda: picker.model.stringList() == ["商標堂（東京都）"])
    with qtbot.waitSignal(picker.completer.activated):
        picker.completer.activated.emit("商標堂（東京都）")
    assert picker.firm_id == other and picker.firm_name() == "商標堂"

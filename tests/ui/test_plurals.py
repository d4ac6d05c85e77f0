"""English counts read as English: "1 firm", "2 firms", from the English catalogue."""

from __future__ import annotations

from desktop.core import firms


def test_the_firm_count_says_firm_or_firms(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    engine, register = main_window.engine, main_window.register
    first = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    register.refresh()
    assert register.count.text() == "1 firm"

    firms.create_firm(engine, firms.FirmInput(name="三条金属", prefecture_code="15"))
    register.refresh()
    assert register.count.text() == "2 firms"

    firms.delete_firm(engine, first)
    register.trash.setChecked(True)
    assert register.count.text() == "1 firm in the trash"

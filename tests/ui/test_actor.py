"""A change is recorded under the consultant chosen when it is saved.

Two consultants share one laptop at a counter: the one who saves a firm page, a
consultation or an IP asset is the one in Settings at that moment, even when the page
was opened before they took over.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from desktop.core import consultants, firms, ip_assets, settings
from tests.audit_trail import newest_change
from tests.ui.test_era_display import consult
from tests.ui.typing import type_text


def take_over(engine: sa.Engine, name: str) -> uuid.UUID:
    """A second consultant becomes "me", as the Settings dialog does."""
    consultant = consultants.add_consultant(engine, name)
    settings.set_value(engine, settings.CURRENT_CONSULTANT, str(consultant))
    return consultant


def test_a_firm_page_opened_before_a_takeover_saves_under_the_new_consultant(
    qtbot, main_window
) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    assert consultants.current_consultant(engine).name == "佐藤 花子"  # type: ignore[union-attr]
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    dialog = main_window.open_firm(firm_id)

    take_over(engine, "鈴木 一郎")
    type_text(qtbot, dialog.form.city, "燕市")
    assert dialog.save()

    newest = newest_change(engine, "firm", firm_id)
    assert (newest.action, newest.actor) == ("update", "鈴木 一郎")


def test_an_ip_asset_added_on_that_page_is_the_new_consultants(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.asset_dialogs import AssetDialog

    engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    main_window.open_firm(firm_id)
    take_over(engine, "鈴木 一郎")
    asset_dialog = AssetDialog(engine, "en", firm_id)
    qtbot.addWidget(asset_dialog)
    asset_dialog.kind.setCurrentIndex(asset_dialog.kind.findData("trademark"))
    type_text(qtbot, asset_dialog.title, "ツバメ")
    asset_dialog.save()

    [asset] = ip_assets.list_assets(engine, firm_id)
    newest = newest_change(engine, "ip_asset", asset.id)
    assert (newest.action, newest.actor) == ("create", "鈴木 一郎")


def test_a_consultation_form_opened_before_a_takeover_saves_under_the_new_consultant(
    qtbot, main_window
) -> None:  # type: ignore[no-untyped-def]
    engine = main_window.engine
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    cid = consult(engine, firm_id)  # by 佐藤 花子, the consultant of the set-up counter
    form = main_window.open_consultation(cid)

    take_over(engine, "鈴木 一郎")
    type_text(qtbot, form.summary, "（追記）")
    assert form.save()

    newest = newest_change(engine, "consultation", cid)
    assert (newest.action, newest.actor) == ("update", "鈴木 一郎")

"""Every change is recorded under the consultant Settings names when it is written."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.core import consultants, firms, settings
from tests.audit_trail import newest_change


def test_the_current_consultant_is_read_when_the_change_is_written(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    assert newest_change(engine, "firm", firm_id).actor == ""  # nobody chosen yet

    sato = consultants.add_consultant(engine, "佐藤 花子")
    settings.set_value(engine, settings.CURRENT_CONSULTANT, str(sato))
    firms.update_firm(engine, firm_id, firms.FirmInput(name="燕精工", prefecture_code="13"))
    assert newest_change(engine, "firm", firm_id).actor == "佐藤 花子"

    suzuki = consultants.add_consultant(engine, "鈴木 一郎")
    settings.set_value(engine, settings.CURRENT_CONSULTANT, str(suzuki))
    firms.delete_firm(engine, firm_id)
    assert newest_change(engine, "firm", firm_id).actor == "鈴木 一郎"


def test_a_name_given_is_recorded_as_given(engine: sa.Engine) -> None:
    sato = consultants.add_consultant(engine, "佐藤 花子")
    settings.set_value(engine, settings.CURRENT_CONSULTANT, str(sato))
    firm_id = firms.create_firm(
        engine, firms.FirmInput(name="燕精工", prefecture_code="15"), actor="移行スクリプト"
    )
    assert newest_change(engine, "firm", firm_id).actor == "移行スクリプト"

"""The firm register: validation, create/edit/delete/restore, audit, uniqueness."""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from db.models import Firm
from desktop.core import firms
from desktop.core.errors import ValidationError
from desktop.core.firms import FirmInput
from tests.audit_trail import audit_entries


def make(**overrides: object) -> FirmInput:
    values: dict[str, object] = {
        "name": "株式会社東洋精工",
        "name_kana": "トウヨウセイコウ",
        "prefecture_code": "15",
        "corporate_number": "7000012050002",
        "city": "燕市",
        "postal_code": "959-1234",
        "phone": "0256-12-3456",
        "email": "info@example.jp",
        "industry": "E",
        "employees": 45,
        "capital_yen": 30_000_000,
        "founded_year": 1968,
    }
    values.update(overrides)
    return FirmInput(**values)  # type: ignore[arg-type]


def firm_count(engine: sa.Engine) -> int:
    with Session(engine) as s:
        return len(s.exec(select(Firm)).all())


def test_create_and_read_back(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(engine, make(), actor="佐藤")
    firm = firms.get_firm(engine, firm_id)
    assert firm.name == "株式会社東洋精工"
    assert firm.corporate_number == "7000012050002"
    assert firms.sme_of(firm).is_sme is True


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("corporate_number", "7000012050003"),
        ("corporate_number", "123"),
        ("postal_code", "9591234"),
        ("phone", "abc"),
        ("email", "info@"),
        ("employees", -1),
        ("capital_yen", -5),
        ("founded_year", date.today().year + 1),
        ("name", "   "),
        ("prefecture_code", "48"),
        ("subcontract_share", 101),
        ("name", "ab\x00cd"),
    ],
)
def test_bad_field_gets_a_message_and_nothing_is_saved(
    engine: sa.Engine, field: str, value: object
) -> None:
    with pytest.raises(ValidationError) as info:
        firms.create_firm(engine, make(**{field: value}))
    assert field in info.value.errors
    assert info.value.errors[field].render()
    assert firm_count(engine) == 0


def test_full_width_digits_typed_on_a_japanese_keyboard_are_normalized(
    engine: sa.Engine,
) -> None:
    data = make(
        postal_code="９５９－１２３４",
        phone="０２５６ー１２ー３４５６",
        corporate_number="７００００１２０５０００２",
    )
    firm = firms.get_firm(engine, firms.create_firm(engine, data))
    assert (firm.postal_code, firm.phone, firm.corporate_number) == (
        "959-1234",
        "0256-12-3456",
        "7000012050002",
    )
    assert "postal_code" in firms.validate(make(postal_code="٩٥٩-١٢٣٤"))


def test_corporate_number_unique_among_live_firms(engine: sa.Engine) -> None:
    first = firms.create_firm(engine, make())
    with pytest.raises(ValidationError) as info:
        firms.create_firm(engine, make(name="別会社"))
    assert "株式会社東洋精工" in info.value.errors["corporate_number"].render()
    firms.delete_firm(engine, first)
    second = firms.create_firm(engine, make(name="別会社"))  # the number is free again
    with pytest.raises(ValidationError):
        firms.restore_firm(engine, first)  # and restoring would duplicate it
    firms.delete_firm(engine, second)
    firms.restore_firm(engine, first)
    assert firms.get_firm(engine, first).deleted_at is None


def test_database_enforces_uniqueness_too(engine: sa.Engine) -> None:
    firms.create_firm(engine, make())
    with pytest.raises(sa.exc.IntegrityError), Session(engine) as s:
        s.add(Firm(name="x", prefecture_code="13", corporate_number="7000012050002"))
        s.commit()


def test_database_rejects_bad_values_even_without_the_core(engine: sa.Engine) -> None:
    for bad in (
        {"employees": -1},
        {"prefecture_code": "99"},
        {"kind": "club"},
        {"corporate_number": "12345"},
    ):
        with pytest.raises(sa.exc.IntegrityError), Session(engine) as s:
            values = {"name": "x", "prefecture_code": "13", **bad}
            s.add(Firm(**values))
            s.commit()


def test_edit_is_audited_with_old_and_new_values(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(engine, make(), actor="佐藤")
    changed = firms.update_firm(engine, firm_id, make(employees=50, city="三条市"), actor="鈴木")
    assert changed
    assert not firms.update_firm(engine, firm_id, make(employees=50, city="三条市"))
    entries = audit_entries(engine, firm_id)
    assert [e.action for e in entries] == ["create", "update"]
    update = json.loads(entries[1].changes)
    assert update == {"employees": [45, 50], "city": ["燕市", "三条市"]}
    assert entries[1].actor == "鈴木"


def test_delete_moves_to_trash_and_restore_brings_back(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(engine, make())
    firms.delete_firm(engine, firm_id)
    assert firms.find_firm_ids(engine) == []
    assert firms.find_firm_ids(engine, firms.FirmQuery(deleted=True)) == [firm_id]
    firms.restore_firm(engine, firm_id)
    assert firms.find_firm_ids(engine) == [firm_id]
    restored = firms.get_firm(engine, firm_id)
    assert firms.firm_input(restored) == make()


def test_sort_in_sql(engine: sa.Engine) -> None:
    a = firms.create_firm(engine, make(name="甲", name_kana="コウ", corporate_number=""))
    b = firms.create_firm(engine, make(name="乙", name_kana="オツ", corporate_number=""))
    assert firms.find_firm_ids(engine, firms.FirmQuery(sort="name_kana")) == [b, a]
    assert firms.find_firm_ids(engine, firms.FirmQuery(sort="name_kana", descending=True)) == [a, b]

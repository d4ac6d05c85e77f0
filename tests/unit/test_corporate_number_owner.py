"""Another firm's Corporate Number is found before saving, by the rule saving applies.

The firm form asks this when the user leaves the field; what it answers must be what
create and update would refuse, no more (the firm's own number, a firm in the trash)
and no less (full-width digits as typed on a Japanese keyboard).
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.core import firms
from desktop.core.errors import ValidationError
from desktop.core.firms import FirmInput
from tests.firms import make_firm

HELD = "7000012050002"
FREE = "5100001000001"


def test_a_number_another_firm_holds_names_that_firm(engine: sa.Engine) -> None:
    make_firm(engine, "株式会社東洋精工", HELD)
    message = firms.corporate_number_owner(engine, HELD)
    assert message is not None
    assert "株式会社東洋精工" in message.render()
    # The very message saving gives.
    with pytest.raises(ValidationError) as refused:
        make_firm(engine, "別会社", HELD)
    assert refused.value.errors["corporate_number"] == message


def test_a_free_number_or_none_is_no_conflict(engine: sa.Engine) -> None:
    make_firm(engine, "株式会社東洋精工", HELD)
    assert firms.corporate_number_owner(engine, FREE) is None
    assert firms.corporate_number_owner(engine, "") is None
    assert firms.corporate_number_owner(engine, "   ") is None


def test_the_firm_being_edited_does_not_conflict_with_itself(engine: sa.Engine) -> None:
    own = make_firm(engine, "株式会社東洋精工", HELD)
    other = make_firm(engine, "合同会社三条金属", FREE)
    assert firms.corporate_number_owner(engine, HELD, exclude=own) is None
    message = firms.corporate_number_owner(engine, HELD, exclude=other)
    assert message is not None and "株式会社東洋精工" in message.render()
    # Saving agrees both ways.
    firms.update_firm(
        engine, own, FirmInput(name="東洋精工", prefecture_code="15", corporate_number=HELD)
    )
    with pytest.raises(ValidationError):
        firms.update_firm(
            engine,
            other,
            FirmInput(name="合同会社三条金属", prefecture_code="15", corporate_number=HELD),
        )


def test_a_firm_in_the_trash_holds_no_number(engine: sa.Engine) -> None:
    deleted = make_firm(engine, "株式会社東洋精工", HELD)
    firms.delete_firm(engine, deleted)
    assert firms.corporate_number_owner(engine, HELD) is None
    make_firm(engine, "別会社", HELD)  # saving lets the number be taken too
    message = firms.corporate_number_owner(engine, HELD)
    assert message is not None and "別会社" in message.render()


def test_the_number_is_read_as_saving_reads_it(engine: sa.Engine) -> None:
    make_firm(engine, "株式会社東洋精工", HELD)
    message = firms.corporate_number_owner(engine, " ７００００１２０５０００２ ")
    assert message is not None and "株式会社東洋精工" in message.render()


@pytest.mark.parametrize("wrong", ["7000012050003", "700001205000", "70000120500021", "abc"])
def test_a_number_wrong_on_its_own_is_left_to_its_own_message(
    engine: sa.Engine, wrong: str
) -> None:
    make_firm(engine, "株式会社東洋精工", HELD)
    assert firms.corporate_number_owner(engine, wrong) is None

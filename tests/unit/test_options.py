"""Who the current consultant is, read the same way wherever the setting is read.

The first screen, the views and the audit log each read ``CURRENT_CONSULTANT``; if one
of them read it differently, a change could be recorded under someone other than the
consultant the window names.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from db.models import Setting
from desktop.core import consultants, firms, settings
from desktop.core.firm_list import FileReads
from desktop.core.options import (
    CURRENT_CONSULTANT,
    LANGUAGE,
    consultant_id,
    consultant_key,
    decode,
    read_first_screen,
    uuid_hex,
)
from tests.audit_trail import newest_change

SOMEONE = uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e")


@pytest.mark.parametrize("stored", [None, "null", '""'])
def test_a_setting_never_stored_or_cleared_names_nobody(stored: str | None) -> None:
    assert consultant_id(stored) is None


@pytest.mark.parametrize("text", [str(SOMEONE), SOMEONE.hex, SOMEONE.urn])
def test_a_stored_id_names_its_consultant(text: str) -> None:
    assert consultant_id(json.dumps(text)) == SOMEONE


@pytest.mark.parametrize("stored", ["", "{", '"not-a-uuid"', "123", "true", f'["{SOMEONE}"]'])
def test_anything_else_is_refused_as_unreadable(stored: str) -> None:
    with pytest.raises(ValueError):
        consultant_id(stored)


STORED_TEXTS = [
    *(json.dumps(value) for value in ("ja", "", "ベンチマーク知財総合支援窓口", True, False, None)),
    *(json.dumps(value, ensure_ascii=False) for value in ("東京都", 'a"b', "tab\there", "\\")),
    '"\\u6771"',  # escaped, as json.dumps writes Japanese by default
    '"\u3000全角の空白"',
    '"ok"x',
    '"unclosed',
    '"',
    '"a"b"',
    '"line\nbreak"',  # a control character JSON does not allow in a string
    " true",
    "True",
    "12",
    "1.5",
    "[1, 2]",
    '{"consultations": 1200}',
    "",
    "{",
]


@pytest.mark.parametrize("stored", STORED_TEXTS)
def test_a_stored_value_reads_as_json_reads_it(stored: str) -> None:
    """The plain values are read without the json module; every value reads the same."""
    try:
        expected: object = json.loads(stored)
    except ValueError as exc:
        with pytest.raises(ValueError):
            decode(LANGUAGE, stored)
        expected = exc
    else:
        assert decode(LANGUAGE, stored) == expected
        assert type(decode(LANGUAGE, stored)) is type(expected)


UUID_TEXTS = [
    str(SOMEONE),
    SOMEONE.hex,
    SOMEONE.hex.upper(),
    SOMEONE.urn,
    "{" + str(SOMEONE) + "}",
    "uuid:" + SOMEONE.hex,
    SOMEONE.hex[:-1],
    SOMEONE.hex + "0",
    "+" + SOMEONE.hex[1:],
    "-" + SOMEONE.hex[1:],
    "g" * 32,
    "",
]


@pytest.mark.parametrize("text", UUID_TEXTS)
def test_an_id_is_read_as_uuid_reads_it(text: str) -> None:
    try:
        expected = uuid.UUID(text).hex
    except ValueError:
        with pytest.raises(ValueError):
            uuid_hex(text)
    else:
        assert uuid_hex(text) == expected


def test_the_key_and_the_id_name_the_same_consultant() -> None:
    stored = json.dumps(str(SOMEONE))
    assert consultant_key(stored) == SOMEONE.hex and consultant_id(stored) == SOMEONE
    assert consultant_key(None) is None and consultant_id("null") is None


def store_raw(engine: sa.Engine, text: str) -> None:
    """The setting as a damaged or hand-edited file might hold it."""
    with Session(engine) as session:
        session.merge(Setting(key=CURRENT_CONSULTANT.key, value=text))
        session.commit()


def first_screen_name(db_path: Path) -> str | None:
    reads = FileReads(db_path)
    try:
        with reads() as conn:
            return read_first_screen(conn).consultant_name
    finally:
        reads.close()


def test_the_first_screen_the_views_and_the_audit_log_name_the_same_consultant(
    engine: sa.Engine, db_path: Path
) -> None:
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    sato = consultants.add_consultant(engine, "佐藤 花子")
    cities = iter(["燕市", "三条市", "長岡市", "新潟市"])

    def named() -> tuple[str | None, str | None, str]:
        """Who each reader names, the audit log's by a change saved now."""
        change = firms.FirmInput(name="燕精工", prefecture_code="15", city=next(cities))
        firms.update_firm(engine, firm_id, change)
        me = consultants.current_consultant(engine)
        return (
            first_screen_name(db_path),
            me and me.name,
            newest_change(engine, "firm", firm_id).actor,
        )

    assert named() == (None, None, "")  # never chosen

    settings.set_value(engine, CURRENT_CONSULTANT, str(sato))
    assert named() == ("佐藤 花子", "佐藤 花子", "佐藤 花子")

    settings.set_value(engine, CURRENT_CONSULTANT, str(uuid.uuid4()))  # no such consultant
    assert named() == (None, None, "")

    settings.set_value(engine, CURRENT_CONSULTANT, None)  # cleared
    assert named() == (None, None, "")


@pytest.mark.parametrize("text", ["", "{", '"not-a-uuid"', "123"])
def test_an_unreadable_setting_never_stops_a_change_from_saving(
    engine: sa.Engine, text: str
) -> None:
    consultants.add_consultant(engine, "佐藤 花子")
    store_raw(engine, text)
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    assert newest_change(engine, "firm", firm_id).actor == ""  # saved, under nobody


@pytest.mark.parametrize("text", ["", "{", '"not-a-uuid"', "123"])
def test_an_unreadable_setting_names_nobody_in_the_views(engine: sa.Engine, text: str) -> None:
    consultants.add_consultant(engine, "佐藤 花子")
    store_raw(engine, text)
    assert consultants.current_consultant(engine) is None

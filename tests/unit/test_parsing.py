from __future__ import annotations

from datetime import date

import pytest

from desktop.core.parsing import parse_date, parse_int, parse_yen


@pytest.mark.parametrize(
    ("text", "value"),
    [("", None), ("1200", 1200), ("1,200", 1200), ("１２００", 1200), ("45人", 45), ("0", 0)],
)
def test_parse_int(text: str, value: int | None) -> None:
    assert parse_int(text, unit="人") == (value, None)


@pytest.mark.parametrize("text", ["abc", "1.5", "12a", "9" * 16])
def test_parse_int_rejects(text: str) -> None:
    value, error = parse_int(text)
    assert value is None and error is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30000000", 30_000_000),
        ("30,000,000", 30_000_000),
        ("3000万", 30_000_000),
        ("3000万円", 30_000_000),
        ("3億", 300_000_000),
        ("1.5億", 150_000_000),
        ("３０００万", 30_000_000),
        ("", None),
    ],
)
def test_parse_yen(text: str, value: int | None) -> None:
    assert parse_yen(text) == (value, None)


@pytest.mark.parametrize("text", ["-5", "abc", "3兆", "1.00005万"])
def test_parse_yen_rejects(text: str) -> None:
    value, error = parse_yen(text)
    assert value is None and error is not None


def test_parse_date() -> None:
    assert parse_date("2026/4/1") == (date(2026, 4, 1), None)
    assert parse_date("2026-04-01") == (date(2026, 4, 1), None)
    assert parse_date("2026-02-30")[1] is not None

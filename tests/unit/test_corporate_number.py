"""The Corporate Number check digit (法人番号), as published by the National Tax Agency."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.validation import check_corporate_number, corporate_number_check_digit

bases = st.text(alphabet="0123456789", min_size=12, max_size=12)


def test_published_example() -> None:
    assert corporate_number_check_digit("000012050002") == 7
    assert check_corporate_number("7000012050002") is None


@given(bases)
def test_every_valid_number_passes(base: str) -> None:
    number = f"{corporate_number_check_digit(base)}{base}"
    assert check_corporate_number(number) is None


def _is_zero_nine_swap(old: str, new: str) -> bool:
    return {old, new} == {"0", "9"}


@given(bases, st.integers(0, 12), st.integers(1, 9))
def test_every_single_digit_change_fails(base: str, position: int, shift: int) -> None:
    """Any one changed digit is caught, except a 0 <-> 9 swap in the base number.

    The check is computed modulo 9 and every weight is 1 or 2, so 0 and 9 in the same
    place add the same amount: the published algorithm cannot see that swap (next test).
    """
    number = f"{corporate_number_check_digit(base)}{base}"
    changed_digit = str((int(number[position]) + shift) % 10)
    changed = number[:position] + changed_digit + number[position + 1 :]
    assert changed != number
    if position > 0 and _is_zero_nine_swap(number[position], changed_digit):
        assert check_corporate_number(changed) is None
    else:
        assert check_corporate_number(changed) is not None


def test_zero_nine_swap_is_the_algorithms_blind_spot() -> None:
    assert check_corporate_number("9900000000000") is None
    assert check_corporate_number("9000000000000") is None


def test_wrong_lengths_and_characters_fail() -> None:
    for value in ("700001205000", "70000120500021", "7000012O50002", "７000012050002"):
        assert check_corporate_number(value) is not None


def test_empty_is_allowed_for_sole_proprietors() -> None:
    assert check_corporate_number("") is None

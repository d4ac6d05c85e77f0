"""Field validators shared by forms, importers and the CLI.

Each returns ``None`` when the value is acceptable, otherwise a translatable message, so
a form can show it at the field and an importer can list it per row.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from desktop.core.text import QT_TRANSLATE_NOOP, Message

CTX = "Validation"

_POSTAL = re.compile(r"^[0-9]{3}-[0-9]{4}$")
# Japanese numbers: 0 then 9-10 digits, hyphens optional; or +81 international form.
_PHONE = re.compile(r"^(?:\+81[- ]?[0-9]{1,4}|0[0-9]{1,4})(?:[- ]?[0-9]{1,4}){1,3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_digits(text: str) -> str:
    """Full-width digits and hyphens, as typed on a Japanese keyboard, to ASCII."""
    text = unicodedata.normalize("NFKC", text)
    for dash in "ー−‐－―":
        text = text.replace(dash, "-")
    return text.strip()


def corporate_number_check_digit(base12: str) -> int:
    """The check digit of a 12-digit base number (法人番号).

    P_n is the n-th digit counted from the right, Q_n is 1 for odd n and 2 for even n;
    check = 9 - (sum(P_n * Q_n) mod 9).
    """
    if len(base12) != 12 or not base12.isdigit():
        raise ValueError("base number must be 12 digits")
    total = 0
    for n, ch in enumerate(reversed(base12), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return 9 - (total % 9)


def check_corporate_number(value: str) -> Message | None:
    if not value:
        return None
    if len(value) != 13 or not value.isascii() or not value.isdigit():
        return Message(
            CTX, QT_TRANSLATE_NOOP("Validation", "A Corporate Number has exactly 13 digits.")
        )
    if int(value[0]) != corporate_number_check_digit(value[1:]):
        return Message(
            CTX,
            QT_TRANSLATE_NOOP(
                "Validation", "The check digit does not match: please check the Corporate Number."
            ),
        )
    return None


def check_postal_code(value: str) -> Message | None:
    if value and not _POSTAL.match(value):
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "Write the postal code as 123-4567."))
    return None


def check_phone(value: str) -> Message | None:
    if value and not _PHONE.match(value):
        return Message(
            CTX,
            QT_TRANSLATE_NOOP("Validation", "Write a Japanese phone number, e.g. 03-1234-5678."),
        )
    return None


def check_email(value: str) -> Message | None:
    if value and not _EMAIL.match(value):
        return Message(
            CTX, QT_TRANSLATE_NOOP("Validation", "This does not look like an e-mail address.")
        )
    return None


# Far above any real firm, far below what SQLite's 64-bit integers hold. The firm form
# and an import both stop here: both save through ``firms.validate``.
MAX_EMPLOYEES = 10_000_000
MAX_YEN = 10**16


def check_whole_number(value: object) -> Message | None:
    """Numbers arrive typed from forms and importers; anything else is a caller's mistake
    that still deserves a message at the field rather than a crash."""
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "Enter a whole number."))
    return None


def check_non_negative(value: int | None, limit: int | None = None) -> Message | None:
    wrong = check_whole_number(value)
    if wrong is not None:
        return wrong
    if value is not None and value < 0:
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "Must be zero or more."))
    if value is not None and limit is not None and value > limit:
        return Message(
            CTX,
            QT_TRANSLATE_NOOP("Validation", "Too large: at most {limit}."),
            {"limit": f"{limit:,}"},
        )
    return None


def check_percentage(value: int | None) -> Message | None:
    wrong = check_whole_number(value)
    if wrong is not None:
        return wrong
    if value is not None and not 0 <= value <= 100:
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "Must be between 0 and 100 %."))
    return None


def check_founded_year(value: int | None, today: date) -> Message | None:
    if value is None:
        return None
    wrong = check_whole_number(value)
    if wrong is not None:
        return wrong
    if value > today.year:
        return Message(
            CTX, QT_TRANSLATE_NOOP("Validation", "The founding year cannot be in the future.")
        )
    if value < 1600:
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "The founding year is too early."))
    return None


def check_text(value: object) -> Message | None:
    if not isinstance(value, str):
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "Must be text."))
    return None


def check_required(value: str) -> Message | None:
    if not value.strip():
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "Required."))
    return None


def check_length(value: str, limit: int) -> Message | None:
    if len(value) > limit:
        return Message(
            CTX,
            QT_TRANSLATE_NOOP("Validation", "Too long: at most {limit} characters."),
            {"limit": limit},
        )
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_no_control(value: str) -> Message | None:
    """Tabs and line breaks are text; other control characters are never meant."""
    if _CONTROL.search(value):
        return Message(CTX, QT_TRANSLATE_NOOP("Validation", "Contains control characters."))
    return None

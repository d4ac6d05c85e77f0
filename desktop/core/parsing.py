"""Turning what people type into numbers, the way a Japanese office writes them.

"1,200", "１２００" and "1200人" are all 1200; "3000万", "3億" and "30,000,000" are
yen amounts. Anything else is a message for the field, never a silent zero.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.core.validation import CTX

_INT = re.compile(r"^[+-]?[0-9]+$")
_YEN = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(億|万|千)?円?$")
_UNITS = {"億": 100_000_000, "万": 10_000, "千": 1_000, None: 1}


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    return text.replace(",", "").replace(" ", "").replace("−", "-").replace("ー", "-")


def parse_int(text: str, *, unit: str = "") -> tuple[int | None, Message | None]:
    cleaned = _clean(text)
    if unit:
        cleaned = cleaned.removesuffix(unit)
    if not cleaned:
        return None, None
    if not _INT.match(cleaned) or len(cleaned) > 15:
        return None, Message(CTX, QT_TRANSLATE_NOOP("Validation", "Enter a whole number."))
    return int(cleaned), None


def parse_yen(text: str) -> tuple[int | None, Message | None]:
    cleaned = _clean(text)
    if not cleaned:
        return None, None
    if cleaned.startswith("-"):
        return None, Message(CTX, QT_TRANSLATE_NOOP("Validation", "Must be zero or more."))
    match = _YEN.match(cleaned)
    if not match or len(cleaned) > 20:
        return None, Message(
            CTX, QT_TRANSLATE_NOOP("Validation", "Enter an amount in yen, e.g. 30000000 or 3000万.")
        )
    amount = Decimal(match.group(1)) * _UNITS[match.group(2)]
    if amount != amount.to_integral_value():
        return None, Message(CTX, QT_TRANSLATE_NOOP("Validation", "Enter whole yen."))
    return int(amount), None


def format_yen(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def parse_date(text: str) -> tuple[date | None, Message | None]:
    cleaned = _clean(text).replace("/", "-").replace(".", "-")
    if not cleaned:
        return None, None
    try:
        return date.fromisoformat(cleaned), None
    except ValueError:
        parts = cleaned.split("-")
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            try:
                return date(int(parts[0]), int(parts[1]), int(parts[2])), None
            except ValueError:
                pass
        return None, Message(CTX, QT_TRANSLATE_NOOP("Validation", "Enter a date as 2026-04-01."))

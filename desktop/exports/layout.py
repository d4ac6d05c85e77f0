"""The HQ workbook layout, shared by the writer (counter side) and the validator (HQ side).

Both sides import the same column lists and the same checksum rule from here, so a
workbook the app writes is, by construction, one HQ accepts. ``docs/hq-workbook.md``
describes this layout for people; change both together and bump ``LAYOUT_VERSION``.

Every sheet: row 1 holds stable machine keys, row 2 Japanese headers, data starts at
row 3. The checksum covers the data rows of ``CHECKSUM_SHEETS`` only (see ``RowHasher``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from desktop.core.reporting import CONSULTATION_FIELDS
from desktop.exports.labels import label

LAYOUT_VERSION = "1.0"
SUPPORTED_LAYOUTS = frozenset({LAYOUT_VERSION})
CHECKSUM_RULE = "sha256-rows-v1"

META = "meta"
CONSULTATIONS = "consultations"
SUMMARY = "summary"
AMENDMENTS = "amendments"
CODES = "codes"
MONTHLY_SHEETS = (META, CONSULTATIONS, SUMMARY, AMENDMENTS, CODES)
REQUIRED_SHEETS = (META, CONSULTATIONS, SUMMARY, AMENDMENTS)
CHECKSUM_SHEETS = (CONSULTATIONS, SUMMARY, AMENDMENTS)

KEY_ROW = 1
HEADER_ROW = 2
FIRST_DATA_ROW = 3

EXCEL_MAX_TEXT = 32767
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NEEDS_CLEANING = re.compile(r"[\x00-\x08\x0b-\x1f]")

FIELD_SEP = "\x1f"
ROW_END = "\x1e"
SHEET_START = "\x1d"


@dataclass(frozen=True)
class Column:
    """One column: machine key, value kind (str/int/date/time), width, required?"""

    key: str
    kind: str = "str"
    width: float = 14
    required: bool = False
    title: str = ""

    def header(self, lang: str = "ja") -> str:
        return self.title if self.title and lang == "ja" else label(self.key, lang)


_CONSULTATION_SPEC: dict[str, tuple[str, float, bool]] = {
    "consultation_id": ("str", 38, True),
    "date": ("date", 12, True),
    "time": ("time", 8, True),
    "duration_min": ("int", 8, True),
    "channel": ("str", 11, True),
    "topics": ("str", 22, False),
    "firm_id": ("str", 38, False),
    "corporate_number": ("str", 15, False),
    "firm_name": ("str", 28, False),
    "firm_kind": ("str", 12, False),
    "prefecture_code": ("str", 8, False),
    "industry": ("str", 8, False),
    "size_class": ("str", 9, False),
    "sme_type": ("str", 11, False),
    "stage": ("int", 7, False),
    "matrix_cell": ("str", 7, False),
    "consultants": ("str", 20, False),
    "referrals": ("str", 26, False),
    "expert_kind": ("str", 14, True),
    "outcome": ("str", 36, False),
    "followup_on": ("date", 12, False),
    "followup_action": ("str", 30, False),
}

CONSULTATION_COLUMNS: tuple[Column, ...] = tuple(
    Column(key, *_CONSULTATION_SPEC[key]) for key in CONSULTATION_FIELDS
)
SUMMARY_COLUMNS: tuple[Column, ...] = (
    Column("section", "str", 12, True),
    Column("item", "str", 24, True),
    Column("sub_item", "str", 16, False),
    Column("value", "int", 9, True),
    Column("label", "str", 44, False),
)
AMENDMENT_COLUMNS: tuple[Column, ...] = (
    Column("consultation_id", "str", 38, True),
    Column("change", "str", 10, True),
    Column("field", "str", 18, False),
    Column("old", "str", 30, False),
    Column("new", "str", 30, False),
    Column("detail", "str", 16, False),
)
META_COLUMNS: tuple[Column, ...] = (
    Column("key", "str", 22, True),
    Column("value", "str", 68, title="値"),
    Column("label", "str", 30, title="説明"),
)
CODES_COLUMNS: tuple[Column, ...] = (
    Column("list", "str", 16, True),
    Column("code", "str", 20, True),
    Column("ja", "str", 36),
    Column("en", "str", 36),
)

SHEET_COLUMNS: dict[str, tuple[Column, ...]] = {
    META: META_COLUMNS,
    CONSULTATIONS: CONSULTATION_COLUMNS,
    SUMMARY: SUMMARY_COLUMNS,
    AMENDMENTS: AMENDMENT_COLUMNS,
    CODES: CODES_COLUMNS,
}

# meta keys, in sheet order, with the Japanese description shown next to them
META_KEYS: tuple[tuple[str, str], ...] = (
    ("layout_version", "様式の版"),
    ("workbook_kind", "ファイルの種類"),
    ("status", "状態"),
    ("counter_name", "窓口名"),
    ("prefecture_code", "都道府県コード"),
    ("period", "対象月"),
    ("revision", "送付の版（1 = 初回）"),
    ("amends_sent_at", "訂正対象の送付日時（UTC）"),
    ("amends_data_sha256", "訂正対象のチェックサム"),
    ("app_version", "アプリの版"),
    ("generated_at", "作成日時（UTC）"),
    ("rows_consultations", "consultations の行数"),
    ("rows_summary", "summary の行数"),
    ("rows_amendments", "amendments の行数"),
    ("checksum_rule", "チェックサムの方式"),
    ("data_sha256", "チェックサム（SHA-256）"),
)
META_INT_KEYS = frozenset({"revision", "rows_consultations", "rows_summary", "rows_amendments"})
META_REQUIRED = tuple(k for k, _ in META_KEYS)


def clean_text(text: str) -> str:
    """The string as it will read back from the file.

    XML cannot hold most control characters, parsers turn CR into LF, and Excel cells
    stop at 32,767 characters: applying this before writing and before hashing keeps
    the checksum identical on both sides.
    """
    if len(text) <= EXCEL_MAX_TEXT and not _NEEDS_CLEANING.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ILLEGAL.sub("", text)
    return text[:EXCEL_MAX_TEXT]


def _canonical_datetime(value: datetime) -> str:
    if value.time() == time():
        return value.date().isoformat()
    return value.replace(microsecond=0).isoformat(sep=" ")


def _canonical_time(value: time) -> str:
    seconds = value.hour * 3600 + value.minute * 60 + value.second
    seconds += 1 if value.microsecond >= 500_000 else 0
    seconds = min(seconds, 86399)
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _canonical_float(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _canonical_any(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _canonical_float(value)
    if isinstance(value, datetime):
        return _canonical_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return _canonical_time(value)
    return clean_text(str(value))


# The exact built-in types a cell holds, each mapped to the branch of ``_canonical_any`` it
# would take: one dictionary lookup per cell instead of a chain of isinstance tests.
# Subclasses (and anything else) still go through the chain.
_CANONICAL_OF_TYPE: dict[type, Callable[[Any], str]] = {
    type(None): lambda _value: "",
    bool: lambda value: "TRUE" if value else "FALSE",
    int: str,
    str: clean_text,
    float: _canonical_float,
    datetime: _canonical_datetime,
    date: date.isoformat,
    time: _canonical_time,
}


def canonical(value: Any) -> str:
    """The checksum form of a cell value (rule ``sha256-rows-v1``).

    empty/None → ""; int → decimal; float → decimal if whole, else ``repr``; a date, or a
    datetime at midnight → ``YYYY-MM-DD``; other datetimes → ``YYYY-MM-DD HH:MM:SS``;
    time → ``HH:MM:SS`` (rounded to the second); bool → ``TRUE``/``FALSE``; text →
    ``clean_text``.
    """
    convert = _CANONICAL_OF_TYPE.get(type(value))
    if convert is not None:
        return convert(value)
    return _canonical_any(value)


class RowHasher:
    """SHA-256 over the data rows of the checksum sheets, in ``CHECKSUM_SHEETS`` order.

    For each sheet: its name and U+001D; then for each data row (row 3 on) its first N
    cells (N = number of machine keys) as ``canonical`` strings joined by U+001F and
    ended by U+001E. UTF-8 throughout. Sheets must be fed in ``CHECKSUM_SHEETS`` order.
    """

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def sheet(self, name: str) -> None:
        self._digest.update((name + SHEET_START).encode("utf-8"))

    def row(self, values: Sequence[Any]) -> None:
        self.canonical_row([canonical(v) for v in values])

    def canonical_row(self, texts: Sequence[str]) -> None:
        """A row whose cells are already in ``canonical`` form.

        Writers that turn each value into its cell and its checksum text in one pass
        feed the text here, so no cell is converted twice.
        """
        self._digest.update((FIELD_SEP.join(texts) + ROW_END).encode("utf-8"))

    def rows(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.row(values)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def keys_of(columns: Sequence[Column]) -> list[str]:
    return [c.key for c in columns]

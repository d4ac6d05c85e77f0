"""Which column of someone else's spreadsheet is which field of a firm.

Lists come from many places (a prefecture's grant list, a chamber of commerce, an old
Access database exported by Excel), with Japanese or English headers written in many
ways. Headers are compared after NFKC folding (full-width to half-width), case folding
and dropping spaces and punctuation; a header that is not a known name exactly may
still contain one ("会社名（漢字）"). The guess is only a proposal: the person checks it
against a preview and may change any column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.text import QT_TRANSLATE_NOOP, Message

CTX = "Import"


@dataclass(frozen=True)
class ImportField:
    key: str
    label: Message
    synonyms: tuple[str, ...]
    required: bool = False


def _f(key: str, label: str, *synonyms: str, required: bool = False) -> ImportField:
    return ImportField(key, Message(CTX, label), synonyms, required)


# Order matters for headers that contain another field's name: the reading comes before
# the name ("会社名カナ" is a reading), the postal code before the address
# ("住所郵便番号"), the contact's phone before the contact's name.
FIELDS: tuple[ImportField, ...] = (
    _f(
        "name_kana",
        QT_TRANSLATE_NOOP(CTX, "Name (kana)"),
        "フリガナ", "ふりがな", "カナ", "かな", "よみがな", "読み仮名", "読み", "よみ",
        "kana", "furigana", "reading", "namekana", "companynamekana",
    ),
    _f(
        "corporate_number",
        QT_TRANSLATE_NOOP(CTX, "Corporate Number"),
        "法人番号", "corporatenumber", "corporateno", "houjinbangou", "hojinbango",
    ),
    _f(
        "postal_code",
        QT_TRANSLATE_NOOP(CTX, "Postal code"),
        "郵便番号", "〒", "postalcode", "postcode", "zipcode", "zip",
    ),
    _f(
        "phone",
        QT_TRANSLATE_NOOP(CTX, "Phone"),
        "電話番号", "電話", "tel", "phone", "telephone", "phonenumber",
    ),
    _f(
        "email",
        QT_TRANSLATE_NOOP(CTX, "E-mail"),
        "メールアドレス", "メール", "email", "mail", "emailaddress",
    ),
    _f(
        "prefecture",
        QT_TRANSLATE_NOOP(CTX, "Prefecture"),
        "都道府県", "都道府県名", "都道府県コード", "県名", "prefecture", "pref", "prefecturecode",
    ),
    _f(
        "city",
        QT_TRANSLATE_NOOP(CTX, "City"),
        "市区町村", "市区町村名", "市町村", "市町村名", "city", "municipality", "town",
    ),
    _f(
        "address",
        QT_TRANSLATE_NOOP(CTX, "Address"),
        "住所", "所在地", "番地", "町名番地", "address", "streetaddress",
    ),
    _f(
        "industry",
        QT_TRANSLATE_NOOP(CTX, "Industry"),
        "業種", "業種コード", "産業分類", "業種分類", "industry", "jsic", "sector",
    ),
    _f(
        "employees",
        QT_TRANSLATE_NOOP(CTX, "Employees"),
        "従業員数", "従業員", "社員数", "常用従業員数", "employees", "headcount", "staff",
    ),
    _f(
        "capital_yen",
        QT_TRANSLATE_NOOP(CTX, "Capital (yen)"),
        "資本金", "資本金額", "出資金", "capital", "capitalyen",
    ),
    _f(
        "founded_year",
        QT_TRANSLATE_NOOP(CTX, "Founded (year)"),
        "設立年", "創業年", "設立", "創業", "設立年月日", "founded", "yearfounded", "established",
    ),
    _f(
        "kind",
        QT_TRANSLATE_NOOP(CTX, "Kind of client"),
        "区分", "種別", "法人区分", "事業者区分", "組織形態", "kind", "type", "entitytype",
    ),
    _f(
        "subcontract_share",
        QT_TRANSLATE_NOOP(CTX, "Subcontracting share (%)"),
        "下請比率", "下請け比率", "下請割合", "subcontractshare", "subcontracting",
    ),
    _f(
        "contact_name",
        QT_TRANSLATE_NOOP(CTX, "Contact person"),
        "担当者", "担当者名", "連絡担当者", "代表者", "代表者名", "contact", "contactname",
        "contactperson",
    ),
    _f(
        "main_products",
        QT_TRANSLATE_NOOP(CTX, "Main products"),
        "主要製品", "主な製品", "主要製品サービス", "主な製品サービス", "事業内容", "製品",
        "mainproducts", "products",
    ),
    _f(
        "overseas_markets",
        QT_TRANSLATE_NOOP(CTX, "Overseas markets"),
        "海外展開先", "海外市場", "輸出先", "overseasmarkets", "overseas", "exportmarkets",
    ),
    _f(
        "notes",
        QT_TRANSLATE_NOOP(CTX, "Notes"),
        "備考", "メモ", "特記事項", "notes", "note", "remarks", "memo", "comments",
    ),
    _f(
        "name",
        QT_TRANSLATE_NOOP(CTX, "Name"),
        "事業者名", "会社名", "企業名", "名称", "商号", "法人名", "団体名", "屋号", "社名",
        "name", "company", "companyname", "firm", "firmname", "businessname",
        required=True,
    ),
)

FIELD_KEYS = tuple(f.key for f in FIELDS)
FIELDS_BY_KEY = {f.key: f for f in FIELDS}

_DROP = re.compile(r"[\s_\-‐ー・･.,:;/\\()\[\]{}<>「」『』【】（）［］＊*※#＃]+")
_PARENTHESIS = re.compile(r"[(（\[［【].*?[)）\]］】]")


def normalize_header(text: str) -> str:
    folded = unicodedata.normalize("NFKC", str(text)).casefold().strip()
    return _DROP.sub("", folded)


def _without_parentheses(text: str) -> str:
    return _PARENTHESIS.sub("", unicodedata.normalize("NFKC", str(text)))


_EXACT = {normalize_header(s): f.key for f in FIELDS for s in f.synonyms}


def _contained(folded: str) -> str | None:
    for spec in FIELDS:
        for synonym in spec.synonyms:
            norm = normalize_header(synonym)
            # Short Latin synonyms ("tel", "zip") only count as whole headers.
            if ((len(norm) >= 2 and not norm.isascii()) or len(norm) >= 5) and norm in folded:
                return spec.key
    return None


def field_for_header(header: str) -> str | None:
    """The field a header names, or None.

    An exact name wins; then a known name inside the header, which also reads what is
    in parentheses ("事業者名（フリガナ）" is a reading); last the header without its
    parenthesized part ("資本金（千円）").
    """
    if not str(header).strip():
        return None
    folded = normalize_header(header)
    return (
        _EXACT.get(folded)
        or _contained(folded)
        or _EXACT.get(normalize_header(_without_parentheses(header)))
    )


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field key; each field is taken by the first column that names it."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = field_for_header(header)
        if key is not None and key not in taken:
            mapping[index] = key
            taken.add(key)
    return mapping


def header_score(cells: Sequence[str]) -> int:
    """How many distinct fields a row names: the header row is the one that names most."""
    return len({k for k in (field_for_header(c) for c in cells) if k is not None})


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def column_index(ref: str, headers: Sequence[str]) -> int | None:
    """A column given by header text, by letter (``C``) or by 1-based number (``3``)."""
    wanted = normalize_header(ref)
    for index, header in enumerate(headers):
        if str(header).strip() == ref.strip() or (wanted and normalize_header(header) == wanted):
            return index
    if ref.isdigit() and 1 <= int(ref) <= len(headers):
        return int(ref) - 1
    if ref.isascii() and ref.isalpha() and ref.isupper():
        index = 0
        for ch in ref:
            index = index * 26 + (ord(ch) - ord("A") + 1)
        if 1 <= index <= len(headers):
            return index - 1
    return None


class MappingError(ValueError):
    """A ``col=field`` override names an unknown column or field."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def apply_overrides(
    mapping: dict[int, str], overrides: Sequence[str], headers: Sequence[str]
) -> dict[int, str]:
    """``["会社名=name", "E=-"]``: set (or with ``-``, clear) what a column is imported as."""
    result = dict(mapping)
    for item in overrides:
        column, sep, key = item.rpartition("=")
        if not sep or not column:
            raise MappingError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(CTX, "Write a mapping as column=field, not “{item}”."),
                    {"item": item},
                )
            )
        index = column_index(column, headers)
        if index is None:
            raise MappingError(
                Message(CTX, QT_TRANSLATE_NOOP(CTX, "No column “{column}”."), {"column": column})
            )
        key = key.strip()
        if key in ("-", ""):
            result.pop(index, None)
            continue
        if key not in FIELDS_BY_KEY:
            raise MappingError(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(CTX, "Unknown field “{field}”; known fields: {fields}."),
                    {"field": key, "fields": ", ".join(FIELD_KEYS)},
                )
            )
        for other, other_key in list(result.items()):
            if other_key == key:
                del result[other]
        result[index] = key
    return result

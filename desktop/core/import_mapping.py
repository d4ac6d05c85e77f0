"""Which column of someone else's spreadsheet is which field, and what its cells mean.

Lists come from many places (a prefecture's grant list, a chamber of commerce, an old
database exported by Excel), with Japanese or English headers written in many ways.
Headers are compared after NFKC folding (full-width to half-width), case folding and
dropping spaces and punctuation; a header that is not a known name exactly may still
contain one ("会社名（漢字）"). The guess is only a proposal: the person checks it
against a preview and may change any column.

Cells are read the way Japanese offices write them: prefectures by name or JIS code,
years in the Japanese era ("昭和53年"), capital in a header's unit ("資本金（千円）"),
postal codes without a hyphen, numbers with 人 or 名. Then the firm form's own
validators decide, so an import accepts exactly what the form accepts.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from desktop.core.calendar import ERAS
from desktop.core.firms import FirmInput, validate
from desktop.core.parsing import parse_int, parse_yen
from desktop.core.reference import Reference
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.core.validation import normalize_digits

CTX = "Import"


def _m(text: str, **params: object) -> Message:
    return Message(CTX, text, dict(params))


@dataclass(frozen=True)
class ImportField:
    key: str
    label: Message
    synonyms: tuple[str, ...]


def _f(key: str, label: str, synonyms: str) -> ImportField:
    return ImportField(key, _m(label), tuple(synonyms.split()))


# Synonyms are written already folded (no spaces, lower case). Order matters where one
# header contains another field's name: the reading before the name ("会社名カナ"),
# contact details before the contact's name ("代表者電話番号").
FIELDS: tuple[ImportField, ...] = (
    _f(
        "name_kana",
        QT_TRANSLATE_NOOP("Import", "Name (kana)"),
        "フリガナ ふりがな カナ かな よみがな 読み仮名 読み よみ kana furigana reading namekana",
    ),
    _f(
        "corporate_number",
        QT_TRANSLATE_NOOP("Import", "Corporate Number"),
        "法人番号 corporatenumber corporateno houjinbangou hojinbango",
    ),
    _f(
        "postal_code",
        QT_TRANSLATE_NOOP("Import", "Postal code"),
        "郵便番号 〒 postalcode postcode zipcode zip",
    ),
    _f("phone", QT_TRANSLATE_NOOP("Import", "Phone"), "電話番号 電話 tel phone telephone"),
    _f("email", QT_TRANSLATE_NOOP("Import", "E-mail"), "メールアドレス メール email mail"),
    _f(
        "prefecture",
        QT_TRANSLATE_NOOP("Import", "Prefecture"),
        "都道府県 都道府県名 都道府県コード 県名 prefecture pref prefecturecode",
    ),
    _f(
        "city",
        QT_TRANSLATE_NOOP("Import", "City"),
        "市区町村 市区町村名 市町村 市町村名 city municipality town",
    ),
    _f("address", QT_TRANSLATE_NOOP("Import", "Address"), "住所 所在地 番地 address"),
    _f(
        "industry",
        QT_TRANSLATE_NOOP("Import", "Industry"),
        "業種 業種コード 産業分類 業種分類 industry jsic sector",
    ),
    _f(
        "employees",
        QT_TRANSLATE_NOOP("Import", "Employees"),
        "従業員数 従業員 社員数 常用従業員数 employees headcount staff",
    ),
    _f("capital_yen", QT_TRANSLATE_NOOP("Import", "Capital (yen)"), "資本金 出資金 capital"),
    _f(
        "founded_year",
        QT_TRANSLATE_NOOP("Import", "Founded (year)"),
        "設立年 創業年 設立 創業 設立年月日 founded yearfounded established",
    ),
    _f(
        "kind",
        QT_TRANSLATE_NOOP("Import", "Kind of client"),
        "区分 種別 法人区分 事業者区分 組織形態 kind type",
    ),
    _f(
        "subcontract_share",
        QT_TRANSLATE_NOOP("Import", "Subcontracting share (%)"),
        "下請比率 下請け比率 下請割合 subcontractshare subcontracting",
    ),
    _f(
        "contact_name",
        QT_TRANSLATE_NOOP("Import", "Contact person"),
        "担当者 担当者名 連絡担当者 代表者 代表者名 contact contactname contactperson",
    ),
    _f(
        "main_products",
        QT_TRANSLATE_NOOP("Import", "Main products"),
        "主要製品 主な製品 主要製品サービス 事業内容 製品 mainproducts products",
    ),
    _f(
        "overseas_markets",
        QT_TRANSLATE_NOOP("Import", "Overseas markets"),
        "海外展開先 海外市場 輸出先 overseasmarkets overseas exportmarkets",
    ),
    _f("notes", QT_TRANSLATE_NOOP("Import", "Notes"), "備考 メモ 特記事項 notes note remarks memo"),
    _f(
        "name",
        QT_TRANSLATE_NOOP("Import", "Name"),
        "事業者名 会社名 企業名 名称 商号 法人名 団体名 屋号 社名 name company companyname "
        "firm firmname businessname",
    ),
)

FIELD_KEYS = tuple(f.key for f in FIELDS)
FIELDS_BY_KEY = {f.key: f for f in FIELDS}
TEXT_FIELDS = (
    "name",
    "name_kana",
    "city",
    "address",
    "contact_name",
    "phone",
    "email",
    "main_products",
    "overseas_markets",
    "notes",
)

_DROP = re.compile(r"[\s_\-‐ー・･.,:;/\\()\[\]{}<>「」『』【】（）［］＊*※#＃]+")
_PARENTHESIS = re.compile(r"[(（\[［【].*?[)）\]］】]")


def normalize_header(text: str) -> str:
    folded = unicodedata.normalize("NFKC", str(text)).casefold().strip()
    return _DROP.sub("", folded)


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
    parenthesized part.
    """
    if not str(header).strip():
        return None
    folded = normalize_header(header)
    bare = normalize_header(_PARENTHESIS.sub("", unicodedata.normalize("NFKC", str(header))))
    return _EXACT.get(folded) or _contained(folded) or _EXACT.get(bare)


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field key; each field is taken by the first column that names it."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = field_for_header(header)
        if key is not None and key not in mapping.values():
            mapping[index] = key
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
                _m(
                    QT_TRANSLATE_NOOP("Import", "Write a mapping as column=field, not “{item}”."),
                    item=item,
                )
            )
        index = column_index(column, headers)
        if index is None:
            raise MappingError(
                _m(QT_TRANSLATE_NOOP("Import", "No column “{column}”."), column=column)
            )
        key = key.strip()
        if key in ("-", ""):
            result.pop(index, None)
            continue
        if key not in FIELDS_BY_KEY:
            raise MappingError(
                _m(
                    QT_TRANSLATE_NOOP("Import", "Unknown field “{field}”; known fields: {fields}."),
                    field=key,
                    fields=", ".join(FIELD_KEYS),
                )
            )
        result = {i: k for i, k in result.items() if k != key}
        result[index] = key
    return result


# --- cells to values ------------------------------------------------------------------------

# An era's first year is the calendar year it began in; "S53" is 昭和53年.
_ERA_FIRST_YEAR = {name: start.year for start, name, _initial in ERAS}
_ERA_LETTERS = {initial: name for _start, name, initial in ERAS}
_ERA_YEAR = re.compile(
    rf"^({'|'.join(_ERA_FIRST_YEAR)}|[{''.join(_ERA_LETTERS)}])(元|\d{{1,2}})年?"
)
_YEAR_ONLY = re.compile(r"^(\d{4})年?$")
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E\+?\d+$", re.IGNORECASE)
_CAPITAL_UNITS = (("百万円", 1_000_000), ("千円", 1_000), ("万円", 10_000), ("億円", 100_000_000))
_KIND_WORDS = {
    "company": "法人 会社 企業 株式会社 有限会社 合同会社 corporation",
    "sole_proprietor": "個人 個人事業 個人事業者 個人事業主 soleproprietor",
    "association": "団体 組合 協同組合 協会 商工会 商工会議所 生産者団体",
}


def parse_year(text: str) -> tuple[int | None, Message | None]:
    """A founding year from "1978", "1978年", "1978-04-01", "1978年4月", "昭和53年" or "S53"."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if not cleaned:
        return None, None
    match = _YEAR_ONLY.match(cleaned)
    if match:
        return int(match.group(1)), None
    era = _ERA_YEAR.match(cleaned.upper() if cleaned[:1].isascii() else cleaned)
    if era:
        name = _ERA_LETTERS.get(era.group(1), era.group(1))
        number = 1 if era.group(2) == "元" else int(era.group(2))
        return _ERA_FIRST_YEAR[name] + number - 1, None
    parts = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})(?:月|[-/.]?)(?:(\d{1,2})日?)?", cleaned)
    if parts:
        year, month, day = (int(p) if p else 1 for p in parts.groups())
        try:
            date(year, month, day)
        except ValueError:
            return None, _m(QT_TRANSLATE_NOOP("Import", "There is no such date."))
        return year, None
    return None, _m(QT_TRANSLATE_NOOP("Import", "Enter a year, e.g. 1978 or 昭和53年."))


def corporate_number_cell(text: str) -> tuple[str, Message | None]:
    """Digits only; "7.00001205E+12" (Excel's shortening of a long number) is explained."""
    cleaned = normalize_digits(text).replace("-", "").replace(" ", "")
    if not _SCIENTIFIC.match(cleaned):
        return cleaned, None
    mantissa = cleaned.upper().split("E")[0].replace(".", "")
    with contextlib.suppress(InvalidOperation):
        value = Decimal(cleaned)
        # Only a mantissa with all 13 digits is exact; "7.00001E+12" may hide any digits.
        if len(mantissa) == 13 and value == value.to_integral_value():
            return str(int(value)), None
    return cleaned, _m(
        QT_TRANSLATE_NOOP(
            "Import",
            "The spreadsheet shortened this number to {value}. Format the column as text "
            "and save the file again.",
        ),
        value=cleaned,
    )


def postal_code_cell(text: str) -> str:
    cleaned = normalize_digits(text).removeprefix("〒").strip()
    if cleaned.isdigit() and len(cleaned) == 7:
        return f"{cleaned[:3]}-{cleaned[3:]}"
    return cleaned


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def lookup_prefecture(text: str, ref: Reference) -> str | None:
    """A JIS code from "13", "1", "東京都", "東京", "Tokyo" or "Tokyo-to"."""
    value = _fold(text)
    if value.isdigit():
        code = value.zfill(2)
        return code if code in ref.prefectures else None
    value = value.removesuffix("prefecture")
    for suffix in ("-ken", "-to", "-fu", "-do"):
        value = value.removesuffix(suffix)
    for label in ref.prefectures:
        ja = _fold(label.ja)
        if value in (ja, _fold(label.en)) or (len(ja) > 2 and value == ja[:-1]):
            return label.code
    return None


def lookup_industry(text: str, ref: Reference) -> str | None:
    """A JSIC division from "E", "E 製造業", "製造業" or "Manufacturing"."""
    value = unicodedata.normalize("NFKC", text).strip()
    head = re.match(r"^([A-Za-z])(?![A-Za-z])", value)
    if head and head.group(1).upper() in ref.industries:
        return head.group(1).upper()
    folded = _fold(value)
    for label in ref.industries:
        if folded in (_fold(label.ja), _fold(label.en)):
            return label.code
    return None


def lookup_kind(text: str, ref: Reference) -> str | None:
    folded = _fold(text)
    for label in ref.firm_kinds:
        if folded in (_fold(label.code), _fold(label.ja), _fold(label.en)):
            return label.code
    for code, words in _KIND_WORDS.items():
        if folded in {_fold(w) for w in words.split()} and code in ref.firm_kinds:
            return code
    return None


def capital_cell(text: str, header: str) -> tuple[int | None, Message | None]:
    """Yen; a bare number under "資本金（千円）" is in thousands of yen."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    amount, message = parse_yen(cleaned)
    if amount is None or not re.fullmatch(r"[0-9,.]+", cleaned):
        return amount, message
    unit = unicodedata.normalize("NFKC", header)
    factor = next((f for u, f in _CAPITAL_UNITS if u in unit), 1)
    return amount * factor, None


Problems = dict[str, tuple[Message, str]]


def convert_row(
    cells: Sequence[str],
    mapping: dict[int, str],
    *,
    headers: Sequence[str],
    default_prefecture: str | None,
    ref: Reference,
    today: date,
) -> tuple[FirmInput | None, Problems]:
    """A ``FirmInput`` from one row, or its problems by field key (with the offending text).

    A blank or missing prefecture becomes ``default_prefecture`` (the counter's own):
    lists a counter receives are mostly about its own prefecture.
    """
    values = dict.fromkeys(FIELDS_BY_KEY, "")
    header_of: dict[str, str] = {}
    for index, key in mapping.items():
        values[key] = cells[index] if index < len(cells) else ""
        header_of[key] = headers[index] if index < len(headers) else ""
    problems: Problems = {}

    def problem(key: str, message: Message | None) -> None:
        if message is not None and key not in problems:
            problems[key] = (message, values[key])

    number, message = corporate_number_cell(values["corporate_number"])
    problem("corporate_number", message)
    prefecture = default_prefecture or ""
    if values["prefecture"].strip():
        prefecture = lookup_prefecture(values["prefecture"], ref) or ""
        if not prefecture:
            problem("prefecture", _m(QT_TRANSLATE_NOOP("Import", "Unknown prefecture.")))
    industry = None
    if values["industry"].strip():
        industry = lookup_industry(values["industry"], ref)
        if industry is None:
            problem(
                "industry",
                _m(QT_TRANSLATE_NOOP("Import", "Unknown industry: use a JSIC letter A–T.")),
            )
    kind = "company"
    if values["kind"].strip():
        kind = lookup_kind(values["kind"], ref) or ""
        if not kind:
            problem(
                "kind",
                _m(
                    QT_TRANSLATE_NOOP(
                        "Import", "Unknown kind: company, sole proprietor or association."
                    )
                ),
            )
    employees, message = parse_int(values["employees"].strip().removesuffix("名"), unit="人")
    problem("employees", message)
    capital, message = capital_cell(values["capital_yen"], header_of.get("capital_yen", ""))
    problem("capital_yen", message)
    founded, message = parse_year(values["founded_year"])
    problem("founded_year", message)
    share, message = parse_int(values["subcontract_share"], unit="%")
    problem("subcontract_share", message)
    data = FirmInput(
        prefecture_code=prefecture,
        kind=kind,
        corporate_number=number,
        postal_code=postal_code_cell(values["postal_code"]),
        industry=industry,
        employees=employees,
        capital_yen=capital,
        founded_year=founded,
        subcontract_share=share,
        **{key: values[key] for key in TEXT_FIELDS},
    ).normalized()
    for key, found in validate(data, today=today, ref=ref).items():
        column_key = "prefecture" if key == "prefecture_code" else key
        if column_key == "prefecture" and "prefecture" not in mapping.values():
            found = _m(
                QT_TRANSLATE_NOOP(
                    "Import",
                    "No prefecture: map a column to Prefecture or set the counter's prefecture.",
                )
            )
        problem(column_key, found)
    return (None if problems else data), problems

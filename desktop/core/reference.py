"""Reference data: code lists with Japanese and English labels, loaded once from TOML.

The codes are the ones ``db.enums`` enforces; the labels are what people read. A
``Reference`` is immutable and is passed to whoever needs labels (UI, exports, PDFs).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.resources import resource_path

LANGS = ("ja", "en")


@dataclass(frozen=True)
class Label:
    code: str
    ja: str
    en: str

    def get(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


@dataclass(frozen=True)
class SmeLimits:
    label: Label
    capital_yen: int
    employees: int
    small_employees: int


class CodeList:
    """An ordered code → label mapping."""

    def __init__(self, labels: list[Label]) -> None:
        self._labels = {label.code: label for label in labels}
        if len(self._labels) != len(labels):
            raise ValueError("duplicate code in reference list")

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._labels.values())

    def __len__(self) -> int:
        return len(self._labels)

    def __contains__(self, code: object) -> bool:
        return code in self._labels

    def __getitem__(self, code: str) -> Label:
        return self._labels[code]

    def codes(self) -> tuple[str, ...]:
        return tuple(self._labels)

    def label(self, code: str | None, lang: str) -> str:
        if code is None:
            return ""
        found = self._labels.get(code)
        return found.get(lang) if found else code


@dataclass(frozen=True)
class Reference:
    prefectures: CodeList
    industries: CodeList
    ip_kinds: CodeList
    ip_statuses: CodeList
    topics: CodeList
    channels: CodeList
    partners: CodeList
    referral_statuses: CodeList
    referral_directions: CodeList
    expert_kinds: CodeList
    firm_kinds: CodeList
    sme_thresholds: dict[str, SmeLimits]


def _labels(rows: list[dict[str, object]]) -> list[Label]:
    labels = []
    for row in rows:
        code, ja, en = row["code"], row["ja"], row["en"]
        if not (isinstance(code, str) and isinstance(ja, str) and isinstance(en, str)):
            raise ValueError(f"reference row needs code, ja and en strings: {row!r}")
        if not (code and ja and en):
            raise ValueError(f"reference row has an empty field: {row!r}")
        labels.append(Label(code, ja, en))
    return labels


def _read(folder: Path, name: str) -> dict[str, list[dict[str, object]]]:
    with (folder / name).open("rb") as fh:
        return tomllib.load(fh)


def load_reference(folder: Path | None = None) -> Reference:
    folder = folder or resource_path("reference")
    consult = _read(folder, "consultation.toml")
    ip = _read(folder, "ip_kinds.toml")
    sme = tomllib.loads((folder / "sme_thresholds.toml").read_text(encoding="utf-8"))
    thresholds = {
        key: SmeLimits(
            label=Label(key, value["label"]["ja"], value["label"]["en"]),
            capital_yen=int(value["capital_yen"]),
            employees=int(value["employees"]),
            small_employees=int(value["small_employees"]),
        )
        for key, value in sme["sectors"].items()
    }
    return Reference(
        prefectures=CodeList(_labels(_read(folder, "prefectures.toml")["prefecture"])),
        industries=CodeList(_labels(_read(folder, "industries.toml")["industry"])),
        ip_kinds=CodeList(_labels(ip["ip_kind"])),
        ip_statuses=CodeList(_labels(ip["ip_status"])),
        topics=CodeList(_labels(consult["topic"])),
        channels=CodeList(_labels(consult["channel"])),
        partners=CodeList(_labels(consult["partner"])),
        referral_statuses=CodeList(_labels(consult["referral_status"])),
        referral_directions=CodeList(_labels(consult["referral_direction"])),
        expert_kinds=CodeList(_labels(consult["expert_kind"])),
        firm_kinds=CodeList(_labels(_read(folder, "firm_kinds.toml")["firm_kind"])),
        sme_thresholds=thresholds,
    )


@cache
def reference() -> Reference:
    """The shipped reference data, read once per process."""
    return load_reference()

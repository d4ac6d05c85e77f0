"""Reference data: code lists with Japanese and English labels, loaded once from TOML.

The codes are the ones ``db.enums`` enforces; the labels are what people read. A
``Reference`` is immutable and is passed to whoever needs labels (UI, exports, PDFs).

The TOML files stay the only source. Parsing them costs about ten milliseconds, a
large share of drawing the first window, so what they parse to is also kept in the data
folder's cache, keyed by each file's name, size and modification time: any change to a
file, or a cache that cannot be read, means the TOML is parsed again. The copy is in
Python's own ``marshal`` format, which is built in: the first window does without
``json`` (see ``desktop.core.options.decode``).
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from desktop.core.file_cache import fingerprint
from desktop.core.output import atomic_output
from desktop.resources import resource_path

FILES = (
    "consultation.toml",
    "firm_kinds.toml",
    "industries.toml",
    "ip_kinds.toml",
    "prefectures.toml",
    "sme_thresholds.toml",
)


class Label(NamedTuple):
    code: str
    ja: str
    en: str

    def get(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


class SmeLimits(NamedTuple):
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

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CodeList):
            return NotImplemented
        return list(self._labels.values()) == list(other._labels.values())

    __hash__ = None  # type: ignore[assignment]

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


class Reference(NamedTuple):
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


def parse_files(folder: Path) -> dict[str, dict[str, Any]]:
    """Every reference file in ``folder``, parsed, by file name."""
    import tomllib

    parsed = {}
    for name in FILES:
        with (folder / name).open("rb") as fh:
            parsed[name] = tomllib.load(fh)
    return parsed


def load_reference(
    folder: Path | None = None,
    *,
    parse: Callable[[Path], dict[str, dict[str, Any]]] = parse_files,
) -> Reference:
    folder = folder or resource_path("reference")
    files = parse(folder)
    consult = files["consultation.toml"]
    ip = files["ip_kinds.toml"]
    sme = files["sme_thresholds.toml"]
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
        prefectures=CodeList(_labels(files["prefectures.toml"]["prefecture"])),
        industries=CodeList(_labels(files["industries.toml"]["industry"])),
        ip_kinds=CodeList(_labels(ip["ip_kind"])),
        ip_statuses=CodeList(_labels(ip["ip_status"])),
        topics=CodeList(_labels(consult["topic"])),
        channels=CodeList(_labels(consult["channel"])),
        partners=CodeList(_labels(consult["partner"])),
        referral_statuses=CodeList(_labels(consult["referral_status"])),
        referral_directions=CodeList(_labels(consult["referral_direction"])),
        expert_kinds=CodeList(_labels(consult["expert_kind"])),
        firm_kinds=CodeList(_labels(files["firm_kinds.toml"]["firm_kind"])),
        sme_thresholds=thresholds,
    )


def cached_parse(cache_file: Path) -> Callable[[Path], dict[str, dict[str, Any]]]:
    """``parse_files`` through a copy in ``cache_file``, renewed when a file changes."""

    def parse(folder: Path) -> dict[str, dict[str, Any]]:
        key = fingerprint(*(folder / name for name in FILES))
        try:
            kept = marshal.loads(cache_file.read_bytes())
            if kept["key"] == key:
                return dict(kept["files"])
        except (OSError, ValueError, EOFError, KeyError, TypeError):
            pass  # none yet, or damaged, or written by another Python: parse
        files = parse_files(folder)
        try:
            data = marshal.dumps({"key": key, "files": files})
        except ValueError:  # a value marshal does not keep (a TOML date): not cached
            return files
        try:
            with atomic_output(cache_file) as partial:
                partial.write_bytes(data)
        except OSError:
            pass  # a read-only data folder: parse again next time
        return files

    return parse


@cache
def reference() -> Reference:
    """The shipped reference data, read once per process."""
    from desktop.paths import data_dir

    return load_reference(parse=cached_parse(data_dir() / "cache" / "reference.marshal"))

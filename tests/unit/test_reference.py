"""Reference data loads, is complete in both languages, and agrees with the schema."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from db import enums
from desktop.core.reference import FILES, cached_parse, load_reference, parse_files, reference
from desktop.resources import resource_path


def test_codes_agree_with_database_checks() -> None:
    ref = reference()
    assert ref.prefectures.codes() == enums.PREFECTURE_CODES
    assert ref.industries.codes() == enums.INDUSTRIES
    assert ref.ip_kinds.codes() == enums.IP_KINDS
    assert ref.ip_statuses.codes() == enums.IP_STATUSES
    assert ref.topics.codes() == enums.TOPICS
    assert ref.channels.codes() == enums.CHANNELS
    assert ref.partners.codes() == enums.PARTNER_KINDS
    assert ref.referral_statuses.codes() == enums.REFERRAL_STATUSES
    assert ref.referral_directions.codes() == enums.REFERRAL_DIRECTIONS
    assert ref.expert_kinds.codes() == enums.EXPERT_KINDS
    assert ref.firm_kinds.codes() == enums.FIRM_KINDS


def test_prefecture_names() -> None:
    ref = reference()
    assert ref.prefectures.label("01", "ja") == "北海道"
    assert ref.prefectures.label("13", "ja") == "東京都"
    assert ref.prefectures.label("26", "ja") == "京都府"
    assert ref.prefectures.label("27", "ja") == "大阪府"
    assert ref.prefectures.label("47", "ja") == "沖縄県"
    assert ref.prefectures.label("47", "en") == "Okinawa"


def test_every_label_has_both_languages() -> None:
    ref = reference()
    for codes in (
        ref.prefectures,
        ref.industries,
        ref.ip_kinds,
        ref.topics,
        ref.channels,
        ref.partners,
        ref.expert_kinds,
        ref.firm_kinds,
    ):
        for label in codes:
            assert label.ja.strip() and label.en.strip()
            assert label.ja != label.en or label.code in {"jetro"}


def test_sme_thresholds() -> None:
    t = reference().sme_thresholds
    assert (t["manufacturing"].capital_yen, t["manufacturing"].employees) == (300_000_000, 300)
    assert (t["wholesale"].capital_yen, t["wholesale"].employees) == (100_000_000, 100)
    assert (t["services"].capital_yen, t["services"].employees) == (50_000_000, 100)
    assert (t["retail"].capital_yen, t["retail"].employees) == (50_000_000, 50)
    assert [t[k].small_employees for k in ("manufacturing", "wholesale", "services", "retail")] == [
        20,
        5,
        5,
        5,
    ]


# --- the parsed copy kept beside the data ------------------------------------------------


def copy_reference(folder: Path) -> Path:
    shipped = resource_path("reference")
    folder.mkdir()
    for name in FILES:
        shutil.copy2(shipped / name, folder / name)
    return folder


def counting(calls: list[Path]) -> Callable[[Path], dict[str, dict[str, Any]]]:
    def parse(folder: Path) -> dict[str, dict[str, Any]]:
        calls.append(folder)
        return parse_files(folder)

    return parse


def test_the_cached_copy_gives_the_same_reference_and_skips_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_reference(tmp_path / "reference")
    cache_file = tmp_path / "cache" / "reference.marshal"
    calls: list[Path] = []
    monkeypatch.setattr("desktop.core.reference.parse_files", counting(calls))
    first = load_reference(folder, parse=cached_parse(cache_file))
    again = load_reference(folder, parse=cached_parse(cache_file))
    assert calls == [folder]  # parsed once; the second came from the cache
    assert cache_file.exists()
    assert again == first and again.prefectures.label("13", "ja") == "東京都"
    assert again.sme_thresholds == load_reference(folder).sme_thresholds


def test_a_changed_file_or_a_damaged_cache_means_parsing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_reference(tmp_path / "reference")
    cache_file = tmp_path / "cache" / "reference.marshal"
    load_reference(folder, parse=cached_parse(cache_file))
    calls: list[Path] = []
    monkeypatch.setattr("desktop.core.reference.parse_files", counting(calls))
    text = (folder / "prefectures.toml").read_text(encoding="utf-8")
    (folder / "prefectures.toml").write_text(
        text.replace('"東京都"', '"東京都（改）"'), encoding="utf-8"
    )
    changed = load_reference(folder, parse=cached_parse(cache_file))
    assert changed.prefectures.label("13", "ja") == "東京都（改）"
    cache_file.write_bytes(b"\xe9not marshal")
    assert load_reference(folder, parse=cached_parse(cache_file)) == changed
    assert len(calls) == 2


def test_a_value_the_cache_cannot_keep_is_parsed_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A TOML date (which ``marshal`` does not keep) leaves no cache, not a broken one."""
    folder = copy_reference(tmp_path / "reference")
    with (folder / "prefectures.toml").open("a", encoding="utf-8") as fh:
        fh.write("\nreviewed = 2026-04-01\n")
    cache_file = tmp_path / "cache" / "reference.marshal"
    calls: list[Path] = []
    monkeypatch.setattr("desktop.core.reference.parse_files", counting(calls))
    first = load_reference(folder, parse=cached_parse(cache_file))
    again = load_reference(folder, parse=cached_parse(cache_file))
    assert again == first and first.prefectures.label("13", "ja") == "東京都"
    assert calls == [folder, folder] and not cache_file.exists()


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path) -> None:
    folder = copy_reference(tmp_path / "reference")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    loaded = load_reference(folder, parse=cached_parse(blocked / "reference.marshal"))
    assert loaded.prefectures.label("47", "en") == "Okinawa"

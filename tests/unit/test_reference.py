"""Reference data loads, is complete in both languages, and agrees with the schema."""

from __future__ import annotations

from db import enums
from desktop.core.reference import reference


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

"""Ranking playbooks for a firm: the consultant's typical cases, and the rules behind them."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.core.playbooks import (
    Audience,
    Citation,
    Library,
    LocalizedText,
    Playbook,
    Step,
)
from desktop.core.recommendations import (
    MIN_SCORE,
    FirmProfile,
    HeldIp,
    Recommendation,
    recommend,
    score_playbook,
)


def keys(recommendations: list[Recommendation]) -> list[str]:
    return [r.playbook.key for r in recommendations]


def reasons_of(recommendations: list[Recommendation], key: str) -> list[str]:
    found = next(r for r in recommendations if r.playbook.key == key)
    return [m.render() for m in found.reasons]


GI_ASSOCIATION = FirmProfile(
    firm_kind="association",
    recent_topics={"gi": 3},
    industry="A",
)

SUBCONTRACTOR = FirmProfile(
    sme_type="developing",
    stage=1,
    firm_kind="company",
    subcontract_share=80,
    industry="E",
)

PATENT_EXPORTER = FirmProfile(
    sme_type="challenger",
    stage=3,
    ip_assets=(HeldIp("patent", "registered"), HeldIp("patent", "registered")),
    recent_topics={"overseas": 3, "patent": 1},
    has_overseas_markets=True,
    industry="E",
)


def test_producer_association_minded_on_gi(library: Library) -> None:
    ranked = recommend(library, GI_ASSOCIATION)
    assert keys(ranked)[0] == "gi_registration"
    assert "regional_trademark" in keys(ranked)[:3]
    reasons = reasons_of(ranked, "gi_registration")
    assert "Recent consultations on GI (3)" in reasons
    assert "For associations and producer groups" in reasons
    assert "For associations and producer groups" in reasons_of(ranked, "regional_trademark")


def test_subcontractor_without_ip_starts_with_awareness(library: Library) -> None:
    ranked = recommend(library, SUBCONTRACTOR)
    assert keys(ranked)[0] == "ip_awareness"
    reasons = reasons_of(ranked, "ip_awareness")
    assert reasons[:2] == [
        "Matches the firm's type: developing",
        "Fits the firm's support stage: 1 (awareness)",
    ]
    assert "Works mainly as a subcontractor (80% of sales)" in reasons
    assert "Holds no IP rights yet" in reasons


def test_patent_holding_exporter_gets_overseas_help_not_awareness(library: Library) -> None:
    ranked = recommend(library, PATENT_EXPORTER)
    assert keys(ranked)[0] == "overseas_counterfeits"
    assert "ip_awareness" not in keys(ranked)
    reasons = reasons_of(ranked, "overseas_counterfeits")
    assert "Holds a registered patent" in reasons
    assert "Sells or plans to sell abroad" in reasons
    assert "Recent consultations on overseas business (3)" in reasons
    everything = recommend(library, PATENT_EXPORTER, limit=None)
    assert "ip_awareness" not in keys(everything)


def test_ranking_is_deterministic_and_independent_of_load_order(library: Library) -> None:
    backwards = dataclasses.replace(library, playbooks=tuple(reversed(library.playbooks)))
    for profile in (GI_ASSOCIATION, SUBCONTRACTOR, PATENT_EXPORTER):
        first = recommend(library, profile, limit=None)
        assert recommend(library, profile, limit=None) == first
        assert recommend(backwards, profile, limit=None) == first
        scores = [r.score for r in first]
        assert scores == sorted(scores, reverse=True)


def test_every_recommendation_explains_itself(library: Library) -> None:
    for profile in (GI_ASSOCIATION, SUBCONTRACTOR, PATENT_EXPORTER):
        for rec in recommend(library, profile, limit=None):
            assert rec.score >= MIN_SCORE
            assert rec.reasons
            for reason in rec.reasons:
                assert reason.context == "Recommendations"
                rendered = reason.render()
                assert rendered and "{" not in rendered


def test_a_firm_we_know_nothing_about_is_offered_only_awareness(library: Library) -> None:
    ranked = recommend(library, FirmProfile(), limit=None)
    assert keys(ranked) == ["ip_awareness"]
    assert reasons_of(ranked, "ip_awareness") == ["Holds no IP rights yet"]


def test_limit_and_exclude(library: Library) -> None:
    full = recommend(library, PATENT_EXPORTER, limit=None)
    assert len(full) > 2
    assert recommend(library, PATENT_EXPORTER, limit=2) == full[:2]
    without = recommend(library, PATENT_EXPORTER, limit=None, exclude={"overseas_counterfeits"})
    assert keys(without) == keys(full)[1:]


def test_association_outranks_a_company_asking_the_same(library: Library) -> None:
    gi = library.get("gi_registration")
    assert gi is not None
    company = dataclasses.replace(GI_ASSOCIATION, firm_kind="company")
    assert score_playbook(gi, GI_ASSOCIATION)[0] > score_playbook(gi, company)[0]


def test_topic_counts_are_capped(library: Library) -> None:
    gi = library.get("gi_registration")
    assert gi is not None
    many = dataclasses.replace(GI_ASSOCIATION, recent_topics={"gi": 40})
    five = dataclasses.replace(GI_ASSOCIATION, recent_topics={"gi": 5})
    assert score_playbook(gi, many)[0] == score_playbook(gi, five)[0]


def _playbook(**audience: object) -> Playbook:
    text = LocalizedText(ja="試験", en="Test")
    return Playbook(
        key="probe",
        version=1,
        title=text,
        summary=text,
        audience=Audience(**audience),  # type: ignore[arg-type]
        citations=(Citation("ipsp2017", "ipsp2017-II"),),
        steps=(Step(key="s", title=text, guidance=text, evidence=text),),
    )


def test_stage_distance_costs_more_the_further_it_is() -> None:
    probe = _playbook(stages=(3,), topics=("patent",))
    near = FirmProfile(stage=2, recent_topics={"patent": 2})
    far = FirmProfile(stage=1, recent_topics={"patent": 2})
    assert score_playbook(probe, near)[0] > score_playbook(probe, far)[0]


def test_pending_rights_count_less_than_registered_ones() -> None:
    probe = _playbook(topics=("trademark",), ip_kinds=("trademark",))
    filed = FirmProfile(ip_assets=(HeldIp("trademark", "filed"),))
    registered = FirmProfile(ip_assets=(HeldIp("trademark", "registered"),))
    lapsed = FirmProfile(ip_assets=(HeldIp("trademark", "lapsed"),))
    assert score_playbook(probe, registered)[0] > score_playbook(probe, filed)[0] > 0
    assert score_playbook(probe, lapsed) == (0, ())
    assert [m.render() for m in score_playbook(probe, filed)[1]] == ["Has a trademark in the works"]


def test_playbooks_for_every_type_say_nothing_about_type() -> None:
    probe = _playbook(types=("challenger", "developing"), topics=("patent",))
    assert score_playbook(probe, FirmProfile(sme_type="developing")) == (0, ())


@pytest.mark.parametrize(
    "bad",
    [
        {"sme_type": "giant"},
        {"stage": 4},
        {"firm_kind": "club"},
        {"industry": "Z"},
        {"recent_topics": {"astrology": 1}},
    ],
)
def test_profile_rejects_unknown_values(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        FirmProfile(**bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        HeldIp("patent", "dreamt")

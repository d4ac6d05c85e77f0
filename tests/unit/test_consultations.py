"""The consultation log core: save with links, audit, trash, follow-ups, timeline, search."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from db.models import AuditEntry, IpMilestone, Referral
from desktop.core import consultants, consultations, firms, ip_assets
from desktop.core import consultation_queries as q
from desktop.core.consultations import ConsultationInput, MilestoneInput, ReferralInput
from desktop.core.errors import ValidationError
from tests.audit_trail import audit_entries


@pytest.fixture
def ids(engine: sa.Engine) -> dict[str, uuid.UUID]:
    firm = firms.create_firm(
        engine,
        firms.FirmInput(name="株式会社燕精工", name_kana="ツバメセイコウ", prefecture_code="15"),
    )
    other = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    sato = consultants.add_consultant(engine, "佐藤 花子")
    suzuki = consultants.add_consultant(engine, "鈴木 一郎")
    asset = ip_assets.add_asset(
        engine,
        firm,
        ip_assets.AssetInput(kind="patent", title="金型の冷却構造", status="preparing"),
    )
    return {"firm": firm, "other": other, "sato": sato, "suzuki": suzuki, "asset": asset}


def make(ids: dict[str, uuid.UUID], **overrides: object) -> ConsultationInput:
    values: dict[str, object] = {
        "started_at": datetime(2026, 10, 14, 10, 30),
        "channel": "site_visit",
        "topics": ("patent", "trade_secret", "overseas"),
        "consultant_ids": (ids["sato"],),
        "firm_id": ids["firm"],
        "duration_min": 60,
        "summary": "金型の冷却構造について特許出願を検討。",
        "confidential_notes": "資金繰りが厳しい（外部秘）",
        "outcome": "弁理士を紹介",
        "expert_kind": "patent_attorney",
        "referrals": (ReferralInput("patent_attorney", "山田特許事務所"),),
        "followup_on": date(2026, 10, 28),
        "followup_action": "出願書類の確認",
    }
    values.update(overrides)
    return ConsultationInput(**values)  # type: ignore[arg-type]


def test_create_and_read_back_everything(engine: sa.Engine, ids: dict[str, uuid.UUID]) -> None:
    data = make(ids)
    cid = consultations.create_consultation(engine, data, actor="佐藤 花子")
    detail = consultations.get_consultation(engine, cid)
    assert detail.data == data
    row = q.fetch_page(engine, q.ConsultationQuery())[0]
    assert row.firm_name == "株式会社燕精工"
    assert row.topics == ("patent", "trade_secret", "overseas")  # as the form lists them
    assert row.consultants == ("佐藤 花子",)


@pytest.mark.parametrize(
    ("field", "overrides"),
    [
        ("topics", {"topics": ()}),
        ("consultant_ids", {"consultant_ids": ()}),
        ("channel", {"channel": "fax"}),
        ("duration_min", {"duration_min": -5}),
        ("followup_on", {"followup_on": date(2026, 10, 1)}),
        ("followup_on", {"followup_on": None, "followup_action": "電話"}),
        ("started_at", {"started_at": datetime(2099, 1, 1)}),
        ("referrals", {"referrals": (ReferralInput("nobody"),)}),
        ("firm_id", {"firm_id": uuid.uuid4()}),
    ],
)
def test_bad_input_writes_nothing(
    engine: sa.Engine, ids: dict[str, uuid.UUID], field: str, overrides: dict[str, object]
) -> None:
    with pytest.raises(ValidationError) as info:
        consultations.create_consultation(engine, make(ids, **overrides))
    assert field in info.value.errors
    assert q.count(engine, q.ConsultationQuery()) == 0


def test_edit_is_audited_with_old_and_new_values(
    engine: sa.Engine, ids: dict[str, uuid.UUID]
) -> None:
    cid = consultations.create_consultation(engine, make(ids), actor="佐藤 花子")
    changed = consultations.update_consultation(
        engine,
        cid,
        make(ids, topics=("patent",), duration_min=90, consultant_ids=(ids["sato"], ids["suzuki"])),
        actor="鈴木 一郎",
    )
    assert changed
    entries = audit_entries(engine, cid)
    assert [e.action for e in entries] == ["create", "update"]
    update = json.loads(entries[1].changes)
    assert update["duration_min"] == [60, 90]
    assert update["topics"] == [["overseas", "patent", "trade_secret"], ["patent"]]
    assert sorted(update["consultants"][1]) == sorted([str(ids["sato"]), str(ids["suzuki"])])
    assert entries[1].actor == "鈴木 一郎"
    assert not consultations.update_consultation(
        engine,
        cid,
        make(ids, topics=("patent",), duration_min=90, consultant_ids=(ids["sato"], ids["suzuki"])),
    )


def test_delete_trash_restore_keeps_every_field_and_link(
    engine: sa.Engine, ids: dict[str, uuid.UUID]
) -> None:
    data = make(ids, consultant_ids=(ids["sato"], ids["suzuki"]))
    cid = consultations.create_consultation(engine, data)
    consultations.delete_consultation(engine, cid)
    assert q.count(engine, q.ConsultationQuery()) == 0
    assert [r.id for r in q.fetch_page(engine, q.ConsultationQuery(deleted=True))] == [cid]
    assert q.followups(engine, today=date(2026, 10, 20)) == []
    consultations.restore_consultation(engine, cid)
    restored = consultations.get_consultation(engine, cid)
    assert set(restored.data.consultant_ids) == set(data.consultant_ids)
    assert replace(restored.data, consultant_ids=data.consultant_ids) == data
    assert not restored.deleted
    assert [f.consultation_id for f in q.followups(engine, today=date(2026, 10, 20))] == [cid]


def test_purge_only_from_trash(engine: sa.Engine, ids: dict[str, uuid.UUID]) -> None:
    cid = consultations.create_consultation(engine, make(ids))
    with pytest.raises(ValidationError):
        consultations.purge_consultation(engine, cid)
    consultations.delete_consultation(engine, cid)
    consultations.purge_consultation(engine, cid)
    with Session(engine) as s:
        assert s.exec(select(Referral)).all() == []
        purge = s.exec(select(AuditEntry).where(AuditEntry.action == "purge")).one()
    assert "資金繰り" not in purge.changes  # confidential notes do not survive in the log


def test_followup_done_records_when_and_by_whom(
    engine: sa.Engine, ids: dict[str, uuid.UUID]
) -> None:
    cid = consultations.create_consultation(engine, make(ids))
    [open_one] = q.followups(engine, today=date(2026, 10, 29))
    assert open_one.state(date(2026, 10, 29)) == "overdue"
    assert open_one.state(date(2026, 10, 28)) == "today"
    consultations.mark_followup_done(engine, cid, ids["suzuki"], actor="鈴木 一郎")
    assert q.followups(engine, today=date(2026, 10, 29)) == []
    [done] = q.followups(engine, today=date(2026, 10, 29), include_done=True)
    assert done.done_by == "鈴木 一郎" and done.done_at is not None
    assert done.state(date(2026, 10, 29)) == "done"

    consultations.reopen_followup(engine, cid, actor="佐藤 花子")  # marked by mistake
    [reopened] = q.followups(engine, today=date(2026, 10, 29))
    assert reopened.done_at is None and not reopened.done_by
    last = audit_entries(engine, cid)[-1]
    assert last is not None and last.actor == "佐藤 花子"
    undone = json.loads(last.changes)  # whose mark was taken back stays in the history
    assert undone["followup_done_by"] == [str(ids["suzuki"]), None]
    assert undone["followup_done_at"][0] is not None and undone["followup_done_at"][1] is None


def newest_changes(engine: sa.Engine, cid: uuid.UUID) -> dict[str, list[object]]:
    with Session(engine) as s:
        last = s.exec(
            select(AuditEntry).where(AuditEntry.entity_id == cid).order_by(AuditEntry.at.desc())
        ).first()
    assert last is not None
    return json.loads(last.changes)


@pytest.mark.parametrize("by", ["suzuki", None])
def test_marking_done_logs_only_what_it_set(
    engine: sa.Engine, ids: dict[str, uuid.UUID], by: str | None
) -> None:
    cid = consultations.create_consultation(engine, make(ids))
    consultations.mark_followup_done(engine, cid, ids[by] if by else None)
    [done] = q.followups(engine, today=date(2026, 10, 29), include_done=True)
    assert done.done_at is not None
    expected: dict[str, list[object]] = {"followup_done_at": [None, done.done_at.isoformat()]}
    if by:
        expected["followup_done_by"] = [None, str(ids[by])]
    assert newest_changes(engine, cid) == expected  # nobody named: no empty "done by" line


def test_milestone_recorded_in_a_consultation(engine: sa.Engine, ids: dict[str, uuid.UUID]) -> None:
    cid = consultations.create_consultation(
        engine,
        make(ids, milestones=(MilestoneInput(ids["asset"], "filed", date(2026, 10, 14)),)),
    )
    [asset] = ip_assets.list_assets(engine, ids["firm"])
    assert (asset.status, asset.filed_on) == ("filed", date(2026, 10, 14))
    with Session(engine) as s:
        linked = s.exec(select(IpMilestone).where(IpMilestone.consultation_id == cid)).one()
    assert linked.status == "filed"
    with pytest.raises(ValidationError):  # an asset of another firm cannot be moved
        consultations.create_consultation(
            engine,
            make(
                ids,
                firm_id=ids["other"],
                milestones=(MilestoneInput(ids["asset"], "registered", date(2026, 10, 15)),),
            ),
        )


def test_timeline_has_consultations_and_milestones(
    engine: sa.Engine, ids: dict[str, uuid.UUID]
) -> None:
    consultations.create_consultation(
        engine,
        make(ids, milestones=(MilestoneInput(ids["asset"], "filed", date(2026, 10, 15)),)),
    )
    entries = q.timeline(engine, ids["firm"])
    kinds = [e.kind for e in entries]
    assert kinds.count("consultation") == 1
    assert kinds.count("milestone") == 2  # created as "preparing", then filed
    by_kind = {e.kind: e for e in entries if e.codes != ("patent", "preparing")}
    assert by_kind["consultation"].codes == ("site_visit",)
    assert by_kind["consultation"].topics == ("patent", "trade_secret", "overseas")
    assert by_kind["milestone"].codes == ("patent", "filed") and by_kind["milestone"].topics == ()


def test_filters(engine: sa.Engine, ids: dict[str, uuid.UUID]) -> None:
    consultations.create_consultation(engine, make(ids))
    consultations.create_consultation(
        engine,
        make(
            ids,
            started_at=datetime(2026, 4, 3, 9, 0),
            channel="phone",
            topics=("trademark",),
            firm_id=ids["other"],
            consultant_ids=(ids["suzuki"],),
            summary="商標の相談",
            referrals=(),
            followup_on=None,
            followup_action="",
        ),
    )

    def n(**kw: object) -> int:
        return q.count(engine, q.ConsultationQuery(**kw))  # type: ignore[arg-type]

    assert n() == 2
    assert n(start=date(2026, 10, 1), end=date(2026, 11, 1)) == 1
    assert n(start=date(2026, 4, 1), end=date(2027, 4, 1)) == 2
    assert n(topic="trademark") == 1
    assert n(channel="site_visit") == 1
    assert n(consultant_id=ids["suzuki"]) == 1
    assert n(firm_id=ids["firm"]) == 1
    assert n(text="商標") == 1
    assert n(text="出願") == 1
    assert n(text="資金繰り") == 0  # confidential notes are not searchable
    assert n(with_referral_to="patent_attorney") == 1
    assert n(with_referral_from="patent_attorney") == 0  # the counter referred them onward
    assert n(expert=True) == 2


def test_paging_is_stable_and_complete(engine: sa.Engine, ids: dict[str, uuid.UUID]) -> None:
    made = {
        consultations.create_consultation(
            engine,
            make(
                ids,
                started_at=datetime(2026, 10, 1 + n % 20, 9, 0),
                followup_on=None,
                followup_action="",
            ),
        )
        for n in range(23)
    }
    seen: list[uuid.UUID] = []
    after = None
    while True:
        page = q.fetch_page(engine, q.ConsultationQuery(), after=after, limit=5)
        if not page:
            break
        seen += [r.id for r in page]
        after = (page[-1].started_at, page[-1].id)
    assert len(seen) == len(set(seen)) == 23 and set(seen) == made


def test_global_search_never_shows_confidential_notes(
    engine: sa.Engine, ids: dict[str, uuid.UUID]
) -> None:
    consultations.create_consultation(engine, make(ids))
    assert [h.kind for h in q.search_all(engine, "燕")] == ["firm"]  # 燕 is only in the name
    assert [h.kind for h in q.search_all(engine, "出願")] == ["consultation"]
    assert q.search_all(engine, "資金繰り") == []
    assert q.search_all(engine, "外部秘") == []


def test_a_search_hit_shows_the_text_around_the_word_found(
    engine: sa.Engine, ids: dict[str, uuid.UUID]
) -> None:
    long = "展示会の出展準備と販路の相談。" * 20  # 300 characters before the word
    consultations.create_consultation(
        engine,
        make(ids, summary=long + "意匠登録の要否を確認。", outcome="商標の調査を依頼"),
    )
    (deep,) = q.search_all(engine, "意匠登録")
    assert "意匠登録" in deep.detail and deep.detail.startswith("…")
    assert len(deep.detail) <= q.EXCERPT + 2
    (in_outcome,) = q.search_all(engine, "商標の調査")  # not in the summary at all
    assert "商標の調査" in in_outcome.detail
    (first,) = q.search_all(engine, "展示会")  # at the start: the start, cut at the end
    assert first.detail.startswith("展示会") and first.detail.endswith("…")
    assert q.search_all(engine, "外部秘") == []  # the confidential notes stay out


def test_an_excerpt_keeps_the_word_in_view() -> None:
    text = "a" * 100 + " Trademark filing " + "b" * 100
    cut = q.excerpt(text, "trademark", width=40)
    assert "Trademark" in cut and cut.startswith("…") and cut.endswith("…")
    assert len(cut) == 42
    assert q.excerpt("short text", "text", width=40) == "short text"
    assert q.excerpt("x" * 50, "missing", width=10) == "x" * 10 + "…"
    tail = q.excerpt("y" * 50 + "end", "end", width=10)
    assert tail.endswith("end") and tail.startswith("…") and len(tail) == 11


def test_a_consultant_name_with_a_comma_stays_one_person(
    engine: sa.Engine, ids: dict[str, uuid.UUID]
) -> None:
    smith = consultants.add_consultant(engine, "Smith, John")
    consultations.create_consultation(engine, make(ids, consultant_ids=(smith, ids["sato"])))
    (row,) = q.fetch_page(engine, q.ConsultationQuery())
    assert row.consultants == ("Smith, John", "佐藤 花子")


def test_a_consultant_name_refuses_control_characters(engine: sa.Engine) -> None:
    with pytest.raises(ValidationError) as caught:
        consultants.add_consultant(engine, "佐藤\x1f花子")
    assert set(caught.value.errors) == {"name"}

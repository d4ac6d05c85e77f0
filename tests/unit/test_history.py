"""A record's history in the words of its forms: labels, names, local dates, eras."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa

from desktop.core import consultants, consultations, firms, history, settings
from desktop.core import consultation_queries as cq
from desktop.core.consultations import ConsultationInput, ReferralInput
from desktop.core.date_words import DateWords
from desktop.core.text import Message

EN = DateWords(era=False, lang="en")
JA = DateWords(era=False, lang="ja")
JA_ERA = DateWords(era=True, lang="ja")


def shown(changes: list[history.Change]) -> list[tuple[str, str, str]]:
    return [
        (c.field.render() if isinstance(c.field, Message) else c.field, c.before, c.after)
        for c in changes
    ]


def local(moment: datetime) -> str:
    """How a UTC moment reads on this computer's clock."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%H:%M")


def test_a_new_firm_lists_what_was_filled_in_in_form_order(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(
        engine,
        firms.FirmInput(
            name="燕精工",
            name_kana="ツバメセイコウ",
            prefecture_code="15",
            city="燕市",
            industry="E",
            employees=1200,
            capital_yen=30_000_000,
        ),
        actor="佐藤 花子",
    )
    [created] = history.entries(engine, "firm", firm_id, EN)
    assert (created.who, created.action.render()) == ("佐藤 花子", "Created")
    assert shown(created.changes) == [
        ("Kind of client", "", "Company"),
        ("Name", "", "燕精工"),
        ("Name (kana)", "", "ツバメセイコウ"),
        ("Prefecture", "", "Niigata"),
        ("City", "", "燕市"),
        ("Industry", "", "E Manufacturing"),
        ("Employees", "", "1,200"),
        ("Capital (yen)", "", "30,000,000"),
    ]


def test_a_change_shows_before_and_after_and_the_newest_comes_first(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    firms.update_firm(
        engine,
        firm_id,
        firms.FirmInput(name="株式会社燕精工", prefecture_code="13", employees=52),
    )
    changed, _created = history.entries(engine, "firm", firm_id, JA)
    assert changed.action.render() == "Changed"  # rendered by the window in its language
    assert shown(changed.changes) == [
        ("Name", "燕精工", "株式会社燕精工"),
        ("Prefecture", "新潟県", "東京都"),
        ("Employees", "", "52"),
    ]


def test_a_consultation_names_its_firm_people_topics_and_partners(engine: sa.Engine) -> None:
    settings.set_value(engine, settings.ERA_DISPLAY, True)
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    sato = consultants.add_consultant(engine, "佐藤 花子")
    suzuki = consultants.add_consultant(engine, "鈴木 一郎")
    cid = consultations.create_consultation(
        engine,
        ConsultationInput(
            started_at=datetime(2026, 10, 14, 10, 30),
            channel="counter",
            topics=("trademark", "gi"),
            consultant_ids=(sato, suzuki),
            firm_id=firm_id,
            summary="商標と GI の相談",
            confidential_notes="社長の個人的な事情",
            referrals=(ReferralInput("jetro", "JETRO 新潟: 輸出相談"),),
            followup_on=date(2026, 10, 21),
            followup_action="願書の確認",
        ),
    )
    consultations.mark_followup_done(engine, cid, suzuki, actor="鈴木 一郎")

    done, created = history.entries(engine, "consultation", cid, JA_ERA)
    [(label, before, after), by] = shown(done.changes)
    assert (label, before) == ("Follow-up done", "")
    [done_at] = [
        f.done_at
        for f in cq.followups(engine, today=date(2026, 10, 21), include_done=True)
        if f.consultation_id == cid
    ]
    assert done_at is not None  # as stored: the minute need not be the test's
    assert after.startswith("令和") and after.endswith(local(done_at))
    assert by == ("Follow-up done by", "", "鈴木 一郎")
    assert shown(created.changes) == [
        ("Date and time", "", "令和8年10月14日 10:30"),
        ("Duration (min)", "", "30"),
        ("Channel", "", "窓口来訪"),
        ("Firm", "", "商標堂"),
        ("Consultants", "", "佐藤 花子、鈴木 一郎"),
        ("Topics", "", "商標、地理的表示（GI）"),  # as the form lists them
        ("Summary", "", "商標と GI の相談"),
        ("Confidential notes", "", "…"),
        ("Expert involved", "", "なし"),
        ("Referrals", "", "紹介先（当窓口から） JETRO JETRO 新潟: 輸出相談 (紹介提案)"),
        ("Follow-up on", "", "令和8年10月21日"),
        ("Follow-up action", "", "願書の確認"),
    ]
    assert "社長の個人的な事情" not in repr(history.entries(engine, "consultation", cid, EN))


def test_english_and_dates_without_era(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    sato = consultants.add_consultant(engine, "佐藤 花子")
    cid = consultations.create_consultation(
        engine,
        ConsultationInput(
            started_at=datetime(2026, 10, 14, 10, 30),
            channel="phone",
            topics=("trademark", "gi"),
            consultant_ids=(sato,),
            firm_id=firm_id,
        ),
    )
    [created] = history.entries(engine, "consultation", cid, EN)
    assert shown(created.changes)[:6] == [
        ("Date and time", "", "2026-10-14 10:30"),
        ("Duration (min)", "", "30"),
        ("Channel", "", "Phone"),
        ("Firm", "", "商標堂"),
        ("Consultants", "", "佐藤 花子"),
        ("Topics", "", "Trademark, Geographical indication (GI)"),
    ]
    assert created.when.startswith(date.today().isoformat())

    firms.delete_firm(engine, firm_id)  # a firm in the trash keeps its name in the history
    [created] = history.entries(engine, "consultation", cid, EN)
    assert ("Firm", "", "商標堂") in shown(created.changes)

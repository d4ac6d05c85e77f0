"""Dates in a view's words, read from the counter's setting; a history's names in one read."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import sqlalchemy as sa

from desktop.core import consultants, consultations, firms, history, settings
from desktop.core.consultations import ConsultationInput
from desktop.core.date_words import DateWords, date_words
from tests.sql_log import statements


def test_dates_read_as_the_setting_says(engine: sa.Engine) -> None:
    day = date(2026, 11, 21)
    plain = date_words(engine, "ja")  # a new counter shows ISO dates
    assert plain == DateWords(era=False, lang="ja")
    assert (plain.date(day), plain.month(day), plain.fiscal_year(2026)) == (
        "2026-11-21",
        "2026-11",
        "2026年度",
    )
    assert plain.moment(datetime(2026, 11, 21, 9, 5)) == "2026-11-21 09:05"

    settings.set_value(engine, settings.ERA_DISPLAY, True)
    era = date_words(engine, "ja")
    assert era != plain  # what a view compares to know it must name its dates anew
    assert era == date_words(engine, "ja")  # and no more often than the setting changes
    assert (era.date(day), era.month(day), era.fiscal_year(2026)) == (
        "令和8年11月21日",
        "令和8年11月",
        "令和8年度",
    )
    assert era.moment(datetime(2026, 11, 21, 9, 5)) == "令和8年11月21日 09:05"

    english = date_words(engine, "en")  # eras are a Japanese way of writing dates
    assert (english.date(day), english.fiscal_year(2026)) == ("2026-11-21", "FY2026")


def test_a_stored_moment_reads_as_the_day_on_this_computers_clock(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import time

    stored = datetime(2026, 11, 20, 23, 30)  # UTC, as times are stored
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:  # 08:30 the next morning at the counter
        assert DateWords(era=False, lang="ja").local_date(stored) == "2026-11-21"
        assert DateWords(era=True, lang="ja").local_date(stored) == "令和8年11月21日"
    finally:
        monkeypatch.undo()
        time.tzset()


def consultation_by(engine: sa.Engine, people: int) -> uuid.UUID:
    """A consultation for a firm by ``people`` consultants, changed once by another."""
    firm_id = firms.create_firm(engine, firms.FirmInput(name="燕精工", prefecture_code="15"))
    staff = [consultants.add_consultant(engine, f"相談員 {n}") for n in range(people)]
    values = {
        "started_at": datetime(2026, 10, 14, 10, 30),
        "channel": "counter",
        "topics": ("trademark",),
        "firm_id": firm_id,
        "summary": "商標の相談",
    }
    cid = consultations.create_consultation(
        engine,
        ConsultationInput(consultant_ids=tuple(staff), **values),  # type: ignore[arg-type]
    )
    other = consultants.add_consultant(engine, "鈴木 一郎")
    consultations.update_consultation(
        engine,
        cid,
        ConsultationInput(consultant_ids=(other,), **values),  # type: ignore[arg-type]
    )
    return cid


def name_reads(engine: sa.Engine, cid: uuid.UUID) -> list[str]:
    with statements(engine) as seen:
        history.entries(engine, "consultation", cid, DateWords(era=False, lang="ja"))
    return [s for s in seen if "FROM consultant" in s or "FROM firm" in s]


def test_a_historys_names_are_read_together_however_many_it_holds(engine: sa.Engine) -> None:
    one = consultation_by(engine, 1)
    six = consultation_by(engine, 6)
    changed, _created = history.entries(
        engine, "consultation", six, DateWords(era=False, lang="ja")
    )
    [(field, before, after)] = [
        (c.field, c.before, c.after) for c in changed.changes if c.before or c.after
    ]
    assert field == history.CONSULTATION_LABELS["consultants"]
    assert before == "、".join(sorted(f"相談員 {n}" for n in range(6)))
    assert after == "鈴木 一郎"
    assert len(name_reads(engine, six)) == len(name_reads(engine, one)) <= 2


def test_names_of_ids_gone_or_not_ids_read_as_their_start(engine: sa.Engine) -> None:
    firm_id = firms.create_firm(engine, firms.FirmInput(name="商標堂", prefecture_code="15"))
    firms.delete_firm(engine, firm_id)  # a firm in the trash keeps its name in a history
    sato = consultants.add_consultant(engine, "佐藤 花子")
    gone = uuid.uuid4()
    found = history.names(engine, [firm_id, str(sato), gone, "not an id", firm_id])
    assert found == {
        str(firm_id): "商標堂",
        str(sato): "佐藤 花子",
        str(gone): str(gone)[:8],
        "not an id": "not an i",
    }
    assert history.names(engine, []) == {}

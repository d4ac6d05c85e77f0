"""Dates follow the era setting in every view that shows one, and change with it.

Each view is built on real records with era display off (ISO dates), then the setting is
switched on and the view is refreshed the way the main window does after Settings.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings

from desktop.core import (
    assessment,
    consultants,
    consultations,
    firms,
    ip_assets,
    month_close,
    playbook_runs,
    settings,
)
from desktop.core import consultation_queries as cq
from desktop.core.calendar import format_date
from tests.unit.test_assessment import CHALLENGER_A3


@pytest.fixture
def firm_id(set_up_engine: sa.Engine):  # type: ignore[no-untyped-def]
    return firms.create_firm(set_up_engine, firms.FirmInput(name="燕精工", prefecture_code="15"))


def era_on(engine: sa.Engine) -> None:
    settings.set_value(engine, settings.ERA_DISPLAY, True)


def consult(engine: sa.Engine, firm_id, **extra) -> object:  # type: ignore[no-untyped-def]
    me = consultants.current_consultant(engine)
    assert me is not None
    values: dict[str, object] = {
        "started_at": datetime(2026, 11, 21, 10, 30),
        "channel": "counter",
        "topics": ("trademark",),
        "consultant_ids": (me.id,),
        "firm_id": firm_id,
        "summary": "商標の出願を相談",
    }
    values.update(extra)
    return consultations.create_consultation(
        engine,
        consultations.ConsultationInput(**values),  # type: ignore[arg-type]
    )


def test_support_panel_dates(qtbot, set_up_engine, firm_id, library) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.support_panel import SupportPanel

    engine = set_up_engine
    consult(engine, firm_id)
    answers = CHALLENGER_A3
    assessment.record_assessment(engine, firm_id, answers, assessed_on=date(2026, 10, 1))
    run_id = playbook_runs.start_run(
        engine, library, firm_id, "ip_awareness", started_on=date(2026, 11, 2)
    )
    run = playbook_runs.ordered(playbook_runs.get_run(engine, run_id), library)
    playbook_runs.set_step(engine, run_id, run.steps[0].key, "done", happened_on=date(2026, 11, 21))

    panel = SupportPanel(engine, "ja", library)
    qtbot.addWidget(panel)
    panel.set_firm(firm_id)

    def shown() -> tuple[str, str, str, str]:
        top = panel.runs.topLevelItem(0)
        return (
            panel.history.text(),
            top.text(2),
            top.child(0).text(2),
            panel.consultation.itemText(1),
        )

    history, started, step, linked = shown()
    assert "2026-10-01  A3" in history
    assert (started, step) == ("2026-11-02", "2026-11-21")
    assert linked.startswith("2026-11-21 商標")

    era_on(engine)
    panel.refresh()
    history, started, step, linked = shown()
    assert "令和8年10月1日  A3" in history
    assert (started, step) == ("令和8年11月2日", "令和8年11月21日")
    assert linked.startswith("令和8年11月21日 商標")


def test_search_hits(qtbot, set_up_engine, firm_id) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.search_dialog import SearchDialog

    engine = set_up_engine
    consult(engine, firm_id)

    def hit_text() -> str:
        dialog = SearchDialog(engine, "ja")
        qtbot.addWidget(dialog)
        dialog.edit.setText("出願")
        dialog.run()
        assert dialog.results.count() == 1
        return dialog.results.item(0).text()

    assert "2026-11-21 燕精工" in hit_text()
    era_on(engine)
    assert "令和8年11月21日 燕精工" in hit_text()


def test_follow_up_done_date(qtbot, set_up_engine, firm_id) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.followups_view import FollowUpsView

    engine = set_up_engine
    today = date.today()
    cid = consult(
        engine,
        firm_id,
        started_at=datetime.combine(today, datetime.min.time()),
        followup_on=today,
        followup_action="見積書を送る",
    )
    me = consultants.current_consultant(engine)
    consultations.mark_followup_done(engine, cid, me.id if me else None)  # type: ignore[arg-type]
    [item] = cq.followups(engine, today=today, include_done=True)
    assert item.done_at is not None
    done_day = item.done_at.date()

    view = FollowUpsView(engine, "ja")
    qtbot.addWidget(view)
    view.show_done.setChecked(True)  # refreshes
    assert view.table.item(0, 0).text() == today.isoformat()
    assert view.table.item(0, 4).text() == f"{done_day.isoformat()} 佐藤 花子"

    era_on(engine)
    view.refresh()
    assert view.table.item(0, 0).text() == format_date(today, era=True)
    assert view.table.item(0, 4).text() == f"{format_date(done_day, era=True)} 佐藤 花子"
    assert view.table.item(0, 4).text().startswith("令和")


def test_asset_list_dates(qtbot, set_up_engine, firm_id) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.asset_dialogs import AssetPanel

    engine = set_up_engine
    ip_assets.add_asset(
        engine,
        firm_id,
        ip_assets.AssetInput(
            kind="trademark",
            title="ツバメ印",
            status="registered",
            filed_on=date(2025, 4, 1),
            registered_on=date(2026, 11, 21),
        ),
    )
    panel = AssetPanel(engine, "ja")
    qtbot.addWidget(panel)
    panel.set_firm(firm_id)
    assert panel.table.item(0, 4).text() == "2025-04-01 / 2026-11-21"

    era_on(engine)
    panel.reload()
    assert panel.table.item(0, 4).text() == "令和7年4月1日 / 令和8年11月21日"


def test_consultation_list_span_chip(qtbot, set_up_engine) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.consultation_list import ConsultationList

    engine = set_up_engine
    view = ConsultationList(engine, "ja")
    qtbot.addWidget(view)
    view.show_query(cq.ConsultationQuery(start=date(2026, 11, 2), end=date(2026, 11, 16)))
    # the query's end is the first day after the span: the chip names the span's last day
    assert view.chip.text() == "2026-11-02 to 2026-11-15"

    era_on(engine)
    view.apply_filter()  # what the main window does after Settings
    assert view.chip.text() == "令和8年11月2日 to 令和8年11月15日"


def test_export_dialog_sent_date(qtbot, set_up_engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.export_dialog import ExportDialog

    engine = set_up_engine
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)

    def note_for(period: str) -> str:
        dialog = ExportDialog(engine, "ja", qsettings)
        qtbot.addWidget(dialog)
        dialog.month.setCurrentIndex(dialog.month.findData(period))
        return dialog.sent_note.text()

    probe = ExportDialog(engine, "ja", qsettings)
    qtbot.addWidget(probe)
    period = probe.month.currentData()
    month_close.record_sent(
        engine,
        period,
        file_sha256="0" * 64,
        data_sha256="0" * 64,
        layout_version="1",
        snapshot=month_close.Snapshot(fields=("consultation_id",), rows={}),
        sent_at=datetime(2026, 11, 21, 3, 0),
    )
    assert "sent on 2026-11-21." in note_for(period)
    era_on(engine)
    assert "sent on 令和8年11月21日." in note_for(period)


MONTH_ISO = r"\d{4}-\d{2}"
MONTH_ERA = r"令和\d+年\d+月"


def test_month_names_in_the_period_filter_the_export_and_the_dashboard(
    qtbot, set_up_engine, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import re

    from desktop.ui.consultation_list import ConsultationList
    from desktop.ui.dashboard_view import DashboardView
    from desktop.ui.export_dialog import ExportDialog

    engine = set_up_engine
    qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = ConsultationList(engine, "ja")
    qtbot.addWidget(view)
    months = [view.period.itemText(n) for n in range(5, view.period.count())]
    assert all(re.fullmatch(MONTH_ISO, m) for m in months), months
    assert re.search(r"\(\d{4}年度\)$", view.period.itemText(3))

    era_on(engine)
    view.apply_filter()  # what the main window does after Settings
    months = [view.period.itemText(n) for n in range(5, view.period.count())]
    assert all(re.fullmatch(MONTH_ERA, m) for m in months), months
    assert re.search(r"\(令和\d+年度\)$", view.period.itemText(3))

    export = ExportDialog(engine, "ja", qsettings)
    qtbot.addWidget(export)
    assert re.fullmatch(MONTH_ERA, export.month.currentText())
    assert re.fullmatch(MONTH_ISO, export.month.currentData())  # what the export is given

    board = DashboardView(engine, "ja")
    qtbot.addWidget(board)
    board.refresh(wait=True)
    assert re.search(r"Consultations in " + MONTH_ERA, board.month_button.text())

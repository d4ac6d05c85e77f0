"""Every figure on the home view equals a count taken straight from the database,
and clicking it opens the records behind it."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import Session, col, select

from db.models import Consultation, Referral
from desktop.core import demo, ip_assets
from desktop.core.calendar import add_months, fiscal_year_start
from desktop.core.dashboard import same_days_a_year_ago
from desktop.core.reporting import Period, summary
from desktop.ui.dashboard_view import month_names

TODAY = date(2026, 11, 21)  # fixed, so that the fiscal year has months of data


@pytest.fixture
def board_window(qtbot, main_window):  # type: ignore[no-untyped-def]
    demo.generate(
        main_window.engine,
        size=demo.DemoSize(firms=80, consultations=900),
        end=TODAY,
        home_prefecture="15",
    )
    # A firm that filed twice this fiscal year, whatever the demo drew: firms that filed
    # are counted once each, filings each time.
    with main_window.engine.connect() as conn:
        firm_id = uuid.UUID(hex=conn.execute(sa.text("SELECT min(id) FROM firm")).scalar_one())
    for filed_on in (date(2026, 6, 1), date(2026, 9, 1)):
        ip_assets.add_asset(
            main_window.engine,
            firm_id,
            ip_assets.AssetInput(
                kind="patent", title="金型の冷却構造", status="filed", filed_on=filed_on
            ),
        )
    # A consultation this year that named two Yorozu centres: two referrals, one consultation.
    with Session(main_window.engine) as session:
        referral = session.exec(
            select(Referral)
            .join(Consultation, col(Consultation.id) == Referral.consultation_id)
            .where(
                Referral.partner_kind == "yorozu",
                Referral.direction == "to",
                col(Referral.deleted_at).is_(None),
                col(Consultation.deleted_at).is_(None),
                col(Consultation.started_at) >= fiscal_year_start(TODAY),
            )
        ).first()
        assert referral is not None
        session.add(
            Referral(
                consultation_id=referral.consultation_id,
                partner_kind="yorozu",
                organisation="隣県の拠点",
                status="done",
            )
        )
        session.commit()
    main_window.register.refresh()
    main_window.dashboard.refresh(TODAY, wait=True)
    return main_window


def scalar(engine: sa.Engine, sql: str, **params: object) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.text(sql), params).scalar_one())


def test_figures_equal_database_counts(board_window) -> None:  # type: ignore[no-untyped-def]
    engine = board_window.engine
    board = board_window.dashboard.board
    month = TODAY.replace(day=1)
    fy = fiscal_year_start(TODAY)
    span = {"a": fy.isoformat(), "b": add_months(fy, 12).isoformat()}
    live = "deleted_at IS NULL"
    assert board.this_month == scalar(
        engine,
        f"SELECT count(*) FROM consultation WHERE {live} AND started_at >= :a AND started_at < :b",
        a=month.isoformat(),
        b=add_months(month, 1).isoformat(),
    )
    start, end = same_days_a_year_ago(TODAY)
    assert board.same_days_last_year == scalar(
        engine,
        f"SELECT count(*) FROM consultation WHERE {live} AND started_at >= :a AND started_at < :b",
        a=start.isoformat(),
        b=end.isoformat(),
    )
    kpis = {k.key: k.value for k in board.kpis}
    assert kpis["consultations"] == scalar(
        engine,
        f"SELECT count(*) FROM consultation WHERE {live} AND started_at >= :a AND started_at < :b",
        **span,
    )
    assert kpis["site_visits"] == scalar(
        engine,
        f"SELECT count(*) FROM consultation WHERE {live} AND channel = 'site_visit'"
        " AND started_at >= :a AND started_at < :b",
        **span,
    )
    assert kpis["expert"] == scalar(
        engine,
        f"SELECT count(*) FROM consultation WHERE {live} AND expert_kind <> 'none'"
        " AND started_at >= :a AND started_at < :b",
        **span,
    )
    for key, direction in (("yorozu", "to"), ("yorozu_from", "from")):
        assert kpis[key] == scalar(
            engine,
            "SELECT count(DISTINCT c.id) FROM consultation c JOIN referral r"
            " ON r.consultation_id = c.id WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL"
            " AND r.partner_kind = 'yorozu' AND r.direction = :d"
            " AND c.started_at >= :a AND c.started_at < :b",
            d=direction,
            **span,
        )
    # The same figures as the fiscal-year workbook sent to HQ gives, which lists the
    # referrals themselves apart (the fixture's consultation naming two centres).
    figures = summary(engine, Period.fiscal_year(fy.year))
    hq = {f.item: f.value for f in figures if f.section == "kpi"}
    assert (kpis["yorozu"], kpis["yorozu_from"]) == (
        hq["referrals_to_yorozu"],
        hq["referrals_from_yorozu"],
    )
    referrals = {(f.item, f.sub_item): f.value for f in figures if f.section == "referral"}
    assert referrals[("yorozu", "to")] == kpis["yorozu"] + 1
    assert kpis["yorozu"] > 0 and kpis["yorozu_from"] > 0
    assert kpis["consultations"] > 0
    assert sum(b.this_year for b in board.months) == kpis["consultations"]
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT firm_id, assessed_on, created_at, id, sme_type, stage FROM assessment"
                " WHERE deleted_at IS NULL"
            )
        ).all()
        topics = Counter(
            dict(
                conn.execute(
                    sa.text(
                        "SELECT t.topic, count(*) FROM consultation_topic t JOIN consultation c"
                        " ON c.id = t.consultation_id WHERE c.deleted_at IS NULL"
                        " AND c.started_at >= :a AND c.started_at < :b GROUP BY t.topic"
                    ),
                    span,
                ).all()
            )
        )
    latest: dict[str, tuple] = {}
    for row in rows:
        if row[0] not in latest or row[1:4] > latest[row[0]][1:4]:
            latest[row[0]] = row
    cells = Counter(("A" if r[4] == "challenger" else "B") + str(r[5]) for r in latest.values())
    assert board.matrix == dict(cells)
    assert board.unassessed == 80 - len(latest)
    assert dict(board.topics) == dict(topics)
    assert board.followups_overdue == scalar(
        engine,
        f"SELECT count(*) FROM consultation WHERE {live} AND followup_on < :t"
        " AND followup_done_at IS NULL",
        t=TODAY.isoformat(),
    )
    assert board.filed == scalar(
        engine,
        "SELECT count(*) FROM ip_milestone WHERE status = 'filed' AND happened_on >= :a"
        " AND happened_on < :b",
        **span,
    )
    filed_firms = scalar(
        engine,
        "SELECT count(DISTINCT a.firm_id) FROM ip_milestone m JOIN ip_asset a"
        " ON a.id = m.asset_id WHERE m.status = 'filed' AND m.happened_on >= :a"
        " AND m.happened_on < :b",
        **span,
    )
    assert board.filed_firms == filed_firms < board.filed  # some firms filed more than once
    # What is on screen is what was computed.
    view = board_window.dashboard
    assert f"{board.this_month:,}" in view.month_button.text()
    assert f"{kpis['site_visits']:,}" in view.kpi_buttons["site_visits"].text()
    for cell, count in cells.items():
        assert view.cell_buttons[cell].text() == f"{cell}: {count:,}"


def test_clicks_open_the_matching_lists(qtbot, board_window) -> None:  # type: ignore[no-untyped-def]
    view = board_window.dashboard
    board = view.board
    listing = board_window.consultations
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    assert board_window.tabs.currentWidget() is listing
    assert listing.model.total() == board.this_month

    kpis = {k.key: k.value for k in board.kpis}
    chips = {}
    for key in ("site_visits", "expert", "yorozu", "yorozu_from", "consultations"):
        qtbot.mouseClick(view.kpi_buttons[key], Qt.MouseButton.LeftButton)
        assert listing.model.total() == kpis[key], key
        chips[key] = listing.chip.text()
    assert "referred to Yorozu" in chips["yorozu"] and "referred by" not in chips["yorozu"]
    assert "referred by Yorozu" in chips["yorozu_from"]

    busiest = max(range(12), key=lambda n: board.months[n].this_year)
    view._month_clicked(busiest, view._month_sets[1])
    assert listing.model.total() == board.months[busiest].this_year
    view._month_clicked(busiest, view._month_sets[0])
    assert listing.model.total() == board.months[busiest].last_year

    view._topic_clicked(len(view._topic_codes) - 1, None)  # the top bar: the biggest topic
    assert listing.model.total() == board.topics[0][1]

    cell, count = max(board.matrix.items(), key=lambda item: item[1])
    qtbot.mouseClick(view.cell_buttons[cell], Qt.MouseButton.LeftButton)
    assert board_window.tabs.currentWidget() is board_window.register
    assert board_window.register.model.rowCount() == count
    qtbot.mouseClick(view.unassessed_button, Qt.MouseButton.LeftButton)
    assert board_window.register.model.rowCount() == board.unassessed

    for button, firms_behind in (
        (view.transition_button, board.transitions),
        (view.filed_button, board.filed_firms),
        (view.registered_button, board.registered_firms),
    ):
        assert f"{firms_behind} firm" in button.text()  # the figure says what a click lists
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert board_window.register.model.rowCount() == firms_behind
    qtbot.mouseClick(view.followup_button, Qt.MouseButton.LeftButton)
    assert board_window.tabs.currentWidget() is board_window.followups


def test_refresh_after_an_edit_without_restart(qtbot, board_window) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from desktop.core import consultants, consultations

    view = board_window.dashboard
    before = view.board.this_month
    me = consultants.current_consultant(board_window.engine)
    consultations.create_consultation(
        board_window.engine,
        consultations.ConsultationInput(
            started_at=datetime.now().replace(second=0, microsecond=0),
            channel="phone",
            topics=("trademark",),
            consultant_ids=(me.id,),
        ),
    )
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        board_window._records_changed()
    assert view.board.this_month == before + 1


def test_a_change_builds_no_dashboard_that_was_never_opened(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    view = main_window.dashboard
    assert main_window.tabs.currentWidget() is not view and view.board is None
    main_window._records_changed()  # as after a save
    assert view._task is None and view.board is None
    main_window.tabs.setCurrentWidget(view)  # opened: built then
    qtbot.waitUntil(lambda: view.board is not None, timeout=10000)


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (date(2026, 11, 21), date(2025, 11, 1), date(2025, 11, 22)),  # to the same day
        (date(2026, 11, 1), date(2025, 11, 1), date(2025, 11, 2)),
        (date(2026, 11, 30), date(2025, 11, 1), date(2025, 12, 1)),  # a whole month
        (date(2029, 2, 28), date(2028, 2, 1), date(2028, 3, 1)),  # over: all of 2028's 29 days
        (date(2028, 2, 28), date(2027, 2, 1), date(2027, 3, 1)),  # 2027 has no 29th
        (date(2028, 2, 29), date(2027, 2, 1), date(2027, 3, 1)),
    ],
)
def test_a_month_so_far_is_set_against_the_same_days_a_year_ago(
    today: date, start: date, end: date
) -> None:
    assert same_days_a_year_ago(today) == (start, end)


def test_every_kpi_has_a_target_in_settings_and_the_home_view_shows_it(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSpinBox

    from desktop.core import dashboard, settings
    from desktop.ui.setup_dialogs import SettingsDialog

    engine = main_window.engine
    dialog = SettingsDialog(engine, "en")
    qtbot.addWidget(dialog)
    spins = {key: dialog.findChild(QSpinBox, f"target_{key}") for key in dashboard.KPI_KEYS}
    assert all(spins.values()), spins
    spins["yorozu_from"].setValue(12)
    dialog.accept()
    assert settings.get(engine, settings.KPI_TARGETS) == {"yorozu_from": 12}

    main_window.dashboard.refresh(wait=True)
    assert (
        main_window.dashboard.kpi_buttons["yorozu_from"]
        .text()
        .startswith("Referrals from Yorozu\n0 / target 12")
    )


def test_every_card_shows_its_whole_text_at_the_default_size(qtbot, board_window) -> None:  # type: ignore[no-untyped-def]
    """A card narrower than its text cuts it off (a push button does not wrap)."""
    from desktop.ui.i18n import install_translators

    view = board_window.dashboard
    board_window.resize(1200, 760)  # the window's size on a first start
    board_window.tabs.setCurrentWidget(view)
    for lang in ("en", "ja"):
        installed = install_translators(QApplication.instance(), lang) if lang == "ja" else []
        try:
            view.refresh(TODAY, wait=True)
            qtbot.waitUntil(lambda: view.month_button.isVisible())
            cards = [
                view.month_button,
                view.followup_button,
                view.filed_button,
                view.registered_button,
                view.transition_button,
                *view.kpi_buttons.values(),
            ]
            cut = [
                (lang, card.objectName(), card.text())
                for card in cards
                if card.width() < card.sizeHint().width()
            ]
            assert cut == []
        finally:
            for translator in installed:
                QApplication.instance().removeTranslator(translator)


def test_the_month_chart_names_the_fiscal_years_months(board_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCharts import QBarCategoryAxis

    chart = board_window.dashboard.months_chart
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert axis.categories() == [
        *("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        *("Jan", "Feb", "Mar"),
    ]
    assert month_names("ja")[3] == "4月" and month_names("ja")[0] == "1月"

"""The window drawn before the engine exists, then completed when it arrives.

``run_gui`` shows the window from a plain sqlite3 connection to the checked file and
opens the engine on a worker; these tests drive the same two steps on a real file.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QLabel

from desktop.core import firms, startup
from desktop.core.firms import FirmInput
from desktop.ui.firm_model import COL_EMPLOYEES
from desktop.ui.main_window import CONSULTATIONS, FIRMS, HOME, MainWindow
from tests.e2e.cli import gui_lines
from tests.ui.typing import activate


@pytest.fixture
def first(set_up_engine: sa.Engine, db_path: Path) -> Iterator[startup.FirstScreen]:
    for n in range(450):  # more than two pages of the list
        firms.create_firm(set_up_engine, FirmInput(name=f"試験商事{n:03d}", prefecture_code="15"))
    set_up_engine.dispose()
    screen = startup.first_screen(startup.check_file(db_path))
    assert screen is not None
    yield screen
    screen.reads.close()


def drawn(qtbot, first: startup.FirstScreen, qsettings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(None, "en", qsettings, reads=first.reads, title="Counter — Madoguchi")
    qtbot.addWidget(window)
    window.show()
    window.register.apply_filter()
    activate(qtbot, window)
    return window


def test_the_firm_list_is_usable_before_the_engine_and_the_rest_waits(
    qtbot, first: startup.FirstScreen, qsettings: QSettings
) -> None:
    window = drawn(qtbot, first, qsettings)
    assert not window.is_loaded
    assert window.tabs.currentIndex() == FIRMS  # a firm is two keystrokes away
    assert window.register.model.rowCount() == 450
    assert window.register.model.index(0, 0).data() == "試験商事000"
    assert window.windowTitle() == "Counter — Madoguchi"
    for index in (HOME, CONSULTATIONS):
        waiting = window.tabs.widget(index)
        assert isinstance(waiting, QLabel) and waiting.text() == "Loading…"
    for action in window.record_actions:
        assert not action.isEnabled(), action.text()
    assert window.find_action.isEnabled() and window.quit_action.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New firm: waits
    assert window.firm_dialogs == {}
    window.register.search.setText("試験商事44")  # search as you type, on the file
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 10)


def test_attaching_puts_every_view_in_place_and_reads_through_the_engine(
    qtbot, first: startup.FirstScreen, qsettings: QSettings, db_path: Path
) -> None:
    window = drawn(qtbot, first, qsettings)
    opened = startup.open_for_window(startup.check_file(db_path))
    with qtbot.waitSignal(window.loaded):
        window.attach(opened.engine)
    first.reads.close()  # as run_gui does: the list must not need it any more
    try:
        assert window.is_loaded
        assert window.tabs.widget(HOME) is window.dashboard
        assert window.tabs.widget(CONSULTATIONS) is window.consultations
        assert window.tabs.currentIndex() == FIRMS
        waiting = [a.text() for a in window.record_actions if not a.isEnabled()]
        assert waiting == [window.restore_action.text()]  # restore is for the trash view
        assert window.windowTitle() == "新潟県知財総合支援窓口 — 佐藤 花子 — Madoguchi"
        window.register.view.scrollToBottom()  # a page never read before: through the engine
        assert window.register.model.index(449, 0).data() == "試験商事449"
        window.tabs.setCurrentIndex(HOME)  # computed on a worker when first shown
        qtbot.waitUntil(lambda: window.dashboard.board is not None)
    finally:
        window.close()
        opened.engine.dispose()


def test_what_is_asked_for_while_loading_is_done_once_loaded(
    qtbot, first: startup.FirstScreen, qsettings: QSettings, db_path: Path, monkeypatch
) -> None:
    from desktop.ui.search_dialog import SearchDialog

    searches: list[SearchDialog] = []
    done: list[object] = []  # what had happened, in order, when each thing ran
    window = drawn(qtbot, first, qsettings)

    def search_shown(dialog: SearchDialog) -> int:  # the box is modal: it holds the rest
        searches.append(dialog)
        done.append(("search", len(window.firm_dialogs), len(window.consultation_forms)))
        return 0

    monkeypatch.setattr(SearchDialog, "exec", search_shown)
    window.register.view.setFocus()
    window.register.view.selectRow(2)
    qtbot.keyClick(window.register.view, Qt.Key.Key_Return)
    for key in (Qt.Key.Key_N, Qt.Key.Key_L, Qt.Key.Key_K) * 2:  # each asked for twice
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.firm_dialogs == {} and window.consultation_forms == {} and searches == []
    # as run_gui asks for the unsaved forms: before everything else
    window.when_loaded("drafts", lambda: done.append("drafts"), first=True)
    wanted = window.register.model.firm_id(2)
    opened = startup.open_for_window(startup.check_file(db_path))
    try:
        window.attach(opened.engine)
        qtbot.waitUntil(lambda: len(searches) == 1)
        assert next(iter(window.firm_dialogs)) == wanted  # in the order asked for, each once
        assert window.firm_dialogs[wanted].isVisible()
        assert len(window.firm_dialogs) == 2  # the firm, and a new one
        assert len(window.consultation_forms) == 1
        settled = QTimer(window)  # fires once what is queued already has run
        settled.setSingleShot(True)
        with qtbot.waitSignal(settled.timeout):
            settled.start(0)
        assert len(searches) == 1  # not asked for again by what followed it
        assert done == ["drafts", ("search", 2, 1)]  # the search last, as it was asked
    finally:
        for dialog in list(window.firm_dialogs.values()):
            dialog.close()
        for form in list(window.consultation_forms.values()):
            form.close()
        window.close()
        opened.engine.dispose()


def test_the_view_in_use_at_closing_is_the_first_one_next_time(
    qtbot, set_up_engine: sa.Engine, qsettings: QSettings
) -> None:
    window = MainWindow(set_up_engine, "en", qsettings)
    qtbot.addWidget(window)
    assert window.tabs.currentIndex() == FIRMS
    window.tabs.setCurrentIndex(CONSULTATIONS)
    window.close()
    again = MainWindow(set_up_engine, "en", qsettings)
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.consultations


FIRST_SCREEN = textwrap.dedent(
    """
    import sys
    from PySide6 import QtCore
    from desktop.ui import app as gui

    reporting = gui._report_ready

    def report(window, *args, **kwargs):  # the list is drawn; the engine is not opened yet
        model = window.register.model
        print(model.rowCount(), model.index(0, 0).data())
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel")))
        print("Qt namespace built:", "Qt" in vars(QtCore))  # see desktop.ui.plain_qt
        # Standard modules the first screen does without (desktop.core.firm_list,
        # options, reference, startup): importing them cost about 4 ms of the start.
        print("imported:", [name for name in ("json", "uuid", "platform") if name in sys.modules])
        return reporting(window, *args, **kwargs)

    gui._report_ready = report
    sys.exit(gui.run_gui(sys.argv[1], lang="en", exit_when_ready=True))
    """
)


def run_on_one_firm(code: str, engine: sa.Engine, db_path: Path, home: Path) -> list[str]:
    """``code`` in a fresh process on a counter with one firm; the lines it printed,
    less the timings ``run_gui`` prints when ready and loaded."""
    firms.create_firm(engine, FirmInput(name="一番商店", prefecture_code="15"))
    engine.dispose()
    return gui_lines(code, db_path, home=home)


def test_the_first_screen_needs_no_sqlalchemy_and_no_qt_namespace(
    set_up_engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    lines = run_on_one_firm(FIRST_SCREEN, set_up_engine, db_path, tmp_path / "home")
    assert lines == ["1 一番商店", "[]", "Qt namespace built: False", "imported: []"]


def test_nor_does_it_when_the_window_was_left_sorted_on_another_view(
    qtbot, set_up_engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    """The state a consultant's laptop has after the first day: geometry, the list's
    header and order, another view in front."""
    from desktop.ui.app import ui_settings

    home = tmp_path / "home"
    big = FirmInput(name="大所帯工業", name_kana="ん", prefecture_code="15", employees=90)
    firms.create_firm(set_up_engine, big)  # last by reading, first by headcount
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MADOGUCHI_HOME", str(home))
        window = MainWindow(set_up_engine, "en", ui_settings())
        qtbot.addWidget(window)
        window.register.apply_filter()
        window.register.view.sortByColumn(COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
        window.tabs.setCurrentIndex(CONSULTATIONS)
        assert window.close()
    lines = run_on_one_firm(FIRST_SCREEN, set_up_engine, db_path, home)
    assert lines == ["2 大所帯工業", "[]", "Qt namespace built: False", "imported: []"]


AFTER_THE_PAINT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject
    from desktop.core import startup
    from desktop.ui import app as gui

    seen = []

    class Paints(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "paint" not in seen:
                seen.append("paint")
            return False

    opening = startup.open_for_window

    def open_for_window(checked):
        seen.append("worker")
        return opening(checked)

    startup.open_for_window = open_for_window
    making_durable = startup.DatabaseLock.make_durable

    def make_durable(lock):
        if not lock.durable:
            seen.append("lock on the disk")
        return making_durable(lock)

    startup.DatabaseLock.make_durable = make_durable
    setting_icon = gui.set_icon

    def set_icon(app):
        seen.append("icon")
        return setting_icon(app)

    gui.set_icon = set_icon
    app = gui.make_application()
    app.installEventFilter(Paints(app))
    print("icon before:", not app.windowIcon().isNull())
    code = gui.run_gui(sys.argv[1], lang="en", exit_when_ready=True)
    print("exit:", code)
    print("order:", " ".join(seen))
    print("icon after:", not app.windowIcon().isNull())
    """
)


def test_the_rest_loads_after_the_first_paint(
    set_up_engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    """The worker would hold the interpreter while the list paints; the icon can wait too,
    and so can writing the lock through to the disk, which the worker does first."""
    lines = run_on_one_firm(AFTER_THE_PAINT, set_up_engine, db_path, tmp_path / "home")
    assert lines == [
        "icon before: False",
        "exit: 0",
        "order: paint icon lock on the disk worker",
        "icon after: True",
    ]


READY_AFTER_THE_PAINT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject
    from desktop.ui import app as gui

    seen = []

    class Paints(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "list painted" not in seen:
                parent = obj.parent()
                if parent is not None and parent.objectName() == "firmTable":
                    seen.append("list painted")
            return False

    reporting = gui._report_ready

    def report(window, *args, **kwargs):
        seen.append("ready")
        return reporting(window, *args, **kwargs)

    gui._report_ready = report
    app = gui.make_application()
    app.installEventFilter(Paints(app))
    code = gui.run_gui(sys.argv[1], lang="en", exit_when_ready=True)
    print("exit:", code)
    print("order:", ", ".join(seen))
    """
)


def test_ready_is_reported_once_the_list_is_painted(
    set_up_engine: sa.Engine, db_path: Path, tmp_path: Path
) -> None:
    """``--exit-when-ready`` times the start to the first look at the list, not before it."""
    lines = run_on_one_firm(READY_AFTER_THE_PAINT, set_up_engine, db_path, tmp_path / "home")
    assert lines == ["exit: 0", "order: list painted, ready"]


COLLECTOR = textwrap.dedent(
    """
    import gc
    import sys
    from desktop import __main__ as entry
    from desktop.ui import app as gui

    reporting = gui._report_ready

    def report(window, *args, **kwargs):
        print("at ready, collecting:", gc.isenabled())
        return reporting(window, *args, **kwargs)

    gui._report_ready = report
    code = entry.main(["--db", sys.argv[1], "--lang", "en", "--exit-when-ready"])
    print("exit:", code)
    print("after, collecting:", gc.isenabled(), "frozen:", gc.get_freeze_count() > 10_000)
    """
)


@pytest.mark.parametrize("counter", ["set up", "new file"])
def test_the_cycle_collector_waits_until_the_window_is_loaded(
    set_up_engine: sa.Engine, db_path: Path, tmp_path: Path, counter: str
) -> None:
    """Paused from the start (desktop.ui.app.resume_collector), running once loaded,
    with what the start made frozen; on a counter's file and on a new one."""
    target = db_path if counter == "set up" else tmp_path / "new.sqlite3"
    assert gui_lines(COLLECTOR, target, home=tmp_path / "home") == [
        "at ready, collecting: False",
        "exit: 0",
        "after, collecting: True frozen: True",
    ]


def test_a_box_before_the_window_is_read_with_the_collector_running(qapp) -> None:  # type: ignore[no-untyped-def]
    import gc

    from desktop.ui.session import box_icon

    gc.disable()
    try:
        box_icon(read=False)  # a busy box, which closes itself
        assert not gc.isenabled()
        box_icon()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_view_that_cannot_be_built_leaves_the_window_waiting(
    qtbot, first: startup.FirstScreen, qsettings: QSettings, db_path: Path, monkeypatch
) -> None:
    import sqlite3

    from desktop.ui import consultation_list

    def broken(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(consultation_list.ConsultationList, "__init__", broken)
    window = drawn(qtbot, first, qsettings)
    opened = startup.open_for_window(startup.check_file(db_path))
    try:
        with pytest.raises(sqlite3.OperationalError):
            window.attach(opened.engine)
        assert not window.is_loaded
        assert not any(action.isEnabled() for action in window.record_actions)
        for index in (HOME, CONSULTATIONS):  # switching views still works, and waits
            window.tabs.setCurrentIndex(index)
            assert isinstance(window.tabs.currentWidget(), QLabel)
        window.tabs.setCurrentIndex(FIRMS)
        assert window.register.model.rowCount() == 450  # still read from the file
    finally:
        opened.engine.dispose()


def test_every_firm_asked_for_while_loading_opens_once_loaded(
    qtbot, first: startup.FirstScreen, qsettings: QSettings, db_path: Path
) -> None:
    window = drawn(qtbot, first, qsettings)
    wanted = [window.register.model.firm_id(n) for n in (4, 1, 4)]
    for firm_id in wanted:
        assert window.open_firm(firm_id) is None
    opened = startup.open_for_window(startup.check_file(db_path))
    try:
        window.attach(opened.engine)
        qtbot.waitUntil(lambda: len(window.firm_dialogs) == 2)
        assert list(window.firm_dialogs) == [wanted[0], wanted[1]]  # once each, in order
    finally:
        for dialog in list(window.firm_dialogs.values()):
            dialog.close()
        window.close()
        opened.engine.dispose()

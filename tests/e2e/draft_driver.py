"""A real Madoguchi window that starts typing a consultation, then waits to be killed.

Run as a separate process by test_draft_survives_sigkill: it prints DRAFT-SAVED once
the autosave has written the draft, and never saves the form itself.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from db.migrate import open_database
    from desktop.core import drafts
    from desktop.ui.app import make_application, ui_settings
    from desktop.ui.main_window import MainWindow

    app = make_application()
    engine = open_database(db).engine
    window = MainWindow(engine, "en", ui_settings())
    window.show()
    form = window.new_consultation(None)
    form.topic_boxes["gi"].setChecked(True)
    form.summary.setFocus()
    QTest.keyClicks(form.summary, "GI application: production history since 1970")

    def wait_for_draft() -> None:
        if drafts.list_drafts(engine, "consultation"):
            print("DRAFT-SAVED", flush=True)
        else:
            QTimer.singleShot(50, wait_for_draft)

    QTimer.singleShot(50, wait_for_draft)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])

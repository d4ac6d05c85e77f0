"""The floor for start-up: a bare PySide6 main window, shown, then the process exits.

Started the same way as the app (a fresh interpreter, offscreen), it prints ``ready``
once the window is shown and the event loop has run, as ``--exit-when-ready`` does.
With ``--with-sqlalchemy`` it also imports SQLAlchemy first, and with ``--with-models``
SQLModel and our table definitions: what any app on this stack loads before it can show
a list from its store, reported beside the floor.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    if "--with-sqlalchemy" in sys.argv[1:]:
        import sqlalchemy  # noqa: F401
    if "--with-models" in sys.argv[1:]:
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        import db.models  # noqa: F401

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()

    def report() -> None:
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, report)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""The floor for start-up: a bare PySide6 main window, shown, then the process exits.

Started the same way as the app (a fresh interpreter, offscreen), it prints ``ready``
once the window is shown and the event loop has run, as ``--exit-when-ready`` does.
With ``--with-sqlalchemy`` it also imports SQLAlchemy first: the least a Python app on
this stack must load before it can show a list, reported beside the floor.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    if "--with-sqlalchemy" in sys.argv[1:]:
        import sqlalchemy  # noqa: F401

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

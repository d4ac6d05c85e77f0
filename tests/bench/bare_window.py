"""The floor for start-up: a bare PySide6 main window, shown, then the process exits.

Started the same way as the app (a fresh interpreter, offscreen), it prints ``ready``
once the window is shown and painted, as ``--exit-when-ready`` does: from a zero timer
set from a zero timer, which fires after the window's first paint (the app's
``workers.after_first_paint``).
With ``--with-sqlalchemy`` it also imports SQLAlchemy first, and with ``--with-models``
SQLModel and our table definitions: what any app on this stack loads before it can show
a list from its store, reported beside the floor. ``--with-list PATH`` shows, instead
of an empty window, a search box over a table of the first 200 firms read from PATH
with plain ``sqlite3``: the least a PySide6 program does to show a populated list,
also reported beside the floor (the target stays the empty window).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def list_window(path: str) -> QMainWindow:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    count = conn.execute("SELECT count(*) FROM firm WHERE deleted_at IS NULL").fetchone()[0]
    rows = conn.execute(
        "SELECT name, name_kana, corporate_number, prefecture_code, city, industry,"
        " employees FROM firm WHERE deleted_at IS NULL ORDER BY name_kana, id LIMIT 200"
    ).fetchall()
    display = Qt.ItemDataRole.DisplayRole

    class Model(QAbstractTableModel):
        def rowCount(self, parent: object = QModelIndex()) -> int:
            return min(count, len(rows))

        def columnCount(self, parent: object = QModelIndex()) -> int:
            return 7

        def data(self, index: QModelIndex, role: int = display) -> object:
            return rows[index.row()][index.column()] if role == display else None

    window = QMainWindow()
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(QLineEdit())
    view = QTableView()
    model = Model(view)
    view.setModel(model)
    layout.addWidget(view)
    window.setCentralWidget(body)
    window.model = model  # type: ignore[attr-defined]
    return window


def main() -> int:
    args = sys.argv[1:]
    if "--with-sqlalchemy" in args:
        import sqlalchemy  # noqa: F401
    if "--with-models" in args:
        from pathlib import Path

        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        import db.models  # noqa: F401

    app = QApplication(sys.argv[:1])
    window = list_window(args[args.index("--with-list") + 1]) if "--with-list" in args else None
    window = window or QMainWindow()
    window.resize(1200, 800)
    window.show()

    def report() -> None:
        model = getattr(window, "model", None)
        if model is not None:  # as the app does: the first row is really there
            model.index(0, 0).data()
        print("ready", flush=True)
        app.quit()

    QTimer.singleShot(0, lambda: QTimer.singleShot(0, report))  # after the first paint
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

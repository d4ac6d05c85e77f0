"""Render the main screens to PNG, in Japanese and English, from a demo counter.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]

Runs the real widgets on the offscreen platform (no display needed) and saves what
they paint; the README's screenshot comes from here.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from db.migrate import open_database
    from desktop.core import demo, settings
    from desktop.core.settings import CounterSetup
    from desktop.ui.app import make_application
    from desktop.ui.i18n import install_translators

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    os.environ["MADOGUCHI_HOME"] = str(work)
    engine = open_database(work / "demo.sqlite3").engine
    demo.generate(engine, end=date(2026, 11, 20), home_prefecture="15")
    settings.apply_setup(engine, CounterSetup("新潟県知財総合支援窓口", "15", "佐藤 花子"))
    app = make_application()
    app.setStyle("Fusion")
    with engine.connect() as conn:
        # A firm with an assessment, a playbook under way, IP on its tab and several
        # consultations.
        busiest = uuid.UUID(
            hex=conn.exec_driver_sql(
                "SELECT r.firm_id FROM playbook_run r JOIN consultation c ON c.firm_id = r.firm_id"
                " WHERE r.state = 'active' AND EXISTS (SELECT 1 FROM ip_asset a"
                " WHERE a.firm_id = r.firm_id AND a.deleted_at IS NULL)"
                " GROUP BY r.firm_id ORDER BY count(*) DESC LIMIT 1"
            ).scalar_one()
        )
    for lang in ("ja", "en"):
        translators = install_translators(app, lang)
        from desktop.ui.main_window import MainWindow

        window = MainWindow(
            engine, lang, QSettings(str(work / f"{lang}.ini"), QSettings.Format.IniFormat)
        )
        window.resize(1280, 800)
        window.show()
        window.register.apply_filter()
        window.tabs.setCurrentWidget(window.dashboard)
        window.dashboard.refresh(date(2026, 11, 20), wait=True)
        app.processEvents()
        window.grab().save(str(out / f"main-{lang}.png"))
        window.tabs.setCurrentWidget(window.register)
        app.processEvents()
        window.grab().save(str(out / f"firms-{lang}.png"))
        window.tabs.setCurrentWidget(window.consultations)
        app.processEvents()
        window.grab().save(str(out / f"consultations-{lang}.png"))
        window.tabs.setCurrentWidget(window.followups)
        app.processEvents()
        window.grab().save(str(out / f"followups-{lang}.png"))

        dialog = window.open_firm(busiest)
        dialog.resize(900, 820)
        for n, name in enumerate(("profile", "assets", "support", "timeline")):
            dialog.tabs.setCurrentIndex(n)
            app.processEvents()
            dialog.grab().save(str(out / f"firm-{name}-{lang}.png"))
        form = window.new_consultation(busiest)
        form.resize(820, 1000)
        app.processEvents()
        form.grab().save(str(out / f"consultation-form-{lang}.png"))
        form.dirty = False
        form.close()

        from desktop.ui.assessment_wizard import AssessmentWizard

        wizard = AssessmentWizard(engine, busiest)
        wizard.show()
        app.processEvents()
        wizard.grab().save(str(out / f"wizard-questions-{lang}.png"))
        wizard.next()
        app.processEvents()
        wizard.grab().save(str(out / f"wizard-result-{lang}.png"))
        wizard.close()
        dialog.close()
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    QApplication.processEvents()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "screenshots-tmp")

"""Reading the playbook library in Japanese or English, with its plan citations."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.core.catalogue import translator
from desktop.core.playbooks import Library, Playbook
from desktop.core.reference import reference
from desktop.core.text import QT_TRANSLATE_NOOP, Message
from desktop.ui.i18n import render

# The document's own words, in the language chosen in the dialog (which may differ from
# the interface's): translated from the catalogue for that language, not with tr().
WORDS = {
    "steps": QT_TRANSLATE_NOOP("PlaybookText", "Steps"),
    "partner": QT_TRANSLATE_NOOP("PlaybookText", "Refer to"),
    "evidence": QT_TRANSLATE_NOOP("PlaybookText", "What it leaves"),
    "cites": QT_TRANSLATE_NOOP("PlaybookText", "Based on"),
    "source": QT_TRANSLATE_NOOP("PlaybookText", "Heading in the source"),
}


def playbook_html(playbook: Playbook, library: Library, lang: str) -> str:
    ref = reference()
    translate = translator(lang)
    word = {
        key: html.escape(Message("PlaybookText", text).render(translate))
        for key, text in WORDS.items()
    }
    parts = [f"<h2>{html.escape(playbook.title.get(lang))}</h2>"]
    parts.append(f"<p>{html.escape(playbook.summary.get(lang))}</p>")
    parts.append(f"<h3>{word['steps']}</h3><ol>")
    for step in playbook.steps:
        partner = ""
        if step.partner:
            name = html.escape(ref.partners.label(step.partner, lang))
            partner = f"<br><i>{word['partner']}: {name}</i>"
        parts.append(
            f"<li><b>{html.escape(step.title.get(lang))}</b><br>"
            f"{html.escape(step.guidance.get(lang))}{partner}<br>"
            f"<span style='color:#555'>{word['evidence']}: "
            f"{html.escape(step.evidence.get(lang))}</span>"
            "</li>"
        )
    parts.append("</ol>")
    parts.append(f"<h3>{word['cites']}</h3><ul>")
    for citation in playbook.citations:
        section = citation.resolve(library.index)
        if section is None:
            continue
        plan = library.index.plans.get(section.plan)
        plan_title = plan.title.get(lang) if plan is not None else section.plan
        # Our rendering of the heading in the reader's language; the heading as printed
        # (in the plan's own language) beneath it, to find the passage in the source.
        parts.append(
            f"<li>{html.escape(plan_title)} — {html.escape(section.part)}: "
            f"{html.escape(section.title.get(lang))}<br>"
            f"<span style='color:#555'>{word['source']}: {html.escape(section.heading)}</span></li>"
        )
    parts.append("</ul>")
    return "".join(parts)


class PlaybookLibraryDialog(QDialog):
    def __init__(self, library: Library, lang: str, key: str | None = None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("Playbook library"))
        self.resize(980, 680)
        self.language = QComboBox()
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "ja" else 1)
        self.list = QListWidget()
        self.list.setObjectName("playbookList")
        # Titles are sentences: wrapped to the list's width rather than cut or scrolled.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)  # where one wrapped title ends
        self.text = QTextBrowser()
        self.text.setObjectName("playbookText")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        errors = library.errors
        if errors:
            lines = [self.tr("Some local playbooks could not be loaded and were skipped:")]
            lines += [
                f"・{problem.file.name} [{problem.field or '-'}]: {render(problem.message)}"
                for problem in errors
            ]
            self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(errors))
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([380, 600])  # the longest Japanese title on one line
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        self.language.currentIndexChanged.connect(self._fill)
        self.list.currentRowChanged.connect(self._show)
        self._fill()
        if key is not None:
            for n in range(self.list.count()):
                if self.list.item(n).data(Qt.ItemDataRole.UserRole) == key:
                    self.list.setCurrentRow(n)

    def lang(self) -> str:
        return self.language.currentData()

    def _fill(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for playbook in self.library.playbooks:
            local = "" if playbook.origin == "shipped" else " ★"
            item = QListWidgetItem(playbook.title.get(self.lang()) + local)
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, playbook.key)
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, current))

    def _show(self, row: int) -> None:
        if row < 0:
            self.text.clear()
            return
        playbook = self.library.get(self.list.item(row).data(Qt.ItemDataRole.UserRole))
        if playbook is not None:
            self.text.setHtml(playbook_html(playbook, self.library, self.lang()))

"""Shared set-up of the record lists: one look and one behaviour for every table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView

CHIP_STYLE = "background: #e8f0f8; padding: 2px 6px; border-radius: 4px;"


def record_table(model: QAbstractItemModel, object_name: str) -> QTableView:
    """A read-only, single-row-selection table over ``model``."""
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def filter_chip(clear_text: str) -> tuple[QLabel, QPushButton]:
    """A label naming a filter that came from elsewhere, and the button that drops it."""
    chip = QLabel()
    chip.setObjectName("filterChip")
    chip.setStyleSheet(CHIP_STYLE)
    clear = QPushButton(clear_text)
    chip.hide()
    clear.hide()
    return chip, clear

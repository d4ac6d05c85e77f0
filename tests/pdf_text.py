"""The text of a PDF the app wrote, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    """Each page's text, in order ("" for a page with none)."""
    return [page.extract_text() or "" for page in PdfReader(path).pages]

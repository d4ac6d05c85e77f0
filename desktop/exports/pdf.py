"""PDF reports (reportlab, no Qt): a firm's support record and the monthly summary.

Both are set in a Japanese font (``fonts.japanese_font``), carry the counter's name,
the generation date and "page X of Y" on every page, and take their words from
``labels`` in the requested language. A firm's record leaves confidential notes out
unless an internal copy is asked for, and then says so on every page.
"""

from __future__ import annotations

from desktop.exports.pdf_firm import firm_report
from desktop.exports.pdf_monthly import monthly_report

__all__ = ["firm_report", "monthly_report"]

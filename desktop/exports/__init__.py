"""Files for people outside the app: HQ workbooks (openpyxl) and PDF reports (reportlab).

Every exporter is a Qt-free function fed by ``desktop.core.reporting``: rows in, a file
out, with optional ``progress(done, total)`` and ``cancel()`` callables so the UI can
run it on a worker thread. Import the submodule you need (``excel``, ``hq``, ``pdf``);
this package imports neither openpyxl nor reportlab by itself, so the CLI starts fast.
"""

from __future__ import annotations

from desktop.exports.common import CancelFn, ExportCancelled, ProgressFn

__all__ = ["CancelFn", "ExportCancelled", "ProgressFn"]

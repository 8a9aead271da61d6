"""Files a reader takes away: a company's XLSX, CSV, ICS, JSON and Word exports, and printed PDFs."""

from __future__ import annotations

from playbook.export.exports import ExportFiles, company_exports

__all__ = ["ExportFiles", "company_exports"]

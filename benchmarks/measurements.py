"""Measurement and survey files: what they add per company, and what importing pandas costs a build."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.companies import slug, write_companies
from benchmarks.project import ROOT
from playbook import load_content
from playbook.company.playbooks import company_playbooks, load_companies
from playbook.render.company import company_index, company_page, company_page_path
from playbook.render.context import RenderContext
from playbook.site.generated import COMPANY_INDEX, portfolio_spread

TODAY = dt.date(2027, 6, 30)
KPIS = (
    "acceptance_score",
    "competence_index",
    "usage_rate",
    "innovation_index",
    "time_to_competency",
    "change_friction",
)
ELEMENTS = {"awareness": 2, "desire": 3, "knowledge": 2, "ability": 2, "reinforcement": 2}
REPEATS = 3


@dataclass(frozen=True)
class MeasurementCost:
    """Loading, rules and the Dutch company pages and index of ``companies`` companies, without and with files.

    Times are the process's CPU time (best of three), which other work on a shared machine inflates less than
    the wall time; the wall times (best of three) are given beside them.
    """

    companies: int
    without_seconds: float
    with_seconds: float
    import_seconds: float
    """`import pandas` in a fresh interpreter, less the interpreter's own start-up (best of three)."""

    @property
    def per_company_seconds(self) -> float:
        """What the measurement and survey files add per company."""
        return (self.with_seconds - self.without_seconds) / self.companies

    without_wall_seconds: float = 0.0
    with_wall_seconds: float = 0.0

    @property
    def per_company_wall_seconds(self) -> float:
        """What the measurement and survey files add per company, in wall time."""
        return (self.with_wall_seconds - self.without_wall_seconds) / self.companies


def _kpi_rows(index: int) -> str:
    rows = ["date,kpi,value"]
    for month in range(12):
        day = dt.date(2026, 7 + month, 28) if month < 6 else dt.date(2027, month - 5, 28)
        for number, kpi in enumerate(KPIS):
            rows.append(f"{day.isoformat()},{kpi},{1 + (index + month + number) % 4}")
    return "\n".join(rows) + "\n"


def _survey_rows(index: int) -> str:
    rows = ["date,respondent,element,score"]
    for day in ("2026-12-15", "2027-03-15", "2027-06-15"):
        for respondent in range(1, 9):
            for element, count in ELEMENTS.items():
                rows += [f"{day},r{respondent:02d},{element},{1 + (index + respondent + n) % 5}" for n in range(count)]
    return "\n".join(rows) + "\n"


def _timed(folder: Path) -> tuple[float, float]:
    """CPU and wall time of loading, rules and the Dutch pages and index, each the best of three."""
    content = load_content(ROOT / "data", root=ROOT)
    best, best_wall = float("inf"), float("inf")
    for _ in range(REPEATS):
        started, started_wall = time.process_time(), time.perf_counter()
        books = company_playbooks(load_companies(folder, content, folder.parent.parent, TODAY), content, TODAY)
        for book in books:
            path = company_page_path(book.company.slug)
            company_page(RenderContext(content, "nl", path), book)
        company_index(RenderContext(content, "nl", COMPANY_INDEX), books, portfolio_spread(books))
        best = min(best, time.process_time() - started)
        best_wall = min(best_wall, time.perf_counter() - started_wall)
    return best, best_wall


def _import_seconds() -> float:
    def run(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - started

    return min(run("import pandas") for _ in range(REPEATS)) - min(run("pass") for _ in range(REPEATS))


def measure(work: Path, count: int, ids: Sequence[str]) -> MeasurementCost:
    """Time ``count`` generated companies without measurement files, then with a year of KPIs and three surveys."""
    folder = work / "data" / "companies"
    write_companies(folder, count, ids)
    import pandas  # noqa: F401, PLC0415  # the import is measured on its own, not in the per-company figure

    without, without_wall = _timed(folder)
    for index in range(1, count + 1):
        (folder / f"{slug(index)}.kpis.csv").write_text(_kpi_rows(index), encoding="utf-8")
        (folder / f"{slug(index)}.survey.csv").write_text(_survey_rows(index), encoding="utf-8")
    measured, measured_wall = _timed(folder)
    return MeasurementCost(count, without, measured, _import_seconds(), without_wall, measured_wall)
